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

`--dev7` (dates_dev7.jsonl, issue 27: text unlike the earlier golds, durations and ranges first): the
same pool cut to 300-3,500 characters and without lines 9,001..11,000 (kept unlabeled to check
rules on); 12 weighted articles, per outlet the first by sha1(url) with 3 or more `DATEISH` strings
and 2 or more `STRONG` markers (a plain regex, not marsad: منذ/خلال/لمدة/طوال/قبل/بعد/في غضون + a
number or count word + a time unit; من/بين ... إلى/حتى/و around a time unit or a date word; a week,
month, year or plural unit with الماضي/المقبل/القادم/الجاري; a Hijri date or هـ; رمضان/العيد periods;
a season), then 8 at random (first by sha1("dev7:" + url), at most one per outlet, among the rest
of the pool with 2 or more `DATEISH` strings), then 6 more for durations and ranges (the next by
sha1("dev7b:" + url), at most one per outlet, among the unpicked with 2 or more `COUNTED` markers:
a preposition of time + a count + a unit, or a range of numbered days, months or years); gids d7_NN, split "dev7":
    python3 eval/realnews/draw_dates.py --dev7 > /tmp/dev7_articles.jsonl
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


_COUNT = r"(?:\d+|عدة|بضعة|بضع|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرة|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|نحو|حوالي|قرابة|أكثر من)"
_PLUNIT = r"(?:أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|سنة|سنوات|سنين|سنتين|عام|أعوام|عامين|عقد|عقود)"
STRONG = re.compile(
    r"\b(?:منذ|خلال|لمدة|طوال|قبل|بعد|غضون)\s+(?:ال)?(?:" + _COUNT + r"\s+){1,2}(?:ال)?" + _UNIT
    + r"|\b(?:منذ|خلال|لمدة|طوال|قبل|بعد|غضون)\s+" + _PLUNIT
    + r"|\b(?:من|بين)\s+(?:\S+\s+){0,3}?(?:" + _UNIT + r"|" + _DATEWORD + r")\S*\s+(?:\S+\s+){0,4}?(?:إلى|الى|حتى|وحتى|و)\s*\S*"
    + r"|(?:الأسبوع|الشهر|العام|السنة|الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام|الفترة)\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الأخيرة)"
    + r"|\b14\d\dه|\d\s*هـ|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة|العيد|عيد الفطر"
    + r"|الصيف|الشتاء|الربيع|الخريف")

COUNTED = re.compile(
    r"\b(?:منذ|خلال|لمدة|طوال|قبل|بعد|غضون)\s+(?:ال)?(?:" + _COUNT + r"\s+){1,2}(?:ال)?" + _UNIT
    + r"|\b(?:منذ|خلال|قبل|بعد|غضون)\s+(?:أيام|يومين|أسبوع|أسابيع|أسبوعين|شهرين|أشهر|سنتين|عامين|سنوات|أعوام)"
    + r"|\b(?:من|بين)\s+(?:عامي\s+|عام\s+)?\d+\s*(?:\S+\s+){0,2}?(?:إلى|الى|حتى|وحتى|و|-)\s*\d+")


def sha(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def gold_urls(skip=()):
    """URLs of this folder's gold files, except the files in skip and their second passes (the
    same articles: dates_dev7_pass2.jsonl is skipped with dates_dev7.jsonl)."""
    stems = tuple(name[:-len(".jsonl")] + "_pass2" for name in skip)
    urls = set()
    for p in HERE.glob("*.jsonl"):
        if p.name in skip or (stems and p.name.startswith(stems)):
            continue
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                urls.update(r[k] for k in ("url", "url_a", "url_b") if isinstance(r.get(k), str))
    return urls


def draw_dev7():
    """The dev7 draw (see the module docstring): 12 weighted articles, one per outlet, and 8 at random."""
    taken, seen = gold_urls(skip=("dates_dev7.jsonl",)), set()  # its own gold: the draw stays reproducible
    weighted, rest, texts = collections.defaultdict(list), [], {}
    for n, r in enumerate(snn.dev_days(), 1):
        c = r["content"]
        if 9001 <= n <= 11000 or not 300 <= len(c) <= 3500 or c in seen or r["url"] in taken:
            continue
        seen.add(c)
        dateish = len(DATEISH.findall(c))
        if dateish >= 3 and len(STRONG.findall(c)) >= 2:
            weighted[r["source"]].append(r["url"])
        if dateish >= 2:
            rest.append((r["source"], r["url"]))
            texts[r["url"]] = c
    pick = [(o, sorted(u, key=sha)[0]) for o, u in sorted(weighted.items())]
    chosen, outlets = {u for _, u in pick}, collections.Counter()
    for o, u in sorted(rest, key=lambda p: sha("dev7:" + p[1])):
        if len(pick) >= 20:
            break
        if u not in chosen and not outlets[o]:
            outlets[o] += 1
            pick.append((o, u))
    chosen, outlets = {u for _, u in pick}, collections.Counter()
    counted = {u for _, u in rest if u not in chosen}
    for o, u in sorted(rest, key=lambda p: sha("dev7b:" + p[1])):
        if len(pick) >= 26:
            break
        if u in counted and not outlets[o] and len(COUNTED.findall(texts[u])) >= 2:
            outlets[o] += 1
            pick.append((o, u))
    return pick


def main(argv=()):
    if "--dev7" in argv:
        for i, (o, u) in enumerate(draw_dev7(), 1):
            print(json.dumps({"gid": f"d7_{i:02d}", "url": u, "outlet": o, "split": "dev7"}, ensure_ascii=False))
        return
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
