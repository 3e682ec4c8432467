"""Repair of scraping damage, recorded as :class:`Repair` records; the text itself is never changed.

* Words run together (``الولاياتالمتحدة``): a long token that is rare as a whole but
  splits into two common words.  Word frequencies come from ``wordfreq``; the
  orthography helps too (ة and ى end words, so a token with one inside is two words).
* Doubled words (``قال قال``), except words Arabic repeats on purpose (رويدا رويدا).

Run-in sub-headings are found by :mod:`marsad.text.segment`, which knows sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.lexicon import read_words
from marsad.model import Repair
from marsad.text.normalize import normalize
from marsad.text.tokenize import clitic_candidates, is_arabic_word
from marsad.text.wordfreq_ar import zipf

# Tuned on data/gold/dev: a split must beat the whole word by this many Zipf points.
SPLIT_MARGIN = 2.4
PART_MIN_ZIPF = 3.0
WHOLE_MAX_ZIPF = 3.0
# Prefixes of compound names that are written joined on purpose (عبدالله، ابوظبي).
_JOINED_NAME_HEADS = ("عبد", "ابو", "بو", "ذو", "امرؤ")
# Attached pronouns and inflectional endings: a right part like these is a suffix, not a word
# (مهامهما، الدوليتين، اليوروهات، دوريتهم are single words).
_SUFFIX_LIKE = frozenset({"ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "اها", "اهم", "اهما", "وها",
                          "وهم", "وه", "ته", "تها", "تهم", "ناها", "تموه", "وني", "ان", "ون", "ين", "ات",
                          "تين", "تان", "هات", "يين", "يون", "يات", "تهما", "تنا", "تكم", "اتها", "اتهم"})
_PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه")
_SHORT_RIGHT_OK = frozenset({"حتي", "علي", "الي", "عند", "لدي", "منذ", "بعد", "قبل", "ضد", "غير", "بين", "نحو",
                             "عبر", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "مثل", "كان", "قال", "دون"})
_SHORT_LEFT_OK = frozenset({"في", "من", "عن", "مع", "او", "ما", "لا", "قد", "ان", "كل", "هو", "هي"})
# Proclitic sequences that can never stand alone as the left half of a split.
_CLITIC_ONLY = frozenset({"بال", "وال", "فال", "كال", "لل", "وبال", "وفال", "ولل", "فلل", "وكال", "وس", "فس",
                          "ول", "وب", "فب", "فل", "ال"})


def _without_suffix(form: str) -> list[str]:
    """Bases of ``form`` without an attached pronoun; ت before the pronoun may be a ta marbuta (دوريتهم)."""
    out = []
    for suf in _PRONOUN_SUFFIXES:
        if form.endswith(suf) and len(form) - len(suf) >= 3:
            base = form[: -len(suf)]
            out.append(base)
            if base.endswith("ت"):
                out.append(base[:-1] + "ه")
    return out


def _known_with_clitics(norm: str) -> bool:
    """True when the word is a known word once its clitics are removed (وستعوض، بالفيتو، دوريتهم)."""
    candidates = clitic_candidates(norm)
    for k, form in enumerate(candidates):
        if k and zipf(form) >= PART_MIN_ZIPF:
            return True
        # future marker after a conjunction: وستعوض → تعوض
        if k and form[:1] == "س" and len(form) > 3 and form[1] in "يتنا" and zipf(form[1:]) >= PART_MIN_ZIPF:
            return True
        if any(zipf(base) >= PART_MIN_ZIPF for base in _without_suffix(form)):
            return True
    return False


def _part_zipf(part: str) -> float:
    """Frequency of a would-be word, allowing its proclitics (و ف ب ل ك، لل = ل + ال)."""
    best = zipf(part)
    for k, form in enumerate(clitic_candidates(part)):
        if k and len(form) >= 2:
            best = max(best, zipf(form) - 0.3)
    return best


@dataclass(slots=True)
class Piece:
    """A token after repair: its surface and its offsets into the original text."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=100_000)
def best_split(norm: str, protected: frozenset[str] = frozenset(), final_cuts: tuple[int, ...] = (),
               final_end: bool = False) -> int | None:
    """Index at which the normalised word ``norm`` splits into two words, or None.

    ``final_cuts`` are cut points right after a word-final letter (ة ى) in the raw
    surface: a split there gets a bonus.  ``final_end`` says the surface ends in ة or ى,
    which vouches for a short right part (قطاعغزة).
    """
    n = len(norm)
    if n < 5 or not is_arabic_word(norm) or norm in protected:
        return None
    whole = zipf(norm)
    if whole >= WHOLE_MAX_ZIPF or _known_with_clitics(norm):
        return None
    best, best_score = None, SPLIT_MARGIN
    for i in range(2, n - 1):
        left, right = norm[:i], norm[i:]
        if len(right) < 3 or right in _SUFFIX_LIKE or (len(left) == 2 and left not in _SHORT_LEFT_OK):
            continue
        if left.startswith("ال") and len(left) < 5:
            continue  # ال + one or two letters (الخ) is not a word to split off
        if len(left) <= 3 and left[0] in "وفبلك" and len(left) < n - 3:
            continue  # a clitic + two letters (فلي، لمن) is the start of a clitic-bearing word
        if len(right) == 3 and right not in _SHORT_RIGHT_OK and not final_end:
            continue  # a three-letter right part is too often a name's or a word's tail (هودان، مصرفيا)
        if (left in _JOINED_NAME_HEADS and right.startswith("ال")) or left in _CLITIC_ONLY:
            continue
        zl, zr = _part_zipf(left), _part_zipf(right)
        if zl < PART_MIN_ZIPF or zr < PART_MIN_ZIPF:
            continue
        score = min(zl, zr) - whole
        # Word-final letters inside a token are near-proof of a lost space.
        if i in final_cuts:
            score += 1.0
        if right.startswith(("ال", "لل")) and len(left) >= 3:
            score += 1.0  # a word-initial article after a complete word is the typical lost space
        if score > best_score:
            best, best_score = i, score
    return best


