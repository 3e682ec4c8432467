"""The quote lexicons (``lexicon/data/cue_*.tsv``, ``quote_*``) read once into lookup tables.

Forms are written in the data files as people write them; here they are normalised
(:func:`marsad.text.normalize.normalize`) so that أ/ا, ى/ي and ة/ه variants all match.
Conjunctions (و ف) and the future marker (س) are handled in :meth:`QuoteLexicon.cue`,
so the data files never list them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Token
from marsad.lexicon import read_table, read_words
from marsad.text.normalize import normalize

_MEMO_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    stance: str
    role: str  # say | frame | relay | tell | according
    participle: bool = False


@dataclass(frozen=True)
class QuoteLexicon:
    cues: dict[str, CueEntry]
    according: dict[str, CueEntry]
    channel_words: dict[str, str]  # normalised word -> medium | addressee | outlet
    media: frozenset[tuple[str, ...]]  # outlet names as tuples of normalised words
    roles: frozenset[str]
    person_nouns: frozenset[str]
    speaker_stops: frozenset[str]
    according_not: frozenset[str]
    adjectives: frozenset[str] = frozenset()
    bare_heads: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()  # one-word organisation heads without ال (وزاره، منظمه)
    media_staff: frozenset[str] = frozenset()  # مراسل الجزيرة: a person of the outlet, not an addressee
    withheld: frozenset[str] = frozenset()  # دون أن يوضح: what a speaker did not say ends the content
    name_markers: frozenset[str] = frozenset()  # الملقب بـ"…"، عملية "…": a quotation that is a name
    clause_participles: frozenset[str] = frozenset()  # …، متوعدا: a participle clause ending the content
    # Derived look-ups, built once in __post_init__ (the cue methods run on every token):
    # every written form (with و/ف/س attached) → its entry, and outlet names by first word.
    cue_by_form: dict[str, CueEntry] = field(default_factory=dict, repr=False, compare=False)
    according_by_form: dict[str, CueEntry] = field(default_factory=dict, repr=False, compare=False)
    media_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False,
                                                                   compare=False)
    # Memos per word (media_at and channel_kind run on most tokens of a speaker phrase).
    _media_names: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False, compare=False)
    _channel_kinds: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for table, target in ((self.cues, self.cue_by_form), (self.according, self.according_by_form)):
            for form in table:
                for written in _with_conjunction(form):
                    entry = _lookup(table, written)
                    if entry is not None:
                        target[written] = entry
        self.according_by_form.pop("فحسب", None)  # "only", not "according to"
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in self.media:
            by_first.setdefault(name[0], []).append(name)
        self.media_by_first.update((k, tuple(v)) for k, v in by_first.items())

    def cue(self, token: Token) -> CueEntry | None:
        """The reporting verb ``token`` is, allowing a leading و/ف and a future س."""
        return self.cue_by_form.get(token.norm)

    def according_cue(self, token: Token) -> CueEntry | None:
        return self.according_by_form.get(token.norm)

    def media_at(self, tokens: list[Token], k: int, end: int) -> int:
        """Length in tokens of an outlet name starting at ``tokens[k]`` (0 when none).

        The first word may carry ل or و (لرويترز، ولوكالة).
        """
        first = tokens[k].norm
        names = self._media_names.get(first)
        if names is None:
            names = tuple(name for head in {first, *(_strip_prep(first))}
                          for name in self.media_by_first.get(head, ()))
            if len(self._media_names) < _MEMO_LIMIT:
                self._media_names[first] = names
        best = 0
        for name in names:
            n = len(name)
            if k + n > end or n <= best:
                continue
            if all(tokens[k + m].norm == name[m] for m in range(1, n)):
                best = n
        return best

    def channel_kind(self, token: Token) -> str | None:
        norm = token.norm
        if norm in self._channel_kinds:
            return self._channel_kinds[norm]
        kind = None
        for form in (norm, *_strip_prep(norm)):
            kind = self.channel_words.get(form)
            if kind:
                break
        kind = kind or None
        if len(self._channel_kinds) < _MEMO_LIMIT:
            self._channel_kinds[norm] = kind
        return kind


def _without_conjunction(norm: str) -> list[str]:
    out = [norm]
    if norm[:1] in "وف" and len(norm) > 3:
        out.append(norm[1:])
        if norm[1:2] == "س" and len(norm) > 4:
            out.append(norm[2:])
    elif norm[:1] == "س" and len(norm) > 4 and norm[1:2] in "يت":
        out.append(norm[1:])
    return out


def _lookup(table: dict[str, CueEntry], norm: str) -> CueEntry | None:
    for form in _without_conjunction(norm):
        entry = table.get(form)
        if entry:
            return entry
    return None


def _with_conjunction(form: str) -> list[str]:
    """Every written form whose :func:`_without_conjunction` forms may include ``form``."""
    return [form, *(c + form for c in "وفس"), *(c + "س" + form for c in "وف")]


def _strip_prep(norm: str) -> list[str]:
    """Forms of ``norm`` without a leading و and ل/لل (للصحافيين → صحافيين, الصحافيين)."""
    out = []
    rest = norm
    if rest[:1] == "و" and len(rest) > 3:
        rest = rest[1:]
        out.append(rest)
    if rest.startswith("لل") and len(rest) > 3:
        out += ["ال" + rest[2:], rest[2:]]
    elif rest[:1] == "ل" and len(rest) > 2:
        out.append(rest[1:])
        if rest[1:].startswith("ال"):
            out.append(rest[3:])
    elif rest.startswith("ال") and len(rest) > 3:
        out.append(rest[2:])
    return out


def _without_article(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    cues: dict[str, CueEntry] = {}
    for row in read_table("cue_verbs"):
        for column, participle in (("verb_forms", False), ("participle_forms", True)):
            for form in filter(None, (f.strip() for f in row[column].split(","))):
                cues.setdefault(normalize(form), CueEntry(row["lemma"], row["stance"], row["role"], participle))
    according = {
        normalize(row["form"]): CueEntry(row["lemma"], "neutral", "according")
        for row in read_table("cue_according")
    }
    channel_words = {normalize(row["word"]): row["kind"] for row in read_table("quote_channels")}
    media = frozenset(tuple(normalize(name).split()) for name in read_words("quote_media"))
    return QuoteLexicon(
        cues=cues,
        according=according,
        channel_words=channel_words,
        media=media,
        roles=frozenset(normalize(w) for w in read_words("quote_roles")),
        person_nouns=frozenset(normalize(w) for w in read_words("quote_person_nouns")),
        speaker_stops=frozenset(normalize(w) for w in read_words("quote_speaker_stops")),
        according_not=frozenset(normalize(w) for w in read_words("quote_according_not")),
        adjectives=frozenset(normalize(w) for w in read_words("quote_adjectives")),
        bare_heads=frozenset(normalize(w) for w in read_words("quote_bare_heads")),
        media_staff=frozenset(normalize(w) for w in read_words("quote_media_staff")),
        withheld=frozenset(normalize(w) for w in read_words("quote_withheld")),
        name_markers=frozenset(normalize(w) for w in read_words("quote_name_markers")),
        clause_participles=frozenset(normalize(w) for w in read_words("quote_clause_participles")),
        # the entity layer's organisation heads (read only): الوزارة في بيان → the ministry named before
        org_heads=frozenset(_without_article(normalize(row["head"])) for row in read_table("orgs_heads")
                            if " " not in row["head"]),
    )
