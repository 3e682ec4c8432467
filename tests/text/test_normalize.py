"""Normalisation for matching, and its map back to original offsets."""

from __future__ import annotations

from marsad.text.normalize import normalize, normalize_with_map, strip_diacritics


def test_letter_variants_fold_to_one_key():
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد") == "احمد"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("الحكومة") == "الحكومه"
    assert normalize("آمال") == "امال"


def test_diacritics_tatweel_and_bidi_marks_are_dropped():
    assert normalize("مُحَمَّدٌ") == "محمد"
    assert normalize("الســـلام") == "السلام"
    assert normalize("\u200fبغداد\u200e") == "بغداد"
    assert strip_diacritics("وَزِيرُ الخارجيّة") == "وزير الخارجية"


def test_digits_and_punctuation_are_unified():
    assert normalize("٢٠٢٤") == "2024"
    assert normalize("۱۵") == "15"
    assert normalize("«نعم»، قال؟") == '"نعم", قال?'


def test_presentation_forms_become_letters():
    assert normalize("\ufefb") == "لا"  # lam-alef ligature
    assert normalize("\ufe8d\ufedf\ufeb3\ufefc\ufee1") == "السلام"


def test_offset_map_points_back_into_original():
    original = "قالَ الرَّئيسُ: «السلامُ قريبٌ»"
    key, origin = normalize_with_map(original)
    assert key == normalize(original)
    assert len(origin) == len(key) + 1 and origin[-1] == len(original)
    start = key.index("الرئيس")
    end = start + len("الرئيس")
    assert original[origin[start]:origin[end]].rstrip("\u064f") == "الرَّئيس"
    for i, ch in enumerate(key):
        assert normalize(original[origin[i]]) in (ch, "") or ch == normalize(original[origin[i]])[:1]


def test_offset_map_of_ligature_expansion():
    original = "\ufefbبد"  # one ligature char becomes two letters
    key, origin = normalize_with_map(original)
    assert key == "لابد"
    assert origin == [0, 0, 1, 2, 3]