@lru_cache(maxsize=200_000)
def _cut_point(surface: str, protected: frozenset[str]) -> int | None:
    """Where the surface word splits, or None; cached because news repeats its words a lot."""
    norm = normalize(surface)
    if len(norm) != len(surface):
        return None  # diacritics or tatweel: offsets would not align one-to-one; leave alone
    final_cuts = tuple(i + 1 for i, ch in enumerate(surface[:-1]) if ch in "ةى")
    cut = best_split(norm, protected, final_cuts, surface[-1] in "ةى")
    if cut is None and final_cuts:
        # ة or ى inside a word: split there when the right side is a word.
        i = final_cuts[0]
        if _part_zipf(norm[i:]) >= PART_MIN_ZIPF and zipf(norm[:i]) >= PART_MIN_ZIPF - 0.5:
            cut = i
    return cut


def split_run_together(surface: str, start: int, protected: frozenset[str] = frozenset()) -> list[Piece] | None:
    """Split one run-together token into pieces with original offsets, or None when it is a real word."""
    cut = _cut_point(surface, protected)
    if cut is None:
        return None
    return [Piece(surface[:cut], start, start + cut), Piece(surface[cut:], start + cut, start + len(surface))]


_CUT_MEMO: dict[frozenset[str], dict[str, int | None]] = {}
_UNSEEN = object()


def repair_tokens(
    tokens: list[tuple[str, int, int]], text: str, protected: frozenset[str] = frozenset()
) -> tuple[list[Piece], list[Repair]]:
    """Apply splits and drop doubled words; return the repaired pieces and the repair records."""
    pieces: list[Piece] = []
    repairs: list[Repair] = []
    append = pieces.append
    # A plain dict per protected set: the lru_cache key (surface, protected) costs more than the look-up.
    memo = _CUT_MEMO.get(protected)
    if memo is None:
        if len(_CUT_MEMO) > 4:
            _CUT_MEMO.clear()
        memo = _CUT_MEMO[protected] = {}
    for surface, start, end in tokens:
        if len(surface) < 5:
            cut = None
        else:
            cut = memo.get(surface, _UNSEEN)
            if cut is _UNSEEN:
                cut = _cut_point(surface, protected)
                if len(memo) < 200_000:
                    memo[surface] = cut
        if cut is not None:
            left, right = surface[:cut], surface[cut:]
            append(Piece(left, start, start + cut))
            append(Piece(right, start + cut, end))
            repairs.append(Repair(start, end, surface, f"{left} {right}", "split"))
        else:
            append(Piece(surface, start, end))
    return _drop_doubles(pieces, text, repairs)


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks in its paragraph (slogans repeat words on purpose)."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return para.count('"') % 2 == 1 or para.count("«") > para.count("»") or para.count("“") > para.count("”")


def _opens_quote(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first word inside a quotation mark (a slogan: "ارحل ارحل")."""
    before = text[max(0, pos - 2) : pos].rstrip()
    return before[-1:] in {'"', "«", "“"}


def _same_word(a: str, b: str) -> bool:
    """Equal, or equal but for one verbal proclitic (سيسافر يسافر is a scraper's double too)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_[0] in "سوف" and long_[1:] == short and len(short) >= 3


def _spelled_letters(pieces: list[Piece], i: int) -> bool:
    """Whether piece ``i`` (a short word) sits among spelled-out letters: سي إن إن، بي بي سي."""
    near = [pieces[k].text for k in (i - 2, i + 1) if 0 <= k < len(pieces)]
    return any(len(w) <= 2 and w.isalpha() for w in near)


def _drop_doubles(pieces: list[Piece], text: str, repairs: list[Repair]) -> tuple[list[Piece], list[Repair]]:
    allowed = read_words("duplicate_ok")
    out: list[Piece] = []
    append = out.append
    norm_of = normalize
    prev_norm = ""
    prev_len = -9
    for i, piece in enumerate(pieces):
        norm = norm_of(piece.text)
        n = len(norm)
        # Cheap tests first: a double is the same word, or has one proclitic more.
        if -1 <= n - prev_len <= 1 and out and (norm == prev_norm or norm[-1:] == prev_norm[-1:]):
            prev = out[-1]
            gap = text[prev.end : piece.start]
            if (
                _same_word(norm, prev_norm)
                and len(norm) >= 2
                and is_arabic_word(norm)
                and gap.strip() == ""
                and "\n" not in gap
                and norm not in allowed
                and not (_inside_quotes(text, prev.start) and _opens_quote(text, prev.start))
                and not (len(norm) <= 2 and _spelled_letters(pieces, i))
            ):
                repairs.append(Repair(prev.start, piece.end, text[prev.start : piece.end], prev.text, "duplicate"))
                continue
        append(piece)
        prev_norm = norm
        prev_len = n
    repairs.sort(key=lambda r: r.start)
    return out, repairs
