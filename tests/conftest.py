"""Shared fixtures: realistic Arabic articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_d26eb46d382390e7.txt"


@pytest.fixture(scope="session")
def pipeline():
    from marsad.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED.read_text(encoding="utf-8")
