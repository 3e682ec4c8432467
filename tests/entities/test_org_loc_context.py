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
