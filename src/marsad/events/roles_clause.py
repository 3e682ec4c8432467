"""Clause structure around a trigger that decides who the doer is: a light verb carrying the act as
its object pronoun (غارة نفذتها مسيرة إسرائيلية, قصف شنته قوات النظام), whose subject is the act's
agent wherever the act's verbal noun stands in the sentence."""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.events.actors import ActorSpan
from marsad.lexicon import read_words

# Object pronouns that point back to the act (نفذها, شنته, أطلقتها, نفذوه).
ACT_PRONOUNS = ("ها", "ه", "هم")
# Words that may stand between the act's noun and its light verb: adjectives in ال-less form are
# allowed by position; these are the function words (الغارة التي نفذتها, هجوما قال إنه نفذه).
BRIDGE = {"التي", "الذي", "اللتين", "اللذين"}
# Vehicles and weapons named before the nationality that is the real agent (مسيرة إسرائيلية).
VEHICLE_HEADS = {"مسيره", "طائره", "طائرات", "مسيرات", "مقاتلات", "مقاتله", "سفينه", "بارجه", "زوارق",
                 "دبابات", "دبابه", "مدفعيه", "صواريخ", "قوات", "وحدات"}


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    return read_words("roles_light_verbs")


@lru_cache(maxsize=50_000)
def _is_light(norm: str) -> bool:
    word = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    for pron in ACT_PRONOUNS:
        if word.endswith(pron) and len(word) - len(pron) >= 2:
            stem = word[: -len(pron)]
            stems = _light_stems()
            if stem in stems:
                return True
    return False


def light_verb(tok: Token) -> bool:
    """A verb of execution with an object pronoun (شنته, نفذتها, أطلقوها, يشنها)."""
    return tok.is_word and _is_light(tok.norm)


def light_verb_agent(actors: list[ActorSpan], toks: list[Token], start: int, first: int,
                     reach: int = 5) -> tuple[int, ActorSpan] | None:
    """(light verb index, its subject) for the first light verb within ``reach`` words after ``start``.

    The subject is the actor right after the verb, or one word later past a vehicle (نفذتها مسيرة
    إسرائيلية: the nationality of the drone is the doer) or a time word (شنته أمس قوات).
    """
    for k in range(start + 1, min(len(toks), start + 1 + reach)):
        tok = toks[k]
        if not tok.is_word and tok.norm not in ('"', "«", "»"):
            return None  # a comma or a full stop ends the act's phrase
        if not light_verb(tok):
            continue
        for a in actors:
            rel = a.first - first
            if rel == k + 1 and a.kind != "place":
                return k, a
            if rel == k + 2 and (toks[k + 1].bare in VEHICLE_HEADS or a.kind != "adjective"):
                return k, a
            if rel > k + 2:
                break
        return None
    return None
