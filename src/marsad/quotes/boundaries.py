"""Where a quote's content starts and ends: clause ends, quotations, trimming, and its output span."""

from __future__ import annotations

from marsad.model import Span
from marsad.quotes.marks import Region, is_mark
from marsad.quotes.state import (
    CLAUSE_OPENERS,
    CONNECTORS,
    SENTENCE_END,
    TRAILING_PUNCT,
    DetectorState,
    Draft,
)

# Words that open the reporter's own clause after a comma, ending the reported one.
REPORTER_CLAUSE = frozenset({"فيما", "بينما", "وذلك"})
RELATIVE = frozenset({"ما", "بما", "فيما", "مما", "عما", "الذي", "التي", "الذين"})


class ContentBoundaries(DetectorState):
    def clause_end(self, start: int, limit: int) -> int:
        """Last token of the content starting at ``start``: the sentence end, or the next cue.

        A quotation opened inside the content carries it past a sentence end to its close;
        ``limit`` (exclusive) bounds it, e.g. the quotation holding a nested quote.
        """
        _, last = self.sentence_range(start)
        last = min(last, limit)
        k = start
        while k < last:
            tok = self.tokens[k]
            region = self.by_open.get(k)
            if region is not None and region.close >= last:
                last = min(region.close + 1, limit)
            if region is not None:
                k = region.close + 1
                continue
            if k > start and tok.is_word and self.is_cue(k) and not self.relative_cue(k) and not self.nested_cue(k) \
                    and not self.predicate_participle(k):
                break
            if k > start + 1 and self.negated(k) and self.tokens[k - 1].norm == "ان" and self.lex.cue(tok):
                k -= 2 if self.tokens[k - 3].norm != "من" else 3  # …، (من) دون أن يوضح
                break  # (… في ما وصفها بـ«…»: a relative clause stays inside the content)
            if tok.text in SENTENCE_END and k > start:
                break
            if k > start and self.tokens[k - 1].text in ("،", ",") and self.reporter_clause(k, last):
                break  # …، فيما …، وذلك خلال …، دون أن يوضح: the reporter's own clause follows
            k += 1
        return self.trim_end(start, k - 1)

    def reporter_clause(self, k: int, last: int) -> bool:
        """Does a clause of the reporter's own start at ``k``, after a comma inside a content?"""
        tokens = self.tokens
        if tokens[k].norm in REPORTER_CLAUSE:
            return True
        if tokens[k].norm in ("وهو", "وهي") and k + 1 < last and tokens[k + 1].norm == "ما":
            return True  # …، وهو ما يعيد الكرة إلى …: the reporter's comment
        if tokens[k].norm in self.lex.clause_participles:
            return True  # …، متوعدا بـ«…»: a new act of the speaker, not part of what was said
        m = k + 1 if tokens[k].norm == "من" else k
        if m >= last or tokens[m].norm not in ("دون", "بدون"):
            return False
        m += 1
        if m < last and tokens[m].norm == "ان":
            m += 1
        # دون أن يوضح، دون الكشف عن …: what the speaker withheld; دون أن يسفر عن إصابات is still the claim
        return m < last and (tokens[m].norm in self.lex.withheld or bool(self.lex.cue(tokens[m])))

    def predicate_participle(self, k: int) -> bool:
        """الحكومة مطالبة بتوضيح …: a participle right after a definite noun, with no comma, is its predicate."""
        entry = self.lex.cue(self.tokens[k])
        before = self.tokens[k - 1]
        return (entry is not None and entry.participle and before.is_word and before.norm.startswith("ال")
                and self.tokens[k].norm[:1] != "و")

    def relative_cue(self, k: int) -> bool:
        """ما وصفه بـ«…»: a cue inside a relative clause; فيما أعلن is a new clause ("while")."""
        before = self.tokens[k - 1].norm
        if before not in RELATIVE:
            return False
        entry = self.lex.cue(self.tokens[k])
        return before != "فيما" or (entry is not None and entry.role == "frame")

    def nested_cue(self, k: int) -> bool:
        """بأن الوزيرين أكدا رفضهما …: a bare verb right after the reported clause's subject is
        speech inside the content; a new clause starts with a comma, a conjunction or a participle."""
        tok, before = self.tokens[k], self.tokens[k - 1]
        entry = self.lex.cue(tok)
        if entry is None or entry.participle or tok.norm[:1] in "وف" or not before.is_word:
            return False
        return before.norm not in CONNECTORS and before.norm not in CLAUSE_OPENERS

    def trim_end(self, start: int, end: int) -> int:
        while end > start:
            tok = self.tokens[end]
            if tok.text in TRAILING_PUNCT or tok.norm in CONNECTORS:
                end -= 1
            elif tok.text in ("(", "[") or (is_mark(tok.text) and end not in self.by_close):
                end -= 1
            else:
                break
        return end

    def quoted_content(self, region: Region, limit: int) -> tuple[int, int, bool]:
        """Content starting with a quotation: the quotation, or more when the clause goes on."""
        after = region.close + 1
        _, last = self.sentence_range(region.open)
        if region.balanced and after < min(last, limit):
            tok = self.tokens[after]
            if tok.text not in TRAILING_PUNCT and not is_mark(tok.text) and not self.starts_new_clause(tok):
                return region.open, self.clause_end(after, limit), False
        return region.open, region.close, True

    def content_from(self, cs: int, limit: int) -> tuple[int, int, bool]:
        """(start, stop, inner) of a content starting at token ``cs``: a quotation or a plain clause."""
        region = self.by_open.get(cs)
        if region is not None:
            return self.quoted_content(region, limit)
        return cs, self.clause_end(cs, limit), False

    def kind_of(self, start: int, stop: int, inner: bool) -> str:
        if inner:
            return "direct"
        k = start
        while k <= stop:
            if is_mark(self.tokens[k].text):
                region = self.by_open.get(k)
                if region is None or region.close > stop or not self.quoted_name_in_content(region):
                    return "mixed"
                k = region.close
            k += 1
        return "indirect"

    def quoted_name_in_content(self, region: Region) -> bool:
        """الملقب بـ"شاعر الحراك"، من طراز "إيريس-تي"، "قسد": a short quotation that names something."""
        if not region.balanced or region.close - region.open > 5 or region.close - region.open < 2:
            return False
        inside = range(region.open + 1, region.close)
        if all(k < len(self.doc.token_entity) and self.doc.token_entity[k] >= 0 for k in inside):
            return True  # the entity layer read it as a name
        before = region.open - 1
        if before >= 0 and self.tokens[before].norm in ("ب", "بـ", "ل", "لـ"):
            before -= 1
        if before < 0:
            return False
        tok = self.tokens[before]
        # as written (الملقب، عملية): a definite noun before a quotation (المجموعة «ستبقى …») is its subject
        forms = {tok.norm, tok.norm[1:] if tok.norm[:1] in "بلو" else tok.norm}
        return bool(forms & self.lex.name_markers)

    def dateline_end(self, first: int) -> int:
        """Skip a dateline (طرابلس - , القاهرة (رويترز) -) at the start of a sentence."""
        _, last = self.sentence_range(first)
        for k in range(first + 1, min(first + 6, last)):
            if self.tokens[k].text in ("-", "–", "—"):
                return k + 1
            if not self.tokens[k].is_word and self.tokens[k].text not in ("(", ")"):
                break
        return first

    def content_span(self, draft: Draft) -> Span:
        a, b = draft.content
        if draft.inner:
            # drop the marks; an unbalanced quotation runs to the region end
            a, b = a + 1, b - 1 if b in self.by_close else b
            b = self.trim_end(a, b) if b > a else b
        start, end = self.tokens[a].start, self.tokens[b].end
        return Span(start, end, self.doc.text[start:end])
