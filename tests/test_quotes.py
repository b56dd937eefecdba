"""Quotes: marks of every style, speakers before and after, reported speech, scare quotes."""
from __future__ import annotations

import pytest

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]]


@pytest.mark.parametrize("open_,close", [("“", "”"), ("«", "»"), ('"', '"'), ("‹", "›"), ("„", "“"), ("”", "”")])
def test_every_mark_style(open_, close):
    text = f"وقال وزير الزراعة خالد المنصور: {open_}سنزرع مليون شجرة في الصحراء هذا العام{close}."
    assert quotes(text) == [("direct", "سنزرع مليون شجرة في الصحراء هذا العام", "وزير الزراعة خالد المنصور")]


def test_speaker_after_the_quote():
    assert quotes("«الأسعار ستنخفض قبل نهاية الشهر الجاري»، قالت المتحدثة باسم الوزارة.") == [
        ("direct", "الأسعار ستنخفض قبل نهاية الشهر الجاري", "المتحدثة باسم الوزارة")]


def test_feminine_verb_and_continuation():
    got = quotes("قالت تشوي خلال العشاء: «علاقتنا أقوى من أي وقت مضى». وأضافت: «سنواصل العمل معا في كل المجالات».")
    assert got == [("direct", "علاقتنا أقوى من أي وقت مضى", "تشوي"),
                   ("direct", "سنواصل العمل معا في كل المجالات", "تشوي")]


def test_words_passed_on_by_a_channel():
    # "نقلت (channel) عن (speaker) قوله إن ...": the speaker is after عن, the channel is the via
    d = analyze_text("ونقلت وكالة الأنباء الوطنية عن وزير المالية هشام الكردي قوله إن العجز سينخفض العام المقبل.",
                     title="خبر")
    assert [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"], q.attrs["via"]) for q in d.layers["quotes"]] == [
        ("indirect", "العجز سينخفض العام المقبل", "وزير المالية هشام الكردي", "وكالة الأنباء الوطنية")]
    # عن without قوله is what was talked about, not who spoke
    assert quotes("وتحدث الوزير عن الأزمة طويلا أمام النواب في جلسة مسائية.") == []


def test_according_to_a_named_source():
    # a person, or any named source followed by فإن, says what follows the comma
    d = analyze_text("وبحسب المتحدث باسم البعثة الأممية غوستاف هالبرغ، فإن الجلسة الأولى استمرت نحو ثلاث ساعات.",
                     title="خبر")
    assert [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"], q.attrs["cue"]) for q in d.layers["quotes"]] == [
        ("indirect", "الجلسة الأولى استمرت نحو ثلاث ساعات", "المتحدث باسم البعثة الأممية غوستاف هالبرغ", "وبحسب")]
    # a document is no speaker; an agency before a fact is a channel; a verb after the comma
    # leaves the sentence to the speech-verb finder, with the agency as its channel
    assert quotes("وبحسب التقرير، فإن الأسعار ارتفعت بنسبة كبيرة هذا الشهر.") == []
    d = analyze_text("بحسب وكالة إنترفاكس الروسية للأنباء، قال لافروف إن العلاقات وصلت إلى مستوى جديد.", title="خبر")
    assert [(q.attrs["speaker"]["text"], q.attrs["via"]) for q in d.layers["quotes"]] == [("لافروف", "وكالة إنترفاكس")]


def test_subject_before_the_verb():
    assert quotes('وكان الرئيس قد قال في مستهل القمة: "الوثيقة جاهزة للتوقيع منذ أسبوع كامل".')[0][2] == "الرئيس"


def test_reported_speech_with_channel():
    d = analyze_text("وأكد البيت الأبيض أن الشحنات وصلت إلى الميناء الشهر الماضي، بحسب وكالة رويترز.", title="خبر")
    (q,) = d.layers["quotes"]
    assert q.label == "indirect"
    assert d.text[q.start:q.end] == "الشحنات وصلت إلى الميناء الشهر الماضي"
    assert q.attrs["speaker"]["text"] == "البيت الأبيض"
    assert q.attrs["via"] == "وكالة رويترز"


def test_multi_sentence_quote():
    got = quotes("وقال المدير: «بدأنا العمل. وسننتهي قبل الصيف المقبل بإذن الله».")
    assert got == [("direct", "بدأنا العمل. وسننتهي قبل الصيف المقبل بإذن الله", "المدير")]


@pytest.mark.parametrize("text", [
    "ناقش الطرفان “العلاقات التجارية” و”الشؤون الدولية” في القاعدة.",
    'هاجم تنظيم "داعش" قرية في الشمال.',
    "تعتقد واشنطن أن الصفقة تمت في الخريف الماضي.",
])
def test_not_quotes(text):
    assert quotes(text) == []


def test_reported_speech_past_a_time_or_a_cut_name():
    from marsad.api import analyze_text

    found = []
    for t in ("أكد وزير الاقتصاد القمراني حازم القاسمي اليوم الخميس أن مخزون بلاده من القمح يكفي لستة أشهر.",
              'وقالت مديرة الوكالة الدكتورة منى الكرمي إن القمر "نجمة-1" سيرسل صورا يومية لحوض النهر.'):
        d = analyze_text(t, title="خبر")
        found += [(q.label, q.attrs["speaker"]["text"], d.text[q.start:q.end]) for q in d.layers["quotes"]]
    assert found == [
        ("indirect", "وزير الاقتصاد القمراني حازم القاسمي", "مخزون بلاده من القمح يكفي لستة أشهر"),
        ("indirect", "مديرة الوكالة الدكتورة منى الكرمي", 'القمر "نجمة-1" سيرسل صورا يومية لحوض النهر'),
    ]


