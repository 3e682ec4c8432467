"""Unnamed group actors and how they are coded: sides of a story, blocs, UN staff, plural forms,
named bodies inside or at the start of an organisation's name."""

from __future__ import annotations

from marsad.events import create_stage
from marsad.events.actors import _entity_coding, actor_lexicon, find_actors
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline
from marsad.text.normalize import normalize


def _doc(text: str, entities: list[tuple[str, str, str | None, str | None]] = (), date: str = "2024-05-12"):
    doc = Pipeline(stages=()).make_doc(text, date=date)
    doc.entities = []
    for n, (name, etype, country, sector) in enumerate(entities):
        mentions = []
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name))
            start = text.find(name, start + 1)
        doc.entities.append(Entity(f"e{n}", etype, name, None, country, sector=sector, mentions=mentions))
    create_stage(None)(doc)
    return doc


def _codes(doc, etype):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events if e.type == etype]


def _sentence_codes(text: str) -> dict[str, str | None]:
    doc = Pipeline(stages=()).make_doc(text, date="2024-05-12")
    doc.entities = []
    return {text[a.start:a.end]: a.code for a in find_actors(doc, 0, actor_lexicon())}


# A Yemeni story: four named Yemeni things make Yemen the story's own country.
YEMEN = [("صنعاء", "LOC", "YEM", None), ("الحديدة", "LOC", "YEM", None), ("تعز", "LOC", "YEM", None)]


def test_the_sides_of_a_story_take_the_story_country():
    text = ("تجددت الاشتباكات في تعز وصنعاء والحديدة أمس. ودعا المبعوث الأممي جميع الأطراف إلى "
            "وقف إطلاق النار في تعز وصنعاء.")
    calls = _codes(_doc(text, YEMEN), "REQUEST")
    assert ("IGO", "YEM") in calls


def test_a_side_without_a_story_country_stays_uncoded():
    codes = _sentence_codes("ودعت المنظمة الطرفين إلى ضبط النفس.")
    assert "الطرفين" in codes and codes["الطرفين"] is None


def test_western_and_european_states_are_coded_as_blocs():
    codes = _sentence_codes("واتهمت طهران الدول الغربية بالتصعيد، وقالت إن الدول الأوروبية تتحمل المسؤولية.")
    assert codes["الدول الغربية"] == "WST"
    assert codes["الدول الأوروبية"] == "EUR GOV"


def test_a_head_qualified_as_of_the_un_is_an_igo():
    codes = _sentence_codes("واحتجزت الجماعة المسلحة موظفين أمميين في العاصمة.")
    assert codes["موظفين أمميين"] == "IGO"
    # أممي alone qualifies no head and is no actor
    assert not any("الأممية" in k for k in _sentence_codes("وجاء في الوثيقة الأممية أن الوضع خطير."))


def test_people_nouns_are_found_in_every_sound_plural_case():
    lex = actor_lexicon()
    for form in ("مسلحون", "مسلحين", "مسلحو", "مسلحي", "مودعون", "مودعين", "معلمين", "معلمي"):
        assert (normalize(form),) in lex.sectors, form
    codes = _sentence_codes("وأغلق معلمون المدارس، فيما تجمع عشرات المودعين أمام المصرف.")
    assert codes["معلمون"] == "CVL" and codes["المودعين"] == "CVL"


def test_families_notables_and_depositors_are_civilians():
    codes = _sentence_codes("وشارك أعيان المدينة وعائلات المفقودين في الوقفة.")
    assert codes["أعيان"] == "CVL"
    assert codes["وعائلات"] == "CVL"


def test_a_state_sector_named_without_its_country_takes_the_story_country():
    text = ("واعتقلت وزارة الداخلية ثلاثة مهربين قرب الحديدة، بعد اشتباكات في تعز وصنعاء والحديدة "
            "أمس.")
    doc = _doc(text, YEMEN + [("وزارة الداخلية", "ORG", None, "COP")])
    assert ("YEM COP", None) in [(s, None) for s, _ in _codes(doc, "COERCE")]


def test_a_body_of_an_international_organisation_is_that_organisation():
    country, sector, _ = _entity_coding("ORG", "المجلس التنفيذي لصندوق النقد الدولي", None, "GOV", None)
    assert (country, sector) == (None, "IGO")
    # A state's mission to the UN remains that state's.
    country, sector, _ = _entity_coding("ORG", "البعثة الروسية لدى الأمم المتحدة", "RUS", "GOV", None)
    assert (country, sector) == ("RUS", "GOV")


