"""Polite HTTP fetching: robots.txt, a per-host rate limit, conditional GET, timeouts, retries.

>>> f = Fetcher(min_interval=1.0)               # doctest: +SKIP
>>> page = f.get("https://example.org/news/1")  # doctest: +SKIP
>>> page.status, page.text[:20]                 # doctest: +SKIP

Errors never escape as library exceptions: a page that cannot be had raises
:class:`FetchError` naming the URL and the reason (timeout, HTTP status,
redirect loop, disallowed by robots.txt, too large).
"""
from __future__ import annotations

import logging
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from marsad._version import __version__
from marsad.errors import InputError

log = logging.getLogger(__name__)

USER_AGENT = f"marsad/{__version__} (Arabic news observatory; +https://example.invalid/marsad)"
#: Largest response body read (bytes).
MAX_BYTES = 10 * 1024 * 1024
#: HTTP statuses worth another try (server trouble, rate limiting).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(InputError):
    """A URL could not be fetched; ``source`` is the URL."""


@dataclass
class Page:
    url: str            # the final URL, after redirects
    status: int         # 200, or 304 when not modified
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset" and v:
                return v.strip("\"'").lower()
        return None


class Fetcher:
    """An HTTP client that is polite to every host it visits.

    ``validators`` maps a URL to its last ``ETag`` / ``Last-Modified``; pass the
    same dict again (e.g. loaded from a state file) to make the next GET conditional.
    """

    def __init__(self, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
                 min_interval: float = 1.0, max_redirects: int = 5, respect_robots: bool = True,
                 validators: dict[str, dict[str, str]] | None = None, transport: httpx.BaseTransport | None = None):
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.respect_robots = respect_robots
        self.validators = validators if validators is not None else {}
        self._last_hit: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=max_redirects,
                                   headers={"User-Agent": USER_AGENT}, transport=transport)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- politeness ----------------------------------------------------------------------
    def _wait_for_host(self, host: str) -> None:
        last = self._last_hit.get(host)
        if last is not None:
            delay = self.min_interval - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)
        self._last_hit[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets marsad fetch it (no robots.txt: yes)."""
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rp: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                self._wait_for_host(parts.netloc)
                r = self.client.get(root + "/robots.txt")
                if r.status_code == 200:
                    rp.parse(r.text.splitlines())
                else:
                    rp = None  # no robots.txt (or an error): nothing is disallowed
            except httpx.HTTPError:
                rp = None
            self._robots[root] = rp
        rp = self._robots[root]
        return rp is None or rp.can_fetch(USER_AGENT, url)

    # ---- fetching ------------------------------------------------------------------------
    def get(self, url: str) -> Page:
        """GET ``url`` (conditionally when validators are known); raises :class:`FetchError`."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "only http and https URLs are fetched")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt")
        headers = {}
        known = self.validators.get(url, {})
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        host = urlsplit(url).netloc
        last_error = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            self._wait_for_host(host)
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    if r.status_code == 304:
                        return Page(str(r.url), 304, b"", dict(r.headers))
                    if r.status_code in RETRY_STATUSES:
                        last_error = f"HTTP {r.status_code}"
                        continue
                    if r.status_code >= 400:
                        raise FetchError(url, f"HTTP {r.status_code}")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > MAX_BYTES:
                            raise FetchError(url, f"response over {MAX_BYTES:,} bytes")
                    validators = {k: v for k, v in (("etag", r.headers.get("etag")),
                                                    ("last_modified", r.headers.get("last-modified"))) if v}
                    if validators:
                        self.validators[url] = validators
                    return Page(str(r.url), r.status_code, bytes(body), dict(r.headers))
            except httpx.TooManyRedirects:
                raise FetchError(url, "too many redirects (a redirect loop?)") from None
            except httpx.TimeoutException:
                last_error = f"timed out after {self.timeout:g} s"
            except httpx.HTTPError as e:
                last_error = f"{type(e).__name__}: {e}"
        raise FetchError(url, f"{last_error} (after {self.retries + 1} attempts)")
