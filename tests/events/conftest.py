"""Fixtures shared by the events tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def events_pipeline():
    """The text layer and the events stage alone (no entities or quotes on the Doc): fast enough for the
    hundreds of trigger, modality and date sentences."""
    from marsad.pipeline import Pipeline

    return Pipeline(stages=("events",))
