"""Trigger rules for the shape of a clause: two-letter verbs, time words and a country subject between a
verb and its needed object, closures, deployments and embargoes (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _types(pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline(text, date="2024-06-10").events}


CASES = [
    # a country subject and time words do not use up the five words before the needed object
    ("RETREAT", "وتبادلت إثيوبيا وإريتريا صباح الأحد عشرات الأسرى عند معبر زالمبسا."),
    ("RETREAT", "وتبادلت أرمينيا وأذربيجان أمس الخميس 32 أسيرا بوساطة دولية."),
    # two-letter doubled verbs with no clitic
    ("REQUEST", "حث الأمين العام للجامعة العربية الفرقاء اللبنانيين على انتخاب رئيس."),
    ("COERCE", "وكان الرئيس قد حل البرلمان وعلق العمل بالدستور في يوليو الماضي."),
    # closures by security forces
    ("COERCE", "وأغلقت الشرطة الجسور المؤدية إلى ساحة التحرير منذ الصباح."),
    ("COERCE", "وأغلقت إيران مجالها الجوي أمام الرحلات المدنية لساعات."),
    # deployments of named units
    ("MOBILIZE", "ونشر الجيش الأردني لواءين إضافيين على الحدود الشمالية."),
    # arms handed over
    ("AID", "وسلمت ألمانيا أوكرانيا نظامي دفاع جوي خلال الشهر الجاري."),
    # halting output to press another side
    ("COERCE", "وأعلنت السلطات في شرق البلاد وقف تصدير النفط من الموانئ الخاضعة لسيطرتها."),
]


@pytest.mark.parametrize(("etype", "text"), CASES)
def test_event_found(events_pipeline, etype, text):
    assert etype in _types(events_pipeline, text), text


def test_a_solution_is_no_dissolution(events_pipeline):
    # حل after a preposition is the noun "solution"
    assert "COERCE" not in _types(events_pipeline, "ودعا الوسطاء إلى حل سياسي للأزمة في البرلمان.")