REPORTED = [  # constructions of reported speech found on real news (eval/realnews dev)
    # an unnamed source is a speaker in its own right (ANNOTATION.md)
    ("أفادت وسائل إعلام محلية أن القطار وصل إلى المحطة الحدودية صباحا.",
     [("indirect", "القطار وصل إلى المحطة الحدودية صباحا", "وسائل إعلام محلية")]),
    # material between the speaker and أن
    ("وقال ممدوح الدماطي وزير الآثار في البيان إن البعثة عثرت على لوحتين أثريتين.",
     [("indirect", "البعثة عثرت على لوحتين أثريتين", "ممدوح الدماطي")]),
    # two reported clauses in one sentence, the second under a participle with no subject
    ("وأكد الوزير خالد العتيبي أن المشروع سينتهي قريبا، مشيرا إلى أن العمل يسير بوتيرة عالية.",
     [("indirect", "المشروع سينتهي قريبا", "الوزير خالد العتيبي"),
      ("indirect", "العمل يسير بوتيرة عالية", "الوزير خالد العتيبي")]),
    # a noun-phrase complement after عن
    ("وكشفت الهيئة العامة للإحصاء عن ارتفاع عدد السكان في المنطقة بنسبة كبيرة.",
     [("indirect", "ارتفاع عدد السكان في المنطقة بنسبة كبيرة", "الهيئة العامة للإحصاء")]),
    # an attribution after the clause
    ("ارتفعت أسعار النفط في الأسواق الآسيوية صباح اليوم، بحسب وكالة رويترز.",
     [("indirect", "ارتفعت أسعار النفط في الأسواق الآسيوية صباح اليوم", "وكالة رويترز")]),
    # a subjectless cue continues the speaker the article is following
    ("وقال المتحدث باسم الشرطة العقيد سامي الشهري إن الحادث وقع فجرا. وأوضح أن التحقيقات مستمرة مع الموقوفين.",
     [("indirect", "الحادث وقع فجرا", "المتحدث باسم الشرطة العقيد سامي الشهري"),
      ("indirect", "التحقيقات مستمرة مع الموقوفين", "المتحدث باسم الشرطة العقيد سامي الشهري")]),
    # the clause ends before the narrator's next participle
    ("وقال المدير إن ثقافة المسرح لدينا ضعيفة، مطالبا بالاهتمام بالمسرح المدرسي.",
     [("indirect", "ثقافة المسرح لدينا ضعيفة", "المدير")]),
    # time words between the speaker and عن
    ("وأعلنت وزارة الداخلية أمس الجمعة عن مقتل عنصر إرهابي في عملية أمنية.",
     [("indirect", "مقتل عنصر إرهابي في عملية أمنية", "وزارة الداخلية")]),
    # "، كما/حيث ..." goes on with what was said, unless a cue or an act of the narrator follows
    ("وأوضح المدير سعيد النمر أن المصنع أنتج ألف طن، كما صدّر نصفها إلى الخارج.",
     [("indirect", "المصنع أنتج ألف طن، كما صدّر نصفها إلى الخارج", "المدير سعيد النمر")]),
    ("وأوضح المدير سعيد النمر أن المصنع أنتج ألف طن، كما أشاد بجهود العاملين فيه.",
     [("indirect", "المصنع أنتج ألف طن", "المدير سعيد النمر")]),
    # a new attribution with no comma before it ends the clause; وقال has no subject before it
    ("وأكد الوزير خالد العتيبي أن المشروع سينتهي قريبا وقال الوزير إن التمويل متوفر بالكامل.",
     [("indirect", "المشروع سينتهي قريبا", "الوزير خالد العتيبي"),
      ("indirect", "التمويل متوفر بالكامل", "الوزير خالد العتيبي")]),
    ("وأوضحت الشركة أن المساحة تبلغ ألف متر مربع مبينة أنه تم شراؤها بمليون ريال.",
     [("indirect", "المساحة تبلغ ألف متر مربع", "الشركة"), ("indirect", "أنه تم شراؤها بمليون ريال", "الشركة")]),
    ("وقال المهندس سامي الحربي إن المشروع تأخر عن موعده وأضاف أن السبب نقص العمالة الماهرة.",
     [("indirect", "المشروع تأخر عن موعده", "المهندس سامي الحربي"),
      ("indirect", "السبب نقص العمالة الماهرة", "المهندس سامي الحربي")]),
    # the outlet spoken to stands between the cue and the speaker
    ("وأوضح لـ«الوطن» المتحدث باسم الشرطة العقيد فهد الغامدي أن التحقيق ما زال جاريا.",
     [("indirect", "التحقيق ما زال جاريا", "المتحدث باسم الشرطة العقيد فهد الغامدي")]),
    # a speaker's name in quotation marks is no quote
    ('وذكرت "وكالة الأنباء المحلية" أن الطرفين بحثا تطورات الأوضاع.',
     [("indirect", "الطرفين بحثا تطورات الأوضاع", "وكالة الأنباء المحلية")]),
    # a participle's object is no speaker to carry on: "وأضاف" goes back to the named one
    ("وقال المدير سامي الحربي إن الموسم كان ناجحا، مؤكدا ارتفاع عدد الزوار هذا العام. وأضاف أن العمل مستمر بلا توقف.",
     [("indirect", "الموسم كان ناجحا", "المدير سامي الحربي"),
      ("indirect", "ارتفاع عدد الزوار هذا العام", "المدير سامي الحربي"),
      ("indirect", "العمل مستمر بلا توقف", "المدير سامي الحربي")]),
    # a verbal noun after the speaker is what was announced, with no أن; the speaker ends before it
    ("وأعلنت الشركة الوطنية تسجيل خسائر كبيرة خلال الربع الثاني من العام.",
     [("indirect", "تسجيل خسائر كبيرة خلال الربع الثاني من العام", "الشركة الوطنية")]),
    ("وأكد المجلس البلدي أمس استمرار العمل في المشروع حتى نهاية العام.",
     [("indirect", "استمرار العمل في المشروع حتى نهاية العام", "المجلس البلدي")]),
    # an adverb after the cue is no speaker; the subject stood before the verb
    ("وكانت الحكومة قد أعلنت مؤخرا تحرير المدينة من المسلحين بالكامل.",
     [("indirect", "تحرير المدينة من المسلحين بالكامل", "الحكومة")]),
    # ب written on the complement of اعترف: what was said starts after it (ANNOTATION.md)
    ("واعترف السائق بالقيادة بسرعة كبيرة في الطريق السريع.",
     [("indirect", "القيادة بسرعة كبيرة في الطريق السريع", "السائق")]),
    # "وتبين أن": it turned out, no cue
    ("وتبين أن السيارة كانت مسروقة منذ شهرين.", []),
    # where an unnamed source is from belongs to it
    ("وقال مصدر في المقاومة الشعبية إن الطائرات قصفت مواقع المسلحين ليلا.",
     [("indirect", "الطائرات قصفت مواقع المسلحين ليلا", "مصدر في المقاومة الشعبية")]),
    # "، وعن X قال Y: إن ...": a new attribution after a comma and a topic
    ("وأكد المدير سامي الحربي أن الجمعية بدأت أعمالها هذا الشهر، وعن أهدافها قال المدير إن الجمعية تخدم الموظفين.",
     [("indirect", "الجمعية بدأت أعمالها هذا الشهر", "المدير سامي الحربي"),
      ("indirect", "الجمعية تخدم الموظفين", "المدير سامي الحربي")]),
    # not speech: a clause of time, and the journalist's formula
    ("وصل الوزير بعد أن انتهت الجلسة الأولى من المؤتمر.", []),
    ("يذكر أن المؤتمر يعقد كل عامين في العاصمة.", []),
]


@pytest.mark.parametrize("text,expected", REPORTED)
def test_reported_speech_on_news(text, expected):
    d = analyze_text(text, title="خبر")
    assert [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]] == expected


def test_verbatim_speech_after_a_colon_is_direct():
    d = analyze_text("وقال محافظ عدن نايف البكري: تم تطهير المدينة بالكامل من المسلحين.", title="خبر")
    assert [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]] == [
        ("direct", "تم تطهير المدينة بالكامل من المسلحين", "محافظ عدن نايف البكري")]
    d = analyze_text("وقال المحافظ: إن المدينة آمنة تماما الآن.", title="خبر")
    assert [q.label for q in d.layers["quotes"]] == ["indirect"]  # "cue: إن ..." is reported


