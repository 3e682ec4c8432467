"""Is the event negated, and is it asserted, future, conditional, intended, reported or background?

Cues come from ``event_modality.tsv`` and are looked for before the trigger, inside its
clause (a cue beyond a comma or a new ``إن`` clause belongs to another event).  When one
event has several cues the strongest wins: conditional > intent > future > historical >
reported > asserted.  Negation is a separate flag (لم تنفذ is a negated assertion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Token
from marsad.events.lexicon import Cue, modality_cues, read_cues

PRIORITY = ("conditional", "intent", "future", "historical", "reported", "asserted")
# Tokens that open a new clause: a cue before one of them does not reach the trigger.
CLAUSE_BREAKS = {",", "،", ";", "؛", ":", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "الذي",
                 "التي", "الذين", "اذا", "لو", "لكن", "لكنه", "لكنها", "بينما", "فيما", "حيث", "قبل", "بعد"}
COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"}
PLUPERFECT = {"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"}
WHOLE_SENTENCE_REPORT = {"بحسب", "وفق", "وفقا", "حسب"}
# Words that join two clauses with their own subjects: a بحسب / وفق on one side does not report the other.
CLAUSE_JOINERS = {"فيما", "بينما", "وفيما", "وبينما"}
# Conditional cues that state a condition (إذا طلبت دمشق), as against a mere possibility (قد, احتمال).
EXPLICIT_CONDITIONS = {"اذا", "لو", "في", "حال", "شرط", "شريطه", "ان"}
# Verbs whose لـ introduces what was suffered (تعرضت القافلة لهجوم), not a purpose.
LI_GOVERNORS = ("تعرض", "يتعرض", "تتعرض")
# Light verbal nouns whose لـ gives the purpose of the next noun (لإجراء محادثات, لعقد اجتماع).
LIGHT_NOUNS = {"اجراء", "عقد", "بدء", "شن", "تنفيذ", "استئناف", "ارسال", "مواصله", "تقديم", "توقيع", "فرض"}
# "لا يزال / لا تزال" is "still", not a negation (موسكو لا تزال ترفض).
STILL_VERBS = {"يزال", "تزال", "يزالون", "نزال", "زال", "زالت"}
# Speech acts said in one's own words: the quote is the act itself (طهران "لن تسمح بأي تجاوز").
SPEECH_ACTS = {"THREATEN", "REJECT"}
# Types whose noun, announced by its doer (أعلن الجيش اعتقال, تبنت الحركة الهجوم), is a claim.
CLAIMED_TYPES = {"ASSAULT", "MOBILIZE"}
CLAIMED_MODES = {"arrest", "seize"}


@dataclass(slots=True)
class Modality:
    negated: bool = False
    modality: str = "asserted"


# (sentence tokens, cue table, cue per token): every trigger of a sentence walks back over the same
# tokens, so the cue at each token is found once per sentence (the list is held, so its identity
# cannot be reused by another sentence while cached).  _NO_CUE marks a token known to start none.
_sentence_memo: tuple[Sequence[Token], dict, list] | None = None
_NO_CUE = object()


@lru_cache(maxsize=1)
def speech_act_cues() -> dict[str, list[Cue]]:
    """``event_modality_acts.tsv``: announcing and pledging verbs (first word -> cues)."""
    return read_cues("event_modality_acts")


def _candidates(tok: Token, cues: dict[str, list[Cue]]) -> tuple[Cue, ...]:
    """The cues the forms of ``tok`` start (speech acts first), looked up once per word for the shipped table."""
    if cues is modality_cues():
        return _shipped_candidates(tok.norm, tok.bare, tok.stem)
    return _lookup_candidates(cues, tok.norm, tok.bare, tok.stem)


@lru_cache(maxsize=200_000)
def _shipped_candidates(norm: str, bare: str, stem: str) -> tuple[Cue, ...]:
    return _lookup_candidates(modality_cues(), norm, bare, stem)


def _lookup_candidates(cues: dict[str, list[Cue]], norm: str, bare: str, stem: str) -> tuple[Cue, ...]:
    forms = (norm, bare, stem, norm[1:] if norm[:1] in "وف" else norm)
    return tuple(cue for table in (speech_act_cues(), cues) for form in forms for cue in table.get(form, ()))


def _cue_at(tokens: Sequence[Token], i: int, cues: dict[str, list[Cue]]) -> Cue | None:
    global _sentence_memo
    memo = _sentence_memo
    if memo is None or memo[0] is not tokens or memo[1] is not cues or len(memo[2]) != len(tokens):
        memo = _sentence_memo = (tokens, cues, [None] * len(tokens))
    per_token = memo[2]
    known = per_token[i]
    if known is not None:
        return None if known is _NO_CUE else known
    cue = _match_cue(tokens, i, _candidates(tokens[i], cues))
    per_token[i] = _NO_CUE if cue is None else cue
    return cue


def _match_cue(tokens: Sequence[Token], i: int, cands: tuple[Cue, ...]) -> Cue | None:
    """The first of ``cands`` (cues the word at ``i`` starts) whose later words follow it."""
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


def _entry_of(tok: Token) -> tuple[set[str], set[str | None]]:
    """The types and modes the trigger lexicon gives a word (for callers that did not pass them)."""
    from marsad.events.lexicon import trigger_lexicon  # late: triggers.py imports this module
    from marsad.events.triggers import word_hit

    hit = word_hit(trigger_lexicon(), tok)
    if hit is None:
        return set(), set()
    return {e.type for e in hit[3]}, {e.mode for e in hit[3]}


def _suffered(tokens: Sequence[Token], ti: int) -> bool:
    """تعرضت قافلة ... لهجوم: the لـ follows a verb of suffering a few words back."""
    return any(t.stem.startswith(LI_GOVERNORS) or t.norm.startswith(LI_GOVERNORS)
               for t in tokens[max(0, ti - 16):ti])


def _accompanying_participle(tokens: Sequence[Token], ti: int) -> bool:
    """A participle right after a comma (، متوعدا / ، مؤكدا): the speaker's act, not the quote's content."""
    tok = tokens[ti]
    return ti > 0 and tokens[ti - 1].norm in ("،", ",") and tok.norm.lstrip("و")[:1] == "م" \
        and tok.norm.endswith(("ا", "ه", "ين"))


def _negated_future(tokens: Sequence[Token], ti: int) -> bool:
    return any(t.norm in ("لن", "ولن", "فلن") for t in tokens[max(0, ti - 2):ti])


def _report_reaches(tokens: Sequence[Token], ti: int) -> bool:
    """A بحسب / وفق reports the clause it stands in, not one joined by فيما / بينما on the other side."""
    for k, t in enumerate(tokens):
        if t.norm in WHOLE_SENTENCE_REPORT or t.bare in WHOLE_SENTENCE_REPORT or t.norm[1:] in WHOLE_SENTENCE_REPORT:
            lo, hi = (ti, k) if k > ti else (k, ti)
            if not any(tokens[j].norm in CLAUSE_JOINERS for j in range(lo + 1, hi)):
                return True
    return False


def has_purpose_li(tok: Token) -> bool:
    """The purpose preposition لـ on a word (لإرسال, للتفاوض), not the article's ل."""
    clitics = tok.prefix[:-2] if tok.prefix.endswith("ال") else tok.prefix
    return "ل" in clitics


