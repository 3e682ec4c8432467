"""Channels of reported speech in wire, Gulf, Levant and Maghreb copy, on sentences written for these tests."""

from __future__ import annotations

from tests.quotes.test_detect import by_cue
from tests.quotes.test_patterns import only


def test_paper_with_quoted_name_relaying_sources(quotes_of):
    text = 'وذكرت صحيفة "الصباح" التونسية نقلا عن مصادر نقابية أن الإضراب سيشمل قطاع النقل الأسبوع المقبل.'
    q = only(quotes_of(text))
    assert q.speaker.text == "مصادر نقابية"
    assert q.channel.text == 'صحيفة "الصباح" التونسية'
    assert q.content.text == "الإضراب سيشمل قطاع النقل الأسبوع المقبل"
    assert q.cue.text == "وذكرت"


def test_station_with_quoted_name_relaying_sources(quotes_of):
    text = 'وأفادت قناة "الغد" نقلا عن مصادر ميدانية بأن القوات انسحبت من محيط المطار.'
    q = only(quotes_of(text))
    assert (q.speaker.text, q.channel.text) == ("مصادر ميدانية", 'قناة "الغد"')
    assert q.content.text == "القوات انسحبت من محيط المطار"


def test_told_an_agency_named_after_the_speaker(quotes_of):
    text = "وأبلغ ضابط سوري رفيع وكالة رويترز أن الطيران الحربي قصف مواقع المسلحين ليلا."
    q = only(quotes_of(text))
    assert q.speaker.text == "ضابط سوري رفيع"
    assert q.channel.text == "وكالة رويترز"
    assert q.content.text == "الطيران الحربي قصف مواقع المسلحين ليلا"


def test_according_to_what_an_agency_relayed_from_a_source(quotes_of):
    text = "وبحسب ما نقلت وكالة الأناضول عن مصدر في الخارجية، فإن الوفد سيصل إلى بغداد الثلاثاء."
    q = only(quotes_of(text))
    assert q.kind == "according"
    assert q.speaker.text == "مصدر في الخارجية"
    assert q.channel.text == "وكالة الأناضول"
    assert q.content.text == "الوفد سيصل إلى بغداد الثلاثاء"


def test_according_to_a_paper_named_in_quotation_marks(quotes_of):
    text = 'ووفق ما أوردت جريدة "الشروق" المصرية، فإن الحكومة ستطرح سندات جديدة الشهر المقبل.'
    q = only(quotes_of(text))
    assert q.kind == "according"
    assert q.speaker.text == 'جريدة "الشروق" المصرية'
    assert q.content.text == "الحكومة ستطرح سندات جديدة الشهر المقبل"


def test_website_name_in_quotation_marks_is_the_channel_not_the_content(quotes_of):
    text = 'وقال دبلوماسي أوروبي لموقع "المونيتور" الأميركي إن بروكسل تدرس تجميد المساعدات.'
    q = only(quotes_of(text))
    assert q.kind == "indirect"
    assert q.channel.text == 'لموقع "المونيتور" الأميركي'
    assert q.content.text == "بروكسل تدرس تجميد المساعدات"


def test_before_the_press_is_a_channel(quotes_of):
    text = "وقال رئيس الوزراء البريطاني أمام الصحفيين في لندن إن بلاده سترسل طائرات إضافية إلى قبرص."
    q = only(quotes_of(text))
    assert q.speaker.text == "رئيس الوزراء البريطاني"
    assert q.channel.text.startswith("أمام الصحفيين")
    assert q.content.text == "بلاده سترسل طائرات إضافية إلى قبرص"


def test_a_station_reporter_is_the_speaker_not_an_addressee(quotes_of):
    text = "وأفاد مراسل العربية بأن الاشتباكات تجددت عند أطراف الخرطوم بحري."
    q = only(quotes_of(text))
    assert q.speaker.text == "مراسل العربية"
    assert q.channel is None


def test_reporter_remark_after_the_content_is_left_out(quotes_of):
    text = ("وأوضحت الشرطة أن المشتبه به سلم نفسه صباح اليوم، دون أن تكشف عن هويته. "
            "وقال الوزير إن المعبر سيبقى مغلقا، وذلك في رد على سؤال للصحفيين. "
            "وذكر المصدر أن الحريق التهم مخزنا للحبوب، من دون أن يسفر عن إصابات.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وأوضحت").content.text == "المشتبه به سلم نفسه صباح اليوم"
    assert by_cue(quotes, "وقال").content.text == "المعبر سيبقى مغلقا"
    # the lack of casualties is part of what the source said
    assert by_cue(quotes, "وذكر").content.text == "الحريق التهم مخزنا للحبوب، من دون أن يسفر عن إصابات"


