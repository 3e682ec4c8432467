"""``marsad ingest`` and ``marsad search``: the corpus from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys

from marsad.cli import EXIT_ERRORS, EXIT_OK, UserError


def _open_store(url: str | None, create: bool = True):
    try:
        from marsad.store.db import Store, StoreError
    except ImportError as exc:  # datasketch etc. come with the [web] extra
        raise UserError(f"the corpus store needs 'pip install marsad[web]' ({exc.name} missing)") from None
    try:
        return Store(url, create=create)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.io import check_date, iter_records

    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    date = check_date(args.date, "--date") if args.date else None
    store = _open_store(args.db)
    from marsad.store.ingest import ingest

    progress = not args.quiet and (args.progress or sys.stderr.isatty())
    report = ingest(store, iter_records(args.paths, date=date), workers=args.workers, progress=progress)
    for msg in report.error_messages[:20]:
        print(f"error: {msg}", file=sys.stderr)
    if len(report.error_messages) > 20:
        print(f"… and {len(report.error_messages) - 20} more (see the errors table)", file=sys.stderr)
    print(f"marsad: {report.summary()} → {store.url}", file=sys.stderr)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from marsad.io import check_date
    from marsad.store.search import Filters, search

    if not args.db and not os.path.exists("marsad.db"):
        raise UserError("no marsad.db here; pass --db or run 'marsad ingest' first")
    store = _open_store(args.db, create=False)
    filters = Filters(entity=args.entity, speaker=args.speaker, event_type=args.event_type, actor=args.actor,
                      source=args.source, date_from=check_date(args.date_from, "--from"),
                      date_to=check_date(args.date_to, "--to"))
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    result = search(store, args.query, filters, limit=args.limit, facets=args.json)
    if args.json:
        print(json.dumps({"total": result.total, "total_estimated": result.estimated, "hits": result.hits,
                          "facets": result.facets},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{'about ' if result.estimated else ''}{result.total} articles", file=sys.stderr)
    for hit in result.hits:
        snip = hit["snippet"]
        text, out, pos = snip["text"], [], 0
        for s, e in snip["highlights"]:
            out += [text[pos:s], "[", text[s:e], "]"]
            pos = e
        out.append(text[pos:])
        body = " ".join("".join(out).split())
        print(f"{hit['id']}\t{hit['date'] or ''}\t{hit['source'] or ''}\t{hit['title'] or ''}")
        print(f"    {snip['prefix']}{body}{snip['suffix']}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them in a database (resumable)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl, .html, RSS/Atom files or directories")
    p.add_argument("--db", metavar="URL", help="sqlite:///PATH (default marsad.db) or postgresql://…")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="analysis processes (default 1)")
    p.add_argument("--date", help="date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--progress", action="store_true", help="progress bar even when stderr is not a terminal")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="Arabic full-text search of the stored articles")
    p.add_argument("query", nargs="?", default="",
                   help='words (Arabic spelling and clitics do not matter); "a phrase" in quotes must occur '
                        "as written")
    p.add_argument("--db", metavar="URL")
    p.add_argument("--entity", help="only articles mentioning this entity (name, English name or id)")
    p.add_argument("--speaker", help="only articles quoting this speaker")
    p.add_argument("--event-type", help="only articles with this PLOVER event type")
    p.add_argument("--actor", help="only articles with an event actor code starting so (e.g. SYR, 'USA GOV')")
    p.add_argument("--source", help="only articles from this source")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="JSON with hits and facets")
    p.set_defaults(func=cmd_search)
