"""Copies found when articles are added to a database (``marsad analyze --db`` on a built database,
marsad.store.incremental) as in a full build: the rules, then the learned copy-pair model with the
corpus counts the database keeps. Fixture texts are composed for these tests (no article text)."""
from __future__ import annotations

import json

import pytest

from marsad.corpus import dedup
from marsad.store import Store, analyze_into_db, recluster

RELEASE = ("أعلنت المؤسسة العامة لتحلية المياه يوم الأحد تشغيل محطة التحلية الجديدة في ميناء الرمال بطاقة إنتاجية تبلغ 250 ألف متر مكعب يوميا. "
           "وقال محافظ المؤسسة في مؤتمر صحفي إن المحطة تخدم أكثر من 900 ألف نسمة في المدينة والقرى المجاورة لها. "
           "وأوضح أن تكلفة المحطة بلغت 3.2 مليار ريال وأنها تعمل بتقنية التناضح العكسي الموفرة للطاقة. "
           "وأضاف أن المؤسسة مدت خط نقل بطول 74 كيلومترا يربط المحطة بخزانات التوزيع شرق المدينة. "
           "وأشار إلى أن المحطة توفر 420 فرصة عمل للمهندسين والفنيين من أبناء المنطقة بعد تدريبهم في معهد المؤسسة. "
           "وبين أن المرحلة الثانية من المشروع سترفع الطاقة الإنتاجية إلى 400 ألف متر مكعب بحلول عام 2018. "
           "ولفت إلى أن المؤسسة تراقب جودة المياه المنتجة في مختبرات متخصصة على مدار الساعة. "
           "ودعا المحافظ السكان إلى ترشيد استهلاك المياه خلال أشهر الصيف التي يرتفع فيها الطلب.")
EDITED = ("دشنت المؤسسة العامة لتحلية المياه أمس محطة التحلية الجديدة بميناء الرمال التي تنتج 250 ألف متر مكعب من المياه يوميا. "
          "وذكر محافظ المؤسسة خلال مؤتمر صحفي أن المحطة ستخدم ما يزيد على 900 ألف نسمة في المدينة وما حولها من قرى. "
          "وأفاد بأن المحطة كلفت 3.2 مليار ريال وتعتمد تقنية التناضح العكسي الموفرة للطاقة. "
          "وأضاف أن المؤسسة مدت خط نقل بطول 74 كيلومترا يربط المحطة بخزانات التوزيع في شرق المدينة. "
          "وأشار إلى أن المحطة توفر 420 فرصة عمل للمهندسين والفنيين من أبناء المنطقة بعد تدريبهم. "
          "وشهد التدشين عدد من المسؤولين ورجال الأعمال وأعضاء المجلس البلدي. "
          "وبين أن المرحلة الثانية سترفع الإنتاج إلى 400 ألف متر مكعب بحلول 2018.")
GRAD_A = ("احتفلت جامعة الوادي مساء الثلاثاء بتخريج 3400 طالب وطالبة من كلياتها العلمية والإنسانية برعاية أمير المنطقة. "
          "وألقى مدير الجامعة الدكتور ناصر الشمري كلمة هنأ فيها الخريجين وأولياء أمورهم على هذا الإنجاز. "
          "وتضمن الحفل عرضا مرئيا عن مسيرة الجامعة وقصيدة شعرية ألقاها أحد الخريجين. "
          "وفي ختام الحفل سلم راعي الحفل الشهادات للمتفوقين والتقطت الصور التذكارية. "
          "وأكد مدير الجامعة أن الخريجين سيسهمون في مسيرة التنمية التي تشهدها البلاد.")
