"""The learned copy-pair model of the dedup stage (issue 31): features, probability, and what it
joins beyond the rules. Fixture texts are composed for these tests (no article text)."""
from __future__ import annotations

import math

from marsad.corpus import dedup
from marsad.corpus.dedup import Dedup, PairFeatures, _Shingled, copy_model, copy_probability
from marsad.document import Document

# a municipality release and a paper's edited version of it (new headline, the lead reworded, a
# sentence cut and one of its own added, words changed here and there); two hospitals' Eid visits
# written on one frame; unrelated fillers so that word rarity means something
WIRE = ("افتتح رئيس بلدية مدينة الواحة الخضراء يوم الاثنين مشروع الحديقة المركزية الجديدة على مساحة 42 ألف متر مربع. "
        "وقال رئيس البلدية في كلمته إن الحديقة تضم ممرات للمشاة بطول 3 كيلومترات وملاعب للأطفال ومسطحات خضراء واسعة. "
        "وأوضح أن تكلفة المشروع بلغت 18 مليون ريال وأن العمل فيه استمر قرابة عامين بمشاركة شركات وطنية. "
        "وأضاف أن البلدية زرعت في الحديقة أكثر من 2500 شجرة من أشجار السدر والطلح التي تتحمل حرارة الصيف. "
        "وأشار إلى أن الحديقة ستفتح أبوابها للزوار من الساعة الرابعة عصرا حتى منتصف الليل طوال أيام الأسبوع. "
        "ولفت إلى أن البلدية خصصت مواقف تتسع لنحو 600 سيارة إلى جانب محطة للحافلات عند المدخل الشمالي. "
        "وبين أن المرحلة الثانية من المشروع تشمل بحيرة صناعية ومسرحا مفتوحا ينتظر أن يكتمل قبل نهاية العام المقبل. "
        "ودعا رئيس البلدية الأهالي إلى المحافظة على مرافق الحديقة والتعاون مع فرق الصيانة والنظافة.")
PAPER = ("دشن رئيس بلدية الواحة الخضراء أمس الحديقة المركزية الجديدة التي تمتد على مساحة 42 ألف متر مربع وسط المدينة. "
         "وذكر رئيس البلدية خلال حفل التدشين أن الحديقة تضم ممرات للمشاة طولها 3 كيلومترات وملاعب للأطفال ومسطحات خضراء. "
         "وأفاد بأن المشروع كلف 18 مليون ريال واستغرق تنفيذه نحو عامين بمشاركة شركات وطنية. "
         "وأضاف أن البلدية زرعت في الحديقة أكثر من 2500 شجرة من السدر والطلح القادرة على تحمل حرارة الصيف. "
         "وأشار إلى أن الحديقة ستفتح أبوابها للزوار من الساعة الرابعة عصرا حتى منتصف الليل طوال الأسبوع. "
         "وحضر الحفل عدد من المسؤولين وأعضاء المجلس البلدي ووجهاء الأحياء المجاورة. "
         "وبين أن المرحلة الثانية تشمل بحيرة صناعية ومسرحا مفتوحا يتوقع أن يكتمل قبل نهاية العام المقبل.")
EID_A = ("زار مدير مستشفى النخيل العام الدكتور سامر الحربي صباح أول أيام عيد الفطر المرضى المنومين في أقسام المستشفى. "
         "وقدم المدير والوفد المرافق له الهدايا والورود للمرضى وهنأهم بالعيد متمنيا لهم الشفاء العاجل. "
         "وشملت الزيارة أقسام الباطنة والجراحة والأطفال والعناية المركزة حيث اطمأن على سير العمل. "
         "وأشاد المدير بجهود الأطباء والممرضين المناوبين خلال أيام العيد وحرصهم على راحة المرضى. "
         "وعبر عدد من المرضى وذويهم عن شكرهم لإدارة المستشفى على هذه اللفتة الإنسانية.")
EID_B = ("تفقد مدير مستشفى الريان التخصصي الدكتور فهد القرني مساء ثاني أيام عيد الفطر المرضى في أقسام النساء والولادة والعظام. "
         "ووزع الفريق المرافق له الحلوى وبطاقات التهنئة على 120 مريضا ومرافقيهم متمنيا لهم الشفاء العاجل. "
         "كما زار المدير وحدة غسيل الكلى التي افتتحت مطلع العام واستمع إلى ملاحظات المراجعين. "
         "وأشاد المدير بجهود الأطباء والممرضين المناوبين خلال أيام العيد وحرصهم على راحة المرضى. "
         "وأكدت إدارة المستشفى أن خطة العيد شملت تعزيز الطوارئ بـ 14 طبيبا إضافيا.")
