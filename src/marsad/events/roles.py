"""Who did it and to whom: the source and target of one trigger, from Arabic word order (verb then
subject, a verbal noun's genitive or adjective, a passive's counted victims, من of a giver)."""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Token
from marsad.events.actors import ActorSpan, titles_person
from marsad.events.agents import agent_like, relative_antecedent
from marsad.events.modality import CLAUSE_BREAKS
from marsad.events.place_date import PLACE_REACH, place_marker
from marsad.events.roles_clause import (
    STANCE_TYPES,
    between_parties,
    feminine_place,
    gathered_parties,
    has_object_pronoun,
    light_verb,
    light_verb_agent,
    masculine_verb,
    object_owner,
    pronoun_referent,
    purpose_noun,
    reported_clause_start,
    subject_pronoun_referent,
    title_owner,
    undergoer,
    visit_host,
    warned_party,
)
from marsad.events.triggers import Trigger

PREPOSITIONS = {"علي", "الي", "مع", "ضد", "من", "عن", "في", "بين", "لدي", "حول", "تجاه", "نحو", "عبر"}
TARGET_PREPOSITIONS = {"علي", "الي", "مع", "ضد", "ل", "ب", "بين", "لدي", "تجاه", "نحو"}
# Verbal nouns whose genitive is the one acted upon (اغتيال القيادي) rather than the doer.
PATIENT_GENITIVE_TYPES = {"ASSAULT", "COERCE"}
MILITARY_TYPES = {"ASSAULT", "MOBILIZE"}
SEARCH_AFTER = 8
# Quantities whose من introduces the counted people (عددا من), not a source or origin.
PARTITIVES = {"عدد", "عددا", "عشرات", "مئات", "الاف", "بعض", "العديد", "مجموعه", "العشرات", "المئات"}
SEARCH_BEFORE = 10
HOSTING_CAMEO = "043"
DETACHED_OBJECTS = {"اياه", "اياها", "اياهم", "اياهما", "اياكم"}  # إياها: a pronoun object standing alone
MEDIATION_CAMEO = "045"  # وساطة بين A وB: the mediator acts on both sides, it is not one of them  # host a visit: the subject receives, the object is the guest
# Titles that open a new subject after a joined verb (، وطالب الناطق باسمها ...), not an object.
SPEAKER_TITLES = {"الناطق", "المتحدث", "وزير", "رئيس", "المندوب", "السفير", "المستشار", "الامين", "قائد",
                  "مدير", "الرئيس", "الوزير", "ناطق", "متحدث", "مندوب", "سفير", "نائب", "زعيم", "امين"}


def prep_before(span: ActorSpan, toks: list[Token], first: int) -> str | None:
    """The preposition governing an actor span: a separate word or a clitic (لموسكو, بسورية)."""
    head = toks[span.first - first]
    clitics = head.prefix[:-2] if head.prefix.endswith("ال") else head.prefix
    if "ب" in clitics or "ل" in clitics or "ك" in clitics:
        return "ب" if "ب" in clitics else "ل"
    k = span.first - first - 1
    while k >= 0 and not toks[k].is_word and toks[k].norm in ("(", "«", '"'):
        k -= 1
    if k >= 0:
        word = toks[k].norm[1:] if toks[k].norm[:1] in "وف" and toks[k].norm[1:] in PREPOSITIONS else toks[k].norm
        if word == "من" and k > 0 and (toks[k - 1].bare in PARTITIVES or toks[k - 1].norm in PARTITIVES):
            return None  # عددا من الصحفيين, عشرات من المحتجين: the counted people are the object itself
        if word in PREPOSITIONS or word == "باسم":
            return word
    return None


def _clause_start(toks: list[Token], i: int) -> int:
    for k in range(i - 1, -1, -1):
        if toks[k].norm in CLAUSE_BREAKS or toks[k].bare in CLAUSE_BREAKS:
            return k + 1
    return 0


