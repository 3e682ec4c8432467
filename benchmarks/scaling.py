"""Scaling: time and peak memory from 1,000 to 100,000 articles, streamed through the pipeline.

Each size runs in a fresh process (peak memory is a per-process high-water mark), on
articles generated from the project's sample and gold texts by recombining their
sentences.  Linear time shows as a flat articles/s column; flat memory as a flat
peak-RSS column.  Not run by the tests.

    python benchmarks/scaling.py --max 10000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)


def run_one(n: int, workers: int) -> dict:
    from throughput import WORD_RE, generated_records, peak_rss_mb

    from marsad.parallel import analyze_parallel
    from marsad.pipeline import default_pipeline

    default_pipeline()
    words = 0

    def counted():
        nonlocal words
        for rec in generated_records(n, shuffle=True):  # generated lazily: never a list
            words += len(WORD_RE.findall(rec.text))
            yield rec

    start = time.perf_counter()
    done = sum(1 for _, art in analyze_parallel(counted(), workers) if art is not None)
    seconds = time.perf_counter() - start
    own, kids = peak_rss_mb()
    return {"articles": n, "analysed": done, "seconds": round(seconds, 1), "articles_per_s": round(n / seconds, 1),
            "words_per_s": round(words / seconds), "peak_rss_main_mb": round(own), "peak_rss_worker_mb": round(kids)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max", type=int, default=100_000, help="largest corpus (default 100000)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.workers)))
        return
    sizes = [n for n in SIZES if n <= args.max] or [args.max]
    print(f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'RSS main MB':>12} {'RSS worker MB':>14}")
    for n in sizes:
        proc = subprocess.run([sys.executable, str(Path(__file__)), "--one", str(n), "--workers", str(args.workers)],
                              capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{r['articles']:>9} {r['seconds']:>8} {r['articles_per_s']:>11} {r['words_per_s']:>9} "
              f"{r['peak_rss_main_mb']:>12} {r['peak_rss_worker_mb']:>14}", flush=True)


if __name__ == "__main__":
    main()
