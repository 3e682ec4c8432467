"""The actor lexicon: its phrase tables, how they are loaded and how a phrase is matched in them.

Kept apart from actor finding (:mod:`marsad.events.actors`) because it is data and a matcher,
built once per process (``actor_lexicon``) and shared by every sentence: ``actor_sectors.tsv``,
``actor_nationalities.tsv``, ``actor_places.tsv`` and ``actor_means.tsv`` plus CLDR country names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from marsad.cache import cached
from marsad.lexicon import read_table
from marsad.text.normalize import normalize

MAX_PHRASE = 6

# The "country" actor_nationalities.tsv gives أممي (of the UN): a head it qualifies is an IGO.
UN_ADJECTIVE = "IGO"


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    country: str
    kind: str  # country | capital | region | city
    sector: str | None
    name_en: str | None


@dataclass
class ActorLexicon:
    sectors: PhraseTable = field(default_factory=lambda: PhraseTable())
    nationalities: dict[str, str] = field(default_factory=dict)
    peoples: set[str] = field(default_factory=set)  # broken plurals naming a people (الروس, المغاربة)
    places: PhraseTable = field(default_factory=lambda: PhraseTable())
    _starts: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _memo: tuple[frozenset[str], dict] | None = field(default=None, repr=False, compare=False)

    def start_words(self) -> frozenset[str]:
        """Every word an actor phrase or nationality can begin with: the rest are skipped at once."""
        if self._starts is None:
            self._starts = frozenset(self.places.first_words | self.sectors.first_words
                                     | set(self.nationalities) | _means_words())
        return self._starts

    def word_memo(self) -> dict[tuple[str, str, str, bool], tuple[frozenset[str], bool]]:
        """Per-surface (forms, may start a phrase), valid while :meth:`start_words` is unchanged."""
        starts = self.start_words()
        if self._memo is None or self._memo[0] is not starts or len(self._memo[1]) > 200_000:
            self._memo = (starts, {})
        return self._memo[1]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


def _nationality_forms(adjective: str) -> list[str]:
    base = normalize(adjective)
    forms = [base]
    if base.endswith("ي"):
        # base + "ا": the accusative singular counted after 11-99 (اعتقل 27 فلسطينيا).
        forms += [base + "ه", base + "ون", base + "ين", base + "ات", base[:-1] + "يون", base[:-1] + "يين", base + "ا"]
    return forms


def _cldr_countries() -> dict[tuple[str, ...], PlaceInfo]:
    """Arabic country names from CLDR (Babel) keyed to ISO alpha-3 via pycountry.

    Reading CLDR and pycountry takes ~50 ms, so the table is pickled, keyed on the contents of
    the two data files it comes from (found without importing either package).
    """
    try:
        babel_dir = find_spec("babel").submodule_search_locations[0]  # type: ignore[union-attr]
        pycountry_dir = find_spec("pycountry").submodule_search_locations[0]  # type: ignore[union-attr]
    except (AttributeError, ImportError, IndexError, TypeError, ValueError):
        return _build_cldr_countries()
    sources = [Path(babel_dir) / "locale-data" / "ar.dat", Path(pycountry_dir) / "databases" / "iso3166-1.json"]
    if not all(p.is_file() for p in sources):
        return _build_cldr_countries()
    return cached("events-cldr-countries", "1", _build_cldr_countries, sources=sources)


def _build_cldr_countries() -> dict[tuple[str, ...], PlaceInfo]:
    try:
        import babel
        import pycountry
    except ImportError:  # both are core dependencies; stay usable without them all the same
        return {}
    out: dict[tuple[str, ...], PlaceInfo] = {}
    for code, name in babel.Locale("ar").territories.items():
        if not (len(code) == 2 and code.isalpha()):
            continue
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            continue
        out[_key(name)] = PlaceInfo(country.alpha_3, "country", None, getattr(country, "name", None))
    return out


def _head_forms(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase and its head noun's other sound-plural cases: مسلحون, مسلحين and the construct مسلحو /
    مسلحي (مسلحوها, مقاتلي الحركة), so the lexicon lists one form of each people noun."""
    head = key[0]
    if len(head) < 5 or not head.endswith(("ون", "ين")) or head.startswith("ال") and len(head) < 7:
        return [key]
    stem = head[:-2]
    return [key] + [(form, *key[1:]) for form in (stem + "ون", stem + "ين", stem + "و", stem + "ي") if form != head]


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    lex = ActorLexicon()
    for row in read_table("actor_sectors"):
        value = (row["sector"] or None, row["country"] or None)
        key = _key(row["phrase"])
        for form in _head_forms(key):
            if form == key or form not in lex.sectors:  # a form listed in its own right keeps its own row
                lex.sectors[form] = value
    for row in read_table("actor_nationalities"):
        if not row["country"]:
            continue
        forms = _nationality_forms(row["adjective"])
        listed = [normalize(f) for f in row["forms"].split(",") if f.strip()]
        forms += listed
        lex.peoples.update(f for f in listed if not f.endswith("ي"))
        for form in forms:
            lex.nationalities[form] = row["country"]
    lex.places.update(_cldr_countries())
    for row in read_table("actor_places"):
        lex.places[_key(row["name"])] = PlaceInfo(row["country"], row["kind"], row["sector"] or None,
                                                  row["name_en"] or None)
    return lex


