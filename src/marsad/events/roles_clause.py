"""Clause structure around a trigger that decides who the doer is: a light verb carrying the act as
its object pronoun (غارة نفذتها مسيرة إسرائيلية, قصف شنته قوات النظام), whose subject is the act's
agent wherever the act's verbal noun stands in the sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from marsad.doc import Token
from marsad.events.actors import ActorSpan
from marsad.events.agents import agent_like
from marsad.lexicon import read_words

# Object pronouns that point back to the act (نفذها, شنته, أطلقتها, نفذوه).
ACT_PRONOUNS = ("ها", "ه", "هم")
# Words that may stand between the act's noun and its light verb: adjectives in ال-less form are
# allowed by position; these are the function words (الغارة التي نفذتها, هجوما قال إنه نفذه).
BRIDGE = {"التي", "الذي", "اللتين", "اللذين"}
# Vehicles and weapons named before the nationality that is the real agent (مسيرة إسرائيلية).
VEHICLE_HEADS = {"مسيره", "طائره", "طائرات", "مسيرات", "مقاتلات", "مقاتله", "سفينه", "بارجه", "زوارق",
                 "دبابات", "دبابه", "مدفعيه", "صواريخ", "قوات", "وحدات"}


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    return read_words("roles_light_verbs")


@lru_cache(maxsize=50_000)
def _is_light(norm: str) -> bool:
    word = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    for pron in ACT_PRONOUNS:
        if word.endswith(pron) and len(word) - len(pron) >= 2:
            stem = word[: -len(pron)]
            stems = _light_stems()
            if stem in stems:
                return True
    return False


def light_verb(tok: Token) -> bool:
    """A verb of execution with an object pronoun (شنته, نفذتها, أطلقوها, يشنها)."""
    return tok.is_word and _is_light(tok.norm)


def light_verb_agent(actors: list[ActorSpan], toks: list[Token], start: int, first: int,
                     reach: int = 5) -> tuple[int, ActorSpan] | None:
    """(light verb index, its subject) for the first light verb within ``reach`` words after ``start``.

    The subject is the actor right after the verb, or one word later past a vehicle (نفذتها مسيرة
    إسرائيلية: the nationality of the drone is the doer) or a time word (شنته أمس قوات).
    """
    for k in range(start + 1, min(len(toks), start + 1 + reach)):
        tok = toks[k]
        if not tok.is_word and tok.norm not in ('"', "«", "»"):
            return None  # a comma or a full stop ends the act's phrase
        if not light_verb(tok):
            continue
        for a in actors:
            rel = a.first - first
            if rel == k + 1 and a.kind != "place":
                return k, a
            if rel == k + 2 and (toks[k + 1].bare in VEHICLE_HEADS or a.kind != "adjective"):
                return k, a
            if rel > k + 2:
                break
        return None
    return None


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# Words after which a verb opens a clause of its own (قبل أن يستقبله, ، طالبه).
CLAUSE_OPENERS = {"ان", "بان", "انه", "انها", "لكن", "ثم", "حين", "عندما", "بعدما", "فيما", "بينما", "كما"}
RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"}


def has_object_pronoun(tok: Token, pronoun_removed: bool) -> bool:
    """A verb written with its object as a suffix (يستقبله, تتهمها, طالبه)."""
    return pronoun_removed or tok.suffix in OBJECT_PRONOUNS


def pronoun_referent(actors: list[ActorSpan], toks: list[Token], i: int, first: int,
                     source: ActorSpan | None, governed: Callable[[ActorSpan], bool]) -> ActorSpan | None:
    """The actor a verb's object pronoun points back to: its target.

    - in a relative clause, the antecedent (الأجهزة الأمنية التي تتهمها الفصائل);
    - when the verb has its own subject after it, the sentence's main subject (وعقد الوزير
      مباحثات ...، قبل أن يستقبله رئيس الوزراء);
    - otherwise the last actor named before it other than the doer (اتصل الرئيس بنظيره، وطالبه بـ).
    """
    if i >= 1 and toks[i - 1].norm in RELATIVE_PRONOUNS:
        ante = next((a for a in actors if 0 <= (i - 1) - (a.last - first) <= 2
                     and all(t.prefix.endswith("ال") for t in toks[a.last - first:i - 1])), None)
        return ante if ante is not None and agent_like(ante) else None
    prev = toks[i - 1] if i else None
    opens_clause = prev is None or not prev.is_word or prev.norm in CLAUSE_OPENERS \
        or toks[i].prefix.startswith(("و", "ف"))
    if not opens_clause:
        # 13 موظفا تحتجزهم الجماعة, أثناء توجهها: the pronoun is the word right before, a noun.
        ante = next((a for a in actors if a.last - first == i), None)
        return ante if ante is not None and agent_like(ante) else None
    before = [a for a in actors if a.last - first <= i and agent_like(a) and a is not source
              and (source is None or a.entity is None or a.entity != source.entity)]
    if not before:
        return None
    main = next((a for a in before if not governed(a)), None)
    if source is not None and source.first - first > i and agent_like(source):
        return main
    rest = [a for a in before if a is not main]
    return rest[-1] if rest else None


# A pronoun that carries the subject of the verb after it: the main clause's doer (قال الوزير ...،
# لكنه حذر), or the one whose words are reported (نقلت الوكالة عن الوزير قوله إنه سيزور).
MAIN_SUBJECT_PRONOUNS = {"لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم"}
REPORTED_SUBJECT_PRONOUNS = {"انه", "انها", "بانه", "بانها", "وانه", "وانها"}
# Particles that may stand between the pronoun and its verb (إنه لن يسمح, لكنه سيزور, إنه قد).
VERB_PARTICLES = {"قد", "لن", "لم", "لا", "سوف", "كان", "كانت"}


def subject_pronoun_referent(actors: list[ActorSpan], toks: list[Token], i: int, first: int,
                             governed: Callable[[ActorSpan], bool]) -> ActorSpan | None:
    """Who a subject pronoun before verb ``i`` stands for, or None when there is none."""
    k = i - 1
    while k >= 0 and toks[k].norm in VERB_PARTICLES:
        k -= 1
    if k < 0:
        return None
    word = toks[k].norm
    before = [a for a in actors if a.last - first <= k and agent_like(a)]
    if word in MAIN_SUBJECT_PRONOUNS:
        return next((a for a in before if not governed(a)), None)
    if word in REPORTED_SUBJECT_PRONOUNS:
        return before[-1] if before else None
    return None


BETWEEN = {"بين", "وبين"}
QUOTE_MARKS = {'"', "«", "»", "“", "”", "'"}
# Words for those who speak for a party (بين وفدي الحكومة والحوثيين, بين ممثلي الجيش والمعارضة).
DELEGATION_WORDS = {"وفدي", "وفود", "وفد", "ممثلي", "ممثلين", "ممثلو", "مندوبي", "قادة", "قيادتي"}


def _skip_quotes(toks: list[Token], k: int) -> int:
    while k < len(toks) and toks[k].norm in QUOTE_MARKS:
        k += 1
    return k
# Words that may stand between an act's noun and its بين (اشتباكات عنيفة ليل الثلاثاء في منطقة X بين).
BETWEEN_REACH = 14


def between_parties(actors: list[ActorSpan], toks: list[Token], i: int,
                    first: int) -> tuple[ActorSpan, ActorSpan] | None:
    """(first party, second party) of an act "between A and B" (اشتباكات بين الجيش والمسلحين, اتفاق
    بين بغداد وأربيل, اتصال هاتفي بين الرئيسين ...): A is the source, B the target."""
    for k in range(i + 1, min(len(toks), i + 1 + BETWEEN_REACH)):
        tok = toks[k]
        if tok.norm in (",", "،", ".", ";", "؛", ":"):
            return None
        if tok.norm not in BETWEEN:
            continue
        # بين "قسد" وفصائل ..., بين وفدي الحكومة والحوثيين: quotes and a delegation word stand before A.
        at = _skip_quotes(toks, k + 1)
        if at < len(toks) and (toks[at].norm in DELEGATION_WORDS or toks[at].bare in DELEGATION_WORDS):
            at += 1
        a = next((x for x in actors if x.first - first == at and x.kind != "adjective"), None)
        if a is None:
            return None
        after_a = _skip_quotes(toks, a.last - first)
        b = next((x for x in actors if x.first - first == after_a and x.kind != "adjective"
                  and (toks[after_a].prefix.startswith("و") or toks[after_a - 1].norm == "و")), None)
        return (a, b) if b is not None and agent_like(a) and agent_like(b) else None
    return None


# Verbal nouns that carry a purpose and hand it the act after them (لإجراء محادثات, لعقد اجتماع).
PURPOSE_CARRIERS = {"اجراء", "عقد", "بحث", "اجل", "مناقشه", "اطلاق"}


def purpose_noun(toks: list[Token], i: int) -> bool:
    """An act named as the purpose of the main verb: للقاء, لبحث, لإجراء محادثات, من أجل التفاوض."""
    tok = toks[i]
    if "ل" in tok.prefix.replace("ال", "") and not tok.prefix.startswith("و"):
        return True
    prev = toks[i - 1] if i else None
    return prev is not None and prev.stem in PURPOSE_CARRIERS and ("ل" in prev.prefix or prev.norm == "اجل")


# Head words of a title that names its body through لـ (الأمين العام لجامعة الدول العربية, منسقة
# الشؤون الإنسانية للأمم المتحدة, المدير العام لمنظمة الصحة العالمية), normalised.
TITLE_HEADS = {"الامين", "امين", "الامينه", "منسق", "منسقه", "المنسق", "المنسقه", "مدير", "مديره", "المدير",
               "المديره", "رئيس", "رئيسه", "الرئيس", "الرئيسه", "المتحدث", "المتحدثه", "الناطق", "الناطقه",
               "مفوض", "مفوضه", "المفوض", "المفوضه", "نائب", "المستشار", "المستشاره", "ممثل", "الممثل",
               "ممثله", "الممثله", "قائد", "المبعوث", "مبعوث", "المبعوثه", "السفير", "سفير", "المندوب", "مندوب"}
TITLE_REACH = 4


def title_owner(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> ActorSpan | None:
    """The doer written as a title right after the verb, whose body follows لـ: the person named after
    the body (وهنأ الأمين العام لجامعة الدول العربية أحمد أبو الغيط ...) or else the body itself."""
    k = i + 1
    if k >= len(toks) or toks[k].norm not in TITLE_HEADS:
        return None
    for a in actors:
        rel = a.first - first
        if rel <= k:
            continue
        if rel > k + TITLE_REACH or any(not t.is_word for t in toks[k:rel]):
            return None
        head = toks[rel]
        if "ل" not in head.prefix.replace("ال", "") or not agent_like(a):
            return None
        person = next((b for b in actors if b.first == a.last and b.entity_type == "PER"), None)
        if person is None:
            return a
        # The named holder speaks for the body: its own code, else the body's (IGO for the GCC's head).
        return person if person.code else replace(a, last=person.last, end=person.end, entity=person.entity,
                                                  entity_type="PER")
    return None


# "To be subjected to" (تعرضت القافلة لهجوم): its subject is the target of the act after لـ.
UNDERGO_STEMS = ("تعرض", "يتعرض", "تتعرض")
UNDERGO_REACH = 16


def undergoer(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> tuple[bool, ActorSpan | None]:
    """(whether act ``i`` is undergone, the one who underwent it): تعرضت وحدة من الجيش المالي لكمين,
    تعرضت قافلة تابعة لبرنامج الأغذية العالمي لهجوم."""
    if "ل" not in toks[i].prefix.replace("ال", ""):
        return False, None
    verb = next((k for k in range(i - 1, max(-1, i - UNDERGO_REACH), -1)
                 if toks[k].stem.startswith(UNDERGO_STEMS) or toks[k].bare.startswith(UNDERGO_STEMS)
                 or toks[k].norm.lstrip("وف").startswith(UNDERGO_STEMS)), None)
    if verb is None or any(t.norm in (",", "،", ".", ";", "؛", ":") for t in toks[verb + 1:i]):
        return False, None
    victim = next((a for a in actors if verb < a.first - first < i and agent_like(a)), None)
    return True, victim


# "Warned that" openers: the warned party of حذر / هدد من أن X ... sits inside the reported clause.
THAT_WORDS = {"ان", "بان", "انه", "انها"}
THAT_REACH = 14  # words between the verb and من أن (a title, a place, خلال جولة على الحدود)
# Sectors that speak for the state itself: the warner's own state is not whom it warns.
STATE_SECTORS = {None, "GOV", "MIL", "COP", "SPY"}


def reported_clause_start(toks: list[Token], i: int) -> int | None:
    """Index of the first word of the "that" clause after verb ``i`` (حذر X من أن ..., هدد بأن ...)."""
    for k in range(i + 1, min(len(toks), i + 1 + THAT_REACH)):
        tok = toks[k]
        if tok.norm in (",", "،", ".", ";", "؛", ":"):
            return None
        if tok.norm in THAT_WORDS and (tok.norm != "ان" or toks[k - 1].norm == "من"):
            return k + 1
        if tok.norm == "من" and k + 1 < len(toks) and toks[k + 1].norm in ("انه", "انها"):
            return k + 2
    return None


def warned_party(actors: list[ActorSpan], toks: list[Token], start: int, first: int,
                 source: ActorSpan) -> ActorSpan | None:
    """The first party named in a warning's "that" clause other than the warner's own state
    (حذر الوزير الإسرائيلي من أن إسرائيل ستضرب إذا لم يتوقف إطلاق النار من لبنان → لبنان)."""
    own = source.country
    for a in actors:
        rel = a.first - first
        if rel < start or a.kind == "adjective" or not agent_like(a):
            continue
        if a.code == source.code or (own and a.country == own and a.sector in STATE_SECTORS):
            continue
        return a
    return None


@lru_cache(maxsize=1)
def _masculine_places() -> frozenset[str]:
    return read_words("roles_masculine_places")


def masculine_verb(tok: Token) -> bool:
    """A verb surely in the third person masculine singular: يدعو, سيطالب, دعا, هدد (not دعت, دعوا,
    and not a ت-initial form that may be feminine: تدعو / توعد are left alone)."""
    word = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
    if word[:1] == "س" and word[1:2] in ("ي", "ت", "ن", "ا"):
        word = word[1:]
    for pron in ("هما", "هم", "ها", "ه", "ني"):
        if word.endswith("ت" + pron) or word.endswith("و" + pron):
            return False  # عارضته, دعوها: a feminine or plural verb with its object pronoun
    if len(word) < 3 or word.endswith(("ت", "تا", "وا", "ن")) or word[:1] in ("ت", "ن"):
        return False
    return True


def feminine_place(a: ActorSpan, toks: list[Token], first: int) -> bool:
    """A capital or a country whose name is feminine (القاهرة, روسيا, قبرص): no masculine verb has it
    as its subject."""
    if a.kind != "place" or a.place is None or a.place.kind not in ("capital", "country"):
        return False
    head = toks[a.first - first]
    if head.suffix or not head.text[:1].isalpha():
        return False  # بلاده: a pronoun-owned word, not a name
    name = " ".join(t.bare for t in toks[a.first - first:a.last - first])
    return name not in _masculine_places() and head.bare not in _masculine_places()


# Verbs of stance whose object is often a thing done by someone (رحبت دمشق بالفيتو الروسي, ندد الوزير
# بالهجوم الإسرائيلي): whoever owns that thing is the target.
STANCE_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}
# Phrases that may stand between the subject and the object (في بيان, في كلمة متلفزة).
STATEMENT_WORDS = {"بيان", "كلمه", "تصريح", "تصريحات", "مؤتمر", "تغريده", "منشور", "رساله", "خطاب"}


def object_owner(actors: list[ActorSpan], toks: list[Token], start: int, first: int) -> ActorSpan | None:
    """The actor named right after the object noun that opens at ``start``: its nationality adjective
    (بالفيتو الروسي, القائم بالأعمال الأميركي) or its genitive (بقرار الحكومة, تصريحات طهران)."""
    k = start
    if k + 1 < len(toks) and toks[k].norm == "في" and toks[k + 1].bare in STATEMENT_WORDS:
        k += 2
        while k < len(toks) and toks[k].is_word and toks[k].prefix == "ال":
            k += 1  # في كلمة متلفزة: the statement's own adjective
    k = _skip_quotes(toks, k)
    if k >= len(toks) or not toks[k].is_word or not toks[k].prefix.endswith(("ال", "ب")) \
            or any(a.first - first <= k < a.last - first for a in actors):
        return None
    nxt = _skip_quotes(toks, k + 1)
    a = next((a for a in actors if a.first - first == nxt), None)
    if a is None and nxt + 1 < len(toks) and toks[nxt].is_word and toks[nxt].prefix in ("ال", "بال"):
        # القائم بالأعمال الأميركي, الهجوم الجبان الإسرائيلي: a two-word object, then its owner.
        nxt += 1
        a = next((a for a in actors if a.first - first == nxt and a.kind == "adjective"), None)
    if a is None or "ل" in toks[nxt].prefix.replace("ال", "") or toks[nxt].prefix.startswith(("و", "ب")):
        return None
    if a.kind == "adjective":
        return a if a.country else None
    return a if agent_like(a) else None


@lru_cache(maxsize=1)
def _reciprocal_stems() -> frozenset[str]:
    return read_words("roles_reciprocal_verbs")


def reciprocal_verb(tok: Token) -> bool:
    """A verb whose doers act on each other: تبادلت, يتبادلان, اشتبكوا, تتقاسم (roles_reciprocal_verbs)."""
    word = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 4 else tok.norm
    if word[:1] == "س" and len(word) > 4:
        word = word[1:]
    stems = _reciprocal_stems()
    for end in ("", "ت", "ا", "تا", "وا", "ان", "ون"):
        if end and not word.endswith(end):
            continue
        base = word[: len(word) - len(end)] if end else word
        if base in stems or (base[:1] in ("ي", "ت") and base[1:] in stems) \
                or (base[:1] in ("ي", "ت") and "ا" + base[1:] in stems):  # يشتبك ← اشتبك
            return True
    return False


# Purposes that name whom a visitor meets (سيزور أربيل للقاء رئيس الإقليم, يتوجه إلى جدة لمقابلة ولي العهد).
MEETING_PURPOSES = {"للقاء", "لمقابله", "ولقاء", "للاجتماع", "لملاقاه"}
MEETING_REACH = 12


def visit_host(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> ActorSpan | None:
    """The person or body a visit is made to meet, named after للقاء / لمقابلة in the visit's clause."""
    for k in range(i + 1, min(len(toks), i + 1 + MEETING_REACH)):
        if toks[k].norm in (",", "،", ".", ";", "؛", ":"):
            return None
        if toks[k].norm not in MEETING_PURPOSES:
            continue
        host = next((a for a in actors if k < a.first - first <= k + 2 and agent_like(a)), None)
        if host is not None and host.entity is None:
            # رئيس الإقليم نيجيرفان بارزاني: the named holder right after the title is the host.
            host = next((b for b in actors if b.first - first <= host.last - first + 2 and b.first > host.first
                         and b.entity_type == "PER" and agent_like(b)), host)
        return host
    return None


