"""Publication dates: metadata first, then the content, never a site's date bar."""
from __future__ import annotations

import json

import marsad
from marsad.api import analyze_text
from marsad.extract.published import same_day_hour


def test_weekday_and_retrieval_pin_the_day():
    d = analyze_text("أعلنت الوزارة اليوم (الاثنين) عن خطة جديدة للنقل العام في المدينة.",
                     title="خطة للنقل", doc_id="a")
    assert d.published["value"] is None  # a weekday alone is not a date
    assert d.meta["published_constraints"]["weekday"] == 0


def test_retrieved_bound_with_weekday(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "خطة للنقل", "content": "أعلنت الوزارة اليوم (الاثنين) عن خطة جديدة '
                 'للنقل العام.", "date_extracted": "2015-08-11 08:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert d.published == {"value": "2015-08-10", "basis": "content",
                           "note": "weekday 0 of the text, the latest on or before retrieval 2015-08-11",
                           "estimate": "2015-08-10", "earliest": "2015-08-10", "latest": "2015-08-10",
                           "estimate_basis": "content"}


def test_date_bar_is_never_the_publication_date():
    raw = ("السبت 16 نوفمبر / November 2024\nموقع الأخبار\nالوزير يفتتح مستشفى جديدا في المدينة الساحلية\n"
           "افتتح وزير الصحة اليوم الأربعاء مستشفى جديدا يتسع لمئتي سرير في المدينة الساحلية.\n")
    d = analyze_text(raw)
    assert d.published["value"] is None
    assert d.meta["date_hints"] == [{"value": "2024-11-16", "kind": "datebar",
                                     "line": "السبت 16 نوفمبر / November 2024"}]
    assert d.meta["published_constraints"]["not_after"] == "2024-11-16"


def test_embedded_post_of_the_same_weekday_pins_the_day():
    raw = ("عنوان عن لقاء الرئيسين في العاصمة\nأعلن المكتب اليوم الخميس أن الرئيسين التقيا في العاصمة وبحثا التعاون.\n"
           "نص التغريدة عن اللقاء pic.twitter.com/abcdef\n— Example News (@examplenews) September 14, 2023\n"
           "وأضاف المكتب أن اللقاء استمر ساعتين.\n")
    d = analyze_text(raw)
    assert d.published["value"] == "2023-09-14" and d.published["basis"] == "content"
    assert [s.attrs["value"] for s in d.layers["dates"]] == ["2023-09-14"]


def test_metadata_wins():
    d = analyze_text("قال الوزير أمس الأربعاء إن الخطة جاهزة.", title="خطة", published="2023-09-14")
    assert d.published["basis"] == "metadata"
    assert [s.attrs["value"] for s in d.layers["dates"]] == ["2023-09-13"]
    # what the text says is recorded even when metadata gave the day (for the corpus stage)
    assert d.meta["published_constraints"]["weekday"] == 3


def test_full_date_stated_as_today_pins_the_day():
    d = analyze_text("أعلنت الهيئة اليوم الأحد 2 أغسطس 2015م أسماء الفائزين بالمسابقة.", title="الفائزون", doc_id="s")
    assert {k: d.published[k] for k in ("value", "basis", "note", "estimate")} == {
        "value": "2015-08-02", "basis": "content", "note": "today stated as الأحد 2 أغسطس 2015م", "estimate": "2015-08-02"}
    assert d.meta["published_constraints"]["year"] == 2015


def test_hijri_date_stated_as_yesterday_gives_the_next_day():
    d = analyze_text("بدأت أمس الأربعاء الموافق 6/ 10/ 1436هـ أعمال المؤتمر في المدينة.", title="المؤتمر", doc_id="h")
    # 6 Shawwal 1436 = Wednesday 2015-07-22, so the article is of Thursday 2015-07-23
    assert d.published["value"] == "2015-07-23"
    assert [s.attrs["value"] for s in d.layers["dates"]] == ["2015-07-22", "2015-07-22"]


def test_stated_date_on_another_weekday_is_not_trusted():
    d = analyze_text("قال المتحدث أمس الثلاثاء الموافق 27 يوليو 2015 إن الخطة جاهزة.", title="خطة", doc_id="m")
    assert d.published["value"] is None  # 27 July 2015 was a Monday


