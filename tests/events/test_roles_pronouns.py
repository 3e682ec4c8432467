"""Roles from object pronouns and hosting verbs: the pronoun's referent is the target, a host is the doer."""

from __future__ import annotations

from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-06-03").events if e.type == etype]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_a_capital_after_a_hosting_verb_is_the_host_not_the_guest():
    text = "استضافت الرياض أمس اجتماعا ضم وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي."
    hosted = [e for e in _events(text, "CONSULT") if e.trigger.text == "استضافت"]
    assert hosted and all(_code(e.source) == "SAU GOV" for e in hosted)
    assert {_code(e.target) for e in hosted} & {"EGY GOV", "JOR GOV"}


def test_relative_clause_pronoun_points_to_the_antecedent():
    text = "ويضعف ذلك نفوذ قوات الأمن اللبنانية التي تتهمها الفصائل الفلسطينية بالتقصير في حماية اللاجئين."
    accusations = _events(text, "ACCUSE")
    assert accusations and _code(accusations[0].source) == "PSE REB"
    assert _code(accusations[0].target) == "LBN COP"


def test_pronoun_of_a_verb_with_its_own_subject_is_the_main_subject():
    text = ("وعقد وزير الخارجية التركي هاكان فيدان جلسة محادثات مع نظيره السوري في دمشق، "
            "قبل أن يستقبله الرئيس السوري أحمد الشرع.")
    received = [e for e in _events(text, "CONSULT") if e.trigger.text == "يستقبله"]
    assert received and _code(received[0].source) == "SYR GOV"
    assert _code(received[0].target) == "TUR GOV"


def test_clause_after_a_comma_keeps_the_main_subject_and_points_to_the_last_party():
    text = ("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس الإيراني مسعود بزشكيان، "
            "طالبه خلاله بالإفراج عن المواطنين الفرنسيين المحتجزين.")
    requests = _events(text, "REQUEST")
    assert requests and _code(requests[0].source) == "FRA GOV"
    assert _code(requests[0].target) == "IRN GOV"


def test_a_detached_object_pronoun_points_to_the_last_party_named():
    text = ('وقال وزير الخارجية الروسي سيرغي لافروف إن "الولايات المتحدة تعرقل أي تسوية"، '
            "متهما إياها بإطالة أمد الحرب.")
    accusations = [e for e in _events(text, "ACCUSE") if e.trigger.text == "متهما"]
    assert accusations and _code(accusations[0].source) == "RUS GOV"
    assert _code(accusations[0].target) == "USA"
