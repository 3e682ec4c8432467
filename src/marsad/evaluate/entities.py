"""Entity scores: exact mention span + type (per type and micro) and within-article linking.

Linking is scored on pairs of mentions: a pair is linked when both mentions belong to
the same entity; only mentions found with the right span and type take part, so the
linking score measures the linker and not the recogniser.
"""

from __future__ import annotations

from itertools import combinations

from marsad.evaluate import Score, compare_sets
from marsad.model import Article

TYPES = ("PER", "ORG", "LOC", "MISC")


def _mentions(art: Article) -> dict[tuple[int, int, str], str]:
    out = {}
    for ent in art.entities:
        for m in ent.mentions:
            out[(m.start, m.end, ent.type)] = ent.id
    return out


def score(gold: Article, pred: Article) -> dict[str, Score]:
    g, p = _mentions(gold), _mentions(pred)
    out = {f"entities.{t}": compare_sets((k for k in g if k[2] == t), (k for k in p if k[2] == t)) for t in TYPES}
    out["entities.micro"] = compare_sets(list(g), list(p))
    common = sorted(set(g) & set(p))
    gold_pairs = {(a, b) for a, b in combinations(common, 2) if g[a] == g[b]}
    pred_pairs = {(a, b) for a, b in combinations(common, 2) if p[a] == p[b]}
    out["entities.linking"] = compare_sets(gold_pairs, pred_pairs)
    # English name and country of each gold entity whose first mention was found
    found = Score()
    pred_by_id = {e.id: e for e in pred.entities}
    for ent in gold.entities:
        key = next(((m.start, m.end, ent.type) for m in ent.mentions if (m.start, m.end, ent.type) in p), None)
        if key is None:
            continue
        guess = pred_by_id[p[key]]
        if guess.country == ent.country:
            found.tp += 1
        else:
            found.fp += 1
            found.fn += 1
    out["entities.country"] = found
    return out
