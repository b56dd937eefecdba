"""Names the Arabic press writes without a head noun or a title to announce them (data only).

Security forces, armed groups, regional bodies, platforms and named operations that an analyst
looks up by these words ("الدفاع المدني", "المقاومة الشعبية", "داعش"), and "المملكة", which in
the Saudi and Gulf press means Saudi Arabia (ANNOTATION.md). marsad.extract.entities adds them to
the knowledge-base names it matches in an article; spellings are folded there.
"""

#: type -> names (common spellings; a one-word name is matched alone only when it is not a
#: frequent common word, so "الاتحاد" or "الهلال" cannot be listed here)
NEWS_NAMES: dict[str, tuple[str, ...]] = {
    "ORG": (
        # security, emergency and armed forces
        "الدفاع المدني", "الأمن العام", "الأمن الوطني", "الأمن المركزي", "الأمن الداخلي",
        "الحرس الجمهوري", "الحرس الثوري", "الحرس الوطني", "الحرس الملكي", "حرس الحدود",
        "القوات المسلحة", "القوات الجوية", "القوات البحرية", "القوات البرية", "القوات الخاصة",
        "قوات الطوارئ", "قوات الطوارئ الخاصة", "قوات الأمن الخاصة", "المقاومة الشعبية",
        "الجيش الحر", "الجيش السوري الحر", "البشمركة",
        # coalitions and humanitarian bodies
        "التحالف العربي", "التحالف الدولي", "الهلال الأحمر", "الصليب الأحمر",
        # armed and political groups
        "داعش", "الحوثي", "الحوثيين", "الحوثيون", "جماعة الحوثي", "أنصار الله", "جبهة النصرة",
        "طالبان", "بوكو حرام", "الإخوان المسلمين", "الإخوان المسلمون", "جماعة الإخوان",
        "جماعة الإخوان المسلمين", "حزب العمال الكردستاني",
        # state bodies of the Gulf press
        "الديوان الملكي", "مجلس الشورى", "مجلس الوزراء", "هيئة كبار العلماء", "مجلس التعاون الخليجي",
        "مجلس التعاون", "هيئة الأمر بالمعروف والنهي عن المنكر", "هيئة التحقيق والادعاء العام",
        "هيئة التحقيق والادعاء", "هيئة مكافحة الفساد", "دار الإفتاء", "الأزهر", "الأزهر الشريف",
        # outlets named without a head noun
        "عين اليوم",
        # platforms and companies
        "فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "واتساب", "إنستغرام", "انستقرام", "سناب شات",
        "جوجل", "غوغل", "أرامكو", "سابك", "موبايلي", "بتلكو", "أوريدو", "فودافون", "الفيفا", "فيفا", "اليويفا",
    ),
    "LOC": ("المملكة", "قناة السويس", "قناة السويس الجديدة",
            # the holy sites (their English names are marsad.lang.ar.known_entities')
            "بيت الله الحرام", "المسجد الحرام", "الحرم المكي", "الحرم المكي الشريف", "المسجد النبوي",
            "المسجد النبوي الشريف", "الحرم النبوي", "الحرم النبوي الشريف", "المسجد الأقصى",
            "الكعبة المشرفة"),
    "MISC": ("عاصفة الحزم", "إعادة الأمل", "القرآن الكريم", "دوري أبطال آسيا", "دوري أبطال أوروبا"),
}

#: Words that name a national body with an adjective of nationality after them ("الجيش التركي",
#: "المنتخب الجابوني"); folded in marsad.extract.entities.
NATIONAL_HEADS = frozenset(("الجيش", "المنتخب"))
#: Words that name a state with an adjective of nationality after them ("الجمهورية الجزائرية",
#: "المملكة المغربية"), folded.
STATE_HEADS = frozenset(("الجمهوريه", "المملكه", "السلطنه"))
#: Adjectives that look like one of a place (دولي of "دولا", جوي of "جويا") but are none.
NOT_NATIONAL = frozenset(("الدولي", "الدولية", "الجوي", "الجوية", "البحري", "البحرية", "الوطني", "الوطنية"))
#: Stems of adjectives of nationality the place names do not give (انجلترا -> الإنجليزي), folded.
NATIONALITY_STEMS = frozenset("""
انجليز بريطان امريك امريكان افغان اسرائيل جزائر سعود اوروب اسكتلند نمساو كرد امارات
""".split())

#: Football clubs the Gulf press names by one word ("الهلال", "الوصل"): marsad.extract.entities reads one
#: as the club only where a cue says so (SPORT_CUES before it, an adjective of nationality in the
#: masculine after it: "الهلال السعودي والعين الإماراتي"; "في العين الإماراتية" is the town), and then its
#: other bare mentions in that article too (one name, one reading) unless it is a place.
SPORTS_CLUBS = frozenset("""
الهلال الأهلي الفيصلي نجران هجر العروبة القادسية الطائي الشعلة العين الوصل الشارقة السد الريان الغرافة
لخويا الزمالك الإسماعيلي الترجي الوداد الرجاء
""".split())
#: Clubs whose name is a common noun that takes adjectives ("الشباب السعودي" is Saudi youth, "التعاون
#: الخليجي" Gulf cooperation): only a player, a coach, a team or fans before them make them the club.
COMMON_WORD_CLUBS = frozenset("النصر الاتحاد الشباب الفتح التعاون الرائد الاتفاق الحزم".split())
#: Words right before a club's name that make it the club ("لاعبي الاتحاد", "فريق الوصل", "مدرب الهلال").
SPORT_CUES = frozenset("فريق فريقي الفريقين لاعب لاعبي لاعبو مدرب مدربي مهاجم مدافع حارس جماهير مشجعي".split())
#: Weaker cues, enough before a club that is no common noun ("إدارة نجران", "رئيس الهلال").
CLUB_CUES = frozenset("إدارة رئيس جمهور".split())

#: States whose official name opens with "دولة" ("دولة الكويت", "دولة الإمارات العربية المتحدة"): there
#: the word is part of the name; elsewhere ("دولة اليمن") it describes the country named after it.
STATE_OF_NAMES = frozenset("الكويت الإمارات قطر فلسطين إسرائيل ليبيا".split())
#: Compass words that make one region of a continent ("شرق آسيا", "شمال أفريقيا").
COMPASS = frozenset("شرق غرب شمال جنوب وسط".split())
#: Continents and large regions a compass word divides.
CONTINENTS = frozenset("آسيا أفريقيا إفريقيا افريقيا أوروبا أوربا".split())
