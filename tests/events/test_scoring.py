"""The events scorer used by ``marsad eval``."""

from __future__ import annotations

from marsad.evaluate.events import score
from marsad.model import Actor, Article, Event, Sentence, Span

TEXT = "قصفت القوات الروسية مواقع للمعارضة. وتظاهر مئات السكان في المدينة."


def ev(etype: str, word: str, src: str | None = None, modality: str = "asserted") -> Event:
    i = TEXT.index(word)
    sent = Span(0, 35, TEXT[:35]) if i < 35 else Span(36, len(TEXT), TEXT[36:])
    return Event("e", etype, None, None, Actor("x", 0, 1, None, src) if src else None, None, False, modality,
                 None, None, sent, Span(i, i + len(word), word))


def article(events: list[Event]) -> Article:
    return Article("a", TEXT, sentences=[Sentence(0, 35), Sentence(36, len(TEXT))], events=events)


def test_type_and_full_scores():
    gold = article([ev("ASSAULT", "قصفت", "RUS MIL"), ev("PROTEST", "وتظاهر", "CVL")])
    pred = article([ev("ASSAULT", "مواقع", "RUS MIL"), ev("ASSAULT", "وتظاهر", "CVL")])
    s = score(gold, pred)
    assert (s["events.type"].tp, s["events.type"].fp, s["events.type"].fn) == (1, 1, 1)
    assert s["events.full"].tp == 1
    assert (s["events.sentence.ASSAULT"].tp, s["events.sentence.ASSAULT"].fp) == (1, 1)
    assert s["events.sentence.PROTEST"].fn == 1


def test_modality_must_match():
    gold = article([ev("ASSAULT", "قصفت", modality="reported")])
    pred = article([ev("ASSAULT", "قصفت", modality="asserted")])
    s = score(gold, pred)
    assert s["events.type"].tp == 1 and s["events.modality"].tp == 0
