"""Events as a flat table (one row per event) for analysts: CSV or Parquet.

:func:`events_rows` turns one article of the ``marsad/1`` JSON contract into rows; the
CLI (``marsad export events``) and any other face (the store, Spark) can reuse it.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

COLUMNS = (
    "article_id", "article_date", "event_id", "type", "mode", "cameo", "context",
    "source_code", "source_text", "source_entity", "target_code", "target_text", "target_entity",
    "negated", "modality", "quote_id", "location_name", "location_name_en", "location_country",
    "event_date", "event_date_text", "trigger", "trigger_start", "trigger_end",
    "evidence_start", "evidence_end", "sentence",
)


class ExportError(ValueError):
    """An input or output the export cannot use; one line for the user."""


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else None


def events_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per event of an article in the ``marsad/1`` JSON shape."""
    rows = []
    for ev in article.get("events") or []:
        src, tgt, loc = _get(ev, "source"), _get(ev, "target"), _get(ev, "location")
        date, trig, evid = _get(ev, "date"), _get(ev, "trigger") or {}, _get(ev, "evidence") or {}
        rows.append({
            "article_id": article.get("id"), "article_date": article.get("date"),
            "event_id": ev.get("id"), "type": ev.get("type"), "mode": ev.get("mode"),
            "cameo": ev.get("cameo"), "context": ev.get("context"),
            "source_code": _get(src, "code"), "source_text": _get(src, "text"), "source_entity": _get(src, "entity"),
            "target_code": _get(tgt, "code"), "target_text": _get(tgt, "text"), "target_entity": _get(tgt, "entity"),
            "negated": bool(ev.get("negated")), "modality": ev.get("modality"), "quote_id": ev.get("quote"),
            "location_name": _get(loc, "text"), "location_name_en": _get(loc, "name_en"),
            "location_country": _get(loc, "country"),
            "event_date": _get(date, "value"), "event_date_text": _get(date, "text"),
            "trigger": trig.get("text"), "trigger_start": trig.get("start"), "trigger_end": trig.get("end"),
            "evidence_start": evid.get("start"), "evidence_end": evid.get("end"), "sentence": evid.get("text"),
        })
    return rows


def read_articles(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line, article, error) for each line of a ``marsad analyze --format jsonl`` file."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield lineno, None, f"{path}:{lineno}: not a JSON line ({type(exc).__name__})"
                continue
            if not isinstance(obj, dict):
                yield lineno, None, f"{path}:{lineno}: expected a JSON object"
            elif obj.get("schema") == "marsad/1-error":
                yield lineno, None, None  # an article that failed analysis: nothing to export
            elif not str(obj.get("schema", "")).startswith("marsad/1"):
                yield lineno, None, f"{path}:{lineno}: not marsad/1 output (run 'marsad analyze --format jsonl')"
            else:
                yield lineno, obj, None


def _csv_value(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def write_csv(rows: Iterable[dict[str, Any]], out: Path) -> int:
    from marsad.util import AtomicWriter

    n = 0
    with AtomicWriter(out) as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_value(row.get(k)) for k in COLUMNS})
            n += 1
    return n


def write_parquet(rows: Iterable[dict[str, Any]], out: Path, columns: tuple[str, ...] = tuple(COLUMNS),
                  bools: frozenset[str] = frozenset({"negated"}),
                  ints: frozenset[str] = frozenset({"trigger_start", "trigger_end", "evidence_start",
                                                    "evidence_end"})) -> int:
    """Write ``rows`` as one Parquet file, atomically (temporary file renamed into place)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet output needs pyarrow: pip install 'marsad[web]' (or pip install pyarrow)") from None
    schema = pa.schema([(c, pa.bool_() if c in bools else pa.int64() if c in ints else pa.string())
                        for c in columns])
    data = [{c: r.get(c) for c in columns} for r in rows]
    table = pa.Table.from_pylist(data, schema=schema)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise
    return len(data)
