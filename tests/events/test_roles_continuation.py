"""A visit's later steps: a name inside a مع phrase is no subject, a verb after قبل أن / ثم goes on
with the same doer and is as unreal as the first step, and an offer made in reported words carries
the day it was made."""

from __future__ import annotations

from marsad.pipeline import default_pipeline

TEXT = ("وصل وزير الخارجية الفرنسي جان نويل بارو إلى عمان مساء أمس الاثنين في جولة إقليمية. "
        "وسيجتمع مع نظيره الأردني أيمن الصفدي قبل أن يجري محادثات مع وزير الخارجية العراقي فؤاد حسين "
        "الذي يزور العاصمة الأردنية.")


def _consults():
    events = default_pipeline()(TEXT, date="2025-02-11").events
    return [e for e in events if e.type == "CONSULT" and e.evidence.start > 0]


def test_a_name_inside_a_maa_phrase_is_the_partner_not_the_doer():
    meet = next(e for e in _consults() if e.trigger.text == "وسيجتمع")
    assert meet.source is not None and meet.source.code == "FRA GOV"
    assert meet.target is not None and meet.target.code == "JOR GOV"
    assert meet.modality == "future"


def test_a_verb_after_qabla_an_keeps_the_doer_and_the_future():
    talks = [e for e in _consults() if e.trigger.text == "يجري"]
    assert talks, "the second step of the visit is an event of its own"
    assert talks[0].source is not None and talks[0].source.code == "FRA GOV"
    assert talks[0].target is not None and talks[0].target.code == "IRQ GOV"
    assert talks[0].modality == "future"


def test_an_offer_in_reported_words_is_dated_by_the_saying_a_reported_act_is_not():
    text = ("قال المتحدث باسم الحكومة التركية أمس الخميس إن أنقرة مستعدة لإرسال مساعدات إنسانية إلى غزة "
            "إذا سمحت إسرائيل بذلك. وقال مسؤول أمني أمس الخميس إن الجيش قصف مواقع للمسلحين في دهوك.")
    events = default_pipeline()(text, date="2025-03-07").events
    offer = next(e for e in events if e.type == "AGREE")
    assert offer.date is not None and offer.date.value == "2025-03-06"
    strike = next(e for e in events if e.type == "ASSAULT")
    assert strike.date is None or strike.date.value is None


def test_what_talks_are_about_is_not_their_target():
    text = "وتوجه وزير الخارجية الألماني إلى القاهرة لإجراء محادثات بشأن الأوضاع في ليبيا والسودان."
    talks = [e for e in default_pipeline()(text, date="2025-02-11").events
             if e.type == "CONSULT" and e.trigger.text == "محادثات"]
    assert all(e.target is None or e.target.code not in ("LBY", "SDN", "LBY GOV", "SDN GOV") for e in talks)
