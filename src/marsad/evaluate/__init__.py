"""The evaluation harness behind ``marsad eval``: score the pipeline against ``data/gold``.

Each layer has a scorer taking (gold Article, predicted Article) pairs and returning
counts; counts add up over articles and become precision / recall / F1.  Scorers for
later layers (entities, quotes, events) live beside this one and register in
:data:`SCORERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.model import Article


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def compare_sets(gold: Iterable[object], pred: Iterable[object]) -> Score:
    """Exact-match score of two collections of hashable keys (multiset semantics)."""
    from collections import Counter

    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return Score(tp, sum(p.values()) - tp, sum(g.values()) - tp)


Scorer = Callable[[Article, Article], dict[str, Score]]


def score_text_layer(gold: Article, pred: Article) -> dict[str, Score]:
    """Repairs (split, duplicate), run-in headings and sentences, by exact span."""
    out = {}
    for kind in ("split", "duplicate"):
        out[f"repairs.{kind}"] = compare_sets(
            ((r.start, r.end, r.after) for r in gold.repairs if r.kind == kind),
            ((r.start, r.end, r.after) for r in pred.repairs if r.kind == kind),
        )
    out["headings"] = compare_sets(
        ((s.heading.start, s.heading.end) for s in gold.sections if s.heading),
        ((s.heading.start, s.heading.end) for s in pred.sections if s.heading),
    )
    out["sentences"] = compare_sets(
        ((s.start, s.end) for s in gold.sentences), ((s.start, s.end) for s in pred.sentences)
    )
    return out


SCORERS: dict[str, Scorer] = {"text": score_text_layer}


@dataclass
class Report:
    split: str
    articles: int = 0
    scores: dict[str, Score] = field(default_factory=dict)

    def add(self, part: dict[str, Score]) -> None:
        for key, score in part.items():
            self.scores.setdefault(key, Score()).add(score)

    def to_dict(self) -> dict[str, object]:
        return {"split": self.split, "articles": self.articles,
                "scores": {k: v.to_dict() for k, v in sorted(self.scores.items())}}

    def table(self) -> str:
        lines = [f"split: {self.split}   articles: {self.articles}",
                 f"{'layer':<28}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
        for key, s in sorted(self.scores.items()):
            lines.append(f"{key:<28}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
                         f"{s.tp + s.fn:>8}{s.tp + s.fp:>8}")
        return "\n".join(lines)


def markdown_table(reports: list[Report]) -> str:
    """One Markdown table with a P / R / F1 column group per report (e.g. dev and test)."""
    keys = sorted({k for r in reports for k in r.scores})
    head = "| layer | " + " | ".join(f"{r.split} P | {r.split} R | {r.split} F1" for r in reports) + " |"
    rule = "| --- | " + " | ".join("---: | ---: | ---:" for _ in reports) + " |"
    rows = [head, rule]
    for key in keys:
        cells = []
        for r in reports:
            s = r.scores.get(key)
            cells.append(f"{s.precision:.2f} | {s.recall:.2f} | **{s.f1:.2f}**" if s else "– | – | –")
        rows.append(f"| {key} | " + " | ".join(cells) + " |")
    counts = ", ".join(f"{r.split}: {r.articles} articles" for r in reports)
    return "\n".join(rows) + f"\n\n({counts})"


def _register_optional_scorers() -> None:
    """Layers add their scorer modules here as they land (entities, quotes, events)."""
    import importlib

    for name in ("entities", "quotes", "events"):
        try:
            module = importlib.import_module(f"marsad.evaluate.{name}")
        except ModuleNotFoundError:
            continue
        SCORERS[name] = module.score


def find_gold_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    for candidate in (Path.cwd() / "data" / "gold", Path(__file__).resolve().parents[3] / "data" / "gold"):
        if candidate.is_dir():
            return candidate
    return Path("data/gold")


def evaluate(split: str, gold_dir: Path, pipeline: Callable[..., Article] | None = None,
             files: list[str] | None = None) -> Report:
    """Run ``pipeline`` over the gold articles of ``split`` (dev | test | all) and score every layer.

    ``files``: file-name patterns (``13?_*``) to score a subset, e.g. articles added after a tuning round.
    """
    from marsad.evaluate.gold import iter_gold
    from marsad.pipeline import default_pipeline

    _register_optional_scorers()
    pipeline = pipeline or default_pipeline()
    report = Report(f"{split} {' '.join(files)}" if files else split)
    for gold in iter_gold(gold_dir, None if split == "all" else split, files):
        pred = pipeline(gold.text, id=gold.id, date=gold.date)
        report.articles += 1
        for scorer in SCORERS.values():
            report.add(scorer(gold, pred))
    return report
