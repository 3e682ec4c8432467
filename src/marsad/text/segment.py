"""Paragraphs, sentences, sections and run-in sub-headings over repaired tokens.

Sentences end at ``. ! ؟ ? ؛`` and line breaks, never inside quotation marks or
brackets, never after an abbreviation; numbers such as 2.5 are single tokens.
Scraped wire copy often loses the full stop after a closing quotation mark, so a
closing mark followed by a clause-opening verb (``" وأبلغ``) ends a sentence too.

A run-in sub-heading is a short verbless noun phrase that starts a sentence and is
followed straight away by a clause-opening verb (``محادثات أميركية - روسية فتحت …``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

from marsad.lexicon import read_words
from marsad.model import Repair, Section, Sentence, Span
from marsad.text.normalize import normalize
from marsad.text.repair import Piece
from marsad.text.tokenize import analyze_clitics, is_arabic_word
from marsad.text.wordfreq_ar import zipf

SENTENCE_END = {".", "!", "?", "؟", "؛", "…"}
OPENERS = {"«": "»", "“": "”", "(": ")", "[": "]", "{": "}", "﴾": "﴿"}
CLOSERS = {v: k for k, v in OPENERS.items()}
TOGGLES = {'"', "＂"}
MAX_QUOTE_CHARS = 1500
MAX_HEADING_WORDS = 7
# Pieces where segmentation can act; every other piece is passed over without a look.
_MARKS = frozenset(OPENERS) | frozenset(CLOSERS) | TOGGLES
_SPECIAL = frozenset(SENTENCE_END) | _MARKS
_piece_start = attrgetter("start")


@dataclass(slots=True)
class Segmentation:
    sentences: list[Sentence]
    sentence_pieces: list[tuple[int, int]]  # piece index range per sentence
    sections: list[Section]
    headings: list[Span]
    repairs: list[Repair]  # heading repairs


def _verb_stem(norm: str) -> str | None:
    """The word without a leading و/ف when what remains is a known clause-opening verb."""
    verbs = read_words("verbs_common")
    if norm in verbs:
        return norm
    if norm[:1] in "وف" and norm[1:] in verbs:
        return norm[1:]
    if norm[:1] in "وف" and norm[1:2] == "س" and norm[2:] in verbs:
        return norm[2:]
    return None


def line_breaks(pieces: list[Piece], text: str) -> list[int]:
    """Indices ``i > 0`` of the pieces with a line break between piece ``i - 1`` and piece ``i``.

    Pieces never hold white space, so each newline of the text lies in the gap before the
    first piece starting after it; found by bisection rather than by a look at every gap.
    """
    out: list[int] = []
    n = len(pieces)
    pos = text.find("\n")
    while pos != -1:
        i = bisect_left(pieces, pos, key=_piece_start)
        if 0 < i < n and (not out or out[-1] != i):
            out.append(i)
        pos = text.find("\n", pos + 1)
    return out


def quote_depth(pieces: list[Piece], text: str, special: list[int] | None = None,
                breaks: list[int] | None = None) -> list[int]:
    """Nesting depth of quotation marks and brackets before each piece (0 = outside).

    Marks are paired within a paragraph; an unpaired mark, or a pair enclosing more
    than ``MAX_QUOTE_CHARS``, is ignored so one stray mark cannot swallow an article.
    ``special`` (indices of punctuation pieces, a superset of the marks) and ``breaks``
    (:func:`line_breaks`) may be passed when already known.
    """
    n = len(pieces)
    if special is None:
        special = [i for i, p in enumerate(pieces) if p.text in _SPECIAL]
    if breaks is None:
        breaks = line_breaks(pieces, text)
    delta = [0] * (n + 1)
    stack: list[tuple[str, int]] = []
    open_toggle: int | None = None
    paired = False
    paragraph = 0  # number of line breaks before the current mark

    for i in special:
        p = pieces[i]
        ch = p.text
        if ch not in _MARKS:
            continue
        here = bisect_left(breaks, i + 1)
        if here != paragraph:  # a new paragraph: marks left open before it pair with nothing
            paragraph = here
            stack.clear()
            open_toggle = None
        if ch in OPENERS:
            stack.append((OPENERS[ch], i))
        elif ch in CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    j = stack[k][1]
                    del stack[k:]
                    if p.end - pieces[j].start <= MAX_QUOTE_CHARS:
                        delta[j + 1] += 1
                        delta[i] -= 1
                        paired = True
                    break
        elif ch in TOGGLES:
            if open_toggle is None:
                open_toggle = i
            else:
                j = open_toggle
                open_toggle = None
                if p.end - pieces[j].start <= MAX_QUOTE_CHARS:
                    delta[j + 1] += 1
                    delta[i] -= 1
                    paired = True
    if not paired:
        return [0] * n
    # Every pair adds 1 after its opening mark and takes it back at its closing one, so the
    # running sum never goes below 0.
    del delta[n]
    return list(accumulate(delta))


def segment(pieces: list[Piece], text: str) -> Segmentation:
    abbreviations = read_words("abbreviations")
    special = [i for i, p in enumerate(pieces) if p.text in _SPECIAL]
    breaks = line_breaks(pieces, text)
    depth = quote_depth(pieces, text, special, breaks)
    n = len(pieces)
    bounds: list[tuple[int, int]] = []  # piece ranges
    first = 0
    break_set = set(breaks)
    # Only punctuation and line starts can end a sentence: visit those pieces, in order.
    for i in sorted(break_set.union(special)):
        p = pieces[i]
        if i > first and i in break_set:
            bounds.append((first, i))
            first = i
        end_here = False
        ch = p.text
        if ch in SENTENCE_END and depth[i] == 0:
            prev = pieces[i - 1].text if i else ""
            is_abbrev = ch == "." and i and (
                (len(prev) == 1 and prev.isalpha()) or normalize(prev) in abbreviations
            ) and pieces[i - 1].end == p.start
            end_here = not is_abbrev
        elif (ch in TOGGLES or ch in CLOSERS) and depth[i] == 0 and i + 1 < n and i > 0 and depth[i - 1] > 0:
            # A closing quotation mark with no full stop, followed by a clause-opening verb.
            nxt = normalize(pieces[i + 1].text)
            if nxt[:1] in "وف" and _verb_stem(nxt):
                end_here = True
        if end_here:
            # Take along trailing closing marks and further punctuation (?! ...).
            j = i + 1
            while j < n and pieces[j].text in SENTENCE_END and pieces[j].start == pieces[j - 1].end:
                j += 1
            if j > first:
                bounds.append((first, j))
            first = j
            # skip ahead: the loop continues from j via the check below
    if first < n:
        bounds.append((first, n))
    bounds = _merge_empty(bounds, pieces)
    bounds, headings = _split_headings(bounds, pieces, text, depth, break_set)
    sentences = [Sentence(pieces[a].start, pieces[b - 1].end) for a, b in bounds]
    sections = _sections(headings, len(text))
    repairs = [Repair(h.start, h.end, h.text, h.text, "heading") for h in headings if h.text]
    return Segmentation(sentences, bounds, sections, headings, repairs)


def _merge_empty(bounds: list[tuple[int, int]], pieces: list[Piece]) -> list[tuple[int, int]]:
    """Drop ranges made only of punctuation by gluing them to the sentence before."""
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        if b <= a:
            continue
        if out and not any(pieces[k].text[0].isalnum() for k in range(a, b)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _is_heading_word(norm: str, particles: frozenset[str]) -> bool:
    if norm == "-" or norm == "–":
        return True
    if not is_arabic_word(norm) or norm in particles or _verb_stem(norm):
        return False
    return True


def _split_headings(
    bounds: list[tuple[int, int]], pieces: list[Piece], text: str, depth: list[int], breaks: set[int]
) -> tuple[list[tuple[int, int]], list[Span]]:
    particles = read_words("clause_particles")
    out: list[tuple[int, int]] = []
    headings: list[Span] = []
    for idx, (a, b) in enumerate(bounds):
        # The rules below read at most the first MAX_HEADING_WORDS + 2 words (and the count, up to 12).
        words = [normalize(pieces[k].text) for k in range(a, min(b, a + MAX_HEADING_WORDS + 3))]
        line_start = a == 0 or a in breaks
        line_end = b == len(pieces) or b in breaks
        # A short line of its own with no final punctuation, followed by more text: a heading.
        last = normalize(pieces[b - 1].text)
        if (
            line_start and line_end and b < len(pieces) and b - a <= 12
            and last not in SENTENCE_END and last not in {":", "،", ","}
            and all(depth[k] == 0 for k in range(a, b))
            and not _starts_clause(normalize(pieces[a].text), particles)
        ):
            headings.append(Span.of(text, pieces[a].start, pieces[b - 1].end))
            continue
        k = _run_in_heading_length(words, particles) if depth[a] == 0 and (idx > 0 or a > 0) else 0
        if k:
            headings.append(Span.of(text, pieces[a].start, pieces[a + k - 1].end))
            out.append((a + k, b))
        else:
            out.append((a, b))
    return out, headings


# What may open the clause after a run-in heading besides a verb: particles and و + particle.
# (Bare prepositions are not here: a heading may contain one, as in مقاتلون روس في داعش.)
_OPENERS_AFTER_HEADING = frozenset({"غير", "لكن", "الا", "بينما", "فيما", "اذ", "حيث", "رغم", "ورغم", "وفي",
                                    "ولم", "وقد", "ومن", "وعلي", "وبعد", "وفيما", "وبينما", "ولا", "ولن", "وكان",
                                    "وكانت", "ومع", "وامام", "وخلال", "وحسب", "وبحسب", "بحسب", "ووفق", "وفق"})


# Discourse openers of two words that start a clause after a heading (في المقابل، من جهته).
_TWO_WORD_OPENERS = frozenset({("في", "المقابل"), ("من", "جهته"), ("من", "جهتها"), ("من", "جهتهم"),
                               ("من", "جانبه"), ("من", "جانبها"), ("في", "غضون"), ("على", "صعيد"),
                               ("في", "سياق"), ("في", "هذا"), ("في", "الاثناء"), ("في", "الوقت"),
                               ("الي", "ذلك"), ("بدوره", ","), ("بدورها", ",")})
_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "حين", "عند", "لدي", "بين", "خلال", "اثر",
                           "بعد", "قبل", "منذ", "حتي", "نحو", "ضد", "عبر", "امام", "وراء", "تحت", "فوق"})


def _opens_clause(word: str) -> bool:
    """A word that can start a new clause straight after a heading (a verb, و + verb, a particle)."""
    if _verb_stem(word) or word in _OPENERS_AFTER_HEADING:
        return True
    if word[:1] in "وف" and len(word) >= 4:
        rest = word[1:]
        # و + imperfect verb (ويراهن، وتواصل) or و + بال… prepositional phrase (وبالتوازي)
        return rest.startswith("بال") or (rest[:1] in "يت" and not rest.startswith(("ال", "تي", "يه")))
    return False


def _run_in_heading_length(words: list[str], particles: frozenset[str]) -> int:
    """Number of leading words forming a run-in sub-heading, or 0."""
    limit = min(len(words) - 2, MAX_HEADING_WORDS)
    names = _name_words()
    for k in range(2, limit + 1):
        if not _is_heading_word(words[k - 1], particles):
            return 0
        if not (_opens_clause(words[k]) or (words[k], words[k + 1]) in _TWO_WORD_OPENERS):
            continue
        head = words[:k]
        if head[0] in names:
            return 0  # a sentence opening with a name and a verb (روسيا فتحت), not a heading
        # A sentence cannot open with an indefinite noun phrase and then a bare verb, but
        # a heading can: the first word must carry no conjunction and no article.
        first = head[0]
        prefix, _, _ = analyze_clitics(first)
        if first.startswith("ال") or (prefix and zipf(first) < 3.5):
            return 0
        if first in _PREPOSITIONS or (first[:1] in "وف" and first[1:] in _PREPOSITIONS):
            return 0
        if first[:1] in "وف" and first[1:2] in "يتن":
            return 0  # و + imperfect verb (وتجمع، ويقول) opens a clause
        if not all(_is_heading_word(w, particles) for w in head[1:]):
            return 0
        if not _is_heading_word(first, particles) and not _noun_then_nisba(words, names):
            return 0
        return k
    return 0


def _starts_clause(first: str, particles: frozenset[str]) -> bool:
    """A line opening like a sentence (وقال، ولم، قد، و + imperfect verb) is text, not a heading."""
    if first[:1] in "وف" and (first[1:] in particles or _opens_clause(first)):
        return True
    return bool(_verb_stem(first)) and first[:1] in "وف"


def _noun_then_nisba(words: list[str], names: frozenset[str]) -> bool:
    """A first word that looks like a verb (رفض، رد) but is a verbal noun: an indefinite
    nisba adjective follows it (رفض مجري، رد صيني), which a verb's subject never is."""
    second = words[1] if len(words) > 1 else ""
    return (len(second) >= 4 and second.endswith("ي") and not second.startswith("ال")
            and second[:1] not in "وف" and second not in names)


def _name_words() -> frozenset[str]:
    try:
        from marsad.lexicon.names import protected_words
    except ImportError:
        return frozenset()
    return protected_words()


def _sections(headings: list[Span], length: int) -> list[Section]:
    if not headings:
        return [Section(0, length, None)]
    out: list[Section] = []
    if headings[0].start > 0:
        out.append(Section(0, headings[0].start, None))
    for k, h in enumerate(headings):
        end = headings[k + 1].start if k + 1 < len(headings) else length
        out.append(Section(h.start, end, h))
    return out
