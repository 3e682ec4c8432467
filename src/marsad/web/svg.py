"""Small inline SVG pictures (no JavaScript, no CDN): co-occurrence network and event timeline."""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

TYPE_COLOURS = {"PER": "#b5473a", "ORG": "#2f6f9f", "LOC": "#3f8a4f", "MISC": "#8a6d3b"}


def network(centre: dict[str, Any], neighbours: list[dict[str, Any]], size: int = 420) -> Markup:
    """The entity in the middle, co-occurring entities around it; line width = articles shared."""
    c = size / 2
    radius = size / 2 - 70
    top = max((n["shared"] for n in neighbours), default=1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {size} {size}" '
             f'width="{size}" height="{size}" role="img" aria-label="co-occurring entities">']
    nodes = []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / max(len(neighbours), 1) - math.pi / 2
        x, y = c + radius * math.cos(angle), c + radius * math.sin(angle)
        width = 1 + 5 * n["shared"] / top
        parts.append(f'<line x1="{c:.1f}" y1="{c:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#999" '
                     f'stroke-width="{width:.1f}"><title>{n["shared"]} shared articles</title></line>')
        nodes.append((x, y, n, 9))
    nodes.append((c, c, centre, 14))
    for x, y, n, r in nodes:
        colour = TYPE_COLOURS.get(n.get("type", ""), "#666")
        label = escape(n.get("name") or "")
        parts.append(f'<a href="/entity/{escape(n["id"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" '
                     f'fill="{colour}"><title>{escape(n.get("name_en") or n.get("name") or "")}</title></circle>'
                     f'<text x="{x:.1f}" y="{y + r + 14:.1f}" text-anchor="middle" class="node-label">{label}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline(by_day: list[dict[str, Any]], width: int = 760, height: int = 180) -> Markup:
    """Events per day as bars (stacked by event type would be noisy; one bar per day, type in the tooltip)."""
    days: dict[str, dict[str, int]] = {}
    for row in by_day:
        day = str(row["day"])[:10]
        days.setdefault(day, {})[row["type"]] = days.get(day, {}).get(row["type"], 0) + int(row["count"])
    if not days:
        return Markup('<p class="muted">No dated events yet.</p>')
    ordered = sorted(days)
    top = max(sum(v.values()) for v in days.values())
    pad, base = 30, height - 30
    step = (width - 2 * pad) / len(ordered)
    bar = max(2.0, step * 0.7)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
             f'width="100%" height="{height}" role="img" aria-label="events per day">',
             f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#555"/>']
    for i, day in enumerate(ordered):
        total = sum(days[day].values())
        h = (base - 10) * total / top
        x = pad + i * step + (step - bar) / 2
        detail = ", ".join(f"{t} {n}" for t, n in sorted(days[day].items()))
        parts.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="#2f6f9f">'
                     f'<title>{escape(day)}: {total} ({escape(detail)})</title></rect>')
    for i in sorted({0, len(ordered) - 1}):
        x = pad + i * step + step / 2
        parts.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle" class="axis">{escape(ordered[i])}</text>')
    parts.append(f'<text x="{pad}" y="12" class="axis">max {top}/day</text></svg>')
    return Markup("".join(parts))
