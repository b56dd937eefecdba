"""HTML pages: charset declaration, main text and metadata.

Main-text extraction is trafilatura's; this module adds what Arabic sites need
(see :mod:`marsad.text.clean` for the text-dump side):

* layout tables (old portals and agency sites put the whole page in ``<td>``
  cells) are turned into blocks, so their article is not thrown away with the
  data tables; a table of results stays a table and stays out of the body;
* text written straight into a cell or a div and split by ``<br>`` is made
  into paragraphs;
* link blocks opened by a furniture label ("اقرأ أيضا", "مواضيع ذات صلة",
  "المصادر", "الوسوم", a "عاجل" ticker...) are removed before extraction, also
  when they sit inside the article body; so are image boxes with a short caption;
* a precision-first pass falls back to the balanced, then the recall-oriented
  one when it kept much less than the page's main block holds;
* without a date in the metadata, the date shown under the headline is
  reported (``date_text``); the site's date bar above the headline never is.
"""
from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

#: Labels that open a block of links or references, besides the furniture lines
#: of :mod:`marsad.lang.ar.furniture` (compared folded, edge punctuation trimmed).
BLOCK_LABELS = (
    "ذات صلة", "قصص ذات صلة", "موضوعات ذات صلة", "روابط ذات صلة", "مقالات مشابهة", "أخبار مشابهة",
    "قد يعجبك أيضا", "قد يهمك أيضا", "للمزيد", "المزيد من الأخبار",
    "الكلمات المفتاحية", "الكلمات الدالة", "كلمات دالة", "آخر الأخبار", "أحدث الأخبار",
    "أخبار متعلقة", "مراجع", "المراجع", "Related", "Read more", "Read also", "Tags",
)

#: A table cell holding this much text (characters) is page layout, not data.
LAYOUT_CELL_CHARS = 200
#: Tags whose presence in a cell makes its table a layout table.
_LAYOUT_MARKERS = {"table", "h1", "h2", "article", "form", "section", "iframe"}
#: When the precision pass keeps less than this share of the main block's text, a recall pass is tried.
RECALL_FALLBACK_SHARE = 0.6


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


_LABEL_KEYS: frozenset[str] | None = None
_EDGES = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def _label_key(text: str) -> str:
    from marsad.text.normalize import fold

    return _EDGES.sub("", fold(text)).lower()


def _labels() -> frozenset[str]:
    global _LABEL_KEYS
    if _LABEL_KEYS is None:
        from marsad.lang.ar import furniture

        keys = {_label_key(x) for x in (*furniture.LINES, *furniture.LATIN_LINES, *BLOCK_LABELS)}
        _LABEL_KEYS = frozenset(k for k in keys if k)
    return _LABEL_KEYS


def _text_len(el) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _is_layout_table(table) -> bool:
    """A table used to lay the page out: a cell holds a nested table, a heading, a form or a long text."""
    for cell in table.iter("td", "th"):
        if next(cell.iterancestors("table"), None) is not table:
            continue
        if any(d.tag in _LAYOUT_MARKERS for d in cell.iterdescendants() if isinstance(d.tag, str)):
            return True
        if _text_len(cell) >= LAYOUT_CELL_CHARS:
            return True
    return False


def unwrap_layout_tables(tree) -> int:
    """Turn layout tables into plain blocks (data tables stay); returns how many were turned."""
    n = 0
    for table in list(tree.iter("table")):
        if _is_layout_table(table):
            own = [el for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
                   if next(el.iterancestors("table"), None) is table]
            for el in (table, *own):
                el.tag = "div"
            n += 1
    return n


#: Inline tags kept inside a paragraph made from ``<br>``-separated text.
_INLINE = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "sup", "sub", "abbr", "mark", "q", "cite", "time"}
#: Direct text (characters) that makes a ``<br>``-separated element an article text block.
BR_TEXT_CHARS = 150


def _direct_text(el) -> str:
    return (el.text or "") + "".join(c.tail or "" for c in el)


