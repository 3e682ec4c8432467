"""Throughput of the full pipeline: articles/s and words/s on 1 and N workers, and peak memory.

The corpus is the bundled sample (data/sample/*.jsonl) plus the dev gold texts,
repeated to ``--n`` articles with fresh ids.  Resources are loaded before the clock
starts, so the figures are steady-state speed.  Not run by the tests.

    python benchmarks/throughput.py --n 600 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD_RE = re.compile(r"\w+")


def base_articles() -> list[dict]:
    """The project's own articles: the bundled sample and the dev gold set."""
    out: list[dict] = []
    for path in sorted((ROOT / "data" / "sample").glob("*.jsonl")):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = ROOT / "data" / "gold"
    if gold.is_dir():
        from marsad.evaluate.gold import iter_gold

        out += [{"id": a.id, "text": a.text, "date": a.date, "title": a.title} for a in iter_gold(gold, "dev")]
    if not out:
        sys.exit("no articles found under data/sample or data/gold/dev")
    return out


def generated_records(n: int, seed: int = 7, shuffle: bool = False) -> Iterator:
    """``n`` records, lazily: the base articles repeated, or (``shuffle``) new articles made of
    their sentences recombined, so a long run does not just replay a few cached texts."""
    from marsad.io import Record

    base = base_articles()
    rng = random.Random(seed)
    sentences = [s for a in base for s in re.split(r"(?<=[.!؟])\s+", a["text"]) if s.strip()]
    for i in range(n):
        art = base[i % len(base)]
        text = art["text"]
        if shuffle:
            text = " ".join(rng.sample(sentences, k=min(len(sentences), rng.randint(8, 16))))
        yield Record(id=f"bench-{i:07d}", text=text, date=art.get("date"), title=art.get("title"),
                     origin=f"generated:{i}")


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its (finished) children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def measure(records: list, workers: int) -> dict:
    from marsad.parallel import analyze_parallel

    words = sum(len(WORD_RE.findall(r.text)) for r in records)
    start = time.perf_counter()
    errors = sum(1 for _, art in analyze_parallel(iter(records), workers) if art is None)
    seconds = time.perf_counter() - start
    return {"workers": workers, "articles": len(records), "words": words, "errors": errors,
            "seconds": round(seconds, 2), "articles_per_s": round(len(records) / seconds, 1),
            "words_per_s": round(words / seconds), "words_per_s_per_worker": round(words / seconds / workers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=600, help="articles per run (default 600)")
    parser.add_argument("--workers", type=int, nargs="+", help="worker counts (default: 1 and all cores)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from marsad.parallel import default_workers
    from marsad.pipeline import default_pipeline

    t0 = time.perf_counter()
    default_pipeline()  # load once; forked workers inherit it
    load = time.perf_counter() - t0
    records = list(generated_records(args.n))
    rows = [measure(records, w) for w in (args.workers or sorted({1, default_workers()}))]
    own, kids = peak_rss_mb()
    report = {"pipeline_load_s": round(load, 2), "runs": rows,
              "peak_rss_mb": {"main": round(own), "largest_worker": round(kids)}}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"pipeline load: {report['pipeline_load_s']} s; corpus {args.n} articles, "
          f"{rows[0]['words']} words ({rows[0]['words'] / args.n:.0f} words/article)")
    print(f"{'workers':>7} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'words/s/worker':>15}")
    for r in rows:
        print(f"{r['workers']:>7} {r['seconds']:>8} {r['articles_per_s']:>11} {r['words_per_s']:>9} "
              f"{r['words_per_s_per_worker']:>15}")
    print(f"peak RSS: main {own:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
