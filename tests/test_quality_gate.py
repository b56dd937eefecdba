"""Quality gate: the seed scores measured by ../shared/eval/score.py may not fall below pinned floors.

Raise a floor when a change improves a figure; a change that lowers one fails here.
The ANERcorp NER floor is pinned in tests/test_entities.py.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARSAD = str(Path(sys.executable).parent / "marsad")

#: Floors measured on the seeds (python3 ../shared/eval/score.py seeds OUT); higher is better.
FLOORS = {
    "title_accuracy": 1.0,
    "outlet_accuracy": 1.0,
    "published.correct": 2,
    "body_line_recall": 1.0,
    # quotes.precision (0.897 before reported speech was found on real news) is not a floor: the
    # seed gold marks 10 of the seeds' ~30 reported attributions (as optional), so each correct
    # reported clause beyond those counts against it (0.656 now, each extra one an indirect quote with a cue and a speaker,
    # read in tests/test_quality_gate.py::test_seed_quotes_outside_the_gold_are_reported_speech).
    # The direct quotes keep the floor (test_seed_direct_quote_precision), and reported speech is
    # measured on the real-news gold (REALNEWS_FLOORS).
    "quotes.recall": 1.0,
    "quotes.speaker_accuracy": 0.91,
    "dates.value_accuracy": 0.47,
    "entities.pairwise_f1": 0.96,
    # 0.828 until the curated list held the five names it transliterated (two officers, a minister,
    # a river, a palace); the scorer finds 29 gold entities (Kyodo and Interfax are whole names now,
    # "وكالة أنباء كيودو", where the seed gold names them bare).
    "entities.english_name_accuracy": 1.0,
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


def seed_quotes(shared_dir, outdir):
    sys.path.insert(0, str(shared_dir / "eval"))
    from score import overlap_match

    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))["documents"]
    rows = []
    for line in (outdir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        texts = [q["text"] for q in gold[a["id"]]["quotes"]]
        rows += [(q, any(overlap_match(t, q["text"]) for t in texts)) for q in a["quotes"]]
    return rows


def test_seed_direct_quote_precision(seeds_result, shared_dir):
    rows = [ok for q, ok in seed_quotes(shared_dir, seeds_result[0]) if q["kind"] == "direct"]
    assert len(rows) >= 25 and sum(rows) / len(rows) >= 0.89


def test_seed_quotes_outside_the_gold_are_reported_speech(seeds_result, shared_dir):
    """What the seed gold does not list is reported speech with a cue and a named source."""
    extra = [q for q, ok in seed_quotes(shared_dir, seeds_result[0]) if not ok]
    assert len(extra) <= 22
    assert all(q["kind"] == "indirect" and q["cue"] and (q["speaker"] or {}).get("text") for q in extra)


#: Floors on the real-news test splits (eval/realnews/), scored as marsad is scored outside:
#: attributions_test.jsonl (60 SaudiNewsNet articles: quotes, speakers, dates, publication days)
#: and entities_test.jsonl (24 articles, 582 mentions: marsad analyze's mentions, exact spans).
REALNEWS_FLOORS = {
    ("attributions", "direct.f1"): 0.84,  # 0.849 (quotes9; 0.818 before: sentences and quotes7, 0.807 before that)
    ("attributions", "indirect.f1"): 0.82,  # 0.824 (quotes14; 0.821 at quotes13, 0.815 at quotes7)
    ("attributions", "indirect.recall"): 0.76,  # 0.770 (0.759 before)
    ("attributions", "speaker_accuracy"): 0.91,  # 0.914 (the tagger retrained from the development days; 0.923 before, quotes14)
    ("attributions", "dates_points.value_accuracy"): 0.77,
    ("attributions", "dates_durations_ranges.value_accuracy"): 0.49,  # 6/12 (issue 27, dates4: 5/12 before)
    ("attributions", "published.correct"): 23,
    ("attributions", "published_estimate.correct"): 24,
    ("attributions", "published_estimate.interval_covers"): 24,
    # the tagger retrained from the development days only (2026-12-07): micro 0.803 -> 0.792,
    # PER 0.876 -> 0.857, ORG 0.699 -> 0.709, LOC 0.861 -> 0.842 (its chain no longer reads the reserved days)
    ("entities", "micro.f1"): 0.79,  # 0.792 (0.803 before the retrain; issue 29, entities2: 0.780 before)
    ("entities", "PER.f1"): 0.855,  # 0.857 (0.876 before the retrain, 0.837 before entities2)
    ("entities", "ORG.f1"): 0.705,  # 0.709 (0.699 before the retrain, 0.686 before that)
    ("entities", "LOC.f1"): 0.84,  # 0.842 (0.861 before the retrain; common-word places: 0.858 before, 0.846 before that)
}


@pytest.fixture(scope="module")
def evaluate(shared_dir):
    """eval/realnews/evaluate.py (it reads SaudiNewsNet from ../shared/data)."""
    if not (shared_dir / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz").exists():
        pytest.skip("SaudiNewsNet is absent from ../shared/data")
    sys.path.insert(0, str(ROOT / "eval" / "realnews"))
    import evaluate

    return evaluate


@pytest.fixture(scope="module")
def realnews(evaluate, tmp_path_factory):
    """The figures of each test split, measured once: {"attributions": ..., "entities": ...}."""
    cache: dict[str, dict] = {}

    def figures(kind: str) -> dict:
        if kind not in cache:
            cache[kind] = getattr(evaluate, kind)("test", tmp_path_factory.mktemp(kind), MARSAD)
        return cache[kind]
    return figures


@pytest.mark.parametrize("kind,name", sorted(REALNEWS_FLOORS))
def test_realnews_floor(realnews, kind, name):
    value = get(realnews(kind), name) or 0.0
    floor = REALNEWS_FLOORS[(kind, name)]
    assert value >= floor, f"{kind} {name} fell to {value} (floor {floor})"


def test_realnews_no_wrong_publication_day(realnews):
    res = realnews("attributions")
    assert res["published"].get("wrong", 0) == 0 and res["published_estimate"].get("wrong", 0) == 0


def test_realnews_stories_floor(evaluate, tmp_path_factory):
    """The story gold's test split (207 articles of two crawl days): B-cubed F1 and copy pairs found
    (measured 0.898 and 94 of 111 at copy precision 0.98 = 97/99 pairs with copies far from their
    original clustered on their own and a wider merge pass in rounds; 0.884 with word-aligned copies and
    stories about another subject kept apart; 0.882 and 83 with rare 3-grams and the story merge
    pass; 0.879 and 64 before; 0.877 and 42 before copies were joined by containment)."""
    res = evaluate.stories("test", tmp_path_factory.mktemp("stories"), MARSAD)
    assert res["bcubed_f1"] >= 0.91  # 0.917 with the retrained tagger (0.898 before)
    assert int(res["copy_pairs_found"].split("/")[0]) >= 94
    assert res["copy_pairs_precision"]["precision"] >= 0.97
    # storylines on the labelled pairs of the split: 1.0 / 0.683 (none of 355 unrelated pairs together);
    # 0.989 / 0.629 (4 of 355) before stories about another subject were kept apart;
    # 0.997 / 0.521 before storylines were made to hold together (9c905c1)
    assert res["storyline_pairs"]["precision"] >= 0.98 and res["storyline_pairs"]["recall_same_storyline"] >= 0.68


def test_realnews_resolution_floor(evaluate, monkeypatch, tmp_path):
    """Entities across articles on the resolution gold's test split (104 of the 319 most mentioned
    spellings in the first 2,000 dev-day articles, 33 confusable pairs): measured merge precision 1.0,
    recall 1.0 (12 of 12 pairs), no confusable pair merged, English names 0.989, places in the right
    country 51 of 53 and none in a wrong one (after names4 1 confusable and 50 places; before it:
    recall 0.917, 2 confusables, English 0.978, places 44)."""
    monkeypatch.setenv("MARSAD_RESOLUTION_CACHE", str(tmp_path))
    import importlib

    resolution = importlib.import_module("resolution")  # eval/realnews, on the path of `evaluate`
    resolution.CACHE = tmp_path
    res = resolution.score("test")
    assert res["merge_precision"] >= 1.0 and res["merge_recall"] >= 1.0
    assert res["confusables_merged"] == 0
    assert res["english_accuracy"] >= 0.98
    assert (res["place_country_right"], res["place_country_wrong"]) >= (51, 0) and res["place_country_wrong"] == 0
