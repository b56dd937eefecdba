"""Quality gate: the seed scores measured by ../shared/eval/score.py may not fall below pinned floors.

Raise a floor when a change improves a figure; a change that lowers one fails here.
The ANERcorp NER floor is pinned in tests/test_entities.py.
"""
import json
import subprocess
import sys

import pytest

#: Floors measured on the seeds (python3 ../shared/eval/score.py seeds OUT); higher is better.
FLOORS = {
    "title_accuracy": 1.0,
    "outlet_accuracy": 1.0,
    "published.correct": 2,
    "body_line_recall": 1.0,
    "quotes.precision": 0.89,
    "quotes.recall": 1.0,
    "quotes.speaker_accuracy": 0.87,
    "dates.value_accuracy": 0.47,
    "entities.pairwise_f1": 0.96,
    "entities.english_name_accuracy": 0.83,
    "stories_bcubed_f1": 1.0,
    "timeline_dates.precision": 1.0,
    "timeline_dates.f1": 0.66,
}
#: Ceilings (lower is better).
CEILINGS = {
    "chrome_lines_leaked": 0,
    "published.wrong": 0,
    "dates.false_dates_on_traps": 0,
    "entities.confusable_pairs_merged": 0,
}


def get(scores, dotted):
    v = scores
    for k in dotted.split("."):
        v = (v or {}).get(k) if isinstance(v, dict) else None
    return v


@pytest.fixture(scope="module")
def scores(seeds_result, shared_dir):
    outdir, _ = seeds_result
    res = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "seeds", str(outdir), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_no_seed_article_is_missing(scores):
    assert scores["missing_articles"] == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(scores, name):
    value = get(scores, name) or 0.0
    assert value >= FLOORS[name], f"{name} fell to {value} (floor {FLOORS[name]})"


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_ceiling(scores, name):
    value = get(scores, name)
    if name == "chrome_lines_leaked":
        value = int(str(value).split("/")[0])
    value = value or 0
    assert value <= CEILINGS[name], f"{name} rose to {value} (ceiling {CEILINGS[name]})"


def test_every_citation_is_valid(scores):
    ok, total = (int(x) for x in scores["citations_valid"].split("/"))
    assert ok == total
