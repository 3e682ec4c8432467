"""Actors and places of a sentence, coded as CAMEO ``COUNTRY SECTOR`` (USA GOV, SYR REB, IGO).

Two sources are merged: the entities the entity stage put on the Doc (with their
country and sector), and this layer's own actor lexicons (``actor_sectors.tsv``,
``actor_nationalities.tsv``, ``actor_places.tsv`` plus CLDR country names), so that
unnamed actors (مسلحون, الجيش السوري, وزير الخارجية الأميركي) are found too and a
title before a name (الرئيس السوري بشار الأسد) gives the name its sector and country.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from marsad.cache import cached
from marsad.doc import Doc, Token
from marsad.lexicon import read_table
from marsad.text.normalize import normalize
from marsad.text.tokenize import clitic_candidates

MAX_PHRASE = 6
# Sectors of people nouns (أنصار, عائلات, صحفيو): a body named after them does not change what they are.
PEOPLE_SECTORS = frozenset(("CVL", "REF", "MED"))
# The "country" actor_nationalities.tsv gives أممي (of the UN): a head it qualifies is an IGO.
UN_ADJECTIVE = "IGO"
# Words that may stand between a head noun and its nationality adjective (الجيش العربي السوري).
GAP_WORDS = {"العربي", "العربيه", "الاسلامي", "الاسلاميه", "الوطني", "الوطنيه", "الاتحادي", "الاتحاديه",
             "الاول", "الاعلي", "الثوري", "المسلحه", "الخاصه", "الحكوميه", "النظاميه",
             "الثاني", "السابق", "السابقه"}


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
        forms += [normalize(f) for f in row["forms"].split(",") if f.strip()]
        for form in forms:
            lex.nationalities[form] = row["country"]
    lex.places.update(_cldr_countries())
    for row in read_table("actor_places"):
        lex.places[_key(row["name"])] = PlaceInfo(row["country"], row["kind"], row["sector"] or None,
                                                  row["name_en"] or None)
    return lex


@dataclass
class ActorSpan:
    first: int  # token indices [first, last)
    last: int
    start: int  # character offsets
    end: int
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "group"  # entity | place | group | adjective
    place: PlaceInfo | None = None
    entity_type: str | None = None
    international: bool = False  # a body named as international (اللجنة الدولية للصليب الأحمر): no home country

    @property
    def code(self) -> str | None:
        if self.sector == "IGO":
            return "IGO"  # an international body and its officials belong to no one state
        if self.country and self.sector:
            return f"{self.country} {self.sector}"
        return self.country or self.sector


def _forms(tok: Token) -> frozenset[str]:
    if not tok.is_word:
        return frozenset((tok.norm,))
    return _word_forms(tok.norm, tok.bare, tok.stem)


@lru_cache(maxsize=200_000)
def _word_forms(norm: str, bare: str, stem: str) -> frozenset[str]:
    return frozenset((*clitic_candidates(norm), bare, stem))


def _word_record(tok: Token, starts: frozenset[str]) -> tuple[frozenset[str], bool]:
    """A word's clitic readings and whether any of them can begin an actor phrase."""
    forms = _word_forms(tok.norm, tok.bare, tok.stem) if tok.is_word else frozenset((tok.norm,))
    return forms, not starts.isdisjoint(forms)


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


def find_actors(doc: Doc, sent: int, lex: ActorLexicon,
                entity_index: dict[int, dict[int, tuple[int, int, object]]] | None = None) -> list[ActorSpan]:
    """Actors and places of sentence ``sent``, non-overlapping, in text order.

    ``entity_index``: :func:`entity_tokens_by_sentence` of ``doc``, when the caller walks every sentence.
    """
    first, last = doc.sentence_tokens[sent]
    toks = doc.tokens[first:last]
    entity_at = _entity_tokens(doc, first, last) if entity_index is None else entity_index.get(sent, {})
    memo = lex.word_memo()
    forms: list[frozenset[str]] = []
    candidates: list[int] = []  # only a mention's first word or a word some phrase starts with opens a span
    for k, t in enumerate(toks):
        key = (t.norm, t.bare, t.stem, t.is_word)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _word_record(t, lex.start_words())
        forms.append(got[0])
        if got[1] or k in entity_at:
            candidates.append(k)
    spans: list[ActorSpan] = []
    i = 0
    for k in candidates:
        if k < i:
            continue  # inside the span found before
        i = k
        span = _entity_span(doc, toks, entity_at, i, first) if i in entity_at else None
        if span is None and toks[i].is_word:
            span = _lexicon_span(lex, toks, forms, i, first)
        if span is None:
            i += 1
            continue
        if span.kind in ("group",):
            _extend(doc, toks, forms, entity_at, span, lex, first)
        spans.append(span)
        i = span.last - first
    return spans


