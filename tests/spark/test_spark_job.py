"""The Spark job gives the same records as the local pipeline (local mode, loopback only)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from marsad.io import iter_records
from marsad.spark_cli import spark_available

CORPUS = Path(__file__).with_name("articles.jsonl")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(spark_available() is not None, reason=spark_available() or ""),
]


@pytest.fixture(scope="module")
def spark():
    from marsad.spark_job import loopback_session

    session = loopback_session("local[2]", "marsad-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _local_rows(path: Path, name: str) -> dict[str, list[dict]]:
    """What the local pipeline gives for the same input, as rows of each table."""
    from marsad.spark_job import rows_for_records

    records = list(iter_records([str(path)]))
    out: dict[str, list[dict]] = {}
    for table, row in rows_for_records(records):
        out.setdefault(table, []).append(row)
    return out


def _spark_rows(spark, output: Path, table: str) -> list[dict]:
    df = spark.read.parquet(str(output / table))
    rows = []
    for r in df.collect():
        d = r.asDict(recursive=True)
        part = d.pop("partition_date")
        assert part == (d["date"] or "__none__")
        rows.append(d)
    return rows


def _first_difference(got: list[dict], want: list[dict]) -> str:
    extra = sorted(set(map(_key, got)) - set(map(_key, want)))
    missing = sorted(set(map(_key, want)) - set(map(_key, got)))
    if not extra or not missing:
        return f"{len(extra)} extra, {len(missing)} missing"
    a, b = json.loads(extra[0]), json.loads(missing[0])
    return "; ".join(f"{k}: spark {a.get(k)!r:.300} local {b.get(k)!r:.300}" for k in a if a.get(k) != b.get(k))


def _key(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def test_spark_matches_local_pipeline_record_for_record(spark, tmp_path):
    from marsad.spark_job import TABLES, run_job, table_columns

    corpus = tmp_path / "in.jsonl"
    shutil.copy(CORPUS, corpus)
    out = tmp_path / "out"
    counts = run_job(spark, str(corpus), str(out))
    local = _local_rows(corpus, str(corpus))

    for table in TABLES:
        got = _spark_rows(spark, out, table)
        want = local.get(table, [])
        assert sorted(map(_key, got)) == sorted(map(_key, want)), (table, _first_difference(got, want))
        assert counts[table] == len(want)
        if got:
            assert set(got[0]) == {name for name, _ in table_columns(table)}

    articles = {r["article_id"]: r for r in _spark_rows(spark, out, "articles")}
    # Five good articles; the id-less line gets the same default id as locally (file stem + line).
    assert set(articles) == {"sp-1", "sp-2", "sp-3", "sp-4", "in-7"}
    contract = json.loads(articles["sp-1"]["json"])
    assert contract["schema"] == "marsad/1" and contract["text"] == articles["sp-1"]["text"]
    assert articles["sp-4"]["date"] is None
    assert (out / "articles" / "partition_date=__none__").is_dir()

    errors = {r["origin"].rsplit(":", 1)[1]: r["error"] for r in _spark_rows(spark, out, "errors")}
    assert set(errors) == {"5", "8", "9", "10"}  # malformed JSON, no Arabic, empty, bad date
    assert "malformed JSON" in errors["5"] and "no Arabic" in errors["8"]


def test_rerun_overwrites_and_parquet_input(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from marsad.spark_job import run_job

    good = [r for r in iter_records([str(CORPUS)]) if hasattr(r, "text")]
    table = pa.table({"id": [r.id for r in good], "text": [r.text for r in good],
                      "date": [r.date for r in good], "title": [r.title for r in good]})
    pq.write_table(table, tmp_path / "in.parquet")
    out = tmp_path / "out"
    first = run_job(spark, str(tmp_path / "in.parquet"), str(out))
    second = run_job(spark, str(tmp_path / "in.parquet"), str(out))
    assert first == second and first["articles"] == len(good) and first["errors"] == 0
    ids = [r["article_id"] for r in _spark_rows(spark, out, "articles")]
    assert sorted(ids) == sorted(r.id for r in good)  # no duplicates after the second run


def test_cli_reports_missing_input(tmp_path, capsys):
    from marsad.cli import main

    assert main(["spark", str(tmp_path / "absent.jsonl"), str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
