"""``marsad export events|quotes|entities|articles --db URL --format csv|parquet|jsonl -o OUT``.

The ``export`` command belongs to the events layer (``marsad export events INPUT.jsonl``);
this module, registered after it, teaches the same command to read the corpus store:
``events`` gains ``--db`` and ``--format jsonl`` (its INPUT becomes optional, and a
JSONL input to CSV/Parquet still goes through the events layer's own code), and
``quotes``, ``entities`` and ``articles`` are added.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FORMATS = ["csv", "parquet", "jsonl"]


def _store_source(args: argparse.Namespace):
    from marsad.store.cli import _open_store

    return _open_store(args.db, create=False)


def _jsonl_articles(path: Path, errors: list[str]) -> Iterator[dict[str, Any]]:
    from marsad.events.export import read_articles

    for _, art, err in read_articles(path):
        if err:
            errors.append(err)
        if art is not None:
            yield art


def cmd_export(args: argparse.Namespace, events_func: Callable[[argparse.Namespace], int] | None = None) -> int:
    from marsad.cli import EXIT_ERRORS, EXIT_OK, UserError
    from marsad.store import export

    what, out = args.export_what, Path(args.output)
    src = getattr(args, "input", None)
    if src and args.db:
        raise UserError("give either INPUT.jsonl or --db URL, not both")
    if not src and not args.db:
        raise UserError(f"export {what}: give --db URL (the corpus store) or INPUT.jsonl")
    if what == "events" and src and args.format != "jsonl" and events_func is not None:
        return events_func(args)  # the events layer's own JSONL → CSV/Parquet export
    if what in ("entities", "articles") and src:
        raise UserError(f"export {what} reads the corpus store: give --db URL")
    if what == "articles" and args.format != "jsonl":
        raise UserError("export articles writes the marsad/1 contract as JSON lines: use --format jsonl")
    if out.is_dir():
        raise UserError(f"{out}: is a directory; give a file name")
    if src and not Path(src).is_file():
        raise UserError(f"{src}: no such file (give the JSONL output of 'marsad analyze --format jsonl')")
    from marsad.events.export import COLUMNS as EVENT_COLUMNS
    from marsad.events.export import ExportError

    errors: list[str] = []
    store = _store_source(args) if args.db else None
    articles = (export.iter_stored_articles(store, duplicates=args.duplicates) if store is not None
                else _jsonl_articles(Path(src), errors))
    try:
        if what == "articles":
            n = export.write_articles(articles, out)
        elif what == "entities":
            n = export.write_table(export.entity_rows(store), out, args.format, export.ENTITY_COLUMNS)
        elif what == "quotes":
            rows = (row for art in articles for row in export.quote_rows(art))
            n = export.write_table(rows, out, args.format, export.QUOTE_COLUMNS)
        else:
            rows = (row for art in articles for row in export.store_event_rows(art))
            columns = EVENT_COLUMNS + (export.EXTRA_EVENT_COLUMNS if store is not None else ())
            n = export.write_table(rows, out, args.format, columns)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or exc}") from None
    finally:
        if store is not None:
            store.close()
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    print(f"marsad: {n} {what} written to {out}", file=sys.stderr)
    return EXIT_ERRORS if errors else EXIT_OK


def _add_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="read the corpus store (sqlite:///PATH or postgresql://…)")
    p.add_argument("--duplicates", action="store_true", help="with --db: include wire copies (left out by default)")


def register(sub: argparse._SubParsersAction) -> None:
    export_parser = sub.choices.get("export") or sub.add_parser("export", help="export analysed articles as tables")
    nested = next((a for a in export_parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if nested is None:
        nested = export_parser.add_subparsers(dest="export_what", metavar="WHAT")
    events = nested.choices.get("events")
    if events is not None:
        # Extend the events layer's parser in place, so options it adds later are kept.
        for action in events._actions:
            if action.dest == "input":
                action.nargs, action.required, action.default = "?", False, None
            elif action.dest == "format":
                action.choices = FORMATS
        _add_store_options(events)
        original = events.get_default("func")
        events.set_defaults(func=lambda args: cmd_export(args, original))
    else:
        events = nested.add_parser("events", help="one row per event")
        _add_common(events, "csv")
    for what, help_text, default in (
        ("quotes", "one row per quote (who said what, with offsets)", "csv"),
        ("entities", "one row per corpus-wide entity, with counts and aliases (needs --db)", "csv"),
        ("articles", "the marsad/1 contract of each stored article as JSON lines (needs --db)", "jsonl"),
    ):
        if what not in nested.choices:
            _add_common(nested.add_parser(what, help=help_text), default)


def _add_common(p: argparse.ArgumentParser, default_format: str) -> None:
    p.add_argument("input", nargs="?", metavar="INPUT.jsonl", help="'marsad analyze --format jsonl' output")
    _add_store_options(p)
    p.add_argument("--format", choices=FORMATS, default=default_format)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(func=cmd_export)