def paragraphs_from_breaks(tree) -> int:
    """Text written straight into a cell, div or span and split by ``<br>`` becomes ``<p>`` paragraphs.

    Old portals and agency sites (ASP.NET labels, table cells) write the article
    this way, and trafilatura looks for paragraphs.
    """
    n = 0
    for el in list(tree.iter("div", "td", "span", "font", "section", "article", "center")):
        if el.find("br") is None or len(_direct_text(el).strip()) < BR_TEXT_CHARS:
            continue
        if next(el.iterancestors("p"), None) is not None:
            continue  # lines of one paragraph
        parts: list = []   # finished children
        cur = None         # the open paragraph

        def open_p():
            nonlocal cur
            if cur is None:
                cur = el.makeelement("p", {})
                parts.append(cur)
            return cur

        def add_text(t):
            if t and t.strip():
                p = open_p()
                if len(p):
                    p[-1].tail = (p[-1].tail or "") + t
                else:
                    p.text = (p.text or "") + t

        add_text(el.text)
        for child in list(el):
            tail, child.tail = child.tail, None
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                cur = None
            elif child.tag in _INLINE:
                open_p().append(child)
            else:
                cur = None
                parts.append(child)
            add_text(tail)
        el.text = None
        for child in list(el):
            el.remove(child)
        el.extend(parts)
        if el.tag in _INLINE:
            el.tag = "div"
        n += 1
    return n


#: Most unlinked text (characters) a related-links box may hold besides its links (dates, notes).
LINK_BLOCK_MAX_PROSE = 300
#: Largest share of the page's text a related-links box may hold.
LINK_BLOCK_MAX_SHARE = 0.3
#: Longest text (words) of an image box taken for the image's caption or credit.
CAPTION_WORDS = 12
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote")


def drop_image_boxes(tree) -> int:
    """Remove boxes holding an image and a short caption or credit line (not body text)."""
    n = 0
    for el in list(tree.iter("div", "td", "center", "span", "font", "p", "figure")):
        if el.getparent() is None or el.find(".//img") is None:
            continue
        if next(el.iterdescendants(*_TEXT_BLOCKS), None) is not None:
            continue
        text = " ".join(t.strip() for t in el.itertext() if t.strip())
        if text and len(text.split()) <= CAPTION_WORDS and not re.search(r"[.!؟?:]\s*$", text):
            el.drop_tree()
            n += 1
    return n


_BLOCKS = ("div", "section", "aside", "nav", "ul", "ol", "dl", "p", "footer", "header", "figure", "form")


def _is_link_block(el, labels: frozenset[str]) -> bool:
    """A block opened by a furniture label whose rest is links, or a short list (sources, tags)."""
    chunks = [t.strip() for t in el.itertext() if t.strip()]
    if not chunks or _label_key(chunks[0]) not in labels:
        return False
    rest = sum(len(c) for c in chunks[1:])
    if rest == 0:
        return True
    linked = sum(_text_len(a) for a in el.iter("a"))
    if rest - linked > LINK_BLOCK_MAX_PROSE or el.find(".//h1") is not None:
        return False  # holds prose (or the headline): an article or a page wrapper, not a box
    if linked >= 0.5 * rest:
        return True
    items = list(el.iter("li"))
    listed = sum(_text_len(li) for li in items)
    return bool(items) and listed >= 0.8 * rest and listed / len(items) <= 120


def drop_link_blocks(tree) -> int:
    """Remove the blocks of :func:`_is_link_block` (related posts, read-also boxes, tickers)."""
    labels = _labels()
    body = tree.find(".//body")
    root = body if body is not None else tree
    page = _text_len(root)
    n = 0
    for el in list(root.iter(*_BLOCKS)):
        if el.getparent() is None or not _attached(el, root):
            continue
        if _text_len(el) > LINK_BLOCK_MAX_SHARE * page:
            continue  # a page wrapper, however many links it has
        if _is_link_block(el, labels):
            el.drop_tree()
            n += 1
    return n


def _attached(el, root) -> bool:
    for a in el.iterancestors():
        if a is root:
            return True
    return el is root


