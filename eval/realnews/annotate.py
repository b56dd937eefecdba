"""Annotation helper for the real-news gold (reads texts from ../shared, writes offsets only).

  annotate.py show GID            an article: outlet, crawl time, a calendar, the content with offsets
  annotate.py check DRAFT.jsonl   every anchored span found exactly once (or its `occ` given), values well formed
  annotate.py build DRAFT.jsonl... --out DIR
                                  offsets gold in realnews.py's format: DIR/attributions_{dev,test}.jsonl
  --articles FILE                 (with any of them) articles of a dates-only gold drawn by draw_dates.py
                                  ({"gid", "url", "split"} per line) besides articles.jsonl's; build then
                                  writes DIR/attributions_{split}.jsonl (draw_dates.py --dev5: dev5)

A draft line names spans by their exact text (and `occ`, the 0-based occurrence, when the text
occurs more than once in the content), or a long span by `from` (its first words, + `occ`) and `to`
(its last words, the first occurrence after `from`); drafts hold article text and stay outside
the repository.
Draft line: {"gid", "published": "YYYY-MM-DD"|null, "published_basis", "published_guess",
  "quotes": [{"kind": "direct"|"indirect", "text", "occ", "partial", "cue", "speaker",
              "speaker_name", "speaker_role", "speaker_en", "via"}],
  "dates":  [{"text", "occ", "value", "kind", "vague", "anchor_guess"}]}
"""
import datetime
import json
import pathlib
import re
import sys

import snn

HERE = pathlib.Path(__file__).resolve().parent
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?(/\d{4}(-\d{2}(-\d{2})?|-W\d{2})?)?$")
KINDS = {"absolute", "hijri", "weekday", "relative", "range", "duration", "vague"}


EXTRA_ARTICLES = []  # files given with --articles


def selection():
    sel = {}
    for path in [HERE / "articles.jsonl", *EXTRA_ARTICLES]:
        sel.update({r["gid"]: r for r in map(json.loads, open(path, encoding="utf-8")) if r})
    return sel


def hijri(day):
    try:
        from hijridate import Gregorian
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return f"{h.day} {h.month_name('ar')} {h.year}"
    except ImportError:
        return ""


def show(gid):
    sel = selection()[gid]
    r = snn.records([sel["url"]])[sel["url"]]
    crawl = datetime.datetime.fromisoformat(r["date_extracted"])
    print(f"gid {gid}  outlet {r['source']}  split {sel['split']}\nurl {r['url']}")
    print(f"crawled {r['date_extracted']} ({WEEKDAYS[crawl.weekday()]})\ntitle {r['title']}\nauthor {r.get('author')}")
    print("calendar (the crawl day and the 9 before it):")
    for k in range(10):
        d = crawl.date() - datetime.timedelta(days=k)
        print(f"  {d}  {WEEKDAYS[d.weekday()]:8}  {hijri(d)}")
    print("content (each line starts with its character offset):")
    off = 0
    for line in r["content"].split("\n"):
        print(f"[{off}] {line}")
        off += len(line) + 1


def locate(content, span, where):
    """(start, end) of a span named by `text` (+ `occ`), or by `from` (+ `occ`) ... `to`."""
    if span.get("from"):
        s, _ = locate(content, {"text": span["from"], "occ": span.get("occ")}, where)
        e = content.find(span.get("to") or "\0", s)
        if e < 0:
            raise ValueError(f"{where}: 'to' text not found after 'from': {span.get('to', '')[:60]!r}")
        return s, e + len(span["to"])
    text, occ = span.get("text") or "", span.get("occ")
    hits = [m.start() for m in re.finditer(re.escape(text), content)] if text else []
    if not hits:
        raise ValueError(f"{where}: text not found: {text[:60]!r}")
    if occ is None and len(hits) > 1:
        raise ValueError(f"{where}: text occurs {len(hits)} times, give occ: {text[:60]!r}")
    occ = occ or 0
    if occ >= len(hits):
        raise ValueError(f"{where}: occ {occ} but only {len(hits)} occurrences: {text[:60]!r}")
    return hits[occ], hits[occ] + len(text)


