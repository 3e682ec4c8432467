"""Load the project's gold set (YAML, annotated by string) into contract :class:`Article` objects.

The format is described in ``data/gold/GUIDELINES.md``.  Annotators write strings;
this module resolves them to offsets and refuses anything it cannot resolve, so a
typo in a gold file is an error, never a silently wrong score.

Run ``python -m marsad.evaluate.gold data/gold`` to validate every file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from marsad.model import (
    Actor,
    Article,
    Cue,
    Entity,
    Event,
    EventDate,
    Mention,
    Place,
    Quote,
    Repair,
    Section,
    Sentence,
    Span,
    Speaker,
)

MARKUP = re.compile(r"\[([^\[\]\n]+?)\]\(([A-Za-z0-9_\-]+)\)")
ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
QUOTE_KINDS = {"direct", "indirect", "mixed", "according"}
MODALITIES = {"asserted", "future", "conditional", "intent", "reported", "historical"}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


class GoldError(ValueError):
    """A gold file that cannot be resolved; the message names the file and the problem."""


def strip_markup(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Remove ``[surface](id)`` markup; return the plain text and (start, end, id) mentions."""
    out: list[str] = []
    mentions: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        surface = m.group(1)
        mentions.append((length, length + len(surface), m.group(2)))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), mentions


def _find_all(text: str, needle: str) -> list[int]:
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def _nearest(text: str, needle: str, anchor: int, window: tuple[int, int] | None = None,
             prefer_before: bool = True) -> int:
    hits = _find_all(text, needle)
    if window:
        hits = [h for h in hits if window[0] <= h and h + len(needle) <= window[1]]
    if not hits:
        raise KeyError(needle)
    before = [h for h in hits if h + len(needle) <= anchor]
    after = [h for h in hits if h >= anchor]
    if prefer_before and before:
        return before[-1]
    if after:
        return after[0]
    return before[-1] if before else hits[0]


def _unmark(value: Any) -> Any:
    if isinstance(value, str):
        return MARKUP.sub(r"\1", value)
    if isinstance(value, list):
        return [_unmark(v) for v in value]
    if isinstance(value, dict):
        return {k: _unmark(v) for k, v in value.items()}
    return value


