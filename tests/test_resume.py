"""Crash safety of analyze --db: kill it at several points, run it again, every article once."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

N = 40


def corpus(tmp_path):
    f = tmp_path / "in.jsonl"
    rows = [{"id": f"n{i:02d}", "title": f"خبر رقم {i} عن افتتاح مدرسة جديدة",
             "content": f"افتتح محافظ المدينة اليوم المدرسة رقم {i} في الحي الشمالي، وقال مدير التعليم إن "
                        f"المدرسة تستوعب {100 + i} تلميذا وتضم مختبرات حديثة ومكتبة كبيرة للطلاب."} for i in range(N)]
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return f


def stored(db) -> list[str]:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return [r[0] for r in con.execute("SELECT id FROM articles")]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return []


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [1, 15, 39])
def test_kill_and_resume(tmp_path, kill_at):
    src = corpus(tmp_path)
    db = tmp_path / "r.db"
    cmd = [sys.executable, "-m", "marsad.cli", "analyze", str(src), "--out", str(tmp_path / "o"), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(stored(db)) < kill_at and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = stored(db)
    assert len(before) == len(set(before))
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    after = stored(db)
    assert sorted(after) == [f"n{i:02d}" for i in range(N)]
    out = [json.loads(l)["id"] for l in (tmp_path / "o" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(out) == sorted(after)
