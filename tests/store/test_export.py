"""``marsad export events|quotes|entities|articles --db``: tables out of the corpus store, written atomically."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.events.export import COLUMNS as EVENT_COLUMNS
from marsad.model import Article
from marsad.store import Store, save_article
from marsad.store.keys import content_hash
from store.factory import damascus_article, shoukry_article


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[str, list[Article]]:
    url = f"sqlite:///{tmp_path / 'corpus.db'}"
    store = Store(url)
    originals = [shoukry_article(), damascus_article()]
    for art in originals:
        save_article(store, art, content_hash=content_hash(art.text))
    copy = shoukry_article("t-cairo-copy", source="Reprint Daily")
    save_article(store, copy, content_hash="copy", duplicate_of="t-cairo", similarity=0.97)
    store.close()
    return url, originals


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_events_from_the_store_match_the_jsonl_export_plus_corpus_ids(corpus, tmp_path: Path) -> None:
    url, originals = corpus
    assert main(["export", "events", "--db", url, "--format", "csv", "-o", str(tmp_path / "db.csv")]) == 0
    jsonl = tmp_path / "analysed.jsonl"
    jsonl.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in originals), encoding="utf-8")
    assert main(["export", "events", str(jsonl), "--format", "csv", "-o", str(tmp_path / "file.csv")]) == 0
    from_db, from_file = _csv(tmp_path / "db.csv"), _csv(tmp_path / "file.csv")
    assert len(from_db) == 3  # two in t-cairo, one in t-damascus; the wire copy adds none
    assert [{c: r[c] for c in EVENT_COLUMNS} for r in from_db] == from_file
    store = Store(url)
    shoukry_id = store.scalar("SELECT id FROM entities WHERE name_en = 'Sameh Shoukry'")
    store.close()
    host = next(r for r in from_db if r["article_id"] == "t-cairo" and r["event_id"] == "v1")
    assert host["source_entity"] == "e1" and host["source_entity_id"] == shoukry_id
    strike = next(r for r in from_db if r["article_id"] == "t-damascus")
    assert strike["source_entity_id"] == "" and strike["type"] == "ASSAULT"


def test_quotes_as_jsonl_from_the_store_and_from_a_file(corpus, tmp_path: Path) -> None:
    url, originals = corpus
    assert main(["export", "quotes", "--db", url, "--format", "jsonl", "-o", str(tmp_path / "q.jsonl")]) == 0
    rows = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    quote = rows[0]
    text = originals[0].text
    assert quote["speaker_name_en"] == "Sameh Shoukry" and quote["cue_lemma"] == "قال"
    assert text[quote["content_start"]:quote["content_end"]] == quote["content"]
    with_copies = tmp_path / "all.jsonl"
    assert main(["export", "quotes", "--db", url, "--duplicates", "--format", "jsonl", "-o", str(with_copies)]) == 0
    assert len(with_copies.read_text(encoding="utf-8").splitlines()) == 2
    jsonl = tmp_path / "analysed.jsonl"
    jsonl.write_text(json.dumps(originals[0].to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["export", "quotes", str(jsonl), "--format", "csv", "-o", str(tmp_path / "q.csv")]) == 0
    assert _csv(tmp_path / "q.csv")[0]["content"] == quote["content"]


def test_entities_parquet_has_corpus_counts_and_aliases(corpus, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    url, _ = corpus
    out = tmp_path / "entities.parquet"
    assert main(["export", "entities", "--db", url, "--format", "parquet", "-o", str(out)]) == 0
    rows = {r["name_en"]: r for r in pq.read_table(out).to_pylist()}
    shoukry = rows["Sameh Shoukry"]
    assert shoukry["articles"] == 2 and shoukry["mentions"] == 3
    assert shoukry["first_date"] == "2024-02-11" and shoukry["last_date"] == "2024-03-02"
    assert "شكري" in shoukry["aliases"].split(" | ")
    assert rows["Israel"]["articles"] == 1 and rows["Israel"]["type"] == "LOC"


def test_articles_jsonl_is_the_stored_contract(corpus, tmp_path: Path) -> None:
    url, originals = corpus
    out = tmp_path / "articles.jsonl"
    assert main(["export", "articles", "--db", url, "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [a.to_dict() for a in sorted(originals, key=lambda a: a.id)]
    assert Article.from_dict(json.loads(lines[0])).entities[0].name == "سامح شكري"


def test_a_failed_export_leaves_the_old_file_untouched(corpus, tmp_path: Path, monkeypatch) -> None:
    url, _ = corpus
    out = tmp_path / "quotes.csv"
    out.write_text("previous export\n", encoding="utf-8")
    from marsad.store import export

    def broken(article):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "quote_rows", broken)
    assert main(["export", "quotes", "--db", url, "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert not list(tmp_path.glob(".quotes.csv.*"))  # no temporary file left behind


@pytest.mark.parametrize("argv, message", [
    (["export", "events", "-o", "x.csv"], "give --db URL"),
    (["export", "entities", "in.jsonl", "-o", "x.csv"], "both"),
    (["export", "articles", "--db", "{db}", "--format", "csv", "-o", "x.csv"], "--format jsonl"),
    (["export", "quotes", "--db", "{missing}", "-o", "x.csv"], "no database"),
])
def test_mistakes_are_one_line(corpus, tmp_path: Path, capsys, argv, message) -> None:
    url, _ = corpus
    argv = [a.format(db=url, missing=str(tmp_path / "none.db")) for a in argv]
    if "in.jsonl" in argv:
        argv += ["--db", url]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