def test_a_name_opening_with_a_coded_group_keeps_the_group_convention():
    country, sector, _ = _entity_coding("ORG", "حركة الشباب المرتبطة", None, "PTY", None)
    assert (country, sector) == ("SOM", "INS")
    country, sector, _ = _entity_coding("ORG", "وزارة الدفاع البريطانية", "GBR", "GOV", None)
    assert (country, sector) == ("GBR", "MIL")


def _resolved(text: str, entities: list[tuple[str, str, str | None, str | None]]) -> dict[str, str | None]:
    from marsad.events.actors import resolve_members

    doc = Pipeline(stages=()).make_doc(text, date="2024-05-12")
    doc.entities = []
    for n, (name, etype, country, sector) in enumerate(entities):
        start = text.find(name)
        doc.entities.append(Entity(f"e{n}", etype, name, None, country, sector=sector,
                                   mentions=[Mention(start, start + len(name), name)]))
    first, last = doc.sentence_tokens[0]
    spans = resolve_members(find_actors(doc, 0, actor_lexicon()), doc.tokens[first:last], first, [])
    return {text[a.start:a.end]: a.code for a in spans}


def test_a_rank_in_a_group_and_the_person_named_after_it_take_the_group_code():
    text = "ونفى القيادي في حركة حماس العميد خالد منصور أن تكون الحركة تلقت أي عرض."
    codes = _resolved(text, [("حركة حماس", "ORG", "PSE", "PTY"), ("خالد منصور", "PER", "PSE", "GOV")])
    assert codes["القيادي في حركة حماس العميد خالد منصور"] == "PSE REB"


def test_a_spokesman_named_after_his_body_is_one_actor_with_the_body_code():
    text = "وقال المتحدث باسم قوات الدعم السريع عمر حسن إن قواته لم تقصف السوق."
    codes = _resolved(text, [("قوات الدعم السريع", "ORG", "SDN", "REB"), ("عمر حسن", "PER", "SDN", "GOV")])
    assert codes["المتحدث باسم قوات الدعم السريع عمر حسن"] == "SDN REB"


def test_a_group_followed_by_a_named_person_as_object_stays_two_actors():
    text = "واعتقلت الشرطة أحمد سالم في مدينة سوسة أمس."
    codes = _resolved(text, [("أحمد سالم", "PER", None, None)])
    assert codes.get("الشرطة") == "COP" and "أحمد سالم" in codes


def test_a_nationality_after_a_head_overrides_the_head_usual_country():
    codes = _sentence_codes("وقصفت قوات الاحتلال الروسي مدينة خاركيف، فيما داهمت قوات الاحتلال بلدة قباطية.")
    assert codes["قوات الاحتلال الروسي"] == "RUS MIL"
    assert codes["قوات الاحتلال"] == "ISR MIL"


def test_a_bank_named_after_a_state_is_its_central_bank():
    assert _entity_coding("ORG", "مصرف سوريا المركزي", None, "BUS", None)[:2] == ("SYR", "GOV")
    assert _entity_coding("ORG", "مصرف الراجحي", None, "BUS", None)[:2] == (None, "BUS")


def test_a_name_without_its_article_still_finds_the_lexicon_convention():
    assert _entity_coding("ORG", "قوى الوطنية والإسلامية", None, "MIL", None)[:2] == ("PSE", "PTY")


def _completed(text: str, entities, home: str | None) -> dict[str, str | None]:
    from marsad.events.actor_context import with_country

    doc = Pipeline(stages=()).make_doc(text, date="2024-05-12")
    doc.entities = []
    for n, (name, etype, country, sector) in enumerate(entities):
        start = text.find(name)
        doc.entities.append(Entity(f"e{n}", etype, name, None, country, sector=sector,
                                   mentions=[Mention(start, start + len(name), name)]))
    first, last = doc.sentence_tokens[0]
    toks = doc.tokens[first:last]
    spans = find_actors(doc, 0, actor_lexicon())
    return {text[a.start:a.end]: with_country(a, spans, toks, first, {"CVL": "ISR"}, home).code for a in spans}


