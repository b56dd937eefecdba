"""Same person or not? marsad's name matching on name pairs it was not built from.

    .venv/bin/python benchmarks/names.py

* JRC-Names pairs (../shared/data/names/jrc_pairs_arabic_script_dev.tsv), the pairs where
  both names are in Arabic script (Persian/Urdu letters are folded);
* pairs built from ANETAC (evaluation only): two Arabic spellings of one English person
  name (same) against two different names sharing their first token (different).
Prints precision and recall of the "same entity" decision.
"""
from __future__ import annotations

import collections
import os
import random
import re
import sys
from pathlib import Path

from marsad.extract.names import person_key, same_person
from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
NAMES = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "names"
ARABIC = re.compile(r"^[\u0600-\u06FF\s]+$")


def prf(pairs):
    tp = sum(1 for g, s in pairs if g and s)
    fp = sum(1 for g, s in pairs if not g and s)
    fn = sum(1 for g, s in pairs if g and not s)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, len(pairs)


def jrc():
    out = []
    path = NAMES / "jrc_pairs_arabic_script_dev.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not (ARABIC.match(parts[0]) and ARABIC.match(parts[1])):
            continue
        a, b = fold(parts[0]), fold(parts[1])
        out.append((parts[2].strip().upper() == "TRUE", same_person(person_key(a), person_key(b))))
    return out


def anetac():
    path = NAMES / "anetac" / "en_ar_ne" / "EN-AR Named-entities.txt"
    if not path.exists():
        return []
    by_en = collections.defaultdict(set)
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts or parts[0] != "PERSON":
            continue
        en = " ".join(w for w in parts[1:] if w.isascii()).lower()
        ar = " ".join(w for w in parts[1:] if not w.isascii())
        if en and ar and ARABIC.match(ar) and len(ar.split()) >= 2:
            by_en[en].add(ar)
    rng = random.Random(0)
    same = [(a, b) for v in by_en.values() if len(v) >= 2 for a, b in [sorted(v)[:2]]]
    names = sorted({n for v in by_en.values() for n in v if len(n.split()) >= 2})
    by_first = collections.defaultdict(list)
    for n in names:
        by_first[n.split()[0]].append(n)
    diff = []
    for lst in by_first.values():
        if len(lst) >= 2:
            a, b = rng.sample(lst, 2)
            diff.append((a, b))
    diff = diff[:len(same) * 2]
    return [(True, same_person(person_key(a), person_key(b))) for a, b in same] + \
           [(False, same_person(person_key(a), person_key(b))) for a, b in diff if
            not any({a, b} <= v for v in by_en.values())]


def main() -> int:
    if not NAMES.exists():
        print(f"skipped: {NAMES} is absent")
        return 0
    for name, fn in (("JRC-Names Arabic-script pairs", jrc), ("ANETAC spelling pairs", anetac)):
        p, r, n = prf(fn())
        print(f"{name:32} precision {p:.3f}  recall {r:.3f}  ({n} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
