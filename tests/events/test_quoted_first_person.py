"""Inside a quotation, "we will" is the speaker's side; talks "with the Russians" are with the Russian
state; a purpose noun (لإجراء مناقشات) belongs to the side that is ready for it."""

from __future__ import annotations

from marsad.pipeline import default_pipeline

TEXT = ('وقال المتحدث باسم وزارة الخارجية الفرنسية كريستوف لوموان للصحافيين "لهذا السبب سنبقى مستعدين '
        'لإجراء مناقشات صريحة مع الإيرانيين بشأن برنامجهم النووي".')


def _events(etype: str):
    return [e for e in default_pipeline()(TEXT, date="2025-04-02").events if e.type == etype]


def test_we_will_inside_a_quote_is_the_speakers_side():
    ready = _events("AGREE")
    assert ready and ready[0].source is not None and ready[0].source.code == "FRA GOV"


def test_talks_with_a_people_are_with_its_state_and_belong_to_the_ready_side():
    talks = _events("CONSULT")
    assert talks and talks[0].target is not None and talks[0].target.code == "IRN"
    assert talks[0].source is not None and talks[0].source.code == "FRA GOV"


def test_a_people_that_suffers_an_attack_stays_civilians():
    text = "وقتل ثلاثة سوريين في قصف مدفعي استهدف قرية حدودية جنوب تركيا أمس."
    assaults = [e for e in default_pipeline()(text, date="2025-04-02").events if e.type == "ASSAULT"]
    assert assaults and assaults[0].target is not None and assaults[0].target.code == "SYR CVL"


def test_his_country_is_the_speakers_government_and_a_town_is_not_a_country():
    text = ('وقال وزير الخارجية المغربي ناصر بوريطة للصحافيين في الرباط إن بلاده "لن تقبل بأي مساس بوحدتها '
            'الترابية". وقصفت مسيرة مجهولة بلدة حدودية في شمال مالي أمس.')
    events = default_pipeline()(text, date="2025-04-02").events
    refusal = next(e for e in events if e.type == "REJECT")
    assert refusal.source is not None and refusal.source.text == "بلاده" and refusal.source.code == "MAR GOV"
    strike = next(e for e in events if e.type == "ASSAULT")
    assert strike.target is None or strike.target.text != "بلدة"


def test_two_joined_subjects_of_a_joint_act_act_on_each_other():
    text = "وقال المتحدث إن الجزائر وتونس ستواصلان التنسيق الأمني على الحدود المشتركة."
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in default_pipeline()(text, date="2025-04-02").events if e.type == "COOPERATE"}
    assert {("DZA", "TUN"), ("TUN", "DZA")} <= pairs


def test_a_killing_told_with_its_air_strike_is_one_aerial_event():
    text = ("قتل ثلاثة عناصر من حركة حماس مساء الأحد في غارة نفذتها طائرة مسيرة إسرائيلية على سيارة "
            "في مدينة خان يونس.")
    assaults = [e for e in default_pipeline()(text, date="2025-04-02").events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert (assaults[0].mode, assaults[0].cameo) == ("aerial", "195")
    assert assaults[0].source is not None and assaults[0].source.code == "ISR MIL"
