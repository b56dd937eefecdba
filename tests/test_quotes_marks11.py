"""Quotes, round 11 (issue 30, errors an analyst saw on dev-day articles): relays behind عنه,
the one called on after داعيا, a subject that runs over a verb, lists, sayings and files named in
marks, a court before بأن, and a clause that opens with أصبح. Fixture sentences written for these
tests (no article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]]


def test_the_relay_behind_anhu_is_not_the_speaker():
    # "نقل موقع الاتحاد عنه قوله": the one عنه refers to speaks, named before
    assert quotes('وعبر المدرب سامي الخالدي عن غضبه من التأخير، ونقل موقع الاتحاد عنه قوله للصحفيين في الفندق '
                  '"كان يوما طويلا ومتعبا لكل اللاعبين".') == [
        ("direct", "كان يوما طويلا ومتعبا لكل اللاعبين", "المدرب سامي الخالدي")]


def test_the_one_called_on_after_daiyan_is_not_the_speaker():
    assert quotes('وتحدث الوزير خالد العمري في المؤتمر عن الأزمة في البلاد، داعيا الحزبين المتنافسين الى '
                  '"تقديم مصلحة الشعب على كل شيء".') == [
        ("direct", "تقديم مصلحة الشعب على كل شيء", "الوزير خالد العمري")]


def test_a_subject_before_a_participle_stops_at_the_verb_after_the_name():
    assert quotes('ولكن دمشق رفضت قرار مجلس الأمن متوعدة بأنها «ستدافع عن حقوقها في كل مكان».') == [
        ("direct", "ستدافع عن حقوقها في كل مكان", "دمشق")]


def test_a_list_of_names_in_marks_is_not_said():
    assert quotes('أقامت بلديات «النخيل والرمال والشاطئ والجزيرة والواحة» بمنطقة الساحل حفلا للأطفال في العيد.') == []
    assert quotes('وأقيم ملتقى «أمن وسلامة المباني والمنشآت العامة» في المدينة أمس بحضور المحافظ.') == []
    # after a colon the same words are said
    assert quotes('وقال المدرب: «الصبر والعمل والأمل والإيمان».') == [
        ("direct", "الصبر والعمل والأمل والإيمان", "المدرب")]


def test_a_saying_or_a_file_named_in_marks_is_not_said():
    assert quotes('ولمزيد من المعلومات عن البرنامج، يمكن تحميل "دليل المستخدم لنظام التسجيل الجديد" من موقع '
                  'الوزارة.') == []
    assert quotes('ويفسر بعض الباحثين العنف في المدن الكبرى في إطار الاستناد إلى نظرية «الفقر يصنع الجريمة في '
                  'كل مكان».') == []


def test_a_court_before_bianna_is_the_speaker():
    assert quotes('وكانت رحلة سالم طويلة في النادي. وأقيل عندما قضت محكمة في لندن بأن «الإدارة خالفت العقد '
                  'مرات عديدة».') == [
        ("direct", "الإدارة خالفت العقد مرات عديدة", "محكمة في لندن")]


def test_a_clause_opening_with_asbaha_names_no_speaker():
    assert quotes('وهكذا أصبحت مصر وأحزابها في قلب الحدث منذ سنوات. وأضاف: «هذه المسألة لا تنتهي بسهولة أبدا في '
                  'بلادنا».') == [("direct", "هذه المسألة لا تنتهي بسهولة أبدا في بلادنا", None)]


def test_two_words_run_together_are_no_speaker():
    # a block of headlines glued together: "متناقضاته" + "جنرال" is no head noun
    assert quotes('مقالات أخرى للكاتب\nتفكيك الخطاب وكشف متناقضاتهجنرال الحرب على الفساد سالم بن راشد: «من السياسة '
                  'إلى التجارة والأعمال».') == [("direct", "من السياسة إلى التجارة والأعمال", None)]
    # with no marks, the words after its colon are no quote at all
    assert quotes('مقالات أخرى للكاتب\nتفكيك الخطاب وكشف متناقضاتهجنرال الحرب على الفساد سالم بن راشد: من السياسة '
                  'إلى التجارة والأعمال.. لولاية جديدة') == []
    # a long adjective after its head noun keeps the speaker whole
    assert quotes('وقالت الأجهزة الاستخباراتية في البلاد إن «الوضع الأمني مستقر في كل المدن».') == [
        ("direct", "الوضع الأمني مستقر في كل المدن", "الأجهزة الاستخباراتية")]


def test_a_blessing_after_the_verb_is_no_speaker():
    # "وقالت رضي الله عنها": the blessing follows the verb; the one named before speaks
    assert quotes('وسئلت الصحابية أم سلمة عن صيامه فقالت: «كان يصوم الاثنين والخميس من كل أسبوع». وقالت رضي الله '
                  'عنها: «وكان يكثر الصيام في شعبان كل عام».') == [
        ("direct", "كان يصوم الاثنين والخميس من كل أسبوع", "الصحابية أم سلمة"),
        ("direct", "وكان يكثر الصيام في شعبان كل عام", "الصحابية أم سلمة")]


def test_a_name_written_with_madda_is_no_complementizer():
    # "آن" (a given name; also "now") folds like أن: the clause starts after بأن, and آن دنكان speaks
    assert quotes('قال مراسلنا إن المجلس ناقش المشروع أمس.\nمن ناحيته، أعرب آن دنكان، وزير التعليم، خلال مقابلة '
                  'أجريت معه عن اعتقاده بأن أمام المشروع فرصة كبيرة للنجاح.') == [
        ("indirect", "المجلس ناقش المشروع أمس", "مراسلنا"),
        ("indirect", "أمام المشروع فرصة كبيرة للنجاح", "آن دنكان")]
