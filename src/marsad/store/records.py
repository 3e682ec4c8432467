"""Writing analysed articles into the store and reading them back.

``save_article`` replaces everything known about one article in one transaction,
so re-analysing with a newer marsad never leaves old and new records mixed.  A
duplicate keeps its article row (and contract JSON) but contributes no entities,
quotes, events or search entry: a wire copy printed five times is one piece of evidence.
"""

from __future__ import annotations

import json
from typing import Any

from marsad import __version__
from marsad.model import Article
from marsad.store.db import Store, now
from marsad.store.keys import entity_id, entity_key, index_text

_PER_ARTICLE_TABLES = ("article_entities", "mentions", "quotes", "events", "repairs", "minhashes", "article_facets")


def stored_state(store: Store) -> dict[str, tuple[str, str]]:
    """``{article id: (content hash, marsad version)}`` of every stored article (for resuming)."""
    rows = store.query("SELECT id, content_hash, marsad_version FROM articles")
    return {r["id"]: (r["content_hash"], r["marsad_version"]) for r in rows}


def record_error(store: Store, article_id: str, origin: str, error: str) -> None:
    with store.transaction():
        store.execute("DELETE FROM errors WHERE article_id = ? AND origin = ?", (article_id, origin))
        store.execute("INSERT INTO errors (article_id, origin, error, created_at) VALUES (?, ?, ?, ?)",
                      (article_id, origin, error, now()))


def save_article(store: Store, art: Article, *, content_hash: str, duplicate_of: str | None = None,
                 similarity: float | None = None, signature: bytes | None = None) -> None:
    """Store ``art`` (replacing any earlier version of it) atomically."""
    with store.transaction():
        earlier_entities = [r["entity_id"] for r in store.query(
            "SELECT DISTINCT entity_id FROM article_entities WHERE article_id = ?", (art.id,))]
        _replace_article(store, art, content_hash, duplicate_of, similarity, signature)
        _delete_orphans(store, earlier_entities)


def _delete_orphans(store: Store, entity_ids: list[str]) -> None:
    """Drop those of ``entity_ids`` (and their aliases) that no article refers to any more.

    A re-analysis may drop or rename an entity; its corpus-wide row must go with the last
    mention, or entity lists and pages would show identities with no evidence.
    """
    if not entity_ids:
        return
    marks = ", ".join("?" * len(entity_ids))
    unused = ("NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = {col})"
              " AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = {col})")
    store.execute(f"DELETE FROM entity_aliases WHERE entity_id IN ({marks}) AND "
                  + unused.format(col="entity_aliases.entity_id"), entity_ids)
    store.execute(f"DELETE FROM entities WHERE id IN ({marks}) AND " + unused.format(col="entities.id"), entity_ids)


def _replace_article(store: Store, art: Article, content_hash: str, duplicate_of: str | None,
                     similarity: float | None, signature: bytes | None) -> None:
    for table in _PER_ARTICLE_TABLES:
        store.execute(f"DELETE FROM {table} WHERE article_id = ?", (art.id,))
    store.execute("DELETE FROM article_search WHERE article_id = ?", (art.id,))
    store.execute("DELETE FROM articles WHERE id = ?", (art.id,))
    store.execute("DELETE FROM errors WHERE article_id = ?", (art.id,))
    store.execute(
        "INSERT INTO articles (id, content_hash, title, url, source, date, text, duplicate_of, similarity,"
        " marsad_version, analysed_at, n_entities, n_quotes, n_events, n_repairs, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (art.id, content_hash, art.title, art.url, art.source, art.date, art.text, duplicate_of, similarity,
         __version__, now(), len(art.entities), len(art.quotes), len(art.events), len(art.repairs),
         json.dumps(art.to_dict(), ensure_ascii=False)),
    )
    store.executemany(
        "INSERT INTO repairs (article_id, start_char, end_char, before_text, after_text, kind)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(art.id, r.start, r.end, r.before, r.after, r.kind) for r in art.repairs],
    )
    if duplicate_of is not None:
        return
    if signature is not None:
        store.execute("INSERT INTO minhashes (article_id, signature) VALUES (?, ?)", (art.id, signature))
    store.execute("INSERT INTO article_search (article_id, title_keys, body_keys) VALUES (?, ?, ?)",
                  (art.id, index_text(art.title), index_text(art.text)))
    local_to_global = _save_entities(store, art)
    _save_quotes(store, art, local_to_global)
    _save_events(store, art, local_to_global)
    _save_facets(store, art, local_to_global)


