"""Reporting verbs: read speaker, channel and content around a cue word (قال، أكد، نقلت عن، جاء في)."""

from __future__ import annotations

from marsad.quotes.according import COMPLEMENTISER_AFTER_COMMA
from marsad.quotes.channels import ChannelsAndAnchors
from marsad.quotes.lexicon import CueEntry
from marsad.quotes.marks import enclosing, is_mark
from marsad.quotes.speakers import (
    REPORTED_SAYING,
    channel_starts,
    entity_at,
    is_introducer,
    np_end,
    pick_entity,
    speaker_end,
)
from marsad.quotes.state import CONNECTORS, TRAILING_PUNCT, Draft

SUBJECT_EDGE = frozenset({"لكن", "و", "ان", "بينما", "فيما", "حيث", "اذ", "غير", "بل", "ثم", "فقد", "قد"})
# Verbs whose content may be a bare verbal noun, with no إن/أن (أعلن الجيش إسقاط …، أكد الوزير ضرورة …،
# نفى المتحدث وجود …), and the preposition some of them take before it (شدد على ضرورة …).
BARE_CONTENT_PREPOSITIONS = {"emphasise": "علي", "express": "عن", "warn": "من"}
# Calls and pledges whose quotation is only a term inside a longer clause (طالب بالإفراج "فورا" عن …،
# دعا إلى "مضاعفة الجهود" للتوصل إلى …) quote no statement: the clause must end with the quotation.
FRAGMENT_STANCES = frozenset({"call", "promise"})
LONG_QUOTATION = 9  # tokens from the opening to the closing mark, both included
AS_SAID = frozenset({"كما", "وكما", "مثلما", "ومثلما"})  # كما قال الوزير، …: an attribution


