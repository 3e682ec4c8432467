"""Speaker noun phrases: where they end, which entity they name, and who a description is.

A speaker phrase follows the reporting verb (وقال وزير الخارجية الأميركي جون كيري …)
and ends at whatever comes between the speaker and the content: a channel
(للصحافيين، في بيان، لرويترز), a time (أمس الجمعة), a preposition or the
complementiser إن/أن.  When the entity stage has labelled the tokens, the phrase
never ends inside an entity name (بعثة الأمم المتحدة للدعم في ليبيا) and the
speaker is the entity it names, a person first.
"""

from __future__ import annotations

from marsad.doc import Doc, Token
from marsad.model import Speaker
from marsad.quotes.lexicon import QuoteLexicon
from marsad.quotes.marks import is_mark

INTRODUCERS = frozenset({
    "ان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "انا",
    "بان", "بانه", "بانها", "بانهم", "بانهما", "باننا",
})
# Prepositions that open a medium phrase (a statement type): في بيان، خلال مؤتمر صحفي، عبر حسابه.
MEDIUM_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "ضمن", "اثناء", "عقب", "علي", "وفي"})
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")
BROADCASTERS = frozenset({"تلفزيون", "اذاعه", "تلفزه"})  # للتلفزيون، للإذاعة: no ال-less title takes them
REPORTED_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما", "قولهن"})
MAX_SPEAKER_TOKENS = 16
TYPE_PREFERENCE = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


def is_introducer(token: Token) -> bool:
    return token.norm in INTRODUCERS


def entity_at(doc: Doc, k: int) -> int:
    return doc.token_entity[k] if k < len(doc.token_entity) else -1


def channel_starts(doc: Doc, lex: QuoteLexicon, k: int, end: int) -> bool:
    """Does a channel phrase start at token ``k`` (في بيان، للصحافيين، لوكالة …، رويترز)?"""
    tok = doc.tokens[k]
    if tok.norm in MEDIUM_PREPOSITIONS and k + 1 < end:  # في بيان، خلال مؤتمر صحفي، عبر حسابه
        nxt = doc.tokens[k + 1]
        owned = _without_pronoun(nxt.norm)
        if any(lex.channel_words.get(f) == "medium" for f in (nxt.norm, nxt.stem, *owned)):
            return True  # في بيان، في خطابه، في خطبته
        # عبر قناتها، على صفحته: the speaker's own outlet
        return tok.norm in ("عبر", "علي") and any(lex.channel_words.get(f) == "outlet" for f in owned)
    if tok.norm in ("ل", "لـ") and k + 1 < end and is_mark(doc.tokens[k + 1].text):
        return True  # لـ"الشرق الأوسط"
    if tok.norm in ("امام", "وامام") and k + 1 < end:  # أمام الصحفيين، أمام وسائل الإعلام
        return lex.channel_kind(doc.tokens[k + 1]) == "addressee"
    if lex.media_at(doc.tokens, k, end):
        return True
    kind = lex.channel_kind(tok)
    bare = tok.norm[1:] if tok.norm[:1] == "و" else tok.norm
    if kind == "addressee":
        return bare[:1] == "ل"
    if kind == "outlet" and bare[2:] in BROADCASTERS and bare[:2] == "لل":
        return True  # قال للتلفزيون الرسمي: the broadcaster itself, not a title's organisation
    if kind == "outlet" and bare[:2] == "لل" and k + 1 < end and is_introducer(doc.tokens[k + 1]):
        return True  # قالت مصادر في الحزب للصحيفة إن: the paper the sources spoke to
    # لوكالة … is a channel; للوكالة (definite) belongs to a title: المدير العام للوكالة
    return kind == "outlet" and bare[:1] == "ل" and bare[:2] != "لل"


def _without_pronoun(norm: str) -> list[str]:
    """خطبته → خطبه, حسابه → حساب: the noun under a possessive pronoun."""
    out = []
    for p in PRONOUN_SUFFIXES:
        if norm.endswith(p) and len(norm) > len(p) + 2:
            stem = norm[: -len(p)]
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
    return out


