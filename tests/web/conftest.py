from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("datasketch")

from marsad.io import iter_records  # noqa: E402
from marsad.model import Article, Entity, Mention  # noqa: E402
from marsad.store import Store, ingest, save_article  # noqa: E402
from marsad.store.keys import content_hash  # noqa: E402
from store.factory import damascus_article, shoukry_article  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "sample.jsonl"

# An article whose text and names carry markup: it must be shown as text, never run.
XSS_TEXT = ('نشر موقع إخباري نصا غريبا: <script>alert("marsad-xss")</script> وقال محرر الموقع '
            'إن <img src=x onerror="alert(1)"> الخلل تقني في نظام النشر لدى الصحيفة.')


def xss_article() -> Article:
    i = XSS_TEXT.index("<script>")
    name = XSS_TEXT[i:i + 8]
    return Article("xss-1", XSS_TEXT, "2024-06-01", title='<b>عنوان</b><script>alert("t")</script>',
                   source="<i>src</i>",
                   entities=[Entity("e1", "ORG", name, "<svg onload=alert(2)>", None, [],
                                    [Mention(i, i + 8, name)])])


def build_corpus(path: Path) -> Store:
    store = Store(str(path))
    ingest(store, iter_records([str(SAMPLE)]))
    for art in (shoukry_article(), damascus_article(), xss_article()):
        save_article(store, art, content_hash=content_hash(art.text))
    return store


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "corpus.db"
    build_corpus(path).close()
    return path


@pytest.fixture(scope="session")
def client(corpus_db):
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    return TestClient(create_app(str(corpus_db)))


@pytest.fixture(scope="session")
def live_server(corpus_db):
    """A real uvicorn server on 127.0.0.1 (a free port), in a thread."""
    import uvicorn

    from marsad.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(corpus_db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