def test_a_short_form_is_the_speaker_named_in_full_before():
    d = analyze_text("وقال وزير الصحة خالد الفالح إن الحملة بدأت في كل المدن. وأكد الوزير أن اللقاحات متوفرة للجميع.",
                     title="خبر")
    assert [q.attrs["speaker"]["text"] for q in d.layers["quotes"]] == ["وزير الصحة خالد الفالح"] * 2


def test_a_named_subject_of_a_sentence_opening_with_its_verb_is_followed():
    # "ورحب X بالزوار، مؤكدا أن ...": the subject of a verb that is no cue speaks through the participle
    d = analyze_text("ورحب محافظ المدينة سعد بن فهد العنزي بالزوار، مؤكدا أن الخدمات جاهزة في كل المواقع.", title="خبر")
    assert [(d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]] == [
        ("الخدمات جاهزة في كل المواقع", "محافظ المدينة سعد بن فهد العنزي")]


def test_the_role_of_a_place_is_followed_too():
    d = analyze_text("وأبدى أمين منطقة المدينة المنورة سعادته بالترخيص، مؤكدا أن الجمعية ستخدم آلاف الموظفين.", title="خبر")
    assert [(d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]] == [
        ("الجمعية ستخدم آلاف الموظفين", "أمين منطقة المدينة المنورة")]


def test_a_name_in_marks_after_the_cue_is_the_speaker():
    d = analyze_text('وقال "الحربي": "سنفتتح المصنع الجديد في الربيع المقبل".', title="خبر")
    assert [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]] == [
        ("direct", "سنفتتح المصنع الجديد في الربيع المقبل", "الحربي")]


DIRECT = [  # direct speech found on real news (eval/realnews dev)
    # a participle or a verb of answering before the marks
    ('وعدل الروبوت إجابته قائلا: "عذرا، أنا أعرف الجواب الآن".',
     [("direct", "عذرا، أنا أعرف الجواب الآن", None)]),
    ('فأجابه الرئيس دون تردد: "لا شيء سوى أنني أرغب في تحديك".',
     [("direct", "لا شيء سوى أنني أرغب في تحديك", "الرئيس")]),
    # a long phrase between the cue and the colon
    ("وقال العقيد ماجد السالم في تصريح خاص لـ«الصباح»: المناطق الشمالية أصبحت تحت سيطرة الجيش بالكامل.",
     [("direct", "المناطق الشمالية أصبحت تحت سيطرة الجيش بالكامل", "العقيد ماجد السالم")]),
    # a closing mark left over from an earlier paragraph, glued to its word, opens nothing
    ("وشدد المصدر على الالتزام بكل الأنظمة المطبقة هنا”. وأوضح المصدر “أستطيع أن أقول بثقة إن الملعب جاهز تماما”.",
     [("indirect", "الالتزام بكل الأنظمة المطبقة هنا", "المصدر"),
      ("direct", "أستطيع أن أقول بثقة إن الملعب جاهز تماما", "المصدر")]),
    # the narrator goes on after a comma; a second colon quote in the same sentence
    ("وقال رئيس النادي: أشكر جميع اللاعبين على جهودهم الكبيرة، كما تقدم بالشكر للجماهير، حيث قال: "
     "أنتم سر نجاحنا في هذا الموسم.",
     [("direct", "أشكر جميع اللاعبين على جهودهم الكبيرة", "رئيس النادي"),
      ("direct", "أنتم سر نجاحنا في هذا الموسم", "رئيس النادي")]),
]


@pytest.mark.parametrize("text,expected", DIRECT)
def test_direct_speech_on_news(text, expected):
    d = analyze_text(text, title="خبر")
    assert [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]] == expected


def test_answers_of_an_interview_are_direct_quotes():
    text = ("كشف الباحث سامي الحربي أن المشروع يحتاج إلى تمويل إضافي، في الحوار التالي:\n"
            "متى بدأت العمل على المشروع؟\n"
            "بدأنا قبل ثلاث سنوات مع فريق صغير من المهندسين.\n"
            "ما العقبة الأكبر التي واجهت فريقكم في العمل؟\n"
            "التمويل كان العقبة الأكبر منذ اليوم الأول.")
    d = analyze_text(text, title="خبر")
    assert [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]] == [
        ("indirect", "المشروع يحتاج إلى تمويل إضافي، في الحوار التالي", "الباحث سامي الحربي"),
        ("direct", "بدأنا قبل ثلاث سنوات مع فريق صغير من المهندسين", "الباحث سامي الحربي"),
        ("direct", "التمويل كان العقبة الأكبر منذ اليوم الأول", "الباحث سامي الحربي")]
    # rhetorical questions of a column (no interview announced) are no interview
    column = text.replace("، في الحوار التالي:", ".")
    d = analyze_text(column, title="خبر")
    assert [q.label for q in d.layers["quotes"]] == ["indirect"]


def test_a_document_speaks_for_its_author():
    def got(text):
        d = analyze_text(text, title="خبر")
        return [(d.text[q.start:q.end], q.attrs["speaker"]["text"], q.attrs["via"]) for q in d.layers["quotes"]]

    # the author named before: the last organization before the cue
    assert got("أصدرت مؤسسة النقد العربي السعودي تقريرها السنوي أمس. وكشف التقرير أن الودائع ارتفعت بنسبة كبيرة.") == [
        ("الودائع ارتفعت بنسبة كبيرة", "مؤسسة النقد العربي السعودي", "التقرير")]
    # the author named in the phrase
    assert got("وأوضح بيان للداخلية أن قوات الأمن اعتقلت ثلاثة مطلوبين في المدينة.") == [
        ("قوات الأمن اعتقلت ثلاثة مطلوبين في المدينة", "الداخلية", "بيان للداخلية")]


def test_complementizers_with_every_pronoun():
    # بأنهم، إننا: the complementizer carries a pronoun and belongs to what was said
    assert quotes("وقال المتحدث سامر الحداد بأنهم لن يتراجعوا عن القرار الأخير.") == [
        ("indirect", "بأنهم لن يتراجعوا عن القرار الأخير", "المتحدث سامر الحداد")]
    assert quotes("وأوضح مدير الشركة في مقابلة إننا نؤمن بقدرة السوق على النمو.") == [
        ("indirect", "إننا نؤمن بقدرة السوق على النمو", "مدير الشركة")]
    # لأنه "because he" is the narrator's cause, not a complementizer
    assert quotes("غادر اللاعب الملعب مبكرا وقال الحكم لأنه أصيب في ركبته اليمنى.") == []


def test_one_letter_abbreviations_and_glued_periods():
    # "د." is a title inside the speaker's name, not a sentence end
    assert quotes("وأضاف د. كريم الناصر أن المشروع سيكتمل قبل نهاية العام.") == [
        ("indirect", "المشروع سيكتمل قبل نهاية العام", "د. كريم الناصر")]
    # a period with no space after it still ends what was said
    assert quotes("وقال الوزير إن الطريق مفتوح أمام الجميع.وذكر المدير أن العمل مستمر دون توقف.") == [
        ("indirect", "الطريق مفتوح أمام الجميع", "الوزير"),
        ("indirect", "العمل مستمر دون توقف", "المدير")]


