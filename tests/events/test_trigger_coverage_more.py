"""Trigger coverage, third set: invasions, strikes by drones, dismantled cells, seized contraband, refusals
to comply, and the same words where they report no event (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _types(pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline(text, date="2024-06-10").events}


ONE_EVENT = [
    ("ASSAULT", "واجتاحت القوات الإسرائيلية مدينة رفح من محاورها الشرقية."),
    ("ASSAULT", "واستُهدفت قافلة عسكرية أمريكية بعبوة ناسفة على طريق المطار."),
    ("ASSAULT", "وشنت جماعة الشباب هجوما على قاعدة للجيش الصومالي في إقليم شبيلي."),
    ("ASSAULT", "وقصفت البحرية الأمريكية مواقع للحوثيين في محافظة الحديدة."),
    ("ASSAULT", "ومنذ الصباح تقصف المدفعية التركية قرى ريف عفرين."),
    ("ASSAULT", "وضربت طائرة مسيرة مستودعا للأسلحة في قاعدة جوية روسية."),
    ("ASSAULT", "وأطلقت إيران عشرات الصواريخ الباليستية باتجاه إسرائيل."),
    ("COERCE", "وفككت الأجهزة الأمنية المغربية خلية إرهابية تتكون من خمسة عناصر."),
    ("COERCE", "وضبطت السلطات الجمركية شحنة من الأسلحة المهربة في ميناء الحديدة."),
    ("COERCE", "واعتقلت السلطات الباكستانية رئيس الوزراء السابق عمران خان."),
    ("COERCE", "وسيطرت قوات الدعم السريع على مدينة ود مدني."),
    ("COERCE", "واستولى المسلحون على مخازن الأسلحة التابعة للجيش."),
    ("COERCE", "وأُوقف الصحفي في مطار القاهرة لدى عودته من الخارج."),
    ("PROTEST", "ونظم المئات مسيرة احتجاجية في شوارع الخرطوم منددين بالانقلاب."),
    ("PROTEST", "ويواصل المزارعون احتجاجاتهم أمام مقر الحكومة لليوم الرابع."),
    ("PROTEST", "وتجمع عشرات المحتجين أمام مقر البرلمان الأردني."),
    ("THREATEN", "وحذرت الخارجية الروسية واشنطن من عواقب إرسال صواريخ بعيدة المدى إلى كييف."),
    ("REQUEST", "ويطالب المحتجون بإقالة وزير الداخلية ومحاسبة المسؤولين."),
    ("REQUEST", "ودعا البابا إلى وقف القتال في السودان."),
    ("REQUEST", "وطالب البرلمان الأوروبي بفرض عقوبات على المسؤولين الإيرانيين."),
    ("ACCUSE", "وتتهم إسرائيل حزب الله بتخزين أسلحة في مناطق سكنية."),
    ("ACCUSE", "ودانت وزارة الخارجية الأردنية إعدام السلطات الإيرانية معارضين."),
    ("AGREE", "وتعهدت الدول المانحة بتقديم ملياري دولار لإعادة إعمار السودان."),
    ("CONSULT", "وسيزور ولي العهد السعودي باريس الشهر المقبل."),
    ("CONSULT", "والتقى المبعوث الأممي قادة الأحزاب الليبية في طرابلس."),
    ("CONSULT", "وتستضيف القاهرة جولة جديدة من المحادثات بين الفصائل الفلسطينية."),
    ("SUPPORT", "وأعلنت واشنطن تأييدها للمبادرة السعودية."),
    ("AID", "وأرسلت تركيا طائرتين محملتين بالمساعدات الإنسانية إلى غزة."),
    ("AID", "وقدم الاتحاد الأوروبي منحة بقيمة خمسين مليون يورو لدعم اللاجئين في الأردن."),
    ("RETREAT", "وأُفرج عن الناشط الحقوقي بعد عامين في السجن."),
    ("RETREAT", "وأعلن الجيش السوداني انسحابه من مدينة ود مدني."),
    ("RETREAT", "وسحبت الولايات المتحدة حاملة الطائرات من شرق المتوسط."),
    ("RETREAT", "وخففت إسرائيل القيود على دخول البضائع إلى القطاع."),
    ("SANCTION", "وجمد البنك الدولي تمويل مشاريعه في أفغانستان."),
    ("SANCTION", "وقطعت نيكاراغوا علاقاتها الدبلوماسية مع إسرائيل."),
    ("MOBILIZE", "واستنفرت القوات العراقية على الحدود مع سوريا."),
    ("MOBILIZE", "وحشدت الفصائل المسلحة مقاتليها على أطراف المدينة."),
    ("REJECT", "وامتنعت الحكومة عن تنفيذ قرار المحكمة."),
    ("REJECT", "ورفض مجلس الأمن مشروع القرار الروسي."),
    ("COOPERATE", "ونفذت القوات العراقية والأمريكية دوريات مشتركة على الحدود."),
]


@pytest.mark.parametrize(("etype", "text"), ONE_EVENT)
def test_one_event_sentence_has_its_type_only(events_pipeline, etype, text):
    assert _types(events_pipeline, text) == {etype}, text


WITH_OTHER_EVENTS = [
    ("THREATEN", "وهدد زعيم الجماعة باستئناف الهجمات إذا لم ترفع الحكومة الحصار."),  # also ASSAULT, RETREAT
    ("ACCUSE", "وندد الاتحاد الأوروبي بالهجوم على مقر البعثة الأممية."),  # also ASSAULT
    ("AGREE", "واقترحت مصر هدنة لمدة يومين لتبادل الأسرى."),  # also RETREAT
    ("SUPPORT", "وأشاد الأمين العام للأمم المتحدة بدور قطر في الوساطة."),  # also CONSULT
    ("CONCEDE", "وتنحى الرئيس عن منصبه تحت ضغط الاحتجاجات."),  # also PROTEST
]


@pytest.mark.parametrize(("etype", "text"), WITH_OTHER_EVENTS)
def test_main_event_type_is_found(events_pipeline, etype, text):
    assert etype in _types(events_pipeline, text), text


# (type that must NOT be found, sentence): an example given, an earthquake, an abstention, restraint, a
# heatwave, a product recall
NOT_AN_EVENT = [
    ("COERCE", "وأعلنت الشركة وقف إنتاج الطراز القديم من سياراتها الكهربائية."),
    ("ACCUSE", "وحققت البورصة المصرية مكاسب قوية في ختام تعاملات الأسبوع."),
    ("SANCTION", "ورفع البنك المركزي سعر الفائدة بمقدار نصف نقطة مئوية."),
    ("COERCE", "وحل الفريق الأهلي في المركز الثاني في ترتيب الدوري."),
    ("COERCE", "وضبط المهندسون إعدادات الشبكة لتحسين سرعة الإنترنت."),
    ("ASSAULT", "وضرب الوزير مثالا بتجربة سنغافورة في مكافحة الفساد."),
    ("ASSAULT", "وضرب زلزال بقوة ست درجات جنوب تركيا فجر اليوم."),
    ("REJECT", "وامتنعت الصين عن التصويت على مشروع القرار."),
    ("COERCE", "ودعت الأمم المتحدة الطرفين إلى ضبط النفس."),
    ("ASSAULT", "واجتاحت موجة من الحر الشديد دول جنوب أوروبا."),
    ("RETREAT", "وسحبت الشركة منتجاتها من الأسواق بعد اكتشاف عيب مصنعي."),
]


@pytest.mark.parametrize(("etype", "text"), NOT_AN_EVENT)
def test_same_word_no_event(events_pipeline, etype, text):
    assert etype not in _types(events_pipeline, text), text


def test_a_stabbing_with_a_place_after_the_victims_stays_an_attack(events_pipeline):
    # the sense-changing في of طعن في الحكم counts only right after the verb and its subject
    assert "ASSAULT" in _types(events_pipeline, "وطعن مهاجم ثلاثة أشخاص في محطة القطارات.")
    assert "ASSAULT" not in _types(events_pipeline, "وطعن المحامي في الحكم أمام محكمة الاستئناف.")
