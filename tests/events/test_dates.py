"""The event date resolver: relative days, weekdays, both month-name traditions, years."""

from __future__ import annotations

import pytest

from marsad.events.dates import find_dates

ANCHOR = "2015-09-19"  # a Saturday


def one(text: str, anchor: str | None = ANCHOR):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start:d.end] == d.text
    return d


@pytest.mark.parametrize("text,value,phrase", [
    ("قال المتحدث أمس الجمعة إن الوفد وصل", "2015-09-18", "أمس الجمعة"),
    ("وصل الوفد أمس إلى العاصمة", "2015-09-18", "أمس"),
    ("اندلعت الاشتباكات أول أمس في المدينة", "2015-09-17", "أول أمس"),
    ("يبدأ الاجتماع اليوم في جنيف", "2015-09-19", "اليوم"),
    ("ويسافر الوزير غداً الأحد إلى برلين", "2015-09-20", "غداً الأحد"),
    ("وتعقد الجولة المقبلة بعد غد في مسقط", "2015-09-21", "بعد غد"),
    ("وتعقد القمة يوم الأحد المقبل", "2015-09-20", "يوم الأحد المقبل"),
    ("وكان قد زار المدينة الخميس الماضي", "2015-09-17", "الخميس الماضي"),
    ("وقالت الوزارة الثلاثاء إن", "2015-09-15", "الثلاثاء"),
    ("وقتل ثلاثة يوم 27 ديسمبر الماضي", "2014-12-27", "يوم 27 ديسمبر الماضي"),
    ("وقعت الهدنة في 12 مارس", "2015-03-12", "12 مارس"),
    ("وقعت الهدنة في ١٢ آذار/مارس ٢٠١٤", "2014-03-12", "١٢ آذار/مارس ٢٠١٤"),
    ("وانتهت المهلة في 3 كانون الثاني الماضي", "2015-01-03", "3 كانون الثاني الماضي"),
    ("ستجرى الانتخابات في 5 تشرين الأول المقبل", "2015-10-05", "5 تشرين الأول المقبل"),
    ("ستجرى الانتخابات في 10 يناير المقبل", "2016-01-10", "10 يناير المقبل"),
])
def test_day_precision(text, value, phrase):
    d = one(text)
    assert (d.value, d.text) == (value, phrase)


@pytest.mark.parametrize("text,value", [
    ("وأوقفت الوزارة المحادثات العام الماضي بعد الأزمة", "2014"),
    ("وتتوقع الحكومة نموا العام المقبل", "2016"),
    ("وكان الاتفاق قد وقع عام 2011", "2011"),
    ("وبدأت الأزمة في شهر أيار", "2015-05"),
    ("وتعود القضية إلى مارس 2013", "2013-03"),
    ("وتوقفت المفاوضات في حزيران الماضي", "2015-06"),
    ("وتنتهي الولاية في نوفمبر المقبل", "2015-11"),
])
def test_reduced_precision(text, value):
    assert one(text).value == value


def test_weekday_on_the_same_day_is_that_day():
    assert one("وقال الرئيس السبت إن").value == ANCHOR


def test_relative_phrase_without_article_date_keeps_text():
    d = one("وصل الوفد أمس الجمعة", anchor=None)
    assert d.value is None and d.text == "أمس الجمعة"


def test_clitics_on_date_words():
    assert one("وأمس قال الوزير").value == "2015-09-18"


def test_several_dates_in_order():
    found = find_dates("وصل أمس إلى القاهرة على أن يغادر الأحد المقبل", ANCHOR)
    assert [d.value for d in found] == ["2015-09-18", "2015-09-20"]


def test_no_false_dates_in_numbers_and_words():
    assert find_dates("قتل 12 شخصا وأصيب ٣٠ آخرون في المدينة", ANCHOR) == []
    assert find_dates("وقال إن العالم يراقب", ANCHOR) == []


def test_invalid_day_is_left_unresolved():
    d = one("في 31 فبراير")
    assert d.value is None


def test_last_night_is_the_day_before():
    assert one("وشنت طائرات التحالف غارات على مواقع في مأرب الليلة الماضية").value == "2015-09-18"


def _event(pipeline, text: str, etype: str):
    evs = [e for e in pipeline(text, date="2024-06-10").events if e.type == etype]
    assert evs, text
    return evs[0]


def test_event_date_is_a_day_or_nothing(events_pipeline):
    # A month alone does not fix the day of the visit: the phrase is kept, the value is not.
    ev = _event(events_pipeline, "وكان الرئيس قد زار القاهرة في مارس الماضي.", "CONSULT")
    assert ev.date is not None and ev.date.value is None and ev.date.text == "مارس الماضي"
    assert ev.modality == "historical"


def test_a_year_phrase_still_makes_the_event_background(events_pipeline):
    ev = _event(events_pipeline, "واعتقلت الشرطة الفرنسية الناشط في مرسيليا العام الماضي.", "COERCE")
    assert ev.date is not None and ev.date.value is None
    assert ev.modality == "historical"


def test_a_date_after_since_is_not_the_events_day(events_pipeline):
    ev = _event(events_pipeline, "ويحتجز المسلحون الرهائن منذ الأحد الماضي في منطقة جبلية.", "COERCE")
    assert ev.date is None or ev.date.value is None


def test_a_full_date_is_kept(events_pipeline):
    ev = _event(events_pipeline, "واعتقلت الشرطة الفرنسية الناشط في مرسيليا أمس الأحد.", "COERCE")
    assert ev.date is not None and ev.date.value == "2024-06-09"


def test_the_day_of_saying_is_not_the_day_of_what_is_said(events_pipeline):
    evs = events_pipeline("وقال وزير الداخلية للصحفيين أمس الأحد إن الحكومة لن تجبر أي لاجئ على العودة.",
                          date="2024-06-10").events
    coerce = [e for e in evs if e.type == "COERCE"]
    assert coerce and (coerce[0].date is None or coerce[0].date.value is None)
