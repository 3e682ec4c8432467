"""Exact and near-duplicate articles (the same wire story republished) with MinHash LSH.

Signatures are MinHashes of character 5-grams of the normalised text (spaces
collapsed), so re-punctuated, re-spelled (أ/ا, ة/ه) or lightly edited copies
still collide.  Signatures are stored in the ``minhashes`` table, so a resumed or
later ingest sees every earlier original.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from marsad.text.normalize import normalize

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8  # estimated Jaccard similarity above which an article is a copy of an earlier one



@cache
def _template() -> MinHash:
    # datasketch pulls in scipy (over a second); import it only when deduplication runs.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=7)


def shingles(text: str) -> set[bytes]:
    flat = " ".join(normalize(text).split())
    if len(flat) <= SHINGLE:
        return {flat.encode("utf-8")}
    return {flat[i:i + SHINGLE].encode("utf-8") for i in range(len(flat) - SHINGLE + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes (what the store keeps)."""
    m = _template().copy()
    m.update_batch(list(shingles(text)))
    return m.hashvalues.tobytes()


def _minhash(sig: bytes) -> MinHash:
    import numpy as np

    m = _template().copy()
    m.hashvalues = np.frombuffer(sig, dtype=m.hashvalues.dtype).copy()
    return m


class DuplicateFinder:
    """Remembers originals; ``find`` names the most similar earlier original above the threshold."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, article_id: str, sig: bytes) -> None:
        if article_id in self._hashes:
            self._lsh.remove(article_id)
        m = _minhash(sig)
        self._hashes[article_id] = m
        self._lsh.insert(article_id, m)

    def remove(self, article_id: str) -> None:
        if self._hashes.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def find(self, article_id: str, sig: bytes) -> tuple[str, float] | None:
        m = _minhash(sig)
        best: tuple[str, float] | None = None
        for other in self._lsh.query(m):
            if other == article_id:
                continue
            sim = float(m.jaccard(self._hashes[other]))
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and other < best[0])):
                best = (other, sim)
        return best
