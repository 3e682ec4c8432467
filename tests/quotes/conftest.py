"""Helpers for the quote tests: a text-layer pipeline and Docs with hand-made entities."""

from __future__ import annotations

import pytest

from marsad.doc import Doc
from marsad.model import Entity, Mention
from marsad.pipeline import Pipeline
from marsad.quotes import find_quotes


@pytest.fixture(scope="session")
def text_pipeline() -> Pipeline:
    return Pipeline(stages=())


def label_entities(doc: Doc, names: dict[str, tuple[str, str, str]]) -> Doc:
    """Mark every occurrence of each surface string as a mention of the given entity.

    ``names`` maps a surface string to (entity id, type, English name).
    """
    ents: dict[str, Entity] = {}
    doc.token_entity = [-1] * len(doc.tokens)
    for surface, (eid, etype, name_en) in names.items():
        ent = ents.get(eid)
        if ent is None:
            ent = ents[eid] = Entity(eid, etype, surface, name_en)
        start = doc.text.find(surface)
        while start >= 0:
            end = start + len(surface)
            ent.mentions.append(Mention(start, end, surface))
            start = doc.text.find(surface, end)
    doc.entities = list(ents.values())
    for index, ent in enumerate(doc.entities):
        for m in ent.mentions:
            for k, tok in enumerate(doc.tokens):
                if tok.start < m.end and tok.end > m.start:
                    doc.token_entity[k] = index
    return doc


@pytest.fixture
def quotes_of(text_pipeline):
    def run(text: str, entities: dict[str, tuple[str, str, str]] | None = None):
        doc = text_pipeline.make_doc(text)
        if entities:
            label_entities(doc, entities)
        return find_quotes(doc)

    return run
