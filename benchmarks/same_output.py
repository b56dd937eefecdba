"""Does a change leave marsad's output as it was? ``marsad analyze`` of the first N SaudiNewsNet
articles with the code of a git revision and with the working tree; articles.jsonl and
corpus.json are compared after sorting (lines, and the items of corpus.json's lists).

    .venv/bin/python benchmarks/same_output.py --ref HEAD~1 --n 3000 --workers 2

Prints the CPU time of both runs (user + system of the process tree) and exits 1 when the
outputs differ, naming the first differing article or corpus list.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
MARSAD = str(Path(sys.executable).parent / "marsad")


def source_of(ref: str, tmp: Path) -> Path:
    """The src/ tree of a git revision, extracted under tmp."""
    tar = tmp / "src.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(tar), ref, "src"], check=True)
    with tarfile.open(tar) as t:
        t.extractall(tmp / "ref", filter="data")
    return tmp / "ref" / "src"


def analyze(src: Path, inp: Path, out: Path, workers: int) -> float:
    """Run marsad analyze with the package of ``src``; CPU seconds of the run."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([MARSAD, "analyze", str(inp), "--out", str(out), "--workers", str(workers), "--quiet"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 3):  # 3: some inputs were errors (empty articles)
        sys.exit(f"analyze with {src} failed:\n{proc.stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def canonical(out: Path) -> dict[str, list[str]]:
    """articles.jsonl's lines and each list of corpus.json, as sorted JSON strings."""
    with open(out / "articles.jsonl", encoding="utf-8") as f:
        parts = {"articles": sorted(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in f)}
    corpus = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    for key, value in corpus.items():
        items = value if isinstance(value, list) else [value]
        parts[f"corpus.{key}"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in items)
    return parts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="HEAD", help="git revision to compare the working tree with")
    ap.add_argument("--n", type=int, default=3000, help="first N SaudiNewsNet articles (at most 15,042)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--ref-out", help="a directory holding the revision's output already (skips its run)")
    args = ap.parse_args()
    if args.n > 15042:
        sys.exit("only the first 15,042 SaudiNewsNet articles may be read")
    tmp = Path(tempfile.mkdtemp(prefix="marsad-same-"))
    inp = tmp / "in.jsonl"
    with gzip.open(DATA, "rt", encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, args.n))
    if args.ref_out:
        ref_out = Path(args.ref_out)
    else:
        ref_out = tmp / "out_ref"
        cpu = analyze(source_of(args.ref, tmp), inp, ref_out, args.workers)
        print(f"{args.ref}: CPU {cpu:.1f} s, {1000 * cpu / args.n:.1f} ms/article", flush=True)
    cpu = analyze(ROOT / "src", inp, tmp / "out_new", args.workers)
    print(f"working tree: CPU {cpu:.1f} s, {1000 * cpu / args.n:.1f} ms/article", flush=True)
    a, b = canonical(ref_out), canonical(tmp / "out_new")
    same = True
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key, []), b.get(key, [])
        if x != y:
            same = False
            diff = next((i for i, (u, v) in enumerate(zip(x, y)) if u != v), min(len(x), len(y)))
            print(f"{key}: DIFFERENT ({len(x)} vs {len(y)} items); first difference at sorted item {diff}:\n"
                  f"  ref: {x[diff][:300] if diff < len(x) else None}\n  new: {y[diff][:300] if diff < len(y) else None}")
        else:
            print(f"{key}: same ({len(x)} items)")
    print("SAME OUTPUT" if same else "OUTPUT DIFFERS")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
