"""Places no gazetteer knows, found after a place noun (بلدة دركوش، مخيم أبو شوك، مناطق
متينا وغارا) and facilities named with their noun (قاعدة رامشتاين الجوية، شارع الحمرا).

A mixin of :class:`marsad.entities.recognize.Recognizer`, which holds the gazetteer
look-up (``match_known``) and the word tests these rules use.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.entities.candidates import Candidate, Positions
from marsad.entities.token_forms import clitic_offset, norm_forms
from marsad.text.wordfreq_ar import zipf

# Nouns of a settlement or area before its name; the name alone is the place (بلدة [دركوش]، حي [الدمج]).
PLACE_HEADS = frozenset({"مدينه", "بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "حي", "مخيم", "معبر",
                         "منطقه", "مناطق", "محافظه", "محافظتي", "ولايه", "ولايات", "اقليم", "قضاء", "ناحيه",
                         "ريف", "حقل", "جزيره", "بحيره", "مرفا"})
# Facilities named with their noun: the whole phrase is the place ([قاعدة عين الأسد]، [شارع الرشيد]).
FACILITY_HEADS = frozenset({"قاعده", "ميناء", "مطار", "سد", "شارع", "ساحه", "ميدان", "جسر", "قصر"})
# Of these, the ones whose name can be a common definite word (ساحة التحرير، سد النهضة).
DEFINITE_FACILITY_HEADS = frozenset({"شارع", "ساحه", "ميدان", "جسر", "سد"})
NOT_FACILITY_NAMES = frozenset({"المعركه", "القتال", "الحرب", "المواجهه", "الفجوه", "العجز", "الطريق", "الحوار",
                                "الصراع", "الخلاف", "النقص", "البيانات", "الذرائع", "الهوه", "الفراغ", "الحاجه"})
# First words of compound place names (عين العرب، كفر نبل، أبو شوك، باب الهوى): the next word belongs too.
PLACE_STARTERS = frozenset({"ابو", "ام", "باب", "عين", "كفر", "بيت", "دير", "تل", "راس", "جسر", "كرم", "بئر", "خان",
                            "سيدي", "بني", "كاني", "مرج", "وادي", "جبل", "حاسي", "سوق", "برج", "قلعه"})
PLACE_TAILS = frozenset({"الشرقي", "الشرقيه", "الغربي", "الغربيه", "الشمالي", "الشماليه", "الجنوبي", "الجنوبيه",
                         "الوسطي", "الكبري", "الصغري", "العليا", "السفلي", "الجديده", "القديمه", "الابيض", "الازرق",
                         "الجويه", "البحريه", "العسكريه", "الدولي", "الجوي"})
PLACE_NAME_ZIPF = 4.7  # an unknown name after a place noun (جلب، جابر) may be a word too; most common words are not
DEFINITE_PLACE_NAME_ZIPF = 4.3


class PlaceRules:
    def place_candidates(self, toks: list[Token], base: int, end: int,
                         at: Positions) -> list[Candidate]:
        """Unknown places after an indefinite place noun: بلدة دركوش، مخيم أبو شوك، مناطق متينا وغارا،
        and facilities with their noun: قاعدة رامشتاين الجوية، شارع الحمرا."""
        out = []
        for i in at.place:
            tok = toks[i]
            head = next((f for f in norm_forms(tok.norm) if f in PLACE_HEADS or f in FACILITY_HEADS), None)
            if head is None or tok.norm.startswith("ال") and not head.startswith("ال"):
                continue  # المنطقة المغمورة: a definite noun with an adjective, no name
            facility = head in FACILITY_HEADS
            j = i + 1
            known = None if facility else self.match_known(toks, j, end, strip=False)
            if known is not None and known[2].type == "LOC":
                k = j + known[0]  # a known place (the gazetteer finds it); names may follow it: مناطق زاخو وباتيفا
            else:
                k = self.place_name_end(toks, j, end, facility and head in DEFINITE_FACILITY_HEADS, facility,
                                        tail=head != "ريف")
                if k is None:
                    continue
                if facility:
                    start = tok.start + clitic_offset(tok, head)
                    out.append(Candidate(i, k, start, toks[k - 1].end, "LOC", "place"))
                    continue
                out.append(Candidate(j, k, toks[j].start, toks[k - 1].end, "LOC", "place"))
            # co-ordinated names after a plural noun: مناطق متينا وغارا وهاكورك
            while k < end and toks[k].prefix == "و" and toks[k].is_word:
                t = toks[k]
                hit = self.match_known(toks, k, end)
                if hit is not None:
                    length, off, kn = hit
                    if kn.type != "LOC":
                        break
                    out.append(Candidate(k, k + length, t.start + off, toks[k + length - 1].end, "LOC", "gazetteer",
                                         kn, kn.country, kn.sector, kn.name_en))
                    k += length
                    continue
                if zipf(t.bare) >= 3.0 or t.bare in self.stop or self.nationality(t)[0]:
                    break
                out.append(Candidate(k, k + 1, t.start + clitic_offset(t, t.bare), t.end, "LOC", "place"))
                k += 1
        return out

    def place_name_end(self, toks: list[Token], j: int, end: int, definite_ok: bool, facility: bool,
                       tail: bool = True) -> int | None:
        """Where the unknown place name starting at ``toks[j]`` ends (exclusive), or None when it is no name."""
        if j >= end:
            return None
        t = toks[j]
        if not t.is_word or t.prefix not in ("", "ال") or self.match_known(toks, j, end, strip=False):
            return None
        if t.norm in PLACE_STARTERS and j + 1 < end:
            nxt = toks[j + 1]
            if nxt.is_word and nxt.prefix in ("", "ال") and nxt.norm not in self.stop and not self.nationality(nxt)[0]:
                k = j + 2
                if nxt.norm in PLACE_STARTERS and k < end and toks[k].is_word and toks[k].prefix == "":
                    k += 1  # كرم أبو سالم
                return self._place_tail(toks, k, end) if tail else k
            return None
        if not self.name_word(t) or self.nationality(t)[0] or self.common_word_form(t) or t.norm in PLACE_TAILS:
            return None
        if self.title_at(toks, j, end) or self._head_starts(t.norm) or t.norm in PLACE_HEADS:
            return None
        z = zipf(t.norm)
        if t.norm.startswith("ال"):
            if t.norm in NOT_FACILITY_NAMES or not (definite_ok or z < DEFINITE_PLACE_NAME_ZIPF):
                return None
        elif z >= (3.5 if facility else PLACE_NAME_ZIPF) or (t.norm.endswith("يه") and z >= 3.0):
            return None  # a frequent word, or an indefinite adjective (سكنية، حدودية)
        return self._place_tail(toks, j + 1, end) if tail else j + 1

    @staticmethod
    def _place_tail(toks: list[Token], k: int, end: int) -> int:
        return k + 1 if k < end and toks[k].norm in PLACE_TAILS and toks[k].is_word else k
