"""Is the event negated, and is it asserted, future, conditional, intended, reported or background?

Cues come from ``event_modality.tsv`` and are looked for before the trigger, inside its
clause (a cue beyond a comma or a new ``إن`` clause belongs to another event).  When one
event has several cues the strongest wins: conditional > intent > future > historical >
reported > asserted.  Negation is a separate flag (لم تنفذ is a negated assertion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.doc import Token
from marsad.events.lexicon import Cue

PRIORITY = ("conditional", "intent", "future", "historical", "reported", "asserted")
# Tokens that open a new clause: a cue before one of them does not reach the trigger.
CLAUSE_BREAKS = {",", "،", ";", "؛", ":", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "الذي",
                 "التي", "الذين", "اذا", "لو", "لكن", "لكنه", "لكنها", "بينما", "فيما", "حيث", "قبل", "بعد"}
COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"}
PLUPERFECT = {"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"}
WHOLE_SENTENCE_REPORT = {"بحسب", "وفق", "وفقا", "حسب"}


@dataclass(slots=True)
class Modality:
    negated: bool = False
    modality: str = "asserted"


# (the cue table, word -> cues its forms start): the candidates of a word are looked up once.
_memo: tuple[dict, dict] | None = None
# (sentence tokens, cue table, candidates per token): every trigger of a sentence walks back over the
# same tokens, so each token's candidates are found once per sentence (the list is held, so its
# identity cannot be reused by another sentence while cached).
_sentence_memo: tuple[Sequence[Token], dict, list] | None = None


def _candidates(tok: Token, cues: dict[str, list[Cue]]) -> tuple[Cue, ...]:
    global _memo
    if _memo is None or _memo[0] is not cues:
        _memo = (cues, {})
    memo = _memo[1]
    key = (tok.norm, tok.bare, tok.stem)
    cands = memo.get(key)
    if cands is None:
        if len(memo) > 200_000:
            memo.clear()
        norm = tok.norm
        cands = memo[key] = tuple(cue for form in (norm, tok.bare, tok.stem, norm[1:] if norm[:1] in "وف" else norm)
                                  for cue in cues.get(form, ()))
    return cands


def _cue_at(tokens: Sequence[Token], i: int, cues: dict[str, list[Cue]]) -> Cue | None:
    global _sentence_memo
    memo = _sentence_memo
    if memo is None or memo[0] is not tokens or memo[1] is not cues or len(memo[2]) != len(tokens):
        memo = _sentence_memo = (tokens, cues, [None] * len(tokens))
    per_token = memo[2]
    cands = per_token[i]
    if cands is None:
        cands = per_token[i] = _candidates(tokens[i], cues)
    if not cands:
        return None
    size = len(tokens)
    for cue in cands:
        words = cue.words
        n = len(words)
        if n == 1:
            return cue
        # The cue's later words must follow, compared word by word (no tuple built per try).
        if i + n > size:
            continue
        nxt = tokens[i + 1]
        if (nxt.bare or nxt.norm) == words[1] and (
                n == 2 or all((tokens[i + k].bare or tokens[i + k].norm) == words[k] for k in range(2, n))):
            return cue
    return None


def sentence_reported(tokens: Sequence[Token]) -> bool:
    """بحسب / وفقا anywhere in the sentence reports all of it."""
    words = WHOLE_SENTENCE_REPORT
    for t in tokens:  # a plain loop: this runs over every word of every sentence with an event
        norm = t.norm
        if norm in words or t.bare in words or norm[1:] in words:
            return True
    return False


def has_purpose_li(tok: Token) -> bool:
    """The purpose preposition لـ on a word (لإرسال, للتفاوض), not the article's ل."""
    clitics = tok.prefix[:-2] if tok.prefix.endswith("ال") else tok.prefix
    return "ل" in clitics


