"""An envoy's post is part of the title, a purpose noun belongs to the main subject, and one doer
acting on two different sides in a sentence gives two events."""

from __future__ import annotations

from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-02-20").events if e.type == etype]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_the_post_of_an_envoy_is_not_the_place_visited():
    text = ("وصل المبعوث الأممي إلى سوريا غير بيدرسون إلى العاصمة الأردنية عمان أمس الأحد "
            "لإجراء محادثات مع وزير الخارجية الأردني أيمن الصفدي.")
    arrivals = [e for e in _events(text, "CONSULT") if e.trigger.text == "وصل"]
    assert arrivals and _code(arrivals[0].source) == "IGO"
    assert _code(arrivals[0].target) == "JOR GOV"


def test_talks_named_as_the_purpose_of_a_visit_are_the_visitors_and_counted_apart():
    text = ("وصل المبعوث الأممي إلى ليبيا عبد الله باتيلي إلى القاهرة أمس الأحد لإجراء محادثات مع "
            "قائد الجيش الوطني الليبي خليفة حفتر.")
    consults = _events(text, "CONSULT")
    assert any(e.trigger.text == "وصل" and _code(e.target) == "EGY GOV" for e in consults)
    talks = [e for e in consults if e.trigger.text == "محادثات"]
    assert talks and _code(talks[0].source) == "IGO"
    assert _code(talks[0].target) == "LBY MIL"


def test_a_title_naming_its_body_with_lam_is_the_subject_not_the_target():
    text = "وهنأ الأمين العام لجامعة الدول العربية أحمد أبو الغيط الجزائر بنجاح الانتخابات الرئاسية."
    support = _events(text, "SUPPORT")
    assert support and _code(support[0].source) == "IGO"
    assert _code(support[0].target) == "DZA"


def test_an_unnamed_official_of_a_body_acts_for_that_body():
    text = "من جهتها، طالبت منسقة الشؤون الإنسانية للأمم المتحدة في اليمن بوقف فوري للهجمات على المدنيين."
    requests = _events(text, "REQUEST")
    assert requests and _code(requests[0].source) == "IGO"
    assert requests[0].target is None or _code(requests[0].target) != "IGO"


def test_the_subject_of_taarrada_is_the_one_attacked():
    text = "وتعرضت دورية تابعة لقوات اليونيفيل لهجوم قرب بلدة العديسة جنوب لبنان أمس."
    assaults = _events(text, "ASSAULT")
    assert assaults and _code(assaults[0].target) == "IGO"
    assert assaults[0].source is None or _code(assaults[0].source) != "IGO"


def test_a_second_title_and_name_after_the_named_doer_is_the_object():
    text = ("والتقى وزير الخارجية الفرنسي جان نويل بارو رئيس مجلس الوزراء العراقي محمد شياع السوداني "
            "ورئيس البرلمان محمود المشهداني.")
    meetings = [e for e in _events(text, "CONSULT") if e.trigger.text == "والتقى"]
    assert meetings and all(_code(e.source) == "FRA GOV" for e in meetings)
    assert "IRQ GOV" in {_code(e.target) for e in meetings}


def test_a_name_right_after_a_body_not_a_title_is_the_object():
    from marsad.pipeline import default_pipeline

    text = "واعتقلت الشرطة محمد البلتاجي في القاهرة أمس."
    arrests = [e for e in default_pipeline()(text, date="2024-05-02").events if e.type == "COERCE"]
    assert arrests and arrests[0].source is not None and arrests[0].source.text == "الشرطة"
    assert arrests[0].target is not None and "البلتاجي" in arrests[0].target.text
