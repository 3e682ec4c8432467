"""Who a clause is about when its subject is not next to its verb.

Wire copy names the doer once and goes on with verbs that carry it (ووصل كيري إلى لندن. ولم يدل
كيري بأي تصريحات. وسيلتقي ...), and describes a subject with a relative clause before its own verb
(الجيش السوري الذي خسر أراضي لصالح مقاتلي المعارضة بدأ ...).  The helpers here find the article's
current agent from each sentence's main clause and the antecedent a relative clause hangs from.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.events.actors import ActorSpan
from marsad.model import Quote

RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"}
# Words a sentence may open with before its main verb (ولم يدل, كما سيسافر, وقد أعلن).
OPENING_PARTICLES = {"و", "ف", "كما", "لم", "ولم", "لن", "ولن", "قد", "وقد", "فقد", "ثم", "لا", "ولا", "فيما"}
# Words that open a clause below the main one: its verbs do not change who the article is about.
SUBORDINATORS = {"الذي", "التي", "الذين", "حيث", "اذا", "لو", "بينما", "ان", "انه", "انها", "انهم", "بان",
                 "بانه", "بانها", "عندما", "لان", "رغم", "ورغم", "كي", "لكي"}
# A pronoun right after the relative verb that points back to the antecedent (سيطر عليها المسلحون):
# the relative verb then has a subject of its own.
RESUMPTIVE = {"عليه", "عليها", "عليهم", "به", "بها", "بهم", "فيه", "فيها", "منه", "منها", "له", "لها", "لهم"}
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
NOT_VERBS = {"في", "من", "الي", "علي", "عن", "مع", "حول", "خلال", "منذ", "ضد", "لدي", "نحو", "عبر", "وسط",
             "بعد", "قبل", "هناك", "هذا", "هذه", "ذلك", "تلك", "جدير"}


def agent_like(a: ActorSpan) -> bool:
    """A person, a body or a state that can act: not a city, an outlet or a bare adjective."""
    if a.kind == "adjective" or not a.code or a.sector == "MED":
        return False
    if a.kind == "place":
        return a.place is not None and a.place.kind in ("country", "capital")
    return True


def _verb_like(tok: Token) -> bool:
    """A word that can open a verbal sentence: no article, no preposition, no noun ending in ة."""
    norm = tok.norm
    if not tok.is_word or norm in NOT_VERBS or "ال" in tok.prefix or {"ب", "ل", "ك"} & set(tok.prefix):
        return False
    return 3 <= len(norm) <= 8 and not tok.text.endswith("ة") and not norm.startswith("ال")


def opening_subject(toks: list[Token], actors: list[ActorSpan], first: int) -> ActorSpan | None:
    """The explicit subject right after a sentence's opening verb (ولم يدل كيري بأي تصريحات)."""
    k = 0
    while k < min(3, len(toks)) and (toks[k].norm in OPENING_PARTICLES or not toks[k].is_word):
        k += 1
    if k + 1 >= len(toks) or not _verb_like(toks[k]) or any(a.first - first <= k < a.last - first for a in actors):
        return None
    a = next((a for a in actors if a.first - first == k + 1), None)
    return a if a is not None and agent_like(a) else None


def subordinate(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` lies in a clause opened by a subordinator (حيث تحشد, الذي خسر, إن روسيا)."""
    return any(toks[k].norm in SUBORDINATORS or toks[k].bare in SUBORDINATORS for k in range(i))


def speaker_actor(quotes: list[Quote], actors: list[ActorSpan], start: int, end: int) -> list[tuple[int, ActorSpan]]:
    """(cue offset, actor) of the speakers whose speech verb stands in [start, end) (وقال كيري إنه ...)."""
    out: list[tuple[int, ActorSpan]] = []
    for q in quotes:
        if q.cue is None or q.speaker is None or q.kind == "according" or not start <= q.cue.start < end:
            continue
        a = next((a for a in actors if a.start < q.speaker.end and a.end > q.speaker.start), None)
        if a is not None and agent_like(a):
            out.append((q.cue.start, a))
    return out


def relative_antecedent(actors: list[ActorSpan], toks: list[Token], first: int, lo: int,
                        governed: object) -> ActorSpan | None:
    """The actor a relative clause opening at ``lo`` describes, when it is that clause's and the main
    clause's subject (الجيش السوري الذي خسر أراضي لصالح مقاتلي المعارضة ... بدأ): actors inside the
    relative clause are its objects, not the subject.  None when the clause has a subject of its own
    (المدينة التي سيطر عليها المسلحون) or nothing an actor stands before the pronoun.

    ``governed(a)`` says whether a preposition governs the actor (then it is nobody's subject).
    """
    rel = lo - 1
    if rel < 1 or toks[rel].norm not in RELATIVE_PRONOUNS:
        return None
    verb = toks[rel + 1] if rel + 1 < len(toks) else None
    if verb is None or verb.suffix in OBJECT_PRONOUNS or (
            rel + 2 < len(toks) and toks[rel + 2].norm in RESUMPTIVE):
        return None
    # The antecedent may end in adjectives this layer does not read (القوات الحكومية التي).
    ante = next((a for a in actors if 0 <= rel - (a.last - first) <= 2
                 and all(t.prefix.endswith("ال") and t.is_word for t in toks[a.last - first:rel])), None)
    if ante is None or not agent_like(ante) or governed(ante):
        return None
    return ante
