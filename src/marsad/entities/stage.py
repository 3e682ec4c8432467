"""The entity stage object: rules (and optionally the CRF) over every sentence, then linking."""

from __future__ import annotations

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
        path = Path(ner_model) if ner_model else DEFAULT_MODEL
        if (use_crf is None or use_crf) and path.is_file():
            from marsad.entities.crf import CrfTagger

            self.tagger = CrfTagger(path, self.recognizer)

    def candidates(self, doc: Doc) -> list[Candidate]:
        chosen: list[Candidate] = []
        for first, last in doc.sentence_tokens:
            found = self.recognizer.sentence(doc.tokens, first, last)
            if self.tagger is not None:
                found += self.tagger.candidates(doc, first, last)
            chosen.extend(select(found))
        return chosen

    def __call__(self, doc: Doc) -> None:
        cands = self.candidates(doc)
        doc.entities = link(doc, cands, self.recognizer, self.namer)
        labels = [-1] * len(doc.tokens)
        index_of = {}
        for n, ent in enumerate(doc.entities):
            for m in ent.mentions:
                index_of[(m.start, m.end)] = n
        for i, tok in enumerate(doc.tokens):
            for (start, end), n in index_of.items():
                if tok.start < end and start < tok.end:
                    labels[i] = n
                    break
        doc.token_entity = labels
