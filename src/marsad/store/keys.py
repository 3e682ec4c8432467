"""Matching keys shared by the index and the queries: search terms and entity identities.

Search must find سوريا in وسورية and بسوريا, so both the indexed text and the
query go through the same steps: normalise (alef, ya, ta marbuta, diacritics),
strip clitics (و ف ب ل ك ال …) and fold the final ta marbuta/alef so سورية and
سوريا meet.  The index keeps two keys per word (the frequency-checked stem and
the aggressive bare form) because a rare word's clitics may not be split.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from marsad.text.normalize import normalize
from marsad.text.tokenize import TOKEN_RE, analyze_clitics, clitic_candidates, is_arabic_word


def fold(word: str) -> str:
    """Last step of a key: final ه (ta marbuta) and ا written either way meet."""
    if len(word) > 2 and word[-1] == "ه":
        return word[:-1] + "ا"
    return word


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _keys(surface: str, literal: Callable[[str], str]) -> tuple[str, ...]:
    """The analysed stem of one word and a literal form of it (``literal``), both folded."""
    norm = normalize(surface).lower()
    if not norm or not norm[0].isalnum():
        return ()
    if not is_arabic_word(norm):
        return (norm,)
    stem = analyze_clitics(norm)[1] or norm
    return tuple(dict.fromkeys((fold(_strip_article(stem)), fold(literal(norm)))))


@lru_cache(maxsize=200_000)  # news vocabulary repeats: indexing and snippets look the same words up again
def word_keys(surface: str) -> tuple[str, ...]:
    """Index keys of one word of an article (empty for punctuation): stem and fully bare form."""
    return _keys(surface, lambda norm: _strip_article(clitic_candidates(norm)[-1]))


def query_keys(surface: str) -> tuple[str, ...]:
    """Alternatives for one query word: its analysed stem and its literal form without ال."""
    return _keys(surface, _strip_article)


def iter_word_spans(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, keys) of every word of ``text`` with at least one key."""
    for m in TOKEN_RE.finditer(text):
        keys = word_keys(m.group())
        if keys:
            yield m.start(), m.end(), keys


def index_text(text: str | None) -> str:
    """The space-separated key stream the full-text index stores for ``text``."""
    if not text:
        return ""
    return " ".join(k for _, _, keys in iter_word_spans(text) for k in keys)


def parse_query(query: str) -> list[tuple[str, ...]]:
    """A query as a list of words, each a tuple of alternative keys (all words must match)."""
    words = [query_keys(m.group()) for m in TOKEN_RE.finditer(query)]
    return [w for w in words if w]


# Quotation marks a user may type around a phrase: ASCII, Arabic guillemets, curly quotes.
PHRASE_RE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')


def parse_phrases(query: str) -> list[list[tuple[str, ...]]]:
    """The quoted phrases of a query ("مجلس الأمن"), each as its words' alternative keys.

    A quoted single word is just a word (it adds nothing parse_query does not already require).
    """
    phrases = []
    for m in PHRASE_RE.finditer(query):
        words = parse_query(next(g for g in m.groups() if g is not None))
        if len(words) > 1:
            phrases.append(words)
    return phrases


def phrase_spans(text: str, phrase: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of every occurrence of ``phrase``: its words in order, with nothing
    but white space between them (so a phrase never runs across a full stop or a comma)."""
    spans = list(iter_word_spans(text))
    wanted = [frozenset(alts) for alts in phrase]
    first, n = wanted[0], len(wanted)
    out = []
    for i in range(len(spans) - n + 1):
        if first.isdisjoint(spans[i][2]):
            continue
        if all(not wanted[j].isdisjoint(spans[i + j][2]) and not text[spans[i + j - 1][1]:spans[i + j][0]].strip()
               for j in range(1, n)):
            out.append((spans[i][0], spans[i + n - 1][1]))
    return out


def entity_key(ent_type: str, name: str, name_en: str | None) -> str:
    """Identity of an entity across the corpus: type plus English name, else normalised Arabic name."""
    if name_en and name_en.strip():
        label = " ".join(name_en.lower().split())
    else:
        label = " ".join(_strip_article(w) for w in normalize(name).split())
    return f"{ent_type}:{label}"


def entity_id(key: str) -> str:
    """Short stable id for URLs and foreign keys."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
