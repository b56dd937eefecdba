"""Draw the next blind dates-only gold (dates_dev4.jsonl's 30 articles; dev2 and dev3 used the same recipe).

SaudiNewsNet development days only (`snn.dev_days()`: lines 1..15,042), 300-5,000 characters,
distinct contents, in no gold file of this folder, with at least 3 date-like strings (a plain
regex, not marsad); per outlet ordered by sha1(url), the first 2 of each outlet and a third for
the 6 outlets whose third sha1 is smallest. Prints one {"gid", "url", "outlet", "split"} per line:
    python3 eval/realnews/draw_dates.py > /tmp/dev4_articles.jsonl

`--dev5` (dates_dev5.jsonl, biased toward durations and ranges): the same pool, and of it only the
articles with at least 3 range-or-duration markers (`DURISH`, a plain regex, not marsad: منذ،
خلال، لمدة، طوال، في غضون، قبل/بعد + a number or a unit, a plural or dual time unit, a week/month/
year/days with الماضي/المقبل/القادم/الجاري, and من/بين ... إلى/حتى/و around a number or a date word of `DATEISH`);
per outlet by sha1(url), the first 2 of each outlet and a third for the 6 outlets whose third sha1 is
smallest (30 articles, gids d5_NN):
    python3 eval/realnews/draw_dates.py --dev5 > /tmp/dev5_articles.jsonl

`--dev6` (dates_dev6.jsonl): the --dev5 recipe again (same pool and markers); since dev5's articles
are now in a gold file, it gives the next 30 by sha1(url) (gids d6_NN, split "dev6"):
    python3 eval/realnews/draw_dates.py --dev6 > /tmp/dev6_articles.jsonl
"""
import collections
import hashlib
import json
import pathlib
import re
import sys

import snn

HERE = pathlib.Path(__file__).resolve().parent
DATEISH = re.compile(
    r"يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    r"|محرم|صفر|ربيع|جماد|رجب|شعبان|رمضان|شوال|القعدة|الحجة"
    r"|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"
    r"|أمس|غدا|غداً|الماضي|المقبل|الجاري"
    r"|\b(?:19|20|14)\d\d\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
_UNIT = r"(?:يوم|أيام|يومين|يوما|يومًا|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|شهرا|سنة|سنوات|سنتين|عام|أعوام|عامين|عاما|عامًا|ساعة|ساعات|عقد|عقود)"
_DATEWORD = DATEISH.pattern.split("|\\b(?:19")[0]
DURISH = re.compile(
    r"\bمنذ\b|\bخلال\b|لمدة|طوال|في غضون"
    r"|\b(?:قبل|بعد)\s+(?:نحو\s+|حوالي\s+)?(?:\d+|" + _UNIT + r"|عدة|بضعة|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر)"
    r"|\b(?:أيام|أسابيع|أسبوعين|أشهر|شهور|شهرين|سنوات|أعوام|عامين|سنتين)\b"
    r"|(?:الأسبوع|الشهر|العام|السنة|الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام)\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية)"
    r"|\b(?:من|بين)\s+(?:\S+\s+){0,3}?(?:\d+|" + _DATEWORD + r")\S*\s+(?:\S+\s+){0,4}?(?:إلى|الى|حتى|وحتى|و)\s*\S*(?:\d|" + _DATEWORD + r")")


def sha(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def gold_urls():
    urls = set()
    for p in HERE.glob("*.jsonl"):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                urls.update(r[k] for k in ("url", "url_a", "url_b") if isinstance(r.get(k), str))
    return urls


def main(argv=()):
    dev6 = "--dev6" in argv
    dev5 = "--dev5" in argv or dev6
    tag = "d6" if dev6 else "d5" if dev5 else "d4"
    taken, seen = gold_urls(), set()
    by_outlet = collections.defaultdict(list)
    for r in snn.dev_days():
        c = r["content"]
        if not 300 <= len(c) <= 5000 or c in seen or r["url"] in taken:
            continue
        seen.add(c)
        if len(DATEISH.findall(c)) >= 3 and (not dev5 or len(DURISH.findall(c)) >= 3):
            by_outlet[r["source"]].append(r["url"])
    pools = {o: sorted(u, key=sha) for o, u in by_outlet.items()}
    pick = [(o, u) for o in sorted(pools) for u in pools[o][:2]]
    thirds = sorted((sha(p[2]), o) for o, p in pools.items() if len(p) > 2)[:6]
    pick += [(o, pools[o][2]) for _, o in thirds]
    for i, (o, u) in enumerate(sorted(pick), 1):
        print(json.dumps({"gid": f"{tag}_{i:02d}", "url": u, "outlet": o,
                          "split": "dev" + tag[1]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