_ASIDE = re.compile(r"comment|sidebar|widget|related|footer", re.I)


def _main_block_chars(tree) -> int:
    """Text of the page's main block: the container with the most paragraph text in its children
    and grandchildren (paragraphs of 80+ characters; comments, sidebars, related boxes,
    navigation and footers left out)."""
    totals: dict = {}
    for p in tree.iter("p"):
        n = _text_len(p)
        if n < 80:
            continue
        ancestors = [a for a in p.iterancestors() if a.tag not in ("body", "html")]
        if any(a.tag in ("aside", "nav", "footer") or _ASIDE.search(" ".join((a.get("class") or "", a.get("id") or "")))
               for a in ancestors):
            continue
        for a in ancestors[:2]:  # paragraphs are children of the body block, or wrapped once
            totals[a] = totals.get(a, 0) + n
    return max(totals.values(), default=0)


_DATE_CLASS = re.compile(r"publish|created|submitted|posted|date|time", re.I)
_NOT_DATE_CLASS = re.compile(r"updat|modif|edit|today|now|current|weather|prayer", re.I)


def visible_date_text(tree, title: str | None) -> str | None:
    """The text of the first date element after the headline: ``<time>``, or a class naming a date.

    Used when the page has no date in its metadata. The headline is the heading
    that carries the title, and only elements after it count: above it sits the
    site's current-date bar, never the article's date; "updated" dates are skipped.
    """
    if not title:
        return None
    want = _label_key(title)
    h1 = None
    for h in tree.iter("h1", "h2"):
        got = _label_key(" ".join(t.strip() for t in h.itertext()))
        if got and (got == want or (len(got) >= 20 and (got in want or want in got))):
            h1 = h
            break
    if h1 is None:
        return None
    seen = 0
    for el in _following(h1):
        seen += 1
        if seen > 60:
            break
        if not isinstance(el.tag, str):
            continue
        marks = " ".join(el.get(a) or "" for a in ("class", "id", "itemprop"))
        if el.tag != "time" and not _DATE_CLASS.search(marks):
            continue
        if _NOT_DATE_CLASS.search(marks):
            continue
        text = " ".join(t.strip() for t in el.itertext() if t.strip())
        if el.tag == "time" and re.match(r"\d{4}-\d{2}-\d{2}", el.get("datetime") or ""):
            return el.get("datetime")
        if text and len(text) <= 100 and re.search(r"\d", text):
            return text
    return None


def _following(el):
    """Elements after ``el`` in document order (not its descendants)."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield sib
            yield from sib.iterdescendants()
        node = node.getparent()


def _run(tree, **kw):
    import trafilatura

    return trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True}, **kw)


_NOTHING = {"text": "", "title": None, "author": None, "sitename": None, "date": None, "date_text": None}


def _field(result, key: str):
    """A field of trafilatura's result (a dict or a Document, depending on its version)."""
    if result is None:
        return None
    return result.get(key) if isinstance(result, dict) else getattr(result, key, None)


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata of a page: keys text, title, author, sitename, date (may be None),
    and date_text, the date shown under the headline when the metadata has none."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return dict(_NOTHING)
    unwrap_layout_tables(tree)
    paragraphs_from_breaks(tree)
    drop_link_blocks(tree)
    drop_image_boxes(tree)
    result = _run(tree, url=url, favor_precision=True)
    text = _field(result, "text") or ""
    main = _main_block_chars(tree)
    for mode in ({}, {"favor_recall": True}):  # balanced, then recall-oriented
        if len(text) >= RECALL_FALLBACK_SHARE * main:
            break
        other = _run(tree, url=url, **mode)
        if len(_field(other, "text") or "") > len(text):  # same tree, same metadata: take it whole
            result, text = other, _field(other, "text") or ""
    if result is None:
        return dict(_NOTHING)
    date = _field(result, "date")
    return {"text": text, "title": _field(result, "title"), "author": _field(result, "author"),
            "sitename": _field(result, "sitename"), "date": date,
            "date_text": None if date else visible_date_text(tree, _field(result, "title"))}

