"""Local parallelism: analyse a stream of records on several cores, in order, in bounded memory.

:func:`analyze_parallel` is the multi-process twin of :func:`marsad.cli.analyze_records`:
same input (records and error records from :func:`marsad.io.iter_records`), same output
(``(record, article)`` pairs, or ``(error_record, None)``), same order, same results.

* Resources are loaded once per worker: the pool initializer builds
  :func:`marsad.pipeline.default_pipeline` before the first article arrives.
* Streaming: records are sent in small chunks and at most a few chunks per worker are in
  flight, so a million-line JSONL never sits in memory (``Pool.imap`` would read the
  whole input ahead).
* One bad article never stops a batch: an exception becomes an error record inside the
  worker, exactly as in one process; a worker that dies outright (killed, out of memory)
  is replaced and the articles it held are retried one by one, so only the article that
  kills a worker becomes an error record.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from marsad.io import ErrorRecord, Record
from marsad.model import Article

Result = tuple[Record | ErrorRecord, Article | None]

CHUNK_SIZE = 8  # articles per task: large enough to amortise IPC, small enough to keep order cheap
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: keeps every core busy without reading ahead
SMALL_BATCH = 4  # fewer records than this are analysed in-process: starting workers costs more

_worker_pipeline = None


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(ner_model: str | None) -> None:
    global _worker_pipeline
    from marsad.pipeline import default_pipeline

    _worker_pipeline = default_pipeline(ner_model)


def _analyze_chunk(records: list[Record]) -> list[tuple[ErrorRecord | None, Article | None]]:
    """Run in a worker: (None, article) or (error, None) for each record, in order."""
    from marsad.cli import analyze_records

    assert _worker_pipeline is not None, "worker not initialised"
    out: list[tuple[ErrorRecord | None, Article | None]] = []
    for rec, art in analyze_records(iter(records), _worker_pipeline):
        out.append((None, art) if art is not None else (rec, None))  # type: ignore[arg-type]
    return out


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork starts workers in milliseconds and shares the parent's imported modules;
    # MARSAD_MP_START=spawn or forkserver where fork is unsafe or unavailable.
    method = os.environ.get("MARSAD_MP_START")
    if not method:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def analyze_parallel(records: Iterable[Record | ErrorRecord], workers: int | None = None,
                     ner_model: str | None = None, chunk_size: int = CHUNK_SIZE) -> Iterator[Result]:
    """Analyse ``records`` on ``workers`` processes (None or 0: all cores; 1: in this process).

    Yields ``(record, article)`` or ``(error_record, None)`` in input order, like
    :func:`marsad.cli.analyze_records`.
    """
    from marsad.cli import analyze_records

    workers = workers or default_workers()
    stream = iter(records)
    head = list(islice(stream, SMALL_BATCH))
    if workers <= 1 or len(head) < SMALL_BATCH:
        from itertools import chain

        from marsad.pipeline import default_pipeline

        yield from analyze_records(chain(head, stream), default_pipeline(ner_model))
        return
    yield from _ParallelRun(workers, ner_model, chunk_size).run(head, stream)


class _ParallelRun:
    def __init__(self, workers: int, ner_model: str | None, chunk_size: int):
        self.workers = workers
        self.ner_model = ner_model
        self.chunk_size = max(1, chunk_size)
        self.executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=_mp_context(),
                                            initializer=_init_worker, initargs=(self.ner_model,))
        return self.executor

    def _shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _chunks(self, head: list, stream: Iterator) -> Iterator[list[Record | ErrorRecord]]:
        items = iter(head)
        while chunk := list(islice(items, self.chunk_size)):
            if len(chunk) < self.chunk_size:
                chunk += list(islice(stream, self.chunk_size - len(chunk)))
            yield chunk
        while chunk := list(islice(stream, self.chunk_size)):
            yield chunk

    def _submit(self, chunk: list[Record | ErrorRecord]) -> Future:
        assert self.executor is not None
        todo = [r for r in chunk if isinstance(r, Record)]
        return self.executor.submit(_analyze_chunk, todo)

    def run(self, head: list, stream: Iterator) -> Iterator[Result]:
        self._start()
        pending: deque[tuple[list[Record | ErrorRecord], Future]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        try:
            chunks = self._chunks(head, stream)
            for chunk in chunks:
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= limit:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)
        finally:
            self._shutdown()

    def _collect(self, pending: deque) -> Iterator[Result]:
        chunk, future = pending[0]
        try:
            results = future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, crash in C code).  Every queued chunk
            # is lost with it: retry them all, article by article, in a fresh pool.
            lost = [c for c, _ in pending]
            pending.clear()
            self._shutdown()
            self._start()
            for c in lost:
                yield from self._retry_singly(c)
            return
        pending.popleft()
        yield from _merge(chunk, results)

    def _retry_singly(self, chunk: list[Record | ErrorRecord]) -> Iterator[Result]:
        for rec in chunk:
            if isinstance(rec, ErrorRecord):
                yield rec, None
                continue
            try:
                assert self.executor is not None
                results = self.executor.submit(_analyze_chunk, [rec]).result()
            except BrokenProcessPool:
                self._shutdown()
                self._start()
                yield ErrorRecord(rec.id, rec.origin, f"{rec.origin}: internal error: the worker analysing "
                                                      "this article died"), None
                continue
            yield from _merge([rec], results)


def _merge(chunk: list[Record | ErrorRecord],
           results: list[tuple[ErrorRecord | None, Article | None]]) -> Iterator[Result]:
    """Put the workers' results back beside the records they came from, error records in place."""
    done = iter(results)
    for rec in chunk:
        if isinstance(rec, ErrorRecord):
            yield rec, None
            continue
        error, art = next(done)
        yield (error, None) if error is not None else (rec, art)
