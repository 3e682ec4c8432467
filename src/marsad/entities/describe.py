"""Role phrases and anonymous descriptions, coded as (country, sector) actors.

* :func:`describe` reads the title phrase right before a name token
  (وزير الخارجية الأميركي جون كيري → title, USA, GOV), for the quotes and events layers.
* :func:`code_description` codes words that describe without naming
  (مصدر عسكري سوري → SYR MIL; مسؤولون أميركيون → USA GOV).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Doc, Token
from marsad.entities.gazetteer import gazetteer, key_of, nationalities
from marsad.lexicon import read_table
from marsad.text.tokenize import clitic_candidates


@dataclass(slots=True)
class Description:
    start: int  # character offsets of the title phrase
    end: int
    text: str
    country: str | None
    sector: str | None


@lru_cache(maxsize=1)
def _recognizer():
    from marsad.entities.recognize import Recognizer

    return Recognizer(gazetteer())


@lru_cache(maxsize=1)
def _descriptor_sectors() -> dict[str, str]:
    out = {}
    for row in read_table("titles_descriptors"):
        for word in row["word"].split("|"):
            if word.strip():
                out.setdefault(" ".join(key_of(word)), row["sector"])
    return out


def describe(doc: Doc, token_index: int, max_back: int = 12) -> Description | None:
    """The title phrase that ends right before ``doc.tokens[token_index]`` (a name), or None."""
    rec = _recognizer()
    sent = doc.tokens[token_index].sent
    first = doc.sentence_tokens[sent][0]
    end = doc.sentence_tokens[sent][1]
    for i in range(max(first, token_index - max_back), token_index):
        phrase = rec.title_phrase(doc.tokens, i, end)
        if phrase and phrase[0] == token_index:
            _, country, sector = phrase
            start, stop = doc.tokens[i].start, doc.tokens[token_index - 1].end
            return Description(start, stop, doc.text[start:stop], country, sector)
    return None


def code_description(tokens: list[Token] | list[str]) -> tuple[str | None, str | None]:
    """(alpha-3 country or None, sector or None) of an anonymous actor description."""
    nats = nationalities()
    sectors = _descriptor_sectors()
    gaz = gazetteer().entries
    country = sector = None
    for tok in tokens:
        norm = tok.norm if isinstance(tok, Token) else key_of(tok)[0] if key_of(tok) else ""
        for form in clitic_candidates(norm):
            if country is None and nats.get(form):
                country = nats[form]
            if sector is None and form in sectors:
                sector = sectors[form]
            known = gaz.get((form,))
            if country is None and known is not None and known.type == "LOC" and known.country:
                country = known.country
    return country, sector
