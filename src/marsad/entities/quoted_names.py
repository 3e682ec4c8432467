"""Organisation names in quotation marks, which news uses for names no reader is expected to know:

* after a head noun or a whole description: فصيل "أحرار الجبل"، شركة الكهرباء الوطنية "كهرماء";
* a newspaper or channel a statement was given to: قال لـ"الوطن" إن …، في تصريح لـ«المدى»;
* the agency in a dateline: نابلس (وفا) - …

A mixin of :class:`marsad.entities.recognize.Recognizer`.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.entities.candidates import Candidate

QUOTE = '"'  # every quotation mark («» “” "") normalises to this
# Heads after which a quoted name is the organisation's own name (the head stays outside).
QUOTED_NAME_HEADS = frozenset({"فصيل", "حركه", "جماعه", "كتيبه", "لواء", "مجموعه", "شركه", "منظمه", "جمعيه",
                               "حزب", "تنظيم", "ائتلاف", "تحالف", "ميليشيا", "هيئه", "مؤسسه", "مصرف", "بنك",
                               "قناه", "صحيفه", "موقع", "وكاله", "اذاعه", "مجله", "جريده", "شبكه", "تلفزيون",
                               "تيار", "تجمع", "رابطه", "نقابه", "اتحاد", "مركز", "مرصد", "منصه"})
MEDIA_WORDS = frozenset({"قناه", "صحيفه", "موقع", "وكاله", "اذاعه", "مجله", "جريده", "شبكه", "تلفزيون", "منصه"})
# What follows a medium a statement was given to: إن/أن, or the end of the clause.
AFTER_MEDIUM = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "،", ",", ":", "."})
# Words before the medium that say a statement was given to it (تصريح لـ"…", حديث لـ"…").
STATEMENT_WORDS = frozenset({"تصريح", "تصريحات", "حديث", "مقابله", "قال", "قالت", "اكد", "اكدت", "اوضح",
                             "اوضحت", "اضاف", "اضافت", "صرح", "صرحت", "كشف", "كشفت", "افاد", "افادت"})
MAX_QUOTED_WORDS = 4
# Dateline credits that name no agency: تونس (وكالات) -، القاهرة (خاص) -
DATELINE_NOT_AGENCY = frozenset({"وكالات", "الوكالات", "خاص", "مراسلنا", "مراسلون", "اف", "ب", "رويترز"})


class QuotedNames:
    def quoted_span(self, toks: list[Token], k: int, end: int) -> int:
        """End (exclusive, after the closing mark) of a short quoted name opening at ``toks[k]``, or 0."""
        if k >= end or toks[k].norm != QUOTE:
            return 0
        j = k + 1
        while j < end and j - k <= MAX_QUOTED_WORDS and toks[j].norm != QUOTE:
            t = toks[j]
            if not (t.is_word or t.text.isdigit() or t.text in "-+") or t.norm in self.stop:
                return 0
            j += 1
        if j == k + 1 or j >= end or toks[j].norm != QUOTE or not toks[k + 1].is_word:
            return 0
        first = toks[k + 1]
        if self.nationality(first)[0] or self.common_word_form(first) or first.prefix not in ("", "ال"):
            return 0  # "الفاشلة"، "إرهابيا": scare quotes on a description, not a name
        return j + 1

    def quoted_after_head(self, toks: list[Token], i: int, end: int, cand: Candidate | None) -> Candidate | None:
        """فصيل "X" or a description + "X": the quoted X, with the description's country and sector."""
        head = self.head_at(toks, i, end)
        if head is None:
            return None
        length, form, (sector, _) = head
        if form not in QUOTED_NAME_HEADS:
            return None  # قوات الأمن "ستتدخل": a quotation after other heads is speech, not a name
        if cand is not None:
            k = cand.last
        elif length == 1 and not toks[i].norm.startswith("ال"):
            k = i + 1
        else:
            return None
        stop = self.quoted_span(toks, k, end)
        if not stop:
            return None
        if cand is not None and toks[k + 1].norm in self.nationalities:
            return None
        country = cand.country if cand is not None else None
        if form in MEDIA_WORDS:
            sector = "MED"
        elif cand is not None:
            sector = cand.sector
        return Candidate(k + 1, stop - 1, toks[k + 1].start, toks[stop - 2].end, "ORG", "head", None,
                         country, sector)

    def medium_candidates(self, toks: list[Token], base: int, end: int) -> list[Candidate]:
        """قال … لـ"الوطن" إن، في تصريح لـ«المدى»: the quoted medium a statement was given to."""
        out = []
        for k in range(base + 1, end - 2):
            if toks[k].norm != QUOTE:
                continue
            before = toks[k - 1]
            if before.norm not in ("ل", "ول") or not before.is_word:
                continue
            stop = self.quoted_span(toks, k, end)
            if not stop or (stop < end and toks[stop].norm not in AFTER_MEDIUM and toks[stop].is_word):
                continue
            said = any(t.norm in STATEMENT_WORDS or t.stem in STATEMENT_WORDS
                       for t in toks[max(base, k - 8) : k - 1])
            if not said and not (stop < end and toks[stop].norm in AFTER_MEDIUM and toks[stop].is_word):
                continue
            out.append(Candidate(k + 1, stop - 1, toks[k + 1].start, toks[stop - 2].end, "ORG", "head",
                                 sector="MED"))
        return out

    def dateline_agency(self, toks: list[Token], base: int, end: int) -> list[Candidate]:
        """The agency of a dateline at the start of a sentence: نابلس (وفا) - …"""
        for k in range(base + 1, min(base + 4, end - 3)):
            if toks[k].text != "(":
                continue
            j = k + 1
            while j < end and j - k <= 3 and toks[j].is_word:
                j += 1
            if j == k + 1 or j + 1 >= end or toks[j].text != ")" or toks[j + 1].text not in ("-", "–", "—", ":"):
                return []
            if any(self.nationality(t)[0] or t.norm in DATELINE_NOT_AGENCY for t in toks[k + 1 : j]):
                return []
            return [Candidate(k + 1, j, toks[k + 1].start, toks[j - 1].end, "ORG", "head", sector="MED")]
        return []
