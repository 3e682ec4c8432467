"""Organisations: a head noun with its complement and nationality (وزارة الدفاع التركية،
الجيش السوري), proper names after an indefinite head (شركة أوكرإنيرغو), media names
after their head (قناة الراي، وكالة فرات للأنباء), and bracketed acronyms (سانا).

A mixin of :class:`marsad.entities.recognize.Recognizer`, which holds the head lexicon
and the gazetteer look-up (``match_known``) these rules use.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.entities.candidates import Candidate, Positions
from marsad.entities.gazetteer import Known
from marsad.entities.token_forms import bare_forms, clitic_offset, has_conjunction, norm_forms
from marsad.lexicon import read_table, read_words
from marsad.text.normalize import normalize
from marsad.text.wordfreq_ar import zipf

# Heads whose complement alone is too vague (موقع الهجوم، مركز المدينة): they need a nationality or place.
WEAK_HEADS = frozenset({"مكتب", "مركز", "المركز", "موقع", "برنامج", "صندوق", "لجنه", "اللجنه", "اتحاد", "الاتحاد",
                        "بنك", "البنك", "مؤسسه", "مستشفي", "قناه", "صحيفه", "اذاعه", "هيئه", "الهيئه", "مجلس",
                        "المجلس", "تحالف", "التحالف", "ائتلاف", "الائتلاف", "نقابه", "المنظمه", "الشركه", "الوزاره",
                        "الوكاله", "الجهاز", "المحكمه", "اللواء", "لواء", "بعثه", "مفوضيه", "المفوضيه",
                        "رئاسه", "برلمان", "استخبارات", "مخابرات", "الامن"})
# Heads of media names; the name after them is the organisation (قناة [الراي]، وكالة [تسنيم]),
# except in "وكالة X للأنباء", which is one name.
MEDIA_HEADS = frozenset({"قناه", "موقع", "وكاله", "صحيفه", "اذاعه", "تلفزيون", "جريده", "شبكه", "مجله"})
MEDIA_TAILS = frozenset({"نيوز", "برس", "تايمز", "بوست", "نت", "انفو", "تريبيون", "جورنال", "توداي"})
NEWS_WORDS = frozenset({"للانباء", "للاعلام", "الاخباريه", "للصحافه"})
# Heads whose phrases in news are descriptions, not names (القوات العراقية، القوات الأمنية): the rule
# leaves them alone; named forces (قوات الدعم السريع) come from the lexicon.
GENERIC_HEADS = frozenset({"القوات", "قوات"})
# Generic nouns before a name that stands alone: the name is the mention (منظمة [أطباء بلا حدود]،
# قوات [البيشمركة]، تنظيم [القاعدة]); a short name keeps its noun ([تنظيم داعش]، [حركة حماس]).
OUTSIDE_HEADS = frozenset({"منظمه", "حزب", "قوات", "مديريه", "فصائل", "تنظيم", "حلف"})
# Indefinite heads before a proper name no lexicon knows: the proper name is the mention
# (مندوبية [تآزر]، شركة [أوكرإنيرغو]، حزب [الإنصاف]); a descriptive complement keeps the head
# ([شركة تسويق النفط]).
PROPER_NAME_HEADS = frozenset({"شركه", "مندوبيه", "فصيل", "مصرف", "بنك", "مؤسسه", "جمعيه", "حزب", "ائتلاف",
                               "منظمه", "هيئه", "كتيبه", "مجموعه"})
PROPER_NAME_ZIPF = 3.3
# Participles and adjectives that describe a body rather than name it: the name ends before them
# (حركة الشباب | المرتبطة بالقاعدة).  Read on the word with ال and no other clitic.
NAME_STOP_WORDS = frozenset(normalize(w) for w in read_words("orgs_stop_words"))
# Units named by a number: اللواء 444، الفرقة الرابعة is a word, الفرقة 17 a number.
NUMBERED_HEADS = frozenset({"لواء", "اللواء", "الفرقه", "فرقه", "الكتيبه", "كتيبه", "الفوج", "فوج"})
# Heads that name a body of another organisation by its name (بعثة الأمم المتحدة، مفوضية الاتحاد
# الأفريقي): the known organisation is part of the name, which may go on with a ل-phrase and
# "في + place" (بعثة الأمم المتحدة للدعم في ليبيا).
BODY_OF_HEADS = frozenset({"بعثه", "البعثه", "مفوضيه", "المفوضيه", "وكاله", "مكتب", "برنامج", "صندوق",
                           "منظمه"})
# Counting nouns are no complement of a name: تجمع [مئات] الشبان (gathered) is no assembly.
QUANTITY_WORDS = frozenset({"مئات", "عشرات", "الاف", "الوف", "ملايين", "بضع", "بضعه", "عدد", "مئه", "الف", "كل",
                            "جميع", "بعض", "معظم", "اغلب"})
# Adjectives that still belong to a name after its place: مصرف ليبيا المركزي، بنك الكويت الوطني.
# Words of a name that say its sector better than its head (وزارة الدفاع → MIL); councils keep theirs.
SECTOR_WORDS = {normalize(r["word"]): r["sector"] for r in read_table("orgs_sector_words")}
OWN_SECTOR_HEADS = frozenset({"مجلس", "المجلس", "لجنه", "اللجنه", "الحكومه", "حكومه", "البرلمان", "برلمان"})
AFTER_PLACE_ADJECTIVES = frozenset({"المركزي", "المركزيه", "الوطني", "الوطنيه", "الاتحادي", "الاتحاديه",
                                    "الدولي", "الدوليه", "الاهلي", "الاهليه", "العام", "العامه"})
# Endings of adjectives and plurals; a definite word after an adjective without one of them is a
# plain noun, which no longer belongs to the name (الهجوم، الخميس، القرار).
ADJECTIVE_ENDINGS = ("ي", "يه", "ه", "ات", "ين", "ون", "ا", "ي")
# "head complement" pairs that name no organisation (التيار الكهربائي، حركة المرور), read without ال.
NOT_NAMES = frozenset(
    tuple(w[2:] if w.startswith("ال") else w for w in normalize(line).split())
    for line in read_words("orgs_not_names"))
# Heads whose name may end with "في/ب + place" (القيادة الأميركية في أفريقيا، المحكمة الابتدائية بتونس,
# تنسيقية لجان المقاومة في الفاشر), once the name has a complement of its own.
PLACE_TAIL_HEADS = frozenset({"بعثه", "البعثه", "قياده", "القياده", "محكمه", "المحكمه", "تنسيقيه",
                              "مكتب", "المكتب"})


class OrganisationRules:
    def standalone_name(self, toks: list[Token], i: int, end: int, known: Known | None) -> bool:
        """Is ``toks[i]`` a generic noun (منظمة، قوات) before a name of its own, definite or of two
        words or more, that denotes ``known`` (any organisation when ``known`` is None)?"""
        if not any(f in OUTSIDE_HEADS for f in bare_forms(toks[i])) or i + 1 >= end:
            return False
        rest = self.match_known(toks, i + 1, end, strip=False) or self.match_known(
            toks, i + 1, end, self.gaz.after_head, strip=False)
        if rest is None or rest[2].type != "ORG" or (known is not None and rest[2] != known):
            return False
        if known is not None and i + 1 + rest[0] != end:
            return False
        if "قوات" in bare_forms(toks[i]):
            # قوات [البيشمركة] but [قوات الدعم السريع]: forces keep their noun before a longer name
            return rest[0] == 1 and toks[i + 1].norm.startswith("ال")
        return rest[0] > 1 or toks[i + 1].norm.startswith("ال")

    def head_at(self, toks: list[Token], i: int, end: int) -> tuple[int, str, tuple[str, bool]] | None:
        """The longest organisation head at ``toks[i]``: (token count, bare first word, (sector, bare_ok))."""
        tok = toks[i]
        if not tok.is_word:
            return None
        head = None
        heads, prefixes = self.heads, self.head_prefixes
        for form in self._head_starts(tok.norm):
            # Walk forward while the words so far begin some head; the longest full head wins.
            key: tuple[str, ...] = (form,)
            limit = min(self.head_len, end - i)
            while True:
                if key in heads:
                    head = (len(key), form, heads[key])
                if len(key) >= limit or key not in prefixes:
                    break
                key = (*key, toks[i + len(key)].norm)
            if head:
                break
        return head

    def org_at(self, toks: list[Token], i: int, end: int) -> Candidate | None:
        tok = toks[i]
        head = self.head_at(toks, i, end)
        if not head:
            return None
        length, form, (sector, bare_ok) = head
        if form in GENERIC_HEADS and length == 1:
            return None
        if self._not_a_name(toks, i, end):
            return None
        if length == 1 and self.standalone_name(toks, i, end, None):
            return None  # مديرية الأسايش: the gazetteer gives the name alone
        j = i + length
        complements, country, place, joined = 0, None, False, False
        proper = 0  # rare indefinite words of a proper name right after the head: شركة أوكرإنيرغو
        if length == 1 and form in PROPER_NAME_HEADS and not tok.norm.startswith("ال"):
            while (j + proper < end and proper < 3 and self.proper_name_word(toks[j + proper])) or (
                    form == "حزب" and proper == 0 and j < end and toks[j].prefix == "ال"
                    and self.name_word(toks[j]) and not self.nationality(toks[j])[0]):
                proper += 1
            if proper:
                complements, j = 1, j + proper
        after_adjective = False  # the last complement was a relative adjective (الشعبية، الوطني)
        body_of = False  # the name holds a known organisation: بعثة [الأمم المتحدة] …
        # حزب [الاتحاد الوطني للتقدم]: a definite party name goes on with its complements
        open_name = proper == 1 and form == "حزب" and toks[i + 1].prefix == "ال"
        while j < end and complements < 4 and not (proper and not open_name and not self.nationality(toks[j])[0]):
            t = toks[j]
            if t.norm in NAME_STOP_WORDS:
                break
            is_nat, nat_country = self.nationality(t)
            if is_nat and not has_conjunction(t):
                country = nat_country
                j += 1
                tail = self._org_place_tail(toks, j, end) if j < end and form in PLACE_TAIL_HEADS else 0
                if tail:  # القيادة الأميركية في أفريقيا
                    place = True
                    j += tail
                    break
                if not (complements and j + 1 < end and toks[j].prefix == "لل"):
                    break
                continue  # اللجنة الوطنية للإفراج عن المعتقلين: the name goes on
            if form in NUMBERED_HEADS and complements == 0 and t.text.isdigit():
                complements += 1
                j += 1
                continue
            known = self.match_known(toks, j, end, strip=False)
            if known and known[2].type == "LOC":
                country, place = (country if body_of else known[2].country), True
                j += known[0]
                if j < end and toks[j].norm in AFTER_PLACE_ADJECTIVES:
                    j += 1  # مصرف ليبيا المركزي، بنك الكويت الوطني
                elif j < end and self.nationality(toks[j])[0] and not has_conjunction(toks[j]):
                    country = self.nationality(toks[j])[1] or country
                    j += 1  # شركة نفط الخليج الكويتية
                break
            if (known and known[2].type == "ORG" and known[2].sector == "IGO" and complements == 0
                    and form in BODY_OF_HEADS and j + known[0] < end and toks[j + known[0]].prefix in ("ل", "لل")):
                # only with its own ل-phrase: بعثة الأمم المتحدة للدعم, not منظمة أوبك alone
                body_of, complements = True, 1
                country = known[2].country
                j += known[0]
                continue
            tail = self._org_place_tail(toks, j, end) if complements and form in PLACE_TAIL_HEADS else 0
            if tail:
                # the mission of an international body in a country stays international (IGO)
                place = True
                if not body_of:
                    country = country or self.match_known(toks, j + tail - 1, end)[2].country
                j += tail
                break
            if (complements and t.norm == "غير" and j + 1 < end and toks[j + 1].norm.startswith("ال")
                    and toks[j + 1].norm not in self.stop):
                complements += 1
                j += 2  # جهاز مكافحة الهجرة غير الشرعية، المنظمات غير الحكومية
                continue
            if (complements == 0 and length == 1 and not tok.norm.startswith("ال") and not tok.prefix.endswith("ال")
                    and self._construct_chain(toks, j, end)):
                # an indefinite head in construct with a verbal noun: جهاز مكافحة الإرهاب، هيئة عمليات التجارة
                step = self._construct_chain(toks, j, end)
                complements += step
                j += step
                continue
            if t.prefix in ("ل", "لل") and complements and self._named_org_at(toks, j, end):
                break  # المجلس التنفيذي | لصندوق النقد الدولي: the body named after ل is the name
            # a ل-phrase after a complement or a two-word head: المديرية العامة للأمن الوطني
            definite = t.norm.startswith("ال") or (t.prefix in ("ل", "لل") and (complements > 0 or length > 1))
            # للدعم: the word after لل is definite (الدعم), whatever the stop list says of دعم
            bare = "ال" + t.stem if t.prefix == "لل" else t.bare
            if (definite and t.is_word and t.norm not in self.stop and bare not in self.stop
                    and not has_conjunction(t) and not self.title_at(toks, j, end)):
                if after_adjective and t.prefix == "ال" and not t.norm.endswith(ADJECTIVE_ENDINGS):
                    break  # تبنت حركة المقاومة الشعبية | الهجوم: a noun after an adjective is the object
                after_adjective = t.prefix == "ال" and len(t.norm) >= 5 and t.norm.endswith(("ي", "يه"))
                complements += 1
                j += 1
                continue
            # one co-ordinated complement inside the name: وزارة التخطيط والتعاون الدولي
            if (complements and not joined and t.prefix in ("وال", "ول", "ولل") and t.bare not in self.stop
                    and not (self._head_starts(t.norm) and self.org_at(toks, j, end))
                    and not self.match_known(toks, j, end)):
                joined = True
                complements += 1
                j += 1
                continue
            break
        is_nat_end = j > i + length and self.nationality(toks[j - 1])[0]
        if complements == 0 and not (bare_ok and is_nat_end) and not place:
            return None
        if form in WEAK_HEADS and not (is_nat_end or place or body_of or (
                form in NUMBERED_HEADS and complements and toks[i + length].text.isdigit())):
            return None
        if is_nat_end and country is None and complements == 0:
            return None  # الجيش العربي alone, a region adjective without a name
        if complements == 0 and not place and i > 0 and self.title_at(toks, i - 1, i + 1):
            return None  # وزير الخارجية الأميركي: the title's complement, not a ministry
        if form in ("مصرف", "بنك") and place and complements == 0 and toks[j - 1].norm not in ("الوطني", "الاهلي"):
            sector = "GOV"  # مصرف لبنان، بنك إسرائيل، مصرف سوريا المركزي: a central bank
        if form not in OWN_SECTOR_HEADS:
            sector = next((SECTOR_WORDS[w] for k in range(i + length, j) for w in
                           (toks[k].bare, "ال" + toks[k].stem) if w in SECTOR_WORDS), sector)
        if proper:
            return Candidate(i + 1, j, toks[i + 1].start, toks[j - 1].end, "ORG", "head", None, country, sector)
        return Candidate(i, j, tok.start + clitic_offset(tok, form), toks[j - 1].end, "ORG", "head", None,
                         country, sector)

    def _org_place_tail(self, toks: list[Token], j: int, end: int) -> int:
        """Tokens of "في + known place" or "ب + known place" at ``j`` (0 when there is none)."""
        t = toks[j]
        if t.norm == "في" and j + 1 < end:
            hit = self.match_known(toks, j + 1, end, strip=False)
            return 1 + hit[0] if hit and hit[2].type == "LOC" else 0
        if t.prefix == "ب":
            hit = self.match_known(toks, j, end)
            return hit[0] if hit and hit[2].type == "LOC" else 0
        return 0

    def _not_a_name(self, toks: list[Token], i: int, end: int) -> bool:
        """Do ``toks[i]`` and the word after it make a pair that names no organisation (التيار الكهربائي)?"""
        if i + 1 >= end:
            return False
        second = toks[i + 1].norm
        second = second[2:] if second.startswith("ال") else second
        return any((f[2:] if f.startswith("ال") else f, second) in NOT_NAMES for f in bare_forms(toks[i]))

    def _construct_chain(self, toks: list[Token], j: int, end: int) -> int:
        """Indefinite nouns (one or two) at ``j`` that a definite word completes (مكافحة | الإرهاب،
        تنسيق أعمال | الحكومة): their count, or 0 when the words are no such chain."""
        k = j
        while k < end and k - j < 2 and self._construct_word(toks[k]):
            k += 1
            nxt = toks[k] if k < end else None
            if (nxt is not None and nxt.is_word and nxt.norm.startswith("ال") and nxt.norm not in self.stop
                    and nxt.norm not in NAME_STOP_WORDS and not self.nationality(nxt)[0]):
                return k - j
        return 0

    def _construct_word(self, tok: Token) -> bool:
        norm = tok.norm
        # لجان is a word, not ل + جان: a ل-prefix reading counts only when the bare word is the likelier
        if tok.prefix and not (tok.prefix == "ل" and zipf(norm) > zipf("ال" + tok.stem)):
            return False
        # تفعيل verbal nouns (تسويق، تنسيق) look like imperfect verbs to common_word_form
        verbal_noun = len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي"
        return (tok.is_word and not norm.startswith("ال") and norm not in self.stop and norm not in QUANTITY_WORDS
                and "ال" + norm not in NAME_STOP_WORDS and len(norm) > 2 and zipf(norm) < 5.5
                and (verbal_noun or not self.common_word_form(tok)) and not self.nationality(tok)[0]
                and norm not in self.known_first and norm not in self.first_names)

    def _named_org_at(self, toks: list[Token], j: int, end: int) -> bool:
        """Does a known organisation of two words or more, or a head naming its country (مصرف
        لبنان، وزارة الصحة العراقية), start at ``j`` (after its clitics)?"""
        hit = self.match_known(toks, j, end)
        if hit is not None:
            return hit[2].type == "ORG" and hit[0] > 1
        if not self._head_starts(toks[j].norm):
            return False
        inner = self.org_at(toks, j, end)
        return inner is not None and inner.country is not None

    def proper_name_word(self, tok: Token) -> bool:
        """A rare word with no clitic that is no nationality, known place or common word form."""
        return (tok.is_word and tok.prefix == "" and not tok.norm.startswith("ال") and self.name_word(tok)
                and zipf(tok.norm) < PROPER_NAME_ZIPF and not self.nationality(tok)[0]
                and not self.common_word_form(tok) and tok.norm not in self.known_first)

    def org_candidates(self, toks: list[Token], base: int, end: int,
                       at: Positions) -> list[Candidate]:
        out = []
        for i in at.head:
            cand = self.org_at(toks, i, end)
            # a name in quotation marks after the description replaces it:
            # شركة الكهرباء الوطنية "كهرماء"، فصيل "أحرار الجبل"
            quoted = self.quoted_after_head(toks, i, end, cand)
            if quoted:
                out.append(quoted)
            elif cand:
                out.append(cand)
        return out

    def media_candidates(self, toks: list[Token], base: int, end: int,
                         at: Positions) -> list[Candidate]:
        """An unknown name after a media head: لقناة الراي، وكالة تسنيم، وكالة فرات للأنباء."""
        out = []
        for i in at.media:
            tok = toks[i]
            if self._not_a_name(toks, i, end):
                continue
            known = self.match_known(toks, i + 1, end, strip=False)
            if (known and known[0] == 1 and known[2].type == "LOC" and known[2].country
                    and not tok.prefix.endswith("ال") and toks[i + 1].prefix in ("", "ال")):
                # a state broadcaster named by its country: تلفزيون الكويت، إذاعة الجزائر
                start = tok.start + clitic_offset(tok, next(f for f in norm_forms(tok.norm) if f in MEDIA_HEADS))
                out.append(Candidate(i, i + 2, start, toks[i + 1].end, "ORG", "head", None, known[2].country, "MED"))
                continue
            if toks[i + 1].norm == "انباء" and i + 2 < end and self.media_name_word(toks[i + 2], first=True):
                # وكالة أنباء هاوار: "news agency" and its name are one name
                j = i + 3 if i + 3 < end and toks[i + 3].norm in MEDIA_TAILS else i + 2
                start = tok.start + clitic_offset(tok, next(f for f in norm_forms(tok.norm) if f in MEDIA_HEADS))
                out.append(Candidate(i, j + 1, start, toks[j].end, "ORG", "head", sector="MED"))
                continue
            j = i + 1
            while j < end and j - i <= 3 and self.media_name_word(toks[j], first=j == i + 1):
                j += 1
            if j == i + 1:
                continue
            if j < end and toks[j].norm in NEWS_WORDS:
                start = tok.start + clitic_offset(tok, next(f for f in norm_forms(tok.norm) if f in MEDIA_HEADS))
                out.append(Candidate(i, j + 1, start, toks[j].end, "ORG", "head", sector="MED"))
            elif not (j == i + 2 and self.match_known(toks, i + 1, end, strip=False)):
                out.append(Candidate(i + 1, j, toks[i + 1].start, toks[j - 1].end, "ORG", "head", sector="MED"))
        return out

    def media_name_word(self, tok: Token, first: bool) -> bool:
        if not first and tok.norm in MEDIA_TAILS:
            return True
        if not self.name_word(tok) or self.nationality(tok)[0] or tok.prefix not in ("", "ال"):
            return False
        if first and tok.norm.startswith("ال"):
            return zipf(tok.norm) < 5.0 and tok.norm not in ("الانباء", "الاعلام", "الرسميه")
        if tok.norm.startswith("ال") or self.common_word_form(tok):
            return False
        return zipf(tok.norm) < (4.0 if first else 3.3) or (first and self.match_known(
            [tok], 0, 1, strip=False) is not None)

    def acronyms(self, toks: list[Token], chosen: list[Candidate], end: int) -> list[Candidate]:
        """A one-word acronym in brackets right after an organisation (and an adjective or two):
        وكالة الأنباء السورية (سانا)، وكالة الأنباء الإيرانية الرسمية (إرنا)."""
        out = []
        taken = {k for c in chosen for k in range(c.first, c.last)}
        for c in chosen:
            if c.type != "ORG":
                continue
            k = c.last
            while k < end and k - c.last < 2 and toks[k].norm.startswith("ال") and toks[k].is_word:
                k += 1
            if (k + 2 < end and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_word
                    and k + 1 not in taken and not self.nationality(toks[k + 1])[0]
                    and (toks[k + 1].norm not in self.stop or zipf(toks[k + 1].norm) < 5.0)):
                a = toks[k + 1]
                out.append(Candidate(k + 1, k + 2, a.start, a.end, "ORG", c.rule, c.known, c.country, c.sector,
                                     c.name_en, alias_of=c))
        return out
