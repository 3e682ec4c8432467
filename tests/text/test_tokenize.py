"""Tokens and clitic analysis."""

from __future__ import annotations

from marsad.text.normalize import normalize
from marsad.text.tokenize import analyze_clitics, clitic_candidates, raw_tokens


def test_raw_tokens_keep_offsets_numbers_and_latin():
    text = "زار 12 وزيرا (من NATO) العاصمة في ٢٠٢٤، و3.75 مليار."
    toks = raw_tokens(text)
    assert all(text[s:e] == t for t, s, e in toks)
    surfaces = [t for t, _, _ in toks]
    assert "NATO" in surfaces and "3.75" in surfaces and "٢٠٢٤" in surfaces and "،" in surfaces
    assert "(" in surfaces and ")" in surfaces


def test_diacritised_word_is_one_token():
    toks = raw_tokens("قالَ الرَّئيسُ")
    assert [t for t, _, _ in toks] == ["قالَ", "الرَّئيسُ"]


def test_conjunction_preposition_article():
    assert analyze_clitics(normalize("والحكومة")) == ("وال", "حكومه", "")
    assert analyze_clitics(normalize("بالعاصمة")) == ("بال", "عاصمه", "")
    assert analyze_clitics(normalize("للصحافيين")) == ("لل", "صحافيين", "")
    prefix, stem, _ = analyze_clitics(normalize("وقال"))
    assert (prefix, stem) == ("و", "قال")


def test_words_starting_with_clitic_letters_are_not_stripped():
    # و ب ل ف are also root letters: وزير, بيروت, لبنان, فلسطين keep them.
    for word in ("وزير", "بيروت", "لبنان", "فلسطين", "وصل"):
        assert analyze_clitics(normalize(word))[1] == normalize(word), word


def test_attached_pronoun_split_only_when_base_is_a_word():
    prefix, stem, suffix = analyze_clitics(normalize("حكومتهم"))
    assert (stem, suffix) == ("حكومت", "هم") or (stem, suffix) == ("حكومتهم", "")
    assert analyze_clitics(normalize("مدرسة"))[2] == ""  # final ة (→ ه) is not a pronoun


def test_clitic_candidates_for_gazetteer_lookup():
    assert "روسيا" in clitic_candidates(normalize("وروسيا"))
    assert "موسكو" in clitic_candidates(normalize("لموسكو"))
    cands = clitic_candidates(normalize("بالقاهرة"))
    assert "القاهره" in cands and "قاهره" in cands
    assert clitic_candidates("بغداد")[0] == "بغداد"