FILLERS = [
    "أعلنت الهيئة العامة للأرصاد أن درجات الحرارة ستواصل ارتفاعها خلال الأيام المقبلة في المناطق الشرقية والوسطى مع رياح نشطة تثير الأتربة على الطرق السريعة وتحد من مدى الرؤية الأفقية.",
    "فاز فريق النجوم على ضيفه فريق الساحل بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على الملعب البلدي وسط حضور جماهيري كبير من أنصار الفريقين.",
    "وقعت جامعة المدينة اتفاقية تعاون مع شركة للاتصالات لتدريب الطلاب على البرمجة وتقنيات الشبكات خلال الفصل الصيفي بمشاركة مئات الطلاب من مختلف الكليات.",
    "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة طفيفة مع تزايد الطلب قبيل موسم الأعراس بينما استقرت أسعار الفضة عند مستوياتها السابقة منذ بداية الشهر.",
    "أطلقت وزارة الصحة حملة توعية بمخاطر التدخين في المدارس والجامعات تستمر شهرا كاملا وتشمل محاضرات ومعارض متنقلة في عدد من المدن والمحافظات.",
    "افتتح معرض الكتاب الدولي أبوابه للزوار بمشاركة مئات دور النشر من عشرات الدول ويتضمن برنامجه الثقافي ندوات وأمسيات شعرية وورش عمل للأطفال والشباب.",
]



def doc(name, title, text, day, outlet):
    d = Document(id=name, title=title, outlet=outlet, published={"value": day})
    d.set_text(text)
    return d


def corpus():
    docs = [doc("wire", "افتتاح الحديقة المركزية في الواحة الخضراء", WIRE, "2015-07-26", "one"),
            doc("paper", "الواحة الخضراء تدشن حديقتها المركزية", PAPER, "2015-07-26", "two"),
            doc("eid_a", "مدير مستشفى النخيل يعايد المرضى", EID_A, "2015-07-26", "one"),
            doc("eid_b", "مدير مستشفى الريان يعايد المرضى", EID_B, "2015-07-27", "two")]
    return docs + [doc(f"filler{i}", f"خبر {i}", t, "2015-07-26", "three") for i, t in enumerate(FILLERS)]


def features_of(docs, a, b):
    order = sorted(range(len(docs)), key=lambda i: dedup._order_key(i, docs[i]))
    kept = [docs[i] for i in order]
    at = {d.id: i for i, d in enumerate(kept)}
    return PairFeatures(_Shingled([d.text for d in kept]), kept)(*sorted((at[a], at[b])))


def test_copy_probability_is_the_logistic_of_the_standardized_features():
    model = {"intercept": -1.0, "mean": [0.5, 2.0], "scale": [0.25, 4.0], "coef": [2.0, -1.0]}
    # z = -1 + 2 * (1.0 - 0.5) / 0.25 - 1 * (6.0 - 2.0) / 4 = -1 + 4 - 1 = 2
    assert copy_probability(model, [1.0, 6.0]) == 1 / (1 + math.exp(-2.0))
    assert copy_probability(model, [0.5, 2.0]) == 1 / (1 + math.exp(1.0))


def test_the_shipped_model_reads_the_features_it_was_trained_on():
    model = copy_model()
    assert tuple(model["features"]) == dedup.PAIR_FEATURES
    assert len(model["coef"]) == len(model["mean"]) == len(model["scale"]) == len(dedup.PAIR_FEATURES)
    assert 0.5 <= model["threshold"] < 1.0


def test_pair_features_of_a_text_and_its_first_half():
    """The first half of an article against the whole: every 3-gram, sentence, word and number of
    the shorter is in the longer, the titles share 2 of 4 words, one day apart, two outlets."""
    one = "أعلنت البلدية اليوم عن 3 حدائق جديدة في الحي الشمالي للمدينة. وقالت إن العمل يبدأ الشهر المقبل في الحدائق الثلاث."
    two = "وأوضحت أن الحدائق ستضم ممرات للمشاة وملاعب للأطفال. وأضافت أن تكلفتها تبلغ 5 ملايين ريال."
    docs = [doc("whole", "حدائق جديدة للمدينة", one + " " + two, "2015-07-26", "a"),
            doc("half", "حدائق جديدة للحي", one, "2015-07-27", "b")]
    docs += [doc(f"filler{i}", f"خبر {i}", t, "2015-07-26", "c") for i, t in enumerate(FILLERS)]
    f = dict(zip(dedup.PAIR_FEATURES, features_of(docs, "whole", "half")))
    n_half, n_whole = len(one.split()), len((one + " " + two).split())
    assert (n_half, n_whole) == (20, 35)
    assert f["containment"] == f["rare_containment"] == f["kept_words"] == f["lcs_short"] == 1.0
    assert f["sentences"] == f["lead"] == f["numbers"] == 1.0
    assert f["jaccard"] == 18 / 33 and f["lcs_long"] == 20 / 35  # 18 and 33 distinct 3-grams
    assert f["title"] == 2 / 4 and f["log_length_ratio"] == math.log(35 / 20)
    assert f["days_apart"] == 1.0 and f["same_outlet"] == 0.0


