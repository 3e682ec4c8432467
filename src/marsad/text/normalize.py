"""Normalisation of Arabic for matching, with a map back to the original offsets.

The original text is never altered: :func:`normalize` gives a matching key, and
:func:`normalize_with_map` also gives, for every character of the key, the index
of the character of the source it came from.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Characters dropped: harakat, shadda, sukun, superscript alef, tatweel, Quranic marks, bidi controls.
_DROP = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)

_MAP = {
    # alef forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura / farsi yeh → ya; ta marbuta → ha; keheh → kaf
    "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ک": "ك", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "«": '"', "»": '"', "“": '"',
    "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_TABLE = str.maketrans({**_MAP, **{c: None for c in _DROP}})


def _presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Return the matching key of ``text`` (same rules as :func:`normalize_with_map`)."""
    if any(_presentation_form(c) for c in text):
        text = "".join(unicodedata.normalize("NFKC", c) if _presentation_form(c) else c for c in text)
    return text.translate(_TABLE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and return ``(key, origin)`` where ``key[i]`` came from ``text[origin[i]]``.

    ``origin`` has one extra final entry, ``len(text)``, so a key span ``[s, e)``
    maps back to ``text[origin[s]:origin[e]]`` (for e == len(key) too).
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch) if _presentation_form(ch) else ch
        piece = piece.translate(_TABLE)
        for p in piece:
            out.append(p)
            origin.append(i)
    # A dropped character at the end still belongs to the span before it.
    origin.append(len(text))
    return "".join(out), origin


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only (letters untouched)."""
    return text.translate({ord(c): None for c in _DROP})
