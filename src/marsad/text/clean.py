"""The cleaner: from what came in (text dump or HTML) to the clean article text.

Sets ``Document.text`` once, with ``title``, ``outlet``, ``author`` and every
dropped line in ``removed`` (nothing is lost). Dates seen outside the body go to
``meta["date_hints"]``; a site's current-date bar ("السبت 16 نوفمبر 2024") is a
hint of kind ``datebar`` and never becomes the publication date.

Plain-text dumps are cleaned line by line:

* furniture lines (a commented vocabulary in marsad.lang.ar.furniture), Latin
  widget lines in an Arabic page, label/value pairs (رئيس التحرير / a name);
* lines printed twice in a row (image captions) and caption credits (… - رويترز);
* embedded social posts (pic.twitter.com, the "— Name (@handle) Month d, yyyy" line);
* date bars, source lines ("وكالات – العربي", kept in ``meta["source_line"]``),
  agency sign-offs ("(النهاية) م ن ع", "// انتهى //"); a dateline opening the
  first paragraph ("الرياض - واس:") is body;
* everything above the title, and short lines after the last paragraph.

>>> r = clean_text_dump("عاجل\\nالرئيسية\\nعنوان الخبر المهم عن الاقتصاد اليوم\\nنص الخبر الأول هنا.\\nشارك")
>>> r["title"], r["text"], r["removed"]
('عنوان الخبر المهم عن الاقتصاد اليوم', 'نص الخبر الأول هنا.', ['عاجل', 'الرئيسية', 'شارك'])
"""
from __future__ import annotations

import datetime as dt
import re

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.ingest.html import extract_html
from marsad.lang.ar import dates as ar_dates
from marsad.lang.ar import furniture, outlets
from marsad.registry import component
from marsad.text.normalize import cleanup, fold

#: Most tags an HTML page may have (a news page has a few thousand; 100k nested divs is an attack).
MAX_HTML_TAGS = 60_000

_PUNCT_EDGES = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def _key(line: str) -> str:
    """A line as compared with the vocabularies: folded, edge punctuation trimmed."""
    return _PUNCT_EDGES.sub("", fold(line))


FURNITURE = frozenset(_key(x) for x in furniture.LINES)
LABELS = frozenset(_key(x) for x in furniture.LABEL_THEN_VALUE)
PREFIXES = tuple(fold(p) for p in furniture.PREFIXES)
CREDITS = tuple(fold(c) for c in furniture.CAPTION_CREDITS)
AGENCIES = frozenset(fold(a) for a in furniture.AGENCY_WORDS)

# outlet lookups: folded name or alias -> canonical; handle stem -> canonical
_OUTLET_NAMES: dict[str, str] = {}
_OUTLET_HANDLES: dict[str, str] = {}
for _name, (_aliases, _handles) in outlets.OUTLETS.items():
    for _a in (_name, *_aliases):
        _OUTLET_NAMES.setdefault(_key(_a), _name)
    for _h in _handles:
        _OUTLET_HANDLES.setdefault(_h.lower(), _name)

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!؟?…:]\s*$")
_EMBED_MARK = re.compile(r"pic\.twitter\.com|twitter\.com/\w+/status|instagram\.com/p/|t\.co/\w+", re.I)
_EMBED_DATELINE = re.compile(r"^[—–-]\s*(?P<who>.+?)\s*\(@(?P<handle>\w+)\)\s*(?P<date>[A-Za-z]+ \d{1,2}, \d{4})\s*$")
_SOURCE_LINE = re.compile(r"^(?P<a>[^\s–—\-|/]+(?: [^\s–—\-|/]+){0,3})\s*[–—\-|/]\s*(?P<b>[^\s–—\-|/]+(?: [^\s–—\-|/]+){0,3})$")

_MONTHS = {fold(k): v for table in (ar_dates.MONTHS_EGYPTIAN, ar_dates.MONTHS_LEVANTINE, ar_dates.MONTHS_MAGHREBI)
           for k, v in table.items()}
_MONTHS.update(ar_dates.MONTHS_LATIN)
_WEEKDAY_WORDS = {fold(k) for k in ar_dates.WEEKDAYS} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?[\s,،]+(\d{{4}})(?!\d)", re.I)
_MDY = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DATE_WORDS = {fold(w) for w in ("الموافق", "هـ", "ه", "م", "/", "-", "|", "،", ",")} | {fold(m) for m in ar_dates.MONTHS_HIJRI}


