"""The events stage: who did what to whom, where and when, as PLOVER events with CAMEO codes.

``create_stage`` compiles the lexicons (``lexicon/data/event_*.tsv`` and ``actor_*.tsv``)
into dictionary look-ups once; the returned function fills ``doc.events``.  It runs after
the entity and quote stages and uses what they found when they are present.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.doc import Doc
from marsad.events.actors import actor_lexicon
from marsad.events.extract import extract_events
from marsad.events.lexicon import modality_cues, trigger_lexicon


def create_stage(options: object = None) -> Callable[[Doc], None]:
    triggers = trigger_lexicon()
    actors = actor_lexicon()
    cues = modality_cues()

    def events_stage(doc: Doc) -> None:
        doc.events = extract_events(doc, triggers, actors, cues)

    return events_stage