def test_two_different_stated_days_give_no_date():
    d = analyze_text("افتتح اليوم الأحد 2 أغسطس 2015 المعرض. وأغلق اليوم الاثنين 10 أغسطس 2015 أبوابه.",
                     title="معرض", doc_id="c")
    assert d.published["value"] is None
    assert d.meta["published_constraints"]["stated"] == ["2015-08-02", "2015-08-10"]


def test_stated_day_after_retrieval_is_refused(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "خطة", "content": "أعلنت الوزارة اليوم الأحد 2 أغسطس 2015 عن خطة جديدة.", '
                 '"date_extracted": "2015-07-30 08:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert d.published["value"] is None
    assert d.meta["published_constraints"]["not_after"] == "2015-07-30"


def test_tomorrow_weekday_gives_the_day_before():
    d = analyze_text("تبدأ الامتحانات غدا (الأحد) في جميع المدارس بحسب الوزارة.", title="الامتحانات", doc_id="t")
    assert d.meta["published_constraints"]["weekday"] == 5  # a Saturday


def test_constraints_are_json_and_complete():
    import json
    d = analyze_text("افتتح الوزير اليوم الخميس المعرض الذي يستمر حتى 20 سبتمبر الجاري.", title="معرض", doc_id="j")
    c = json.loads(json.dumps(d.meta["published_constraints"]))
    assert c == {"weekday": 3, "month": 9, "year": None, "not_after": None, "not_before": None,
                 "retrieved": None, "stated": []}


def crawled(tmp_path, content, when, url=None):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "title": "خبر", "content": content, "date_extracted": when, "url": url},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    return marsad.analyze([f]).documents[0]


def test_crawl_time_gives_an_estimate_and_its_bounds(tmp_path):
    d = crawled(tmp_path, "وصل الوفد أمس إلى المدينة وبدأ اليوم اجتماعاته مع المسؤولين.", "2015-07-22 10:15:00")
    assert d.published == {"value": None, "basis": None, "note": None, "estimate": "2015-07-22",
                           "earliest": "2015-07-16", "latest": "2015-07-22", "estimate_basis": "retrieved"}
    # the deictics are resolved against the estimate, and say so
    assert [(d.span_text(s), s.attrs["value"], s.attrs["anchor"]) for s in d.layers["dates"]] == [
        ("أمس", "2015-07-21", "estimate"), ("اليوم", "2015-07-22", "estimate")]


def test_an_early_crawl_finds_the_previous_day(tmp_path):
    d = crawled(tmp_path, "وصل الوفد إلى المدينة وبدأ اجتماعاته مع المسؤولين.", "2015-07-22 02:15:00")
    assert (d.published["value"], d.published["estimate"]) == (None, "2015-07-21")


def test_a_site_with_a_later_crawl_hour_finds_the_previous_day_later(tmp_path):
    text = "وصل الوفد إلى المدينة وبدأ اجتماعاته مع المسؤولين."
    # aawsat's crawls up to 5 a.m. find the previous day's articles; another site's from 3 a.m. that day's
    early = crawled(tmp_path, text, "2015-07-31 04:28:00", url="http://aawsat.com/home/article/1/x")
    other = crawled(tmp_path, text, "2015-07-31 04:28:00", url="http://www.example.com/news/1")
    assert (early.published["estimate"], other.published["estimate"]) == ("2015-07-30", "2015-07-31")
    assert [same_day_hour(u) for u in ("https://www.okaz.com.sa/a", "http://aawsat.com/b", None)] == [5, 5, 3]


def test_a_site_with_an_earlier_crawl_hour_finds_that_days_issue_after_one(tmp_path):
    # alwatan's issue is online soon after midnight: a crawl at 01:40 finds that day's articles
    text = "يفتتح المعرض مساء اليوم في القاعة الكبرى."
    d = crawled(tmp_path, text, "2015-07-22 01:40:00", url="http://www.alwatan.com.sa/Culture/News_Detail.aspx?ArticleID=1")
    other = crawled(tmp_path, text, "2015-07-22 01:40:00", url="http://www.example.com/news/1")
    assert (d.published["estimate"], other.published["estimate"]) == ("2015-07-22", "2015-07-21")
    assert [(d.span_text(s), s.attrs["value"]) for s in d.layers["dates"]] == [("اليوم", "2015-07-22")]
    assert same_day_hour("http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=2") == 1


