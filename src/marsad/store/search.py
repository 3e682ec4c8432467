"""Arabic full-text search over the store, with filters, facets and highlighted snippets.

The index holds normalised, clitic-stripped keys (see :mod:`marsad.store.keys`);
a query goes through the same steps, every query word must match (any of its
alternative keys), and results are ranked by BM25 (SQLite FTS5) or ts_rank
(PostgreSQL).  Snippets are cut from the ORIGINAL text around the matching words,
with highlight offsets into that text, so nothing shown is the normalised form.
Query strings only ever reach SQL as bound parameters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from marsad.store.db import Store
from marsad.store.keys import PHRASE_RE, iter_word_spans, parse_phrases, parse_query, phrase_spans

SNIPPET_CHARS = 220
# Facets count the best-ranked (or newest) this many matches, so their cost stays flat however
# many articles match; SearchResult.facet_articles says how many they were computed over.
FACET_ARTICLES = 500
FACET_SIZES = {"source": 10, "entity": 15, "event_type": 20}
# A quoted phrase is checked on the original text of the articles holding all its words, best
# ranked first; past this many such articles the reported total is a lower bound.
PHRASE_CANDIDATES = 20_000
PHRASE_CHUNK = 200  # candidates fetched and checked at a time
PHRASE_FACET_ARTICLES = 100  # phrase matches the facets count (each is checked on its text)


@dataclass
class Filters:
    entity: str | None = None  # entity id, or a name/alias (Arabic or English)
    speaker: str | None = None  # entity id or name of a quoted speaker
    event_type: str | None = None
    actor: str | None = None  # actor code prefix, e.g. "SYR" or "USA GOV"
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    facet_articles: int = 0  # how many of the matches the facets counted (the best-ranked ones)
    estimated: bool = False  # a phrase query's total extrapolated from the candidates checked


Phrase = list[tuple[str, ...]]


def _pairs(phrases: list[Phrase]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(p[i], p[i + 1]) for p in phrases for i in range(len(p) - 1)]


def _fts_match(words: list[tuple[str, ...]], phrases: list[Phrase] = ()) -> str:
    # Keys hold only letters and digits, so double-quoting them is enough for FTS5 syntax.
    terms = ["(" + " OR ".join(f'"{k}"' for k in alts) + ")" for alts in words]
    # A phrase's neighbouring words lie within two index tokens of each other (a word indexes one or
    # two keys), so NEAR narrows the candidates; the exact order is checked on the text afterwards.
    terms += ["(" + " OR ".join(f'NEAR("{a}" "{b}", 2)' for a in left for b in right) + ")"
              for left, right in _pairs(phrases)]
    return " AND ".join(terms)


def _tsquery(words: list[tuple[str, ...]], phrases: list[Phrase] = ()) -> str:
    terms = ["(" + " | ".join(f"'{k}'" for k in alts) + ")" for alts in words]
    for left, right in _pairs(phrases):
        a, b = (" | ".join(f"'{k}'" for k in alts) for alts in (left, right))
        terms.append("(" + " | ".join(f"(({a}) <{d}> ({b}))" for d in (1, 2, 3)) + ")")
    return " & ".join(terms)


def _entity_ids(store: Store, value: str) -> list[str]:
    """Entity ids named by ``value``: an id, an English name, or an Arabic name/alias."""
    from marsad.text.normalize import normalize

    rows = store.query("SELECT id FROM entities WHERE id = ? OR lower(name_en) = lower(?) OR name = ?",
                       (value, value, value))
    rows += store.query("SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE alias = ? OR alias = ?",
                        (value, normalize(value)))
    return sorted({r["id"] for r in rows}) or ["\x00none"]


def _filter_sql(store: Store, f: Filters) -> tuple[list[str], list[Any]]:
    where, params = ["a.duplicate_of IS NULL"], []
    if f.entity:
        ids = _entity_ids(store, f.entity)
        where.append(f"EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id "
                     f"AND ae.entity_id IN ({', '.join('?' * len(ids))}))")
        params += ids
    if f.speaker:
        ids = _entity_ids(store, f.speaker)
        where.append(f"EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND (q.speaker_entity_id IN "
                     f"({', '.join('?' * len(ids))}) OR q.speaker_text = ? OR lower(q.speaker_name_en) = lower(?)))")
        params += [*ids, f.speaker, f.speaker]
    if f.event_type:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ?)")
        params.append(f.event_type.upper())
    if f.actor:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND "
                     "(substr(e.source_code, 1, ?) = ? OR substr(e.target_code, 1, ?) = ?))")
        code = f.actor.upper()
        params += [len(code), code, len(code), code]
    if f.source:
        where.append("a.source = ?")
        params.append(f.source)
    if f.date_from:
        where.append("a.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.date <= ?")
        params.append(f.date_to)
    return where, params


def _ids_in(store: Store, ids: list[str]) -> tuple[str, Any]:
    """``IN (…)`` over a list of ids as ONE bound parameter (a JSON array / a PostgreSQL array)."""
    if store.dialect == "sqlite":
        return "IN (SELECT value FROM json_each(?))", json.dumps(ids)
    return "= ANY(?)", ids


def _ranked_ids(store: Store, words: list[tuple[str, ...]], where: list[str], params: list[Any],
                n: int, phrases: list[Phrase] = ()) -> tuple[int, list[str]]:
    """``(total matches, ids of the best n)``: BM25/ts_rank order for a query, newest first without one."""
    if words and store.dialect == "sqlite" and len(where) == 1:
        # No filters: duplicates are never indexed, so the full-text table alone answers
        # without touching the wide articles rows.
        match = _fts_match(words, phrases)
        total = store.scalar("SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", [match])
        rows = store.query("SELECT article_id AS id FROM article_search WHERE article_search MATCH ?"
                           " AND rank MATCH 'bm25(0.0, 5.0, 1.0)' ORDER BY rank LIMIT ?", [match, n])
        return int(total or 0), [r["id"] for r in rows]
    if words and store.dialect == "sqlite":
        base = ("FROM article_search s JOIN articles a ON a.id = s.article_id "
                "WHERE article_search MATCH ? AND " + " AND ".join(where))
        bparams = [_fts_match(words, phrases), *params]
        order, oparams = "bm25(article_search, 0.0, 5.0, 1.0), a.date DESC", []
    elif words:
        base = ("FROM article_search s JOIN articles a ON a.id = s.article_id "
                "WHERE s.tsv @@ to_tsquery('simple', ?) AND " + " AND ".join(where))
        bparams = [_tsquery(words, phrases), *params]
        order, oparams = "ts_rank(s.tsv, to_tsquery('simple', ?)) DESC, a.date DESC", [_tsquery(words)]
    else:
        base = "FROM articles a WHERE " + " AND ".join(where)
        bparams = params
        order, oparams = "a.date DESC, a.id", []
    total = int(store.scalar(f"SELECT COUNT(*) {base}", bparams) or 0)
    rows = store.query(f"SELECT a.id {base} ORDER BY {order} LIMIT ?", [*bparams, *oparams, n])
    return total, [r["id"] for r in rows]


def search(store: Store, query: str = "", filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0, facets: bool = True) -> SearchResult:
    """Articles matching ``query`` (may be empty: filters only, newest first)."""
    f = filters or Filters()
    words = parse_query(query)
    where, params = _filter_sql(store, f)
    if query.strip() and not words:
        return SearchResult(total=0)
    phrases = parse_phrases(query)
    # One ranking serves both the page and the facets (which count the best FACET_ARTICLES).
    if phrases:
        candidates = _ranked_ids(store, words, where, params, PHRASE_CANDIDATES, phrases)
        total, ranked, estimated = _with_phrases(store, phrases, *candidates,
                                                 need=max(offset + limit, PHRASE_FACET_ARTICLES if facets else 0))
    else:
        total, ranked = _ranked_ids(store, words, where, params,
                                    max(offset + limit, FACET_ARTICLES if facets else 0))
        estimated = False
    page = ranked[offset:offset + limit]
    cols = "id, title, date, source, url, text, n_entities, n_quotes, n_events"
    in_sql, in_param = _ids_in(store, page)
    by_id = {r["id"]: r for r in store.query(f"SELECT {cols} FROM articles WHERE id {in_sql}", [in_param])}
    hits = []
    for art_id in page:
        row = by_id[art_id]
        row["snippet"] = snippet(row.pop("text"), parse_query(PHRASE_RE.sub(" ", query)), phrases)
        hits.append(row)
    result = SearchResult(total=total, hits=hits, estimated=estimated)
    if facets and ranked:
        counted = ranked[:FACET_ARTICLES]
        result.facets = _facets(store, counted)
        result.facet_articles = len(counted)
    return result


def _with_phrases(store: Store, phrases: list[Phrase], total: int, ids: list[str],
                  need: int) -> tuple[int, list[str], bool]:
    """Keep, in rank order, the articles whose title or text holds every quoted phrase.

    Candidates (all words present, neighbours near each other) are checked best-ranked first
    until ``need`` are kept; the total is then extrapolated from the share that passed, and
    flagged as an estimate, so a common phrase over a large corpus stays fast.
    """
    kept: list[str] = []
    checked = 0
    for i in range(0, len(ids), PHRASE_CHUNK):
        chunk = ids[i:i + PHRASE_CHUNK]
        in_sql, in_param = _ids_in(store, chunk)
        texts = {r["id"]: (r["title"] or "", r["text"] or "")
                 for r in store.query(f"SELECT id, title, text FROM articles WHERE id {in_sql}", [in_param])}
        kept += [art_id for art_id in chunk if all(
            phrase_spans(texts[art_id][0], p) or phrase_spans(texts[art_id][1], p) for p in phrases)]
        checked += len(chunk)
        if len(kept) >= need and checked < total:
            return round(len(kept) * total / checked), kept, True
    return len(kept), kept, False


def _facets(store: Store, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Counts of articles per source, entity and event type among the best-ranked matches.

    One GROUP BY over the narrow ``article_facets`` table; only the shown entities are
    then looked up for their names.
    """
    counts: dict[str, list[tuple[str, int]]] = {kind: [] for kind in FACET_SIZES}
    in_sql, in_param = _ids_in(store, ids)
    rows = store.query(f"SELECT kind, value, COUNT(*) AS count FROM article_facets WHERE article_id {in_sql}"
                       " GROUP BY kind, value", [in_param])
    for row in rows:
        counts.setdefault(row["kind"], []).append((row["value"], int(row["count"])))
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in ("source", "event_type"):
        top = sorted(counts[kind], key=lambda vc: (-vc[1], vc[0]))[:FACET_SIZES[kind]]
        out[kind] = [{"value": v, "count": c} for v, c in top]
    entities = sorted(counts["entity"], key=lambda vc: -vc[1])
    size = FACET_SIZES["entity"]
    if len(entities) > size:  # keep every entity tied with the last shown one, to break ties by label
        entities = [vc for vc in entities if vc[1] >= entities[size - 1][1]]
    info = {}
    if entities:
        marks = ", ".join("?" * len(entities))
        info = {r["value"]: r for r in store.query(
            f"SELECT id AS value, COALESCE(name_en, name) AS label, name, type FROM entities WHERE id IN ({marks})",
            [v for v, _ in entities])}
    labelled = [{**info[v], "count": c} for v, c in entities if v in info]
    out["entity"] = sorted(labelled, key=lambda r: (-r["count"], r["label"]))[:size]
    return {"source": out["source"], "entity": out["entity"], "event_type": out["event_type"]}


def snippet(text: str, words: list[tuple[str, ...]], phrases: list[list[tuple[str, ...]]] = (),
            width: int = SNIPPET_CHARS) -> dict[str, Any]:
    """A window of the original text around the first match, with highlight offsets in it.

    ``words`` are highlighted wherever they occur, ``phrases`` only where the whole phrase does.
    """
    wanted = {k for alts in words for k in alts}
    marks = [(s, e) for s, e, keys in iter_word_spans(text) if wanted & set(keys)] if wanted else []
    merged: list[tuple[int, int]] = []
    for s, e in sorted(marks + [span for p in phrases for span in phrase_spans(text, p)]):
        if merged and s <= merged[-1][1]:  # overlapping phrases highlight as one run
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    marks = merged
    centre = marks[0][0] if marks else 0
    start = max(0, centre - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 30 else end
    return {
        "text": text[start:end], "start": start, "end": end,
        "prefix": "…" if start > 0 else "", "suffix": "…" if end < len(text) else "",
        "highlights": [[s - start, e - start] for s, e in marks if s >= start and e <= end],
    }
