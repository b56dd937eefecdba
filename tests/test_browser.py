"""The web UI in a real browser (Debian's Chromium driven by Playwright; never downloaded).

Skipped with a reason when /usr/bin/chromium is absent.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (scripts/install_browser.sh)")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from marsad.store import analyze_into_db
    from marsad.web.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    rows = [
        {"id": "h1", "title": "خبر فيه شيفرة", "published": "2023-10-18",
         "content": '<script>window.__pwned=1</script> قال المتحدث إن "><img src=x onerror="window.__pwned=2"> '
                    "الحكومة ستواصل دعم المزارعين في كل المحافظات خلال العام المقبل."},
        {"id": "h2", "title": "لافروف يصل إلى بيونغ يانغ", "published": "2023-10-18",
         "content": "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم الأربعاء في زيارة تستغرق يومين. "
                    "وقال لافروف: «جئنا لنعمق التعاون بين بلدينا في كل المجالات». Moscow and Pyongyang sign a plan."},
    ]
    f = tmp / "in.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp / "b.db"
    analyze_into_db([str(f)], str(db))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="error"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", tmp
    srv.should_exit = True
    t.join(timeout=5)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page()
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs
        yield pg
        browser.close()


def test_story_to_cited_sentence(server, page):
    base, tmp = server
    page.goto(base + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.click("text=لافروف يصل إلى بيونغ يانغ")
    page.wait_for_load_state()
    assert "/stories/" in page.url
    page.locator("a.cite").first.click()
    page.wait_for_load_state()
    assert "/articles/h2" in page.url
    assert page.locator("#hl").count() == 1
    page.screenshot(path=str(tmp / "article.png"), full_page=True)


def test_search_and_entity(server, page):
    base, _ = server
    page.goto(base + "/")
    page.fill("input[name=q]", "بيونج يانج")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state()
    assert page.locator(".card").count() == 1
    page.click(".card a")
    page.wait_for_load_state()
    page.locator("span.ent a").first.click()
    page.wait_for_load_state()
    assert "/entities/" in page.url


def test_hostile_article_renders_as_text(server, page):
    base, _ = server
    page.goto(base + "/articles/h1")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("pre.article img").count() == 0
    assert "<script>window.__pwned=1</script>" in page.inner_text("pre.article")
    assert page.dialogs == []