def _entity_tokens(doc: Doc, first: int, last: int) -> dict[int, tuple[int, int, object]]:
    """Sentence-relative token index -> (first, last, entity) for entity mentions starting there."""
    out: dict[int, tuple[int, int, object]] = {}
    if not doc.entities:
        return out
    tokens = doc.tokens
    start, end = tokens[first].start, tokens[last - 1].end
    ends: list[int] | None = None
    for ent in doc.entities:
        for m in ent.mentions:
            if m.start < start or m.end > end:
                continue
            if ends is None:
                ends = [t.end for t in tokens[first:last]]  # sorted: tokens do not overlap
            # The tokens overlapping the mention: from the first ending after its start.
            k = first + bisect_right(ends, m.start)
            if k < last and tokens[k].start < m.end:
                j = k + 1
                while j < last and tokens[j].start < m.end:
                    j += 1
                out.setdefault(k - first, (k - first, j - first, ent))
    return out


def entity_tokens_by_sentence(doc: Doc) -> dict[int, dict[int, tuple[int, int, object]]]:
    """:func:`_entity_tokens` of every sentence at once: each mention is placed by bisection, so a long
    article's mentions are not rescanned for each of its sentences."""
    out: dict[int, dict[int, tuple[int, int, object]]] = {}
    if not doc.entities:
        return out
    tokens = doc.tokens
    ends = [t.end for t in tokens]
    spans: list[tuple[int, int, int, int, int]] = []  # (start, end, sentence, first, last) of non-empty ones
    for s, (first, last) in enumerate(doc.sentence_tokens):
        if last > first:
            spans.append((tokens[first].start, tokens[last - 1].end, s, first, last))
    starts = [sp[0] for sp in spans]
    for ent in doc.entities:
        for m in ent.mentions:
            n = bisect_right(starts, m.start) - 1
            # The sentence holding the mention (and the one before, should a mention sit on the seam).
            for start, end, s, first, last in spans[max(0, n - 1):n + 1] if n >= 0 else ():
                if m.start < start or m.end > end:
                    continue
                k = bisect_right(ends, m.start, first, last)
                if k < last and tokens[k].start < m.end:
                    j = k + 1
                    while j < last and tokens[j].start < m.end:
                        j += 1
                    out.setdefault(s, {}).setdefault(k - first, (k - first, j - first, ent))
    return out


def _entity_span(doc: Doc, toks: list[Token], entity_at: dict, i: int, offset: int) -> ActorSpan | None:
    hit = entity_at.get(i)
    if hit is None:
        return None
    a, b, ent = hit
    kind = "place" if ent.type == "LOC" else "entity"
    country, sector, place = _entity_coding(ent.type, ent.name, ent.country, getattr(ent, "sector", None),
                                            ent.name_en)
    return ActorSpan(a + offset, b + offset, toks[a].start, toks[b - 1].end, entity=ent.id,
                     country=country, sector=sector, kind=kind, place=place, entity_type=ent.type,
                     international=_international(ent.name))


