"""The entity stage: people, organisations and places, one identity per article.

``create_stage(options)`` loads the gazetteers (and the CRF model) once; the stage
fills ``doc.entities`` and ``doc.token_entity``.  :func:`describe` and
:func:`code_description` give the quotes and events layers the role phrase before a
name (وزير الخارجية الأميركي → USA GOV) and the code of anonymous actors
(مصدر عسكري سوري → SYR MIL).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.doc import Doc
from marsad.entities.describe import code_description, describe
from marsad.entities.stage import EntityStage

__all__ = ["create_stage", "describe", "code_description", "EntityStage"]


def create_stage(options: object) -> Callable[[Doc], None]:
    return EntityStage(getattr(options, "ner_model", None))
