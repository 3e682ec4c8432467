"""Rule-based recognition of names in one sentence of tokens.

Four rules, each proposing :class:`Candidate` spans; :func:`select` keeps the best
non-overlapping ones:

* gazetteer: the longest known name starting at a token, after stripping clitics
  from the first token (وروسيا، لموسكو، بواشنطن);
* title + name: a role phrase (وزير الخارجية الأميركي، المتحدث باسم البنتاغون) and
  then name-like words (rare words, given names, بن/أبو/آل/عبد links);
* given name + surname (جوش ايرنست), from the given-name lexicon;
* organisation head + complement + nationality (وزارة الدفاع التركية، الجيش السوري).

Spans exclude clitics (و ب ل ف ك) but include the article ال.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Token
from marsad.entities.gazetteer import (
    AMBIGUOUS_HEADS,
    Gazetteer,
    Known,
    abd_complements,
    ambiguous_given_names,
    first_names,
    name_stopwords,
    nationalities,
    org_heads,
    titles,
)
from marsad.text.normalize import normalize_with_map
from marsad.text.tokenize import clitic_candidates
from marsad.text.wordfreq_ar import zipf

NAME_LINKS = frozenset({"بن", "ابن", "ابو", "ال", "بنت", "ولد", "ام",
                        # European particles: فون دير لاين، دي ميستورا، فان رومبوي
                        "فون", "دير", "دي", "فان", "دو", "دا", "ديل", "لا", "لو"})
MAX_NAME_WORDS = 4
KUNYA = frozenset({"ابو", "ام"})  # أبو محمد، أم كلثوم: a name of its own before a given name
# A frequent word right after a clear given name is still a surname (دونالد ترامب، بشار الأسد)
# up to this frequency; after a given name that is also a word (سعيد، أمل) it must be rare.
SURNAME_ZIPF = 5.2
AMBIGUOUS_SURNAME_ZIPF = 3.0
# Heads whose complement alone is too vague (موقع الهجوم، مركز المدينة): they need a nationality or place.
WEAK_HEADS = frozenset({"مكتب", "مركز", "المركز", "موقع", "برنامج", "صندوق", "لجنه", "اللجنه", "اتحاد", "الاتحاد",
                        "بنك", "البنك", "مؤسسه", "مستشفي", "قناه", "صحيفه", "اذاعه", "هيئه", "الهيئه", "مجلس",
                        "المجلس", "تحالف", "التحالف", "ائتلاف", "الائتلاف", "نقابه", "المنظمه", "الشركه", "الوزاره",
                        "الوكاله", "الجهاز", "المحكمه", "اللواء", "لواء", "بعثه", "مفوضيه", "المفوضيه",
                        "رئاسه", "برلمان", "استخبارات", "مخابرات"})
# Heads whose phrases in news are descriptions, not names (القوات العراقية، القوات الأمنية، الحكومة
# العراقية): the rule leaves them alone; named forces (قوات الدعم السريع) come from the lexicon.
# Heads of media names; the name after them is the organisation (قناة [الراي]، وكالة [تسنيم]),
# except in "وكالة X للأنباء", which is one name.
MEDIA_HEADS = frozenset({"قناه", "موقع", "وكاله", "صحيفه", "اذاعه", "تلفزيون", "جريده", "شبكه", "مجله"})
MEDIA_TAILS = frozenset({"نيوز", "برس", "تايمز", "بوست", "نت", "انفو", "تريبيون", "جورنال", "توداي"})
NEWS_WORDS = frozenset({"للانباء", "للاعلام", "الاخباريه", "للصحافه"})
GENERIC_HEADS = frozenset({"القوات", "قوات"})
# Generic nouns before a name that stands alone: the name is the mention (منظمة [أطباء بلا حدود]،
# قوات [البيشمركة]، تنظيم [القاعدة]); a short name keeps its noun ([تنظيم داعش]، [حركة حماس]).
OUTSIDE_HEADS = frozenset({"منظمه", "حزب", "قوات", "مديريه", "فصائل", "تنظيم"})
# Indefinite heads before a proper name no lexicon knows: the proper name is the mention
# (مندوبية [تآزر]، شركة [أوكرإنيرغو]، حزب [الإنصاف]); a descriptive complement keeps the head
# ([شركة تسويق النفط]).
PROPER_NAME_HEADS = frozenset({"شركه", "مندوبيه", "فصيل", "مصرف", "بنك", "مؤسسه", "جمعيه", "حزب", "ائتلاف",
                               "منظمه", "هيئه", "كتيبه", "مجموعه"})
PROPER_NAME_ZIPF = 3.3
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
PRIORITY = {"gazetteer": 0, "title": 1, "head": 2, "place": 2, "given": 3, "crf": 4}
# What a word can start, as bits of one memoised number per word (see Recognizer.positions).
_STARTS_KNOWN, _AFTER_AMBIGUOUS, _STARTS_TITLE, _STARTS_HEAD, _STARTS_GIVEN, _MEDIA_HEAD = 1, 2, 4, 8, 16, 32
_PLACE_HEAD = 64
_MEMO_LIMIT = 200_000


@dataclass(slots=True)
class Positions:
    """Token indices of one sentence where each rule can fire; every other token starts nothing."""

    known: list[int]  # a gazetteer name or an ambiguous-medium head
    title: list[int]
    head: list[int]
    given: list[int]
    media: list[int]
    place: list[int]


@dataclass(slots=True)
class Candidate:
    first: int  # token index (in the document)
    last: int  # token index, exclusive
    start: int  # character offsets into the document text
    end: int
    type: str
    rule: str
    known: Known | None = None
    country: str | None = None
    sector: str | None = None
    name_en: str | None = None
    title_first: int | None = None  # token index where the title phrase before a person begins
    alias_of: Candidate | None = None  # an acronym in brackets after its organisation: (سانا)


def clitic_offset(tok: Token, form: str) -> int:
    """Character offset in ``tok.text`` where the bare ``form`` (a clitic candidate) begins."""
    norm = tok.norm
    if norm.endswith(form):
        k = len(norm) - len(form)
    elif form.startswith("ال") and norm.endswith(form[2:]):
        k = len(norm) - len(form) + 2  # لل + rest: the span starts after لل
    else:
        k = 0
    if k == 0:
        return 0
    if len(tok.text) == len(norm):
        return k
    _, origin = normalize_with_map(tok.text)
    return origin[k]


@lru_cache(maxsize=100_000)
def _forms(norm: str) -> tuple[str, ...]:
    return tuple(clitic_candidates(norm))


def bare_forms(tok: Token) -> tuple[str, ...]:
    return _forms(tok.norm) if tok.is_word else (tok.norm,)


def _preposition(prefix: str) -> bool:
    """Does a clitic prefix (وال، بال، لل، ب) carry a preposition ب ل ك? The article ال is no preposition."""
    if prefix == "لل":
        return True
    if prefix.endswith("ال"):
        prefix = prefix[:-2]
    return prefix[-1:] in ("ب", "ل", "ك")


def _has_conjunction(tok: Token) -> bool:
    return tok.prefix[:1] in ("و", "ف") and tok.norm not in first_names()


class Recognizer:
    """Runs the rules over a sentence; resources are the shared, preloaded lexicons."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.first_names = first_names()
        self.ambiguous_given = ambiguous_given_names()
        self.abd = abd_complements()
        self.stop = name_stopwords()
        self.nationalities = nationalities()
        self.titles = titles()
        self.title_len = max(len(k) for k in self.titles)
        self.heads = org_heads()
        self.head_len = max(len(k) for k in self.heads)
        self.person_words = frozenset(w for k, v in gaz.entries.items() if v.type == "PER" for w in k)
        # First words of every key, to skip most tokens with one set look-up.
        self.known_first = frozenset(k[0] for k in gaz.entries) | frozenset(k[0] for k in gaz.after_head)
        self.title_first = frozenset(k[0] for k in self.titles)
        self.prefixes = frozenset(k[:n] for table in (gaz.entries, gaz.after_head) for k in table
                                  for n in range(1, len(k)))
        self.head_first = frozenset(k[0] for k in self.heads)
        # Per-word memos of which bare forms can start a name, title or head: the rules ask
        # this of every token, most of which start nothing.
        self._known_starts = lru_cache(maxsize=200_000)(self._compute_known_starts)
        self._title_starts = lru_cache(maxsize=200_000)(self._compute_title_starts)
        self._head_starts = lru_cache(maxsize=200_000)(self._compute_head_starts)
        self._after_ambiguous_head = lru_cache(maxsize=200_000)(self._compute_after_ambiguous_head)
        # Words a given name (one or two words, عبد + name) can start with: given_width is 0 elsewhere.
        self.given_starters = (frozenset(self.first_names) | {n.split(" ", 1)[0] for n in self.first_names}
                               | {"عبد"})
        self._word_flags: dict[str, int] = {}
        self._other_flags: dict[str, int] = {}

    def _flags(self, norm: str, is_word: bool) -> int:
        memo = self._word_flags if is_word else self._other_flags
        flags = memo.get(norm)
        if flags is None:
            flags = 0
            if is_word:
                if self._known_starts(norm):
                    flags |= _STARTS_KNOWN
                if self._head_starts(norm):
                    flags |= _STARTS_HEAD
                if norm in self.given_starters:
                    flags |= _STARTS_GIVEN
                if any(f in MEDIA_HEADS for f in _forms(norm)):
                    flags |= _MEDIA_HEAD
                if any(f in PLACE_HEADS or f in FACILITY_HEADS for f in _forms(norm)):
                    flags |= _PLACE_HEAD
            if self._after_ambiguous_head(norm, is_word):
                flags |= _AFTER_AMBIGUOUS
            if self._title_starts(norm, is_word):
                flags |= _STARTS_TITLE
            if len(memo) < _MEMO_LIMIT:
                memo[norm] = flags
        return flags

    def positions(self, toks: list[Token], base: int, end: int) -> Positions:
        """Where in ``toks[base:end]`` each rule can fire, found in one pass with one memo look-up per token."""
        known: list[int] = []
        title: list[int] = []
        head: list[int] = []
        given: list[int] = []
        media: list[int] = []
        place: list[int] = []
        flags_of = self._flags
        for i in range(base, end):
            tok = toks[i]
            flags = flags_of(tok.norm, tok.is_word)
            if flags:
                if flags & (_STARTS_KNOWN | _AFTER_AMBIGUOUS):
                    known.append(i)
                if flags & _STARTS_TITLE:
                    title.append(i)
                if flags & _STARTS_HEAD:
                    head.append(i)
                if flags & _STARTS_GIVEN:
                    given.append(i)
                elif tok.is_word and tok.bare in KUNYA:
                    given.append(i)
                if flags & _MEDIA_HEAD and i < end - 1:
                    media.append(i)
                if flags & _PLACE_HEAD and i < end - 1:
                    place.append(i)
            elif tok.is_word and tok.bare in KUNYA:
                given.append(i)
        return Positions(known, title, head, given, media, place)

    def _compute_known_starts(self, norm: str) -> tuple[tuple[int, str], ...]:
        return tuple((k, form) for k, form in enumerate(_forms(norm)) if form in self.known_first)

    def _compute_title_starts(self, norm: str, is_word: bool) -> tuple[str, ...]:
        return tuple(f for f in (_forms(norm) if is_word else (norm,)) if f in self.title_first)

    def _compute_head_starts(self, norm: str) -> tuple[str, ...]:
        return tuple(f for f in _forms(norm) if f in self.head_first)

    def _compute_after_ambiguous_head(self, norm: str, is_word: bool) -> bool:
        return any(f in AMBIGUOUS_HEADS for f in (_forms(norm) if is_word else (norm,)))

    # -- gazetteer -------------------------------------------------------------------
    def match_known(self, toks: list[Token], i: int, end: int, table: dict | None = None,
                    strip: bool = True) -> tuple[int, int, Known] | None:
        """Longest known name at token ``i``: (token count, char offset in first token, Known)."""
        table = self.gaz.entries if table is None else table
        tok = toks[i]
        if not tok.is_word:
            return None
        if strip:
            starts = self._known_starts(tok.norm)
        else:
            starts = ((0, tok.norm),) if tok.norm in self.known_first else ()
        best = None
        for k, form in starts:
            # Walk forward while the words so far begin some key; remember the longest full key.
            key: tuple[str, ...] = (form,)
            j = i + 1
            found = None
            while True:
                known = table.get(key)
                # A stripped form of a frequent word (بعد → عد) is no place name.
                if known is not None and not (k and known.kind == "city"
                                              and (zipf(tok.norm) >= 3.5 or len(form) < 4)):
                    found = (len(key), known)
                if j >= end or key not in self.prefixes:
                    break
                key = (*key, toks[j].norm)
                j += 1
            if found and (best is None or found[0] > best[0]):
                best = (found[0], clitic_offset(tok, form), found[1])
        return best

    def gazetteer_candidates(self, toks: list[Token], base: int, end: int,
                             at: Positions | None = None) -> list[Candidate]:
        out = []
        known_starts = self._known_starts
        for i in (at or self.positions(toks, base, end)).known:
            tok = toks[i]
            hit = self.match_known(toks, i, end) if tok.is_word and known_starts(tok.norm) else None
            if hit:
                length, off, known = hit
                first = i
                if length > 1 and known.type == "ORG" and self.standalone_name(toks, i, i + length, known):
                    first, off = i + 1, 0
                out.append(Candidate(first, i + length, toks[first].start + off, toks[i + length - 1].end,
                                     known.type, "gazetteer", known, known.country, known.sector, known.name_en))
            # An ambiguous medium name right after its head: قناة المسيرة → المسيرة.
            if i + 1 < end and self._after_ambiguous_head(toks[i].norm, toks[i].is_word):
                hit = self.match_known(toks, i + 1, end, self.gaz.after_head, strip=False)
                if hit:
                    length, _, known = hit
                    j = i + 1
                    out.append(Candidate(j, j + length, toks[j].start, toks[j + length - 1].end, known.type,
                                         "gazetteer", known, known.country, known.sector, known.name_en))
        return out

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

    # -- people ----------------------------------------------------------------------
    def nationality(self, tok: Token) -> tuple[bool, str | None]:
        for form in (tok.norm, tok.bare):
            if form in self.nationalities:
                return True, self.nationalities[form]
        return False, None

    def name_word(self, tok: Token) -> bool:
        if not tok.is_word or not tok.text[:1].isalpha():
            return False
        if tok.norm == "علي":
            return not tok.text.endswith("ى")  # على is the preposition, علي the name
        if tok.norm in self.stop or tok.bare in self.stop:
            return False
        if (_preposition(tok.prefix) and tok.norm not in self.first_names
                and tok.norm not in self.person_words and zipf(tok.bare) >= 3.5):
            return False  # بقرار، للمصرف: a preposition on a common word
        return not _has_conjunction(tok)

    def common_word_form(self, tok: Token) -> bool:
        """An ordinary word by its shape: an indefinite accusative (اجتماعا، طارئا) or an imperfect
        verb (يقود، تبحث) that is frequent and no known name part."""
        norm = tok.norm
        if norm in self.first_names or norm in self.person_words:
            return False
        z = zipf(norm)
        if norm.endswith("ا") and not norm.endswith("اا") and len(norm) >= 4 and z >= 3.0:
            return True
        return norm[:1] in ("ي", "ت") and 4 <= len(norm) <= 5 and z >= 3.8 and not norm.startswith("ال")

    def given_width(self, toks: list[Token], j: int, end: int) -> int:
        """How many tokens the given name at ``toks[j]`` spans (0 when none): a lexicon name of one
        or two words, عبد + a name of God (عبد السلام), or a kunya (أبو محمد، أبو علي)."""
        t = toks[j]
        if j + 1 < end:
            nxt = toks[j + 1].norm
            if f"{t.norm} {nxt}" in self.first_names:
                return 2
            if t.norm == "عبد" and nxt in self.abd:
                return 2
            if t.bare in KUNYA and self.name_word(toks[j + 1]) and (
                    nxt in self.first_names or (nxt == "عبد" and j + 2 < end and toks[j + 2].norm in self.abd)):
                return 1 + self.given_width(toks, j + 1, end)
        if t.norm in self.first_names and self.name_word(t):
            return 1
        return 0

    def name_extent(self, toks: list[Token], j: int, end: int) -> int:
        """End (exclusive) of the name whose first word is ``toks[j]``."""
        k = j + 1
        while k < end and k - j < MAX_NAME_WORDS:
            t = toks[k]
            if t.norm in NAME_LINKS and k + 1 < end and self.name_word(toks[k + 1]):
                k += 2
                continue
            if t.norm == "عبد" and k + 1 < end:
                k += 2
                continue
            if not self.name_word(t) or self.title_at(toks, k, end):
                break
            is_nat, _ = self.nationality(t)
            if is_nat and (k - j < 2 or t.norm not in self.person_words):
                break
            if self.common_word_form(t):
                break
            z = zipf(t.norm)
            # a family nisba (السوداني، الحسيني) is a frequent word that still ends a name
            nisba = t.norm.startswith("ال") and t.norm.endswith("ي") and z < 4.8
            if t.norm in self.first_names or t.norm in self.person_words or z < 4.3 or nisba:
                k += 1
                continue
            break
        return k

    def title_at(self, toks: list[Token], i: int, end: int) -> tuple[int, str | None] | None:
        """A title starting at token ``i``: (token count, sector)."""
        forms = self._title_starts(toks[i].norm, toks[i].is_word)
        if not forms:
            return None
        for length in range(min(self.title_len, end - i), 0, -1):
            rest = tuple(t.norm for t in toks[i + 1 : i + length])
            for form in forms:
                hit = self.titles.get((form, *rest))
                if hit:
                    return length, hit[0]
        return None

    def title_phrase(self, toks: list[Token], i: int, end: int) -> tuple[int, str | None, str | None] | None:
        """Where the name after a title phrase begins: (token index, country, sector)."""
        first = self.title_at(toks, i, end)
        if not first:
            return None
        j = i + first[0]
        sector, country = first[1], None
        steps = skipped = 0
        while j < end and steps < 8:
            steps += 1
            t = toks[j]
            is_nat, nat_country = self.nationality(t)
            if is_nat:
                country = country or nat_country
                j += 1
                continue
            nxt = self.title_at(toks, j, end)
            if nxt:
                sector = sector or nxt[1]
                j += nxt[0]
                continue
            if t.norm in ("باسم", "لدي", "في", "السابق", "الاسبق", "الاول", "العام") and j + 1 < end:
                j += 1
                continue
            known = self.match_known(toks, j, end)
            if known and known[2].type in ("ORG", "LOC"):
                country = country or known[2].country
                if known[2].type == "ORG" and known[2].sector:
                    sector = sector or ("GOV" if known[2].sector in ("GOV", "MIL") else known[2].sector)
                j += known[0]
                continue
            org = self.org_at(toks, j, end)
            if org:
                country = country or org.country
                sector = sector or org.sector
                j = org.last
                continue
            if (skipped < 3 and t.norm.startswith("ال") and t.is_word and t.norm not in self.stop
                    and t.norm not in self.first_names and zipf(t.norm) >= 3.5 and j + 1 < end):
                # the title's own complement: رئيس المجلس السابق، أستاذ العلوم السياسية
                skipped += 1
                j += 1
                continue
            break
        return j, country, sector

    def title_candidates(self, toks: list[Token], base: int, end: int,
                         at: Positions | None = None) -> list[Candidate]:
        out = []
        resume = base  # a title phrase consumed the tokens before this index
        for i in (at or self.positions(toks, base, end)).title:
            if i < resume:
                continue
            phrase = self.title_phrase(toks, i, end)
            if not phrase:
                continue
            j, country, sector = phrase
            if j < end and self.name_word(toks[j]) and not self.nationality(toks[j])[0] and (
                toks[j].norm in self.first_names or toks[j].norm in self.person_words or zipf(toks[j].norm) < 3.6
            ) and not self.match_known(toks, j, end):
                k = self.name_extent(toks, j, end)
                out.append(Candidate(j, k, toks[j].start, toks[k - 1].end, "PER", "title", None, country, sector,
                                     title_first=i))
            resume = max(i + 1, j)
        return out

    def given_name_candidates(self, toks: list[Token], base: int, end: int,
                              at: Positions | None = None) -> list[Candidate]:
        out = []
        resume = base  # a name found consumed the tokens before this index
        for j in (at or self.positions(toks, base, end)).given:
            if j < resume:
                continue
            t = toks[j]
            width = self.given_width(toks, j, end) if t.is_word else 0
            if not width or (j > base and toks[j - 1].norm in ("عبد", *KUNYA)):
                continue
            # A compound (عبد السلام) or kunya (أبو محمد) is a name even with nothing after it.
            standalone = width > 1 and (t.norm == "عبد" or t.bare in KUNYA)
            k = j + width
            if k < end and toks[k].norm in NAME_LINKS:
                k = self.name_extent(toks, k - 1, end)  # جوهر بن مبارك: the link rule takes both words
            elif k < end and self.surname_like(toks[k], toks[j + width - 1]):
                k = self.name_extent(toks, k, end)
            if k > j + width or (standalone and not (k < end and toks[k].norm in NAME_LINKS)):
                out.append(Candidate(j, k, t.start, toks[k - 1].end, "PER", "given"))
                resume = k
        return out

    def surname_like(self, nxt: Token, given: Token) -> bool:
        """Can ``nxt`` be the surname right after the given name ``given``?"""
        if not self.name_word(nxt) or self.nationality(nxt)[0] or self.common_word_form(nxt):
            return False
        if nxt.norm in self.first_names or nxt.norm in self.person_words or nxt.norm in NAME_LINKS:
            return True
        limit = AMBIGUOUS_SURNAME_ZIPF if given.norm in self.ambiguous_given else SURNAME_ZIPF
        return zipf(nxt.norm) < limit

    # -- organisations ---------------------------------------------------------------
    def org_at(self, toks: list[Token], i: int, end: int) -> Candidate | None:
        tok = toks[i]
        if not tok.is_word:
            return None
        head = None
        for form in self._head_starts(tok.norm):
            for length in range(min(self.head_len, end - i), 0, -1):
                key = (form, *(t.norm for t in toks[i + 1 : i + length]))
                if key in self.heads:
                    head = (length, form, self.heads[key])
                    break
            if head:
                break
        if not head:
            return None
        length, form, (sector, bare_ok) = head
        if form in GENERIC_HEADS and length == 1:
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
        while j < end and complements < 4 and not (proper and not self.nationality(toks[j])[0]):
            t = toks[j]
            is_nat, nat_country = self.nationality(t)
            if is_nat and not _has_conjunction(t):
                country = nat_country
                j += 1
                break
            known = self.match_known(toks, j, end, strip=False)
            if known and known[2].type == "LOC":
                country, place = known[2].country, True
                j += known[0]
                break
            definite = t.norm.startswith("ال") or (t.prefix in ("ل", "لل") and complements > 0)
            if (definite and t.is_word and t.norm not in self.stop and t.bare not in self.stop
                    and not _has_conjunction(t) and not self.title_at(toks, j, end)):
                complements += 1
                j += 1
                continue
            # one co-ordinated complement inside the name: وزارة التخطيط والتعاون الدولي
            if (complements and not joined and t.prefix in ("وال", "ول", "ولل") and t.bare not in self.stop
                    and not self._head_starts(t.norm) and not self.match_known(toks, j, end)):
                joined = True
                complements += 1
                j += 1
                continue
            break
        is_nat_end = j > i + length and self.nationality(toks[j - 1])[0]
        if complements == 0 and not (bare_ok and is_nat_end) and not place:
            return None
        if form in WEAK_HEADS and not (is_nat_end or place):
            return None
        if is_nat_end and country is None and complements == 0:
            return None  # الجيش العربي alone, a region adjective without a name
        if complements == 0 and i > 0 and self.title_at(toks, i - 1, i + 1):
            return None  # وزير الخارجية الأميركي: the title's complement, not a ministry
        if proper:
            return Candidate(i + 1, j, toks[i + 1].start, toks[j - 1].end, "ORG", "head", None, country, sector)
        return Candidate(i, j, tok.start + clitic_offset(tok, form), toks[j - 1].end, "ORG", "head", None,
                         country, sector)

    def proper_name_word(self, tok: Token) -> bool:
        """A rare word with no clitic that is no nationality, known place or common word form."""
        return (tok.is_word and tok.prefix == "" and not tok.norm.startswith("ال") and self.name_word(tok)
                and zipf(tok.norm) < PROPER_NAME_ZIPF and not self.nationality(tok)[0]
                and not self.common_word_form(tok) and tok.norm not in self.known_first)

    def org_candidates(self, toks: list[Token], base: int, end: int,
                       at: Positions | None = None) -> list[Candidate]:
        out = []
        for i in (at or self.positions(toks, base, end)).head:
            cand = self.org_at(toks, i, end)
            if cand:
                out.append(cand)
        return out

    def media_candidates(self, toks: list[Token], base: int, end: int,
                         at: Positions | None = None) -> list[Candidate]:
        """An unknown name after a media head: لقناة الراي، وكالة تسنيم، وكالة فرات للأنباء."""
        out = []
        for i in (at or self.positions(toks, base, end)).media:
            tok = toks[i]
            j = i + 1
            while j < end and j - i <= 3 and self.media_name_word(toks[j], first=j == i + 1):
                j += 1
            if j == i + 1:
                continue
            if j < end and toks[j].norm in NEWS_WORDS:
                start = tok.start + clitic_offset(tok, next(f for f in _forms(tok.norm) if f in MEDIA_HEADS))
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
            return zipf(tok.norm) < 5.0 and tok.norm not in ("الانباء", "الاعلام", "الانباء", "الرسميه")
        if tok.norm.startswith("ال") or self.common_word_form(tok):
            return False
        return zipf(tok.norm) < (4.0 if first else 3.3) or (first and self.match_known(
            [tok], 0, 1, strip=False) is not None)

    # -- places named after a place noun ---------------------------------------------
    def place_candidates(self, toks: list[Token], base: int, end: int,
                         at: Positions | None = None) -> list[Candidate]:
        """Unknown places after an indefinite place noun: بلدة دركوش، مخيم أبو شوك، مناطق متينا وغارا،
        and facilities with their noun: قاعدة رامشتاين الجوية، شارع الحمرا."""
        out = []
        for i in (at or self.positions(toks, base, end)).place:
            tok = toks[i]
            head = next((f for f in _forms(tok.norm) if f in PLACE_HEADS or f in FACILITY_HEADS), None)
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

    def sentence(self, toks: list[Token], base: int, end: int) -> list[Candidate]:
        at = self.positions(toks, base, end)
        return (self.gazetteer_candidates(toks, base, end, at) + self.title_candidates(toks, base, end, at)
                + self.org_candidates(toks, base, end, at) + self.given_name_candidates(toks, base, end, at)
                + self.media_candidates(toks, base, end, at) + self.place_candidates(toks, base, end, at))

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
                    and toks[k + 1].norm not in self.stop):
                a = toks[k + 1]
                out.append(Candidate(k + 1, k + 2, a.start, a.end, "ORG", c.rule, c.known, c.country, c.sector,
                                     c.name_en, alias_of=c))
        return out


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy left-to-right choice of non-overlapping spans: longer first, then by rule priority."""
    ordered = sorted(candidates, key=lambda c: (c.first, -(c.last - c.first), PRIORITY[c.rule]))
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in ordered:
        if any(k in taken for k in range(c.first, c.last)):
            continue
        chosen.append(c)
        taken.update(range(c.first, c.last))
    return sorted(chosen, key=lambda c: c.first)