def line_date(line: str) -> str | None:
    """The first full date (day, month, year) written in a line, as ``YYYY-MM-DD``.

    >>> line_date("السبت 16 نوفمبر / November 2024")
    '2024-11-16'
    """
    f = fold(line).lower()
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy"), (_ISO, "ymd")):
        m = rx.search(f)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "dmy":
                d = dt.date(int(c), _MONTHS[b.lower()], int(a))
            elif order == "mdy":
                d = dt.date(int(c), _MONTHS[a.lower()], int(b))
            else:
                d = dt.date(int(a), int(b), int(c))
        except (ValueError, KeyError):
            continue
        return d.isoformat()
    return None


def is_date_line(line: str) -> bool:
    """True when a line is only a date (a weekday, numbers, month names, الموافق + Hijri)."""
    if len(line) > 80 or not any(c.isdigit() for c in line) or not line_date(line):
        return False
    rest = _MONTH_RE_SUB.sub(" ", fold(line).lower())
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm)?", " ", rest)  # "02:15 م"
    words = [w for w in re.split(r"[\s/|,،\-–—]+", rest) if w and not w.isdigit()]
    return all(w in _WEEKDAY_WORDS or w in _DATE_WORDS for w in words)


_MONTH_RE_SUB = re.compile(rf"{_MONTH_ALT}|{'|'.join(sorted((re.escape(fold(m)) for m in ar_dates.MONTHS_HIJRI), key=len, reverse=True))}", re.I)


def outlet_named(text: str) -> str | None:
    """The canonical outlet a short text names (a line, a source-line part), else None."""
    return _OUTLET_NAMES.get(_key(text))


OUTLET_WORDS = tuple(fold(w) + " " for w in furniture.OUTLET_WORDS)


def is_nav_line(line: str) -> bool:
    """A navigation bar on one line: three or more short items between separators."""
    parts = [p for p in re.split("[" + re.escape(furniture.NAV_SEPARATORS) + "]", line) if p.strip()]
    return len(parts) >= 3 and all(_n_words(p) <= 3 for p in parts)


def site_name(line: str) -> str | None:
    """"صحيفة الضفتين" -> "الضفتين": a site's own name line (short, opened by an outlet word)."""
    f = fold(line.strip())
    if _n_words(line) <= 5 and not _SENTENCE_END.search(line) and f.startswith(OUTLET_WORDS):
        return line.strip().split(None, 1)[1].strip()
    return None


def is_furniture(line: str) -> bool:
    k = _key(line)
    if not k:
        return True
    if k in FURNITURE or line.strip().lower() in furniture.LATIN_LINES:
        return True
    f = fold(line.strip())
    return f.startswith(PREFIXES)


def is_caption_credit(line: str) -> bool:
    """A short line ending in a photo credit after a dash: "الرئيس يصل إلى المطار - رويترز"."""
    f = fold(line.strip())
    if len(_WORDS.findall(f)) > 25 or _SENTENCE_END.search(f.rstrip(")")):
        return False
    m = re.search(r"[-–—|(]\s*([^-–—|()]+?)\s*\)?$", f)
    return bool(m) and m.group(1).strip() in CREDITS


def _n_words(line: str) -> int:
    return len(_WORDS.findall(line))


def _is_latin_widget(line: str) -> bool:
    """A Latin-only short line in an Arabic page (WordPress widgets, 'Close')."""
    return bool(_LATIN.search(line)) and not _ARABIC.search(line) and _n_words(line) <= 15


def _title_like(line: str) -> bool:
    n = _n_words(line)
    return 3 <= n <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", "،"))


def _source_line(line: str) -> tuple[str, str | None] | None:
    """("وكالات – العربي") -> (line, outlet or None) when a line names agencies and/or an outlet."""
    m = _SOURCE_LINE.match(line.strip())
    if not m:
        return None
    parts = [m.group("a"), m.group("b")]
    folded = [_key(p) for p in parts]
    folded = [p if p.split(" ")[0] not in AGENCIES else "وكالات" for p in folded]  # "(وكالة قمران للأنباء)"
    if not any(p in AGENCIES for p in folded) and not any(outlet_named(p) for p in parts):
        return None
    for p, fp in zip(parts, folded):
        if fp not in AGENCIES:
            return line, outlet_named(p) or p.strip()
    return line, None


#: An agency's sign-off: "(النهاية)", "// انتهى //", then the editors' initials ("م ن ع / ع س م").
_SIGNOFF = re.compile(r"^[\s(\[/\-–—*]*(?:النهايه|انتهي)[\s)\]/\-–—*.]*(?:[\u0621-\u064a]{1,2}(?:[\s/\-–—]+|$))*$")
#: A dateline introduces the text after it: "الرياض - واس:", "القاهرة (أ ش أ) --".
_DATELINE_END = re.compile(r"(?::|--|—)\s*$")