def test_medium_phrase_opening_the_sentence_is_the_channel(quotes_of):
    text = ("وفي حديث لإذاعة محلية، قال رئيس البلدية إن أشغال الطريق ستنتهي قبل الصيف. "
            "وفي بيان وزعته على وسائل الإعلام، أكدت النقابة أن الإضراب سيتواصل.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "قال").channel.text == "وفي حديث لإذاعة محلية"
    assert by_cue(quotes, "قال").speaker.text == "رئيس البلدية"
    assert by_cue(quotes, "أكدت").channel.text.startswith("وفي بيان وزعته")


def test_time_phrase_opening_the_sentence_is_no_channel(quotes_of):
    text = "وفي وقت لاحق، قال رئيس البلدية إن أشغال الطريق ستنتهي قبل الصيف."
    assert only(quotes_of(text)).channel is None


def test_medium_named_after_the_content_with_wa_dhalika(quotes_of):
    text = "وجدد وزير الخارجية الأردني التأكيد أن عمان ترفض التهجير، وذلك خلال اتصال هاتفي مع نظيره البريطاني."
    q = only(quotes_of(text))
    assert q.content.text == "عمان ترفض التهجير"
    assert q.channel.text.startswith("خلال اتصال هاتفي")


def test_briefings_communiques_and_tv_appearances_are_media(quotes_of):
    text = ("وقال المبعوث الأممي في إحاطة أمام مجلس الأمن إن الهدنة صامدة رغم الخروقات. "
            "وأفادت المديرية الجهوية للصحة في بلاغ أن حالات التسمم بلغت ثلاثين حالة. "
            "وقال الوزير السابق في مداخلة هاتفية إن الحكومة أخطأت التقدير. "
            "وقال النائب في إطلالة تلفزيونية إن الكتل ستتفق على مرشح واحد.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وقال").channel.text.startswith("في إحاطة")
    assert by_cue(quotes, "وقال").speaker.text == "المبعوث الأممي"
    assert by_cue(quotes, "وأفادت").channel.text.startswith("في بلاغ")
    assert [q.channel.text.split()[1] for q in quotes] == ["إحاطة", "بلاغ", "مداخلة", "إطلالة"]
    assert [q.speaker.text for q in quotes][2:] == ["الوزير السابق", "النائب"]


def test_medium_with_a_possessive_pronoun(quotes_of):
    text = "وقال الإمام في خطبته إن التكافل واجب في أوقات الأزمات."
    q = only(quotes_of(text))
    assert q.channel.text == "في خطبته" and q.speaker.text == "الإمام"


def test_channel_runs_through_the_account_and_the_platform(quotes_of):
    text = ("وقالت السفارة عبر صفحتها على فيسبوك إن القنصلية ستغلق أبوابها يومين. "
            "وقال الناشط في منشور عبر حسابه على منصة إكس إن الشرطة أفرجت عنه.")
    first, second = quotes_of(text)
    assert first.channel.text == "عبر صفحتها على فيسبوك" and first.speaker.text == "السفارة"
    assert second.channel.text == "في منشور عبر حسابه على منصة إكس"


def test_state_television_as_addressee(quotes_of):
    text = "وقال رئيس الوزراء للتلفزيون الرسمي إن الدعم على الخبز لن يرفع."
    q = only(quotes_of(text))
    assert q.speaker.text == "رئيس الوزراء"
    assert q.channel.text == "للتلفزيون الرسمي"


def test_seat_of_an_observatory_is_no_cue(quotes_of):
    text = "وقال المرصد، ومقره لندن، إن غارات استهدفت مستودعا للذخيرة."
    q = only(quotes_of(text))
    assert q.cue.text == "وقال" and q.content.text == "غارات استهدفت مستودعا للذخيرة"


def test_the_paper_itself_as_addressee(quotes_of):
    text = "وقالت مصادر في الحزب الحاكم للصحيفة إن رئيس الوزراء يعتزم إجراء تعديل وزاري."
    q = only(quotes_of(text))
    assert q.speaker.text == "مصادر في الحزب الحاكم"
    assert q.channel.text == "للصحيفة"


def test_according_to_witnesses_who_spoke_to_a_paper(quotes_of):
    text = "وبحسب سكان تحدثوا لـ\"الأيام\"، فإن مياه الشرب مقطوعة عن الحي منذ أسبوع."
    q = only(quotes_of(text))
    assert q.kind == "according"
    assert q.speaker.text == "سكان"
    assert q.channel.text == 'لـ"الأيام"'
    assert q.content.text == "مياه الشرب مقطوعة عن الحي منذ أسبوع"


def test_according_to_a_body_in_a_statement(quotes_of):
    text = "وأغلقت السلطات ثلاثة معابر حدودية، بحسب الهيئة في بيان."
    q = only(quotes_of(text))
    assert (q.speaker.text, q.channel.text) == ("الهيئة", "في بيان")


def test_according_to_a_statement_has_no_channel_of_its_own(quotes_of):
    text = "وقررت الدول الأعضاء تمديد الاتفاق ستة أشهر، وفق بيان صدر عقب اجتماع عبر الفيديو."
    q = only(quotes_of(text))
    assert q.channel is None and q.speaker.text.startswith("بيان")


def test_quoted_outlet_after_la_then_a_colon_and_the_quotation(quotes_of):
    text = "وأضاف المتحدث في تصريح لـ\"الشروق\": «الفرق تعمل بلا توقف. ونحتاج إلى معدات ثقيلة»."
    q = only(quotes_of(text))
    assert q.kind == "direct"
    assert q.channel.text == 'في تصريح لـ"الشروق"'
    assert q.content.text == "الفرق تعمل بلا توقف. ونحتاج إلى معدات ثقيلة"


def test_title_of_an_agency_head_is_not_an_addressee(quotes_of):
    text = "وحذر المدير العام لوكالة الطاقة الذرية من أن المنشأة \"ليست آمنة\"."
    q = only(quotes_of(text))
    assert q.speaker.text == "المدير العام لوكالة الطاقة الذرية"
    assert q.channel is None


def test_speaker_then_agency_is_still_an_addressee(quotes_of):
    text = "وقال الوزير لوكالة الأنباء الرسمية إن الانتخابات ستجرى في موعدها."
    q = only(quotes_of(text))
    assert q.speaker.text == "الوزير" and q.channel.text == "لوكالة الأنباء الرسمية"


def test_in_a_call_with_a_paper_named_in_quotation_marks(quotes_of):
    text = "وصرح رئيس اتحاد التجار، في اتصال مع \"الشروق\"، بأن الأسعار ستستقر خلال رمضان."
    q = only(quotes_of(text))
    assert q.channel.text == 'في اتصال مع "الشروق"'
    assert q.content.text == "الأسعار ستستقر خلال رمضان"


def test_a_newspaper_column_is_a_medium(quotes_of):
    text = "وتساءلت الكاتبة في عمودها الأسبوعي: \"من يحاسب المقصرين؟\"."
    q = only(quotes_of(text))
    assert q.speaker.text == "الكاتبة" and q.channel.text == "في عمودها الأسبوعي"


def test_quoted_network_name_containing_inna_stays_whole(quotes_of):
    text = "وقال مسؤولون أميركيون، تحدثوا لشبكة \"سي إن إن\"، إن الإدارة تدرس خيارات الرد."
    q = only(quotes_of(text))
    assert q.speaker.text == "مسؤولون أميركيون"
    assert q.channel.text == 'لشبكة "سي إن إن"'
    assert q.content.text == "الإدارة تدرس خيارات الرد"


def test_paper_named_in_quotation_marks_writes(quotes_of):
    text = "وكتبت صحيفة \"لوفيغارو\" الفرنسية أن الحكومة تواجه أزمة ثقة غير مسبوقة."
    q = only(quotes_of(text))
    assert q.speaker.text == 'صحيفة "لوفيغارو" الفرنسية'
    assert q.content.text == "الحكومة تواجه أزمة ثقة غير مسبوقة"


def test_content_first_told_to_a_papers_correspondent(quotes_of):
    text = "«نعيش على المساعدات فقط»، تقول أم سامر لمراسل \"الأخبار\"."
    q = only(quotes_of(text))
    assert q.kind == "direct" and q.cue.text == "تقول"
    assert q.content.text == "نعيش على المساعدات فقط"
    assert q.channel.text == 'لمراسل "الأخبار"'


def test_outlets_named_without_quotation_marks(quotes_of):
    text = ("وقال مسؤول في وزارة الصحة لهسبريس إن الحملة ستشمل جميع الجهات. "
            "وقال مسؤول أمريكي لأكسيوس إن البيت الأبيض يضغط من أجل صفقة.")
    first, second = quotes_of(text)
    assert (first.speaker.text, first.channel.text) == ("مسؤول في وزارة الصحة", "لهسبريس")
    assert (second.speaker.text, second.channel.text) == ("مسؤول أمريكي", "لأكسيوس")


def test_network_name_ending_in_inna_before_the_complementiser(quotes_of):
    text = "وقال الوزير في مقابلة مع قناة سي إن إن ترك إن المفاوضات مستمرة."
    q = only(quotes_of(text))
    assert q.channel.text == "في مقابلة مع قناة سي إن إن ترك"
    assert q.content.text == "المفاوضات مستمرة"
