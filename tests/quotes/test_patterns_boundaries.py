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
