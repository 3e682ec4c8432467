"""The quotes stage: who said what — direct, indirect, mixed and according-to speech.

Every quote carries its reporting cue (with lemma and stance), its speaker (linked to
an entity when the entity stage found one), the content span and the channel.  The
lexicons are plain data files (``lexicon/data/cue_verbs.tsv``, ``cue_according.tsv``,
``quote_*``); see :mod:`marsad.quotes.detect` for the rules and the modules that hold them.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.doc import Doc
from marsad.lexicon import read_words
from marsad.model import Quote
from marsad.quotes.detect import Detector
from marsad.quotes.lexicon import QuoteLexicon, load_lexicon
from marsad.quotes.resolve import resolve_speakers, to_quotes

__all__ = ["create_stage", "find_quotes"]


def find_quotes(doc: Doc, lex: QuoteLexicon | None = None, verb_forms: frozenset[str] | None = None
                ) -> list[Quote]:
    """The quotes of a Doc that has tokens (and, ideally, entities)."""
    lex = lex or load_lexicon()
    verb_forms = verb_forms if verb_forms is not None else read_words("verbs_common")
    det = Detector(doc, lex, verb_forms)
    drafts = det.run()
    resolve_speakers(det, drafts)
    return to_quotes(det, drafts)


def create_stage(options: object = None) -> Callable[[Doc], None]:
    lex = load_lexicon()
    verb_forms = read_words("verbs_common")

    def stage(doc: Doc) -> None:
        doc.quotes = find_quotes(doc, lex, verb_forms)

    return stage
