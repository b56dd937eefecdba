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


# ---- the line rules ------------------------------------------------------------------------------
# clean_lines() runs the page rules, then every line rule on each line in LINE_RULES order (the first
# that decides about a line wins), then the title and tail rules. A rule records why it drops a line
# in ``page.drop``; what it learns on the way (outlet, author, date hints) goes to the page too.

#: Lines at the top of a page where the site's own name is looked for.
SITE_NAME_LINES = 6
#: Longest "place - outlet" dateline naming the site itself.
SITE_DATELINE_WORDS = 8
#: Longest value after a label line ("رئيس التحرير" then a name).
LABEL_VALUE_WORDS = 4
#: Longest source line ("وكالات – العربي") and shortest paragraph a dateline ("الرياض - واس:") opens.
SOURCE_LINE_WORDS, DATELINE_PARAGRAPH_WORDS = 6, 8
#: Longest line that is only an outlet's name; longest byline ("كتب: فلان").
OUTLET_LINE_WORDS, BYLINE_WORDS = 4, 6
#: Title-shaped lines looked at for the title, from the top.
TITLE_CANDIDATES = 8
#: A paragraph has this many words at least; after the last one, lines this short or shorter are a tail.
PARAGRAPH_WORDS, TAIL_WORDS = 8, 5


class _Page:
    """One page being cleaned: its lines and what the rules decided and learned."""

    def __init__(self, lines: list[str]):
        self.lines = [l.strip() for l in lines]
        self.nonempty = [i for i, l in enumerate(self.lines) if l]
        self.drop: dict[int, str] = {}     # line index -> why
        self.hints: list[dict] = []
        self.outlet_votes: list[str] = []
        self.source_line: str | None = None
        self.author: str | None = None
        self.site_key: str | None = None
        joined = "".join(self.lines)
        self.arabic = len(_ARABIC.findall(joined)) > len(_LATIN.findall(joined))

    def next_line(self, n: int) -> int | None:
        """The index of the non-empty line after the ``n``-th one."""
        return self.nonempty[n + 1] if n + 1 < len(self.nonempty) else None


def drop_repeats(page: _Page) -> None:
    """Lines printed twice back to back are captions (or a title printed twice): the repeats go."""
    prev = None
    for i in page.nonempty:
        if prev is not None and page.lines[i] == page.lines[prev]:
            page.drop[i] = "repeat"
            page.drop.setdefault(prev, "caption")
        prev = i


def drop_site_name(page: _Page) -> None:
    """The site's own name near the top ("صحيفة الضفتين") names the outlet."""
    for i in page.nonempty[:SITE_NAME_LINES]:
        name = site_name(page.lines[i])
        if name and i not in page.drop:
            page.drop[i] = "site name"
            page.outlet_votes.append(outlet_named(page.lines[i]) or outlet_named(name) or name)
            page.site_key = _key(name)
            return


def navigation(page: _Page, n: int, i: int, line: str) -> bool:
    """A navigation bar: three or more short items between separators."""
    if is_nav_line(line):
        page.drop[i] = "navigation"
        return True
    return False


def site_dateline(page: _Page, n: int, i: int, line: str) -> bool:
    """"جنيف - الضفتين": a place and the outlet itself, a dateline of the site's own."""
    if page.site_key and _n_words(line) <= SITE_DATELINE_WORDS and re.search(r"[-–—]", line) and \
            any(_key(p) in (page.site_key, _key(line)) for p in re.split(r"\s*[-–—]\s*", line)[1:]):
        page.drop[i] = "dateline"
        return True
    return False


def embedded_post(page: _Page, n: int, i: int, line: str) -> bool:
    """The "— Name (@handle) Month d, yyyy" line of an embedded post: a date hint and maybe the outlet."""
    m = _EMBED_DATELINE.match(line)
    if not m:
        return False
    page.drop[i] = "embed"
    d = line_date(m.group("date"))
    if d:
        page.hints.append({"value": d, "kind": "embed", "line": line})
    handle = m.group("handle").lower()
    for stem, name in _OUTLET_HANDLES.items():
        if handle.startswith(stem):
            page.outlet_votes.append(name)
            break
    return True


