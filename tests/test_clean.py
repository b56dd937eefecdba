"""The cleaner on text dumps and HTML pages written for these tests."""
from __future__ import annotations

import marsad
from marsad.api import analyze_text
from marsad.text.clean import clean_text_dump, is_date_line, line_date

DUMP = """عاجل
الأحد 14 أيلول/سبتمبر 2025
رئيس التحرير
سامي النجار
سياسة

وزير المياه يعلن خطة لتحلية مياه البحر في المدن الساحلية

وكالات – الضفتين

أعلن وزير المياه اليوم الأربعاء خطة لبناء ثلاث محطات لتحلية مياه البحر في المدن الساحلية خلال خمس سنوات.
الوزير خلال المؤتمر الصحفي - رويترز
محطة تحلية على الساحل
محطة تحلية على الساحل
وقال الوزير إن المحطات ستوفر مياه الشرب لمليوني نسمة، وإن التمويل مضمون من الموازنة العامة للدولة.
تمويل المشروع
وأوضح أن العمل في المحطة الأولى يبدأ مطلع العام المقبل بعد إنجاز الدراسات البيئية اللازمة كلها.
اقرأ أيضا: الحكومة تقر موازنة المياه
شارك
مقالات ذات صلة
تابع موقع الضفتين على جوجل نيوز
"""


def test_text_dump_furniture_title_outlet():
    r = clean_text_dump(DUMP)
    assert r["title"] == "وزير المياه يعلن خطة لتحلية مياه البحر في المدن الساحلية"
    assert r["text"].split("\n") == [
        "أعلن وزير المياه اليوم الأربعاء خطة لبناء ثلاث محطات لتحلية مياه البحر في المدن الساحلية خلال خمس سنوات.",
        "وقال الوزير إن المحطات ستوفر مياه الشرب لمليوني نسمة، وإن التمويل مضمون من الموازنة العامة للدولة.",
        "تمويل المشروع",
        "وأوضح أن العمل في المحطة الأولى يبدأ مطلع العام المقبل بعد إنجاز الدراسات البيئية اللازمة كلها.",
    ]
    assert r["outlet"] == "الضفتين"
    assert r["source_line"] == "وكالات – الضفتين"
    assert r["removed"] == ["عاجل", "الأحد 14 أيلول/سبتمبر 2025", "رئيس التحرير", "سامي النجار", "سياسة",
                            "وكالات – الضفتين", "الوزير خلال المؤتمر الصحفي - رويترز", "محطة تحلية على الساحل",
                            "محطة تحلية على الساحل", "اقرأ أيضا: الحكومة تقر موازنة المياه", "شارك",
                            "مقالات ذات صلة", "تابع موقع الضفتين على جوجل نيوز"]
    assert r["date_hints"] == [{"value": "2025-09-14", "kind": "datebar", "line": "الأحد 14 أيلول/سبتمبر 2025"}]


def test_nothing_is_lost():
    r = clean_text_dump(DUMP)
    lines = [l for l in DUMP.split("\n") if l.strip()]
    assert sorted(r["removed"] + r["text"].split("\n") + [r["title"]]) == sorted(lines)


def test_embedded_post_and_outlet_from_its_handle():
    raw = ("الرئيس يلتقي وفد البرلمان الأوروبي في القصر\nالتقى الرئيس اليوم الخميس وفدا من البرلمان الأوروبي "
           "وبحث معه قضايا الهجرة والطاقة.\n\"اللقاء كان مثمرا\" #القصر pic.twitter.com/xyz\n"
           "— Al Mayadeen (@almayadeennews) September 14, 2023\nوقال مصدر رسمي إن الزيارة تستمر يومين.\n")
    r = clean_text_dump(raw)
    assert r["outlet"] == "الميادين"
    assert r["date_hints"][0] == {"value": "2023-09-14", "kind": "embed",
                                  "line": "— Al Mayadeen (@almayadeennews) September 14, 2023"}
    assert "pic.twitter.com" not in r["text"]


def test_date_lines():
    assert line_date("السبت 16 نوفمبر / November 2024") == "2024-11-16"
    assert is_date_line("الثلاثاء 30 أبريل 2024 الموافق 21 شوال 1445")
    assert not is_date_line("وصل الرئيس في 30 أبريل 2024 إلى العاصمة")


