"""The web face of the corpus: HTML pages and a JSON API over one :class:`marsad.store.Store`.

``create_app(url)`` builds the FastAPI application; ``marsad serve`` runs it with
uvicorn on 127.0.0.1.  Every page is server-rendered with autoescaping Jinja2
templates, styles are inline and pictures are inline SVG, so a page makes no
request to any other host.  The API under ``/api`` returns the same data as JSON
(paginated; schema at ``/openapi.json``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from marsad import __version__
from marsad.io import InputError, check_date
from marsad.store.db import Store
from marsad.store.records import load_article
from marsad.store.search import Filters, search
from marsad.web import queries
from marsad.web.render import highlight_article, highlight_snippet
from marsad.web.svg import network, timeline

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def page_url(request: Request, page_no: int) -> str:
    """The current page's URL with another ``page`` (query parameters are re-encoded, never echoed raw)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"] + [("page", str(page_no))]
    return f"{request.url.path}?{urlencode(params)}"


TEMPLATES.env.globals.update(highlight_snippet=highlight_snippet, page_url=page_url, version=__version__)


def _date(value: str | None, name: str) -> str | None:
    try:
        return check_date(value, name)
    except InputError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


def _filters(entity: str | None, speaker: str | None, event_type: str | None, actor: str | None,
             source: str | None, date_from: str | None, date_to: str | None) -> Filters:
    return Filters(entity=entity or None, speaker=speaker or None, event_type=event_type or None,
                   actor=actor or None, source=source or None, date_from=_date(date_from, "date_from"),
                   date_to=_date(date_to, "date_to"))


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return buf.getvalue()


def create_app(store: Store | str | None = None) -> FastAPI:
    store = store if isinstance(store, Store) else Store(store)
    # No /docs or /redoc: those pages load their scripts from a CDN; the schema is at /openapi.json.
    app = FastAPI(title="marsad corpus", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic news → entities, quotes and PLOVER/CAMEO events, each tied to its evidence.")
    app.state.store = store

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, template, {**context, "status_code": status}, status_code=status)

    # ---- JSON API ---------------------------------------------------------------------------
    @app.get("/api/overview", tags=["api"])
    def api_overview() -> dict[str, Any]:
        return queries.overview(store)

    @app.get("/api/articles", tags=["api"])
    def api_articles(page: int = Query(1, ge=1), per_page: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        return queries.list_articles(store, page, per_page)

    @app.get("/api/articles/{article_id:path}", tags=["api"])
    def api_article(article_id: str) -> JSONResponse:
        found = load_article(store, article_id)
        if not found:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        art, row = found
        body = {"article": art.to_dict(), "duplicate_of": row["duplicate_of"], "similarity": row["similarity"],
                "duplicates": queries.duplicates_of(store, article_id),
                "entity_ids": queries.article_entity_ids(store, article_id),
                "marsad_version": row["marsad_version"], "analysed_at": row["analysed_at"]}
        return JSONResponse(body)

    @app.get("/api/search", tags=["api"])
    def api_search(q: str = "", entity: str | None = None, speaker: str | None = None,
                   event_type: str | None = None, actor: str | None = None, source: str | None = None,
                   date_from: str | None = None, date_to: str | None = None,
                   page: int = Query(1, ge=1), per_page: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        f = _filters(entity, speaker, event_type, actor, source, date_from, date_to)
        result = search(store, q, f, limit=per_page, offset=(page - 1) * per_page)
        return {"query": q, "filters": f.active(), "total": result.total, "total_estimated": result.estimated,
                "page": page, "per_page": per_page,
                "items": result.hits, "facets": result.facets, "facet_articles": result.facet_articles}

    @app.get("/api/entities", tags=["api"])
    def api_entities(type: str | None = None, q: str | None = None, page: int = Query(1, ge=1),
                     per_page: int = Query(50, ge=1, le=200)) -> dict[str, Any]:
        return queries.list_entities(store, type, q, page, per_page)

    @app.get("/api/entities/{entity_id}", tags=["api"])
    def api_entity(entity_id: str) -> dict[str, Any]:
        ent = queries.entity_detail(store, entity_id)
        if not ent:
            raise HTTPException(status_code=404, detail=f"no entity {entity_id!r}")
        return ent

    @app.get("/api/events", tags=["api"])
    def api_events(type: str | None = None, actor: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, page: int = Query(1, ge=1),
                   per_page: int = Query(50, ge=1, le=200)) -> dict[str, Any]:
        return queries.list_events(store, type, actor, _date(date_from, "date_from"), _date(date_to, "date_to"),
                                   page, per_page)

    @app.get("/api/events.csv", tags=["api"], response_class=Response)
    def api_events_csv(type: str | None = None, actor: str | None = None, date_from: str | None = None,
                       date_to: str | None = None) -> Response:
        rows: list[dict[str, Any]] = []
        page_no = 1
        while True:
            chunk = queries.list_events(store, type, actor, _date(date_from, "date_from"),
                                        _date(date_to, "date_to"), page_no, queries.MAX_PAGE)["items"]
            rows += chunk
            if len(chunk) < queries.MAX_PAGE:
                break
            page_no += 1
        return Response(_csv(rows, queries.EVENT_COLUMNS), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="marsad-events.csv"'})

    @app.get("/api/errors", tags=["api"])
    def api_errors(page: int = Query(1, ge=1), per_page: int = Query(50, ge=1, le=200)) -> dict[str, Any]:
        return queries.errors(store, page, per_page)

    # ---- HTML pages -------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        return page(request, "index.html", stats=queries.overview(store),
                    articles=queries.list_articles(store, 1, 20)["items"],
                    entities=queries.list_entities(store, per_page=24)["items"])

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", entity: str | None = None, speaker: str | None = None,
                    event_type: str | None = None, actor: str | None = None, source: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    page_no: int = Query(1, ge=1, alias="page")) -> HTMLResponse:
        f = _filters(entity, speaker, event_type, actor, source, date_from, date_to)
        result = search(store, q, f, limit=20, offset=(page_no - 1) * 20)
        return page(request, "search.html", q=q, filters=f, result=result, page_no=page_no)

    @app.get("/article/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        found = load_article(store, article_id)
        if not found:
            return page(request, "missing.html", 404, what="article", name=article_id)
        art, row = found
        ids = queries.article_entity_ids(store, article_id)
        return page(request, "article.html", art=art, row=row, ids=ids, body=highlight_article(art, ids),
                    duplicates=queries.duplicates_of(store, article_id))

    @app.get("/entity/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str) -> HTMLResponse:
        ent = queries.entity_detail(store, entity_id)
        if not ent:
            return page(request, "missing.html", 404, what="entity", name=entity_id)
        return page(request, "entity.html", ent=ent, picture=network(ent, ent["cooccurring"]))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: str | None = None, actor: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    page_no: int = Query(1, ge=1, alias="page")) -> HTMLResponse:
        data = queries.list_events(store, type or None, actor or None, _date(date_from or None, "date_from"),
                                   _date(date_to or None, "date_to"), page_no, 100)
        params = {k: v for k, v in {"type": type, "actor": actor, "date_from": date_from, "date_to": date_to}.items() if v}
        return page(request, "events.html", data=data, chart=timeline(data["by_day"]), params=params,
                    page_no=page_no)

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "missing.html", exc.status_code, what="page", name=str(exc.detail))

    return app
