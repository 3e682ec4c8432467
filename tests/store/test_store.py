"""The corpus store: round trip, atomic replacement, schema versions, identities across articles."""

from __future__ import annotations

import json

import pytest

from marsad.model import Article
from marsad.store import Store, StoreError, load_article, save_article
from marsad.store.db import parse_db_url
from marsad.store.keys import content_hash
from marsad.store.schema import LATEST
from store.factory import damascus_article, shoukry_article


def test_round_trip_keeps_the_contract_and_fills_the_tables(store: Store) -> None:
    art = shoukry_article()
    save_article(store, art, content_hash=content_hash(art.text))
    loaded, row = load_article(store, art.id)
    assert loaded.to_dict() == art.to_dict()
    assert row["n_entities"] == 4 and row["n_events"] == 2 and row["duplicate_of"] is None
    # Mentions point into the stored original text.
    for m in store.query("SELECT m.start_char, m.end_char, m.text, a.text AS body FROM mentions m "
                         "JOIN articles a ON a.id = m.article_id"):
        assert m["body"][m["start_char"]:m["end_char"]] == m["text"]
    quote = store.query("SELECT speaker_text, speaker_name_en, content, cue_lemma FROM quotes")[0]
    assert quote["speaker_text"] == "شكري" and quote["speaker_name_en"] == "Sameh Shoukry"
    assert quote["content"].startswith("مصر لن تقبل")
    codes = {(e["source_code"], e["target_code"]) for e in store.query("SELECT source_code, target_code FROM events")}
    assert codes == {("EGY GOV", "JOR GOV"), ("JOR GOV", "IGOARB")}
    assert store.scalar("SELECT location_en FROM events WHERE event_id = 'v1'") == "Cairo"


def test_one_entity_row_per_identity_across_articles(store: Store) -> None:
    for art in (shoukry_article(), damascus_article()):
        save_article(store, art, content_hash=content_hash(art.text))
    rows = store.query("SELECT id, name FROM entities WHERE name_en = 'Sameh Shoukry'")
    assert len(rows) == 1
    articles = store.query("SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id",
                           (rows[0]["id"],))
    assert [r["article_id"] for r in articles] == ["t-cairo", "t-damascus"]
    aliases = {r["alias"] for r in store.query("SELECT alias FROM entity_aliases WHERE entity_id = ?", (rows[0]["id"],))}
    assert {"سامح شكري", "شكري"} <= aliases


def test_reanalysis_replaces_records_and_a_failure_leaves_the_old_version(store: Store, monkeypatch) -> None:
    art = shoukry_article()
    save_article(store, art, content_hash="v1")
    newer = shoukry_article()
    newer.events = newer.events[:1]
    newer.entities = newer.entities[:2]
    save_article(store, newer, content_hash="v1")
    assert store.scalar("SELECT COUNT(*) FROM events") == 1
    assert store.scalar("SELECT COUNT(*) FROM article_entities") == 2
    assert store.scalar("SELECT COUNT(*) FROM article_search") == 1

    from marsad.store import records

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(records, "_save_events", broken)
    with pytest.raises(RuntimeError):
        save_article(store, shoukry_article(), content_hash="v2")
    # The transaction rolled back: still the previous version, whole.
    assert store.scalar("SELECT content_hash FROM articles WHERE id = 't-cairo'") == "v1"
    assert store.scalar("SELECT COUNT(*) FROM events") == 1
    assert store.scalar("SELECT COUNT(*) FROM article_entities") == 2


def _entity_names(store: Store) -> set[str]:
    return {r["name_en"] or r["name"] for r in store.query("SELECT name, name_en FROM entities")}


