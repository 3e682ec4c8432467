"""Members and ranks of a body (مقاتلوه, عنصران من حزب الله, القيادي في حماس) coded as their owner.

A second pass over the actors :func:`marsad.events.actors.find_actors` found: it needs the
sentence's other actors and those of the text before, which span finding does not look at.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Token
from marsad.events.actor_coding import ActorSpan
from marsad.text.normalize import normalize

# Nouns for the members or means of a body (مقاتلوه, عناصرها, قواتها, طائراته); with a possessive
# pronoun or "من X" they act for their owner, so they take the owner's code.
MEMBER_HEADS = frozenset(normalize(w) for w in (
    "مقاتلي", "مقاتلو", "مقاتلين", "مقاتلون", "عناصر", "عنصر", "عنصرا", "عنصران", "عنصرين", "قوات", "جنود",
    "جندي", "جنديا", "جنديان", "جنديين",
    "طائرات", "طائره", "مسيرات", "مقاتلات", "مسلحي", "مسلحو", "مسلحين", "مسلحون", "وحدات", "آليات"))
# Ranks within a body (القيادي في حزب الله, المستشار في قوات الدعم السريع) and its delegations (وفد من حماس):
# linked by في or من to the
# body, they are coded as that body, whatever it is.
LEADER_HEADS = frozenset(normalize(w) for w in ("قيادي", "قياديا", "القيادي", "مستشار", "المستشار", "مسؤول",
                                                 "المسؤول", "قائد", "القائد", "عضو", "العضو", "وفد", "وفدا",
                                                 "الوفد", "مسؤولا", "مسؤولين", "مسؤولون", "المسؤولين",
                                                 "المسؤولون", "قادة", "القادة"))
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
        if (leader and not a.country and nxt is not None and nxt.kind == "place" and nxt.place is not None
                and nxt.place.kind in ("country", "capital") and rel_end < len(toks) and toks[rel_end].norm == "في"
                and nxt.first - first == rel_end + 1):
            # مسؤولين في بغداد: officials posted nowhere else are that state's (its government's).
            out.append(replace(a, country=nxt.place.country, sector=a.sector or "GOV", last=nxt.last, end=nxt.end))
            skip.add(n + 1)
            continue
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
