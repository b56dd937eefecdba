"""Same person or not? marsad's name matching on name pairs it was not built from.

    .venv/bin/python benchmarks/names.py

JRC-Names pairs (../shared/data/names/jrc_pairs_arabic_script_dev.tsv), the pairs where
both names are in Arabic script (Persian/Urdu letters are folded). Prints precision and
recall of the "same entity" decision.

Spelling pairs built from the transliteration data: google_ar2en lists a few English
name tokens with two Arabic spellings (same: كليمان / كليمنت), set against the closest
Arabic spelling of a different English token (different: by rapidfuzz ratio). ANETAC
and the Wikidata list give one spelling per name, so they hold no such pairs.
"""
from __future__ import annotations

import os
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


def ar2en():
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    by_en: dict[str, set[str]] = {}
    for line in (NAMES / "google_ar2en" / "ar2en.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and ARABIC.match(parts[0]) and len(parts[1]) >= 3:
            by_en.setdefault(parts[1].strip().lower(), set()).add(fold(parts[0].strip()))
    owner = {ar: en for en, v in by_en.items() for ar in v}
    spellings = sorted(owner)
    out = []
    for en, v in sorted(by_en.items()):
        if len(v) < 2:
            continue
        a, b = sorted(v)[:2]
        out.append((True, same_person(person_key(a), person_key(b))))
        # the closest spelling of another name: the hard "different" case
        near = [m for m, _, _ in process.extract(a, spellings, scorer=Levenshtein.normalized_distance, limit=10)
                if owner[m] != en and m != a]
        if near:
            out.append((False, same_person(person_key(a), person_key(near[0]))))
    return out


def main() -> int:
    if not NAMES.exists():
        print(f"skipped: {NAMES} is absent")
        return 0
    for name, fn in (("JRC-Names Arabic-script pairs", jrc), ("google ar2en spelling pairs", ar2en)):
        pairs = fn()
        p, r, n = prf(pairs)
        print(f"{name:30} precision {p:.3f}  recall {r:.3f}  ({n} pairs, {sum(g for g, _ in pairs)} same)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
