"""The entity stage object: rules (and optionally the CRF) over every sentence, then linking."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from marsad.doc import Doc
from marsad.entities.gazetteer import gazetteer
from marsad.entities.link import OrgNamer, link
from marsad.entities.recognize import Candidate, Recognizer, select

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner.crfsuite"


class EntityStage:
    def __init__(self, ner_model: str | None = None, use_crf: bool | None = None):
        self.recognizer = Recognizer(gazetteer())
        self.namer = OrgNamer.load()
        self.tagger = None
        # Rules alone scored best on data/gold/dev (CRF trained on data/ner/train.conll: rules 0.843,
        # CRF 0.830, union 0.840 micro F1), so the CRF runs only when a model is asked for.
        if ner_model and use_crf is not False:
            from marsad.entities.crf import CrfTagger
            from marsad.io import InputError

            if not Path(ner_model).is_file():
                raise InputError(f"NER model not found: {ner_model}")
            try:
                self.tagger = CrfTagger(ner_model, self.recognizer)
            except ValueError as exc:
                raise InputError(str(exc)) from None

    def candidates(self, doc: Doc) -> list[Candidate]:
        chosen: list[Candidate] = []
        for first, last in doc.sentence_tokens:
            found = self.recognizer.sentence(doc.tokens, first, last)
            if self.tagger is not None:
                found += self.tagger.candidates(doc, first, last)
            picked = select(found)
            picked += self.recognizer.acronyms(doc.tokens, picked, last)
            chosen.extend(sorted(picked, key=lambda c: c.first))
        return chosen

    def __call__(self, doc: Doc) -> None:
        cands = self.candidates(doc)
        doc.entities = link(doc, cands, self.recognizer, self.namer)  # places disambiguated there
        labels = [-1] * len(doc.tokens)
        starts = [t.start for t in doc.tokens]
        for n, ent in enumerate(doc.entities):
            for m in ent.mentions:
                k = max(bisect_right(starts, m.start) - 1, 0)
                while k < len(doc.tokens) and doc.tokens[k].start < m.end:
                    if doc.tokens[k].end > m.start:
                        labels[k] = n
                    k += 1
        doc.token_entity = labels
