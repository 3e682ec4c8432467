"""Event words that name a topic, a goal, an outcome or another sense, not an event that took place
(sentences written for these tests)."""

from __future__ import annotations


def triggers(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in pipeline(text, date="2024-06-10").events]


def test_truce_talked_about_is_not_a_retreat(events_pipeline):
    found = triggers(events_pipeline, "التقى المبعوث الأممي وفد الحكومة في الدوحة لبحث مقترحات بشأن تمديد الهدنة.")
    assert "RETREAT" not in {t for t, _ in found}


def test_swap_named_as_the_file_of_talks_is_not_a_release(events_pipeline):
    found = triggers(events_pipeline, "وفي عمان، استؤنفت أمس مفاوضات بين الطرفين حول ملف تبادل الأسرى والمحتجزين.")
    assert ("CONSULT", "مفاوضات") in found
    assert "RETREAT" not in {t for t, _ in found}


def test_a_real_swap_is_still_found(events_pipeline):
    found = triggers(events_pipeline, "وتبادلت الحكومة والمتمردون أمس عشرات الأسرى في عملية جرت في مدينة مأرب.")
    assert "RETREAT" in {t for t, _ in found}


def test_agreement_as_an_aim_is_not_signed(events_pipeline):
    for text in ("وقال الوسيط إن الفرصة ما زالت قائمة للتوصل إلى اتفاق ينهي الحرب.",
                 "وتعهدت قطر بمواصلة جهودها حتى التوصل إلى اتفاق دائم بين الطرفين.",
                 "ويبقى أي تحسن مرهونا بالتوصل إلى هدنة في غزة."):
        found = triggers(events_pipeline, text)
        assert "SUPPORT" not in {t for t, _ in found}, text
        assert "RETREAT" not in {t for t, _ in found}, text


def test_agreement_reached_is_still_found(events_pipeline):
    found = triggers(events_pipeline, "وأعلنت وزارة الخارجية القطرية أمس التوصل إلى اتفاق بين الحكومة والمعارضة.")
    assert ("SUPPORT", "التوصل") in found


def test_coordination_discussed_is_a_topic(events_pipeline):
    found = triggers(events_pipeline,
                     "وبحث وزير الخارجية المصري في اتصال هاتفي مع نظيره السعودي أمس التنسيق بين البلدين.")
    assert "COOPERATE" not in {t for t, _ in found}
    assert "CONSULT" in {t for t, _ in found}


def test_laqa_meaning_in_exchange_for_is_not_a_meeting(events_pipeline):
    found = triggers(events_pipeline,
                     "ويبحث الوزير خلال الزيارة ملف المستحقات المالية المتأخرة لقاء شحنات الكهرباء العراقية.")
    assert ("CONSULT", "لقاء") not in found


def test_a_meeting_called_laqa_is_kept(events_pipeline):
    found = triggers(events_pipeline, "وشهد قصر قرطاج أمس لقاء بين الرئيس التونسي ورئيسة الحكومة.")
    assert ("CONSULT", "لقاء") in found


def test_experts_estimating_is_not_appreciation(events_pipeline):
    found = triggers(events_pipeline, "ويقدر خبراء أن الخسائر تجاوزت ملياري دولار منذ بداية الأزمة.")
    assert "SUPPORT" not in {t for t, _ in found}


def test_appreciating_efforts_is_still_support(events_pipeline):
    found = triggers(events_pipeline, "وقال الوزير إن بلاده تقدر الجهود التي تبذلها مصر لوقف الحرب.")
    assert "SUPPORT" in {t for t, _ in found}


def test_aiming_at_a_surplus_is_not_an_attack(events_pipeline):
    found = triggers(events_pipeline, "وقال وزير المالية إن الحكومة تستهدف خفض العجز إلى أربعة في المئة العام المقبل.")
    assert "ASSAULT" not in {t for t, _ in found}


def test_accused_as_an_adjective_is_not_an_accusation(events_pipeline):
    found = triggers(events_pipeline, "وفرضت واشنطن عقوبات على ثلاث شركات تركية متهمة بتزويد روسيا بمعدات عسكرية.")
    assert "ACCUSE" not in {t for t, _ in found}


def test_accusing_after_a_comma_is_still_an_accusation(events_pipeline):
    found = triggers(events_pipeline, "ونفت الحركة مسؤوليتها عن الهجوم، متهمة الجيش بتدبيره.")
    assert "ACCUSE" in {t for t, _ in found}


def test_killed_in_a_strike_is_one_event(events_pipeline):
    found = triggers(events_pipeline,
                     "قتل أربعة مدنيين أمس جراء قصف مدفعي شنته قوات النظام على بلدة في ريف حماة الشمالي.")
    assert [t for t, _ in found].count("ASSAULT") == 1


def test_stopping_attacks_is_not_an_attack(events_pipeline):
    found = triggers(events_pipeline, "وطالبت المنظمة بوقف فوري للهجمات على المستشفيات في الخرطوم.")
    assert "ASSAULT" not in {t for t, _ in found}


def test_verb_describing_a_strike_told_as_the_cause_is_not_another_event(events_pipeline):
    found = triggers(events_pipeline,
                     "وقتل ثمانية مسلحين أمس في غارات جوية تركية استهدفت مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert [t for t, _ in found].count("ASSAULT") == 1


def test_definite_strike_as_subject_is_told_once(events_pipeline):
    text = ("شنت مقاتلات أميركية غارات على مواقع للحوثيين في الحديدة. "
            "وقالت القيادة المركزية إن الضربات استهدفت مخازن أسلحة ومنصات إطلاق.")
    found = triggers(events_pipeline, text)
    assert [t for t, _ in found].count("ASSAULT") == 1


def test_the_agreement_already_made_is_not_a_new_one(events_pipeline):
    found = triggers(events_pipeline, "وقال الوزير إن الحكومة ماضية في تنفيذ الاتفاق الموقع مع الأردن العام الماضي.")
    assert "SUPPORT" not in {t for t, _ in found}
