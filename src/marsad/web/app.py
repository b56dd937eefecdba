"""The web UI and JSON API over a marsad database (FastAPI, Jinja2).

Right-to-left Arabic pages for stories, storylines, entities, articles and
search; every page also as JSON under ``/api/``, with one error shape
``{"error": {"status": 404, "message": "..."}}`` and OpenAPI at ``/openapi.json``.
The database is opened read-only; all text is escaped (Jinja2 autoescape, and
article highlights are built from escaped segments); SQL is parameterized.
"""
from __future__ import annotations

import collections
import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.document import Document
from marsad.store import Store

log = logging.getLogger(__name__)

#: Sent with every response: pages load only their own scripts and styles, are never framed,
#: and their content types are not sniffed.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

TEMPLATES = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                        autoescape=select_autoescape(["html"]))

#: Count nouns in their Arabic forms: one, two (dual), 3-10 (plural), 11-99 (accusative singular).
NOUNS = {"article": ("مقال", "مقالان", "مقالات", "مقالا"), "story": ("قصة", "قصتان", "قصص", "قصة"),
         "entity": ("كيان", "كيانان", "كيانات", "كيانا"), "result": ("نتيجة", "نتيجتان", "نتائج", "نتيجة")}


def count_ar(n: int, noun: str) -> str:
    """A number with its counted noun in the form Arabic grammar gives it after that number.

    >>> [count_ar(n, "article") for n in (1, 2, 3, 11, 100, 105, 2054)]
    ['1 مقال', 'مقالان', '3 مقالات', '11 مقالا', '100 مقال', '105 مقالات', '2054 مقالا']
    """
    one, two, few, many = NOUNS[noun]
    r = n % 100
    if n == 2:
        return two
    if 3 <= r <= 10:
        return f"{n} {few}"
    if 11 <= r <= 99:
        return f"{n} {many}"
    return f"{n} {one}"  # 0, 1, and hundreds or thousands with 0-2 over (100 مقال، 1001 مقال)


TEMPLATES.filters["count_ar"] = count_ar


def highlight(doc: Document, hl: tuple[int, int] | None = None) -> Markup:
    """The article text as escaped HTML, with entities, quotes, dates and a cited range marked.

    Every boundary of every span cuts the text into segments; each segment is
    escaped and wrapped in one element carrying the classes active over it,
    so overlapping spans never produce broken markup.
    """
    text = doc.text
    marks: list[tuple[int, int, str, str | None]] = []
    for s in doc.layers.get("entities", []):
        marks.append((s.start, s.end, "ent", s.attrs.get("entity")))
    for s in doc.layers.get("quotes", []):
        marks.append((s.start, s.end, "quote", None))
    for s in doc.layers.get("dates", []):
        marks.append((s.start, s.end, "date", None))
    if hl and 0 <= hl[0] < hl[1] <= len(text):
        marks.append((hl[0], hl[1], "hl", None))
    cuts = sorted({0, len(text), *[m[0] for m in marks], *[m[1] for m in marks]})
    out: list[str] = []
    anchored = False
    for a, b in zip(cuts, cuts[1:]):
        seg = escape(text[a:b])
        active = [m for m in marks if m[0] <= a and b <= m[1]]
        if not active:
            out.append(str(seg))
            continue
        classes = " ".join(sorted({m[2] for m in active}))
        ent = next((m[3] for m in active if m[2] == "ent" and m[3]), None)
        attrs = f' class="{classes}"'
        if "hl" in classes and not anchored:
            attrs += ' id="hl"'
            anchored = True
        inner = f'<a href="/entities/{escape(ent)}">{seg}</a>' if ent else str(seg)
        out.append(f"<span{attrs}>{inner}</span>")
    return Markup("".join(out))


