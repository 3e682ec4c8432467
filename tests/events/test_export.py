"""``marsad export events``: CSV and Parquet rows from analyze JSONL output."""

from __future__ import annotations

import argparse
import csv
import json

import pytest

from marsad.cli import UserError
from marsad.events.cli import register
from marsad.events.export import COLUMNS, events_rows

ARTICLES = [
    ("a1", "2024-05-02", "قصفت الطائرات الإسرائيلية أمس مواقع لحركة حماس في قطاع غزة."),
    ("a2", "2024-05-02", "تظاهر آلاف المحتجين في بغداد اليوم للمطالبة بتحسين الخدمات."),
]


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory):
    from marsad.pipeline import Pipeline

    pipe = Pipeline(stages=("events",))
    path = tmp_path_factory.mktemp("exp") / "analysed.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for art_id, date, text in ARTICLES:
            fh.write(json.dumps(pipe(text, id=art_id, date=date).to_dict(), ensure_ascii=False) + "\n")
        fh.write(json.dumps({"schema": "marsad/1-error", "id": "bad", "origin": "x", "error": "empty"}) + "\n")
    return path


def expected_rows(jsonl) -> list[tuple[str, str]]:
    out = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        out += [(art["id"], e["type"]) for e in art.get("events", [])]
    return out


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_rows_from_an_article_dict(jsonl):
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    rows = events_rows(first)
    assert rows and set(rows[0]) == set(COLUMNS)
    row = rows[0]
    assert (row["article_id"], row["type"], row["cameo"]) == ("a1", "ASSAULT", "194")
    assert row["event_date"] == "2024-05-01" and row["location_country"] == "PSE"
    assert first["text"][row["evidence_start"]:row["evidence_end"]] == row["sentence"]


def test_csv_export(jsonl, tmp_path):
    out = tmp_path / "events.csv"
    assert run_cli("export", "events", str(jsonl), "--format", "csv", "-o", str(out)) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["article_id"], r["type"]) for r in rows] == expected_rows(jsonl)
    protest = next(r for r in rows if r["type"] == "PROTEST")
    assert protest["article_id"] == "a2" and protest["negated"] == "false" and protest["location_country"] == "IRQ"
    assert not list(tmp_path.glob(".*.tmp"))


def test_parquet_export(jsonl, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert run_cli("export", "events", str(jsonl), "--format", "parquet", "-o", str(out)) == 0
    table = pq.read_table(out)
    assert table.column("type").to_pylist() == [t for _, t in expected_rows(jsonl)]
    assert set(table.column("negated").to_pylist()) == {False}
    assert table.schema.field("trigger_start").type == "int64"


def test_bad_lines_are_reported_but_do_not_stop_the_export(jsonl, tmp_path, capsys):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("not json\n" + jsonl.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "e.csv"
    assert run_cli("export", "events", str(mixed), "-o", str(out)) == 1
    assert "mixed.jsonl:1" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + len(expected_rows(jsonl))


def test_missing_input_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        run_cli("export", "events", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.csv"))
