"""Reading inputs: files and folders of .txt, .html, .json, .jsonl and .jsonl.gz.

:func:`iter_records` walks the inputs in a stable order and yields, for each
article, either an :class:`ArticleRecord` or an :class:`~marsad.errors.InputError`
naming the input and the reason; it never stops on a bad input.
"""
from __future__ import annotations

import gzip
import html as html_lib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import unquote, urlsplit

from marsad.errors import InputError
from marsad.text.normalize import strip_diacritics

#: File endings read, and how one file maps to articles.
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz", ".parquet")
#: Largest input file read (bytes); larger ones are reported, not read.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Largest single article (characters of text or HTML); larger ones are reported.
MAX_ARTICLE_CHARS = 2_000_000


@dataclass
class ArticleRecord:
    """One article as it came in, before cleaning."""

    id: str
    raw: str
    format: str  # "text" or "html"
    source: str  # where it came from: path, or path:line
    fields: dict[str, Any] = field(default_factory=dict)  # url, outlet, title, published, ...
    warnings: list[str] = field(default_factory=list)  # what was repaired on the way in


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Files of a folder, recursively, in sorted order; symlinked folders followed once."""
    seen: set[str] = set()
    errors: list[InputError] = []

    def onerror(e: OSError) -> None:
        errors.append(InputError(e.filename or str(folder), f"cannot read folder: {e.strerror or e}"))

    for root, dirs, files in os.walk(folder, onerror=onerror, followlinks=True):
        yield from errors
        errors.clear()
        real = os.path.realpath(root)
        if real in seen:  # a link back to a folder already walked: a loop
            dirs[:] = []
            yield InputError(root, f"symbolic link loop (already read as {real}); skipped", skipped=True)
            continue
        seen.add(real)
        dirs.sort()
        for f in sorted(files):
            fp = Path(root) / f
            if not fp.exists():
                yield InputError(str(fp), "broken symbolic link; skipped", skipped=True)
            elif _suffix(fp) in SUFFIXES:
                yield fp
            else:
                yield InputError(str(fp), _unsupported(fp) + "; skipped", skipped=True)
    yield from errors


def _unsupported(p: Path) -> str:
    return f"unsupported file type {p.suffix or '(none)'!r}; marsad reads {', '.join(SUFFIXES)}"


def iter_paths(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files to read, folders walked recursively in sorted order; every input that is not read
    (missing, unreadable, unsupported, a link loop) comes out as an InputError naming it."""
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            if not os.access(p, os.R_OK | os.X_OK):
                yield InputError(str(p), "cannot read folder: Permission denied")
            else:
                yield from _walk(p)
        elif p.is_file():
            if _suffix(p) in SUFFIXES:
                yield p
            else:
                yield InputError(str(p), _unsupported(p))
        elif p.is_symlink():
            yield InputError(str(p), "broken symbolic link")
        else:
            yield InputError(str(p), "no such file or folder")


#: Invalid UTF-8 sequences tolerated in an otherwise UTF-8 text (a share of its bytes, or a
#: few in a short text): replaced by U+FFFD, with a warning. Text in another encoding has far more.
MAX_BAD_UTF8, FEW_BAD_UTF8 = 0.01, 8


