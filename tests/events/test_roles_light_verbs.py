"""Roles set by clause structure: a light verb's subject is the act's doer, a counted passive's
victims are its target, and the object after a long title-and-name subject is still found."""

from __future__ import annotations

from marsad.events.roles_clause import light_verb
from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-03-12").events if e.type == etype]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_light_verb_forms_are_recognised_with_their_pronoun_only():
    pipe = default_pipeline()
    doc = pipe.make_doc("غارة نفذتها طائرة، قصف شنته القوات، هجوم تبناه التنظيم، نفذ الجيش عملية.")
    flagged = {t.text for t in doc.tokens if light_verb(t)}
    assert {"نفذتها", "شنته", "تبناه"} <= flagged
    assert "نفذ" not in flagged  # no pronoun: an ordinary verb with its own object


def test_strike_carried_by_a_light_verb_has_that_verbs_subject_as_doer():
    text = ("أصيب أربعة صيادين أمس في غارة نفذتها طائرات إسرائيلية على قارب قبالة ساحل مدينة صور، "
            "بحسب مصادر محلية.")
    assaults = _events(text, "ASSAULT")
    assert assaults
    assert all(_code(e.source) == "ISR MIL" for e in assaults)


def test_people_killed_in_a_shelling_are_its_victims_not_its_doers():
    text = ("قتل ستة مدنيين وجرح عشرة آخرون جراء قصف مدفعي عنيف شنته قوات الجيش السوداني على أحياء "
            "في مدينة الأبيض.")
    assaults = _events(text, "ASSAULT")
    assert assaults
    assert all(_code(e.source) == "SDN MIL" for e in assaults)
    assert all(_code(e.target) != "SDN MIL" for e in assaults)


def test_counted_victims_unknown_to_the_lexicon_still_make_the_verb_passive():
    text = "قتل ثلاثة أطفال في الغارة التي نفذتها مقاتلات روسية على بلدة في ريف إدلب."
    assaults = _events(text, "ASSAULT")
    assert assaults and _code(assaults[0].source) == "RUS MIL"
    assert assaults[0].target is None or _code(assaults[0].target) != "RUS MIL"


def test_object_after_a_long_title_and_name_subject_is_the_target():
    text = ("واتهم المتحدث باسم وزارة الدفاع الأوكرانية العقيد أندريه كوفالينكو القوات الروسية "
            "بقصف مستشفى في خاركيف.")
    accusations = _events(text, "ACCUSE")
    assert accusations and _code(accusations[0].source) in ("UKR MIL", "UKR GOV")
    assert _code(accusations[0].target) == "RUS MIL"
