"""Quotes, round 14 (issue 30, attributions_dev7.jsonl: news drawn the way the test split was):
"وبيَّن" with its shadda is the verb even with an age in dashes after the name; a topic and a comma
before a cue ("، وعن X، أوضح أنه") open the speaker's next answer; what a document says ("وجاء في
البيان أن"، "تقريرا ... جاء فيه أن") with its author as speaker; a document's publisher after
بحسب/طبقا ("لتقرير نشرته «الوكالة»"); "أفاد X أمس بـ..."; a name in marks before the day it spoke
("وذكرت «الصحيفة» أول من أمس إن"); "نقلت الوكالة قول الوزير إن"; an enumeration after a colon
("الأولى ...، والثانية ...") is no quote; "نصا" is how, not who; "فلان الذي قال: «...»" gives
فلان. Fixture sentences written for these tests (no article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]]


def test_bayyana_with_its_shadda_is_the_verb_even_after_an_age_in_dashes():
    assert quotes("وبيَّن سعد بن ناصر الغامدي -(80)عاماً- أنَّه عاش في القرية منذ صغره.") == [
        ("indirect", "أنَّه عاش في القرية منذ صغره", "سعد بن ناصر الغامدي")]
    # the participle after it follows him (not the sub-headline before the verb)
    found = quotes("ذكريات قديمة وبيَّن سعد بن ناصر الغامدي -(80)عاماً- أنَّه عاش في القرية منذ صغره، "
                   "مُضيفاً أنَّهم كانوا يلعبون في الحي كل مساء.")
    assert [(t, s) for _, t, s in found] == [("أنَّه عاش في القرية منذ صغره", "سعد بن ناصر الغامدي"),
                                           ("أنَّهم كانوا يلعبون في الحي كل مساء", "سعد بن ناصر الغامدي")]
    # without the shadda, "وبين" before a name in dashes stays ambiguous ("between")
    assert quotes("وبين سعد الغامدي -(80)عاماً- أنه عاش في القرية منذ صغره.") == []


def test_a_topic_and_a_comma_before_a_cue_open_the_next_answer():
    assert quotes("وأضاف المدير سعد الغامدي أنَّ الأسعار كانت منخفضة جدا في ذلك الوقت، "
                  "وعن المدارس القديمة في الحي، أوضح أنَّها كانت قليلة العدد.") == [
        ("indirect", "الأسعار كانت منخفضة جدا في ذلك الوقت", "المدير سعد الغامدي"),
        ("indirect", "أنَّها كانت قليلة العدد", "المدير سعد الغامدي")]
    # a topic with no cue after its comma goes on with what was said
    assert quotes("وقال المدير سعد الغامدي إن الفريق تحدث مع اللاعبين، وعن المدرب الجديد، فقد وصل أمس.") == [
        ("indirect", "الفريق تحدث مع اللاعبين، وعن المدرب الجديد، فقد وصل أمس", "المدير سعد الغامدي")]


def test_what_a_document_says_is_its_authors():
    assert quotes("وكانت وزارة المياه السعودية قد أصدرت في يوليو تقريرا عن المياه جاء فيه أن الاستهلاك ارتفع "
                  "بنسبة كبيرة هذا العام.") == [
        ("indirect", "الاستهلاك ارتفع بنسبة كبيرة هذا العام", "وزارة المياه السعودية")]
    assert quotes("قصفت طائرات حربية مواقع للمسلحين. وجاء في بيان للمكتب الإعلامي لرئيس الوزراء أن الطائرات "
                  "عادت إلى قاعدتها بسلام.") == [
        ("indirect", "الطائرات عادت إلى قاعدتها بسلام", "المكتب الإعلامي لرئيس الوزراء")]
    assert quotes("وجاء في البيان الصادر عن وزارة الصحة أمس أن عدد الإصابات ارتفع إلى عشرين حالة.") == [
        ("indirect", "عدد الإصابات ارتفع إلى عشرين حالة", "وزارة الصحة")]
    # a document with no author named: the speaker the article follows
    found = quotes("وقال المتحدث باسم الشرطة إن الحادث وقع مساء أمس. وجاء في البيان أن عدد المصابين ارتفع إلى عشرين.")
    assert [s for _, _, s in found] == ["المتحدث باسم الشرطة", "المتحدث باسم الشرطة"]
    # "جاء في المرتبة": a ranking, no document
    assert quotes("وجاء في المرتبة الثانية فريق الهلال بعد أن فاز في مباراته الأخيرة.") == []


def test_according_to_a_document_its_publisher_speaks():
    assert quotes("وطبقا لتقرير نشرته \"الفرنسية\" أمس، تراجعت مساحة الجليد في القطب إلى حد كبير.") == [
        ("indirect", "تراجعت مساحة الجليد في القطب إلى حد كبير", "الفرنسية")]
    assert quotes("وبحسب تقرير أعدته الأمم المتحدة، تراجعت مساحة الغابات في القارة إلى حد كبير.") == [
        ("indirect", "تراجعت مساحة الغابات في القارة إلى حد كبير", "الأمم المتحدة")]
    # a document with no publisher named is no one speaking
    assert quotes("وبحسب التقرير، ارتفع عدد الإصابات إلى عشرين حالة.") == []


def test_afada_with_bi_after_the_day_it_spoke():
    assert quotes("فيما أفاد مصدر أمني عراقي أمس الخميس بمقتل ثلاثة من المسلحين في القرية. "
                  "وقال المصدر إن الطيران قصف مواقعهم.") == [
        ("indirect", "مقتل ثلاثة من المسلحين في القرية", "مصدر أمني عراقي"),
        ("indirect", "الطيران قصف مواقعهم", "مصدر أمني عراقي")]
    assert quotes("وأفاد شهود عيان بسقوط قذائف على الحي الشرقي للمدينة.") == [
        ("indirect", "سقوط قذائف على الحي الشرقي للمدينة", "شهود عيان")]


def test_a_name_in_marks_before_the_day_it_spoke():
    assert quotes("وذكرت «فاينانشيال تايمز» أول من أمس إن حصة الشركة قيمت بنحو 400 مليون جنيه.") == [
        ("indirect", "حصة الشركة قيمت بنحو 400 مليون جنيه", "فاينانشيال تايمز")]
    assert quotes("وذكرت «رويترز» أمس إن حصة الشركة قيمت بنحو 400 مليون جنيه.") == [
        ("indirect", "حصة الشركة قيمت بنحو 400 مليون جنيه", "رويترز")]


def test_a_relayed_qawl_is_a_cue():
    assert quotes("ونقلت الصحيفة قول المدرب سامي الراشد إن الفريق جاهز تماما للمباراة المقبلة.") == [
        ("indirect", "الفريق جاهز تماما للمباراة المقبلة", "المدرب سامي الراشد")]
    assert quotes("ونقلت الوكالة قول الوزير وهو في الرياض إن «التعاون بين البلدين» يتقدم بسرعة كبيرة.") == [
        ("indirect", "«التعاون بين البلدين» يتقدم بسرعة كبيرة", "الوزير"),
        ("direct", "التعاون بين البلدين", "الوزير")]


def test_an_enumeration_after_a_colon_is_no_quote():
    found = quotes("وأكدت الشرطة أن المتهمين أقروا بتورطهم في عمليتي سرقة سابقتين: الأولى في نهاية العام الماضي، "
                   "والثانية في بداية هذا العام.")
    assert found[0] == ("indirect", "المتهمين أقروا بتورطهم في عمليتي سرقة سابقتين: الأولى في نهاية العام الماضي، "
                                    "والثانية في بداية هذا العام", "الشرطة")
    assert [k for k, _, _ in found] == ["indirect", "indirect"]  # the admission inside it, no direct quote
    # an ordinal that opens words said, with no second item, is still a quote
    assert quotes("وقال المدرب: الأولى أن نفوز بالمباراة ثم نفكر في البطولة.") == [
        ("direct", "الأولى أن نفوز بالمباراة ثم نفكر في البطولة", "المدرب")]


def test_nassan_is_how_and_the_relative_clause_gives_its_antecedent():
    assert quotes("وقال الوزير سامي الهادي نصا: \"إنه لا يعرف شيئا عن التاريخ ولا عن السياسة\".") == [
        ("direct", "إنه لا يعرف شيئا عن التاريخ ولا عن السياسة", "الوزير سامي الهادي")]
    assert quotes("ربما كان أعنف من رد عليه هو المفكر التونسي سامي الهادي الذي قال عنه نصا في صفحته الشخصية: "
                  "\"إنه لا يعرف شيئا عن التاريخ ولا عن السياسة\".") == [
        ("direct", "إنه لا يعرف شيئا عن التاريخ ولا عن السياسة", "المفكر التونسي سامي الهادي")]


def test_a_report_that_indicates_is_no_statement():
    assert quotes("وكانت غرفة العمليات تلقت بلاغا يفيد باندلاع حريق في الجسر.") == []


def test_the_writer_of_a_letter_or_the_paper_that_ran_an_item():
    assert quotes("وجاء في رسالة الرئيس اليمني أن الهدنة تأتي رغبة في إدخال المساعدات.") == [
        ("indirect", "الهدنة تأتي رغبة في إدخال المساعدات", "الرئيس اليمني")]
    found = quotes("فلقد نشرت \"جريدة الشرق الأوسط\" في مايو الماضي خبرا جاء فيه أن أحد الأسرى كشف عن وجود قادة أجانب.")
    assert found[0] == ("indirect", "أحد الأسرى كشف عن وجود قادة أجانب", "جريدة الشرق الأوسط")


def test_a_definite_speaker_takes_up_the_indefinite_noun_that_introduced_it():
    assert quotes("قضت محكمة أمريكية عليا بتغريم شركة رفضت توظيف فتاة. وأكدت المحكمة في قرارها أن على الشركة "
                  "توفير الإمكانات للعاملين.") == [
        ("indirect", "على الشركة توفير الإمكانات للعاملين", "محكمة أمريكية")]
    # not an indefinite written after the definite form was already in use
    found = quotes("قالت الشرطة إنه تم اختطاف ضابط شرطة تركي في الإقليم. وأضافت الشرطة أن البحث جار عنه في المنطقة.")
    assert [s for _, _, s in found] == ["الشرطة", "الشرطة"]


def test_qawl_after_mithl_or_an_is_no_relayed_cue():
    assert quotes("وما أظن أنه نقل عن ملك قول في احترام العلم مثل قول الملك عبد العزيز، أنه كان يقف للعلماء إذا دخلوا.") == []


def test_the_relative_clause_speaker_stops_at_what_is_not_his_name():
    assert quotes("ويتفق معه المدرب سعد الراشد الذي يقول إن اللاعبين الكبار هم من يتحكمون في الفريق.") == [
        ("indirect", "اللاعبين الكبار هم من يتحكمون في الفريق", "المدرب سعد الراشد")]
    assert quotes("ورحم الله المفكر جمال الهادي صاحب كتاب الأرض الذي وصف النهر بأنه شريان البلاد.") == [
        ("indirect", "بأنه شريان البلاد", "المفكر جمال الهادي صاحب كتاب الأرض")]


def test_no_one_named_for_a_document_or_afada_bi_leaves_it_out():
    # "جاء فيه" with no one issuing the document, "وأفاد فيها بـ" with no subject: whose words they
    # are, the article does not say where the rules can read it
    assert quotes("ولعل الملتقى الوطني للتوعية جاء فيه أن نصف المدخنين في سن الخامسة عشرة.") == []
    assert quotes("وتلقى النادي رسالة بعثها اللاعب السابق أحمد العلي، وأفاد فيها بعدم رغبته في إكمال عقده.") == []


def test_the_outlet_spoken_to_before_an_noun_phrase_complement():
    assert quotes("وكشفت مصادر لـ«عكاظ» عن صدور الموافقة على قيام الوزارة باتخاذ الإجراءات اللازمة.") == [
        ("indirect", "صدور الموافقة على قيام الوزارة باتخاذ الإجراءات اللازمة", "مصادر")]


def test_a_circumstantial_clause_after_the_speaker_is_no_object():
    assert quotes("ويؤكد المواطن سعيد الغامدي، وكان بصحبة أسرته قائلاً: لاشك أن إضافة الحي كان عملاً رائعاً وجميلاً.") == [
        ("direct", "لاشك أن إضافة الحي كان عملاً رائعاً وجميلاً", "المواطن سعيد الغامدي")]


def test_a_role_after_hasab_closing_the_sentence():
    assert quotes("وسيتسع الملعب لعشرين ألف مشجع، وسيبدأ باستضافة مباريات تجريبية في نوفمبر بحسب الرئيس الغابوني.") == [
        ("indirect", "وسيتسع الملعب لعشرين ألف مشجع، وسيبدأ باستضافة مباريات تجريبية في نوفمبر", "الرئيس الغابوني")]
    assert quotes("وتم توزيع المساعدات على الأسر المحتاجة حسب الحاجة.") == []


def test_a_cue_inside_an_earlier_quotation_is_not_the_next_ones():
    found = quotes("وقال المدرب سامي الراشد للصحفيين: “لست قلقا من قلة المهاجمين في الفريق”.“لدينا لاعبون كبار .. "
                   "الموسم الماضي قال الإعلام إن المهاجم يجب أن يلعب في الوسط .. وأنا أستمع للإعلام”.“لدينا أيضا "
                   "لاعبون شبان وقد تكون هناك مفاجأة، من يدري”.")
    assert [(k, s) for k, _, s in found] == [("direct", "المدرب سامي الراشد")] * 3
    # a name in marks between the verb and the quotation is no quotation
    assert quotes("وقال مدير \"الهيئة العامة للسياحة\": \"نحن نعمل على تطوير المواقع الأثرية كلها\".") == [
        ("direct", "نحن نعمل على تطوير المواقع الأثرية كلها", "مدير \"الهيئة العامة للسياحة")]