def _save_facets(store: Store, art: Article, ids: dict[str, str]) -> None:
    """The narrow rows search facets count (one per article and value; see schema migration 3)."""
    facets = {("source", art.source)} if art.source else set()
    facets |= {("entity", gid) for gid in ids.values()}
    facets |= {("event_type", e.type) for e in art.events}
    store.executemany("INSERT INTO article_facets (article_id, kind, value) VALUES (?, ?, ?)",
                      [(art.id, kind, value) for kind, value in sorted(facets)])


def _save_entities(store: Store, art: Article) -> dict[str, str]:
    local_to_global: dict[str, str] = {}
    for ent in art.entities:
        key = entity_key(ent.type, ent.name, ent.name_en)
        gid = entity_id(key)
        local_to_global[ent.id] = gid
        if store.dialect == "sqlite":
            store.execute("INSERT OR IGNORE INTO entities (id, key, type, name, name_en, country, sector)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (gid, key, ent.type, ent.name, ent.name_en, ent.country, ent.sector))
        else:
            store.execute("INSERT INTO entities (id, key, type, name, name_en, country, sector)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                          (gid, key, ent.type, ent.name, ent.name_en, ent.country, ent.sector))
        # Fill facts an earlier article lacked (e.g. the country) without overwriting known ones.
        store.execute("UPDATE entities SET name_en = COALESCE(name_en, ?), country = COALESCE(country, ?),"
                      " sector = COALESCE(sector, ?) WHERE id = ?", (ent.name_en, ent.country, ent.sector, gid))
        aliases = {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}
        conflict = "OR IGNORE " if store.dialect == "sqlite" else ""
        tail = "" if store.dialect == "sqlite" else " ON CONFLICT DO NOTHING"
        store.executemany(f"INSERT {conflict}INTO entity_aliases (entity_id, alias) VALUES (?, ?){tail}",
                          [(gid, a) for a in sorted(aliases) if a])
        store.execute("INSERT INTO article_entities (article_id, local_id, entity_id, name, n_mentions)"
                      " VALUES (?, ?, ?, ?, ?)", (art.id, ent.id, gid, ent.name, len(ent.mentions)))
        store.executemany(
            "INSERT INTO mentions (article_id, entity_id, local_id, start_char, end_char, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(art.id, gid, ent.id, m.start, m.end, m.text) for m in ent.mentions],
        )
    return local_to_global


def _save_quotes(store: Store, art: Article, ids: dict[str, str]) -> None:
    rows = []
    for q in art.quotes:
        sp, cue = q.speaker, q.cue
        rows.append((
            art.id, q.id, q.kind,
            sp.text if sp else None, ids.get(sp.entity) if sp and sp.entity else None, sp.name_en if sp else None,
            sp.start if sp else None, sp.end if sp else None,
            cue.text if cue else None, cue.lemma if cue else None, cue.stance if cue else None,
            cue.start if cue else None, cue.end if cue else None,
            q.content.text, q.content.start, q.content.end, q.channel.text if q.channel else None,
        ))
    store.executemany(
        "INSERT INTO quotes (article_id, quote_id, kind, speaker_text, speaker_entity_id, speaker_name_en,"
        " speaker_start, speaker_end, cue_text, cue_lemma, stance, cue_start, cue_end, content, content_start,"
        " content_end, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _save_events(store: Store, art: Article, ids: dict[str, str]) -> None:
    rows = []
    for e in art.events:
        src, tgt, loc, date = e.source, e.target, e.location, e.date
        rows.append((
            art.id, e.id, e.type, e.mode, e.cameo,
            src.text if src else None, ids.get(src.entity) if src and src.entity else None, src.code if src else None,
            tgt.text if tgt else None, ids.get(tgt.entity) if tgt and tgt.entity else None, tgt.code if tgt else None,
            int(bool(e.negated)), e.modality,
            loc.text if loc else None, ids.get(loc.entity) if loc and loc.entity else None,
            loc.name_en if loc else None, loc.country if loc else None,
            date.value if date else None, date.text if date else None,
            e.trigger.text, e.trigger.start, e.trigger.end, e.evidence.start, e.evidence.end, e.quote, e.context,
        ))
    store.executemany(
        "INSERT INTO events (article_id, event_id, type, mode, cameo, source_text, source_entity_id, source_code,"
        " target_text, target_entity_id, target_code, negated, modality, location_text, location_entity_id,"
        " location_en, location_country, event_date, date_text, trigger_text, trigger_start, trigger_end,"
        " evidence_start, evidence_end, quote_id, context)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def load_article(store: Store, article_id: str) -> tuple[Article, dict[str, Any]] | None:
    """The stored contract of one article and its row (duplicate_of, source …), or None."""
    rows = store.query("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    row = rows[0]
    return Article.from_dict(json.loads(row.pop("json"))), row