def _actor_before(actors: list[ActorSpan], toks: list[Token], i: int, first: int,
                  floor: int = 0) -> ActorSpan | None:
    """Nearest subject-like actor before token ``i`` in its clause, not before ``floor``.

    Crosses إنه / أن يكون to the subject of the main clause (نفى الجيش أن يكون قد قصف).
    """
    lo = _clause_start(toks, i)
    if lo > 0 and (toks[lo - 1].norm in ("انه", "انها", "انهم", "بانه", "بانها")
                   or (toks[lo - 1].norm in ("ان", "بان") and lo < len(toks) and toks[lo].stem in ("يكون", "تكون"))):
        lo = _clause_start(toks, lo - 1)
    # الجيش الذي خسر أراضي لصالح مقاتلي المعارضة بدأ ...: the relative clause's actors are its objects.
    ante = relative_antecedent(actors, toks, first, lo, lambda a: prep_before(a, toks, first) is not None)
    if ante is not None and (ante.first - first >= floor or floor > lo):
        return ante
    lo = max(lo, floor, i - SEARCH_BEFORE)
    best = None
    for a in actors:
        rel_last = a.last - first
        if rel_last <= i and a.first - first >= lo and a.kind != "adjective":
            if prep_before(a, toks, first) is None:
                best = a
    return best


def _actor_after(actors: list[ActorSpan], toks: list[Token], i: int, first: int, limit: int,
                 preps: set[str | None], exclude: ActorSpan | None = None) -> ActorSpan | None:
    for a in actors:
        rel = a.first - first
        if rel <= i or rel > i + limit or a is exclude or a.kind == "adjective":
            continue
        if exclude is not None and (a.entity and a.entity == exclude.entity or a.first < exclude.last):
            continue  # the doer itself, or a shorter reading inside its span (الناطق باسم X inside the title+name)
        if prep_before(a, toks, first) in preps:
            return a
    return None


# Titles whose إلى / لدى / في names the post, not a target (المبعوث الأممي إلى اليمن, السفير لدى واشنطن).
ENVOY_TITLES = {"مبعوث", "سفير", "مندوب", "ممثل", "منسق", "قنصل"}


def _title_scope(source: ActorSpan, place: ActorSpan, toks: list[Token], first: int, end: int) -> bool:
    """Whether ``place`` right after an envoy title (through إلى / لدى / في / لـ) is the envoy's post."""
    if source.kind != "group" or source.entity_type == "PER" or not any(t.stem in ENVOY_TITLES or t.bare.removeprefix("ال") in ENVOY_TITLES
                                         for t in toks[source.first - first:source.last - first]):
        return False
    rel = place.first - first
    prep = prep_before(place, toks, first)
    return (rel == end + 1 and prep in ("الي", "لدي", "في")) or (rel == end and prep == "ل")


def _absorb_apposition_and_coordination(source: ActorSpan, actors: list[ActorSpan], toks: list[Token],
                                        first: int, trigger: int) -> tuple[ActorSpan, list[ActorSpan]]:
    """Actors that only restate or join the doer are not its target.

    A title then a name (رئيس الحكومة اللبنانية نجيب ميقاتي, المتحدث باسم الكرملين دميتري بيسكوف) is one
    person: the name gives the title its entity and, when missing, its country.  Co-ordinated doers
    (الصين وروسيا وإيران) share the event.
    """
    drop: set[int] = set()
    end = source.last - first
    for n, a in enumerate(actors):
        rel = a.first - first
        if rel < end:
            continue
        if rel - end > 3 or end <= trigger < rel:
            break
        head = toks[rel]
        if a.kind == "place" and _title_scope(source, a, toks, first, end):
            drop.add(n)  # المبعوث الأممي إلى اليمن, مندوب سوريا لدى الأمم المتحدة: part of the title
            end = a.last - first
            continue
        if a.kind == "adjective" and source.kind == "group" and prep_before(a, toks, first) is None \
                and not any(t.norm in CLAUSE_BREAKS or not t.is_word for t in toks[end:rel]):
            end = a.last - first  # رئيس الحكومة اللبنانية نجيب ميقاتي: the nationality sits inside the title
            continue
        # A second title with its own name (… نبيه بري after هوكشتاين) is another person: the object.
        if (source.kind == "group" and a.entity_type == "PER" and (source.entity_type != "PER" or a.kind != "group")
                and titles_person(toks[source.first - first])
                and prep_before(a, toks, first) is None
                and not any(t.norm in CLAUSE_BREAKS or not t.is_word for t in toks[end:rel])):
            source = replace(source, entity=a.entity, entity_type="PER", country=source.country or a.country,
                             last=a.last, end=a.end)
            drop.add(n)
            end = a.last - first
            continue
        if rel - end <= 1 and head.prefix.startswith("و") and a.kind != "adjective" \
                and prep_before(a, toks, first) is None:
            drop.add(n)
            end = a.last - first
            continue
        break
    if not drop:
        return source, actors
    return source, [a for n, a in enumerate(actors) if n not in drop]


