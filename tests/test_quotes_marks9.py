"""Quotes, round 9 (issue 30, attributions_dev4.jsonl): straight marks typed by their spaces, terms
in marks inside a quotation, cueless marks, and the subject of a cue written before كان ... قد.
Fixture sentences written for these tests (no article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]]


def test_a_stray_closing_straight_mark_opens_nothing():
    # 'تلزمهم".' closes marks never opened; it must not pair with the mark of the name after it
    got = quotes('وأضاف أن "المجلس" لن يوافق على الخطة الجديدة في حال تأخرت الحكومة، بينما الخطة تلزمهم". '
                 'وأشار "سامي العلي" إلى أن اللجنة بدأت عملها. وقال المدير: "سنبدأ العمل في المشروع خلال الأسبوع المقبل".')
    assert got == [
        ("indirect", '"المجلس" لن يوافق على الخطة الجديدة في حال تأخرت الحكومة، بينما الخطة تلزمهم', None),
        ("indirect", "اللجنة بدأت عملها", None),
        ("direct", "سنبدأ العمل في المشروع خلال الأسبوع المقبل", "المدير")]


def test_a_glued_opening_mark_before_a_space_still_opens():
    assert quotes('وقال وزير النقل سامي العلي" الإجراء الذي اتخذناه اليوم يحمل الشركة المسؤولية عن أخطائها السابقة" .') == [
        ("direct", "الإجراء الذي اتخذناه اليوم يحمل الشركة المسؤولية عن أخطائها السابقة", "وزير النقل سامي العلي")]


def test_straight_marks_inside_straight_marks():
    got = quotes('وقال المدرب مضيفا: "كنت أفكر في العودة إلى الفريق لكن المدير قال لي: "أنت اللاعب الثالث في الفريق". '
                 'فقلت حسنا ثم عملت بجد". وغادر الملعب.')
    assert got == [
        ("direct", 'كنت أفكر في العودة إلى الفريق لكن المدير قال لي: "أنت اللاعب الثالث في الفريق". فقلت حسنا ثم عملت بجد',
         "المدرب"),
        ("direct", "أنت اللاعب الثالث في الفريق", "المدير")]
    # a name in straight marks inside a quotation in straight marks: one quote
    assert quotes('وقال مدير المكتب خالد سالم إن "الحملة مستمرة في تنفيذ البرنامج الطبي "صحة الأم" لرعاية ألف أسرة '
                  'في المدن الشمالية".') == [
        ("direct", 'الحملة مستمرة في تنفيذ البرنامج الطبي "صحة الأم" لرعاية ألف أسرة في المدن الشمالية',
         "مدير المكتب خالد سالم")]


def test_a_term_in_guillemets_keeps_an_unclosed_quotation_open():
    assert quotes("وقال المتحدث باسم الجامعة سعد الحربي: «إن الجامعة قبلت الطالبة الحاصلة على «91.5» في تخصص "
                  "«علوم الحاسب» وفق رغبتها الأولى في بوابة القبول.") == [
        ("direct", "إن الجامعة قبلت الطالبة الحاصلة على «91.5» في تخصص «علوم الحاسب» وفق رغبتها الأولى في بوابة القبول.",
         "المتحدث باسم الجامعة سعد الحربي")]


def test_titles_and_unattributed_marks_are_not_speech():
    # a charge after بتهمة, a title after عنوان
    assert quotes('صدرت أحكام بسجن ثلاثة أشخاص بتهمة "التحريض على العنف ونشر الشائعات الكاذبة" في المدينة.') == []
    assert quotes('جاءت التعليقات على الموضوع المنشور أمس وحمل عنوان "ارتفاع أسعار التأمين على المركبات منذ بداية العام".') == []
    # a joke in marks that opens the text with no one to say it, then its last words again
    assert quotes("«الموظف يوم الأحد يتأخر! والاثنين يخرج مبكرا! يا صديقي متى تداوم؟!» السؤال الذي تطرحه "
                  "«يا صديقي متى تداوم؟!»: هل هذا هو الواقع؟") == []


def test_the_subject_between_kana_and_qad_speaks():
    assert quotes("وكانت إدارة النادي قد نفت نيتها بيع أي من لاعبيها في الموسم المقبل.") == [
        ("indirect", "نيتها بيع أي من لاعبيها في الموسم المقبل", "إدارة النادي")]
    assert quotes("وكان والد الطالب قد اتهم الجامعة بعدم قبول ابنه في كلية الطب هذا العام.") == [
        ("indirect", "عدم قبول ابنه في كلية الطب هذا العام", "والد الطالب")]


def test_the_narrator_and_questions_attribute_nothing():
    assert quotes("وتم افتتاح المركز الجديد في المدينة، وهذا يؤكد على أن العمل يسير بطريقة احترافية عالية.") == []
    assert quotes("ومن قال للناس إن طريقتهم في العمل هي الفضلى وهي رمز النجاح؟ لا أحد يعرف.") == []
    # not a question: someone did say it
    assert quotes("وهناك من قال إن المشروع سيتأخر عدة أشهر بسبب التمويل.") == [
        ("indirect", "المشروع سيتأخر عدة أشهر بسبب التمويل", None)]


def test_names_and_addressees_around_the_marks():
    assert quotes('وقال "سالم بن خالد"، وهو أحد الباعة في السوق: "البضاعة تجد رواجا كبيرا هذا الموسم".') == [
        ("direct", "البضاعة تجد رواجا كبيرا هذا الموسم", "سالم بن خالد")]
    assert quotes('وذكر "كيري" في مقابلة تلفزيونية مع قناة أمريكية، أنه يختلف مع الانتقادات الموجهة للاتفاق.') == [
        ("indirect", "أنه يختلف مع الانتقادات الموجهة للاتفاق", "كيري")]
    assert quotes('ودافع المدرب جوزيه مورينيو عن الحارس الجديد قائلا للصحفيين "كان مرهقا للغاية في المباراة الأخيرة."') == [
        ("direct", "كان مرهقا للغاية في المباراة الأخيرة.", "المدرب جوزيه مورينيو")]


def test_an_unclosed_quotation_ends_before_a_comma_and_a_cue():
    assert quotes("وكتب مواطن مقيم في الرياض قائلا: «هل جاء الوقت لنرى الروح الطيبة بين الشعبين في كل مكان, "
                  "واعتبر عدد كبير من المشاركين أن الزيارة ناجحة جدا.") == [
        ("direct", "هل جاء الوقت لنرى الروح الطيبة بين الشعبين في كل مكان", "مواطن مقيم"),
        ("indirect", "الزيارة ناجحة جدا", "عدد كبير")]


def test_according_to_after_a_comma_with_fa_inna():
    assert quotes("وكانت المفوضية منحت مساعدات مالية للبلدية، ووفقاً لبعثة الاتحاد الأوروبي في المدينة فإن الأموال "
                  "خصصت لتغطية جزء من الاحتياجات العاجلة للسكان.") == [
        ("indirect", "الأموال خصصت لتغطية جزء من الاحتياجات العاجلة للسكان", "بعثة الاتحاد الأوروبي في المدينة")]
    # a plan is no one speaking
    assert quotes("ووصل الفريق إلى المدينة، وبحسب الخطة فإن المباراة ستقام غدا في الملعب الكبير.") == []


def test_a_participle_cue_after_a_manner_phrase_ends_the_clause():
    assert quotes("واعلن الوزير الاثنين ان بلاده مستعدة لتعزيز تعاونها العسكري مع جيرانها مشيرا بشكل خاص الى "
                  "مضادات الصواريخ او الامن المعلوماتي، خلال لقاء مع نظيره.") == [
        ("indirect", "بلاده مستعدة لتعزيز تعاونها العسكري مع جيرانها", "الوزير")]


def test_those_who_say_it_in_a_question_still_speak():
    assert quotes("وكيف ترد على من يقول إن التجديد مع المدرب مجازفة كبيرة؟") == [
        ("indirect", "التجديد مع المدرب مجازفة كبيرة", None)]
