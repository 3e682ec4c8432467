"""Find event triggers in a sentence: lexicon forms of each word, the senses its context allows
(needs, unless, @neg, @future), verb-or-noun readings, and triggers that only restate another."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.doc import Token
from marsad.events.actors import ActorSpan
from marsad.events.lexicon import TriggerEntry, TriggerLexicon, expand_forms
from marsad.events.modality import has_purpose_li
from marsad.events.place_date import PLACE_REACH, place_marker
from marsad.lexicon import read_table
from marsad.text.normalize import normalize
from marsad.text.tokenize import clitic_candidates

OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم")


@dataclass(slots=True)
class Trigger:
    index: int  # sentence-relative token index
    entry: TriggerEntry
    future_prefix: bool
    companion: int | None = None  # token that met the entry's `needs` (إرسال [قوات]): never an actor
    pronoun: bool = False  # an attached pronoun was removed (زيارته, مطالبتها): it names the doer


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
                    elif base.endswith("ئ"):  # لقائه -> لقاء, استدعائه -> استدعاء (hamza seated before a pronoun)
                        variants.append((base[:-1] + "ء", fut, True))
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


def word_hit(lex: TriggerLexicon, tok: Token) -> tuple[str, bool, bool, list[TriggerEntry]] | None:
    """:func:`_first_hit` of a token through the lexicon's per-word cache (the one find_triggers fills):
    modality asks again for every trigger."""
    key = (tok.norm, tok.bare, tok.stem, tok.text.endswith("ة"))
    hits = lex.hit_cache
    hit = hits.get(key, False)
    if hit is False:
        if len(hits) > 200_000:
            hits.clear()  # bounded like the other per-word caches
        hit = hits[key] = _first_hit(lex, key)
    return hit


def _noun_hit(lex: TriggerLexicon, key: tuple[str, str, str, bool]
              ) -> tuple[str, bool, bool, list[TriggerEntry]] | None:
    """The first candidate form read as a noun, for a slot where no verb can stand: عن إدانتها is the
    noun إدانة + ها, not the verb أدانت + ها."""
    for form, fut, pron in _forms_of(*key):
        entries = [e for e in lex.lookup(form) if e.pos == "noun"]
        if entries:
            return form, fut, pron, sorted(entries, key=lambda e: (not (e.needs or e.conditions), e.line))
    return None


@lru_cache(maxsize=100_000)
def _candidate_set(norm: str) -> frozenset[str]:
    return frozenset(clitic_candidates(norm))


@lru_cache(maxsize=100_000)
def _without_pronoun(norm: str) -> frozenset[str]:
    """A needed word with an attached pronoun (أطلقت سراحه, سحبت سفيرها): its forms without it."""
    return frozenset(c[: -len(suf)] for c in clitic_candidates(norm) for suf in OBJECT_SUFFIXES
                     if c.endswith(suf) and len(c) - len(suf) >= 3)


@lru_cache(maxsize=100_000)
def _need_forms(norm: str, bare: str) -> frozenset[str]:
    """Every form under which a word meets a needed word: itself, its bare form, its clitic readings and
    those readings without an attached pronoun."""
    return frozenset((norm, bare)) | _candidate_set(norm) | _without_pronoun(norm)


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
    words: range | list[int] | None = None  # the word window, built once for all needs (it is pure)
    # (index, forms) of each word in the window, built once: an entry can need twenty-odd words.
    word_forms: list[tuple[int, frozenset[str]]] | None = None
    for need in entry.needs:
        if need in ("@place", "@actor"):
            for a in actors:
                rel = a.first - first
                if rel in window and (need == "@actor" or a.kind == "place"):
                    return i
                # وصل [وزير الخارجية الأميركي جون كيري] إلى العاصمة البريطانية لندن: the subject comes
                # first, so a place reached through إلى / في further on still counts.
                if need == "@place" and a.kind == "place" and i + 5 < rel <= i + PLACE_REACH \
                        and place_marker(toks, rel) is not None:
                    return i
            continue
        if words is None:
            words = _word_window(window, entry, toks, i, actors, first)
        if len(need) == 1:
            for k in words:
                tok = toks[k]
                if need in tok.prefix or tok.norm == need:
                    return i
            continue
        if word_forms is None:
            word_forms = [(k, _need_forms(toks[k].norm, toks[k].bare)) for k in words]
        for k, forms in word_forms:
            if need in forms:
                return k
    return None


# Time words between a verb's subject and its object (أمس الجمعة, اليوم, مساء الأحد).
TIME_WORDS = {"امس", "اليوم", "غدا", "الليله", "صباح", "مساء", "فجر", "ظهر", "الاثنين", "الثلاثاء", "الاربعاء",
              "الخميس", "الجمعه", "السبت", "الاحد", "يوم"}
# Relative words that open a clause inside a subject (القيادة العامة التي يقودها حفتر).
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين"}


def _word_window(window: range, entry: TriggerEntry, toks: list[Token], i: int, actors: list[ActorSpan],
                 first: int) -> range | list[int]:
    """After a verb, the words of a subject standing between it and its object do not count towards
    the five (دفعت [القيادة العامة التي يقودها المشير خليفة حفتر] بتعزيزات), nor do time words
    (تبادلت [روسيا وأوكرانيا] أمس الجمعة 110 أسرى: a country right after the verb is its subject)."""
    if entry.pos != "verb":
        return window
    subject = {k - first for a in actors for k in range(a.first, a.last)}
    if i + 1 not in subject:
        return window
    subject |= {k for k in range(i + 1, min(len(toks), i + 15)) if toks[k].norm in TIME_WORDS}
    out: list[int] = []
    k, counted = i + 1, 0
    while k < len(toks) and counted < 5 and k <= i + 14:
        tok = toks[k]
        if tok.norm in (",", "،", ".", "؛"):
            break
        out.append(k)
        in_subject = k in subject or (tok.norm in RELATIVES and k - 1 in subject)
        if in_subject and k + 1 < len(toks) and toks[k].norm in RELATIVES:
            # the relative clause's verb and its agent belong to the subject too
            subject.update(range(k + 1, min(len(toks), k + 5)) if any(
                j in subject for j in range(k + 2, min(len(toks), k + 5))) else (k + 1,))
        if not in_subject:
            counted += 1
        k += 1
    return out


# Particles that negate the verb right after them (لن تقبل, لا نسمح, لم يقبل).
NEGATORS = {"لن", "لم", "لا", "ولن", "ولم", "ولا", "فلن", "فلا"}
FUTURE_PARTICLES = {"سوف", "لن", "ولن", "فلن"}

def _negated_before(toks: list[Token], i: int) -> bool:
    return any(toks[k].norm in NEGATORS for k in range(max(0, i - 2), i))


def _future_before(toks: list[Token], i: int) -> bool:
    return any(toks[k].norm in FUTURE_PARTICLES for k in range(max(0, i - 2), i))


def _unless_met(entry: TriggerEntry, toks: list[Token], i: int, actors: list[ActorSpan], first: int) -> bool:
    """A word right after the trigger that gives it another sense (حققت [تقدما], مقاطعة [كورسك]); after a
    verb, past its named subject too (حققت [البورصة المصرية] مكاسب)."""
    subject = {j - first for a in actors if a.kind != "place" for j in range(a.first, a.last)} \
        if entry.pos == "verb" else set()
    looked = 0
    for k in range(i + 1, min(len(toks), i + 8)):
        tok = toks[k]
        if not tok.is_word:
            continue
        if k in subject:
            continue  # the verb's subject stands between it and the word that decides its sense
        looked += 1
        if looked > 2:
            break
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
STOPPING = {"وقف", "منع", "انهاء", "ايقاف", "لوقف", "لمنع", "تعليق", "تجميد"}

# Verbs that tell a death or wound (قتل خمسة مدنيين ... جراء قصف): with the strike that caused it named
# in the same sentence, they tell that strike's outcome, not an event of their own.
CASUALTY_LEMMAS = {"قتل", "حيد", "أصيب", "استشهد", "جرح"}
# Words that tie the outcome to its cause (في غارة, جراء قصف, إثر هجوم, بغارة).
CAUSE_LINKS = {"في", "جراء", "اثر", "عقب", "بسبب", "خلال"}
# Objects that make استهدف / يستهدف "aim at" a figure or goal, not "attack" (تستهدف الحكومة فائضا).
# (kept with the trigger entry as !word in event_verbs.tsv)
# Words that keep a bare لقاء a meeting (لقاء مع, لقاء جمع, لقاء ثنائي), not "in exchange for".
MEETING_COMPANIONS = {"مع", "جمع", "جمعه", "جمعها", "ثنائي", "ثنائيا", "موسع", "موسعا", "مطول", "مطولا", "مرتقب",
                      "بين", "الذي", "عقد", "عقده", "عقدها"}
MEETING_HOLDERS = {"عقد", "اجري", "خلال", "في", "بعد", "عقب", "قبل", "اثناء", "هامش", "لعقد", "عقدا"}


@lru_cache(maxsize=1)
def topic_cues() -> dict[str, str]:
    """``event_topic_cues.tsv``: normalised word -> about | discuss | goal."""
    out: dict[str, str] = {}
    for row in read_table("event_topic_cues"):
        for form in expand_forms("verb", row["word"]):
            out[form] = row["kind"]
    return out


@lru_cache(maxsize=1)
def about_words() -> frozenset[str]:
    """Words that introduce what something is about (بشأن، حول، حيال): kind "about" in event_topic_cues.tsv."""
    return frozenset(form for form, kind in topic_cues().items() if kind == "about")


def _topic_kind(tok: Token, cues: dict[str, str]) -> str | None:
    if cues is topic_cues():
        return _shipped_topic_kind(tok.norm, tok.bare, tok.stem)
    return _lookup_topic_kind(cues, tok.norm, tok.bare, tok.stem)


# _topic_or_goal walks back up to sixteen words for every trigger: a word's kind is looked up once.
@lru_cache(maxsize=200_000)
def _shipped_topic_kind(norm: str, bare: str, stem: str) -> str | None:
    return _lookup_topic_kind(topic_cues(), norm, bare, stem)


def _lookup_topic_kind(cues: dict[str, str], norm: str, bare: str, stem: str) -> str | None:
    for form in (norm, bare, stem, norm[1:] if norm[:1] in "وف" else norm):
        kind = cues.get(form)
        if kind:
            return kind
    return None


def _topic_or_goal(toks: list[Token], trig: Trigger, found_at: set[int], cues: dict[str, str]) -> bool:
    """An event noun that is what is talked about or aimed at (بشأن تمديد الهدنة, حتى التوصل إلى اتفاق).

    ``found_at``: the token indices of the sentence's candidate triggers."""
    i = trig.index
    tok = toks[i]
    # A verb-looking word too (بشأن ملف تبادل الأسرى: تبادل read as a verb is the noun here); but a verb
    # opening a new clause with و/ف (طوقا حول المدينة ومنع الدخول) is no topic of a حول two words back.
    new_clause = trig.entry.pos == "verb" and tok.prefix[:1] in ("و", "ف")
    for k in range(i - 1, max(-1, i - 4), -1):
        if k in found_at:
            break
        if _topic_kind(toks[k], cues) == "about" and not (new_clause and k < i - 1):
            return True
    if trig.entry.pos != "noun":
        return False
    if i > 0 and tok.prefix.endswith("ال") and _topic_kind(toks[i - 1], cues) == "name":
        return True  # شارع الهدنة, لجنة المفاوضات, قانون العقوبات: part of a name or title
    clitics = tok.prefix[:-1] if tok.prefix.endswith("لل") else tok.prefix.removesuffix("ال")
    if trig.entry.cameo == "057" and clitics.lstrip("وف") in ("ل", "ب"):
        return True  # للتوصل إلى اتفاق, بالتوصل: reaching an agreement as an aim, not a fact
    if i > 0 and _topic_kind(toks[i - 1], cues) == "goal":
        return True
    if trig.entry.type == "CONSULT":
        return False  # بحث في اتصال هاتفي: the call is where the discussing happened
    words = 0
    for k in range(i - 1, -1, -1):
        t = toks[k]
        if t.norm in (",", "،") and toks[k + 1].prefix.startswith("و"):
            continue  # تناول تطورات الملف، وتنسيق المواقف: the list of topics goes on after the comma
        if not t.is_word or t.norm in ("ان", "انه", "انها", "الذي", "التي"):
            break
        words += 1
        if words > 16:
            break
        if _topic_kind(t, cues) == "discuss":
            return True
    return False


