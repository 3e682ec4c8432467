"""Find reported speech: cue → speaker → channel → content, in the orders Arabic news uses.

For every reporting verb (from ``cue_verbs.tsv``) the detector reads, left to right:
the speaker phrase (verb–subject order: وقال المتحدث …), a channel (للصحافيين، في
بيان، لرويترز), then the content, introduced by إن/أن, a colon or a quotation mark.
With no content after the verb, a quotation just before it is the content
("…"، قال كيري).  According-phrases (بحسب، وفق، نقلا عن) attribute the clause they
hang on.  Speakers left implicit (وأضاف، مضيفا، لكنه أشار) are filled in afterwards
from the clause or the previous quote, see :mod:`marsad.quotes.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.doc import Doc, Token
from marsad.model import Cue, Span, Speaker
from marsad.quotes.lexicon import CueEntry, QuoteLexicon
from marsad.quotes.marks import Region, enclosing, is_mark, quote_regions, region_index
from marsad.quotes.speakers import (
    REPORTED_SAYING,
    channel_starts,
    entity_at,
    is_introducer,
    np_end,
    pick_entity,
    speaker_end,
)

SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", "…"})
TRAILING_PUNCT = frozenset({"،", ",", ".", ":", "؛", ";", "-", "–", "—", "!", "؟", "?"})
NEGATIONS = frozenset({"لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن"})
# Words that join the next clause to a finished one: trimmed from a content's end, and
# after a closing quotation mark they end the quote (… "…" لكنه أشار).
CONNECTORS = frozenset({"و", "فيما", "بينما", "كما", "ثم", "حين", "لكن", "لكنه", "لكنها", "لكنهم", "بل",
                        "في", "حيث", "اذ", "وذلك", "ومن", "من"})
CLAUSE_OPENERS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "بل", "ثم", "بينما", "في", "حيث", "كما"})
PREPOSITIONS = frozenset({"الي", "علي", "من", "عن", "ب", "بـ", "في", "ل", "لـ"})
MAX_GAP_TOKENS = 20
MAX_LOOSE_GAP = 6
MAX_LOOSE_BEFORE_MARK = 3
MAX_LOOSE_BEFORE_COLON = 15
# Prepositions opening an adverbial phrase between speaker and content (خلال لقائه …، في قصر …):
# the words after them are not a sign that the verb has no content.
ADVERBIAL = frozenset({"خلال", "عقب", "اثر", "بعد", "قبل", "لدي", "عند", "اثناء", "في", "امام"})
RELATIVE = frozenset({"ما", "بما", "فيما", "مما", "عما", "الذي", "التي", "الذين"})
APPOSITION = frozenset({"وهو", "وهي", "وهم", "وهما"})
SUBJECT_EDGE = frozenset({"لكن", "و", "ان", "بينما", "فيما", "حيث", "اذ", "غير", "بل", "ثم", "فقد", "قد"})
# Verbs whose content may be a bare verbal noun, with no إن/أن (أعلن الجيش إسقاط …، أكد الوزير ضرورة …،
# نفى المتحدث وجود …), and the preposition some of them take before it (شدد على ضرورة …).
BARE_CONTENT_PREPOSITIONS = {"emphasise": "علي", "express": "عن", "warn": "من"}
AS_SAID = frozenset({"كما", "وكما", "مثلما", "ومثلما"})  # كما قال الوزير، …: an attribution
NEGATING_BEFORE_AN = frozenset({"دون", "بدون", "ودون"})  # (من) دون أن يوضح: nothing was said
COMPLEMENTISER_AFTER_COMMA = frozenset({"فان", "فانه", "فانها", "فانهم"})


@dataclass
class Draft:
    """A quote being built; token indices, resolved into the contract Quote at the end."""

    cue: int
    entry: CueEntry
    content: tuple[int, int]  # token range [first, last] inclusive
    kind: str
    speaker: tuple[int, int] | None = None  # token range [start, end)
    channel: tuple[int, int] | None = None
    inner: bool = False  # content is the inside of one quotation (marks excluded)
    speaker_obj: Speaker | None = field(default=None, repr=False)


class Detector:
    def __init__(self, doc: Doc, lex: QuoteLexicon, verb_forms: frozenset[str]):
        self.doc = doc
        self.lex = lex
        self.tokens = doc.tokens
        self.verb_forms = verb_forms
        self.regions = quote_regions(doc)
        self.by_open, self.by_close = region_index(self.regions)
        self.used_regions: set[int] = set()
        self.consumed: set[int] = set()  # cue words read as part of another quote (… نقلا عن …)
        # speaker phrase of every cue, even one that yields no quote (participles borrow it)
        self.cue_speakers: dict[int, tuple[int, int]] = {}
        self.first_loose: int | None = None  # first gap word of the last find_anchor (an object)
        self.time_words = lex.speaker_stops - {"عن", "من", "امام", "الي", "علي"}

    # --- small predicates -------------------------------------------------------------

    def sentence_range(self, k: int) -> tuple[int, int]:
        return self.doc.sentence_tokens[self.tokens[k].sent]

    def is_cue(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok.is_word and bool(self.lex.cue(tok) or self.lex.according_cue(tok)) and not self.negated(k)

    def negated(self, k: int) -> bool:
        if k > 0 and self.tokens[k - 1].norm in NEGATIONS:
            return True
        return k > 1 and self.tokens[k - 1].norm == "ان" and self.tokens[k - 2].norm in NEGATING_BEFORE_AN

    def starts_new_clause(self, tok: Token) -> bool:
        norm = tok.norm
        if norm in CLAUSE_OPENERS or self.lex.cue(tok) or self.lex.according_cue(tok):
            return True
        return norm[:1] in "وف" and norm[1:] in self.verb_forms

    # --- content boundaries -------------------------------------------------------------

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
            if k > start and tok.is_word and self.is_cue(k) and not self.relative_cue(k) and not self.nested_cue(k):
                break
            if k > start + 1 and self.negated(k) and self.tokens[k - 1].norm == "ان" and self.lex.cue(tok):
                k -= 2 if self.tokens[k - 3].norm != "من" else 3  # …، (من) دون أن يوضح
                break  # (… في ما وصفها بـ«…»: a relative clause stays inside the content)
            if tok.text in SENTENCE_END and k > start:
                break
            if tok.norm in ("فيما", "بينما") and k > start and self.tokens[k - 1].text in ("،", ","):
                break  # …، فيما …: the reporter's own clause follows
            k += 1
        return self.trim_end(start, k - 1)

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

    # --- cues -------------------------------------------------------------------------

    def verb_quote(self, i: int, entry: CueEntry) -> Draft | None:
        tokens = self.tokens
        first, last = self.sentence_range(i)
        holder = enclosing(self.regions, i)
        limit = holder.close if holder else len(tokens)
        end = min(last, limit)
        j = i + 1
        speaker = channel = None
        if entry.role == "relay":
            k = j
            while k < end and k - j < 10 and tokens[k].norm != "عن" and (
                    tokens[k].is_word or tokens[k].text in "()" or is_mark(tokens[k].text)):
                k += 1
            if k >= end or tokens[k].norm != "عن":
                return None
            channel = (j, k) if k > j else self.subject_before(i)  # وكالة فرات المقربة منه نقلت عن
            s = k + 1
            e = speaker_end(self.doc, self.lex, s, end)
            speaker = (s, e) if e > s else None
            j = e
            if j < end and tokens[j].norm in REPORTED_SAYING:
                j += 1
        elif entry.role == "came":
            found = self.statement_issuer(j, end)  # وجاء في بيان صادر عن الوزارة أن …
            if found is None:
                return None
            channel, speaker, j = found
        elif i - 1 > first and tokens[i - 1].norm == "قد" and self.kana_subject(i) is not None:
            self.cue_speakers[i] = self.kana_subject(i)  # وكانت المنظمة قد دعت الطرفين: no subject after
        elif not entry.participle and j < end and self.verbal_noun(j):
            return self.bare_content(i, entry, None, end, limit)  # لكنه أبدى استعداد بلاده …: no subject
        elif not entry.participle:
            e = speaker_end(self.doc, self.lex, j, end)
            speaker = (j, e) if e > j else None
            j = e
            if speaker and j + 2 < end and tokens[j].norm == "نقلا" and tokens[j + 1].norm == "عن":
                # أفادت صحيفة X نقلا عن مصادر … بأن: the paper relays, the sources speak
                e = speaker_end(self.doc, self.lex, j + 2, end)
                if e > j + 2:
                    self.consumed.add(j)
                    channel, speaker, j = speaker, (j + 2, e), e
            if entry.role == "tell" and j < end and not is_introducer(tokens[j]):
                c = speaker_end(self.doc, self.lex, j, end) if not channel_starts(self.doc, self.lex, j, end) else j
                c = max(c, j + (self.lex.media_at(tokens, j, end) or 1))
                channel = (j, c)
                j = c
        if speaker and entry.role == "frame":
            speaker = self.frame_subject(i, speaker, end)
        if speaker:
            self.cue_speakers[i] = speaker
        anchor = self.find_anchor(j, end, channel)
        if anchor is None:
            if i > first and tokens[i - 1].norm in AS_SAID:
                return self.as_said_quote(i, entry, first, end)
            return (self.content_before(i, entry, speaker, first, end)
                    or self.bare_content(i, entry, speaker, end, limit))
        kind_of_anchor, k, channel = anchor
        if kind_of_anchor == "mark":
            cs = k
        else:
            cs = k + 1
            if cs < end and tokens[cs].norm == "ان" and kind_of_anchor == "prep":
                cs += 1
        if cs >= end and cs not in self.by_open:
            return None
        region = self.by_open.get(cs)
        object_start = self.object_after_speaker(speaker, cs, entry)
        if object_start is None and kind_of_anchor == "mark" and entry.stance not in ("call", "describe"):
            object_start = self.first_loose
        if region is not None and object_start is not None:
            # أكد X استعداد الحكومة "…"، اتهم X السلطة بـ"…": the object belongs to the content
            start, stop, inner = object_start, self.quoted_content(region, limit)[1], False
        elif region is not None:
            start, stop, inner = self.quoted_content(region, limit)
        else:
            start, stop, inner = cs, self.clause_end(cs, limit), False
        if stop < start:
            return None
        kind = self.kind_of(start, stop, inner)
        if kind == "indirect" and (kind_of_anchor == "prep" or (entry.role == "frame" and kind_of_anchor != "intro")):
            return None  # دعا إلى الحوار, أشار إلى التقرير: not reported speech without marks
        if inner and region is not None:
            self.used_regions.add(region.open)
        return Draft(i, entry, (start, stop), kind, speaker, channel, inner)

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

    def frame_subject(self, i: int, speaker: tuple[int, int], end: int) -> tuple[int, int] | None:
        """The subject of دعا/اتهم/طالب without its object: دعا رئيس البرلمان | الحكومة إلى «…».

        A coordinated verb in mid-sentence whose one noun phrase goes straight into the
        verb's preposition (…، واتهم الجيش باستخدام …) has only an object: the subject
        is the clause's, filled in later.
        """
        j, e = speaker
        n = np_end(self.doc, self.lex, j, e)
        if n <= j:
            return speaker
        first, _ = self.sentence_range(i)
        coordinated = i > first and self.tokens[i - 1].text in ("،", ",") and self.tokens[i].norm[:1] == "و"
        if coordinated and n < end:
            nxt = self.tokens[n]
            if nxt.norm in ("الي", "علي", "بـ") or (nxt.prefix[:1] == "ب" and not is_introducer(nxt)):
                return None
        return (j, n) if n < e else speaker

    def kana_subject(self, i: int) -> tuple[int, int] | None:
        """وكان الوزير قد قال: the subject between كان and قد."""
        first, _ = self.sentence_range(i)
        for k in range(i - 2, max(first, i - 10) - 1, -1):
            if self.tokens[k].norm.lstrip("و") in ("كان", "كانت", "كانوا"):
                return (k + 1, i - 1) if i - 1 > k + 1 else None
        return None

    def subject_before(self, i: int) -> tuple[int, int] | None:
        """A noun phrase ending right before the verb at ``i`` (غير أن وكالة X المقربة منه نقلت)."""
        first, _ = self.sentence_range(i)
        k = i - 1
        while k >= first and i - k <= 8 and self.tokens[k].is_word and self.tokens[k].norm not in SUBJECT_EDGE:
            k -= 1
        if k + 1 >= i or np_end(self.doc, self.lex, k + 1, i) != i:
            return None
        return (k + 1, i)

    def bare_content(self, i: int, entry: CueEntry, speaker: tuple[int, int] | None, end: int,
                     limit: int) -> Draft | None:
        """Content that is a verbal noun with no إن/أن: أعلن الجيش إسقاط …، أكد الوزير ضرورة …."""
        if entry.role != "say":
            return None
        tokens = self.tokens
        k = i + 1
        if speaker is not None:
            k = np_end(self.doc, self.lex, speaker[0], end)
            if k <= speaker[0]:
                return None
            speaker = (speaker[0], k)
        channel = None
        while k < end:
            if tokens[k].norm in self.time_words:
                k += 1
            elif channel is None and channel_starts(self.doc, self.lex, k, end):
                stop = k + 2
                while stop < end and stop - k < 6 and tokens[stop].is_word and tokens[stop].norm not in \
                        self.time_words and not self.verbal_noun(stop):
                    stop += 1
                channel = (k, stop)
                k = stop
            else:
                break
        prep = BARE_CONTENT_PREPOSITIONS.get(entry.stance)
        if k < end and prep and tokens[k].norm == prep:
            k += 1
        if k + 1 >= end or not self.verbal_noun(k):
            return None
        stop = self.clause_end(k, limit)
        if stop <= k:
            return None
        if speaker:
            self.cue_speakers[i] = speaker
        return Draft(i, entry, (k, stop), self.kind_of(k, stop, False), speaker, channel)

    def verbal_noun(self, k: int) -> bool:
        """Could token ``k`` open a bare content: a stance noun (ضرورة، وجود، استعداده، أمله)?"""
        tok = self.tokens[k]
        if not tok.is_word or "ال" in tok.prefix or tok.norm.startswith("ال") or entity_at(self.doc, k) >= 0:
            return False
        norm = tok.norm
        heads = self.lex.bare_heads
        return norm in heads or tok.stem in heads or any(
            norm.endswith(p) and norm[: -len(p)] in heads for p in ("ه", "ها", "هم", "هما", "نا"))

    def as_said_quote(self, i: int, entry: CueEntry, first: int, end: int) -> Draft | None:
        """كما قال الوزير، فإن …  /  … ، كما أكد الوزير: an attribution, like بحسب."""
        e = speaker_end(self.doc, self.lex, i + 1, end)
        speaker = (i + 1, e) if e > i + 1 else None
        according = CueEntry(entry.lemma, entry.stance, "according")
        k = e
        while k < end and (self.tokens[k].norm in self.time_words or channel_starts(self.doc, self.lex, k, end)):
            k = self.channel_span(k, end, None)[1] if channel_starts(self.doc, self.lex, k, end) else k + 1
        if k < end and self.tokens[k].text not in ("،", ",", ".", ")"):
            return None  # كما أكدت وارسو عزمها …: كما is "also", and this is no attribution
        lead = self.dateline_end(first)
        if i - 1 <= lead:  # the phrase opens the sentence: the content follows its comma
            k += 1
            if k < end and self.tokens[k].norm in COMPLEMENTISER_AFTER_COMMA:
                k += 1
            if k >= end:
                return None
            stop = self.clause_end(k, end)
            return Draft(i, according, (k, stop), "according", speaker) if stop > k else None
        stop = self.trim_end(lead, i - 2)
        if stop <= lead:
            return None
        return Draft(i, according, (lead, stop), "according", speaker)

    def object_after_speaker(self, speaker: tuple[int, int] | None, mark: int, entry: CueEntry) -> int | None:
        """First token of an object between a named speaker and a quotation, if there is one."""
        if speaker is None or entry.stance in ("call", "describe") or mark not in self.by_open:
            return None
        picked = pick_entity(self.doc, *speaker)
        if picked is None or picked[1] + 1 >= speaker[1] or speaker[1] != mark:
            return None
        first = picked[1] + 1
        if self.tokens[first].norm in self.time_words or self.tokens[first].text in TRAILING_PUNCT:
            return None
        return first

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
                if k < end and not is_introducer(tokens[k]) and is_introducer(tokens[k - 1]):
                    k -= 1  # سي إن إن إن, with the doubled إن dropped by the text layer
                continue
            if is_introducer(tok) or (tok.norm in ("الي", "علي", "من", "عن") and k + 1 < end
                                      and is_introducer(tokens[k + 1])):
                if loose > MAX_LOOSE_GAP:
                    return None
                at = k if is_introducer(tok) else k + 1
                return "intro", at, self.channel_span(chan_start, k, channel)
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

    def quoted_name(self, region: Region, j: int, end: int) -> bool:
        """A short quotation right after a common noun and followed by more of the clause is a name."""
        before, after = region.open - 1, region.close + 1
        if not region.balanced or region.close - region.open > 5 or before < j or after >= end:
            return False
        prev, nxt = self.tokens[before], self.tokens[after]
        if not prev.is_word or prev.prefix[:1] in ("ب", "ل") or prev.norm in PREPOSITIONS or prev.norm in ("بـ", "لـ"):
            return False
        return nxt.is_word and not is_introducer(nxt) and not self.starts_new_clause(nxt)

    def according_aside(self, k: int, end: int) -> tuple[tuple[int, int], int] | None:
        """(source span, token after the closing comma) of an aside بحسب ما نقلت X، at ``k``."""
        tokens = self.tokens
        j = k + 1
        if j < end and tokens[j].norm in ("ل", "لـ", "عن"):
            j += 1
        fused = self.fused_ma(k)
        if j < end and (tokens[j].norm == "ما" or fused):
            j += 0 if fused else 1
            if j < end and tokens[j].is_word:
                j += 1
            if j < end and tokens[j].norm in ("به", "بها", "عنه", "عنها", "عنهم"):
                j += 1
        m = j
        while m < end and m - j < 10 and tokens[m].is_word:
            m += 1
        if m == j or m >= end or tokens[m].text not in ("،", ","):
            return None
        return (j, m), m + 1

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
        while k < stop and self.tokens[k].text not in TRAILING_PUNCT and (
                self.tokens[k].norm not in times or self.addressee_follows(k, stop)):
            k += 1  # في تصريح لـ"الخبر": the addressee after a medium is part of the channel
        return (start, k)

    def addressee_follows(self, k: int, stop: int) -> bool:
        """Does ``tokens[k]`` (ل / لـ) open an outlet's name: لـ"الخبر"، لـ سكاي نيوز?"""
        if self.tokens[k].norm not in ("ل", "لـ") or k + 1 >= stop:
            return False
        return is_mark(self.tokens[k + 1].text) or bool(self.lex.media_at(self.tokens, k + 1, stop))

    def content_before(self, i: int, entry: CueEntry, speaker: tuple[int, int] | None,
                       first: int, end: int) -> Draft | None:
        """Content-first order: "…"، قال كيري (لرويترز) — the quotation right before the cue."""
        k = i - 1
        while k >= first and self.tokens[k].text in TRAILING_PUNCT:
            k -= 1
        region = self.by_close.get(k)
        if region is None or region.open in self.used_regions or region.close - region.open < 3:
            return None
        self.used_regions.add(region.open)
        after = speaker[1] if speaker else i + 1
        channel = None
        if after < end and channel_starts(self.doc, self.lex, after, end):
            channel = self.channel_span(after, end, None)
        return Draft(i, entry, (region.open, region.close), "direct", speaker, channel, True)

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
        fused = self.fused_ma(i)
        if j < last and (tokens[j].norm == "ما" or fused):  # بحسب ما أفاد المرصد، حسبما ذكرت
            j += 0 if fused else 1
            if j < last and tokens[j].is_word:
                j += 1
            if j < last and tokens[j].norm in ("به", "بها", "ه", "عنه", "عنها", "عنهم"):
                j += 1
        if j >= last or not tokens[j].is_word:
            return None
        tok = tokens[j]
        if {tok.norm, tok.stem, tok.bare, tok.norm[1:] if tok.norm[:1] == "ل" else ""} & self.lex.according_not:
            return None
        e = j + 1
        while e < last and tokens[e].is_word and e - j < 10 and not self.is_cue(e) and not is_introducer(tokens[e]):
            e += 1
        speaker = (j, e)
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
            return Draft(i, entry, (k, self.clause_end(k, len(tokens))), "according", speaker)
        start = self.dateline_end(first)
        stop = self.trim_end(start, i - 1)
        if stop <= start:
            return None
        return Draft(i, entry, (start, stop), "according", speaker)

    def fused_ma(self, i: int) -> bool:
        """حسبما، بحسبما: an according-phrase with the ما of "بحسب ما ذكرت" written on."""
        norm = self.tokens[i].norm
        return norm.endswith("ما") and self.lex.according_cue(self.tokens[i]) is not None

    def dateline_end(self, first: int) -> int:
        """Skip a dateline (طرابلس - , القاهرة (رويترز) -) at the start of a sentence."""
        _, last = self.sentence_range(first)
        for k in range(first + 1, min(first + 6, last)):
            if self.tokens[k].text in ("-", "–", "—"):
                return k + 1
            if not self.tokens[k].is_word and self.tokens[k].text not in ("(", ")"):
                break
        return first

    def kind_of(self, start: int, stop: int, inner: bool) -> str:
        if inner:
            return "direct"
        if any(is_mark(self.tokens[k].text) for k in range(start, stop + 1)):
            return "mixed"
        return "indirect"

    def run(self) -> list[Draft]:
        drafts: list[Draft] = []
        # tokens inside some draft's content, kept up to date as drafts are added
        inside = bytearray(len(self.tokens))

        def add(draft: Draft) -> None:
            drafts.append(draft)
            a, b = max(draft.content[0], 0), draft.content[1]
            if a <= b:
                inside[a : b + 1] = b"\x01" * (b + 1 - a)

        # Only a cue word can start a quote: cue() and according_cue() look the word up in these tables.
        cue_forms, according_forms = self.lex.cue_by_form, self.lex.according_by_form
        for i, tok in enumerate(self.tokens):
            if tok.norm not in cue_forms and tok.norm not in according_forms:
                continue
            if not tok.is_word or self.negated(i):
                continue
            if inside[i] or i in self.consumed:
                continue  # a cue inside reported content is part of it (nested speech)
            entry = self.lex.cue(tok)
            if entry is not None:
                draft = self.verb_quote(i, entry)
                if draft is not None:
                    add(draft)
                    more = self.continuation(draft)
                    if more is not None:
                        add(more)
                continue
            entry = self.lex.according_cue(tok)
            if entry is None:
                continue
            draft = self.according_quote(i, entry)
            if draft is None:
                continue
            previous = drafts[-1] if drafts else None
            if (previous is not None and previous.entry.role != "according" and draft.content[1] <= i
                    and self.tokens[previous.cue].sent == tok.sent and previous.content[1] >= i - 2
                    and self.relays_words(i, draft)):
                # قال X إن …، بحسب ما نقلت عنه وكالة Y: Y is how X's words arrived
                previous.channel = previous.channel or draft.speaker
                continue
            if (previous is not None and self.tokens[previous.cue].sent == tok.sent
                    and draft.content[0] <= previous.content[1] < draft.content[1]):
                # أفادت X بأن …، فيما لا يزال …، وفق تقديرات Y: Y vouches for the last clause only
                k = previous.content[1] + 1
                while k < draft.content[1] and (self.tokens[k].text in TRAILING_PUNCT
                                                or self.tokens[k].norm in CONNECTORS):
                    k += 1
                draft.content = (k, draft.content[1])
            add(draft)
        return drafts

    def relays_words(self, i: int, draft: Draft) -> bool:
        """بحسب ما نقلت عنه وكالة X / وفق رويترز: the phrase tells how words arrived, not whose claim it is."""
        after = self.tokens[i + 1].norm if i + 1 < len(self.tokens) else ""
        if after == "ما" or self.fused_ma(i):
            return True
        assert draft.speaker is not None
        s = draft.speaker[0]
        return bool(self.lex.media_at(self.tokens, s, draft.speaker[1]) or self.lex.channel_kind(self.tokens[s]))

    def continuation(self, draft: Draft) -> Draft | None:
        """إن "…"، وإن "…": a second content hanging on the same cue after a closed quotation."""
        if not draft.inner:
            return None
        k = draft.content[1] + 1
        _, last = self.sentence_range(draft.content[1])
        if k < last and self.tokens[k].text in ("،", ","):
            k += 1
        if k + 1 >= last or self.tokens[k].norm not in ("وان", "وانه", "وانها", "وبان"):
            return None
        cs = k + 1
        region = self.by_open.get(cs)
        if region is not None:
            start, stop, inner = self.quoted_content(region, len(self.tokens))
        else:
            start, stop, inner = cs, self.clause_end(cs, len(self.tokens)), False
        if stop < start:
            return None
        return Draft(draft.cue, draft.entry, (start, stop), self.kind_of(start, stop, inner), draft.speaker,
                     draft.channel, inner)

    # --- output spans -----------------------------------------------------------------

    def content_span(self, draft: Draft) -> Span:
        a, b = draft.content
        if draft.inner:
            region_open, region_close = a, b
            a, b = region_open + 1, region_close - 1 if self.by_close.get(region_close) else region_close
            if region_close not in self.by_close:  # unbalanced: the content runs to the region end
                b = region_close
            b = self.trim_end(a, b) if b > a else b
        start, end = self.tokens[a].start, self.tokens[b].end
        return Span(start, end, self.doc.text[start:end])

    def cue_of(self, draft: Draft) -> Cue:
        tok = self.tokens[draft.cue]
        return Cue(tok.text, tok.start, tok.end, draft.entry.lemma, draft.entry.stance)

    def span_of(self, rng: tuple[int, int] | None) -> Span | None:
        if rng is None or rng[1] <= rng[0]:
            return None
        a, b = self.tokens[rng[0]].start, self.tokens[rng[1] - 1].end
        return Span(a, b, self.doc.text[a:b])