def speaker_end(doc: Doc, lex: QuoteLexicon, start: int, end: int) -> int:
    """Index just past the speaker phrase starting at ``start`` (``start`` when there is none)."""
    tokens = doc.tokens
    k = start
    while k < end and k - start < MAX_SPEAKER_TOKENS:
        tok = tokens[k]
        ent = entity_at(doc, k)
        if k > start and lex.media_at(tokens, k, end) and tokens[k - 1].norm not in lex.media_staff:
            break  # an outlet after the speaker is the addressee: أبلغ مصدر عسكري رويترز أن (not مراسل الجزيرة)
        if k > start and ent >= 0 and ent == entity_at(doc, k - 1):
            k += 1
            continue
        if not tok.is_word:
            if tok.text.isdigit() and k > start:  # اللواء 444
                k += 1
                continue
            close = _bracket_close(tokens, k, end) or quoted_outlet_name(lex, tokens, k, end)
            if close and k > start:  # وزارة الدفاع الأميركية (البنتاغون), صحيفة "الوطن" السورية
                k = close + 1
                continue
            break
        if k > start and ent < 0 and _outlet_after_speaker(lex, tokens, k, end):
            break  # أبلغ مسؤول أمني عراقي وكالة رويترز: the outlet is the addressee
        if k == start and ent < 0:
            media = lex.media_at(tokens, k, end)
            if media and tok.norm[:1] != "ل":  # the outlet itself speaks: وذكرت رويترز أن
                return k + media
            if tok.prefix[:1] in ("ب", "ل"):  # a speaker never starts with a preposition
                break
        if tok.norm == "في" and k > start and k + 1 < end and tokens[k + 1].norm in TIME_NOUNS:
            break  # وقالت الوزارة | في الأيام الماضية: a time, not where the speaker works
        if tok.norm == "عن" and k > start and tokens[k - 1].norm in MEMBER_OF and k + 1 < end:
            k += 1  # النائبة عن حزب العمال لويزة حنون: the party she sits for belongs to the speaker
            continue
        if (is_introducer(tok) or tok.norm in lex.speaker_stops or tok.norm in REPORTED_SAYING
                or lex.cue(tok) or lex.according_cue(tok)):
            break
        staff = k > start and tokens[k - 1].norm in lex.media_staff and tok.prefix[:1] != "ل"
        if (ent < 0 or tok.prefix[:1] == "ل") and not staff and not _title_of(lex, tokens, start, k) \
                and channel_starts(doc, lex, k, end):
            break
        k += 1
    return k


TIME_NOUNS = frozenset({"الايام", "الاسابيع", "الاشهر", "الساعات", "السنوات", "الاسبوع", "الشهر", "العام", "وقت",
                        "الفتره", "اليوم", "الليله", "ساعه", "ساعات", "مطلع", "منتصف", "نهايه", "بدايه", "اعقاب"})
MEMBER_OF = frozenset({"النائب", "النائبه", "نائب", "نائبه", "ممثل", "ممثله", "الممثل", "الممثله"})
TITLE_ADJECTIVES = frozenset({"العام", "العامه", "التنفيذي", "التنفيذيه", "الاقليمي", "الاقليميه"})


def _title_of(lex: QuoteLexicon, tokens: list[Token], start: int, k: int) -> bool:
    """المفوض العام لوكالة الأونروا: ل after a title (office + العام) names the office's body, not an addressee."""
    if k - 2 < start or tokens[k - 1].norm not in TITLE_ADJECTIVES:
        return False
    office = tokens[k - 2]
    return any(f in lex.roles or f in lex.person_nouns for f in (office.stem, office.bare, office.norm))


def quoted_outlet_name(lex: QuoteLexicon, tokens: list[Token], k: int, end: int) -> int | None:
    """Index of the mark closing a short quoted name right after an outlet word (صحيفة "الوطن")."""
    if k == 0 or not is_mark(tokens[k].text) or lex.channel_kind(tokens[k - 1]) != "outlet":
        return None
    for m in range(k + 2, min(k + 7, end)):
        if is_mark(tokens[m].text):
            return m
        if not tokens[m].is_word:
            return None
    return None


