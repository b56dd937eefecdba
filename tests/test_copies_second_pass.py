"""The copy check's second-pass agreement: observed agreement and Cohen's kappa on hand-made labels."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "realnews"))
from copies_second_pass import agreement, compare  # noqa: E402


def test_kappa_on_a_hand_made_list():
    # 10 pairs: both copy 4, both not 3, first copy / second not 2, first not / second copy 1
    first = [1, 1, 1, 1, 0, 0, 0, 1, 1, 0]
    second = [1, 1, 1, 1, 0, 0, 0, 0, 0, 1]
    r = agreement(first, second)
    assert r["n"] == 10 and r["agree"] == 7
    assert r["po"] == pytest.approx(0.7)
    # first: 6 copies of 10, second: 5 of 10 -> pe = 0.6 * 0.5 + 0.4 * 0.5 = 0.5
    assert r["pe"] == pytest.approx(0.5)
    assert r["kappa"] == pytest.approx(0.4)  # (0.7 - 0.5) / (1 - 0.5)


def test_kappa_edge_cases():
    assert agreement([1, 0, 1], [1, 0, 1])["kappa"] == pytest.approx(1.0)
    assert agreement([1, 0], [0, 1])["kappa"] == pytest.approx(-1.0)
    assert agreement([1, 1], [1, 1])["kappa"] is None  # one label throughout: kappa undefined
    with pytest.raises(ValueError):
        agreement([1], [1, 0])


def test_compare_files(tmp_path):
    rows = [("u1", "u2", True), ("u3", "u4", False), ("u5", "u6", True), ("u7", "u8", False)]
    second_labels = [True, False, False, False]
    f1, f2 = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    f1.write_text("".join(json.dumps({"a": a, "b": b, "copy": c, "note": ""}) + "\n" for a, b, c in rows))
    f2.write_text("".join(json.dumps({"a": a, "b": b, "copy": s, "note": "x"}) + "\n"
                          for (a, b, _), s in zip(rows, second_labels)))
    r = compare(f2, f1)
    assert (r["in_common"], r["copies_first"], r["copies_second"]) == (4, 2, 1)
    assert r["agreement"] == 0.75
    # pe = 0.5 * 0.25 + 0.5 * 0.75 = 0.5 -> kappa = (0.75 - 0.5) / 0.5 = 0.5
    assert r["kappa"] == 0.5
    assert [(d["n"], d["a"], d["first"], d["second"]) for d in r["disagreements"]] == [(3, "u5", True, False)]
    assert r["first_copy_second_not"] == 1 and r["first_not_second_not"] == 2
