"""``marsad serve`` and ``marsad demo``: the corpus in a browser, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from marsad.cli import EXIT_OK, UserError

DEMO_DB = "marsad-demo.db"


def _need_web() -> None:
    try:
        import datasketch  # noqa: F401
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UserError(f"the web UI needs 'pip install marsad[web]' ({exc.name} missing)") from None


def sample_corpus() -> Path:
    """The bundled sample articles (inside the package, so it works when installed)."""
    return Path(str(resources.files("marsad") / "sample" / "sample.jsonl"))


def _serve(store, host: str, port: int) -> None:
    import uvicorn

    from marsad.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"marsad: warning: serving on {host}, reachable from other machines", file=sys.stderr)
    print(f"marsad: serving {store.url} at http://{'127.0.0.1' if host == 'localhost' else host}:{port}/ "
          "(Ctrl-C stops)", file=sys.stderr, flush=True)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _store(url: str | None, create: bool):
    from marsad.store.db import Store, StoreError

    try:
        return Store(url, create=create)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def cmd_serve(args: argparse.Namespace) -> int:
    _need_web()
    _serve(_store(args.db, create=False), args.host, args.port)
    return EXIT_OK


def demo_report(store) -> str:
    """A plain-text tour of the demo corpus (what ``--no-serve`` prints)."""
    from marsad.store.search import search
    from marsad.web import queries

    stats = queries.overview(store)
    lines = [f"demo corpus in {store.url}: {stats['articles']} articles (+{stats['duplicates']} duplicates), "
             f"{stats['entities']} entities, {stats['quotes']} quotes, {stats['events']} events"]
    for row in store.query("SELECT id, duplicate_of, similarity FROM articles WHERE duplicate_of IS NOT NULL"):
        lines.append(f"  duplicate: {row['id']} copies {row['duplicate_of']} (similarity {row['similarity']:.2f})")
    top = queries.list_entities(store, per_page=8)["items"]
    if top:
        lines.append("  top entities: " + ", ".join(f"{e['name']} ({e['articles']})" for e in top))
    for query in ("سوريا", "الأمم المتحدة", "النفط"):
        result = search(store, query, limit=3, facets=False)
        lines.append(f"  search {query}: {result.total} articles: " + ", ".join(h["id"] for h in result.hits))
    return "\n".join(lines)


def cmd_demo(args: argparse.Namespace) -> int:
    _need_web()
    from marsad.io import iter_records
    from marsad.store.ingest import ingest

    corpus = sample_corpus()
    if not corpus.exists():
        raise UserError(f"sample corpus missing from the installation: {corpus}")
    store = _store(args.db or DEMO_DB, create=True)
    report = ingest(store, iter_records([str(corpus)]), progress=sys.stderr.isatty())
    if report.stored:
        print(f"marsad: demo: {report.summary()}", file=sys.stderr)
    if args.no_serve:
        print(demo_report(store))
        return EXIT_OK
    _serve(store, args.host, args.port)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="web UI and JSON API over a corpus database")
    p.add_argument("--db", metavar="URL", help="sqlite:///PATH (default marsad.db) or postgresql://…")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="ingest the bundled sample articles and serve them")
    p.add_argument("--db", metavar="URL", help=f"database for the demo (default {DEMO_DB})")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-serve", action="store_true", help="print a report instead of serving (headless use)")
    p.set_defaults(func=cmd_demo)
