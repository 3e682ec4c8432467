"""Speakers the text leaves implicit, and descriptions that name a person elsewhere.

Order matters: explicit speakers first; then a description (المتحدث باسم الكرملين)
takes the person a nearby quote names with the same office (المتحدث ديمتري بيسكوف);
then implicit speakers (وأضاف، لكنه أشار) take the previous speaker, and participles
(مضيفا، مؤكدا) the speaker of the clause they hang on.
"""

from __future__ import annotations

from marsad.model import Quote, Speaker
from marsad.quotes.detect import Detector
from marsad.quotes.speakers import (
    MEDIUM_PREPOSITIONS,
    channel_starts,
    entity_at,
    is_person,
    make_speaker,
    np_end,
    phrase_roles,
    pick_entity,
    role_word,
    speaker_end,
)
from marsad.quotes.state import Draft
from marsad.text.normalize import normalize

DESCRIPTION_WINDOW = 3  # sentences to look ahead (or back) for the person a description stands for
ACTOR_TYPES = ("PER", "ORG")
# Words that end a subject read leftwards from a verb: conjunctions and complementisers.
SUBJECT_LEFT_EDGE = frozenset({"لكن", "و", "ان", "بينما", "فيما", "حيث", "اذ", "كما", "غير", "بل", "ثم", "فقد",
                               "قد", "التي", "الذي", "الذين", "ما"})


def resolve_speakers(det: Detector, drafts: list[Draft]) -> None:
    doc = det.doc
    for d in drafts:
        if d.speaker:
            d.speaker_obj = make_speaker(doc, *d.speaker, lex=det.lex)
            if d.speaker_obj.entity is None:
                d.speaker_obj = _organisation_named_before(det, d.speaker, d.speaker_obj)
            if d.speaker_obj.entity is None:
                d.speaker_obj = _surname_named_before(det, d.speaker_obj)
    _resolve_descriptions(det, drafts)
    _inherit_channels(det, drafts)
    previous: Speaker | None = None
    previous_cue = -1
    for n, d in enumerate(drafts):
        if d.speaker_obj is None and d.entry.role not in ("according", "passive"):
            if d.entry.participle or not _opens_sentence(det, d.cue):
                d.speaker_obj = (_kana_qad_speaker(det, d) or _subject_before(det, d)
                                 or _clause_speaker(det, drafts[:n], d) or previous)
            else:
                new = _new_subject_between(det, previous_cue, d.cue)
                d.speaker_obj = previous if new is None or _same_office(det, new, previous) else new
        if d.speaker_obj is not None and d.speaker_obj.entity is None and previous is not None \
                and _statement_itself(det, d.speaker_obj):
            # وأضاف البيان أن …: the statement speaks for whoever issued it, the last speaker
            own = d.speaker_obj
            d.speaker_obj = Speaker(own.text, own.start, own.end, previous.entity, previous.name_en)
        if d.speaker_obj is not None and d.entry.role != "according":
            previous = d.speaker_obj
            previous_cue = d.cue
        elif d.entry.role == "passive":
            previous = None  # after أُفيد بأن, a bare وأضاف has no one to point back to


def _new_subject_between(det: Detector, previous_cue: int, cue: int) -> Speaker | None:
    """Who a sentence-opening وأضاف stands for when a sentence about someone else came in between.

    وقالت الوزارة إن … . وأعلن الدفاع المدني انتشال … . وأضاف أن …: the civil defence adds.
    Only the sentence right before the cue is read, and only when the last quote is older:
    a speech verb's own subject there (even one that made no quote), else its opening verb's subject.
    """
    doc = det.doc
    sent = doc.tokens[cue].sent
    if sent == 0 or previous_cue < 0 or doc.tokens[previous_cue].sent >= sent - 1:
        return None
    first, last = doc.sentence_tokens[sent - 1]
    for k in range(last - 1, first - 1, -1):
        if k in det.cue_speakers:
            start, end = det.cue_speakers[k]
            end = np_end(doc, det.lex, start, end)  # أعلن الدفاع المدني | انتشال …: the subject only
            return make_speaker(doc, start, end, lex=det.lex) if end > start else None
    return _main_clause_subject(det, first, last)