GRAD_B = ("شهدت جامعة الساحل ظهر الأربعاء حفل تخريج الدفعة العاشرة من طلابها البالغ عددهم 1850 خريجا برعاية وكيل الإمارة. "
          "وألقى مدير الجامعة الدكتور خالد العمري كلمة هنأ فيها الخريجين وأولياء أمورهم بالتخرج. "
          "وتضمن الحفل عرضا مرئيا عن مسيرة الجامعة وقصيدة شعرية ألقاها أحد الخريجين. "
          "وفي ختام الحفل سلم راعي الحفل الشهادات للمتفوقين والتقطت الصور التذكارية. "
          "وأعلنت الجامعة أنها ستفتتح كلية للتمريض في العام الدراسي المقبل.")
OTHERS = [
    "قررت اللجنة المنظمة لبطولة الأندية تأجيل المباراة النهائية أسبوعا بسبب الأحوال الجوية، وأوضحت في بيان أن التذاكر المباعة تبقى صالحة للموعد الجديد، وأن الفريقين أبلغا بالقرار رسميا مساء أمس بعد اجتماع مطول مع الحكام والمراقبين.",
    "سجلت أسعار الأسهم في السوق المحلية تراجعا محدودا في تعاملات الأسبوع الماضي مع انخفاض أسهم شركات البتروكيماويات والمصارف، بينما ارتفعت أسهم قطاع التجزئة بدعم من نتائج الربع الثاني التي جاءت أفضل من توقعات المحللين في معظم الشركات.",
    "أطلقت مكتبة الملك العامة برنامجا صيفيا للقراءة يستهدف الأطفال والناشئة ويتضمن مسابقات أسبوعية وجوائز للمشاركين، ويستمر البرنامج ستة أسابيع في فروع المكتبة الخمسة، ويمكن التسجيل فيه عبر الموقع الإلكتروني للمكتبة أو في مقارها مباشرة.",
    "حذرت هيئة الدفاع المدني من السباحة في الأودية والمستنقعات خلال موسم الأمطار، ودعت الأسر إلى مراقبة أطفالهم في المتنزهات البرية، مؤكدة أن فرقها ستكثف جولاتها الميدانية على المواقع التي تشهد تجمعات كبيرة للمتنزهين في عطلة نهاية الأسبوع.",
]
# RELEASE and EDITED: a desalination plant's release and a paper's edit of it (new headline, the
# lead and two sentences reworded, a sentence cut and one of its own added): 43% of the edit's
# 3-grams and 73 of its 108 words in order are the release's, under the rules (CONTAINMENT 0.7,
# ALIGNED 0.7), while every number and most rare words are kept. GRAD_A and GRAD_B: two
# universities' graduation notices of one template (two sentences word for word, a third half: 43%
# of 3-grams, other names and numbers): a candidate the model must leave apart. OTHERS: unrelated
# items, so that rare words mean something.

ARTICLES = [
    {"id": "release", "title": "تشغيل محطة تحلية ميناء الرمال", "outlet": "one", "published": "2015-07-26",
     "content": RELEASE},
    {"id": "grad_a", "title": "جامعة الوادي تخرج 3400 طالب", "outlet": "one", "published": "2015-07-26",
     "content": GRAD_A},
] + [{"id": f"other{i}", "title": f"خبر {i}", "outlet": "three", "published": "2015-07-26", "content": t}
     for i, t in enumerate(OTHERS)] + [
    {"id": "brief", "title": "طقس", "outlet": "three", "published": "2015-07-26",
     "content": "تتوقع الأرصاد أجواء حارة غدا على معظم المناطق مع فرصة لهطول أمطار خفيفة على المرتفعات."}]
EDITED_ARTICLE = {"id": "edited", "title": "تدشين محطة التحلية في ميناء الرمال", "outlet": "two",
                  "published": "2015-07-26", "content": EDITED}
GRAD_B_ARTICLE = {"id": "grad_b", "title": "جامعة الساحل تحتفل بتخريج الدفعة العاشرة", "outlet": "two",
                  "published": "2015-07-27", "content": GRAD_B}
