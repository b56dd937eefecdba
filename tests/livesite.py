"""A local news site for the live tests: feeds and pages written for marsad, served on 127.0.0.1.

The site's content can change between watch cycles (``site.items``) and it
counts requests per path, so tests can check what was (not) fetched again.
"""
from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = {
    1: ("وزير الطاقة يفتتح محطة شمسية في أسوان",
        "افتتح وزير الطاقة اليوم الأربعاء محطة للطاقة الشمسية في أسوان. وقال الوزير إن المحطة ستغطي حاجة "
        "مئة ألف منزل. وأضاف: «هذه بداية مرحلة جديدة»."),
    2: ("المحطة الشمسية في أسوان تبدأ الإنتاج",
        "بدأت المحطة الشمسية في أسوان الإنتاج أمس الأربعاء بعد افتتاحها رسميا. وأكد مدير المحطة أن الإنتاج "
        "سيرتفع تدريجيا خلال الشهر المقبل."),
    3: ("فيضانات في مدينة صلالة",
        "شهدت مدينة صلالة فيضانات واسعة يوم الجمعة. وقالت هيئة الأرصاد إن الأمطار ستستمر حتى يوم الأحد."),
    4: ("عودة الحركة إلى طرق صلالة",
        "عادت الحركة إلى طرق صلالة اليوم الاثنين بعد انحسار الفيضانات، بحسب شرطة المدينة."),
}


def page_html(n: int) -> str:
    title, body = ARTICLES[n]
    paras = "".join(f"<p>{p}</p>" for p in body.split(". "))
    return (f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{title}'></head><body><nav><a href='/'>الرئيسية</a>"
            f"<a href='/sport'>رياضة</a></nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")


def rss(base: str, items: list[int], arabic_dates: bool = False) -> str:
    out = []
    for n in items:
        date = "الأربعاء، 13 سبتمبر 2023" if arabic_dates else formatdate(1694599200 + n * 3600, usegmt=True)
        out.append(f"<item><title>{ARTICLES[n][0]}</title><link>{base}/news/{n}.html</link>"
                   f"<pubDate>{date}</pubDate></item>")
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>أخبار المحلية</title>"
            f"<link>{base}/</link>{''.join(out)}</channel></rss>")


class Site:
    def __init__(self):
        self.items = [1, 2]
        self.hits: dict[str, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send(self, status, body: bytes = b"", ctype="text/html; charset=utf-8", headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                if path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if path == "/feed.xml":
                    body = rss(site.base, site.items).encode("utf-8")
                    etag = '"%d"' % hash(tuple(site.items))
                    if self.headers.get("If-None-Match") == etag:
                        return self.send(304)
                    return self.send(200, body, "application/rss+xml", {"ETag": etag})
                if path == "/ar-feed.xml":
                    return self.send(200, rss(site.base, [3], arabic_dates=True).encode("utf-8"), "application/rss+xml")
                if path == "/bad-feed.xml":
                    return self.send(200, b"<rss><channel><item><title>broken", "application/rss+xml")
                if path.startswith("/news/") and path.endswith(".html"):
                    n = int(path[len("/news/"):-len(".html")])
                    return self.send(200, page_html(n).encode("utf-8"))
                if path == "/cp1256.html":
                    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
                            "<title>خبر بترميز قديم</title></head><body><article><h1>خبر بترميز قديم</h1>"
                            "<p>قال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي يوم الخميس المقبل في كل الأحياء.</p>"
                            "</article></body></html>")
                    return self.send(200, html.encode("cp1256"), "text/html")
                if path == "/slow.html":
                    time.sleep(2.0)
                    return self.send(200, page_html(1).encode("utf-8"))
                if path == "/error500.html":
                    return self.send(500, b"server error")
                if path == "/loop1":
                    return self.send(302, b"", headers={"Location": "/loop2"})
                if path == "/loop2":
                    return self.send(302, b"", headers={"Location": "/loop1"})
                if path.startswith("/private/"):
                    return self.send(200, page_html(1).encode("utf-8"))
                return self.send(404, b"not found")

        return Handler
