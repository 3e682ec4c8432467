"""A small on-disk cache for compiled resources (lexicon indexes, frequency tables, models).

Building a resource from its plain-data files can take seconds; loading a pickle takes
milliseconds, which is what keeps ``marsad analyze`` on one article under a second.
:func:`cached` keys each pickle by a name, a code version and the content hash of the
data files it was built from, so an edited lexicon is rebuilt on the next run and a
stale cache is never used.  The cache lives under ``$MARSAD_CACHE_DIR`` (default
``~/.cache/marsad``), one folder per resource; ``MARSAD_NO_CACHE=1`` turns caching off
(always rebuild).

Example for a layer::

    from marsad.cache import cached
    from marsad.lexicon import DATA_DIR

    index = cached("gazetteer", "2", build_index, sources=[DATA_DIR / "places.tsv"])
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where compiled resources are kept."""
    return Path(os.environ.get("MARSAD_CACHE_DIR") or Path.home() / ".cache" / "marsad")


def sources_digest(sources: Iterable[str | os.PathLike[str]]) -> str:
    """A short hash of the names and contents of ``sources`` (a missing file hashes as absent)."""
    h = hashlib.blake2b(digest_size=8)
    for src in sorted(str(s) for s in sources):
        path = Path(src)
        h.update(path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
        h.update(b"\0")
    return h.hexdigest()


def cache_path(name: str, version: str, sources: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """The pickle file for ``name`` built by code ``version`` from ``sources``."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return cache_dir() / safe / f"{version}-{sources_digest(sources)}.pickle"


def cached(name: str, version: str, build: Callable[[], T],
           sources: Iterable[str | os.PathLike[str]] = ()) -> T:
    """Return ``build()``, from the pickle cache when it was built from the same code and data.

    ``version`` is bumped by hand when the build code changes; ``sources`` are the data
    files read by ``build`` (their contents are hashed).  Older pickles of the same name
    are removed when a new one is written, so the cache does not grow with every edit.
    A read-only or full disk only makes start-up slower, never fails.
    """
    sources = list(sources)
    if os.environ.get("MARSAD_NO_CACHE"):
        return build()
    path = cache_path(name, version, sources)
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass  # absent, truncated or from an incompatible version: rebuild
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file and rename, so a concurrent reader (another worker)
        # never sees half a pickle.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob("*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
