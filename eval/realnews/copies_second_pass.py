"""A second, blind pass on the copy check (``copies_check_dev.jsonl``) and its agreement with the first.

    python eval/realnews/copies_second_pass.py show [--from 1] [--to 150] [--chars 600]
    python eval/realnews/copies_second_pass.py --compare copies_check_dev_pass2.jsonl [--json]

``show`` prints each pair of the check (its number, the two URLs, outlet, title, length in words,
3-gram containment of each text in the other (of the folded texts), and the two texts one after the other), reading only
the pair identifiers (``a``, ``b``) of the gold file, never its labels or notes, so a second
annotator judges blind. Texts come from SaudiNewsNet's development lines (``snn.py``).

``--compare FILE`` scores a second-pass labels file (``{"a", "b", "copy", "note"}`` a line, the
first file's format) against the first pass: pairs in common, observed agreement, Cohen's kappa,
the 2x2 table and the pairs the two passes label differently (with both notes).
"""
import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIRST = HERE / "copies_check_dev.jsonl"


def read(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def pairs(path=FIRST):
    """The pair identifiers of a copy-check file, in file order (labels never read)."""
    return [(r["a"], r["b"]) for r in read(path)]


def agreement(first, second):
    """Observed agreement and Cohen's kappa of two equal-length lists of labels (any hashables).

    kappa = (po - pe) / (1 - pe), pe = sum over labels of the product of the two passes' shares;
    None when pe == 1 (both passes give one and the same label throughout)."""
    if len(first) != len(second):
        raise ValueError("label lists differ in length")
    n = len(first)
    if not n:
        return {"n": 0, "agree": 0, "po": None, "pe": None, "kappa": None}
    agree = sum(1 for x, y in zip(first, second) if x == y)
    po = agree / n
    labels = set(first) | set(second)
    pe = sum((first.count(c) / n) * (second.count(c) / n) for c in labels)
    kappa = None if pe == 1 else (po - pe) / (1 - pe)
    return {"n": n, "agree": agree, "po": po, "pe": pe, "kappa": kappa}


def compare(second_path, first_path=FIRST):
    first = {(r["a"], r["b"]): r for r in read(first_path)}
    second = {(r["a"], r["b"]): r for r in read(second_path)}
    common = [k for k in first if k in second]
    f = [bool(first[k]["copy"]) for k in common]
    s = [bool(second[k]["copy"]) for k in common]
    res = agreement(f, s)
    table = {f"first_{'copy' if x else 'not'}_second_{'copy' if y else 'not'}":
             sum(1 for a, b in zip(f, s) if (a, b) == (x, y)) for x in (True, False) for y in (True, False)}
    dis = [{"n": i + 1, "a": k[0], "b": k[1], "first": first[k]["copy"], "second": second[k]["copy"],
            "first_note": first[k].get("note", ""), "second_note": second[k].get("note", "")}
           for i, k in enumerate(first) if k in second and bool(first[k]["copy"]) != bool(second[k]["copy"])]
    return {"pairs_first": len(first), "pairs_second": len(second), "in_common": len(common),
            "copies_first": sum(f), "copies_second": sum(s), "agreement": round(res["po"], 3) if common else None,
            "kappa": round(res["kappa"], 3) if res["kappa"] is not None else None, **table, "disagreements": dis}


def trigrams(text):
    """Word 3-grams of the folded text (one alef, no diacritics, ...: spelling variants of one wire match)."""
    from marsad.text.normalize import fold
    w = re.findall(r"\w+", fold(text))
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def show(lo=1, hi=None, chars=None, out=sys.stdout):
    import snn  # the development lines only
    ps = pairs()
    recs = snn.records(u for p in ps for u in p)
    for n, (a, b) in enumerate(ps, 1):
        if n < lo or (hi and n > hi):
            continue
        ra, rb = recs.get(a), recs.get(b)
        ta, tb = (ra or {}).get("content", ""), (rb or {}).get("content", "")
        ga, gb = trigrams(ta), trigrams(tb)
        common = len(ga & gb)
        print(f"=== pair {n}  in a: {common / len(ga) if ga else 0:.2f}  in b: {common / len(gb) if gb else 0:.2f}",
              file=out)
        for tag, u, r, t in (("A", a, ra, ta), ("B", b, rb, tb)):
            r = r or {}
            body = re.sub(r"\s+", " ", t).strip()
            if chars and len(body) > chars:
                body = body[:chars] + " [...]"
            print(f"--- {tag} {u}\n    {r.get('source')} | {r.get('date_extracted', '')[:16]} | "
                  f"{len(t.split())} words | {r.get('title', '')}\n{body}", file=out)
        print(file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", nargs="?", choices=["show"])
    ap.add_argument("--compare", metavar="FILE", help="a second-pass labels file")
    ap.add_argument("--first", default=str(FIRST), help="the first pass (default: copies_check_dev.jsonl)")
    ap.add_argument("--from", dest="lo", type=int, default=1)
    ap.add_argument("--to", dest="hi", type=int)
    ap.add_argument("--chars", type=int, help="cut each text after this many characters")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.compare:
        res = compare(args.compare, args.first)
        if args.json:
            print(json.dumps(res, ensure_ascii=False))
            return
        for k, v in res.items():
            if k != "disagreements":
                print(f"{k:32} {v}")
        print(f"disagreements ({len(res['disagreements'])}):")
        for d in res["disagreements"]:
            print(f"  pair {d['n']}: first {'copy' if d['first'] else 'not'}, second {'copy' if d['second'] else 'not'}"
                  f"\n    {d['a']}\n    {d['b']}\n    first: {d['first_note']}\n    second: {d['second_note']}")
    elif args.mode == "show":
        show(args.lo, args.hi, args.chars)
    else:
        ap.error("give show or --compare FILE")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
