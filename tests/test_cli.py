"""The command line: every command has help with an example; analyze and tag follow the contract."""
import json

import pytest
from click.testing import CliRunner

from marsad.cli import EXIT_INPUT_ERRORS, cli


def all_commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_with_an_example(name):
    res = CliRunner().invoke(cli, [name, "--help"])
    assert res.exit_code == 0, res.output
    assert "Example" in res.output and f"marsad {name}" in res.output


def write_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("عنوان الخبر الأول\nقال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(
        json.dumps({"id": "b1", "title": "عنوان", "content": "نص الخبر الثاني.", "source": "منفذ"},
                   ensure_ascii=False) + "\n{broken json\n", encoding="utf-8")
    return tmp_path / "in"


def test_analyze_writes_contract_files_and_reports_bad_lines(tmp_path):
    inp = write_inputs(tmp_path)
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["analyze", str(inp), "--out", str(out), "--quiet"])
    assert res.exit_code == EXIT_INPUT_ERRORS
    arts = [json.loads(l) for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in arts] == ["a", "b1"]
    assert arts[0]["title"] == "عنوان الخبر الأول"
    assert arts[1]["outlet"] == "منفذ" and arts[1]["text"] == "نص الخبر الثاني."
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"input": f"{inp / 'b.jsonl'}:2", "reason": errors[0]["reason"]}]
    assert errors[0]["reason"].startswith("invalid JSON")
    assert f"{inp / 'b.jsonl'}:2: invalid JSON" in res.stderr
    assert set(json.loads((out / "corpus.json").read_text(encoding="utf-8"))) >= {"entities", "stories", "storylines"}


def test_analyze_missing_input_is_an_error_not_a_crash(tmp_path):
    res = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--quiet"])
    assert res.exit_code == EXIT_INPUT_ERRORS
    assert "no such file or folder" in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8")


def test_analyze_twice_gives_the_same_output(tmp_path):
    inp = write_inputs(tmp_path)
    for name in ("o1", "o2"):
        CliRunner().invoke(cli, ["analyze", str(inp), "--out", str(tmp_path / name), "--quiet"])
    for f in ("articles.jsonl", "corpus.json"):
        assert (tmp_path / "o1" / f).read_bytes() == (tmp_path / "o2" / f).read_bytes()


def test_tag_keeps_lines_and_blank_lines(tmp_path):
    conll = tmp_path / "in.txt"
    conll.write_text("قال O\nبوتين B-PERS\n\n\nفي O\nموسكو B-LOC\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["tag", "--conll", str(conll)])
    assert res.exit_code == 0
    lines = res.output.split("\n")
    assert [l.split("\t")[0] for l in lines] == ["قال", "بوتين", "", "", "في", "موسكو", ""]
    assert all(l.split("\t")[1] in ("O", "B-PER", "I-PER", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG",
                                    "I-ORG", "B-MISC", "I-MISC") for l in lines if l)