#: Most words of a line that an embedded post's link drops: a post is short (a tweet is 280 characters),
#: and a paragraph of the article that cites a link in passing ("... من خلال الأنستجرام (https://instagram.com/p/...")
#: is body.
EMBED_MAX_WORDS = 80


def embed_link(page: _Page, n: int, i: int, line: str) -> bool:
    """A short line linking an embedded post (pic.twitter.com, instagram ...)."""
    if _EMBED_MARK.search(line) and _n_words(line) <= EMBED_MAX_WORDS:
        page.drop[i] = "embed"
        return True
    return False


def date_bar(page: _Page, n: int, i: int, line: str) -> bool:
    """A line that is only a date: the site's date bar above the title, the article's dateline below it."""
    if is_date_line(line):
        page.drop[i] = "datebar"
        page.hints.append({"value": line_date(line), "kind": "datebar", "line": line, "_i": i})
        return True
    return False


def label_and_value(page: _Page, n: int, i: int, line: str) -> bool:
    """A label line ("رئيس التحرير") and the short value after it."""
    if _key(line) not in LABELS:
        return False
    page.drop[i] = "label"
    nxt = page.next_line(n)
    if nxt is not None and _n_words(page.lines[nxt]) <= LABEL_VALUE_WORDS:
        page.drop[nxt] = "label value"
    return True


def furniture_line(page: _Page, n: int, i: int, line: str) -> bool:
    """Page furniture from the vocabulary; "تابعوا موقع X على ..." names the outlet."""
    if not is_furniture(line):
        return False
    page.drop[i] = "furniture"
    f = fold(line)
    for p in ("تابع موقع", "تابعوا موقع"):
        if f.startswith(fold(p)):
            rest = re.sub(r"\s+(على|علي|عبر)(\s.*)?$", "", line.split(None, 2)[-1])
            page.outlet_votes.append(outlet_named(rest) or rest)
    return True


def latin_widget(page: _Page, n: int, i: int, line: str) -> bool:
    """A short Latin-only line in an Arabic page (a widget, "Close")."""
    if page.arabic and _is_latin_widget(line):
        page.drop[i] = "latin widget"
        return True
    return False


def caption_credit(page: _Page, n: int, i: int, line: str) -> bool:
    """A caption ending in a photo credit ("... - رويترز")."""
    if is_caption_credit(line):
        page.drop[i] = "caption"
        return True
    return False


_CONTACT = re.compile(r"^(?:[^@\s]*?\s*[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z]+)+\s*)?(?:"
                      + "|".join(map(re.escape, (fold(c) for c in furniture.CONTACT_OPENERS))) + ")")


def contact_footer(page: _Page, n: int, i: int, line: str) -> bool:
    """A writer's contact footer (an SMS code, an e-mail address)."""
    if _CONTACT.match(fold(line.strip())):
        page.drop[i] = "contact"
        return True
    return False


def sign_off(page: _Page, n: int, i: int, line: str) -> bool:
    """An agency's sign-off: "(النهاية) م ن ع", "// انتهى //"."""
    if _SIGNOFF.match(fold(line)):
        page.drop[i] = "sign-off"
        return True
    return False


def source_line(page: _Page, n: int, i: int, line: str) -> bool:
    """"وكالات – العربي": agencies and/or the outlet, kept in meta; but "الرياض - واس:" opening a
    paragraph is that paragraph's dateline and stays in the body."""
    src = _source_line(line.rstrip(" :-–—"))
    if not (src and _n_words(line) <= SOURCE_LINE_WORDS):
        return False
    nxt = page.next_line(n)
    if _DATELINE_END.search(line) and nxt is not None and _n_words(page.lines[nxt]) >= DATELINE_PARAGRAPH_WORDS:
        agency = outlet_named(re.split(r"\s*[-–—]\s*", line.rstrip(" :-–—"))[-1])
        if agency:  # the place names no outlet
            page.outlet_votes.append(agency)
        return True
    page.drop[i] = "source line"
    page.source_line = line
    if src[1]:
        page.outlet_votes.append(src[1])
    return True


