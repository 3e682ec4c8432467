"""Roles across clauses: "others" counted after a first group, a call received from someone, and a
subject carried by a pronoun (لكنه حذر, قوله إنه سيزور)."""

from __future__ import annotations

from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-09-14").events if e.type == etype]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_others_wounded_by_fire_are_the_people_counted_before_and_the_shooter_is_the_doer():
    text = ("وقالت مصادر طبية إن أربعة مدنيين لقوا حتفهم وأصيب سبعة آخرون برصاص قوات الأمن السورية "
            "في ريف درعا.")
    assaults = [e for e in _events(text, "ASSAULT") if e.trigger.text == "وأصيب"]
    assert assaults and _code(assaults[0].source) == "SYR COP"
    assert assaults[0].target is not None and assaults[0].target.code.endswith("CVL")


def test_a_call_received_from_someone_is_made_by_the_sender():
    text = ("وتلقى رئيس الوزراء الأردني جعفر حسان مساء أمس اتصالا هاتفيا من وزير الخارجية "
            "الأميركي ماركو روبيو تناول الأوضاع في المنطقة.")
    calls = _events(text, "CONSULT")
    assert calls and _code(calls[0].source) == "USA GOV"
    assert _code(calls[0].target) == "JOR GOV"


def test_lakinnahu_gives_the_verb_the_main_subject():
    text = ('وقال وزير الخارجية الإيراني عباس عراقجي إن الحكومة العراقية "قدمت ضمانات كافية"، '
            "لكنه حذر من أن أي هجوم على بلاده سيقابل برد حاسم.")
    warnings = [e for e in _events(text, "THREATEN") if e.trigger.text == "حذر"]
    assert warnings and _code(warnings[0].source) == "IRN GOV"


def test_innahu_after_a_reported_speaker_names_the_speaker_not_the_outlet():
    text = "وأفادت وكالة الأنباء السعودية الرسمية (واس) نقلا عن وزير الخارجية السعودي قوله إنه سيزور دمشق يوم غد."
    visits = _events(text, "CONSULT")
    assert visits and _code(visits[0].source) == "SAU GOV"
    assert _code(visits[0].target) == "SYR GOV"


def test_adverbial_demand_after_a_condemnation_keeps_the_condemner_as_doer():
    text = ("واستنكرت وزارة الخارجية الأردنية في بيان ما وصفته بالانتهاك الخطير، مطالبة مجلس الأمن الدولي "
            "بالتحرك الفوري لوقف الانتهاكات.")
    requests = _events(text, "REQUEST")
    assert requests and _code(requests[0].source) == "JOR GOV"
    assert _code(requests[0].target) == "IGO"


def test_the_object_of_a_condemnation_is_not_sought_past_the_comma():
    text = ("ودانت الخارجية القطرية في بيان القصف العنيف، داعية مجلس الأمن الدولي إلى تحمل مسؤولياته "
            "تجاه المدنيين.")
    condemnations = _events(text, "ACCUSE")
    assert condemnations and _code(condemnations[0].source) == "QAT GOV"
    assert _code(condemnations[0].target) != "IGO"
    requests = _events(text, "REQUEST")
    assert requests and _code(requests[0].target) == "IGO"


def test_joined_verb_after_a_condemned_act_shares_the_condemner():
    text = "وأدانت تركيا الهجوم، ودعت مجلس الأمن الدولي إلى عقد جلسة طارئة."
    requests = _events(text, "REQUEST")
    assert requests and _code(requests[0].source) == "TUR"
    assert _code(requests[0].target) == "IGO"
