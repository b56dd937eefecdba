"""Quotes, round 12 (issue 30, attributions_dev6.jsonl: columns, interviews, scripture, marks after
verbs that are no cue): colon quotes one after another in one sentence, God and the prophet as
speakers, blessings and numbers in marks, a writer's own قلت, directives with words in marks, and
the noun that names words said. Fixture sentences written for these tests (no article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]]


def names(text: str) -> list[tuple[str, str | None, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text"), (q.attrs["speaker"] or {}).get("name"))
            for q in d.layers["quotes"]]


def test_words_in_parentheses_do_not_end_the_colon_quotes_of_the_sentence():
    assert quotes("قال الشيخ في خطبته: (اعملوا فإن العمل عبادة وأجر كبير)، وشرحها العالم سالم بقوله: أي اجتهدوا "
                  "في طلب الرزق الحلال، وقال الفقيه ماجد: هذا أصل عظيم في العمل.") == [
        ("direct", "اعملوا فإن العمل عبادة وأجر كبير", "الشيخ"),
        ("direct", "أي اجتهدوا في طلب الرزق الحلال", "العالم سالم"),
        ("direct", "هذا أصل عظيم في العمل", "الفقيه ماجد")]


def test_a_colon_quote_ends_where_a_new_speech_frame_begins():
    assert quotes("وقال المدرب في المؤتمر الصحفي: أنا جاهز للمباراة ولدي ثقة كبيرة في اللاعبين، وعن غياب المهاجم "
                  "الأول عن التدريبات قال المدرب: سيعود قريبا إلى الفريق بعد شفائه، واختتم المدرب حديثه بقوله: "
                  "نحتاج إلى دعم الجماهير في المدرجات، وبدوره أكد قائد الفريق سعيد أن اللاعبين مستعدون للقاء.") == [
        ("direct", "أنا جاهز للمباراة ولدي ثقة كبيرة في اللاعبين", "المدرب"),
        ("direct", "سيعود قريبا إلى الفريق بعد شفائه", "المدرب"),
        ("direct", "نحتاج إلى دعم الجماهير في المدرجات", "المدرب"),
        ("indirect", "اللاعبين مستعدون للقاء", "قائد الفريق سعيد")]


def test_a_clause_with_a_cue_inside_is_no_new_frame():
    # the verb of the next frame must open it (or follow its topic): "..., وهناك ... وقال:" goes on
    assert quotes("وأعلن الحكم أن المباراة عادلة، وعلى كل فريق أن يلعب بنزاهة وقال: من يفز أولا يحصل على "
                  "الكأس الكبيرة.")[0] == (
        "indirect", "المباراة عادلة، وعلى كل فريق أن يلعب بنزاهة", "الحكم")


def test_god_and_the_prophet_speak_by_their_epithets():
    assert names("وقال تعالى: (وقل اعملوا فسيرى الله عملكم). وقال رسول الله صلى الله عليه وسلم: \"اليد العليا "
                 "خير من اليد السفلى\". وقال عليه السلام: \"من غشنا فليس منا أبدا\".") == [
        ("وقل اعملوا فسيرى الله عملكم", "تعالى", "الله"),
        ("اليد العليا خير من اليد السفلى", "رسول الله صلى الله عليه وسلم", None),
        ("من غشنا فليس منا أبدا", "رسول الله", None)]
    assert names("وقال جل من قائل: (إن مع العسر يسرا كما وعد عباده).")[0][2] == "الله"


def test_scripture_is_not_the_speaker_the_article_follows():
    # "قال تعالى" is quoted by the preacher: his next subjectless cue is his
    assert quotes("وأوضح الشيخ خالد الناصر أن الأمن نعمة كبرى، وقال تعالى: (فليعبدوا رب هذا البيت الذي أطعمهم). "
                  "وأشار إلى أن الشباب عليهم واجب الحفاظ عليه.")[-1] == (
        "indirect", "الشباب عليهم واجب الحفاظ عليه", "الشيخ خالد الناصر")


def test_a_blessing_or_numbers_in_marks_are_no_quote():
    assert quotes("وأوضح الباحث أن المخطوطة تعود إلى عهد النبي «صلى الله عليه وسلم» وأنها تضم الآيات «10 إلى 15» "
                  "من السورة.") == [
        ("indirect", "المخطوطة تعود إلى عهد النبي «صلى الله عليه وسلم» وأنها تضم الآيات «10 إلى 15» من السورة",
         "الباحث")]


def test_a_writers_own_qultu_before_a_colon_or_marks():
    assert names("سألني صديقي عن العمل فقلت له: «العمل الجاد هو طريق النجاح الوحيد». ثم قلت لنفسي: لن أتوقف "
                 "عن المحاولة مهما حدث.") == [
        ("العمل الجاد هو طريق النجاح الوحيد", "قلت", "الكاتب"),
        ("لن أتوقف عن المحاولة مهما حدث", "قلت", "الكاتب")]
    # قلّت "decreased", written the same, has its subject after it: no cue
    assert quotes("وقلت أعداد الزوار هذا العام بسبب الحرارة الشديدة في المدينة.") == []


def test_qultu_in_an_interviewees_words_is_his():
    got = names("وأضاف الأب سالم: بعد المكالمة ذهبت إلى البيت ولم أستطع النوم حين رد زميله وقلت: «ألو يا بني أين "
                "أنت الآن». فكانت الفاجعة كبيرة علينا فقلت: «الحمد لله على كل حال يا رب».")
    assert [(t, n) for t, _, n in got][1:] == [("ألو يا بني أين أنت الآن", None), ("الحمد لله على كل حال يا رب", None)]
    assert {s for _, s, _ in got} == {"الأب سالم"}


def test_words_in_marks_after_a_directive_are_the_callers():
    assert quotes("وأصدرت اللجنة الوطنية بيانا دعت فيه الحكومة \"إلى الإسراع في تنفيذ الإصلاحات المطلوبة دون تأخير\". "
                  "وطالبت النقابة في بيانها \"بصرف المستحقات المتأخرة للعمال فورا\".") == [
        ("direct", "إلى الإسراع في تنفيذ الإصلاحات المطلوبة دون تأخير", "اللجنة الوطنية"),
        ("direct", "بصرف المستحقات المتأخرة للعمال فورا", "النقابة")]


def test_the_noun_that_names_words_said_is_no_part_of_the_speaker():
    assert quotes("وقال له النائب خالد الجملة الشهيرة \"اجلس يا صديقي\" وكررها مرات. وقال أيضا \"لن أسكت عن الحق "
                  "أبدا\".") == [
        ("direct", "اجلس يا صديقي", "النائب خالد"),
        ("direct", "لن أسكت عن الحق أبدا", "النائب خالد")]


def test_a_speakers_pause_of_two_dots_does_not_end_the_colon_quote():
    assert quotes("وقال اللاعب سامي: أنا جاهز للعب في أي مركز.. لكن لا يهم أن أكون أساسيا في المباراة.") == [
        ("direct", "أنا جاهز للعب في أي مركز.. لكن لا يهم أن أكون أساسيا في المباراة", "اللاعب سامي")]


def test_a_call_after_a_comma_ends_the_words_said():
    assert quotes("وقال السفير: العملية ستكون على مرحلتين والأولى بدأت صباح أمس، داعيا المخالفين إلى مراجعة "
                  "الإدارة مباشرة.") == [
        ("direct", "العملية ستكون على مرحلتين والأولى بدأت صباح أمس", "السفير")]


def test_a_title_after_its_own_name_word_is_no_quote():
    assert quotes("وللعالم كتاب عرف بين الناس باسم قصير، وعنوانه الكامل: \"الحث على العمل والصناعة والتجارة والرد "
                  "على المتواكلين\".") == []


def test_words_said_after_the_noun_that_names_them_are_no_name():
    # the tagger may read short words in marks as a title; after الجملة الشهيرة they are said
    assert quotes("ووجه النائب سعيد انتقادات لزميلته، قال لها الجملة الشهيرة \"اجلسي يا سيدتي\" وكررها مرات.") == [
        ("direct", "اجلسي يا سيدتي", "النائب سعيد")]


def test_an_unnamed_sources_condition_is_no_part_of_the_speaker():
    got = quotes("وقال المسؤول طالبا عدم ذكر اسمه: «إن السماح باستخدام القواعد سيعزز عمل التحالف»، علما بأن الطلب قديم.")
    assert got == [("direct", "إن السماح باستخدام القواعد سيعزز عمل التحالف", "المسؤول")]
    # "اسمه" before a colon is no title word: the quote is kept