def test_a_cue_inside_what_was_said_has_its_own_clause():
    assert quotes("وأوضح التقرير أن الحكومة قد أعلنت عن برنامج جديد للإسكان بقيمة كبيرة.") == [
        ("indirect", "الحكومة قد أعلنت عن برنامج جديد للإسكان بقيمة كبيرة", "التقرير"),
        ("indirect", "برنامج جديد للإسكان بقيمة كبيرة", "الحكومة")]


def test_where_a_reported_clause_ends():
    # a participle with its tanween written, no comma before it: the narrator goes on
    assert quotes("وقال الفنان إنه سئم الخلافات الفنية مطالباً زميله بالاهتمام بأعماله.") == [
        ("indirect", "إنه سئم الخلافات الفنية", "الفنان")]
    # "، وتحدثت عن": the narrator's next act after a comma
    assert quotes("وقالت الكاتبة إن الكتاب دراسة بلاغية قديمة، وتحدثت عن رحلتها مع البحث.") == [
        ("indirect", "الكتاب دراسة بلاغية قديمة", "الكاتبة")]
    # a cue word with nothing said after it does not end the clause ("لافتة" a sign)
    assert quotes("وقال المحافظ إنه وضع لافتة مضيئة أعلى مبنى المدرسة القديمة.") == [
        ("indirect", "إنه وضع لافتة مضيئة أعلى مبنى المدرسة القديمة", "المحافظ")]


def test_marks_around_part_of_a_reported_clause():
    got = quotes("وقالت الوكالة إن “القوات الحكومية” سيطرت على مواقع جديدة في المدينة.")
    assert ("indirect", "“القوات الحكومية” سيطرت على مواقع جديدة في المدينة", "الوكالة") in got
    # marks around the whole complement: a direct quote only
    assert [q[0] for q in quotes("وقالت الوكالة إن “القوات الحكومية سيطرت على مواقع جديدة في المدينة”.")] == ["direct"]


def test_cues_only_before_a_complementizer():
    assert quotes("وبين مدير التعليم خالد السالم، أن المقابلات تبدأ يوم الأحد المقبل.") == [
        ("indirect", "المقابلات تبدأ يوم الأحد المقبل", "مدير التعليم خالد السالم")]
    assert quotes("وذهب بعض المحللين إلى أن الأسعار سترتفع في الربع الأخير.") == [
        ("indirect", "الأسعار سترتفع في الربع الأخير", "بعض المحللين")]
    # بين "between", ذهب "went": no one said anything
    assert quotes("وحرص على العدالة بين موظفيه، ما يعني أنه كان قائدا ناجحا.") == []
    assert quotes("وقارن بين الرياض وجدة أن الفرق بينهما كبير جدا.") == []
    assert quotes("وذهب الوفد إلى المدينة بعد أن انتهت الجلسة الأولى.") == []


def test_plural_and_dual_of_a_defective_verb():
    assert quotes("وبعض الخبراء يرون أن السوق ستتعافى قبل نهاية العام.") == [
        ("indirect", "السوق ستتعافى قبل نهاية العام", "بعض الخبراء")]
    assert quotes("والمدربان يريان أن الفريق قادر على المنافسة هذا الموسم.") == [
        ("indirect", "الفريق قادر على المنافسة هذا الموسم", "المدربان")]


def test_object_of_a_cue_past_a_name():
    # the phrase is cut at the name; the object starts after its nisba, its name in marks or the outlet
    assert quotes("أعلن نادي الوحدة الأردني تعاقده مع المهاجم البرازيلي لموسمين.") == [
        ("indirect", "تعاقده مع المهاجم البرازيلي لموسمين", "نادي الوحدة الأردني")]
    assert quotes("ونفى المصدر لـ«الصباح» وصول المفاوضات إلى طريق مسدود.") == [
        ("indirect", "وصول المفاوضات إلى طريق مسدود", "المصدر")]
    # "والدي" (my father) keeps its first letter
    assert quotes("وأعلن والدي عن فوزي في المسابقة أمام جميع أشقائي.")[0][2] == "والدي"


def test_a_fronted_source_then_fa_inna():
    assert quotes("ووفقا للروايات فإن التجمهر كان بسبب حادث دهس قرب الموقع.") == [
        ("indirect", "التجمهر كان بسبب حادث دهس قرب الموقع", "الروايات")]
    assert quotes("وبحسب «رويترز»، فإن الطلب على البطاريات يتنامى بسرعة كبيرة.") == [
        ("indirect", "الطلب على البطاريات يتنامى بسرعة كبيرة", "رويترز")]
    # no فإن and no person: a channel for a fact, not a quote
    assert quotes("ووفقا للخطة، ستبدأ أعمال الصيانة في الأسبوع المقبل.") == []


def test_an_attribution_closing_the_sentence_without_a_comma():
    assert quotes("وقد استدرج الأسد بلحوم مربوطة إلى خارج الحديقة حسبما قال رودريجيز.") == [
        ("indirect", "وقد استدرج الأسد بلحوم مربوطة إلى خارج الحديقة", "رودريجيز")]
    assert quotes("الشركة قامت بزيارة ميدانية لفحص أرضية الملعب قبل التعاقد بحسب المصدر.") == [
        ("indirect", "الشركة قامت بزيارة ميدانية لفحص أرضية الملعب قبل التعاقد", "المصدر")]
    # "حسب الخطة": no source, no quote
    assert quotes("وستبدأ أعمال الصيانة في الأسبوع المقبل حسب الخطة.") == []
    # "رغم ... إلا أن": the attribution is for the main clause
    assert quotes("ورغم القلق الكبير إلا أن الشركة قامت بزيارة ميدانية للملعب بحسب المصدر.") == [
        ("indirect", "الشركة قامت بزيارة ميدانية للملعب", "المصدر")]


def test_the_setting_of_an_announcement_before_an():
    assert quotes("وأعلنت مديرية الأمن في بيان صحفي، عن تسلم المجموعة من حرس الحدود.") == [
        ("indirect", "تسلم المجموعة من حرس الحدود", "مديرية الأمن")]
    # an object (ضرورة) before the عن: the عن belongs to the object
    assert quotes("وأعلنت البلدية عبر حساباتها في مواقع التواصل ضرورة الإبلاغ عن رفع الأسعار.") == []


def test_the_office_of_a_role_belongs_to_the_speaker():
    assert quotes("وقال المتحدث الرسمي للوزارة خالد العمر إن الخطة جاهزة للتنفيذ.") == [
        ("indirect", "الخطة جاهزة للتنفيذ", "المتحدث الرسمي للوزارة خالد العمر")]


def test_an_object_after_a_speech_verb_is_no_speaker_to_follow():
    got = quotes("وقال الوزير إن الخطة جاهزة تماما. وكشف تفاصيل الخطة للصحفيين في المؤتمر. "
                 "وأضاف أن التنفيذ يبدأ في الشهر المقبل.")
    assert got[-1] == ("indirect", "التنفيذ يبدأ في الشهر المقبل", "الوزير")


