"""The text layer: decode, repair, normalise, segment and tokenise without changing the text."""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Doc, Token
from marsad.text.normalize import normalize
from marsad.text.repair import repair_tokens
from marsad.text.segment import segment
from marsad.text.tokenize import analyze_clitics, is_arabic_word, raw_tokens

__all__ = ["process_text", "normalize"]


@lru_cache(maxsize=300_000)
def _analysis(surface: str) -> tuple[str, str, str, str, bool, str]:
    """(norm, prefix, stem, suffix, is_word, bare) of a token surface; cached, as words repeat across
    articles."""
    norm = normalize(surface)
    word = is_arabic_word(norm)
    prefix, stem, suffix = analyze_clitics(norm) if word else ("", norm, "")
    bare = ("ال" + stem) if prefix.endswith("ال") else stem
    return norm, prefix, stem, suffix, word or surface[:1].isalpha(), bare


def process_text(doc: Doc, protected: frozenset[str] = frozenset()) -> Doc:
    """Fill ``doc`` with repairs, sections, sentences and tokens (all offsets into ``doc.text``).

    ``protected`` holds normalised words (names from the lexicons) that must never be split.
    """
    pieces, repairs = repair_tokens(raw_tokens(doc.text), doc.text, protected)
    seg = segment(pieces, doc.text)
    doc.repairs = sorted(repairs + seg.repairs, key=lambda r: (r.start, r.kind))
    doc.sections = seg.sections
    doc.sentences = seg.sentences
    tokens: list[Token] = []
    sentence_tokens: list[tuple[int, int]] = []
    analysis = _analysis
    append = tokens.append
    for s_index, (a, b) in enumerate(seg.sentence_pieces):
        first = len(tokens)
        for piece in pieces[a:b]:
            surface = piece.text
            norm, prefix, stem, suffix, word, bare = analysis(surface)
            append(Token(surface, piece.start, piece.end, norm, prefix, stem, suffix, s_index, word, bare))
        sentence_tokens.append((first, len(tokens)))
    doc.tokens = tokens
    doc.sentence_tokens = sentence_tokens
    return doc
