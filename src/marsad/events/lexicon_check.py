"""Validation of the event and actor lexicons (used by ``marsad lexicon check``).

Each checker takes the rows of one file (as read by :func:`marsad.lexicon.read_table`,
with their line numbers) and returns problems as ``(line, message)``.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.lexicon import EXTRA_MODES, PLOVER_TYPES, POS, CameoInfo
from marsad.text.normalize import normalize

Rows = list[tuple[int, dict[str, str]]]
Problems = list[tuple[int, str]]
SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "UAF", "CVL", "MED", "BUS",
           "EDU", "HLH", "REF", "IGO", "NGO", "LAB", "ELI", "AGR", "CRM", "RAD", "MOD", "SET", "IMG", "HRI"}
MODALITY_KINDS = {"negation", "denial", "future", "conditional", "intent", "historical", "report"}
PLACE_KINDS = {"country", "capital", "region", "city"}


# CAMEO region and bloc codes the gold uses for actors (الدول الأوروبية EUR, الدول الغربية WST).
REGION_CODES = {"EUR", "WST", "ARB", "AFR", "ASA", "MEA", "NAF", "SAM", "IGO"}


def _iso3_ok(code: str) -> bool:
    if code in REGION_CODES:
        return True
    try:
        import pycountry
    except ImportError:
        return len(code) == 3 and code.isupper()
    return code == "PSE" or pycountry.countries.get(alpha_3=code) is not None


def _seen_before(seen: dict, key: object, line: int) -> int | None:
    """The line where ``key`` first appeared, or None (and remember this line as its first)."""
    first = seen.setdefault(key, line)
    return first if first != line else None


def _require(rows: Rows, columns: tuple[str, ...]) -> Problems:
    if rows and (missing := [c for c in columns if c not in rows[0][1]]):
        return [(rows[0][0], f"missing column(s): {', '.join(missing)}")]
    return []


def check_cameo(rows: Rows) -> Problems:
    out = _require(rows, ("cameo", "type", "mode", "context"))
    seen: set[str] = set()
    for line, r in rows:
        if not r["cameo"].isdigit():
            out.append((line, f"CAMEO code {r['cameo']!r} is not numeric"))
        if r["type"] not in PLOVER_TYPES:
            out.append((line, f"unknown PLOVER type {r['type']!r}"))
        if r["cameo"] in seen:
            out.append((line, f"duplicate CAMEO code {r['cameo']}"))
        seen.add(r["cameo"])
    return out


def check_verbs(rows: Rows, cameo: dict[str, CameoInfo]) -> Problems:
    out = _require(rows, ("lemma", "pos", "forms", "type", "mode", "cameo", "needs"))
    if out:
        return out
    modes = {c.mode for c in cameo.values() if c.mode} | EXTRA_MODES
    seen: dict[tuple[str, str, str], int] = {}
    for line, r in rows:
        if r["pos"] not in POS:
            out.append((line, f"pos {r['pos']!r} is not one of {', '.join(POS)}"))
        if r["type"] not in PLOVER_TYPES:
            out.append((line, f"unknown PLOVER type {r['type']!r}"))
        if r["mode"] and r["mode"] not in modes:
            out.append((line, f"unknown PLOVER mode {r['mode']!r}"))
        info = cameo.get(r["cameo"])
        if info is None:
            out.append((line, f"CAMEO code {r['cameo']!r} not in event_cameo.tsv"))
        elif info.type != r["type"]:
            out.append((line, f"CAMEO {r['cameo']} is {info.type} in PLOVER, not {r['type']}"))
        if not r["forms"].strip():
            out.append((line, "no forms"))
        for form in (f.strip() for f in r["forms"].split(",")):
            if not form:
                out.append((line, "empty form (doubled comma?)"))
                continue
            if ":" in form and r["pos"] != "verb":
                out.append((line, f"PAST:PRESENT pair {form!r} on a {r['pos']} row"))
            if form.count(":") > 1:
                out.append((line, f"form {form!r} has more than one ':'"))
            key = (normalize(form), r["type"], r["needs"])
            if (first := _seen_before(seen, key, line)) is not None:
                out.append((line, f"duplicate form {form!r} for {r['type']} (also line {first})"))
    return out


def check_sectors(rows: Rows) -> Problems:
    out = _require(rows, ("phrase", "sector", "country"))
    seen: dict[str, int] = {}
    for line, r in rows:
        # An empty sector is a side of the story (جميع الأطراف): coded with the story's country alone.
        if r["sector"] and r["sector"] not in SECTORS:
            out.append((line, f"unknown sector {r['sector']!r}"))
        if r["country"] and not _iso3_ok(r["country"]):
            out.append((line, f"unknown ISO alpha-3 country {r['country']!r}"))
        key = normalize(r["phrase"])
        if (first := _seen_before(seen, key, line)) is not None:
            out.append((line, f"duplicate phrase {r['phrase']!r} (also line {first})"))
    return out


def check_nationalities(rows: Rows) -> Problems:
    out = _require(rows, ("adjective", "country"))
    seen: dict[str, int] = {}
    for line, r in rows:
        if r["country"] and not _iso3_ok(r["country"]):
            out.append((line, f"unknown ISO alpha-3 country {r['country']!r}"))
        key = normalize(r["adjective"])
        if (first := _seen_before(seen, key, line)) is not None:
            out.append((line, f"duplicate adjective {r['adjective']!r} (also line {first})"))
    return out


def check_places(rows: Rows) -> Problems:
    out = _require(rows, ("name", "country", "kind"))
    seen: dict[tuple[str, str], int] = {}
    for line, r in rows:
        if not _iso3_ok(r["country"]):
            out.append((line, f"unknown ISO alpha-3 country {r['country']!r}"))
        if r["kind"] not in PLACE_KINDS:
            out.append((line, f"kind {r['kind']!r} is not one of {', '.join(sorted(PLACE_KINDS))}"))
        if r.get("sector") and r["sector"] not in SECTORS:
            out.append((line, f"unknown sector {r['sector']!r}"))
        key = (normalize(r["name"]), r.get("name_en", ""))
        if (first := _seen_before(seen, key, line)) is not None:
            out.append((line, f"duplicate place {r['name']!r} (also line {first})"))
    return out


def check_modality(rows: Rows) -> Problems:
    out = _require(rows, ("cue", "kind", "window"))
    seen: dict[str, int] = {}
    for line, r in rows:
        if r["kind"] not in MODALITY_KINDS:
            out.append((line, f"kind {r['kind']!r} is not one of {', '.join(sorted(MODALITY_KINDS))}"))
        if not r["window"].isdigit():
            out.append((line, f"window {r['window']!r} is not a whole number"))
        key = normalize(r["cue"])
        if (first := _seen_before(seen, key, line)) is not None:
            out.append((line, f"duplicate cue {r['cue']!r} (also line {first})"))
    return out


def check_months(rows: Rows) -> Problems:
    out = _require(rows, ("name", "month"))
    for line, r in rows:
        if not (r["month"].isdigit() and 1 <= int(r["month"]) <= 12):
            out.append((line, f"month {r['month']!r} is not 1-12"))
    return out


def checkers(cameo: dict[str, CameoInfo]) -> dict[str, Callable[[Rows], Problems]]:
    """Specific checks by lexicon name (the file stem)."""
    return {
        "event_cameo": check_cameo,
        "event_verbs": lambda rows: check_verbs(rows, cameo),
        "event_modality": check_modality,
        "event_months": check_months,
        "actor_sectors": check_sectors,
        "actor_nationalities": check_nationalities,
        "actor_places": check_places,
    }
