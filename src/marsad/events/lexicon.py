"""The event lexicons compiled into dictionary look-ups, once per pipeline.

``event_verbs.tsv`` lists verbs (as PAST:PRESENT pairs expanded here into their
conjugations) and verbal nouns; ``event_cameo.tsv`` holds the CAMEO → PLOVER facts;
``event_modality.tsv`` the negation and modality cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.lexicon import read_table
from marsad.text.normalize import normalize

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# PLOVER modes used in this project: those of the 2021 table plus the manual's "aerial"/"phone" etc.
EXTRA_MODES = {"aerial", "troops", "police", "visit", "phone", "third-party", "withdraw", "release",
               "demo", "boycott", "obstruct", "riot", "hunger", "arrest", "deport", "seize", "restrict"}
POS = ("verb", "noun", "participle")
_PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_ENDINGS = ("", "ون", "ان", "ين", "وا", "ن")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    context: str | None
    needs: tuple[str, ...] = ()
    line: int = 0
    unless: tuple[str, ...] = ()  # words (or @place) that, right after the trigger, cancel it
    conditions: frozenset[str] = frozenset()  # @neg, @future, @state: see event_verbs.tsv


@dataclass(slots=True)
class CameoInfo:
    type: str
    mode: str | None
    context: str | None
    description: str


def verb_forms(pair: str) -> set[str]:
    """Conjugations of a normalised ``PAST:PRESENT`` pair (3rd person singular masculine)."""
    past, _, present = pair.partition(":")
    out: set[str] = set()
    if past:
        if past[-1] in "اي":  # defective verbs: دعا دعت دعوا, نفى نفت نفوا
            base = past[:-1]
            out |= {past, base + "ت", base + "وا", base + "تا", past + "ا"}
        else:
            out |= {past + e for e in _PAST_ENDINGS}
    if present:
        core = present[1:] if present[0] in "يتنا" else present
        for pre in _PRESENT_PREFIXES:
            out |= {pre + core + e for e in _PRESENT_ENDINGS}
            if core[-1:] in "يو":
                out |= {pre + core[:-1] + "ون", pre + core[:-1] + "وا"}
    return out


def expand_forms(pos: str, forms: str) -> set[str]:
    """The forms of a row; ``-form`` removes one the expansion produced (صادر, the adjective "issued")."""
    out: set[str] = set()
    drop: set[str] = set()
    for raw in forms.split(","):
        form = normalize(raw.strip())
        if form.startswith("-"):
            drop.add(form[1:])
        elif ":" in form:
            out |= verb_forms(form)
        elif form:
            out.add(form)
    return out - drop


CONDITIONS = ("@neg", "@future", "@state")


def split_needs(raw: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """``needs`` column -> (words one of which must follow, words none of which may follow, conditions)."""
    needs: list[str] = []
    unless: list[str] = []
    conditions: set[str] = set()
    for word in (w.strip() for w in raw.split("|")):
        if not word:
            continue
        if word in CONDITIONS:
            conditions.add(word)
        elif word.startswith("!"):
            unless.append(word[1:] if word[1:2] == "@" else normalize(word[1:]))
        else:
            needs.append(word if word.startswith("@") else normalize(word))
    return tuple(needs), tuple(unless), frozenset(conditions)


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoInfo]:
    return {r["cameo"]: CameoInfo(r["type"], r["mode"] or None, r["context"] or None, r["description"])
            for r in read_table("event_cameo")}


@dataclass
class TriggerLexicon:
    by_form: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    # word (norm, bare, stem, ends in ة) -> its first known form and ranked entries, or None
    hit_cache: dict[tuple[str, str, str, bool], tuple | None] = field(default_factory=dict, repr=False,
                                                                     compare=False)

    def lookup(self, form: str) -> list[TriggerEntry]:
        return self.by_form.get(form, [])


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    cameo = cameo_table()
    lex = TriggerLexicon()
    for n, row in enumerate(read_table("event_verbs"), 1):
        code = row["cameo"]
        info = cameo.get(code)
        needs, unless, conditions = split_needs(row["needs"])
        entry = TriggerEntry(
            lemma=row["lemma"], pos=row["pos"], type=row["type"], mode=row["mode"] or None, cameo=code,
            context=info.context if info else None, needs=needs, line=n, unless=unless, conditions=conditions,
        )
        for form in expand_forms(row["pos"], row["forms"]):
            bucket = lex.by_form.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)
    return lex


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    kind: str
    window: int


def read_cues(table: str) -> dict[str, list[Cue]]:
    """A cue table (columns cue, kind, window): first word of each cue -> the cues starting with it."""
    out: dict[str, list[Cue]] = {}
    for row in read_table(table):
        words = tuple(normalize(row["cue"]).split())
        if words:
            out.setdefault(words[0], []).append(Cue(words, row["kind"], int(row["window"] or 6)))
    return out


@lru_cache(maxsize=1)
def modality_cues() -> dict[str, list[Cue]]:
    """``event_modality.tsv``: negation, future, condition, intent, background and report cues."""
    return read_cues("event_modality")
