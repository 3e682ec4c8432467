"""The marsad pipeline on Apache Spark: articles in (JSONL or Parquet), Parquet datasets out.

Run it with ``marsad spark INPUT OUTPUT`` (local mode) or on a cluster with::

    spark-submit --master yarn src/marsad/spark_job.py INPUT OUTPUT

(marsad must be installed in the executors' Python; see docs/spark.md).  Output under
``OUTPUT``: ``articles/``, ``entities/``, ``quotes/``, ``events/``, ``errors/``, each
partitioned by ``partition_date`` (the article date, ``__none__`` when it has none).

Every row is a flattening of the contract objects of :mod:`marsad.model` (nested spans
become ``<field>_start``/``<field>_end``/``<field>_text`` columns), so the columns follow
the contract automatically.  The functions that make rows need no Spark, which lets the
tests compare the Spark output with the local pipeline record for record.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any

from marsad import model
from marsad.io import ErrorRecord, Record, parse_jsonl_line, record_from_json

TABLES = ("articles", "entities", "quotes", "events", "errors")
NO_DATE = "__none__"  # partition of articles without a date
PARTITION_COLUMN = "partition_date"

# Columns every row of a table starts with; the rest come from the contract dataclass.
_ARTICLE_KEYS = [("article_id", "string"), ("date", "string")]
_TABLE_OBJECTS: dict[str, type] = {"entities": model.Entity, "quotes": model.Quote, "events": model.Event}


# ---------------------------------------------------------------- schemas from the contract

def _leaf_type(tp: Any) -> str | type | None:
    """Spark SQL type of a contract field, a dataclass to flatten, or None when unsupported."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return _leaf_type(args[0]) if len(args) == 1 else "string"
    if typing.get_origin(tp) is list:
        inner = args[0]
        if dataclasses.is_dataclass(inner):
            fields = ", ".join(f"`{n}`: {t}" for n, t in _flat_fields(inner))
            return f"array<struct<{fields}>>"
        return f"array<{_leaf_type(inner)}>"
    if dataclasses.is_dataclass(tp):
        return tp
    return {str: "string", int: "bigint", bool: "boolean", float: "double"}.get(tp, "string")


@cache
def _flat_fields(cls: type) -> list[tuple[str, str]]:
    """(column, Spark type) of a contract dataclass with nested objects flattened as ``field_sub``."""
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, str]] = []
    for f in dataclasses.fields(cls):
        kind = _leaf_type(hints[f.name])
        if isinstance(kind, type):
            out += [(f"{f.name}_{sub}", t) for sub, t in _flat_fields(kind)]
        else:
            out.append((f.name, kind))
    return out


@cache
def table_columns(table: str) -> list[tuple[str, str]]:
    """The columns (name, Spark SQL type) of one output table."""
    if table == "articles":
        return _ARTICLE_KEYS + [
            ("title", "string"), ("url", "string"), ("source", "string"), ("text", "string"),
            ("n_sentences", "bigint"), ("n_entities", "bigint"), ("n_quotes", "bigint"), ("n_events", "bigint"),
            ("json", "string"),
        ]
    if table == "errors":
        return _ARTICLE_KEYS + [("origin", "string"), ("error", "string")]
    obj_cols = [(("entity_id" if n == "id" and table == "entities" else
                  "quote_id" if n == "id" and table == "quotes" else
                  "event_id" if n == "id" else n), t) for n, t in _flat_fields(_TABLE_OBJECTS[table])]
    return _ARTICLE_KEYS + obj_cols


def table_schema(table: str) -> str:
    """The Spark DDL schema of one output table (partition column not included)."""
    return ", ".join(f"`{n}` {t}" for n, t in table_columns(table))


# ---------------------------------------------------------------- rows (no Spark needed)

def _flatten(obj: dict[str, Any] | None, cls: type, prefix: str = "") -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        value = obj.get(f.name) if obj else None
        kind = _leaf_type(hints[f.name])
        if isinstance(kind, type):
            out.update(_flatten(value, kind, f"{prefix}{f.name}_"))
        else:
            out[prefix + f.name] = value
    return out


def article_rows(article: model.Article) -> list[tuple[str, dict[str, Any]]]:
    """``(table, row)`` pairs for one analysed article: its article row and one row per object."""
    data = article.to_dict()
    keys = {"article_id": article.id, "date": article.date}
    rows: list[tuple[str, dict[str, Any]]] = [("articles", {
        **keys, "title": article.title, "url": article.url, "source": article.source, "text": article.text,
        "n_sentences": len(article.sentences), "n_entities": len(article.entities),
        "n_quotes": len(article.quotes), "n_events": len(article.events),
        "json": json.dumps(data, ensure_ascii=False),
    })]
    for table, cls in _TABLE_OBJECTS.items():
        id_col = {"entities": "entity_id", "quotes": "quote_id", "events": "event_id"}[table]
        for obj in data[table]:
            flat = _flatten(obj, cls)
            flat[id_col] = flat.pop("id")
            rows.append((table, {**keys, **flat}))
    return rows


def error_row(err: ErrorRecord, date: str | None = None) -> tuple[str, dict[str, Any]]:
    return "errors", {"article_id": err.id, "date": date, "origin": err.origin, "error": err.error}


