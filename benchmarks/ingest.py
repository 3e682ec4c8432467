"""Ingest benchmark: a generated corpus of N articles → articles/s, database size, search latency.

The corpus is generated from the bundled sample articles: sentences are shuffled
and recombined across articles and every article gets a new id, so the store sees
N distinct texts (few near-duplicates).  Not run by the tests.

    python benchmarks/ingest.py --n 10000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from marsad.io import Record
from marsad.store import Store, ingest, search
from marsad.web.cli import sample_corpus

QUERIES = ["سوريا", "الأمم المتحدة", "وزير الخارجية", "بالفاشر", "النفط", "الحكومة اليمنية", "طرابلس", "احتجاجات",
           "مجلس النواب", "غزة"]
PHRASE_QUERIES = ['"الأمم المتحدة"', '"وزير الخارجية"', '"مجلس النواب"', '"وقف إطلاق النار"']


def generate(n: int, seed: int = 13) -> list[Record]:
    rng = random.Random(seed)
    articles = [json.loads(line) for line in sample_corpus().read_text(encoding="utf-8").splitlines()]
    sentences = [s.strip() for a in articles for s in re.split(r"(?<=[.!؟])\s+", a["text"]) if s.strip()]
    out = []
    for i in range(n):
        base = articles[i % len(articles)]
        body = [*rng.sample(sentences, k=min(len(sentences), rng.randint(4, 8)))]
        day = 1 + i % 28
        out.append(Record(id=f"bench-{i:06d}", text="\n".join(body), date=f"2024-{1 + i % 12:02d}-{day:02d}",
                          title=base["title"], source=base["source"], origin=f"generated:{i}"))
    return out


def _latencies(store: Store, queries: list[str], rounds: int) -> list[float]:
    """Sorted milliseconds of each search, every query ``rounds`` times."""
    out = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            search(store, q, limit=20)
            out.append((time.perf_counter() - t) * 1000)
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="marsad-bench-")
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    records = generate(args.n)
    store = Store(url)
    t0 = time.perf_counter()
    report = ingest(store, iter(records), workers=args.workers, progress=sys.stderr.isatty())
    elapsed = time.perf_counter() - t0
    latencies = _latencies(store, QUERIES, rounds=5)
    phrase_latencies = _latencies(store, PHRASE_QUERIES, rounds=3)
    size = store.size_bytes()
    result = {
        "articles": args.n, "workers": args.workers, "stored": report.stored, "duplicates": report.duplicates,
        "errors": report.errors, "seconds": round(elapsed, 1), "articles_per_s": round(args.n / elapsed, 1),
        "db_mb": round(size / 1e6, 1) if size else None,
        "search_ms_median": round(statistics.median(latencies), 1),
        "search_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "phrase_search_ms_median": round(statistics.median(phrase_latencies), 1),
        "phrase_search_ms_max": round(phrase_latencies[-1], 1),
    }
    print(json.dumps(result, indent=2))
    store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
