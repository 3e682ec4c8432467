"""The working document that pipeline stages read and fill.

A :class:`Doc` is standoff annotation over the original text (as in spaCy): the
text is never changed.  Repairs (run-together words split, doubled words dropped,
run-in headings) are applied as token boundaries, so every token, sentence and
span points into ``Doc.text``.  Stages add entities, quotes and events; the
pipeline turns the Doc into the contract :class:`marsad.model.Article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.model import Article, Entity, Event, Quote, Repair, Section, Sentence


@dataclass(slots=True)
class Token:
    """One token of the repaired text, with offsets into the original text.

    ``norm`` is the matching form (see :func:`marsad.text.normalize.normalize`);
    ``prefix`` / ``stem`` / ``suffix`` are the clitic analysis of ``norm``:
    ``prefix`` holds proclitics (و ف ب ل ك س and the article ال), ``stem`` the
    word without them, ``suffix`` an attached pronoun (ه ها هم …) when one was split.
    """

    text: str
    start: int
    end: int
    norm: str
    prefix: str = ""
    stem: str = ""
    suffix: str = ""
    sent: int = 0  # index of the sentence holding the token
    is_word: bool = True  # letters (Arabic or Latin) rather than digits or punctuation
    # The normalised word without conjunction/preposition clitics but with ال kept; computed
    # once here because every stage reads it many times per token.
    bare: str = field(init=False, repr=False, compare=False)

    # Written out rather than generated with a __post_init__: a Token is built for every word of
    # every article, and the text layer passes ``bare`` from its per-surface memo.
    def __init__(self, text: str, start: int, end: int, norm: str, prefix: str = "", stem: str = "",
                 suffix: str = "", sent: int = 0, is_word: bool = True, bare: str | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm
        self.prefix = prefix
        self.stem = stem
        self.suffix = suffix
        self.sent = sent
        self.is_word = is_word
        self.bare = (("ال" + stem) if prefix.endswith("ال") else stem) if bare is None else bare


@dataclass
class Doc:
    text: str
    id: str = "article"
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    # token index range [first, last) of each sentence, parallel to ``sentences``
    sentence_tokens: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Per-token entity label, filled by the entity stage: index into ``entities`` or -1.
    token_entity: list[int] = field(default_factory=list)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the nearest preceding one if between)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def tokens_of(self, sent_index: int) -> list[Token]:
        first, last = self.sentence_tokens[sent_index]
        return self.tokens[first:last]

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_article(self) -> Article:
        return Article(
            id=self.id, text=self.text, date=self.date, title=self.title, url=self.url,
            source=self.source, repairs=self.repairs, sections=self.sections,
            sentences=self.sentences, entities=self.entities, quotes=self.quotes,
            events=self.events,
        )
