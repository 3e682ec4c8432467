"""Who acts when the subject is away from the verb: relative clauses between a subject and its verb,
and a doer carried over sentences that tell no event."""

from __future__ import annotations

from marsad.events import create_stage
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline


def _doc(text: str, date: str = "2024-03-15", entities: list[Entity] | None = None):
    doc = Pipeline(stages=()).make_doc(text, date=date)
    doc.entities = entities or []
    return doc


def _entity(text: str, eid: str, etype: str, name: str, country: str | None, sector: str | None = None,
            nth: int = 0) -> Entity:
    starts = [k for k in range(len(text)) if text.startswith(name, k)]
    mentions = [Mention(s, s + len(name), name) for s in starts]
    return Entity(eid, etype, name, None, country, sector=sector, mentions=mentions)


def _events(doc, etype):
    create_stage(None)(doc)
    return [e for e in doc.events if e.type == etype]


def test_arms_received_go_to_the_subject_not_to_the_actor_inside_its_relative_clause():
    text = ("وقال مسؤول أمني إن الجيش العراقي الذي تراجع أمام مسلحي العشائر في الأنبار الشهر الماضي "
            "بدأ باستخدام أسلحة جديدة حصل عليها من إيران.")
    doc = _doc(text, "2024-05-02", [_entity(text, "e1", "LOC", "إيران", "IRN"),
                                    _entity(text, "e2", "LOC", "الأنبار", "IRQ")])
    aid = _events(doc, "AID")
    assert len(aid) == 1
    assert aid[0].source.code == "IRN GOV"
    assert aid[0].target.code == "IRQ MIL"
    assert aid[0].target.text.startswith("الجيش العراقي")


def test_relative_clause_with_its_own_subject_keeps_it():
    # المدينة التي سيطر عليها المسلحون: the pronoun عليها points back, so the fighters are the subject.
    text = "قصفت الطائرات الحربية التركية المواقع التي سيطر عليها مسلحو حزب العمال الكردستاني قرب الحدود."
    doc = _doc(text, "2024-05-02")
    strikes = _events(doc, "ASSAULT")
    assert strikes and strikes[0].source.code == "TUR MIL"


def test_unnamed_adjective_before_the_relative_pronoun_still_names_the_subject():
    text = ("وأفادت مصادر ميدانية أن القوات الحكومية التي انسحبت من مواقع للمتمردين في الشمال "
            "تسلمت شحنة ذخائر من روسيا.")
    doc = _doc(text, "2024-05-02", [_entity(text, "e1", "LOC", "روسيا", "RUS")])
    aid = _events(doc, "AID")
    assert len(aid) == 1
    assert aid[0].source.code == "RUS GOV"
    assert aid[0].target.text.startswith("القوات")


def test_doer_carried_through_a_sentence_without_event_to_later_verbs_with_no_subject():
    text = ("ووصل وزير الخارجية التركي هاكان فيدان إلى الدوحة مساء الأربعاء. وتواصل قطر وساطتها بين الطرفين "
            "حيث ترفض إسرائيل وقف القتال. ولم يدل الوزير التركي بأي تصريحات للصحفيين لدى وصوله. "
            "وسيلتقي مع نظيره القطري الشيخ محمد بن عبد الرحمن آل ثاني قبل أن يجري محادثات مع مسؤولين في حركة حماس. "
            "كما سيتوجه إلى عمّان يوم الجمعة.")
    doc = _doc(text, "2024-05-02", [
        _entity(text, "e1", "PER", "هاكان فيدان", "TUR", "GOV"),
        _entity(text, "e2", "LOC", "الدوحة", "QAT", "GOV"),
        _entity(text, "e3", "LOC", "قطر", "QAT"),
        _entity(text, "e4", "LOC", "إسرائيل", "ISR"),
        _entity(text, "e6", "PER", "الشيخ محمد بن عبد الرحمن آل ثاني", "QAT", "GOV"),
        _entity(text, "e7", "LOC", "عمّان", "JOR", "GOV"),
    ])
    create_stage(None)(doc)
    by_trigger = {e.trigger.text: e for e in doc.events}
    meeting = by_trigger["وسيلتقي"]
    assert meeting.source is not None and meeting.source.code == "TUR GOV"
    assert meeting.target is not None and meeting.target.code == "QAT GOV"
    travel = by_trigger["سيتوجه"]
    assert travel.source is not None and travel.source.code == "TUR GOV"
    assert travel.target.code == "JOR GOV"


def test_a_verb_opening_a_sentence_after_its_subject_was_named_as_object_keeps_the_named_doer():
    # The opening verb's own subject (ولم يعلق المتحدث) replaces the earlier doer.
    text = ("وأعلنت وزارة الدفاع الروسية أنها نقلت وحدات إلى الحدود. ولم يعلق البيت الأبيض على الخطوة حتى الآن. "
            "وسيبحث مع الحلفاء في بروكسل الأسبوع المقبل.")
    doc = _doc(text, "2024-05-02", [_entity(text, "e1", "ORG", "وزارة الدفاع الروسية", "RUS", "GOV"),
                                    _entity(text, "e2", "ORG", "البيت الأبيض", "USA", "GOV"),
                                    _entity(text, "e3", "LOC", "بروكسل", "BEL", "GOV")])
    create_stage(None)(doc)
    later = [e for e in doc.events if e.trigger.text == "وسيبحث"]
    assert later and later[0].source is not None and later[0].source.code == "USA GOV"
