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