def clean_lines(lines: list[str], *, find_title: bool) -> dict:
    """The line-level cleaner shared by text dumps and extracted HTML text."""
    lines = [l.strip() for l in lines]
    drop: dict[int, str] = {}     # line index -> why
    hints: list[dict] = []
    outlet_votes: list[str] = []
    source_line = None
    author = None
    nonempty = [i for i, l in enumerate(lines) if l]
    joined = "".join(lines)
    arabic_page = len(_ARABIC.findall(joined)) > len(_LATIN.findall(joined))

    # lines repeated back to back are captions (or a title printed twice): drop the repeats
    prev = None
    for i in nonempty:
        if prev is not None and lines[i] == lines[prev]:
            drop[i] = "repeat"
            drop.setdefault(prev, "caption")
        prev = i

    # the site's own name at the top of the page names the outlet
    site = None
    for i in nonempty[:6]:
        name = site_name(lines[i])
        if name and i not in drop:
            site = name
            drop[i] = "site name"
            outlet_votes.append(outlet_named(lines[i]) or outlet_named(name) or name)
            break
    site_key = _key(site) if site else None

    for n, i in enumerate(nonempty):
        line = lines[i]
        if i in drop:
            continue
        if is_nav_line(line):
            drop[i] = "navigation"
            continue
        if site_key and _n_words(line) <= 8 and re.search(r"[-–—]", line) and \
                any(_key(p) in (site_key, _key(lines[i])) for p in re.split(r"\s*[-–—]\s*", line)[1:]):
            drop[i] = "dateline"  # "جنيف - الضفتين": place and the outlet itself
            continue
        m = _EMBED_DATELINE.match(line)
        if m:
            drop[i] = "embed"
            d = line_date(m.group("date"))
            if d:
                hints.append({"value": d, "kind": "embed", "line": line})
            handle = m.group("handle").lower()
            for stem, name in _OUTLET_HANDLES.items():
                if handle.startswith(stem):
                    outlet_votes.append(name)
                    break
            continue
        if _EMBED_MARK.search(line):
            drop[i] = "embed"
            continue
        if is_date_line(line):
            drop[i] = "datebar"
            # before the title a date line is the site's date bar; after it, the article's dateline
            hints.append({"value": line_date(line), "kind": "datebar", "line": line, "_i": i})
            continue
        if _key(line) in LABELS:
            drop[i] = "label"
            nxt = nonempty[n + 1] if n + 1 < len(nonempty) else None
            if nxt is not None and _n_words(lines[nxt]) <= 4:
                drop[nxt] = "label value"
            continue
        if is_furniture(line):
            drop[i] = "furniture"
            f = fold(line)
            for p in ("تابع موقع", "تابعوا موقع"):
                if f.startswith(fold(p)):
                    rest = re.sub(r"\s+(على|علي|عبر)(\s.*)?$", "", line.split(None, 2)[-1])
                    outlet_votes.append(outlet_named(rest) or rest)
            continue
        if arabic_page and _is_latin_widget(line):
            drop[i] = "latin widget"
            continue
        if is_caption_credit(line):
            drop[i] = "caption"
            continue
        if _SIGNOFF.match(fold(line)):
            drop[i] = "sign-off"
            continue
        src = _source_line(line.rstrip(" :-–—"))
        if src and _n_words(line) <= 6:
            nxt = nonempty[n + 1] if n + 1 < len(nonempty) else None
            if _DATELINE_END.search(line) and nxt is not None and _n_words(lines[nxt]) >= 8:
                # "الرياض - واس:" opening a paragraph is its dateline: body; the place names no outlet
                agency = outlet_named(re.split(r"\s*[-–—]\s*", line.rstrip(" :-–—"))[-1])
                if agency:
                    outlet_votes.append(agency)
                continue
            drop[i] = "source line"
            source_line = line
            if src[1]:
                outlet_votes.append(src[1])
            continue
        if _n_words(line) <= 4 and outlet_named(line):
            drop[i] = "outlet name"
            outlet_votes.append(outlet_named(line))
            continue
        low = fold(line)
        for opener in furniture.BYLINE_OPENERS:
            if low.startswith(fold(opener)) and _n_words(line) <= 6:
                drop[i] = "byline"
                author = line[len(opener):].strip(" :") or None
                d = line_date(line)
                if d:
                    hints.append({"value": d, "kind": "byline", "line": line})
                break

    kept = [i for i in nonempty if i not in drop]
    title = None
    if find_title:
        # the title is the first title-shaped line; short lines before it are navigation
        # (a title printed twice in a row was taken for a caption: it may still be the title)
        candidates = [i for i in nonempty if drop.get(i) in (None, "caption")]
        for i in candidates[:8]:
            if _title_like(lines[i]):
                title = lines[i]
                for j in kept:
                    if j < i:
                        drop[j] = "above title"
                drop[i] = "title"
                break
        if title is None and kept:
            title = lines[kept[0]]
            drop[kept[0]] = "title"
        for h in hints:
            if h.get("_i", -1) > max((j for j, why in drop.items() if why == "title"), default=10**9):
                h["kind"] = "byline"
        # a title printed again further down goes too
        for j in nonempty:
            if j not in drop and lines[j] == title:
                drop[j] = "title repeat"
    kept = [i for i in nonempty if i not in drop]
    # after the last paragraph, short lines are widgets and link lists
    last_par = max((i for i in kept if _n_words(lines[i]) >= 8), default=None)
    if last_par is not None:
        for i in kept:
            if i > last_par and _n_words(lines[i]) <= 5:
                drop[i] = "tail"
    body = [lines[i] for i in nonempty if i not in drop]
    if title is not None and not body:
        # a title only when a body follows: a one-line article is all body
        t = next(i for i in nonempty if drop.get(i) == "title")
        del drop[t]
        body, title = [lines[t]], None
    removed = [lines[i] for i in nonempty if i in drop and drop[i] != "title"]
    outlet = next((o for o in outlet_votes if o), None)
    for h in hints:
        h.pop("_i", None)
    return {"title": title, "text": "\n".join(body), "removed": removed, "outlet": outlet,
            "author": author, "date_hints": hints, "source_line": source_line}