@lru_cache(maxsize=50_000)
def _entity_coding(etype: str, name: str, country: str | None, sector: str | None,
                   name_en: str | None) -> tuple[str | None, str | None, PlaceInfo | None]:
    """(country, sector, place) of an entity the entity stage found; the same for every mention."""
    lex = actor_lexicon()
    place = None
    if etype == "LOC":
        # A capital the entity layer knows (its sector is GOV) stands for its government when it acts.
        place = lex.places.get(_key(name))
        if place is None or (country and place.country != country):
            # The entity layer's reading wins where it disambiguated the name (عمّان, not عُمان).
            kind = "capital" if sector == "GOV" else "country" if _names_country(country, name_en) else "city"
            place = PlaceInfo(country or "", kind, sector, name_en)
        country = country or place.country or None  # أوروبا: the bloc the actor lexicon gives
    else:
        # This layer's actor lexicon fixes the coding convention for the bodies it names in full
        # (حزب الله → LBN REB, داعش → INS), so events agree with the gold guidelines; otherwise an
        # organisation's own name often says what it is (وزارة الدفاع الروسية, حركة حماس).
        key = _key(name)
        # The entity layer may drop the article of the name's first word (قوى الوطنية والإسلامية).
        own = lex.sectors.get(key) or (lex.sectors.get(("ال" + key[0], *key[1:])) if key else None)
        words = [set(clitic_candidates(w)) for w in normalize(name).split()]
        got = _match_phrase(lex.sectors, words, 0) if words else None
        bank_of = _central_bank(lex, key) if etype == "ORG" else None
        if bank_of is not None:
            sector, country = "GOV", bank_of
        elif own is not None and etype == "ORG":
            sector, country = own[0], own[1] or country
        elif etype == "ORG" and (inner := _igo_inside(lex, words)):
            sector, country = inner, None  # المجلس التنفيذي لصندوق النقد الدولي: a body of the IGO
        elif got and etype == "ORG" and got[0] >= 2 and got[1][0]:
            # The name opens with a body the lexicon codes (حركة الشباب المرتبطة بالقاعدة, وزارة الدفاع
            # التركية): its convention wins over the entity layer's guess from the first word.
            sector, country = got[1][0], got[1][1] or country
        elif sector is None and got:
            sector = got[1][0]
        elif etype == "ORG" and sector == "UAF":
            # A named brigade or militia (كتيبة جنين, سرايا X) is an identified armed group: REB by the
            # guidelines, which keep UAF for gunmen no text ties to a group.
            sector = "REB"
    return country, sector, place


def _names_country(country: str | None, name_en: str | None) -> bool:
    """The English name the entity layer gives is its country's own (سلطنة عمان = Oman): a state, not a town."""
    if not country or not name_en:
        return False
    try:
        import pycountry
    except ImportError:
        return False
    info = pycountry.countries.get(alpha_3=country)
    names = {getattr(info, attr, "") for attr in ("name", "common_name", "official_name")} if info else set()
    return name_en.casefold() in {n.casefold() for n in names if n}


INTERNATIONAL_WORDS = frozenset(normalize(w) for w in ("الدولي", "الدولية", "دولي", "دولية", "العالمي",
                                                          "العالمية", "حدود"))


@lru_cache(maxsize=20_000)
def _international(name: str) -> bool:
    return not INTERNATIONAL_WORDS.isdisjoint(w for word in normalize(name).split() for w in clitic_candidates(word))


BANK_WORDS = frozenset(("مصرف", "بنك"))


def _central_bank(lex: ActorLexicon, key: tuple[str, ...]) -> str | None:
    """The country of a bank named after a state (مصرف لبنان, مصرف ليبيا المركزي, بنك إسرائيل): its central
    bank, a state organ (GOV), not a business."""
    if len(key) < 2 or key[0] not in BANK_WORDS:
        return None
    rest = key[1:-1] if key[-1] == "المركزي" else key[1:]
    place = lex.places.get(rest)
    return place.country if place is not None and place.kind == "country" else None


def _igo_inside(lex: ActorLexicon, words: list[set[str]]) -> str | None:
    """IGO when an international body is named inside an organisation's name, not after لدى (the
    mission of a state to the UN is that state's)."""
    for k in range(1, len(words)):
        got = _match_phrase(lex.sectors, words, k)
        if got and got[1][0] == "IGO" and got[0] >= 2 and not words[k - 1] & {"لدي", "في"}:
            return "IGO"
    return None