EVERY_MODEL_PAIR = {"features": list(dedup.PAIR_FEATURES), "mean": [0.0] * 13, "scale": [1.0] * 13,
                    "coef": [0.0] * 13, "intercept": 10.0, "threshold": 0.5}  # every candidate a copy


def build(tmp_path, tag, batches):
    """A database from ``batches`` added one after another: the first builds it, the others are added."""
    db = tmp_path / f"{tag}.db"
    for k, batch in enumerate(batches):
        f = tmp_path / f"{tag}{k}.jsonl"
        f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in batch), encoding="utf-8")
        analyze_into_db([str(f)], str(db), load=k == 0)
    return db


def copies(db) -> dict[str, str]:
    with Store(db, readonly=True) as st:
        return dict(st.conn.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))


def counts(db) -> tuple:
    with Store(db, readonly=True) as st:
        return (st.conn.execute("SELECT value FROM settings WHERE key = 'copy_docs'").fetchone()[0],
                sorted(map(tuple, st.conn.execute("SELECT gram, n FROM copy_grams"))),
                sorted(map(tuple, st.conn.execute("SELECT word, n FROM copy_words"))))


@pytest.fixture(scope="module")
def added(tmp_path_factory):
    """The articles built at once, and the same added in three batches (the copy, then the notice)."""
    tmp = tmp_path_factory.mktemp("incremental-copies")
    return (build(tmp, "full", [ARTICLES + [EDITED_ARTICLE, GRAD_B_ARTICLE]]),
            build(tmp, "added", [ARTICLES, [EDITED_ARTICLE], [GRAD_B_ARTICLE]]))


def test_an_edited_copy_added_to_a_database_is_joined_by_the_model_as_in_a_full_build(added):
    full, incremental = added
    assert copies(full) == copies(incremental) == {"edited": "release"}
    with Store(incremental, readonly=True) as st:  # an edited copy: its story is read from its own text
        doc = st.document("edited")
        assert doc.meta[dedup.RULES_ORIGINAL] is None and doc.duplicate_of == "release"


def test_the_database_keeps_the_copy_counts_a_full_build_makes(added, tmp_path):
    """Adding articles grows the stored 3-gram and word counts to those of a full build of them all:
    eight of the nine articles have a signature (the weather brief, 15 words, has none)."""
    full, incremental = added
    assert counts(full) == counts(incremental)
    assert counts(full)[0] == "8"
    rebuilt = tmp_path / "rebuilt.db"
    rebuilt.write_bytes(incremental.read_bytes())
    recluster(str(rebuilt))
    assert counts(rebuilt) == counts(full)


def test_without_the_model_the_edited_copy_stays_apart_when_added(tmp_path, monkeypatch):
    import marsad.store.incremental as incremental

    monkeypatch.setattr(incremental, "copy_model", lambda: None)
    db = build(tmp_path, "rules", [ARTICLES, [EDITED_ARTICLE, GRAD_B_ARTICLE]])
    assert copies(db) == {}


def test_two_notices_of_one_template_are_a_candidate_the_model_leaves_apart(tmp_path, monkeypatch):
    """The second graduation notice, added, is read by the model against the first (a model that
    calls every candidate a copy joins them) and left apart by the shipped one."""
    import marsad.store.incremental as incremental

    notices = [a for a in ARTICLES if a["id"] != "release"]
    assert copies(build(tmp_path, "shipped", [notices, [GRAD_B_ARTICLE]])) == {}
    monkeypatch.setattr(incremental, "copy_model", lambda: EVERY_MODEL_PAIR)
    assert copies(build(tmp_path, "every", [notices, [GRAD_B_ARTICLE]])) == {"grad_b": "grad_a"}


