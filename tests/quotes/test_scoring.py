"""The quotes scorer and the stage inside the full pipeline."""

from __future__ import annotations

import json

from marsad.evaluate.quotes import align, score
from marsad.model import Article, Cue, Entity, Mention, Quote, Span, Speaker

TEXT = "وقال وزير الخارجية المصري سامح شكري إن القاهرة ترفض أي تهجير. وأضاف أن المعبر مفتوح من الجانب المصري."


def _span(s: str) -> Span:
    i = TEXT.index(s)
    return Span(i, i + len(s), s)


def _article(quotes: list[Quote], entity_id: str = "shoukry") -> Article:
    i = TEXT.index("سامح شكري")
    ent = Entity(entity_id, "PER", "سامح شكري", "Sameh Shoukry", "EGY",
                 mentions=[Mention(i, i + len("سامح شكري"), "سامح شكري")])
    return Article("a", TEXT, entities=[ent], quotes=quotes)


def _quote(content: str, kind: str, cue: str, speaker: Speaker | None) -> Quote:
    c = _span(cue)
    return Quote("q", kind, speaker, Cue(c.text, c.start, c.end), _span(content))


def test_scores_count_attribution_end_to_end():
    sp = _span("سامح شكري")
    gold = _article([
        _quote("القاهرة ترفض أي تهجير", "indirect", "وقال", Speaker(sp.text, sp.start, sp.end, "shoukry")),
        _quote("المعبر مفتوح من الجانب المصري", "indirect", "وأضاف", Speaker(sp.text, sp.start, sp.end, "shoukry")),
    ])
    # Predicted entity ids differ from gold ids: the match goes through the mentions.
    role = _span("وزير الخارجية المصري سامح شكري")
    pred = _article([
        _quote("القاهرة ترفض أي تهجير.", "indirect", "وقال", Speaker(role.text, role.start, role.end, "e7")),
        _quote("وزير الخارجية المصري", "direct", "وأضاف", None),  # content not in gold
    ], entity_id="e7")
    scores = score(gold, pred)
    assert (scores["quotes.span"].tp, scores["quotes.span"].fn, scores["quotes.span"].fp) == (1, 1, 1)
    assert scores["quotes.span_exact"].tp == 1  # a trailing full stop is not a boundary error
    assert scores["quotes.speaker"].tp == 1 and scores["quotes.speaker"].fn == 1
    assert scores["quotes.kind"].tp == 1


def test_alignment_is_one_to_one():
    a = _quote("القاهرة ترفض أي تهجير", "indirect", "وقال", None)
    b = _quote("القاهرة ترفض", "indirect", "وقال", None)
    assert len(align([a], [a, b])) == 1


def test_jsonl_carries_speaker_entity_for_grouping(pipeline):
    art = pipeline("وقال وزير الخارجية المصري سامح شكري للصحافيين إن القاهرة ترفض أي تهجير.", date="2024-01-01")
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    quote = data["quotes"][0]
    assert set(quote["speaker"]) >= {"text", "start", "end", "entity", "name_en"}
    assert quote["content"]["text"] == "القاهرة ترفض أي تهجير"
    assert quote["cue"]["lemma"] == "قال"