def test_an_edited_copy_the_rules_leave_apart_is_joined_by_the_model():
    """The paper's version shares 44% of the release's 3-grams (under EDITED_CONTAINMENT) and 70%
    of its words in order less one (under ALIGNED): the rules leave it apart; the model, reading
    that its sentences, rare words and every number are the release's, joins it."""
    docs = corpus()
    f = dict(zip(dedup.PAIR_FEATURES, features_of(docs, "wire", "paper")))
    assert round(f["containment"], 3) == 0.436 < dedup.EDITED_CONTAINMENT
    assert dedup.aligned_words(dedup.fold(WIRE).split(), dedup.fold(PAPER).split()) == 78 < dedup.ALIGNED * 112
    assert f["numbers"] == 1.0
    p = copy_probability(copy_model(), list(f.values()))
    assert p >= copy_model()["threshold"]
    docs = corpus()
    Dedup(model=None).run(docs, None)
    assert {d.id: d.duplicate_of for d in docs[:4]} == {"wire": None, "paper": None, "eid_a": None, "eid_b": None}
    docs = corpus()
    Dedup().run(docs, None)
    assert {d.id: d.duplicate_of for d in docs[:4]} == {"wire": None, "paper": "wire", "eid_a": None, "eid_b": None}
    assert all(d.duplicate_of is None for d in docs[4:])
    # the story stage lets rule copies follow their original; the model's edited copy is its own
    assert docs[1].meta[dedup.RULES_ORIGINAL] is None


def test_two_hospitals_eid_visits_are_not_one_text():
    """Two notices of one kind (a director's Eid visit to patients, one sentence word for word): the
    model gives them a low probability and neither the rules nor the model join them."""
    docs = corpus()
    p = copy_probability(copy_model(), features_of(docs, "eid_a", "eid_b"))
    assert p < 0.2
    Dedup().run(docs, None)
    assert docs[2].duplicate_of is None and docs[3].duplicate_of is None


def test_an_article_the_model_pairs_with_two_groups_joins_neither():
    """A round-up that carries two sentences of the release and two of a hospital notice, each
    of which the rules put in a copy group with its exact reprint: under a model that calls every
    candidate a copy, the round-up reaches both groups, so it joins neither (a digest of two
    stories, as for the rules' digests), and the two groups never merge through it."""
    model = {"features": list(dedup.PAIR_FEATURES), "mean": [0.0] * 13, "scale": [1.0] * 13,
             "coef": [0.0] * 13, "intercept": 10.0, "threshold": 0.5}  # every candidate a copy
    first = lambda text, n: " ".join(s + "." for s in text.split(". ")[:n])  # noqa: E731
    roundup = ("نستعرض في هذا التقرير أبرز ما شهدته المنطقة من فعاليات وأخبار خلال الأيام الماضية. "
               + first(WIRE, 2) + " " + first(EID_A, 2)
               + " وفي سياق آخر تواصل فرق الدفاع المدني جولاتها على المحال التجارية والأسواق الشعبية للتأكد من"
               " توفر وسائل السلامة ومعدات الإطفاء.")

    def docs_():
        return [doc("wire", "الحديقة", WIRE, "2015-07-26", "one"), doc("reprint", "الحديقة", WIRE, "2015-07-26", "two"),
                doc("eid_a", "العيد", EID_A, "2015-07-26", "one"), doc("eid_copy", "العيد", EID_A, "2015-07-26", "two"),
                doc("roundup", "حصاد اليوم", roundup, "2015-07-27", "three")] + [
            doc(f"filler{i}", f"خبر {i}", t, "2015-07-26", "c") for i, t in enumerate(FILLERS)]

    for m in (None, model):
        docs = docs_()
        Dedup(model=m).run(docs, None)
        assert {d.id: d.duplicate_of for d in docs[:5]} == {
            "wire": None, "reprint": "wire", "eid_a": None, "eid_copy": "eid_a", "roundup": None}
    f = features_of(docs_(), "wire", "roundup")
    assert dedup.ALIGN_CANDIDATE <= f[1] < dedup.EDITED_CONTAINMENT  # a candidate the rules leave apart
