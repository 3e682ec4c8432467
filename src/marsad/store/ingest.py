"""``marsad ingest``: analyse articles and store them, resumably.

The main process reads records, skips those already stored (same id, same content
hash, same marsad version), hands the rest to worker processes for analysis and
stores each result in its own transaction as it arrives.  Killing the process
therefore loses at most the article in flight; running the same command again
completes the corpus with every article stored once.  An article that fails is
recorded in ``errors`` and the rest go on.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from marsad import __version__
from marsad.io import ErrorRecord, InputError, Record
from marsad.model import Article
from marsad.store.db import Store
from marsad.store.dedup import DuplicateFinder, signature
from marsad.store.keys import content_hash
from marsad.store.records import record_error, save_article, stored_state

# Test hook: die (SIGKILL, no clean-up) after storing this many articles, to prove resumability.
DIE_AFTER_ENV = "MARSAD_INGEST_DIE_AFTER"


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.stored} articles stored ({self.duplicates} duplicates linked to their originals), "
                f"{self.skipped} already stored, {self.errors} errors")


def _analyse(rec: Record) -> tuple[str, Any, bytes | None]:
    """Worker body: (record id, Article or error message, MinHash signature)."""
    from marsad.pipeline import default_pipeline

    try:
        art = default_pipeline()(rec.text, id=rec.id, date=rec.date, title=rec.title, url=rec.url, source=rec.source)
    except InputError as exc:
        return rec.id, str(exc), None
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop a batch
        return rec.id, f"{rec.origin}: internal error: {type(exc).__name__}: {exc}", None
    return rec.id, art, signature(rec.text)


def _warm() -> None:
    from marsad.pipeline import default_pipeline

    default_pipeline()


def _analysed(todo: list[Record], workers: int) -> Iterator[tuple[str, Any, bytes | None]]:
    if workers <= 1 or len(todo) < 2:
        for rec in todo:
            yield _analyse(rec)
        return
    ctx = get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(workers, initializer=_warm) as pool:
        yield from pool.imap(_analyse, todo, chunksize=4)


def ingest(store: Store, records: Iterable[Record | ErrorRecord], *, workers: int = 1,
           progress: bool = False) -> IngestReport:
    report = IngestReport()
    state = stored_state(store)
    finder = DuplicateFinder()
    for row in store.query("SELECT article_id, signature FROM minhashes"):
        finder.add(row["article_id"], bytes(row["signature"]))
    by_hash = {h: i for i, (h, _) in state.items()}
    originals = {r["id"]: r["duplicate_of"] for r in store.query("SELECT id, duplicate_of FROM articles")}

    todo: list[Record] = []
    seen_ids: set[str] = set()
    for rec in records:
        if isinstance(rec, ErrorRecord):
            record_error(store, rec.id, rec.origin, rec.error)
            report.errors += 1
            report.error_messages.append(rec.error)
            continue
        if rec.id in seen_ids:
            msg = f"{rec.origin}: article id {rec.id!r} appears twice in this input; kept the first"
            record_error(store, rec.id, rec.origin, msg)
            report.errors += 1
            report.error_messages.append(msg)
            continue
        seen_ids.add(rec.id)
        if state.get(rec.id) == (content_hash(rec.text), __version__):
            report.skipped += 1
            continue
        todo.append(rec)

    die_after = int(os.environ.get(DIE_AFTER_ENV) or 0)
    origin_of = {rec.id: rec for rec in todo}
    results: Iterable = _analysed(todo, workers)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(todo), unit="article", file=sys.stderr, dynamic_ncols=True,
                       desc="ingest")
    for art_id, result, sig in results:
        rec = origin_of[art_id]
        if not isinstance(result, Article):
            record_error(store, art_id, rec.origin, result)
            report.errors += 1
            report.error_messages.append(result)
            continue
        digest = content_hash(rec.text)
        duplicate = _find_original(art_id, digest, sig, by_hash, finder, originals)
        save_article(store, result, content_hash=digest, duplicate_of=duplicate[0] if duplicate else None,
                     similarity=duplicate[1] if duplicate else None, signature=sig)
        originals[art_id] = duplicate[0] if duplicate else None
        by_hash.setdefault(digest, art_id)
        if duplicate:
            finder.remove(art_id)
            report.duplicates += 1
        elif sig is not None:
            finder.add(art_id, sig)
        report.stored += 1
        if die_after and report.stored >= die_after:
            os.kill(os.getpid(), signal.SIGKILL)
    return report


def _find_original(art_id: str, digest: str, sig: bytes | None, by_hash: dict[str, str],
                   finder: DuplicateFinder, originals: dict[str, str | None]) -> tuple[str, float] | None:
    """The original this article copies (exact text first, then MinHash), following chains to the root."""
    exact = by_hash.get(digest)
    found = (exact, 1.0) if exact and exact != art_id else (finder.find(art_id, sig) if sig else None)
    if not found:
        return None
    root, sim = found
    hops = 0
    while originals.get(root) and hops < 100:
        root = originals[root]  # type: ignore[assignment]
        hops += 1
    return (root, sim) if root != art_id else None
