"""Every file of the project's gold set resolves (a typo in a gold file must fail CI, not skew a score)."""

import re
from pathlib import Path

import pytest

from marsad.evaluate.gold import load_gold_file

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
# Actor codes as in data/gold/GUIDELINES.md: a country or bloc alone, a sector alone, or both.
ACTOR_CODE = re.compile(r"[A-Z]{3}( [A-Z]{3})?")
FILES = sorted(GOLD.rglob("*.yaml"))


def test_gold_set_is_present() -> None:
    assert len([f for f in FILES if f.parent.name == "dev"]) >= 40
    assert len([f for f in FILES if f.parent.name == "test"]) >= 25


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_resolves(path: Path) -> None:
    article = load_gold_file(path)
    assert article.id.startswith(path.parent.name + "-")
    for ev in article.events:
        assert article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        for actor in (ev.source, ev.target):
            if actor is not None and actor.code:
                assert ACTOR_CODE.fullmatch(actor.code), actor.code
