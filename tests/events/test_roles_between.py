"""An act "between A and B": A is the source and B the target; a meeting or accord binds both ways,
and the second party is never taken for a second doer acting on itself."""

from __future__ import annotations

from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-11-02").events if e.type == etype]


def _pairs(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


def test_clashes_between_two_forces_set_one_against_the_other():
    text = ("اندلعت اشتباكات عنيفة فجر اليوم في أطراف مدينة الفاشر بين الجيش السوداني وقوات الدعم السريع، "
            "بحسب شهود عيان.")
    pairs = _pairs(_events(text, "ASSAULT"))
    assert ("SDN MIL", "SDN REB") in pairs
    assert all(src != tgt for src, tgt in pairs)


def test_a_phone_call_between_two_leaders_is_one_event_each_way():
    text = ("وجرى اتصال هاتفي مساء أمس بين الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي "
            "إيمانويل ماكرون تناول التطورات في غزة.")
    pairs = _pairs(_events(text, "CONSULT"))
    assert {("EGY GOV", "FRA GOV"), ("FRA GOV", "EGY GOV")} <= pairs


def test_mediation_between_two_sides_keeps_the_mediator_as_doer():
    text = "وأعلنت قطر نجاح وساطة جديدة بين موسكو وكييف أفضت إلى إعادة عشرين طفلا أوكرانيا."
    pairs = _pairs(_events(text, "CONSULT"))
    assert pairs and all(src == "QAT" or src == "QAT GOV" for src, _ in pairs)


def test_clashes_between_a_quoted_group_and_another_go_both_ways():
    text = ('وتدور منذ أيام معارك عنيفة قرب مدينة تل رفعت بين "هيئة تحرير الشام" وقوات سوريا الديمقراطية، '
            "وفق مصادر محلية.")
    events = [e for e in _events(text, "ASSAULT") if e.source and e.target]
    sides = {(e.source.text, e.target.text) for e in events}
    assert len(sides) == 2 and {(b, a) for a, b in sides} == sides


def test_talks_between_two_delegations_name_the_parties_behind_them():
    text = "واستؤنفت في جنيف أمس المفاوضات بين وفدي الحكومة السورية والمعارضة برعاية أممية."
    events = [e for e in _events(text, "CONSULT") if e.source and e.target]
    assert events and events[0].source.code == "SYR GOV"
    assert events[0].target.code.endswith("OPP")


def test_two_joined_doers_of_an_accord_with_no_other_party_bind_each_other():
    text = "واتفقت مصر والسودان أمس على تنسيق مواقفهما في ملف سد النهضة خلال المرحلة المقبلة."
    pairs = _pairs(_events(text, "AGREE") + _events(text, "COOPERATE"))
    assert ("EGY", "SDN") in pairs and ("SDN", "EGY") in pairs


def test_a_reciprocal_verb_with_joined_doers_gives_one_event_each_way():
    text = "وتبادلت إسرائيل وحركة حماس أمس عشرات الأسرى بوساطة قطرية ومصرية."
    events = [e for e in default_pipeline()(text, date="2024-11-02").events if e.trigger.text == "وتبادلت"]
    sides = {(e.source.text, e.target.text) for e in events if e.source and e.target}
    assert len(sides) == 2 and {(b, a) for a, b in sides} == sides


def test_clashing_with_someone_goes_both_ways():
    text = "واشتبك الجيش اللبناني فجر اليوم مع مسلحين من تنظيم داعش في جرود عرسال."
    pairs = _pairs(_events(text, "ASSAULT"))
    assert ("LBN MIL", "INS") in pairs and ("INS", "LBN MIL") in pairs