# Verbs after a meeting noun that name who it brought together (لقاء جمع X بـY, اجتماع ضم X وY).
GATHERING_VERBS = {"جمع", "جمعت", "ضم", "ضمت", "جمعه", "جمعها"}


def gathered_parties(actors: list[ActorSpan], toks: list[Token], i: int,
                     first: int) -> tuple[ActorSpan, ActorSpan | None] | None:
    """(first party, the one met) of a meeting "that brought X together with Y" (لقاء جمع قائد قسد مظلوم
    عبدي بقائد الإدارة الجديدة أحمد الشرع): the named person of each side when there is one."""
    k = next((k for k in range(i + 1, min(len(toks), i + 3)) if toks[k].norm in GATHERING_VERBS), None)
    if k is None:
        return None
    end = next((n for n in range(k + 1, min(len(toks), k + 12)) if not toks[n].is_word
                and toks[n].norm not in QUOTE_MARKS), min(len(toks), k + 12))
    with_at = next((n for n in range(k + 2, end) if "ب" in toks[n].prefix.replace("ال", "")
                    and not toks[n].prefix.startswith("و") and toks[n].bare != "باسم"), None)
    if with_at is None:
        return None  # اجتماع ضم X وY وZ: a gathering of several, read by co-ordination elsewhere
    side_a = [a for a in actors if k < a.first - first < with_at and agent_like(a)]
    if not side_a:
        return None
    x = next((a for a in reversed(side_a) if a.entity_type == "PER"), side_a[0])
    side_b = [a for a in actors if with_at <= a.first - first < min(end, with_at + 6) and agent_like(a)]
    y = next((a for a in side_b if a.entity_type == "PER"), side_b[0] if side_b else None)
    return x, y
