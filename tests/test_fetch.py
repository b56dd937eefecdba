"""The polite fetcher and the feed reader, against a local site (no test touches the internet)."""
import pytest

from livesite import Site
from marsad.ingest.feeds import parse_feed
from marsad.ingest.fetch import Fetcher, FetchError
from marsad.ingest.files import decode_bytes
from marsad.errors import InputError


@pytest.fixture()
def site():
    with Site() as s:
        yield s


def fetcher(**kw):
    return Fetcher(timeout=1.0, retries=kw.pop("retries", 1), backoff=0.05, min_interval=0.0, **kw)


def test_conditional_get_returns_304_when_unchanged(site):
    with fetcher() as f:
        first = f.get(site.base + "/feed.xml")
        second = f.get(site.base + "/feed.xml")
        site.items = [1, 2, 3]
        third = f.get(site.base + "/feed.xml")
    assert (first.status, second.status, third.status) == (200, 304, 200)
    assert [i.url for i in parse_feed(third.content, site.base + "/feed.xml")] == [
        f"{site.base}/news/{n}.html" for n in (1, 2, 3)]


def test_feed_items_have_dates_and_outlet(site):
    with fetcher() as f:
        items = parse_feed(f.get(site.base + "/feed.xml").content, site.base + "/feed.xml")
        arabic = parse_feed(f.get(site.base + "/ar-feed.xml").content, site.base + "/ar-feed.xml")
    assert [(i.published, i.outlet) for i in items] == [("2023-09-13", "أخبار المحلية")] * 2
    assert [i.published for i in arabic] == ["2023-09-13"]     # an Arabic pubDate


def test_malformed_feed_is_an_input_error(site):
    with fetcher() as f:
        page = f.get(site.base + "/bad-feed.xml")
    with pytest.raises(InputError, match="bad-feed.xml: not a"):
        parse_feed(page.content, site.base + "/bad-feed.xml")


@pytest.mark.parametrize("path, reason", [
    ("/error500.html", "HTTP 500 (after 2 attempts)"),
    ("/slow.html", "timed out after 1 s (after 2 attempts)"),
    ("/loop1", "too many redirects (a redirect loop?)"),
    ("/private/page.html", "disallowed by the site's robots.txt"),
    ("/missing.html", "HTTP 404"),
])
def test_bad_urls_fail_with_a_reason(site, path, reason):
    with fetcher() as f, pytest.raises(FetchError) as err:
        f.get(site.base + path)
    assert err.value.source == site.base + path
    assert err.value.reason == reason


def test_500_is_retried(site):
    with fetcher(retries=2) as f, pytest.raises(FetchError):
        f.get(site.base + "/error500.html")
    assert site.hits["/error500.html"] == 3


def test_windows_1256_page_decodes(site):
    from marsad.ingest.html import declared_charset

    with fetcher() as f:
        page = f.get(site.base + "/cp1256.html")
    html = decode_bytes(page.content, "cp1256.html", page.charset or declared_charset(page.content))
    assert "قال المتحدث باسم البلدية" in html


def test_robots_txt_is_read_once_per_host(site):
    with fetcher() as f:
        for n in (1, 2):
            f.get(f"{site.base}/news/{n}.html")
    assert site.hits["/robots.txt"] == 1


def test_non_http_url_is_refused():
    with fetcher() as f, pytest.raises(FetchError, match="only http and https"):
        f.get("file:///etc/passwd")
