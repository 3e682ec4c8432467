"""Targets the verb's frame puts out of the usual object slot: the warned party inside a warning's
"that" clause, other than the warner's own state."""

from __future__ import annotations

from marsad.pipeline import default_pipeline


def _events(text: str, etype: str):
    return [e for e in default_pipeline()(text, date="2024-03-02").events if e.type == etype]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_the_warned_party_is_inside_the_that_clause_and_not_the_warners_own_state():
    text = ("وحذر وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي بأنقرة من أن تركيا سترد بقوة "
            "إذا واصلت اليونان عسكرة الجزر القريبة من سواحلها.")
    warnings = _events(text, "THREATEN")
    assert warnings and _code(warnings[0].source) == "TUR GOV"
    assert _code(warnings[0].target) == "GRC"


def test_a_warning_that_names_only_another_state_targets_it():
    text = "وكانت باريس قد حذرت الأسبوع الماضي من أن كل الخيارات مطروحة لمنع روسيا من التقدم نحو مولدوفا."
    warnings = _events(text, "THREATEN")
    assert warnings and _code(warnings[0].target) == "RUS"


def test_a_warning_about_the_warners_own_state_alone_has_no_other_target():
    text = "وحذر الرئيس الإيراني من أن إيران لن تتخلى عن حقوقها النووية تحت أي ظرف."
    warnings = _events(text, "THREATEN")
    assert warnings and warnings[0].target is None


def test_a_masculine_verb_takes_the_feminine_capital_after_it_as_its_object():
    text = ("ونفى المتحدث باسم الخارجية السودانية أن تكون الخرطوم قد أرسلت أسلحة إلى الحدود، "
            "ودعا القاهرة إلى وقف الحملات الإعلامية.")
    calls = [e for e in _events(text, "REQUEST") if e.trigger.text == "ودعا"]
    assert calls and _code(calls[0].target) == "EGY GOV"
    assert _code(calls[0].source) != "EGY GOV"


def test_a_feminine_verb_keeps_the_capital_after_it_as_its_subject():
    text = "ودعت القاهرة الأطراف السودانية إلى وقف إطلاق النار فورا."
    calls = _events(text, "REQUEST")
    assert calls and _code(calls[0].source) == "EGY GOV"


def test_a_masculine_country_after_a_masculine_verb_stays_the_subject():
    text = "ودعا العراق جيرانه إلى احترام سيادته ووقف الضربات عبر الحدود."
    calls = _events(text, "REQUEST")
    assert calls and calls[0].source is not None and calls[0].source.code.startswith("IRQ")


def test_a_welcome_of_a_thing_done_by_a_state_targets_that_state():
    text = "ورحبت طهران في بيان بالموقف الصيني، ودعت إلى حل سياسي للأزمة."
    welcomes = _events(text, "SUPPORT")
    assert welcomes and _code(welcomes[0].source) == "IRN GOV"
    assert _code(welcomes[0].target) == "CHN"


def test_a_condemned_thing_with_no_owner_gives_no_target():
    text = "وندد وزير الخارجية الأردني أيمن الصفدي بالهجوم الإرهابي على الحافلة."
    condemnations = _events(text, "ACCUSE")
    assert condemnations and condemnations[0].target is None


def test_a_summoned_diplomat_is_the_target_of_the_summons_verb_and_noun():
    text = "واستدعت وزارة الخارجية المغربية السفير الفرنسي في الرباط لإبلاغه احتجاج المملكة."
    summons = _events(text, "ACCUSE")
    assert summons and _code(summons[0].source) == "MAR GOV" and _code(summons[0].target) == "FRA GOV"
    text = "وردت الجزائر باستدعاء السفير المغربي احتجاجا على التصريحات."
    summons = _events(text, "ACCUSE")
    assert summons and _code(summons[0].source) == "DZA" and _code(summons[0].target) == "MAR GOV"


def test_a_visit_to_a_city_targets_the_one_met_there():
    text = "ويتوجه وزير الخارجية الأميركي أنتوني بلينكن غدا إلى جدة للقاء ولي العهد السعودي الأمير محمد بن سلمان."
    visits = [e for e in default_pipeline()(text, date="2024-03-02").events if e.mode == "visit"]
    assert visits and _code(visits[0].source) == "USA GOV"
    assert _code(visits[0].target) == "SAU GOV"


def test_a_visit_to_a_capital_keeps_the_capital_as_host():
    text = "ويزور الرئيس التركي رجب طيب أردوغان القاهرة الأسبوع المقبل للقاء رجال أعمال مصريين."
    visits = [e for e in default_pipeline()(text, date="2024-03-02").events if e.mode == "visit"]
    assert visits and _code(visits[0].target) == "EGY GOV"


def test_a_meeting_that_brought_two_people_together_has_both_as_parties():
    text = ("وجاء ذلك بعد لقاء جمع وزير الخارجية السعودي فيصل بن فرحان بنظيره الإيراني عباس عراقجي "
            "في الرياض.")
    meetings = [e for e in _events(text, "CONSULT") if e.trigger.text == "لقاء"]
    assert meetings and _code(meetings[0].source) == "SAU GOV" and _code(meetings[0].target) == "IRN GOV"


def test_an_act_in_coordination_with_someone_is_done_by_the_clauses_doer():
    text = ("وأعلن الجيش العراقي أن قواته نفذت عملية أمنية واسعة بالتنسيق مع قوات البيشمركة "
            "في أطراف كركوك.")
    joint = [e for e in _events(text, "COOPERATE") if e.trigger.text == "بالتنسيق"]
    assert joint and _code(joint[0].source) == "IRQ MIL"


def test_the_pronoun_of_a_visit_noun_in_reported_words_is_the_speaker():
    text = ("وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن الوضع الصحي في غزة كارثي. "
            "وأضاف أن زيارته المقبلة إلى القاهرة ستتم خلال أيام لبحث إدخال الإمدادات الطبية.")
    visits = [e for e in _events(text, "CONSULT") if e.trigger.text == "زيارته"]
    assert visits and _code(visits[0].source) == "IGO"
    assert _code(visits[0].target) == "EGY GOV"


def test_the_object_is_not_sought_past_a_time_clause():
    text = "واعتقلت الشرطة التونسية أمس سائق الشاحنة بعد مواجهات مع عناصر الحرس الوطني في القصرين."
    arrests = [e for e in _events(text, "COERCE") if e.trigger.text == "واعتقلت"]
    assert arrests and _code(arrests[0].source) == "TUN COP"
    assert arrests[0].target is None or "الحرس" not in arrests[0].target.text
