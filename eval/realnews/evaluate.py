"""Score marsad on the real-news gold, the way it is scored outside (../shared/eval/realnews.py).

  python eval/realnews/evaluate.py attributions --split dev     quotes, speakers, dates, publication days
  python eval/realnews/evaluate.py attributions --split test    (the held-out split: report, don't tune)

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


def attributions(split, out=None, marsad=None):
    gold = gold_path("attributions", split)
    urls = [json.loads(line)["url"] for line in open(gold, encoding="utf-8") if line.strip()]
    outdir = analyze(urls, out or tempfile.mkdtemp(prefix=f"marsad-realnews-{split}-"), marsad)
    return shared_scorer().attributions(str(gold), str(outdir))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["attributions"])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--out", help="keep marsad's output here (default: a temporary folder)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not snn.available():
        raise SystemExit(f"SaudiNewsNet is absent ({snn.SNN})")
    res = attributions(args.split, args.out)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            print(f"{k:24} {json.dumps(v, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
