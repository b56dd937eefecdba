"""How Arabic writes foreign sounds, for matching spellings of one name (data only).

Arabic press renders a foreign name by ear, so one name has several spellings:
g as غ, ج or ك (شويغو / شويجو), ch as تش or ش (تشون / شون), the vowels
o/u and e/i as و/ي or nothing (فلاديفوستوك / فلاديفستوك), a Korean or Chinese
initial j/y as ج or ي (جونغ / يونغ), and names joined or split (بيونغيانغ /
بيونغ يانغ). A name key maps each of these to one symbol.
"""

#: Multi-letter groups first, then single letters (folded spelling on the left).
GROUPS = (
    ("تش", "ش"),     # ch: تشوي / شوي
    ("دج", "ج"),     # dj: دجيبوتي / جيبوتي
    ("نغ", "نج"),    # ng: جونغ / جونج
    ("نك", "نج"),    # ng written نك in some Gulf outlets
)

LETTERS = {
    "غ": "ج",        # g: سيرغي / سيرجي
    "ق": "ك",        # q / k: قازان / كازان
    "ث": "س", "ص": "س",
    "ذ": "ز", "ظ": "ز",
    "ط": "ت",
    "ض": "د",
    "ه": "",         # final -a written ة/ه or left out
}

#: Letters that mostly write vowels inside a foreign name; dropped after the first letter.
VOWEL_LETTERS = "اوي"

#: Initial letters that write the same sound in Korean/Chinese names (يونغ / جونغ).
INITIAL_EQUIV = {"ي": "ج"}

#: Keys of the two first letters a foreign g is written with (غوستاف -> ج, كوستاف -> ك).
INITIAL_G = ("ج", "ك")
