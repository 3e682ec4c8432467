"""Where and when an event happened: the place an actor span names after a location marker, and the
nearest date in the sentence (flagged old when it lies well before the article's own date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from marsad.doc import Doc, Token
from marsad.events.actors import ActorSpan
from marsad.events.dates import DateMention, find_dates
from marsad.model import EventDate, Place
from marsad.text.normalize import normalize

LOCATION_MARKERS = {"في", "ب", "مدينه", "بلده", "قريه", "ريف", "محافظه", "منطقه", "مخيم", "قرب", "محيط",
                    "شمال", "جنوب", "شرق", "غرب", "وسط", "العاصمه", "ضواحي", "قضاء", "حي"}

PLACE_REACH = 14
# Words that name the kind of place before its name (العاصمة البريطانية لندن, مدينة حلب).
PLACE_DESCRIPTORS = {"العاصمه", "عاصمه", "مدينه", "محافظه", "بلده", "قريه", "منطقه", "ولايه", "اقليم", "جزيره"}
DIRECTION_WORDS = {"الي", "في", "من", "نحو", "قرب"}


def place_marker(toks: list[Token], rel: int) -> Token | None:
    """The preposition leading to the place at ``rel``, over a descriptor and its adjective
    (إلى العاصمة البريطانية لندن, في مدينة حلب, لندن), or None when the place is not governed by one."""
    head = toks[rel]
    if {"ل", "ب"} & set(head.prefix.replace("ال", "")):
        return head
    described = False
    for k in range(rel - 1, max(-1, rel - 4), -1):
        tok = toks[k]
        if tok.norm in DIRECTION_WORDS:
            return tok if described or k == rel - 1 else None
        if tok.bare in PLACE_DESCRIPTORS or tok.norm in PLACE_DESCRIPTORS or tok.stem in PLACE_DESCRIPTORS:
            if {"ل", "ب"} & set(tok.prefix.replace("ال", "")):
                return tok  # للعاصمة, بمدينة
            described = True
        elif not tok.norm.startswith("ال"):
            return None  # only a descriptor and its adjective may stand between
    return None

def local_people(span: ActorSpan | None, location: Place | None) -> ActorSpan | None:
    """Civilians, refugees and police with no nationality are of the place where it happened."""
    if span is None or span.country or span.sector not in ("CVL", "REF", "COP") or location is None \
            or not location.country:
        return span
    return replace(span, country=location.country)


def location_of(doc: Doc, toks: list[Token], actors: list[ActorSpan], i: int, first: int,
              visit: bool) -> Place | None:
    best: tuple[int, ActorSpan] | None = None
    for a in actors:
        if a.kind != "place":
            continue
        rel = a.first - first
        prev = toks[rel - 1] if rel > 0 else None
        head = toks[rel]
        marked = ("ب" in head.prefix or (prev is not None and (prev.norm in LOCATION_MARKERS
                                                               or prev.bare in LOCATION_MARKERS
                                                               or prev.stem in LOCATION_MARKERS)))
        if visit and (prev is not None and prev.norm in ("الي", "الى") or "ل" in head.prefix):
            marked = True
        if not marked and prev is not None and prev.norm.startswith("ال"):
            marker = place_marker(toks, rel)  # في العاصمة البريطانية لندن, إلى مدينة حلب
            marked = marker is not None and (visit or marker.norm != "الي")
        if not marked:
            continue
        dist = abs(rel - i)
        if dist <= 14 and (best is None or dist < best[0]):
            best = (dist, a)
    if best is None:
        return None
    a = best[1]
    info = a.place
    return Place(a.entity, doc.text[a.start:a.end], a.start, a.end,
                 info.name_en if info else None, a.country or (info.country if info else None))


# Words before a date that make it a starting point or a deadline, not the day of the event
# (تحتجزهم منذ يونيو, ستعوض الإنتاج بحلول يونيو 2025).
SPAN_WORDS = {"منذ", "بحلول", "حتي", "مطلع", "اعتبارا", "ابتداء"}


def _span_word_before(text: str, start: int) -> bool:
    words = text[max(0, start - 20):start].split()
    return bool(words) and normalize(words[-1]) in SPAN_WORDS


COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"}


def _complementizer_between(text: str, mention: DateMention, trigger_start: int) -> bool:
    lo, hi = (mention.end, trigger_start) if mention.start < trigger_start else (trigger_start, mention.start)
    return any(normalize(w) in COMPLEMENTIZERS for w in text[lo:hi].split())


def event_date(doc: Doc, dates: list[DateMention], trigger_start: int, said: bool = False) -> EventDate | None:
    """The nearest date phrase of the sentence that gives the event's day.

    A month or a year alone does not fix the day (في يناير الماضي, العام الماضي): the phrase is kept
    with ``value`` None.  A date after منذ / بحلول (a start or a deadline) is not the event's at all.
    """
    # قال الوزير أمس إن بلاده لن تجبر أحدا: the date of the saying is not that of what is said,
    # unless the saying is the event (``said``): an offer or a demand made in those words.
    if not said:
        dates = [m for m in dates if not _complementizer_between(doc.text, m, trigger_start)]
    if not dates:
        return None
    d = min(dates, key=lambda m: abs(m.start - trigger_start))
    if _span_word_before(doc.text, d.start):
        return None  # تحتجزهم منذ يونيو: when it began, not when the event is told as happening
    value = d.value if d.value is not None and len(d.value) == 10 else None
    return EventDate(value, d.text, d.start, d.end)


def is_old(date: EventDate | None, anchor: str | None) -> bool:
    """A date whose whole period lies well before the article's own (العام الماضي, a month ago)."""
    if date is None or not anchor:
        return False
    value = date.value
    if not value and date.text:
        # A month or year phrase keeps no value on the event: resolve it again to see how old it is.
        found = find_dates(date.text, anchor)
        value = found[0].value if found else None
    if not value:
        return False
    try:
        day0 = dt.date.fromisoformat(anchor)
        if len(value) == 4:
            return int(value) < day0.year
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return (year, month) < (day0.year, day0.month)
        return (day0 - dt.date.fromisoformat(value)).days > 31
    except ValueError:
        return False
