from marsad.text.sentences import split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_on_terminators_and_lines():
    assert sents("قال بوتين إن الزيارة مهمة. وأضاف كيم: نعم!\nسطر ثان؟ نعم") == [
        "قال بوتين إن الزيارة مهمة.", "وأضاف كيم: نعم!", "سطر ثان؟", "نعم"]


def test_quote_keeps_sentence_together():
    text = "وقال بوتين “أنا سعيد برؤيتك… هذه هي قاعدتنا”. ثم غادر."
    assert sents(text) == ["وقال بوتين “أنا سعيد برؤيتك… هذه هي قاعدتنا”.", "ثم غادر."]


def test_closing_quote_after_full_stop():
    assert sents('قال: "انتهى الأمر." ثم صمت.') == ['قال: "انتهى الأمر."', "ثم صمت."]


def test_numbers_and_initials_do_not_split():
    assert sents("بلغ النمو 3.5 بالمئة. قال أ. محمد ذلك.") == ["بلغ النمو 3.5 بالمئة.", "قال أ. محمد ذلك."]


def test_offsets_and_whitespace():
    text = "  أولى.   ثانية  \n\n  ثالثة "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["أولى.", "ثانية", "ثالثة"]
    assert spans == [(2, 7), (10, 15), (21, 26)]


def test_a_quotation_mark_never_closed_on_its_line_does_not_swallow_the_paragraph():
    t = "وصل «الوفد إلى الرياض. ثم غادر إلى جدة. وعاد أمس.\nفقرة ثانية."
    assert [t[s:e] for s, e in split_sentences(t)] == [
        "وصل «الوفد إلى الرياض.", "ثم غادر إلى جدة.", "وعاد أمس.", "فقرة ثانية."]
    # a quotation closed later on the line still keeps its sentences together
    t = "قال الوزير «سنعمل. ونبني». وأضاف أمس."
    assert [t[s:e] for s, e in split_sentences(t)] == ["قال الوزير «سنعمل. ونبني».", "وأضاف أمس."]


def test_a_quotation_closed_in_a_later_paragraph_keeps_its_first_paragraph_one_sentence():
    t = 'جاء فيه "نوضح ما يلي: بدأت المفاوضات. ثم توقفت.\nوفوجئنا بالبيان".'
    assert [t[s:e] for s, e in split_sentences(t)] == [
        'جاء فيه "نوضح ما يلي: بدأت المفاوضات. ثم توقفت.', 'وفوجئنا بالبيان".']
