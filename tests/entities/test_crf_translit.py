"""CRF train/tag round trip on a tiny CoNLL corpus, CoNLL scoring, CLI errors and transliteration."""

from __future__ import annotations

from marsad.cli import main
from marsad.entities.crf import canonical_tag, read_conll, spans_from_tags
from marsad.entities.translit import transliterate
from marsad.evaluate.conll import evaluate_conll

CORPUS = """وقال B-PERS
المتحدث O
ديمتري B-PERS
بيسكوف I-PERS
إن O
موسكو B-LOC
ترفض O
. O

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
التركية I-ORG
مقتل O
جنديين O
في O
العراق B-LOC
. O

والتقى O
الوزير O
أندريه B-PER
بيلوسوف I-PER
نظيره O
في O
أنقرة B-LOC
. O
"""


def test_tags_and_spans():
    assert canonical_tag("B-PERS") == "B-PER" and canonical_tag("I-GPE") == "I-LOC" and canonical_tag("X") == "O"
    assert spans_from_tags(["O", "B-PER", "I-PER", "B-LOC", "I-ORG"]) == [(1, 3, "PER"), (3, 4, "LOC"),
                                                                           (4, 5, "ORG")]


def test_train_then_tag_round_trip(tmp_path):
    conll = tmp_path / "tiny.conll"
    conll.write_text(CORPUS, encoding="utf-8")
    assert [len(w) for w, _ in read_conll(conll)] == [8, 9, 8]
    model = tmp_path / "tiny.crfsuite"
    assert main(["train", "ner", str(conll), "-o", str(model), "--iterations", "60"]) == 0
    assert model.stat().st_size > 0
    report = evaluate_conll(conll, ner_model=str(model))
    # the model learnt its own training data
    assert report["scores"]["crf"]["micro"]["f1"] > 0.8
    assert "rules+crf" in report["table"]
    # the pipeline accepts the model
    from marsad.pipeline import Options, Pipeline

    art = Pipeline(stages=("entities",), options=Options(ner_model=str(model)))("وقال المتحدث ديمتري بيسكوف إن موسكو ترفض.")
    assert any(e.name_en == "Dmitry Peskov" for e in art.entities)


def test_bad_conll_and_missing_files_are_one_line_errors(tmp_path, capsys):
    bad = tmp_path / "bad.conll"
    bad.write_text("كلمة\n", encoding="utf-8")
    assert main(["train", "ner", str(bad), "-o", str(tmp_path / "m")]) == 2
    assert main(["train", "ner", str(tmp_path / "missing.conll")]) == 2
    assert main(["eval", "--conll", str(tmp_path / "missing.conll")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not found" in err


def test_transliteration_guesses_readable_names():
    assert transliterate("سميرنوف") == "Smirnov"  # -وف → -ov
    assert transliterate("دوبروفسكي").endswith("ski")
    assert transliterate("محمد الكندري") == "Mohammed al-Kandri"
    assert transliterate("عبد الكريم") == "Abdelkarim"
    assert transliterate("بن") == "bin"


def test_description_codes():
    from marsad.entities import code_description

    assert code_description(["مصدر", "عسكري", "سوري"]) == ("SYR", "MIL")
    assert code_description(["مسؤولون", "أميركيون"]) == ("USA", "GOV")
    assert code_description(["مسلحون"]) == (None, "UAF")


def test_describe_gives_title_country_and_sector():
    from marsad.entities import describe
    from marsad.pipeline import Pipeline

    doc = Pipeline(stages=("entities",)).make_doc("وقال وزير الخارجية الأميركي ماركو روبيو إن المحادثات بناءة.")
    name_at = next(i for i, t in enumerate(doc.tokens) if t.text == "ماركو")
    d = describe(doc, name_at)
    assert d is not None and d.text == "وزير الخارجية الأميركي"
    assert (d.country, d.sector) == ("USA", "GOV")
