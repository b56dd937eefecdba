"""CLI commands of the store: search, serve, export, build."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import click


def iso_day(ctx, param, value: str | None) -> str | None:
    """--since/--until: a real calendar day."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day; write YYYY-MM-DD, e.g. 2015-07-21") from None


DB = click.option("--db", required=True, type=click.Path(dir_okay=False), help="The marsad database (SQLite).")


def _open(db: str):
    from marsad.store import Store

    if not Path(db).exists():
        raise click.UsageError(f"{db}: no such database; create it with `marsad analyze INPUT --out DIR --db {db}`")
    return Store(db, readonly=True)


@click.command()
@click.argument("query")
@DB
@click.option("--outlet", help="Only articles of this outlet.")
@click.option("--since", callback=iso_day, help="Only articles published on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=iso_day, help="Only articles published on or before this day (YYYY-MM-DD).")
@click.option("--entity", help="Only articles that mention this entity id.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of text.")
def search(query, db, outlet, since, until, entity, limit, as_json):
    """Search a database: Arabic-aware (diacritics, hamza forms, clitics, name spellings).

    \b
    Example:
      marsad search "بيونغ يانغ" --db marsad.db --since 2023-09-01
    """
    with _open(db) as st:
        results = st.search(query, outlet=outlet, since=since, until=until, entity=entity, limit=limit)
    for r in results:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False))
        else:
            click.echo(f"{r['published'] or '----------'}  {r['outlet'] or '-'}  {r['title'] or r['id']}\n    {r['snippet']}")
    if not results and not as_json:
        click.echo("no results", err=True)


@click.command()
@DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep it local unless you mean it).")
@click.option("--port", default=8000, show_default=True)
def serve(db, host, port):
    """Explore a database in the browser (stories, entities, articles, search) and as JSON under /api/.

    \b
    Example:
      marsad serve --db marsad.db --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from marsad.web.app import create_app

    import socket

    _open(db).close()
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"marsad: warning: --host {host} serves the database to other machines; it has no "
                   "login: use 127.0.0.1 unless you mean it", err=True)
    try:  # bind first, so a port in use is said before "serving" is
        sock = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    except OSError as e:
        import os

        reason = os.strerror(e.errno) if e.errno else str(e)
        raise click.ClickException(f"cannot serve on {host}:{port}: {reason}") from None
    click.echo(f"marsad: serving {db} on http://{host}:{port}/", err=True)
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    server.run(sockets=[sock])


@click.command()
@DB
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml", "geojson"]), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
def export(db, fmt, out):
    """Export a database: articles as JSONL, CSV or Parquet; the entity co-occurrence graph as GraphML;
    the located places as GeoJSON (one point per place entity, with its names and article count).

    \b
    Example:
      marsad export --db marsad.db --format graphml --out entities.graphml
      marsad export --db marsad.db --format geojson --out places.geojson
    """
    with _open(db) as st:
        docs = st.documents()
        corpus = st.corpus()
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "title", "outlet", "published", "story", "duplicate_of", "url", "text"])
            for d in docs:
                w.writerow([d.id, d.title, d.outlet, (d.published or {}).get("value"), d.story, d.duplicate_of,
                            d.url, d.text])
    elif fmt == "parquet":
        from marsad.engines.spark import write_parquet

        path = write_parquet(docs, Path(out).parent)
        if Path(path) != Path(out):
            Path(path).replace(out)
    elif fmt == "geojson":
        n = write_geojson(corpus.entities, out)
        click.echo(f"marsad: {n} places -> {out}", err=True)
        return
    else:
        write_graphml(docs, corpus.entities, out)
    click.echo(f"marsad: {len(docs)} articles -> {out}", err=True)


def write_geojson(entities, out) -> int:
    """The entities that have ``geo`` as a GeoJSON FeatureCollection of points; returns how many."""
    features = []
    for e in entities:
        g = e.get("geo")
        if not g or g.get("lat") is None:
            continue
        features.append({"type": "Feature", "id": e["id"],
                         "geometry": {"type": "Point", "coordinates": [g["lon"], g["lat"]]},
                         "properties": {"entity": e["id"], "name": e["name"], "name_en": e.get("name_en"),
                                        "articles": e.get("articles", 0), "place": g["id"],
                                        "place_name_en": g.get("name_en"), "country": g["country"],
                                        "feature": g["feature"]}})
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(features)


def write_graphml(docs, entities, out) -> None:
    """Entities as nodes, an edge for every pair seen in one article (weight = articles)."""
    from xml.sax.saxutils import quoteattr

    weights: dict[tuple[str, str], int] = {}
    for d in docs:
        ids = sorted({s.attrs.get("entity") for s in d.layers.get("entities", []) if s.attrs.get("entity")})
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                weights[(a, b)] = weights.get((a, b), 0) + 1
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                '<key id="name" for="node" attr.name="name" attr.type="string"/>\n'
                '<key id="name_en" for="node" attr.name="name_en" attr.type="string"/>\n'
                '<key id="type" for="node" attr.name="type" attr.type="string"/>\n'
                '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n'
                '<graph id="entities" edgedefault="undirected">\n')
        for e in entities:
            f.write(f'<node id={quoteattr(e["id"])}><data key="name">{_x(e["name"])}</data>'
                    f'<data key="name_en">{_x(e.get("name_en") or "")}</data><data key="type">{e["type"]}</data></node>\n')
        for (a, b), w in sorted(weights.items()):
            f.write(f'<edge source={quoteattr(a)} target={quoteattr(b)}><data key="weight">{w}</data></edge>\n')
        f.write("</graph>\n</graphml>\n")


def _x(s: str) -> str:
    from xml.sax.saxutils import escape

    return escape(s)


@click.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@DB
def build(outdir, db):
    """Load an `analyze --out` folder (for instance from `--engine spark`) into a database.

    \b
    Example:
      marsad build out/ --db marsad.db
    """
    from marsad.store import load_output

    n = load_output(outdir, db)
    click.echo(f"marsad: {n} new articles -> {db}", err=True)


@click.command()
@DB
def recluster(db):
    """Rebuild the copy groups, entities and stories of a database from scratch.

    `analyze --db` adds new articles to what is stored (work in proportion to the new articles);
    this runs the corpus stages over every stored article, as the first `analyze --db` did.

    
    Example:
      marsad recluster --db marsad.db
    """
    from marsad.store import recluster as rebuild

    _open(db).close()
    n, stories = rebuild(db)
    click.echo(f"marsad: {n} articles, {stories} stories -> {db}", err=True)


COMMANDS = [search, serve, export, build, recluster]

