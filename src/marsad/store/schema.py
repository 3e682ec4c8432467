"""The corpus schema as ordered migration steps, for SQLite and PostgreSQL.

Each step is applied once, in order, inside a transaction, and recorded in
``schema_version``; a newer marsad adds steps at the end and never edits old ones.
The tables are meant to be queried directly by users (``sqlite3 marsad.db``):
plain columns for everything a filter needs, plus the full contract JSON.
Column names avoid the SQL keywords ``start``/``end`` (``start_char``/``end_char``).
"""

from __future__ import annotations

# Placeholders filled per dialect: {serial} an auto-increment key, {blob} binary,
# {without_rowid} a table clustered by its primary key where the dialect has that.
_DIALECT = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB", "without_rowid": " WITHOUT ROWID"},
    "postgres": {"serial": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA", "without_rowid": ""},
}

_BASE_TABLES = [
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        title TEXT, url TEXT, source TEXT, date TEXT,
        text TEXT NOT NULL,
        duplicate_of TEXT,          -- id of the original when this is a (near-)copy
        similarity REAL,            -- estimated Jaccard similarity to duplicate_of
        marsad_version TEXT NOT NULL,
        analysed_at TEXT NOT NULL,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_quotes INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0,
        n_repairs INTEGER NOT NULL DEFAULT 0,
        json TEXT NOT NULL          -- the marsad/1 contract
    )""",
    "CREATE INDEX articles_hash ON articles(content_hash)",
    "CREATE INDEX articles_date ON articles(date)",
    "CREATE INDEX articles_source ON articles(source)",
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY,        -- short hash of key
        key TEXT NOT NULL UNIQUE,   -- type + English name or normalised Arabic name
        type TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, country TEXT, sector TEXT
    )""",
    """CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias)
    )""",
    """CREATE TABLE article_entities (
        article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        name TEXT NOT NULL, n_mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, local_id)
    )""",
    "CREATE INDEX article_entities_entity ON article_entities(entity_id)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, local_id TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
    )""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_entity ON mentions(entity_id)",
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL, quote_id TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_text TEXT, speaker_entity_id TEXT, speaker_name_en TEXT,
        speaker_start INTEGER, speaker_end INTEGER,
        cue_text TEXT, cue_lemma TEXT, stance TEXT, cue_start INTEGER, cue_end INTEGER,
        content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
        channel TEXT,
        PRIMARY KEY (article_id, quote_id)
    )""",
    "CREATE INDEX quotes_speaker ON quotes(speaker_entity_id)",
    """CREATE TABLE events (
        article_id TEXT NOT NULL, event_id TEXT NOT NULL,
        type TEXT NOT NULL, mode TEXT, cameo TEXT,
        source_text TEXT, source_entity_id TEXT, source_code TEXT,
        target_text TEXT, target_entity_id TEXT, target_code TEXT,
        negated INTEGER NOT NULL, modality TEXT NOT NULL,
        location_text TEXT, location_entity_id TEXT, location_en TEXT, location_country TEXT,
        event_date TEXT, date_text TEXT,
        trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        quote_id TEXT, context TEXT,
        PRIMARY KEY (article_id, event_id)
    )""",
    "CREATE INDEX events_type ON events(type)",
    "CREATE INDEX events_source_entity ON events(source_entity_id)",
    "CREATE INDEX events_target_entity ON events(target_entity_id)",
    """CREATE TABLE repairs (
        article_id TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        before_text TEXT NOT NULL, after_text TEXT NOT NULL, kind TEXT NOT NULL
    )""",
    "CREATE INDEX repairs_article ON repairs(article_id)",
    """CREATE TABLE errors (
        id {serial},
        article_id TEXT NOT NULL, origin TEXT NOT NULL, error TEXT NOT NULL, created_at TEXT NOT NULL
    )""",
    "CREATE INDEX errors_article ON errors(article_id)",
    """CREATE TABLE minhashes (
        article_id TEXT PRIMARY KEY, signature {blob} NOT NULL
    )""",
]

_SEARCH_SQLITE = [
    # Keys (normalised, clitic-stripped words) are stored space-separated; unicode61 splits on spaces.
    """CREATE VIRTUAL TABLE article_search USING fts5(
        article_id UNINDEXED, title_keys, body_keys, tokenize = 'unicode61 remove_diacritics 0'
    )""",
]

_SEARCH_POSTGRES = [
    """CREATE TABLE article_search (
        article_id TEXT PRIMARY KEY, title_keys TEXT NOT NULL, body_keys TEXT NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title_keys), 'A') || to_tsvector('simple', body_keys)
        ) STORED
    )""",
    "CREATE INDEX article_search_tsv ON article_search USING GIN (tsv)",
]

# Search facets read one narrow row per (article, facet value) instead of joining the wide
# articles/entities/events tables for every match; clustered by article on SQLite.
_FACET_TABLE = """CREATE TABLE article_facets (
        article_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, value)
    ){without_rowid}"""
_FACETS = [
    _FACET_TABLE,
    "INSERT INTO article_facets (article_id, kind, value) SELECT id, 'source', source FROM articles"
    " WHERE duplicate_of IS NULL AND source IS NOT NULL",
    "INSERT INTO article_facets (article_id, kind, value) SELECT DISTINCT article_id, 'entity', entity_id"
    " FROM article_entities",
    "INSERT INTO article_facets (article_id, kind, value) SELECT DISTINCT article_id, 'event_type', type FROM events",
]

# Entity rows earlier re-analyses left with no article referring to them (save_article now
# drops them as it replaces an article's records).
_UNUSED = ("NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = {col})"
           " AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = {col})")
_ORPHANS = [
    "DELETE FROM entity_aliases WHERE " + _UNUSED.replace("{col}", "entity_aliases.entity_id"),
    "DELETE FROM entities WHERE " + _UNUSED.replace("{col}", "entities.id"),
]

# (version, description, statements per dialect)
MIGRATIONS: list[tuple[int, str, dict[str, list[str]]]] = [
    (1, "base tables", {"sqlite": _BASE_TABLES, "postgres": _BASE_TABLES}),
    (2, "full-text search", {"sqlite": _SEARCH_SQLITE, "postgres": _SEARCH_POSTGRES}),
    (3, "search facets table", {"sqlite": _FACETS, "postgres": _FACETS}),
    (4, "drop orphaned entities", {"sqlite": _ORPHANS, "postgres": _ORPHANS}),
]

LATEST = MIGRATIONS[-1][0]


def statements(dialect: str, steps: list[str]) -> list[str]:
    return [s.format(**_DIALECT[dialect]) for s in steps]
