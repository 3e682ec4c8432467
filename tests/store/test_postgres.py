"""The same store against a real PostgreSQL server that this test starts (and stops) itself.

The server runs from a temporary directory on a free loopback port; as root, the
server programs run as the ``postgres`` user (PostgreSQL refuses to run as root).
Skips cleanly when PostgreSQL or psycopg is not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from marsad.io import iter_records
from marsad.store import Filters, Store, ingest, load_article, save_article, search
from marsad.store.keys import content_hash
from store.factory import damascus_article, shoukry_article

pytestmark = pytest.mark.slow
pytest.importorskip("psycopg")


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    bindir = _bin_dir()
    if bindir is None:
        pytest.skip("PostgreSQL server programs not installed (scripts/system-deps.sh installs them)")
    as_root = os.geteuid() == 0
    if as_root and not shutil.which("runuser"):
        pytest.skip("running as root without runuser to start PostgreSQL as another user")
    tmp = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    data, port = tmp / "data", _free_port()
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(tmp, "postgres")
        tmp.chmod(0o700)

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "marsad", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(tmp / "log"), "-w", "-o",
            f"-h 127.0.0.1 -p {port} -k {tmp}", "start")
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {exc}")
    try:
        yield f"postgresql://marsad@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg(pg_url):
    store = Store(pg_url)
    yield store
    for table in ("articles", "entities", "entity_aliases", "article_entities", "mentions", "quotes", "events",
                  "repairs", "errors", "minhashes", "article_search"):
        store.execute(f"DELETE FROM {table}")
    store.close()


def test_postgres_round_trip_search_and_filters(pg: Store) -> None:
    assert pg.dialect == "postgres"
    for art in (shoukry_article(), damascus_article()):
        save_article(pg, art, content_hash=content_hash(art.text))
    loaded, row = load_article(pg, "t-cairo")
    assert loaded.to_dict() == shoukry_article().to_dict()
    assert [h["id"] for h in search(pg, "بسوريا").hits] == ["t-damascus"]
    assert [h["id"] for h in search(pg, '"طائرات إسرائيلية"').hits] == ["t-damascus"]
    assert search(pg, '"إسرائيلية طائرات"').total == 0
    assert {h["id"] for h in search(pg, "", Filters(entity="Sameh Shoukry")).hits} == {"t-cairo", "t-damascus"}
    assert [h["id"] for h in search(pg, "", Filters(actor="ISR")).hits] == ["t-damascus"]
    assert [h["id"] for h in search(pg, "", Filters(speaker="Sameh Shoukry")).hits] == ["t-cairo"]
    hostile = search(pg, "'; DROP TABLE articles; --")
    assert hostile.total == 0 and pg.scalar("SELECT COUNT(*) FROM articles") == 2
    assert pg.scalar("SELECT COUNT(*) FROM entities WHERE name_en = 'Sameh Shoukry'") == 1
    facets = search(pg, "شكري").facets
    assert {f["label"]: f["count"] for f in facets["entity"]}["Sameh Shoukry"] == 2
    assert {f["value"]: f["count"] for f in facets["event_type"]} == {"CONSULT": 1, "ASSAULT": 1}
    # Re-analysis without Israel drops its corpus-wide row in the same transaction.
    newer = damascus_article()
    newer.entities = [e for e in newer.entities if e.name_en != "Israel"]
    save_article(pg, newer, content_hash="v2")
    assert pg.scalar("SELECT COUNT(*) FROM entities WHERE name_en = 'Israel'") == 0
    assert pg.scalar("SELECT COUNT(*) FROM entities WHERE name_en = 'Sameh Shoukry'") == 1


def test_postgres_ingest_dedup_and_resume(pg: Store, sample_path: Path) -> None:
    report = ingest(pg, iter_records([str(sample_path)]))
    assert report.stored == 11 and report.duplicates == 1
    assert pg.scalar("SELECT duplicate_of FROM articles WHERE id = 'sample-011'") == "sample-001"
    assert ingest(pg, iter_records([str(sample_path)])).skipped == 11
    assert pg.schema_version() >= 2


def test_postgres_serves_the_web_api(pg: Store, sample_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    ingest(pg, iter_records([str(sample_path)]))
    save_article(pg, shoukry_article(), content_hash="x")
    client = TestClient(create_app(pg))
    found = client.get("/api/search", params={"q": "الفاشر"}).json()
    assert [h["id"] for h in found["items"]] == ["sample-003"]
    ent = client.get("/api/entities", params={"q": "Sameh Shoukry"}).json()["items"][0]
    page = client.get(f"/entity/{ent['id']}")
    assert page.status_code == 200 and "مصر لن تقبل" in page.text
    assert client.get("/events").status_code == 200
