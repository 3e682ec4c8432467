"""Event words that report no event of their type: a name, a title, a topic, a generic statement, a
forecast (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _types(pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline(text, date="2024-06-10").events}


# (type that must NOT be found, sentence)
NOT_AN_EVENT = [
    ("COERCE", "وناقش البرلمان ملف الاعتقالات التعسفية في جلسته الأسبوعية."),  # a topic
    ("RETREAT", "ويقع مقر الشركة في شارع الهدنة وسط المدينة."),  # a street name
    ("RETREAT", "وتجمع المحتفلون في ميدان التحرير بمناسبة ذكرى الاستقلال."),
    ("CONSULT", "وقال رئيس لجنة المفاوضات إن الجلسة المقبلة ستعقد في جنيف."),  # a title
    ("COERCE", "وطالب نواب بتعديل قانون العقوبات ليشمل جرائم الإنترنت."),  # the penal code
    ("COERCE", "وقال إن لجنة العقوبات في مجلس الأمن ستجتمع الأسبوع المقبل."),  # a committee
    ("COERCE", "وتؤثر العقوبات على الاقتصاد الإيراني منذ سنوات."),  # a generic statement
    ("THREATEN", "وحذرت الأرصاد الجوية من أمطار غزيرة على المناطق الساحلية."),  # a forecast
    ("THREATEN", "وحذرت وزارة الصحة المواطنين من تفشي الكوليرا في المخيمات."),
    ("ASSAULT", "وتستهدف الحكومة خفض نسبة البطالة إلى ثمانية في المئة."),  # an aim, not an attack
    ("PROTEST", "وانطلقت مسيرة الرالي الصحراوي من مدينة أرفود."),  # a race
    ("ASSAULT", "وأطلقت الشركة هاتفا ذكيا جديدا في الأسواق العربية."),  # a product launch
    ("CONCEDE", "وتراجعت أسعار الذهب بعد صدور بيانات التضخم الأمريكية."),  # prices
    ("AID", "وصادرت الجمارك شحنة أسلحة مهربة في ميناء طرابلس."),  # a seized shipment is no supply
    ("SUPPORT", "وتظاهر آلاف الطلاب في جامعة الخرطوم دعما لزملائهم المعتقلين."),  # the purpose of a march
    ("ASSAULT", "وارتفعت أسعار النفط بنسبة ثلاثة في المئة خلال تعاملات الأسبوع."),
    ("MOBILIZE", "ونشرت الصحيفة تقريرا مطولا عن أوضاع اللاجئين في المخيمات."),  # publish
]


@pytest.mark.parametrize(("etype", "text"), NOT_AN_EVENT)
def test_event_word_is_no_event_here(events_pipeline, etype, text):
    assert etype not in _types(events_pipeline, text), text


def test_a_warning_of_escalation_is_still_a_threat(events_pipeline):
    # the hazard rule must not swallow a real warning to a party
    text = "وحذرت طهران واشنطن من رد قاس إذا تعرضت منشآتها النووية للهجوم."
    assert "THREATEN" in _types(events_pipeline, text)


def test_an_investigation_committee_being_formed_is_still_an_investigation(events_pipeline):
    # an indefinite noun after لجنة is not part of a name (only لجنة التحقيق with the article is)
    text = "وشكلت الحكومة العراقية لجنة تحقيق في مقتل المتظاهرين أمس."
    assert "ACCUSE" in _types(events_pipeline, text)


def test_a_second_clause_after_hawl_is_not_a_topic(events_pipeline):
    # حول المدينة is "around the town"; the verb opening the next clause is an event of its own
    text = "وفرض الجيش طوقا أمنيا حول المدينة ومنع الدخول إليها."
    assert "COERCE" in _types(events_pipeline, text)
