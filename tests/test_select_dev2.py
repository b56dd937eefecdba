"""select_dev2.in_gold: the URLs a draw avoids, leaving out its own gold file and that file's second passes."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "realnews"))

import select_dev2  # noqa: E402


def write(path, urls):
    path.write_text("".join(json.dumps({"url": u, "quotes": []}) + "\n" for u in urls) + "\n", encoding="utf-8")


def folder(tmp_path):
    write(tmp_path / "attributions_dev.jsonl", ["http://example.org/a"])
    write(tmp_path / "attributions_dev9.jsonl", ["http://example.org/b", "http://example.org/c"])
    write(tmp_path / "attributions_dev9_pass2.jsonl", ["http://example.org/b"])
    write(tmp_path / "attributions_dev9_pass2b.jsonl", ["http://example.org/c"])
    write(tmp_path / "attributions_dev10.jsonl", ["http://example.org/d"])
    write(tmp_path / "attributions_dev10_pass2.jsonl", ["http://example.org/d"])
    return tmp_path


def test_in_gold_takes_every_gold_file(tmp_path, monkeypatch):
    monkeypatch.setattr(select_dev2, "HERE", folder(tmp_path))
    assert select_dev2.in_gold() == {f"http://example.org/{x}" for x in "abcd"}


def test_in_gold_leaves_out_a_draws_own_file_and_its_second_passes(tmp_path, monkeypatch):
    monkeypatch.setattr(select_dev2, "HERE", folder(tmp_path))
    # dev9's articles (b, c) are out, though two second-pass files hold them; dev10's are in
    assert select_dev2.in_gold(("attributions_dev9.jsonl",)) == {"http://example.org/a", "http://example.org/d"}
    # a second pass of another gold is no second pass of this one: dev10 keeps d through its own file
    assert select_dev2.in_gold(("attributions_dev10.jsonl",)) == {f"http://example.org/{x}" for x in "abc"}
    assert select_dev2.in_gold(("attributions_dev9.jsonl", "attributions_dev10.jsonl")) == {"http://example.org/a"}