def test_unnamed_civilians_are_the_story_people_even_beside_settlers():
    codes = _completed("هاجم مستوطنون بلدة حوارة وأصابوا أربعة مواطنين بجروح.", [], "PSE")
    assert codes["مستوطنون"] == "ISR CVL" and codes["مواطنين"] == "PSE CVL"


def test_a_named_local_company_takes_the_story_country():
    codes = _completed("وأعلنت شركة الفرات للنفط وقف الإنتاج.", [("شركة الفرات للنفط", "ORG", None, "BUS")], "SYR")
    assert codes["شركة الفرات للنفط"] == "SYR BUS"
    # but an unnamed company is not assumed to be local
    assert _completed("وأعلنت شركتان وقف الإنتاج.", [], "SYR").get("شركتان") in (None, "BUS")


def test_an_international_charity_gets_no_home_country():
    codes = _completed("وقالت اللجنة الدولية للصليب الأحمر إنها لم تتمكن من زيارة الأسرى.",
                       [("اللجنة الدولية للصليب الأحمر", "ORG", None, "NGO")], "UKR")
    assert codes["اللجنة الدولية للصليب الأحمر"] == "NGO"


def test_gangs_and_the_houthi_adjective_are_actors():
    codes = _sentence_codes("واتهم الجيش عصابات مسلحة بنهب السوق، فيما يستمر الحصار الحوثي للمدينة.")
    assert codes["عصابات"] == "UAF"
    assert codes["الحوثي"] == "YEM REB"


def test_a_weapon_with_a_nationality_is_that_state_military():
    codes = _sentence_codes("وقصفت مسيرات تركية مواقع قرب القامشلي، ونظمت مسيرة احتجاجية في المدينة.")
    assert codes["مسيرات تركية"] == "TUR MIL"
    assert not any("مسيرة" in k for k in codes)  # a march is no actor


def test_a_title_portfolio_and_name_are_one_actor_but_a_clause_stops_it():
    codes = _resolved("ويستعد وزير المال ياسين جابر لعرض الموازنة، وقال الوزير إن محمد سالم غادر.",
                      [("ياسين جابر", "PER", None, None), ("محمد سالم", "PER", None, None)])
    assert codes["وزير المال ياسين جابر"] == "GOV"
    assert codes["الوزير"] == "GOV" and codes["محمد سالم"] is None


def test_a_later_bare_mention_keeps_the_code_its_title_gave():
    from marsad.events.actors import resolve_members

    text = "وقال جابر إن الخطة جاهزة."
    doc = Pipeline(stages=()).make_doc(text, date="2024-05-12")
    start = text.index("جابر")
    doc.entities = [Entity("jaber", "PER", "ياسين جابر", None, None, mentions=[Mention(start, start + 4, "جابر")])]
    first, last = doc.sentence_tokens[0]
    from marsad.events.actors import ActorSpan

    earlier = [ActorSpan(0, 3, 0, 20, entity="jaber", country="LBN", sector="GOV", entity_type="PER")]
    spans = resolve_members(find_actors(doc, 0, actor_lexicon()), doc.tokens[first:last], first, earlier)
    assert [s.code for s in spans if s.entity == "jaber"] == ["LBN GOV"]


def test_civilians_beside_foreign_attackers_do_not_take_the_attackers_country():
    codes = _completed("هاجم مستوطنون إسرائيليون قرية فلسطينية وأحرقوا منازل المواطنين.", [], None)
    assert codes["مستوطنون إسرائيليون"] == "ISR CVL"
    assert codes["المواطنين"] == "CVL"


def test_common_actor_nouns_of_news_are_coded():
    codes = _sentence_codes("وقال الوفد الإسرائيلي إن قوات البيشمركة وعمال الإغاثة والمقرر الخاص للأمم المتحدة "
                            "والموساد شاركوا.")
    assert codes == {"الوفد الإسرائيلي": "ISR GOV", "قوات البيشمركة": "IRQ MIL", "وعمال الإغاثة": "NGO",
                     "والمقرر الخاص للأمم المتحدة": "IGO", "والموساد": "ISR SPY"}


def test_nationalities_beyond_the_region_code_their_forces():
    codes = _sentence_codes("وقالت القوات الكولومبية إن الجيش الأوغندي والشرطة التنزانية شاركوا في المناورات.")
    assert codes["القوات الكولومبية"] == "COL MIL"
    assert codes["الجيش الأوغندي"] == "UGA MIL"
    assert codes["والشرطة التنزانية"] == "TZA COP"