def test_reanalysis_drops_entities_no_article_mentions_any_more(store: Store) -> None:
    for art in (shoukry_article(), damascus_article()):
        save_article(store, art, content_hash=content_hash(art.text))
    assert {"Sameh Shoukry", "Ayman Safadi", "Arab League"} <= _entity_names(store)
    newer = shoukry_article()
    # The newer analysis no longer finds the Arab League nor Safadi; Shoukry is still in t-damascus.
    newer.entities = [e for e in newer.entities if e.name_en not in ("Arab League", "Ayman Safadi")]
    newer.events, newer.quotes = [], []
    save_article(store, newer, content_hash="v2")
    names = _entity_names(store)
    assert "Arab League" not in names and "Ayman Safadi" not in names
    assert {"Sameh Shoukry", "Cairo"} <= names
    league_aliases = store.scalar("SELECT COUNT(*) FROM entity_aliases WHERE alias = 'جامعة الدول العربية'")
    assert league_aliases == 0
    # Every remaining entity row is referenced by a mention.
    assert store.scalar("SELECT COUNT(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)") == 0
    # t-damascus re-stored as a duplicate contributes no entities: Israel (only there) goes,
    # Shoukry stays because t-cairo still mentions him.
    assert "Israel" in names
    save_article(store, damascus_article(), content_hash="v2", duplicate_of="t-cairo", similarity=0.9)
    names = _entity_names(store)
    assert "Israel" not in names and "Sameh Shoukry" in names


def test_orphan_cleanup_rolls_back_with_the_replacement(store: Store, monkeypatch) -> None:
    save_article(store, shoukry_article(), content_hash="v1")
    newer = shoukry_article()
    newer.entities, newer.quotes, newer.events = [], [], []

    from marsad.store import records

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(records, "_save_facets", broken)
    with pytest.raises(RuntimeError):
        save_article(store, newer, content_hash="v2")
    assert store.scalar("SELECT COUNT(*) FROM entities") == 4
    monkeypatch.undo()
    save_article(store, newer, content_hash="v2")
    assert store.scalar("SELECT COUNT(*) FROM entities") == 0
    assert store.scalar("SELECT COUNT(*) FROM entity_aliases") == 0


def test_migration_drops_orphans_left_by_older_versions(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    save_article(store, shoukry_article(), content_hash="v1")
    # What an older marsad left behind: an entity row whose last article was re-analysed away.
    store.execute("INSERT INTO entities (id, key, type, name) VALUES ('stale', 'PER:stale', 'PER', 'اسم قديم')")
    store.execute("INSERT INTO entity_aliases (entity_id, alias) VALUES ('stale', 'اسم قديم')")
    store.execute("DELETE FROM schema_version WHERE version >= 4")
    store.close()
    reopened = Store(url)
    assert reopened.scalar("SELECT COUNT(*) FROM entities WHERE id = 'stale'") == 0
    assert reopened.scalar("SELECT COUNT(*) FROM entity_aliases WHERE entity_id = 'stale'") == 0
    assert reopened.scalar("SELECT COUNT(*) FROM entities") == 4
    reopened.close()


def test_empty_layers_are_stored(store: Store) -> None:
    art = Article("bare", "نص قصير عن اجتماع في بغداد.", "2024-01-01")
    save_article(store, art, content_hash=content_hash(art.text))
    assert load_article(store, "bare")[0].entities == []
    assert json.loads(store.scalar("SELECT json FROM articles"))["schema"] == "marsad/1"


def test_schema_is_versioned_and_migrations_run_once(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    first = Store(url)
    assert first.schema_version() == LATEST
    first.close()
    again = Store(url)
    rows = again.query("SELECT version FROM schema_version ORDER BY version")
    assert [r["version"] for r in rows] == list(range(1, LATEST + 1))
    again.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (LATEST + 1, "from the future", "2030-01-01"))
    again.close()
    with pytest.raises(StoreError, match="newer than this marsad"):
        Store(url)


def test_database_urls() -> None:
    assert parse_db_url(None) == ("sqlite", "marsad.db")
    assert parse_db_url("sqlite:///tmp/x.db") == ("sqlite", "tmp/x.db")
    assert parse_db_url("postgresql://u@127.0.0.1/db")[0] == "postgres"
    with pytest.raises(StoreError, match="unsupported"):
        parse_db_url("mysql://x")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("هذا ليس قاعدة بيانات" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(str(bad))
