"""Lexicon conditions that separate an event word from its other senses (written for these tests)."""

from __future__ import annotations

from marsad.events.lexicon import expand_forms, split_needs


def types(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in pipeline(text, date="2024-05-02").events]


def test_minus_form_removes_an_expanded_conjugation():
    forms = expand_forms("verb", "صادر:يصادر,-صادر")
    assert "صادر" not in forms and {"صادرت", "يصادر", "صادروا"} <= forms


def test_needs_column_splits_words_exclusions_and_conditions():
    needs, unless, conditions = split_needs("في|!تقدما|@future|@place")
    assert needs == ("في", "@place") and unless == ("تقدما",) and conditions == {"@future"}


def test_issued_statement_is_not_a_seizure(events_pipeline):
    evs = types(events_pipeline, "وقال الوزير في بيان صادر عن مكتبه إن الحكومة ستواصل العمل.")
    assert not any(t == "COERCE" for t, _ in evs), evs


def test_confiscation_still_found(events_pipeline):
    evs = types(events_pipeline, "وصادرت الشرطة العراقية أسلحة وذخائر في البصرة.")
    assert ("COERCE", "وصادرت") in evs


def test_progress_is_not_an_investigation(events_pipeline):
    evs = types(events_pipeline, "وقالت وزارة المالية المصرية إن مصر حققت تقدما كبيرا في خفض العجز.")
    assert not any(t == "ACCUSE" for t, _ in evs), evs


def test_province_is_not_a_boycott():
    from marsad.pipeline import default_pipeline

    evs = types(default_pipeline(), "وأعلن الجيش الروسي إسقاط طائرات مسيرة فوق مقاطعة بيلغورود.")
    assert not any(t == "PROTEST" for t, _ in evs), evs


def test_will_take_measures_is_a_threat_only_in_the_future(events_pipeline):
    threat = types(events_pipeline, "وقال وزير الخارجية الإيراني إن بلاده ستتخذ إجراءات مناسبة للرد.")
    assert any(t == "THREATEN" for t, _ in threat), threat
    past = types(events_pipeline, "وأشاد الوزير بالإجراءات التي اتخذتها الحكومة العراقية.")
    assert not any(t == "THREATEN" for t, _ in past), past


def test_will_not_allow_is_a_threat_and_not_negated(events_pipeline):
    evs = events_pipeline("وقال المتحدث باسم الخارجية الإيرانية إن طهران لن تسمح بأي تجاوز على مصالحها.",
                          date="2024-05-02").events
    threat = [e for e in evs if e.type == "THREATEN"]
    assert threat and not threat[0].negated


def test_warning_from_an_aid_agency_is_not_a_threat(events_pipeline):
    aid = types(events_pipeline, "وحذرت منظمة الصحة العالمية من أن الوباء قد ينتشر في المخيمات.")
    assert not any(t == "THREATEN" for t, _ in aid), aid
    state = types(events_pipeline, "وحذر وزير الدفاع الإسرائيلي حزب الله من أن الرد سيكون قاسيا.")
    assert any(t == "THREATEN" for t, _ in state), state


def test_anonymity_request_is_not_a_request(events_pipeline):
    evs = types(events_pipeline, "وقال مسؤول عسكري أميركي، طالبا عدم نشر اسمه، إن القوات ستنسحب.")
    assert not any(t in ("REQUEST", "MOBILIZE") for t, _ in evs), evs


def test_prisoner_swap_and_dispersal(events_pipeline):
    swap = types(events_pipeline, "وتبادلت روسيا وأوكرانيا أمس مئة أسير من كل جانب.")
    assert any(t == "RETREAT" for t, _ in swap), swap
    force = types(events_pipeline, "وفرقت الشرطة التونسية المحتجين بالغاز المسيل للدموع أمام البرلمان.")
    assert any(t == "ASSAULT" for t, _ in force), force


def test_no_verb_after_a_preposition(events_pipeline):
    evs = types(events_pipeline, "وأعلن الجيش الأوكراني إسقاط 40 طائرة مسيرة من أصل 52 أطلقتها روسيا.")
    assert not any(t == "CONSULT" for t, _ in evs), evs


def test_definite_noun_recalling_an_earlier_event_is_not_new(events_pipeline):
    text = "وشنت طائرات حربية إسرائيلية غارات على بلدة في جنوب لبنان. ولم يعلق حزب الله على الغارات."
    evs = types(events_pipeline, text)
    assert [t for t, _ in evs].count("ASSAULT") == 1, evs


def test_definite_noun_with_its_own_doer_is_kept(events_pipeline):
    text = "وشنت طائرات حربية إسرائيلية غارات على بلدة في جنوب لبنان. وطال القصف الإسرائيلي أطراف بلدة أخرى."
    evs = types(events_pipeline, text)
    assert [t for t, _ in evs].count("ASSAULT") == 2, evs


def test_purpose_noun_belongs_to_the_event_before(events_pipeline):
    evs = types(events_pipeline, "وقال وزير الخارجية الإيراني إن بلاده مستعدة للتفاوض مع واشنطن.")
    assert any(t == "AGREE" for t, _ in evs) and not any(t == "CONSULT" for t, _ in evs), evs


def test_what_is_to_be_stopped_is_not_an_event(events_pipeline):
    evs = types(events_pipeline, "ودعت الأمم المتحدة إلى التحرك العاجل لوقف استهداف المدنيين في غزة.")
    assert not any(t == "ASSAULT" for t, _ in evs), evs


def test_targeting_verb_restates_the_strike(events_pipeline):
    evs = types(events_pipeline, "وأصيب ثلاثة مدنيين أمس في قصف بطائرة مسيرة تركية استهدف سيارتهم قرب منبج.")
    assert [t for t, _ in evs].count("ASSAULT") == 1, evs


def test_support_as_a_noun_is_not_an_endorsement(events_pipeline):
    evs = types(events_pipeline, "وقال مصدر مصرفي إن المصارف لا تملك السيولة الكافية من دون دعم مباشر من البنك المركزي.")
    assert not any(t == "SUPPORT" for t, _ in evs), evs
    verb = types(events_pipeline, "ودعمت فرنسا مشروع القرار الذي قدمته الجزائر في مجلس الأمن.")
    assert any(t == "SUPPORT" for t, _ in verb), verb
