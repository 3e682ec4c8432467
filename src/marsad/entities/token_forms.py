"""Token helpers shared by the entity rules: bare forms of a word and where they begin.

Spans exclude clitics (و ب ل ف ك) but include the article ال, so every rule needs to
know where a bare form starts inside the token's original text.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.entities.gazetteer import first_names
from marsad.text.normalize import normalize_with_map
from marsad.text.tokenize import clitic_candidates


def clitic_offset(tok: Token, form: str) -> int:
    """Character offset in ``tok.text`` where the bare ``form`` (a clitic candidate) begins."""
    norm = tok.norm
    if norm.endswith(form):
        k = len(norm) - len(form)
    elif form.startswith("ال") and norm.endswith(form[2:]):
        k = len(norm) - len(form) + 2  # لل + rest: the span starts after لل
    else:
        k = 0
    if k == 0:
        return 0
    if len(tok.text) == len(norm):
        return k
    _, origin = normalize_with_map(tok.text)
    return origin[k]



@lru_cache(maxsize=100_000)
def norm_forms(norm: str) -> tuple[str, ...]:
    """The possible bare forms of a normalised word, memoised: rules ask this of every token."""
    return tuple(clitic_candidates(norm))


def bare_forms(tok: Token) -> tuple[str, ...]:
    return norm_forms(tok.norm) if tok.is_word else (tok.norm,)


def has_preposition(prefix: str) -> bool:
    """Does a clitic prefix (وال، بال، لل، ب) carry a preposition ب ل ك? The article ال is no preposition."""
    if prefix == "لل":
        return True
    if prefix.endswith("ال"):
        prefix = prefix[:-2]
    return prefix[-1:] in ("ب", "ل", "ك")



def has_conjunction(tok: Token) -> bool:
    return tok.prefix[:1] in ("و", "ف") and tok.norm not in first_names()
