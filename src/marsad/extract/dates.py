"""Every date in an article, found and resolved against the publication day.

A small grammar over the folded text (marsad.text.normalize) covers what Arabic
news writes: Egyptian/Gulf, Levantine, Maghrebi and Latin month names (alone or
paired: "4 أيلول/سبتمبر"), Hijri dates (hijridate converts them: "21 شوال 1445",
"7/ 10/ 1436هـ", "1436هـ", "شهر رمضان" as the Gregorian days of the month),
ordinal days ("الثالث عشر من سبتمبر"), days of a relative month ("16 من الشهر
الجاري"), weekdays in news style ("اليوم الأربعاء", "أمس الأربعاء", "يوم
الجمعة", "الخميس المقبل", "الثلاثاء قبل الماضي"; a bare weekday is the latest
such day on or before the anchor unless the clause is in the future), relative
phrases ("الشهر الماضي", "منذ 4 سنوات", "قبل يومين", "هذا العام"), ranges ("من
10 إلى 13 سبتمبر") and years written as years ("عام 2019", "2015م"). A bare
number is never a year; durations and counts ("40 ثانية", "خلال 3 أيام") and
periods counted from another event ("بعد يومين من الهجوم") are not dates, unless the
article dates that event ("في عام 1997 ... بعد مضي 20 عاما", "وبعدها بتسعة أيام").

Each mention keeps ``expr``, a JSON-serializable parse, so it can be resolved
again when the publication day (the anchor) is learned later (:func:`reresolve`).

>>> [(m.text, m.value) for m in find_dates("وصل أمس الأربعاء إلى موسكو", dt.date(2023, 9, 14))]
[('أمس الأربعاء', '2023-09-13')]
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from hijridate import Gregorian, Hijri

from marsad.document import Document, Span
from marsad.lang.ar import dates as V
from marsad.registry import component
from marsad.text.normalize import DIACRITICS, TATWEEL, fold, normalize


log = logging.getLogger(__name__)


def _alts(words) -> str:
    """A regex alternation of folded words, longest first; a space inside matches any run of spaces."""
    return "|".join(sorted({re.escape(fold(w)).replace("\\ ", r"\s+") for w in words}, key=len, reverse=True))


def _key(s: str) -> str:
    """A matched multiword name as a table key ("كانون  الثاني" -> "كانون الثاني")."""
    return " ".join(s.split())


_GREG = {fold(k): v for t in (V.MONTHS_EGYPTIAN, V.MONTHS_LEVANTINE, V.MONTHS_MAGHREBI) for k, v in t.items()}
_GREG.update(V.MONTHS_LATIN)
_HIJRI = {fold(k): v for k, v in V.MONTHS_HIJRI.items()}
_WD = {fold(k): v for k, v in V.WEEKDAYS.items()}
_ORD = {fold(k): v for k, v in V.ORDINAL_DAYS.items()}
_NUMW = {fold(k): v for k, v in V.NUMBER_WORDS.items()}
_UNITS = {fold(k): v for k, v in V.UNITS.items()}

M = rf"(?:{_alts(_GREG)})"
HM = rf"(?:{_alts(_HIJRI)})"
HM_SAFE = rf"(?:{_alts(k for k in _HIJRI if k not in {fold(w) for w in V.HIJRI_MONTHS_AMBIGUOUS})})"
EPIW = rf"(?:{_alts(V.HIJRI_EPITHETS)})"
EPI = rf"(?:\s+{EPIW})?"
WD = rf"(?:{_alts(_WD)})"
ORD = rf"(?:{_alts(_ORD)})"
UNIT = rf"(?:{_alts(_UNITS)})"
PAST = rf"(?:{_alts(V.PAST_WORDS)})"
NEXT = rf"(?:{_alts(V.NEXT_WORDS)})"
# "هذا" after a month is "this [year]" when a period noun follows: "يونيو هذا العام" is no current month
CUR = rf"(?:{_alts(V.CURRENT_WORDS)})(?!\s+(?:العام|السنه|الشهر|الاسبوع)(?!\w))"
PAST2 = rf"(?:{_alts(V.TWO_BACK_WORDS)})"
NEXT2 = rf"(?:{_alts(V.TWO_AHEAD_WORDS)})"
THIS = rf"(?:{_alts(V.THIS_WORDS)})"
# "the last N units", a period that ends at the anchor as "الماضية" does ("اليومين الأخيرين", "الأيام الثلاثة
# الأخيرة"), but not the last days of a period named after it ("الأيام الثلاثة الأخيرة من الشهر", "... لرمضان",
# "... قبل وفاته")
LAST = rf"(?:{_alts(V.LAST_WORDS)})(?!\s+(?:من|قبل|قبيل|ل\w+)(?!\w))"
_SINGULAR = {fold(w) for w in V.SINGULAR_UNITS}
_DAYWORDS = {fold(k): v for k, v in V.RELATIVE_DAYS.items()}
_FEAST = {fold(k): v for k, v in V.FEASTS.items()}
_FEAST_ORD = {fold(k): v for k, v in V.FEAST_ORDINALS.items()}
_QUARTER = {fold(k): v for k, v in V.QUARTERS.items()}
_PLURAL = {fold(k): v for k, v in V.PLURAL_UNITS.items()}
# the same units without the article, after "الـ5": "الـ5 سنوات الماضية"
_PLURAL_BARE = {fold(k[2:]): v for k, v in V.PLURAL_UNITS.items() if not v.endswith("2")}
# a count of 11 or more takes a singular: "الـ12 شهرا الماضية", "الـ15 عاما الماضية"
_PLURAL_BARE.update({fold(w): u for w, u in (("يوما", "day"), ("أسبوعا", "week"), ("شهرا", "month"), ("عاما", "year"),
                                               ("سنة", "year"))})
_MWEEK = {fold(k): v for k, v in V.MONTH_WEEKS.items()}
_DECADE = {fold(k): v for k, v in V.DECADES.items()}
TENS = _alts(("أواخر", "أوائل"))  # "العشر الأواخر من رمضان", "العشر الأوائل من ذي الحجة"
_NOT_WD_LEAD = re.compile(rf"(?<!\w)[وفبل]?(?:{_alts(V.NOT_WEEKDAY_AFTER)})\s+$")
_THE_TWO_LEAD = re.compile(rf"(?<!\w)[وفبل]?(?:{_alts(V.THE_TWO_AFTER)})\s+$")
_NAME_LEAD = re.compile(rf"(?<!\w)[وفبل]?(?:{_alts(V.NAME_HEADS)})\s*\"$")
_GENERAL_LEAD = re.compile(rf"(?<!\w)[وفبل]?(?:{_alts(V.GENERAL_HEADS)})\s+$")
_LAST_WORD = re.compile(r"(?<!\w)و?(\w+)\s+$")


def _repeated(unit: str, before: str) -> bool:
    """Whether the word before "بعد/قبل + unit" is that unit again: "عاما بعد عام", "يوما بعد يوم",
    "سنه بعد سنه" say "more and more", not a date."""
    m = _LAST_WORD.search(before)
    return bool(m) and m.group(1).rstrip("ا") == unit.rstrip("ا")


_DAY_ADJ = re.compile(r"\s+(?:طويل|شاق|حافل|عصيب|كامل|واحد\s+من)(?!\w)")
_BARE_COUNT_LEAD = re.compile(r"(?<!\w)(?:[وفبل]|وب|ول)?ل?ال\s*$")  # "الـ5" before a count (pattern starts at the digit)
_DM_LEAD = re.compile(rf"(?<!\w)(?:{_alts(V.DAY_MONTH_LEADS)})\s*$")
_DM_RANGE = re.compile(r"\s*(?:الي|حتي|وحتي|-)\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d")
_DM_GREG = re.compile(r"\s*(?:م(?!\w)|(?:من\s+)?(?:العام|السنه)\s+الميلادي)")
_TWO_DAYS_LEAD = re.compile(r"(?<!\w)(?:[وفبل]?يومي|في)\s+$")  # "يومي 14 و15 يوليو", "في 14 و15 يوليو"
_NOT_YESTERDAY = re.compile(rf"\s+(?:{_alts(V.NOT_YESTERDAY_AFTER)})(?!\w)")
# a word alone inside marks (folded text writes every quote mark as "): "لـ«اليوم»", "( اليوم )"; a
# mark glued to the word before is a closing one and one glued to the word after an opening one
_QUOTED_OPEN = re.compile(r"(?:\(|(?:^|[\s(]|(?<!\w)[وفبل]?ل)\")\s*$")
_QUOTED_CLOSE = re.compile(r"\s*(?:\)|\"(?!\w))")
_NOT_TODAY = re.compile(rf"(?<!\w)(?:{_alts(V.NOT_TODAY_BEFORE)})\s+$")
_YEAR_LEAD = re.compile(rf"(?<!\w)(?:[وفبل]|وب|ول)?(?:{_alts(V.YEAR_LEADS)})\s*$")
NUMW = rf"(?:{_alts(_NUMW)})"
APPROX = rf"(?:\s+(?:{_alts(V.APPROX)}))?"
B = r"(?<![\w])"     # word start
E = r"(?![\w])"      # word end
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1[89]\d\d|20\d\d)"
YM = r"(?:\s?م(?!\w))?"   # "2015م": the Gregorian era letter after a year
HYEAR = r"(?:1[34]\d\d)"    # Hijri years of modern news (1300-1499 AH)
HSUF = r"(?:\s*(?:ه(?!\w)|هجريه(?!\w)|هجري(?!\w)|للهجره(?!\w)|الهجريه(?!\w)|الهجري(?!\w)))"
MON = r"(?:0?[1-9]|1[0-2])"
SEP = r"\s*[/.-]\s*"    # "7/ 10/ 1436", "14-09-1432"
PAIR = rf"{M}(?:\s*[/(-]\s*{M}\s*\)?|\s+{M}(?!\w))?"    # "أيلول/سبتمبر", "أيلول (سبتمبر)", "تموز - يوليو"
CLITIC = r"(?:[وفبل]|وب|ول)?"
TO = r"(?:(?:و\s*)?(?:الي|حتي)|و|-)"   # between the two ends of a range: "إلى", "حتى", "وحتى", "و", "-"

# the year of a day or month told relative to the publication year: "يونيو، من العام المقبل", "مارس من هذا العام"
YREL = rf"\s*[,،]?\s*من\s+(?:(?:العام|السنه)\s+(?P<yrel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR})|(?P<ythis>{THIS})\s+(?:العام|السنه))"

# words between a counted period and the event it is counted from: "بعد عام واحد من", "بعد 20 يوما فقط
# من", "بعد أسبوعين كاملين من", "بعد ثلاث سنوات تقريبا على", "بعد عام ونصف من"
# after a span: "قبل الميلاد", "ق.م"
_BC = re.compile(r"\s*(?:قبل\s+الميلاد|ق\s*\.\s*م)(?!\w)")
_OF_SKIP = r"(?:\s+(?:فقط|كامل|كامله|كاملين|كاملا|تقريبا|واحد|واحده|ونصف))*"

_YEAR_NEXT = rf"(?=\s*(?:$|[^\w\s]|(?:{_alts(V.YEAR_FOLLOWERS)}|و\w*|بال\w*|لل\w*|باطلاق)(?!\w)))"
# a bare year after a preposition of time and before a word no count takes: "منذ 2006 تتضمن", "في 2013
# المقاتلين", "في 2014 حسب" (a count is followed by its noun or unit: "في 2000 منزل", "إلى 2000 كلم")
_YEAR_LEAD_BARE = re.compile(r"(?<!\w)[وف]?(?P<p>منذ|في|الي|حتي|قبل|بعد|خلال)\s+$")
_YEAR_WORD_AFTER = re.compile(rf"\s+(?:(?:[وفبلك]|لل|وال|وب|ول)?ال(?!فا?(?!\w)|اف(?!\w))\w|(?:{_alts(V.YEAR_BARE_FOLLOWERS)})(?!\w))")
_CITED_LEAD = re.compile(r"\((?:[^\W\d]|[\s:«»\"\-–])+[^\W\d][،,]\s*$")
_MIDDLE_OF = re.compile(r"(?<!\w)[وفبل]?منتصف\s+(?:هذا\s+)?$")
_DECADE_OF = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?عقد(?:ين)?\s+(?:\w+\s+)?من\s+(?:هذا\s+)?$")
_PERIOD_LEAD = re.compile(r"(?<!\w)(?:[وفبل]|لل)?(?:ال)?فتره\s+(?:(?:من|بين)\s+)?(?:(?:عام|العام|عامي)\s+)?$")
_DECADE_AFTER = re.compile(r"\s+من\s+(?:الزمن|الان)(?!\w)|\s*(?:[.,،:;؛!؟?)»\"]|$)|\s+(?:تقريبا|مضي|مضت)(?!\w)")
# "منذ" before a month or a day of one (in the span, or before "مطلع"/"بداية" ... in it): a start in the past
_SINCE = re.compile(r"[وف]?منذ\s")
_SINCE_LEAD = re.compile(r"(?<!\w)[وف]?منذ\s+$")
_YEAR_UNIT_AFTER = re.compile(rf"\s+(?:{_alts(V.YEAR_NOT_BEFORE)})(?!\w)")

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "من أول أيام العيد حتى العاشر منه", "من أول أيام العيد حتى عشرة شوال"
    ("feast_range", re.compile(
        rf"{B}(?:من|منذ)\s+(?P<n>{_alts(_FEAST_ORD)})\s+ايام\s+(?:(?P<f>{_alts(_FEAST)})|العيد){EPI}\s+(?:حتي|الي)\s+"
        rf"(?:(?P<e>{ORD})\s+منه|(?P<en>{_alts(_FEAST_ORD)})\s+ايامه|(?P<hd>{DAY}|{ORD}|{NUMW})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HM})){E}")),
    # "الأسبوع الأخير من شهر رمضان", "الأسبوع الأول من أغسطس", "العشر الأواخر من رمضان"
    ("month_week", re.compile(
        rf"{B}{CLITIC}(?:(?:ال)?اسبوع\s+(?P<wk>{_alts(_MWEEK)})|(?:(?:ال)?ايام\s+)?(?:ال)?عشر\s+(?:ال)?(?P<ten>{TENS})|(?:ال)?ايام\s+(?:ال)?(?P<cnt>{NUMW}(?:\s+عشر)?)\s+(?:ال)?(?P<ten2>اولي|اخيره))\s+من\s+(?:شهر\s+)?(?:(?P<hm>{HM}){EPI}(?:\s+(?P<hy>{HYEAR}){HSUF}?)?"
        rf"|(?P<curm>الشهر)"
        rf"|(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{YEAR}){YM})?)(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    # "القرن الحادي والعشرين", "القرن التاسع عشر"
    # "تسعينات القرن الماضي", "الخمسينيات من القرن العشرين", "القرن الحادي والعشرين", "القرن الماضي"
    # "القرن الـ 20", "القرن 21": the number in digits; "النصف الثاني من القرن العشرين": a half of one
    # "القرن الحالي", "هذا القرن", "ثلاثينيات القرن الحالي": the anchor's own century
    ("century", re.compile(
        rf"{B}(?:{CLITIC}(?:ال)?(?P<dec>{_alts(_DECADE)})(?:ات|يات)\s+(?:من\s+)?(?:هذا\s+)?ال"
        rf"|{CLITIC}(?:ال|لل)نصف\s+ال(?P<half>اول|ثاني)\s+من\s+(?:هذا\s+)?ال|{CLITIC}(?:هذا\s+)?(?:ال|لل)?)"
        rf"قرن(?:\s+(?:(?P<c>{ORD})|(?:ال\s*)?(?P<cn>1\d|2[01]|[1-9])(?![\d,/%-]|\.\d)|(?P<cp>الماضي|المنصرم)"
        rf"|(?P<cc>الحالي|الجاري))|(?P<cthis>(?<=هذا\sالقرن))){E}"
        rf"(?!\s*(?:{_alts(V.CENTURY_NOT)})(?!\w))")),
    # "يومي الأحد والاثنين", "ليل الأحد / الاثنين": two weekdays, one after the other
    ("wd_pair", re.compile(
        rf"{B}(?:{CLITIC}يومي\s+(?P<w1>{WD})\s+و\s*(?P<w2>{WD})|(?P<w3>{WD})\s*/\s*(?P<w4>{WD}))"
        rf"(?:\s+(?P<rel>{PAST}|{NEXT}))?{E}")),
    # "الربع الثاني من العام الحالي", "النصف الأول من 2015", "للنصف الأول من العام", "الأشهر الستة الأولى من العام"
    ("quarter", re.compile(
        rf"{B}(?:{CLITIC}ال|[وف]?لل)(?:(?P<q>(?:ربع|نصف)\s+(?:{_alts(k.split(' ', 1)[1] for k in _QUARTER)}))"
        rf"|(?:اشهر|شهور)\s+(?:ال\s*)?(?P<mn>{NUMW}|\d{{1,2}})\s+(?P<mf>الاولي|الاخيره)"
        # "الستة أشهر الأولى من العام الجاري 2015": the count before the unit
        rf"|(?P<mn2>{NUMW}|\d{{1,2}})\s+(?:اشهر|شهور)\s+(?P<mf2>الاولي|الاخيره))"
        rf"\s+(?:من\s+)?(?:(?:العام|السنه|عام|سنه|لعام|لسنه|للعام|للسنه)(?:\s+(?P<y>{YEAR}){YM})?"
        rf"(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR})(?:\s+(?P<y3>{YEAR}){YM})?)?|(?P<y2>{YEAR}){YM}){E}")),
    # "مقارنة مع الربع الأول": a bare quarter, kept only when the article dates another one (_bare_quarters)
    # "في الأشهر الستة الأولى": likewise
    ("quarter", re.compile(rf"{B}(?:{CLITIC}ال|[وف]?لل)(?:(?P<qb>(?:ربع|نصف)\s+(?:{_alts(k.split(' ', 1)[1] for k in _QUARTER)}))"
                           rf"|(?:اشهر|شهور)\s+(?:ال\s*)?(?P<mnb>{NUMW}|\d{{1,2}})\s+(?P<mfb>الاولي)){E}(?!\s+من\s)")),
    # "ثاني أيام عيد الفطر المبارك", "أول أيام العيد", "ثالث أيام الفطر"
    ("feast", re.compile(
        rf"{B}{CLITIC}(?:(?P<n>{_alts(_FEAST_ORD)})\s+ايام|(?P<eve>ليله))\s+(?:(?P<f>{_alts(_FEAST)})|العيد){EPI}{E}")),
    # "من أبريل (نيسان) حتى يونيو (حزيران) 2015", "بين يناير ومارس 2015"
    ("mrange", re.compile(
        rf"{B}[وف]?(?:من|بين)\s+(?:شهر\s+)?(?P<m1>{PAIR})\s+{TO}\s*(?:شهر\s+)?(?P<m2>{PAIR})"
        rf"(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{YEAR}){YM})?(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    # "في شهري يونيو ويوليو"
    ("mrange", re.compile(
        rf"{B}{CLITIC}شهري\s+(?P<m1>{PAIR})\s+و\s*(?P<m2>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{YEAR}){YM})?"
        rf"(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    # "بين عامي 2010 و2014", "من عام 2010 إلى 2014"
    ("yrange", re.compile(
        rf"{B}(?:(?:[وف]?(?:بين|ما بين)\s+(?:(?:عامي|العامين|سنتي|عام|العام)\s+)?|{CLITIC}(?:عامي|العامين|سنتي)\s+)(?P<y1>{YEAR}){YM}\s+(?:و\s*|(?:الي|حتي)\s+)(?:(?:عام|العام)\s+)?(?P<y2>{YEAR})"
        rf"|[وف]?(?:من|منذ)\s+(?:(?:عام|العام)\s+)?(?P<y3>{YEAR}){YM}\s+(?:و\s*)?(?:الي|حتي)\s+(?:(?:عام|العام)\s+)?(?P<y4>{YEAR})"
        # "(1957 إلى 1985)": a tenure in parentheses
        rf"|(?<=\()\s*(?P<y3b>{YEAR})\s+(?:الي|حتي)\s+(?P<y4b>{YEAR})(?=\s*\))){YM}{E}")),
    # "عام 2014-2015", "موسم 2015/2016", "2015/16": two years written as one (a season, a school year)
    ("yrange", re.compile(rf"(?:{B}{CLITIC}(?:(?:منذ|من|في)\s+)?(?:عام|العام|سنه|السنه)\s+)?(?<![\w/.-])(?P<y5>{YEAR})\s*[-/]\s*(?P<y6>{YEAR}|\d\d)(?!\w|\s*[/.-]\s*\d)")),
    # "خلال الـ 24 ساعة الماضية" (yesterday), "خلال 48 ساعة الماضية" (the two days before)
    ("hours", re.compile(rf"(?P<nw>\d{{2,3}})\s+ساعه\s+(?P<rel>{PAST}){E}")),
    # "خلال العامين الماضي والجاري"
    ("yrel2", re.compile(rf"{B}{CLITIC}(?:العامين|السنتين)\s+(?:ال)?ماضي\s+و\s*(?:ال)?(?:جاري|حالي){E}")),
    # "الأيام الأربعة المقبلة", "السنوات العشر الماضية", "اليومين الماضيين"
    ("prange", re.compile(
        rf"{B}{CLITIC}(?:ل)?(?P<pu>{_alts(_PLURAL)})(?:\s+(?:ال\s*)?(?P<nw>{NUMW}|\d{{1,3}}))?\s+(?P<rel>{PAST}|{NEXT}|{LAST}){E}")),
    # "العشرين سنة الماضية", "العشر سنوات الماضية", "الاثني عشر شهرا الماضية": the count first, with the article
    ("prange", re.compile(
        rf"{B}{CLITIC}(?:ل)?(?P<art>ال)(?P<nw>{NUMW})\s+(?P<pu>{_alts(_PLURAL_BARE)}){E}\s+(?P<rel>{PAST}|{NEXT}){E}")),
    # "الـ5 سنوات الماضية", "الـ 24 ساعة الماضية" is no date (hours)
    ("prange", re.compile(
        rf"(?P<nw>\d{{1,3}})\s+(?P<pu>{_alts(_PLURAL_BARE)})\s+(?P<rel>{PAST}|{NEXT}){E}")),
    ("range", re.compile(
        rf"{B}(?:[وف]?في الفتره\s+|[وف](?=من|بين))?(?:من|بين)\s+(?P<d1>{DAY}|{ORD})(?:\s+(?:(?P<m1>{PAIR})\s+)?|(?=-)){TO}\s*(?P<d2>{DAY}|{ORD})\s+"
        rf"(?:من\s+)?(?:شهر\s+)?(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>{YEAR}){YM})?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E}")),
    # "يومي 14 و15 يوليو", "في 14 و15 يوليو": two days in a row
    ("range", re.compile(
        rf"(?P<d3>{DAY})\s+و\s*(?P<d4>{DAY})\s+"
        rf"(?:من\s+)?(?:شهر\s+)?(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>{YEAR}){YM})?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E}")),
    # "في 27 و31 يوليو", "يومي 7 و14 أكتوبر": the first of two days of one month (the second is read
    # by "absolute"); two days in a row are one range (above)
    ("dm_first", re.compile(
        rf"(?P<d>{DAY})(?=\s+و\s*(?P<d4>{DAY})\s+(?:من\s+)?(?:شهر\s+)?(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>{YEAR}){YM})?"
        rf"(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E})")),
    # "من 20 إلى 21 ربيع الآخر المقبل": two days of a Hijri month
    ("hijri_range", re.compile(
        rf"{B}(?:[وف]?في الفتره\s+|[وف](?=من|بين))?(?:من|بين)\s+(?P<d1>{DAY}|{ORD})\s+(?:(?:من\s+)?(?:شهر\s+)?(?P<hm1>{HM})\s+)?{TO}\s*(?P<d2>{DAY}|{ORD})\s+"
        rf"(?:(?<=\d\s)من\s+(?P<same>نفس\s+الشهر|الشهر\s+نفسه|ذات\s+الشهر)|(?:من\s+)?(?:شهر\s+)?(?P<hm>{HM}))"
        rf"(?:\s+(?P<hy>{HYEAR}){HSUF}?)?(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    # "10-13 صفر المقبل": two days of a Hijri month
    ("hijri_range", re.compile(
        rf"{B}(?P<d1>{DAY})\s*[-–]\s*(?P<d2>{DAY})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HM})"
        rf"(?:\s+(?P<hy>{HYEAR}){HSUF}?)?(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    ("hijri", re.compile(
        rf"{B}\(?(?P<d>{DAY}|{ORD})\)?(?:\s+|(?<=\d))(?:من\s+)?(?:شهر\s+)?(?P<hm>{HM})(?:\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<hy>1[34]\d\d))?\s*(?:ه{E}|هجريه{E}|للهجره{E})?"
        rf"(?:\s*(?P<rel>{PAST}|{NEXT}|{CUR}){E})?")),
    # two numeric dates as one period: "من 20/ 8/ 1436 هـ حتى 10/ 9/ 1436 هـ", "من 23 / 4 إلى 26 / 6 / 1436ه",
    # "4-5/10/1436هـ" (Hijri when the year is 13xx/14xx)
    ("numrange", re.compile(
        rf"{B}(?:(?P<d1>{DAY}){SEP}(?P<m1>{MON})(?:{SEP}(?P<y1>{HYEAR}|{YEAR})(?:{HSUF}|{YM}))?\s*/?\s*(?:(?:و\s*)?(?:الي|حتي)|[-–])"
        rf"|(?P<d0>{DAY})\s*[-–])\s*(?P<d2>{DAY}){SEP}(?P<m2>{MON}){SEP}(?P<y2>{HYEAR}|{YEAR})(?:{HSUF}|{YM}){E}")),
    # numeric Hijri dates: a 13xx/14xx year is never Gregorian in news ("7/ 10/ 1436هـ", "14-09-1432 هـ")
    ("hijri_num", re.compile(rf"{B}(?P<d>{DAY}){SEP}(?P<hmn>{MON}){SEP}(?P<hy>{HYEAR}){HSUF}?{E}")),
    # a Hijri month as a whole: "شهر رمضان", "في رمضان الماضي", "ذو الحجة 1444", "رمضان المقبل"
    ("hijri_month", re.compile(
        rf"{B}(?:{CLITIC}(?:شهر|مطلع|منتصف|اواخر|اوائل|نهايه|بدايه)\s+(?:شهر\s+)?(?P<hm>{HM})"
        rf"|(?:في|خلال|منذ|حتي|قبل|بعد)\s+(?P<hm2>{HM_SAFE})|{CLITIC}(?P<hm3>{HM})(?=\s+(?:{EPIW}\s+)?(?:{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}|{HYEAR}|عام|سنه)))"
        # "رمضان 2014", "شهر رمضان من عام 2014": the month as it fell in that Gregorian year
        rf"{EPI}(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?:(?P<hy>{HYEAR}){HSUF}?|(?P<gy>{YEAR}){YM}(?!\s*[/-]\s*\d)))?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E}")),
    # "الشهر الفضيل", "الشهر الكريم": Ramadan
    ("hijri_month", re.compile(rf"{B}(?:{CLITIC}(?P<this>هذا)\s+|{CLITIC})الشهر\s+(?P<ram>الفضيل|الكريم)(?:\s+(?P<rel>{PAST}|{NEXT}|{CUR}))?{E}")),
    # "1436/10/30هـ": year first
    ("hijri_num", re.compile(rf"{B}(?P<hy>{HYEAR}){SEP}(?P<hmn>{MON}){SEP}(?P<d>{DAY}){HSUF}?{E}")),
    # "1436/1437هـ", "1437-1438ه": two Hijri years
    ("hijri_years", re.compile(rf"{B}(?:عام\s+|العام\s+)?(?P<hy>{HYEAR})\s*[/-]\s*(?P<hy2>{HYEAR}){HSUF}")),
    # "1435هـ - 1436هـ", "1435هـ ـ 1436هـ" (a season): two Hijri years, each with its era mark
    ("hijri_years", re.compile(rf"{B}(?:عام\s+|العام\s+)?(?P<hy>{HYEAR})\s*ه{E}\s*[/–-]?\s*(?P<hy2>{HYEAR})\s*ه{E}")),
    ("hijri_year", re.compile(rf"{B}(?:عام\s+|سنه\s+)?(?P<hy>{HYEAR}){HSUF}")),
    # "عام 1391 الموافق 1971": a Hijri year glossed by its Gregorian one
    ("hijri_year", re.compile(rf"{B}(?P<hy>{HYEAR})(?=\s*[,،]?\s*الموافق\s+(?:(?:عام|لعام|سنه)\s+)?{YEAR}{E})")),
    # a year 1400-1449 after "عام" is Hijri in today's news ("منذ عام 1407", "للعام 1436"), unless "م" follows
    ("hijri_year", re.compile(rf"{B}{CLITIC}(?:(?:منذ|مطلع|منتصف|نهايه|بدايه|اواخر|اوائل)\s+)?(?:عام|العام|لعام|للعام|سنه|السنه)\s+"
                              rf"(?P<hy>14[0-4]\d)(?![\w/.-]|\s*[/-]\s*\d|\s*م(?!\w))")),
    ("absolute", re.compile(
        rf"{B}(?:{CLITIC}(?:يوم\s+)?(?:{WD})\s*[,،]?\s*)?(?:و(?=\d))?(?:(?P<d>{DAY}|{ORD})|[«(\"](?P<dq>{DAY})[»)\"])(?:\s+|(?<=\d))(?:من\s+)?(?:شهر\s+)?(?P<m>{PAIR})"
        rf"(?:\s*[,،]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{YEAR}){YM}|{YREL})?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E}")),
    ("absolute", re.compile(
        rf"{B}(?:{CLITIC}(?:يوم\s+)?(?:{WD})\s*[,،]?\s*(?:الموافق\s+)?)?(?P<d>{DAY}|{ORD})\s+من\s+"
        rf"(?:{THIS}\s+الشهر|الشهر\s+(?P<mrel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR})){E}")),
    ("absolute", re.compile(rf"{B}(?P<m>{M})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR}){E}")),            # September 14, 2023
    ("absolute", re.compile(rf"{B}(?P<y>{YEAR}){SEP}(?P<mn>{MON}){SEP}(?P<d>{DAY}){YM}{E}")),  # 2023-09-14, 2015/7/19م
    ("absolute", re.compile(rf"{B}(?P<d>{DAY}){SEP}(?P<mn>{MON}){SEP}(?P<y>{YEAR}){YM}{E}")),    # 14/9/2023, 25/ 7/ 2015م
    # "يوم السبت ٢ / ١٠": a weekday and a day/month, Gregorian or Hijri, whichever the weekday fits
    ("wd_dm", re.compile(
        rf"{B}{CLITIC}(?:يوم\s+)?(?P<wdd>{WD})\s*[,،]?\s*(?:الموافق\s+)?(?P<d>{DAY})\s*/\s*(?P<mn>{MON})(?![\w/])")),
    # "بتاريخ 18 / 10", "الموافق 4/ 10": a day and a month in digits after a lead word, Gregorian or
    # Hijri, whichever is near the anchor
    ("dm_near", re.compile(rf"(?<![\w/.,-])(?P<d>{DAY})\s*/\s*(?P<mn>{MON})(?![\w/.,-]|\s*[/.-]\s*\d|\s+\d)")),
    ("month", re.compile(
        # "تسليم أغسطس" (a futures contract's month), "بحلول شباط (فبراير)"
        rf"{B}(?:{CLITIC}(?:شهر|مطلع|منتصف|اواخر|اوائل|نهايه|بدايه|اواسط|تسليم|عقود|بحلول)\s+(?:شهر\s+)?|[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|من)\s+(?:شهر\s+)?)"
        rf"(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{YEAR}){YM}|{YREL})?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}))?{E}")),
    ("month", re.compile(rf"{B}{CLITIC}(?P<m>{PAIR})(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?|(?=\d))(?P<y>{YEAR}){YM}{E}")),
    # "شباط المقبل", "مقارنة مع مايو من العام الماضي"
    ("month", re.compile(rf"{B}(?:{CLITIC})(?P<m>{PAIR})(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR})|{YREL}){E}")),
    ("year", re.compile(rf"{B}(?:{CLITIC}(?:عام|العام|سنه|السنه|لعام|مطلع عام|نهايه عام|منذ عام|منذ العام))\s+(?P<y>{YEAR}){E}")),
    ("year", re.compile(rf"{B}(?P<y>{YEAR})\s*م{E}")),
    # "في عام 97": a year of the last century written with two digits
    ("year", re.compile(rf"{B}{CLITIC}(?:عام|العام)\s+(?P<y2d>[5-9]\d)(?![\w/.,%]|\s*(?:[/.-]\s*\d|بالمئه|في المئه|بالمائه|عاما|سنه)){E}")),
    # a bare year after a word of time ("في 2017", "منذ1961", "خريف 2008"), not a count ("في 2000 منزل")
    ("year_lead", re.compile(rf"(?<![\d.,/-])(?P<y>{YEAR}){E}(?![.,]\d)")),
    ("weekday", re.compile(
        rf"{B}(?:(?P<pre>{CLITIC}(?:اليوم|امس|البارحه|غدا|غد|بعد غد|يوم امس|يوم غد|صباح|مساء|ظهر|فجر|ليله|ليل|عصر|صباح اليوم|مساء اليوم|صباح امس|مساء امس|ظهر غد|صباح غد|مساء غد))\s*(?:\(|(?P<q>[\"«]))?\s*)?"
        # 'أمس "الاثنين"': a weekday in quotes after a day word
        rf"(?:{CLITIC}يوم\s+)?(?P<wd>{CLITIC}{WD})(?:\s*\)|(?(q)\s*[\"»]))?(?:\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}))?{E}")),
    ("relative", re.compile(rf"{B}(?:[وف](?=منذ|قبل|بعد))?(?P<dir>منذ|قبل|بعد|خلال|في\s+غضون){APPROX}\s+(?:(?P<n>\d{{1,3}})\s+)?(?P<nw>{_alts(_NUMW)})?(?:\s+و(?P<nw2>{_alts(_NUMW)}))?\s*(?P<u>{UNIT}){E}(?!\s+(?:الصيام|الصوم)(?!\w))"
                            rf"(?:\s+(?P<rel>{PAST}|{NEXT}))?(?:(?=(?P<of>{_OF_SKIP}\s+(?:من|علي)(?!\w)(?!\s+(?:الان|اليوم|الاقل|التوالي|الزمن)(?!\w)))))?")),
    # "بالسنة السابقة", "وللعام المقبل" (لل + عام = ل + العام)
    ("relative", re.compile(rf"{B}(?:{CLITIC}(?P<u2>الشهر|العام|السنه|الاسبوع)|[وف]?لل(?P<u3>شهر|عام|سنه|اسبوع))"
                            rf"(?:\s+(?P<q>{_alts(V.YEAR_QUALIFIERS)}))?\s+(?P<rel>{PAST2}|{NEXT2}|{PAST}|{NEXT}|{CUR}){E}")),
    ("relative", re.compile(rf"{B}{CLITIC}(?P<rel>{THIS})\s+(?P<u2>الشهر|العام|السنه|الاسبوع){E}")),
    ("relative", re.compile(rf"{B}(?P<day>{CLITIC}(?:{_alts(_DAYWORDS)})){E}")),
    # a bare "اليوم" is the publication day, but not in "اليوم الوطني", "عين اليوم", "طوال اليوم"
    ("relative", re.compile(rf"{B}(?P<today>{CLITIC}اليوم){E}(?!\s+(?:{_alts(V.NOT_TODAY_AFTER)}){E})")),
    # a bare year after a word that makes it a time, whatever follows: "مطلع 2016 الفرنسي", "بحلول 2019 مدعوما"
    ("year", re.compile(rf"{B}{CLITIC}(?:بحلول|مطلع|منتصف|نهايه|بدايه|اواخر|اوائل|اواسط|صيف|شتاء|خريف)\s+(?P<y>{YEAR}){YM}{E}")),
    # a decade without its century: "بداية السبعينات الميلادية", "منتصف التسعينيات" (the anchor's last century)
    ("century", re.compile(rf"{B}{CLITIC}ال(?P<dec>{_alts(k for k in _DECADE if k != fold('عشرين'))})(?:ات|يات){E}"
                           # not an age or a temperature: "في الثلاثينات من عمره", "الأربعينات المئوية"
                           rf"(?!\s+(?:من\s+)?(?:ال|لل)?قرن|\s+من\s+(?:ال)?عمر|\s+(?:ال)?(?:مئويه|ميويه))")),
]

# Cheap necessary conditions, one per pattern of _PATTERNS (same order): a pattern whose gate finds
# nothing in the text cannot match, so it is not run (most articles have no Hijri month, no d/m/y...).
_G_MONTH, _G_HM, _G_HNUM = re.compile(rf"(?<![^\W\d])(?:[وفبل]|وب|ول)?{M}(?![^\W\d])"), re.compile(HM), re.compile(r"1[34]\d\d")
_G_NUM, _G_YEAR, _G_WD, _G_SHAHR = re.compile(r"\d\s*[/.-]"), re.compile(YEAR), re.compile(WD), re.compile("الشهر")
class _Substrings:
    """A gate of plain substrings (str.find is far cheaper than a regex scan for a rare pair)."""

    def __init__(self, *subs: str):
        self.subs = subs

    def search(self, text: str) -> bool | None:
        return True if any(x in text for x in self.subs) else None


_G_YPAIR = re.compile(r"(?:1[89]|20)\d\d\s*[-/]\s*\d\d")  # "2014-2015", "2015/16"
_G_DM = re.compile(r"\d\s*/\s*\d")
_G_DAYPAIR = re.compile(r"\d\s+و\s*\d")  # "14 و15 يوليو", "27 و31 يوليو"
_DIGIT_AFTER = lambda head: [f"{head}{sp}{d}" for sp in ("", " ") for d in "0123456789"]  # noqa: E731


class _AnyOf:
    """A gate of several regexes, each starting with a literal (faster than one alternation)."""

    def __init__(self, *patterns: str):
        self.rxs = [re.compile(p) for p in patterns]

    def search(self, text: str) -> re.Match | None:
        return next((m for m in map(lambda rx: rx.search(text), self.rxs) if m), None)


_G_HOURS, _G_YREL2, _G_RAM, _G_Y2D = (re.compile(r"\d\s+ساعه\s"), re.compile(r"(?:عامين|سنتين)\s+(?:ال)?ماضي\s+و"),
                                     re.compile(r"الشهر\s+(?:الفضيل|الكريم)"), re.compile(r"عام\s+[5-9]\d(?!\d)"))
_G_QUARTER = re.compile(r"(?:ربع|نصف|اشهر|شهور)\s")
_GATES = [re.compile(r"ايام\s+\w+\s+(?:\w+\s+)?(?:حتي|الي)\s"), _AnyOf(r"اسبوع\s+\w+\s+من\s", r"عشر\s+\w+\s+من\s", r"ايام\s+\S+\s+(?:\S+\s+)?(?:ال)?(?:اولي|اخيره)\s+من\s"),
          _Substrings("قرن"), _AnyOf(r"يومي\s", r"/\s*ال"),  # feast_range, month_week, century, wd_pair
          _G_QUARTER, _G_QUARTER, re.compile("ايام|ليله"), _G_MONTH, re.compile(r"شهري\s"), _G_YEAR, _G_YPAIR,  # quarter .. yrange x2
          _G_HOURS, _G_YREL2,  # hours, yrel2
          re.compile(r"(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|يومين|اسبوعين|شهرين|عامين|سنتين)\s"),  # prange
          re.compile(r"(?:سنه|سنوات|اعوام|عاما|اشهر|شهرا|شهور|ايام|يوما|اسابيع|اسبوعا)\s+(?:ال)?(?:ماضي|مقبل|قادم|سابق|منصرم)"),  # prange, count first
          _Substrings(*_DIGIT_AFTER("ال")),  # prange with "الـ5"
          _G_MONTH, _G_DAYPAIR, _G_DAYPAIR, _G_HM,  # range x2, dm_first, hijri_range
          _G_HM, _G_HM, _G_NUM, _G_HNUM, _G_HM, _G_RAM,  # hijri x2, numrange, hijri x3
          _G_HNUM, _G_HNUM, _G_HNUM, _G_HNUM, _G_HNUM, _G_HNUM,   # hijri x6
          _G_MONTH, _G_SHAHR, _G_MONTH, _G_NUM, _G_NUM, _G_NUM,          # absolute x6
          _G_DM, _G_MONTH, _G_MONTH, _G_MONTH, _G_YEAR, _G_YEAR, _G_Y2D, _G_YEAR, _G_WD,  # dm_near, month x3, year x4, weekday
          None, None, None, None, re.compile("اليوم"),                  # relative x5
          _G_YEAR, re.compile(r"ين(?:ات|يات)")]                           # year after a time word, bare decade
assert len(_GATES) == len(_PATTERNS)

# words that put the clause in the future ("ومن المقرر", "ويعقد", "سيزور"): a bare weekday is then the next one
_FUTURE = re.compile(rf"(?:(?<!\w)[وف]?(?P<aux>{_alts(V.PAST_AUX)})\s+)?{B}[وف]?"
                     rf"(?P<w>س[تين](?!ا)\w{{2,}}|{_alts(V.FUTURE_CUES)}|(?P<weak>{_alts(V.WEEKDAY_FUTURE_CUES)})){E}")
_FUTURE_NOUNS = {fold(w) for w in V.FUTURE_S_NOUNS}
_ON_GOVERNOR = re.compile(rf"(?<!\w)(?:{_alts(V.ON_GOVERNORS)})\w*\s+(?:\S+\s+){{0,2}}$")


def _future_of(clause: str) -> str | None:
    """Whether a (folded) clause speaks of the future, from a cue that is no noun and no past habit:
    "strong", "weekday" (a scheduled-event verb: only a bare weekday is moved ahead) or None."""
    found = None
    for m in _FUTURE.finditer(clause):
        if m.group("aux") or m.group("w") in _FUTURE_NOUNS:
            continue
        if not m.group("weak"):
            return "strong"
        if not re.search(r"[،,؛;]", clause[m.end():]):
            # a scheduled-event verb speaks of its own clause: "ثم يلتقي نظيره، وفي يوم الثلاثاء أشعل ..."
            # is a past Tuesday
            found = "weekday"
    return found


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    kind: str
    expr: dict[str, Any] = field(default_factory=dict)


def _month(s: str) -> int:
    first = re.split(r"\s*[/(-]\s*", s.strip())[0]
    if _key(first) in _GREG:
        return _GREG[_key(first)]
    words = first.split()  # "مايو أيار", "ديسمبر كانون الأول": the first of two names side by side
    return next(_GREG[_key(" ".join(words[:i]))] for i in range(len(words) - 1, 0, -1) if _key(" ".join(words[:i])) in _GREG)


def _day(s: str) -> int:
    return int(s) if s.isdigit() else _ORD[_key(s)]


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _century_years(c: int, half: int | None = None) -> tuple[int, int]:
    """The first and last years of century c (the 20th: 1901-2000), or of its first or second half
    ("النصف الثاني من القرن العشرين": 1951-2000)."""
    y1, y2 = (c - 1) * 100 + 1, c * 100
    if half:
        y1, y2 = (y1, y1 + 49) if half == 1 else (y1 + 50, y2)
    return y1, y2


def _year_for(month: int, day: int | None, anchor: dt.date, rel: str | None, future: bool) -> int:
    """The year of a date written without one: the nearest occurrence around the anchor."""
    if rel == "since":  # "منذ أغسطس", "منذ 15 أغسطس": the last one on or before the anchor (a day up to
        # three days past an estimated anchor is still this year's)
        if not day:
            return anchor.year if month <= anchor.month else anchor.year - 1
        try:
            return anchor.year if dt.date(anchor.year, month, day) <= anchor + dt.timedelta(days=3) else anchor.year - 1
        except ValueError:  # 29 February
            return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    if rel == "past2":
        return _year_for(month, day, anchor, "past", future) - 1
    if rel == "next2":
        return _year_for(month, day, anchor, "next", future) + 1
    if rel == "cur":
        return anchor.year
    if rel == "past":
        return anchor.year if (month, day or 1) < (anchor.month, anchor.day) else anchor.year - 1
    if rel == "next" or future:
        if (month, day or 31) >= (anchor.month, anchor.day):
            return anchor.year
        if future and rel != "next" and day and (month, day) >= ((anchor - dt.timedelta(days=7)).month,
                                                                   (anchor - dt.timedelta(days=7)).day) and month <= anchor.month:
            return anchor.year  # "(من المقرر أن يعلن ترشحه في 21 يوليو)" written a day or a few after: this year's
        return anchor.year + 1
    # news writes about the recent past: a month more than ~8 months ahead means last year
    if (month - anchor.month) % 12 <= 2 or month == anchor.month:
        delta = month - anchor.month
        return anchor.year + (1 if delta < -9 else 0)
    return anchor.year if month < anchor.month else anchor.year - 1


def _hijri_year_for(hm: int, hd: int | None, anchor: dt.date, rel: str | None, future: bool) -> int:
    """The Hijri year of a Hijri day or month written without one: the nearest around the anchor
    (the Gregorian rule of :func:`_year_for`, played on the anchor's Hijri month and day)."""
    h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
    return _year_for(hm, min(hd, 28) if hd else None, dt.date(2000, h.month, min(h.day, 28)), rel, future) - 2000 + h.year


def _hijri_year_in(hm: int, gy: int) -> int | None:
    """The Hijri year whose month ``hm`` begins in the Gregorian year ``gy`` (the first, in the rare
    year that holds two beginnings of one Hijri month)."""
    hy0 = Gregorian(gy, 1, 1).to_hijri().year
    for hy in (hy0, hy0 + 1):
        try:
            if Hijri(hy, hm, 1).to_gregorian().year == gy:
                return hy
        except (ValueError, OverflowError):
            return None
    return None


def _greg_day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _hijri_day(hy: int, hm: int, hd: int) -> str | None:
    try:
        g = Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day).isoformat()


