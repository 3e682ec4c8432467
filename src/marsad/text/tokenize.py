"""Tokens with clitics: the raw token pattern and the clitic analysis of Arabic words.

Arabic attaches conjunctions (و ف), prepositions (ب ل ك), the future marker (س),
the article (ال) and object/possessive pronouns to the word.  Which letters are
clitics is ambiguous (وزير is not و + زير), so the analysis keeps a split only
when the remainder is a more frequent word than the whole, using word frequencies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.normalize import normalize
from marsad.text.wordfreq_ar import zipf

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
ARABIC_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed"
# A word: Arabic letters with their marks, or Latin letters, or a number with decimal separators.
TOKEN_RE = re.compile(
    rf"[{ARABIC_LETTERS}\ufb50-\ufdff\ufe70-\ufefc][{ARABIC_LETTERS}{ARABIC_MARKS}\ufb50-\ufdff\ufe70-\ufefc]*"
    r"|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\-]*"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|\S"
)
ARABIC_WORD_RE = re.compile(rf"^[{ARABIC_LETTERS}]+$")

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")


def is_arabic_word(norm: str) -> bool:
    return bool(ARABIC_WORD_RE.match(norm))


@lru_cache(maxsize=300_000)
def analyze_clitics(norm: str) -> tuple[str, str, str]:
    """Split a normalised Arabic word into (prefix, stem, suffix).

    The prefix keeps the clitic letters in order (e.g. ``"وال"`` for والحكومه,
    ``"لل"`` stands for ل + ال as in للصحافيين); the stem has no article.
    """
    if len(norm) < 3 or not is_arabic_word(norm):
        return "", norm, ""
    whole = zipf(norm)
    prefix, rest = "", norm
    # Conjunction: keep the split when what follows is a word at least as common.
    if rest[0] in _CONJ and len(rest) > 3 and _stem_score(rest[1:]) >= whole - 0.3:
        prefix, rest = rest[0], rest[1:]
    # Preposition + article written لل (ل + ال).
    if rest.startswith("لل") and len(rest) > 4:
        return prefix + "لل", rest[2:], ""
    if rest[0] in _PREP and len(rest) > 3:
        margin = 1.5 if rest[0] == "ك" else 0.3
        if rest[1:].startswith("ال") or _stem_score(rest[1:]) >= zipf(rest) + margin:
            prefix, rest = prefix + rest[0], rest[1:]
    elif rest[0] == "س" and prefix and len(rest) > 4 and rest[1] in "يتنا" and zipf(rest[1:]) > zipf(rest):
        prefix, rest = prefix + "س", rest[1:]
    if rest.startswith("ال") and len(rest) > 3:
        prefix, rest = prefix + "ال", rest[2:]
    suffix = ""
    if not prefix.endswith("ال") and len(rest) > 4:
        for suf in _SUFFIXES:
            if rest.endswith(suf) and len(rest) - len(suf) >= 3:
                base = rest[: -len(suf)]
                # ه is also the normalised ta marbuta: demand a much commoner base.
                need = 1.0 if suf == "ه" else 0.3
                if zipf(base) >= zipf(rest) + need:
                    rest, suffix = base, suf
                break
    return prefix, rest, suffix


def _stem_score(word: str) -> float:
    """Frequency of a would-be stem, counting it with or without the article."""
    if word.startswith("ال"):
        return max(zipf(word), zipf(word[2:]))
    return zipf(word)


def clitic_candidates(norm: str) -> list[str]:
    """Possible bare forms of ``norm`` for lexicon look-up, most literal first.

    Used by gazetteers: a name like وروسيا or لموسكو or بالقاهره should be found
    whatever the frequency-based analysis decided.
    """
    out = [norm]
    rest = norm
    if rest[:1] in _CONJ and len(rest) > 2:
        rest = rest[1:]
        out.append(rest)
    if rest.startswith("لل") and len(rest) > 3:
        out.append("ال" + rest[2:])
        out.append(rest[2:])
    if rest[:1] in _PREP and len(rest) > 2:
        out.append(rest[1:])
        rest = rest[1:]
    if rest.startswith("ال") and len(rest) > 3:
        out.append(rest[2:])
    return list(dict.fromkeys(out))


def raw_tokens(text: str) -> list[tuple[str, int, int]]:
    """(surface, start, end) for every non-space token of ``text``."""
    out: list[tuple[str, int, int]] = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()  # one call instead of group(), start() and end(): this runs for every token
        append((text[start:end], start, end))
    return out


def norm_token(surface: str) -> str:
    return normalize(surface)
