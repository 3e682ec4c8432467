"""Reporting verbs, participles and passives of Arabic news, on sentences written for these tests."""

from __future__ import annotations

from tests.quotes.test_detect import by_cue
from tests.quotes.test_patterns import only


def test_saying_participle_after_the_verb_leaves_the_verb_as_cue(quotes_of):
    text = "وأضاف رئيس الاتحاد قائلا: \"لن نوقع أي اتفاق لا يحفظ حقوق العمال\"."
    q = only(quotes_of(text))
    assert q.cue.text == "وأضاف" and q.speaker.text == "رئيس الاتحاد"
    assert q.kind == "direct" and q.content.text == "لن نوقع أي اتفاق لا يحفظ حقوق العمال"


def test_saying_participle_after_a_clause_is_its_own_cue(quotes_of):
    text = "ودافع الوزير عن خطة التقشف أمام النواب، قائلا إن البلاد \"لا تملك خيارا آخر\"."
    q = only(quotes_of(text))
    assert q.cue.text == "قائلا"
    assert q.speaker.text == "الوزير"


def test_passive_report_does_not_take_the_previous_speaker(quotes_of):
    text = ("وقال المحافظ إن الطرق الرئيسية أغلقت بسبب السيول. "
            "وأفيد بأن فرق الإنقاذ انتشلت جثتين من مجرى الوادي.")
    quotes = quotes_of(text)
    passive = by_cue(quotes, "وأفيد")
    assert passive.speaker is None
    assert passive.content.text == "فرق الإنقاذ انتشلت جثتين من مجرى الوادي"
    assert by_cue(quotes, "وقال").speaker.text == "المحافظ"


def test_attributed_to_a_source_with_ila(quotes_of):
    text = "ونسبت الإذاعة الرسمية إلى مسؤول في الجمارك قوله إن الشحنة ضبطت في ميناء العقبة."
    q = only(quotes_of(text))
    assert q.speaker.text == "مسؤول في الجمارك"
    assert q.channel.text == "الإذاعة الرسمية"
    assert q.content.text == "الشحنة ضبطت في ميناء العقبة"


def test_ila_without_saying_is_no_relay(quotes_of):
    text = "وتنسب الحكومة إلى المعارضة مسؤولية تعطيل المشاريع منذ سنوات."
    assert quotes_of(text) == []


def test_reported_and_explained_verbs(quotes_of):
    text = ("وأوردت الوكالة الرسمية أن الأمطار ألحقت أضرارا بمئات المنازل. "
            "وبينت الهيئة أن نسبة الامتلاء في السدود تجاوزت النصف، مبينة أن الموسم الزراعي سيكون جيدا.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وأوردت").content.text == "الأمطار ألحقت أضرارا بمئات المنازل"
    assert by_cue(quotes, "وبينت").speaker.text == "الهيئة"
    participle = by_cue(quotes, "مبينة")
    assert participle.speaker.text == "الهيئة"
    assert participle.content.text == "الموسم الزراعي سيكون جيدا"


def test_named_witness_is_not_a_claim(quotes_of):
    text = "وقال مزارع يدعى أحمد الصالح إن المياه غمرت أرضه بالكامل."
    q = only(quotes_of(text))
    assert q.cue.text == "وقال"
    assert q.content.text == "المياه غمرت أرضه بالكامل"


def test_claim_verb_in_present_tense_is_still_a_cue(quotes_of):
    text = "وتدعي الشركة أن التسرب النفطي لم يصل إلى الشاطئ."
    q = only(quotes_of(text))
    assert q.cue.text == "وتدعي" and q.speaker.text == "الشركة"


def test_participle_after_a_non_speech_clause_takes_its_described_subject(quotes_of):
    text = ("وانتقد رئيس الغرفة التجارية قرار رفع الرسوم، معتبرا أنه سيضر بصغار التجار. "
            "وزار الوزير مخيم النازحين في المدينة، مؤكدا أن المساعدات ستصل تباعا.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "معتبرا").speaker.text == "رئيس الغرفة التجارية"
    assert by_cue(quotes, "مؤكدا").speaker.text == "الوزير"


def test_quotation_inside_an_earlier_content_is_not_taken_again(quotes_of):
    text = "وأكدت الرئاسة أن الحكومة تتابع الملف \"باهتمام شديد\" وتدعو المواطنين إلى التهدئة."
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].cue.text == "وأكدت"


def test_hinting_estimating_warning_and_believing_verbs(quotes_of):
    text = ("وألمح رئيس الوزراء إلى أن الحكومة قد تستقيل. "
            "ورجح دبلوماسي عربي أن تؤجل القمة إلى الخريف. "
            "ونبه الأطباء إلى أن المضادات الحيوية تنفد. "
            "ويعتقد خبراء أن الجفاف سيطول.")
    quotes = quotes_of(text)
    assert [q.cue.text for q in quotes] == ["وألمح", "ورجح", "ونبه", "ويعتقد"]
    assert [q.speaker.text for q in quotes] == ["رئيس الوزراء", "دبلوماسي عربي", "الأطباء", "خبراء"]
    assert by_cue(quotes, "ورجح").cue.stance == "estimate"


def test_impersonal_belief_takes_no_earlier_speaker(quotes_of):
    text = "وقال قائد الشرطة إن التحقيق جار. ويعتقد أن المهاجمين فروا إلى الجبال."
    q = by_cue(quotes_of(text), "ويعتقد")
    assert q.speaker is None and q.content.text == "المهاجمين فروا إلى الجبال"


def test_belief_hedge_inside_a_clause_is_no_quote(quotes_of):
    text = "وحلقت طائرات مسيرة يعتقد أنها إيرانية الصنع فوق القاعدة."
    assert quotes_of(text) == []


def test_told_the_press_without_a_preposition(quotes_of):
    text = "وأخبر مسؤول محلي الصحفيين أن الجسر سيعاد فتحه خلال أيام."
    q = only(quotes_of(text))
    assert q.speaker.text == "مسؤول محلي" and q.channel.text == "الصحفيين"


def test_tweeted_and_narrated(quotes_of):
    text = ("وغرد النائب على حسابه في إكس أن \"الشعب قال كلمته\". "
            "وروت إحدى الناجيات أن المياه دخلت المنازل خلال دقائق.")
    quotes = quotes_of(text)
    assert by_cue(quotes, "وغرد").kind == "direct"
    assert by_cue(quotes, "وروت").speaker.text == "إحدى الناجيات"


def test_highlighting_participle_of_maghreb_copy(quotes_of):
    text = "وأوضح الوزير أن المحادثات تناولت ملف الطاقة، مبرزا أن البلدين \"شريكان موثوقان\"."
    quotes = quotes_of(text)
    assert by_cue(quotes, "وأوضح").content.text == "المحادثات تناولت ملف الطاقة"
    assert by_cue(quotes, "مبرزا").kind == "mixed"


def test_participle_as_a_predicate_stays_inside_the_content(quotes_of):
    text = "وقالت النائبة إن الحكومة مطالبة بتوضيح موقفها من الاتفاق."
    q = only(quotes_of(text))
    assert q.content.text == "الحكومة مطالبة بتوضيح موقفها من الاتفاق"
