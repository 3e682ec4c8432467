"""The ``marsad`` command: one-line errors, batches that survive bad articles, --workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from marsad.cli import main

ARTICLES = [
    "قال وزير الخارجية الأردني أيمن الصفدي في عمان أمس إن بلاده تدعم الحوار بين الأطراف السورية.",
    "أعلن الجيش اللبناني انتشار وحداته في بلدة حدودية بعد قصف استهدف أطرافها. وأصيب ثلاثة مدنيين.",
    "وقعت الحكومة العراقية اتفاقا مع شركة فرنسية لتطوير حقول الغاز في البصرة بقيمة 2.5 مليار دولار.",
    "تظاهر مئات الطلاب أمام البرلمان في تونس احتجاجا على الرسوم. وقالت الوزارة إنها مستعدة للحوار.",
    "استقبل أمير الكويت وفدا من مجلس التعاون الخليجي، وبحث الجانبان تطورات الأوضاع في المنطقة.",
]


def _run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def bad_files(tmp_path):
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 10,
        "latin1.txt": "Le président a déclaré que la réunion était très utile.".encode("latin-1"),
        "english.txt": b"The minister said the talks would resume next week.",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "latin1.txt", "english.txt", "missing.txt"])
def test_single_bad_article_is_one_line_error_and_nonzero_exit(bad_files, capsys, name):
    code, out, err = _run(["analyze", str(bad_files / name)], capsys)
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]


def test_usage_mistakes_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    code, _, err = _run(["analyze", str(tmp_path / "a.txt"), "--date", "yesterday"], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "yesterday" in err
    code, _, err = _run(["analyze", str(tmp_path / "a.txt"), "--workers", "-3"], capsys)
    assert code == 2 and "--workers" in err


def test_batch_writes_every_good_article_and_an_error_record(tmp_path, capsys):
    lines = [json.dumps({"id": f"n{i}", "text": t, "date": "2024-04-0" + str(i + 1)}, ensure_ascii=False)
             for i, t in enumerate(ARTICLES)]
    lines.insert(2, '{"id": "broken", "text": "نص')
    lines.insert(4, json.dumps({"id": "latin", "text": "No Arabic here."}))
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, _, err = _run(["analyze", str(src), "--format", "jsonl", "-o", str(out_path), "--workers", "1"], capsys)
    assert code == 1  # some errors
    docs = [json.loads(x) for x in out_path.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["n0", "n1", "batch-3", "n2", "latin", "n3", "n4"]
    assert [d["schema"] for d in docs].count("marsad/1-error") == 2
    assert "5 articles analysed, 2 errors" in err


def test_workers_give_the_same_output_as_one_process(tmp_path, capsys):
    src = tmp_path / "many.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(30):
            fh.write(json.dumps({"id": f"a{i}", "text": ARTICLES[i % 5], "date": "2024-01-15"},
                                ensure_ascii=False) + "\n")
            if i == 11:
                fh.write("{bad line\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _run(["analyze", str(src), "--format", "jsonl", "-o", str(one), "--workers", "1"], capsys)[0] == 1
    assert _run(["analyze", str(src), "--format", "jsonl", "-o", str(two), "--workers", "2"], capsys)[0] == 1
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) == 31


def test_worker_that_dies_costs_only_its_article(monkeypatch):
    """An article that kills its worker process becomes an error record; the rest come out in order."""
    import marsad.pipeline
    from marsad.io import ErrorRecord, Record
    from marsad.parallel import analyze_parallel

    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("needs fork to hand the patched pipeline to workers")
    real = marsad.pipeline.default_pipeline

    def deadly_pipeline(ner_model=None):
        pipe = real(ner_model)

        def run(text, **kw):
            if "قاتل" in text:
                os._exit(3)  # as a segfault or the OOM killer would
            return pipe(text, **kw)

        return run

    monkeypatch.setattr(marsad.pipeline, "default_pipeline", deadly_pipeline)
    monkeypatch.setenv("MARSAD_MP_START", "fork")
    records = [Record(id=f"r{i}", text=ARTICLES[i % 5], origin=f"r{i}") for i in range(20)]
    records[9] = Record(id="r9", text="خبر قاتل للعامل", origin="r9")
    records.insert(3, ErrorRecord("bad", "bad", "bad: unreadable"))
    results = list(analyze_parallel(records, workers=2, chunk_size=3))
    assert [r.id for r, _ in results] == [r.id for r in records]
    failed = [r.id for r, art in results if art is None]
    assert failed == ["bad", "r9"]
    assert all(art.text == rec.text for rec, art in results if art is not None)


def test_real_entry_point_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "binary" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_scores_a_subset_of_the_gold_set_by_file_pattern(capsys) -> None:
    code, out, _ = _run(["eval", "--split", "dev", "--files", "001_*", "002_*", "--json"], capsys)
    assert code == 0
    (report,) = json.loads(out)
    assert report["split"] == "dev 001_* 002_*" and report["articles"] == 2
    assert report["scores"]["sentences"]["tp"] + report["scores"]["sentences"]["fn"] > 0
    code, _, err = _run(["eval", "--split", "dev", "--files", "no-such-article*"], capsys)
    assert code != 0 and "no gold file matches" in err and len(err.strip().splitlines()) == 1
