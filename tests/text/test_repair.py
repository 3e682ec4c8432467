"""Repairs of scraping damage on realistic damaged Arabic (the text itself is never changed)."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_only():
    return Pipeline(stages=())


def _repairs(pipe, text, kind):
    return [(r.before, r.after) for r in pipe.make_doc(text).repairs if r.kind == kind]


@pytest.mark.parametrize("damaged, pieces", [
    ("أكد وزير الخارجيةالسعودي أن المملكة تدعم الحل السياسي.", ("الخارجية", "السعودي")),
    ("وقال إن الولاياتالمتحدة شريك أساسي في المنطقة.", ("الولايات", "المتحدة")),
    ("وصلت المساعدات إلى قطاعغزة عبر معبر رفح صباح اليوم.", ("قطاع", "غزة")),
])
def test_run_together_words_are_split_into_tokens(text_only, damaged, pieces):
    doc = text_only.make_doc(damaged)
    joined = "".join(pieces)
    assert (joined, " ".join(pieces)) in _repairs(text_only, damaged, "split")
    surfaces = [t.text for t in doc.tokens]
    i = surfaces.index(pieces[0])
    assert surfaces[i + 1] == pieces[1]
    # offsets still index the untouched original text
    assert doc.text == damaged
    for tok in doc.tokens:
        assert damaged[tok.start:tok.end] == tok.text


@pytest.mark.parametrize("sentence", [
    "استقبل عبدالله الثاني في عمان وزير خارجية الإمارات القادم من أبوظبي.",
    "وناقش المسؤولون الاستراتيجيات الاقتصادية والاستثمارات المشتركة مع المستشارين.",
    "وأكدت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أن المساعدات الإنسانية لم تصل.",
    "وقال الباحثون إن الانتخابات البرلمانية والبلدية ستجرى بالتزامن في الخريف.",
])
def test_real_long_words_and_names_are_not_split(text_only, sentence):
    assert _repairs(text_only, sentence, "split") == []


def test_doubled_word_is_dropped_but_intentional_repetition_kept(text_only):
    text = "قال قال الرئيس إن الحكومة ستعمل رويدا رويدا على خفض الأسعار."
    doc = text_only.make_doc(text)
    assert _repairs(text_only, text, "duplicate") == [("قال قال", "قال")]
    surfaces = [t.text for t in doc.tokens]
    assert surfaces[:2] == ["قال", "الرئيس"]
    assert surfaces.count("رويدا") == 2


def test_doubled_word_across_a_line_break_is_not_a_repair(text_only):
    text = "وأعلن الجيش انتهاء العملية في المدينة\nالمدينة التي شهدت معارك عنيفة عادت إلى الهدوء."
    assert _repairs(text_only, text, "duplicate") == []


def test_line_heading_is_recorded_and_not_a_sentence(text_only):
    text = ("وصل رئيس الوزراء إلى بيروت اليوم في زيارة تستمر يومين.\nمحادثات صعبة\n"
            "وقال مصدر مطلع إن اللقاء استمر ساعتين.")
    doc = text_only.make_doc(text)
    assert [r.before for r in doc.repairs if r.kind == "heading"] == ["محادثات صعبة"]
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "وصل رئيس الوزراء إلى بيروت اليوم في زيارة تستمر يومين.",
        "وقال مصدر مطلع إن اللقاء استمر ساعتين.",
    ]
    headed = [s for s in doc.sections if s.heading]
    assert headed and headed[0].heading.text == "محادثات صعبة" and headed[0].end == len(text)


def test_run_in_subheading_is_split_from_its_sentence(text_only):
    text = "أعلنت الحكومة اليوم خطة جديدة للإصلاح. تصعيد ميداني شهدت المنطقة اشتباكات عنيفة بين الطرفين."
    doc = text_only.make_doc(text)
    assert [r.before for r in doc.repairs if r.kind == "heading"] == ["تصعيد ميداني"]
    assert text[doc.sentences[-1].start:doc.sentences[-1].end] == "شهدت المنطقة اشتباكات عنيفة بين الطرفين."


def test_ordinary_sentence_opening_is_not_a_heading(text_only):
    text = "وصل الوفد إلى القاهرة. الرئيس المصري استقبل الوفد في قصر الاتحادية مساء الأحد."
    assert _repairs(text_only, text, "heading") == []