def test_time_and_filler_words_after_a_cue_are_no_speaker():
    assert quotes("وكانت الوزارة قد أعلنت العام الماضي أن عدد المسافرين بلغ مليونا.") == [
        ("indirect", "عدد المسافرين بلغ مليونا", "الوزارة")]
    assert quotes("وقالت الصحيفة نقلا عن مصدر مطلع إن الاستفتاء سيجرى العام المقبل.")[0][2] == "الصحيفة"


def test_a_one_word_speaker_designates_a_name_before_it():
    assert quotes("والتقى الوزير برئيس الاتحاد محمد الحربي بعد أن أعلن الأخير عن دعمه الكامل للفريق.") == [
        ("indirect", "دعمه الكامل للفريق", "محمد الحربي")]
    got = quotes("وقالت المديرية العامة للجوازات في بيان إن مراكز التصحيح تعمل. "
                 "وأوضحت «الجوازات» أن العمل مستمر في جميع المراكز.")
    assert got[-1] == ("indirect", "العمل مستمر في جميع المراكز", "المديرية العامة للجوازات")


def test_names_and_titles_in_marks_are_no_quotes():
    # a title after its kind, a name in another script: not speech, though a speech verb is near
    assert quotes("وقال الشاعر إن ديوانه الجديد يحمل عنوان «صباح مرمم بالنجوم والقمر».") == [
        ("indirect", "ديوانه الجديد يحمل عنوان «صباح مرمم بالنجوم والقمر»", "الشاعر")]
    assert quotes("وأوضح المدير أن التطبيق متاح باسم «Video for Android wear» في المتجر.") == [
        ("indirect", "التطبيق متاح باسم «Video for Android wear» في المتجر", "المدير")]
    # the same words after a colon are speech
    assert quotes("وقال الشاعر: «صباح مرمم بالنجوم والقمر».") == [
        ("direct", "صباح مرمم بالنجوم والقمر", "الشاعر")]


def test_short_answers_and_a_second_colon():
    got = quotes("طلبت منه أن ينقر الزر الأيمن في أسفل الشاشة، فأجاب: «لا يوجد»، ثم أغلق الجهاز.")
    assert ("direct", "لا يوجد", None) in [(q[0], q[1], None) for q in got]
    # a name in marks after the verb is no answer
    assert all(q[1] != "الموسى" for q in quotes("وقال «الموسى»: إن النظام الجديد يخدم جميع الطلاب."))
    # "قال: إن ..." is reported; a later colon in the sentence still opens words said
    got = quotes("ويقول المدير: إن المبنى غير جاهز للعمل بسبب الدمار ويضيف: باشر فريق هندسي حصر الأضرار فورا.")
    assert ("direct", "باشر فريق هندسي حصر الأضرار فورا") in [(q[0], q[1]) for q in got]


def test_a_quality_given_with_bi():
    # what was said starts after the preposition written on its noun
    assert quotes("وقال الفنان إن الخلاف انتهى تماما، واصفاً إياه بالخلاف العابر بين الزملاء.") == [
        ("indirect", "الخلاف انتهى تماما", "الفنان"), ("indirect", "الخلاف العابر بين الزملاء", "الفنان")]
    assert quotes("وكان الكاتب خالد العمر قد اتهم زميله المخرج باستنساخ شخصياته في مسلسله الجديد.") == [
        ("indirect", "استنساخ شخصياته في مسلسله الجديد", "الكاتب خالد العمر")]
    # a narrator's passive description is no attribution; a name that starts with ب is no preposition
    assert quotes("ووصفت 15 حالة بين المصابين بالحرجة والباقي بالمتوسطة.") == []
    assert quotes("ومن بين الأطعمة وصفة غنية بالبروتينات والفيتامينات المفيدة.") == []


def test_present_tense_and_plans_go_on_with_what_was_said():
    # "، وتؤكد ..." in the present goes on with what was said; "، وفق نظام" is a rule, not a source
    assert quotes("وأكدت الوزارة أن التصريحات لا تخدم مصالح البلدين، وتؤكد انحياز بعض المسؤولين.") == [
        ("indirect", "التصريحات لا تخدم مصالح البلدين، وتؤكد انحياز بعض المسؤولين", "الوزارة")]
    assert quotes("وأكد الخبير أن التأمين ضرورة ملحة للجميع، وفق نظام تتحمل فيه الشركات التكاليف.") == [
        ("indirect", "التأمين ضرورة ملحة للجميع، وفق نظام تتحمل فيه الشركات التكاليف", "الخبير")]


def test_mufidan_before_a_complementizer():
    assert quotes("وأوضح المدير أن البازار هو الأول من نوعه، مفيدا بأن إقامته تدعم سيدات الأعمال.")[-1] == (
        "indirect", "إقامته تدعم سيدات الأعمال", "المدير")
    # مفيد "useful" before إن "if"
    assert quotes("ومن الممكن أن يكون الجهاز مفيدا إن استخدمه كبار السن في التواصل.") == []


def test_li_and_bi_masdar_before_ala():
    got = quotes("وقالت المفوضة إن القرار نهائي. واستخدمت خطابها في لندن للتأكيد على أنها لن تسمح بالتدخل السياسي.")
    assert got[-1] == ("indirect", "أنها لن تسمح بالتدخل السياسي", "المفوضة")
    # "بالتأكيد" alone is "surely"; a bare "التأكيد على" is a task, no one speaking
    assert quotes("وسيكون اللقاء بالتأكيد مهما للطرفين في الأيام المقبلة.") == []
    assert quotes("وتتولى اللجنة مهمة التأكيد على تبادل المعلومات بين الجهات المختصة.") == []


def test_an_expressive_verb_after_fima_is_the_narrators():
    # "، فيما عبّرت واشنطن عن قلقها": the narrator goes on; the marks then hold all that was said
    got = quotes("وأكدت الوزارة أن الزيارة ناجحة جدا، فيما عبّرت واشنطن عن قلقها من نتائجها.")
    assert got == [("indirect", "الزيارة ناجحة جدا", "الوزارة")]


def test_illa_anna_and_the_passive_looking_present():
    # "إلا أن" is "however", no complementizer of speech
    assert quotes("وأعلن التحالف هدنة إنسانية لخمسة أيام، إلا أن المتمردين واصلوا القصف على المدينة.") == []
    # "تعتبر X ..." is "is considered" unless someone who can speak follows it
    assert quotes("وتعتبر الشاليهات من المواقع السياحية الجميلة ولكن يجب أن تكون الأسعار محددة.") == []
    assert quotes("ويعتبر الخبير الاقتصادي خالد العمر أن السوق ستتعافى قريبا.") == [
        ("indirect", "السوق ستتعافى قريبا", "الخبير الاقتصادي خالد العمر")]


def test_a_bullet_before_a_first_person_cue_is_no_speaker():
    from marsad.api import analyze_text

    doc = analyze_text("وقال اللاعب إن الموسم صعب.\nـ أعترف بأن المنافس قوي ومنظم جدا.")
    assert [(q.label, doc.text[q.start:q.end], (q.attrs.get("speaker") or {}).get("text"))
            for q in doc.layers["quotes"]] == [("indirect", "المنافس قوي ومنظم جدا", None)]


