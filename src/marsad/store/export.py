"""Tables out of the corpus store (or a ``marsad analyze --format jsonl`` file): events, quotes, entities, articles.

Events reuse :func:`marsad.events.export.events_rows` on each stored contract, so a
table exported from the store has the same columns as one exported from JSONL, plus
``source_entity_id``/``target_entity_id``: the corpus-wide entity ids that join with
the entities table.  Duplicates (wire copies) are left out unless asked for: they
are not independent evidence.  Every output is written to a temporary file and
renamed into place, so a failed export never leaves a half-written table.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.events.export import write_parquet
from marsad.store.db import Store
from marsad.store.keys import entity_id, entity_key

BATCH = 500  # articles read per query: streams a large corpus in constant memory on both dialects

QUOTE_COLUMNS = (
    "article_id", "article_date", "source", "quote_id", "kind", "speaker_text", "speaker_entity",
    "speaker_entity_id", "speaker_name_en", "speaker_start", "speaker_end", "cue", "cue_lemma", "stance",
    "content", "content_start", "content_end", "channel",
)
ENTITY_COLUMNS = ("entity_id", "type", "name", "name_en", "country", "sector", "articles", "mentions",
                  "first_date", "last_date", "aliases")
EXTRA_EVENT_COLUMNS = ("source_entity_id", "target_entity_id")
INT_COLUMNS = {"trigger_start", "trigger_end", "evidence_start", "evidence_end", "speaker_start", "speaker_end",
               "content_start", "content_end", "articles", "mentions"}
BOOL_COLUMNS = {"negated"}




def iter_stored_articles(store: Store, *, duplicates: bool = False) -> Iterator[dict[str, Any]]:
    """The stored ``marsad/1`` contract of every article, in id order, a batch at a time."""
    last = ""
    where = "" if duplicates else " AND duplicate_of IS NULL"
    while True:
        rows = store.query(f"SELECT id, json FROM articles WHERE id > ?{where} ORDER BY id LIMIT ?", (last, BATCH))
        for row in rows:
            yield json.loads(row["json"])
        if len(rows) < BATCH:
            return
        last = rows[-1]["id"]


def _global_ids(article: dict[str, Any]) -> dict[str, str]:
    """Local entity id (e1 …) → corpus-wide entity id, computed as the store computes it."""
    return {e["id"]: entity_id(entity_key(e["type"], e["name"], e.get("name_en")))
            for e in article.get("entities") or [] if isinstance(e, dict) and e.get("id") and e.get("type")}


def store_event_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """:func:`events_rows` of one article plus the corpus-wide ids of its source and target."""
    from marsad.events.export import events_rows

    ids = _global_ids(article)
    rows = events_rows(article)
    for row in rows:
        row["source_entity_id"] = ids.get(row.get("source_entity") or "")
        row["target_entity_id"] = ids.get(row.get("target_entity") or "")
    return rows


def quote_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per quote of an article in the ``marsad/1`` JSON shape."""
    ids = _global_ids(article)
    rows = []
    for q in article.get("quotes") or []:
        sp, cue, content = q.get("speaker") or {}, q.get("cue") or {}, q.get("content") or {}
        rows.append({
            "article_id": article.get("id"), "article_date": article.get("date"), "source": article.get("source"),
            "quote_id": q.get("id"), "kind": q.get("kind"),
            "speaker_text": sp.get("text"), "speaker_entity": sp.get("entity"),
            "speaker_entity_id": ids.get(sp.get("entity") or ""), "speaker_name_en": sp.get("name_en"),
            "speaker_start": sp.get("start"), "speaker_end": sp.get("end"),
            "cue": cue.get("text"), "cue_lemma": cue.get("lemma"), "stance": cue.get("stance"),
            "content": content.get("text"), "content_start": content.get("start"), "content_end": content.get("end"),
            "channel": (q.get("channel") or {}).get("text"),
        })
    return rows


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One row per corpus-wide entity: how many articles and mentions, first/last date, aliases."""
    sql = ("SELECT e.id AS entity_id, e.type, e.name, e.name_en, e.country, e.sector,"
           " COUNT(DISTINCT ae.article_id) AS articles, COALESCE(SUM(ae.n_mentions), 0) AS mentions,"
           " MIN(a.date) AS first_date, MAX(a.date) AS last_date"
           " FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id"
           " LEFT JOIN articles a ON a.id = ae.article_id"
           " WHERE e.id > ? GROUP BY e.id, e.type, e.name, e.name_en, e.country, e.sector ORDER BY e.id LIMIT ?")
    last = ""
    while True:
        rows = store.query(sql, (last, BATCH))
        if not rows:
            return
        marks = ", ".join("?" * len(rows))
        aliases: dict[str, list[str]] = {}
        for r in store.query(f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({marks})"
                             " ORDER BY entity_id, alias", [r["entity_id"] for r in rows]):
            aliases.setdefault(r["entity_id"], []).append(r["alias"])
        for row in rows:
            row["articles"], row["mentions"] = int(row["articles"]), int(row["mentions"])
            row["aliases"] = " | ".join(aliases.get(row["entity_id"], []))
            yield row
        if len(rows) < BATCH:
            return
        last = rows[-1]["entity_id"]


# -- writing ---------------------------------------------------------------------------------------

def _csv_value(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def write_table(rows: Iterable[dict[str, Any]], out: Path, fmt: str, columns: tuple[str, ...]) -> int:
    """Write ``rows`` as CSV, Parquet or JSON lines (only ``columns``, in order), atomically; returns the count."""
    from marsad.util import AtomicWriter

    if fmt == "parquet":
        return _write_parquet(rows, out, columns)
    n = 0
    with AtomicWriter(out) as fh:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({c: _csv_value(row.get(c)) for c in columns})
                n += 1
        else:
            for row in rows:
                fh.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
                n += 1
    return n


def write_articles(articles: Iterable[dict[str, Any]], out: Path) -> int:
    """The full ``marsad/1`` contract of each article, one JSON object per line, atomically."""
    from marsad.util import AtomicWriter

    n = 0
    with AtomicWriter(out) as fh:
        for art in articles:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(rows: Iterable[dict[str, Any]], out: Path, columns: tuple[str, ...]) -> int:
    return write_parquet(rows, out, columns, frozenset(BOOL_COLUMNS), frozenset(INT_COLUMNS))
