"""Error records for bad JSONL lines carry the article's own id when the line names one."""

from __future__ import annotations

import io
import json
from pathlib import Path

from marsad.io import ErrorRecord, Record, iter_jsonl, iter_records

ARTICLE = "أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا بعد غارات ليلية على مخيم النصيرات."

LINES = [
    {"id": "wire-001", "text": ARTICLE, "date": "2024-03-05"},
    {"id": "wire-002", "text": "   "},  # empty article
    {"id": 3017, "text": "Only English here, no Arabic at all."},
    {"id": "wire-004", "text": ARTICLE, "date": "yesterday"},
    {"id": "wire-005", "text": None},
    {"text": 12},  # no id of its own
    {"id": "", "text": ""},  # an empty id is no id
]


def _jsonl(lines: list[object], tail: str = "") -> bytes:
    body = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)
    return (body + tail).encode("utf-8")


def test_errors_carry_the_declared_id_else_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_jsonl(LINES, tail='{"id": "wire-009", "text": \n'))
    records = list(iter_records([str(path)]))
    assert isinstance(records[0], Record) and records[0].id == "wire-001"
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    assert [e.id for e in errors] == ["wire-002", "3017", "wire-004", "wire-005", "feed-6", "feed-7", "feed-8"]
    # The origin still says where the line is, and the message why it failed.
    by_id = {e.id: e for e in errors}
    assert by_id["wire-004"].origin == f"{path}:4" and "yesterday" in by_id["wire-004"].error
    assert "empty article" in by_id["wire-002"].error
    assert "no Arabic" in by_id["3017"].error
    assert "malformed JSON" in by_id["feed-8"].error  # broken JSON: its id cannot be trusted


def test_stdin_and_streams_use_the_same_ids() -> None:
    data = _jsonl(LINES[:3])
    from_stdin = [r.id for r in iter_records(["-"], stdin=io.BytesIO(data)) if isinstance(r, ErrorRecord)]
    from_stream = [r.id for r in iter_jsonl(data.splitlines(keepends=True), "batch.jsonl")
                   if isinstance(r, ErrorRecord)]
    assert from_stdin == from_stream == ["wire-002", "3017"]