def test_an_added_article_the_model_pairs_with_two_stored_groups_joins_neither(tmp_path, monkeypatch):
    """The reprint of the release and of the first notice are stored as two groups; an added round-up
    the every-pair model pairs with both (a digest of two stories) joins neither, as in a full build."""
    import marsad.store.incremental as incremental

    reprint = {**ARTICLES[0], "id": "reprint", "outlet": "two"}
    grad_copy = {**ARTICLES[1], "id": "grad_copy", "outlet": "two"}
    first = lambda text, n: " ".join(s + "." for s in text.split(". ")[:n])  # noqa: E731
    digest = {"id": "digest", "title": "حصاد اليوم", "outlet": "four", "published": "2015-07-27",
              "content": "نستعرض في هذا التقرير أبرز أخبار المنطقة خلال اليومين الماضيين. " + first(RELEASE, 2)
              + " " + first(GRAD_A, 2) + " وفي سياق آخر تواصل البلديات أعمال صيانة الطرق والأرصفة في الأحياء."}
    monkeypatch.setattr(incremental, "copy_model", lambda: EVERY_MODEL_PAIR)
    monkeypatch.setattr(dedup, "copy_model", lambda: EVERY_MODEL_PAIR)
    db = build(tmp_path, "groups", [ARTICLES + [reprint, grad_copy], [digest]])
    assert copies(db) == {"reprint": "release", "grad_copy": "grad_a"}
    assert copies(build(tmp_path, "groups-full", [ARTICLES + [reprint, grad_copy, digest]])) == copies(db)


def test_an_edited_copy_joins_a_stored_group_under_its_original(tmp_path):
    reprint = {**ARTICLES[0], "id": "reprint", "outlet": "two"}
    db = build(tmp_path, "stored-group", [ARTICLES + [reprint], [EDITED_ARTICLE]])
    assert copies(db) == {"reprint": "release", "edited": "release"}


def test_two_stored_groups_an_added_article_copies_become_one_as_in_a_full_build(tmp_path):
    """The release with its reprint, and the paper's edit with its own reprint, are stored as two
    groups (the model attaches an article that is in no group yet, never one group to another). An
    added page that runs the release and the edit one after the other holds each whole (the rules'
    containment): in a full build the four and the page are one group under the release; added, the
    stored edit and its reprint now point at the release too."""
    reprint = {**ARTICLES[0], "id": "reprint", "outlet": "two"}
    edited_reprint = {**EDITED_ARTICLE, "id": "edited_reprint", "outlet": "four"}
    page = {"id": "page", "title": "محطة ميناء الرمال", "outlet": "five", "published": "2015-07-27",
            "content": RELEASE + "\n\n" + EDITED}
    stored = ARTICLES + [reprint, EDITED_ARTICLE, edited_reprint]
    db = build(tmp_path, "two-groups", [stored])
    assert copies(db) == {"reprint": "release", "edited_reprint": "edited"}
    db = build(tmp_path, "merged", [stored, [page]])
    assert copies(db) == copies(build(tmp_path, "merged-full", [stored + [page]])) == {
        "reprint": "release", "edited": "release", "edited_reprint": "release", "page": "release"}
    with Store(db, readonly=True) as st:
        assert st.document("edited_reprint").duplicate_of == "release"


def test_a_database_without_copy_counts_gets_them_from_its_articles(tmp_path):
    """A database built before the copy counts were kept (schema 4: no copy_grams rows, no
    copy_docs) counts its articles when articles are next added: the edited copy is still joined,
    and the counts are a full build's."""
    db = build(tmp_path, "old", [ARTICLES])
    with Store(db) as st, st.conn:
        st.conn.execute("DELETE FROM copy_grams")
        st.conn.execute("DELETE FROM copy_words")
        st.conn.execute("DELETE FROM settings WHERE key = 'copy_docs'")
    f = tmp_path / "more.jsonl"
    f.write_text(json.dumps(EDITED_ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    analyze_into_db([str(f)], str(db), load=False)
    assert copies(db) == {"edited": "release"}
    assert counts(db) == counts(build(tmp_path, "new", [ARTICLES + [EDITED_ARTICLE]]))