@lru_cache(maxsize=1)
def hazard_words() -> frozenset[str]:
    """``event_hazards.tsv``: first words of natural and health hazards (أمطار, السيول, الوباء)."""
    return frozenset(normalize(r["word"]).split()[0] for r in read_table("event_hazards") if r["word"].strip())


def _warning_of_hazard(toks: list[Token], i: int) -> bool:
    """حذرت الأرصاد من أمطار غزيرة: a warning whose object (after من) is a hazard is no threat."""
    hazards = hazard_words()
    for k in range(i + 1, min(len(toks) - 1, i + 8)):
        if toks[k].norm in (".", "،", ",", "؛"):
            return False
        if toks[k].norm == "من":
            nxt = toks[k + 1]
            return nxt.norm in hazards or nxt.bare in hazards or any(c in hazards for c in _candidate_set(nxt.norm))
    return False


def _after_definite_strike(toks: list[Token], i: int, lex: TriggerLexicon) -> bool:
    """The word before a verb is a definite strike noun, its subject (الضربات استهدفت, الهجوم طال)."""
    k = i - 1
    while k >= 0 and not toks[k].is_word and toks[k].norm in ('"', "«", "»"):
        k -= 1
    if k < 0 or not toks[k].is_word or not toks[k].prefix.endswith("ال"):
        return False
    prev = toks[k]
    hit = _first_hit(lex, (prev.norm, prev.bare, prev.stem, prev.text.endswith("ة")))
    return hit is not None and any(e.type == "ASSAULT" and e.pos == "noun" for e in hit[3])


