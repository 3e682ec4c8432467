"""Arabic full-text search over the store, with filters, facets and highlighted snippets.

The index holds normalised, clitic-stripped keys (see :mod:`marsad.store.keys`);
a query goes through the same steps, every query word must match (any of its
alternative keys), and results are ranked by BM25 (SQLite FTS5) or ts_rank
(PostgreSQL).  Snippets are cut from the ORIGINAL text around the matching words,
with highlight offsets into that text, so nothing shown is the normalised form.
Query strings only ever reach SQL as bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.store.db import Store
from marsad.store.keys import iter_word_spans, parse_query

SNIPPET_CHARS = 220


@dataclass
class Filters:
    entity: str | None = None  # entity id, or a name/alias (Arabic or English)
    speaker: str | None = None  # entity id or name of a quoted speaker
    event_type: str | None = None
    actor: str | None = None  # actor code prefix, e.g. "SYR" or "USA GOV"
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _fts_match(words: list[tuple[str, ...]]) -> str:
    # Keys hold only letters and digits, so double-quoting them is enough for FTS5 syntax.
    return " AND ".join("(" + " OR ".join(f'"{k}"' for k in alts) + ")" for alts in words)


def _tsquery(words: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " | ".join(f"'{k}'" for k in alts) + ")" for alts in words)


def _entity_ids(store: Store, value: str) -> list[str]:
    """Entity ids named by ``value``: an id, an English name, or an Arabic name/alias."""
    from marsad.text.normalize import normalize

    rows = store.query("SELECT id FROM entities WHERE id = ? OR lower(name_en) = lower(?) OR name = ?",
                       (value, value, value))
    rows += store.query("SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE alias = ? OR alias = ?",
                        (value, normalize(value)))
    return sorted({r["id"] for r in rows}) or ["\x00none"]


def _filter_sql(store: Store, f: Filters) -> tuple[list[str], list[Any]]:
    where, params = ["a.duplicate_of IS NULL"], []
    if f.entity:
        ids = _entity_ids(store, f.entity)
        where.append(f"EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id "
                     f"AND ae.entity_id IN ({', '.join('?' * len(ids))}))")
        params += ids
    if f.speaker:
        ids = _entity_ids(store, f.speaker)
        where.append(f"EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND (q.speaker_entity_id IN "
                     f"({', '.join('?' * len(ids))}) OR q.speaker_text = ? OR lower(q.speaker_name_en) = lower(?)))")
        params += [*ids, f.speaker, f.speaker]
    if f.event_type:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ?)")
        params.append(f.event_type.upper())
    if f.actor:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND "
                     "(substr(e.source_code, 1, ?) = ? OR substr(e.target_code, 1, ?) = ?))")
        code = f.actor.upper()
        params += [len(code), code, len(code), code]
    if f.source:
        where.append("a.source = ?")
        params.append(f.source)
    if f.date_from:
        where.append("a.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.date <= ?")
        params.append(f.date_to)
    return where, params


def search(store: Store, query: str = "", filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0, facets: bool = True) -> SearchResult:
    """Articles matching ``query`` (may be empty: filters only, newest first)."""
    f = filters or Filters()
    words = parse_query(query)
    where, params = _filter_sql(store, f)
    if query.strip() and not words:
        return SearchResult(total=0)
    if words and store.dialect == "sqlite":
        base = ("FROM article_search s JOIN articles a ON a.id = s.article_id "
                "WHERE article_search MATCH ? AND " + " AND ".join(where))
        bparams = [_fts_match(words), *params]
        rank = "bm25(article_search, 0.0, 5.0, 1.0)"
    elif words:
        base = ("FROM article_search s JOIN articles a ON a.id = s.article_id "
                "WHERE s.tsv @@ to_tsquery('simple', ?) AND " + " AND ".join(where))
        bparams = [_tsquery(words), *params]
        rank = "-ts_rank(s.tsv, to_tsquery('simple', ?))"
    else:
        base = "FROM articles a WHERE " + " AND ".join(where)
        bparams = params
        rank = None
    total = int(store.scalar(f"SELECT COUNT(*) {base}", bparams) or 0)
    cols = "a.id, a.title, a.date, a.source, a.url, a.text, a.n_entities, a.n_quotes, a.n_events"
    if rank is None:
        sql = f"SELECT {cols} {base} ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?"
        rows = store.query(sql, [*bparams, limit, offset])
    elif store.dialect == "sqlite":
        rows = store.query(f"SELECT {cols}, {rank} AS score {base} ORDER BY score, a.date DESC LIMIT ? OFFSET ?",
                           [*bparams, limit, offset])
    else:
        rows = store.query(f"SELECT {cols}, {rank} AS score {base} ORDER BY score, a.date DESC LIMIT ? OFFSET ?",
                           [_tsquery(words), *bparams, limit, offset])
    hits = []
    for row in rows:
        text = row.pop("text")
        row.pop("score", None)
        row["snippet"] = snippet(text, words)
        hits.append(row)
    result = SearchResult(total=total, hits=hits)
    if facets:
        result.facets = _facets(store, base, bparams)
    return result


def _facets(store: Store, base: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    ids = f"SELECT a.id {base}"
    return {
        "source": store.query(f"SELECT a2.source AS value, COUNT(*) AS count FROM articles a2 WHERE a2.id IN ({ids}) "
                              "AND a2.source IS NOT NULL GROUP BY a2.source ORDER BY count DESC, value LIMIT 10", params),
        "entity": store.query(
            "SELECT en.id AS value, COALESCE(en.name_en, en.name) AS label, en.name AS name, en.type AS type, "
            f"COUNT(DISTINCT ae.article_id) AS count FROM article_entities ae JOIN entities en ON en.id = ae.entity_id "
            f"WHERE ae.article_id IN ({ids}) GROUP BY en.id, en.name_en, en.name, en.type "
            "ORDER BY count DESC, label LIMIT 15", params),
        "event_type": store.query(f"SELECT e.type AS value, COUNT(*) AS count FROM events e WHERE e.article_id IN ({ids}) "
                                  "GROUP BY e.type ORDER BY count DESC, value LIMIT 20", params),
    }


def snippet(text: str, words: list[tuple[str, ...]], width: int = SNIPPET_CHARS) -> dict[str, Any]:
    """A window of the original text around the first matching word, with highlight offsets in it."""
    wanted = {k for alts in words for k in alts}
    marks = [(s, e) for s, e, keys in iter_word_spans(text) if wanted & set(keys)] if wanted else []
    centre = marks[0][0] if marks else 0
    start = max(0, centre - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 30 else end
    return {
        "text": text[start:end], "start": start, "end": end,
        "prefix": "…" if start > 0 else "", "suffix": "…" if end < len(text) else "",
        "highlights": [[s - start, e - start] for s, e in marks if s >= start and e <= end],
    }
