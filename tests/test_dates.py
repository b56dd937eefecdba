"""Dates: the fixture set of expressions, the forms of the issue one by one, traps, re-resolution."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.dates import find_dates, reresolve, resolve

FIXTURE = Path(__file__).parent / "fixtures" / "date_expressions.tsv"
THU = dt.date(2023, 9, 14)  # a Thursday


def rows():
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, anchor, expected, kind = line.split("\t")
            yield text, (dt.date.fromisoformat(anchor) if anchor else None), expected, kind


def test_fixture_set_accuracy():
    data = list(rows())
    assert len(data) >= 300
    ok = 0
    for text, anchor, expected, kind in data:
        found = find_dates(text, anchor)
        ok += (not found) if kind == "none" else (bool(found) and (found[0].value, found[0].kind) == (expected, kind))
    assert ok / len(data) >= 0.97
    kinds = {kind for *_, kind in data}
    assert kinds == {"absolute", "weekday", "relative", "range", "hijri", "none"}


@pytest.mark.parametrize("text,value,kind", [
    ("وصل أمس الأربعاء إلى موسكو", "2023-09-13", "weekday"),
    ("أعلن اليوم الخميس", "2023-09-14", "weekday"),
    ("ويلتقي الزعيمان الخميس المقبل", "2023-09-21", "weekday"),
    ("قال البيت الأبيض يوم الجمعة", "2023-09-08", "weekday"),
    ("في 4 أيلول/سبتمبر الجاري", "2023-09-04", "absolute"),
    ("في 31 آب/أغسطس الماضي", "2023-08-31", "absolute"),
    ("في الثالث عشر من سبتمبر", "2023-09-13", "absolute"),
    ("في الفترة من 10 إلى 13 سبتمبر", "2023-09-10/2023-09-13", "range"),
    ("الثلاثاء 30 أبريل 2024 الموافق 21 شوال 1445", "2024-04-30", "absolute"),
    ("21 شوال 1445", "2024-04-30", "hijri"),
    ("في ١٥ أغسطس ٢٠٢٣", "2023-08-15", "absolute"),
    ("الشهر الماضي", "2023-08", "relative"),
    ("منذ 4 سنوات", "2019", "relative"),
    ("منذ عام 2019", "2019", "absolute"),
    ("في 5 شتنبر", "2023-09-05", "absolute"),
    ("صدر في 7/ 10/ 1436هـ", "2015-07-23", "hijri"),
    ("في العاشر من ذي الحجة 1444", "2023-06-28", "hijri"),
    ("في 16 من الشهر الجاري", "2023-09-16", "absolute"),
    ("الثلاثاء قبل الماضي", "2023-09-05", "weekday"),
    ("العام قبل الماضي", "2021", "relative"),
    ("شباط المقبل", "2024-02", "absolute"),
    ("قبل عام", "2022", "relative"),
    ("هذا الأسبوع", "2023-W37", "relative"),
    ("في 2 أغسطس 2015م", "2015-08-02", "absolute"),
    ("ويعقد المجلس اجتماعه يوم الأحد", "2023-09-17", "weekday"),
])
def test_forms(text, value, kind):
    found = find_dates(text, THU)
    assert [(d.value, d.kind) for d in found][:1] == [(value, kind)]


@pytest.mark.parametrize("text", ["صافحه لنحو 40 ثانية", "خطة لـ100 سنة", "استمرت نحو ساعتين",
                                  "قتل 1445 شخصا", "خلال ثلاثة أيام من المفاوضات",
                                  "بعد يومين من الهجوم", "قبل أسبوع من الانتخابات", "منذ سنوات طويلة",
                                  "الذي مارس الضغوط على خصومه", "حصل على 12/5 من المقاعد"])
def test_durations_and_counts_are_not_dates(text):
    assert find_dates(text, THU) == []


def test_offsets_point_at_the_original_text_with_diacritics():
    text = "وَصَلَ أَمْسِ الأَرْبِعَاءِ"
    d = find_dates(text, THU)[0]
    assert text[d.start:d.end] == "أَمْسِ الأَرْبِعَاءِ" and d.value == "2023-09-13"


def test_no_anchor_keeps_the_expression_for_later():
    d = find_dates("أعلن اليوم الأربعاء", None)[0]
    assert d.value is None
    assert resolve(json.loads(json.dumps(d.expr)), dt.date(2023, 9, 13)) == "2023-09-13"


def test_reresolve_updates_a_document():
    doc = Document(id="x")
    doc.set_text("وصل أمس الأربعاء")
    from marsad.document import Span
    m = find_dates(doc.text, None)[0]
    doc.layers["dates"] = [Span(m.start, m.end, m.kind, {"value": None, "_expr": m.expr, "sent": 0})]
    reresolve(doc, THU)
    assert doc.layers["dates"][0].attrs["value"] == "2023-09-13"


def test_seed_dates_with_gold_anchors(shared_dir):
    """The finder alone on the seed texts, anchored on the gold publication days."""
    import sys
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))["documents"]
    ok = n = traps = 0
    for did, g in gold.items():
        text = (shared_dir / "seeds" / f"{did}.txt").read_text(encoding="utf-8")
        found = find_dates(text, dt.date.fromisoformat(g["published"]))
        for gd in g["dates"]:
            if gd["optional"]:
                continue
            n += 1
            starts = [i for i in range(len(text)) if text.startswith(gd["text"], i)]
            ok += any(d.value == gd["value"] and any(d.start < s + len(gd["text"]) and s < d.end for s in starts)
                      for d in found)
        for nd in g.get("not_dates", []):
            traps += any(nd in d.text or d.text in nd for d in found)
    assert ok / n >= 0.9
    assert traps == 0


def test_weekday_number_reads_clitics():
    from marsad.extract.dates import weekday_number
    assert [weekday_number(w) for w in ("الاثنين", "والخميس", "الأحد", "فالسبت")] == [0, 3, 6, 5]


def test_sentence_index_on_the_layer():
    from marsad.api import analyze_text
    d = analyze_text("افتتح الوزير المعرض أمس الأربعاء. وتستمر فعالياته حتى 20 سبتمبر الجاري.",
                     title="معرض", published="2023-09-14")
    assert [(s.label, s.attrs["value"], s.attrs["sent"]) for s in d.layers["dates"]] == [
        ("weekday", "2023-09-13", 0), ("absolute", "2023-09-20", 1)]


@pytest.mark.parametrize("text", ["", "   ", "ولأمس", "1/1/1", "عام", "من 31 إلى 2 فبراير", "30 فبراير 2023",
                                  "الثلاثاء قبل", "شهر", "31/2/1436هـ"])
def test_odd_inputs_never_fail_and_never_invent(text):
    for d in find_dates(text, THU):
        assert d.value is None or d.value[:2] in ("19", "20")
    assert find_dates("30 فبراير 2023", THU)[0].value is None  # no such day: kept, but without a value


NEWS_FORMS = [  # forms missed on real news (eval/realnews dev), read against 2015-07-24 (a Friday)
    ("أمس الأول", "relative", "2015-07-22"),
    ("أول من أمس", "relative", "2015-07-22"),
    ("البارحة الأولى", "relative", "2015-07-22"),
    ("بالأمس قابلت الوزير", "relative", "2015-07-23"),
    ("في لقاء الغد", "relative", "2015-07-25"),
    ("بدأ ظهر اليوم، الاجتماع", "relative", "2015-07-24"),
    ("ثاني أيام عيد الفطر المبارك", "hijri", "2015-07-18"),
    ("في أول أيام العيد", "hijri", "2015-07-17"),
    ("الربع الثاني من العام الحالي", "range", "2015-04/2015-06"),
    ("للنصف الأول من العام", "range", "2015-01/2015-06"),
    ("من أبريل (نيسان) حتى يونيو (حزيران) 2015", "range", "2015-04/2015-06"),
    ("بين عامي 2010 و2014", "range", "2010/2014"),
    ("الأيام الأربعة المقبلة", "range", "2015-07-25/2015-07-28"),
    ("في اليومين الماضيين", "range", "2015-07-22/2015-07-23"),
    ("السنوات العشر الماضية", "range", "2005/2014"),
    ("الانتخابات التي ستجري في 2017 في فرنسا", "absolute", "2017"),
    ("لأول مرة منذ1961.", "absolute", "1961"),
    ("الأزمة التي تفجرت في خريف 2008.", "absolute", "2008"),
    ("حتى 1436/10/30هـ.", "hijri", "2015-08-15"),
    ("للعام المالي 1436 /1437هـ", "hijri", "2014-10-25/2016-10-01"),
    ("وقع الخلاف قبل نحو أربعة أشهر", "relative", "2015-03"),
    # a weekday and a day/month: Hijri when only the Hijri reading falls on that weekday
    ("بدأ يوم السبت ٢ / ١٠ الماضي", "absolute", "2015-07-18"),
    ("وصل يوم الأحد 12/7 إلى المدينة", "absolute", "2015-07-12"),
    ("تعقد الدورة 10-13 صفر المقبل", "range", "2015-11-22/2015-11-25"),
    ("وقعت في 13 صفر الماضي", "hijri", "2014-12-05"),
    ("وقالت القوة في بيان الليلة الماضية إن", "relative", "2015-07-23"),
    ("بزيادة عن الفترة ذاتها من 2014.", "absolute", "2014"),
]


@pytest.mark.parametrize("text,kind,value", NEWS_FORMS)
def test_news_forms(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


@pytest.mark.parametrize("text", ["اليوم الوطني للمملكة", "قالت صحيفة عين اليوم", "طوال اليوم كان",
                                  "وزعت في 2000 منزل", "رؤية 2030 للمملكة"])
def test_not_dates_in_news(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text,kind,value", [
    # a noun that starts like a future verb (ساعة, سنوات) is no future cue: the weekday is the past one
    ("وبعد ساعة من وصوله يوم الأحد", "weekday", "2015-07-19"),
    ("وفي السنوات الأخيرة زار الوفد المدينة يوم الأحد", "weekday", "2015-07-19"),
    # a past auxiliary before a future cue: a past habit
    ("وكان ينتظر دوره يوم الأحد", "weekday", "2015-07-19"),
    # a scheduled-event verb makes a bare weekday the coming one ...
    ("يبدأ التسجيل يوم الأحد", "weekday", "2015-07-26"),
    # ... but does not move a day of the calendar to next year
    ("تبدأ الإجازة من 24 رمضان", "hijri", "2015-07-11"),
    # "الخميس الماضي" written on a Friday is not yesterday but the week before
    ("التقى الوفد الخميس الماضي", "weekday", "2015-07-16"),
    # a weekday with a Hijri day/month in a future clause: the past reading when only it fits the weekday
    ("وستصدر اللجنة قرارها الذي اتخذته يوم الثلاثاء ٥/ ١٠", "absolute", "2015-07-21"),
])
def test_future_cues_and_weekdays(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


@pytest.mark.parametrize("text,kind,value", [
    ("ارتفع الدين في نهاية السنة 2014 بشكل حاد", "absolute", "2014"),
    ("تقام المباراة النهائية في «12» أغسطس", "absolute", "2015-08-12"),
    # a day or month of the year before or after the publication year
    ("وقع الاتفاق في 5 مارس من العام الماضي", "absolute", "2014-03-05"),
    ("تجري الانتخابات في يونيو (حزيران)، من العام المقبل", "absolute", "2016-06"),
    ("افتتح المصنع في مارس من هذا العام", "absolute", "2015-03"),
    # "منذ ... على" is a verb's complement, not a period counted from an event
    ("عملت الجماعة منذ قرابة أربعة اشهر على إغلاق الطرق", "relative", "2015-03"),
    # the days of Ramadan, counted like the days of a feast
    ("بلغ الاستهلاك ذروته أول أيام الشهر الفضيل", "hijri", "2015-06-18"),
    ("وصلت القافلة ثاني أيام رمضان", "hijri", "2015-06-19"),
])
def test_years_and_days_told_otherwise(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


def test_event_anchored_periods_stay_out():
    assert find_dates("وصل بعد يومين من الهجوم", dt.date(2015, 7, 24)) == []
    assert find_dates("قبل عامين على الحادث", dt.date(2015, 7, 24)) == []
    # a word between the period and the event does not make it counted from publication
    for text in ("نال الجائزة بعد تسعة أشهر فقط من توليه المنصب", "عاد بعد عام واحد من إعلان القرار",
                 "اعتقل بعد أسبوعين كاملين من البحث", "وقع الهجوم بعد ثلاث سنوات تقريبا على هجوم مماثل"):
        assert find_dates(text, dt.date(2015, 7, 24)) == [], text


@pytest.mark.parametrize("text,value", [
    ("ومنذ 36 عاما لم يغادر الوزارة", "1979"), ("وقبل شهرين زار الوفد المدينة", "2015-05"),
    ("فمنذ أكثر من 200 عام بدأ الرصد", "1815"), ("وقبل نحو عام طالب الرئيس بالمشروع", "2014"),
])
def test_a_period_counted_back_behind_wa_or_fa(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text,value", [
    ("ووصل السعر خلال عامي 2014 و2015 م إلى 1200 ريال", "2014/2015"),
    ("امتدت الدراسة في الفترة من 2011 وحتى 2013", "2011/2013"),
    ("بلغت الواردات خلال الأشهر الستة الأولى من العام الجاري مليوني طن", "2015-01/2015-06"),
    ("تراجعت الأرباح في الشهور الثلاثة الأخيرة من العام الماضي", "2014-10/2014-12"),
    ("سجل المؤشر في الأشهر التسعة الأولى من 2014 ارتفاعا", "2014-01/2014-09"),
])
def test_year_pairs_and_months_of_a_year(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text,value", [
    ("وفي ديسمبر، أعلنت الوزارة تسليم الطائرات", "2014-12"),
    ("وتجري الانتخابات المقررة مطلع 2016 في موعدها", "2016"),
    ("يصل حجم الأصول إلى تريليون دولار بحلول 2019 مدعوما بالنمو", "2019"),
    ("من ولد في بداية السبعينات الميلادية عاش الحرب", "1970/1979"),
    ("دخلت الفضائيات منتصف التسعينيات", "1990/1999"),
    ("نفذ النادي خلال الـ12 شهرا الماضية مئة نشاط", "2014-07/2015-06"),
])
def test_months_after_wa_fi_years_after_time_words_and_bare_decades(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text", ["كان في الثلاثينات من عمره حين سافر", "تبلغ الحرارة منتصف الأربعينات المئوية",
                                  "أقيمت مسابقات العشرينات في النادي"])
def test_ages_and_temperatures_are_no_decades(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_expected_and_supposed_put_a_weekday_ahead():
    found = find_dates("ومن المنتظر وصول الوزير الأحد إلى القاهرة", dt.date(2015, 7, 30))
    assert [m.value for m in found] == ["2015-08-02"]
    assert [m.value for m in find_dates("ويفترض إقرار القانون الجمعة", dt.date(2015, 7, 23))] == ["2015-07-24"]


def test_two_years_apart_or_before_christ_are_no_period():
    assert find_dates("فاز بكأس السوبر عامي 2010 و2012 مع الفريق", dt.date(2015, 7, 24)) == []
    assert find_dates("حكم الملك بين عامي 1971 و1990 قبل الميلاد", dt.date(2015, 7, 24)) == []


def test_wa_baad_tells_a_story_not_a_future_day():
    # "وبعد خمس سنوات، تسلم ..." counts from the story's last event: no date
    assert find_dates("رفض العرض. وبعد خمس سنوات تسلم المنصب", dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text,kind,value", [
    # two weekdays in a row: the past pair, or the coming one in a future clause
    ("جرت المقابلات يومي الأحد والاثنين في المقر", "range", "2015-07-19/2015-07-20"),
    ("ستجري المقابلات يومي الأحد والاثنين", "range", "2015-07-26/2015-07-27"),
    ("انقطع التيار ليل السبت / الأحد في المدينة", "range", "2015-07-18/2015-07-19"),
    # ordinal days in a range
    ("أجري الاستطلاع بين الأول والعاشر من يوليو", "range", "2015-07-01/2015-07-10"),
    # from a day of the feast to another day
    ("استمرت الاحتفالات من أول أيام العيد حتى الخامس منه", "range", "2015-07-17/2015-07-21"),
    ("استمرت الاحتفالات من ثاني أيام العيد حتى ثمانية شوال", "range", "2015-07-18/2015-07-24"),
    ("ستستمر الإجازة من أول أيام عيد الأضحى حتى 15 ذي الحجة", "range", "2015-09-23/2015-09-28"),
    # a week of a month
    ("انتهى الموسم في الأسبوع الأخير من شهر رمضان", "range", "2015-07-10/2015-07-16"),
    ("تبدأ الدراسة في الأسبوع الأول من سبتمبر المقبل", "range", "2015-09-01/2015-09-07"),
    # centuries, not the Hijri ones
    ("تحديات القرن الحادي والعشرين كثيرة", "range", "2001/2100"),
    ("عاش في القرن التاسع عشر", "range", "1801/1900"),
])
def test_ranges_of_news(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


@pytest.mark.parametrize("text", ["ولد في القرن الثالث الهجري", "بين الخميس / الاثنين"])
def test_not_ranges(text):
    assert [m.kind for m in find_dates(text, dt.date(2015, 7, 24))] != ["range"]


def test_weekday_with_a_day_without_year():
    # the weekday is the written day when that day (read around the anchor) falls on it
    found = find_dates("يبدأ العام الدراسي يوم الأحد الموافق ٨ ذي القعدة", dt.date(2015, 7, 21))
    assert [(m.text, m.value) for m in found] == [("يوم الأحد", "2015-08-23"), ("٨ ذي القعدة", "2015-08-23")]
    # a day that is no such weekday leaves the weekday as it was
    found = find_dates("وصل يوم الأحد الموافق ٩ ذي القعدة", dt.date(2015, 7, 21))
    assert [(m.text, m.value) for m in found] == [("يوم الأحد", "2015-07-19"), ("٩ ذي القعدة", "2015-08-24")]


@pytest.mark.parametrize("text,kind,value", [
    # a part of the day before "الثلاثاء الماضي" may be last night
    ("وقع الانفجار ليلة الخميس الماضية", "weekday", "2015-07-23"),
    ("عام 1436 الهجري", "hijri", "2014-10-25/2015-10-13"),
    ("ترتفع الحرارة في شهري يونيو ويوليو", "range", "2015-06/2015-07"),
    ("تقام البطولة في 14 و15 يوليو", "range", "2015-07-14/2015-07-15"),
    ("تجري الاختبارات يومي 3 و4 أغسطس المقبل", "range", "2015-08-03/2015-08-04"),
    ("يعتكف المصلون في العشر الأواخر من رمضان", "range", "2015-07-08/2015-07-16"),
    ("خلال العشر الأوائل من ذي الحجة المقبل", "range", "2015-09-14/2015-09-23"),
    # hours that make whole days
    ("غادر الوفد قبل 48 ساعة", "relative", "2015-07-22"),
])
def test_more_news_forms(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


@pytest.mark.parametrize("text", ["وصل قبل 3 ساعات", "منذ ساعتين", "يستمر خلال 72 ساعة"])
def test_hours_are_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_two_days_apart_are_no_range():
    assert [m.kind for m in find_dates("تعقد الجلسات يومي 7 و14 أكتوبر", dt.date(2015, 7, 24))] != ["range"]


@pytest.mark.parametrize("text,kind,value", [
    ("ارتفعت المبيعات مقارنة مع مايو من العام الماضي", "absolute", "2014-05"),
    ("انخفض التضخم مقارنة بأيار (مايو) 2015", "absolute", "2015-05"),
    ("جرى الاستفتاء في 5 تموز - يوليو", "absolute", "2015-07-05"),
    # a day glued to "و" after another date: "... و13 تموز/يوليو"
    ("سددت قسطا في آب و13 تموز/يوليو", "absolute", "2015-07-13"),
])
def test_month_forms_of_the_wires(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found][-1] == (kind, value)


def test_glued_wa_is_no_ordinal_tail():
    # "للحادي والعشرين": "والعشرين" is the tail of an ordinal, not the 20th
    found = find_dates("في مثل هذا اليوم الموافق للحادي والعشرين من شهر يوليو", dt.date(2015, 7, 24))
    assert "2015-07-20" not in [m.value for m in found]


@pytest.mark.parametrize("text,kind,value", [
    ("انتشرت الظاهرة منذ تسعينات القرن الماضي", "range", "1990/1999"),
    ("بنيت الدار في الخمسينيات من القرن العشرين", "range", "1950/1959"),
    ("كانت المدينة صغيرة في القرن الماضي", "range", "1901/2000"),
    ("تضاعفت الواردات في الـ5 سنوات الماضية", "range", "2010/2014"),
    ("تراجعت المبيعات في الشهور الـ 12 الماضية", "range", "2014-07/2015-06"),
])
def test_decades_and_counted_periods(text, kind, value):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


def test_counted_hours_are_days_only_when_whole():
    # the real-news gold annotates "خلال الـ 24 ساعة الماضية" as the day before (dev3) and "خلال 48 ساعة
    # الماضية" as the two days before (dev); 36 hours are no whole days
    assert [m.value for m in find_dates("تلقت البلاغات في الـ 24 ساعة الماضية", dt.date(2015, 7, 24))] == ["2015-07-23"]
    assert find_dates("تلقت البلاغات في الـ 36 ساعة الماضية", dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text", ["تم توزيع موسوعة خطب الجمعة على الفروع", "يبحثون عن مخرج بين الاثنين، وهو العزلة",
                                  "لم تكن لها مشكلة مع الاثنين", "قرأ الخبر في مجلة «الاثنين» القديمة"])
def test_weekday_words_that_are_no_days(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text,value", [("وصل الوفد الاثنين", "2015-07-20"),
                                        ("تفتح البنوك بداية من الاثنين المقبل", "2015-07-27")])
def test_monday_stays_a_day(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text", ["احتمال يصبح يومًا بعد يوم بعيد المنال", "أمسية ممتعة بعد يوم طويل وشاق",
                                  "قال الأمين العام السابق للأمم المتحدة", "وحذر المدير العام السابق للأمن"])
def test_idioms_and_titles_are_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_the_previous_year_stays():
    assert [m.value for m in find_dates("بزيادة عن العام السابق", dt.date(2015, 7, 24))] == ["2014"]


def test_this_year_after_a_general_head_stays():
    assert [m.value for m in find_dates("إن الأمانة هذا العام اختارت الدرعية", dt.date(2015, 7, 24))] == ["2015"]


# round 2, from the blind second dates gold (dates_dev2.jsonl): general forms it found missing

@pytest.mark.parametrize("text,value", [
    ("يقام المعرض في الفترة من 3 إلى 5 صفر المقبل", "2015-11-15/2015-11-17"),   # two days of a Hijri month
    ("تنظم الدورة من العاشر حتى الثاني عشر من شوال الجاري", "2015-07-26/2015-07-28"),
    ("تسجيل الطلاب من 16 وحتى 20 أغسطس", "2015-08-16/2015-08-20"),             # "وحتى" between two days
    ("تراجعت الصادرات من مارس وحتى مايو الماضيين", "2015-03/2015-05"),          # two months and "الماضيين"
    ("تعاقد معه لموسم 2013-2014 في الدوري", "2013/2014"),                        # two years as one
    ("انتهى العام الدراسي 2014/2015 أمس", "2014/2015"),
    ("لعب معهم في موسم 2011/12 فقط", "2011/2012"),
])
def test_ranges_of_days_months_and_years(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24)) if m.kind == "range"] == [value]


def test_a_year_range_keeps_its_lead_word():
    found = find_dates("تراجعت العائدات منذ عام 2001 - 2002 حتى اليوم", dt.date(2015, 7, 24))
    assert [(m.text, m.value) for m in found][:1] == [("منذ عام 2001 - 2002", "2001/2002")]


@pytest.mark.parametrize("text", ["تصدر الأرقام 2015-2015 كل عام", "حكم بين 1950-1990 تقريبا", "رمز المنتج 2015-07"])
def test_no_year_range_from_other_numbers(text):
    assert [m for m in find_dates(text, dt.date(2015, 7, 24)) if m.kind == "range"] == []


def test_two_days_of_one_month_not_in_a_row():
    found = find_dates("تلعب البعثة مباراتين في 12 و19 أغسطس", dt.date(2015, 7, 24))
    assert [(m.text, m.value) for m in found] == [("12", "2015-08-12"), ("و19 أغسطس", "2015-08-19")]


def test_two_numbers_after_a_verb_are_no_days():
    assert [m.value for m in find_dates("سجل 3 و9 أغسطس", dt.date(2015, 7, 24))] == ["2015-08-09"]


@pytest.mark.parametrize("text,value", [("ارتفع الإنفاق في العام المالي الماضي", "2014"),
                                        ("تقديرات السنة المالية المقبلة", "2016"),
                                        ("ينتهي في العام الميلادي القادم", "2016")])
def test_a_fiscal_or_gregorian_year(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


def test_only_a_year_takes_a_qualifier():
    assert find_dates("انتهى الشهر المالي الماضي بعجز", dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text", ["تكبر المشكلة عاماً بعد عام", "يتطور الحفل سنة بعد سنة", "ترتفع الأسعار شهرا بعد شهر",
                                  "رحل في ذلك اليوم عن القرية", "عادوا في نفس اليوم إلى بيوتهم", "اتصل بها في ذات اليوم"])
def test_repeated_units_and_a_day_told_before_are_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_a_year_after_another_noun_stays():
    assert [m.value for m in find_dates("سيعود الفريق بعد عام من الغياب", dt.date(2015, 7, 24))] == []
    assert [m.value for m in find_dates("عاد المدرب بعد عام", dt.date(2015, 7, 24))] == ["2016"]


def test_dates_far_apart_in_a_long_text_are_all_found():
    # month, Hijri month and year patterns run only on windows around those words: each date is
    # found whole however far it stands from the others, at the start and at the end of the text
    filler = " ".join(["وقال المسؤول إن العمل مستمر"] * 40)
    text = (f"في الفترة من 3 إلى 5 يونيو الماضي {filler} وصل في 7 ذي القعدة المقبل {filler} "
            f"منذ عام 1997 - 1998 {filler} وينتهي في 30 نوفمبر 2015م")
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [(m.text, m.value) for m in found] == [
        ("في الفترة من 3 إلى 5 يونيو الماضي", "2015-06-03/2015-06-05"), ("7 ذي القعدة المقبل", "2015-08-22"),
        ("منذ عام 1997 - 1998", "1997/1998"), ("30 نوفمبر 2015م", "2015-11-30")]


@pytest.mark.parametrize("text,value", [
    ("افتتح المركز في عام 1432 بحضور الأمير", "2010-12-07/2011-11-25"),     # a Hijri year without هـ
    ("تعمل اللجنة منذ العام 1428 على ذلك", "2007-01-20/2008-01-09"),
    ("تقام النسخة الثانية للعام 1437، وفق الخطة", "2015-10-14/2016-10-01"),
])
def test_a_hijri_year_without_its_era_mark(text, value):
    assert [(m.kind, m.value) for m in find_dates(text, dt.date(2015, 7, 24))] == [("hijri", value)]


@pytest.mark.parametrize("text", ["بنيت القلعة عام 1446م على التل", "بلغ عدد الزوار 1436 زائرا", "سجل عام 1436/8 رقما"])
def test_no_hijri_year_from_a_gregorian_year_or_a_count(text):
    assert [m for m in find_dates(text, dt.date(2015, 7, 24)) if m.kind == "hijri"] == []


@pytest.mark.parametrize("text,value", [
    ("تفتح المظاريف بتاريخ 18 / 10 في مقر البلدية", "2015-08-03"),   # 18 Shawwal: the Hijri reading is near
    ("يبدأ القيد في 7/11 ويستمر أسبوعين", "2015-08-22"),
    ("تبدأ الإجازة في 10/8 وتستمر", "2015-08-10"),                   # 10 August: the Gregorian one is near
    ("يسري القرار حتى 15/9 من العام الميلادي", "2015-09-15"),         # Gregorian when the text says so
])
def test_a_day_and_month_in_digits_after_a_lead_word(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text", ["فاز الفريق 3/1 على ضيفه", "في 23/4 عقد الاجتماع الأول", "من 30/11 وحتى 2/12/2015"])
def test_no_bare_day_and_month_far_or_without_a_lead(text):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24)) if m.text.count("/") == 1] == []


@pytest.mark.parametrize("text,value", [("اجتمعوا في 15يوليو 2011 في المدينة", "2011-07-15"),
                                        ("أطيح به في يوليو2013، وبدأت", "2013-07"),
                                        ("يقام الحفل مساء الأحد (10شوال)، في النادي", "2015-07-26"),
                                        ("استشهد يوم 2015/7/19م في الجبهة", "2015-07-19"),
                                        ("يقام غدا الموافق 2015 / 8 / 2 م بالصالة", "2015-08-02")])
def test_glued_numbers_and_the_era_letter(text, value):
    assert value in [m.value for m in find_dates(text, dt.date(2015, 7, 24))]


@pytest.mark.parametrize("text,value", [("حكم البلاد بين 2003 و2010 قبل أن", "2003/2010"),
                                        ("لعب معهم ما بين عام 2008 وعام 2011 فقط", "2008/2011"),
                                        ("أمين عام الاتحاد بين 1998 و2002م.", "1998/2002"),
                                        ("استمرت المحادثات من عام 2002م حتى 2015م", "2002/2015")])
def test_year_ranges_without_the_dual(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


def test_a_backward_pair_of_years_is_no_range():
    assert find_dates("نقلت الحقوق بين 2018 و2014 إلى الشبكة", dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text", ["يدخن عشرين سيجارة في اليوم ويكتب ليلا", "وفي اليوم نفسه قتل جندي في الهجوم",
                                  "وصل الفريق في اليوم العاشر من البطولة", "سيأتي اليوم الذي نرى فيه ذلك",
                                  "وأوضح لـ(اليوم) مدير الإدارة أن العمل مستمر", "قال لـ«اليوم» إن الموسم طويل",
                                  "الأمة في أمس الحاجة إلى الوحدة"])
def test_per_day_that_day_the_paper_and_most_in_need_are_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text,value", [("وقعت هجمات اليوم التي استهدفت المدينة", "2015-07-24"),
                                        ("قال على فيسبوك” اليوم “إن القرار نافذ", "2015-07-24"),
                                        ("وصل الوفد أمس إلى الرياض", "2015-07-23")])
def test_today_and_yesterday_stay(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text,value", [
    ("يستمر التسجيل من 15/ 8/ 1436 هـ حتى 5/ 9/ 1436 هـ في الموقع", "2015-06-02/2015-06-22"),
    ("في الفترة من 12 / 3 إلى 20 / 5 / 1436هـ. وبينت", "2015-01-03/2015-03-11"),
    ("يفتح المتحف خلال الفترة 6-7/10/1436هـ للزوار", "2015-07-22/2015-07-23"),
    ("ينعقد المعرض من 28/11 وحتى 3/12/2015 في جدة", "2015-11-28/2015-12-03"),
])
def test_two_numeric_dates_are_one_period(text, value):
    assert [(m.kind, m.value) for m in find_dates(text, dt.date(2015, 7, 24))] == [("range", value)]


def test_two_numeric_dates_joined_by_and_stay_two():
    found = find_dates("اجتمعوا في 14/9/2015 و 20/9/2015 مرتين", dt.date(2015, 7, 24))
    assert [m.value for m in found] == ["2015-09-14", "2015-09-20"]


@pytest.mark.parametrize("text", ["نحن اليوم نواجه تحديات كبيرة", "إن شباب اليوم يقضون العيد بالنوم",
                                  "ما يشهده عالم اليوم من تقدم", "وإننا اليوم بحاجة إلى العمل"])
def test_nowadays_is_no_date(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_we_decided_today_stays():
    assert [m.value for m in find_dates("قال الوزراء: قررنا اليوم منح اليونان دعما", dt.date(2015, 7, 24))] == ["2015-07-24"]


@pytest.mark.parametrize("text,value", [
    ("يقام المعسكر خلال الفترة من 12 شوال إلى 24 شوال الجاري في المدينة", "2015-07-28/2015-08-09"),
    ("تقام الدورة خلال الفترة من 20 شوال إلى 25 من نفس الشهر بالرياض", "2015-08-05/2015-08-10"),
    ("تستمر الحملة من 25 رمضان إلى 5 شوال في المدينة", "2015-07-12/2015-07-21"),
    ("ظلت اللعبة في المتجر منذ عام 1930 حتى عام 1940، ثم انتقلت", "1930/1940"),
    ("عبرت القناة في الفترة من الأول من شهر يناير 2015 وحتى نهاية شهر يونيو الماضي بحمولات", "2015-01-01/2015-06-30"),
    ("زادت الصادرات خلال الستة أشهر الأولى من العام الجاري 2015 مقارنة", "2015-01/2015-06"),
    ("قبل بداية العام الدراسي الجديد ١٤٣٧/١٤٣٦هـ سيكون", "2014-10-25/2016-10-01"),
])
def test_ranges_of_two_dates_written_apart(text, value):
    assert [(m.kind, m.value) for m in find_dates(text, dt.date(2015, 7, 27))] in ([("range", value)], [("hijri", value)])


def test_two_dates_without_from_stay_two():
    found = find_dates("افتتح المعرض في 5 يوليو، حتى 9 يوليو لم يزره أحد", dt.date(2015, 7, 27))
    assert [m.value for m in found] == ["2015-07-05", "2015-07-09"]


@pytest.mark.parametrize("text,value", [
    ("من المقرر أن ينظم الاستفتاء قبل 2017 لكن قد يتأخر", "2017"),
    ("حكم بإعدام الرجل الذي قام في 2012 بإطلاق النار داخل صالة", "2012"),
    ("صدر له: الجبل (رواية) 1993، وغيرها", "1993"),
    ("وفي عام 97 دخل الإنترنت إلى البيوت", "1997"),
    ("حصد البرنامج أصداء إيجابية خلال الشهر الفضيل، وسيستمر", "2015-06-18/2015-07-16"),
    ("سجلت المحلات منذ منتصف شهر رمضان مبيعات مرتفعة", "2015-07-02"),
    ("تراجعت الأسهم منذ منتصف يونيو الماضي بنسبة كبيرة", "2015-06-15"),
    ("دخل خزينة النادي خلال الـ ٢٤ ساعة الماضية ٨٠٠ ألف ريال", "2015-07-21"),
    ("تلقت الغرفة خلال الـ72 ساعة الماضية 116 بلاغا", "2015-07-19/2015-07-21"),
    ("انتشرت الأغنية في العالم خلال العامين الماضي والجاري، وقوبلت بترحيب", "2014/2015"),
    ("(من المقرر أن يعلن ترشحه في 21 تموز/يوليو).", "2015-07-21"),
])
def test_years_ramadan_mid_month_hours_and_a_date_just_past(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 22))] == [value]


@pytest.mark.parametrize("text", ["وأنفق في 2000 منزل مبلغا كبيرا", "سجل اللاعب عام 50 هدفا", "(ريال) 2000 دولار"])
def test_counts_stay_no_years(text):
    assert find_dates(text, dt.date(2015, 7, 22)) == []


@pytest.mark.parametrize("text,value", [
    ("ما زالت محفورة في الأذهان بعد 25 عاما على سقوط حبري الذي أطاحه", "2015"),
    ("وبعد مرور أربع سنوات على بدء الأزمة في سوريا، لم يعد بوسعه", "2015"),
    ("يتوقع استمرار المبيعات حتى ليلة العيد نظرا للإقبال", "2015-07-16"),
])
def test_anniversaries_are_now_and_the_eve_of_the_feast(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text", ["وبعد 3 أيام عاد إلى منزله", "لا يعلن خلو البلد إلا بعد مرور 42 يوما على آخر إصابة",
                                  "بعد مضي أكثر من 9 أشهر والقيام بآلاف الغارات",
                                  "تخلت عن الصواريخ بعد خمسة وثمانية أعوام على التوالي"])
def test_counts_after_another_event_stay_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


@pytest.mark.parametrize("text,value", [
    ("مسجلة أضعف مستوياتها منذ فبراير شباط 2010. وتم تداول", "2010-02"),
    ("الموعد النهائي للطلبات هو 26 أكتوبر تشرين الأول القادم. وأعلن", "2015-10-26"),
    ("ضغط بقوة من أجل التصويت في ديسمبر كانون الأول القادم. وتشترط", "2015-12"),
    ("وفاز بانتخابات نظمت في سبتمبر من السنة نفسها، ثم", "1991-09"),
])
def test_two_month_names_side_by_side_and_the_same_year(text, value):
    lead = "أعلن استقلال الجمهورية عام 1991 " if "السنة نفسها" in text else ""
    found = find_dates(lead + text, dt.date(2015, 7, 21))
    assert found[-1].value == value and len(found) == (2 if lead else 1)


def test_a_bare_month_keeps_the_nearest_year_after_an_old_year():
    found = find_dates("ففي العام 2011 ترشح عشرة أشخاص. وفي مايو أعلن الحزب", dt.date(2015, 7, 21))
    assert [m.value for m in found] == ["2011", "2015-05"]


@pytest.mark.parametrize("text,value", [("وارتفعت عقود الذهب الأمريكية الآجلة تسليم أغسطس 9.10 دولار", "2015-08"),
                                        ("وتراجع خام برنت تسليم أيلول (سبتمبر) 35 سنتا", "2015-09"),
                                        ("وبحلول شباط (فبراير) تغير هذا", "2015-02")])
def test_a_futures_month_and_a_month_by_which(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


def test_a_listed_weekday_after_today_comes_after_it():
    found = find_dates("واليوم الأربعاء سباق قوارب النزهة والخميس مسابقة صيد الأسماك. وأضاف", dt.date(2015, 7, 22))
    assert [m.value for m in found] == ["2015-07-22", "2015-07-23"]
    found = find_dates("وصل أمس الثلاثاء والخميس غادر", dt.date(2015, 7, 22))
    assert [m.value for m in found] == ["2015-07-21", "2015-07-16"]


def test_a_bare_quarter_only_beside_a_dated_one():
    found = find_dates("خلال الربع الثاني من العام الحالي ارتفع العدد، ولكن بالمقارنة مع الربع الأول، فقد", dt.date(2015, 7, 30))
    assert [m.value for m in found] == ["2015-04/2015-06", "2015-01/2015-03"]
    assert find_dates("تقدم الفريق في الربع الأول بفارق 5 نقاط", dt.date(2015, 7, 30)) == []
    found = find_dates("بنهاية النصف الأول للعام الحالي، مقابل النصف الثاني لعام 2014", dt.date(2015, 7, 30))
    assert [m.value for m in found] == ["2015-01/2015-06", "2014-07/2014-12"]


@pytest.mark.parametrize("text,value", [
    ("كانت نسبة البطالة أعلى قبل عقد من الزمن", "2005"),
    ("وقبل عقد من الآن كانت الجرائم أكثر", "2005"),
    ("بدأت المفاوضات قبل ثلاثة عقود", "1985"),
    ("ما حدث خلال العشرين سنة الماضية من تشدد", "1995/2014"),
    ("ارتفعت الجرائم خلال الاثني عشر شهرا الماضية", "2014-07/2015-06"),
    ("ينمو السوق خلال الخمس سنوات المقبلة", "2016/2020"),
    ("تسيير رحلات بين 10-15 أغسطس المقبل إلى لندن", "2015-08-10/2015-08-15"),
    ("وسيتم خلال يومين تحديد القناة الناقلة", "2015-07-26"),
    ("وسيعلن اللاعب قراره في غضون أسبوعين", "2015-W32"),
    ("تراجع العدد في النصف الأول من عام 2014م بنسبة كبيرة", "2014-01/2014-06"),
    ("افتتح المعرض في غرة شهر جمادى الآخرة الماضي", "2015-03-21"),
    ("بلغت الإعانات خلال العام المالي الماضي 1435 نحو أربعة مليارات", "2013-11-04/2014-10-24"),
])
def test_decades_counts_before_their_unit_deadlines_ahead_and_hijri_fiscal_years(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


@pytest.mark.parametrize("text", ["وتم خلال يومين تحديد القناة", "اجتمع الوزراء قبل عقد الاجتماع الرسمي",
                                  "سيصل خلال يومين من انطلاق البطولة"])
def test_past_lengths_contracts_and_counts_from_an_event_stay_no_dates(text):
    assert find_dates(text, dt.date(2015, 7, 24)) == []


def test_a_hijri_year_glossed_by_its_gregorian_one_and_a_named_year_after_since():
    found = find_dates("بدأ البرنامج اعتبارا من عام 1391 الموافق 1971، وشمل المستشفيات", dt.date(2015, 7, 24))
    assert [(m.text, m.value) for m in found] == [("1391", "1971-02-26/1972-02-15"), ("1971", "1971")]


def test_the_year_before_is_the_year_before_the_last_dated_one():
    found = find_dates("بلغت القروض خلال العام الماضي 2014 نحو 5 مليارات بارتفاع 39% مقارنة بالعام الذي سبقه، مبينا",
                       dt.date(2015, 7, 24))
    assert [(m.text, m.value) for m in found] == [("العام الماضي", "2014"), ("بالعام الذي سبقه", "2013")]
    assert find_dates("ارتفعت القروض مقارنة بالعام الذي سبقه", dt.date(2015, 7, 24)) == []


def test_the_year_before_follows_its_year_when_the_anchor_comes_later():
    found = find_dates("خلال العام الماضي بلغت القروض 5 مليارات مقارنة بالعام الذي سبقه", None)
    assert [m.value for m in found] == [None, None]
    assert [resolve(m.expr, dt.date(2015, 7, 24)) for m in found] == ["2014", "2013"]


# dates11: the rules of commit 021a7a5 are out (a held-out measurement found them one value lower):
# these forms are read as before it (the later rules stay)
@pytest.mark.parametrize("text,values", [
    ("فتحت البورصة أبوابها منتصف الشهر الماضي للمستثمرين", ["2015-06"]),
    ("ينطلق المهرجان في الـ12 من أغسطس المقبل", ["2015-08"]),
    ("تصل الأمطار خلال الـ48 ساعة المقبلة إلى الشمال", []),
    ("يعقد الاختبار في الفترة من 5 إلى 7 / 11 / 1436هـ في الرياض", ["2015-08-22"]),
    ("بلغ عدد الزوار من تاريخ 1 رمضان حتى 1 شوال نحو مليون", ["2015-06-18", "2015-07-17"]),
    ("نقل الزوار خلال شهر رمضان الماضي وحتى أول أيام عيد الفطر.", ["2015-06-18/2015-07-16", "2015-07-17"]),
    ("أخرج «الجسر القديم» (1957) ثم «الطريق» (1984) وعاش المؤرخ سامي (1902 - 1985) في القاهرة", []),
    ("وزع الطعام خلال الأيام العشرة الأولى من شهر رمضان على الأسر", ["2015-06-18/2015-07-16"]),
    # the later rules: the first N days of a named month, ten days of "الشهر" (0435732)
    ("وزع الطعام خلال الأيام الثلاثة الأولى من شهر رمضان على الأسر", ["2015-06-18/2015-06-20"]),
    ("ويكثر الزوار في الأيام العشرة الأخيرة من الشهر الجاري", ["2015-07-21/2015-07-31"]),
])
def test_the_rules_of_021a7a5_stay_out(text, values):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == values


@pytest.mark.parametrize("text,values", [
    ("يسافر الفريق في الحادي عشر من شهر أغسطس المقبل بدلا من التاسع من نفس الشهر", ["2015-08-11", "2015-08-09"]),
    ("وصل المبعوث في العاشر من تموز وغادر في الـ 12 من الشهر نفسه", ["2015-07-10", "2015-07-12"]),
    ("ارتفع الإنتاج في مايو الماضي مقارنة بالشهر نفسه من العام الماضي", ["2015-05", "2014-05", "2014"]),
    ("بلغ التضخم في أبريل الماضي 5% مقابل 4% خلال الشهر ذاته من عام 2013", ["2015-04", "2013-04", "2013"]),
    ("تأسس النادي عام 1998 وفاز بالكأس في العام نفسه", ["1998", "1998"]),
    ("ربحت الشركة في الربع الثاني من العام الحالي أكثر منها في الربع ذاته من العام الماضي",
     ["2015-04/2015-06", "2014-04/2014-06", "2014"]),
    ("افتتح المعرض في 3 رمضان الماضي وأغلق في 20 من الشهر نفسه", ["2015-06-20", "2015-07-07"]),
    ("ارتفعت المبيعات مقارنة بنفس الشهر من الأعوام الماضية", []),
])
def test_the_same_month_year_or_quarter_as_the_date_before(text, values):
    found = find_dates(text, dt.date(2015, 7, 24))
    assert [m.value for m in found] == values
    # read before the publication day is known, then resolved again against it
    assert [resolve(m.expr, dt.date(2015, 7, 24)) for m in find_dates(text, None)] == values


def test_the_current_month_after_a_hijri_day_of_it_is_that_hijri_month():
    found = find_dates("استأنفت اللجنة أعمالها الاثنين 4 شوال الجاري حتى نهاية الشهر الجاري.", dt.date(2015, 7, 27))
    assert [m.value for m in found][-1] == "2015-07-17/2015-08-15"
    assert [m.value for m in find_dates("تستمر الحملة حتى نهاية الشهر الجاري.", dt.date(2015, 7, 27))] == ["2015-07"]


def test_counted_weeks_are_iso_weeks_and_a_bare_first_half_beside_a_dated_one():
    assert [m.value for m in find_dates("تلقت مشاركات خلال الأسابيع الـ 3 الماضية", dt.date(2015, 7, 20))] == ["2015-W27/2015-W29"]
    assert [m.value for m in find_dates("سيزور الوزير الدوحة خلال الأسبوعين المقبلين", dt.date(2015, 7, 22))] == ["2015-W31/2015-W32"]
    found = find_dates("تراجعت الإيرادات في الأشهر الستة الأولى. وفي النصف الأول من العام الحالي زادت", dt.date(2015, 7, 21))
    assert [m.value for m in found] == ["2015-01/2015-06", "2015-01/2015-06"]
    assert find_dates("سجل اللاعب في الأشهر الستة الأولى هدفين", dt.date(2015, 7, 21)) == []


@pytest.mark.parametrize("text,value", [("وقفز سعر برنت في عقود سبتمبر أيلول 75 سنتا", "2015-09"),
                                        ("ونزل الخام في عقود يناير ثلاثة سنتات", "2016-01"),
                                        ("وارتفع الخام العماني تسليم أكتوبر تشرين الأول 20 سنتا", "2015-10")])
def test_a_futures_contract_month_is_the_next_one(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


def test_the_same_quarter_across_a_paragraph_break():
    found = find_dates("باعت الشركة 50 مليون جهاز في الربع الثالث من عام 2015.\nكما حققت رقما قياسيا خلال الربع ذاته", None)
    assert [resolve(m.expr, dt.date(2015, 7, 30)) for m in found] == ["2015-07/2015-09", "2015-07/2015-09"]


@pytest.mark.parametrize("text,values", [
    ("صدرت القرارات منذ 2006 تتضمن عقوبات", ["2006"]),
    ("عمل الشاب في 2013 لمدة عشرة أيام في المحطة", ["2013"]),
    ("طردت القوات في 2013 المقاتلين من المدينة", ["2013"]),
    ("أنفق المستهلكون مليار دولار في 2014 حسب الإحصاءات", ["2014"]),
    ("يقع الحي في 2000 منزل متلاصق", []),
    ("تصل سرعتها إلى 2000 كلم في الساعة", []),
    ("بلغ عدد السكان في 2015 ألفا", []),
    ("نما الاقتصاد 2.5 في المائة", []),
])
def test_a_bare_year_after_a_preposition_of_time_before_a_word_no_count_takes(text, values):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == values


def test_a_bare_quarter_in_a_sentence_of_money_or_growth():
    found = find_dates("ارتفعت أرباح الشركة إلى 3 مليارات دولار في الربع الثاني", dt.date(2015, 7, 24))
    assert [m.value for m in found] == ["2015-04/2015-06"]
    found = find_dates("باعت الشركة 11 ألف وحدة في النصف الأول، مسجلة حصة قدرها 2 في المائة", dt.date(2015, 7, 24))
    assert [m.value for m in found] == ["2015-01/2015-06"]
    assert find_dates("تقدم الفريق في الربع الأول بفارق 5 نقاط", dt.date(2015, 7, 24)) == []
    assert find_dates("بني القصر في النصف الأول للقرن التاسع عشر بمليون ريال", dt.date(2015, 7, 24))[0].text != "النصف الأول"


@pytest.mark.parametrize("text,value", [
    ("تراجع الاستهلاك خلال الأيام الخمسة عشر الأولى من الشهر بمقدار كبير", "2015-07-01/2015-07-15"),
    ("يقام المعرض في الأيام الثلاثة الأولى من الشهر المقبل", "2015-08-01/2015-08-03"),
    ("سافر كثيرون في الأيام الثلاثة الأولى من شهر شوال", "2015-07-17/2015-07-19"),
])
def test_the_first_or_last_days_of_a_month(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 24))] == [value]


def test_the_current_month_of_an_article_counting_in_hijri_months():
    text = ("تقام الدورة من 12 شوال إلى 24 شوال الجاري في الطائف بمشاركة خمسين حكما. " + "ويتدرب الحكام يوميا. " * 20
            + "ثم يستكمل الإعداد بالرياض حتى انطلاقة الموسم في نهاية الشهر الجاري.")
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 26))] == ["2015-07-28/2015-08-09", "2015-07-17/2015-08-15"]
    text = "وصل الوفد في 3 يوليو الجاري بعد أن غادر في 4 شوال الجاري، ويبقى حتى نهاية الشهر الجاري."
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 26))][-1] == "2015-07-17/2015-08-15"


def test_two_hijri_years_glossed_by_gregorian_ones_as_one_period():
    found = find_dates("منذ انطلاقه في سنة 1421/ 1422هـ (2001م) وحتى نهاية السنة المالية 1435/ 1436هـ (2014م) بلغ", dt.date(2015, 7, 20))
    assert [(m.text, m.value) for m in found] == [("1421/ 1422هـ (2001م) وحتى نهاية السنة المالية 1435/ 1436هـ (2014م)", "2001/2014")]
    found = find_dates("خلال العام 1435/ 1436هـ (2014م)، بلغ", dt.date(2015, 7, 20))
    assert [m.value for m in found] == ["2013-11-04/2015-10-13", "2014"]
    # a gloss with no "م" is read by the join itself (a year alone in parentheses is no mention of its own)
    found = find_dates("فمنذ بداية عمل الصندوق في سنة 1394/ 1395هـ (1975)، وحتى نهاية عام 1435/ 1436هـ (2014م)، قدم", dt.date(2015, 7, 20))
    assert [(m.text, m.value) for m in found] == [("1394/ 1395هـ (1975)، وحتى نهاية عام 1435/ 1436هـ (2014م)", "1975/2014")]
    assert [m.value for m in find_dates("في سنة 1394/ 1395هـ (1975) وبعدها", dt.date(2015, 7, 20))] == ["1974-01-24/1976-01-01"]


@pytest.mark.parametrize("text,value", [("عملت مديرة للشركة ما بين عامي 2006 إلى 2010. ثم", "2006/2010"),
                                        ("وفي الفترة بين 2009 حتى 2013 نما الاقتصاد", "2009/2013"),
                                        ("بقي في الوزارة طويلا (1957 إلى 1985)، وخدم بإصرار", "1957/1985")])
def test_year_ranges_written_with_ila_or_hatta(text, value):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 20))] == [value]


# dates10: the faults the unlabeled dev-day diff showed in dates9's rules, kept fixed
@pytest.mark.parametrize("text,values", [
    # an expectation of the past counts forward ("كان من المتوقع")
    ("وكان من المتوقع أن تتسلم الشركة الطائرات في غضون عامين", ["2017"]),
    # a number in parentheses after "رقم" is no year
    ("ترسل الطلبات إلى المبنى رقم (90) غرفة رقم (2022)، أو بالبريد", []),
    # "الأشهر التسعة الأخيرة" with no year is the months just past, not the last months of the year
    # (since dates_dev9 read as such, like "الأشهر التسعة الماضية")
    ("سجل الذهب أكبر خسائره الأسبوعية في الأشهر التسعة الأخيرة بعد تراجع الأسعار إلى 1100 دولار",
     ["2014-10/2015-06"]),
    ("ارتفعت الأرباح إلى مليار ريال في الأشهر الستة الأولى", ["2015-01/2015-06"]),
])
def test_dates10_narrowed_rules(text, values):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 22))] == values


@pytest.mark.parametrize("text,values", [
    ("بلغ عدد الزوار 150 ألفا خلال شهر مايو 2015 مقابل 120 ألفا خلال نفس الشهر لعام 2014",
     ["2015-05", "2014-05", "2014"]),
    ("بلغ عدد الزوار 150 ألفا خلال شهر مايو 2015 مقابل 120 ألفا خلال الشهر نفسه عام 2014",
     ["2015-05", "2014-05", "2014"]),
    ("انخفض عدد المصانع من 900 في نيسان (أبريل) عام 2014 إلى 800 خلال الشهر ذاته من العام الجاري",
     ["2014-04", "2015-04", "2015"]),
])
def test_the_same_month_takes_the_year_written_after_it(text, values):
    assert [m.value for m in find_dates(text, dt.date(2015, 7, 22))] == values
    assert [resolve(m.expr, dt.date(2015, 7, 22)) for m in find_dates(text, None)] == values


def test_a_range_from_the_middle_or_end_of_a_month_to_a_day_keeps_its_two_dates():
    # "أواسط/أواخر" + a month has no first day: the two dates are kept, not a range from the 1st
    found = find_dates("قتل ألف شخص منذ أواسط أبريل عام 2014 وحتى 24 من يوليو عام 2015", dt.date(2015, 7, 25))
    assert [(m.kind, m.value) for m in found] == [("absolute", "2014-04"), ("absolute", "2015-07-24")]
    found = find_dates("تستمر الحملة من أواخر مايو حتى 20 يونيو", dt.date(2015, 7, 25))
    assert [m.value for m in found] == ["2015-05", "2015-06-20"]
    # a month's beginning is its first day
    assert [m.value for m in find_dates("تستمر الحملة من بداية يونيو إلى منتصف يوليو", dt.date(2015, 7, 25))] == [
        "2015-06-01/2015-07-15"]


@pytest.mark.parametrize("text,found", [
    # the date just told, then a count from it
    ("افتتح الجسر في عام 2003. بعد مضي 12 عاما، ما زال الأطول في المنطقة",
     [("عام 2003", "2003"), ("بعد مضي 12 عاما", "2015")]),
    ("أعلنت الشركة خطتها في 14 مارس. وبعدها بخمسة أيام وقعت العقد",
     [("14 مارس", "2015-03-14"), ("وبعدها بخمسة أيام", "2015-03-19")]),
    ("تأسس النادي عام 1980 وفاز بالدوري بعد ذلك بعامين",
     [("عام 1980", "1980"), ("بعد ذلك بعامين", "1982")]),
    ("أغلق المصنع في أكتوبر عام 2012 وكان قد افتتح قبل ذلك بـ4 أعوام",
     [("في أكتوبر عام 2012", "2012-10"), ("قبل ذلك بـ4 أعوام", "2008")]),
    ("فاز المنتخب بالبطولة عام 2010 والكأس قبلها بعام",
     [("عام 2010", "2010"), ("قبلها بعام", "2009")]),
    # a month of the year told before it, then two months on
    ("أعلن استقلال الجمهورية عام 1991 وفاز بانتخابات نظمت في سبتمبر من السنة نفسها، وبعد شهرين",
     [("عام 1991", "1991"), ("في سبتمبر", "1991-09"), ("وبعد شهرين", "1991-11")]),
    # an event named with its date earlier in the article
    ("صدر كتاب «رحلة الصحراء» سنة 1975 ثم نشر روايته الثانية (بعد عامين من «رحلة الصحراء»)",
     [("سنة 1975", "1975"), ("بعد عامين من «رحلة الصحراء»", "1977")]),
])
def test_a_count_from_a_dated_event_is_the_point_it_reaches(text, found):
    got = find_dates(text, dt.date(2015, 7, 22))
    assert [(m.text, m.value) for m in got] == found
    # resolved again once the publication day is known
    assert [resolve(m.expr, dt.date(2015, 7, 22)) for m in find_dates(text, None)] == [v for _, v in found]


@pytest.mark.parametrize("text,found", [
    # the counted event's day is not told: no date
    ("وقع الانفجار في 3 مايو. وبعد يومين من الاعتقالات أفرجت الشرطة عن اثنين", ["3 مايو"]),
    # counted from another event ("على"), with the year it reaches written beside it
    ("وفي عام 2012 وبعد مضي أربع سنوات على توليه المنصب قال الرئيس", ["عام 2012"]),
    # a deictic or a planned date is no event of the story
    ("قال إنه سيزور المدينة غدا وبعد أسبوع عاد إلى بلده", ["غدا"]),
    ("ستعقد الجلسة في 29 يوليو، وبعد 5 سنوات لا بد من نهاية للحرب", ["29 يوليو"]),
    # a day whose year is written after it in a form the grammar leaves apart: no count from it
    ("توفيت في السادس من ديسمبر لعام 1992م بعد مرض نادر وبعد خمسة أشهر عادت", ["السادس من ديسمبر", "1992م"]),
    # counted from publication, as before
    ("وصل الوفد قبل عامين إلى العاصمة في 3 مايو", ["قبل عامين", "3 مايو"]),
])
def test_a_count_from_an_undated_event_stays_no_date(text, found):
    assert [m.text for m in find_dates(text, dt.date(2015, 7, 22))] == found


# issue 27, dates_dev7: forms of text unlike the earlier golds (composed sentences)
@pytest.mark.parametrize("text,found", [
    # a month with "من العام 2008م", "عام 2011م": the era letter after the year
    ("افتتح المصنع في شهر مارس من العام 2008م بحضور الوزير", [("في شهر مارس من العام 2008م", "2008-03")]),
    ("هبط السعر إلى أدنى مستوى منذ شهر مايو عام 2011م", [("منذ شهر مايو عام 2011م", "2011-05")]),
    # the Levantine December and November without the article
    ("تراجعت الأسعار منذ كانون أول (ديسمبر) الماضي", [("منذ كانون أول (ديسمبر) الماضي", "2014-12")]),
    ("يعقد المؤتمر في تشرين ثاني المقبل", [("في تشرين ثاني المقبل", "2015-11")]),
    # a Hijri month with a Gregorian year: that year's month (Ramadan 1433 began in July 2012)
    ("بث البرنامج في شهر رمضان 2012 على قناتين", [("شهر رمضان 2012", "2012-07-20/2012-08-18")]),
    # "شهر الصيام" is mostly the month in general ("بعد شهر الصيام يأتي العيد"): no date, and no count of one month
    ("يأتي العيد فرحة بعد شهر الصيام", []),
    # two months with one relative word after them
    ("يتوقع هطول الأمطار خلال شهري تشرين أول (أكتوبر) وتشرين الثاني (نوفمبر) المقبلين",
     [("شهري تشرين أول (أكتوبر) وتشرين الثاني (نوفمبر) المقبلين", "2015-10/2015-11")]),
    # two Hijri years, each with its era mark, joined by a (tatweel) dash: one period
    ("أقيمت البطولة في الموسم 1433هـ ـ 1434هـ بمشاركة عشرة أندية", [("1433هـ ـ 1434هـ", "2011-11-26/2013-11-03")]),
    # years of birth
    ("والموقوفون هم: خالد (مواليد 1988) وسعد من مواليد 1979 في جدة",
     [("1988", "1988"), ("1979", "1979")]),
])
def test_dev7_forms(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 22))] == found


@pytest.mark.parametrize("text,found", [
    # 'أمس "الثلاثاء"': a weekday in quotes after a day word is one weekday deictic
    ('افتتح المعرض أمس "الثلاثاء" في الرياض', [('أمس "الثلاثاء"', "2015-07-21", "weekday")]),
    ("تنطلق مساء اليوم «الأربعاء» المسابقة", [("مساء اليوم «الأربعاء»", "2015-07-22", "weekday")]),
    # a name in quotes stays a name
    ('نشرت مجلة "الاثنين" تقريرا', []),
])
def test_a_quoted_weekday_after_a_day_word(text, found):
    assert [(m.text, m.value, m.kind) for m in find_dates(text, dt.date(2015, 7, 22))] == found


@pytest.mark.parametrize("text,found", [
    # "في اليوم نفسه", "في نفس اليوم", "ذات اليوم": the day told just before
    ("صوت المجلس على القانون يوم الخميس الماضي، وفي اليوم نفسه وافق البنك على القرض",
     [("يوم الخميس الماضي", "2015-07-16"), ("اليوم نفسه", "2015-07-16")]),
    ("وصل الوفد في 3 مايو وغادر في نفس اليوم", [("3 مايو", "2015-05-03"), ("نفس اليوم", "2015-05-03")]),
    # the last date told is a month: no one day
    ("وصل الوفد في مايو الماضي وغادر في اليوم ذاته", [("في مايو الماضي", "2015-05")]),
    # "اليوم ذاته الذي ...": the day its clause tells, not the day told before
    ("زارت اللجنة المستشفى أمس واطلعت على أسماء العاملين في اليوم ذاته الذي وقعت فيه الحادثة", [("أمس", "2015-07-21")]),
    # "the same day of last year": no one reading
    ("بلغ العدد أمس 300 مقابل 200 في اليوم نفسه من العام الماضي", [("أمس", "2015-07-21"), ("العام الماضي", "2014")]),
])
def test_the_same_day_is_the_day_told_before(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 22))] == found


def test_a_count_from_an_event_dated_right_after_its_name():
    got = find_dates("يبدأ الفريق الدوري في 20 سبتمبر، أي بعد أسبوع من نهائي الكأس في 13 سبتمبر", dt.date(2015, 7, 22))
    assert [(m.text, m.value) for m in got] == [
        ("20 سبتمبر", "2015-09-20"), ("بعد أسبوع من نهائي الكأس", "2015-W38"), ("13 سبتمبر", "2015-09-13")]
    # a weekday after the event is no written date to count from
    assert [m.text for m in find_dates("وصلوا بعد يومين من الهجوم في المدينة يوم الأحد", dt.date(2015, 7, 22))] == ["يوم الأحد"]


@pytest.mark.parametrize("text,found", [
    # a count of months up to a month or a period of months: the months that end with it
    ("بلغ التضخم خلال 12 شهرا حتى نهاية الشهر الماضي 2 في المائة", [("12 شهرا حتى نهاية الشهر الماضي", "2014-07/2015-06")]),
    ("نما الاقتصاد 1 في المائة في ثلاثة أشهر حتى مايو أيار", [("ثلاثة أشهر حتى مايو أيار", "2015-03/2015-05")]),
    ("زادت أرباح الشركة في 12 شهراً حتى نهاية الربع الأول من عام 2015",
     [("12 شهراً حتى نهاية الربع الأول من عام 2015", "2014-04/2015-03")]),
    ("ارتفعت المبيعات خلال الـ6 أشهر المنتهية في ديسمبر 2014", [("الـ6 أشهر المنتهية في ديسمبر 2014", "2014-07/2014-12")]),
    # up to a day, or no date after "حتى": no range of months
    ("استمر العلاج 3 أشهر حتى 5 يونيو", [("5 يونيو", "2015-06-05")]),
    ("بقي في المستشفى 9 أشهر حتى شفي تماما", []),
])
def test_a_count_of_months_up_to_a_month_is_a_range_of_months(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 22))] == found
    # resolved again once the publication day is known
    assert [resolve(m.expr, dt.date(2015, 7, 22)) for m in find_dates(text, None)] == [v for _, v in found]


# issue 27, dates_dev8: forms of test-like news (composed sentences)
@pytest.mark.parametrize("text,found", [
    # a century in digits, and a half of a century
    ("بنيت القلعة في القرن الـ 16 على تلة", [("القرن الـ 16", "1501/1600")]),
    ("تعد المياه من أكبر تحديات القرن 21.", [("القرن 21", "2001/2100")]),
    ("ازدهرت الصحافة في النصف الثاني من القرن العشرين", [("النصف الثاني من القرن العشرين", "1951/2000")]),
    ("هاجرت العائلة في النصف الأول من القرن الماضي", [("النصف الأول من القرن الماضي", "1901/1950")]),
    ("بلغ العدد في القرن 19.5 مليون نسمة", []),
    # this century, and its decades still to come in a future clause
    ("تغيرت الصناعة كثيرا في هذا القرن، كما يقول الخبراء", [("هذا القرن", "2001/2100")]),
    ("تعتزم الوكالة إرسال مسبار في أربعينيات القرن الحالي", [("أربعينيات القرن الحالي", "2040/2049")]),
    # a text of the last century calling it this one: the bare decade
    ("بدأ البث في الستينات من هذا القرن", [("الستينات", "1960/1969")]),
    # a decade of a century is no century
    ("شهد العقد الأول من القرن الحالي أزمات كثيرة", []),
    # a range of months or years after "و": "وبين", "ومن"
    ("وبين آذار (مارس) وأيار (مايو) 2014، تراجعت الصادرات", [("وبين آذار (مارس) وأيار (مايو) 2014", "2014-03/2014-05")]),
    ("لعب في الفريق عام 1990، ومن 2001 إلى 2004", [("عام 1990", "1990"), ("ومن 2001 إلى 2004", "2001/2004")]),
    # a span of decades written with a dash is one period when the text calls it a period
    ("قورن المعدل بمتوسط الفترة 1961 - 1990 في المحطة", [("1961 - 1990", "1961/1990")]),
    ("سجل الرقم 1961 - 1990 في المحطة", []),
    # a bare decade ago at a clause's end ("عقد" before a noun is "holding")
    ("قلت هذا منذ عقد: لا حل بلا حوار", [("منذ عقد", "2005")]),
    ("تحدث الوزير قبل عقد الاجتماع", []),
    # the year last in a book's citation
    ("راجع كتابه (تاريخ المدن القديمة، 1994) وغيره", [("1994", "1994")]),
    ("(بمبلغ 1500، 2000) ريال", []),
])
def test_dev8_forms(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 22))] == found


@pytest.mark.parametrize("text,found", [
    # "منذ" + a month, or a day of one, without a year: the last one, not the next
    ("يقود التحالف الغارات منذ أيلول/سبتمبر على مواقع التنظيم", [("منذ أيلول/سبتمبر", "2014-09")]),
    ("يتواصل الإضراب منذ 10 أغسطس في المدينة", [("10 أغسطس", "2014-08-10")]),
    ("يتواصل الإضراب منذ يونيو في المدينة", [("منذ يونيو", "2015-06")]),
    # a day a few days past the (estimated) anchor is this year's
    ("توقفت الرحلات منذ 24 يوليو", [("24 يوليو", "2015-07-24")]),
    # with a year or a relative word, as written
    ("يتواصل الإضراب منذ أغسطس 2013", [("منذ أغسطس 2013", "2013-08")]),
    # a Hijri month or day likewise (22 July 2015 is 6 Shawwal 1436)
    ("بدأت الأعمال منذ ذي الحجة في الموقع", [("منذ ذي الحجة", "2014-09-25/2014-10-24")]),
    ("بدأت الأعمال منذ 20 ذي القعدة في الموقع", [("20 ذي القعدة", "2014-09-15")]),
    ("بدأت الأعمال منذ 2 شوال في الموقع", [("2 شوال", "2015-07-18")]),
])
def test_since_a_month_is_the_last_one(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 22))] == found
    assert [resolve(m.expr, dt.date(2015, 7, 22)) for m in find_dates(text, None)] == [v for _, v in found]


# issue 27, dates_dev9: forms of test-like news (composed sentences)
@pytest.mark.parametrize("text,found", [
    # "the last N units" is the period up to the anchor, as "الماضية" is
    ("تقدمت القوات خلال اليومين الأخيرين نحو المدينة", [("اليومين الأخيرين", "2015-07-21/2015-07-22")]),
    ("ارتفعت الأسعار في الأشهر الثلاثة الأخيرة بنسبة كبيرة", [("الأشهر الثلاثة الأخيرة", "2015-04/2015-06")]),
    ("تراجع الإنتاج خلال السنوات الخمس الأخيرة.", [("السنوات الخمس الأخيرة", "2010/2014")]),
    # no count: vague; the last days of a period named after them, or before an event: not up to the anchor
    ("تغيرت المدينة في السنوات الأخيرة", []),
    ("يزدحم السوق في الأيام الثلاثة الأخيرة قبيل العيد", []),
    ("سافر في الشهرين الأخيرين قبل تقاعده", []),
    ("يكثر الزوار في الأيام الخمسة الأخيرة لشهر الصيف", []),
    # a day of the month just named: "الخامس منه"
    ("تقام المباراة الأولى في الثالث من سبتمبر ثم الثانية في العاشر منه", [("الثالث من سبتمبر", "2015-09-03"),
                                                                          ("العاشر منه", "2015-09-10")]),
    ("يفتح المعرض في 12 شوال ويستمر حتى العشرين منه", [("12 شوال", "2015-07-28"), ("العشرين منه", "2015-08-05")]),
    ("سيبدأ التسجيل في الأول من أكتوبر وحتى الـ15 منه", [("الأول من أكتوبر", "2015-10-01"), ("الـ15 منه", "2015-10-15")]),
    # an ordinal that is no day ("الفصل الثاني منه"), or a year before it (no one month)
    ("صدر الكتاب في مارس الماضي وسيصدر الجزء الثاني منه قريبا", [("في مارس الماضي", "2015-03")]),
    ("افتتح المتحف عام 2010 وفي الخامس منه", [("عام 2010", "2010")]),
])
def test_dev9_forms(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 23))] == found


@pytest.mark.parametrize("text,found", [
    # fixtures in the imperfect: the coming days, and a weekday joined by و after one still to come
    ("وتتواصل البطولة الودية إذ تستكمل المباريات الجمعة في المدينة الأولى، والسبت في المدينة الثانية",
     [("الجمعة", "2015-07-24"), ("والسبت", "2015-07-25")]),
    ("ويلعب الفريق الأحد مع منافسه على الملعب نفسه", [("الأحد", "2015-07-26")]),
    ("يلتقي المنتخبان السبت المقبل في العاصمة والثلاثاء في المدينة الساحلية",
     [("السبت المقبل", "2015-07-25"), ("والثلاثاء", "2015-07-28")]),
    # in the past tense a bare weekday, and one joined to it, stay the last ones
    ("لعب الفريق الجمعة مع الهلال والسبت مع النصر", [("الجمعة", "2015-07-17"), ("والسبت", "2015-07-18")]),
    # a scheduled-event verb speaks of its own clause, not of the one after a comma
    ("ويزور الوزير العاصمة ثم يلتقي نظيره، وفي يوم الثلاثاء أحرق محتجون إطارات في الشارع",
     [("يوم الثلاثاء", "2015-07-21")]),
])
def test_weekdays_of_fixtures_still_to_come(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 23))] == found


@pytest.mark.parametrize("text,found", [
    # "على" after a count is the object of a verb of taking or attacking before it: a date back from the anchor
    ("وكانت القوات قد سيطرت قبل ثلاثة أيام على مبنى البلدية", [("قبل ثلاثة أيام", "2015-07-20")]),
    ("بعد استيلاء المسلحين قبل شهرين على المطار توقفت الرحلات", [("قبل شهرين", "2015-05")]),
    # otherwise the count is told from the event after "على": no date
    ("وصل الوفد قبل عشرة أيام على انطلاق المؤتمر", []),
    ("بدأت الحملة قبل ثلاثة أيام على موعد الانتخابات", []),
])
def test_a_count_before_the_object_of_a_verb_of_taking(text, found):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2015, 7, 23))] == found
