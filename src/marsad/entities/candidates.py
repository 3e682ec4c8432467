"""What the rules propose (:class:`Candidate`) and the choice among overlapping proposals."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.entities.gazetteer import Known

# Ties between equally long spans at one token go to the more reliable rule.
PRIORITY = {"gazetteer": 0, "title": 1, "head": 2, "place": 2, "given": 3, "crf": 4}


@dataclass(slots=True)
class Positions:
    """Token indices of one sentence where each rule can fire; every other token starts nothing."""

    known: list[int]  # a gazetteer name or an ambiguous-medium head
    title: list[int]
    head: list[int]
    given: list[int]
    media: list[int]
    place: list[int]


@dataclass(slots=True)
class Candidate:
    first: int  # token index (in the document)
    last: int  # token index, exclusive
    start: int  # character offsets into the document text
    end: int
    type: str
    rule: str
    known: Known | None = None
    country: str | None = None
    sector: str | None = None
    name_en: str | None = None
    title_first: int | None = None  # token index where the title phrase before a person begins
    alias_of: Candidate | None = None  # an acronym in brackets after its organisation: (سانا)



def select(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy left-to-right choice of non-overlapping spans: longer first, then by rule priority."""
    ordered = sorted(candidates, key=lambda c: (c.first, -(c.last - c.first), PRIORITY[c.rule]))
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in ordered:
        if any(k in taken for k in range(c.first, c.last)):
            continue
        chosen.append(c)
        taken.update(range(c.first, c.last))
    return sorted(chosen, key=lambda c: c.first)
