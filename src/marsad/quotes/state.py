"""The detector's working state: quote drafts, token lookups and the word sets every part shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.doc import Doc, Token
from marsad.model import Speaker
from marsad.quotes.lexicon import CueEntry, QuoteLexicon
from marsad.quotes.marks import quote_regions, region_index

SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", "…"})
TRAILING_PUNCT = frozenset({"،", ",", ".", ":", "؛", ";", "-", "–", "—", "!", "؟", "?"})
NEGATIONS = frozenset({"لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن", "عدم", "دون", "بدون"})  # (فضل) عدم ذكر
NEGATING_BEFORE_AN = frozenset({"دون", "بدون", "ودون"})  # (من) دون أن يوضح: nothing was said
# Words that join the next clause to a finished one: trimmed from a content's end, and
# after a closing quotation mark they end the quote (… "…" لكنه أشار).
CONNECTORS = frozenset({"و", "فيما", "بينما", "كما", "ثم", "حين", "لكن", "لكنه", "لكنها", "لكنهم", "بل",
                        "في", "حيث", "اذ", "وذلك", "ومن", "من"})
NAMED_FORMS = frozenset({"يدعي", "تدعي", "يدعون"})  # يُدعى، تُدعى، يُدعَون: "is called"
CLAUSE_OPENERS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "بل", "ثم", "بينما", "في", "حيث", "كما"})


@dataclass
class Draft:
    """A quote being built; token indices, resolved into the contract Quote at the end."""

    cue: int
    entry: CueEntry
    content: tuple[int, int]  # token range [first, last] inclusive
    kind: str
    speaker: tuple[int, int] | None = None  # token range [start, end)
    channel: tuple[int, int] | None = None
    inner: bool = False  # content is the inside of one quotation (marks excluded)
    speaker_obj: Speaker | None = field(default=None, repr=False)


class DetectorState:
    """Per-document state shared by the detector's parts, and the token predicates they all use."""

    def __init__(self, doc: Doc, lex: QuoteLexicon, verb_forms: frozenset[str]) -> None:
        self.doc = doc
        self.lex = lex
        self.tokens = doc.tokens
        self.verb_forms = verb_forms
        self.regions = quote_regions(doc)
        self.by_open, self.by_close = region_index(self.regions)
        self.used_regions: set[int] = set()
        self.consumed: set[int] = set()  # cue words read as part of another quote (… نقلا عن …)
        # speaker phrase of every cue, even one that yields no quote (participles borrow it)
        self.cue_speakers: dict[int, tuple[int, int]] = {}
        self.first_loose: int | None = None  # first gap word of the last find_anchor (an object)
        self.time_words = lex.speaker_stops - {"عن", "من", "امام", "الي", "علي"}
        self.inside = bytearray(len(self.tokens))  # tokens inside some draft's content, kept by the detector

    def sentence_range(self, k: int) -> tuple[int, int]:
        return self.doc.sentence_tokens[self.tokens[k].sent]

    def is_cue(self, k: int) -> bool:
        tok = self.tokens[k]
        return (tok.is_word and bool(self.lex.cue(tok) or self.lex.according_cue(tok)) and not self.negated(k)
                and not self.naming(k) and not self.adverbial(k) and not self.norm_followed(k))

    def norm_followed(self, k: int) -> bool:
        """وفق أحكام القانون، بحسب الخطة: an according word before a rule or plan, not a source."""
        if self.lex.cue(self.tokens[k]) or not self.lex.according_cue(self.tokens[k]):
            return False
        m = k + 1
        if m < len(self.tokens) and self.tokens[m].norm in ("ل", "لـ"):
            m += 1
        if m >= len(self.tokens):
            return False
        nxt = self.tokens[m]
        return bool({nxt.norm, nxt.stem, nxt.norm[1:] if nxt.norm[:1] == "ل" else ""} & self.lex.according_not)

    def adverbial(self, k: int) -> bool:
        """تعثرت مجددا الأسبوع الماضي: a participle right after a word and before a time or the end is an adverb."""
        entry = self.lex.cue(self.tokens[k])
        if entry is None or not entry.participle or k == 0 or not self.tokens[k - 1].is_word:
            return False
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        return nxt is None or nxt.text in SENTENCE_END or nxt.norm in self.time_words

    def naming(self, k: int) -> bool:
        """شاهد عيان يدعى محمد: يدعى "is called" after an indefinite noun, not يدعي "claims"."""
        tok = self.tokens[k]
        if tok.norm not in NAMED_FORMS or k == 0 or k + 1 >= len(self.tokens):
            return False
        before, after = self.tokens[k - 1], self.tokens[k + 1]
        return (before.is_word and not before.norm.startswith("ال") and before.norm not in CONNECTORS
                and after.is_word and not after.norm.startswith("ال") and after.norm not in ("ان", "بان"))

    def negated(self, k: int) -> bool:
        if k > 0 and self.tokens[k - 1].norm in NEGATIONS:
            return True
        return k > 1 and self.tokens[k - 1].norm == "ان" and self.tokens[k - 2].norm in NEGATING_BEFORE_AN

    def starts_new_clause(self, tok: Token) -> bool:
        norm = tok.norm
        if norm in CLAUSE_OPENERS or self.lex.cue(tok) or self.lex.according_cue(tok):
            return True
        return norm[:1] in "وف" and norm[1:] in self.verb_forms
