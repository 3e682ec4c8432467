"""Read-side queries behind both the JSON API and the HTML pages (one source of truth)."""

from __future__ import annotations

from typing import Any

from marsad.store.db import Store

MAX_PAGE = 200


def page_args(page: int, per_page: int) -> tuple[int, int]:
    per_page = max(1, min(per_page, MAX_PAGE))
    return per_page, (max(page, 1) - 1) * per_page


def overview(store: Store) -> dict[str, Any]:
    count = store.scalar
    return {
        "articles": count("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL"),
        "duplicates": count("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "entities": count("SELECT COUNT(DISTINCT entity_id) FROM article_entities"),
        "quotes": count("SELECT COUNT(*) FROM quotes"),
        "events": count("SELECT COUNT(*) FROM events"),
        "errors": count("SELECT COUNT(*) FROM errors"),
    }


def list_articles(store: Store, page: int = 1, per_page: int = 20) -> dict[str, Any]:
    limit, offset = page_args(page, per_page)
    rows = store.query("SELECT id, title, date, source, url, duplicate_of, similarity, n_entities, n_quotes, n_events,"
                       " n_repairs FROM articles ORDER BY date DESC, id LIMIT ? OFFSET ?", (limit, offset))
    return {"total": store.scalar("SELECT COUNT(*) FROM articles"), "page": page, "per_page": limit, "items": rows}


def duplicates_of(store: Store, article_id: str) -> list[dict[str, Any]]:
    return store.query("SELECT id, title, source, date, similarity FROM articles WHERE duplicate_of = ? ORDER BY id",
                       (article_id,))


def article_entity_ids(store: Store, article_id: str) -> dict[str, str]:
    rows = store.query("SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,))
    return {r["local_id"]: r["entity_id"] for r in rows}


def list_entities(store: Store, type_: str | None = None, q: str | None = None, page: int = 1,
                  per_page: int = 50) -> dict[str, Any]:
    limit, offset = page_args(page, per_page)
    where, params = ["1 = 1"], []
    if type_:
        where.append("en.type = ?")
        params.append(type_.upper())
    if q:
        where.append("(lower(COALESCE(en.name_en, '')) = lower(?) OR en.name = ? OR EXISTS "
                     "(SELECT 1 FROM entity_aliases al WHERE al.entity_id = en.id AND al.alias = ?))")
        params += [q, q, q]
    cond = " AND ".join(where)
    total = store.scalar(f"SELECT COUNT(*) FROM entities en WHERE {cond} AND EXISTS "
                         "(SELECT 1 FROM article_entities ae WHERE ae.entity_id = en.id)", params)
    rows = store.query(
        "SELECT en.id, en.type, en.name, en.name_en, en.country, COUNT(DISTINCT ae.article_id) AS articles,"
        " SUM(ae.n_mentions) AS mentions FROM entities en JOIN article_entities ae ON ae.entity_id = en.id"
        f" WHERE {cond} GROUP BY en.id, en.type, en.name, en.name_en, en.country"
        " ORDER BY articles DESC, mentions DESC, en.name LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "page": page, "per_page": limit, "items": rows}


def entity_detail(store: Store, entity_id: str, limit: int = 200) -> dict[str, Any] | None:
    rows = store.query("SELECT id, key, type, name, name_en, country, sector FROM entities WHERE id = ?", (entity_id,))
    if not rows:
        return None
    ent = rows[0]
    ent["aliases"] = [r["alias"] for r in store.query(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]
    ent["mentions"] = store.query(
        "SELECT m.article_id, a.title, a.date, a.source, m.start_char, m.end_char, m.text"
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        " ORDER BY a.date, m.article_id, m.start_char LIMIT ?", (entity_id, limit))
    _add_context(store, ent["mentions"])
    ent["quotes"] = store.query(
        "SELECT q.article_id, a.date, a.title, q.quote_id, q.kind, q.speaker_text, q.cue_text, q.stance, q.content,"
        " q.content_start, q.content_end FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.speaker_entity_id = ? ORDER BY a.date, q.article_id, q.content_start LIMIT ?", (entity_id, limit))
    ent["events"] = store.query(
        "SELECT e.*, a.date AS article_date, a.title FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.source_entity_id = ? OR e.target_entity_id = ? OR e.location_entity_id = ?"
        " ORDER BY COALESCE(e.event_date, a.date), e.article_id LIMIT ?", (entity_id, entity_id, entity_id, limit))
    ent["cooccurring"] = cooccurring(store, entity_id)
    return ent


def _add_context(store: Store, mentions: list[dict[str, Any]], width: int = 60) -> None:
    """Give each mention the text around it: ``before``, ``text``, ``after`` (original text)."""
    texts: dict[str, str] = {}
    for m in mentions:
        aid = m["article_id"]
        if aid not in texts:
            texts[aid] = store.scalar("SELECT text FROM articles WHERE id = ?", (aid,)) or ""
        text, s, e = texts[aid], m["start_char"], m["end_char"]
        m["before"] = text[max(0, s - width):s]
        m["after"] = text[e:e + width]


def cooccurring(store: Store, entity_id: str, limit: int = 12) -> list[dict[str, Any]]:
    """Entities named in the same articles, with how many articles they share."""
    return store.query(
        "SELECT en.id, en.type, en.name, en.name_en, COUNT(DISTINCT b.article_id) AS shared"
        " FROM article_entities a JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id"
        " JOIN entities en ON en.id = b.entity_id WHERE a.entity_id = ?"
        " GROUP BY en.id, en.type, en.name, en.name_en ORDER BY shared DESC, en.name LIMIT ?", (entity_id, limit))


EVENT_COLUMNS = ("article_id", "event_id", "event_date", "article_date", "type", "mode", "cameo", "source_text",
                 "source_code", "target_text", "target_code", "negated", "modality", "location_text", "location_en",
                 "location_country", "trigger_text", "evidence", "title", "source")


def list_events(store: Store, type_: str | None = None, actor: str | None = None, date_from: str | None = None,
                date_to: str | None = None, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    limit, offset = page_args(page, per_page)
    where, params = ["1 = 1"], []
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    if actor:
        code = actor.upper()
        where.append("(substr(COALESCE(e.source_code, ''), 1, ?) = ? OR substr(COALESCE(e.target_code, ''), 1, ?) = ?"
                     " OR e.source_entity_id = ? OR e.target_entity_id = ?)")
        params += [len(code), code, len(code), code, actor, actor]
    day = "COALESCE(e.event_date, a.date)"
    if date_from:
        where.append(f"{day} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{day} <= ?")
        params.append(date_to)
    cond = " AND ".join(where)
    base = f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {cond}"
    total = store.scalar(f"SELECT COUNT(*) {base}", params)
    rows = store.query(
        "SELECT e.article_id, e.event_id, e.event_date, a.date AS article_date, e.type, e.mode, e.cameo,"
        " e.source_text, e.source_code, e.source_entity_id, e.target_text, e.target_code, e.target_entity_id,"
        " e.negated, e.modality, e.location_text, e.location_en, e.location_country, e.trigger_text,"
        " substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence, a.title, a.source"
        f" {base} ORDER BY {day} DESC, e.article_id, e.trigger_start LIMIT ? OFFSET ?", [*params, limit, offset])
    by_day = store.query(f"SELECT {day} AS day, e.type AS type, COUNT(*) AS count {base} AND {day} IS NOT NULL"
                         f" GROUP BY {day}, e.type ORDER BY day", params)
    types = store.query("SELECT type AS value, COUNT(*) AS count FROM events GROUP BY type ORDER BY count DESC, value")
    return {"total": total, "page": page, "per_page": limit, "items": rows, "by_day": by_day, "types": types}


def errors(store: Store, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    limit, offset = page_args(page, per_page)
    rows = store.query("SELECT article_id, origin, error, created_at FROM errors ORDER BY id DESC LIMIT ? OFFSET ?",
                       (limit, offset))
    return {"total": store.scalar("SELECT COUNT(*) FROM errors"), "page": page, "per_page": limit, "items": rows}