def _statement_itself(det: Detector, speaker: Speaker) -> bool:
    """البيان، البلاغ، الرسالة: a definite statement word alone as the speaker."""
    words = normalize(speaker.text).split()
    return (len(words) == 1 and words[0].startswith("ال")
            and det.lex.channel_words.get(words[0][2:]) == "medium")


def _same_office(det: Detector, new: Speaker, previous: Speaker | None) -> bool:
    """والتقى الوزير المصري …: a bare office that the previous speaker holds is that speaker again."""
    if previous is None or new.entity is not None:
        return False
    k = next((m for m, tok in enumerate(det.tokens) if tok.start == new.start), None)
    role = role_word(det.doc, det.lex, k, k + 1) if k is not None else None
    return role is not None and role in normalize(previous.text)


def _surname_named_before(det: Detector, speaker: Speaker) -> Speaker:
    """وتابع عباس: a bare family name is the person named in full earlier (محمود عباس)."""
    words = normalize(speaker.text).split()
    if not 1 <= len(words) <= 2 or any(w in det.lex.roles or w in det.lex.person_nouns for w in words):
        return speaker
    for ent in det.doc.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            full = normalize(m.text).split()
            if m.end <= speaker.start and len(full) > len(words) and full[-len(words):] == words:
                return Speaker(speaker.text, speaker.start, speaker.end, ent.id, ent.name_en)
    return speaker


def _organisation_named_before(det: Detector, rng: tuple[int, int], speaker: Speaker) -> Speaker:
    """الوزارة، المنظمة: a bare organisation head is the organisation last named with that head."""
    doc = det.doc
    start, end = rng
    tok = doc.tokens[start]
    if end - start != 1 or not tok.norm.startswith("ال") or (tok.stem or tok.norm[2:]) not in det.lex.org_heads:
        return speaker
    head = tok.stem or tok.norm[2:]
    for k in range(start - 1, -1, -1):
        ent = entity_at(doc, k)
        if ent < 0 or doc.entities[ent].type != "ORG" or entity_at(doc, k - 1) == ent:
            continue
        first = doc.tokens[k]
        if head in (first.stem, first.norm, first.bare) or first.norm == "ال" + head:
            found = doc.entities[ent]
            return Speaker(speaker.text, speaker.start, speaker.end, found.id, found.name_en)
    return speaker


def _inherit_channels(det: Detector, drafts: list[Draft]) -> None:
    """A participle or relative cue (معربة، ما وصفته) hanging on a clause that is not itself a
    quote (رحبت الجامعة في بيان …، معربة عن …) came through that clause's channel."""
    doc, lex = det.doc, det.lex
    for n, d in enumerate(drafts):
        if d.channel is not None or d.speaker is not None or d.entry.role == "according":
            continue
        if not (d.entry.participle or det.relative_cue(d.cue) or not _opens_sentence(det, d.cue)):
            continue  # (…، وكتب: a coordinated verb with no subject hangs on the clause too)
        first, _ = det.sentence_range(d.cue)
        if any(o.cue >= first and o.entry.role in ("say", "relay", "tell") for o in drafts[:n]):
            continue  # قال X للصحافيين إن …، مضيفا: the channel stays with the first quote
        for k in range(first, d.cue):
            if doc.tokens[k].norm in MEDIUM_PREPOSITIONS and channel_starts(doc, lex, k, d.cue):
                d.channel = det.channel_span(k, d.cue, None)
                break
            if doc.tokens[k].norm in ("علي", "عبر") and k + 2 < d.cue and lex.channel_kind(doc.tokens[k + 1]) \
                    == "outlet" and (k + 2) in det.by_open:  # نشر X على منصة "إكس" …، وكتب
                d.channel = (k, det.by_open[k + 2].close + 1)
                break