class _Resolver:
    def __init__(self, path: Path, raw: dict[str, Any]):
        self.path = path
        self.raw = raw
        if not isinstance(raw, dict) or "text" not in raw:
            self.fail("not a mapping with a 'text' field")
        self.text, self.marks = strip_markup(str(raw["text"]))
        # Annotators often paste marked-up text into other fields; accept it there too.
        self.raw = {k: (v if k == "text" else _unmark(v)) for k, v in raw.items()}
        self.sentences: list[Sentence] = []

    def fail(self, message: str) -> None:
        raise GoldError(f"{self.path}: {message}")

    def article(self) -> Article:
        raw = self.raw
        art = Article(
            id=str(raw.get("id") or self.path.stem),
            text=self.text,
            date=str(raw["date"]) if raw.get("date") else None,
            title=raw.get("title"),
            source=raw.get("style"),
        )
        art.repairs = self.repairs()
        art.sentences = self.sentences = self.sentence_spans()
        art.sections = self.sections()
        art.entities = self.entities()
        art.quotes = self.quotes(art)
        art.events = self.events(art)
        return art

    def repairs(self) -> list[Repair]:
        out: list[Repair] = []
        for item in self.raw.get("repairs") or []:
            before, after = str(item["before"]), str(item["after"])
            if after.replace(" ", "") == before.replace(" ", ""):
                kind = "split"
            elif len(after) < len(before):
                kind = "duplicate"
            else:
                self.fail(f"repair {before!r} -> {after!r} is neither a split nor a duplicate")
            hits = _find_all(self.text, before)
            if not hits:
                self.fail(f"repair 'before' not in text: {before!r}")
            out.extend(Repair(h, h + len(before), before, after, kind) for h in hits)
        for heading in self.headings():
            out.append(Repair(heading.start, heading.end, heading.text, heading.text, "heading"))
        return sorted(out, key=lambda r: r.start)

    def headings(self) -> list[Span]:
        spans = []
        for h in self.raw.get("headings") or []:
            i = self.text.find(str(h))
            if i < 0:
                self.fail(f"heading not in text: {h!r}")
            spans.append(Span(i, i + len(str(h)), str(h)))
        return sorted(spans, key=lambda s: s.start)

    def sentence_spans(self) -> list[Sentence]:
        out, pos = [], 0
        for s in self.raw.get("sentences") or []:
            s = str(s).strip()
            i = self.text.find(s, pos)
            if i < 0:
                self.fail(f"sentence not found (in order) in text: {s[:60]!r}")
            out.append(Sentence(i, i + len(s)))
            pos = i + len(s)
        return out

    def sections(self) -> list[Section]:
        heads = self.headings()
        if not heads:
            return [Section(0, len(self.text), None)]
        out = []
        if heads[0].start > 0:
            out.append(Section(0, heads[0].start, None))
        for k, h in enumerate(heads):
            end = heads[k + 1].start if k + 1 < len(heads) else len(self.text)
            out.append(Section(h.start, end, h))
        return out

    def entities(self) -> list[Entity]:
        table = self.raw.get("entities") or {}
        ents: dict[str, Entity] = {}
        for eid, info in table.items():
            info = info or {}
            etype = info.get("type")
            if etype not in ENTITY_TYPES:
                self.fail(f"entity {eid}: type {etype!r} not in {sorted(ENTITY_TYPES)}")
            ents[str(eid)] = Entity(
                id=str(eid), type=etype, name=str(info.get("name") or ""),
                name_en=info.get("name_en"), country=info.get("country"),
            )
        for start, end, eid in self.marks:
            if eid not in ents:
                self.fail(f"mention of undeclared entity {eid!r}")
            ents[eid].mentions.append(Mention(start, end, self.text[start:end]))
        for ent in ents.values():
            ent.aliases = sorted({m.text for m in ent.mentions} - {ent.name})
        return [e for e in ents.values() if e.mentions or e.type == "LOC"]

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.start, s.end
        return 0, len(self.text)

    def quotes(self, art: Article) -> list[Quote]:
        out: list[Quote] = []
        pos = 0
        for n, q in enumerate(self.raw.get("quotes") or [], 1):
            kind = q.get("kind")
            if kind not in QUOTE_KINDS:
                self.fail(f"quote {n}: kind {kind!r}")
            content = str(q.get("content") or "").strip()
            i = self.text.find(content, pos)
            if i < 0:
                i = self.text.find(content)
            if not content or i < 0:
                self.fail(f"quote {n}: content not in text: {content[:60]!r}")
            pos = i + 1
            cspan = Span(i, i + len(content), content)
            cue = None
            if q.get("cue"):
                try:
                    c = _nearest(self.text, str(q["cue"]), i)
                except KeyError:
                    self.fail(f"quote {n}: cue not in text: {q['cue']!r}")
                cue = Cue(str(q["cue"]), c, c + len(str(q["cue"])))
            anchor = cue.start if cue else i
            speaker = None
            eid = q.get("speaker")
            if eid is not None and art.entity(str(eid)) is None:
                self.fail(f"quote {n}: speaker entity {eid!r} not declared")
            stext = q.get("speaker_text")
            if stext:
                try:
                    s = _nearest(self.text, str(stext), anchor, prefer_before=False)
                except KeyError:
                    self.fail(f"quote {n}: speaker_text not in text: {stext!r}")
                speaker = Speaker(str(stext), s, s + len(str(stext)), str(eid) if eid else None)
            elif eid is not None:
                ent = art.entity(str(eid))
                m = min(ent.mentions, key=lambda m: abs(m.start - anchor)) if ent.mentions else None
                speaker = Speaker(m.text if m else ent.name, m.start if m else 0, m.end if m else 0,
                                  ent.id, ent.name_en)
            else:
                self.fail(f"quote {n}: needs a speaker entity or speaker_text")
            if speaker and speaker.entity:
                speaker.name_en = art.entity(speaker.entity).name_en
            channel = None
            if q.get("channel"):
                try:
                    c = _nearest(self.text, str(q["channel"]), anchor, prefer_before=False)
                except KeyError:
                    self.fail(f"quote {n}: channel not in text: {q['channel']!r}")
                channel = Span(c, c + len(str(q["channel"])), str(q["channel"]))
            out.append(Quote(f"q{n}", kind, speaker, cue, cspan, channel))
        return out

    def _actor(self, n: int, raw: Any, art: Article, anchor: tuple[int, int]) -> Actor | None:
        if raw is None:
            return None
        code = raw.get("code")
        eid = raw.get("entity")
        if eid is not None:
            ent = art.entity(str(eid))
            if ent is None:
                self.fail(f"event {n}: actor entity {eid!r} not declared")
            ms = [m for m in ent.mentions if anchor[0] <= m.start < anchor[1]] or ent.mentions
            m = ms[0] if ms else Mention(0, 0, "")
            return Actor(m.text, m.start, m.end, ent.id, code)
        text = str(raw.get("text") or "")
        if not text:
            self.fail(f"event {n}: actor needs entity or text")
        try:
            s = _nearest(self.text, text, anchor[0], window=anchor, prefer_before=False)
        except KeyError:
            self.fail(f"event {n}: actor text {text!r} not in its sentence")
        return Actor(text, s, s + len(text), None, code)

    def events(self, art: Article) -> list[Event]:
        out: list[Event] = []
        for n, e in enumerate(self.raw.get("events") or [], 1):
            etype = e.get("type")
            if etype not in PLOVER_TYPES:
                self.fail(f"event {n}: type {etype!r} is not a PLOVER type")
            modality = e.get("modality", "asserted")
            if modality not in MODALITIES:
                self.fail(f"event {n}: modality {modality!r}")
            anchor_text = str(e.get("sentence") or "")
            hits = _find_all(self.text, anchor_text)
            if not anchor_text or len(hits) != 1:
                self.fail(f"event {n}: sentence substring must occur exactly once: {anchor_text[:50]!r}")
            sent = self._sentence_of(hits[0])
            trig = str(e.get("trigger") or "")
            try:
                t = _nearest(self.text, trig, sent[0], window=sent, prefer_before=False)
            except KeyError:
                self.fail(f"event {n}: trigger {trig!r} not in its sentence")
            location = None
            if e.get("location"):
                ent = art.entity(str(e["location"]))
                if ent is None:
                    self.fail(f"event {n}: location {e['location']!r} not declared")
                ms = [m for m in ent.mentions if sent[0] <= m.start < sent[1]] or ent.mentions
                m = ms[0] if ms else Mention(0, 0, ent.name)
                location = Place(ent.id, m.text, m.start, m.end, ent.name_en, ent.country)
            date = EventDate(str(e["date"]), "", 0, 0) if e.get("date") else None
            cameo = e.get("cameo")
            out.append(Event(
                id=f"e{n}", type=etype, mode=e.get("mode"),
                cameo=str(cameo) if cameo is not None else None,
                source=self._actor(n, e.get("source"), art, sent),
                target=self._actor(n, e.get("target"), art, sent),
                negated=bool(e.get("negated", False)), modality=modality,
                location=location, date=date,
                evidence=Span(sent[0], sent[1], self.text[sent[0]:sent[1]]),
                trigger=Span(t, t + len(trig), trig),
            ))
        return out