# Words that count people: after a passive-prone verb they make it passive (قتل خمسة مدنيين).
COUNT_WORDS = {"واحد", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
               "عشرات", "مئات", "الاف", "احد", "احدي", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر",
               "عدد", "ما"}
PASSIVE_TYPES = {"ASSAULT", "COERCE"}
TIME_CLAUSE_OPENERS = {"بعد", "قبل", "عقب", "اثر", "وبعد", "وقبل"}
OTHERS = {"اخرون", "اخرين", "اخريات", "اخر"}
AGENT_MARKERS = {"يد", "ايدي", "قبل", "برصاص", "رصاص", "بنيران", "نيران", "بقصف", "بغاره"}


def _is_count(tok: Token) -> bool:
    return tok.norm[:1].isdigit() or tok.bare in COUNT_WORDS or tok.norm in COUNT_WORDS


def _passive_subject(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> ActorSpan | None:
    """The counted or dual victims right after an unvocalised verb that reads as passive.

    Active Arabic puts the doer right after the verb (قتل الجيش خمسة); a number there (قتل خمسة
    مدنيين, اعتقل ١٤ شخصا) or a dual in ان (قتل عنصران) is the subject of the passive.
    """
    if i + 1 >= len(toks):
        return None
    if any(a.last - first == i and a.kind != "adjective" and prep_before(a, toks, first) is None for a in actors):
        return None  # إن الجيش اعتقل عشرة شبان: a subject right before the verb makes it active
    nxt = toks[i + 1]
    counted = _is_count(nxt)
    if counted and i + 2 < len(toks) and toks[i + 2].bare in OTHERS:
        # قتل ثلاثة شبان وأصيب تسعة آخرون: "others" are more of the people counted before.
        return next((a for a in reversed(actors) if a.last - first <= i and a.kind == "group"
                     and a.first - first > 0 and _is_count(toks[a.first - first - 1])), None)
    for a in actors:
        rel = a.first - first
        if rel <= i:
            continue
        if rel == i + 1 and toks[rel].stem.endswith("ان") and a.kind == "group" and a.sector != "GOV":
            return a
        if counted and rel <= i + 6 and a.kind == "group" and prep_before(a, toks, first) is None:
            marker = toks[rel - 1]
            # وأصيب تسعة آخرون برصاص القوات: the actor after برصاص is the doer, not the counted victims.
            return None if marker.norm in AGENT_MARKERS or marker.bare in AGENT_MARKERS else a
        break
    return None


def _counted_passive(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> bool:
    """A number right after the verb with no subject before it (قتل ثلاثة أطفال): passive even when
    the counted people are no actor this layer knows."""
    if i + 1 >= len(toks) or not _is_count(toks[i + 1]) or toks[i + 1].norm == "ما":
        return False
    return not any(a.last - first == i and a.kind != "adjective" and prep_before(a, toks, first) is None
                   for a in actors)


def _passive_agent(actors: list[ActorSpan], toks: list[Token], i: int, first: int,
                   target: ActorSpan) -> ActorSpan | None:
    # قتل خمسة مدنيين جراء قصف شنته قوات النظام: the doer of the strike that killed them.
    for k in range(i + 1, min(len(toks), i + 20)):
        if toks[k].norm in (",", "،", ";", "؛", ":"):
            break
        executed = light_verb_agent(actors, toks, k - 1, first, reach=1) if light_verb(toks[k]) else None
        if executed is not None and executed[1] is not target:
            return executed[1]
    for a in actors:
        rel = a.first - first
        if a is target or rel <= i or rel > i + 14 or a.kind == "place" and not a.place:
            continue
        prev = toks[rel - 1]
        if prev.norm in AGENT_MARKERS or prev.bare in AGENT_MARKERS or (
                prev.suffix in ("ه", "ها") and rel - 1 > i + 1 and a.kind != "place"):
            return a
        if a.kind == "adjective" and toks[rel - 1].bare in ("غاره", "غارات", "مسيره", "طائره", "قصف"):
            return a
    return None


def _lam_patient(actors: list[ActorSpan], toks: list[Token], first: int,
                 near: ActorSpan) -> tuple[bool, ActorSpan | None]:
    """Whether a لـ object follows a verbal noun's genitive (قصف الطيران الروسي لمواقع المعارضة),
    which makes the genitive the agent, and the لـ actor when it is one."""
    end = near.last - first
    if end >= len(toks) or not toks[end].is_word or "ل" not in toks[end].prefix.replace("ال", ""):
        return False, None
    return True, next((a for a in actors if a.first - first == end and a.kind != "adjective"), None)


# Adverbs that introduce a verbal noun of the main subject's (مجددا دعوة طهران إلى ...).
RENEWING = {"مجددا", "مجدده", "مكررا", "مكرره", "مؤكدا", "مؤكده", "معلنا", "معلنه"}


def adverbial_noun(toks: list[Token], i: int) -> bool:
    """A verbal noun used as an adverb of the main verb (، مطالبة أنقرة بـ; مجددا دعوة طهران): its doer
    is the main clause's subject."""
    return _adverbial(toks, i)


def _adverbial(toks: list[Token], i: int) -> bool:
    """A verbal noun after a comma with no article (، مطالبة أنقرة بـ) is an adverb of the main verb."""
    return i > 0 and (toks[i - 1].norm in ("،", ",") or toks[i - 1].bare in RENEWING) \
        and not toks[i].prefix.endswith("ال")


# Verbs of receiving: with them an aid noun's giver follows من and its receiver is the subject.
RECEIVING = ("حصل", "تسلم", "تلقي", "استلم", "تلقت", "تسلمت", "حصلت", "استلمت", "يتلقي", "يتسلم", "يحصل")


def _received_from(trig: Trigger, toks: list[Token], actors: list[ActorSpan], first: int) -> ActorSpan | None:
    """The giver of aid told as received (أسلحة حصل عليها من روسيا, تسلم ... من), or None."""
    if trig.entry.type != "AID" or trig.companion is None:
        return None
    if toks[trig.companion].bare.startswith(RECEIVING):
        k = trig.companion  # أسلحة حصل عليها من
    elif toks[trig.index].bare.startswith(RECEIVING):
        k = max(trig.index, trig.companion)  # تسلمت أسلحة من
    else:
        return None
    for a in actors:
        rel = a.first - first
        if k < rel <= k + 5 and a.kind != "adjective" and prep_before(a, toks, first) == "من":
            return _acting_state(a)
    return None


def _received_noun(trig: Trigger, toks: list[Token], actors: list[ActorSpan],
                   first: int) -> tuple[ActorSpan, ActorSpan | None] | None:
    """(sender, receiver) of a noun received from someone: تلقى الرئيس اتصالا هاتفيا من نظيره,
    تلقت الوزارة دعوة من: the sender after من acts, the receiving verb's subject is the target."""
    i = trig.index
    if trig.entry.pos != "noun" or trig.entry.type == "AID":
        return None  # aid received has its own rule (_received_from)
    verb = next((k for k in range(i - 1, max(-1, i - 16), -1)
                 if toks[k].bare.startswith(RECEIVING) or toks[k].norm.startswith(RECEIVING)), None)
    if verb is None or any(toks[k].norm in CLAUSE_BREAKS for k in range(verb + 1, i)):
        return None
    sender = next((a for a in actors if i < a.first - first <= i + 4 and a.kind != "adjective"
                   and prep_before(a, toks, first) == "من"), None)
    if sender is None:
        return None
    receiver = next((a for a in actors if verb < a.first - first < i and a.kind != "adjective"
                     and prep_before(a, toks, first) is None), None)
    if receiver is None:
        receiver = next((a for a in reversed(actors) if a.last - first <= verb and a.kind != "adjective"
                         and prep_before(a, toks, first) is None), None)
    return _acting_state(sender), receiver


def _requester_after(trig: Trigger, toks: list[Token], actors: list[ActorSpan],
                     first: int) -> ActorSpan | None:
    """X in a request noun's "من X" (أي طلب من سورية), for the request itself or the offer to consider it."""
    entry = trig.entry
    if entry.type == "REQUEST" and (entry.pos == "noun" or toks[trig.index].prefix.endswith("ال") or (
            trig.index > 0 and toks[trig.index - 1].norm in ("اي", "كل", "اول"))):
        k = trig.index  # أي طلب من: a noun, whatever the lexicon row
    elif entry.type == "AGREE" and entry.cameo in ("033", "0332") and trig.companion is not None:
        k = trig.companion
    else:
        return None
    if k + 1 >= len(toks) or toks[k + 1].norm != "من":
        return None
    a = next((a for a in actors if a.first - first == k + 2 and a.kind != "adjective"), None)
    return _acting_state(a) if a is not None else None


def _acting_state(a: ActorSpan) -> ActorSpan:
    """A country or capital that gives, offers or asks acts for its government (روسيا → RUS GOV)."""
    if a.kind == "place" and a.place is not None and a.place.kind in ("country", "capital") \
            and not a.place.sector:
        return replace(a, place=replace(a.place, sector="GOV"))
    return a


def assign_actors(trig: Trigger, toks: list[Token], actors: list[ActorSpan], first: int,
                  floor: int = 0) -> tuple[ActorSpan | None, ActorSpan | None, str | None]:
    """(source, target, default sector for a bare nationality) of one trigger.

    ``floor``: the token after the previous trigger; an actor before it belongs to that event.
    """
    i = trig.index
    entry = trig.entry
    # استضافت بكين اجتماعا / استقبلت القاهرة الوفد: a capital after a hosting verb is the host.
    hosting = entry.cameo == HOSTING_CAMEO
    if trig.companion is not None:
        # The companion word is part of the act (وقع اتفاقا), unless it opens another state's official
        # (استدعى السفير الجزائري), not one of the doer's own (سحب سفيرها).
        actors = [a for a in actors if not a.first - first <= trig.companion < a.last - first
                  or (a.first - first == trig.companion and a.kind == "group" and a.sector == "GOV"
                      and not toks[trig.companion].suffix and agent_like(a))]
    source: ActorSpan | None = None
    target: ActorSpan | None = None
    passive = False
    received = _received_from(trig, toks, actors, first)
    asked_by = _requester_after(trig, toks, actors, first)
    if asked_by is not None:
        # ستبحث أي طلب من سورية: the offer goes to the requester; طلب من سورية: Syria asks.
        before = _actor_before(actors, toks, i, first, floor)
        source, target = (before, asked_by) if entry.type == "AGREE" else (asked_by, before)
        if source is not None:
            source = _acting_state(source)
        return source, target, None
    if entry.pos == "noun" and entry.type in PASSIVE_TYPES:
        undergone, victim = undergoer(actors, toks, i, first)
        if undergone:
            # تعرضت القافلة لهجوم نفذته ميليشيا / على يد: the doer only where the text names it.
            executed = light_verb_agent(actors, toks, i, first)
            doer = executed[1] if executed is not None else _passive_agent(actors, toks, i, first, victim)
            if doer is None:  # لهجوم مسلح, لقصف إسرائيلي: the act's own adjective or genitive
                doer = next((a for a in actors if 0 < a.first - first - i <= 2 and a.kind != "place"
                             and prep_before(a, toks, first) is None), None)
            return doer, victim, "MIL" if entry.type in MILITARY_TYPES else None
    if entry.pos == "noun" and entry.cameo != MEDIATION_CAMEO:
        parties = between_parties(actors, toks, i, first)
        if parties is not None:
            return parties[0], parties[1], "MIL" if entry.type in MILITARY_TYPES else None
    if entry.pos == "noun" and entry.type == "CONSULT":
        met = gathered_parties(actors, toks, i, first)
        if met is not None:
            return met[0], met[1], None
    got = _received_noun(trig, toks, actors, first)
    if got is not None:
        return got[0], got[1], None
    if received is not None:
        # أسلحة حصل عليها من روسيا: the provider follows من; the receiver is the clause's subject.
        source = received
        target = _actor_before(actors, toks, i, first, floor)
    elif entry.pos == "noun":
        nxt = [a for a in actors if 0 < a.first - first - i <= 2]
        near = nxt[0] if nxt and prep_before(nxt[0], toks, first) is None else None
        lam, patient = _lam_patient(actors, toks, first, near) if near is not None else (False, None)
        if near is not None and near.kind == "adjective":
            source = near  # غارات إسرائيلية
        elif lam:
            source, target = near, patient  # قصف الطيران الروسي لمواقع المعارضة: agent, then لـ patient
        elif near is not None and (trig.pronoun or _adverbial(toks, i) or entry.type in PATIENT_GENITIVE_TYPES
                                   or near.first - first == trig.companion):
            # اغتيال القيادي; مطالبته الولايات المتحدة (the pronoun is the doer); "، مطالبة أنقرة"
            target = near
        elif near is not None:
            source = near  # زيارة كيري
        executed = light_verb_agent(actors, toks, i, first) if near is None or near.kind != "adjective" else None
        if executed is not None:
            source = executed[1]  # غارة نفذتها مسيرة إسرائيلية, قصف شنته قوات النظام: the light verb's subject
            if target is source:
                target = None
        if source is None and not trig.pronoun and not _adverbial(toks, i):
            # "قصف شنته قوات النظام": the agent after a verb carrying the noun's pronoun.
            for a in actors:
                rel = a.first - first
                if i < rel <= i + SEARCH_AFTER and rel > 0 and toks[rel - 1].suffix and a is not target:
                    source = a
                    break
        if source is None and _adverbial(toks, i):
            source = next((a for a in actors if a.last - first <= i and a.kind != "adjective"
                           and prep_before(a, toks, first) is None), None)
        if source is None and purpose_noun(toks, i):
            # وصل الوزير إلى مسقط لإجراء محادثات: the purpose is the main subject's, whatever place
            # or object stands between.
            source = next((a for a in actors if a.last - first <= i and agent_like(a)
                           and prep_before(a, toks, first) is None), None)
        if source is None and toks[i].prefix.lstrip("و").startswith("ب") and i + 1 < len(toks) \
                and toks[i + 1].norm == "مع":
            # نفذت قواتها غارة بالتنسيق مع الحكومة: done "in co-ordination with" by the clause's doer,
            # named before the act the phrase describes.
            source = _actor_before(actors, toks, i, first)
        if source is None:
            source = _actor_before(actors, toks, i, first, floor)
    elif entry.type in PASSIVE_TYPES and (_passive_subject(actors, toks, i, first) is not None
                                          or _counted_passive(actors, toks, i, first)):
        # قتل خمسة مدنيين / اعتقل عشرات: the counted victims are the target; the doer, if any,
        # follows على يد / برصاص / من قبل, or is the agent of the strike that did it (غارة نفذتها X).
        target = _passive_subject(actors, toks, i, first)
        source = _passive_agent(actors, toks, i, first, target)
        passive = True  # the victims stand right after the verb or are no actor: nothing later is hit
    else:
        before = _actor_before(actors, toks, i, first, floor)
        after = _actor_after(actors, toks, i, first, 4, {None})
        if after is not None and any(t.norm in PREPOSITIONS for t in toks[i + 1:after.first - first]):
            after = None  # وسيلتقي مع نظيره الإماراتي الشيخ عبدالله: the name is inside the مع phrase
        if after is not None and entry.pos == "verb" and has_object_pronoun(toks[i], trig.pronoun) \
                and any({"ب", "ل"} & set(t.prefix) and t.bare != "باسم" for t in toks[i + 1:after.first - first]):
            after = None  # طالبه بوقف الضربات: the genitive of a بـ / لـ verbal noun is not the subject
        if after is not None and entry.pos == "verb" and after.first - first == i + 1 \
                and masculine_verb(toks[i]) and feminine_place(after, toks, first):
            after = None  # ودعا القاهرة إلى, كما هدد قبرص: a masculine verb's feminine name is its object
        owner = title_owner(actors, toks, i, first) if after is None and entry.pos == "verb" else None
        if owner is not None:
            after = owner  # وهنأ الأمين العام لمجلس التعاون جاسم البديوي: the title is the subject
        pronoun_subject = subject_pronoun_referent(actors, toks, i, first,
                                                   lambda a: prep_before(a, toks, first) is not None)
        # A participle (مستعدة, متهما) predicates of what stands before it.
        if pronoun_subject is not None and entry.pos == "verb":
            source = pronoun_subject  # قال الوزير ...، لكنه حذر / نقلت الوكالة عن الوزير قوله إنه سيزور
        elif entry.pos == "participle":
            # وقال X ... متهما Y: a participle's doer is the subject of the sentence's main verb.
            source = before or next((a for a in actors if a.last - first <= i and a.kind != "adjective"
                                     and prep_before(a, toks, first) is None), None)
        elif before is not None and i - (before.last - first) <= 2:
            source = before
        elif before is None and floor > 0 and toks[i].prefix.startswith("و") \
                and (not any(floor <= a.first - first < i for a in actors) or (
                    toks[i - 1].norm in ("،", ",") and after is not None and after.first - first == i + 1
                    and after.entity_type != "PER" and toks[i + 1].bare not in SPEAKER_TITLES)):
            # نفت القوات ... واتهمت الجيش: a joined verb with no subject of its own shares the
            # previous verb's doer, so the actor after it is its object.
            source = None
        elif after is not None and after.kind != "place" or (after is not None and after.place
                                                               and after.place.kind in ("capital", "country")
                                                               and (entry.mode != "visit" or hosting)):
            source = after
        elif before is None and entry.pos == "verb" and i > 0 and toks[i - 1].norm in ("،", ",") \
                and has_object_pronoun(toks[i], trig.pronoun):
            # اتصل الرئيس بنظيره، طالبه خلاله بـ: a verb opening a clause after a comma with no
            # subject of its own goes on with the sentence's main subject.
            source = next((a for a in actors if a.last - first <= i and agent_like(a)
                           and prep_before(a, toks, first) is None), None)
        else:
            source = before
    if source is not None:
        source, actors = _absorb_apposition_and_coordination(source, actors, toks, first, i)
    pronoun_object = entry.pos == "verb" and has_object_pronoun(toks[i], trig.pronoun) and not passive
    if target is None and i + 1 < len(toks) and toks[i + 1].norm in DETACHED_OBJECTS:
        # محملا إياها المسؤولية: the detached pronoun points to the last party named other than the doer.
        target = next((a for a in reversed(actors) if a.last - first <= i and agent_like(a) and a is not source
                       and (source is None or a.code != source.code)), None)
        pronoun_object = True
    if pronoun_object and target is None:
        # يستقبله رئيس الوزراء, التي تتهمها الفصائل: the object is the pronoun, not a later actor.
        target = pronoun_referent(actors, toks, i, first, source, lambda a: prep_before(a, toks, first) is not None)
    if target is None and not passive and not pronoun_object:
        preps = TARGET_PREPOSITIONS | {None}
        # Verb, subject, object: the object is counted from the end of a long subject (title and name).
        reach = SEARCH_AFTER + max(0, source.last - first - 1 - i) if source is not None else SEARCH_AFTER
        # The object stands in the verb's own clause: a comma opens the next one (، مطالبة X, ، داعيا X).
        # بعد / قبل / عقب open a time clause of their own (أوقفت الشرطة شابين بعد مواجهات مع عناصر ...).
        comma = next((k for k in range(i + 1, min(len(toks), i + reach + 1))
                      if toks[k].norm in ("،", ",") or toks[k].norm in TIME_CLAUSE_OPENERS), None)
        if comma is not None and (source is None or comma > source.last - first):
            reach = comma - i
        target = _actor_after(actors, toks, i, first, reach, preps, exclude=source)
        if target is None and entry.mode == "visit":
            # وصل [subject] إلى العاصمة البريطانية لندن: the host is past a long subject.
            target = next((a for a in actors if a.kind == "place" and a is not source
                           and i + SEARCH_AFTER < a.first - first <= i + PLACE_REACH
                           and place_marker(toks, a.first - first) is not None), None)
        if target is not None and target.kind == "place" and entry.mode != "visit" \
                and prep_before(target, toks, first) in ("ب",):
            target = None  # بسورية: where, not whom
    if entry.mode == "visit" and (target is None or (target.kind == "place" and not agent_like(target))):
        # سيزور أربيل للقاء رئيس الإقليم: visiting a city, the host is the one met there.
        target = visit_host(actors, toks, i, first) or target
    if target is None and entry.type in STANCE_TYPES and entry.pos == "verb" and source is not None \
            and not pronoun_object and i + 1 < len(toks):
        # رحبت دمشق بالفيتو الروسي, استدعت الخارجية القائم بالأعمال الأميركي: the owner of the thing.
        target = object_owner(actors, toks, source.last - first if source.first - first > i else i + 1, first)
    if entry.type == "THREATEN" and entry.pos != "noun" and source is not None and not pronoun_object:
        # حذر X من أن إسرائيل ستضرب إذا لم يتوقف إطلاق النار من لبنان: the warned party is inside the
        # reported clause, and it is not the warner's own state.
        start = reported_clause_start(toks, i)
        if start is not None:
            warned = warned_party(actors, toks, start, first, source)
            if warned is not None or (target is not None and target.first - first >= start):
                target = warned  # the warner's own state alone in the clause is nobody warned
    if source is not None and target is not None and source.code and source.code == target.code \
            and source.entity == target.entity:
        target = None
    default_sector = "MIL" if entry.type in MILITARY_TYPES else None
    return source, target, default_sector
