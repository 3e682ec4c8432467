"""Reading articles: decoding, bad files, JSONL streams, directories, stdin."""

from __future__ import annotations

import codecs
import io
import json

import pytest

from marsad.io import ErrorRecord, InputError, Record, decode_bytes, iter_records

ARTICLE = "قال وزير الخارجية الأردني إن بلاده تدعم الحوار بين الأطراف السورية."


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("cp1256"),
])
def test_decodes_common_encodings(data):
    assert decode_bytes(data, "x") == ARTICLE


def test_windows_1256_with_mixed_latin_and_digits():
    text = "أعلنت شركة أرامكو (Aramco) أرباحا بلغت 121 مليار دولار في 2023."
    assert decode_bytes(text.encode("cp1256"), "x") == text


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01\x02binary\x00stuff", "binary"),
    ("Le président a déclaré que la réunion était très utile.".encode("latin-1"), "cannot decode"),
    ("東京で会議が開かれた".encode("shift_jis"), "cannot decode"),
    (codecs.BOM_UTF8 + b"\xc3\x28 broken", "invalid utf-8"),
], ids=["nul", "latin-1", "shift-jis", "bom-broken"])
def test_undecodable_input_is_one_line_error(data, message):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    assert message in str(err.value) and "\n" not in str(err.value) and "bad.txt" in str(err.value)


def _one(path):
    (rec,) = list(iter_records([str(path)]))
    return rec


def test_text_file_problems_become_error_records(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.txt").write_text("  \n\t \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_text("The minister said talks would resume.", encoding="utf-8")
    (tmp_path / "nul.txt").write_bytes(b"\x00" * 50 + ARTICLE.encode())
    expected = {"empty.txt": "empty article", "spaces.txt": "empty article",
                "latin.txt": "no Arabic", "nul.txt": "binary"}
    for name, message in expected.items():
        rec = _one(tmp_path / name)
        assert isinstance(rec, ErrorRecord) and message in rec.error, name
    missing = _one(tmp_path / "absent.txt")
    assert isinstance(missing, ErrorRecord) and "no such file" in missing.error


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB, sparse: the check must come from the size alone
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\n")
    rec = _one(big)
    assert isinstance(rec, ErrorRecord) and "too large" in rec.error


def test_jsonl_stream_keeps_good_lines_around_bad_ones(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2024-03-01T10:00:00Z", "title": "عنوان"}),
        "{not json",
        "",
        json.dumps({"id": "a3", "text": 42}),
        json.dumps(["a list"]),
        json.dumps({"id": "a5", "text": ARTICLE, "date": "01/03/2024"}),
        json.dumps({"text": ARTICLE}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = list(iter_records([str(path)]))
    assert [type(r).__name__ for r in recs] == ["Record", "ErrorRecord", "ErrorRecord", "ErrorRecord",
                                                "ErrorRecord", "Record"]
    assert recs[0].date == "2024-03-01" and recs[0].title == "عنوان"
    assert "malformed JSON" in recs[1].error and recs[1].origin.endswith(":2")
    assert "text" in recs[2].error
    assert "date" in recs[4].error
    assert recs[5].id == "feed-7"  # no id: file stem and line number


def test_directory_walk_is_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    assert [r.id for r in iter_records([str(tmp_path)])] == ["a", "b"]
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    (rec,) = list(iter_records([str(empty)]))
    assert isinstance(rec, ErrorRecord)


def test_stdin_text_and_jsonl():
    (rec,) = list(iter_records(["-"], date="2024-05-05", stdin=io.BytesIO(ARTICLE.encode("utf-16"))))
    assert isinstance(rec, Record) and rec.text == ARTICLE and rec.date == "2024-05-05"
    feed = (json.dumps({"id": "x", "text": ARTICLE}) + "\n{oops\n").encode()
    recs = list(iter_records(["-"], stdin=io.BytesIO(feed)))
    assert isinstance(recs[0], Record) and isinstance(recs[1], ErrorRecord)