def _outlet_after_speaker(lex: QuoteLexicon, tokens: list[Token], k: int, end: int) -> bool:
    """وكالة رويترز after a complete speaker phrase (ending in an adjective) is an addressee, not a construct."""
    tok = tokens[k]
    kind = lex.channel_kind(tok)
    if kind == "addressee" and tok.prefix[:1] not in ("ل", "ب", "و") and tok.norm.startswith("ال"):
        return is_adjective(lex, tokens[k - 1])  # أخبر مسؤول محلي الصحفيين أن
    if tok.prefix[:1] in ("ل", "ب", "و") or kind != "outlet":
        return False
    nxt = k + 1
    if nxt >= end:
        return False
    if tok.norm.startswith("ال"):  # أبلغ مصدر دبلوماسي الصحيفة أن: the paper itself
        if not is_introducer(tokens[nxt]):
            return False
    elif not (lex.media_at(tokens, nxt, end) or is_mark(tokens[nxt].text)):
        return False
    return is_adjective(lex, tokens[k - 1])


ROLE_SYNONYMS = {"ناطق": "متحدث", "ناطقه": "متحدثه"}  # الناطق باسم … is المتحدث باسم …

NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يتان", "يتين")
PHRASE_LINKS = frozenset({"باسم", "في", "من", "لدي"})  # مسؤول في الوزارة، المتحدث باسم الحكومة
PRONOUN_PP = frozenset({"منه", "منها", "منهم", "لها", "له", "لهم"})  # (وكالة …) المقربة منه


def is_definite(tok: Token) -> bool:
    return "ال" in tok.prefix or tok.norm.startswith("ال") or bool(tok.suffix)


def is_adjective(lex: QuoteLexicon, tok: Token) -> bool:
    """A nisba (الأميركي، أمني، الأممية) or a listed adjective (الخاص، رفيع، المقربة)."""
    bare = tok.stem or tok.norm
    if bare.startswith("ال"):
        bare = bare[2:]
    if bare in lex.adjectives or tok.norm in lex.adjectives:
        return True
    return len(bare) >= 4 and bare.endswith(NISBA_ENDINGS) and tok.prefix[:1] not in ("ب", "ل")


def np_end(doc: Doc, lex: QuoteLexicon, start: int, end: int) -> int:
    """Index just past the noun phrase starting at ``start``, read by Arabic phrase grammar.

    Used where nothing (إن، a colon, a mark) separates a speaker from what follows it:
    أعلن الجيش الأوكراني | إسقاط …، دعا رئيس البرلمان اللبناني | الحكومة إلى …. A phrase is
    a head, a construct chain of nouns (an indefinite noun takes one more noun), adjectives
    (nisba or listed), a name given after a title (a person entity), and a linked phrase
    (باسم الحكومة، في وزارة الداخلية) after a person noun or office.
    """
    tokens = doc.tokens
    k = start
    open_chain = False  # the last word is an indefinite noun (or a link) that takes another noun
    head = tokens[start] if start < end else None
    person_head = head is not None and any(
        f in lex.person_nouns or f in lex.roles for f in (head.stem, head.bare, head.norm))
    while k < end and k - start < MAX_SPEAKER_TOKENS:
        tok = tokens[k]
        ent = entity_at(doc, k)
        if ent >= 0:
            linked = tok.prefix[:1] == "ل" and person_head  # الأمين العام للأمم المتحدة
            coordinated = tok.prefix[:1] == "و" and entity_at(doc, k - 1) >= 0  # الصين وروسيا
            if (k > start and not (open_chain or linked or coordinated)
                    and doc.entities[ent].type != "PER"):
                break
            while k < end and entity_at(doc, k) == ent:
                k += 1
            open_chain = False
            continue
        if not tok.is_word:
            if tok.text.isdigit() and k > start:
                k += 1
                continue
            close = _bracket_close(tokens, k, end) or quoted_outlet_name(lex, tokens, k, end)
            if close and k > start:  # (البنتاغون), صحيفة "هآرتس" الإسرائيلية
                k = close + 1
                open_chain = False
                continue
            break
        if k > start and channel_starts(doc, lex, k, end) and not (open_chain and tok.prefix[:1] != "ل"):
            break  # (وكالة تسنيم: an open construct takes the outlet's name)
        if k == start:
            open_chain = not is_definite(tok)
        elif is_adjective(lex, tok):
            open_chain = tok.norm in ("رفيع", "رفيعه")
            if k + 1 < end and tokens[k + 1].norm in PRONOUN_PP:
                k += 1
            elif k + 2 < end and tokens[k + 1].norm == "من" and (tok.stem or tok.norm) in lex.adjectives:
                k += 1  # المقربة من الحرس الثوري
                open_chain = True
        elif open_chain and tok.prefix[:1] not in ("ب", "ل") and tok.norm not in lex.speaker_stops:
            open_chain = not is_definite(tok)
        elif person_head and tok.norm in PHRASE_LINKS:
            open_chain = True
        elif person_head and tok.prefix[:1] == "ل" and not channel_starts(doc, lex, k, end):
            open_chain = not is_definite(tok)  # الأمين العام للأمم المتحدة، المديرة العامة لصندوق
        else:
            break
        k += 1
    return k


