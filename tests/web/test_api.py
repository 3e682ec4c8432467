"""The web UI and JSON API over a real store (FastAPI TestClient and a live uvicorn on 127.0.0.1)."""

from __future__ import annotations

import csv
import io
import re

import httpx

from marsad.store.keys import entity_id, entity_key

SHOUKRY = entity_id(entity_key("PER", "سامح شكري", "Sameh Shoukry"))


def test_article_page_highlights_in_place_with_side_panel(client) -> None:
    page = client.get("/article/t-cairo")
    assert page.status_code == 200
    html = page.text
    assert 'dir="rtl"' in html and "Noto Naskh Arabic" in html
    assert re.search(rf'<span class="ent ent-PER"[^>]*><a href="/entity/{SHOUKRY}">سامح شكري</a></span>', html)
    assert '<span class="trigger"' in html and "CONSULT" in html
    assert 'class="quote"' in html and "Sameh Shoukry" in html and "Arab League" in html


def test_article_page_shows_repairs_and_duplicates(client) -> None:
    html = client.get("/article/t-damascus").text
    assert 'class="repair"' in html and "فجراليوم" in html
    dup = client.get("/article/sample-011").text
    assert "sample-001" in dup and "similarity" in dup
    assert "Amman Evening" in client.get("/article/sample-001").text


def test_markup_in_articles_is_shown_as_text(client) -> None:
    html = client.get("/article/xss-1").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(&#34;marsad-xss&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert" in html
    assert "&lt;b&gt;عنوان&lt;/b&gt;" in html
    results = client.get("/search", params={"q": "<script>alert(1)</script> الخلل"}).text
    assert "<script>alert(1)" not in results and "&lt;script&gt;alert(1)" in results


def test_search_page_with_clitic_form_and_facets(client) -> None:
    html = client.get("/search", params={"q": "وبالفاشر"}).text
    assert "sample-003" in html and "<mark>الفاشر</mark>" in html
    api = client.get("/api/search", params={"q": "وسورية"}).json()
    assert {"sample-006", "t-damascus"} <= {h["id"] for h in api["items"]}
    assert api["facets"]["source"]
    phrase = client.get("/api/search", params={"q": '"طائرات إسرائيلية"'}).json()
    assert "t-damascus" in {h["id"] for h in phrase["items"]} and phrase["total_estimated"] is False
    assert client.get("/api/search", params={"q": '"إسرائيلية طائرات"'}).json()["total"] == 0


def test_search_api_filters_and_pagination(client) -> None:
    r = client.get("/api/search", params={"entity": "Sameh Shoukry"}).json()
    # The hand-made articles name him; the entity layer may also find him in the sample corpus.
    assert {"t-cairo", "t-damascus"} <= {h["id"] for h in r["items"]}
    assert not {"sample-003", "sample-004", "xss-1"} & {h["id"] for h in r["items"]}
    page1 = client.get("/api/search", params={"per_page": 4}).json()
    page2 = client.get("/api/search", params={"per_page": 4, "page": 2}).json()
    assert page1["total"] == page2["total"] == 13  # duplicates are not listed as evidence
    assert not {h["id"] for h in page1["items"]} & {h["id"] for h in page2["items"]}
    bad = client.get("/api/search", params={"date_from": "yesterday"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["detail"]
    hostile = client.get("/api/search", params={"q": "'; DROP TABLE articles; --"})
    assert hostile.status_code == 200
    assert client.get("/api/articles").json()["total"] == 14


def test_entity_page_and_api(client) -> None:
    page = client.get(f"/entity/{SHOUKRY}")
    assert page.status_code == 200
    assert "<svg" in page.text and "أيمن الصفدي" in page.text  # co-occurrence network
    assert "مصر لن تقبل بتهجير الفلسطينيين" in page.text  # his quote
    data = client.get(f"/api/entities/{SHOUKRY}").json()
    assert {"t-cairo", "t-damascus"} <= {m["article_id"] for m in data["mentions"]}
    assert "مصر لن تقبل بتهجير الفلسطينيين إلى سيناء" in [q["content"] for q in data["quotes"]]
    assert ("t-cairo", "v1") in {(e["article_id"], e["event_id"]) for e in data["events"]}
    assert ("t-cairo", "v2") not in {(e["article_id"], e["event_id"]) for e in data["events"]}
    assert client.get("/entity/nope").status_code == 404
    assert client.get("/api/entities/nope").status_code == 404


def test_events_view_timeline_and_csv(client) -> None:
    page = client.get("/events", params={"type": "CONSULT"})
    assert page.status_code == 200 and 'class="timeline"' in page.text
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"actor": "JOR"}).text)))
    # The sample corpus may hold Jordanian events of its own (الصفدي بحث مع نظيره المصري): check the hand-made one.
    assert all(r["article_id"] == "t-cairo" or r["article_id"].startswith("sample-") for r in rows)
    rows = [r for r in rows if r["article_id"] == "t-cairo"]
    assert {(r["article_id"], r["type"]) for r in rows} == {("t-cairo", "CONSULT")}
    assert {r["source_code"] for r in rows} == {"EGY GOV", "JOR GOV"}
    api = client.get("/api/events", params={"type": "assault", "actor": "ISR"}).json()
    assert [e["event_id"] for e in api["items"] if e["article_id"] == "t-damascus"] == ["v1"]


def test_pages_load_nothing_from_other_hosts(client) -> None:
    for url in ("/", "/search?q=غزة", "/article/t-cairo", f"/entity/{SHOUKRY}", "/events"):
        html = client.get(url).text
        assert not re.search(r'(src|href)="(https?:)?//', html.replace('href="https://example.org', "")), url


def test_openapi_schema_lists_the_api(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/articles", "/api/entities/{entity_id}", "/api/events", "/api/events.csv"} <= set(paths)


def test_live_uvicorn_on_loopback(live_server) -> None:
    assert live_server.startswith("http://127.0.0.1:")
    r = httpx.get(f"{live_server}/api/articles/t-cairo", timeout=10)
    assert r.status_code == 200 and r.json()["article"]["schema"] == "marsad/1"
    assert r.json()["article"]["entities"][0]["name_en"] == "Sameh Shoukry"
