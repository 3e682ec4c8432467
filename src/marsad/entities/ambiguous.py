"""Readings of place names that normalise to the same form (عمّان / عُمان), chosen per article.

The table is ``lexicon/data/places_ambiguous.tsv``.  Evidence, strongest first: a diacritic
written in the mention, a word just before it (سلطنة، العاصمة الأردنية), then which reading's cue
words (الأردني vs العماني، مسقط) the article uses more.  Without evidence nothing changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Doc
from marsad.lexicon import read_table
from marsad.model import Entity
from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Reading:
    name: str
    name_en: str
    country: str | None
    sector: str | None
    marks: tuple[str, ...]
    before: tuple[tuple[str, ...], ...]
    cues: tuple[tuple[str, ...], ...]


def _phrases(cell: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(p).split()) for p in cell.split("|") if p.strip())


@lru_cache(maxsize=1)
def readings() -> dict[str, tuple[Reading, ...]]:
    table: dict[str, list[Reading]] = defaultdict(list)
    for row in read_table("places_ambiguous"):
        table[normalize(row["surface"])].append(Reading(
            row["name"], row["name_en"], row["country"] or None, row["sector"] or None,
            tuple(m for m in row["marks"].split("|") if m), _phrases(row["before"]), _phrases(row["cues"]),
        ))
    return {k: tuple(v) for k, v in table.items()}


def _count(norms: list[str], phrase: tuple[str, ...]) -> int:
    n = len(phrase)
    return sum(1 for i in range(len(norms) - n + 1) if tuple(norms[i : i + n]) == phrase)


def _choose(doc: Doc, ent: Entity, options: tuple[Reading, ...], norms: list[str]) -> Reading | None:
    for m in ent.mentions:
        for r in options:
            if any(mark in m.text for mark in r.marks):
                return r
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    for m in ent.mentions:
        i = starts.get(m.start)
        if i is None:
            continue
        for r in options:
            if any(i >= len(p) and tuple(norms[i - len(p) : i]) == p for p in r.before):
                return r
    scores = [sum(_count(norms, p) for p in r.cues) for r in options]
    best = max(scores)
    if best and scores.count(best) == 1:
        return options[scores.index(best)]
    return None


def disambiguate_places(doc: Doc) -> None:
    """Set name, English name, country and sector of ambiguous place entities from the article's evidence."""
    table = readings()
    ambiguous = [e for e in doc.entities if e.type == "LOC"
                 and any(normalize(m.text) in table for m in e.mentions)]
    if not ambiguous:
        return
    norms = [t.bare for t in doc.tokens]
    for ent in ambiguous:
        key = next(normalize(m.text) for m in ent.mentions if normalize(m.text) in table)
        reading = _choose(doc, ent, table[key], norms)
        if reading is not None:
            ent.name, ent.name_en, ent.country, ent.sector = (reading.name, reading.name_en, reading.country,
                                                              reading.sector)
            ent.aliases = sorted({m.text for m in ent.mentions} - {ent.name})