@lru_cache(maxsize=1)
def people_codes() -> dict[str, tuple[str, str]]:
    """Normalised canonical name -> (country, sector) of the people actor_people.tsv codes for events."""
    return {normalize(row["name"]): (row["country"], row["sector"]) for row in read_table("actor_people")}


class PhraseTable(dict):
    """Word-tuple keys plus the set of their prefixes, so matching stops as soon as no key can follow."""

    def __init__(self) -> None:
        super().__init__()
        self.prefixes: set[tuple[str, ...]] = set()
        self.first_words: set[str] = set()  # fast rejection: most words start no key
        self._reset_steps()

    def _reset_steps(self) -> None:
        # A lazily built automaton over words: state = the key prefixes still open (its frontier);
        # (state, a word's readings) -> (next state or -1, the value of a key completed there or _NONE).
        self.frontiers: list[list[tuple[str, ...]]] = [[()]]
        self.state_ids: dict[tuple[tuple[str, ...], ...], int] = {((),): 0}
        self.steps: dict[tuple[int, frozenset[str]], tuple[int, object]] = {}

    def __setitem__(self, key: tuple[str, ...], value: object) -> None:
        super().__setitem__(key, value)
        if len(self.frontiers) > 1 or self.steps:
            self._reset_steps()  # a key added after matching began: forget the automaton
        if key:
            self.first_words.add(key[0])
        for n in range(1, len(key) + 1):
            self.prefixes.add(key[:n])

    def update(self, other: dict) -> None:  # type: ignore[override]
        for k, v in other.items():
            self[k] = v

    def step(self, state: int, forms: frozenset[str]) -> tuple[int, object]:
        """One word of :func:`_match_phrase`'s walk, from the frontier of ``state``."""
        frontier = [p + (o,) for p in self.frontiers[state] for o in forms if p + (o,) in self.prefixes]
        if not frontier:
            return -1, _NONE
        found = next((key for key in frontier if key in self), None)
        ident = tuple(frontier)
        nxt = self.state_ids.get(ident)
        if nxt is None:
            nxt = self.state_ids[ident] = len(self.frontiers)
            self.frontiers.append(frontier)
        return nxt, (self[found] if found is not None else _NONE)


_NONE = object()  # no key ends at this word


def _match_at(table: PhraseTable, forms: list[frozenset[str]], i: int) -> tuple[int, object] | None:
    """:func:`_match_phrase` over frozen word readings, each step memoised in the table's automaton:
    the same heads (قوات, وزير الخارجية) recur in every article, and their phrase search was the
    costliest step of actor finding."""
    if i >= len(forms) or table.first_words.isdisjoint(forms[i]):
        return None
    steps = table.steps
    if len(steps) > 200_000:
        table._reset_steps()
        steps = table.steps
    best = None
    state = 0
    for k in range(i, min(i + MAX_PHRASE, len(forms))):
        key = (state, forms[k])
        got = steps.get(key)
        if got is None:
            got = steps[key] = table.step(state, forms[k])
        state, value = got
        if state < 0:
            break
        if value is not _NONE:
            best = (k - i + 1, value)
    return best


def _match_phrase(table: PhraseTable, forms: list[set[str]], i: int) -> tuple[int, object] | None:
    """Longest key of ``table`` starting at word ``i`` (any clitic reading of each word)."""
    if i >= len(forms) or table.first_words.isdisjoint(forms[i]):
        return None
    best = None
    frontier: list[tuple[str, ...]] = [()]
    for k in range(i, min(i + MAX_PHRASE, len(forms))):
        frontier = [p + (o,) for p in frontier for o in forms[k] if p + (o,) in table.prefixes]
        if not frontier:
            break
        found = next((key for key in frontier if key in table), None)
        if found is not None:
            best = (k - i + 1, table[found])
    return best


@lru_cache(maxsize=1)
def _means_table() -> dict[str, str]:
    return {normalize(row["word"]): row["sector"] for row in read_table("actor_means")}


def _means_words() -> frozenset[str]:
    return frozenset(_means_table())
