"""A short, readable report of an output folder (``marsad report``, ``make demo``)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


def render_report(outdir: Path, top: int = 8) -> str:
    arts = [json.loads(l) for l in open(outdir / "articles.jsonl", encoding="utf-8") if l.strip()]
    corpus = json.loads((outdir / "corpus.json").read_text(encoding="utf-8"))
    errors_path = outdir / "errors.jsonl"
    n_err = sum(1 for l in open(errors_path, encoding="utf-8") if l.strip()) if errors_path.exists() else 0
    lines = [f"{len(arts)} articles from {len({a.get('outlet') for a in arts if a.get('outlet')})} outlets, "
             f"{len(corpus.get('stories', []))} stories, {len(corpus.get('storylines', []))} storylines, "
             f"{len(corpus.get('entities', []))} entities, {n_err} input errors",
             f"duplicates (wire copies): {sum(1 for a in arts if a.get('duplicate_of'))}", ""]
    stories = sorted(corpus.get("stories", []), key=lambda s: (-len(s.get("articles", [])), s.get("id", "")))
    lines.append("Stories:")
    for s in stories[:top]:
        span = f"{s.get('start') or '?'} .. {s.get('end') or '?'}"
        lines.append(f"  [{len(s.get('articles', []))} articles, {span}] {s.get('title') or ''}")
    ents = sorted(corpus.get("entities", []), key=lambda e: (-e.get("articles", 0), e.get("name", "")))
    lines += ["", "Top entities:"]
    for e in ents[:top]:
        en = f" ({e['name_en']})" if e.get("name_en") else ""
        lines.append(f"  {e.get('type')}  {e.get('name')}{en}: {e.get('articles', 0)} articles, "
                     f"{len(e.get('variants') or [])} spellings")
    quotes = [(a, q) for a in arts for q in a.get("quotes", [])]
    lines += ["", f"Quotes ({len(quotes)}), a few:"]
    for a, q in quotes[:top]:
        who = ((q.get("speaker") or {}).get("name") or (q.get("speaker") or {}).get("text") or "?")
        text = q.get("text", "")
        lines.append(f"  {who} [{q.get('kind')}]: {text[:90]}{'…' if len(text) > 90 else ''}")
    kinds = Counter(d.get("kind") for a in arts for d in a.get("dates", []))
    lines += ["", f"Dates found: {sum(kinds.values())} ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})"]
    return "\n".join(lines)
