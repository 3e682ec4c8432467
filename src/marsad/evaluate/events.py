"""Scores for the events layer (``marsad eval``).

Events are matched by the gold sentence holding their trigger, so a system trigger that
differs from the annotator's (غارات vs شنت) still counts when the sentence and type agree:

- ``events.type``: (sentence, PLOVER type)
- ``events.source`` / ``events.target``: (sentence, type, actor code)
- ``events.full``: (sentence, type, source code, target code)
- ``events.modality``: (sentence, type, modality, negated)
- ``events.date``: (sentence, type, date value), over events with a date in either
- ``events.sentence.ASSAULT`` / ``events.sentence.PROTEST``: sentences holding such an event
  (the detection task UniversalPetrarch-style coders are measured on)
"""

from __future__ import annotations

from bisect import bisect_right

from marsad.evaluate import Score, compare_sets
from marsad.model import Article, Event

SENTENCE_TYPES = ("ASSAULT", "PROTEST")


def _sentence_index(gold: Article, offset: int) -> int:
    starts = [s.start for s in gold.sentences]
    return max(0, bisect_right(starts, offset) - 1)


def _code(actor: object) -> str | None:
    return getattr(actor, "code", None) if actor is not None else None


def _keys(gold: Article, events: list[Event]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {k: [] for k in ("type", "source", "target", "full", "modality", "date")}
    for ev in events:
        s = _sentence_index(gold, ev.trigger.start)
        out["type"].append((s, ev.type))
        out["source"].append((s, ev.type, _code(ev.source)))
        out["target"].append((s, ev.type, _code(ev.target)))
        out["full"].append((s, ev.type, _code(ev.source), _code(ev.target)))
        out["modality"].append((s, ev.type, ev.modality, ev.negated))
        if ev.date is not None and ev.date.value:
            out["date"].append((s, ev.type, ev.date.value))
    return out


def score(gold: Article, pred: Article) -> dict[str, Score]:
    g, p = _keys(gold, gold.events), _keys(gold, pred.events)
    scores = {f"events.{name}": compare_sets(g[name], p[name]) for name in g}
    for etype in SENTENCE_TYPES:
        scores[f"events.sentence.{etype}"] = compare_sets(
            {s for s, t in g["type"] if t == etype}, {s for s, t in p["type"] if t == etype})
    return scores
