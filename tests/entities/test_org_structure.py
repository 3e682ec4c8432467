"""Organisations found by their structure (head + complement), not by a lexicon: where the name
ends and what it holds (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("entities",))


def _orgs(pipe, text: str) -> dict[str, tuple[str | None, str | None]]:
    art = pipe(text)
    return {m.text: (e.country, e.sector) for e in art.entities if e.type == "ORG" for m in e.mentions}


def test_a_relation_participle_ends_the_name(pipe):
    orgs = _orgs(pipe, "وأعلنت جبهة التحرير الشعبية المدعومة من طهران مسؤوليتها عن الهجوم.")
    assert "جبهة التحرير الشعبية" in orgs
    assert not any("المدعومة" in name for name in orgs)


def test_a_unit_named_by_its_number(pipe):
    orgs = _orgs(pipe, "واتهم المتحدث عناصر من اللواء 77 بمهاجمة نقطة التفتيش.")
    assert "اللواء 77" in orgs


def test_a_body_named_after_its_parent_ends_before_it(pipe):
    # the council of a known body: the known body is the mention, not "المجلس التنفيذي ل…"
    orgs = _orgs(pipe, "وصادق المجلس التنفيذي لصندوق النقد الدولي على القرض الجديد.")
    assert "صندوق النقد الدولي" in orgs
    assert not any(name.startswith("المجلس") for name in orgs)
    # the same for a head naming its country after ل
    orgs = _orgs(pipe, "وقرر المجلس المركزي لمصرف سوريا رفع سعر الفائدة.")
    assert "مصرف سوريا" in orgs
    assert not any(name.startswith("المجلس") for name in orgs)


def test_a_mission_of_an_international_body_with_its_place(pipe):
    orgs = _orgs(pipe, "وقالت بعثة الاتحاد الأفريقي للمراقبة في دارفور إن الهدنة صامدة.")
    assert orgs.get("بعثة الاتحاد الأفريقي للمراقبة في دارفور") == (None, "IGO")
    orgs = _orgs(pipe, "وطالبت بعثة الأمم المتحدة لمساعدة العراق بالتهدئة.")
    assert orgs.get("بعثة الأمم المتحدة لمساعدة العراق") == (None, "IGO")


def test_a_command_with_nationality_and_region(pipe):
    orgs = _orgs(pipe, "وقالت القيادة الفرنسية في أفريقيا إن طائراتها عادت إلى قواعدها.")
    assert orgs.get("القيادة الفرنسية في أفريقيا", (None, None))[0] == "FRA"


def test_a_court_with_its_city(pipe):
    orgs = _orgs(pipe, "وقضت المحكمة الابتدائية بصفاقس بسجن المتهمين خمس سنوات.")
    assert "المحكمة الابتدائية بصفاقس" in orgs


def test_a_quoted_name_after_its_head_or_description(pipe):
    orgs = _orgs(pipe, 'واتهم ناشطون فصيل "أحرار الجبل" باعتقال ثلاثة مدنيين في القرية.')
    assert "أحرار الجبل" in orgs
    assert not any(name.startswith("فصيل") for name in orgs)
    orgs = _orgs(pipe, 'وقالت شركة الكهرباء الوطنية "كهرماء" إن الأعطال أصلحت.')
    assert orgs.get("كهرماء", (None, None))[1] == "BUS"
    # a quotation after forces is what they said, not their name
    orgs = _orgs(pipe, 'وأكد أن قوات الحرس الوطني "ستتدخل بحزم" إذا استمر القتال.')
    assert not any("ستتدخل" in name for name in orgs)


def test_the_medium_a_statement_was_given_to(pipe):
    orgs = _orgs(pipe, 'وقال مسؤول في الوزارة لـ"الوطن" إن المفاوضات متعثرة.')
    assert orgs.get("الوطن") == (None, "MED")
    orgs = _orgs(pipe, 'وأوضح النائب في تصريح لـ«المدى»، أن الجلسة أجلت.')
    assert "المدى" in orgs
    # a quoted phrase after ل with no statement around it is no medium
    orgs = _orgs(pipe, 'ودعا إلى التحرك لـ"إنهاء الوجود الأجنبي" في البلاد.')
    assert not orgs


def test_the_agency_of_a_dateline(pipe):
    orgs = _orgs(pipe, "نابلس (وفا) - أصيب ثلاثة شبان برصاص المستوطنين أمس.")
    assert "وفا" in orgs
    assert not _orgs(pipe, "تونس (وكالات) - قررت المحكمة تأجيل القضية.")


def test_a_national_body_takes_the_country_the_article_is_about(pipe):
    text = ("بغداد - أعلنت وزارة النقل الاتحادية أمس استئناف الرحلات بين بغداد والبصرة، "
            "فيما قالت بعثة الأمم المتحدة لمساعدة العراق إن الوضع في العراق يتحسن.")
    orgs = _orgs(pipe, text)
    assert orgs["وزارة النقل الاتحادية"][0] == "IRQ"
    assert orgs["بعثة الأمم المتحدة لمساعدة العراق"][0] is None  # an international body has none


def test_no_country_is_guessed_when_two_states_share_the_article(pipe):
    text = "وقالت وزارة النقل الاتحادية إن الطرق بين ألمانيا والنمسا أغلقت، وإن الثلوج عمت ألمانيا والنمسا."
    assert _orgs(pipe, text)["وزارة النقل الاتحادية"][0] is None


def test_a_bank_named_by_its_country_keeps_its_adjective_even_after_a_title(pipe):
    orgs = _orgs(pipe, "وعين المجلس نائبا جديدا لمحافظ مصرف سوريا المركزي أمس.")
    assert orgs.get("مصرف سوريا المركزي", (None, None))[0] == "SYR"


def test_a_phrase_after_a_two_word_head_and_security_is_no_name_alone(pipe):
    orgs = _orgs(pipe, "وأعلنت المديرية العامة للأمن الوطني توقيف عشرة أشخاص، وقال خبراء إن الأمن الغذائي مهدد.")
    assert orgs.get("المديرية العامة للأمن الوطني", (None, None))[1] == "COP"
    assert "الأمن الغذائي" not in orgs


def test_the_sector_comes_from_the_words_of_the_name(pipe):
    orgs = _orgs(pipe, "وقالت وزارة الدفاع الجزائرية إن وزارة الداخلية الجزائرية ومجلس الأمن القومي التركي اجتمعوا.")
    assert orgs["وزارة الدفاع الجزائرية"] == ("DZA", "MIL")
    assert orgs["وزارة الداخلية الجزائرية"] == ("DZA", "COP")
    assert orgs["مجلس الأمن القومي التركي"][1] != "COP"  # a council keeps its own sector


def test_an_institution_named_without_its_country_belongs_to_the_article(pipe):
    text = ("عمان - صوت مجلس النواب الأردني أمس على الموازنة، وقال رئيس مجلس النواب إن النقاش في "
            "عمان كان طويلا، فيما أكد المصرف المركزي أن الاحتياطي في الأردن مستقر.")
    art = pipe(text)
    bodies = {m.text: e for e in art.entities if e.type == "ORG" for m in e.mentions}
    assert bodies["المصرف المركزي"].country == "JOR"
    # after the title that names the office, the body is part of the title
    office = text.index("رئيس مجلس النواب") + len("رئيس ")
    assert all(m.start != office for e in art.entities for m in e.mentions)


def test_an_indefinite_head_in_construct_with_a_verbal_noun(pipe):
    orgs = _orgs(pipe, "وقالت هيئة مكافحة الفساد الأردنية إنها أحالت ملفين إلى القضاء.")
    assert orgs.get("هيئة مكافحة الفساد الأردنية", (None, None))[0] == "JOR"
    orgs = _orgs(pipe, "وأعلن جهاز مكافحة التهريب غير المشروع ضبط شحنة.")
    assert "جهاز مكافحة التهريب غير المشروع" in orgs
    # a verb after a head that is also a verb (تجمع = gathered) starts no name
    orgs = _orgs(pipe, "وتجمع عشرات المتظاهرين أمام البرلمان.")
    assert not any(name.startswith("تجمع") for name in orgs)


def test_a_nationality_after_a_place_inside_the_name(pipe):
    orgs = _orgs(pipe, "ووقعت شركة نفط البصرة العراقية عقدا جديدا.")
    assert orgs.get("شركة نفط البصرة العراقية", (None, None))[0] == "IRQ"


def test_a_verbal_noun_and_a_broken_plural_complete_an_indefinite_head(pipe):
    orgs = _orgs(pipe, "وأكدت شركة توزيع الكهرباء (توزيع) أن الأعطال أصلحت.")
    assert "شركة توزيع الكهرباء" in orgs
    orgs = _orgs(pipe, "وقالت تنسيقية لجان الأحياء في حمص إن القصف استمر.")
    assert "تنسيقية لجان الأحياء في حمص" in orgs


def test_a_state_broadcaster_named_by_its_country(pipe):
    orgs = _orgs(pipe, "وقال الوزير في مقابلة مع إذاعة الجزائر إن الحوار سيستأنف.")
    assert orgs.get("إذاعة الجزائر") == ("DZA", "MED")


def test_an_acronym_that_is_also_a_word_and_a_co_ordinated_complement(pipe):
    orgs = _orgs(pipe, "وأعلن حزب الاتحاد الوطني للتقدم والعدالة (تقدم) مقاطعة الانتخابات.")
    assert "تقدم" in orgs
    orgs = _orgs(pipe, "وقال إن جهاز الاستخبارات والأمن الوطني اعتقل ثلاثة مطلوبين.")
    assert "جهاز الاستخبارات والأمن الوطني" in orgs


def test_an_alliance_word_stays_outside_a_definite_name(pipe):
    orgs = _orgs(pipe, "واستقبل الرئيس الأمين العام لحلف الناتو في القصر.")
    assert "الناتو" in orgs and "حلف الناتو" not in orgs


def test_english_names_of_bodies_found_by_their_structure(pipe):
    art = pipe("وقالت بعثة الأمم المتحدة للدعم في ليبيا إن المحادثات ستستأنف، وأكد مصرف ليبيا المركزي "
               "أن الرواتب ستصرف.")
    names = {e.name: e.name_en for e in art.entities if e.type == "ORG"}
    assert "United Nations" in names["بعثة الأمم المتحدة للدعم في ليبيا"]
    assert names["مصرف ليبيا المركزي"].count("Libya") == 1  # the country is said once


def test_technical_phrases_after_a_head_word_are_no_organisations(pipe):
    orgs = _orgs(pipe, "وأدى القصف إلى انقطاع التيار الكهربائي وتوقف حركة الملاحة، فيما اعترضت أنظمة الدفاع "
                       "الجوي صاروخين.")
    assert not orgs
    # the same heads still name bodies: التيار الوطني الحر is a party
    orgs = _orgs(pipe, "وانتقد التيار الصدري قرار الحكومة العراقية.")
    assert "التيار الصدري" in orgs


def test_a_bank_named_only_by_its_country_is_the_central_bank(pipe):
    orgs = _orgs(pipe, "وقال بنك إسرائيل إنه أبقى سعر الفائدة دون تغيير، بينما رفع بنك الكويت الوطني أرباحه.")
    assert orgs.get("بنك إسرائيل", (None, None))[1] == "GOV"
    assert orgs.get("بنك الكويت الوطني", (None, None))[1] == "BUS"


def test_a_movement_is_an_armed_group_when_its_sentence_speaks_of_fighting(pipe):
    art = pipe("وتبنت حركة المقاومة الشعبية الهجوم بالصواريخ على المعسكر.")
    movement = next(e for e in art.entities if e.type == "ORG")
    assert movement.name == "حركة المقاومة الشعبية"  # the object after the adjective is left out
    assert movement.sector == "REB"
    art = pipe("وفازت حركة النهضة الشعبية بأغلبية المقاعد في الانتخابات البلدية.")
    assert next(e for e in art.entities if e.type == "ORG").sector == "PTY"


def test_brigades_are_an_armed_group(pipe):
    orgs = _orgs(pipe, "وأعلنت كتائب المقاومة الوطنية مسؤوليتها.")
    assert orgs.get("كتائب المقاومة الوطنية", (None, None))[1] == "REB"


def test_a_news_agency_named_after_news(pipe):
    orgs = _orgs(pipe, "وذكرت وكالة أنباء الشرق اليوم أن المعبر أغلق.")
    assert orgs.get("وكالة أنباء الشرق", (None, None))[1] == "MED"