def test_the_issue_date_in_the_address_is_the_publication_day(tmp_path):
    # a wire copy keeps the agency's "اليوم الجمعة"; the paper's issue of Saturday is the day
    d = crawled(tmp_path, "قالت الوكالة اليوم الجمعة إن الوفد وصل.", "2015-07-25 10:27:05",
                url="http://www.al-jazirah.com/2015/20150725/du3.htm")
    assert (d.published["value"], d.published["basis"]) == ("2015-07-25", "url")
    later = crawled(tmp_path, "خبر عن الوفد الذي وصل إلى المدينة.", "2015-07-20 10:00:00",
                    url="http://www.okaz.com.sa/new/Issues/20150730/Con20150730785838.htm")
    assert later.published["value"] is None  # an issue date after the crawl is no evidence


def test_an_impossible_date_bar_gives_bounds_but_no_estimate():
    raw = ("السبت 16 نوفمبر / November 2024\nموقع الأخبار\nالوزير يفتتح مستشفى جديدا في المدينة الساحلية\n"
           "افتتح وزير الصحة اليوم مستشفى جديدا يتسع لمئتي سرير في المدينة الساحلية.\n")
    d = analyze_text(raw)
    assert (d.published["estimate"], d.published["latest"]) == (None, "2024-11-16")


def test_an_old_page_is_estimated_in_the_month_it_calls_current(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "المؤتمر", "content": "يعقد المؤتمر في 28 يونيو الجاري بحضور الوزراء، '
                 'وكان قد تأجل الشهر الماضي.", "date_extracted": "2015-07-21 10:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert {k: d.published[k] for k in ("value", "estimate", "earliest", "latest", "estimate_basis")} == {
        "value": None, "estimate": "2015-06-15", "earliest": "2015-06-01", "latest": "2015-06-30",
        "estimate_basis": "retrieved, month of the text"}
    # the text's relative month is resolved against that estimate: May, not June
    assert [s.attrs["value"] for s in d.layers["dates"]] == ["2015-06-28", "2015-05"]


def test_the_current_month_of_the_crawl_keeps_the_retrieval_estimate(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "المؤتمر", "content": "يعقد المؤتمر في 28 يوليو الجاري بحضور الوزراء.", '
                 '"date_extracted": "2015-07-21 10:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert (d.published["estimate"], d.published["earliest"], d.published["estimate_basis"]) == (
        "2015-07-21", "2015-07-15", "retrieved")


def test_a_slip_of_the_current_month_is_no_old_page(tmp_path):
    # "في 29 مايو الجاري" in a text that also dates an event of July 2015: the writer slipped
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "الانتخابات", "content": "جرت الانتخابات في 29 مايو الجاري، ثم استقال '
                 'الرئيس في 2 يوليو 2015.", "date_extracted": "2015-07-24 10:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert (d.published["estimate"], d.published["estimate_basis"]) == ("2015-07-24", "retrieved")


def test_the_next_month_called_current_is_the_next_issue(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "title": "القرار", "content": "يبدأ تطبيق القرار في 2 أغسطس الجاري.", '
                 '"date_extracted": "2015-07-31 22:00:00"}\n', encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert (d.published["estimate"], d.published["estimate_basis"]) == ("2015-07-31", "retrieved")


def test_this_year_after_a_month_is_no_current_month():
    from marsad.extract.dates import find_dates
    import datetime as dt
    found = find_dates("سجلت البعثة حتى الأول من يونيو هذا العام مئة خرق", dt.date(2015, 7, 21))
    assert [(m.text, m.value) for m in found] == [("الأول من يونيو", "2015-06-01"), ("هذا العام", "2015")]


def test_todays_friday_sermon_makes_a_friday(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "title": "خطبة", "content": "وقال الإمام في خطبة الجمعة اليوم بالجامع الكبير "
                             "إن الصدق أساس التعامل بين الناس.", "date_extracted": "2015-08-07 20:00:00"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert d.meta["published_constraints"]["weekday"] == 4
    assert d.published["value"] == "2015-08-07" and d.published["basis"] == "content"
    # Friday sermons in general are no day
    g = analyze_text("تتناول خطب الجمعة عادة قضايا المجتمع.", title="خطب", doc_id="b")
    assert g.meta["published_constraints"]["weekday"] is None
