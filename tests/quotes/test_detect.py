"""The quotes stage on short news passages written for these tests."""

from __future__ import annotations

MINISTER = {"أيمن الصفدي": ("safadi", "PER", "Ayman Safadi"), "الصفدي": ("safadi", "PER", "Ayman Safadi")}


def by_cue(quotes, cue_text):
    found = [q for q in quotes if q.cue and q.cue.text == cue_text]
    assert found, f"no quote with cue {cue_text!r}: {[q.cue.text for q in quotes]}"
    return found[0]


def test_verb_subject_indirect_with_channel_and_entity(quotes_of):
    text = ("وقال وزير الخارجية الأردني أيمن الصفدي للصحافيين في عمان أمس الأحد إن بلاده لن تسمح "
            "باستخدام أراضيها منطلقا لأي هجوم. وتستضيف العاصمة اجتماعا وزاريا الأسبوع المقبل.")
    quotes = quotes_of(text, MINISTER)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "indirect"
    assert q.content.text == "بلاده لن تسمح باستخدام أراضيها منطلقا لأي هجوم"
    assert q.speaker.entity == "safadi" and q.speaker.name_en == "Ayman Safadi"
    assert q.speaker.text == "وزير الخارجية الأردني أيمن الصفدي"
    assert q.channel is not None and q.channel.text.startswith("للصحافيين")
    assert (q.cue.lemma, q.cue.stance) == ("قال", "neutral")
    for span in (q.content, q.cue, q.channel):
        assert text[span.start:span.end] == span.text


def test_implicit_speakers_take_the_previous_speaker(quotes_of):
    text = ("وقال الصفدي إن المحادثات كانت صريحة، مضيفا أن الطرفين اتفقا على مواصلة التنسيق الأمني. "
            "وأضاف أن عمان تنتظر ردا مكتوبا قبل نهاية الشهر. وتابع: «لا بديل عن الحل السياسي».")
    quotes = quotes_of(text, MINISTER)
    assert [q.kind for q in quotes] == ["indirect", "indirect", "indirect", "direct"]
    assert all(q.speaker and q.speaker.entity == "safadi" for q in quotes)
    assert quotes[0].content.text == "المحادثات كانت صريحة"
    assert by_cue(quotes, "مضيفا").content.text == "الطرفين اتفقا على مواصلة التنسيق الأمني"
    assert by_cue(quotes, "وتابع").content.text == "لا بديل عن الحل السياسي"


def test_direct_quote_over_two_sentences_and_content_first(quotes_of):
    text = ("وقالت المتحدثة باسم المفوضية أولغا سارادو: «الوضع على الحدود مأساوي. نحتاج إلى ممرات آمنة الآن». "
            "«لن نغادر هذه الأرض مهما طال الحصار»، قال أحد سكان المخيم.")
    quotes = quotes_of(text)
    assert len(quotes) == 2
    first, second = quotes
    assert first.kind == "direct"
    assert first.content.text == "الوضع على الحدود مأساوي. نحتاج إلى ممرات آمنة الآن"
    assert first.speaker.text == "المتحدثة باسم المفوضية أولغا سارادو"
    assert second.kind == "direct" and second.cue.text == "قال"
    assert second.content.text == "لن نغادر هذه الأرض مهما طال الحصار"
    assert second.speaker.text.startswith("أحد سكان المخيم")


def test_description_resolves_to_the_person_named_later(quotes_of):
    text = ("قال متحدث باسم الخارجية الإيرانية إن طهران تدرس الرد الأوروبي. "
            "وقال المتحدث ناصر كنعاني في مؤتمر صحفي \"لم نتلق أي مقترح جديد حتى الآن\".")
    ents = {"ناصر كنعاني": ("kanaani", "PER", "Nasser Kanaani")}
    quotes = quotes_of(text, ents)
    assert len(quotes) == 2
    assert quotes[0].speaker.text == "متحدث باسم الخارجية الإيرانية"
    assert quotes[0].speaker.entity == "kanaani"
    assert quotes[1].kind == "direct" and quotes[1].speaker.entity == "kanaani"
    assert quotes[1].channel.text == "في مؤتمر صحفي"


