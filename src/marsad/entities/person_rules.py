"""People: a title phrase and the name after it (وزير الخارجية الأميركي جان نويل بارو),
and a given name with its surname (جوش ايرنست، أبو محمد الجولاني).

A mixin of :class:`marsad.entities.recognize.Recognizer`, which holds the title and
given-name lexicons and the gazetteer look-up (``match_known``) these rules use.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.entities.candidates import Candidate, Positions
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


class PersonRules:
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
                         at: Positions) -> list[Candidate]:
        out = []
        resume = base  # a title phrase consumed the tokens before this index
        for i in at.title:
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
                              at: Positions) -> list[Candidate]:
        out = []
        resume = base  # a name found consumed the tokens before this index
        for j in at.given:
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
