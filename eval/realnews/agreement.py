"""Agreement of the second annotation pass with the first, measured by the same scorer.

  python eval/realnews/agreement.py FIRST.jsonl... --second SECOND.jsonl
  python eval/realnews/agreement.py --gold GOLD.jsonl --second SECOND.jsonl [--articles DRAW.jsonl]
  python eval/realnews/agreement.py --entities FIRST.jsonl... --second SECOND.jsonl
  python eval/realnews/agreement.py --stories FIRST.jsonl... --second SECOND.jsonl

Drafts (text anchors, kept outside the repository) are turned into offsets; the first pass,
on the articles both passes annotated, is written as if it were marsad's output, and
../shared/eval/realnews.py scores the second pass against it: quote F1 by kind, speaker
agreement, date spans found and values equal, publication days equal.
--gold takes the first pass as an offsets gold file (a bare name is this folder's file) instead of
drafts: its articles that the second pass also annotated are compared. SECOND may be a draft or an
offsets gold itself (lines with a "url" and no "gid"); --articles adds a draw's articles
({"gid", "url", "split"} per line, as annotate.py's) so that a draft's gids are known.
"""
import json
import pathlib
import re
import sys
import tempfile

import annotate
import evaluate
import snn


def as_output(golds, contents, out):
    """Offsets gold written as a marsad output folder (one article per gold line)."""
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
        for g in golds:
            c = contents[g["url"]]
            quotes = [{"start": q["start"], "end": q["end"], "text": c[q["start"]:q["end"]], "kind": q["kind"],
                       "speaker": {"text": q.get("speaker"), "name": q.get("speaker_name")}} for q in g["quotes"]]
            dates = [{"start": d["start"], "end": d["end"], "value": d["value"], "kind": d["kind"]} for d in g["dates"]]
            pub = {"value": g.get("published"), "estimate": g.get("published") or g.get("published_guess")}
            f.write(json.dumps({"id": g["url"], "url": g["url"], "text": c, "quotes": quotes, "dates": dates,
                                "published": pub}, ensure_ascii=False) + "\n")
    return out


def offsets(drafts):
    sel = annotate.selection()
    recs = snn.records(sel[d["gid"]]["url"] for d in drafts)
    golds = []
    for d in drafts:
        url = sel[d["gid"]]["url"]
        g = annotate.convert(d, recs[url]["content"])
        g["url"] = url
        golds.append(g)
    return golds, {u: r["content"] for u, r in recs.items()}


_DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def day_of(g):
    """The publication day a pass gives, set or guessed: the date a guess starts with (guesses carry
    their reason after it, "2015-07-22 (crawl day ...)"), so that two passes are compared on the day."""
    m = _DAY.match((g.get("published") or g.get("published_guess") or "").strip())
    return m.group(0) if m else None


def exact(g1, g2):
    """Strict agreement: spans with the same bounds (and kind/value), as F1 over both passes."""
    by_url = {g["url"]: g for g in g1}
    out = {}
    for layer, key in (("quotes", "kind"), ("dates", "value")):
        a = {(g["url"], x["start"], x["end"]) for g in g1 for x in g[layer]}
        b = {(g["url"], x["start"], x["end"]) for g in g2 for x in g[layer]}
        same = a & b
        va = {(g["url"], x["start"], x["end"]): x[key] for g in g1 for x in g[layer]}
        vb = {(g["url"], x["start"], x["end"]): x[key] for g in g2 for x in g[layer]}
        out[f"{layer}_exact_bounds_f1"] = round(2 * len(same) / (len(a) + len(b)), 3) if a or b else None
        out[f"{layer}_same_{key}_when_same_bounds"] = f"{sum(va[k] == vb[k] for k in same)}/{len(same)}"
    pub = [(day_of(by_url[g["url"]]), day_of(g)) for g in g2 if g["url"] in by_url]
    out["publication_day_same"] = f"{sum(x == y for x, y in pub)}/{len(pub)}"
    return out


def entities_agreement(first_paths, second_path):
    """Exact-span agreement of two entity-mention passes (F1 with the first pass as reference)."""
    import annotate_entities as ae

    second = annotate.load_drafts([second_path])
    gids = {d["gid"] for d in second}
    first = [d for d in annotate.load_drafts(first_paths) if d["gid"] in gids]
    sel = ae.selection()
    recs = snn.records(sel[g]["url"] for g in gids)

    def spans(drafts):
        return {(d["gid"], s, e, n["type"]) for d in drafts
                for s, e, n in ae.mentions(d, recs[sel[d["gid"]]["url"]]["content"])}
    a, b = spans(first), spans(second)
    res = evaluate.span_f1(a, b)
    untyped = evaluate.span_f1({x[:3] + ("X",) for x in a}, {x[:3] + ("X",) for x in b}, types=())
    res["spans_untyped"] = untyped["micro"]
    res["articles_both"] = len(gids)
    return res