def decode_bytes(data: bytes, source: str, declared: str | None = None,
                 warnings: list[str] | None = None) -> str:
    """Decode text: UTF-8 (with or without BOM), a declared charset, else a sniffed one.

    UTF-8 with a few invalid bytes (at most 8, or 1% of the bytes) is decoded with replacement
    characters and a warning appended to ``warnings``, not lost.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if bad <= max(FEW_BAD_UTF8, MAX_BAD_UTF8 * len(data)):
        if warnings is not None:
            warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "cannot decode: not UTF-8 and no other encoding fits")
    return str(best)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
    return path.read_bytes()


_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")


def title_from_url(url: Any) -> str | None:
    """The headline many news sites write into the address (``/node/620227/كيف-تسعف-طفلاً.html``).

    The last path segment that reads as at least three words joined by ``-`` or ``_``;
    None for ids, dates and one-word paths.
    """
    if not isinstance(url, str):
        return None
    path = unquote(urlsplit(url).path)
    for seg in reversed([x for x in path.split("/") if x]):
        seg = re.sub(r"\.(html?|php|aspx?)$", "", seg, flags=re.I)
        words = [w for w in re.split(r"[-_+]+", seg) if w]
        if len(words) >= 3 and sum(bool(_SLUG_WORD.fullmatch(strip_diacritics(w))) for w in words) >= 3:
            return " ".join(words)
    return None


def record_from_object(obj: Any, source: str, default_id: str) -> ArticleRecord:
    """An article object of the contract (id, url, outlet/source, title, text/content or html, ...)."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}")
    html = obj.get("html")
    text = obj.get("text") if obj.get("text") is not None else obj.get("content")
    if html is None and text is None:
        raise InputError(source, "article has no 'text', 'content' or 'html'")
    raw, fmt = (html, "html") if html is not None and not text else (text, "text")
    if not isinstance(raw, str):
        raise InputError(source, f"article body is {type(raw).__name__}, not a string")
    title = obj.get("title")
    if not raw.strip() and not (isinstance(title, str) and title.strip()):
        # an empty scrape of a page whose address still carries the headline is kept as that headline
        title = title_from_url(obj.get("url"))
        if not title:
            raise InputError(source, "article has neither text nor a title (nor one in its URL)")
    if len(raw) > MAX_ARTICLE_CHARS:
        raise InputError(source, f"article is {len(raw):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    for key in ("title", "url", "outlet", "source", "published", "author"):
        if obj.get(key) is not None and not isinstance(obj[key], (str, int, float)):
            raise InputError(source, f"field {key!r} is {type(obj[key]).__name__}, not a string")
    if isinstance(title, str) and "&" in title:
        title = html_lib.unescape(title)  # a scraped headline with its HTML entities left in ("&#8220;")
    aid = obj.get("id") or obj.get("url") or default_id
    fields = {
        "url": obj.get("url"), "outlet": obj.get("outlet") or obj.get("source"), "title": title,
        "published": obj.get("published"), "retrieved": obj.get("retrieved") or obj.get("date_extracted"),
        "author": obj.get("author"), "language": obj.get("language"),
    }
    return ArticleRecord(str(aid), raw, fmt, source, {k: v for k, v in fields.items() if v not in (None, "")})


def read_file(path: Path) -> Iterator[ArticleRecord | InputError]:
    """Articles of one file (errors for the file or for single lines of it)."""
    src = str(path)
    suffix = _suffix(path)
    stem = path.name[: -len(suffix)] if suffix else path.name
    try:
        if suffix in (".txt", ".html", ".htm"):
            data = _read_bytes(path)
            declared = None
            if suffix != ".txt":
                from marsad.ingest.html import declared_charset
                declared = declared_charset(data)
            warnings: list[str] = []
            text = decode_bytes(data, src, declared, warnings)
            if not text.strip():
                raise InputError(src, "empty file")
            if len(text) > MAX_ARTICLE_CHARS:
                raise InputError(src, f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
            yield ArticleRecord(stem, text, "text" if suffix == ".txt" else "html", src, warnings=warnings)
        elif suffix == ".json":
            warnings = []
            text = decode_bytes(_read_bytes(path), src, warnings=warnings)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                raise InputError(src, f"invalid JSON: {e.msg} at line {e.lineno}") from None
            except RecursionError:
                raise InputError(src, "invalid JSON: nested too deeply") from None
            items = obj if isinstance(obj, list) else [obj]
            for i, item in enumerate(items):
                isrc = f"{src}[{i}]" if isinstance(obj, list) else src
                try:
                    rec = record_from_object(item, isrc, f"{stem}_{i}" if isinstance(obj, list) else stem)
                    rec.warnings = list(warnings)
                    yield rec
                except InputError as e:
                    yield e
        elif suffix in (".jsonl", ".jsonl.gz"):
            opener = gzip.open if suffix == ".jsonl.gz" else open
            with opener(path, "rb") as fh:
                for n, line in enumerate(fh, 1):
                    lsrc = f"{src}:{n}"
                    if not line.strip():
                        continue
                    try:
                        warnings = []
                        obj = json.loads(decode_bytes(line, lsrc, warnings=warnings))
                        rec = record_from_object(obj, lsrc, f"{stem}_{n}")
                        rec.warnings = warnings
                        yield rec
                    except json.JSONDecodeError as e:
                        yield InputError(lsrc, f"invalid JSON: {e.msg}")
                    except RecursionError:
                        yield InputError(lsrc, "invalid JSON: nested too deeply")
                    except InputError as e:
                        yield e
        elif suffix == ".parquet":
            yield from _read_parquet(path)
    except InputError as e:
        yield e
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield InputError(src, f"cannot read: {e.strerror or e}" if isinstance(e, OSError) else f"cannot read: {e}")


def _read_parquet(path: Path) -> Iterator[ArticleRecord | InputError]:
    """One article per row of a Parquet file (columns as the article object's keys)."""
    import pyarrow.parquet as pq

    src = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(src, f"not a readable Parquet file: {e}") from None
    i = 0
    for batch in pf.iter_batches(batch_size=512):
        for row in batch.to_pylist():
            try:
                yield record_from_object(row, f"{src}[{i}]", f"{path.stem}_{i}")
            except InputError as e:
                yield e
            i += 1


def iter_records(inputs: Iterable[str | os.PathLike]) -> Iterator[ArticleRecord | InputError]:
    """Every article of every input, in input order, with errors in place."""
    for p in iter_paths(inputs):
        if isinstance(p, InputError):
            yield p
        else:
            yield from read_file(p)
