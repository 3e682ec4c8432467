"""Reported-speech patterns beyond the basic verb–subject–إن order, on passages written for these tests."""

from __future__ import annotations

from tests.quotes.test_detect import by_cue


def only(quotes):
    assert len(quotes) == 1, [(q.cue.text, q.content.text) for q in quotes]
    return quotes[0]


# --- channels ----------------------------------------------------------------------------


def test_channel_after_khilal_and_in_a_tweet_on_a_platform(quotes_of):
    text = ("وأكد رئيس الحكومة خلال مؤتمر صحفي في العاصمة أن الإصلاحات ستبدأ مطلع العام. "
            "وكتبت النائبة في تغريدة على منصة إكس أن الجلسة \"كانت مهزلة\".")
    first, second = quotes_of(text)
    assert first.channel.text.startswith("خلال مؤتمر صحفي")
    assert first.content.text == "الإصلاحات ستبدأ مطلع العام"
    assert second.channel.text.startswith("في تغريدة على منصة إكس")
    assert second.kind == "mixed" and second.speaker.text == "النائبة"


def test_channel_through_an_account_does_not_join_the_speaker(quotes_of):
    text = "وكتب زعيم الحزب عبر حسابه على فيسبوك أن الحكومة \"فقدت شرعيتها\" بعد الانتخابات."
    q = only(quotes_of(text))
    assert q.speaker.text == "زعيم الحزب"
    assert q.channel.text.startswith("عبر حسابه")


def test_channel_in_an_interview_with_a_named_station_and_an_outlet_in_quotes(quotes_of):
    text = ("وقال وزير الطاقة في مقابلة مع قناة العربية إن الإنتاج سيرتفع تدريجيا. "
            "وقال مسؤول في البنك المركزي لـ\"الشرق الأوسط\" إن الاحتياطيات تكفي لستة أشهر.")
    first, second = quotes_of(text)
    assert first.channel.text == "في مقابلة مع قناة العربية"
    assert second.channel.text == 'لـ"الشرق الأوسط"'
    assert second.speaker.text == "مسؤول في البنك المركزي"


def test_according_aside_between_speaker_and_content_is_the_channel(quotes_of):
    text = "وأفاد مصدر أمني، بحسب ما نقلت وكالة الأنباء العراقية، بأن الهجوم أسفر عن مقتل جنديين."
    q = only(quotes_of(text))
    assert q.kind == "indirect" and q.cue.text == "وأفاد"
    assert q.speaker.text == "مصدر أمني"
    assert q.channel.text == "وكالة الأنباء العراقية"
    assert q.content.text == "الهجوم أسفر عن مقتل جنديين"


def test_relay_with_the_outlet_before_the_verb(quotes_of):
    text = "غير أن وكالة تسنيم المقربة من الحرس الثوري نقلت عن مصدر مطلع قوله إن الرد \"سيكون حاسما\"."
    q = only(quotes_of(text))
    assert q.speaker.text == "مصدر مطلع"
    assert q.channel.text.startswith("وكالة تسنيم")


def test_continuation_and_participle_channels(quotes_of):
    text = ("ونقلت وكالة الأنباء الأردنية عن الوزير قوله إن \"المملكة لن تكون ساحة لأي صراع\"، وإن عمان "
            "\"تدعم كل جهد للتهدئة\". ورحبت الجامعة العربية في بيان بالاتفاق، معربة عن أملها في أن "
            "\"يمهد الطريق لسلام دائم\". وقال النائب لقناة محلية إن التصويت تأجل، مضيفا أن الكتل لم تتفق.")
    quotes = quotes_of(text)
    first, second = quotes[0], quotes[1]
    assert first.channel.text == second.channel.text == "وكالة الأنباء الأردنية"
    assert by_cue(quotes, "معربة").channel.text.startswith("في بيان")
    assert by_cue(quotes, "مضيفا").channel is None  # the channel stays with the first quote


def test_content_first_with_a_channel_after_the_speaker(quotes_of):
    text = "\"سنواصل الضغط حتى يتم الإفراج عن جميع المعتقلين\"، أضاف المتحدث في تصريح لرويترز."
    q = only(quotes_of(text))
    assert q.kind == "direct" and q.speaker.text == "المتحدث"
    assert q.channel.text == "في تصريح لرويترز"


# --- speakers ----------------------------------------------------------------------------


def test_call_and_accuse_verbs_stop_the_speaker_before_the_object(quotes_of):
    text = ("ودعا رئيس البرلمان اللبناني الحكومة إلى \"تحمل مسؤولياتها كاملة\" في ملف النازحين. "
            "وطالب نائب رئيس المجلس الرئاسي الأطراف المتنازعة بـ\"الاحتكام إلى صناديق الاقتراع\".")
    call, demand = quotes_of(text)
    assert call.speaker.text == "رئيس البرلمان اللبناني"
    assert demand.speaker.text == "نائب رئيس المجلس الرئاسي"


