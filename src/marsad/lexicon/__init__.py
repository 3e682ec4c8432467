"""Plain-data lexicons (``lexicon/data/*.tsv``) and their loaders.

Every lexicon is a UTF-8 tab-separated file: ``#`` starts a comment, the first
non-comment line names the columns.  Analysts extend them without touching code;
``marsad lexicon check`` validates them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("marsad.lexicon") / "data"))


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and line."""


def table_lines(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped cells) of every non-blank, non-comment line of a TSV lexicon."""
    for lineno, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield lineno, [c.strip() for c in line.split("\t")]


def read_table(name: str, path: Path | None = None) -> list[dict[str, str]]:
    """Read ``data/<name>.tsv`` (or ``path``) into a list of row dicts keyed by the header."""
    path = path or DATA_DIR / f"{name}.tsv"
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: {exc.strerror or exc}") from None
    for lineno, cells in table_lines(lines):
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{path}:{lineno}: {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


@cache
def read_words(name: str) -> frozenset[str]:
    """Read a one-column word list ``data/<name>.txt`` (comments with ``#``)."""
    path = DATA_DIR / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: {exc.strerror or exc}") from None
    return frozenset(w.split("#", 1)[0].strip() for w in lines if w.split("#", 1)[0].strip())