def assess(tokens: Sequence[Token], ti: int, cues: dict[str, list[Cue]], future_prefix: bool,
           in_quote: bool, noun: bool, reported: bool | None = None) -> Modality:
    """Modality of the trigger at ``tokens[ti]`` (``tokens`` = the sentence).

    ``reported``: :func:`sentence_reported` of ``tokens``, when the caller has it already.
    """
    found: set[str] = set()
    negated = False
    if future_prefix:
        found.add("future")
    own = _cue_at(tokens, ti, cues)
    if own is not None and own.kind == "intent":
        found.add("intent")  # مستعدة / استعداد: readiness is itself an intention
    # Walk back through the clause.
    distance = 0
    for i in range(ti - 1, -1, -1):
        tok = tokens[i]
        if not tok.is_word and tok.norm not in CLAUSE_BREAKS:
            continue
        distance += 1
        cue = _cue_at(tokens, i, cues)
        if cue and noun and cue.kind == "denial":
            negated = True  # نفى المستشار ... استهداف المدنيين: the denied act, however far its subject
            found.add("reported")
        elif cue and distance <= cue.window:
            if cue.kind in ("negation", "denial"):
                negated = True
            elif cue.kind == "report":
                # Reporting verb then إن/أن then the event: reported speech.
                if any(t.norm in COMPLEMENTIZERS for t in tokens[i + 1:ti]):
                    found.add("reported")
            elif cue.kind == "conditional" and cue.words == ("قد",):
                nxt = tokens[i + 1].stem if i + 1 < len(tokens) else ""
                if nxt[:1] in ("ي", "ت", "ن"):
                    found.add("conditional")
            else:
                found.add(cue.kind)
        if tok.norm == "قد" and any(t.norm in PLUPERFECT for t in tokens[max(0, i - 14):i]) \
                and tokens[ti].stem[:1] not in ("ي", "ت", "ن"):
            found.add("historical")  # وكان الوزير قد زار: background told in the pluperfect
        if tok.norm in CLAUSE_BREAKS or tok.bare in CLAUSE_BREAKS:
            if tok.norm in COMPLEMENTIZERS or tok.bare in COMPLEMENTIZERS:
                # Keep looking for the reporting verb before إن, but nothing else crosses it.
                for j in range(i - 1, max(-1, i - 6), -1):
                    cue = _cue_at(tokens, j, cues)
                    if cue and cue.kind == "denial":
                        negated = True  # نفى أن يكون ...: the event itself is denied
                        break
                    if cue and cue.kind == "report":
                        found.add("reported")
                        break
                    if cue and cue.kind == "future" and j >= i - 2:
                        found.add("future")  # من المقرر أن يجتمع
                        break
            break
    # A conditional clause may follow its main clause (ستبحث ... إذا طلبت دمشق ذلك).
    for i in range(ti + 1, min(len(tokens), ti + 9)):
        if tokens[i].norm in ("،", ",", "."):
            break  # a condition after a comma belongs to what follows it
        cue = _cue_at(tokens, i, cues)
        if cue and cue.kind == "conditional" and cue.words[0] in ("اذا", "لو", "في"):
            found.add("conditional")
            break
    # A verbal noun of purpose (لإجراء محادثات, لإرسال قوات) is an intention.
    if noun and (has_purpose_li(tokens[ti]) or (ti > 0 and tokens[ti - 1].is_word and has_purpose_li(tokens[ti - 1]))):
        found.add("intent")
    if not in_quote and (sentence_reported(tokens) if reported is None else reported):
        found.add("reported")
    if in_quote:
        found.add("reported")
    modality = next((m for m in PRIORITY if m in found), "asserted")
    return Modality(negated, modality)


def pluperfect_before(toks: list[Token], i: int) -> bool:
    """وكان الرئيس ... قد أعلن ... before the trigger: the sentence tells background."""
    for k in range(i - 1, 0, -1):
        if toks[k].norm == "قد" and k + 1 < len(toks) and toks[k + 1].norm[:1] not in ("ي", "ت", "ن") \
                and any(t.norm in PLUPERFECT for t in toks[max(0, k - 14):k]):
            return True
    return False