def outlet_name_line(page: _Page, n: int, i: int, line: str) -> bool:
    """A short line that is only an outlet's name."""
    if _n_words(line) <= OUTLET_LINE_WORDS and outlet_named(line):
        page.drop[i] = "outlet name"
        page.outlet_votes.append(outlet_named(line))
        return True
    return False


def byline(page: _Page, n: int, i: int, line: str) -> bool:
    """"كتب: فلان": the author, and a date hint when the byline has a date."""
    low = fold(line)
    for opener in furniture.BYLINE_OPENERS:
        if low.startswith(fold(opener)) and _n_words(line) <= BYLINE_WORDS:
            page.drop[i] = "byline"
            page.author = line[len(opener):].strip(" :") or None
            d = line_date(line)
            if d:
                page.hints.append({"value": d, "kind": "byline", "line": line})
            return True
    return False


#: The line rules, in the order they are tried on each line.
LINE_RULES = (navigation, site_dateline, embedded_post, embed_link, date_bar, label_and_value, furniture_line,
              latin_widget, caption_credit, contact_footer, sign_off, source_line, outlet_name_line, byline)


def take_title(page: _Page) -> None:
    """The title is the first title-shaped line (a title printed twice in a row, taken for a caption,
    may still be it), else the first kept line; what is above it is navigation, a date bar below it
    is the article's dateline, and the title printed again further down goes too."""
    kept = [i for i in page.nonempty if i not in page.drop]
    title = None
    for i in [i for i in page.nonempty if page.drop.get(i) in (None, "caption")][:TITLE_CANDIDATES]:
        if _title_like(page.lines[i]):
            title = i
            for j in kept:
                if j < i:
                    page.drop[j] = "above title"
            break
    if title is None and kept:
        title = kept[0]
    if title is None:
        return
    page.drop[title] = "title"
    for h in page.hints:
        if h.get("_i", -1) > title:
            h["kind"] = "byline"
    for j in page.nonempty:
        if j not in page.drop and page.lines[j] == page.lines[title]:
            page.drop[j] = "title repeat"


def drop_tail(page: _Page) -> None:
    """After the last paragraph, short lines are widgets and link lists."""
    kept = [i for i in page.nonempty if i not in page.drop]
    last_par = max((i for i in kept if _n_words(page.lines[i]) >= PARAGRAPH_WORDS), default=None)
    if last_par is not None:
        for i in kept:
            if i > last_par and _n_words(page.lines[i]) <= TAIL_WORDS:
                page.drop[i] = "tail"


def clean_lines(lines: list[str], *, find_title: bool) -> dict:
    """The line-level cleaner shared by text dumps and extracted HTML text (rules above)."""
    page = _Page(lines)
    drop_repeats(page)
    drop_site_name(page)
    for n, i in enumerate(page.nonempty):
        if i not in page.drop:
            line = page.lines[i]
            any(rule(page, n, i, line) for rule in LINE_RULES)
    if find_title:
        take_title(page)
    drop_tail(page)
    lines, drop = page.lines, page.drop
    body = [lines[i] for i in page.nonempty if i not in drop]
    title_at = next((i for i in page.nonempty if drop.get(i) == "title"), None)
    if title_at is not None and not body:  # a title only when a body follows: a one-line article is all body
        del drop[title_at]
        body, title_at = [lines[title_at]], None
    for h in page.hints:
        h.pop("_i", None)
    return {"title": lines[title_at] if title_at is not None else None, "text": "\n".join(body),
            "removed": [lines[i] for i in page.nonempty if i in drop and drop[i] != "title"],
            "outlet": next((o for o in page.outlet_votes if o), None), "author": page.author,
            "date_hints": page.hints, "source_line": page.source_line}


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
