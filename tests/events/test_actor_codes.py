"""Actor coding conventions and syntactic actor rules (members, passives, verbal nouns, co-ordination)."""

from __future__ import annotations

from marsad.events import create_stage
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline


def _doc(text: str, entities: list[tuple[str, str, str, str | None, str | None]] = (), date: str = "2024-05-12"):
    doc = Pipeline(stages=()).make_doc(text, date=date)
    doc.entities = []
    for n, (name, etype, eid, country, sector) in enumerate(entities):
        mentions = []
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name))
            start = text.find(name, start + 1)
        doc.entities.append(Entity(eid or f"e{n}", etype, name, None, country, sector=sector, mentions=mentions))
    create_stage(None)(doc)
    return doc


def _codes(doc, etype):
    return [(e.trigger.text, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events if e.type == etype]


def test_fighters_with_a_possessive_act_for_the_group_that_speaks():
    text = "وقالت حركة الشباب في بيان إن مقاتليها هاجموا قاعدة عسكرية قرب مدينة كيسمايو فجر اليوم."
    doc = _doc(text, [("حركة الشباب", "ORG", "shabab", "SOM", "INS")])
    assert ("هاجموا", "SOM INS", None) in [(t, s, None) for t, s, _ in _codes(doc, "ASSAULT")]


def test_forces_of_a_state_keep_their_military_sector():
    text = "وقالت الحكومة التركية إن طائراتها قصفت مواقع للمسلحين في جبال قنديل شمال العراق."
    doc = _doc(text)
    assert [s for _, s, _ in _codes(doc, "ASSAULT")] == ["TUR MIL"]


def test_members_from_a_named_group_take_its_code():
    text = "وأعلن الجيش أن ثلاثة عناصر من حزب الله هاجموا موقعا حدوديا بالصواريخ."
    doc = _doc(text, [("حزب الله", "ORG", "hzb", "LBN", "PTY")])
    sources = [s for t, s, _ in _codes(doc, "ASSAULT")]
    assert "LBN REB" in sources


def test_armed_group_convention_overrides_party_sector():
    text = "وقصفت جماعة الحوثيين سفينة تجارية في البحر الأحمر أمس."
    doc = _doc(text, [("جماعة الحوثيين", "ORG", "houthi", "YEM", "PTY")])
    assert [s for _, s, _ in _codes(doc, "ASSAULT")] == ["YEM REB"]


def test_international_officials_carry_no_country():
    text = "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش مجلس الأمن إلى التحرك العاجل."
    doc = _doc(text, [("أنطونيو غوتيريش", "PER", "guterres", "PRT", "IGO"),
                      ("مجلس الأمن", "ORG", "unsc", None, "IGO")])
    assert _codes(doc, "REQUEST")[0][1] == "IGO"


def test_capital_known_to_the_entity_layer_stands_for_its_government():
    text = "وطلبت وارسو من المفوضية الأوروبية إعفاءها من آلية التضامن."
    doc = _doc(text, [("وارسو", "LOC", "warsaw", "POL", "GOV")])
    assert _codes(doc, "REQUEST")[0][1] == "POL GOV"


def test_workers_on_strike_are_civilians():
    text = "ودخل مئات العمال المصريين في إضراب عن العمل للمطالبة برفع الأجور."
    doc = _doc(text)
    assert _codes(doc, "PROTEST")[0][1] == "EGY CVL"


def test_counted_victims_after_a_passive_verb_are_the_target():
    text = "قتل ثلاثة مدنيين وأصيب آخرون برصاص قوات الأمن خلال تفريق مظاهرة في مدينة الحسكة."
    doc = _doc(text, [("الحسكة", "LOC", "hasaka", "SYR", None)])
    kills = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "قتل"]
    assert kills and kills[0].target is not None and kills[0].target.code == "SYR CVL"
    assert kills[0].source is not None and kills[0].source.code == "SYR COP"


def test_dual_subject_of_a_passive_verb_is_the_target():
    text = "قتل عنصران من حركة حماس في غارة إسرائيلية على سيارة قرب خان يونس."
    doc = _doc(text, [("حركة حماس", "ORG", "hamas", "PSE", "PTY")])
    kills = [e for e in doc.events if e.type == "ASSAULT"]
    assert kills[0].target.code == "PSE REB"


def test_verbal_noun_with_a_pronoun_takes_the_genitive_as_target():
    text = "وجدد رئيس الوزراء العراقي مطالبته تركيا بسحب قواتها من شمال البلاد."
    doc = _doc(text, [("تركيا", "LOC", "tur", "TUR", None)])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].source.code == "IRQ GOV" and req[0].target.code == "TUR"


def test_verbal_noun_agent_then_lam_patient():
    text = "وأدانت الخارجية القطرية قصف الطيران الإسرائيلي لمدرسة تؤوي نازحين في غزة."
    doc = _doc(text, [("غزة", "LOC", "gaza", "PSE", None)])
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].source.code == "ISR MIL"


def test_adverbial_verbal_noun_after_a_comma_is_the_main_subjects():
    text = "ودانت وزارة الخارجية الأردنية الاعتداء، مطالبة أنقرة بوقف عملياتها العسكرية."
    doc = _doc(text, [("أنقرة", "LOC", "ankara", "TUR", "GOV")])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].source.code == "JOR GOV" and req[0].target.code == "TUR GOV"


def test_coordinated_targets_give_one_event_each():
    text = "وجدد الرئيس الأوكراني مطالبته ألمانيا وفرنسا بتسليم منظومات دفاع جوي إضافية."
    doc = _doc(text)
    pairs = sorted((s, t) for _, s, t in _codes(doc, "REQUEST"))
    assert pairs == [("UKR GOV", "DEU"), ("UKR GOV", "FRA")]


def test_nationality_after_counterpart_is_not_a_surname():
    text = "وأجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره السوداني أمس."
    doc = _doc(text, [("السوداني", "PER", "sudani", "IRQ", "GOV")])
    assert [t for _, _, t in _codes(doc, "CONSULT")] == ["SDN GOV"]


def test_renewed_call_is_the_main_subjects_and_its_genitive_the_target():
    text = "وأبلغ مساعد وزير الخارجية الكويتي السفير الإيراني احتجاج بلاده، مجددا دعوة طهران إلى التفاوض."
    doc = _doc(text, [("طهران", "LOC", "tehran", "IRN", "GOV")])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].source.code == "KWT GOV" and req[0].target.code == "IRN GOV"