def test_coordinated_accusation_takes_the_clause_subject(quotes_of):
    text = ("ونفى المتحدث باسم الحركة عمر الخطيب أن تكون قواته قصفت المدينة، واتهم الجيش باستخدام "
            "المدارس \"دروعا بشرية\".")
    ents = {"عمر الخطيب": ("khatib", "PER", "Omar al-Khatib")}
    quotes = quotes_of(text, ents)
    accuse = by_cue(quotes, "واتهم")
    assert accuse.speaker is not None and accuse.speaker.entity == "khatib"


def test_subject_before_a_past_verb(quotes_of):
    text = "والمبعوث الأممي أكد أن الحل السياسي هو المخرج الوحيد للأزمة."
    q = only(quotes_of(text))
    assert q.speaker.text == "والمبعوث الأممي"
    assert q.content.text == "الحل السياسي هو المخرج الوحيد للأزمة"


def test_anonymous_and_plural_speakers(quotes_of):
    text = ("وقال مسؤول في وزارة الداخلية إن السلطات اعتقلت خمسة مشتبه بهم. وقال شهود عيان إن دوي "
            "انفجارات سمع في أنحاء العاصمة. وقال ناشطون إن القصف طال بلدات في ريف إدلب. ويقول محللون إن "
            "الاتفاق قد لا يصمد طويلا.")
    speakers = [q.speaker.text for q in quotes_of(text)]
    assert speakers == ["مسؤول في وزارة الداخلية", "شهود عيان", "ناشطون", "محللون"]


def test_bare_organisation_head_is_the_organisation_named_before(quotes_of):
    text = ("وقالت منظمة العفو الدولية إن السلطات احتجزت العشرات تعسفيا. وأكدت المنظمة في تقرير أن "
            "بعض المحتجزين تعرضوا لسوء المعاملة.")
    ents = {"منظمة العفو الدولية": ("amnesty", "ORG", "Amnesty International")}
    first, second = quotes_of(text, ents)
    assert second.speaker.text == "المنظمة" and second.speaker.entity == "amnesty"
    assert second.channel.text == "في تقرير"


def test_pluperfect_subject_speaks_for_a_participle(quotes_of):
    text = ("وكانت منظمة الصحة العالمية قد دعت الطرفين إلى فتح ممرات آمنة، محذرة من أن المستشفى الوحيد "
            "\"قد يخرج عن الخدمة\".")
    ents = {"منظمة الصحة العالمية": ("who", "ORG", "World Health Organization")}
    q = by_cue(quotes_of(text, ents), "محذرة")
    assert q.speaker.entity == "who"


# --- contents ----------------------------------------------------------------------------


def test_stance_nouns_are_content_without_an(quotes_of):
    text = ("وأكد الوزير ضرورة تعزيز التعاون الأمني بين البلدين. ونفى المتحدث باسم الحكومة وجود أي "
            "خلافات داخل الائتلاف. وشدد السفير على أهمية الحوار. وأعرب المبعوث عن قلقه البالغ إزاء "
            "تصاعد العنف.")
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == [
        "ضرورة تعزيز التعاون الأمني بين البلدين", "وجود أي خلافات داخل الائتلاف", "أهمية الحوار",
        "قلقه البالغ إزاء تصاعد العنف"]
    assert [q.speaker.text for q in quotes] == ["الوزير", "المتحدث باسم الحكومة", "السفير", "المبعوث"]
    assert all(q.kind == "indirect" for q in quotes)


def test_announced_actions_are_not_quotes(quotes_of):
    text = "وأعلن الجيش مقتل ثلاثة من جنوده. وأعلنت الحكومة حزمة إجراءات اقتصادية جديدة."
    assert quotes_of(text) == []


def test_nested_speech_stays_inside_the_outer_content(quotes_of):
    text = ("وصرح المتحدث بأن الوزيرين أكدا رفضهما \"أي محاولة لفرض الأمر الواقع\"، وشددا على التنسيق. "
            "وقال النائب إن الوزير \"أكد له أن الحكومة ستسحب المشروع\".")
    first, second = quotes_of(text)
    assert first.content.text.startswith("الوزيرين أكدا رفضهما")
    assert first.speaker.text == "المتحدث"
    assert second.content.text == 'الوزير "أكد له أن الحكومة ستسحب المشروع"'


def test_while_clause_is_a_new_statement(quotes_of):
    text = ("وقالت وزارة الدفاع الروسية إن قواتها سيطرت على بلدة جديدة، فيما أعلن الجيش الأوكراني أن "
            "دفاعاته الجوية أسقطت 40 طائرة مسيرة.")
    first, second = quotes_of(text)
    assert first.content.text == "قواتها سيطرت على بلدة جديدة"
    assert second.speaker.text == "الجيش الأوكراني"


