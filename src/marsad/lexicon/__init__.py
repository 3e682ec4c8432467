"""Plain-data lexicons (``lexicon/data/*.tsv``) and their loaders.

Every lexicon is a UTF-8 tab-separated file: ``#`` starts a comment, the first
non-comment line names the columns.  Analysts extend them without touching code;
``marsad lexicon check`` validates them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("marsad.lexicon") / "data"))


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and line."""


def read_table(name: str, path: Path | None = None) -> list[dict[str, str]]:
    """Read ``data/<name>.tsv`` (or ``path``) into a list of row dicts keyed by the header."""
    path = path or DATA_DIR / f"{name}.tsv"
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: {exc.strerror or exc}") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
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