def _lexicon_span(lex: ActorLexicon, toks: list[Token], forms: list[set[str]], i: int,
                  offset: int) -> ActorSpan | None:
    if not toks[i].is_word:
        return None
    place = _match_at(lex.places, forms, i)
    sector = _match_at(lex.sectors, forms, i)
    if sector and (not place or sector[0] > place[0]):
        length, (sec, country) = sector
        return ActorSpan(i + offset, i + length + offset, toks[i].start, toks[i + length - 1].end,
                         country=country, sector=sec, kind="group")
    if place:
        length, info = place
        return ActorSpan(i + offset, i + length + offset, toks[i].start, toks[i + length - 1].end,
                         country=info.country, kind="place", place=info)
    means = _military_means(lex, toks, forms, i)
    if means is not None:
        return ActorSpan(i + offset, i + 2 + offset, toks[i].start, toks[i + 1].end, country=means[0],
                         sector=means[1], kind="group")
    for form in forms[i]:
        if lex.nationalities.get(form) == UN_ADJECTIVE:
            return None  # أممي alone qualifies no one; after a head _extend makes that head IGO
        if form in lex.nationalities:
            # A plural nationality standing alone is a people (آلاف العراقيين): civilians.
            # So is a singular counted by a number before it (27 فلسطينيا).
            plural = (toks[i].stem.endswith(("يين", "يون")) and i > 0 and not _is_head(forms[i - 1], lex)) or (
                toks[i].stem.endswith("يا") and i > 0 and toks[i - 1].norm[:1].isdigit())
            return ActorSpan(i + offset, i + 1 + offset, toks[i].start, toks[i].end,
                             country=lex.nationalities[form], sector="CVL" if plural else None,
                             kind="group" if plural else "adjective")
    return None


@lru_cache(maxsize=1)
def _means_table() -> dict[str, str]:
    return {normalize(row["word"]): row["sector"] for row in read_table("actor_means")}


def _means_words() -> frozenset[str]:
    return frozenset(_means_table())


def _military_means(lex: ActorLexicon, toks: list[Token], forms: list[frozenset[str]],
                    i: int) -> tuple[str, str] | None:
    """(country, sector) of a word only a nationality makes an actor (مسيرات تركية → TUR MIL, الجانب
    الأميركي → USA GOV): the state acted through it, so the pair is that state's, not a bare adjective."""
    if i + 1 >= len(toks) or not toks[i + 1].is_word:
        return None
    table = _means_table()
    sector = next((table[f] for f in forms[i] if f in table), None)
    if sector is None:
        return None
    country = next((lex.nationalities[f] for f in forms[i + 1] if f in lex.nationalities), None)
    return (country, sector) if country not in (None, UN_ADJECTIVE) else None


def _is_head(forms: set[str], lex: ActorLexicon) -> bool:
    return any((f,) in lex.sectors for f in forms)


