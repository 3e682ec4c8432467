"""According-phrases (بحسب، وفق، نقلا عن): they attribute the clause they hang on."""

from __future__ import annotations

from marsad.quotes.boundaries import ContentBoundaries
from marsad.quotes.lexicon import CueEntry
from marsad.quotes.speakers import channel_starts, is_introducer, quoted_outlet_name
from marsad.quotes.state import TRAILING_PUNCT, Draft

RELAY_PRONOUNS = frozenset({"به", "بها", "عنه", "عنها", "عنهم"})  # بحسب ما نقلت عنه …
TRANSITION_OPENERS = frozenset({"في", "وفي", "ومن", "من", "علي", "وعلي", "والي", "الي", "وعلى"})
MAX_TRANSITION = 9
COMPLEMENTISER_AFTER_COMMA = frozenset({"فان", "فانه", "فانها", "فانهم"})


class AccordingPhrases(ContentBoundaries):
    def according_quote(self, i: int, entry: CueEntry) -> Draft | None:
        tokens = self.tokens
        first, last = self.sentence_range(i)
        j = i + 1
        if j < last and tokens[j].norm in ("ل", "لـ"):
            j += 1
        if entry.lemma == "نقلا عن":
            if j >= last or tokens[j].norm != "عن":
                return None
            j += 1
        j = self.after_ma_clause(i, j, last, RELAY_PRONOUNS | {"ه"})  # بحسب ما أفاد المرصد، حسبما ذكرت
        if j >= last or not tokens[j].is_word:
            return None
        tok = tokens[j]
        if {tok.norm, tok.stem, tok.bare, tok.norm[1:] if tok.norm[:1] == "ل" else ""} & self.lex.according_not:
            return None
        e = j + 1
        while e < last and e - j < 10:
            close = quoted_outlet_name(self.lex, tokens, e, last)  # وفق ما أوردت صحيفة "الخبر" الجزائرية
            region = self.by_open.get(e)
            if close is None and region is not None and region.balanced and tokens[e - 1].norm in ("ل", "لـ") \
                    and region.close - region.open <= 5:
                close = region.close  # بحسب شهود تحدثوا لـ"العربي الجديد"
            if close is not None:
                e = close + 1
            elif tokens[e].is_word and not self.is_cue(e) and not is_introducer(tokens[e]):
                e += 1
            else:
                break
        speaker, channel = self.relayed_source(i, j, e)
        lead = i
        while lead > first and tokens[lead - 1].text in ("(", "-"):
            lead -= 1
        if lead == first:  # وبحسب المصدر، …: the content follows
            k = e
            while k < last and tokens[k].text in TRAILING_PUNCT:
                k += 1
            if k < last and tokens[k].norm in COMPLEMENTISER_AFTER_COMMA:
                k += 1  # ووفق ما قال المسؤول، فإن …
            if k >= last:
                return None
            return Draft(i, entry, (k, self.clause_end(k, len(tokens))), "according", speaker, channel)
        start = self.after_transition(self.dateline_end(first), i)
        stop = self.trim_end(start, i - 1)
        if stop <= start:
            return None
        return Draft(i, entry, (start, stop), "according", speaker, channel)

    def after_transition(self, start: int, i: int) -> int:
        """Skip a short fronted phrase and its comma (وفي إقليم كردستان، / ومن جهة أخرى،): the reporter's framing."""
        tokens = self.tokens
        if start >= i or tokens[start].norm not in TRANSITION_OPENERS:
            return start
        for k in range(start + 1, min(start + MAX_TRANSITION, i)):
            if tokens[k].text in ("،", ","):
                return k + 1
            if not tokens[k].is_word:
                break
        return start

    def relayed_source(self, i: int, j: int, e: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """(speaker, channel) of the source [j, e): بحسب ما نقلت وكالة X عن مصدر Y → Y speaks through X;
        بحسب شهود تحدثوا لـ"X" → the witnesses speak, X carried it."""
        ma_verb = j - 1
        entry = self.lex.cue(self.tokens[ma_verb]) if ma_verb > i else None
        head = self.tokens[j]
        if any(self.lex.channel_words.get(f) == "medium" for f in (head.norm, head.stem)):
            return (j, e), None  # وفق بيان صدر عقب اجتماع عبر الفيديو: the statement is the source
        if entry is None or entry.role != "relay":
            for k in range(j + 1, e):  # بحسب المصرف في بيان، بحسب شهود تحدثوا لـ"X"
                if self.tokens[k].prefix[:1] == "ل" or self.tokens[k].norm in ("ل", "لـ", "في", "عبر", "خلال"):
                    if not channel_starts(self.doc, self.lex, k, e):
                        continue
                    before = self.tokens[k - 1]  # شهود تحدثوا لـ…: the verb of speaking is not the source
                    spoke = before.norm in self.verb_forms or before.norm.startswith("تحدث") or self.lex.cue(before)
                    stop = k - 1 if k - 1 > j and spoke else k
                    return (j, stop), (k, e)
            return (j, e), None
        for k in range(j + 1, e - 1):
            if self.tokens[k].norm == "عن":
                return (k + 1, e), (j, k)
        return (j, e), None

    def according_aside(self, k: int, end: int) -> tuple[tuple[int, int], int] | None:
        """(source span, token after the closing comma) of an aside بحسب ما نقلت X، at ``k``."""
        tokens = self.tokens
        j = k + 1
        if j < end and tokens[j].norm in ("ل", "لـ", "عن"):
            j += 1
        j = self.after_ma_clause(k, j, end, RELAY_PRONOUNS)
        m = j
        while m < end and m - j < 10 and tokens[m].is_word:
            m += 1
        if m == j or m >= end or tokens[m].text not in ("،", ","):
            return None
        return (j, m), m + 1

    def after_ma_clause(self, i: int, j: int, end: int, pronouns: frozenset[str]) -> int:
        """Token after the "ما نقلت عنه" clause at ``j`` that follows the according word at ``i``."""
        tokens = self.tokens
        fused = self.fused_ma(i)
        if j < end and (tokens[j].norm == "ما" or fused):
            j += 0 if fused else 1
            if j < end and tokens[j].is_word:
                j += 1
            if j < end and tokens[j].norm in pronouns:
                j += 1
        return j

    def fused_ma(self, i: int) -> bool:
        """حسبما، بحسبما: an according-phrase with the ما of "بحسب ما ذكرت" written on."""
        norm = self.tokens[i].norm
        return norm.endswith("ما") and self.lex.according_cue(self.tokens[i]) is not None

    def relays_words(self, i: int, draft: Draft) -> bool:
        """بحسب ما نقلت عنه وكالة X / وفق رويترز: the phrase tells how words arrived, not whose claim it is."""
        after = self.tokens[i + 1].norm if i + 1 < len(self.tokens) else ""
        if after == "ما" or self.fused_ma(i):
            return True
        assert draft.speaker is not None
        s = draft.speaker[0]
        return bool(self.lex.media_at(self.tokens, s, draft.speaker[1]) or self.lex.channel_kind(self.tokens[s]))