def test_relay_and_tell_channels(quotes_of):
    text = ("ونقلت وكالة الأنباء الألمانية عن مسؤول في الشرطة قوله إن ثلاثة أشخاص اعتقلوا. "
            "وأبلغ مصدر أمني عراقي رويترز أن الهجوم استهدف رتلا للدعم اللوجستي قرب الحدود.")
    quotes = quotes_of(text)
    relay, tell = quotes
    assert relay.channel.text == "وكالة الأنباء الألمانية"
    assert relay.speaker.text == "مسؤول في الشرطة" or relay.speaker.text == "مسؤول"
    assert relay.content.text == "ثلاثة أشخاص اعتقلوا"
    assert tell.speaker.text == "مصدر أمني عراقي"
    assert tell.channel.text == "رويترز"
    assert tell.content.text == "الهجوم استهدف رتلا للدعم اللوجستي قرب الحدود"


def test_according_phrases_before_and_after(quotes_of):
    text = ("قتل سبعة أشخاص في انفجار سيارة مفخخة وسط المدينة، بحسب ما أفادت مصادر طبية. "
            "وبحسب وزارة الصحة، ارتفع عدد المصابين إلى ٣٠ شخصا. وتسير الأعمال وفق الخطة المرسومة.")
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["according", "according"]
    assert quotes[0].content.text == "قتل سبعة أشخاص في انفجار سيارة مفخخة وسط المدينة"
    assert quotes[0].speaker.text == "مصادر طبية"
    assert quotes[1].content.text == "ارتفع عدد المصابين إلى ٣٠ شخصا"
    assert quotes[1].speaker.text == "وزارة الصحة"


def test_negated_speech_and_calls_without_quotes_are_not_quotes(quotes_of):
    text = ("ولم يدل الوزير بأي تصريحات لدى وصوله. ولم يقل المسؤول إن الاتفاق انهار. "
            "ودعا الأمين العام الطرفين إلى الحوار.")
    assert quotes_of(text) == []


def test_mixed_quote_stance_and_cut_at_the_next_cue(quotes_of):
    text = ("ونفى الجيش أن تكون قواته قد استهدفت مدنيين، مؤكدا أنها ردت على \"مصادر النيران\" فقط. "
            "وحذرت المنظمة من أن الوضع الإنساني \"قد يخرج عن السيطرة\" خلال أيام.")
    quotes = quotes_of(text)
    deny, confirm, warn = quotes
    assert (deny.cue.lemma, deny.cue.stance, deny.kind) == ("نفى", "deny", "indirect")
    assert deny.content.text == "تكون قواته قد استهدفت مدنيين"
    assert confirm.kind == "mixed" and confirm.speaker.text == "الجيش"
    assert confirm.content.text == 'ردت على "مصادر النيران" فقط'
    assert warn.cue.stance == "warn" and warn.kind == "mixed"
    assert warn.content.text == 'الوضع الإنساني "قد يخرج عن السيطرة" خلال أيام'


def test_unbalanced_mark_stays_in_its_sentence(quotes_of):
    text = "وقال النائب «إن الحكومة فشلت في إدارة الأزمة. وانتهت الجلسة بعد ساعتين.\nوفي خبر آخر قال شهود إن السوق أغلقت."
    quotes = quotes_of(text)
    assert quotes[0].kind == "direct"
    assert "انتهت الجلسة" not in quotes[0].content.text or quotes[0].content.text.endswith("ساعتين")
    assert "خبر آخر" not in quotes[0].content.text
    assert quotes[-1].content.text == "السوق أغلقت"
    assert quotes[-1].speaker.text == "شهود"


