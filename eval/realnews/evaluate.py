"""Score marsad on the real-news gold, the way it is scored outside (../shared/eval/realnews.py).

  python eval/realnews/evaluate.py attributions --split dev     quotes, speakers, dates, publication days
  python eval/realnews/evaluate.py attributions --split test    (the held-out split: report, don't tune)
  python eval/realnews/evaluate.py attributions --gold eval/realnews/dates_dev2.jsonl
                                                                a dates-only gold file: its date figures and
                                                                publication days only (a gold file with
                                                                quotes, attributions_dev2.jsonl: all figures;
                                                                a bare name is this folder's file)
  python eval/realnews/evaluate.py entities --split dev         entity mentions of marsad analyze (exact spans)
  python eval/realnews/evaluate.py entities --gold eval/realnews/entities_dev2.jsonl
                                                                the second (blind) entity gold
  python eval/realnews/evaluate.py stories --split dev          stories (B-cubed) and copy pairs
  python eval/realnews/evaluate.py stories --split dev -v       ... and the gold copy pairs marsad misses
  python eval/realnews/evaluate.py copies                       the blind copy check (copies_check_dev.jsonl):
                                                                marsad on every article of its crawl days,
                                                                recall and precision of its labelled pairs

It writes the gold's articles as a marsad input (id = url, crawl time as `retrieved`), runs
`marsad analyze` on them, and prints the scorer's figures (``--json`` for one JSON line).
"""
import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile

import snn

HERE = pathlib.Path(__file__).resolve().parent
REALNEWS = snn.SHARED / "eval" / "realnews.py"


def shared_scorer():
    spec = importlib.util.spec_from_file_location("realnews", REALNEWS)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_path(kind, split):
    return HERE / f"{kind}_{split}.jsonl"


def analyze(urls, out, marsad=None):
    """Run marsad analyze on these SaudiNewsNet articles into ``out``; returns ``out``."""
    recs = snn.records(urls)
    missing = set(urls) - set(recs)
    if missing:
        raise SystemExit(f"{len(missing)} gold URLs are not among the development days: {sorted(missing)[:3]}")
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    inp = out / "input.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for u in urls:
            f.write(json.dumps(snn.as_input(recs[u]), ensure_ascii=False) + "\n")
    marsad = marsad or str(pathlib.Path(sys.executable).parent / "marsad")
    p = subprocess.run([marsad, "analyze", str(inp), "--out", str(out / "out"), "-q"], capture_output=True, text=True)
    if p.returncode not in (0, 3):
        raise SystemExit(f"marsad analyze failed ({p.returncode}): {p.stderr[-500:]}")
    return out / "out"


DATE_FIGURES = ("articles", "articles_missing", "dates_points", "dates_durations_ranges", "published",
                "published_estimate")


def given_gold(gold):
    """A gold file given by path, or by a bare name of this folder's (--gold attributions_dev3.jsonl)."""
    path = pathlib.Path(gold)
    return HERE / path.name if not path.exists() and (HERE / path.name).exists() else path


def attributions(split, out=None, marsad=None, gold=None):
    """Score the attribution gold of ``split``; with ``gold`` (a path) that file instead, reporting only
    its date figures and publication days when it has no quotes (a dates-only gold)."""
    path = given_gold(gold) if gold else gold_path("attributions", split)
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    urls = [g["url"] for g in rows]
    dates_only = gold and not any(g.get("quotes") for g in rows)
    outdir = analyze(urls, out or tempfile.mkdtemp(prefix=f"marsad-realnews-{path.stem}-"), marsad)
    res = shared_scorer().attributions(str(path), str(outdir))
    return {k: res[k] for k in DATE_FIGURES if k in res} if dates_only else res