def _resolve_descriptions(det: Detector, drafts: list[Draft]) -> None:
    doc, lex = det.doc, det.lex
    for d in drafts:
        if d.speaker is None or is_person(doc, d.speaker_obj):
            continue
        role = role_word(doc, lex, *d.speaker)
        if role is None:
            continue
        sent = doc.tokens[d.cue].sent
        for other in drafts:
            if other is d or other.speaker is None or not is_person(doc, other.speaker_obj):
                continue
            if abs(doc.tokens[other.cue].sent - sent) > DESCRIPTION_WINDOW:
                continue
            if role in phrase_roles(doc, lex, *other.speaker):
                found = other.speaker_obj
                own = d.speaker_obj
                d.speaker_obj = Speaker(own.text, own.start, own.end, found.entity, found.name_en)
                break
        else:
            person = _person_with_role(det, role, sent)
            if person is not None:
                own = d.speaker_obj
                d.speaker_obj = Speaker(own.text, own.start, own.end, person.id, person.name_en)


def _person_with_role(det: Detector, role: str, sent: int):
    """A person named with ``role`` just before the name (المتحدث … ناصر كنعاني) in nearby sentences."""
    doc, lex = det.doc, det.lex
    lo = max(0, sent - DESCRIPTION_WINDOW)
    hi = min(len(doc.sentence_tokens) - 1, sent + DESCRIPTION_WINDOW)
    first, last = doc.sentence_tokens[lo][0], doc.sentence_tokens[hi][1]
    for k in range(first, last):
        ent = entity_at(doc, k)
        if ent < 0 or doc.entities[ent].type != "PER" or entity_at(doc, k - 1) == ent:
            continue
        if role in phrase_roles(doc, lex, max(first, k - 5), k):
            return doc.entities[ent]
    return None


def _clause_speaker(det: Detector, earlier: list[Draft], d: Draft) -> Speaker | None:
    """Who a participle (مؤكدا، مضيفا) is said of: the subject of the clause it hangs on."""
    doc = det.doc
    first, _ = det.sentence_range(d.cue)
    for other in reversed(earlier):
        if other.cue >= first and other.speaker_obj is not None and other.entry.role != "according":
            return other.speaker_obj
    for k in range(d.cue - 1, first - 1, -1):
        if k in det.cue_speakers:
            return make_speaker(doc, *det.cue_speakers[k], lex=det.lex)
    main = _main_clause_subject(det, first, d.cue)
    if main is not None:
        return main
    for k in range(first + 1, d.cue):
        subject = det.kana_subject(k + 1) if det.tokens[k].norm == "قد" else None
        if subject is not None:  # وكانت مصر قد وجهت خطابا …، أكدت فيه
            return make_speaker(doc, *subject, lex=det.lex)
    for k in range(first, d.cue):
        ent = entity_at(doc, k)
        if ent >= 0 and doc.entities[ent].type in ACTOR_TYPES:
            end = k
            while end < d.cue and entity_at(doc, end) == ent:
                end += 1
            return make_speaker(doc, k, end, lex=det.lex)
    return None


def _main_clause_subject(det: Detector, first: int, cue: int) -> Speaker | None:
    """ودان الأمين العام لمجلس التعاون جاسم البديوي …، مؤكدا: the named subject after the opening verb."""
    doc = det.doc
    k = det.dateline_end(first)
    while k < cue and det.tokens[k].norm in ("من", "جهته", "جهتها", "بدوره", "بدورها", "،", ","):
        k += 1
    verb = det.tokens[k] if k < cue else None
    if verb is None or not verb.is_word or verb.norm.startswith(("ال", "وال")) or entity_at(doc, k) >= 0 \
            or verb.norm in ("في", "وفي", "من", "الي", "علي", "بعد", "وبعد", "قبل"):
        return None
    end = np_end(doc, det.lex, k + 1, cue)
    picked = pick_entity(doc, k + 1, end) if end > k + 1 else None
    if picked is None or doc.entities[picked[0]].type not in ACTOR_TYPES:
        # وانتقد رئيس البرلمان أداء الحكومة، مؤكدا …: an office or a person noun is a subject too
        if end > k + 1 and _describes_actor(det, k + 1):
            stop = speaker_end(doc, det.lex, k + 1, end)
            if det.tokens[k + 1].norm.startswith("ال"):  # وشارك الوزير | في الاجتماع: a definite head takes no place
                stop = next((m for m in range(k + 2, stop) if det.tokens[m].norm == "في"), stop)
            return make_speaker(doc, k + 1, stop, lex=det.lex)
        return None
    return make_speaker(doc, k + 1, end, lex=det.lex)


