"""Reading articles: decoding bytes, and walking ``.txt`` / ``.jsonl`` / directories / stdin.

Every problem with an input becomes an :class:`InputError` with a one-line message
(never a traceback), and in a batch an :class:`ErrorRecord` in the stream so one bad
article never stops the good ones.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is a few KB; 5 MB is certainly not one article
ARABIC_RE = re.compile(r"[\u0621-\u064a]")
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


class InputError(ValueError):
    """An input marsad cannot use; ``str(err)`` is a one-line message for the user."""


@dataclass(slots=True)
class Record:
    """One article as read, before analysis."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # file (and line) it came from, for messages


@dataclass(slots=True)
class ErrorRecord:
    """An article that could not be read; carried through batches and reported at the end."""

    id: str
    origin: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"schema": "marsad/1-error", "id": self.id, "origin": self.origin, "error": self.error}


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1256 maps almost every byte, so check that the result looks like Arabic prose.
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1256") from None
    letters = len(ARABIC_RE.findall(text))
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    if letters < max(1, len(text) // 10) or controls > len(text) // 100:
        raise InputError(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1256")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding} at byte {exc.start}") from None


def check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: empty article")
    if not ARABIC_RE.search(text):
        raise InputError(f"{name}: no Arabic text found")
    return text


def check_date(value: object, name: str) -> str | None:
    """Accept ``YYYY-MM-DD`` (or a longer ISO timestamp, whose date part is kept)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{name}: date must be a string YYYY-MM-DD, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise InputError(f"{name}: date {value!r} is not YYYY-MM-DD") from None


def read_text_file(path: Path, date: str | None = None) -> Record:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{name}: {size / 1e6:.0f} MB is too large for one article "
                             f"(limit {MAX_ARTICLE_BYTES // 1024 // 1024} MB); split it or use JSONL")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None
    text = check_text(decode_bytes(data, name), name)
    return Record(id=path.stem, text=text, date=date, origin=name)


def declared_id(obj: object) -> str | None:
    """The id a JSON record gives itself, if any: errors about the record carry it too."""
    if not isinstance(obj, dict):
        return None
    value = obj.get("id")
    return str(value) if value not in (None, "") else None


def record_from_json(obj: object, origin: str, default_id: str, date: str | None = None) -> Record:
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: missing or non-string 'text'")
    art_id = declared_id(obj) or default_id
    check_text(text, f"{origin} (id {art_id})")

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v not in (None, "") else None

    return Record(
        id=art_id, text=text, date=check_date(obj.get("date"), origin) or date,
        title=opt("title"), url=opt("url"), source=opt("source"), origin=origin,
    )


def parse_jsonl_line(raw: bytes | str, name: str, lineno: int, date: str | None = None) -> Record | ErrorRecord | None:
    """One JSONL line as a record, an error record, or None for a blank line.

    Shared by :func:`iter_jsonl` and the Spark job, so both give the same records.
    """
    if not raw.strip():
        return None
    raw = raw.rstrip(b"\r\n") if isinstance(raw, bytes) else raw.rstrip("\r\n")  # as Spark's line reader
    origin = f"{name}:{lineno}"
    default_id = f"{Path(name).stem}-{lineno}"
    obj: object = None
    try:
        if len(raw) > MAX_ARTICLE_BYTES:
            raise InputError(f"{origin}: line of {len(raw) / 1e6:.0f} MB is too large for one article")
        try:
            obj = json.loads(decode_bytes(raw, origin) if isinstance(raw, bytes) else raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{origin}: malformed JSON ({exc.msg} at column {exc.colno})") from None
        return record_from_json(obj, origin, default_id, date)
    except InputError as exc:
        # A line that parses and names itself keeps its id, so the error can be matched to the article.
        return ErrorRecord(declared_id(obj) or default_id, origin, str(exc))


def iter_jsonl(stream: Iterable[bytes], name: str, date: str | None = None) -> Iterator[Record | ErrorRecord]:
    for lineno, raw in enumerate(stream, 1):
        rec = parse_jsonl_line(raw, name, lineno, date)
        if rec is not None:
            yield rec


def _iter_path(path: Path, date: str | None) -> Iterator[Record | ErrorRecord]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as fh:
                yield from iter_jsonl(fh, str(path), date)
        except OSError as exc:
            yield ErrorRecord(path.stem, str(path), f"{path}: {exc.strerror or exc}")
        return
    if suffix in HTML_SUFFIXES or suffix in FEED_SUFFIXES:
        try:
            from marsad.web_input import read_markup_file  # optional: needs the [web] extra
        except ImportError:
            yield ErrorRecord(path.stem, str(path), f"{path}: reading HTML/feeds needs 'pip install marsad[web]'")
            return
        yield from read_markup_file(path, date)
        return
    try:
        yield read_text_file(path, date)
    except InputError as exc:
        yield ErrorRecord(path.stem, str(path), str(exc))


def iter_records(paths: list[str], date: str | None = None, stdin: BinaryIO | None = None) -> Iterator[Record | ErrorRecord]:
    """Yield records (or error records) from files, directories and ``-`` (stdin), streaming."""
    for spec in paths:
        if spec == "-":
            data = (stdin or sys.stdin.buffer).read()
            head = data.lstrip()[:1]
            if head == b"{":
                yield from iter_jsonl(data.splitlines(), "<stdin>", date)
                continue
            try:
                if len(data) > MAX_ARTICLE_BYTES:
                    raise InputError(f"<stdin>: {len(data) / 1e6:.0f} MB is too large for one article")
                yield Record(id="stdin", text=check_text(decode_bytes(data, "<stdin>"), "<stdin>"),
                             date=date, origin="<stdin>")
            except InputError as exc:
                yield ErrorRecord("stdin", "<stdin>", str(exc))
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".")
                and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
            )
            if not files:
                yield ErrorRecord(path.name, spec, f"{spec}: directory holds no .txt, .jsonl, .html or feed files")
            for f in files:
                yield from _iter_path(f, date)
        elif path.exists():
            yield from _iter_path(path, date)
        else:
            yield ErrorRecord(path.stem or spec, spec, f"{spec}: no such file or directory")


def atomic_writer(path: str | os.PathLike[str]):
    """Open ``path`` for writing through a temporary file renamed into place on success."""
    from marsad.util import AtomicWriter

    return AtomicWriter(Path(path))
