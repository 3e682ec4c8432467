"""The ``marsad`` command: a thin face over :mod:`marsad.pipeline`.

Each sub-command is a small function; the work is done in the package.  User
mistakes end in one line on standard error and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from marsad import __version__
from marsad.io import ErrorRecord, InputError, Record, check_date, iter_records

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake in how marsad was called; printed as one line."""


def _progress(items: Iterator, enabled: bool, unit: str = "article") -> Iterator:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, unit=unit, file=sys.stderr, dynamic_ncols=True)


def _open_output(out: str | None) -> tuple[TextIO | nullcontext, bool]:
    if out in (None, "-"):
        return nullcontext(sys.stdout), False
    from marsad.util import AtomicWriter

    return AtomicWriter(Path(out)), True


def analyze_records(records: Iterator[Record | ErrorRecord], pipeline: Callable) -> Iterator[tuple[Record | ErrorRecord, object]]:
    """Analyse a stream of records, turning any failure of one article into an error record."""
    for rec in records:
        if isinstance(rec, ErrorRecord):
            yield rec, None
            continue
        try:
            art = pipeline(rec.text, id=rec.id, date=rec.date, title=rec.title, url=rec.url, source=rec.source)
        except InputError as exc:
            yield ErrorRecord(rec.id, rec.origin, str(exc)), None
        except Exception as exc:  # noqa: BLE001 - one broken article must not stop a batch
            yield ErrorRecord(rec.id, rec.origin, f"{rec.origin}: internal error: {type(exc).__name__}: {exc}"), None
        else:
            yield rec, art


def check_workers(value: int | None) -> int:
    """``--workers``: 0 or None means all cores; a negative number is a mistake."""
    if value is None or value == 0:
        from marsad.parallel import default_workers

        return default_workers()
    if value < 0:
        raise UserError(f"--workers must be 0 (all cores) or a positive number, got {value}")
    return value


def cmd_analyze(args: argparse.Namespace) -> int:
    from marsad.parallel import analyze_parallel
    from marsad.report import render

    date = check_date(args.date, "--date") if args.date else None
    workers = check_workers(args.workers)
    records = iter_records(args.paths, date=date)
    single = len(args.paths) == 1 and (args.paths[0] == "-" or Path(args.paths[0]).suffix.lower() in {".txt", ".text"})
    show_progress = not single and (args.progress or sys.stderr.isatty())
    errors: list[ErrorRecord] = []
    done = 0
    fmt = args.format
    sink, _ = _open_output(args.output)
    with sink as out:
        results = _progress(analyze_parallel(records, 1 if single else workers, args.ner_model), show_progress)
        if fmt == "json":
            # One JSON document: an object for one article, a list for several.
            arts = []
            for rec, art in results:
                if art is None:
                    errors.append(rec)
                else:
                    arts.append(art.to_dict())
            if arts:
                json.dump(arts[0] if len(arts) == 1 and single else arts, out, ensure_ascii=False, indent=2)
                out.write("\n")
            done = len(arts)
        else:
            for rec, art in results:
                if art is None:
                    errors.append(rec)
                    if fmt == "jsonl":
                        out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                    continue
                done += 1
                if fmt == "jsonl":
                    out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
                else:
                    out.write(render(art) + "\n")
    for err in errors:
        print(f"error: {err.error}", file=sys.stderr)
    if single and errors and not done:
        return EXIT_ERRORS
    if not single:
        print(f"marsad: {done} articles analysed, {len(errors)} errors", file=sys.stderr)
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from marsad.evaluate import evaluate, find_gold_dir

    if args.conll:
        from marsad.evaluate.conll import evaluate_conll

        report = evaluate_conll(args.conll, ner_model=args.ner_model)
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else report["table"])
        return EXIT_OK
    gold_dir = find_gold_dir(args.gold)
    if not gold_dir.is_dir():
        raise UserError(f"gold directory not found: {gold_dir} (use --gold DIR)")
    from marsad.pipeline import default_pipeline

    reports = [evaluate(split, gold_dir, default_pipeline(args.ner_model), files=args.files)
               for split in (["dev", "test"] if args.split == "both" else [args.split])]
    if args.files and not any(r.articles for r in reports):
        raise UserError(f"no gold file matches {' '.join(args.files)} in {gold_dir}")
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    elif args.markdown:
        from marsad.evaluate import markdown_table

        print(markdown_table(reports))
    else:
        print("\n\n".join(r.table() for r in reports))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news → entities, quotes and events with evidence.")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="analyse articles (.txt, .jsonl, directories, - for stdin)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--date", help="article date YYYY-MM-DD (for .txt input and relative dates)")
    p.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
    p.add_argument("--ner-model", metavar="FILE", help="a CRF model trained with 'marsad train ner'")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    p.add_argument("--workers", type=int, metavar="N", default=0,
                   help="worker processes (default 0: all cores; 1: in this process)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("eval", help="score the pipeline against the gold set (or a CoNLL NER file)")
    p.add_argument("--split", choices=["dev", "test", "both", "all"], default="both")
    p.add_argument("--gold", metavar="DIR", help="gold directory (default: data/gold)")
    p.add_argument("--conll", metavar="FILE", help="score NER on a CoNLL file (token TAG per line)")
    p.add_argument("--ner-model", metavar="FILE")
    p.add_argument("--files", nargs="+", metavar="GLOB",
                   help="only gold files whose name matches one of these patterns (e.g. '13?_*' '14?_*')")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--markdown", action="store_true", help="one Markdown table (as in the README)")
    p.set_defaults(func=cmd_eval)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[argparse._SubParsersAction], None]]:
    """Sub-commands that live with their layer (train, lexicon, ingest, serve, spark …)."""
    import importlib

    found = []
    for module_name in ("marsad.entities.cli", "marsad.lexicon.cli", "marsad.store.cli", "marsad.web.cli",
                        "marsad.events.cli", "marsad.spark_cli",
                        "marsad.store.export_cli"):  # after events.cli: extends its 'export' command
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        found.append(module.register)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except (UserError, InputError) as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, UserError) else EXIT_ERRORS
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
