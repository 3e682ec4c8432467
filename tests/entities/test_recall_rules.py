"""Generic recognition rules for names no lexicon lists (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("entities",))


def _spans(pipe, text: str) -> set[tuple[str, str]]:
    art = pipe(text)
    return {(m.text, e.type) for e in art.entities for m in e.mentions}


def test_frequent_surname_after_a_clear_given_name(pipe):
    # the surname is a frequent word in news, but it follows an unambiguous given name
    spans = _spans(pipe, "وكان الرئيس الأميركي دونالد ترامب قد لوح بفرض رسوم جمركية جديدة.")
    assert ("دونالد ترامب", "PER") in spans


def test_family_nisba_ends_a_three_word_name_and_an_accusative_noun_does_not(pipe):
    spans = _spans(pipe, "وترأس رئيس الحكومة محمد كاظم الحسيني اجتماعا طارئا للوزراء أمس.")
    assert ("محمد كاظم الحسيني", "PER") in spans
    assert not any("اجتماعا" in s for s, _ in spans)


def test_abd_compound_and_kunya_are_names_on_their_own(pipe):
    spans = _spans(pipe, "ونقلت القناة عن عبد الرحيم قوله إن الوفد سيعود، فيما قال أبو عمر، وهو نازح، إن المخيم مكتظ.")
    assert ("عبد الرحيم", "PER") in spans
    assert ("أبو عمر", "PER") in spans


def test_given_name_that_is_an_ordinary_word_needs_a_rare_surname(pipe):
    # سعيد here is the adjective "happy", not a name
    spans = _spans(pipe, "قال إنه سعيد جدا بنتائج الزيارة.")
    assert not any(t == "PER" for _, t in spans)


def test_ali_is_a_name_but_ala_is_a_preposition(pipe):
    spans = _spans(pipe, "وبعث الرئيس رسالة إلى المرشد الإيراني علي خامنئي يعرض فيها الحوار.")
    assert ("علي خامنئي", "PER") in spans
    spans = _spans(pipe, "وشدد الوزير على ضرورة الحوار.")
    assert not any(t == "PER" for _, t in spans)


def test_title_with_its_own_complement_before_the_name(pipe):
    spans = _spans(pipe, "وقال أستاذ العلوم السياسية في جامعة بغداد نزار الربيعي إن الأزمة عميقة.")
    assert ("نزار الربيعي", "PER") in spans


def test_european_particles_inside_a_name(pipe):
    spans = _spans(pipe, "وقال السفير الهولندي يان فان دير بيرغ إن بلاده سترسل مساعدات.")
    assert ("يان فان دير بيرغ", "PER") in spans
