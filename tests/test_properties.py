"""Property-based: whatever text arrives, the pipeline does not crash and every span is consistent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.io import InputError
from marsad.validate import check_article

# Pieces of realistic and broken news text to mix with arbitrary characters.
FRAGMENTS = [
    "قال وزير الخارجية", " إن ", "«", "»", '"', "الولاياتالمتحدة", "قال قال", "د.", " 2.5 ", "٢٠٢٤",
    "؟", "؛", "،", ".", "\n", "\n\n", "<p>", "</p>", "<a href='x'>", "&nbsp;", "&amp;", "مُحَمَّد",
    "الســـلام", "\ufefb", "\u200f", "\u202b", "(", ")", "وأضاف", "حزب الله", "بغداد", "أمس",
    "Reuters", "NATO", "🙂", "\t", "\r\n", "\x00", "\ufeff", "ـ", "ة", "ى", " - ", ":",
]

arabic_letters = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(arabic_letters, max_size=12), any_text)
documents = st.lists(pieces, min_size=1, max_size=40).map("".join)


def _analyze(text: str):
    try:
        return marsad.analyze(text, date="2024-03-10").to_dict()
    except InputError:
        return None  # a clear refusal (e.g. not a str) is fine; a crash is not


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_pipeline_never_crashes_and_spans_match_text(text):
    art = _analyze(text)
    if art is None:
        return
    assert art["text"] == text
    assert check_article(art) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=5, max_size=80).map("".join))
def test_news_like_fragments(text):
    art = _analyze(text)
    assert art is not None and check_article(art) == []


def test_checker_finds_broken_spans():
    art = marsad.analyze("قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل.").to_dict()
    assert check_article(art) == []
    art["sentences"].append({"start": 5, "end": 999})
    art["repairs"].append({"start": 0, "end": 3, "before": "xyz", "after": "x", "kind": "split"})
    art["quotes"].append({"id": "q99", "kind": "direct", "speaker": {"text": "قال", "start": 0, "end": 3,
                                                                      "entity": "nope"},
                          "cue": None, "content": {"start": 4, "end": 8, "text": "wrong"}})
    problems = check_article(art)
    assert any("outside the text" in p for p in problems)
    assert any("before 'xyz'" in p for p in problems)
    assert any("'nope' is not an entity" in p for p in problems)
    assert any("text 'wrong'" in p for p in problems)
    assert check_article("not an article") == ["article is a str, not an object"]