def create_app(db: str) -> FastAPI:
    store = Store(db, readonly=True)
    app = FastAPI(title="marsad", description="An Arabic news observatory: stories, entities, quotes, dates.",
                  docs_url=None, redoc_url=None)

    def page(name: str, **ctx) -> HTMLResponse:
        return HTMLResponse(TEMPLATES.get_template(name).render(**ctx))

    def found(record, what: str, key: str):
        if record is None:
            raise HTTPException(404, f"no {what} {key!r}")
        return record

    def story_data(sid: str) -> dict:
        story = found(store.story(sid), "story", sid)
        ids = story["articles"]
        return {"story": story, "articles": store.articles_of(ids), "entities": store.entities_of(ids)}

    def entity_data(eid: str) -> dict:
        entity = found(store.entity(eid), "entity", eid)
        arts = store.articles_naming(eid)
        by_day = collections.Counter(a["published"] for a in arts)
        timeline = [{"day": d, "n": n} for d, n in sorted(by_day.items(), key=lambda x: x[0] or "")]
        return {"entity": entity, "quotes": store.quotes_by(eid), "cooc": store.cooccurring(eid), "articles": arts,
                "timeline": timeline}

    def article_data(aid: str) -> Document:
        return found(store.document(aid), "article", aid)

    def home_data() -> dict:
        return {"stats": store.counts(), "stories": store.latest_stories()}

    def storyline_data(lid: str) -> dict:
        return {"line": found(store.storyline(lid), "storyline", lid), "stories": store.stories_of_line(lid)}

    # ---- errors: one JSON shape under /api, a page elsewhere ---------------------------------
    def error(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        return HTMLResponse(TEMPLATES.get_template("error.html").render(status=status, message=message),
                            status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        # "q: String should have at least 1 character" rather than FastAPI's {"detail": [...]}
        parts = [f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors() if e.get("loc")]
        return error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("%s failed", request.url.path)
        return error(request, 500, "internal error; the server log has the details")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    # ---- JSON API ----------------------------------------------------------------------------
    @app.get("/api/stories")
    def api_stories() -> dict:
        return home_data()

    @app.get("/api/stories/{sid}")
    def api_story(sid: str) -> dict:
        return story_data(sid)

    @app.get("/api/storylines/{lid}")
    def api_storyline(lid: str) -> dict:
        return storyline_data(lid)

    @app.get("/api/entities")
    def api_entities() -> dict:
        return {"entities": store.corpus().entities}

    @app.get("/api/entities/{eid}")
    def api_entity(eid: str) -> dict:
        return entity_data(eid)

    @app.get("/api/articles/{aid:path}")
    def api_article(aid: str) -> dict:
        return article_data(aid).to_dict()

    @app.get("/api/search")
    def api_search(q: str = Query(..., min_length=1), outlet: str | None = None, since: str | None = None,
                   until: str | None = None, entity: str | None = None, limit: int = Query(20, ge=1, le=200)) -> dict:
        return {"q": q, "results": store.search(q, outlet=outlet, since=since, until=until, entity=entity, limit=limit)}

    # ---- pages -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def home():
        return page("index.html", **home_data())

    @app.get("/stories/{sid}", response_class=HTMLResponse)
    def story(sid: str):
        data = story_data(sid)
        outlets = {a["id"]: a["outlet"] for a in data["articles"]}
        return page("story.html", outlets=outlets, **data)

    @app.get("/storylines/{lid}", response_class=HTMLResponse)
    def storyline(lid: str):
        return page("storyline.html", **storyline_data(lid))

    @app.get("/entities", response_class=HTMLResponse)
    def entities(kind: str | None = Query(None, alias="type", pattern="^(PER|ORG|LOC|MISC)$")):
        found = [e for e in store.corpus().entities if kind is None or e["type"] == kind]
        found.sort(key=lambda e: (-(e.get("articles") or 0), e["name"]))  # the most written about first
        return page("entities.html", entities=found[:500], total=len(found), kind=kind)

    @app.get("/entities/{eid}", response_class=HTMLResponse)
    def entity(eid: str):
        return page("entity.html", **entity_data(eid))

    @app.get("/articles/{aid:path}", response_class=HTMLResponse)
    def article(aid: str, hl: str | None = None):
        d = article_data(aid)
        span = None
        if hl:
            try:
                a, b = (int(x) for x in hl.split("-", 1))
                span = (a, b)
            except ValueError:
                raise HTTPException(400, "hl must be START-END") from None
        if d.url and not d.url.startswith(("http://", "https://")):
            d.url = None  # never a javascript: link
        return page("article.html", doc=d, body=highlight(d, span))

    @app.get("/search", response_class=HTMLResponse)
    def search(q: str = "", outlet: str | None = None, since: str | None = None, until: str | None = None,
               entity: str | None = None, limit: int = Query(50, ge=1, le=200)):
        results = store.search(q, outlet=outlet, since=since, until=until, entity=entity, limit=limit) if q.strip() else []
        return page("search.html", q=q, results=results, limit=limit)

    return app
