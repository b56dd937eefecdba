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


def bad_calls(tmp_path):
    """(arguments, exit code, the one line of stderr that says why) for bad files and options."""
    t = tmp_path
    (t / "a.txt").write_text("قال وزير النقل إن الجسر الجديد سيختصر زمن الرحلة.\n", encoding="utf-8")
    (t / "notes.txt").write_text("not a database", encoding="utf-8")
    (t / "bin.conll").write_bytes(b"\x7fELF\x00\x00\x01")
    (t / "empty-dir").mkdir()
    (t / "feeds.txt").write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    db = t / "ok.db"
    runner_ok = CliRunner().invoke(cli, ["analyze", str(t / "a.txt"), "--out", str(t / "o"), "--db", str(db), "-q"])
    assert runner_ok.exit_code == 0, runner_ok.output
    a = str(t / "a.txt")
    return [
        (["analyze", a, "--out", str(t / "w"), "--workers", "0"], 2,
         "Error: Invalid value for '--workers': 0 is not in the range x>=1."),
        (["analyze", a, "--out", str(t / "w"), "--workers", "-3"], 2,
         "Error: Invalid value for '--workers': -3 is not in the range x>=1."),
        (["export", "--db", str(db), "--format", "csv", "--out", str(t / "missing" / "x.csv")], 1,
         f"Error: {t / 'missing' / 'x.csv'}: No such file or directory"),
        (["report", str(t / "empty-dir")], 1,
         f"Error: {t / 'empty-dir'}: no articles.jsonl here; give a folder written by `marsad analyze INPUT --out DIR`"),
        (["search", "x", "--db", str(t / "notes.txt")], 1,
         f"Error: {t / 'notes.txt'}: not a marsad database (file is not a database)"),
        (["search", "x", "--db", str(db), "--since", "yesterday"], 2,
         "Error: Invalid value for '--since': 'yesterday' is not a day; write YYYY-MM-DD, e.g. 2015-07-21"),
        (["search", "x", "--db", str(db), "--until", "2023-13-45"], 2,
         "Error: Invalid value for '--until': '2023-13-45' is not a day; write YYYY-MM-DD, e.g. 2015-07-21"),
        (["search", "x", "--db", str(db), "--limit", "0"], 2,
         "Error: Invalid value for '--limit': 0 is not in the range x>=1."),
        (["tag", "--conll", str(t / "bin.conll")], 1, f"Error: {t / 'bin.conll'}: binary data (NUL bytes), not text"),
        (["watch", str(t / "feeds.txt"), "--db", str(db), "--every", "0s"], 2,
         "Error: Invalid value for --every: the interval '0s' must be a positive time; write e.g. 90s, 10m or 1h"),
        (["watch", str(t / "feeds.txt"), "--db", str(db), "--every", "soon"], 2,
         "Error: Invalid value for --every: cannot read the interval 'soon'; write e.g. 90s, 10m or 1h"),
        (["watch", str(t / "feeds.txt"), "--db", str(db), "--workers", "0"], 2,
         "Error: Invalid value for '--workers': 0 is not in the range x>=1."),
    ]


def test_bad_files_and_options_give_one_line_and_no_traceback(tmp_path):
    import subprocess
    import sys

    for args, code, line in bad_calls(tmp_path):
        p = subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True, timeout=120)
        assert p.returncode == code, (args, p.stderr)
        assert "Traceback" not in p.stderr, args
        assert p.stderr.strip().splitlines()[-1] == line, (args, p.stderr)


def test_serve_says_a_port_in_use_before_serving(tmp_path):
    import socket
    import subprocess
    import sys

    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text("قال وزير النقل إن الجسر الجديد سيختصر زمن الرحلة.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                                    "--db", str(db), "-q"]).exit_code == 0
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        p = subprocess.run([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port)],
                           capture_output=True, text=True, timeout=60)
    assert p.returncode == 1
    assert p.stderr.strip().splitlines() == [f"Error: cannot serve on 127.0.0.1:{port}: Address already in use"]


def test_workers_die_with_the_parent(tmp_path):
    """kill -9 of `marsad analyze --workers 2` leaves no worker behind (they used to linger and
    print BrokenPipe tracebacks)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    rows = [json.dumps({"id": f"a{i}", "title": "عنوان", "content": "قال وزير النقل إن الجسر الجديد سيختصر "
                        f"زمن الرحلة رقم {i} إلى النصف في المدينة. " * 20}, ensure_ascii=False) for i in range(3000)]
    (tmp_path / "many.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "marsad.cli", "analyze", str(tmp_path / "many.jsonl"),
                          "--out", str(tmp_path / "o"), "--workers", "2", "-q"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def children():
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(p.pid)], capture_output=True, text=True).stdout
        return [int(x) for x in out.split()]

    deadline = time.time() + 60
    while len(children()) < 2 and time.time() < deadline:
        time.sleep(0.2)
    workers = children()
    assert len(workers) >= 2
    time.sleep(1.0)
    p.send_signal(signal.SIGKILL)
    _, err = p.communicate(timeout=30)
    deadline = time.time() + 10
    alive = workers
    while alive and time.time() < deadline:
        time.sleep(0.2)
        alive = [w for w in workers if os.path.exists(f"/proc/{w}") and
                 open(f"/proc/{w}/stat").read().split()[2] != "Z"]
    assert alive == [] and "Traceback" not in err
