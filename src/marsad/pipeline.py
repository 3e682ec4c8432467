"""The one core every face calls: text → :class:`marsad.model.Article`.

A :class:`Pipeline` loads its resources once (lexicons, gazetteers, models) and
then analyses any number of articles; the CLI, the store, the web app and the Spark
job all go through it, so every face gives the same answer.

Stages after the text layer are modules of this package exposing
``create_stage(options) -> Callable[[Doc], None]``; they run in the order of
:data:`STAGES`, each reading what the previous ones put on the :class:`Doc`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Doc
from marsad.io import InputError, check_date
from marsad.model import Article
from marsad.text import process_text

STAGES: tuple[str, ...] = ("entities", "quotes", "events")

Stage = Callable[[Doc], None]


@dataclass
class Options:
    """Settings shared by the stages; the defaults are what ``marsad analyze`` uses."""

    ner_model: str | None = None  # path of a user-trained CRF model (``marsad train ner``)
    extra: dict[str, object] = field(default_factory=dict)


class Pipeline:
    def __init__(self, stages: Sequence[str] = STAGES, options: Options | None = None):
        self.options = options or Options()
        self.stage_names = tuple(stages)
        self._stages: list[Stage] = [self._load(name) for name in self.stage_names]
        self._protected = self._protected_words()

    def _load(self, name: str) -> Stage:
        module = importlib.import_module(f"marsad.{name}")
        return module.create_stage(self.options)

    @staticmethod
    def _protected_words() -> frozenset[str]:
        """Names the lexicons know, which run-together repair must never split."""
        try:
            from marsad.lexicon.names import protected_words
        except ImportError:
            return frozenset()
        return protected_words()

    def make_doc(self, text: str, *, id: str = "article", date: str | None = None, title: str | None = None,
                 url: str | None = None, source: str | None = None) -> Doc:
        doc = Doc(text=text, id=id, date=check_date(date, id), title=title, url=url, source=source)
        process_text(doc, self._protected)
        for stage in self._stages:
            stage(doc)
        return doc

    def __call__(self, text: str, *, id: str = "article", date: str | None = None, title: str | None = None,
                 url: str | None = None, source: str | None = None) -> Article:
        if not isinstance(text, str):
            raise InputError(f"{id}: text must be a str, got {type(text).__name__}")
        return self.make_doc(text, id=id, date=date, title=title, url=url, source=source).to_article()


@lru_cache(maxsize=4)
def default_pipeline(ner_model: str | None = None) -> Pipeline:
    """The pipeline with every stage, loaded once per process."""
    return Pipeline(options=Options(ner_model=ner_model))


def analyze(text: str, *, date: str | None = None, id: str = "article", title: str | None = None,
            url: str | None = None, source: str | None = None) -> Article:
    """Analyse one Arabic article; ``date`` (YYYY-MM-DD) anchors relative dates such as أمس."""
    return default_pipeline()(text, id=id, date=date, title=title, url=url, source=source)