def assess(tokens: Sequence[Token], ti: int, cues: dict[str, list[Cue]], future_prefix: bool,
           in_quote: bool, noun: bool, reported: bool | None = None, etype: str = "",
           mode: str | None = None) -> Modality:
    """Modality of the trigger at ``tokens[ti]`` (``tokens`` = the sentence).

    ``reported``: :func:`sentence_reported` of ``tokens``, when the caller has it already.
    ``etype`` / ``mode``: the event's PLOVER type and mode (an announced arrest or strike is a claim).
    """
    found: set[str] = set()
    negated = False
    # Without the caller's entry, every reading the lexicon gives the word is considered.
    types, modes = ({etype}, {mode}) if etype else _entry_of(tokens[ti])
    claimed = noun and bool(types & CLAIMED_TYPES or modes & CLAIMED_MODES)
    if future_prefix:
        found.add("future")
    own = _cue_at(tokens, ti, cues)
    if own is not None and own.kind == "intent":
        found.add("intent")  # مستعدة / استعداد: readiness is itself an intention
    pledge = own is not None and own.kind == "pledge"  # تعهد: an intention, unless told as background
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
        elif cue and noun and cue.kind == "announce" and claimed and distance <= cue.window:
            found.add("reported")  # أعلن الجيش اعتقال خمسة: the doer's own claim of the act
        elif cue and distance <= cue.window:
            if cue.kind in ("negation", "denial"):
                if not (cue.words == ("لا",) and i + 1 < len(tokens) and tokens[i + 1].norm in STILL_VERBS):
                    negated = True
            elif cue.kind in ("report", "announce"):
                # Reporting verb then إن/أن then the event: reported speech.
                if any(t.norm in COMPLEMENTIZERS for t in tokens[i + 1:ti]):
                    found.add("reported")
            elif cue.kind == "conditional" and cue.words == ("قد",):
                nxt = tokens[i + 1].stem if i + 1 < len(tokens) else ""
                # وكان الرئيس قد تعهد: after كان, قد marks the pluperfect even before a past verb in ت.
                if nxt[:1] in ("ي", "ت", "ن") and not any(t.norm in PLUPERFECT for t in tokens[max(0, i - 14):i]):
                    found.add("possible")
            elif cue.kind in ("pledge", "pledged"):
                found.add("intent")  # تعهد بإعادة الإعمار: what is pledged is intended
            elif cue.kind == "conditional" and cue.words[0] not in EXPLICIT_CONDITIONS:
                found.add("possible")  # احتمال, ربما: a possibility, weaker than a stated intention
            else:
                found.add(cue.kind)
        if tok.norm == "قد" and any(t.norm in PLUPERFECT for t in tokens[max(0, i - 14):i]) \
                and tokens[ti].stem[:1] not in ("ي", "ن"):  # (كانت قد تسلمت: a past verb may start with ت)
            found.add("historical")  # وكان الوزير قد زار: background told in the pluperfect
        if tok.norm in CLAUSE_BREAKS or tok.bare in CLAUSE_BREAKS:
            if tok.norm in COMPLEMENTIZERS or tok.bare in COMPLEMENTIZERS:
                # Keep looking for the reporting verb before إن, but nothing else crosses it; the
                # verb's subject may be long (أعلنت القيادة الأميركية في أفريقيا (أفريكوم) أن).
                words = 0
                for j in range(i - 1, -1, -1):
                    if tokens[j].norm in (",", "،", ".", "؛"):
                        break
                    words += tokens[j].is_word
                    if words > 9:
                        break
                    cue = _cue_at(tokens, j, cues)
                    if cue and cue.kind == "denial" and words <= 5:
                        negated = True  # نفى أن يكون ...: the event itself is denied
                        break
                    if cue and cue.kind in ("report", "announce"):
                        found.add("reported")
                        break
                    if cue and cue.kind == "future" and words <= 2:
                        found.add("future")  # من المقرر أن يجتمع
                        break
            break
    # A conditional clause may follow its main clause (ستبحث ... إذا طلبت دمشق ذلك), also past a
    # quoted or adverbial stretch (مستعدة للمشاركة في جولة جديدة في مسقط السبت المقبل "إذا ...").
    words = 0
    # وكان ترامب قد لوح ... إذا فشلت: a pluperfect background stays background whatever its condition.
    for i in range(ti + 1, len(tokens) if "historical" not in found else ti + 1):
        tok = tokens[i]
        if tok.norm in ("،", ",", ".", "؛") or tok.norm in CLAUSE_JOINERS:
            break  # a condition after a comma belongs to what follows it
        words += tok.is_word
        if words > 12:
            break
        cue = _cue_at(tokens, i, cues)
        if cue and cue.kind == "conditional" and cue.words[0] in ("اذا", "لو", "في"):
            found.add("conditional")
            break
    # A verbal noun of purpose (لإجراء محادثات, لإرسال قوات) is an intention; not what was suffered
    # (تعرضت القافلة لهجوم) nor a noun after any word with لـ (غارات [للجيش]).
    if noun and not _suffered(tokens, ti) and (
            has_purpose_li(tokens[ti])
            or (ti > 0 and tokens[ti - 1].is_word and has_purpose_li(tokens[ti - 1]) and tokens[ti - 1].stem in LIGHT_NOUNS)):
        found.add("intent")
    if not in_quote and (sentence_reported(tokens) if reported is None else reported) \
            and _report_reaches(tokens, ti):
        found.add("reported")
    if pledge and not found:
        found.add("intent")
    if "possible" in found and "intent" not in found:
        found.add("conditional")  # قد تجري, احتمال: possible; a stated readiness (مستعد, منفتح) stays intent
    if in_quote and _accompanying_participle(tokens, ti):
        in_quote = False  # "..."، متوعدا بالرد: the speaker's own act alongside the quotation
    if types & SPEECH_ACTS and (in_quote or "reported" in found) \
            and (future_prefix or "future" in found or _negated_future(tokens, ti)) \
            and not found & {"conditional", "possible", "historical", "intent"}:
        # قال إن بلاده "لن تسمح بأي تجاوز" / "ستتخذ إجراءات": saying it is the threat or refusal itself.
        return Modality(negated, "asserted")
    if in_quote:
        found.add("reported")
    modality = next((m for m in PRIORITY if m in found), "asserted")
    return Modality(negated, modality)


def pluperfect_before(toks: list[Token], i: int) -> bool:
    """وكان الرئيس ... قد أعلن ... before the trigger: the sentence tells background."""
    for k in range(i - 1, 0, -1):
        if toks[k].norm == "قد" and k + 1 < len(toks) and toks[k + 1].norm[:1] not in ("ي", "ن") \
                and any(t.norm in PLUPERFECT for t in toks[max(0, k - 14):k]):
            return True
    return False