def _bracket_close(tokens: list[Token], k: int, end: int) -> int | None:
    """Index of the ")" closing a short bracket opened at ``k`` (None if none)."""
    if tokens[k].text != "(":
        return None
    for m in range(k + 1, min(k + 6, end)):
        if tokens[m].text == ")":
            return m
    return None


def pick_entity(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(entity index, last token of its mention) of the entity a speaker phrase names, person first."""
    best: tuple[tuple[int, int], int, int] | None = None  # ((type rank, -length), entity, last token)
    k = start
    while k < end:
        ent = entity_at(doc, k)
        if ent < 0:
            k += 1
            continue
        last = k
        while last + 1 < end and entity_at(doc, last + 1) == ent:
            last += 1
        if last == k and k > start and _adjective_not_name(doc, k):
            k += 1
            continue
        # a person first; among several, the fullest name (الأمير عبد العزيز بن سلمان, not السعودي)
        pref = (TYPE_PREFERENCE.get(doc.entities[ent].type, 4), -(last - k))
        if best is None or pref < best[0]:
            best = (pref, ent, last)
        k = last + 1
    return (best[1], best[2]) if best else None


def _adjective_not_name(doc: Doc, k: int) -> bool:
    """قائد الجيش السوداني: a one-word "person" that is a nisba after a definite noun is an adjective."""
    tok, prev = doc.tokens[k], doc.tokens[k - 1]
    if doc.entities[entity_at(doc, k)].type != "PER" or entity_at(doc, k - 1) >= 0 or not prev.is_word:
        return False
    return tok.norm.startswith("ال") and tok.norm.endswith("ي") and is_definite(prev)


def make_speaker(doc: Doc, start: int, end: int, lex: QuoteLexicon | None = None) -> Speaker:
    """The Speaker for tokens [start, end): the span as written, linked to the entity it names.

    With an entity, the span stops at the end of that entity's name, so a role before
    the name stays (وزير الخارجية الأميركي جون كيري) and an object after it goes.
    """
    picked = pick_entity(doc, start, end)
    if picked and lex is not None and _unnamed_person(doc, lex, start, end, picked[0]):
        picked = None
    if picked:
        ent_index, last = picked
        ent = doc.entities[ent_index]
        a, b = doc.tokens[start].start, doc.tokens[last].end
        return Speaker(doc.text[a:b], a, b, ent.id, ent.name_en)
    while end - 1 > start and is_mark(doc.tokens[end - 1].text):
        end -= 1
    a, b = doc.tokens[start].start, doc.tokens[end - 1].end
    return Speaker(doc.text[a:b], a, b)


def _unnamed_person(doc: Doc, lex: QuoteLexicon, start: int, end: int, ent_index: int) -> bool:
    """مسؤول في الحكومة السودانية: a person noun heads the phrase and the entity is not a person."""
    if doc.entities[ent_index].type == "PER" or entity_at(doc, start) == ent_index:
        return False
    tok = doc.tokens[start]
    heads = lex.person_nouns | lex.roles
    return any(form in heads for form in (tok.stem, tok.bare, tok.norm))


def role_word(doc: Doc, lex: QuoteLexicon, start: int, end: int) -> str | None:
    """The office a speaker phrase starts with (متحدث، وزير …), without ال, if any."""
    if start >= end:
        return None
    tok = doc.tokens[start]
    for form in (tok.stem, tok.bare, tok.norm):
        if form in lex.roles:
            role = form[2:] if form.startswith("ال") else form
            return ROLE_SYNONYMS.get(role, role)
    return None


def phrase_roles(doc: Doc, lex: QuoteLexicon, start: int, end: int) -> set[str]:
    out = set()
    for k in range(start, end):
        r = role_word(doc, lex, k, k + 1)
        if r:
            out.add(r)
    return out


def is_person(doc: Doc, speaker: Speaker | None) -> bool:
    if speaker is None or speaker.entity is None:
        return False
    ent = doc.entity(speaker.entity)
    return ent is not None and ent.type == "PER"
