"""Dates of events: find date phrases in Arabic news and resolve them against the article date.

Handled: أمس / أول أمس / اليوم / غدا / بعد غد (optionally followed by the weekday: أمس الجمعة),
weekdays with or without الماضي / المقبل (يوم الأحد المقبل), day + month (+ year) in either
month-name tradition (12 آذار, 27 ديسمبر الماضي, 3 آذار/مارس 2024), month + year, years
(عام 2014, العام الماضي), in Western or Arabic-Indic digits.

Values are ISO 8601 strings at the precision the text gives: a day (``2015-09-18``), a
month (``2015-03``) or a year (``2014``); a relative phrase with no article date to anchor
it keeps its text with ``value=None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.lexicon import read_table
from marsad.text.normalize import normalize
from marsad.text.tokenize import raw_tokens

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
WEEKDAYS = {"الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
            "السبت": 5, "الاحد": 6}
PAST_WORDS = {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق"}
FUTURE_WORDS = {"المقبل", "المقبله", "القادم", "القادمه"}
RELATIVE_DAYS = {"امس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1, "غد": 1}


@dataclass(slots=True)
class DateMention:
    start: int  # offsets into the original text
    end: int
    text: str
    value: str | None  # ISO date, month (YYYY-MM) or year (YYYY)
    tense: str | None = None  # "past" | "future" when the phrase itself says so


@dataclass(slots=True)
class _Tok:
    norm: str
    start: int
    end: int


@lru_cache(maxsize=1)
def month_names() -> dict[tuple[str, ...], int]:
    """Month names as tuples of normalised words -> month number."""
    return {tuple(normalize(r["name"]).split()): int(r["month"]) for r in read_table("event_months")}


@lru_cache(maxsize=100_000)
def _bare(norm: str) -> str:
    """Strip a leading conjunction or preposition clitic (وأمس, بالأمس, وفي) for matching."""
    for pre in ("وبال", "وال", "بال", "فال", "لل"):
        if norm.startswith(pre) and len(norm) > len(pre) + 2:
            return "ال" + norm[len(pre):]
    if norm[:1] in ("و", "ف", "ب") and len(norm) > 3 and (norm[1:] in RELATIVE_DAYS or norm[1:] in WEEKDAYS
                                                          or norm[1:] in ("امس", "يوم", "عام", "العام")):
        return norm[1:]
    return norm


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    """Every word a date phrase can begin with (numbers aside)."""
    words = {"اول", "بعد", "يوم", "شهر", "عام", "العام", "سنه", "السنه", "الليله"} | set(RELATIVE_DAYS) | set(WEEKDAYS)
    words |= {key[0] for key in month_names()}
    return frozenset(words)


def _number(norm: str) -> int | None:
    s = norm.translate(DIGITS)
    return int(s) if s.isdigit() else None


def _month_at(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """(month, tokens used) when a month name starts at ``i``; handles آذار/مارس pairs."""
    names = month_names()
    for length in (2, 1):
        key = tuple(_bare(t.norm) for t in toks[i:i + length])
        if len(key) == length and key in names:
            used = length
            # "آذار/مارس" or "آذار (مارس)": skip the second name of the pair.
            if i + used + 1 < len(toks) and toks[i + used].norm in ("/", "(", "-"):
                for l2 in (2, 1):
                    k2 = tuple(_bare(t.norm) for t in toks[i + used + 1:i + used + 1 + l2])
                    if len(k2) == l2 and k2 in names:
                        used += 1 + l2
                        if i + used < len(toks) and toks[i + used].norm == ")":
                            used += 1
                        break
            return names[key], used
    return None


def _shift_to_weekday(anchor: dt.date, weekday: int, tense: str | None) -> dt.date:
    if tense == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    if tense == "past":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
    # Bare weekday in news: the most recent such day (today when it is today).
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _day_month_year(day: int, month: int, year: int | None, tense: str | None,
                    anchor: dt.date | None) -> str | None:
    if year is None:
        if anchor is None:
            return None
        year = anchor.year
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            return None
        if tense == "past" and cand > anchor:
            year -= 1
        elif tense == "future" and cand < anchor:
            year += 1
        # No tense word: news mostly looks back, so prefer the past unless that is far away.
        elif tense is None and (cand - anchor).days > 120:
            year -= 1
        elif tense is None and (anchor - cand).days > 245:
            year += 1
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _tense_at(toks: Sequence[_Tok], i: int) -> tuple[str | None, int]:
    if i < len(toks):
        w = _bare(toks[i].norm)
        if w in PAST_WORDS:
            return "past", 1
        if w in FUTURE_WORDS:
            return "future", 1
    return None, 0


def _year_at(toks: Sequence[_Tok], i: int) -> int | None:
    if i < len(toks):
        n = _number(toks[i].norm)
        if n is not None and 1900 <= n <= 2100:
            return n
    return None


def _match(toks: Sequence[_Tok], i: int, anchor: dt.date | None) -> tuple[int, str | None, str | None] | None:
    """Try a date phrase starting at token ``i``: (tokens used, value, tense) or None."""
    w = _bare(toks[i].norm)
    nxt = _bare(toks[i + 1].norm) if i + 1 < len(toks) else ""
    # أول أمس / بعد غد
    if w == "اول" and nxt == "امس":
        return _relative(toks, i, 2, -2, anchor)
    if w == "بعد" and nxt in ("غد", "غدا"):
        return _relative(toks, i, 2, 2, anchor)
    if w in RELATIVE_DAYS:
        return _relative(toks, i, 1, RELATIVE_DAYS[w], anchor)
    # الليلة الماضية: last night, the day before the article's
    if w == "الليله" and nxt in ("الماضيه", "المنصرمه"):
        return _relative(toks, i, 2, -1, anchor)
    # [يوم] الأحد [الماضي|المقبل]
    j = i + 1 if w == "يوم" else i
    if j < len(toks) and _bare(toks[j].norm) in WEEKDAYS:
        weekday = WEEKDAYS[_bare(toks[j].norm)]
        tense, extra = _tense_at(toks, j + 1)
        used = j + 1 + extra - i
        # "الأحد 12 مارس": the weekday introduces a full date; let the date speak.
        full = _match(toks, j + 1, anchor) if j + 1 < len(toks) and _number(toks[j + 1].norm) else None
        if full and full[1]:
            return used - extra + full[0], full[1], full[2]
        value = _shift_to_weekday(anchor, weekday, tense).isoformat() if anchor else None
        return used, value, tense
    # [يوم] 27 ديسمبر [الماضي] [2015]
    if w == "يوم" and i + 1 < len(toks) and _number(toks[i + 1].norm) is not None:
        inner = _match(toks, i + 1, anchor)
        return (inner[0] + 1, inner[1], inner[2]) if inner else None
    day = _number(toks[i].norm)
    if day is not None and 1 <= day <= 31 and i + 1 < len(toks):
        month = _month_at(toks, i + 1)
        if month:
            k = i + 1 + month[1]
            year = _year_at(toks, k)
            tense, extra = (None, 0)
            if year is None:
                tense, extra = _tense_at(toks, k)
            used = k - i + (1 if year else extra)
            return used, _day_month_year(day, month[0], year, tense, anchor), tense
    # [شهر] مارس 2015 / مارس الماضي
    j = i + 1 if w == "شهر" else i
    month = _month_at(toks, j) if j < len(toks) else None
    if month and (j > i or _year_at(toks, j + month[1]) or _tense_at(toks, j + month[1])[0]):
        k = j + month[1]
        year = _year_at(toks, k)
        if year:
            return k + 1 - i, f"{year:04d}-{month[0]:02d}", None
        tense, extra = _tense_at(toks, k)
        if anchor is None:
            return k + extra - i, None, tense
        y = anchor.year
        if tense == "past" and month[0] >= anchor.month:
            y -= 1
        elif tense == "future" and month[0] <= anchor.month:
            y += 1
        return k + extra - i, f"{y:04d}-{month[0]:02d}", tense
    # عام 2014 / العام الماضي / العام المقبل / العام الجاري
    if w in ("عام", "العام", "سنه", "السنه"):
        year = _year_at(toks, i + 1)
        if year:
            return 2, f"{year:04d}", None
        if nxt in PAST_WORDS | FUTURE_WORDS | {"الجاري", "الحالي"}:
            tense = "past" if nxt in PAST_WORDS else "future" if nxt in FUTURE_WORDS else None
            if anchor is None:
                return 2, None, tense
            y = anchor.year + (-1 if tense == "past" else 1 if tense == "future" else 0)
            return 2, f"{y:04d}", tense
    return None


def _relative(toks: Sequence[_Tok], i: int, used: int, days: int,
              anchor: dt.date | None) -> tuple[int, str | None, str | None]:
    # "أمس الجمعة": the weekday just restates the day.
    if i + used < len(toks) and _bare(toks[i + used].norm) in WEEKDAYS:
        used += 1
    tense = "past" if days < 0 else "future" if days > 0 else None
    value = (anchor + dt.timedelta(days=days)).isoformat() if anchor else None
    return used, value, tense


@lru_cache(maxsize=100_000)
def _may_start(norm: str) -> bool:
    """Whether a word can begin a date phrase: a start word or a number."""
    return _bare(norm) in _start_words() or norm.translate(DIGITS).isdigit()


def find_dates_in_tokens(tokens: Sequence[object], text: str, anchor: str | None) -> list[DateMention]:
    """Date phrases among ``tokens`` (objects with ``norm``, ``start``, ``end``), left to right."""
    day0 = dt.date.fromisoformat(anchor) if anchor else None
    toks: Sequence[_Tok] = tokens  # type: ignore[assignment]  # only norm, start and end are read
    may_start = _may_start
    candidates = [i for i, t in enumerate(toks) if may_start(t.norm)]
    if not candidates:
        return []  # most sentences name no date: skip them cheaply
    out: list[DateMention] = []
    i = 0
    for c in candidates:
        if c < i:
            continue  # inside the date found before
        i = c
        hit = _match(toks, i, day0)
        if hit is None:
            i += 1
            continue
        used, value, tense = hit
        start, end = toks[i].start, toks[i + used - 1].end
        out.append(DateMention(start, end, text[start:end], value, tense))
        i += used
    return out


def find_dates(text: str, anchor: str | None = None) -> list[DateMention]:
    """Date phrases in ``text`` resolved against ``anchor`` (the article date, YYYY-MM-DD)."""
    toks = [_Tok(normalize(s), a, b) for s, a, b in raw_tokens(text)]
    return find_dates_in_tokens(toks, text, anchor)
