"""Reading articles from web formats: HTML pages (trafilatura) and RSS/Atom feeds (feedparser).

:func:`read_markup_file` is what :mod:`marsad.io` calls for ``.html``/``.htm`` and
``.rss``/``.atom``/``.xml``.  A page gives one record (main text plus title, date,
URL and site name); a feed gives one record per item, its content or description
stripped of markup.  Every problem becomes an :class:`ErrorRecord`, never an exception.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from marsad.io import (
    FEED_SUFFIXES,
    MAX_ARTICLE_BYTES,
    ErrorRecord,
    InputError,
    Record,
    check_date,
    check_text,
    decode_bytes,
)

_BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _TextOnly(HTMLParser):
    """Markup → text: block elements become line breaks, scripts and styles are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_markup(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per line, spaces tidied."""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        parser = _TextOnly()
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _read(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES * 4:
            raise InputError(f"{path}: {size / 1e6:.0f} MB is too large for a page or feed")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    return decode_bytes(data, str(path))


def read_html(path: Path, date: str | None = None) -> Record:
    import trafilatura

    name = str(path)
    markup = _read(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip() or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:].lstrip()  # the headline is kept as the title, not repeated in the body
    if not text:
        raise InputError(f"{name}: no article text found in the page")
    check_text(text, name)
    try:
        page_date = check_date(meta.get("date"), name)
    except InputError:
        page_date = None
    return Record(id=path.stem, text=text, date=page_date or date, title=title, url=meta.get("url") or None,
                  source=meta.get("sitename") or meta.get("hostname") or None, origin=name)


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def read_feed(path: Path, date: str | None = None) -> Iterator[Record | ErrorRecord]:
    import feedparser

    name = str(path)
    try:
        markup = _read(path)
    except InputError as exc:
        yield ErrorRecord(path.stem, name, str(exc))
        return
    feed = feedparser.parse(markup)
    entries = feed.get("entries") or []
    if not entries:
        problem = feed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0]})" if problem else ""
        yield ErrorRecord(path.stem, name, f"{name}: not an RSS/Atom feed with items{why}")
        return
    source = strip_markup(feed.get("feed", {}).get("title", "")) or None
    for n, entry in enumerate(entries, 1):
        origin = f"{name}#{n}"
        guid = entry.get("id") or entry.get("link") or f"{n}"
        art_id = f"{path.stem}-{hashlib.sha1(guid.encode('utf-8')).hexdigest()[:10]}"
        try:
            contents = entry.get("content") or []
            body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
            text = check_text(strip_markup(body), origin)
            yield Record(id=art_id, text=text, date=_entry_date(entry) or date,
                         title=strip_markup(entry.get("title", "")) or None, url=entry.get("link") or None,
                         source=source, origin=origin)
        except InputError as exc:
            yield ErrorRecord(art_id, origin, str(exc))


def _looks_like_feed(path: Path) -> bool:
    try:
        head = path.open("rb").read(2048).lower()
    except OSError:
        return True  # let read_feed report the problem
    return bool(re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head))


def read_markup_file(path: Path, date: str | None = None) -> Iterator[Record | ErrorRecord]:
    """Records from an HTML page or a feed file (``.xml`` files are checked for a feed root)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES and (suffix != ".xml" or _looks_like_feed(path)):
        yield from read_feed(path, date)
        return
    if suffix == ".xml":
        yield ErrorRecord(path.stem, str(path), f"{path}: XML file is not an RSS/Atom feed")
        return
    try:
        yield read_html(path, date)
    except InputError as exc:
        yield ErrorRecord(path.stem, str(path), str(exc))
    except Exception as exc:  # noqa: BLE001 - a malformed page must not stop a batch
        yield ErrorRecord(path.stem, str(path), f"{path}: cannot read page: {type(exc).__name__}: {exc}")
