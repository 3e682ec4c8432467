"""Scores for the quotes layer: content span, speaker attribution, kind, cue and channel.

Gold and predicted quotes are aligned one to one by content overlap (largest overlap
first); a pair matches when the overlap covers at least half of the shorter span, so
an extra word at a boundary is forgiven but a content that only touches another is
not.  ``quotes.span_exact`` demands identical boundaries (ignoring surrounding
punctuation and quotation marks).  Attribution scores are end to end: a quote counts
only when its content matched and the attribute is right, so they are never higher
than ``quotes.span``.

A speaker is right when it names the same entity — same English name, or the
predicted speaker's span or entity mentions overlap a mention of the gold entity —
or, for a speaker that is not an entity (مصدر عسكري), when the spans overlap.
"""

from __future__ import annotations

from marsad.evaluate import Score
from marsad.model import Article, Quote, Span, Speaker

MIN_OVERLAP = 0.5
_EDGE = " \t\n.,،:;؛\"'«»“”„()-"


def _overlap(a: Span | Speaker, b: Span | Speaker) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _content_overlap(g: Span, p: Span) -> float:
    shorter = min(g.end - g.start, p.end - p.start)
    return _overlap(g, p) / shorter if shorter > 0 else 0.0


def align(gold: list[Quote], pred: list[Quote]) -> list[tuple[Quote, Quote]]:
    """One-to-one pairs of gold and predicted quotes whose contents overlap enough."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ratio = _content_overlap(g.content, p.content)
            if ratio >= MIN_OVERLAP:
                candidates.append((ratio, _overlap(g.content, p.content), gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def _spans(speaker: Speaker, article: Article) -> list[tuple[int, int]]:
    spans = [(speaker.start, speaker.end)] if speaker.end > speaker.start else []
    if speaker.entity:
        ent = article.entity(speaker.entity)
        if ent is not None:
            spans += [(m.start, m.end) for m in ent.mentions]
    return spans


def speaker_match(g: Quote, gold: Article, p: Quote, pred: Article) -> bool:
    if g.speaker is None or p.speaker is None:
        return g.speaker is None and p.speaker is None
    gs, ps = g.speaker, p.speaker
    if gs.name_en and ps.name_en and gs.name_en.casefold() == ps.name_en.casefold():
        return True
    gold_spans = _spans(gs, gold)
    pred_spans = _spans(ps, pred) if gs.entity else [(ps.start, ps.end)]
    return any(min(a2, b2) > max(a1, b1) for a1, a2 in gold_spans for b1, b2 in pred_spans)


def _trimmed(span: Span) -> tuple[int, int]:
    text = span.text
    left = len(text) - len(text.lstrip(_EDGE))
    right = len(text) - len(text.rstrip(_EDGE))
    return span.start + left, span.end - right


def _attribute_score(pairs: list[tuple[Quote, Quote]], n_gold: int, n_pred: int, ok) -> Score:
    tp = sum(1 for g, p in pairs if ok(g, p))
    return Score(tp, n_pred - tp, n_gold - tp)


def score(gold: Article, pred: Article) -> dict[str, Score]:
    g_quotes, p_quotes = gold.quotes, pred.quotes
    pairs = align(g_quotes, p_quotes)
    ng, npred = len(g_quotes), len(p_quotes)
    out = {
        "quotes.span": Score(len(pairs), npred - len(pairs), ng - len(pairs)),
        "quotes.span_exact": _attribute_score(
            pairs, ng, npred, lambda g, p: _trimmed(g.content) == _trimmed(p.content)),
        "quotes.speaker": _attribute_score(
            pairs, ng, npred, lambda g, p: speaker_match(g, gold, p, pred)),
        "quotes.kind": _attribute_score(pairs, ng, npred, lambda g, p: g.kind == p.kind),
        "quotes.cue": _attribute_score(
            pairs, ng, npred, lambda g, p: bool(g.cue and p.cue and _overlap(g.cue, p.cue) > 0)),
    }
    # Channels only where one side has one: a quote without a channel on both sides says nothing.
    chan_tp = sum(1 for g, p in pairs if g.channel and p.channel and _overlap(g.channel, p.channel) > 0)
    out["quotes.channel"] = Score(chan_tp, sum(1 for q in p_quotes if q.channel) - chan_tp,
                                  sum(1 for q in g_quotes if q.channel) - chan_tp)
    return out