def _extend(doc: Doc, toks: list[Token], forms: list[set[str]], entity_at: dict, span: ActorSpan,
            lex: ActorLexicon, offset: int) -> None:
    """Grow a group head to the right: nationality, country, the named person or body it introduces."""
    j = span.last - offset
    head_end = j if span.entity is None else -1
    gap_used = False
    while j < len(toks) and toks[j].is_word:
        norm_forms = forms[j]
        hit = entity_at.get(j)
        if hit is not None and hit[1] - hit[0] == 1 and span.country is None \
                and any(f in lex.nationalities for f in norm_forms):
            hit = None  # نظيره السوداني: after a head, a one-word name that is a nationality is the nationality
        if hit is not None and hit[2].type == "PER" and not _titles_person(toks[span.first - offset]):
            break  # اعتقلت الشرطة أحمد سالم: a body noun does not introduce a name, its object follows
        if hit is not None and hit[2].type != "PER" and not _genitive_follows(toks, span, j, offset):
            break  # اتهم الجيش حركة حماس: after a definite head a named body is another actor, not its owner
        if hit is not None:
            a, b, ent = hit
            if ent.type == "LOC":
                if span.country is None and ent.country and ent.type == "LOC":
                    span.country = ent.country
                    _grow(span, toks, b, offset)
                    j = b
                    continue
                break
            span.entity, span.entity_type = ent.id, ent.type
            span.country = span.country or ent.country
            own = _entity_sector(ent, lex)
            # A body named after a generic head (المجلس التنفيذي لصندوق النقد الدولي) is that body; but
            # people tied to it (أنصار الحشد الشعبي, عائلات الجنود) stay civilians.
            if span.sector not in PEOPLE_SECTORS:
                span.sector = own or span.sector if ent.type == "ORG" else getattr(ent, "sector", None) or span.sector
            _grow(span, toks, b, offset)
            break
        nat = next((lex.nationalities[f] for f in norm_forms if f in lex.nationalities), None)
        if nat == UN_ADJECTIVE:
            span.sector = "IGO"  # موظفا أمميا, الفريق الأممي: staff of the UN, whoever they are
            _grow(span, toks, j + 1, offset)
            break
        # A nationality right after the head names its country, over the head's usual one (الاحتلال الروسي).
        if nat and (span.country is None or j == head_end):
            span.country = nat
            _grow(span, toks, j + 1, offset)
            j += 1
            continue
        place = _match_at(lex.places, forms, j)
        if place and span.country is None:
            span.country = place[1].country
            _grow(span, toks, j + place[0], offset)
            j += place[0]
            continue
        if "باسم" in norm_forms:
            j += 1  # المتحدث باسم X: X says whose spokesman
            continue
        more = _match_at(lex.sectors, forms, j) if span.country is None and _genitive_follows(toks, span, j, offset) \
            else None
        if more and more[1][0] is not None:  # a side of the story (الطرفين) is an actor of its own
            sec, country = more[1]
            span.country = span.country or country
            # The body spoken for or belonged to is the better sector (المتحدث باسم الجيش); members of a
            # body (عناصر الشرطة, مقاتلو الحركة) are that body.
            head = toks[span.first - offset]
            member = bool({head.bare, head.stem} & MEMBER_HEADS)
            span.sector = sec if (span.sector in ("GOV", "UAF") or member) and sec != "GOV" else span.sector
            _grow(span, toks, j + more[0], offset)
            j += more[0]
            continue
        if not gap_used and norm_forms & GAP_WORDS:
            gap_used = True
            j += 1
            continue
        named = _portfolio_then_name(toks, forms, entity_at, span, j, lex, offset)
        if named is not None:
            body, person = named
            if body is not None:  # مستشار قائد الدعم السريع: the title's holder serves that body
                own = _entity_sector(body[2], lex)
                span.sector = own or span.sector
                span.country = body[2].country or span.country
                span.entity, span.entity_type = body[2].id, body[2].type
                _grow(span, toks, body[1], offset)
            if person is not None:
                span.entity, span.entity_type = person[2].id, person[2].type
                span.country = span.country or person[2].country
                _grow(span, toks, person[1], offset)
        break


# Words that end a title's portfolio: a clause or another phrase begins (قال الوزير إن محمد ...).
PORTFOLIO_STOPS = frozenset(normalize(w) for w in (
    "إن", "أن", "ان", "قد", "لم", "لن", "ما", "لا", "الذي", "التي", "الذين", "على", "عن", "إلى", "الى", "مع",
    "بعد", "قبل", "خلال", "أمس", "اليوم", "امس", "لدى", "لدي"))


def _portfolio_then_name(toks: list[Token], forms: list[frozenset[str]], entity_at: dict, span: ActorSpan, j: int,
                         lex: ActorLexicon, offset: int) -> tuple[tuple | None, tuple | None] | None:
    """A title, one or two words of portfolio, then the holder's name (وزير المال ياسين جابر, مساعد وزير
    الخارجية لشؤون آسيا فلان) or the body served and then the name (مستشار قائد الدعم السريع الباشا فلان).
    Returns (body mention or None, person mention or None)."""
    if span.entity is not None or not _titles_person(toks[span.first - offset]):
        return None
    starts = lex.start_words()
    for k in range(j, min(j + 3, len(toks))):
        hit = entity_at.get(k)
        if hit is not None and hit[2].type == "PER":
            return (None, hit) if k > j else None
        if hit is not None and hit[2].type == "ORG" and k > j and span.country is None:
            after = hit[1]
            if after < len(toks) and after not in entity_at and toks[after].prefix == "ال":
                after += 1  # one honorific (الباشا, العميد) before the name
            person = entity_at.get(after)
            return hit, person if person is not None and person[2].type == "PER" else None
        if hit is not None:
            return None
        tok = toks[k]
        if not tok.is_word or tok.prefix.startswith("و") or tok.norm in PORTFOLIO_STOPS \
                or not starts.isdisjoint(forms[k]):
            return None
    return None


