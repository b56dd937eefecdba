"""Quotes, round 10 (issue 30, attributions_dev5.jsonl): marks that hold the narrator's phrase
(examples, lists, titles, the object of a preposition), where a reported clause ends, and speakers
that are adverbs, objects or bare head nouns. Fixture sentences written for these tests (no
article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]]


def test_examples_and_lists_in_marks_are_not_said():
    # after مثل / ومنها the marks hold examples; after كالتالي: a list; none is a quotation
    assert quotes('وقدمت الفرقة عروضا عن مواضيع تهم المجتمع، مثل «الأسرة والعمل، المرأة والقراءة، كيف تنجح، '
                  'أيام زمان».') == []
    assert quotes('وزار الوفد عدة مدن ومنها "المدينة الساحلية الكبرى في الشمال الغربي" خلال الرحلة.') == []
    assert quotes('جمعت الصفات من المقال، فوجدتها كالتالي: "كريم، مثقف، صبور، متواضع، لا يحب الظهور، صريح".') == []


def test_marks_after_a_preposition_with_no_cue_are_the_narrators_phrase():
    assert quotes('وتوجه كلمات القصيدة التحية إلى "المعلمين الذين يخلصون لطلابهم، ويهتمون بمستقبلهم"، '
                  'وألقاها الشاعر في الحفل.') == []
    # a cue right before the preposition keeps its quotation
    assert quotes('وأشار إلى «ضرورة العمل على تطوير المدارس في القرى البعيدة».') == [
        ("direct", "ضرورة العمل على تطوير المدارس في القرى البعيدة", None)]


def test_a_title_after_its_kind_and_a_term_being_defined():
    assert quotes('وتحدثت الكاتبة عن إصدارها «صورة البحر في شعر الرحالة العرب»، وهو الكتاب الثالث لها.') == []
    assert quotes('ويرى بعض الكتاب أن معنى "تطوير التعليم العام" هو تغيير المناهج كلها.') == [
        ("indirect", 'معنى "تطوير التعليم العام" هو تغيير المناهج كلها', "بعض الكتاب")]


def test_a_reported_clause_ends_at_a_period_glued_after_a_closing_mark():
    assert quotes('وأضاف المصدر إن العلاقات مع دمشق قد «استؤنفت»وأن فريقا دبلوماسيا يعمل بالعاصمة منذ أشهر».'
                  'كانت تونس أول بلد طرد السفير.') == [
        ("indirect", "العلاقات مع دمشق قد «استؤنفت»وأن فريقا دبلوماسيا يعمل بالعاصمة منذ أشهر", "المصدر")]


def test_a_one_word_term_in_marks_inside_a_quotation_is_not_a_quote():
    got = quotes('وقال مسؤول إن الوزارة «عينت قنصلا في العاصمة».وأضاف المصدر إن «العلاقات مع دمشق قد '
                 '«استؤنفت»وأن فريقا يعمل بالعاصمة منذ أشهر».')
    assert not any(text == "استؤنفت" for _, text, _ in got)
    assert ("direct", "العلاقات مع دمشق قد «استؤنفت»وأن فريقا يعمل بالعاصمة منذ أشهر", "المصدر") in got


def test_a_head_noun_keeps_its_name_in_parentheses():
    assert quotes('وقالت وكالة (ناسا) إن المركبة وصلت إلى الكوكب البعيد بعد رحلة طويلة.') == [
        ("indirect", "المركبة وصلت إلى الكوكب البعيد بعد رحلة طويلة", "وكالة (ناسا)")]


def test_what_someone_said_is_theirs_not_the_relaying_agencys():
    assert quotes('ونقلت وكالة (رويترز) للأنباء ما قاله جيف كوفلين العالم في أبحاث الفضاء بمعهد سيتي في '
                  '«ماونتنفيو» بولاية كاليفورنيا «إنه لتقدم هائل أن نعثر على كوكب مثل الأرض».') == [
        ("direct", "إنه لتقدم هائل أن نعثر على كوكب مثل الأرض", "جيف كوفلين")]


def test_a_cues_object_is_not_its_speaker():
    # "وأكد عدم ..."، "وأكد أهمية ...": the verbal noun opens what was said; the speaker goes on
    assert quotes('وقال الخبير سالم العمر إن الحرارة ترتفع في الصيف. وأكد عدم وجود أدلة على تغير المناخ في '
                  'المنطقة، موضحا أن الأرض تستجيب للمؤثرات بسرعة.') == [
        ("indirect", "الحرارة ترتفع في الصيف", "الخبير سالم العمر"),
        ("indirect", "عدم وجود أدلة على تغير المناخ في المنطقة", "الخبير سالم العمر"),
        ("indirect", "الأرض تستجيب للمؤثرات بسرعة", "الخبير سالم العمر")]
    assert quotes('وقال الوزير إن الاجتماع كان مثمرا. وأكد أهمية التعاون بين البلدين في مجال التجارة.') == [
        ("indirect", "الاجتماع كان مثمرا", "الوزير"),
        ("indirect", "أهمية التعاون بين البلدين في مجال التجارة", "الوزير")]


def test_an_adverbial_phrase_after_the_cue_is_not_a_speaker():
    got = quotes('وقال الأمير إن الراحل كان رجل دولة، ثم ذكر وبكل فضل منه قوله: "تعلمت من هذا الرجل أشياء كثيرة".')
    assert got[-1] == ("direct", "تعلمت من هذا الرجل أشياء كثيرة", "الأمير")


def test_each_of_the_ones_named_speaks():
    assert quotes('وتجولت الصحيفة في الأحياء، حيث قال كل من سالم علي وخالد أحمد «نحن نسكن قرب الحدود '
                  'والأوضاع مستقرة تماما».') == [
        ("direct", "نحن نسكن قرب الحدود والأوضاع مستقرة تماما", "سالم علي")]


def test_words_said_after_a_colon_end_before_the_narrators_next_act():
    got = quotes('وقال قائد الشرطة سالم العمر: الطرق آمنة وليس هناك ما يدعو للقلق، وطمأن السكان بأن الدوريات '
                 'تعمل على مدار الساعة.')
    assert got[0] == ("direct", "الطرق آمنة وليس هناك ما يدعو للقلق", "قائد الشرطة سالم العمر")
    assert all(speaker == "قائد الشرطة سالم العمر" for _, _, speaker in got)


def test_a_prayer_after_a_comma_ends_the_reported_clause():
    assert quotes('وأوضح الوزير سالم العمر أن القرار يأتي في سياق دعم القطاع الصحي، سائلا الله أن يوفق '
                  'العاملين فيه لخدمة المرضى.') == [
        ("indirect", "القرار يأتي في سياق دعم القطاع الصحي", "الوزير سالم العمر")]
