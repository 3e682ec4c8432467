from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("datasketch")

from marsad.store import Store  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "sample.jsonl"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'corpus.db'}")
    yield s
    s.close()


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
