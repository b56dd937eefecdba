"""Name keys: spellings of one name meet, different names stay apart."""
from __future__ import annotations

import pytest

from marsad.extract.names import english_name, person_key, place_key, same_person, transliterate


@pytest.mark.parametrize("a,b", [
    ("كيم جونغ أون", "كيم يونغ أون"), ("كيم جونغ أون", "كيم جونج أون"), ("كيم جونغ أون", "كيم جون أون"),
    ("سيرغي شويغو", "سيرجي شويجو"), ("باك جونغ تشون", "باك يونغ تشون"),
    ("غوستاف تشيرنوفيك", "كوستاف تشرنوفيك"), ("جوستاف شيرنوفيك", "كوستاف تشرنوفيك"),
])
def test_same_person(a, b):
    assert same_person(person_key(a), person_key(b))


@pytest.mark.parametrize("a,b", [
    ("كيم جونغ أون", "كيم يو جونغ"), ("سيرغي لافروف", "سيرغي شويغو"), ("كيم جونغ أون", "باك جونغ تشون"),
    ("تشوي سون هوي", "كانج سون نام"), ("كمال حسن", "جمال حسن"), ("قاسم سليماني", "جاسم سليماني"),
])
def test_different_people(a, b):
    assert not same_person(person_key(a), person_key(b))


def test_places_joined_or_split():
    assert place_key("بيونغ يانغ") == place_key("بيونغيانغ") == place_key("بيونج يانج") == place_key("بيونج يونج")
    assert place_key("فلاديفوستوك") == place_key("فلاديفستوك")
    assert place_key("كوريا الشمالية") != place_key("كوريا الجنوبية")


def test_english_names():
    assert english_name("كيم جونج أون", "PER") == ("Kim Jong Un", "kb")
    assert english_name("بيونغيانغ", "LOC") == ("Pyongyang", "kb")
    assert english_name("مصر", "LOC") == ("Egypt", "kb")
    name, source = english_name("ماريا", "PER")
    assert source == "transliterated" and name == transliterate("ماريا") == "Maria"
