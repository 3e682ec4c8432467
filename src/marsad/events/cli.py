"""``marsad export events --format csv|parquet INPUT.jsonl -o OUT``: one row per event."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_export_events(args: argparse.Namespace) -> int:
    from marsad.cli import UserError
    from marsad.events.export import ExportError, events_rows, read_articles, write_csv, write_parquet

    src, out = Path(args.input), Path(args.output)
    if not src.is_file():
        raise UserError(f"{src}: no such file (give the JSONL output of 'marsad analyze --format jsonl')")
    if out.is_dir():
        raise UserError(f"{out}: is a directory; give a file name")
    errors: list[str] = []
    articles = 0

    def rows():
        nonlocal articles
        for _, art, err in read_articles(src):
            if err:
                errors.append(err)
            if art is not None:
                articles += 1
                yield from events_rows(art)

    try:
        n = (write_parquet if args.format == "parquet" else write_csv)(rows(), out)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or exc}") from None
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    print(f"marsad: {n} events from {articles} articles written to {out}", file=sys.stderr)
    return 1 if errors else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export analysed articles as tables")
    esub = p.add_subparsers(dest="export_what", metavar="WHAT")
    e = esub.add_parser("events", help="one row per event (CSV or Parquet) from 'analyze --format jsonl' output")
    e.add_argument("input", metavar="INPUT.jsonl")
    e.add_argument("--format", choices=["csv", "parquet"], default="csv")
    e.add_argument("-o", "--output", required=True, metavar="OUT")
    e.set_defaults(func=cmd_export_events)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])
