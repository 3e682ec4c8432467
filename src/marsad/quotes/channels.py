"""The gap between speaker and content: channels (للصحافيين، في بيان، لرويترز) and the content's anchor."""

from __future__ import annotations

from marsad.quotes.according import AccordingPhrases
from marsad.quotes.marks import Region, is_mark
from marsad.quotes.speakers import channel_starts, is_introducer, speaker_end
from marsad.quotes.state import SENTENCE_END, TRAILING_PUNCT

MAX_GAP_TOKENS = 20
MAX_LOOSE_GAP = 6
MAX_LOOSE_BEFORE_MARK = 3
MAX_LOOSE_BEFORE_COLON = 15
# Prepositions opening an adverbial phrase between speaker and content (خلال لقائه …، في قصر …):
# the words after them are not a sign that the verb has no content.
ADVERBIAL = frozenset({"خلال", "عقب", "اثر", "بعد", "قبل", "لدي", "عند", "اثناء", "في", "امام"})
APPOSITION = frozenset({"وهو", "وهي", "وهم", "وهما"})
PREPOSITIONS = frozenset({"الي", "علي", "من", "عن", "ب", "بـ", "في", "ل", "لـ"})


class ChannelsAndAnchors(AccordingPhrases):
    def find_anchor(self, j: int, end: int, channel: tuple[int, int] | None
                    ) -> tuple[str, int, tuple[int, int] | None] | None:
        """Where the content starts after the speaker: ("intro"|"mark"|"colon"|"prep", token, channel)."""
        tokens = self.tokens
        k = j
        chan_start = None
        loose = 0  # gap words that are neither channel nor time: many means no reported speech
        self.first_loose = None
        counting = True
        times = self.time_words
        while k < end and k - j < MAX_GAP_TOKENS + 10:
            tok = tokens[k]
            if tok.text in ("،", ",") and k + 1 < end and tokens[k + 1].norm in APPOSITION:
                k = self.apposition_end(k + 1, end)  # …، وهو أحد المتهمين، …
                continue
            if tok.text in ("،", ",") and k + 1 < end and self.lex.according_cue(tokens[k + 1]):
                aside = self.according_aside(k + 1, end)  # …، بحسب ما نقلت وكالة X، بأن …
                if aside is not None:
                    source, k = aside
                    channel = channel or source
                    continue
            if tok.norm in ADVERBIAL:
                counting = False
            region = self.by_open.get(k)
            if region is not None:
                after = region.close + 1
                if (region.balanced and region.close - region.open <= 5 and after < end
                        and is_introducer(tokens[after])):
                    k = after  # a name in quotation marks: صحيفة "الشرق الأوسط" إن
                    continue
                if self.quoted_name(region, j, end):
                    k = after  # فصيل "السلطان سليمان شاه" التابع …: a label, not the content
                    continue
                if (chan_start is not None and region.balanced and region.close - region.open <= 5 and after < end
                        and (tokens[k - 1].norm in ("ل", "لـ", "مع")
                             or self.lex.channel_kind(tokens[k - 1]) in ("addressee", "outlet"))):
                    k = after  # في تصريح لـ"الأناضول": «…»، في اتصال مع "الشروق": the outlet addressed
                    continue
                if loose > MAX_LOOSE_BEFORE_MARK:
                    return None
                return "mark", k, self.channel_span(chan_start, k, channel)
            if tok.text == ":":
                if loose > MAX_LOOSE_BEFORE_COLON:
                    return None
                if k + 1 in self.by_open:
                    return "mark", k + 1, self.channel_span(chan_start, k, channel)
                return "colon", k, self.channel_span(chan_start, k, channel)
            media = self.lex.media_at(tokens, k, end) if k > j and tok.norm in self.lex.media_by_first else 0
            if media:  # لشبكة سي إن إن إن …: the outlet's name is not the complementiser
                chan_start = k - 1 if chan_start is None and channel is None and k - 1 >= j else chan_start
                k += media
                if (k < end and not is_introducer(tokens[k]) and is_introducer(tokens[k - 1])
                        and not any(is_introducer(t) for t in tokens[k + 1 : min(k + 3, end)])):
                    k -= 1  # سي إن إن إن, with the doubled إن dropped by the text layer (not سي إن إن ترك إن)
                continue
            if is_introducer(tok) or (tok.norm in ("الي", "علي", "من", "عن") and k + 1 < end
                                      and is_introducer(tokens[k + 1])):
                if loose > MAX_LOOSE_GAP:
                    return None
                at = k if is_introducer(tok) else k + 1
                return "intro", at, self.channel_span(chan_start, k, channel)
            if k == j and tok.is_word and self.saying_participle(k):
                self.consumed.add(k)  # وأضاف الوزير قائلا: …: the participle only announces the words
                k += 1
                continue
            if tok.text in SENTENCE_END or (tok.is_word and self.is_cue(k)):
                return None
            if chan_start is None and channel is None and channel_starts(self.doc, self.lex, k, end):
                chan_start = k
            elif counting and chan_start is None and tok.is_word and tok.norm not in times:
                loose += 1
                if self.first_loose is None:
                    self.first_loose = k
            if loose > MAX_LOOSE_BEFORE_COLON:
                return None
            k += 1
        return None

    def saying_participle(self, k: int) -> bool:
        """قائلا/قائلة: "saying", which adds nothing to the verb it follows."""
        entry = self.lex.cue(self.tokens[k])
        return entry is not None and entry.participle and entry.lemma == "قال" and self.tokens[k].norm[:1] != "و"

    def quoted_name(self, region: Region, j: int, end: int) -> bool:
        """A short quotation right after a common noun and followed by more of the clause is a name."""
        before, after = region.open - 1, region.close + 1
        if not region.balanced or region.close - region.open > 5 or before < j or after >= end:
            return False
        prev, nxt = self.tokens[before], self.tokens[after]
        if self.lex.channel_kind(prev) == "outlet" and (nxt.is_word or nxt.text in TRAILING_PUNCT):
            return True  # لموقع "أكسيوس" الأميركي، صحيفة "النهار": an outlet's name
        if not prev.is_word or prev.prefix[:1] in ("ب", "ل") or prev.norm in PREPOSITIONS or prev.norm in ("بـ", "لـ"):
            return False
        return nxt.is_word and not is_introducer(nxt) and not self.starts_new_clause(nxt)

    def apposition_end(self, k: int, end: int) -> int:
        """Token after an apposition (وهو … ،) that starts at ``k``."""
        m = k
        while m < end and m - k < 15 and self.tokens[m].text not in ("،", ",", ":"):
            m += 1
        if m < end and self.tokens[m].text in ("،", ","):
            return m + 1
        return m

    def channel_span(self, start: int | None, stop: int, channel: tuple[int, int] | None
                     ) -> tuple[int, int] | None:
        if channel is not None or start is None:
            return channel
        k = start + 1
        times = self.time_words
        while k < stop and k in self.by_open and self.by_open[k].close < stop and self.by_open[k].balanced:
            k = self.by_open[k].close + 1  # لشبكة "سي إن إن": the quoted name is one piece
        while k < stop and self.tokens[k].text not in TRAILING_PUNCT and (
                self.tokens[k].norm not in times or self.addressee_follows(k, stop) or self.platform_follows(k, stop)):
            k += self.lex.media_at(self.tokens, k, stop) or 1  # في تصريح لـ"الخبر"، عبر حسابه على منصة إكس
        return (start, k)

    def platform_follows(self, k: int, stop: int) -> bool:
        """Does ``tokens[k]`` (عبر / على) lead on to the platform of a medium: عبر حسابه، على منصة إكس?"""
        if self.tokens[k].norm not in ("عبر", "علي") or k + 1 >= stop:
            return False
        return channel_starts(self.doc, self.lex, k, stop) or bool(
            self.lex.channel_kind(self.tokens[k + 1]) or self.lex.media_at(self.tokens, k + 1, stop))

    def addressee_follows(self, k: int, stop: int) -> bool:
        """Does ``tokens[k]`` (ل / لـ) open an outlet's name: لـ"الخبر"، لـ سكاي نيوز?"""
        if self.tokens[k].norm not in ("ل", "لـ") or k + 1 >= stop:
            return False
        return is_mark(self.tokens[k + 1].text) or bool(self.lex.media_at(self.tokens, k + 1, stop))

    def statement_issuer(self, j: int, end: int
                         ) -> tuple[tuple[int, int], tuple[int, int] | None, int] | None:
        """(channel, issuer, next token) of في بيان صادر عن X / في بيان لـX / في البيان after جاء."""
        tokens = self.tokens
        if not (j + 1 < end and tokens[j].norm in ("في", "وفي") and channel_starts(self.doc, self.lex, j, end)):
            return None
        k = j + 2
        if k + 1 < end and tokens[k].norm in ("صادر", "الصادر", "صادره", "الصادره") and tokens[k + 1].norm == "عن":
            s = k + 2
        elif k < end and tokens[k].norm[:1] == "ل" and tokens[k].is_word and not is_introducer(tokens[k]):
            s = k
        else:
            return (j, k), None, k
        e = speaker_end(self.doc, self.lex, s, end)
        return (j, k), ((s, e) if e > s else None), max(e, s)
