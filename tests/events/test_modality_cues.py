"""Modality cues around an event: suffered vs purpose لـ, conditions after a quote, openness,
announced claims, the reach of بحسب, pledges (sentences written for these tests)."""

from __future__ import annotations


def of_type(pipeline, text: str, etype: str):
    evs = [e for e in pipeline(text, date="2024-06-10").events if e.type == etype]
    assert evs, (text, etype)
    return evs[0]


def test_attack_suffered_after_taarrada_is_not_a_purpose(events_pipeline):
    ev = of_type(events_pipeline, "وتعرضت حافلة تقل عمالا زراعيين لهجوم مسلح قرب مدينة الأبيض مساء أمس.", "ASSAULT")
    assert ev.modality != "intent"


def test_li_on_a_plain_word_before_the_noun_is_not_a_purpose(events_pipeline):
    ev = of_type(events_pipeline, "شن الطيران الحربي التابع للجيش غارات على مواقع المتمردين في ولاية النيل الأزرق.",
                 "ASSAULT")
    assert ev.modality != "intent"


def test_purpose_after_a_light_noun_is_intent(events_pipeline):
    evs = events_pipeline("ويستعد الوفد الحكومي السوداني لإجراء محادثات مع ممثلي قوات الدعم السريع في جدة.",
                          date="2024-06-10").events
    talks = [e for e in evs if e.trigger.text == "محادثات"]
    assert talks and talks[0].modality == "intent"


def test_condition_after_a_quoted_stretch_makes_readiness_conditional(events_pipeline):
    ev = of_type(events_pipeline,
                 'وأكد الوزير أن بلاده مستعدة للعودة إلى طاولة المفاوضات في جنيف الشهر المقبل "إذا توفرت ضمانات كافية".',
                 "AGREE")
    assert ev.modality == "conditional"


def test_readiness_without_a_condition_is_intent(events_pipeline):
    ev = of_type(events_pipeline, "وأكد الوزير أن بلاده مستعدة للعودة إلى طاولة المفاوضات في جنيف.", "AGREE")
    assert ev.modality == "intent"


def test_opening_the_door_to_possible_talks_is_intent(events_pipeline):
    ev = of_type(events_pipeline,
                 "وفتحت الحكومة الفرنسية الباب أمام احتمال إجراء مفاوضات مع الفصائل المسلحة في الساحل.", "CONSULT")
    assert ev.modality == "intent"


def test_a_bare_possibility_is_conditional(events_pipeline):
    ev = of_type(events_pipeline, "وقالت مصادر دبلوماسية إن الطرفين قد يجتمعان في الدوحة خلال أيام.", "CONSULT")
    assert ev.modality == "conditional"


def test_announced_arrest_is_the_doers_claim(events_pipeline):
    ev = of_type(events_pipeline, "أعلنت الشرطة المغربية اعتقال ستة مطلوبين في مداهمات بمدينة طنجة.", "COERCE")
    assert ev.modality == "reported"


def test_announced_sanctions_are_asserted(events_pipeline):
    ev = of_type(events_pipeline, "أعلنت وزارة الخزانة البريطانية فرض عقوبات على ثلاث شركات شحن إيرانية.", "COERCE")
    assert ev.modality == "asserted"


def test_long_subject_before_anna_still_reports(events_pipeline):
    ev = of_type(events_pipeline,
                 "وأعلنت القيادة العسكرية الفرنسية في منطقة الساحل (برخان) أن طائراتها نفذت غارة على معسكر للمسلحين.",
                 "ASSAULT")
    assert ev.modality == "reported"


def test_bihasab_reports_only_its_own_clause(events_pipeline):
    pipe_events = events_pipeline(
        "اعتقلت الشرطة ثلاثة ناشطين في العاصمة بحسب محامين، فيما هاجم مسلحون حافلة على الطريق الساحلي.",
        date="2024-06-10").events
    by_type = {e.type: e for e in pipe_events}
    assert by_type["COERCE"].modality == "reported"
    assert by_type["ASSAULT"].modality == "asserted"


def test_a_pledging_participle_is_intent(events_pipeline):
    ev = of_type(events_pipeline,
                 "وزار رئيس الوزراء المدينة المنكوبة، متعهدا بإعادة إعمار المدارس المتضررة قبل بداية العام الدراسي.",
                 "AGREE")
    assert ev.modality == "intent"


def test_a_pledge_told_as_background_is_historical(events_pipeline):
    ev = of_type(events_pipeline,
                 "وكان رئيس الوزراء قد تعهد خلال جولته في الجنوب بإعادة إعمار المدارس المتضررة.", "AGREE")
    assert ev.modality == "historical"


def test_pluperfect_threat_with_a_condition_stays_background(events_pipeline):
    ev = of_type(events_pipeline,
                 "وكان الرئيس الأميركي قد هدد بفرض رسوم جمركية جديدة على الصين إذا فشلت المفاوضات التجارية.",
                 "THREATEN")
    assert ev.modality == "historical"


def test_still_refusing_is_not_negated(events_pipeline):
    ev = of_type(events_pipeline, "وقال المسؤول إن الحكومة لا تزال ترفض السماح بدخول المحققين الدوليين.", "REJECT")
    assert not ev.negated


def test_a_threat_in_ones_own_words_is_asserted(events_pipeline):
    ev = of_type(events_pipeline, 'وقال المتحدث باسم الخارجية إن بلاده "لن تسمح بأي اعتداء على أراضيها".', "THREATEN")
    assert ev.modality == "asserted"


def test_participle_after_a_quotation_is_the_speakers_act(events_pipeline):
    ev = of_type(events_pipeline,
                 'وقال المتحدث العسكري إن "العملية جاءت ردا على الاعتداءات"، متوعدا بتوسيع الهجمات.', "THREATEN")
    assert ev.modality == "asserted"


def test_claimed_attack_far_after_the_claiming_verb_is_reported(events_pipeline):
    ev = of_type(events_pipeline,
                 "وتبنت جماعة مسلحة مرتبطة بتنظيم القاعدة في بيان نشرته على الإنترنت هجوما على ثكنة للجيش.",
                 "ASSAULT")
    assert ev.modality == "reported"


def test_a_past_pledge_told_with_an_old_date_is_historical(events_pipeline):
    ev = of_type(events_pipeline, "وكان الاتحاد الأوروبي الذي تعهد العام الماضي بحزمة مساعدات قد أرسل وفدا.", "AGREE")
    assert ev.modality == "historical"