@lru_cache(maxsize=1)
def _person_title_words() -> frozenset[str]:
    """First words of the titles a name follows (titles_roles.tsv, the entity layer's list) and this
    layer's own person nouns: الرئيس, وزير, المتحدث, سفير, نظيره, مسؤول, القيادي."""
    words = {normalize(row["title"]).split()[0] for row in read_table("titles_roles") if row["title"].strip()}
    words |= {normalize(w) for w in ("نظير", "مسؤول", "مبعوث", "سفير", "ناطق", "قيادي", "قياديا", "مستشار",
                                     "قائد", "الناطق", "المسؤول", "القيادي", "الشيخ", "الملك", "ملك")}
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def _titles_person(head: Token) -> bool:
    titles = _person_title_words()
    return bool({head.bare, head.stem, head.norm} & titles) or (
        head.bare.startswith("ال") and head.bare[2:] in titles)


def _genitive_follows(toks: list[Token], span: ActorSpan, j: int, offset: int) -> bool:
    """Word ``j`` can be the genitive of the span (قائد الجيش, الأمين العام للأمم المتحدة): a noun with the
    article is never the first term of a construct, so after one only a لـ genitive continues the phrase
    (اتهم الجيش عصابات: two actors)."""
    last = toks[span.last - offset - 1]
    if toks[j].prefix.startswith("ل"):
        return True
    # Nor is a sound plural or dual that keeps its ن (مسلحون, not مسلحو X), nor an indefinite accusative
    # (صحفيا): after them a new noun is another actor (اختطف مسلحون مجهولون صحفيا).
    word = last.stem or last.bare
    return not last.prefix.endswith("ال") and not (len(word) >= 5 and word.endswith(("ون", "ين"))) \
        and not (len(word) >= 4 and word.endswith("ا"))


def _entity_sector(ent: object, lex: ActorLexicon) -> str | None:
    own = lex.sectors.get(_key(ent.name))
    return own[0] if own is not None else getattr(ent, "sector", None)


def _grow(span: ActorSpan, toks: list[Token], last_rel: int, offset: int) -> None:
    span.last = last_rel + offset
    span.end = toks[last_rel - 1].end


# Nouns for the members or means of a body (مقاتلوه, عناصرها, قواتها, طائراته); with a possessive
# pronoun or "من X" they act for their owner, so they take the owner's code.
MEMBER_HEADS = frozenset(normalize(w) for w in (
    "مقاتلي", "مقاتلو", "مقاتلين", "مقاتلون", "عناصر", "عنصر", "عنصرا", "عنصران", "عنصرين", "قوات", "جنود",
    "جندي", "جنديا", "جنديان", "جنديين",
    "طائرات", "طائره", "مسيرات", "مقاتلات", "مسلحي", "مسلحو", "مسلحين", "مسلحون", "وحدات", "آليات"))
# Ranks within a body (القيادي في حزب الله, المستشار في قوات الدعم السريع): linked by في or من to the
# body, they are coded as that body, whatever it is.
LEADER_HEADS = frozenset(normalize(w) for w in ("قيادي", "قياديا", "القيادي", "مستشار", "المستشار", "مسؤول",
                                                 "المسؤول", "قائد", "القائد", "عضو", "العضو"))
MEMBER_LINKS = frozenset(("من", "في"))
POSSESSIVE = frozenset(("ه", "ها", "هم", "هما"))
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"))


def _owned_code(member: ActorSpan, owner: ActorSpan) -> ActorSpan:
    """The member noun coded as its owner: a state's forces keep their own sector (قواتها → TUR MIL);
    a non-state body's fighters are that body (مقاتلو حزب الله → LBN REB)."""
    if owner.kind == "place" or owner.sector in STATE_SECTORS or owner.sector is None:
        sector = member.sector if member.sector in STATE_SECTORS else (
            owner.sector if owner.sector in ("MIL", "COP", "SPY") else "MIL")
        return replace(member, country=owner.country or member.country, sector=sector)
    sector = owner.sector if owner.sector in ("INS", "UAF", "REB") else "REB"
    return replace(member, country=owner.country, sector=sector, entity=owner.entity,
                   entity_type=owner.entity_type)


