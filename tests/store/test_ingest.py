"""Ingest: duplicates, resuming after a kill, errors recorded, HTML pages and feeds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from marsad.io import iter_records
from marsad.store import Store, ingest
from marsad.store.dedup import DuplicateFinder, signature
from marsad.store.ingest import DIE_AFTER_ENV

# "python -m marsad.cli" would load the CLI twice (as __main__ too); call it as the entry point does.
RUN_CLI = "import sys; from marsad.cli import main; sys.exit(main(sys.argv[1:]))"


def _write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def test_sample_corpus_links_the_republished_wire_story(store: Store, sample_path: Path) -> None:
    report = ingest(store, iter_records([str(sample_path)]))
    assert report.errors == 0 and report.stored == 11 and report.duplicates == 1
    row = store.query("SELECT duplicate_of, similarity FROM articles WHERE id = 'sample-011'")[0]
    assert row["duplicate_of"] == "sample-001" and row["similarity"] > 0.8
    # A copy is not independent evidence: no search entry, no entity/quote/event rows of its own.
    assert store.scalar("SELECT COUNT(*) FROM article_search WHERE article_id = 'sample-011'") == 0
    assert store.scalar("SELECT COUNT(*) FROM quotes WHERE article_id = 'sample-011'") == 0
    assert store.scalar("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL") == 10
    again = ingest(store, iter_records([str(sample_path)]))
    assert (again.stored, again.skipped) == (0, 11)


def test_changed_text_is_reanalysed_and_exact_copies_are_duplicates(store: Store, tmp_path: Path, sample_path: Path) -> None:
    arts = [json.loads(line) for line in sample_path.read_text(encoding="utf-8").splitlines()[:3]]
    ingest(store, iter_records([str(_write_jsonl(tmp_path / "a.jsonl", arts))]))
    arts[1]["text"] += "\nوأضاف المصدر أن المشاورات ستستأنف الأسبوع المقبل في العاصمة."
    copy = dict(arts[2], id="copy-of-third", source="Another Paper")
    report = ingest(store, iter_records([str(_write_jsonl(tmp_path / "b.jsonl", [*arts, copy]))]))
    assert (report.stored, report.skipped, report.duplicates) == (2, 2, 1)
    assert "الأسبوع المقبل في العاصمة" in store.scalar("SELECT text FROM articles WHERE id = ?", (arts[1]["id"],))
    assert store.scalar("SELECT duplicate_of FROM articles WHERE id = 'copy-of-third'") == arts[2]["id"]


def test_near_duplicates_survive_respelling_but_different_stories_do_not_collide(sample_path: Path) -> None:
    arts = [json.loads(line) for line in sample_path.read_text(encoding="utf-8").splitlines()]
    finder = DuplicateFinder()
    for a in arts[:10]:
        assert finder.find(a["id"], signature(a["text"])) is None
        finder.add(a["id"], signature(a["text"]))
    respelled = arts[4]["text"].replace("أ", "ا").replace("ة ", "ه ").replace("،", ",")
    assert finder.find("x", signature(respelled))[0] == arts[4]["id"]


def test_bad_articles_become_error_rows_and_the_rest_is_stored(store: Store, tmp_path: Path) -> None:
    good = {"id": "ok-1", "date": "2024-04-01", "text": "أعلنت وزارة الصحة في بغداد تسجيل إصابات جديدة بالكوليرا."}
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n"
                    + json.dumps({"id": "no-text", "date": "2024-04-01"}) + "\n"
                    + json.dumps({"id": "latin", "text": "only english words here"}) + "\n", encoding="utf-8")
    report = ingest(store, iter_records([str(path)]))
    assert report.stored == 1 and report.errors == 3
    errors = store.query("SELECT article_id, error FROM errors ORDER BY article_id")
    # A line that parses keeps its own id; only the broken JSON gets a line-numbered one.
    assert {e["article_id"] for e in errors} == {"mixed-2", "no-text", "latin"}
    assert any("malformed JSON" in e["error"] for e in errors)


def _run_ingest(db: Path, src: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, **env_extra}
    return subprocess.run([sys.executable, "-c", RUN_CLI, "ingest", str(src), "--db", str(db), "--quiet"],
                          env=env, capture_output=True, text=True, timeout=300)


def test_resume_after_kill_stores_every_article_once(tmp_path: Path, sample_path: Path) -> None:
    db = tmp_path / "resume.db"
    killed = _run_ingest(db, sample_path, {DIE_AFTER_ENV: "4"})
    assert killed.returncode == -signal.SIGKILL
    store = Store(str(db))
    assert store.scalar("SELECT COUNT(*) FROM articles") == 4
    store.close()
    done = _run_ingest(db, sample_path, {})
    assert done.returncode == 0, done.stderr
    assert "4 already stored" in done.stderr
    store = Store(str(db))
    ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]
    assert ids == [f"sample-{i:03d}" for i in range(1, 12)]
    assert store.scalar("SELECT COUNT(*) FROM article_search") == 10
    assert store.scalar("SELECT duplicate_of FROM articles WHERE id = 'sample-011'") == "sample-001"


def test_parallel_workers_store_the_same_corpus(tmp_path: Path, sample_path: Path) -> None:
    store = Store(str(tmp_path / "par.db"))
    report = ingest(store, iter_records([str(sample_path)]), workers=2)
    assert report.stored == 11 and report.duplicates == 1


HTML_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>البرلمان الأردني يقر الموازنة</title>
<meta property="og:title" content="البرلمان الأردني يقر الموازنة">
<meta property="og:site_name" content="صحيفة الاختبار">
<meta property="og:url" content="https://example.org/news/budget">
<meta property="article:published_time" content="2024-01-15T10:00:00+02:00">
</head><body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>البرلمان الأردني يقر الموازنة</h1>
<p>أقر مجلس النواب الأردني في جلسة عقدها أمس الأحد مشروع قانون الموازنة العامة للدولة للعام الجاري بأغلبية الأعضاء الحاضرين، بعد نقاشات استمرت ثلاثة أيام.</p>
<p>وقال وزير المالية إن الموازنة تتضمن زيادة في مخصصات التعليم والصحة، وإن الحكومة ستعمل على خفض العجز تدريجيا خلال السنوات المقبلة.</p>
<p>وانتقد نواب من المعارضة ارتفاع المديونية، مطالبين بإجراءات أكثر جدية لمكافحة التهرب الضريبي.</p>
</article><footer>جميع الحقوق محفوظة</footer><script>var tracker = 1;</script></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>https://example.org</link>
<item><title>اجتماع وزاري في الرباط</title><link>https://example.org/1</link><guid>item-1</guid>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;عقد وزراء خارجية دول المغرب العربي اجتماعا في &lt;b&gt;الرباط&lt;/b&gt; لبحث التعاون الأمني.&lt;/p&gt;</description></item>
<item><title>empty</title><guid>item-2</guid><description>no arabic here</description></item>
<item><title>فيضانات في درنة</title><guid>item-3</guid><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description>أعلنت السلطات الليبية إجلاء مئات العائلات من أحياء درنة بعد ارتفاع منسوب المياه.</description></item>
</channel></rss>"""