def test_a_narrator_word_before_the_cue_is_no_speaker():
    # "إذ قال"، "مما يشير": the speaker is the one the article is following, not the conjunction
    assert quotes("وانتقد الوزير سامر الحداد الخطة الجديدة، إذ قال إن تكاليفها مرتفعة جدا على الميزانية.") == [
        ("indirect", "تكاليفها مرتفعة جدا على الميزانية", "الوزير سامر الحداد")]
    # "مما يشير إلى ..."، "وهذا ما يؤكد أن ...": a fact points to something, no one speaks (ANNOTATION.md)
    assert quotes("وارتفعت أسعار النفط خلال الأسبوع، مما يشير إلى تحسن الطلب في الأسواق الآسيوية.") == []
    assert quotes("وهذا ما يؤكد أن كثيرا من شرائح المجتمع تتابع الأحداث باهتمام كبير.") == []
    assert quotes("وهو ما أكده الوزير في تصريحاته أمس حين قال إن الاقتصاد بدأ يتعافى من الأزمة.")[-1][1] == \
        "الاقتصاد بدأ يتعافى من الأزمة"


def test_the_one_spoken_to_and_the_speakers_own_words_are_no_speaker():
    assert quotes("وقال المدرب فهد العتيبي للاعبين قبل المباراة: «سنلعب بقوة حتى النهاية». ثم قال لهم: «لا تستسلموا أبدا مهما حدث».") == [
        ("direct", "سنلعب بقوة حتى النهاية", "المدرب فهد العتيبي"),
        ("direct", "لا تستسلموا أبدا مهما حدث", "المدرب فهد العتيبي")]
    assert quotes("وقال المدير سالم القحطاني إن العمل مستمر بلا توقف. وتابع أعتقد أن المشروع سينتهي قبل الموعد المحدد.") == [
        ("indirect", "العمل مستمر بلا توقف", "المدير سالم القحطاني"),
        ("indirect", "المشروع سينتهي قبل الموعد المحدد", "المدير سالم القحطاني")]


def test_a_clause_before_the_cue_is_no_speaker():
    assert quotes("كان المشجعون يهاجمون الفريق ولكنهم هذه المرة كانوا يؤكدون أن الفريق سيفوز بالبطولة.") == [
        ("indirect", "الفريق سيفوز بالبطولة", None)]


def test_a_participle_cue_and_a_fronted_topic_are_no_part_of_the_speaker():
    assert quotes("ويوضح الزعيم القبلي قائلا إن بعض الشباب تم تجنيدهم بالمال.") == [
        ("indirect", "بعض الشباب تم تجنيدهم بالمال", "الزعيم القبلي")]
    assert quotes("وتحدثت الممثلة ليلى سالم عن عملها الأول. وعن العمل الثاني قالت: «استمتعت كثيرا بتصوير هذا الدور».") == [
        ("direct", "استمتعت كثيرا بتصوير هذا الدور", "الممثلة ليلى سالم")]


def test_the_topic_of_amma_speaks_after_fa():
    assert quotes("أما الطالب المتفوق خالد العمري، فقال: «أشكر أسرتي على دعمها الكبير».") == [
        ("direct", "أشكر أسرتي على دعمها الكبير", "الطالب المتفوق خالد العمري")]


def test_a_manner_word_before_the_colon_is_no_speaker():
    assert quotes("وقال التاجر سعيد الزهراني إن السوق تحسن كثيرا. ويوضح مبتسما: «ركبنا موجة الأرباح هذا العام».") == [
        ("indirect", "السوق تحسن كثيرا", "التاجر سعيد الزهراني"),
        ("direct", "ركبنا موجة الأرباح هذا العام", "التاجر سعيد الزهراني")]


def test_a_noun_behind_li_is_no_one_the_article_follows():
    assert quotes("وكانت لأبي هواية جميلة هي التصوير. وقال: «كنت أحب الكاميرا منذ الصغر».") == [
        ("direct", "كنت أحب الكاميرا منذ الصغر", None)]


def test_the_name_after_an_abbreviated_title_is_kept():
    assert quotes("ويؤكد د. علي الشمري لـ«الصحيفة» أن البحث العلمي يحتاج إلى دعم أكبر.") == [
        ("indirect", "البحث العلمي يحتاج إلى دعم أكبر", "د. علي الشمري")]


def test_according_to_an_outlet_or_an_unnamed_source_before_or_after_the_clause():
    # an outlet or agency, in marks or not, is the source of what follows the comma (ANNOTATION.md:
    # بحسب/وفقاً لـ attributions); a rule or a plan is not
    assert quotes('وبحسب "الفرنسية"، جاءت تعليقات الرئيس خلال مقابلة تلفزيونية بثت قبل الاستفتاء.') == [
        ("indirect", "جاءت تعليقات الرئيس خلال مقابلة تلفزيونية بثت قبل الاستفتاء", "الفرنسية")]
    assert quotes("ووفقا لصحيفة «الأخبار» المحلية، يسعى المهندسون لبناء \"روبوتات\" تساعد المزارعين في الحصاد.") == [
        ("indirect", "يسعى المهندسون لبناء \"روبوتات\" تساعد المزارعين في الحصاد", "صحيفة «الأخبار» المحلية")]
    assert quotes("وبحسب مصادر مطلعة، غادر الوفد العاصمة متوجها إلى الحدود مساء الأحد.") == [
        ("indirect", "غادر الوفد العاصمة متوجها إلى الحدود مساء الأحد", "مصادر مطلعة")]
    assert quotes("وحسب القانون الذي أقره المجلس، تبدأ المرحلة الثانية من المشروع في سبتمبر المقبل.") == []
    # after the clause: "وفقا لقناة «...»" names the channel's source behind ل, words in marks inside
    # the clause are quoted too
    assert quotes("سيطرت القوات على مبنى المحافظة في الساعات الأولى من صباح الاثنين، وفقا لقناة «الوطن».") == [
        ("indirect", "سيطرت القوات على مبنى المحافظة في الساعات الأولى من صباح الاثنين", "قناة «الوطن")]
    got = quotes("ونفذت الهجوم فتاتان «يقل عمرهما عن 15 عاما» في السوق المركزي للمدينة، بحسب حاكم المنطقة سالم البدري.")
    assert got == [("indirect", "ونفذت الهجوم فتاتان «يقل عمرهما عن 15 عاما» في السوق المركزي للمدينة",
                    "حاكم المنطقة سالم البدري"),
                   ("direct", "يقل عمرهما عن 15 عاما", "حاكم المنطقة سالم البدري")]


def test_a_wish_or_thanks_expressed_is_no_statement():
    assert quotes("وألقى الأمين العام كلمة، معرباً عن أمله بأن تكون هذه القاعة ملتقى للوفود من كل العالم.") == []
    assert quotes("وأعرب الوزير عن شكره لأن الفريق أنجز العمل قبل موعده بأسبوع كامل.") == []
    assert quotes("وأعرب الوزير عن اعتقاده أن الاتفاق سيصمد طويلا رغم كل الصعوبات.") == [
        ("indirect", "الاتفاق سيصمد طويلا رغم كل الصعوبات", "الوزير")]


