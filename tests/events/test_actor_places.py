"""Places as actors: a state (country, capital) acts or is acted on; a town is only where things happen."""

from __future__ import annotations

from marsad.events.actor_context import contract_actor
from marsad.events.actors import actor_lexicon, find_actors
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline


def _actors(text: str, entities: list[tuple[str, str | None, str | None]] = ()) -> dict[str, object]:
    doc = Pipeline(stages=()).make_doc(text, date="2024-05-12")
    doc.entities = []
    for n, (name, country, sector) in enumerate(entities):
        start = text.find(name)
        name_en = {"سلطنة عمان": "Oman"}.get(name)
        doc.entities.append(Entity(f"e{n}", "LOC", name, name_en, country, sector=sector,
                                   mentions=[Mention(start, start + len(name), name)]))
    spans = find_actors(doc, 0, actor_lexicon())
    return {text[a.start:a.end]: contract_actor(doc, a, None, False) for a in spans}


def test_a_town_is_no_actor_but_its_state_is():
    actors = _actors("وقصفت طائرات حربية بلدة كفرنبل وأعلنت دمشق أنها سترد.", [("كفرنبل", "SYR", None)])
    assert actors["كفرنبل"] is None
    assert actors["دمشق"].code == "SYR GOV"


def test_capitals_stand_for_their_governments():
    actors = _actors("ورفضت أديس أبابا الاتهامات، فيما رحبت باماكو ونواكشوط بالاتفاق.")
    assert actors["أديس أبابا"].code == "ETH GOV"
    assert actors["باماكو"].code == "MLI GOV"
    assert actors["ونواكشوط"].code == "MRT GOV"


def test_a_country_named_as_actor_is_its_bare_code():
    actors = _actors("واتهمت إثيوبيا مصر بعرقلة المفاوضات.")
    assert actors["إثيوبيا"].code == "ETH" and actors["مصر"].code == "EGY"


def test_a_state_the_gazetteer_lacks_is_a_state_when_its_english_name_is_the_country():
    actors = _actors("وأشادت سلطنة عمان بالاتفاق.", [("سلطنة عمان", "OMN", None)])
    assert actors["سلطنة عمان"] is not None and actors["سلطنة عمان"].code == "OMN"


def test_europe_acting_is_the_european_bloc():
    assert _actors("وقال إن أوروبا تتحمل المسؤولية.")["أوروبا"].code == "EUR"


def test_a_state_named_like_its_capital_acting_is_the_country():
    actors = _actors("وطالبت الجزائر فرنسا بتسليم المطلوبين، فيما رحبت تونس بالقرار.")
    assert actors["الجزائر"].code == "DZA" and actors["تونس"].code == "TUN"


def test_a_bloc_named_as_a_place_without_a_country_takes_the_bloc():
    actors = _actors("وقال إن أوروبا تتحمل المسؤولية.", [("أوروبا", None, None)])
    assert actors["أوروبا"] is not None and actors["أوروبا"].code == "EUR"