def clean_text_dump(raw: str) -> dict:
    """Split a plain-text dump into title, body and removed lines (see the module doc)."""
    return clean_lines(cleanup(raw).split("\n"), find_title=True)


def _is_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


@component("clean", needs=("raw",), adds=("text", "title", "outlet", "author", "removed", "published", "warnings",
                                         "meta.date_hints", "meta.source_line"))
def clean(doc: Document) -> Document:
    fields = doc.meta.get("fields", {})
    page_date = None
    if doc.raw_format == "html":
        tags = doc.raw.count("<")
        if tags > MAX_HTML_TAGS:
            raise MarsadError(f"HTML page has {tags:,} tags, over the {MAX_HTML_TAGS:,} limit (not a news page?)")
        page = extract_html(doc.raw, fields.get("url"))
        result = clean_lines(cleanup(page["text"]).split("\n"), find_title=not page["title"])
        if page["title"]:
            result["title"] = cleanup(page["title"]).strip()
            lines = result["text"].split("\n")
            if lines and _key(lines[0]) == _key(result["title"]):
                result["removed"].insert(0, lines[0])
                result["text"] = "\n".join(lines[1:])
        result["outlet"] = page["sitename"] or result["outlet"]
        result["author"] = page["author"] or result["author"]
        page_date = page["date"]
        seen = line_date(page["date_text"]) if not page_date and page.get("date_text") else None
        if seen:  # a date shown under the headline (never the date bar above it)
            result["date_hints"].append({"value": seen, "kind": "byline", "line": page["date_text"]})
    else:
        result = clean_lines(cleanup(doc.raw).split("\n"), find_title=not fields.get("title"))
    doc.set_text(result["text"])
    doc.title = cleanup(str(fields["title"])).strip() if fields.get("title") else result["title"]
    if not doc.text.strip() and not doc.title:
        raise MarsadError("no article text or title could be extracted" +
                          (" from the page" if doc.raw_format == "html" else ""))
    doc.outlet = fields.get("outlet") or result["outlet"]
    doc.author = fields.get("author") or result["author"]
    doc.removed = result["removed"]
    doc.meta["date_hints"] = result["date_hints"]
    if result["source_line"]:
        doc.meta["source_line"] = result["source_line"]
    stated = str(fields["published"]).strip() if fields.get("published") else None
    if stated and not _is_day(stated[:10]):
        doc.warnings.append(f"published {stated!r} is not a calendar day (YYYY-MM-DD); ignored")
        stated = None
    if stated:
        doc.published = {"value": stated[:10], "basis": "metadata", "note": None}
    elif page_date and _is_day(str(page_date)[:10]):
        doc.published = {"value": str(page_date)[:10], "basis": "metadata", "note": "page metadata"}
    else:
        byline = [h for h in result["date_hints"] if h["kind"] == "byline"]
        if byline:
            doc.published = {"value": byline[0]["value"], "basis": "page", "note": byline[0]["line"]}
    return doc