def span_f1(gold, system, types=("PER", "ORG", "LOC", "MISC")):
    """Micro and per-type P/R/F1 of exact (url, start, end, type) spans."""
    out = {}
    for t in (None, *types):
        g = {x for x in gold if t is None or x[3] == t}
        s = {x for x in system if t is None or x[3] == t}
        tp = len(g & s)
        p, r = (tp / len(s) if s else 0.0), (tp / len(g) if g else 0.0)
        out[t or "micro"] = {"precision": round(p, 3), "recall": round(r, 3),
                             "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "gold": len(g), "system": len(s)}
    return out


def to_content(text, content):
    """Maps from offsets in marsad's clean text to offsets in SaudiNewsNet's content: (starts, ends).

    A start offset is read in the matching block it opens, an end offset in the block it closes: where
    the texts differ between two blocks (a space or a line end marsad's cleanup dropped, the end of
    the article), the same clean offset is the first character of one block and the end of another."""
    import difflib

    starts, ends = {}, {}
    for a, b, n in difflib.SequenceMatcher(None, text, content, autojunk=False).get_matching_blocks():
        for k in range(n):
            starts[a + k] = b + k
            ends[a + k + 1] = b + k + 1
    return starts, ends


def entities(split, out=None, marsad=None, gold=None):
    """Entity mentions of `marsad analyze` against the entity-mention gold of ``split`` (exact spans and
    types); with ``gold`` (a path) that file instead (entities_dev2.jsonl)."""
    path = given_gold(gold) if gold else gold_path("entities", split)
    gold_rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    urls = [g["url"] for g in gold_rows]
    outdir = analyze(urls, out or tempfile.mkdtemp(prefix=f"marsad-{path.stem}-"), marsad)
    arts = {a["id"]: a for a in map(json.loads, open(outdir / "articles.jsonl", encoding="utf-8"))}
    recs = snn.records(urls)
    gold, system = set(), set()
    for g in gold_rows:
        gold |= {(g["url"], e["start"], e["end"], e["type"]) for e in g["entities"]}
        a = arts.get(g["url"])
        if not a:
            continue
        starts, ends = to_content(a["text"], recs[g["url"]]["content"])
        for e in a["entities"]:
            if e["start"] in starts and e["end"] in ends:
                system.add((g["url"], starts[e["start"]], ends[e["end"]], "PER" if e["type"] == "PERS" else e["type"]))
    return span_f1(gold, system)


def stories(split, out=None, marsad=None, misses=False):
    """Stories and copies of `marsad analyze` on the story gold's articles of one split; with
    ``misses``, also the gold copy pairs marsad leaves in two copy groups (:func:`copy_misses`)."""
    gold = gold_path("stories", split)
    urls = [json.loads(line)["url"] for line in open(gold, encoding="utf-8") if line.strip()]
    outdir = analyze(urls, out or tempfile.mkdtemp(prefix=f"marsad-stories-{split}-"), marsad)
    res = shared_scorer().stories(str(gold), str(outdir), str(gold_path("copies", split)))
    arts = [json.loads(line) for line in open(outdir / "articles.jsonl", encoding="utf-8")]
    res["copies_flagged"] = sum(1 for a in arts if a.get("duplicate_of"))
    res["copy_pairs_precision"] = copy_precision(arts, gold_path("copies", split))
    corpus = json.load(open(outdir / "corpus.json", encoding="utf-8"))
    res["storyline_pairs"] = storyline_pairs(arts, corpus, gold_path("story_pairs", split))
    if misses:
        res["copy_misses"] = copy_misses(arts, gold_path("copies", split))
    return res


def copy_misses(arts, copies_gold):
    """The gold copy pairs whose two articles marsad leaves in two copy groups, each with what the
    copy rules look at: both lengths in words, the share of the shorter's 3-grams in the other
    (containment) and of its words a word-by-word alignment pairs up (aligned), and the story each
    article is in. No text: read the pair with ``stories_tool.py``."""
    from marsad.corpus import dedup

    text = {a["id"]: a.get("text") or "" for a in arts}
    story = {a["id"]: a.get("story") for a in arts}
    group = _groups((a["id"], a["duplicate_of"]) for a in arts if a.get("duplicate_of"))
    out = []
    for r in map(json.loads, open(copies_gold, encoding="utf-8")):
        a, b = r["url_a"], r["url_b"]
        if group.get(a, a) == group.get(b, b):
            continue
        wa, wb = dedup.fold(text.get(a, "")).split(), dedup.fold(text.get(b, "")).split()
        short = max(1, min(len(wa), len(wb)))
        out.append({"a": a, "b": b, "words": [len(wa), len(wb)],
                    "containment": round(dedup.containment(dedup.shingles(text.get(a, "")),
                                                           dedup.shingles(text.get(b, ""))), 3),
                    "aligned": round(dedup.aligned_words(wa, wb) / short, 3),
                    "same_story": story.get(a) is not None and story.get(a) == story.get(b)})
    return out


def storyline_pairs(arts, corpus, pairs_path):
    """Storylines on the labelled article pairs: two articles are in one storyline when their stories
    are (or are one story). Precision: of the labelled pairs put in one storyline, those the gold calls
    same event or same storyline; recall: of the same-storyline pairs, those put in one."""
    line_of = {s: line["id"] for line in corpus.get("storylines", []) for s in line["stories"]}
    where = {a["id"]: line_of.get(a.get("story"), a.get("story")) for a in arts}
    right = wrong = found = same_line = unrelated = 0
    for line in open(pairs_path, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        a, b = where.get(p["url_a"]), where.get(p["url_b"])
        together = a is not None and a == b
        if p["label"] == "unrelated":
            unrelated += 1
            wrong += together
        else:
            right += together
        if p["label"] == "same_storyline":
            same_line += 1
            found += together
    return {"precision": round(right / (right + wrong), 3) if right + wrong else None,
            "recall_same_storyline": round(found / same_line, 3) if same_line else None,
            "unrelated_together": f"{wrong}/{unrelated}"}


def _groups(pairs):
    """Connected groups of (a, b) pairs: item -> group representative."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return {x: find(x) for x in parent}


def copy_precision(arts, copies_gold):
    """Share of marsad's copy pairs (every pair of one copy group) inside one gold copy group (the
    gold's pairs closed transitively: it lists pairs, not every pair of a group)."""
    gold = _groups((r["url_a"], r["url_b"]) for r in map(json.loads, open(copies_gold, encoding="utf-8")) if r)
    system = _groups((a["id"], a["duplicate_of"]) for a in arts if a.get("duplicate_of"))
    members = {}
    for x, g in system.items():
        members.setdefault(g, []).append(x)
    pairs = [(a, b) for m in members.values() for i, a in enumerate(m) for b in m[i + 1:]]
    right = sum(1 for a, b in pairs if a in gold and b in gold and gold[a] == gold[b])
    return {"right": right, "pairs": len(pairs), "precision": round(right / len(pairs), 3) if pairs else None}


def copies(split="dev", out=None, marsad=None, gold=None):
    """The blind copy check (``copies_check_dev.jsonl``): `marsad analyze` on every development-day
    article crawled on the days of its pairs (copy groups depend on the whole corpus), then recall
    (labelled copies in one copy group) and precision (of the labelled pairs put in one group, the
    copies)."""
    path = given_gold(gold) if gold else HERE / "copies_check_dev.jsonl"
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    urls = {u for r in rows for u in (r["a"], r["b"])}
    days = {r["date_extracted"][:10] for r in snn.dev_days() if r["url"] in urls}
    everyone = list(dict.fromkeys(r["url"] for r in snn.dev_days() if r["date_extracted"][:10] in days))
    outdir = analyze(everyone, out or tempfile.mkdtemp(prefix="marsad-copies-check-"), marsad)
    arts = [json.loads(line) for line in open(outdir / "articles.jsonl", encoding="utf-8")]
    group = _groups((a["id"], a["duplicate_of"]) for a in arts if a.get("duplicate_of"))
    together = [group.get(r["a"], r["a"]) == group.get(r["b"], r["b"]) for r in rows]
    tp = sum(1 for r, t in zip(rows, together) if r["copy"] and t)
    fp = sum(1 for r, t in zip(rows, together) if not r["copy"] and t)
    copies_ = sum(1 for r in rows if r["copy"])
    return {"pairs": len(rows), "copies": copies_, "days": sorted(days),
            "copies_found": f"{tp}/{copies_}", "recall": round(tp / copies_, 3) if copies_ else None,
            "non_copies_joined": f"{fp}/{len(rows) - copies_}",
            "precision": round(tp / (tp + fp), 3) if tp + fp else None}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["attributions", "entities", "stories", "copies"])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--gold", help="attributions or entities: score this gold file instead of the split's "
                                   "(dates_dev2.jsonl: only date figures and publication days; "
                                   "entities_dev2.jsonl: the second entity gold)")
    ap.add_argument("--out", help="keep marsad's output here (default: a temporary folder)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--misses", action="store_true",
                    help="stories: also list the gold copy pairs marsad misses, with their containment and "
                         "aligned share (one JSON line each)")
    args = ap.parse_args(argv)
    if not snn.available():
        raise SystemExit(f"SaudiNewsNet is absent ({snn.SNN})")
    if args.gold and args.kind == "stories":
        ap.error("--gold goes with attributions or entities")
    if args.kind == "copies":
        res = copies(args.split, args.out, gold=args.gold)
    elif args.gold:
        res = {"attributions": attributions, "entities": entities}[args.kind](args.split, args.out, gold=args.gold)
    elif args.kind == "stories":
        res = stories(args.split, args.out, misses=args.misses)
    else:
        res = {"attributions": attributions, "entities": entities}[args.kind](args.split, args.out)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            if k == "copy_misses":
                print(f"{k:24} {len(v)}")
                for m in v:
                    print("  " + json.dumps(m, ensure_ascii=False))
            else:
                print(f"{k:24} {json.dumps(v, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