class VerbCues(ChannelsAndAnchors):
    def verb_quote(self, i: int, entry: CueEntry) -> Draft | None:
        tokens = self.tokens
        first, last = self.sentence_range(i)
        holder = enclosing(self.regions, i)
        limit = holder.close if holder else len(tokens)
        end = min(last, limit)
        j = i + 1
        speaker = channel = None
        if entry.role == "passive" and i > first and tokens[i - 1].is_word and tokens[i].norm[:1] not in "وف" \
                and tokens[i - 1].norm not in CONNECTORS:
            return None  # طائرات يعتقد أنها روسية: a hedge inside a clause, not a statement
        if entry.role == "relay":
            # نقلت X عن Y; نسبت X إلى Y قوله (only with قوله: إلى is too common otherwise)
            prep = "الي" if entry.lemma == "نسب" else "عن"
            k = j
            while k < end and k - j < 10 and tokens[k].norm != prep and (
                    tokens[k].is_word or tokens[k].text in "()" or is_mark(tokens[k].text)):
                k += 1
            if k >= end or tokens[k].norm != prep:
                return None
            channel = (j, k) if k > j else self.subject_before(i)  # وكالة فرات المقربة منه نقلت عن
            s = k + 1
            e = speaker_end(self.doc, self.lex, s, end)
            speaker = (s, e) if e > s else None
            j = e
            if j < end and tokens[j].norm in REPORTED_SAYING:
                j += 1
            elif prep != "عن":
                return None
        elif entry.role == "came":
            found = self.statement_issuer(j, end)  # وجاء في بيان صادر عن الوزارة أن …
            if found is None:
                return None
            channel, speaker, j = found
        elif i - 1 > first and tokens[i - 1].norm == "قد" and (kana := self.kana_subject(i)) is not None:
            self.cue_speakers[i] = kana  # وكانت المنظمة قد دعت الطرفين: no subject after
        elif not entry.participle and j < end and self.verbal_noun(j):
            return self.bare_content(i, entry, None, end, limit)  # لكنه أبدى استعداد بلاده …: no subject
        elif not entry.participle:  # (a passive أُفيد بأن finds no speaker here, and takes none later)
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
                if self.lex.channel_kind(tokens[j]) == "outlet" and j + 1 < end:  # أبلغ X وكالة رويترز
                    c = max(c, j + 1 + self.lex.media_at(tokens, j + 1, end))
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
            if cs < end and kind_of_anchor == "colon" and is_introducer(tokens[cs]) and tokens[cs].norm in ("ان", "انه"):
                cs += 1  # وقال الوزير: إن الحكومة …
            elif cs + 1 < end and kind_of_anchor == "intro" and tokens[cs].text == ":":
                cs += 1  # وأكد المتحدث أن: "…"
        if cs >= end and cs not in self.by_open:
            return None
        region = self.by_open.get(cs)
        object_start = self.object_after_speaker(speaker, cs, entry)
        if object_start is None and kind_of_anchor == "mark" and entry.stance not in ("call", "describe"):
            object_start = self.first_loose
            if (object_start is not None and object_start + 1 == cs and entry.role == "say"
                    and tokens[object_start].norm in ("علي", "الي", "عن", "من")):
                object_start = None  # شددت الوزارة على "…": the preposition is the verb's, the quotation its words
        if region is not None and object_start is not None:
            # أكد X استعداد الحكومة "…"، اتهم X السلطة بـ"…": the object belongs to the content
            start, stop, inner = object_start, self.quoted_content(region, limit)[1], False
        else:
            start, stop, inner = self.content_from(cs, limit)
        if stop < start:
            return None
        kind = self.kind_of(start, stop, inner)
        if entry.stance in FRAGMENT_STANCES and kind != "indirect" and self.runs_past_quote(start, stop, inner):
            return None  # دعا X إلى "ضبط النفس" والامتناع عن …: a quoted term inside a call, not its words
        if kind == "indirect" and (kind_of_anchor == "prep" or (entry.role == "frame" and kind_of_anchor != "intro")):
            return None  # دعا إلى الحوار, أشار إلى التقرير: not reported speech without marks
        if inner and region is not None:
            self.used_regions.add(region.open)
        if channel is None:
            channel = self.fronted_channel(i, first) or self.trailing_channel(stop, end)
        return Draft(i, entry, (start, stop), kind, speaker, channel, inner)

    def fronted_channel(self, i: int, first: int) -> tuple[int, int] | None:
        """وفي تصريح للصحفيين، قال الوزير …: a medium phrase opening the sentence, before the verb's comma."""
        lead = self.dateline_end(first)
        if i - 1 <= lead + 1 or self.tokens[i - 1].text not in ("،", ","):
            return None
        if not channel_starts(self.doc, self.lex, lead, i - 1):
            return None
        if any(not self.tokens[k].is_word and not is_mark(self.tokens[k].text) for k in range(lead, i - 1)):
            return None  # one phrase, no other clause before the verb
        return (lead, i - 1)

    def trailing_channel(self, stop: int, end: int) -> tuple[int, int] | None:
        """أكد X أن …، وذلك خلال اتصال هاتفي مع نظيره: the medium named after the content."""
        k = stop + 1
        if k + 2 >= end or self.tokens[k].text not in ("،", ",") or self.tokens[k + 1].norm != "وذلك":
            return None
        if not channel_starts(self.doc, self.lex, k + 2, end):
            return None
        return self.channel_span(k + 2, end, None)

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

    def runs_past_quote(self, start: int, stop: int, inner: bool) -> bool:
        """Do words of the clause follow the content's last closing quotation mark?"""
        tokens = self.tokens
        if inner:
            region = self.by_open.get(start - 1) or self.by_open.get(start)
            after = (region.close + 1) if region is not None else stop + 2
        else:
            closes = [k for k in range(start, stop + 1) if k in self.by_close]
            if not closes:
                return False
            after = closes[-1] + 1
        _, last = self.sentence_range(start)
        opened = max((k for k in self.by_open if k < after and self.by_open[k].close == after - 1), default=start)
        if after - opened > LONG_QUOTATION:  # a whole quoted sentence with an adjunct after it is still speech
            return False
        return after < last and tokens[after].is_word and not is_mark(tokens[after].text) \
            and not self.starts_new_clause(tokens[after])

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

    def content_before(self, i: int, entry: CueEntry, speaker: tuple[int, int] | None,
                       first: int, end: int) -> Draft | None:
        """Content-first order: "…"، قال كيري (لرويترز) — the quotation right before the cue."""
        k = i - 1
        while k >= first and self.tokens[k].text in TRAILING_PUNCT:
            k -= 1
        region = self.by_close.get(k)
        if region is None or region.open in self.used_regions or region.close - region.open < 3:
            return None
        if self.inside[region.open]:
            return None  # أكدت X أن باريس تتابع الوضع "بقلق بالغ" وتدعو …: the quotation is the last quote's
        if entry.participle and entry.stance in FRAGMENT_STANCES:
            return None  # قال إن الحل "…"، داعيا X إلى …: the participle adds a call, the quotation was said before

        self.used_regions.add(region.open)
        after = speaker[1] if speaker else i + 1
        channel = None
        if after < end and channel_starts(self.doc, self.lex, after, end):
            channel = self.channel_span(after, end, None)
        return Draft(i, entry, (region.open, region.close), "direct", speaker, channel, True)

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
        start, stop, inner = self.content_from(k + 1, len(self.tokens))
        if stop < start:
            return None
        return Draft(draft.cue, draft.entry, (start, stop), self.kind_of(start, stop, inner), draft.speaker,
                     draft.channel, inner)
