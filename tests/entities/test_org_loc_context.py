"""Organisations and places found from context: back-references, place heads, facilities
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("entities",))


def _entities(pipe, text: str) -> dict[str, tuple[str, set[str]]]:
    art = pipe(text)
    return {e.id: (e.type, {m.text for m in e.mentions}) for e in art.entities}


def test_bare_head_joins_the_organisation_named_before(pipe):
    text = ("أعلنت وزارة الدفاع التركية أمس تحييد عشرة مسلحين في شمال العراق. "
            "وقالت الوزارة في بيان إن العمليات ستتواصل.")
    ents = _entities(pipe, text)
    ministry = next(m for t, m in ents.values() if "وزارة الدفاع التركية" in m)
    assert "الوزارة" in ministry


def test_bare_head_without_an_earlier_organisation_is_left_alone(pipe):
    text = "وقال مسؤول محلي إن الحزب لم يصدر أي تعليق على الاشتباكات حتى مساء أمس."
    spans = {m for _, ms in _entities(pipe, text).values() for m in ms}
    assert "الحزب" not in spans


def test_bare_head_followed_by_an_adjective_is_not_a_back_reference(pipe):
    text = ("ودعا الاتحاد الأوروبي إلى ضبط النفس. "
            "وأكد الاتحاد الأفريقي بدوره رفضه للتدخل الخارجي.")
    ents = _entities(pipe, text)
    assert not any(m == {"الاتحاد الأوروبي", "الاتحاد"} for _, m in ents.values())


def _spans(pipe, text: str) -> set[tuple[str, str]]:
    return {(m, t) for t, ms in _entities(pipe, text).values() for m in ms}


def test_unknown_village_and_camp_after_their_nouns(pipe):
    spans = _spans(pipe, "وسقطت قذائف على بلدة كفرنبودة ومخيم أبو خشب للنازحين شمال غرب سوريا أمس.")
    assert ("كفرنبودة", "LOC") in spans
    assert ("أبو خشب", "LOC") in spans
    assert not any(s.startswith(("بلدة", "مخيم")) for s, _ in spans)


def test_coordinated_places_after_a_plural_noun(pipe):
    spans = _spans(pipe, "وقصفت الطائرات مناطق زاخو وباتيفا ودركار في أقصى شمال العراق.")
    assert {("زاخو", "LOC"), ("باتيفا", "LOC"), ("دركار", "LOC")} <= spans


def test_facility_keeps_its_noun_and_adjective_but_not_a_nationality(pipe):
    spans = _spans(pipe, "ووصلت الشحنة إلى قاعدة حميميم الجوية ثم نقلت إلى ميناء مرسين التركي.")
    assert ("قاعدة حميميم الجوية", "LOC") in spans
    assert ("ميناء مرسين", "LOC") in spans


def test_place_noun_before_an_adjective_or_common_word_is_no_place(pipe):
    spans = _spans(pipe, "وأعلنت السلطات أن المنطقة المغمورة ستبقى مغلقة، وأن بلدة جديدة ستبنى في أحياء سكنية.")
    assert not any(t == "LOC" for _, t in spans)


def test_unknown_place_takes_the_country_of_the_known_place_after_it(pipe):
    art = pipe("وقتل ثلاثة مسلحين في غارة قرب بلدة طورطورو في الصومال، بحسب مصادر محلية.")
    village = next(e for e in art.entities if e.name == "طورطورو")
    assert village.type == "LOC" and village.country == "SOM"


def test_generic_noun_stays_outside_a_name_that_stands_alone(pipe):
    spans = _spans(pipe, "وقالت منظمة أطباء بلا حدود إن قوات البيشمركة سمحت بمرور القافلة.")
    assert ("أطباء بلا حدود", "ORG") in spans
    assert ("البيشمركة", "ORG") in spans
    assert not any(s.startswith(("منظمة", "قوات")) for s, _ in spans)


def test_forces_keep_their_noun_before_a_longer_name(pipe):
    spans = _spans(pipe, "واتهم الجيش السوداني قوات الدعم السريع بقصف الأحياء السكنية.")
    assert ("قوات الدعم السريع", "ORG") in spans


def test_proper_name_after_an_indefinite_head_is_the_organisation(pipe):
    spans = _spans(pipe, "ووقعت الحكومة عقدا مع شركة بتروفاك لتطوير الحقل، فيما اعترض حزب الوفاق على الصفقة.")
    assert ("بتروفاك", "ORG") in spans
    assert ("الوفاق", "ORG") in spans

