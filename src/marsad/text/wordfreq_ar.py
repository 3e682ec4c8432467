"""Arabic word frequencies (Zipf scale) keyed by the normalised form.

The data come from the ``wordfreq`` package (its Arabic list ships in the wheel).
Normalising 620,000 words takes about two seconds, so the table is built once and
cached as a pickle under ``$MARSAD_CACHE_DIR`` (default ``~/.cache/marsad``); later
runs load it in a fraction of that.  Words rarer than Zipf 2 are left out: they are
as often scraping damage as real words, and a missing word counts as Zipf 1.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from marsad.cache import cached
from marsad.text.normalize import normalize

MIN_ZIPF = 2.0
ABSENT_ZIPF = 1.0
_CACHE_VERSION = "wf-ar-1"


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
    return cached("wordfreq-ar", _CACHE_VERSION, _build, sources=[_wordfreq_data_file()])


def _wordfreq_data_file() -> Path:
    """The wordfreq data file the table is built from (a new wordfreq release rebuilds it)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    origin = Path(spec.origin) if spec and spec.origin else Path("wordfreq")
    return origin.parent / "data" / "large_ar.msgpack.gz"


def zipf(norm_word: str) -> float:
    """Zipf frequency of an already normalised word (``ABSENT_ZIPF`` when unknown)."""
    return zipf_table().get(norm_word, ABSENT_ZIPF)