def test_a_reported_clause_ends_where_his_own_words_follow():
    assert quotes("وأكد المدير أن العمل يسير وفق الخطة المرسومة بقوله: «لقد أنجزنا نصف المشروع قبل موعده».") == [
        ("indirect", "العمل يسير وفق الخطة المرسومة", "المدير"),
        ("direct", "لقد أنجزنا نصف المشروع قبل موعده", "المدير")]


def test_a_quotation_that_runs_on_into_the_next_paragraph():
    # one speaker's words over two paragraphs: each paragraph's words, the second with no cue of its
    # own (ANNOTATION.md); a name folded like a preposition (علي = على) stays in the speaker
    got = quotes("وقال المخرج علي العلي: «منذ قرأت النص لمست العناصر الجديدة فيه، فهو يجمع بين الحب والمغامرة.\n"
                 "من جانب آخر سيلاحظ المتابع أن المشاهد المصورة في ألمانيا تختلف عن غيرها».\n"
                 "وعرض المسلسل في رمضان على شاشة القناة.")
    assert got == [("direct", "منذ قرأت النص لمست العناصر الجديدة فيه، فهو يجمع بين الحب والمغامرة.", "المخرج علي العلي"),
                   ("direct", "من جانب آخر سيلاحظ المتابع أن المشاهد المصورة في ألمانيا تختلف عن غيرها", "المخرج علي العلي")]
    # a next paragraph that opens its own quotation does not close the one left open
    got = quotes("وقال المدير: «سنفتتح الفرع الجديد في الشهر المقبل بعد اكتمال التجهيزات.\n"
                 "وأضاف المدير: «يضم مشروع «الواحة» مئة وحدة سكنية في وسط المدينة».")
    assert ("direct", "وأضاف المدير: «يضم مشروع «الواحة", "المدير") not in got
    assert all(not text.startswith("وأضاف") for _, text, _ in got)


def test_what_is_described_is_not_the_one_describing():
    # one phrase between وصف and بأن is what is described; the speaker is the one the article follows
    got = quotes("وأكد قائد الجيش الجنرال راحيل شريف أن الحرب مستمرة حتى النهاية. "
                 "ووصف هذه الحرب بأنها حرب البقاء بالنسبة لباكستان كلها.")
    assert got[1] == ("indirect", "بأنها حرب البقاء بالنسبة لباكستان كلها", "قائد الجيش الجنرال راحيل شريف")
    # a name, then what it describes; an object pronoun on the verb leaves the phrase its subject
    assert quotes("ووصف الوزير خالد العمر الاتفاق بأنه خطوة تاريخية نحو السلام الدائم.") == [
        ("indirect", "بأنه خطوة تاريخية نحو السلام الدائم", "الوزير خالد العمر")]
    assert quotes("ووصفه الوزير بأنه رجل المرحلة المقبلة بلا منازع في البلاد.") == [
        ("indirect", "بأنه رجل المرحلة المقبلة بلا منازع في البلاد", "الوزير")]


def test_words_after_a_colon_whose_closing_mark_never_comes():
    got = quotes("وقال المخرج في رده على وصف أحد العاملين للعمل بأنه “عالمي”: “نحن لا ندعي بأننا نقدم عملا عالميا، "
                 "لكننا نقدم عملا بمواصفات عالمية.\nوعرض المسلسل في رمضان.")
    assert got == [("direct", "نحن لا ندعي بأننا نقدم عملا عالميا، لكننا نقدم عملا بمواصفات عالمية.", "المخرج")]


def test_a_guillemet_never_closes_a_guillemet():
    # "ومتوعدة «...": the « is never closed; the next « opens the next marks. The threat is her words
    # to the end of the sentence, and the narrator's next sentence is not.
    text = ("وبثت الحركة تسجيلا أكدت فيه أنها لم تخسر المعركة ومتوعدة «سنعود أقوى من قبل بكثير. "
            "ومن المقرر أن يجتمع الوزراء الأسبوع المقبل في العاصمة لبحث الأمر. "
            "وكان الهجوم نفذه مسلحان «لم تعرف هويتهما» في السوق.")
    assert [(kind, q) for kind, q, _ in quotes(text)] == [
        ("indirect", "أنها لم تخسر المعركة"), ("direct", "سنعود أقوى من قبل بكثير.")]


def test_marks_inside_guillemets_close_with_the_second_one():
    assert quotes("وقال الوزير: «إن قرار «الاتحاد» لن يمر أبدا مهما كانت الضغوط» في المؤتمر.") == [
        ("direct", "إن قرار «الاتحاد» لن يمر أبدا مهما كانت الضغوط", "الوزير")]


def test_a_blessing_after_the_verb_is_no_speaker():
    got = quotes("كان الشيخ سالم المؤرخ الكبير يحب الناس، يقول رحمه الله \"تعلمت الصبر من أهل الحي القديم\".")
    assert got == [("direct", "تعلمت الصبر من أهل الحي القديم", "الشيخ سالم")]


def test_the_day_before_yesterday_is_no_speaker():
    got = quotes("وكان الرئيس قد صرح أمس الأول أن الموازنة الجديدة ستركز على الصحة والتعليم.")
    assert got == [("indirect", "الموازنة الجديدة ستركز على الصحة والتعليم", "الرئيس")]


def test_a_nisba_after_an_unnamed_source_is_part_of_it():
    got = quotes("وأعلن مسؤول تونسي أمس، عن توقيف ثلاثة مشتبه بهم في العاصمة.")
    assert got == [("indirect", "توقيف ثلاثة مشتبه بهم في العاصمة", "مسؤول تونسي")]


def test_a_guillemet_typed_for_a_closing_one_still_closes():
    assert quotes("وقالت الوزارة إن «موسم الحج المقبل سيشهد توسعة جديدة للمشاعر «\nوفي سياق آخر.") == [
        ("direct", "موسم الحج المقبل سيشهد توسعة جديدة للمشاعر", "الوزارة")]


def test_a_manner_adverb_before_the_colon_is_no_speaker():
    assert quotes("ثم التفت المعلم إلى تلميذه وقال ضاحكاً: الامتحان أسهل مما تظن يا بني.") == [
        ("direct", "الامتحان أسهل مما تظن يا بني", None)]  # not "ضاحكاً"


def test_the_one_spoken_to_before_the_colon_is_no_speaker():
    assert quotes("ووقف الحكم يشير قائلا للاعبين: «لن أسمح بأي اعتراض بعد الآن».") == [
        ("direct", "لن أسمح بأي اعتراض بعد الآن", None)]


def test_an_honorific_with_a_pronoun_is_no_speaker():
    got = quotes("وقال مفتي المنطقة الشيخ سالم الحربي إن المساجد ستفتح أبوابها للدروس الصيفية. "
                 "وحذر سماحته من التساهل في متابعة الأبناء خلال الإجازة.")
    assert [sp for _, _, sp in got] == ["مفتي المنطقة الشيخ سالم الحربي", "مفتي المنطقة الشيخ سالم الحربي"]


