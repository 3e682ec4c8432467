"""Hand-built analysed articles for store and web tests.

The other layers (entities, quotes, events) are developed separately, so store
tests build full contract Articles themselves: spans are found in the text, so
every offset is real.
"""

from __future__ import annotations

from marsad.model import (
    Actor,
    Article,
    Cue,
    Entity,
    Event,
    EventDate,
    Mention,
    Place,
    Quote,
    Repair,
    Sentence,
    Span,
    Speaker,
)


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def mentions(text: str, *surfaces: str) -> list[Mention]:
    out = []
    for s in surfaces:
        pos = 0
        while (i := text.find(s, pos)) >= 0:
            out.append(Mention(i, i + len(s), s))
            pos = i + len(s)
    return out


def sentence_of(text: str, offset: int) -> Span:
    start = text.rfind(".", 0, offset) + 1
    end = text.find(".", offset)
    end = len(text) if end < 0 else end + 1
    while text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])


SHOUKRY_TEXT = (
    "القاهرة - استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة أمس الأحد. "
    "وقال شكري إن \"مصر لن تقبل بتهجير الفلسطينيين إلى سيناء\". "
    "وزار الصفدي مقر جامعة الدول العربية حيث التقى أمينها العام أحمد أبو الغيط."
)

DAMASCUS_TEXT = (
    "دمشق - قصفت طائرات إسرائيلية مواقع قرب مطار دمشق الدولي فجر اليوم، وقالت وزارة الدفاع السورية إن "
    "الدفاعات الجوية تصدت للصواريخ. وأكد شكري في اتصال هاتفي أن الاعتداءات على سورية مرفوضة. "
    "ولم تعلق إسرائيل على القصف."
)


def shoukry_article(article_id: str = "t-cairo", date: str = "2024-02-11", source: str = "Test Wire") -> Article:
    t = SHOUKRY_TEXT
    shoukry = Entity("e1", "PER", "سامح شكري", "Sameh Shoukry", "EGY", ["شكري"], mentions(t, "سامح شكري", "وقال شكري"))
    shoukry.mentions = [Mention(m.start + 5, m.end, "شكري") if m.text == "وقال شكري" else m for m in shoukry.mentions]
    safadi = Entity("e2", "PER", "أيمن الصفدي", "Ayman Safadi", "JOR", ["الصفدي"],
                    mentions(t, "أيمن الصفدي") + [Mention(*_at(t, "الصفدي", t.index("وزار")))])
    cairo = Entity("e3", "LOC", "القاهرة", "Cairo", "EGY", [], mentions(t, "القاهرة"))
    league = Entity("e4", "ORG", "جامعة الدول العربية", "Arab League", None, [], mentions(t, "جامعة الدول العربية"))
    cue = span(t, "وقال")
    content = span(t, "مصر لن تقبل بتهجير الفلسطينيين إلى سيناء")
    sp = shoukry.mentions[1]
    quote = Quote("q1", "direct", Speaker(sp.text, sp.start, sp.end, "e1", "Sameh Shoukry"),
                  Cue(cue.text, cue.start, cue.end, "قال", "neutral"), content)
    trig = span(t, "استقبل")
    host = Event("v1", "CONSULT", "visit", "043",
                 Actor("سامح شكري", shoukry.mentions[0].start, shoukry.mentions[0].end, "e1", "EGY GOV"),
                 Actor("أيمن الصفدي", safadi.mentions[0].start, safadi.mentions[0].end, "e2", "JOR GOV"),
                 False, "asserted",
                 Place("e3", "القاهرة", cairo.mentions[1].start, cairo.mentions[1].end, "Cairo", "EGY"),
                 EventDate("2024-02-10", "أمس الأحد", *_at(t, "أمس الأحد")[:2]), sentence_of(t, trig.start), trig)
    trig2 = span(t, "وزار")
    visit = Event("v2", "CONSULT", "visit", "042",
                  Actor("الصفدي", safadi.mentions[1].start, safadi.mentions[1].end, "e2", "JOR GOV"),
                  Actor("جامعة الدول العربية", league.mentions[0].start, league.mentions[0].end, "e4", "IGOARB"),
                  False, "asserted", None, None, sentence_of(t, trig2.start), trig2)
    return Article(article_id, t, date, "شكري يستقبل الصفدي", f"https://example.org/{article_id}", source,
                   sentences=[Sentence(s.start, s.end) for s in (sentence_of(t, 0),)],
                   entities=[shoukry, safadi, cairo, league], quotes=[quote], events=[host, visit])


def damascus_article(article_id: str = "t-damascus", date: str = "2024-03-02", source: str = "Levant Test") -> Article:
    t = DAMASCUS_TEXT
    shoukry = Entity("e1", "PER", "شكري", "Sameh Shoukry", "EGY", [], mentions(t, "شكري"))
    israel = Entity("e2", "LOC", "إسرائيل", "Israel", "ISR", [], [Mention(*_at(t, "إسرائيل"))])
    trig = span(t, "قصفت")
    strike = Event("v1", "ASSAULT", "aerial", "195", Actor("طائرات إسرائيلية", *_at(t, "طائرات إسرائيلية")[:2], None, "ISR MIL"),
                   Actor("مواقع", *_at(t, "مواقع")[:2], None, "SYR MIL"), False, "asserted", None, None,
                   sentence_of(t, trig.start), trig)
    return Article(article_id, t, date, "قصف قرب مطار دمشق", None, source, entities=[shoukry, israel],
                   events=[strike], repairs=[Repair(*_at(t, "فجر اليوم")[:2], "فجراليوم", "فجر اليوم", "split")])


def _at(text: str, part: str, after: int = 0) -> tuple[int, int, str]:
    i = text.index(part, after)
    return i, i + len(part), part
