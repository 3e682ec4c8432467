"""Arabic word frequencies (Zipf scale) keyed by the normalised form.

The data come from the ``wordfreq`` package (its Arabic list ships in the wheel).
Normalising 620,000 words takes about two seconds, so the table is built once and
cached as a pickle under ``$MARSAD_CACHE_DIR`` (default ``~/.cache/marsad``); later
runs load it in a fraction of that.  Words rarer than Zipf 2 are left out: they are
as often scraping damage as real words, and a missing word counts as Zipf 1.
"""

from __future__ import annotations

import math
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

MIN_ZIPF = 2.0
ABSENT_ZIPF = 1.0
_CACHE_VERSION = "wf-ar-1"


def cache_dir() -> Path:
    return Path(os.environ.get("MARSAD_CACHE_DIR") or Path.home() / ".cache" / "marsad")


def _build() -> dict[str, float]:
    import wordfreq

    summed: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        key = normalize(word)
        summed[key] = summed.get(key, 0.0) + freq
    table = {}
    for key, freq in summed.items():
        zipf = math.log10(freq) + 9
        if zipf >= MIN_ZIPF:
            table[key] = round(zipf, 2)
    return table


@lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """The normalised-word → Zipf table, from the cache when present."""
    path = cache_dir() / f"{_CACHE_VERSION}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    table = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file and rename, so a concurrent reader never sees half a cache.
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home still works, only slower at start-up
    return table


def zipf(norm_word: str) -> float:
    """Zipf frequency of an already normalised word (``ABSENT_ZIPF`` when unknown)."""
    return zipf_table().get(norm_word, ABSENT_ZIPF)