def test_without_saying_ends_the_content(quotes_of):
    text = "وأكد المتحدث أن الحكومة لم تتلق أي طلب رسمي، دون أن يوضح موعد استئناف المفاوضات."
    q = only(quotes_of(text))
    assert q.content.text == "الحكومة لم تتلق أي طلب رسمي"


def test_multi_sentence_direct_quote_content_first(quotes_of):
    text = "\"لقد فقدنا كل شيء. بيتي دمر بالكامل ولم يبق لنا سوى الخيام\"، قالت إحدى النازحات للصحافيين."
    q = only(quotes_of(text))
    assert q.kind == "direct"
    assert q.content.text == "لقد فقدنا كل شيء. بيتي دمر بالكامل ولم يبق لنا سوى الخيام"
    assert q.speaker.text == "إحدى النازحات"
    assert q.channel.text == "للصحافيين"


def test_unbalanced_mark_ends_with_its_sentence(quotes_of):
    text = ("وقال الرئيس أمام أعضاء البرلمان: \"لن نقبل بأي تدخل في شؤوننا الداخلية. وصوت المجلس على القانون."
            "\nوانتهى الاجتماع بعد ساعتين.")
    q = only(quotes_of(text))
    assert q.kind == "direct"
    assert q.content.text == "لن نقبل بأي تدخل في شؤوننا الداخلية"


# --- attributions and non-quotes -----------------------------------------------------------


def test_as_said_is_an_attribution(quotes_of):
    text = ("وكما قال الرئيس في خطابه، فإن المرحلة المقبلة تتطلب تضحيات. ووفق ما قال المسؤول، فإن "
            "المحادثات ستستأنف الأحد. كما أكدت الوزارة عزمها مراجعة العقود.")
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["according", "according"]
    assert quotes[0].content.text == "المرحلة المقبلة تتطلب تضحيات"
    assert quotes[0].speaker.text == "الرئيس"
    assert quotes[1].content.text == "المحادثات ستستأنف الأحد"


def test_according_of_an_estimate_is_not_a_channel(quotes_of):
    text = ("وأفادت اللجنة بأن السلطات أفرجت عن ثلاثة ناشطين، فيما لا يزال العشرات قيد الحبس، وفق "
            "تقديرات اللجنة.")
    quotes = quotes_of(text)
    assert quotes[0].channel is None and quotes[0].content.text == "السلطات أفرجت عن ثلاثة ناشطين"
    assert quotes[-1].kind == "according" and quotes[-1].content.text == "لا يزال العشرات قيد الحبس"


def test_refusals_and_silence_are_not_quotes(quotes_of):
    text = ("ولم يصدر أي تعليق فوري من الجيش، فيما رفض متحدث باسم الشرطة التعليق. ولم يعلق المكتب "
            "الإعلامي على هذه التقارير.")
    assert quotes_of(text) == []


def test_stance_noun_right_after_the_verb_has_no_subject_phrase(quotes_of):
    text = ("وقال المتحدث باسم الخارجية سعيد خطيب زاده إن لبلاده \"حقوقا ثابتة\" في الحقل، لكنه أبدى "
            "استعداد بلاده للحوار \"بحسن نية\" مع جيرانها.")
    ents = {"سعيد خطيب زاده": ("khatibzadeh", "PER", "Saeed Khatibzadeh")}
    q = by_cue(quotes_of(text, ents), "أبدى")
    assert q.content.text == 'استعداد بلاده للحوار "بحسن نية" مع جيرانها'
    assert q.kind == "mixed" and q.speaker.entity == "khatibzadeh"


def test_renewed_position_and_named_subject_of_a_non_speech_verb(quotes_of):
    text = ("وجددت وزارة الخارجية في بيان التأكيد على أن الجزر \"جزء لا يتجزأ\" من أراضي الدولة. "
            "ودان الأمين العام لجامعة الدول العربية أحمد أبو الغيط الهجوم، مؤكدا أن استهداف المدنيين "
            "\"جريمة لا تغتفر\".")
    ents = {"جامعة الدول العربية": ("arab_league", "ORG", "Arab League"),
            "أحمد أبو الغيط": ("aboulgheit", "PER", "Ahmed Aboul Gheit")}
    renew, confirm = quotes_of(text, ents)
    assert renew.cue.lemma == "جدد" and renew.channel.text.startswith("في بيان")
    assert confirm.speaker.entity == "aboulgheit"


def test_a_short_name_in_quotation_marks_is_not_the_content(quotes_of):
    text = ("واتهمت الإدارة المحلية في بيان فصيل \"لواء الفتح\" التابع للمعارضة باختطاف عشرة مدنيين من "
            "قرى الريف الشرقي.")
    assert quotes_of(text) == []
