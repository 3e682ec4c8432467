"""Patterns of wire copy: a titled subject before a described place, carried subjects, arms received,
conditional offers and requests whose requester follows من."""

from __future__ import annotations

from marsad.events import create_stage
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline


def _doc(text: str, date: str = "2024-03-15", entities: list[Entity] | None = None):
    doc = Pipeline(stages=()).make_doc(text, date=date)
    doc.entities = entities or []
    return doc


def _entity(text: str, eid: str, etype: str, name: str, country: str | None, sector: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(eid, etype, name, None, country, sector=sector, mentions=[Mention(start, start + len(name), name)])


def _events(doc, etype):
    create_stage(None)(doc)
    return [e for e in doc.events if e.type == etype]


def test_arrival_in_a_described_capital_after_a_long_titled_subject():
    text = "وصل رئيس الوزراء الإيطالي جورجيا ميلوني إلى العاصمة المصرية القاهرة صباح الأحد في زيارة رسمية."
    doc = _doc(text, "2024-03-18", [_entity(text, "e1", "PER", "جورجيا ميلوني", "ITA", "GOV"),
                                    _entity(text, "e2", "LOC", "القاهرة", "EGY", "GOV")])
    visits = _events(doc, "CONSULT")
    assert len(visits) == 1  # في زيارة tells the same arrival
    visit = visits[0]
    assert visit.trigger.text == "وصل"
    assert visit.source.code == "ITA GOV"
    assert visit.target.code == "EGY GOV"
    assert visit.location is not None and visit.location.text == "القاهرة"
    assert visit.date.value == "2024-03-17"


def test_arrival_in_a_city_named_with_its_noun():
    text = "ووصل المبعوث الأممي هانس غروندبرغ مساء أمس إلى مدينة عدن اليمنية."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "عدن", "YEM")])
    visits = _events(doc, "CONSULT")
    assert visits and visits[0].trigger.text == "ووصل"
    assert visits[0].location is not None and visits[0].location.text == "عدن"


def test_a_place_named_after_an_unrelated_word_does_not_make_an_arrival():
    text = "وصل عدد القتلى في الهجوم الذي وقع صباح اليوم على سوق شعبي إلى عشرين شخصا في بغداد."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "بغداد", "IRQ", "GOV")])
    assert not [e for e in _events(doc, "CONSULT") if e.trigger.text == "وصل"]


def test_a_trip_announced_next_takes_the_carried_subject_and_resolves_its_date():
    text = ("وصل وزير الخارجية الفرنسي إلى العاصمة الأردنية عمان أمس الخميس. "
            "كما سيسافر إلى بيروت غدا السبت.")
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "عمان", "JOR", "GOV"),
                                    _entity(text, "e2", "LOC", "بيروت", "LBN", "GOV")])
    trips = [e for e in _events(doc, "CONSULT") if e.trigger.text == "سيسافر"]
    assert len(trips) == 1
    assert trips[0].source.code == "FRA GOV"
    assert trips[0].target.code == "LBN GOV"
    assert trips[0].date.value == "2024-03-16"
    assert trips[0].modality == "future"


def test_arms_received_come_from_the_giver_after_min():
    text = "وقال مسؤول عسكري إن الجيش الليبي بدأ في استخدام صواريخ جديدة ضمن أسلحة حصل عليها من تركيا."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "تركيا", "TUR")])
    aid = _events(doc, "AID")
    assert len(aid) == 1
    assert aid[0].cameo == "072"
    assert aid[0].source.code == "TUR GOV"
    assert aid[0].target.code == "LBY MIL"


def test_a_receiving_verb_makes_the_subject_the_receiver():
    text = "وأعلنت وزارة الدفاع الأوكرانية أن قواتها تسلمت دبابات جديدة من ألمانيا."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "ألمانيا", "DEU")])
    aid = _events(doc, "AID")
    assert len(aid) == 1
    assert aid[0].source.code == "DEU GOV"
    assert aid[0].target.code == "UKR MIL"


def test_considering_a_request_for_troops_is_a_conditional_offer_of_military_aid():
    text = "وقال المتحدث باسم الرئاسة إن تركيا ستدرس أي طلب من أذربيجان لإرسال قوات إذا طلبت باكو ذلك رسميا."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "تركيا", "TUR"),
                                    _entity(text, "e2", "LOC", "أذربيجان", "AZE"),
                                    _entity(text, "e3", "LOC", "باكو", "AZE", "GOV")])
    offers = _events(doc, "AGREE")
    assert len(offers) == 1
    offer = offers[0]
    assert offer.cameo == "0332"
    assert offer.source.code == "TUR GOV"
    assert offer.target.code == "AZE GOV"
    assert offer.modality == "conditional"
    requests = {e.trigger.text: e for e in doc.events if e.type == "REQUEST"}
    assert requests["طلب"].source.code == "AZE GOV"  # the requester follows من, not the sentence subject


def test_considering_a_request_without_troops_is_a_plain_offer_of_aid():
    text = "وأكد الوزير أن الحكومة ستدرس أي طلب من لبنان للحصول على قروض ميسرة."
    doc = _doc(text, "2024-03-15", [_entity(text, "e1", "LOC", "لبنان", "LBN")])
    offers = _events(doc, "AGREE")
    assert offers and offers[0].cameo == "033"
    assert offers[0].target.code == "LBN GOV"
