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


def test_acronym_in_brackets_joins_its_organisation(pipe):
    art = pipe("ونقلت وكالة الأنباء الموريتانية الرسمية (ومأ) عن مصدر حكومي أن الحوار سيستأنف.")
    ent = next(e for e in art.entities if any(m.text == "ومأ" for m in e.mentions))
    assert ent.type == "ORG"
    assert any(m.text == "وكالة الأنباء الموريتانية" for m in ent.mentions)


def test_unknown_media_name_after_its_head(pipe):
    spans = _spans(pipe, "وقال مصدر أمني لموقع شفق نيوز إن القوات انتشرت، بحسب ما نقلت وكالة زاغروس للأنباء.")
    assert ("شفق نيوز", "ORG") in spans
    assert ("وكالة زاغروس للأنباء", "ORG") in spans


def test_coordinated_complement_and_new_heads(pipe):
    spans = _spans(pipe, "وأعلنت وزارة الصناعة والتجارة الخارجية أن جمعية المصدرين طالبت بخفض الرسوم.")
    assert ("وزارة الصناعة والتجارة الخارجية", "ORG") in spans
    assert ("جمعية المصدرين", "ORG") in spans


def test_forces_with_a_nationality_are_a_description(pipe):
    spans = _spans(pipe, "وقال الشهود إن القوات العراقية انتشرت على طول الحدود.")
    assert not any(t == "ORG" for _, t in spans)
