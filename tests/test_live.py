"""Watch mode end to end against the local site: only new articles are processed, stories
update, and killing the watcher then restarting it loses nothing and duplicates nothing."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from livesite import Site
from marsad.ingest.fetch import Fetcher
from marsad.live import Watcher

MARSAD = [sys.executable, "-m", "marsad.cli"]


@pytest.fixture
def site():
    with Site() as s:
        yield s


def stored_ids(db) -> list[str]:
    """Article ids in a database, one per stored row, read back through `marsad export`."""
    out = db.with_name("export.jsonl")
    subprocess.run(MARSAD + ["export", "--db", str(db), "--format", "jsonl", "--out", str(out)],
                   check=True, capture_output=True)
    return sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line)


def test_cycles_process_only_new_articles_and_update_stories(site, tmp_path):
    db = tmp_path / "live.db"
    feed = f"{site.base}/feed.xml"
    w = Watcher(db, [feed], fetcher=Fetcher(min_interval=0.0))

    first = w.cycle()
    assert first.feeds_ok == 1
    assert sorted(first.new_articles) == [f"{site.base}/news/1.html", f"{site.base}/news/2.html"]
    assert first.errors == []
    assert len(first.new_stories) >= 1

    site.items = [1, 2, 3]                        # one new item on the feed
    second = w.cycle()
    assert second.new_articles == [f"{site.base}/news/3.html"]
    assert site.hits["/news/1.html"] == 1 and site.hits["/news/2.html"] == 1  # never fetched again
    assert len(second.new_stories) == 1           # the Salalah floods are a new event

    third = w.cycle()                             # nothing changed: the feed answers 304
    assert third.feeds_unchanged == 1
    assert third.new_articles == [] and third.new_stories == []

    site.items = [1, 2, 3, 4]                     # a follow-up of the floods
    fourth = w.cycle()
    assert fourth.new_articles == [f"{site.base}/news/4.html"]
    assert fourth.new_stories == []
    assert list(fourth.grown_stories.values()) == [1]
    assert stored_ids(db) == [f"{site.base}/news/{n}.html" for n in (1, 2, 3, 4)]


def test_state_survives_a_new_watcher(site, tmp_path):
    db = tmp_path / "live.db"
    feed = f"{site.base}/feed.xml"
    Watcher(db, [feed], fetcher=Fetcher(min_interval=0.0)).cycle()
    site.items = [1, 2, 3]
    again = Watcher(db, [feed], fetcher=Fetcher(min_interval=0.0)).cycle()
    assert again.new_articles == [f"{site.base}/news/3.html"]
    assert site.hits["/news/1.html"] == 1


def test_broken_feed_is_reported_and_the_watch_goes_on(site, tmp_path):
    db = tmp_path / "live.db"
    w = Watcher(db, [f"{site.base}/bad-feed.xml", f"{site.base}/feed.xml"], fetcher=Fetcher(min_interval=0.0))
    report = w.cycle()
    assert [e.source for e in report.errors] == [f"{site.base}/bad-feed.xml"]
    assert sorted(report.new_articles) == [f"{site.base}/news/1.html", f"{site.base}/news/2.html"]


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [0.0, 0.4, 1.5])
def test_kill_and_restart_loses_nothing_and_duplicates_nothing(site, tmp_path, kill_after):
    db = tmp_path / "live.db"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the local site\n{site.base}/feed.xml\n", encoding="utf-8")
    site.items = [1, 2, 3, 4]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    cmd = MARSAD + ["watch", str(feeds), "--db", str(db), "--every", "1s"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # restart; two cycles finish whatever the killed one left (spooled pages, unfetched items)
    done = subprocess.run(cmd + ["--cycles", "2"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert stored_ids(db) == [f"{site.base}/news/{n}.html" for n in (1, 2, 3, 4)]


def test_watch_exits_3_when_a_feed_failed_as_fetch_does(site, tmp_path):
    """A failed feed is reported and the watch goes on; when it stops it says so by its exit code."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.base}/bad-feed.xml\n{site.base}/feed.xml\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run(MARSAD + ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--every", "1s",
                                    "--cycles", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert f"{site.base}/bad-feed.xml" in done.stderr
    assert stored_ids(tmp_path / "w.db") == [f"{site.base}/news/1.html", f"{site.base}/news/2.html"]
