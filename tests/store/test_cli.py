"""The corpus commands from a user's side: ingest, search, demo; mistakes are one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# "python -m marsad.cli" would load the CLI twice (as __main__ too); call it as the entry point does.
RUN_CLI = "import sys; from marsad.cli import main; sys.exit(main(sys.argv[1:]))"


def marsad(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN_CLI, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_ingest_then_search_from_the_command_line(tmp_path: Path, sample_path: Path) -> None:
    db = str(tmp_path / "c.db")
    done = marsad("ingest", str(sample_path), "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "11 articles stored (1 duplicates" in done.stderr
    found = marsad("search", "بطرابلس", "--db", db, cwd=tmp_path)
    assert found.returncode == 0 and found.stdout.startswith("sample-010")
    assert "[طرابلس]" in found.stdout
    as_json = json.loads(marsad("search", "النفط", "--db", db, "--json", "--from", "2024-05-19", cwd=tmp_path).stdout)
    assert [h["id"] for h in as_json["hits"]] == ["sample-004"]


def test_user_mistakes_are_one_line(tmp_path: Path, sample_path: Path) -> None:
    missing = marsad("search", "سوريا", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert missing.returncode == 2 and "no database" in missing.stderr and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    bad_url = marsad("ingest", str(sample_path), "--db", "mysql://x/y", cwd=tmp_path)
    assert bad_url.returncode == 2 and "unsupported database URL" in bad_url.stderr
    bad_date = marsad("search", "x", "--db", str(tmp_path / "none.db"), "--from", "last week", cwd=tmp_path)
    assert bad_date.returncode != 0 and "Traceback" not in bad_date.stderr
    no_input = marsad("ingest", str(tmp_path / "nothing.jsonl"), "--db", str(tmp_path / "e.db"), cwd=tmp_path)
    assert no_input.returncode == 1 and "no such file" in no_input.stderr


def test_demo_without_serving_prints_a_report(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    first = marsad("demo", "--no-serve", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "10 articles (+1 duplicates)" in first.stdout
    assert "duplicate: sample-011 copies sample-001" in first.stdout
    assert "search سوريا: 1 articles: sample-006" in first.stdout
    again = marsad("demo", "--no-serve", "--db", db, cwd=tmp_path)
    assert again.returncode == 0 and "stored" not in again.stderr  # second run reuses the database