def test_object_apposition_and_outlet_entity(quotes_of):
    text = ("واتهم زعيم المعارضة كمال قليجدار أوغلو، وهو أحد أبرز منتقدي الحكومة، الرئاسة بـ\"تكميم أفواه "
            "الصحافيين\". وأبلغ دبلوماسي غربي رويترز أن المفاوضات متعثرة منذ أسابيع.")
    ents = {"كمال قليجدار أوغلو": ("kilicdaroglu", "PER", "Kemal Kilicdaroglu"),
            "رويترز": ("reuters", "ORG", "Reuters")}
    accuse, tell = quotes_of(text, ents)
    assert accuse.kind == "mixed" and accuse.cue.stance == "accuse"
    assert accuse.content.text == 'الرئاسة بـ"تكميم أفواه الصحافيين"'
    assert accuse.speaker.entity == "kilicdaroglu"
    assert tell.speaker.text == "دبلوماسي غربي" and tell.channel.text == "رويترز"


def test_according_after_a_verb_quote_is_its_channel(quotes_of):
    text = "ونفى الوزير أن تكون بلاده تلقت أي عرض جديد، بحسب ما نقلت عنه وكالة الأنباء الرسمية."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect"
    assert quotes[0].channel.text == "وكالة الأنباء الرسمية"


def test_unnamed_official_is_not_the_organisation(quotes_of):
    text = "وقال مسؤول في الحكومة السودانية لوكالة الأنباء الألمانية إن الخرطوم \"تنظر بإيجابية\" إلى المبادرة."
    ents = {"الحكومة السودانية": ("sdn_gov", "ORG", "Government of Sudan")}
    (quote,) = quotes_of(text, ents)
    assert quote.speaker.entity is None
    assert quote.speaker.text == "مسؤول في الحكومة السودانية"
    assert quote.channel.text == "لوكالة الأنباء الألمانية"
    assert quote.kind == "mixed"


def test_subject_before_the_verb_and_outlet_name_in_marks(quotes_of):
    text = ("ولم تعلق السفارة على الحادث، غير أن دبلوماسيا غربيا طلب عدم كشف اسمه قال إن التحقيق ما زال "
            "جاريا. ونقل موقع \"السومرية نيوز\" عن مصدر في المفوضية أن عدد الناخبين بلغ 21 مليونا.")
    first, second = quotes_of(text)
    assert first.speaker.text.startswith("دبلوماسيا غربيا")
    assert first.content.text == "التحقيق ما زال جاريا"
    assert second.channel.text == 'موقع "السومرية نيوز"'
    assert second.speaker.text == "مصدر في المفوضية"


def test_description_resolved_from_a_named_mention_outside_quotes(quotes_of):
    text = ("واستقبل المتحدث باسم الحكومة باسم العوادي الوفد في مطار بغداد. "
            "وقال المتحدث باسم الحكومة إن الزيارة ستشهد توقيع مذكرات تفاهم في مجال الطاقة.")
    ents = {"باسم العوادي": ("awadi", "PER", "Basim al-Awadi")}
    (quote,) = quotes_of(text, ents)
    assert quote.speaker.text == "المتحدث باسم الحكومة"
    assert quote.speaker.entity == "awadi"


def test_quoted_term_inside_a_call_is_not_a_quote(quotes_of):
    text = ("وطالبت المنظمة الحكومة بالإفراج \"فورا\" عن المعتقلين في السجون الشمالية. "
            "ودعا الوزير الأطراف إلى \"ضبط النفس\" والعودة إلى طاولة الحوار. "
            "ودعا المبعوث الحكومة إلى \"وقف العمليات العسكرية في المدن وفتح الممرات أمام المدنيين\" "
            "برعاية الأمم المتحدة.")
    quotes = quotes_of(text)
    contents = [q.content.text for q in quotes]
    assert not any("فورا" in c or "ضبط النفس" in c for c in contents)
    assert any(c.lstrip("\"").startswith("وقف العمليات العسكرية") for c in contents)


def test_calling_participle_after_a_quotation_does_not_take_it(quotes_of):
    text = "وقال المبعوث للصحافيين إن الحل السياسي \"ما زال ممكنا\"، داعيا الطرفين إلى وقف التصعيد."
    quotes = quotes_of(text)
    assert [q.cue.text for q in quotes] == ["وقال"]
    assert quotes[0].content.text.startswith("الحل السياسي")
