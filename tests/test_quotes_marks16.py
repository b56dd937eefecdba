"""Quotes, round 16 (issue 30, the cues attributions_dev8.jsonl found missing): a group's consensus
whose subject is partitive or coordinated ("وأجمع عدد من التجار والمستوردين أن ...")، "واستطرد فلان أن
..." (but not "استطرد في" "digressed", nor "واستطرد:" before his own words), and the cause after
"عزا/يعزو X إلى" with the object X between the speaker and إلى (and the speaker of أرجع cut
before its object). Fixture sentences written for these tests (no article text)."""
from __future__ import annotations

from marsad.api import analyze_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = analyze_text(text, title="خبر")
    return [(q.label, d.text[q.start:q.end], (q.attrs["speaker"] or {}).get("text")) for q in d.layers["quotes"]]


def test_a_partitive_and_coordinated_group_agrees_that():
    assert quotes("وأجمع عدد من أصحاب المحلات أن الإقبال تراجع هذا العام.") == [
        ("indirect", "الإقبال تراجع هذا العام", "عدد من أصحاب المحلات")]
    assert quotes("وأجمع عدد من التجار والمستوردين على أن الأسعار سترتفع قبل نهاية الصيف.") == [
        ("indirect", "الأسعار سترتفع قبل نهاية الصيف", "عدد من التجار والمستوردين")]


def test_between_and_went_still_need_a_bare_subject():
    # بين "between" and ذهب "went" keep the narrow rule: no من or و-word before أن
    assert quotes("وتراوحت المسافة بين عدد من القرى والمدن أن تصل إلى مئة كيلومتر.") == []
    assert quotes("وذهب عدد من الطلاب والمعلمين إلى أن الرحلة ممتعة جدا هذا العام.") == []


def test_went_on_that_is_reported_speech():
    assert quotes("واستطرد مدير المشروع أحمد الشهري أن الخطة ستنفذ على مراحل خلال العامين المقبلين.") == [
        ("indirect", "الخطة ستنفذ على مراحل خلال العامين المقبلين", "مدير المشروع أحمد الشهري")]
    found = quotes("وقالت الطبيبة إن الحالة مستقرة. واستطردت أن المريض سيغادر المستشفى خلال أيام.")
    assert found[-1] == ("indirect", "المريض سيغادر المستشفى خلال أيام", "الطبيبة")


def test_went_on_with_a_colon_is_no_reported_clause():
    # "واستطرد: ..." introduces his own words; لأن inside them opens no clause of speech
    assert quotes("واستطرد: المدارس هي البيت الثاني لأن الطالب يقضي فيها معظم يومه الدراسي.") == []


def test_the_cause_after_attributed_to_is_reported():
    assert quotes("ويعزو الخبير الاقتصادي سامي العلي تراجع الطلب إلى ارتفاع الفوائد على القروض.") == [
        ("indirect", "ارتفاع الفوائد على القروض", "الخبير الاقتصادي سامي العلي")]
    assert quotes("وتعزو مصادر في وزارة الزراعة ارتفاع أسعار الخضار إلى قلة الأمطار هذا الموسم.") == [
        ("indirect", "قلة الأمطار هذا الموسم", "مصادر في وزارة الزراعة")]
    # أرجع: the speaker ends before the object, a verbal noun
    assert quotes("وأرجعت الشركة تراجع أرباحها إلى انخفاض المبيعات في الربع الثاني.") == [
        ("indirect", "انخفاض المبيعات في الربع الثاني", "الشركة")]


def test_an_object_with_another_preposition_gives_no_cause():
    # "لغياب ... عن ... إلى الرياض": the cause is the ل-phrase, إلى is a destination
    assert quotes("وعزا المدرب ذلك لغياب اللاعب عن التدريب قبل السفر إلى الرياض بيومين.") == []


def test_a_preposition_within_a_phrase_is_not_a_cause():
    # no cue of cause: "إلى" after an object is only a destination
    assert quotes("ونقل الهلال الأحمر المصابين في الحادث إلى مستشفى الملك فهد بالمدينة.") == []
