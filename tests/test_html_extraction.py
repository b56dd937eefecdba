"""HTML extraction on 20 fixture pages in the layouts of real Arabic news sites.

Each ``tests/fixtures/html/NN_name.html`` has the article body we meant
(``NN_name.body.txt``: paragraphs and in-body subheadings, one a line) and its
metadata (``NN_name.meta.json``: title, author, published, and ``datebar``, the
site's current-date bar, when the page shows one that is not the article's date).
The pages run through ``marsad.analyze`` as ``marsad analyze`` does; the body is
scored by bag-of-tokens F1. Run with ``-s`` for the per-page table.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import marsad

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))
PAGE_F1_FLOOR = 0.90
MEAN_F1_FLOOR = 0.95


def tokens(text: str) -> list[str]:
    """Whitespace tokens with edge punctuation and symbols stripped (empty ones dropped)."""
    out = []
    for tok in unicodedata.normalize("NFC", text).split():
        i, j = 0, len(tok)
        while i < j and unicodedata.category(tok[i])[0] in "PS":
            i += 1
        while j > i and unicodedata.category(tok[j - 1])[0] in "PS":
            j -= 1
        if i < j:
            out.append(tok[i:j])
    return out


def token_f1(output: str, gold: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the output's tokens against the gold body's, as bags."""
    out, ref = Counter(tokens(output)), Counter(tokens(gold))
    overlap = sum((out & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(out.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


_MARKUP_DATE = re.compile(
    r""""datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})"""
    r"""|<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|"""
    r"""publishedDate|pubdate|date)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})""", re.I)


def markup_date(html: str) -> str | None:
    """The publication date a page carries in JSON-LD or meta tags (None when only in its text)."""
    m = _MARKUP_DATE.search(html)
    return (m.group(1) or m.group(2)) if m else None


def read_html(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1256")


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    result = marsad.analyze(PAGES)
    assert not result.errors, result.errors
    docs = {d.id: d for d in result.documents}
    rows = {}
    for page in PAGES:
        stem = page.name[: -len(".html")]
        doc = docs[stem]
        gold = (FIXTURES / f"{stem}.body.txt").read_text(encoding="utf-8")
        meta = json.loads((FIXTURES / f"{stem}.meta.json").read_text(encoding="utf-8"))
        p, r, f = token_f1(doc.text, gold)
        rows[stem] = {"doc": doc, "meta": meta, "p": p, "r": r, "f1": f, "html": read_html(page)}
    print(f"\n{'page':34} {'P':>6} {'R':>6} {'F1':>6}  title  author  published")
    for stem, row in rows.items():
        doc, meta = row["doc"], row["meta"]
        print(f"{stem:34} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f}  "
              f"{'ok' if doc.title == meta['title'] else 'WRONG':5}  "
              f"{'ok' if tokens(doc.author or '') == tokens(meta['author'] or '') else 'WRONG':6}  "
              f"{doc.published['value']} (want {meta['published']})")
    print(f"{'mean':34} {'':6} {'':6} {sum(r['f1'] for r in rows.values()) / len(rows):6.3f}")
    return rows


def test_there_are_twenty_pages():
    assert len(PAGES) == 20
    for page in PAGES:
        stem = page.name[: -len(".html")]
        assert (FIXTURES / f"{stem}.body.txt").is_file() and (FIXTURES / f"{stem}.meta.json").is_file()


def test_token_f1_helper():
    assert tokens("قال: «نعم»، ثم (غادر).") == ["قال", "نعم", "ثم", "غادر"]
    assert token_f1("أ ب ج", "أ ب ج") == (1.0, 1.0, 1.0)
    p, r, f = token_f1("أ ب", "أ ب ج د")
    assert (p, r) == (1.0, 0.5) and abs(f - 2 / 3) < 1e-9


@pytest.mark.parametrize("page", [p.name[: -len(".html")] for p in PAGES])
def test_page_body_f1(results, page):
    row = results[page]
    assert row["f1"] >= PAGE_F1_FLOOR, (f"{page}: F1 {row['f1']:.3f} (P {row['p']:.3f}, R {row['r']:.3f})\n"
                                        f"--- output ---\n{row['doc'].text}")


def test_mean_body_f1(results):
    mean = sum(r["f1"] for r in results.values()) / len(results)
    assert mean >= MEAN_F1_FLOOR, f"mean token F1 {mean:.3f} < {MEAN_F1_FLOOR}"


@pytest.mark.parametrize("page", [p.name[: -len(".html")] for p in PAGES])
def test_page_title(results, page):
    row = results[page]
    assert row["doc"].title == row["meta"]["title"]


@pytest.mark.parametrize("page", [p.name[: -len(".html")] for p in PAGES])
def test_page_author(results, page):
    """The byline's author (punctuation aside: "د. هالة" and "د هالة" are one name); none for agencies."""
    row = results[page]
    assert tokens(row["doc"].author or "") == tokens(row["meta"]["author"] or "")


@pytest.mark.parametrize("page", [p.name[: -len(".html")] for p in PAGES])
def test_page_published(results, page):
    row = results[page]
    got, meta = row["doc"].published["value"], row["meta"]
    if meta.get("datebar"):
        assert got != meta["datebar"], f"{page}: the site's date bar was taken for the publication date"
    in_markup = markup_date(row["html"])
    if meta["published"] and in_markup:
        assert in_markup == meta["published"], f"{page}: fixture metadata disagrees with the page"
        assert got == meta["published"]
    elif got is not None and meta["published"]:
        assert got == meta["published"], f"{page}: a wrong date {got}"


def test_layout_tables_become_blocks_and_data_tables_stay():
    from lxml import html as lh

    from marsad.ingest.html import unwrap_layout_tables

    long = "نص طويل من فقرات الخبر " * 12
    tree = lh.fromstring(f"<html><body><table id='page'><tr><td>{long}</td></tr></table>"
                         "<table id='data'><tr><td>المغرب</td><td>11</td></tr></table></body></html>")
    assert unwrap_layout_tables(tree) == 1
    assert tree.find(".//*[@id='page']").tag == "div" and tree.find(".//*[@id='data']").tag == "table"


def test_a_page_wrapper_full_of_links_is_not_a_related_box():
    from marsad.ingest.html import extract_html

    nav = "".join(f"<li><a href='/s{i}'>قسم رقم {i} من أقسام الموقع الإخباري</a></li>" for i in range(40))
    page = (f"<html><body><div id='wrap'><ul><li><a href='/'>الرئيسية</a></li>{nav}</ul><article>"
            "<h1>المجلس البلدي يقر خطة جديدة للطرق</h1><p>أقر المجلس البلدي مساء الإثنين خطة لصيانة الطرق "
            "الداخلية في أحياء المدينة القديمة بكلفة تقدر بمليون دينار خلال العام المقبل.</p>"
            "<div class='related'><h3>اقرأ أيضا</h3><a href='/x'>البلدية تطلق تطبيقا للشكاوى</a></div>"
            "</article></div></body></html>")
    text = extract_html(page)["text"]
    assert "خطة لصيانة الطرق" in text and "تطبيقا للشكاوى" not in text