def _relword(s: str | None) -> str | None:
    if not s:
        return None
    f = fold(s)
    if re.fullmatch(PAST2, f):
        return "past2"
    if re.fullmatch(NEXT2, f):
        return "next2"
    if re.fullmatch(THIS, f):
        return "cur"
    if re.fullmatch(PAST, f):
        return "past"
    if re.fullmatch(NEXT, f):
        return "next"
    if re.fullmatch(CUR, f):
        return "cur"
    return None


def weekday_number(word: str) -> int:
    """Monday = 0 ... Sunday = 6 for a folded weekday word, with or without a clitic.

    >>> weekday_number("والخميس")
    3
    """
    return _WD[_strip_clitic(fold(word))]


def _strip_clitic(w: str) -> str:
    for c in ("وب", "ول", "و", "ف", "ب", "ل"):
        if w.startswith(c) and w[len(c):] in _WD:
            return w[len(c):]
    return w


def resolve(expr: dict[str, Any], anchor: dt.date | None) -> str | None:
    """The ISO value of a parsed expression against an anchor day (None when it needs one)."""
    t = expr.get("t")
    y = expr.get("y")
    rel = expr.get("rel")
    future = bool(expr.get("future"))
    if t in ("ymd", "ym") and y is None and expr.get("yk") is not None:
        if anchor is None:
            return None
        y = anchor.year + expr["yk"]  # "يونيو من العام المقبل"
    if t == "ymd":
        m, d = expr["m"], expr["d"]
        if y is None:
            if anchor is None:
                return None
            y = _year_for(m, d, anchor, rel, future)
        return _greg_day(y, m, d)
    if t == "range":
        m, d1, d2 = expr["m"], expr["d1"], expr["d2"]
        m1 = expr.get("m1") or m
        if y is None:
            if anchor is None:
                return None
            y = _year_for(m, d2, anchor, rel, future)
        try:
            return f"{dt.date(y, m1, d1).isoformat()}/{dt.date(y, m, d2).isoformat()}"
        except ValueError:
            return None
    if t == "ym":
        m = expr["m"]
        if y is None:
            if anchor is None:
                return None
            y = _year_for(m, None, anchor, rel, future)
        return f"{y:04d}-{m:02d}"
    if t == "y":
        return f"{y:04d}"
    if t == "numrange":
        day = _hijri_day if expr["hijri"] else _greg_day
        a, b = day(*expr["a"]), day(*expr["b"])
        return f"{a}/{b}" if a and b else None
    if t in ("hijri", "hrange"):  # a Hijri day, or two days of one Hijri month
        first, last = (expr["d"], expr["d"]) if t == "hijri" else (expr["d1"], expr["d2"])
        hy = expr.get("hy")
        if hy is None:
            if anchor is None:
                return None
            hy = _hijri_year_for(expr["hm"], last, anchor, rel, future)
        a, b = _hijri_day(hy, expr["hm"], first), _hijri_day(hy, expr["hm"], last)
        return (a if t == "hijri" else f"{a}/{b}") if a and b else None
    if t == "dm_near":
        # "بتاريخ 18/10": the Gregorian and the Hijri readings (Saudi papers write both), the one
        # within two months of the anchor, the nearer when both are; none when neither is
        if anchor is None:
            return None
        cands = [resolve({"t": "ymd", "d": expr["d"], "m": expr["m"], "y": None, "rel": None, "future": future}, anchor)]
        if not expr.get("greg"):
            cands += [_hijri_day(_hijri_year_for(expr["m"], expr["d"], anchor, None, fut), expr["m"], expr["d"])
                      for fut in (False, True)]
        near = sorted((abs((dt.date.fromisoformat(c) - anchor).days), c) for c in cands if c)
        return near[0][1] if near and near[0][0] <= 60 else None
    if t == "wd_dm":
        if anchor is None:
            return None
        # the Gregorian reading first; the Hijri one when only it falls on the written weekday
        greg = resolve({"t": "ymd", "d": expr["d"], "m": expr["m"], "y": None, "rel": None,
                        "future": future}, anchor)
        if greg and dt.date.fromisoformat(greg).weekday() == expr["wd"]:
            return greg
        # the nearest Hijri reading first, then the one in the other direction (a future clause
        # may still tell of a day just past, and a past one of a day just ahead)
        for fut in (future, not future):
            hijri = _hijri_day(_hijri_year_for(expr["m"], expr["d"], anchor, None, fut), expr["m"], expr["d"])
            if hijri and dt.date.fromisoformat(hijri).weekday() == expr["wd"]:
                return hijri
        return greg
    if t == "hmonth":
        hy = expr.get("hy")
        if hy is None:
            if anchor is None:
                return None
            hy = _hijri_year_for(expr["hm"], None, anchor, rel, future)
        try:
            a = Hijri(hy, expr["hm"], 1).to_gregorian()
            b = Hijri(hy + (expr["hm"] == 12), expr["hm"] % 12 + 1, 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return f"{dt.date(a.year, a.month, a.day).isoformat()}/{(dt.date(b.year, b.month, b.day) - dt.timedelta(days=1)).isoformat()}"
    if t == "hijri_years":
        lo, hi = sorted((expr["hy"], expr["hy2"]))  # "1436/1437هـ", also written "١٤٣٧/١٤٣٦هـ"
        a, b = resolve({"t": "hijri_year", "hy": lo}, None), resolve({"t": "hijri_year", "hy": hi}, None)
        return f"{a.split('/')[0]}/{b.split('/')[1]}" if a and b else None
    if t == "yrange":
        return f"{expr['y1']:04d}/{expr['y2']:04d}"
    if t in ("decade", "century"):
        c = expr.get("c")
        if c is None:
            if anchor is None:
                return None
            # the century before the anchor's (1901-2000 for 2015), or the anchor's own (k = 0)
            c = (anchor.year - 1) // 100 + 1 + expr.get("k", -1)
        if t == "century":
            y1, y2 = _century_years(c, expr.get("half"))
            return f"{y1:04d}/{y2:04d}"
        a = (c - 1) * 100 + expr["d"] * 10
        return f"{a:04d}/{a + 9:04d}"
    if t == "hijri_year":
        try:
            a = Hijri(expr["hy"], 1, 1).to_gregorian()
            b = Hijri(expr["hy"] + 1, 1, 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return f"{dt.date(a.year, a.month, a.day).isoformat()}/{(dt.date(b.year, b.month, b.day) - dt.timedelta(days=1)).isoformat()}"
    if t == "event_count":  # counted from the date of an event the article told: needs that date only
        return _count_from(resolve(expr["of"], anchor), expr["u"], expr["n"])
    if anchor is None:
        return None
    if t == "wd" and expr.get("at"):
        return resolve(expr["at"], anchor)  # "الأحد 18/9/1436هـ": the written date, when its weekday agrees
    if t == "wd":
        wd, pre = expr["wd"], expr.get("pre")
        back = (anchor.weekday() - wd) % 7
        if pre in ("today",):
            return (anchor - dt.timedelta(days=back)).isoformat()
        if pre == "yesterday":
            return (anchor - dt.timedelta(days=1 if back == 1 else (back or 7))).isoformat()
        if pre in ("tomorrow", "after_tomorrow"):
            return (anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)).isoformat()
        if rel == "past2":
            return (anchor - dt.timedelta(days=(back or 7) + 7)).isoformat()
        if rel == "next2":
            return (anchor + dt.timedelta(days=((wd - anchor.weekday()) % 7 or 7) + 7)).isoformat()
        if rel == "next" or (future and rel != "past"):
            return (anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or (7 if rel == "next" else 0))).isoformat()
        if rel == "past":
            # "الثلاثاء الماضي" is never yesterday (news writes "أمس الثلاثاء"): the week before
            # (a night or evening may be: "ليلة الثلاثاء الماضية" written on Wednesday)
            return (anchor - dt.timedelta(days=8 if back == 1 and not expr.get("pod") else back or 7)).isoformat()
        return (anchor - dt.timedelta(days=back)).isoformat()
    if t == "span":  # a range between two expressions: "من أول أيام العيد حتى العاشر منه"
        a = resolve(expr["a"], anchor)
        if not a:
            return None
        a = a.split("/")[0]
        e = expr["b"]
        if e.get("t") == "hijri" and e.get("hy") is None:  # a Hijri end without a year: the first after the start
            ad = dt.date.fromisoformat(a)
            h = Gregorian(ad.year, ad.month, ad.day).to_hijri()
            b = _hijri_day(h.year + ((e["hm"], e["d"]) < (h.month, h.day)), e["hm"], e["d"])
        else:
            b = resolve(e, anchor)
        b = b and b.split("/")[-1]
        if len(a) == 7 and b and len(b) == 10:  # "من بداية يونيو إلى منتصف يوليو": from the month's first day
            a = f"{a}-01"
        if b and len(a) == 10 and len(b) == 7:  # "من 1 يناير 2015 حتى نهاية يونيو": to the month's last day
            yy, mm = map(int, b.split("-"))
            b = (dt.date(*_shift_month(yy, mm, 1), 1) - dt.timedelta(days=1)).isoformat()
        return f"{a}/{b}" if b and b >= a else None
    if t == "mweek":  # the first ... fourth or the last seven days of a month
        month = resolve(expr["month"], anchor)
        if not month:
            return None
        if "/" in month:
            first, last = (dt.date.fromisoformat(x) for x in month.split("/"))
        else:
            yy, mm = map(int, month.split("-"))
            first = dt.date(yy, mm, 1)
            last = dt.date(*_shift_month(yy, mm, 1), 1) - dt.timedelta(days=1)
        k = expr["k"]
        if k == "last10":  # the last ten: from the 21st to the month's end
            return f"{(first + dt.timedelta(days=20)).isoformat()}/{last.isoformat()}"
        if k == "first10":
            return f"{first.isoformat()}/{(first + dt.timedelta(days=9)).isoformat()}"
        if isinstance(k, list):  # the first or last n days
            a, b = ((first, first + dt.timedelta(days=k[1] - 1)) if k[0] == "first"
                    else (last - dt.timedelta(days=k[1] - 1), last))
            return f"{a.isoformat()}/{b.isoformat()}"
        a = last - dt.timedelta(days=6) if k < 0 else first + dt.timedelta(days=7 * (k - 1))
        return f"{a.isoformat()}/{(a + dt.timedelta(days=6)).isoformat()}"
    if t == "wdpair":
        w1, w2 = expr["w1"], expr["w2"]
        gap = (w2 - w1) % 7
        if rel == "next" or (future and rel != "past"):
            d1 = dt.date.fromisoformat(resolve({"t": "wd", "wd": w1, "rel": rel, "future": True}, anchor))
            return f"{d1.isoformat()}/{(d1 + dt.timedelta(days=gap)).isoformat()}"
        d2 = dt.date.fromisoformat(resolve({"t": "wd", "wd": w2, "rel": rel}, anchor))
        return f"{(d2 - dt.timedelta(days=gap)).isoformat()}/{d2.isoformat()}"
    if t == "qrange":
        yy = y if y is not None else anchor.year + expr.get("k", 0)
        if expr.get("bare"):  # the latest such quarter or half begun by the anchor
            yy = anchor.year if expr["m1"] <= anchor.month else anchor.year - 1
        return f"{yy:04d}-{expr['m1']:02d}/{yy:04d}-{expr['m2']:02d}"
    if t == "ymrange":
        yy = y if y is not None else _year_for(expr["m2"], None, anchor, rel, future)
        y1 = yy - 1 if expr["m1"] > expr["m2"] else yy
        return f"{y1:04d}-{expr['m1']:02d}/{yy:04d}-{expr['m2']:02d}"
    if t == "feast":
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
        hm, hd = expr.get("hm"), expr.get("hd")
        if hm is None:  # "العيد": the feast of the season (al-Fitr from Ramadan to Dhu al-Qa'da)
            hm, hd = (10, 1) if h.month in (9, 10, 11) else (12, 10)
        # the last such feast on or before the anchor; the next one in a future clause
        hy = h.year + ((h.month, h.day) > (hm, hd)) if expr.get("future") else h.year - ((h.month, h.day) < (hm, hd))
        try:
            g = Hijri(hy, hm, hd).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return (dt.date(g.year, g.month, g.day) + dt.timedelta(days=expr["n"] - 1)).isoformat()
    if t == "prange":
        n, unit, sign = expr["n"], expr["u"], expr["sign"]
        if unit == "year":
            a, b = (anchor.year - n, anchor.year - 1) if sign < 0 else (anchor.year + 1, anchor.year + n)
            return f"{a:04d}/{b:04d}"
        if unit == "month":
            (ya, ma), (yb, mb) = ((_shift_month(anchor.year, anchor.month, -n), _shift_month(anchor.year, anchor.month, -1))
                                  if sign < 0 else (_shift_month(anchor.year, anchor.month, 1),
                                                    _shift_month(anchor.year, anchor.month, n)))
            return f"{ya:04d}-{ma:02d}/{yb:04d}-{mb:02d}"
        if unit == "week":  # "الأسابيع الثلاثة الماضية": the three ISO weeks before the anchor's
            wa, wb = ((anchor - dt.timedelta(weeks=n), anchor - dt.timedelta(weeks=1)) if sign < 0
                      else (anchor + dt.timedelta(weeks=1), anchor + dt.timedelta(weeks=n)))
            return "/".join(f"{w.isocalendar()[0]:04d}-W{w.isocalendar()[1]:02d}" for w in (wa, wb))
        days = 1
        a, b = ((anchor - dt.timedelta(days=n * days), anchor - dt.timedelta(days=1)) if sign < 0
                else (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=n * days)))
        return f"{a.isoformat()}/{b.isoformat()}"
    if t == "same":  # "التاسع من نفس الشهر": the month, year or quarter of the date before it
        of = expr["of"]
        v = resolve(of, anchor)
        if not v or not re.match(r"\d{4}", v):
            return None
        if expr["u"] == "year":
            return v[:4]
        if expr["u"] == "day":  # "في اليوم نفسه": the day told just before, when a day was told
            return v if len(v) == 10 else None
        if expr.get("ycur"):  # "الشهر ذاته من العام الجاري": that month (or quarter) of the anchor's year
            if anchor is None or of.get("t") in _HIJRI_TYPES:
                return None
            expr = {**expr, "y": anchor.year}
        if expr["u"] == "quarter":  # "مقارنة بالربع نفسه من العام الماضي": that quarter a year back
            return "/".join(f"{expr.get('y') or int(x[:4]) - expr.get('yback', 0):04d}{x[4:]}" for x in v.split("/"))
        first, back = v.split("/")[0], expr.get("yback", 0)
        if of.get("t") in _HIJRI_TYPES and len(first) == 10:
            g = dt.date.fromisoformat(first)
            h = Gregorian(g.year, g.month, g.day).to_hijri()
            if expr.get("y"):
                return None  # a Hijri month "من عام 2014": no one reading
            if expr["d"]:
                return _hijri_day(h.year - back, h.month, expr["d"])
            return resolve({"t": "hmonth", "hm": h.month, "hy": h.year - back}, anchor)
        if len(first) < 7:
            return None
        yy = expr.get("y") or int(first[:4]) - back
        return _greg_day(yy, int(first[5:7]), expr["d"]) if expr["d"] else f"{yy:04d}-{first[5:7]}"
    if t == "months_to":  # "12 شهرا حتى نهاية الشهر الماضي": the n months that end with that month or period
        v = resolve(expr["of"], anchor)
        end = v.split("/")[-1] if v else ""
        if not re.fullmatch(r"\d{4}-\d\d", end):
            return None  # a day, a year: not a month to count back from
        yy, mm = _shift_month(int(end[:4]), int(end[5:7]), 1 - expr["n"])
        return f"{yy:04d}-{mm:02d}/{end}"
    if t == "year_before":
        v = resolve(expr["of"], anchor)
        return f"{int(v[:4]) - 1:04d}" if v and re.match(r"\d{4}", v) else None
    if t == "wd_after":
        first = resolve(expr["after"], anchor)
        if not first:
            return None
        d = dt.date.fromisoformat(first)
        return (d + dt.timedelta(days=(expr["wd"] - d.weekday()) % 7 or 7)).isoformat()
    if t == "yrel2":
        return f"{anchor.year - 1:04d}/{anchor.year:04d}"
    if t == "mdrel":
        yy, mm = _shift_month(anchor.year, anchor.month, expr["k"])
        try:
            return dt.date(yy, mm, expr["d"]).isoformat()
        except ValueError:
            return None
    if t == "days":
        return (anchor + dt.timedelta(days=expr["n"])).isoformat()
    if t == "period":
        n, unit = expr["n"], expr["u"]
        if unit == "day":
            return (anchor + dt.timedelta(days=n)).isoformat()
        if unit == "week":
            d = anchor + dt.timedelta(weeks=n)
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        if unit == "month":
            yy, mm = _shift_month(anchor.year, anchor.month, n)
            return f"{yy:04d}-{mm:02d}"
        if unit == "year":
            return f"{anchor.year + n:04d}"
    return None


