"""An actor span and the CAMEO code of a named entity: country and sector of what the entity stage found.

Separate from span finding because an entity's coding depends only on the entity (it is cached per
name), not on the sentence: the actor lexicon's conventions, central banks, bodies of an IGO.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.events.actor_tables import (
    ActorLexicon,
    PlaceInfo,
    _key,
    _match_phrase,
    actor_lexicon,
    people_codes,
)
from marsad.text.normalize import normalize
from marsad.text.tokenize import clitic_candidates


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
    international: bool = False
    people: bool = False  # a nationality standing for its people (الروس, آلاف العراقيين)  # a body named as international (اللجنة الدولية للصليب الأحمر): no home country

    @property
    def code(self) -> str | None:
        if self.sector == "IGO":
            return "IGO"  # an international body and its officials belong to no one state
        if self.country and self.sector:
            return f"{self.country} {self.sector}"
        return self.country or self.sector


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
    elif etype == "PER" and (person := people_codes().get(normalize(name))) is not None:
        country, sector = person  # a group's leader takes the group's code, a ruling general GOV
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
@lru_cache(maxsize=50_000)  # asked at every mention of an entity, and names recur
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


def _entity_sector(ent: object, lex: ActorLexicon) -> str | None:
    if getattr(ent, "type", None) == "PER" and (person := people_codes().get(normalize(ent.name))) is not None:
        return person[1]
    own = lex.sectors.get(_key(ent.name))
    return own[0] if own is not None else getattr(ent, "sector", None)
