"""Sentence segmentation: quotes, abbreviations, decimals, Arabic punctuation."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def sentences():
    pipe = Pipeline(stages=())

    def split(text: str) -> list[str]:
        doc = pipe.make_doc(text)
        return [text[s.start:s.end] for s in doc.sentences]

    return split


def test_full_stops_question_and_semicolon(sentences):
    text = "وصل الوفد إلى جنيف. هل ستنجح المفاوضات؟ لا أحد يعرف؛ لكن الأمل قائم!"
    assert sentences(text) == ["وصل الوفد إلى جنيف.", "هل ستنجح المفاوضات؟", "لا أحد يعرف؛", "لكن الأمل قائم!"]


def test_no_break_inside_quotation(sentences):
    text = "وقال الوزير: «لن نقبل بأي تسوية. الأرض ليست للبيع». وغادر القاعة بعد ذلك."
    assert sentences(text) == ["وقال الوزير: «لن نقبل بأي تسوية. الأرض ليست للبيع».", "وغادر القاعة بعد ذلك."]


def test_decimal_number_is_not_a_sentence_end(sentences):
    text = "وارتفع معدل التضخم إلى 2.5 في المئة خلال الربع الأول. وتوقع البنك تراجعه لاحقا."
    assert sentences(text) == ["وارتفع معدل التضخم إلى 2.5 في المئة خلال الربع الأول.", "وتوقع البنك تراجعه لاحقا."]


def test_abbreviation_does_not_end_a_sentence(sentences):
    text = "التقى د. محمد العلي بالسفير في الرياض. وأكد أن الاجتماع كان مثمرا."
    assert sentences(text) == ["التقى د. محمد العلي بالسفير في الرياض.", "وأكد أن الاجتماع كان مثمرا."]


def test_missing_full_stop_after_closing_quote(sentences):
    text = 'قال المتحدث باسم النقابة "لن نتراجع عن مطالبنا" وأضاف أن الإضراب سيستمر حتى الأحد.'
    assert sentences(text) == ['قال المتحدث باسم النقابة "لن نتراجع عن مطالبنا"',
                               "وأضاف أن الإضراب سيستمر حتى الأحد."]


def test_closing_quote_before_ordinary_words_does_not_split(sentences):
    text = 'وصف الوزير الاتفاق بأنه "تاريخي" في مؤتمر صحافي عقده في القاهرة.'
    assert sentences(text) == [text]


def test_line_breaks_end_paragraphs(sentences):
    # A paragraph that lost its full stop (too long to be a line heading) still ends at the line break.
    first = "أعلنت وزارة الصحة في بيان صدر مساء الأحد تسجيل عشرات الإصابات الجديدة في ثلاث محافظات جنوبية"
    text = first + "\nوقالت الوزارة إن الوضع تحت السيطرة."
    assert sentences(text) == [first, "وقالت الوزارة إن الوضع تحت السيطرة."]


def test_sentences_cover_tokens_in_order():
    pipe = Pipeline(stages=())
    text = "قال الرئيس إن الحوار مستمر. وأضاف: «نريد السلام». ثم غادر."
    doc = pipe.make_doc(text)
    assert len(doc.sentence_tokens) == len(doc.sentences)
    for k, (a, b) in enumerate(doc.sentence_tokens):
        assert all(t.sent == k for t in doc.tokens[a:b])
        s = doc.sentences[k]
        assert doc.tokens[a].start == s.start and doc.tokens[b - 1].end == s.end


def test_short_line_opening_like_a_sentence_is_not_a_heading():
    from marsad.pipeline import Pipeline

    text = ("تصعيد في الجنوب\n"
            "ولم يعلق المتحدث باسم الجيش على الأنباء\n"
            "وقال مصدر محلي إن القصف استهدف أطراف البلدة فجر اليوم وأسفر عن أضرار في المنازل.")
    art = Pipeline(stages=())(text)
    headings = [r.before for r in art.repairs if r.kind == "heading"]
    assert headings == ["تصعيد في الجنوب"]
    assert any(text[s.start:s.end].startswith("ولم يعلق") for s in art.sentences)
