"""Common news event words in their usual inflections (sentences written for these tests)."""

from __future__ import annotations

import pytest

CASES = [
    ("واستدعت وزارة الخارجية الجزائرية السفير الفرنسي لديها احتجاجا على تصريحات وزير الداخلية.", "ACCUSE"),
    ("وسلمت الخارجية الأردنية السفير الإسرائيلي مذكرة احتجاج على الاعتداءات في القدس.", "ACCUSE"),
    ("وأكد وزير النفط أن بلاده جاهزة لاستئناف التصدير عبر الموانئ الجنوبية.", "AGREE"),
    ("وقالت وزارة الصحة إنها تسلمت شحنة من اللقاحات من منظمة الصحة العالمية.", "AID"),
    ("وأعلنت الحكومة أنها ستصرف تحويلات نقدية لنحو خمسين ألف أسرة متضررة من الفيضانات.", "AID"),
    ("ونفذت طائرات أردنية عملية إنزال مساعدات غذائية فوق شمال القطاع.", "AID"),
    ("وقالت النقابة إن إدارة المصنع لم تستجب لمطالب العمال منذ شهرين.", "CONCEDE"),
    ("ونفذ عشرات المعلمين اعتصاما أمام مقر وزارة التربية في الخرطوم.", "PROTEST"),
    ("وتجمع مئات المزارعين أمام البرلمان مطالبين بتعويضات عن خسائر الجفاف.", "REQUEST"),
    ("وخرج المتحدث العسكري في كلمة مصورة، متوعدا برد قاس على الهجوم.", "THREATEN"),
    ("وقال مسؤولون إن السلطات أجبرت مئات العائلات على مغادرة منازلها في المخيم.", "COERCE"),
    ("وتفرض السلطات قيودا على دخول الصحفيين الأجانب إلى الإقليم.", "COERCE"),
    ("ودفع الجيش بتعزيزات كبيرة نحو الحدود الشرقية للبلاد.", "MOBILIZE"),
    ("وأرسلت الحكومة الإماراتية طائرة محملة بعشرين طنا من المساعدات الطبية إلى بنغازي.", "AID"),
    ("وتفاقم التوتر بعد سحب الرباط سفيرها من العاصمة الفرنسية للتشاور.", "SANCTION"),
    ("وحذرت الأمم المتحدة من قطع المساعدات الغذائية عن مئات الآلاف من اللاجئين.", "SANCTION"),
    ("وأعلنت الجماعة تعليق عملياتها العسكرية ضد القوات الحكومية لمدة أسبوع.", "RETREAT"),
    ("وأوقفت الشرطة ثلاثة شبان بعد مواجهات مع قوات مكافحة الشغب في وسط المدينة.", "COERCE"),
    ("وأعادت السلطات فتح حاجز قلنديا أمام حركة المركبات صباح اليوم.", "RETREAT"),
    ("وقال الرئيس خلال لقائه وزير الخارجية البريطاني في قصر الرئاسة إن بلاده تريد السلام.", "CONSULT"),
    ("وحضر الاجتماع الذي عقد في الرياض وزراء خارجية دول الخليج.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), CASES)
def test_news_word_is_an_event(events_pipeline, text, etype):
    types = {e.type for e in events_pipeline(text, date="2024-06-10").events}
    assert etype in types, text


def test_delay_in_paying_salaries_is_not_aid(events_pipeline):
    types = {e.type for e in events_pipeline("ويحتج الموظفون على تأخر صرف رواتبهم منذ ثلاثة أشهر.",
                                             date="2024-06-10").events}
    assert "AID" not in types


def test_an_airborne_raid_is_not_an_aid_drop(events_pipeline):
    types = {e.type for e in events_pipeline(
        "وأعلن جهاز مكافحة الإرهاب اعتقال خمسة مسلحين في عملية إنزال جوي في صحراء الأنبار.",
        date="2024-06-10").events}
    assert "AID" not in types


MORE_CASES = [
    ("واستشهد شابان برصاص القوات الإسرائيلية في مدينة نابلس فجر اليوم.", "ASSAULT"),
    ("وهاتف الرئيس المصري نظيره الفرنسي أمس لبحث الأوضاع في غزة.", "CONSULT"),
    ("وأبرمت الحكومتان اتفاقا لتوريد الغاز الطبيعي لمدة عشر سنوات.", "SUPPORT"),
    ("واعتقلت الشرطة الناشط، قبل أن تطلق سراحه بكفالة مساء اليوم نفسه.", "RETREAT"),
    ("وتوغلت دبابات إسرائيلية في بلدة بيت حانون شمال القطاع.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), MORE_CASES)
def test_more_news_words_are_events(events_pipeline, text, etype):
    types = {e.type for e in events_pipeline(text, date="2024-06-10").events}
    assert etype in types, text


THIRD_CASES = [
    ("وقال المتحدث إن المقاومة لن تقبل بأي وجود عسكري أجنبي على أرض البلاد.", "REJECT"),
    ("وقبلت الحكومة السودانية دعوة الوساطة السعودية لاستئناف المحادثات.", "AGREE"),
    ("وهاجم النائب المعارض الحكومة في جلسة البرلمان، منتقدا سياستها الاقتصادية.", "ACCUSE"),
    ("وفرضت السلطات الإقامة الجبرية على زعيم المعارضة في منزله بالعاصمة.", "COERCE"),
    ("وحجبت السلطات مواقع إخبارية مستقلة عشية الانتخابات.", "COERCE"),
    ("وخففت الحكومة القيود المفروضة على حركة البضائع عبر المعبر.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), THIRD_CASES)
def test_still_more_news_words_are_events(events_pipeline, text, etype):
    types = {e.type for e in events_pipeline(text, date="2024-06-10").events}
    assert etype in types, text


def test_burning_homes_is_an_attack_and_burning_tyres_a_protest(events_pipeline):
    homes = {e.type for e in events_pipeline("وأحرق مستوطنون منازل فلسطينية في قرية ترمسعيا ليل أمس.",
                                             date="2024-06-10").events}
    tyres = {e.type for e in events_pipeline("وأضرم محتجون النار في إطارات مطاطية أمام مبنى المحافظة.",
                                             date="2024-06-10").events}
    assert "ASSAULT" in homes and "PROTEST" not in homes
    assert "PROTEST" in tyres


def test_needed_object_after_a_long_subject(events_pipeline):
    text = "ودفعت القيادة العامة التي يقودها المشير خليفة حفتر بتعزيزات كبيرة نحو مدينة غدامس."
    types = {e.type for e in events_pipeline(text, date="2024-06-10").events}
    assert "MOBILIZE" in types


def test_needed_object_still_has_to_be_near(events_pipeline):
    text = "وأرسل الوزير رسالة مطولة إلى نظيره شرح فيها موقف بلاده من نشر قوات أجنبية."
    found = [(e.type, e.trigger.text) for e in events_pipeline(text, date="2024-06-10").events]
    assert ("MOBILIZE", "وأرسل") not in found


def test_calling_an_act_an_aggression_is_an_accusation(events_pipeline):
    for text in ("واعتبرت الخارجية الإيرانية الغارة انتهاكا صارخا للسيادة السورية.",
                 "ووصف المتحدث باسم الحكومة القصف بأنه عدوان سافر على المدنيين."):
        types = {e.type for e in events_pipeline(text, date="2024-06-10").events}
        assert "ACCUSE" in types, text


def test_a_neutral_description_is_not_an_accusation(events_pipeline):
    types = {e.type for e in events_pipeline("ووصف الوزير المحادثات بأنها صريحة ومثمرة.",
                                             date="2024-06-10").events}
    assert "ACCUSE" not in types


def test_what_a_protest_calls_the_act_is_part_of_the_protest(events_pipeline):
    found = [(e.type, e.trigger.text) for e in events_pipeline(
        "واستدعت الخارجية السفير الفرنسي احتجاجا على ما وصفته بالتدخل في الشؤون الداخلية.",
        date="2024-06-10").events]
    assert ("ACCUSE", "وصفته") not in found


def test_granting_privileges_is_not_aid_but_a_granted_loan_is(events_pipeline):
    privileges = {e.type for e in events_pipeline(
        "وتتهم النيابة الوزير السابق بتبديد أموال عمومية ومنح امتيازات لرجال أعمال مقربين منه.",
        date="2024-06-10").events}
    loan = {e.type for e in events_pipeline("ومنح البنك الدولي الأردن قرضا بقيمة 500 مليون دولار.",
                                            date="2024-06-10").events}
    assert "AID" not in privileges
    assert "AID" in loan
