"""The human-readable report of ``marsad analyze --format text``."""

from __future__ import annotations

from marsad.model import Article


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(article: Article) -> str:
    a = article
    out = [f"══ {a.id}" + (f"  ({a.date})" if a.date else "") + (f"  {a.title}" if a.title else ""),
           f"   {len(a.text)} characters, {len(a.sentences)} sentences, {len(a.sections)} sections, "
           f"{len(a.repairs)} repairs, {len(a.entities)} entities, {len(a.quotes)} quotes, {len(a.events)} events"]
    if a.repairs:
        out.append("Repairs:")
        for r in a.repairs:
            if r.kind == "heading":
                out.append(f"  [{r.start}:{r.end}] heading    «{r.before}»")
            else:
                out.append(f"  [{r.start}:{r.end}] {r.kind:<10} {r.before} → {r.after}")
    headed = [s for s in a.sections if s.heading]
    if headed:
        out.append("Sections:")
        for s in a.sections:
            out.append(f"  [{s.start}:{s.end}] " + (f"«{s.heading.text}»" if s.heading else "(lead)"))
    if a.entities:
        out.append("Entities:")
        for e in sorted(a.entities, key=lambda e: (e.type, -len(e.mentions))):
            extra = ", ".join(x for x in (e.name_en, e.country) if x)
            out.append(f"  {e.type:<4} {e.name}" + (f" ({extra})" if extra else "") + f"  ×{len(e.mentions)}")
    if a.quotes:
        out.append("Quotes:")
        for q in a.quotes:
            who = q.speaker.name_en or q.speaker.text if q.speaker else "?"
            via = f" via {q.channel.text}" if q.channel else ""
            cue = q.cue.text if q.cue else ""
            out.append(f"  {q.kind:<9} {who} [{cue}]{via}: «{_clip(q.content.text, 70)}»")
    if a.events:
        out.append("Events:")
        for e in a.events:
            src = e.source.code or e.source.text if e.source else "—"
            tgt = e.target.code or e.target.text if e.target else "—"
            flags = [e.modality] + (["negated"] if e.negated else [])
            when = f" on {e.date.value}" if e.date and e.date.value else ""
            where = f" in {e.location.name_en or e.location.text}" if e.location else ""
            out.append(f"  {e.type:<9} {e.mode or '':<9} cameo {e.cameo or '---':<5} {src} → {tgt}"
                       f"{where}{when} ({', '.join(flags)}) «{e.trigger.text}»")
    out.append("Sentences:")
    for i, s in enumerate(a.sentences, 1):
        out.append(f"  {i:>3}. {_clip(a.text[s.start:s.end])}")
    return "\n".join(out) + "\n"
