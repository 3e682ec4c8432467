"""Speakers: anonymous sources, offices, spokesmen and implicit speakers, on passages written for these tests."""

from __future__ import annotations

from tests.quotes.test_detect import by_cue
from tests.quotes.test_patterns import only

ABBAS = {"محمود عباس": ("abbas", "PER", "Mahmoud Abbas")}
MIRI = {"مقداد ميري": ("miri", "PER", "Miqdad Miri")}


def test_anonymous_sources_are_their_words(quotes_of):
    text = ("وقال مسؤول عسكري رفيع، طلب عدم الكشف عن هويته، إن الجيش عزز مواقعه على الحدود. "
            "وقال مصدر في الرئاسة لرويترز، مشترطا عدم نشر اسمه، إن الزيارة أرجئت. "
            "وقال شهود عيان إن دوي الانفجار سمع في أرجاء المدينة. "
            "وقال ناشطون إن قوات الأمن فرقت المعتصمين بالقوة.")
    quotes = quotes_of(text)
    assert [q.speaker.text for q in quotes] == ["مسؤول عسكري رفيع", "مصدر في الرئاسة", "شهود عيان", "ناشطون"]
    assert all(q.speaker.entity is None for q in quotes)
    assert quotes[1].channel.text == "لرويترز"
    assert quotes[0].content.text == "الجيش عزز مواقعه على الحدود"


def test_family_name_alone_is_the_person_named_before(quotes_of):
    text = ("وقال الرئيس الفلسطيني محمود عباس إن \"القدس ليست للبيع\". "
            "وتابع عباس: \"لن نقبل بأقل من دولة مستقلة\".")
    quotes = quotes_of(text, ABBAS)
    assert by_cue(quotes, "وتابع").speaker.text == "عباس"
    assert by_cue(quotes, "وتابع").speaker.entity == "abbas"


def test_spokesman_by_either_title_is_the_named_spokesman(quotes_of):
    text = ("وقال الناطق باسم وزارة الداخلية العميد مقداد ميري إن القوات اعتقلت المتورطين. "
            "وقال المتحدث باسم الوزارة إن التحقيقات مستمرة.")
    quotes = quotes_of(text, MIRI)
    second = quotes[1]
    assert second.speaker.text == "المتحدث باسم الوزارة"
    assert second.speaker.entity == "miri"


def test_implicit_speaker_is_the_subject_of_an_intervening_statement(quotes_of):
    text = ("وقالت وزارة الصحة إن عدد المصابين بلغ أربعين. "
            "وأعلن الدفاع المدني انتشال جثتين من تحت الأنقاض. "
            "وأضاف أن فرقه لا تزال تبحث عن مفقودين.")
    q = by_cue(quotes_of(text), "وأضاف")
    assert q.speaker.text == "الدفاع المدني"


def test_implicit_speaker_survives_a_background_sentence(quotes_of):
    text = ("وقال وزير المالية إن العجز سيتراجع العام المقبل. "
            "وتشهد البلاد أزمة اقتصادية حادة منذ سنوات. "
            "وأضاف أن الحكومة ستخفض الإنفاق الجاري.")
    assert by_cue(quotes_of(text), "وأضاف").speaker.text == "وزير المالية"


def test_the_same_office_in_between_keeps_the_named_speaker(quotes_of):
    text = ("وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض التهجير. "
            "والتقى الوزير الأردني نظيره المصري في القاهرة. "
            "وأكد أن التنسيق بين البلدين مستمر.")
    quotes = quotes_of(text, {"أيمن الصفدي": ("safadi", "PER", "Ayman Safadi")})
    assert by_cue(quotes, "وأكد").speaker.entity == "safadi"


def test_passive_relay_names_the_source(quotes_of):
    text = "ونقل عن مسؤول في وزارة النقل قوله إن الرحلات ستستأنف الأسبوع المقبل."
    q = only(quotes_of(text))
    assert q.speaker.text == "مسؤول في وزارة النقل"
    assert q.content.text == "الرحلات ستستأنف الأسبوع المقبل"


def test_the_statement_as_subject_speaks_for_its_issuer(quotes_of):
    text = ("وقال الجيش اللبناني في بيان إن دورية تعرضت لإطلاق نار قرب الحدود. "
            "وأضاف البيان أن وحدات الجيش ردت على مصادر النيران.")
    quotes = quotes_of(text, {"الجيش اللبناني": ("laf", "ORG", "Lebanese Army")})
    second = by_cue(quotes, "وأضاف")
    assert second.speaker.text == "البيان" and second.speaker.entity == "laf"


def test_unnamed_source_aside_with_a_withheld_name(quotes_of):
    text = "وأفاد مصدر قضائي، فضل عدم ذكر اسمه، بأن المحكمة أرجأت النطق بالحكم."
    q = only(quotes_of(text))
    assert q.cue.text == "وأفاد" and q.speaker.text == "مصدر قضائي"
    assert q.content.text == "المحكمة أرجأت النطق بالحكم"


def test_member_of_parliament_for_a_party_keeps_the_party_and_name(quotes_of):
    text = "وقال النائب عن حزب الوسط سامر الخطيب إن الكتلة ستقاطع الجلسة."
    q = only(quotes_of(text, {"سامر الخطيب": ("khatib", "PER", "Samer al-Khatib")}))
    assert q.speaker.entity == "khatib"
    assert q.speaker.text == "النائب عن حزب الوسط سامر الخطيب"


def test_topic_particle_amma_is_not_part_of_the_speaker(quotes_of):
    text = "أما رئيس الكتلة النيابية فقال إن \"التوافق هو المدخل الوحيد\"."
    q = only(quotes_of(text))
    assert q.cue.text == "فقال" and q.speaker.text == "رئيس الكتلة النيابية"


def test_a_time_phrase_after_the_speaker_is_not_where_it_works(quotes_of):
    text = ("وقالت الوزارة في الأيام الماضية إن الوضع مستقر. "
            "وقال مسؤول في الوزارة إن الطرق مفتوحة.")
    first, second = quotes_of(text)
    assert first.speaker.text == "الوزارة"
    assert second.speaker.text == "مسؤول في الوزارة"
