"""Name words the lexicons know, which the run-together repair must never split (سميرنوف)."""

from __future__ import annotations

from functools import lru_cache

from marsad.lexicon import read_table
from marsad.text.normalize import normalize


def _words(cell: str) -> list[str]:
    return [w for part in cell.split("|") for w in normalize(part.lstrip("~")).replace("-", " ").split()]


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Normalised words of people's, given, organisation and place names from the lexicons."""
    out: set[str] = set()
    for row in read_table("names_people"):
        out.update(_words(row["name"]) + _words(row["aliases"]))
    for row in read_table("names_first"):
        out.update(_words(row["ar"]))
    for row in read_table("orgs_known"):
        out.update(_words(row["name"]) + _words(row["aliases"]))
    for row in read_table("places_extra"):
        out.update(_words(row["name"]) + _words(row["aliases"]))
    return frozenset(w for w in out if len(w) >= 4)
