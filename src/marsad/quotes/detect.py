"""Find reported speech: cue → speaker → channel → content, in the orders Arabic news uses.

For every reporting verb (from ``cue_verbs.tsv``) the detector reads, left to right:
the speaker phrase (verb–subject order: وقال المتحدث …), a channel (للصحافيين، في
بيان، لرويترز), then the content, introduced by إن/أن, a colon or a quotation mark.
With no content after the verb, a quotation just before it is the content
("…"، قال كيري).  According-phrases (بحسب، وفق، نقلا عن) attribute the clause they
hang on.  Speakers left implicit (وأضاف، مضيفا، لكنه أشار) are filled in afterwards
from the clause or the previous quote, see :mod:`marsad.quotes.resolve`.

The rules live in one module per concern, stacked as layers of one class (each uses those below):
:mod:`~marsad.quotes.state` (drafts, token predicates) → :mod:`~marsad.quotes.boundaries`
(content ends) → :mod:`~marsad.quotes.according` (بحسب …) → :mod:`~marsad.quotes.channels`
(speaker–content gap) → :mod:`~marsad.quotes.cues` (reporting verbs) → :class:`Detector` here.
"""

from __future__ import annotations

from marsad.model import Cue, Span
from marsad.quotes.cues import VerbCues
from marsad.quotes.state import CONNECTORS, TRAILING_PUNCT, Draft

__all__ = ["Detector", "Draft"]


class Detector(VerbCues):
    """Walks the cue words of a document once and returns its quote drafts."""

    def run(self) -> list[Draft]:
        drafts: list[Draft] = []
        # tokens inside some draft's content, kept up to date as drafts are added
        inside = self.inside

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
            if not tok.is_word or self.negated(i) or self.naming(i) or self.adverbial(i):
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
            if (previous is not None and previous.entry.role != "according" and draft.content[1] <= i
                    and self.tokens[previous.cue].sent == tok.sent and previous.content[1] == draft.content[1]):
                continue  # قالت المنظمة إن …، وفق أحدث أرقامها: the statement is already attributed
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

    def cue_of(self, draft: Draft) -> Cue:
        tok = self.tokens[draft.cue]
        return Cue(tok.text, tok.start, tok.end, draft.entry.lemma, draft.entry.stance)

    def span_of(self, rng: tuple[int, int] | None) -> Span | None:
        if rng is None or rng[1] <= rng[0]:
            return None
        a, b = self.tokens[rng[0]].start, self.tokens[rng[1] - 1].end
        return Span(a, b, self.doc.text[a:b])