def convert(draft, content):
    gid = draft["gid"]
    out = {"url": None, "published": draft.get("published"), "published_basis": draft.get("published_basis"),
           "published_guess": draft.get("published_guess"), "quotes": [], "dates": []}
    if out["published"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", out["published"]):
        raise ValueError(f"{gid}: published {out['published']!r} is not YYYY-MM-DD")
    for i, q in enumerate(draft.get("quotes", [])):
        if q.get("kind") not in ("direct", "indirect"):
            raise ValueError(f"{gid} quote {i}: kind {q.get('kind')!r}")
        s, e = locate(content, q, f"{gid} quote {i}")
        out["quotes"].append({"kind": q["kind"], "start": s, "end": e, "partial": bool(q.get("partial")),
                              **{k: q.get(k) for k in ("cue", "speaker", "speaker_name", "speaker_role",
                                                       "speaker_en", "via")}})
    for i, d in enumerate(draft.get("dates", [])):
        s, e = locate(content, d, f"{gid} date {i}")
        v = d.get("value")
        if v is not None and not VALUE.match(v):
            raise ValueError(f"{gid} date {i}: value {v!r} is not YYYY[-MM[-DD]], YYYY-Www or A/B")
        if d.get("kind") not in KINDS:
            raise ValueError(f"{gid} date {i}: kind {d.get('kind')!r} not in {sorted(KINDS)}")
        out["dates"].append({"start": s, "end": e, "value": v, "kind": d["kind"], "vague": bool(d.get("vague")),
                              "anchor_guess": bool(d.get("anchor_guess"))})
    return out


_URL_DAY = re.compile(r"(?:Issues/|/)(20\d\d)/?(\d\d)/?(\d\d)(?:/|$|\.)")


def url_day(url):
    """The issue date some outlets write into an article's address (okaz, al-jazirah: Issues/20150730;
    aleqt: /2015/07/23/). Where annotators also pinned the day from the text, it agreed 29 times of 29."""
    m = _URL_DAY.search(url)
    if not m:
        return None
    try:
        return datetime.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def load_drafts(paths):
    drafts = []
    for p in paths:
        for n, line in enumerate(open(p, encoding="utf-8"), 1):
            if line.strip():
                try:
                    drafts.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{p}:{n}: not JSON: {e}")
    return drafts


def build_splits(paths, sel, to_gold, kind, outdir=None):
    """Drafts -> gold rows by split (``to_gold(draft, selection row, record)`` raises ValueError on a
    span it cannot place); errors printed; ``DIR/{kind}_{dev,test}.jsonl`` written when ``outdir``."""
    drafts = load_drafts(paths)
    unknown = [d.get("gid") for d in drafts if d.get("gid") not in sel]
    if unknown:
        raise SystemExit(f"unknown gid(s): {unknown}")
    recs = snn.records(sel[d["gid"]]["url"] for d in drafts)
    rows, errors = {"dev": [], "test": []}, []
    for d in drafts:
        s = sel[d["gid"]]
        try:
            rows.setdefault(s["split"], []).append(to_gold(d, s, recs[s["url"]]))
        except ValueError as e:
            errors.append(str(e))
    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(drafts)} drafts, {len(errors)} with errors; split { {k: len(v) for k, v in rows.items()} }")
    if outdir:
        for split, gs in rows.items():
            if not gs and split not in {sel[d["gid"]]["split"] for d in drafts}:
                continue  # a split none of these drafts is in: leave its gold file alone
            gs.sort(key=lambda g: g["url"])
            with open(pathlib.Path(outdir) / f"{kind}_{split}.jsonl", "w", encoding="utf-8") as f:
                for g in gs:
                    f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return rows, errors


def attribution_gold(d, s, rec):
    g = convert(d, rec["content"])
    g["url"] = s["url"]
    if not g["published"]:
        day = url_day(s["url"])
        if day and day <= rec["date_extracted"][:10]:
            g["published"], g["published_basis"] = day, "url: the outlet's issue date in the address"
    return g


def build(paths, outdir=None):
    rows, errors = build_splits(paths, selection(), attribution_gold, "attributions", outdir)
    print(f"{sum(len(g['quotes']) for v in rows.values() for g in v)} quotes, "
          f"{sum(len(g['dates']) for v in rows.values() for g in v)} dates")
    return 1 if errors else 0


def main(argv):
    argv = list(argv)
    while "--articles" in argv:
        i = argv.index("--articles")
        EXTRA_ARTICLES.append(argv[i + 1])
        del argv[i:i + 2]
    if len(argv) >= 2 and argv[0] == "show":
        show(argv[1])
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return build(argv[1:])
    if len(argv) >= 4 and argv[0] == "build" and "--out" in argv:
        i = argv.index("--out")
        return build(argv[1:i] + argv[i + 2:], argv[i + 1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