def test_words_said_in_the_paragraph_after_a_cue_and_its_colon():
    text = ("عقد المحافظ لقاء مع الأهالي قال خلاله المحافظ سامر:\n"
            "سنفتتح ثلاث مدارس جديدة قبل بداية العام الدراسي!!\nوصفق الحاضرون طويلا.")
    assert quotes(text) == [("direct", "سنفتتح ثلاث مدارس جديدة قبل بداية العام الدراسي", "المحافظ سامر")]
    # a list announced before the colon is no one's words
    assert quotes("وذكر التقرير عددا من الأسباب منها ما يلي:\nضعف التمويل وقلة الكوادر المدربة في المدارس.") == []


def test_a_title_after_its_kind_and_a_preposition_is_not_speech():
    assert quotes("ونظم النادي الأدبي ندوة عن \"أثر الرحلة في الشعر العربي الحديث وتحولات القصيدة\".") == []


def test_words_said_inside_quoted_words():
    text = ('وأضاف المدرب "زرت سامي في المستشفى وقال : الألم خفيف يا كابتن .. خفيف جدا. وسألته متى تعود '
            'إلى التدريب ؟ فرد قائلا : سأكون في الملعب يوم السبت المقبل".')
    assert quotes(text)[1:] == [  # the one named in the quoted words speaks, not their speaker
        ("direct", "الألم خفيف يا كابتن .. خفيف جدا", "سامي"), ("direct", "سأكون في الملعب يوم السبت المقبل", "سامي")]
    # to a comma and the next speech verb; inside parentheses; a question to oneself is a thought
    text = ('وقال الطالب: «جاءني المشرف وقال لي: ستبدأ التدريب في المصنع، فقلت حسنا ثم اجتهدت. وكان والدي يقول: '
            '(العمل عبادة يا ولدي) دائما. وسألت نفسي: هل اخترت التخصص المناسب؟».')
    assert [q for _, q, _ in quotes(text)][1:] == ["ستبدأ التدريب في المصنع", "العمل عبادة يا ولدي"]


def test_a_cue_in_a_when_clause_continues_the_subject_of_the_sentence():
    text = ('وذكرت صحيفة "المساء" أن الحارس في طريقه إلى جدة. ثم أكد مازن العتيبي مدرب الفيصلي، خبر انتقال '
            'الحارس عندما قال من معسكر الفريق في النمسا، "إن المفاوضات وصلت إلى مرحلتها الأخيرة ولم يبق إلا التوقيع".')
    assert quotes(text)[-1] == ("direct", "إن المفاوضات وصلت إلى مرحلتها الأخيرة ولم يبق إلا التوقيع", "مازن العتيبي")


def test_a_word_with_the_accusative_tanween_is_no_subject():
    assert quotes("وقال مبتسماً: «سنعود إلى الملعب أقوى مما كنا في الموسم الماضي».") == [
        ("direct", "سنعود إلى الملعب أقوى مما كنا في الموسم الماضي", None)]


def test_the_author_of_a_statement_is_behind_its_li():
    text = ("وتستضيف الجامعة الملتقى بالتعاون مع منظمة الصحة العالمية. "
            "وأوضح بيان للاتحاد من أجل المتوسط، أن الملتقى يناقش مستقبل التعليم في دول المنطقة.")
    assert quotes(text) == [("indirect", "الملتقى يناقش مستقبل التعليم في دول المنطقة", "الاتحاد من أجل المتوسط")]
    assert quotes("وذكر بيان للجيش الأردني أن دورية حدودية أحبطت محاولة تهريب.") == [
        ("indirect", "دورية حدودية أحبطت محاولة تهريب", "الجيش الأردني")]


def test_the_object_after_the_time_of_an_announcement():
    assert quotes("أعلنت البلدية يوم الخميس فتح حدائق الواجهة البحرية للعائلات.") == [
        ("indirect", "فتح حدائق الواجهة البحرية للعائلات", "البلدية")]


def test_a_long_speaker_phrase_ending_with_a_name_before_an():
    got = quotes("كشف المدير العام للدفاع المدني بمنطقة تبوك العميد سالم الحربي عن خطة جديدة لإخلاء المباني.")
    assert [(kind, q) for kind, q, _ in got] == [("indirect", "خطة جديدة لإخلاء المباني")]


def test_a_word_of_manner_is_no_speaker():
    # "بهدوء"، "بصوته": how the words were said; the speaker is carried over or stops before it
    assert quotes("وقال الرئيس بهدوء: «لن نسمح بتكرار ما حدث في الأسبوع الماضي».") == [
        ("direct", "لن نسمح بتكرار ما حدث في الأسبوع الماضي", "الرئيس")]
    got = quotes("وقال الوزير سامر الحداد إن المشروع سيكتمل قريبا. وأضاف بصوته الهادئ: «نحن ماضون في العمل حتى النهاية».")
    assert got[-1] == ("direct", "نحن ماضون في العمل حتى النهاية", "الوزير سامر الحداد")


def test_a_name_phrase_ends_before_an_object_or_an_adverb():
    assert quotes("وأكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل في الشؤون الداخلية للدول العربية.") == [
        ("indirect", "رفض مصر الكامل للتدخل في الشؤون الداخلية للدول العربية", "الخارجية المصرية")]
    assert quotes("وعزا بعض الباعة هذه التصرفات السلبية إلى عدم وجود مسالخ نظامية للذبح.") == [
        ("indirect", "عدم وجود مسالخ نظامية للذبح", "بعض الباعة")]
    assert quotes("ونفى مسؤول ما تردد عن إيقاف الحكومة تصدير عمالتها إلى الخارج.") == [
        ("indirect", "ما تردد عن إيقاف الحكومة تصدير عمالتها إلى الخارج", "مسؤول")]


def test_a_role_goes_on_to_the_name_of_its_holder():
    assert quotes("وقال رئيس القطاع الديني في الوزارة الشيخ محمد عبدالرازق إنه سيتم وضع قائمة مختومة على كل مكتبة.") == [
        ("indirect", "إنه سيتم وضع قائمة مختومة على كل مكتبة", "رئيس القطاع الديني في الوزارة الشيخ محمد عبدالرازق")]
    # a name in the setting of what was said is someone else
    assert quotes("وقال الوزير في كلمته أمام الطالب محمد أحمد إن العام الدراسي سيبدأ قريبا.")[0][2] == "الوزير"


def test_a_preposition_with_a_pronoun_before_the_speaker():
    assert quotes("وقالت عنه الصحفية سارة المالكي إنه كان رجلا صادقا في كل ما قاله.")[0][2] == "الصحفية سارة المالكي"


def test_a_complement_is_not_sought_past_another_clause():
    assert quotes("وتتهم واشنطن الشركة بتزويد الجيش بالذخائر، بينما تتصاعد المخاوف من أن تؤدي الزيارة إلى صفقات جديدة.") == []