def can_own(b: ActorSpan, toks: list[Token], first: int) -> bool:
    """An owner is a subject-like actor: not a city, an outlet or a company, not after a preposition
    (في بيان على صفحته في فيسبوك: the page is not the owner of the fighters)."""
    if b.kind == "adjective" or not b.code or b.sector in ("MED", "BUS"):
        return False
    if b.kind == "place" and (b.place is None or b.place.kind == "city"):
        return False
    head = toks[b.first - first]
    prev = toks[b.first - first - 1].norm if b.first > first else ""
    return not ({"ب", "ل", "ك"} & set(head.prefix.replace("ال", ""))) and prev not in (
        "في", "علي", "الي", "من", "عن", "مع", "ضد")


def resolve_members(actors: list[ActorSpan], toks: list[Token], first: int,
                    earlier: list[ActorSpan]) -> list[ActorSpan]:
    """Members with an owner (مقاتليها قصفوا, عنصران من حزب الله) take the owner's code.

    A possessive points back to the nearest earlier actor of the sentence (قال حزب الله إن مقاتليه),
    else of the text before; "من X" right after the member names X, which then joins the member.
    """
    out: list[ActorSpan] = []
    skip: set[int] = set()
    titled = {b.entity: b for b in earlier if b.entity and b.entity_type == "PER" and b.sector}
    for n, a in enumerate(actors):
        if n in skip:
            continue
        if a.kind == "entity" and a.entity_type == "PER" and not a.sector and a.entity in titled:
            # وزير المالية ياسين جابر ... وقال جابر: a later bare mention keeps the code its title gave.
            known = titled[a.entity]
            out.append(replace(a, country=a.country or known.country, sector=known.sector))
            continue
        head = toks[a.first - first]
        forms = {head.stem, head.bare, head.norm}
        leader = bool(forms & LEADER_HEADS)
        if a.kind != "group" or a.entity or not (forms & MEMBER_HEADS or leader):
            out.append(a)
            continue
        nxt = actors[n + 1] if n + 1 < len(actors) else None
        rel_end = a.last - first
        links = MEMBER_LINKS if leader else {"من"}
        if (nxt is not None and rel_end < len(toks) and toks[rel_end].norm in links
                and nxt.first - first == rel_end + 1 and nxt.kind in ("entity", "group") and nxt.code):
            if leader:
                owned = replace(a, country=nxt.country, sector=nxt.sector, entity=nxt.entity,
                                entity_type=nxt.entity_type)
            else:
                owned = _owned_code(a, nxt)
            out.append(replace(owned, last=nxt.last, end=nxt.end))
            skip.add(n + 1)
            continue
        if head.suffix in POSSESSIVE:
            owner = next((b for b in reversed(out) if can_own(b, toks, first)), None)
            if owner is None:
                owner = next((b for b in reversed(earlier) if b.kind in ("entity", "group") and b.code), None)
            if owner is not None:
                out.append(_owned_code(a, owner))
                continue
        out.append(a)
    return _title_appositions(out, toks, first)


def _title_appositions(actors: list[ActorSpan], toks: list[Token], first: int) -> list[ActorSpan]:
    """A person named right after a title tied to a body (المتحدث باسم حركة حماس حازم قاسم, القيادي في
    حزب الله فلان, after one honorific such as العميد) is that title's holder: one actor, the body's code."""
    out: list[ActorSpan] = []
    for b in actors:
        a = out[-1] if out else None
        if (a is not None and b.kind == "entity" and b.entity_type == "PER" and a.kind == "group"
                and a.entity_type == "ORG" and a.sector and _apposed(a, b, toks, first)):
            out[-1] = replace(a, last=b.last, end=b.end, entity=b.entity, entity_type="PER")
            continue
        out.append(b)
    return out


def _apposed(a: ActorSpan, b: ActorSpan, toks: list[Token], first: int) -> bool:
    gap = toks[a.last - first:b.first - first]
    return len(gap) == 0 or (len(gap) == 1 and gap[0].is_word and gap[0].prefix == "ال")
