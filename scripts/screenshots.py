"""Screenshots of the web UI for the README, taken from a running `marsad serve` with headless Chromium.

    make demo                                         # builds demo.db from the shipped sample
    marsad serve --db demo.db --port 8771 &
    .venv/bin/python scripts/screenshots.py --base http://127.0.0.1:8771 --out docs/screenshots

Pages: the front page, the largest story, the person with the most articles and a search.
``--chromium`` points at a browser binary when Playwright's own is not installed.
"""
from __future__ import annotations

import argparse
import json
import urllib.parse
import urllib.request
from pathlib import Path


def get(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8771")
    ap.add_argument("--out", default="docs/screenshots", type=Path)
    ap.add_argument("--query", default="سلوان")
    ap.add_argument("--chromium", help="path of a Chromium binary (default: Playwright's)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    story = max(get(args.base, "/api/stories")["stories"], key=lambda s: len(s["articles"]))
    person = max((e for e in get(args.base, "/api/entities")["entities"] if e["type"] == "PER"),
                 key=lambda e: e["articles"])
    pages = {"home": "/", "story": f"/stories/{story['id']}", "entity": f"/entities/{person['id']}",
             "search": "/search?q=" + urllib.parse.quote(args.query)}
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"] if args.chromium else None)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        for name, path in pages.items():
            page.goto(args.base + path)
            page.screenshot(path=str(args.out / f"{name}.png"))
            print(args.out / f"{name}.png", path)
        browser.close()


if __name__ == "__main__":
    main()