def test_the_coalition_is_coded_by_the_story_it_appears_in():
    text = "وشنت طائرات التحالف غارات على مواقع في المدينة."
    assert _completed(text, [], "YEM")["طائرات التحالف"] == "SAU MIL"
    assert _completed(text, [], "SYR")["طائرات التحالف"] == "IGO"
    assert _completed(text, [], "LBN")["طائرات التحالف"] == "MIL"  # never the story's own army


def test_two_soldiers_of_an_army_and_indefinite_armed_groups_are_coded():
    codes = _resolved("وقتل جنديان من الجيش السوري في هجوم لجماعات مسلحة قرب تدمر.", [])
    assert codes["جنديان من الجيش السوري"] == "SYR MIL"
    assert codes["لجماعات مسلحة"] == "REB"


def test_members_of_a_named_body_are_that_body_and_a_leader_takes_his_group():
    codes = _resolved("ونفذ عناصر الشرطة حملة، فيما هدد زعيم جماعة الحوثي عبد الملك الحوثي السفن.",
                      [("عبد الملك الحوثي", "PER", "YEM", None)])
    assert codes["عناصر الشرطة"] == "COP"
    assert codes["زعيم جماعة الحوثي عبد الملك الحوثي"] == "YEM REB"


def test_a_plural_with_its_nun_or_an_accusative_takes_no_genitive():
    codes = _sentence_codes("واختطف مسلحون مجهولون صحفيا في المدينة، وأصاب المسلحون عنصرا شرطيا.")
    assert codes["مسلحون مجهولون"] == "UAF" and codes["صحفيا"] == "MED"


def test_a_definite_head_does_not_swallow_the_named_body_after_it():
    codes = _resolved("واتهم الجيش حركة حماس بخرق الهدنة، فيما اتهمت الحكومة السودانية قوات الدعم السريع بالقصف.",
                      [("حركة حماس", "ORG", "PSE", "REB"), ("قوات الدعم السريع", "ORG", "SDN", "REB")])
    assert codes["الجيش"] == "MIL" and codes["حركة حماس"] == "PSE REB"
    assert codes["الحكومة السودانية"] == "SDN GOV" and codes["قوات الدعم السريع"] == "SDN REB"


def test_an_adviser_to_a_body_leader_named_after_it_takes_the_body_code():
    text = "فيما نفى مستشار قائد الدعم السريع الباشا طبيق أي صلة لقواته بالحادث."
    codes = _resolved(text, [("الدعم السريع", "ORG", "SDN", "REB"), ("طبيق", "PER", "SDN", "GOV")])
    assert codes["مستشار قائد الدعم السريع الباشا طبيق"] == "SDN REB"
    # a state's envoy to the UN stays the state's
    codes = _resolved("وقال مندوب سوريا لدى الأمم المتحدة بسام صباغ إن بلاده ترفض القرار.",
                      [("الأمم المتحدة", "ORG", None, "IGO"), ("بسام صباغ", "PER", "SYR", "GOV")])
    assert "IGO" not in [c for k, c in codes.items() if "مندوب" in k]


def test_a_side_or_administration_is_an_actor_only_with_its_nationality():
    codes = _sentence_codes("وأبلغ الجانب الأميركي الإدارة السورية الجديدة أن الجانب الإنساني مهم.")
    assert codes["الجانب الأميركي"] == "USA GOV" and codes["الإدارة السورية"] == "SYR GOV"
    assert not any("الإنساني" in k for k in codes)


def test_a_named_brigade_is_an_armed_group_not_unidentified_gunmen():
    assert _entity_coding("ORG", "كتيبة طولكرم", "PSE", "UAF", None)[:2] == ("PSE", "REB")
    # the lexicon's own convention for a named body still wins
    assert _entity_coding("ORG", "جهاز الردع", "LBY", "UAF", None)[:2] == ("LBY", "UAF")


def test_supporters_of_an_armed_body_stay_civilians():
    codes = _resolved("وتظاهر مئات من أنصار الحشد الشعبي أمام السفارة.", [("الحشد الشعبي", "ORG", "IRQ", "MIL")])
    assert codes["أنصار الحشد الشعبي"] == "IRQ CVL"
