"""Consistency checks of a contract JSON article (``Article.to_dict()``), for every layer's tests.

:func:`check_article` returns a list of problems (empty when the article is sound):
every span lies inside the text and its ``text`` is exactly ``text[start:end]``,
references between objects (quote → entity, event → quote …) resolve, sentences are
ordered and do not overlap, ids are unique.  It never raises on malformed input, so it
can be pointed at anything a pipeline produced::

    from marsad.validate import check_article
    assert check_article(marsad.analyze(text).to_dict()) == []
"""

from __future__ import annotations

from typing import Any

from marsad.model import SCHEMA

_TOP_KEYS = ("id", "text", "repairs", "sections", "sentences", "entities", "quotes", "events")


def check_article(article: dict[str, Any]) -> list[str]:
    """Every inconsistency found in ``article`` (a ``marsad/1`` dict), as readable one-line messages."""
    if not isinstance(article, dict):
        return [f"article is a {type(article).__name__}, not an object"]
    problems: list[str] = []
    if article.get("schema") != SCHEMA:
        problems.append(f"schema is {article.get('schema')!r}, expected {SCHEMA!r}")
    missing = [k for k in _TOP_KEYS if k not in article]
    if missing:
        problems.append(f"missing keys: {', '.join(missing)}")
    text = article.get("text")
    if not isinstance(text, str):
        return problems + ["text is not a string"]
    for key in _TOP_KEYS[2:]:
        if key in article and not isinstance(article[key], list):
            problems.append(f"{key} is not a list")
            return problems
    _walk(article, text, "", problems)
    _check_sentences(article.get("sentences", []), problems)
    _check_references(article, problems)
    return problems


def _walk(node: Any, text: str, path: str, problems: list[str]) -> None:
    """Check every object with ``start``/``end`` anywhere in the tree."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, text, f"{path}[{i}]", problems)
        return
    if not isinstance(node, dict):
        return
    if "start" in node or "end" in node:
        _check_span(node, text, path or "article", problems)
    for key, value in node.items():
        if key != "text" and isinstance(value, dict | list):
            _walk(value, text, f"{path}.{key}" if path else key, problems)


def _check_span(span: dict[str, Any], text: str, path: str, problems: list[str]) -> None:
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        problems.append(f"{path}: start/end are not integers ({start!r}, {end!r})")
        return
    if not 0 <= start <= end <= len(text):
        problems.append(f"{path}: span [{start}, {end}) outside the text (length {len(text)})")
        return
    # A span's surface is "text"; a repair's is "before" (what the original text held).
    surface_key = "text" if "text" in span else "before" if "before" in span else None
    if surface_key is not None and span[surface_key] != text[start:end]:
        problems.append(f"{path}: {surface_key} {span[surface_key]!r} != text[{start}:{end}] "
                        f"{text[start:end]!r}")


def _check_sentences(sentences: list[Any], problems: list[str]) -> None:
    prev_end = 0
    for i, s in enumerate(sentences):
        if not isinstance(s, dict) or not isinstance(s.get("start"), int) or not isinstance(s.get("end"), int):
            continue  # already reported by _check_span
        if s["start"] >= s["end"]:
            problems.append(f"sentences[{i}]: empty sentence [{s['start']}, {s['end']})")
        if s["start"] < prev_end:
            problems.append(f"sentences[{i}]: starts at {s['start']} before the previous one ends ({prev_end})")
        prev_end = max(prev_end, s["end"])


def _ids(items: list[Any], what: str, problems: list[str]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"{what}[{i}] is not an object")
            continue
        ident = item.get("id")
        if ident in seen:
            problems.append(f"{what}[{i}]: duplicate id {ident!r}")
        seen.add(ident)
    return seen


def _check_references(article: dict[str, Any], problems: list[str]) -> None:
    entity_ids = _ids(article.get("entities", []), "entities", problems)
    quote_ids = _ids(article.get("quotes", []), "quotes", problems)
    _ids(article.get("events", []), "events", problems)

    def ref(obj: Any, path: str) -> None:
        if isinstance(obj, dict) and obj.get("entity") is not None and obj["entity"] not in entity_ids:
            problems.append(f"{path}.entity {obj['entity']!r} is not an entity of the article")

    for i, q in enumerate(article.get("quotes", [])):
        if isinstance(q, dict):
            ref(q.get("speaker"), f"quotes[{i}].speaker")
            if not isinstance(q.get("content"), dict):
                problems.append(f"quotes[{i}]: no content span")
    for i, e in enumerate(article.get("events", [])):
        if not isinstance(e, dict):
            continue
        for role in ("source", "target", "location"):
            ref(e.get(role), f"events[{i}].{role}")
        if e.get("quote") is not None and e["quote"] not in quote_ids:
            problems.append(f"events[{i}].quote {e['quote']!r} is not a quote of the article")
        for key in ("evidence", "trigger"):
            if not isinstance(e.get(key), dict):
                problems.append(f"events[{i}]: no {key} span")