def rows_for_records(records: list[Record | ErrorRecord], ner_model: str | None = None
                     ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Analyse records with this process's pipeline (loaded once) and yield their rows."""
    from marsad.cli import analyze_records
    from marsad.pipeline import default_pipeline

    pipeline = default_pipeline(ner_model)
    for record in records:
        date = record.date if isinstance(record, Record) else None
        for rec, art in analyze_records(iter([record]), pipeline):
            if art is None:
                yield error_row(rec, date)  # type: ignore[arg-type]
                continue
            try:
                rows = article_rows(art)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - a row that cannot be made is an error row, not a failed job
                yield error_row(ErrorRecord(rec.id, rec.origin, f"{rec.origin}: internal error: "
                                            f"{type(exc).__name__}: {exc}"), date)
                continue
            yield from rows


def parse_input_row(kind: str, payload: str, name: str, lineno: int) -> Record | ErrorRecord | None:
    """A record from one JSONL line (``kind='jsonl'``) or one Parquet row as JSON (``'parquet'``)."""
    if kind == "jsonl":
        return parse_jsonl_line(payload, name, lineno)
    from pathlib import Path

    from marsad.io import InputError

    origin = f"{name}:{lineno}"
    try:
        return record_from_json(json.loads(payload), origin, f"{Path(name).stem}-{lineno}")
    except InputError as exc:
        return ErrorRecord(f"{Path(name).stem}-{lineno}", origin, str(exc))


# ---------------------------------------------------------------- the Spark side

# The single schema of the analysis step: one row per output row, its table, and its
# columns as JSON (parsed into each table's typed schema afterwards).
_ROW_SCHEMA = "table string, partition_date string, row string"


def _analyze_batches(kind: str, name: str, ner_model: str | None):
    """The function given to ``mapInArrow``: (lineno, payload) batches → output-row batches."""

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        for batch in batches:
            cols = batch.to_pydict()
            records = [r for r in (parse_input_row(kind, p, name, int(n))
                                   for n, p in zip(cols["lineno"], cols["payload"], strict=True))
                       if r is not None]
            tables, parts, rows = [], [], []
            for table, row in rows_for_records(records, ner_model):
                tables.append(table)
                parts.append(row.get("date") or NO_DATE)
                rows.append(json.dumps(row, ensure_ascii=False))
            yield pa.RecordBatch.from_pydict({"table": tables, "partition_date": parts, "row": rows},
                                             schema=pa.schema([("table", pa.string()),
                                                               ("partition_date", pa.string()),
                                                               ("row", pa.string())]))

    return run


def _read_input(spark: Any, path: str) -> tuple[str, Any]:
    """(kind, RDD of (lineno, payload)) for a JSONL file/directory or Parquet input."""
    from pyspark.sql import functions as F

    lower = path.rstrip("/").lower()
    if lower.endswith(".parquet") or _is_parquet_dir(path):
        df = spark.read.parquet(path)
        if "text" not in df.columns:
            raise ValueError(f"{path}: Parquet input needs a 'text' column (has: {', '.join(df.columns)})")
        payloads = df.select(F.to_json(F.struct(*[F.col(c) for c in df.columns])).alias("p")).rdd.map(lambda r: r[0])
        kind = "parquet"
    else:
        payloads = spark.sparkContext.textFile(path)
        kind = "jsonl"
    return kind, payloads.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))


def _is_parquet_dir(path: str) -> bool:
    from pathlib import Path

    p = Path(path)
    return p.is_dir() and any(p.rglob("*.parquet"))


def run_job(spark: Any, input_path: str, output_path: str, ner_model: str | None = None,
            partitions: int | None = None) -> dict[str, int]:
    """Analyse ``input_path`` and write the five datasets under ``output_path`` (overwriting).

    Returns the number of rows written per table.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    kind, numbered = _read_input(spark, input_path)
    want = partitions or spark.sparkContext.defaultParallelism
    if numbered.getNumPartitions() < want:
        numbered = numbered.repartition(want)
    lines = spark.createDataFrame(numbered, "lineno long, payload string")
    rows = lines.mapInArrow(_analyze_batches(kind, input_path, ner_model), _ROW_SCHEMA)
    # Analyse once, then split into the five tables.
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    counts: dict[str, int] = {}
    try:
        for table in TABLES:
            part = rows.where(F.col("table") == table)
            parsed = part.select(F.from_json("row", table_schema(table)).alias("r"), PARTITION_COLUMN)
            out = parsed.select("r.*", PARTITION_COLUMN)
            counts[table] = part.count()
            writer = out.write.mode("overwrite")
            if counts[table]:
                writer = writer.partitionBy(PARTITION_COLUMN)
            else:
                # An empty partitioned write leaves no file to read the schema from; an
                # unpartitioned one leaves one empty file with every column.
                writer = out.coalesce(1).write.mode("overwrite")
            writer.parquet(f"{output_path.rstrip('/')}/{table}")
    finally:
        rows.unpersist()
    return counts


def loopback_session(master: str = "local[*]", app_name: str = "marsad"):
    """A SparkSession that listens on 127.0.0.1 only, with no web UI, using this Python."""
    import os

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName(app_name).master(master)
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")  # keep the loaded pipeline between tasks
               .config("spark.sql.shuffle.partitions", "8")
               .config("spark.sql.sources.partitionOverwriteMode", "static"))
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``spark-submit spark_job.py INPUT OUTPUT``: uses the master spark-submit gives."""
    parser = argparse.ArgumentParser(prog="spark_job.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--ner-model")
    parser.add_argument("--partitions", type=int)
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("marsad").getOrCreate()
    try:
        counts = run_job(spark, args.input, args.output, args.ner_model, args.partitions)
    finally:
        spark.stop()
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
