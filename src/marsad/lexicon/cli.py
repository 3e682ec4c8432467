"""``marsad lexicon check``: validate every lexicon data file, one line per problem.

All files get the generic checks (readable UTF-8, a header, no row with more cells than
the header, no duplicate rows or words); the event and actor lexicons get their own
(known PLOVER types and modes, CAMEO codes consistent with the type, ISO country codes,
no duplicate entries).  Exit status 1 when there is any error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.lexicon import DATA_DIR, table_lines


def _read_rows(path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[int, str]]]:
    """Rows with line numbers, and structural problems (read_table stops at the first; we list all)."""
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[tuple[int, str]] = []
    header: list[str] | None = None
    seen: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return [], [(0, "not valid UTF-8")]
    except OSError as exc:
        return [], [(0, str(exc.strerror or exc))]
    for lineno, cells in table_lines(lines):
        line = "\t".join(cells)
        if header is None:
            header = cells
            if len(set(header)) != len(header):
                problems.append((lineno, "duplicate column names in header"))
            continue
        if len(cells) > len(header):
            problems.append((lineno, f"{len(cells)} cells, header has {len(header)} (a tab inside a note?)"))
            continue
        if not cells[0]:
            problems.append((lineno, "empty first column"))
        if line.strip() in seen:
            problems.append((lineno, f"duplicate row (also line {seen[line.strip()]})"))
        seen.setdefault(line.strip(), lineno)
        cells += [""] * (len(header) - len(cells))
        rows.append((lineno, dict(zip(header, cells, strict=True))))
    if header is None:
        problems.append((0, "no header line"))
    return rows, problems


def _check_words(path: Path) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return [(0, "not valid UTF-8")]
    for lineno, line in enumerate(lines, 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if word in seen:
            problems.append((lineno, f"duplicate entry {word!r} (also line {seen[word]})"))
        seen.setdefault(word, lineno)
    return problems


def check_lexicons(data_dir: Path = DATA_DIR) -> list[str]:
    """All problems found under ``data_dir``, as ``file:line: message`` strings."""
    from marsad.events.lexicon import CameoInfo
    from marsad.events.lexicon_check import checkers

    out: list[str] = []
    cameo_rows, _ = _read_rows(data_dir / "event_cameo.tsv")
    cameo = {r["cameo"]: CameoInfo(r["type"], r["mode"] or None, r["context"] or None, r.get("description", ""))
             for _, r in cameo_rows if "cameo" in r and "type" in r}
    specific = checkers(cameo)
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".tsv":
            rows, problems = _read_rows(path)
            check = specific.get(path.stem)
            if check is not None and rows:
                problems += check(rows)
        elif path.suffix == ".txt":
            problems = _check_words(path)
        else:
            continue
        out += [f"{path}:{line}: {msg}" if line else f"{path}: {msg}" for line, msg in sorted(problems)]
    return out


def cmd_check(args: argparse.Namespace) -> int:
    from marsad.cli import UserError

    data_dir = Path(args.dir) if args.dir else DATA_DIR
    if not data_dir.is_dir():
        raise UserError(f"lexicon directory not found: {data_dir}")
    problems = check_lexicons(data_dir)
    for line in problems:
        print(line)
    files = sum(1 for p in data_dir.rglob("*") if p.suffix in (".tsv", ".txt"))
    print(f"marsad lexicon check: {files} files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lexicon", help="work with the lexicon data files")
    lsub = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    c = lsub.add_parser("check", help="validate every lexicon file (one line per problem)")
    c.add_argument("--dir", metavar="DIR", help="lexicon directory (default: the installed one)")
    c.set_defaults(func=cmd_check)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])