def test_html_pages_and_feeds_are_read_and_ingested(store: Store, tmp_path: Path) -> None:
    (tmp_path / "budget.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "feed.rss").write_text(RSS_FEED, encoding="utf-8")
    (tmp_path / "other.xml").write_text("<config><a>1</a></config>", encoding="utf-8")
    records = list(iter_records([str(tmp_path)]))
    good = [r for r in records if hasattr(r, "text")]
    bad = [r for r in records if not hasattr(r, "text")]
    page = next(r for r in good if r.id == "budget")
    assert page.title == "البرلمان الأردني يقر الموازنة" and page.date == "2024-01-15"
    assert page.url == "https://example.org/news/budget" and page.source == "صحيفة الاختبار"
    assert page.text.startswith("أقر مجلس النواب") and "الرئيسية" not in page.text and "tracker" not in page.text
    items = sorted((r for r in good if r.id.startswith("feed-")), key=lambda r: r.date)
    assert [r.title for r in items] == ["اجتماع وزاري في الرباط", "فيضانات في درنة"]
    assert items[0].text == "عقد وزراء خارجية دول المغرب العربي اجتماعا في الرباط لبحث التعاون الأمني."
    assert items[0].date == "2024-03-05" and items[0].source == "وكالة الاختبار"
    assert len(bad) == 2 and any("not an RSS/Atom feed" in b.error for b in bad)
    report = ingest(store, iter(records))
    assert report.stored == 3 and report.errors == 2
