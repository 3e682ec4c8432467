"""Actor codes that depend on what the actor does or who the person leads (GUIDELINES "Actor sectors")."""

from __future__ import annotations

import marsad


def _events(text: str, etype: str) -> list[tuple[str, str | None, str | None]]:
    art = marsad.analyze(text, date="2024-05-12")
    return [(e.trigger.text, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in art.events if e.type == etype]


def test_a_country_that_shells_acts_through_its_army():
    got = _events("قصفت روسيا مدينة خاركيف الأوكرانية بعشرات الصواريخ ليل الثلاثاء، ما أدى إلى مقتل ستة مدنيين.",
                  "ASSAULT")
    assert [s for _, s, _ in got] == ["RUS MIL"]


def test_a_capital_that_strikes_is_its_army_but_a_capital_that_accuses_is_its_government():
    strike = _events("وشنت واشنطن غارات جوية على مواقع لجماعة الحوثي في محافظة الحديدة فجر الأحد.", "ASSAULT")
    assert [s for _, s, _ in strike] == ["USA MIL"]
    accuse = _events("واتهمت موسكو كييف بعرقلة المفاوضات بشأن تبادل الأسرى.", "ACCUSE")
    assert [s for _, s, _ in accuse] == ["RUS GOV"]


def test_an_attacked_country_stays_a_bare_state():
    got = _events("وقصفت إسرائيل لبنان خلال الليل.", "ASSAULT")
    assert [(s, t) for _, s, t in got] == [("ISR MIL", "LBN")]


def test_the_leader_of_an_armed_group_takes_the_group_code():
    got = _events("وهدد حسن نصر الله إسرائيل بحرب واسعة إذا واصلت قصف القرى الجنوبية.", "THREATEN")
    assert [s for _, s, _ in got] == ["LBN REB"]


def test_a_general_who_heads_the_state_acts_as_its_government():
    got = _events("واستقبل عبد الفتاح البرهان في بورتسودان وزير الخارجية المصري بدر عبد العاطي يوم الاثنين.",
                  "CONSULT")
    assert [(s, t) for _, s, t in got] == [("SDN GOV", "EGY GOV")]


def test_a_government_in_a_named_country_is_that_country_and_diplomatic_ties_are_no_actor():
    got = _events("وأعلنت الحكومة الانتقالية في مالي قطع علاقاتها الدبلوماسية مع أوكرانيا.", "SANCTION")
    assert [(s, t) for _, s, t in got] == [("MLI GOV", "UKR")]


def test_the_diplomacy_of_a_named_state_is_its_government():
    got = _events("وقالت الدبلوماسية الجزائرية في بيان إنها ترفض التدخل الأجنبي في شؤون مالي.", "REJECT")
    assert [s for _, s, _ in got] == ["DZA GOV"]


def test_troops_in_a_country_are_not_that_country():
    art = marsad.analyze("وقصفت القوات في سوريا مواقع للمسلحين.", date="2024-05-12")
    assert all(e.source is None or e.source.code != "SYR MIL" for e in art.events)


def test_the_spokesman_of_an_armed_group_is_the_group_not_a_government():
    got = _events("وهدد المتحدث العسكري يحيى سريع بمهاجمة السفن الأميركية في البحر الأحمر.", "THREATEN")
    assert [s for _, s, _ in got] == ["YEM REB"]


def test_prisoners_of_war_are_soldiers_and_other_prisoners_civilians():
    pows = _events("وأفرجت روسيا عن 90 أسرى حرب أوكرانيين في إطار صفقة تبادل.", "RETREAT")
    assert [t for _, _, t in pows] == ["UKR MIL"]
    prisoners = _events("وأفرجت السلطات الإسرائيلية عن عشرين أسيرا فلسطينيا.", "RETREAT")
    assert [t for _, _, t in prisoners] == ["PSE CVL"]


def test_the_coast_guard_in_a_named_country_is_that_country_police():
    got = _events("وقال مسؤول في وزارة الداخلية الإسبانية إن التعاون مع خفر السواحل في المغرب أدى إلى تراجع عدد "
                  "القوارب.", "COOPERATE")
    assert "MAR COP" in [t for _, _, t in got]


def test_the_company_named_before_keeps_its_country():
    text = ("أضرب مئات العمال في شركة مصر للألومنيوم بنجع حمادي للمطالبة بزيادة الأجور. "
            "ورفضت الشركة مطالب العمال بحسب نقابيين.")
    art = marsad.analyze(text, date="2024-05-12")
    companies = [e.source.code for e in art.events if e.source and e.source.text == "الشركة"]
    assert companies and set(companies) == {"EGY BUS"}


def test_a_broken_plural_of_a_nationality_is_that_people():
    got = _events("وتظاهر آلاف المغاربة في الرباط تضامنا مع غزة.", "PROTEST")
    assert [s for _, s, _ in got] == ["MAR CVL"]
    soldiers = _events("وقال الجنود الروس إنهم أسقطوا طائرة أوكرانية.", "ASSAULT")
    assert [s for _, s, _ in soldiers] == ["RUS MIL"]


def test_positions_and_bases_of_a_named_state_are_its_military():
    got = _events("وقصف حزب الله مواقع إسرائيلية في مزارع شبعا.", "ASSAULT")
    assert [(s, t) for _, s, t in got] == [("LBN REB", "ISR MIL")]
    base = _events("واستهدفت فصائل عراقية قاعدة أميركية في شرق سوريا.", "ASSAULT")
    assert [t for _, _, t in base] == ["USA MIL"]


def test_hostages_and_activists_are_civilians_of_their_nationality():
    got = _events("وأفرجت حركة حماس عن ثلاث رهائن إسرائيليات.", "RETREAT")
    assert [(s, t) for _, s, t in got] == [("PSE REB", "ISR CVL")]
    arrest = _events("واعتقلت قوات الأمن الإيرانية ناشطة حقوقية في طهران.", "COERCE")
    assert [(s, t) for _, s, t in arrest] == [("IRN COP", "IRN CVL")]


def test_the_sides_of_a_conflict_in_a_named_country_are_that_country():
    got = _events("وطالب الاتحاد الأفريقي طرفي النزاع في السودان بوقف القتال.", "REQUEST")
    assert [(s, t) for _, s, t in got] == [("IGO", "SDN")]


def test_a_delegation_of_a_group_is_the_group():
    got = _events("ووصل وفد من حركة حماس إلى القاهرة لبحث وقف إطلاق النار مع المسؤولين المصريين.", "CONSULT")
    assert "PSE REB" in [s for _, s, _ in got]


def test_officials_in_a_capital_are_that_state_government():
    got = _events("والتقى وفد من وزارة الخارجية الأميركية مسؤولين في بغداد.", "CONSULT")
    assert [(s, t) for _, s, t in got] == [("USA GOV", "IRQ GOV")]


def test_the_opposition_a_president_accuses_is_his_own_country():
    got = _events("واتهم الرئيس التونسي قيس سعيد المعارضة بالتآمر على أمن الدولة.", "ACCUSE")
    assert [(s, t) for _, s, t in got] == [("TUN GOV", "TUN OPP")]


def test_a_deputy_minister_is_one_government_actor_with_his_title():
    art = marsad.analyze("واتهم نائب وزير الخارجية الروسي سيرغي ريابكوف واشنطن بتقويض المفاوضات.",
                         date="2024-05-12")
    assert any(e.source and e.source.text.startswith("نائب وزير") and e.source.code == "RUS GOV" for e in art.events)
