"""Modality of events told as scheduled, denied, alleged or as background (sentences written for these tests)."""

from __future__ import annotations


def first(pipeline, text: str, etype: str):
    evs = [e for e in pipeline(text, date="2024-06-10").events if e.type == etype]
    assert evs, text
    return evs[0]


def test_scheduled_meeting_is_future(events_pipeline):
    ev = first(events_pipeline, "ومن المقرر أن يجتمع وزراء الخارجية العرب في القاهرة الأسبوع المقبل.", "CONSULT")
    assert ev.modality == "future"


def test_verbal_noun_after_a_future_auxiliary_is_future(events_pipeline):
    ev = first(events_pipeline, "وأكد البيت الأبيض أن الولايات المتحدة ستواصل فرض العقوبات على طهران.", "COERCE")
    assert ev.modality == "future"


def test_denied_act_far_from_the_denial_verb_is_negated(events_pipeline):
    ev = first(events_pipeline,
               "ونفى المتحدث باسم قوات الدعم السريع في تصريح لقناة محلية مساء أمس استهداف المدنيين في الفاشر.",
               "ASSAULT")
    # The gold convention: a denied act is a negated assertion, not a report.
    assert ev.negated and ev.modality == "asserted"


def test_act_someone_is_accused_of_is_reported(events_pipeline):
    ev = first(events_pipeline,
               "واتهمت الحكومة السودانية في بيان نشرته وكالة الأنباء الرسمية مساء أمس قوات الدعم السريع باختطاف مدنيين.",
               "ASSAULT")
    assert ev.modality == "reported"


def test_participle_shares_the_pluperfect_background(events_pipeline):
    ev = first(events_pipeline,
               "وكان الرئيس الأميركي قد وجه رسالة إلى القيادة الإيرانية، محذرا من أن البديل سيكون عملا عسكريا.",
               "THREATEN")
    assert ev.modality == "historical"
