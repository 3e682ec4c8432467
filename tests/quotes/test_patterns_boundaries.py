"""Content boundaries and kinds: where reported content ends, and when quotation marks make it mixed."""

from __future__ import annotations

from tests.quotes.test_detect import by_cue
from tests.quotes.test_patterns import only


def test_quoted_names_inside_an_indirect_content_keep_it_indirect(quotes_of):
    text = ("وذكرت الشرطة أن المتهم الملقب بـ\"الثعلب\" اعتقل في ضواحي المدينة. "
            "وأعلن الجيش أنه أطلق عملية \"فجر الساحل\" لملاحقة المهربين.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وذكرت").kind == "indirect"
    assert by_cue(quotes, "وأعلن").kind == "indirect"


def test_quoted_words_of_the_speaker_make_the_content_mixed(quotes_of):
    text = ("وقال رئيس الوزراء إن الحكومة \"لن تتهاون\" مع المحتكرين. "
            "وأكد المتحدث أن المجموعة «ستبقى متماسكة» رغم الضغوط.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وقال").kind == "mixed"
    assert by_cue(quotes, "وأكد").kind == "mixed"


def test_labelled_entity_in_quotation_marks_is_a_name(quotes_of):
    text = "وقال المرصد إن مقاتلي \"قسد\" صدوا هجوما على قرية قرب منبج."
    q = only(quotes_of(text, {"قسد": ("sdf", "ORG", "SDF")}))
    assert q.kind == "indirect"


def test_colon_before_the_complementiser_and_complementiser_before_the_colon(quotes_of):
    text = ("وقال رئيس النقابة: إن العمال لن يعودوا إلى مواقعهم قبل صرف المستحقات. "
            "وأكد المحافظ أن: \"المدينة ستكون جاهزة لاستقبال الزوار\".")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وقال").content.text == "العمال لن يعودوا إلى مواقعهم قبل صرف المستحقات"
    second = by_cue(quotes, "وأكد")
    assert second.kind == "direct" and second.content.text == "المدينة ستكون جاهزة لاستقبال الزوار"


def test_quotation_after_the_verbs_preposition_is_direct(quotes_of):
    text = "وشددت الرئاسة على \"ضرورة التهدئة وتغليب لغة الحوار بين جميع الأطراف\"."
    q = only(quotes_of(text))
    assert q.kind == "direct"
    assert q.content.text == "ضرورة التهدئة وتغليب لغة الحوار بين جميع الأطراف"


def test_according_to_the_speakers_own_figures_adds_no_quote(quotes_of):
    text = "وقالت المفوضية إن أكثر من مئتي ألف شخص عبروا الحدود، وفق أحدث تقديراتها."
    q = only(quotes_of(text))
    assert q.cue.text == "وقالت"
    assert q.content.text == "أكثر من مئتي ألف شخص عبروا الحدود"


def test_content_first_quotation_spanning_two_sentences(quotes_of):
    text = "«لن نتراجع عن مطالبنا. الإضراب مستمر حتى تستجيب الوزارة»، قال الكاتب العام للنقابة."
    q = only(quotes_of(text))
    assert q.kind == "direct" and q.cue.text == "قال"
    assert q.content.text == "لن نتراجع عن مطالبنا. الإضراب مستمر حتى تستجيب الوزارة"
    assert q.speaker.text == "الكاتب العام للنقابة"


def test_direct_quote_ends_at_its_mark_when_the_full_stop_is_lost(quotes_of):
    text = ("وقال السفير إن \"العلاقات بين البلدين في أفضل حالاتها\" وأبلغ دبلوماسي غربي الصحيفة أن "
            "الزيارة ستتم الشهر المقبل.")
    quotes = quotes_of(text)
    first, second = by_cue(quotes, "وقال"), by_cue(quotes, "وأبلغ")
    assert first.kind == "direct" and first.content.text == "العلاقات بين البلدين في أفضل حالاتها"
    assert second.speaker.text == "دبلوماسي غربي" and second.channel.text == "الصحيفة"
    assert second.content.text == "الزيارة ستتم الشهر المقبل"


def test_fronted_transition_is_not_part_of_an_according_content(quotes_of):
    text = "وفي ريف حلب الشمالي، قتل ثلاثة مدنيين بقصف مدفعي على قرية تل رفعت، وفق المرصد."
    q = only(quotes_of(text))
    assert q.kind == "according"
    assert q.content.text == "قتل ثلاثة مدنيين بقصف مدفعي على قرية تل رفعت"


def test_reporter_comment_and_a_new_act_end_the_content(quotes_of):
    text = ("وأكد رئيس البعثة أن أي اتفاق \"مشروط بإقرار قانون المصارف\"، وهو ما يعيد الملف إلى البرلمان. "
            "وقال المتحدث إن القصف جاء \"ردا على الاعتداءات\"، متوعدا بـ\"توسيع العمليات\" في الأيام المقبلة.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وأكد").content.text == "أي اتفاق \"مشروط بإقرار قانون المصارف\""
    assert by_cue(quotes, "وقال").content.text == "القصف جاء \"ردا على الاعتداءات\""


def test_renewing_participle_after_a_comma_is_a_cue_but_again_is_an_adverb(quotes_of):
    text = ("وقال الوزير إن المفاوضات تعثرت مجددا الأسبوع الماضي. "
            "وأبلغ المسؤول السفير رفض بلاده للقرار، مجددا الدعوة إلى \"الحوار المباشر\".")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وقال").content.text == "المفاوضات تعثرت مجددا الأسبوع الماضي"
    assert by_cue(quotes, "مجددا").cue.lemma == "جدد"


def test_in_accordance_with_the_law_is_no_source(quotes_of):
    text = "وقالت الحكومة إنها ستتصرف وفق أحكام القانون الدولي."
    q = only(quotes_of(text))
    assert q.cue.text == "وقالت" and q.content.text == "ستتصرف وفق أحكام القانون الدولي"
