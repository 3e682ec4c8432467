"""Actors and places of a sentence, coded as CAMEO ``COUNTRY SECTOR`` (USA GOV, SYR REB, IGO).

Two sources are merged: the entities the entity stage put on the Doc (with their
country and sector), and this layer's own actor lexicons (``actor_sectors.tsv``,
``actor_nationalities.tsv``, ``actor_places.tsv`` plus CLDR country names), so that
unnamed actors (مسلحون, الجيش السوري, وزير الخارجية الأميركي) are found too and a
title before a name (الرئيس السوري بشار الأسد) gives the name its sector and country.

This module finds the spans; the lexicon and its matcher are in :mod:`marsad.events.actor_tables`,
the coding of named entities in :mod:`marsad.events.actor_coding`, owners of members in
:mod:`marsad.events.actor_members`. Their public names are re-exported here, where callers import them.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from marsad.doc import Doc, Token
from marsad.events.actor_coding import (
    BANK_WORDS,
    INTERNATIONAL_WORDS,
    ActorSpan,
    _entity_coding,
    _entity_sector,
    _international,
)
from marsad.events.actor_members import (
    LEADER_HEADS,
    MEMBER_HEADS,
    MEMBER_LINKS,
    POSSESSIVE,
    STATE_SECTORS,
    can_own,
    resolve_members,
)
from marsad.events.actor_tables import (
    MAX_PHRASE,
    UN_ADJECTIVE,
    ActorLexicon,
    PhraseTable,
    PlaceInfo,
    _match_at,
    _means_table,
    actor_lexicon,
)
from marsad.lexicon import read_table
from marsad.text.normalize import normalize
from marsad.text.tokenize import clitic_candidates

__all__ = [
    "BANK_WORDS", "GAP_WORDS", "INTERNATIONAL_WORDS", "LEADER_HEADS", "MAX_PHRASE", "MEMBER_HEADS", "MEMBER_LINKS",
    "PEOPLE_SECTORS", "PORTFOLIO_STOPS", "POSSESSIVE", "STATE_SECTORS", "UN_ADJECTIVE",
    "ActorLexicon", "ActorSpan", "PhraseTable", "PlaceInfo",
    "actor_lexicon", "can_own", "entity_tokens_by_sentence", "find_actors", "resolve_members",
]

# Sectors of people nouns (أنصار, عائلات, صحفيو): a body named after them does not change what they are.
PEOPLE_SECTORS = frozenset(("CVL", "REF", "MED"))

# Sectors of armed non-state groups: their spokesmen and officials are the group's, never a government's.
ARMED_GROUP_SECTORS = frozenset(("REB", "INS"))

# Words that may stand between a head noun and its nationality adjective (الجيش العربي السوري).
GAP_WORDS = {"العربي", "العربيه", "الاسلامي", "الاسلاميه", "الوطني", "الوطنيه", "الاتحادي", "الاتحاديه",
             "الاول", "الاعلي", "الثوري", "المسلحه", "الخاصه", "الحكوميه", "النظاميه",
             "الثاني", "السابق", "السابقه", "الانتقالي", "الانتقاليه", "المؤقت", "المؤقته", "الجديد", "الجديده"}

# Bodies that sit in their own country, so "X في <country>" names whose they are (الحكومة الانتقالية في
# مالي, السلطات في ليبيا); not troops, envoys or embassies, which are often abroad (القوات في سوريا).
LOCAL_STATE_HEADS = frozenset(normalize(w) for w in (
    "حكومة", "الحكومة", "سلطات", "السلطات", "شرطة", "الشرطة", "محكمة", "المحكمة", "برلمان", "البرلمان",
    "الرئاسة", "رئاسة", "النيابة", "القضاء", "خفر", "الأجهزة", "أجهزة"))


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
            people = toks[i].stem.endswith(("يين", "يون")) or form in lex.peoples
            plural = (people and i > 0 and not _is_head(forms[i - 1], lex)) or (
                toks[i].stem.endswith("يا") and i > 0 and toks[i - 1].norm[:1].isdigit())
            return ActorSpan(i + offset, i + 1 + offset, toks[i].start, toks[i].end,
                             country=lex.nationalities[form], sector="CVL" if plural else None,
                             kind="group" if plural else "adjective", people=plural)
    return None


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
        if hit is not None and hit[2].type == "PER" and not titles_person(toks[span.first - offset]):
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
        if span.country is None and "في" in norm_forms and j + 1 < len(toks) and _local_state_head(toks, span, offset):
            inside = _match_at(lex.places, forms, j + 1)
            if inside and inside[1].kind in ("country", "capital"):
                span.country = inside[1].country  # الحكومة الانتقالية في مالي: the body of that state
                _grow(span, toks, j + 1 + inside[0], offset)
                break
        if span.sector is None and span.country is None and span.entity is None:
            inside = _sides_country(lex, toks, forms, j)
            if inside is not None:
                span.country, stop = inside  # طرفي النزاع في السودان: the sides of that country's conflict
                _grow(span, toks, stop, offset)
                break
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
                own = _entity_sector(person[2], lex)
                if body is None and own in ARMED_GROUP_SECTORS and span.sector in ("GOV", None) \
                        and span.country == person[2].country:
                    span.sector = own  # المتحدث العسكري باسم الجماعة يحيى سريع: an armed group's spokesman
                _grow(span, toks, person[1], offset)
        break


def _sides_country(lex: ActorLexicon, toks: list[Token], forms: list[frozenset[str]],
                   j: int) -> tuple[str, int] | None:
    """(country, end) of "[one word] في <country>" after the sides of a story (الطرفين في ليبيا)."""
    for k in (j, j + 1):
        if k + 1 < len(toks) and toks[k].norm == "في" and all(t.is_word for t in toks[j:k]):
            inside = _match_at(lex.places, forms, k + 1)
            if inside and inside[1].kind == "country":
                return inside[1].country, k + 1 + inside[0]
    return None


def _local_state_head(toks: list[Token], span: ActorSpan, offset: int) -> bool:
    head = toks[span.first - offset]
    return span.entity is None and bool({head.norm, head.bare, head.stem} & LOCAL_STATE_HEADS)


# Words that end a title's portfolio: a clause or another phrase begins (قال الوزير إن محمد ...).
PORTFOLIO_STOPS = frozenset(normalize(w) for w in (
    "إن", "أن", "ان", "قد", "لم", "لن", "ما", "لا", "الذي", "التي", "الذين", "على", "عن", "إلى", "الى", "مع",
    "بعد", "قبل", "خلال", "أمس", "اليوم", "امس", "لدى", "لدي"))


def _portfolio_then_name(toks: list[Token], forms: list[frozenset[str]], entity_at: dict, span: ActorSpan, j: int,
                         lex: ActorLexicon, offset: int) -> tuple[tuple | None, tuple | None] | None:
    """A title, one or two words of portfolio, then the holder's name (وزير المال ياسين جابر, مساعد وزير
    الخارجية لشؤون آسيا فلان) or the body served and then the name (مستشار قائد الدعم السريع الباشا فلان).
    Returns (body mention or None, person mention or None)."""
    if span.entity is not None or not titles_person(toks[span.first - offset]):
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
        if not tok.is_word or tok.prefix.startswith(("و", "ب")) or tok.norm in PORTFOLIO_STOPS \
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


def titles_person(head: Token) -> bool:
    """Whether ``head`` is a title that names a person after it (وزير، الرئيس، المتحدث), not a body."""
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


def _grow(span: ActorSpan, toks: list[Token], last_rel: int, offset: int) -> None:
    span.last = last_rel + offset
    span.end = toks[last_rel - 1].end
