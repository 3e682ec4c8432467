"""Quotation-mark regions over the tokens: «…», “…” and "…", paired within a paragraph.

News copy mixes its marks freely (“…“, ”…”, a lone "), so curly double quotes are
treated like straight ones, as toggles.  A mark left open at the end of its
paragraph is closed at the end of its sentence: unbalanced marks must not swallow
the rest of an article, and must not break the quote either.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.doc import Doc
from marsad.text.segment import line_breaks

GUILLEMET_OPEN, GUILLEMET_CLOSE = "«", "»"
TOGGLES = {'"', "“", "”", "„", "＂", "‟"}
QUOTE_MARKS = TOGGLES | {GUILLEMET_OPEN, GUILLEMET_CLOSE}
MAX_REGION_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Region:
    """Token indices of the opening and closing mark (``close`` is the last token when unbalanced)."""

    open: int
    close: int
    balanced: bool = True


def is_mark(text: str) -> bool:
    return text in QUOTE_MARKS


def quote_regions(doc: Doc) -> list[Region]:
    """Outermost and nested quotation regions, sorted by opening token."""
    tokens = doc.tokens
    regions: list[Region] = []
    stack: list[int] = []  # open guillemets
    toggle: int | None = None

    def flush() -> None:
        nonlocal toggle
        for k in [*stack, *([toggle] if toggle is not None else [])]:
            first, last = doc.sentence_tokens[tokens[k].sent]
            if last - 1 > k:
                regions.append(Region(k, last - 1, balanced=False))
        stack.clear()
        toggle = None

    # Only marks and line breaks matter: visit the marks, flushing at a line break passed on the way.
    breaks = line_breaks(tokens, doc.text)
    next_break = 0
    for i in [i for i, tok in enumerate(tokens) if tok.text in QUOTE_MARKS]:
        if next_break < len(breaks) and breaks[next_break] <= i:
            flush()
            while next_break < len(breaks) and breaks[next_break] <= i:
                next_break += 1
        tok = tokens[i]
        ch = tok.text
        if ch == GUILLEMET_OPEN:
            stack.append(i)
        elif ch == GUILLEMET_CLOSE and stack:
            k = stack.pop()
            if tok.end - tokens[k].start <= MAX_REGION_CHARS:
                regions.append(Region(k, i))
        elif ch in TOGGLES:
            if toggle is None:
                toggle = i
            else:
                if tok.end - tokens[toggle].start <= MAX_REGION_CHARS:
                    regions.append(Region(toggle, i))
                toggle = None
    flush()
    return sorted(regions, key=lambda r: r.open)


def region_index(regions: list[Region]) -> tuple[dict[int, Region], dict[int, Region]]:
    """Regions keyed by their opening token and by their closing token."""
    return {r.open: r for r in regions}, {r.close: r for r in regions if r.balanced}


def enclosing(regions: list[Region], i: int) -> Region | None:
    """The innermost region strictly containing token ``i``."""
    best = None
    for r in regions:
        if r.open < i < r.close and (best is None or r.open > best.open):
            best = r
    return best
