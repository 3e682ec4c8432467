"""Counted and unnamed people as targets: civilians, activists, settlers, a nationality after a number."""

from __future__ import annotations

from marsad.pipeline import Pipeline

PIPE = Pipeline()


def _events(text: str, etype: str):
    return [e for e in PIPE(text, date="2024-05-21").events if e.type == etype]


def test_nationality_counted_after_a_number_is_a_civilian_target():
    arrests = _events("اعتقلت القوات الإسرائيلية فجر اليوم 27 فلسطينيا خلال مداهمات في مدينة الخليل.", "COERCE")
    assert [(e.source.code, e.target.code) for e in arrests] == [("ISR MIL", "PSE CVL")]


def test_settlers_are_israeli_civilians():
    attacks = _events("وهاجم مستوطنون قرية ترمسعيا شمال رام الله وأحرقوا منازل ومركبات.", "ASSAULT")
    assert attacks and attacks[0].source is not None and attacks[0].source.code == "ISR CVL"


def test_subject_before_the_verb_keeps_a_counted_object_active():
    text = ("قالت منظمة محلية إن الأجهزة الأمنية السودانية اعتقلت أربعة ناشطين في مدينة كسلا "
            "بتهمة التعاون مع قوات الدعم السريع.")
    arrests = _events(text, "COERCE")
    assert arrests and arrests[0].source.code == "SDN COP"
    assert arrests[0].target is not None and arrests[0].target.code == "SDN CVL"


def test_joined_verb_shares_the_doer_and_takes_the_actor_after_it_as_object():
    text = ("ونفت قوات الدعم السريع في بيان استهداف أي أعيان مدنية، واتهمت الجيش السوداني "
            "بتحويل الأحياء السكنية إلى ثكنات عسكرية.")
    accusations = _events(text, "ACCUSE")
    assert [(e.source.code, e.target.code) for e in accusations] == [("SDN REB", "SDN MIL")]
