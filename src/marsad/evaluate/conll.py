"""NER scores on a CoNLL file (``marsad eval --conll FILE``): exact spans per type, rules vs CRF vs both."""

from __future__ import annotations

from pathlib import Path

from marsad.evaluate import Score, compare_sets


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    from marsad.entities.crf import spans_from_tags

    return spans_from_tags(tags)


def evaluate_conll(path: str | Path, ner_model: str | None = None) -> dict:
    """Scores of the rules, the CRF (``ner_model`` or the packaged one) and their union, per type."""
    from marsad.cli import UserError
    from marsad.entities.crf import CrfTagger, make_tokens, read_conll, rule_tags
    from marsad.entities.gazetteer import gazetteer
    from marsad.entities.recognize import Recognizer
    from marsad.entities.stage import DEFAULT_MODEL

    if not Path(path).is_file():
        raise UserError(f"CoNLL file not found: {path}")
    try:
        sentences = read_conll(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(str(exc)) from None
    rec = Recognizer(gazetteer())
    model = Path(ner_model) if ner_model else DEFAULT_MODEL
    tagger = None
    if model.is_file():
        try:
            tagger = CrfTagger(model, rec)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    systems = ["rules", "crf", "rules+crf"] if tagger else ["rules"]
    scores: dict[str, dict[str, Score]] = {s: {} for s in systems}
    for words, gold_tags in sentences:
        _, toks = make_tokens(words)
        gold = _spans(gold_tags)
        pred = {"rules": _spans(rule_tags(rec, toks, 0, len(toks)))}
        if tagger:
            crf = _spans(tagger.tag(toks, 0, len(toks)))
            pred["crf"] = crf
            taken = {k for a, b, _ in pred["rules"] for k in range(a, b)}
            pred["rules+crf"] = pred["rules"] + [s for s in crf if not any(k in taken for k in range(s[0], s[1]))]
        for system, spans in pred.items():
            for kind in ("PER", "ORG", "LOC", "MISC", "micro"):
                g = [s for s in gold if kind in ("micro", s[2])]
                p = [s for s in spans if kind in ("micro", s[2])]
                scores[system].setdefault(kind, Score()).add(compare_sets(g, p))
    lines = [f"{path}: {len(sentences)} sentences", f"{'system':<12}{'type':<8}{'P':>8}{'R':>8}{'F1':>8}"]
    for system in systems:
        for kind, s in scores[system].items():
            lines.append(f"{system:<12}{kind:<8}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    return {"file": str(path), "sentences": len(sentences),
            "scores": {sy: {k: v.to_dict() for k, v in d.items()} for sy, d in scores.items()},
            "table": "\n".join(lines)}
