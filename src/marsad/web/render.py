"""The article page's text: the original text with entities, quotes, events and repairs marked in place.

Spans overlap (a name inside a quote, a trigger inside both), so the text is cut
at every span boundary and each piece carries the classes of all spans covering
it; no nesting is needed and every character of the original appears exactly
once, escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote as urlquote

from markupsafe import Markup, escape

from marsad.model import Article


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    css: str
    title: str = ""
    href: str | None = None


def _marks(art: Article, entity_ids: dict[str, str]) -> list[_Mark]:
    marks: list[_Mark] = []
    for ent in art.entities:
        gid = entity_ids.get(ent.id)
        label = f"{ent.type}: {ent.name_en or ent.name}"
        for m in ent.mentions:
            marks.append(_Mark(m.start, m.end, f"ent ent-{ent.type}", label,
                               f"/entity/{urlquote(gid)}" if gid else None))
    for q in art.quotes:
        marks.append(_Mark(q.content.start, q.content.end, "quote", f"quote ({q.kind})"))
        if q.speaker:
            marks.append(_Mark(q.speaker.start, q.speaker.end, "speaker", "speaker"))
        if q.cue:
            marks.append(_Mark(q.cue.start, q.cue.end, "cue", f"cue {q.cue.lemma or ''}".strip()))
    for e in art.events:
        marks.append(_Mark(e.trigger.start, e.trigger.end, "trigger",
                           f"{e.type}{' / ' + e.mode if e.mode else ''} (CAMEO {e.cameo or '-'})"))
    for r in art.repairs:
        marks.append(_Mark(r.start, r.end, "repair", f"repaired ({r.kind}): {r.before} → {r.after}"))
    n = len(art.text)
    return [m for m in marks if 0 <= m.start < m.end <= n]


def highlight_article(art: Article, entity_ids: dict[str, str]) -> Markup:
    """HTML of ``art.text`` with every annotation as a ``<span>`` (entity mentions as links)."""
    text = art.text
    marks = _marks(art, entity_ids)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = str(escape(text[a:b]))
        covering = [m for m in marks if m.start <= a and b <= m.end]
        if not covering:
            out.append(piece)
            continue
        css = " ".join(dict.fromkeys(c for m in covering for c in m.css.split()))
        title = " | ".join(dict.fromkeys(m.title for m in covering if m.title))
        link = next((m.href for m in covering if m.href), None)
        if link:
            piece = f'<a href="{escape(link)}">{piece}</a>'
        out.append(f'<span class="{escape(css)}" title="{escape(title)}">{piece}</span>')
    return Markup("".join(out))


def highlight_snippet(snippet: dict) -> Markup:
    """A search snippet with its matching words in ``<mark>``."""
    text, pos, out = snippet["text"], 0, [str(escape(snippet.get("prefix", "")))]
    for s, e in snippet["highlights"]:
        out += [str(escape(text[pos:s])), "<mark>", str(escape(text[s:e])), "</mark>"]
        pos = e
    out += [str(escape(text[pos:])), str(escape(snippet.get("suffix", "")))]
    return Markup("".join(out))