_SHIFT = {"past": -1, "next": 1, "cur": 0, "past2": -2, "next2": 2}


def _year_shift(g: dict[str, str | None]) -> int | None:
    """Years from the publication year of "من العام المقبل" / "من هذا العام" after a day or month."""
    if g.get("ythis"):
        return 0
    return _SHIFT[_relword(g["yrel"])] if g.get("yrel") else None


def _parse(kind: str, g: dict[str, str | None], future: bool) -> tuple[str, dict[str, Any]] | None:
    """(kind, expr) for one regex match, or None when the match is not a date."""
    rel = _relword(g.get("rel"))
    if kind == "range":
        expr = {"t": "range", "d1": _day(g.get("d1") or g["d3"]), "d2": _day(g.get("d2") or g["d4"]), "m": _month(g["m"]),
                "m1": _month(g["m1"]) if g.get("m1") else None, "y": int(g["y"]) if g.get("y") else None}
        if expr["d1"] > expr["d2"] and not expr["m1"]:
            return None
        if g.get("d3") and (expr["d2"] != expr["d1"] + 1 or not _TWO_DAYS_LEAD.search(g["_before"])):
            return None  # "يومي 7 و14 أكتوبر": two days, not the days between them; "فاز 3 و4 ..." no date
        return "range", {**expr, "rel": rel, "future": future}
    if kind == "feast_range":
        hm, hd = _FEAST[_key(g["f"])] if g.get("f") else (None, None)
        start = {"t": "feast", "hm": hm, "hd": hd, "n": _FEAST_ORD[g["n"]], "future": future}
        if g.get("e") or g.get("en"):
            end = {**start, "n": _day(g["e"]) if g.get("e") else _FEAST_ORD[g["en"]]}
        else:
            d = g["hd"]
            end = {"t": "hijri", "d": int(d) if d.isdigit() else _ORD.get(_key(d)) or _NUMW[_key(d)],
                   "hm": _HIJRI[_key(g["hm"])], "hy": None, "rel": None, "future": future}
        return "range", {"t": "span", "a": start, "b": end}
    if kind == "month_week":
        if g.get("ten2"):  # "الايام الخمسة عشر الأولى من الشهر", "الأيام الثلاثة الأولى من شهر شوال"
            c = g["cnt"].split()
            if c == ["عشره"] and not g.get("curm"):
                return None  # "الأيام العشرة الأولى من رمضان": not read as ten days (the month alone is found)
            n = _NUMW.get(c[0], 0) + (10 if len(c) > 1 else 0)
            if not 1 < n < 29 or (len(c) > 1 and _NUMW.get(c[0], 10) >= 10):
                return None
            k = ["last" if g["ten2"] == "اخيره" else "first", n]
            if k == ["last", 10]:
                k = "last10"  # "الأيام العشرة الأخيرة من رمضان" = "العشر الأواخر": from the 21st
        else:
            k = _MWEEK[g["wk"]] if g.get("wk") else "last10" if g["ten"] == fold("أواخر") else "first10"
        if g.get("curm"):
            if g.get("ten2") is None:
                return None
            return "range", {"t": "mweek", "k": k, "month": {"t": "period", "u": "month", "n": _SHIFT.get(rel or "cur", 0)}}
        if g.get("hm"):
            month = {"t": "hmonth", "hm": _HIJRI[_key(g["hm"])], "hy": int(g["hy"]) if g.get("hy") else None,
                     "rel": rel, "future": future}
        else:
            month = {"t": "ym", "m": _month(g["m"]), "y": int(g["y"]) if g.get("y") else None, "rel": rel,
                     "future": future}
        return "range", {"t": "mweek", "k": k, "month": month}
    if kind == "century":
        c = _day(g["c"]) if g.get("c") else int(g["cn"]) if g.get("cn") else None
        k = 0 if g.get("cc") or g.get("cthis") is not None else -1  # "القرن الحالي", "هذا القرن"
        if _DECADE_OF.search(g["_before"]) or (k == 0 and not g.get("dec") and _MIDDLE_OF.search(g["_before"])):
            return None  # "العقد الأول من القرن الحالي", "قبل منتصف هذا القرن": a part of it, not the century
        if g.get("dec"):  # a decade: "تسعينات القرن الماضي" = 1990/1999, "ثلاثينيات القرن الحالي" = 2030/2039
            if k == 0 and not future:
                # "بدأ البرنامج في السبعينات من هذا القرن": a text of the last century; a decade of this
                # one still to come is read only in a future clause (the bare decade is read instead)
                return None
            return "range", {"t": "decade", "d": _DECADE[g["dec"]], "c": c, **({"k": 0} if k == 0 else {})}
        half = {"اول": 1, "ثاني": 2}.get(g.get("half") or "")
        if c is None:  # "القرن الماضي": the one before the anchor's; "القرن الحالي": the anchor's
            return "range", {"t": "century", "k": k, **({"half": half} if half else {})}
        y1, y2 = _century_years(c, half)
        return "range", {"t": "yrange", "y1": y1, "y2": y2}
    if kind == "wd_pair":
        w1, w2 = _WD[_strip_clitic(g.get("w1") or g["w3"])], _WD[_strip_clitic(g.get("w2") or g["w4"])]
        if (w2 - w1) % 7 not in (1, 2):
            return None  # "السبت / الأحد" are two days in a row (or one apart); anything else is no pair
        return "range", {"t": "wdpair", "w1": w1, "w2": w2, "rel": rel, "future": future}
    if kind in ("hijri", "hijri_month") and rel is None and not g.get("hy") and not g.get("gy") and not g.get("this") and (
            _SINCE.match(g["_text"]) or _SINCE_LEAD.search(g["_before"])):
        rel = "since"  # "منذ ذي الحجة" written in Shawwal: the last one, not the next
    if kind == "hijri":
        return "hijri", {"t": "hijri", "d": _day(g["d"]), "hm": _HIJRI[_key(g["hm"])], "hy": int(g["hy"]) if g.get("hy") else None,
                         "rel": rel, "future": future}
    if kind == "dm_first":
        if not _TWO_DAYS_LEAD.search(g["_before"]) or int(g["d4"]) <= int(g["d"]):
            return None  # "فاز 3 و4 يوليو" is no date; "في 31 و1 أغسطس" is no pair of one month
        return "absolute", {"t": "ymd", "d": int(g["d"]), "m": _month(g["m"]), "y": int(g["y"]) if g.get("y") else None,
                            "rel": rel, "future": future}
    if kind == "hijri_range":
        if g.get("same") and not g.get("hm1"):
            return None  # "من 20 إلى 25 من نفس الشهر": the month is told before, not here
        hm = _HIJRI[_key(g.get("hm") or g["hm1"])]
        if g.get("hm1") and _HIJRI[_key(g["hm1"])] != hm:  # "من 25 رمضان إلى 5 شوال"
            a = {"t": "hijri", "d": _day(g["d1"]), "hm": _HIJRI[_key(g["hm1"])], "hy": None, "rel": rel, "future": future}
            return "range", {"t": "span", "a": a, "b": {**a, "d": _day(g["d2"]), "hm": hm, "rel": None}}
        if _day(g["d1"]) >= _day(g["d2"]):
            return None
        return "range", {"t": "hrange", "d1": _day(g["d1"]), "d2": _day(g["d2"]), "hm": hm,
                         "hy": int(g["hy"]) if g.get("hy") else None, "rel": rel, "future": future}
    if kind == "numrange":
        y2 = int(g["y2"])
        m2, d2 = int(g["m2"]), int(g["d2"])
        if g.get("d0"):
            y1, m1, d1 = y2, m2, int(g["d0"])
        else:
            m1, d1 = int(g["m1"]), int(g["d1"])
            y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if m1 > m2 else y2)
        if (y1 < 1700) != (y2 < 1700) or (y1, m1, d1) >= (y2, m2, d2) or y2 - y1 > 3:
            return None  # two calendars, a backward pair or a long span: not one period
        return "range", {"t": "numrange", "hijri": y2 < 1700, "a": (y1, m1, d1), "b": (y2, m2, d2)}
    if kind == "dm_near":
        if not _DM_LEAD.search(g["_before"]) or _DM_RANGE.match(v_after := g["_after30"]):
            return None  # "فاز 3/1" is a score; "من 30/11 وحتى 2/12/2015" is read with its year elsewhere
        greg = bool(_DM_GREG.match(v_after))
        return "absolute", {"t": "dm_near", "d": int(g["d"]), "m": int(g["mn"]), "greg": greg, "future": future}
    if kind == "wd_dm":
        return "absolute", {"t": "wd_dm", "wd": _WD[_strip_clitic(g["wdd"])], "d": int(g["d"]), "m": int(g["mn"]),
                            "future": future}
    if kind == "hijri_num":
        return "hijri", {"t": "hijri", "d": int(g["d"]), "hm": int(g["hmn"]), "hy": int(g["hy"])}
    if kind == "hijri_month":
        hm = 9 if g.get("ram") else _HIJRI[_key(g.get("hm") or g.get("hm2") or g["hm3"])]
        if g.get("gy"):  # "رمضان 2014": the Hijri year whose month begins in that Gregorian year
            g = {**g, "hy": _hijri_year_in(hm, int(g["gy"]))}
        if g.get("this"):
            rel = "cur"  # "هذا الشهر الفضيل": this year's Ramadan
        if re.match(r"(?:[وفبل]|وب|ول)?منتصف\s", g["_text"]) and not g.get("ram"):  # "منتصف رمضان": its 15th
            return "hijri", {"t": "hijri", "d": 15, "hm": hm, "hy": int(g["hy"]) if g.get("hy") else None, "rel": rel,
                             "future": future}
        return "hijri", {"t": "hmonth", "hm": hm, "hy": int(g["hy"]) if g.get("hy") else None, "rel": rel, "future": future}
    if kind == "hijri_year":
        return "hijri", {"t": "hijri_year", "hy": int(g["hy"])}
    if kind == "absolute" and "mrel" in g:
        # "16 من هذا الشهر" (no mrel) is the current month
        k = _SHIFT[_relword(g["mrel"])] if g.get("mrel") else 0
        return "absolute", {"t": "mdrel", "d": _day(g["d"]), "k": k}
    yk = _year_shift(g)
    if (kind in ("absolute", "month") and rel is None and not g.get("y") and yk is None
            and (_SINCE.match(g["_text"]) or _SINCE_LEAD.search(g["_before"]))):
        rel = "since"  # "منذ آب/أغسطس" written in July: the last August, not the next one
    if kind == "absolute":
        m = int(g["mn"]) if g.get("mn") else _month(g["m"])
        return "absolute", {"t": "ymd", "d": _day(g.get("d") or g["dq"]), "m": m, "y": int(g["y"]) if g.get("y") else None,
                            "rel": rel, "future": future, **({"yk": yk} if yk is not None else {})}
    if kind == "month" and re.match(r"(?:[وفبل]|وب|ول)?منتصف\s", g["_text"]) and not g.get("y"):
        # "منتصف يوليو": the month's 15th (a year stays a year: "منتصف 2016")
        return "absolute", {"t": "ymd", "d": 15, "m": _month(g["m"]), "y": None, "rel": rel, "future": future,
                            **({"yk": yk} if yk is not None else {})}
    if kind == "month" and re.match(r"(?:[وفبل]|وب|ول)?(?:تسليم|عقود)\s", g["_text"]):
        future = True  # "في عقود سبتمبر", "تسليم يناير": a futures contract's month is the next one
    if kind == "month":
        return "absolute", {"t": "ym", "m": _month(g["m"]), "y": int(g["y"]) if g.get("y") else None,
                            "rel": rel, "future": future, **({"yk": yk} if yk is not None else {})}
    if kind == "year" and g.get("y2d"):
        if not re.search(r"(?<!\w)[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|نهايه|بدايه|اواخر|اوائل|منتصف)\s+$", g["_before"]):
            return None  # "عام 97" only after a word of time: "سجل عام 50 هدفا" is no year
        return "absolute", {"t": "y", "y": 1900 + int(g["y2d"])}
    if kind == "year":
        return "absolute", {"t": "y", "y": int(g["y"])}
    if kind == "hours":
        n = int(g["nw"])
        if n % 24 or not 24 <= n <= 168:
            return None  # "خلال 36 ساعة الماضية": not whole days
        if n == 24:
            return "relative", {"t": "days", "n": -1}
        return "range", {"t": "prange", "u": "day", "n": n // 24, "sign": -1}
    if kind == "yrel2":
        return "range", {"t": "yrel2"}
    if kind == "weekday":
        if not g.get("pre") and not g.get("rel") and not re.search("يوم", g["_text"]):
            # a bare weekday: not in "خطب الجمعة", not "بين الاثنين" (the two), not a title ("مجلة «الاثنين»")
            if (_NOT_WD_LEAD.search(g["_before"])
                    or (_strip_clitic(g["wd"]) == fold("الاثنين") and _THE_TWO_LEAD.search(g["_before"])
                        and not g["_after"].lstrip().startswith("و"))
                    or (_NAME_LEAD.search(g["_before"]) and g["_after"].startswith('"'))):
                return None
        pre = fold(g.get("pre") or "")
        pre = re.sub(r"^(?:[وفبل]|وب|ول)(?=اليوم|امس|غدا|يوم|صباح|مساء)", "", pre)
        p = ("today" if pre.endswith("اليوم") else "yesterday" if pre.endswith(("امس", "البارحه"))
             else "after_tomorrow" if pre.endswith("بعد غد") else "tomorrow" if pre.endswith(("غدا", "غد")) else None)
        expr = {"t": "wd", "wd": _WD[_strip_clitic(g["wd"])], "pre": p, "rel": rel, "future": future}
        if pre and p is None:
            expr["pod"] = True  # "ليلة الثلاثاء الماضية", "مساء الخميس": a part of the day before the weekday
        return "weekday", expr
    if kind == "quarter":
        if g.get("mn") or g.get("mn2"):
            mn, mf = (g["mn"], g["mf"]) if g.get("mn") else (g["mn2"], g["mf2"])
            n = int(mn) if mn.isdigit() else _NUMW.get(mn, 0)
            if not 1 < n < 12:
                return None
            a, b = (1, n) if mf == "الاولي" else (13 - n, 12)  # the first or last n months
        elif g.get("qb") or g.get("mnb"):
            if g.get("mnb"):
                n = int(g["mnb"]) if g["mnb"].isdigit() else _NUMW.get(g["mnb"], 0)
                if not 1 < n < 12:
                    return None
                a, b = (1, n) if g["mfb"] == "الاولي" else (13 - n, 12)
            else:
                a, b = _QUARTER["ال" + _key(g["qb"])]
            return "range", {"t": "qrange", "m1": a, "m2": b, "y": None, "k": 0, "bare": True}
        else:
            a, b = _QUARTER["ال" + _key(g["q"])]
        y = g.get("y") or g.get("y2") or g.get("y3")
        k = {"past": -1, "next": 1, "cur": 0}.get(rel or "cur", 0)
        return "range", {"t": "qrange", "m1": a, "m2": b, "y": int(y) if y else None, "k": k}
    if kind == "feast":
        hm, hd = _FEAST[_key(g["f"])] if g.get("f") else (None, None)
        if g.get("eve") and hm == 9:
            return None  # "ليلة رمضان" is no one day
        # "ليلة العيد": the evening before the feast, the day before it
        return "hijri", {"t": "feast", "hm": hm, "hd": hd, "n": 0 if g.get("eve") else _FEAST_ORD[g["n"]], "future": future}
    if kind == "mrange":
        return "range", {"t": "ymrange", "m1": _month(g["m1"]), "m2": _month(g["m2"]),
                         "y": int(g["y"]) if g.get("y") else None, "rel": rel, "future": future}
    if kind == "yrange":
        if g.get("y5"):
            a, b = int(g["y5"]), int(g["y6"])
            if b < 100:
                b += a - a % 100  # "2015/16"
            if not (a < b <= a + 10 or (a < b <= a + 100 and _PERIOD_LEAD.search(g["_before"]))):
                # "2015-2009" or a span of decades written with a dash: not one period, unless the text
                # calls it one ("خلال الفترة 1981 - 2010", "للفترة من 1990-2014")
                return None
            return "range", {"t": "yrange", "y1": a, "y2": b}
        a, b = (g.get("y1") or g.get("y3") or g["y3b"]), (g.get("y2") or g.get("y4") or g["y4b"])
        if int(a) >= int(b) or _BC.match(g["_after30"]):
            return None  # "بين 2014 و2010": no period; "بين عامي 1971 و1928 قبل الميلاد": another era
        if g.get("y1") and "بين" not in g["_text"] and int(b) != int(a) + 1 and not re.search(r"\s(?:الي|حتي)\s", g["_text"]):
            return None  # "كأس السوبر عامي 2010 و2012": two years, not the period between them
        return "range", {"t": "yrange", "y1": int(a), "y2": int(b)}
    if kind == "hijri_years":
        return "hijri", {"t": "hijri_years", "hy": int(g["hy"]), "hy2": int(g["hy2"])}
    if kind == "prange":
        if g["pu"] not in _PLURAL and not g.get("art") and not _BARE_COUNT_LEAD.search(g["_before"]):
            return None  # "5 سنوات الماضية" only after the article: "الـ5 سنوات الماضية"
        unit = _PLURAL.get(g["pu"]) or _PLURAL_BARE[g["pu"]]
        n = 2 if unit.endswith("2") else (int(g["nw"]) if (g.get("nw") or "").isdigit() else _NUMW.get(g.get("nw") or ""))
        if not n:
            return None  # "الأيام الماضية": vague, no count
        return "range", {"t": "prange", "u": unit.rstrip("2"), "n": n, "sign": 1 if rel == "next" else -1}
    if kind == "relative" and g.get("today") is not None:
        if _NOT_TODAY.search(g["_before"]):
            return None  # "عين اليوم", "طوال اليوم", "خمس مرات في اليوم"
        if _QUOTED_OPEN.search(g["_before"]) and _QUOTED_CLOSE.match(g["_after"]):
            return None  # "قال لـ(اليوم)", "صحيفة «اليوم»": the newspaper's name
        return "relative", {"t": "days", "n": 0}
    if kind == "year_lead":
        if not re.match(_YEAR_NEXT, g["_after30"]):
            lead = _YEAR_LEAD_BARE.search(g["_before"])
            if not lead or not 1900 <= int(g["y"]) <= 2030 or _YEAR_UNIT_AFTER.match(g["_after30"]) or not (
                    lead.group("p") == "منذ" or _YEAR_WORD_AFTER.match(g["_after30"])):
                return None
            return "absolute", {"t": "y", "y": int(g["y"])}
        if not _YEAR_LEAD.search(g["_before"]) and not (
                re.search(r"\)\s*$", g["_before"]) and re.match(r"\s*(?:[،,.]|$)", g["_after"])) and not (
                _CITED_LEAD.search(g["_before120"]) and re.match(r"\s*\)", g["_after"])):
            # a bare number is never a year; after "في", "منذ", "خريف" ... it is, and last in a book's
            # citation: "(كم عمر الغضب: هيكل وأزمة العقل العربي، 1983)"
            return None
        return "absolute", {"t": "y", "y": int(g["y"])}
    if kind == "relative":
        if g.get("day"):
            w = re.sub(r"^(?:وب|ول|[وفبل])(?=امس|البارحه|غدا|اول|بعد|الامس|الغد)", "", g["day"])
            n = _DAYWORDS.get(_key(w))
            if n is None:
                return None  # a clitic form we do not read: no date rather than a wrong one
            if n == -1 and _NOT_YESTERDAY.match(g["_after"]):
                return None  # "في أمس الحاجة": "most in need", not yesterday
            return "relative", {"t": "days", "n": n}
        if g.get("u2"):
            u = {"الشهر": "month", "العام": "year", "السنه": "year", "الاسبوع": "week"}[g["u2"]]
        elif g.get("u3"):
            u = {"شهر": "month", "عام": "year", "سنه": "year", "اسبوع": "week"}[g["u3"]]
        if g.get("u2") == "العام" and g["_text"].startswith("العام") and _GENERAL_LEAD.search(g["_before"]):
            return None  # "الأمين العام السابق": "general", not a year
        if g.get("q") and u != "year":
            return None  # "الشهر المالي": only years are qualified (fiscal, Gregorian)
        hy = re.match(r"\s+(1[34]\d\d)(?![\d/.-])", g["_after"]) if (g.get("u2") or g.get("u3")) and u == "year" else None
        if hy:  # "العام المالي الماضي 1435": the Hijri year it names
            return "hijri", {"t": "hijri_year", "hy": int(hy.group(1))}
        if g.get("u2") or g.get("u3"):
            return "relative", {"t": "period", "u": u, "n": _SHIFT[rel]}
        if not g.get("n") and not g.get("nw") and (_repeated(g["u"], g["_before"]) or (
                g["u"] == "يوم" and _DAY_ADJ.match(g["_after"]))):
            return None  # "يوما بعد يوم", "عاما بعد عام" (more and more), "بعد يوم طويل": no date
        within = g["dir"] == "خلال" or g["dir"].startswith("في")
        if within and rel is None and (not future or g.get("of")):
            return None  # "خلال 3 أيام" is a duration; "سيتم خلال يومين" is a deadline two days ahead
        if g["u"] == "عقد" and not _DECADE_AFTER.match(g["_after30"]):
            # "قبل عقد الاجتماع": before holding the meeting; "قبل عقد من الزمن", "منذ عقد:" (at a
            # clause's end), "منذ عقد تقريبا": ten years back
            return None
        if not g.get("n") and not g.get("nw") and re.match(r"\s*[,،]?\s*\d{3,4}(?!\d)", g["_after"]):
            return None  # "منذ عام 1391": a year is named, not one year back
        if (g.get("of") and g["dir"] == "بعد" and g["of"].split() == ["علي"] and _UNITS[g["u"]].startswith("year")
                and not future and (g.get("n") or g.get("nw") or _UNITS[g["u"]].endswith("2") or g["u"] in _SINGULAR)
                and not _G_YEAR.search(g["_before120"])):
            # "بعد 25 عاما على سقوط حبري", "بعد مرور أربع سنوات على بدء الأزمة": the anniversary is now (not
            # in a story told in the past: "في 2012 ... وبعد عامين على افتتاحه", "بعد ثلاث سنوات تقريبا على")
            return "relative", {"t": "period", "u": "year", "n": 0}
        if (g["_text"][:1] in "وف" and g["dir"] == "بعد") or re.search(r"(?:مرور|مضي)\s", g["_text"]):
            # "وبعد 3 أيام عاد", "بعد مرور أسبوع": after another event of the story, not after publication
            return None
        if g.get("of") and not (g["of"].split()[-1] == "علي" and (
                g["dir"] == "منذ" or g["dir"] == "قبل" and _ON_GOVERNOR.search(g["_before"]))):
            # "بعد يومين من الهجوم": counted from another event, not from publication; but
            # "منذ أربعة أشهر على ..." is a verb's complement ("عملت منذ ... على محاصرة"), and so is
            # "على" after "سيطر قبل شهرين" (its object: "على المدينة")
            return None
        unit = _UNITS[g["u"]]
        n = 2 if unit.endswith("2") else int(g["n"]) if g.get("n") else _NUMW.get(g.get("nw") or "", 1)
        if g.get("nw2") and g.get("nw"):
            if _NUMW[g["nw2"]] < 20 or _NUMW[g["nw"]] >= 10:
                return None  # "بعد خمسة وثمانية أعوام": two counts, not one number
            n = _NUMW[g["nw"]] + _NUMW[g["nw2"]]  # "خمسة وعشرين" = 25
        if g.get("n") is None and g.get("nw") is None and not unit.endswith("2"):
            if g["u"] not in _SINGULAR:
                return None  # "منذ سنوات": no number, no date
            n = 1  # "قبل عام": one year
        unit = unit.rstrip("2")
        if unit == "decade":
            unit, n = "year", n * 10
        if unit == "hour":
            if n % 24:
                return None  # "قبل 3 ساعات": a time of day, not a date
            unit, n = "day", n // 24
        sign = 1 if (g["dir"] == "بعد" or rel == "next" or (within and rel is None)) else -1
        return "relative", {"t": "period", "u": unit, "n": sign * n}
    return None


# Patterns gated by a month name, a Hijri month, a year, a weekday or a digit pair contain one in every
# match, no further than _REACH characters from either end of the match: they are run only on the
# windows of the text around those words (merged where they overlap), which spares scanning long
# articles with few dates in them.
_WINDOWED = {id(g) for g in (_G_MONTH, _G_HM, _G_YEAR, _G_HNUM, _G_NUM, _G_DM, _G_WD, _G_QUARTER, _G_HOURS)}
_REACH = 100


# (kind, regex, gate, gate key, windowed) for each pattern, in order
_PLAN = [(kind, rx, gate, id(gate), id(gate) in _WINDOWED and gate is not None)
         for (kind, rx), gate in zip(_PATTERNS, _GATES)]


def _windows(gate: re.Pattern, v: str) -> list[list[int]]:
    spans: list[list[int]] = []
    for m in gate.finditer(v):
        s, e = max(0, m.start() - _REACH), min(len(v), m.end() + _REACH)
        if spans and s <= spans[-1][1]:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    return spans


def find_dates(text: str, anchor: dt.date | None = None) -> list[DateMention]:
    """Date mentions of ``text`` in order, with values resolved against ``anchor``."""
    view = normalize(text, punct=False)
    v = view.text
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    gate_hits: dict[int, bool] = {}
    windows: dict[int, list[list[int]]] = {}
    long_text = len(v) > 4 * _REACH
    for kind, rx, gate, key, windowed in _PLAN:
        if windowed and long_text:
            wins = windows.get(key)
            if wins is None:
                wins = windows[key] = _windows(gate, v)
            if not wins:
                continue
            matches = rx.finditer(v) if len(wins) == 1 and wins[0] == [0, len(v)] else (
                m for ws, we in wins for m in rx.finditer(v, ws, we))
        else:
            if gate is not None:
                hit = gate_hits.get(key)
                if hit is None:
                    hit = gate_hits[key] = gate.search(v) is not None
                if not hit:
                    continue
            matches = rx.finditer(v)
        for m in matches:
            s, e = m.span()
            while e > s and v[e - 1] == " ":
                e -= 1
            if any(s < te and ts < e for ts, te in taken):
                continue
            clause = v[max(0, v.rfind(".", 0, s), s - 80):s]
            try:
                fut = _future_of(clause)
                parsed = _parse(kind, {**m.groupdict(), "_before": v[max(0, s - 24):s], "_after": v[e:e + 8], "_text": v[s:e],
                                       "_after30": v[e:e + 30], "_before120": v[max(0, s - 120):s]},
                                fut == "strong" or (fut == "weekday" and kind == "weekday"))
            except (KeyError, ValueError) as exc:  # a form the tables do not cover: skip it, never fail the article
                log.debug("unreadable date %r: %r", m.group(0), exc)
                continue
            if parsed is None:
                continue
            k, expr = parsed
            value = resolve(expr, anchor)
            if value is None and anchor is not None and expr.get("t") == "dm_near":
                continue  # "23/4" far from the anchor in either calendar: no date rather than a guess
            os_, oe = view.span(s, e)
            while oe < len(text) and (text[oe] in DIACRITICS or text[oe] == TATWEEL):
                oe += 1  # marks on the last letter belong to the word (هـ, الأربعاءِ)
            out.append(DateMention(os_, oe, text[os_:oe], value, k, expr))
            taken.append((s, e))
    out.sort(key=lambda d: d.start)
    _weekday_with_date(text, out, anchor)
    _year_of_the_story(text, out, anchor)
    out = _the_year_before(text, out, anchor)
    out = _same_period(text, out, anchor)
    out = _day_of_it(text, out, anchor)
    _hijri_current_month(text, out, anchor)
    _weekdays_in_a_programme(text, out, anchor)
    out = _counted_from_event(text, out, anchor)
    return _months_up_to(text, _join_ranges(text, _glossed_ranges(text, _bare_quarters(text, out, anchor)), anchor), anchor)


# a count told from the event just dated: "وبعدها بتسعة أيام", "بعد ذلك بعامين", "وبعد سنتين من ...",
# "بعد مضي 20 عاما"; or from an event the article dated before: "قبل عام من «لورنس العرب»"
_EVENT_COUNT = re.compile(
    rf"(?<!\w)(?:(?P<then>[وف]?(?:بعدها|بعده|قبلها|قبله)\s+ب|[وف]?(?:بعد|قبل)\s+ذلك\s+ب)(?P<n1>\d{{1,3}}\s+)?(?P<w1>(?:{_alts(_NUMW)})\s+)?(?P<u1>{UNIT})"
    rf"|(?P<dir>[وف]?(?:بعد|قبل))\s+(?P<lapse>(?:مضي|مرور)\s+)?(?P<n2>\d{{1,3}}\s+)?(?P<w2>(?:{_alts(_NUMW)})\s+)?(?P<u2>{UNIT})"
    rf"(?P<of>{_OF_SKIP}\s+من\s+(?P<ev>\S+(?:\s+\S+)?))?)(?!\w)")
_EV_END = re.compile(r"[^\w«»\"]+$")
_EVENT_DATED_AFTER = re.compile(r"(?P<name>[^\W\d]\S*(?:\s+[^\W\d]\S*){0,3})\s+(?:في|يوم|بتاريخ)\s+")
_EVENT_REACH = 250
_NOMINAL = dt.date(2000, 1, 1)


def _count_from(base: str | None, unit: str, n: int) -> str | None:
    """The point ``n`` units after (before, n < 0) the date ``base``, at the unit: a year count needs a
    year, a month count a month, a day or week count a day."""
    if not base or not re.match(r"\d{4}(?:-\d\d){0,2}$", base):
        return None
    if unit == "year":
        return f"{int(base[:4]) + n:04d}"
    if unit == "month" and len(base) >= 7:
        yy, mm = _shift_month(int(base[:4]), int(base[5:7]), n)
        return f"{yy:04d}-{mm:02d}"
    if unit in ("day", "week") and len(base) == 10:
        d = dt.date.fromisoformat(base) + dt.timedelta(days=n * (7 if unit == "week" else 1))
        if unit == "week":
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        return d.isoformat()
    return None


def _counted_from_event(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """A count from an event of the story is the point it reaches from that event's date, when the
    article gives the date: "وبعدها بتسعة أيام" after "28 أبريل" (the date just told, in the same
    paragraph), "في عام 1997 ... بعد مضي 20 عاما" = 2017, "«لورنس العرب» سنة 1962 ... بعد عام من
    «لورنس العرب»" = 1963 (the event named with its date earlier). Otherwise no date, as before."""
    if ("بعد" not in text and "قبل" not in text) or not any(m.expr.get("t") in ("y", "ym", "ymd") for m in mentions):
        return mentions  # nothing to count from
    view = normalize(text, punct=False)
    v = view.text
    found = []
    for mm in _EVENT_COUNT.finditer(v):
        g = mm.groupdict()
        os_, oe = view.span(mm.start(), mm.end("u1") if g["u1"] else mm.end("u2"))
        if any(m.start < oe and os_ < m.end for m in mentions):
            continue
        u, n, w = (g["u1"], g["n1"], g["w1"]) if g["u1"] else (g["u2"], g["n2"], g["w2"])
        unit = _UNITS[u]
        if n:
            k = int(n)
        elif w:
            k = _NUMW[w.strip()]
        elif unit.endswith("2"):
            k = 2
        elif u in _SINGULAR:
            k = 1
        else:
            continue  # "بعد سنوات": no number
        unit = unit.rstrip("2")
        if unit == "decade":
            unit, k = "year", k * 10
        if unit not in ("year", "month", "week", "day"):
            continue
        back = (g["then"] or g["dir"] or "").lstrip("وف").startswith("قبل")
        if _repeated(u, v[max(0, mm.start() - 24):mm.start()]):
            continue
        # dates at the unit's granularity or finer (tried against a nominal day when there is no anchor yet)
        if re.match(r"\s*(?:علي|عن)\s", v[mm.end("u1") if g["u1"] else mm.end("u2"):][:6]):
            continue  # "وفي عام 2012 وبعد مضي أربع سنوات على تقلده منصبه": counted from another event
        # written dates (a year, a month, a day; not a deictic, a feast or a plan) at the unit's
        # granularity or finer (tried against a nominal day when there is no anchor yet)
        dated = [m for m in mentions if m.end <= os_ and m.expr.get("t") in ("y", "ym", "ymd")
                 and not m.expr.get("future") and _count_from(resolve(m.expr, anchor or _NOMINAL), unit, 0)]
        base = None
        if g.get("ev"):
            # the event named earlier with its date: "«لورنس العرب» سنة 1962"
            ev = _EV_END.sub("", g["ev"])
            for m in dated:
                before = fold(text[max(0, m.start - 40):m.start])
                if len(ev) > 3 and ev in before:
                    base = m
            if base is not None:  # the span runs to the event's name
                oe = view.span(mm.start("ev"), mm.start("ev") + len(ev))[1]
            if base is None:
                # the event dated right after its name: "بعد أسبوع من سوبر لندن في 12 أغسطس"
                es = view.span(mm.start("ev"), mm.start("ev"))[0]
                nxt = next((m for m in mentions if m.start >= es), None)
                lead = _EVENT_DATED_AFTER.fullmatch(fold(text[es:nxt.start])) if nxt is not None and nxt.start - es <= 40 else None
                if lead and nxt.expr.get("t") in ("y", "ym", "ymd") and _count_from(resolve(nxt.expr, anchor or _NOMINAL), unit, 0):
                    base, oe = nxt, es + len(lead.group("name"))
            if base is None:
                continue  # "بعد يومين من الهجوم", "وبعد شهر من المناقشة": the event's day is not told
        if base is None:
            if g["u2"] and not ((g["dir"] or "")[:1] in "وف" and not back) and not g["lapse"]:
                continue  # "قبل عامين" is counted from publication, not from an event
            near = [m for m in dated if os_ - m.end <= _EVENT_REACH and "\n" not in text[m.end:os_]]
            if not near:
                continue
            base = near[-1]
        if base.expr.get("t") != "y" and base.expr.get("y") is None and re.match(r"\D{0,12}\d{4}", text[base.end:base.end + 16]):
            continue  # "في السادس من ديسمبر لعام 1992م": the year written after the day was not joined to it
        expr = {"t": "event_count", "u": unit, "n": -k if back else k, "of": base.expr}
        found.append(DateMention(os_, oe, text[os_:oe], resolve(expr, anchor), "relative", expr))
    return sorted(mentions + found, key=lambda d: d.start) if found else mentions


_MONEY = re.compile(rf"(?<!\w)(?:[وفبل]|وب|ول|لل)?(?:{_alts(V.MONEY_WORDS)})(?!\w)")


def _bare_quarters(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """A quarter or half without its year ("الربع الأول") is the latest one begun by the anchor, when
    the article dates another quarter or half with its year ("الربع الثاني من العام الحالي") or its
    sentence speaks of money or growth ("أرباح «جوجل» ترتفع إلى 3.9 مليار دولار في الربع الثاني");
    otherwise it is no date (a basketball game has quarters too)."""
    told = [m for m in mentions if m.expr.get("t") == "qrange" and not m.expr.get("bare")]
    out = []
    for m in mentions:
        if m.expr.get("bare") and not told:
            s = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
            e = min([i for i in (text.find(".", m.end), text.find("\n", m.end)) if i >= 0] or [len(text)])
            if re.match(r"\s*(?:من\s+)?(?:لل|ال|ل)?قرن", fold(text[m.end:m.end + 12])) or not _MONEY.search(fold(text[s:e])):
                continue
        out.append(m)
    return out


def _weekdays_in_a_programme(text: str, mentions: list[DateMention], anchor: dt.date | None) -> None:
    """A bare weekday joined by و right after today's or tomorrow's, or after a weekday still to come, in
    the same sentence comes after it: "واليوم الأربعاء سباق قوارب النزهة والخميس مسابقة صيد الأسماك" (the
    next Thursday), "وتستكمل المباريات الجمعة في ...، والسبت في ..." (the Saturday after that Friday)."""
    for prev, m in zip(mentions, mentions[1:]):
        e, p = m.expr, prev.expr
        if (m.kind != "weekday" or e.get("t") != "wd" or e.get("pre") or e.get("rel") or e.get("at")
                or prev.kind != "weekday" or p.get("t") not in ("wd", "wd_after")
                or not (p.get("pre") in ("today", "tomorrow") or p.get("t") == "wd_after"
                        or (not p.get("pre") and (p.get("future") or p.get("rel") == "next")))
                or not fold(m.text).startswith("و") or m.start - prev.end > 80 or re.search(r"[.\n؟!]", text[prev.end:m.start])):
            continue
        m.expr = {"t": "wd_after", "wd": e["wd"], "after": p}
        m.value = resolve(m.expr, anchor)


_YEAR_CONTEXT_REACH = 300
_SAME_YEAR = re.compile(r"\s*[,،]?\s*(?:من|في)\s+(?:(?:العام|السنه)\s+(?:ذاته|نفسه|نفسها|ذاتها)|نفس\s+(?:العام|السنه))(?!\w)")


def _year_of_the_story(text: str, mentions: list[DateMention], anchor: dt.date | None) -> None:
    """A month or a day said to be of the same year as the date before it, in the same paragraph, is in
    that year: "فاز بانتخابات 1991 ... في سبتمبر من السنة نفسها", "في يونيو من العام ذاته". (Carrying
    any earlier year to a bare month was tried: on 2,000 dev-day articles it was wrong more often than
    right, "this day in history" lists and parenthesized days of this year.)"""
    for prev, m in zip(mentions, mentions[1:]):
        e = m.expr
        if e.get("t") not in ("ym", "ymd") or e.get("y") is not None or e.get("rel") or e.get("yk") is not None \
                or e.get("future"):
            continue
        p = prev.expr
        y = p.get("y") if p.get("t") in ("y", "ym", "ymd") else None
        if y is None or (anchor is not None and y >= anchor.year) or m.start - prev.end > _YEAR_CONTEXT_REACH \
                or "\n" in text[prev.end:m.start]:
            continue
        if not _SAME_YEAR.match(fold(text[m.end:m.end + 30])):
            continue
        m.expr = {**e, "y": y, "story_year": True}
        m.value = resolve(m.expr, anchor)


_YEAR_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:بال|لل|ال))(?:عام|سنة)\s+(?:الذي|التي)\s+(?:سبقه|سبقها|قبله|قبلها)(?!\w)")


def _the_year_before(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """"العام الذي سبقه" (the year before it) is the year before the last year the paragraph dates:
    "بلغ ... خلال العام الماضي 2014 ... مقارنة بالعام الذي سبقه" = 2013. No such year before it in
    the paragraph: no date."""
    found = []
    for mm in _YEAR_BEFORE.finditer(text):
        s, e = mm.span()
        if any(m.start < e and s < m.end for m in mentions):
            continue
        prev = [m for m in mentions if m.end <= s and s - m.end <= _YEAR_CONTEXT_REACH and "\n" not in text[m.end:s]
                and (re.match(r"\d{4}", str(m.value or "")) or (m.expr.get("t") == "period" and m.expr.get("u") == "year"))]
        if not prev:
            continue
        expr = {"t": "year_before", "of": prev[-1].expr}  # resolved again with the year it follows
        found.append(DateMention(s, e, text[s:e], resolve(expr, anchor), "relative", expr))
    return sorted(mentions + found, key=lambda d: d.start) if found else mentions


_SAME = re.compile(
    r"(?<!\w)(?:(?P<d>(?:الـ?\s*)?\d{1,2}|[^\s\d]+(?:\s+عشر)?)\s+من\s+)?(?P<x>(?:[وفبل]|لل)?(?:نفس\s+(?:ال)?(?P<u1>شهر|عام|سنة|ربع|يوم)"
    r"|ال(?P<u2>شهر|عام|سنة|ربع|يوم)\s+(?:نفسه|ذاته|نفسها|ذاتها)|ذات\s+ال(?P<u3>شهر|عام|سنة|يوم)))(?!\w)")
# "مقارنة بنفس الشهر من العام الماضي": the same month a year back; "من الأعوام الماضية": no one month
_SAME_YEAR_AFTER = re.compile(r"\s*(?:(?:من|في|خلال|عن)\s+|ل(?=عام\s)|(?=عام\s))(?:(?P<back>(?:العام|السنه)\s+(?:الماضي|السابق|المنصرم|الفايت|الفاىت))"
                              r"|(?P<cur>(?:العام|السنه)\s+(?:الجاري|الحالي))"
                              r"|عام\s+(?P<y>(?:19|20)\d\d)|(?P<many>الاعوام|السنوات|السنين))(?!\w)")
_SAME_HINT = re.compile(r"نفس|ذات")
_SAME_UNIT = {"شهر": "month", "عام": "year", "سنة": "year", "ربع": "quarter", "يوم": "day"}
_HIJRI_TYPES = ("hijri", "hmonth", "hrange")
# expressions that name a month (or a day of one)
_MONTHLY = ("ymd", "ym", "range", "mdrel", "hijri", "hmonth", "hrange", "numrange", "dm_near", "wd_dm", "span", "mweek", "same",
            "ymrange")


def _same_period(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """"التاسع من نفس الشهر", "في العام نفسه", "خلال الربع ذاته": the month, year or quarter of the
    last date before it, at most 300 characters back (a Hijri month after a Hijri date). None: no date."""
    if "نفس" not in text and "ذات" not in text:
        return mentions
    found, seen = [], set()
    for hit in _SAME_HINT.finditer(text):  # the pattern is run only around "نفس"/"ذات" (fast)
        w0 = max(0, hit.start() - 30)
        mm = next((x for x in _SAME.finditer(text, w0, min(len(text), hit.end() + 16))
                   if x.start("x") <= hit.start() < x.end()), None)
        if mm is None or mm.span() in seen:
            continue
        seen.add(mm.span())
        s, e = mm.span()
        u = _SAME_UNIT[mm.group("u1") or mm.group("u2") or mm.group("u3")]
        d = mm.group("d")
        day = None
        if d is not None:
            fd = re.sub(r"^ال\s*(?=\d)", "", re.sub(r"^(?:[وفبل]|وب|ول)(?=ال)", "", fold(d)))
            day = int(fd) if fd.isdigit() else _ORD.get(_key(fd))
            if day is None or u != "month" or not 1 <= day <= 31:
                day, s = None, mm.start("x")  # "أكثر من نفس الشهر": the period alone
        if any(m.start < e and s < m.end for m in mentions):
            continue
        # (the expressions, not their values: the anchor may come later, see reresolve)
        # (also across a paragraph break: "... في الربع الثالث من عام 2015.\nكما حققت خلال الربع ذاته")
        prev = [m for m in mentions if m.end <= s and s - m.end <= _YEAR_CONTEXT_REACH]
        if u == "quarter":
            prev = [m for m in prev if m.expr.get("t") == "qrange"]
        elif u == "month":
            prev = [m for m in prev if m.expr.get("t") in _MONTHLY or m.expr.get("t") == "period" and m.expr.get("u") == "month"]
        elif u == "day" and (day is not None or _SAME_YEAR_AFTER.match(fold(text[e:e + 30]))
                             or re.match(r"\s+(?:الذي|التي)(?!\w)", text[e:e + 8])):
            continue  # "اليوم نفسه من العام الماضي", "في اليوم ذاته الذي صادف إجازة": no day told before
        if not prev:
            continue
        if u == "day" and len(resolve(prev[-1].expr, anchor or _NOMINAL) or "") != 10:
            continue  # "في مايو الماضي ... في اليوم ذاته": the last date told is no one day
        if u == "year" and s - prev[-1].end <= 8 and re.fullmatch(r"\s*[,،]?\s*(?:من|في)\s+", text[prev[-1].end:s]):
            continue  # "في سبتمبر من العام نفسه": part of the month before it (_year_of_the_story)
        expr = {"t": "same", "u": u, "d": day, "of": prev[-1].expr}
        after = _SAME_YEAR_AFTER.match(fold(text[e:e + 30]))
        if after and u != "year":
            if after.group("many"):
                continue
            expr.update({"yback": 1} if after.group("back") else {"ycur": True} if after.group("cur") else {"y": int(after.group("y"))})
        found.append(DateMention(s, e, text[s:e], resolve(expr, anchor), "absolute" if day else "relative", expr))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# "في الثاني من أغسطس ثم ... في الخامس منه", "من 10 شوال وحتى العشرين منه": a day of the month just named;
# the day word comes right after a preposition or "و" ("الجزء الثاني منه", "النصف الأول منه" are no days)
_DAY_OF_IT = re.compile(r"(?<!\w)(?P<lead>[وف]?(?:في|حتى|حتي|إلى|الى|ثم|يوم)\s+|[وف](?=ال))(?P<d>(?:الـ?\s*)?\d{1,2}|[^\s\d]+(?:\s+(?:و\S+|عشر))?)\s+منه(?!\w)")
_DAY_OF_IT_REACH = 120


def _day_of_it(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """"الخامس منه": that day of the month of the date told just before it (at most 120 characters back)."""
    if "منه" not in text:
        return mentions
    found = []
    for mm in _DAY_OF_IT.finditer(text):
        fd = re.sub(r"^ال\s*(?=\d)", "", fold(mm.group("d")).replace("ـ", ""))
        day = int(fd) if fd.isdigit() else _ORD.get(_key(fd))
        if day is None or not 1 <= day <= 31:
            continue
        s, e = mm.start("d"), mm.end()
        if any(m.start < e and s < m.end for m in mentions):
            continue
        prev = [m for m in mentions if m.end <= s and s - m.end <= _DAY_OF_IT_REACH]
        if not prev or not (prev[-1].expr.get("t") in _MONTHLY and prev[-1].expr.get("t") != "same"
                            and len(resolve(prev[-1].expr, anchor or _NOMINAL) or "") in (7, 10)):
            continue  # the date before is no one month or day of one
        expr = {"t": "same", "u": "month", "d": day, "of": prev[-1].expr}
        found.append(DateMention(s, e, text[s:e], resolve(expr, anchor), "absolute", expr))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _hijri_current_month(text: str, mentions: list[DateMention], anchor: dt.date | None) -> None:
    """"الشهر الجاري" after a Hijri day or month of the current Hijri month ("بعد استئناف أعمالها 4 شوال
    الجاري ... حتى نهاية الشهر الجاري") is that Hijri month, when that is the last month named before it."""
    for i, m in enumerate(mentions):
        e = m.expr
        if e.get("t") != "period" or e.get("u") != "month" or e.get("n") != 0:
            continue
        # the last month named before it, however far: the article counts in that calendar
        prev = [p for p in mentions[:i] if p.expr.get("t") in _MONTHLY or p.expr.get("t") == "period" and p.expr.get("u") == "month"]
        if not prev or prev[-1].expr.get("t") not in ("hijri", "hmonth", "hrange") or prev[-1].expr.get("rel") != "cur":
            continue
        m.expr = {"t": "hmonth", "hm": prev[-1].expr["hm"], "hy": prev[-1].expr.get("hy"), "rel": "cur", "future": False}
        m.kind = "hijri"
        m.value = resolve(m.expr, anchor)


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_TO = re.compile(r"\s*\)?\s*[,،]?\s*(?:و\s*)?(?:حتي|الي)\s+(?:نهايه\s+)?(?:(?:ال)?سنه\s+الماليه\s+|(?:ال)?عام\s+(?:المالي\s+)?|(?:ال)?سنه\s+)?")
_HIJRI_YEARS = ("hijri_year", "hijri_years")


# a Gregorian year in parentheses right after a Hijri one, read here (a year alone in parentheses is no
# date mention of its own): "1394/ 1395هـ (1975)", "1435/ 1436هـ (2014م)"
_GLOSS_YEAR = re.compile(r"\s*\(\s*(?P<y>(?:19|20)\d\d)\s*م?\s*\)")


def _gloss(text: str, mentions: list[DateMention], j: int) -> tuple[int, int, int] | None:
    """The Gregorian year glossing the Hijri year ``mentions[j]``: (year, end of the gloss, index of the
    first mention after it), or None."""
    h = mentions[j]
    nxt = mentions[j + 1] if j + 1 < len(mentions) else None
    if nxt is not None and nxt.expr.get("t") == "y" and _GLOSS_OPEN.fullmatch(fold(text[h.end:nxt.start])):
        e = nxt.end + (m.end() if (m := re.match(r"\s*\)", text[nxt.end:nxt.end + 3])) else 0)
        return nxt.expr["y"], e, j + 2
    m = _GLOSS_YEAR.match(text, h.end)
    if m and (nxt is None or nxt.start >= m.end()):
        return int(m.group("y")), m.end(), j + 1
    return None


def _glossed_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two Hijri (fiscal) years, each glossed by its Gregorian one, as one period: "منذ انطلاقه في سنة
    1421/ 1422هـ (2001م) وحتى نهاية السنة المالية 1435/ 1436هـ (2014م)" = 2001/2014 (the glosses)."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        g1 = _gloss(text, mentions, i) if a.expr.get("t") in _HIJRI_YEARS else None
        b = mentions[g1[2]] if g1 and g1[2] < len(mentions) else None
        g2 = _gloss(text, mentions, g1[2]) if b is not None and b.expr.get("t") in _HIJRI_YEARS else None
        if g1 and g2 and g1[0] < g2[0] and _GLOSS_TO.fullmatch(fold(text[g1[1]:b.start])):
            expr = {"t": "yrange", "y1": g1[0], "y2": g2[0]}
            out.append(DateMention(a.start, g2[1], text[a.start:g2[1]], resolve(expr, None), "range", expr))
            i = g2[2]
            continue
        out.append(a)
        i += 1
    return out


_RANGE_FROM = re.compile(r"(?<!\w)(?:[وف]?(?:من|منذ)|ابتداء من|اعتبارا من)\s*$")
# the middle, late or early days of a month: a period with no first day ("أواسط أبريل", "أواخر مايو")
_VAGUE_PART = re.compile(r"(?:[وف]?(?:من|منذ)\s+)?(?:[وفبل])?(?:اواسط|اواخر|اوائل)\s")
_RANGE_TO = re.compile(r"\s*[,،]?\s*(?:و\s*)?(?:حتي|الي|لغايه)\s*")
_RANGE_KINDS = ("absolute", "hijri")


def _join_ranges(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """Two dates joined as one period, each read by its own pattern: "من الأول من يناير 2015 وحتى
    نهاية شهر يونيو الماضي", "منذ عام 1930 حتى عام 1940" are one range from the first to the second."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if (b is not None and a.kind in _RANGE_KINDS and b.kind in _RANGE_KINDS
                and (_RANGE_FROM.search(fold(text[max(0, a.start - 12):a.start]))
                     or re.match(r"[وف]?(?:من|منذ)\s", fold(a.text)))
                and _RANGE_TO.fullmatch(fold(text[a.end:b.start]))):
            expr = {"t": "span", "a": a.expr, "b": b.expr}
            value = resolve(expr, anchor)
            # "منذ أواسط أبريل 2014 وحتى الـ24 من يوليو 2015": no first day can be given, the two dates stay
            vague_start = _VAGUE_PART.match(fold(a.text)) and a.expr.get("t") == "ym" and b.expr.get("d")
            if (value is not None or anchor is None) and not vague_start:
                out.append(DateMention(a.start, b.end, text[a.start:b.end], value, "range", expr))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "خلال 12 شهرا حتى نهاية الشهر الماضي", "في ثلاثة أشهر حتى يونيو": the months that end with the one named
_MONTHS_TO = re.compile(rf"(?<!\w)(?:ال\s*)?(?P<n>\d{{1,2}}|{NUMW})\s+(?:شهرا|اشهر|شهور)\s+(?:حتي|المنتهيه\s+في|المنتهيه\s+ب)\s+(?:نهايه\s+)?$")


def _months_up_to(text: str, mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """"خلال 12 شهرا حتى نهاية الشهر الماضي" is the 12 months that end with last month (a range of
    months), "ثلاثة أشهر حتى يونيو" April to June: the count of months before a month or a period of
    months it runs to."""
    if "حتى" not in text and "المنتهية" not in text:
        return mentions
    out = []
    for m in mentions:
        w0 = max(0, m.start - 40)
        if "شهر" not in text[w0:m.start] and "شهور" not in text[w0:m.start]:
            out.append(m)
            continue  # (cheap: no count of months before it)
        lead = re.match(r"(?:و\s*)?(?:حتي|في)\s+", fold(m.text))  # "حتى يونيو": the month read with its preposition
        view = normalize(text[w0:m.start] + (m.text[:len(lead.group(0))] if lead else ""), punct=False)
        hit = _MONTHS_TO.search(view.text)
        n = hit and (int(hit.group("n")) if hit.group("n").isdigit() else _NUMW.get(_key(hit.group("n"))))
        if hit and n and 1 <= n <= 60:
            expr = {"t": "months_to", "n": n, "of": m.expr}
            s = w0 + view.span(hit.start(), hit.end())[0]
            if (anchor is None and m.expr.get("t") not in ("ymd", "wd")) or resolve(expr, anchor) is not None:
                out.append(DateMention(s, m.end, text[s:m.end], resolve(expr, anchor), "range", expr))
                continue
        out.append(m)
    return out


_GLUE = re.compile(r"\s*[,،(]?\s*(?:الموافق\s*)?")


def _weekday_with_date(text: str, mentions: list[DateMention], anchor: dt.date | None) -> None:
    """A weekday written right before a full date ("الأحد 18/9/1436هـ", "الخميس الموافق 7 مايو
    2015") is that date when the calendar agrees; its expression then carries the date (``at``)."""
    for w, d in zip(mentions, mentions[1:]):
        if w.kind != "weekday" or d.kind not in ("absolute", "hijri") or d.expr.get("t") not in ("ymd", "hijri"):
            continue
        if not _GLUE.fullmatch(fold(text[w.end:d.start])):
            continue
        # a self-contained date (with its year), or one without a year read around the anchor
        # ("يوم الأحد الموافق ٨ ذي القعدة"): the weekday is that date when the calendar agrees
        day = resolve(d.expr, None) or resolve(d.expr, anchor)
        if day and dt.date.fromisoformat(day).weekday() == w.expr["wd"]:
            w.expr = {**w.expr, "at": d.expr}
            w.value = resolve(w.expr, anchor)


def _anchor_of(doc: Document) -> dt.date | None:
    value = (doc.published or {}).get("value")
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def reresolve(doc: Document, anchor: dt.date | None) -> None:
    """Resolve every span of ``doc``'s dates layer again against a new anchor."""
    for span in doc.layers.get("dates", []):
        span.attrs["value"] = resolve(span.attrs.get("_expr") or {}, anchor)


@component("dates", needs=("sentences",), adds=("dates",), languages=("ar",))
def dates(doc: Document) -> Document:
    anchor = _anchor_of(doc)
    sents = doc.layers.get("sentences", [])
    spans = []
    si = 0
    for d in find_dates(doc.text, anchor):
        while si + 1 < len(sents) and sents[si].end <= d.start:
            si += 1
        spans.append(Span(d.start, d.end, d.kind, {"value": d.value, "_expr": d.expr, "sent": si}, "dates"))
    doc.layers["dates"] = spans
    return doc
