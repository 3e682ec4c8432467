"""Organisations found by their structure (head + complement), not by a lexicon: where the name
ends and what it holds (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("entities",))


def _orgs(pipe, text: str) -> dict[str, tuple[str | None, str | None]]:
    art = pipe(text)
    return {m.text: (e.country, e.sector) for e in art.entities if e.type == "ORG" for m in e.mentions}


def test_a_relation_participle_ends_the_name(pipe):
    orgs = _orgs(pipe, "وأعلنت جبهة التحرير الشعبية المدعومة من طهران مسؤوليتها عن الهجوم.")
    assert "جبهة التحرير الشعبية" in orgs
    assert not any("المدعومة" in name for name in orgs)


def test_a_unit_named_by_its_number(pipe):
    orgs = _orgs(pipe, "واتهم المتحدث عناصر من اللواء 77 بمهاجمة نقطة التفتيش.")
    assert "اللواء 77" in orgs


def test_a_body_named_after_its_parent_ends_before_it(pipe):
    # the council of a known body: the known body is the mention, not "المجلس التنفيذي ل…"
    orgs = _orgs(pipe, "وصادق المجلس التنفيذي لصندوق النقد الدولي على القرض الجديد.")
    assert "صندوق النقد الدولي" in orgs
    assert not any(name.startswith("المجلس") for name in orgs)
    # the same for a head naming its country after ل
    orgs = _orgs(pipe, "وقرر المجلس المركزي لمصرف سوريا رفع سعر الفائدة.")
    assert "مصرف سوريا" in orgs
    assert not any(name.startswith("المجلس") for name in orgs)


def test_a_mission_of_an_international_body_with_its_place(pipe):
    orgs = _orgs(pipe, "وقالت بعثة الاتحاد الأفريقي للمراقبة في دارفور إن الهدنة صامدة.")
    assert orgs.get("بعثة الاتحاد الأفريقي للمراقبة في دارفور") == (None, "IGO")
    orgs = _orgs(pipe, "وطالبت بعثة الأمم المتحدة لمساعدة العراق بالتهدئة.")
    assert orgs.get("بعثة الأمم المتحدة لمساعدة العراق") == (None, "IGO")


def test_a_command_with_nationality_and_region(pipe):
    orgs = _orgs(pipe, "وقالت القيادة الفرنسية في أفريقيا إن طائراتها عادت إلى قواعدها.")
    assert orgs.get("القيادة الفرنسية في أفريقيا", (None, None))[0] == "FRA"


def test_a_court_with_its_city(pipe):
    orgs = _orgs(pipe, "وقضت المحكمة الابتدائية بصفاقس بسجن المتهمين خمس سنوات.")
    assert "المحكمة الابتدائية بصفاقس" in orgs