def _exchange_sense(toks: list[Token], i: int, inside_actor: set[int]) -> bool:
    """A bare لقاء after a noun, before no meeting word, means "in exchange for" (الديون لقاء صادرات الغاز)."""
    tok = toks[i]
    if tok.norm != "لقاء" or tok.prefix or tok.suffix or i == 0:
        return False
    prev = toks[i - 1]
    if not prev.is_word or prev.bare in MEETING_HOLDERS or prev.norm in MEETING_HOLDERS or (i - 1) in inside_actor:
        return False
    if i + 1 < len(toks) and (i + 1) in inside_actor:
        return False  # لقاء الرئيس: a meeting with someone named
    return not any(toks[k].norm in MEETING_COMPANIONS or toks[k].bare in MEETING_COMPANIONS
                   for k in range(i + 1, min(len(toks), i + 5)))

# Doubled-root verbs of two written letters (قد حث, حل البرلمان, ضم الإقليم, رد بقوة): no other word that
# short is looked up.
TWO_LETTER_VERBS = {"حث", "حل", "ضم", "رد", "دك"}

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
        if not tok.is_word or i in inside_actor or (len(tok.norm) < 3 and tok.norm not in TWO_LETTER_VERBS):
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
                if not ranked and (noun := _noun_hit(lex, key)) is not None:
                    form, fut, pron, ranked = noun
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
    topics = topic_cues()
    # A death or wound followed by the strike that caused it (قتل خمسة ... جراء قصف شنته قوات النظام) is
    # one event told twice: the casualty verb stays (it holds the victims) and the cause noun, with its
    # doer right after it (the doer roles.py gives the verb), goes.
    actor_starts = {a.first - first for a in actors}
    strike_of: dict[int, Trigger] = {}  # casualty verb index -> the strike noun that caused it
    for t in found:
        if t.entry.lemma not in CASUALTY_LEMMAS:
            continue
        for u in found:
            if u.entry.type == "ASSAULT" and u.entry.pos == "noun" and 0 < u.index - t.index <= 20 \
                    and (toks[u.index - 1].norm in CAUSE_LINKS or toks[u.index].prefix[:1] == "ب"
                         or toks[u.index].prefix[:2] == "وب") \
                    and any(0 < k - u.index <= 4 for k in actor_starts):
                strike_of.setdefault(t.index, u)
    outcome_of_strike = {u.index for u in strike_of.values()}
    for t in found:
        cause = strike_of.get(t.index)
        if cause is not None and t.entry.mode is None and cause.entry.mode is not None:
            # قتل عنصران في غارة: the one event is an air strike (aerial, 195), not just a killing.
            t.entry = replace(t.entry, mode=cause.entry.mode, cameo=cause.entry.cameo)
    requests = {t.index for t in found if t.entry.type == "REQUEST"}
    # ستبحث أي طلب: the request considered is an event of its own, not part of the offer.
    companions = {t.companion for t in found if t.companion is not None
                  and not (t.entry.type == "AGREE" and t.companion in requests)}
    out: list[Trigger] = []
    request_until = -1
    found_at = {t.index for t in found}  # once per sentence, not a scan of found per trigger and word
    for trig in found:
        if trig.index in companions:
            continue  # وقف [إطلاق] النار: the companion word is part of this event, not another
        if trig.index in outcome_of_strike:
            continue
        if _topic_or_goal(toks, trig, found_at, topics) or _exchange_sense(toks, trig.index, inside_actor):
            continue
        if trig.entry.type == "ACCUSE" and trig.entry.pos == "participle" and not toks[trig.index].norm.endswith("ا") \
                and trig.index > 0 and toks[trig.index - 1].is_word and not toks[trig.index].prefix:
            continue  # شركات صينية متهمة بتزويد: the passive adjective "accused", not "accusing"
        if trig.entry.pos == "noun" and trig.index <= request_until:
            continue  # دعا إلى وقف القصف: what is asked for has not happened
        if trig.entry.pos == "noun" and trig.companion is None and out and trig.index - out[-1].index <= 6 \
                and has_purpose_li(toks[trig.index]):
            continue  # مستعدة للتفاوض, سيزور أربيل للقاء: the purpose of the event before, not one of its own
        if trig.entry.pos == "noun" and trig.index > 0 and trig.companion is None \
                and any(toks[k].bare in STOPPING for k in range(max(0, trig.index - 2), trig.index)):
            continue  # لوقف استهداف المدنيين, منع الهجمات: what is to be stopped is not reported as done
        if out and out[-1].entry.type == trig.entry.type and (
                trig.index - out[-1].index <= 3
                or (trig.entry.pos == "noun" and out[-1].entry.cameo == trig.entry.cameo
                    and trig.index - out[-1].index <= (16 if toks[trig.index - 1].norm == "في" else 8))):
            continue  # الهجوم الذي استهدف / وصل ... في زيارة: one event told twice
        if trig.entry.type == "ASSAULT" and trig.entry.cameo == "190" and trig.entry.pos == "verb" and any(
                u.entry.type == "ASSAULT" and u.entry.pos == "noun" and 0 < trig.index - u.index <= 8
                for u in found if u.index in outcome_of_strike or u in out):
            continue  # قصف بطائرة مسيرة تركية استهدف سيارتهم: the verb describes the strike just named
        if trig.entry.type == "ASSAULT" and trig.entry.pos == "verb" and _after_definite_strike(toks, trig.index, lex):
            continue  # إن الضربات استهدفت منشآت: the strike named as the subject, told once
        if "@state" in trig.entry.conditions and _warning_of_hazard(toks, trig.index):
            continue  # a weather or health warning, not a threat
        if trig.entry.lemma == "وصف" and trig.index > 0 and toks[trig.index - 1].norm in ("ما", "بما"):
            continue  # احتجاجا على ما وصفته بـ"التدخل": the name given to what is protested, inside that act
        if trig.entry.lemma == "اتفاق" and toks[trig.index].prefix.endswith("ال") and not trig.pronoun:
            continue  # تنفيذ الاتفاق الأمني, لم يمنع الاتفاق: the agreement already made, not a new one
        if trig.entry.type == "AGREE" and trig.entry.cameo == "033" and any(
                toks[k].bare in MILITARY_AID_WORDS for k in range(trig.index + 1, min(len(toks), trig.index + 10))):
            trig = replace(trig, entry=replace(trig.entry, cameo="0332", context="military"))
        out.append(trig)
        if trig.entry.type == "REQUEST":
            request_until = trig.index + 6
    return out
