"""Typed objects of the JSON contract ``marsad/1``.

Every offset indexes into :attr:`Article.text`, the article exactly as read.  Spans
share one shape (``start``, ``end``, ``text``) so entities, quotes and events fit
the same mould.  ``to_dict`` gives the JSON contract; ``from_dict`` reads it back,
so the CLI, the store, the web API, the Spark job and the evaluation all speak one
format.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA = "marsad/1"


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])


@dataclass(slots=True)
class Repair:
    start: int
    end: int
    before: str
    after: str
    kind: str  # "split" | "duplicate" | "heading"


@dataclass(slots=True)
class Section:
    start: int
    end: int
    heading: Span | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # PER | ORG | LOC | MISC
    name: str
    name_en: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Extra facts for actor coding, e.g. {"sector": "GOV"}; optional in the contract.
    sector: str | None = None


@dataclass(slots=True)
class Speaker:
    text: str
    start: int
    end: int
    entity: str | None = None
    name_en: str | None = None


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str | None = None
    stance: str | None = None  # neutral | claim | deny | warn | ...


@dataclass(slots=True)
class Quote:
    id: str
    kind: str  # direct | indirect | mixed | according
    speaker: Speaker | None
    cue: Cue | None
    content: Span
    channel: Span | None = None


@dataclass(slots=True)
class Actor:
    text: str
    start: int
    end: int
    entity: str | None = None
    code: str | None = None  # e.g. "USA GOV", "SYR MIL"


@dataclass(slots=True)
class Place:
    entity: str | None
    text: str
    start: int
    end: int
    name_en: str | None = None
    country: str | None = None


@dataclass(slots=True)
class EventDate:
    value: str | None  # ISO date when resolved
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER event type
    mode: str | None
    cameo: str | None
    source: Actor | None
    target: Actor | None
    negated: bool
    modality: str  # asserted | future | conditional | intent | reported | historical
    location: Place | None
    date: EventDate | None
    evidence: Span  # the sentence
    trigger: Span
    quote: str | None = None  # id of the quote when modality == "reported"
    context: str | None = None  # PLOVER context where the lexicon gives one


@dataclass(slots=True)
class Article:
    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = _as_plain(self)
        return {"schema": SCHEMA, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _build(cls, data)

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None


# A faster ``dataclasses.asdict`` giving exactly the same result: field names are looked up
# once per class and plain scalars are returned as they are instead of going through deepcopy.
_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _as_plain(obj: Any) -> Any:
    kind = type(obj)
    if kind in _SCALARS:
        return obj
    scalars = _SCALARS
    if kind is list:
        # Scalars are tested inline: most values are, and a call per value is the main cost.
        return [v if type(v) in scalars else _as_plain(v) for v in obj]
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not (is_dataclass(obj) and not isinstance(obj, type)):
            return _as_plain_other(obj)
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(obj))
    out = {}
    for name in names:
        v = getattr(obj, name)
        out[name] = v if type(v) in scalars else _as_plain(v)
    return out


def _as_plain_other(obj: Any) -> Any:
    # The less common containers, handled as asdict handles them.
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_as_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as_plain(v) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), "default_factory"):
            out = type(obj)(obj.default_factory)
            for k, v in obj.items():
                out[_as_plain(k)] = _as_plain(v)
            return out
        return type(obj)((_as_plain(k), _as_plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


# Nested types for from_dict; kept explicit rather than introspected for speed and clarity.
_NESTED: dict[type, dict[str, tuple[type, bool]]] = {
    Article: {
        "repairs": (Repair, True),
        "sections": (Section, True),
        "sentences": (Sentence, True),
        "entities": (Entity, True),
        "quotes": (Quote, True),
        "events": (Event, True),
    },
    Section: {"heading": (Span, False)},
    Entity: {"mentions": (Mention, True)},
    Quote: {"speaker": (Speaker, False), "cue": (Cue, False), "content": (Span, False), "channel": (Span, False)},
    Event: {
        "source": (Actor, False),
        "target": (Actor, False),
        "location": (Place, False),
        "date": (EventDate, False),
        "evidence": (Span, False),
        "trigger": (Span, False),
    },
}


def _build(cls: type, data: dict[str, Any]) -> Any:
    nested = _NESTED.get(cls, {})
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in nested and value is not None:
            sub, is_list = nested[f.name]
            value = [_build(sub, v) for v in value] if is_list else _build(sub, value)
        kwargs[f.name] = value
    return cls(**kwargs)
