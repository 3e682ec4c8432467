"""Find events in a Doc: triggers from the lexicon, then who, whom, where, when and how asserted.

Arabic news puts the subject after the verb (وصل كيري إلى لندن) or, after إن / أن and in
headlines, before it (إن روسيا ستبحث); a verbal noun takes its agent as a genitive or an
adjective (زيارة كيري, غارات إسرائيلية) or through a light verb (شنته قوات النظام).  The
rules below follow those patterns; an actor the sentence does not give stays null.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.doc import Doc, Token
from marsad.events.actors import ActorLexicon, ActorSpan, can_own, find_actors, resolve_members
from marsad.events.agents import agent_like, opening_subject, relative_antecedent, speaker_actor, subordinate
from marsad.events.dates import DateMention, find_dates_in_tokens
from marsad.events.lexicon import TriggerEntry, TriggerLexicon
from marsad.events.modality import CLAUSE_BREAKS, PLUPERFECT, assess, has_purpose_li, sentence_reported
from marsad.model import Actor, Event, EventDate, Place, Quote, Span
from marsad.text.tokenize import clitic_candidates

OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم")
PREPOSITIONS = {"علي", "الي", "مع", "ضد", "من", "عن", "في", "بين", "لدي", "حول", "تجاه", "نحو", "عبر"}
TARGET_PREPOSITIONS = {"علي", "الي", "مع", "ضد", "ل", "ب", "بين", "لدي", "تجاه", "نحو"}
LOCATION_MARKERS = {"في", "ب", "مدينه", "بلده", "قريه", "ريف", "محافظه", "منطقه", "مخيم", "قرب", "محيط",
                    "شمال", "جنوب", "شرق", "غرب", "وسط", "العاصمه", "ضواحي", "قضاء", "حي"}
# Verbal nouns whose genitive is the one acted upon (اغتيال القيادي) rather than the doer.
PATIENT_GENITIVE_TYPES = {"ASSAULT", "COERCE"}
MILITARY_TYPES = {"ASSAULT", "MOBILIZE"}
# Events about another event: the noun after them (أدان الهجوم) has its own, unnamed agent.
SPEECH_ACT_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"}
# Sectors that belong to one state, so an unnamed one (الجيش, الشرطة) is that article's state's.
NATIONAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "CVL", "REF"}
# Sides whose warnings forecast rather than threaten (the @state condition of event_verbs.tsv).
NON_STATE_SECTORS = {"IGO", "NGO", "HLH", "EDU", "MED", "CVL", "BUS", "HRI", "REF", "LAB", "ELI"}
SEARCH_AFTER = 8
SEARCH_BEFORE = 10


@dataclass(slots=True)
class Trigger:
    index: int  # sentence-relative token index
    entry: TriggerEntry
    future_prefix: bool
    companion: int | None = None
    pronoun: bool = False  # an attached pronoun was removed (زيارته, مطالبتها): it names the doer  # token that met the entry's `needs` (إرسال [قوات]): never an actor


def _token_forms(tok: Token) -> tuple[tuple[str, bool, bool], ...]:
    return _forms_of(tok.norm, tok.bare, tok.stem, tok.text.endswith("ة"))


@lru_cache(maxsize=200_000)
def _forms_of(norm: str, bare: str, stem: str, ta_marbuta: bool) -> tuple[tuple[str, bool, bool], ...]:
    """Candidate lexicon forms of a word, each with whether a future سـ and a pronoun were removed."""
    out: list[tuple[str, bool, bool]] = []
    seen: set[str] = set()
    for cand in [*clitic_candidates(norm), bare, stem]:
        variants = [(cand, False, False)]
        if cand[:1] == "س" and cand[1:2] in ("ي", "ت", "ن", "ا") and len(cand) > 4:
            variants.append((cand[1:], True, False))
        for form, fut, _ in list(variants):
            for suf in OBJECT_SUFFIXES:
                if suf == "ه" and ta_marbuta:
                    continue  # قدرة is a noun in ة, not قدر + ه
                if form.endswith(suf) and len(form) - len(suf) >= 3:
                    base = form[: -len(suf)]
                    variants.append((base, fut, True))
                    if base.endswith("ت"):  # مطالبته -> مطالبه (ta marbuta before a pronoun)
                        variants.append((base[:-1] + "ه", fut, True))
        for form, fut, pron in variants:
            if form not in seen:
                seen.add(form)
                out.append((form, fut, pron))
    return tuple(out)


def _first_hit(lex: TriggerLexicon, key: tuple[str, str, str, bool]
               ) -> tuple[str, bool, bool, list[TriggerEntry]] | None:
    """The first candidate form of a word the lexicon knows, with its entries ranked, or None."""
    for form, fut, pron in _forms_of(*key):
        entries = lex.lookup(form)
        if entries:
            # Specific readings (with a required companion word) first: أطلق سراح before أطلق النار.
            return form, fut, pron, sorted(entries, key=lambda e: (not (e.needs or e.conditions), e.line))
    return None


@lru_cache(maxsize=100_000)
def _candidate_set(norm: str) -> frozenset[str]:
    return frozenset(clitic_candidates(norm))


def _needs_met(entry: TriggerEntry, toks: list[Token], i: int, actors: list[ActorSpan],
               first: int) -> int | None:
    """Index of the token that satisfies ``entry.needs`` (``i`` itself when nothing is needed), or None."""
    if entry.unless and _unless_met(entry, toks, i, actors, first):
        return None
    if "@neg" in entry.conditions and not _negated_before(toks, i):
        return None
    if not entry.needs:
        return i
    window = range(i + 1, min(len(toks), i + 6))
    for need in entry.needs:
        if need in ("@place", "@actor"):
            for a in actors:
                rel = a.first - first
                if rel in window and (need == "@actor" or a.kind == "place"):
                    return i
                # وصل [وزير الخارجية الأميركي جون كيري] إلى العاصمة البريطانية لندن: the subject comes
                # first, so a place reached through إلى / في further on still counts.
                if need == "@place" and a.kind == "place" and i + 5 < rel <= i + PLACE_REACH \
                        and _place_marker(toks, rel) is not None:
                    return i
            continue
        for k in window:
            tok = toks[k]
            if len(need) == 1:
                if need in tok.prefix or tok.norm == need:
                    return i
            elif need == tok.norm or need == tok.bare or need in _candidate_set(tok.norm):
                return k
    return None


# Particles that negate the verb right after them (لن تقبل, لا نسمح, لم يقبل).
NEGATORS = {"لن", "لم", "لا", "ولن", "ولم", "ولا", "فلن", "فلا"}
FUTURE_PARTICLES = {"سوف", "لن", "ولن", "فلن"}


PLACE_REACH = 14
# Words that name the kind of place before its name (العاصمة البريطانية لندن, مدينة حلب).
PLACE_DESCRIPTORS = {"العاصمه", "عاصمه", "مدينه", "محافظه", "بلده", "قريه", "منطقه", "ولايه", "اقليم", "جزيره"}
DIRECTION_WORDS = {"الي", "في", "من", "نحو", "قرب"}


def _place_marker(toks: list[Token], rel: int) -> Token | None:
    """The preposition leading to the place at ``rel``, over a descriptor and its adjective
    (إلى العاصمة البريطانية لندن, في مدينة حلب, لندن), or None when the place is not governed by one."""
    head = toks[rel]
    if {"ل", "ب"} & set(head.prefix.replace("ال", "")):
        return head
    described = False
    for k in range(rel - 1, max(-1, rel - 4), -1):
        tok = toks[k]
        if tok.norm in DIRECTION_WORDS:
            return tok if described or k == rel - 1 else None
        if tok.bare in PLACE_DESCRIPTORS or tok.norm in PLACE_DESCRIPTORS or tok.stem in PLACE_DESCRIPTORS:
            if {"ل", "ب"} & set(tok.prefix.replace("ال", "")):
                return tok  # للعاصمة, بمدينة
            described = True
        elif not tok.norm.startswith("ال"):
            return None  # only a descriptor and its adjective may stand between
    return None


def _negated_before(toks: list[Token], i: int) -> bool:
    return any(toks[k].norm in NEGATORS for k in range(max(0, i - 2), i))


def _future_before(toks: list[Token], i: int) -> bool:
    return any(toks[k].norm in FUTURE_PARTICLES for k in range(max(0, i - 2), i))


def _unless_met(entry: TriggerEntry, toks: list[Token], i: int, actors: list[ActorSpan], first: int) -> bool:
    """A word right after the trigger that gives it another sense (حققت [تقدما], مقاطعة [كورسك])."""
    for k in range(i + 1, min(len(toks), i + 3)):
        tok = toks[k]
        if not tok.is_word:
            continue
        for word in entry.unless:
            if word == "@place":
                if any(a.first - first == k and a.kind == "place" for a in actors):
                    return True
            elif word == tok.norm:
                return True
    return False


def _verb_prefix_ok(norm: str, form: str) -> bool:
    """A verb takes only و ف س (and لـ before the imperfect): never the article (الدعم, لدعم)."""
    idx = norm.find(form[:3])
    prefix = norm[:idx] if idx > 0 else ""
    if prefix.startswith(("و", "ف")):
        prefix = prefix[1:]
    return prefix in ("", "س") or (prefix == "ل" and form[:1] in "يتن")


# Words after which a bare form that could be a verb or its verbal noun (قصف) is the noun.
NOUN_CONTEXT = {"جراء", "اثر", "بعد", "عقب", "خلال", "وسط", "رغم", "منذ", "بسبب", "ضد", "علي", "من", "في",
                "عن", "الي", "قبل", "بين", "لوقف", "وقف", "استمرار", "تصعيد"}


# Words before a verbal noun that stop or prevent it (وقف/لوقف/بوقف share the bare form وقف).
STOPPING = {"وقف", "منع", "انهاء", "ايقاف", "لوقف", "لمنع"}

# Prepositions written as separate words: the word after one is never a finite verb.
BARE_PREPOSITIONS = {"في", "من", "الي", "علي", "عن", "قرب", "عند", "مع", "حول", "خلال", "منذ", "ضد", "لدي",
                     "نحو", "عبر", "وسط", "اثر", "جراء", "بسبب", "رغم", "تجاه"}


def _noun_slot(toks: list[Token], i: int, found: list[Trigger], inside_actor: set[int]) -> bool:
    """A word with no و/ف straight after a preposition or after a verb trigger is a noun (أدانت قصف)."""
    if i == 0 or toks[i].prefix:
        return False
    prev = toks[i - 1]
    if prev.norm in NOUN_CONTEXT:
        return True
    # After a verb and its subject (أدانت الخارجية القطرية قصف ...) the word is the verb's object.
    return bool(found and found[-1].entry.pos == "verb"
                and all(k in inside_actor for k in range(found[-1].index + 1, i)))


# What makes an offer of aid an offer of military aid (ستبحث أي طلب لإرسال قوات).
MILITARY_AID_WORDS = {"قوات", "جنود", "اسلحه", "عسكريه", "عسكري", "عسكريا", "ذخائر", "قواتها", "قواته"}


def find_triggers(toks: list[Token], lex: TriggerLexicon, actors: list[ActorSpan], first: int) -> list[Trigger]:
    # A one-word "actor" found inside a longer word (كمينا read as ك + مينا) does not hide that word.
    inside_actor = {k - first for a in actors for k in range(a.first, a.last)
                    if not (a.last - a.first == 1 and a.start > toks[k - first].start
                            and toks[k - first].norm in lex.by_form)}
    found: list[Trigger] = []
    hits = lex.hit_cache
    for i, tok in enumerate(toks):
        if not tok.is_word or i in inside_actor or len(tok.norm) < 3:
            continue
        key = (tok.norm, tok.bare, tok.stem, tok.text.endswith("ة"))
        hit = hits.get(key, False)
        if hit is False:
            if len(hits) > 200_000:
                hits.clear()  # bounded like the other per-word caches
            hit = hits[key] = _first_hit(lex, key)
        if hit is not None:
            form, fut, pron, ranked = hit
            if i > 0 and toks[i - 1].norm in BARE_PREPOSITIONS:
                ranked = [e for e in ranked if e.pos != "verb"]  # من أصل, قرب تقاطع: no verb after a preposition
            if not _verb_prefix_ok(tok.norm, form) or (
                    any(e.pos == "noun" for e in ranked) and _noun_slot(toks, i, found, inside_actor)):
                ranked = [e for e in ranked if e.pos == "noun"]
            for entry in ranked:
                if "@future" in entry.conditions and not (fut or _future_before(toks, i)):
                    continue
                met = _needs_met(entry, toks, i, actors, first)
                if met is not None:
                    pron = pron or (tok.suffix in ("ه", "ها", "هم", "هما") and not form.endswith(tok.suffix))
                    found.append(Trigger(i, entry, fut, met if met != i else None, pron))
                    break
    requests = {t.index for t in found if t.entry.type == "REQUEST"}
    # ستبحث أي طلب: the request considered is an event of its own, not part of the offer.
    companions = {t.companion for t in found if t.companion is not None
                  and not (t.entry.type == "AGREE" and t.companion in requests)}
    out: list[Trigger] = []
    request_until = -1
    for trig in found:
        if trig.index in companions:
            continue  # وقف [إطلاق] النار: the companion word is part of this event, not another
        if trig.entry.pos == "noun" and trig.index <= request_until:
            continue  # دعا إلى وقف القصف: what is asked for has not happened
        if trig.entry.pos == "noun" and trig.companion is None and out and trig.index - out[-1].index <= 6 \
                and has_purpose_li(toks[trig.index]):
            continue  # مستعدة للتفاوض, سيزور أربيل للقاء: the purpose of the event before, not one of its own
        if trig.entry.pos == "noun" and trig.index > 0 and trig.companion is None \
                and toks[trig.index - 1].bare in STOPPING:
            continue  # لوقف استهداف المدنيين, منع الهجمات: what is to be stopped is not reported as done
        if out and out[-1].entry.type == trig.entry.type and (
                trig.index - out[-1].index <= 3
                or (trig.entry.pos == "noun" and out[-1].entry.cameo == trig.entry.cameo
                    and trig.index - out[-1].index <= (16 if toks[trig.index - 1].norm == "في" else 8))):
            continue  # الهجوم الذي استهدف / وصل ... في زيارة: one event told twice
        if out and trig.entry.type == "ASSAULT" == out[-1].entry.type and trig.entry.cameo == "190" \
                and out[-1].entry.pos == "noun" and trig.index - out[-1].index <= 8:
            continue  # قصف بطائرة مسيرة تركية استهدف سيارتهم: the verb describes the strike just named
        if trig.entry.type == "AGREE" and trig.entry.cameo == "033" and any(
                toks[k].bare in MILITARY_AID_WORDS for k in range(trig.index + 1, min(len(toks), trig.index + 10))):
            trig = replace(trig, entry=replace(trig.entry, cameo="0332", context="military"))
        out.append(trig)
        if trig.entry.type == "REQUEST":
            request_until = trig.index + 6
    return out


def _prep_before(span: ActorSpan, toks: list[Token], first: int) -> str | None:
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
    ante = relative_antecedent(actors, toks, first, lo, lambda a: _prep_before(a, toks, first) is not None)
    if ante is not None and (ante.first - first >= floor or floor > lo):
        return ante
    lo = max(lo, floor, i - SEARCH_BEFORE)
    best = None
    for a in actors:
        rel_last = a.last - first
        if rel_last <= i and a.first - first >= lo and a.kind != "adjective":
            if _prep_before(a, toks, first) is None:
                best = a
    return best


def _actor_after(actors: list[ActorSpan], toks: list[Token], i: int, first: int, limit: int,
                 preps: set[str | None], exclude: ActorSpan | None = None) -> ActorSpan | None:
    for a in actors:
        rel = a.first - first
        if rel <= i or rel > i + limit or a is exclude or a.kind == "adjective":
            continue
        if exclude is not None and a.entity and a.entity == exclude.entity:
            continue
        if _prep_before(a, toks, first) in preps:
            return a
    return None


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
        if (source.kind == "group" and a.entity_type == "PER" and _prep_before(a, toks, first) is None
                and not any(t.norm in CLAUSE_BREAKS or not t.is_word for t in toks[end:rel])):
            source = replace(source, entity=a.entity, entity_type="PER", country=source.country or a.country,
                             last=a.last, end=a.end)
            drop.add(n)
            end = a.last - first
            continue
        if rel - end <= 1 and head.prefix.startswith("و") and a.kind != "adjective" \
                and _prep_before(a, toks, first) is None:
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
    nxt = toks[i + 1]
    counted = _is_count(nxt)
    for a in actors:
        rel = a.first - first
        if rel <= i:
            continue
        if rel == i + 1 and toks[rel].stem.endswith("ان") and a.kind == "group" and a.sector != "GOV":
            return a
        if counted and rel <= i + 6 and a.kind == "group" and _prep_before(a, toks, first) is None:
            return a
        break
    return None


def _passive_agent(actors: list[ActorSpan], toks: list[Token], i: int, first: int,
                   target: ActorSpan) -> ActorSpan | None:
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
        if k < rel <= k + 5 and a.kind != "adjective" and _prep_before(a, toks, first) == "من":
            return _acting_state(a)
    return None


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
    if trig.companion is not None:
        actors = [a for a in actors if not a.first - first <= trig.companion < a.last - first]
    source: ActorSpan | None = None
    target: ActorSpan | None = None
    received = _received_from(trig, toks, actors, first)
    asked_by = _requester_after(trig, toks, actors, first)
    if asked_by is not None:
        # ستبحث أي طلب من سورية: the offer goes to the requester; طلب من سورية: Syria asks.
        before = _actor_before(actors, toks, i, first, floor)
        source, target = (before, asked_by) if entry.type == "AGREE" else (asked_by, before)
        if source is not None:
            source = _acting_state(source)
        return source, target, None
    if received is not None:
        # أسلحة حصل عليها من روسيا: the provider follows من; the receiver is the clause's subject.
        source = received
        target = _actor_before(actors, toks, i, first, floor)
    elif entry.pos == "noun":
        nxt = [a for a in actors if 0 < a.first - first - i <= 2]
        near = nxt[0] if nxt and _prep_before(nxt[0], toks, first) is None else None
        lam, patient = _lam_patient(actors, toks, first, near) if near is not None else (False, None)
        if near is not None and near.kind == "adjective":
            source = near  # غارات إسرائيلية
        elif lam:
            source, target = near, patient  # قصف الطيران الروسي لمواقع المعارضة: agent, then لـ patient
        elif near is not None and (trig.pronoun or _adverbial(toks, i)
                                   or entry.type in PATIENT_GENITIVE_TYPES):
            # اغتيال القيادي; مطالبته الولايات المتحدة (the pronoun is the doer); "، مطالبة أنقرة"
            target = near
        elif near is not None:
            source = near  # زيارة كيري
        if source is None and not trig.pronoun and not _adverbial(toks, i):
            # "قصف شنته قوات النظام": the agent after a verb carrying the noun's pronoun.
            for a in actors:
                rel = a.first - first
                if i < rel <= i + SEARCH_AFTER and rel > 0 and toks[rel - 1].suffix and a is not target:
                    source = a
                    break
        if source is None and _adverbial(toks, i):
            source = next((a for a in actors if a.last - first <= i and a.kind != "adjective"
                           and _prep_before(a, toks, first) is None), None)
        if source is None:
            source = _actor_before(actors, toks, i, first, floor)
    elif entry.type in PASSIVE_TYPES and _passive_subject(actors, toks, i, first) is not None:
        # قتل خمسة مدنيين / اعتقل عشرات: the counted victims are the target; the doer, if any,
        # follows على يد / برصاص / من قبل, or is the agent of the strike that did it (غارة نفذتها X).
        target = _passive_subject(actors, toks, i, first)
        source = _passive_agent(actors, toks, i, first, target)
    else:
        before = _actor_before(actors, toks, i, first, floor)
        after = _actor_after(actors, toks, i, first, 4, {None})
        # A participle (مستعدة, متهما) predicates of what stands before it.
        if entry.pos == "participle":
            # وقال X ... متهما Y: a participle's doer is the subject of the sentence's main verb.
            source = before or next((a for a in actors if a.last - first <= i and a.kind != "adjective"
                                     and _prep_before(a, toks, first) is None), None)
        elif before is not None and i - (before.last - first) <= 2:
            source = before
        elif after is not None and after.kind != "place" or (after is not None and after.place
                                                               and after.place.kind in ("capital", "country")
                                                               and entry.mode != "visit"):
            source = after
        else:
            source = before
    if source is not None:
        source, actors = _absorb_apposition_and_coordination(source, actors, toks, first, i)
    if target is None:
        preps = TARGET_PREPOSITIONS | {None}
        target = _actor_after(actors, toks, i, first, SEARCH_AFTER, preps, exclude=source)
        if target is None and entry.mode == "visit":
            # وصل [subject] إلى العاصمة البريطانية لندن: the host is past a long subject.
            target = next((a for a in actors if a.kind == "place" and a is not source
                           and i + SEARCH_AFTER < a.first - first <= i + PLACE_REACH
                           and _place_marker(toks, a.first - first) is not None), None)
        if target is not None and target.kind == "place" and entry.mode != "visit" \
                and _prep_before(target, toks, first) in ("ب",):
            target = None  # بسورية: where, not whom
    if source is not None and target is not None and source.code and source.code == target.code \
            and source.entity == target.entity:
        target = None
    default_sector = "MIL" if entry.type in MILITARY_TYPES else None
    return source, target, default_sector


def _actor(doc: Doc, span: ActorSpan | None, default_sector: str | None, visit_target: bool) -> Actor | None:
    if span is None:
        return None
    country, sector = span.country or None, span.sector
    if span.kind == "place" and span.place is not None:
        sector = span.place.sector or ("GOV" if visit_target else None)
    elif span.kind == "adjective":
        sector = default_sector
    if sector == "IGO":
        country = None  # an international body and its officials belong to no one state
    code = f"{country} {sector}" if country and sector else (country or sector)
    return Actor(doc.text[span.start:span.end], span.start, span.end, span.entity, code)


MAX_COORDINATED = 3


def _coordinated(span: ActorSpan | None, actors: list[ActorSpan], toks: list[Token],
                 first: int) -> list[ActorSpan]:
    """Actors joined to ``span`` by و right after it (الصين وروسيا وإيران), each a party of its own."""
    out: list[ActorSpan] = []
    if span is None or span.kind == "adjective":
        return out
    end = span.last
    for a in actors:
        if a.first < end:
            continue
        head = toks[a.first - first]
        if a.first != end or not head.prefix.startswith("و") or a.kind == "adjective" \
                or (a.kind == "place") != (span.kind == "place") or len(out) >= MAX_COORDINATED:
            break
        if a.code and a.code != span.code:
            out.append(a)
        end = a.last
    return out


def _local_people(span: ActorSpan | None, location: Place | None) -> ActorSpan | None:
    """Civilians, refugees and police with no nationality are of the place where it happened."""
    if span is None or span.country or span.sector not in ("CVL", "REF", "COP") or location is None \
            or not location.country:
        return span
    return replace(span, country=location.country)


def _location(doc: Doc, toks: list[Token], actors: list[ActorSpan], i: int, first: int,
              visit: bool) -> Place | None:
    best: tuple[int, ActorSpan] | None = None
    for a in actors:
        if a.kind != "place":
            continue
        rel = a.first - first
        prev = toks[rel - 1] if rel > 0 else None
        head = toks[rel]
        marked = ("ب" in head.prefix or (prev is not None and (prev.norm in LOCATION_MARKERS
                                                               or prev.bare in LOCATION_MARKERS
                                                               or prev.stem in LOCATION_MARKERS)))
        if visit and (prev is not None and prev.norm in ("الي", "الى") or "ل" in head.prefix):
            marked = True
        if not marked and prev is not None and prev.norm.startswith("ال"):
            marker = _place_marker(toks, rel)  # في العاصمة البريطانية لندن, إلى مدينة حلب
            marked = marker is not None and (visit or marker.norm != "الي")
        if not marked:
            continue
        dist = abs(rel - i)
        if dist <= 14 and (best is None or dist < best[0]):
            best = (dist, a)
    if best is None:
        return None
    a = best[1]
    info = a.place
    return Place(a.entity, doc.text[a.start:a.end], a.start, a.end,
                 info.name_en if info else None, a.country or (info.country if info else None))


def _date(doc: Doc, dates: list[DateMention], trigger_start: int) -> EventDate | None:
    if not dates:
        return None
    d = min(dates, key=lambda m: abs(m.start - trigger_start))
    return EventDate(d.value, d.text, d.start, d.end)


def _is_old(date: EventDate | None, anchor: str | None) -> bool:
    """A date whose whole period lies well before the article's own (العام الماضي, a month ago)."""
    if date is None or not date.value or not anchor:
        return False
    value = date.value
    try:
        day0 = dt.date.fromisoformat(anchor)
        if len(value) == 4:
            return int(value) < day0.year
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return (year, month) < (day0.year, day0.month)
        return (day0 - dt.date.fromisoformat(value)).days > 31
    except ValueError:
        return False