def test_latin_article_is_not_mangled():
    d = analyze_text("Minister opens new hospital\nThe health minister opened a hospital on Wednesday.\nShare")
    assert d.title == "Minister opens new hospital"
    assert d.text.startswith("The health minister opened a hospital")


PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="{cs}">
<title>افتتاح سوق الكتاب في المدينة القديمة | صحيفة الواحة</title>
<meta property="og:title" content="افتتاح سوق الكتاب في المدينة القديمة">
<meta property="og:site_name" content="صحيفة الواحة">
<meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/x">رياضة</a> <a href="/y">اقتصاد</a></nav>
<article><h1>افتتاح سوق الكتاب في المدينة القديمة</h1>
<p>افتتح محافظ المدينة صباح اليوم سوق الكتاب السنوي في ساحة المدينة القديمة بمشاركة مئة وعشرين دار نشر عربية.</p>
<h2>ندوات يومية</h2>
<p>وقال مدير السوق إن البرنامج يتضمن ندوات يومية للكتاب الشباب وورشا للأطفال طوال أيام المعرض العشرة.</p>
</article><aside>الأكثر قراءة</aside><footer>جميع الحقوق محفوظة لصحيفة الواحة 2024</footer></body></html>"""


def test_html_page_metadata_and_body(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE.format(cs="utf-8"), encoding="utf-8")
    d = marsad.analyze([f]).documents[0]
    assert d.title == "افتتاح سوق الكتاب في المدينة القديمة"
    assert d.outlet == "صحيفة الواحة"
    assert d.published["value"] == "2024-03-05" and d.published["basis"] == "metadata"
    assert "ندوات يومية" in d.text and "بمشاركة مئة وعشرين دار نشر عربية" in d.text
    assert "الأكثر قراءة" not in d.text and "جميع الحقوق" not in d.text and "رياضة" not in d.text


def test_windows_1256_page_end_to_end(tmp_path):
    f = tmp_path / "old.html"
    f.write_bytes(PAGE.format(cs="windows-1256").encode("cp1256"))
    d = marsad.analyze([f]).documents[0]
    assert d.title == "افتتاح سوق الكتاب في المدينة القديمة"
    assert "سوق الكتاب السنوي" in d.text


# ---- each line rule on a page of its own ----------------------------------------------------------
import pytest  # noqa: E402

from marsad.text import clean as C  # noqa: E402

BODY = "هذه فقرة طويلة من نص الخبر فيها أكثر من ثماني كلمات كاملة."


def _run(rule, lines: list[str], at: int = 0, **page_attrs):
    page = C._Page(lines)
    for k, v in page_attrs.items():
        setattr(page, k, v)
    n = page.nonempty.index(at)
    decided = rule(page, n, at, page.lines[at])
    return decided, page


@pytest.mark.parametrize("rule, lines, at, attrs, expected", [
    (C.navigation, ["الرئيسية | أخبار | رياضة | اقتصاد", BODY], 0, {}, (True, {0: "navigation"})),
    (C.navigation, [BODY], 0, {}, (False, {})),
    (C.site_dateline, ["جنيف - الضفتين", BODY], 0, {"site_key": "الضفتين"}, (True, {0: "dateline"})),
    (C.site_dateline, ["جنيف - الضفتين", BODY], 0, {}, (False, {})),
    (C.embed_link, ["pic.twitter.com/abcd", BODY], 0, {}, (True, {0: "embed"})),
    (C.embed_link, [" ".join(["كتبت الكاتبة عن احتفال الحي في العيد"] * 12) + " (https://instagram.com/p/abc/", BODY],
     0, {}, (False, {})),  # a long paragraph that cites a post's link in passing is body
    (C.date_bar, ["الأحد 12 يوليو 2015", BODY], 0, {}, (True, {0: "datebar"})),
    (C.label_and_value, ["رئيس التحرير", "سالم الهاشمي", BODY], 0, {}, (True, {0: "label", 1: "label value"})),
    (C.label_and_value, ["رئيس التحرير", BODY], 0, {}, (True, {0: "label"})),
    (C.latin_widget, ["Close this window", BODY], 0, {}, (True, {0: "latin widget"})),
    (C.latin_widget, ["Close this window"], 0, {"arabic": False}, (False, {})),
    (C.caption_credit, ["الرئيس يصل إلى المطار - رويترز", BODY], 0, {}, (True, {0: "caption"})),
    (C.sign_off, ["(النهاية) م ن ع", BODY], 0, {}, (True, {0: "sign-off"})),
    (C.source_line, ["وكالات – الضفتين", BODY], 0, {}, (True, {0: "source line"})),
    (C.source_line, ["الرياض - واس:", BODY], 0, {}, (True, {})),  # a dateline opening its paragraph: body
    (C.byline, ["كتب: سالم الهاشمي", BODY], 0, {}, (True, {0: "byline"})),
    (C.byline, [BODY], 0, {}, (False, {})),
])
def test_each_line_rule(rule, lines, at, attrs, expected):
    decided, page = _run(rule, lines, at, **attrs)
    assert (decided, page.drop) == expected


def test_line_rules_learn_the_outlet_author_and_hints():
    _, page = _run(C.source_line, ["وكالات – الضفتين", BODY])
    assert (page.source_line, page.outlet_votes) == ("وكالات – الضفتين", ["الضفتين"])
    _, page = _run(C.byline, ["كتب: سالم الهاشمي", BODY])
    assert page.author == "سالم الهاشمي"
    _, page = _run(C.date_bar, ["الأحد 12 يوليو 2015", BODY])
    assert page.hints == [{"value": "2015-07-12", "kind": "datebar", "line": "الأحد 12 يوليو 2015", "_i": 0}]
    _, page = _run(C.embedded_post, ["— سالم (@salem) July 12, 2015", BODY])
    assert (page.drop, page.hints) == ({0: "embed"}, [{"value": "2015-07-12", "kind": "embed",
                                                        "line": "— سالم (@salem) July 12, 2015"}])


def test_page_rules_repeats_site_name_title_and_tail():
    page = C._Page(["صحيفة الضفتين", "قائمة", "عنوان الخبر عن المفاوضات اليوم", "صورة الوفد", "صورة الوفد", BODY,
                    "شارك الخبر"])
    C.drop_repeats(page)
    C.drop_site_name(page)
    assert (page.drop, page.site_key, page.outlet_votes) == ({3: "caption", 4: "repeat", 0: "site name"},
                                                              "الضفتين", ["الضفتين"])
    C.take_title(page)
    assert (page.drop[1], page.drop[2]) == ("above title", "title")
    C.drop_tail(page)
    assert (page.drop[6], 5 in page.drop) == ("tail", False)


def test_a_writer_contact_footer_is_furniture():
    raw = ("ارتفاع أسعار الخضار في الأسواق الشعبية\n"
           "ارتفعت أسعار الخضار في الأسواق الشعبية خلال الأسبوع الجاري بسبب قلة المعروض وارتفاع الحرارة.\n"
           "writer.name@example.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة\n"
           "للتواصل مع المسؤولين عن السوق يمكن زيارة مكتب البلدية في الحي.\n")
    r = clean_text_dump(raw)
    assert r["text"].split("\n") == [
        "ارتفعت أسعار الخضار في الأسواق الشعبية خلال الأسبوع الجاري بسبب قلة المعروض وارتفاع الحرارة.",
        "للتواصل مع المسؤولين عن السوق يمكن زيارة مكتب البلدية في الحي."]
    assert r["removed"] == [
        "writer.name@example.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة"]


def test_a_columns_list_of_the_writers_other_titles_is_furniture():
    raw = ("حديث الصيف\n"
           "يطول النهار في الصيف فيكثر الحديث عن السفر والراحة بين الناس في كل مجلس.\n"
           "مقالات أخرى للكاتب«حكاية المطر»رحلة إلى الشمالذكريات المدرسة\n")
    r = clean_text_dump(raw)
    assert r["text"].split("\n") == ["يطول النهار في الصيف فيكثر الحديث عن السفر والراحة بين الناس في كل مجلس."]
    assert r["removed"] == ["مقالات أخرى للكاتب«حكاية المطر»رحلة إلى الشمالذكريات المدرسة"]
