"""Same story or not? marsad's story similarity on the 54 Arabic SemEval-2022 Task 8 pairs.

    .venv/bin/python benchmarks/stories_semeval.py

Pairs rated Overall <= 1.5 are the same story, >= 3 different stories. Each text
goes through the per-article pipeline; the pair is "together" when the story
similarity (marsad.corpus.stories) reaches the joining threshold JOIN. Also the Pearson of the
learned same-story model over the features two texts alone give (marsad.corpus.samestory).
"""
from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

import numpy as np

from marsad.api import analyze_text
from marsad.corpus.stories import JOIN, StoryIndex, article_profile, terms

ROOT = Path(__file__).resolve().parents[1]
#: The best Arabic (ar-ar) Pearson correlation of SemEval-2022 Task 8 (the task overview paper, Chen et al. 2022; LANDSCAPE.md).
TASK_BEST_ARABIC = 0.818
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "semeval2022_ar" / "ar_ar_pairs_with_text.jsonl"


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    pairs = [json.loads(l) for l in DATA.read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = []
    for p in pairs:
        for k in ("1", "2"):
            docs.append(analyze_text(p[f"text_{k}"], title=p.get(f"title_{k}") or "-", doc_id=f"{p['pair_id']}:{k}"))
    tfs = [terms(d) for d in docs]
    df = collections.Counter()
    for tf in tfs:
        df.update(tf.keys())
    idx = StoryIndex(df, len(docs))
    rows = []
    for i, p in enumerate(pairs):
        sim = idx.cosine(idx.vector(tfs[2 * i]), idx.vector(tfs[2 * i + 1]))
        rows.append((float(p["Overall"]), sim))
    same = [s for o, s in rows if o <= 1.5]
    diff = [s for o, s in rows if o >= 3]
    print(f"pairs: {len(rows)} ({len(same)} same story, {len(diff)} different)")
    # Overall runs from 1 (the same story) to 4 (unrelated): the similarity should fall as it rises
    overall, sims = np.array([o for o, _ in rows]), np.array([s for _, s in rows])
    r = float(np.corrcoef(sims, -overall)[0, 1])
    print(f"Pearson with the human Overall ratings (negated): {r:.3f} "
          f"on these {len(rows)} pairs; the task's best Arabic system: {TASK_BEST_ARABIC} on the task's own test pairs")
    # the learned same-story model over what two texts alone give (marsad.corpus.samestory, "text")
    from marsad.corpus import samestory

    text_model = samestory.load("text")
    profs = [article_profile(d, idx.vector(tf)) for d, tf in zip(docs, tfs)]
    probs = np.array([text_model.probability(samestory.pair_features(profs[2 * i], profs[2 * i + 1]))
                      for i in range(len(pairs))])
    print(f"Pearson of the same-story model (text features): {float(np.corrcoef(probs, -overall)[0, 1]):.3f}; "
          f"the task's best Arabic system: {TASK_BEST_ARABIC}")
    for t in sorted({JOIN, 0.15, 0.2, 0.25, 0.3}):
        together = sum(s >= t for s in same) / max(len(same), 1)
        apart = sum(s < t for s in diff) / max(len(diff), 1)
        mark = "  <- JOIN" if t == JOIN else ""
        print(f"threshold {t:.3f}: same-story pairs together {together:.2f}, different-story pairs apart {apart:.2f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