def _describes_actor(det: Detector, k: int) -> bool:
    """Does the phrase at ``k`` start with an office, a person noun or a definite organisation head?"""
    tok = det.tokens[k]
    lex = det.lex
    forms = (tok.stem, tok.bare, tok.norm)
    if any(f in lex.roles or f in lex.person_nouns for f in forms):
        return True
    return tok.norm.startswith("ال") and (tok.stem or tok.norm[2:]) in lex.org_heads


def _opens_sentence(det: Detector, i: int) -> bool:
    """Is the cue the sentence's first word (after من جهته، and the like)?"""
    first, _ = det.sentence_range(i)
    k = i - 1
    while k >= first and det.tokens[k].norm in ("من", "جهته", "جهتها", "جهتهم", "بدوره", "بدورها", "،", ","):
        k -= 1
    return k < first


def _subject_before(det: Detector, d: Draft) -> Speaker | None:
    """Subject–verb order with a present tense: … لكن وكالات الإغاثة تؤكد أن …"""
    tokens = det.tokens
    i = d.cue
    first, _ = det.sentence_range(i)
    if d.entry.participle:
        return None
    # غير أن مسؤولا أميركيا … قال، إلا أن الوزير أكد: the subject follows أن/لكن before the verb
    for k in range(i - 1, max(first, i - 10) - 1, -1):
        tok = tokens[k]
        if not tok.is_word:
            break
        if tok.norm in ("ان", "لكن") and k + 1 < i:
            end = speaker_end(det.doc, det.lex, k + 1, i)
            return make_speaker(det.doc, k + 1, end, lex=det.lex) if end > k + 1 else None
    lead = det.dateline_end(first)
    if lead < i - 1 and tokens[lead].norm in ("اما", "واما"):
        lead += 1  # أما رئيس التيار فقال إن …: أما only sets the topic
    if lead < i and np_end(det.doc, det.lex, lead, i) == i:  # والمبعوث الأممي أكد أن …
        return make_speaker(det.doc, lead, i, lex=det.lex)
    verb = tokens[i].norm[1:] if tokens[i].norm[:1] in "وف" else tokens[i].norm
    if verb[:1] not in "يت":
        return None
    k = i - 1
    while k >= first and i - k <= 6 and tokens[k].is_word and tokens[k].norm not in SUBJECT_LEFT_EDGE \
            and not det.lex.cue(tokens[k]):
        k -= 1
    if k == i - 1:
        return None
    return make_speaker(det.doc, k + 1, i, lex=det.lex)


def _kana_qad_speaker(det: Detector, d: Draft) -> Speaker | None:
    """وكان الوزير قد قال: the subject stands between كان and قد, before the verb."""
    tokens = det.tokens
    i = d.cue
    if i < 2 or tokens[i - 1].norm != "قد":
        return None
    first, _ = det.sentence_range(i)
    for k in range(i - 2, max(first, i - 10) - 1, -1):
        if tokens[k].norm.lstrip("و") in ("كان", "كانت", "كانوا"):
            return make_speaker(det.doc, k + 1, i - 1, lex=det.lex) if i - 1 > k + 1 else None
    return None


def to_quotes(det: Detector, drafts: list[Draft]) -> list[Quote]:
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for d in sorted(drafts, key=lambda d: (d.content[0], d.cue)):
        content = det.content_span(d)
        key = (content.start, content.end)
        if key in seen or not content.text.strip():
            continue
        seen.add(key)
        out.append(Quote(
            id=f"q{len(out) + 1}", kind=d.kind, speaker=d.speaker_obj, cue=det.cue_of(d),
            content=content, channel=det.span_of(d.channel),
        ))
    return out