def stories_agreement(first_paths, second_path):
    """B-cubed of the second pass's stories against the first's, and copy pairs, on the articles
    both passes labelled (stories of the first pass joined across its batches by same_as)."""
    def grouping(paths):
        drafts = {d["sid"]: (p, d) for p in paths for d in annotate.load_drafts([p])}
        parent = {s: s for s in drafts}

        def root(x):
            while parent[x] != x:
                x = parent[x]
            return x
        first = {}
        for sid, (p, d) in drafts.items():
            key = (p, d["story"])
            if key in first:
                parent[root(sid)] = root(first[key])
            else:
                first[key] = sid
            for o in d.get("same_as") or []:
                if o in parent and root(o) != root(sid):
                    parent[root(o)] = root(sid)
        copies = {tuple(sorted((sid, o))) for sid, (_, d) in drafts.items() for o in d.get("copy_of") or []}
        return {sid: root(sid) for sid in drafts}, copies

    a, ca = grouping(first_paths)
    b, cb = grouping([second_path])
    both = sorted(set(a) & set(b))
    p = r = 0.0
    for x in both:
        sa = {y for y in both if a[y] == a[x]}
        sb = {y for y in both if b[y] == b[x]}
        p += len(sa & sb) / len(sb)
        r += len(sa & sb) / len(sa)
    p, r = p / len(both), r / len(both)
    ca = {c for c in ca if c[0] in both and c[1] in both}
    cb = {c for c in cb if c[0] in both and c[1] in both}
    return {"articles_both": len(both), "bcubed_precision": round(p, 3), "bcubed_recall": round(r, 3),
            "bcubed_f1": round(2 * p * r / (p + r), 3),
            "copy_pairs": {"first": len(ca), "second": len(cb), "both": len(ca & cb),
                           "f1": round(2 * len(ca & cb) / (len(ca) + len(cb)), 3) if ca or cb else None}}


def is_offsets_gold(rows):
    """Lines of an offsets gold (url and spans with offsets) rather than drafts (gid and anchor texts)."""
    return bool(rows) and all("url" in r and "gid" not in r for r in rows)


def gold_path(path):
    p = pathlib.Path(path)
    return p if p.exists() or p.parent != pathlib.Path(".") else annotate.HERE / p


def pass_offsets(rows):
    """Offsets gold rows (kept as they are) or drafts turned into offsets; with the articles' contents."""
    if is_offsets_gold(rows):
        recs = snn.records(r["url"] for r in rows)
        return [dict(r, dates=r.get("dates") or []) for r in rows], {u: r["content"] for u, r in recs.items()}
    return offsets(rows)


def attributions_agreement(first_paths, second_path, gold=None):
    """The second pass scored by the outside scorer against the first, plus exact-bound figures.
    The first pass is drafts (``first_paths``) or, with ``gold``, an offsets gold file."""
    second = annotate.load_drafts([gold_path(second_path)])
    g2, contents = pass_offsets(second)
    urls = {g["url"] for g in g2}
    if gold:
        g1 = [g for g in annotate.load_drafts([gold_path(gold)]) if g["url"] in urls]
        g1 = [dict(g, dates=g.get("dates") or []) for g in g1]
    else:
        sel = annotate.selection()
        gids = {d["gid"] for d in second} if not is_offsets_gold(second) else {
            gid for gid, r in sel.items() if r["url"] in urls}
        g1, _ = offsets([d for d in annotate.load_drafts(first_paths) if d["gid"] in gids])
    missing = urls - {g["url"] for g in g1}
    if missing:
        print(f"left out: {len(missing)} article(s) of the second pass not in the first", file=sys.stderr)
    g2 = [g for g in g2 if g["url"] in {x["url"] for x in g1}]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="marsad-agreement-"))
    with open(tmp / "second.jsonl", "w", encoding="utf-8") as f:
        for g in g2:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    res = evaluate.shared_scorer().attributions(str(tmp / "second.jsonl"), str(as_output(g1, contents, tmp / "first")))
    res["articles_both"] = len(g1)
    res.update(exact(g1, g2))
    return res


def option(argv, name):
    """Remove ``name VALUE`` from argv and return VALUE (None when absent)."""
    if name not in argv:
        return None
    i = argv.index(name)
    value = argv[i + 1]
    del argv[i:i + 2]
    return value


def main(argv):
    modes = {"--stories": stories_agreement, "--entities": entities_agreement}
    mode = next((m for m in modes if m in argv), None)
    argv = [x for x in argv if x not in modes]
    while "--articles" in argv:
        annotate.EXTRA_ARTICLES.append(option(argv, "--articles"))
    gold = option(argv, "--gold")
    if "--second" not in argv or (mode and gold):
        print(__doc__)
        return 2
    second = option(argv, "--second")
    first = argv
    res = modes[mode](first, second) if mode else attributions_agreement(first, second, gold)
    for k, v in res.items():
        print(f"{k:24} {json.dumps(v, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