def load_gold_file(path: str | Path) -> Article:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}".splitlines()[0]) from None
    return _Resolver(path, raw).article()


def iter_gold(root: str | Path, split: str | None = None, files: list[str] | None = None) -> Iterator[Article]:
    """Yield gold articles under ``root`` (``data/gold``), optionally one split (dev|test) and only
    the files whose name matches one of the ``files`` patterns."""
    from fnmatch import fnmatch

    root = Path(root)
    dirs = [root / split] if split else [root / "dev", root / "test"]
    for d in dirs:
        for path in sorted(d.glob("*.yaml")):
            if not files or any(fnmatch(path.name, pattern) for pattern in files):
                yield load_gold_file(path)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    root = Path(args[0] if args else "data/gold")
    files = sorted(root.rglob("*.yaml")) if root.is_dir() else [root]
    bad = 0
    counts = {"articles": 0, "sentences": 0, "entities": 0, "mentions": 0, "quotes": 0, "events": 0}
    for path in files:
        try:
            art = load_gold_file(path)
        except GoldError as exc:
            print(f"error: {exc}", file=sys.stderr)
            bad += 1
            continue
        counts["articles"] += 1
        counts["sentences"] += len(art.sentences)
        counts["entities"] += len(art.entities)
        counts["mentions"] += sum(len(e.mentions) for e in art.entities)
        counts["quotes"] += len(art.quotes)
        counts["events"] += len(art.events)
    print(" ".join(f"{k}={v}" for k, v in counts.items()) + f" errors={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