def _pluperfect_before(toks: list[Token], i: int) -> bool:
    """وكان الرئيس ... قد أعلن ... before the trigger: the sentence tells background."""
    for k in range(i - 1, 0, -1):
        if toks[k].norm == "قد" and k + 1 < len(toks) and toks[k + 1].norm[:1] not in ("ي", "ت", "ن") \
                and any(t.norm in PLUPERFECT for t in toks[max(0, k - 14):k]):
            return True
    return False


def _own_actor(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> bool:
    """A verbal noun with its own adjective or genitive actor (القصف الإسرائيلي) names a new event."""
    return any(0 < a.first - first - i <= 1 and _prep_before(a, toks, first) is None for a in actors)


def _quote_of(quotes: list[Quote], start: int) -> str | None:
    for q in quotes:
        if q.content.start <= start < q.content.end:
            return q.id
    return None


def _home_country(doc: Doc) -> str | None:
    """The country most of the article's named things belong to, when one clearly dominates."""
    counts: dict[str, int] = {}
    for ent in doc.entities or ():
        if ent.country:
            counts[ent.country] = counts.get(ent.country, 0) + max(1, len(ent.mentions))
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    total = sum(counts.values())
    return best if counts[best] >= 3 and counts[best] * 2 >= total else None


def _with_country(span: ActorSpan | None, actors: list[ActorSpan], toks: list[Token], first: int,
                  sector_country: dict[str, str], home: str | None) -> ActorSpan | None:
    """Give a state sector named without its country (الجيش, قواتها, قوات الأمن) the country it belongs to.

    A possessive pronoun points back to the sentence's earlier actor (وزارة الدفاع الروسية ... قواتها);
    otherwise the same sector named earlier with a country (الجيش الإسرائيلي ... الجيش), otherwise the
    article's own country when one clearly dominates.  Otherwise the country stays unknown.
    """
    if span is None or span.country or span.kind != "group" or span.sector not in NATIONAL_SECTORS:
        return span
    country = None
    k = span.first - first  # the span may be carried over from an earlier sentence
    if 0 <= k < len(toks) and toks[k].suffix in ("ه", "ها", "هم"):
        country = next((a.country for a in reversed(actors)
                        if a.last <= span.first and a.country and can_own(a, toks, first)), None)
    country = country or next((a.country for a in reversed(actors) if a.last <= span.first and a.country
                               and a.sector == span.sector and a.kind == "group"), None)
    country = country or sector_country.get(span.sector) or home
    return replace(span, country=country) if country else span


# Particles that may stand before a quote's first verb without being its subject.
QUOTE_OPENERS = {"لن", "لم", "لا", "قد", "سوف", "نحن", "اننا", "انا"}


def _opens_quote(doc: Doc, quote: Quote, start: int) -> bool:
    """The trigger is the quote's first word, after particles only ("سنرد", "لن نسمح", "قد نضطر")."""
    words = [t for t in doc.tokens if quote.content.start <= t.start < start and t.is_word]
    return all(t.norm in QUOTE_OPENERS or t.norm[1:] in QUOTE_OPENERS for t in words)


def _elided_subject(doc: Doc, quote_id: str | None, seen: list[ActorSpan], current_agent: ActorSpan | None,
                    target: ActorSpan | None, start: int) -> ActorSpan | None:
    """The doer of a verb whose subject is left out.

    Inside a quotation an unnamed subject is the speaker's side ("سنرد" said by the minister); in
    narrative a verb with no subject continues the previous sentence's doer (وصل كيري ... وسيلتقي).
    """
    found: ActorSpan | None = None
    if quote_id is not None:
        quote = next((q for q in doc.quotes if q.id == quote_id), None)
        speaker = quote.speaker if quote is not None and quote.kind != "according" else None
        if speaker is None or not _opens_quote(doc, quote, start):
            return None  # a verb further into the quote has a subject of its own (استمرار الحرب يهدد)
        found = next((a for a in seen if a.start < speaker.end and a.end > speaker.start), None)
        if found is None and speaker.entity:
            found = next((a for a in reversed(seen) if a.entity == speaker.entity), None)
    elif current_agent is not None and current_agent.end <= start:
        found = current_agent
    if found is not None and (found.sector == "MED" or target is not None and found.code == target.code):
        return None  # an outlet reports, it does not act
    return found


def extract_events(doc: Doc, triggers_lex: TriggerLexicon, actor_lex: ActorLexicon,
                   cues: dict) -> list[Event]:
    events: list[Event] = []
    home = _home_country(doc)
    sector_country: dict[str, str] = {}  # the last country each sector was named with (الجيش الإسرائيلي)
    seen_actors: list[ActorSpan] = []  # every actor so far, for speakers and carried subjects
    current_agent: ActorSpan | None = None  # who the last main clause was about, for a verb with no subject
    told_types: set[str] = set()  # event types already told in an earlier sentence
    for s, sentence in enumerate(doc.sentences):
        if s >= len(doc.sentence_tokens):
            break
        first, last = doc.sentence_tokens[s]
        if last <= first:
            continue
        toks = doc.tokens[first:last]
        actors = resolve_members(find_actors(doc, s, actor_lex), toks, first, seen_actors)
        triggers = find_triggers(toks, triggers_lex, actors, first)
        for a in actors:
            if a.country and a.sector:
                sector_country[a.sector] = a.country
        seen_actors.extend(a for a in actors if a.kind != "adjective")
        # Who the sentence's main clause is about: a speaker, the subject of the opening verb (ولم يدل
        # كيري ...), or the doer of a main-clause event below; the earliest one becomes the current agent.
        agents = speaker_actor(doc.quotes or [], actors, sentence.start, sentence.end)
        opener = opening_subject(toks, actors, first)
        if opener is not None:
            agents.append((opener.start, opener))
        if not triggers:
            current_agent = min(agents, key=lambda c: c[0])[1] if agents else current_agent
            continue
        told_types |= {e.type for e in events}
        dates = find_dates_in_tokens(toks, doc.text, doc.date)
        prev_source: ActorSpan | None = None
        evidence = Span(sentence.start, sentence.end, doc.text[sentence.start:sentence.end])
        seen_types: dict[str, set[str | None]] = {}
        reported = sentence_reported(toks)
        for n, trig in enumerate(triggers):
            tok = toks[trig.index]
            entry = trig.entry
            floor = triggers[n - 1].index + 1 if n else 0
            source, target, default_sector = assign_actors(trig, toks, actors, first, floor)
            quote_id = _quote_of(doc.quotes, tok.start)
            opens = trig.index <= 1 and not any(a.first < first + trig.index for a in actors)
            if opens and quote_id is None and entry.pos != "noun" and source is not None and target is not None \
                    and (0 <= source.first - target.last <= 1 or source.entity is not None and source.entity == target.entity):
                source = None  # وسيلتقي مع نظيره الإماراتي الشيخ X: the target's apposition is not the doer
            if source is None and entry.pos != "noun" and (quote_id is not None or opens):
                source = _elided_subject(doc, quote_id, seen_actors, current_agent, target, tok.start)
            source = _with_country(source, actors, toks, first, sector_country, home)
            target = _with_country(target, actors, toks, first, sector_country, home)
            if entry.pos == "noun" and tok.prefix.endswith("ال") and entry.type in told_types \
                    and not trig.pronoun and not _own_actor(actors, toks, trig.index, first):
                continue  # الهجوم, الاتفاق again: the event an earlier sentence told, not a new one
            if "@state" in entry.conditions and source is not None and source.sector in NON_STATE_SECTORS:
                continue  # a warning from an aid agency or an expert is a forecast, not a threat
            if entry.pos == "noun" and source is None and target is None:
                continue  # a bare verbal noun with nobody attached is a topic (الاتفاق, الحصار), not an event
            codes = seen_types.setdefault(entry.type, set())
            src_code = source.code if source is not None else None
            if codes and (src_code is None or src_code in codes):
                continue  # the same kind of event again in one sentence, with no new doer: one event
            codes.add(src_code)
            if n and entry.pos == "noun" and source is not None and prev_source is not None \
                    and source.first == prev_source.first and triggers[n - 1].entry.type in SPEECH_ACT_TYPES:
                source = None  # أدانت الجامعة الهجوم: the condemner did not attack
            prev_source = source
            if source is not None and entry.pos != "noun" and quote_id is None and agent_like(source) \
                    and not subordinate(toks, trig.index):
                agents.append((tok.start, source))
            visit = entry.mode == "visit"
            mod = assess(toks, trig.index, cues, trig.future_prefix, quote_id is not None, entry.pos == "noun",
                         reported)
            date = _date(doc, dates, tok.start)
            modality = mod.modality
            if modality in ("asserted", "reported") and (
                    _is_old(date, doc.date) or (entry.pos == "participle" and _pluperfect_before(toks, trig.index))):
                modality = "historical"  # وكان ترامب قد أعلن ...، محذرا: the participle shares the background
            accuser = next((t for t in reversed(triggers[:n]) if t.entry.type == "ACCUSE"), None)
            if modality == "asserted" and entry.pos == "noun" and accuser is not None \
                    and (trig.index - accuser.index <= 8 or tok.prefix.startswith(("ب", "وب"))):
                modality = "reported"  # اتهم الجيش بقصف ...: the act is the accuser's claim
            location = _location(doc, toks, actors, trig.index, first, visit)
            source, target = (_local_people(a, location) for a in (source, target))
            # Co-ordinated doers or targets (روسيا والصين, الولايات المتحدة وبريطانيا): one event each.
            sources = [source, *_coordinated(source, actors, toks, first)]
            targets = [target, *_coordinated(target, actors, toks, first)]
            for src, tgt in [(x, targets[0]) for x in sources] + [(sources[0], y) for y in targets[1:]]:
                events.append(Event(
                    id=f"ev{len(events) + 1}", type=entry.type, mode=entry.mode, cameo=entry.cameo,
                    source=_actor(doc, src, default_sector, False),
                    target=_actor(doc, tgt, default_sector, visit),
                    negated=mod.negated and "@neg" not in entry.conditions, modality=modality,
                    location=location,
                    date=date, evidence=evidence, trigger=Span(tok.start, tok.end, tok.text),
                    quote=quote_id, context=entry.context,
                ))
        current_agent = min(agents, key=lambda c: c[0])[1] if agents else current_agent
    return events
