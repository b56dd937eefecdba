"""How Arabic news writes dates: month names of every region, Hijri months, weekdays,
ordinal words and relative words (data only; matched after folding with
marsad.text.normalize.fold, so hamza/alef/taa-marbuta/yaa variants need not be listed).
"""

#: Gregorian months as written in Egypt, the Gulf and most of the press (1 = January).
MONTHS_EGYPTIAN = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}

#: Syriac month names of the Levant and Iraq.
MONTHS_LEVANTINE = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # without the article: "كانون أول (ديسمبر)", "تشرين ثاني"
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
}

#: French-derived names used in Morocco, Algeria and Tunisia.
MONTHS_MAGHREBI = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "أكتوبر": 10,
}

#: Latin month names, for bilingual date bars and embedded posts.
MONTHS_LATIN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

#: Hijri months (1 = Muharram).
MONTHS_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع أول": 3, "ربيع الآخر": 4,
    "ربيع الثاني": 4, "ربيع ثاني": 4, "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الأول": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الاخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
    "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}

#: Weekdays, Monday = 0 (Python's convention).
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}

#: Ordinal day words ("الثالث عشر من سبتمبر").
ORDINAL_DAYS = {
    "غرة": 1,  # "غرة شهر رمضان": its first day
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22,
    "الثالث والعشرين": 23, "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31, "أول": 1,
    # not "مطلع": "مطلع كانون الثاني" is early January (a month), not its first day
    "فاتح": 1,  # Moroccan: "فاتح ماي" = the first of May
}

#: Cardinal number words for relative phrases ("قبل ثلاثة أيام").
NUMBER_WORDS = {
    "واحد": 1, "يوم": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
    "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10,
    "اثنين": 2, "اثنتين": 2, "ثمان": 8,
    "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
    "ثمانين": 80, "تسعين": 90, "مئة": 100, "مائة": 100,
    # "الاثني عشر شهرا الماضية"
    "اثني عشر": 12, "اثنا عشر": 12,
}

#: Unit words that mean "one" of the unit when no number precedes them ("قبل عام" = a year ago).
SINGULAR_UNITS = ("يوم", "أسبوع", "شهر", "عام", "سنة", "عقد")

#: Day words relative to the publication day: offset in days.
RELATIVE_DAYS = {"أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "غداً": 1, "الغد": 1, "أول أمس": -2,
                 "أول من أمس": -2, "أمس الأول": -2, "البارحة الأولى": -2, "بعد غد": 2,
                 "الليلة الماضية": -1, "ليلة أمس": -1}

#: What may follow "اليوم" when it is no date: "اليوم الوطني", "اليوم العالمي للمرأة", "اليوم التالي".
NOT_TODAY_AFTER = ("الوطني", "العالمي", "الدولي", "العربي", "الخليجي", "التالي", "السابق", "الأول", "الثاني",
                   "الثالث", "الأخير", "الموعود", "المفتوح", "الدراسي", "الرياضي", "المشهود", "الآخر",
                   # a day told before, not today: "في اليوم نفسه", "في اليوم ذاته", "في اليوم الذي"
                   # ("التي" is left out: "هجمات اليوم التي ..." is feminine, it tells of the noun before)
                   "نفسه", "ذاته", "عينه", "الذي", "الواحد")
#: What may stand before "اليوم" when it is part of a name: "عين اليوم", "صحيفة اليوم", "طوال اليوم".
NOT_TODAY_BEFORE = ("عين", "صحيفة", "جريدة", "طوال", "نصف", "طيلة", "مدار",
                    # a day told before, not today: "في ذلك اليوم", "في ذات اليوم", "في نفس اليوم"
                    "ذلك", "ذات", "نفس",
                    # "في اليوم" is "per day" ("خمس مرات في اليوم") or a day told before, never today
                    "في", "وفي",
                    # "nowadays", a now-word, not a date: "نحن اليوم", "إننا اليوم", "عالم اليوم", "شبابنا اليوم"
                    "نحن", "ونحن", "إننا", "وإننا", "فإننا", "أننا", "لأننا", "أنا", "وأنا", "علينا", "بيننا", "منا",
                    "عالم", "عالمنا", "واقعنا", "مجتمعنا", "مجتمع", "زماننا", "عصرنا", "حياتنا", "شباب", "شبابنا",
                    "جيل", "أجيال", "أطفال", "أطفالنا", "إنسان", "دنيانا", "وطننا", "بلادنا")
#: What may follow "أمس" when it is the superlative "أمسّ" (most): "في أمس الحاجة إلى".
NOT_YESTERDAY_AFTER = ("الحاجة", "حاجة")

#: Words after which a four-digit number 1900-2099 is a year ("في 2017", "منذ 1961", "خريف 2008").
YEAR_LEADS = ("الموافق", "في", "من", "منذ", "بحلول", "حتى", "خلال", "قبل", "بعد", "مطلع", "منتصف", "نهاية", "بداية", "أواخر",
              "أوائل", "أواسط", "صيف", "شتاء", "خريف", "ربيع", "موسم", "السنة", "العام المالي", "ميزانية",
              "مونديال", "أولمبياد",
              # a year of birth: "(فهد مواليد 1990)", "من مواليد 1986"
              "مواليد")
#: Words of money and growth: a bare quarter or half in their sentence is a period of the calendar
#: ("ارتفعت الأرباح 10 في المائة في الربع الثاني"), not a period of a game.
MONEY_WORDS = ("أرباح", "الأرباح", "أرباحها", "أرباحه", "مبيعات", "المبيعات", "مبيعاتها", "إيرادات", "الإيرادات", "إيراداتها",
               "نمو", "النمو", "نموا", "الناتج", "مليار", "مليارات", "مليون", "ملايين", "دولار", "دولارا", "ريال",
               "ريالا", "يورو", "جنيه", "المائة", "المئة", "بالمائة", "بالمئة", "الاقتصاد", "التضخم", "خسائر", "الخسائر",
               "صافي", "الربح", "ربح", "أسهم", "الأسهم", "السوق", "حصة", "وحدة", "وحدات")
#: Words no count takes after it, that may follow a bare year after a preposition of time ("في 2014 حسب
#: إحصائيات", "منذ 2011 سنويا"); a word with the article follows a year too ("في 2013 المقاتلين").
YEAR_BARE_FOLLOWERS = ("ضد", "حسب", "بحسب", "أيضا", "أيضاً", "لمدة", "مع", "هو", "هي", "كان", "كانت", "كانا", "كانوا",
                       "فإن", "فان", "وفق", "وفقا", "وفقاً", "عبر", "لدى", "أمام", "إثر", "اثر", "عقب", "سنويا", "سنوياً",
                       "بينما", "وقد", "فقد", "تحت", "نحو", "قرابة", "حوالي", "مبلغ", "بمبلغ", "بحياة", "حين")
#: Words after a bare number that make it a count or an amount, not a year ("منذ 2000 عام", "حتى 2000 ريال").
YEAR_NOT_BEFORE = ("عام", "عاما", "عامًا", "سنة", "سنوات", "يوم", "يوما", "يومًا", "شهر", "شهرا", "ساعة", "دقيقة",
                   "ألف", "الف", "مليون", "مليار", "كلم", "كم", "كيلومتر", "كيلو", "متر", "ريال", "دولار", "يورو",
                   "جنيه", "درهم", "دينار", "طن", "شخص", "نسمة", "قتيل", "لاعب", "مرة", "نقطة", "هكتار", "برميل")
#: Words that may follow such a year (a count is followed by its noun: "في 2000 منزل" is no year).
YEAR_FOLLOWERS = ("في", "من", "إلى", "على", "حتى", "عندما", "حين", "حيث", "بعد", "قبل", "ثم", "مقابل",
                  "بنسبة", "أو", "حين", "التي", "الذي", "عن", "لكن", "لكنه", "لكنها", "فقد", "قد", "لم", "لن",
                  "كما", "إذ", "بينما", "فيما", "عندما", "حينما", "بعدما")

#: Words before a bare day/month in digits that make it a date: "بتاريخ 18/10", "في 7/11", "الموافق 4/10".
DAY_MONTH_LEADS = ("في", "يوم", "بتاريخ", "تاريخ", "الموافق", "حتى", "وحتى", "من", "إلى", "منذ", "اعتبارا من",
                   "اعتباراً من", "ابتداء من")

#: The days of the two feasts: "ثاني أيام عيد الفطر" (Hijri month, first day).
FEASTS = {"الفطر": (10, 1), "عيد الفطر": (10, 1), "الأضحى": (12, 10), "عيد الأضحى": (12, 10),
          # the days of Ramadan are counted the same way: "أول أيام رمضان", "ثالث أيام الشهر الفضيل"
          "رمضان": (9, 1), "شهر رمضان": (9, 1), "الشهر الفضيل": (9, 1), "الشهر الكريم": (9, 1)}
#: Ordinal words before "أيام": "أول أيام العيد" = day 1.
FEAST_ORDINALS = {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
                  "تاسع": 9, "عاشر": 10}

#: Quarters and halves of a year: "الربع الثاني من العام الحالي", "النصف الأول من 2015".
QUARTERS = {"الربع الأول": (1, 3), "الربع الثاني": (4, 6), "الربع الثالث": (7, 9), "الربع الرابع": (10, 12),
            "الربع الأخير": (10, 12), "النصف الأول": (1, 6), "النصف الثاني": (7, 12)}

#: Plural periods counted back or ahead: "الأيام الأربعة المقبلة", "السنوات العشر الماضية".
PLURAL_UNITS = {"الأيام": "day", "الأسابيع": "week", "الأشهر": "month", "الشهور": "month", "الأعوام": "year",
                "السنوات": "year", "اليومين": "day2", "الأسبوعين": "week2", "الشهرين": "month2",
                "العامين": "year2", "السنتين": "year2"}
#: Approximators between a preposition and a number: "قبل نحو أربعة أشهر".
APPROX = ("نحو", "قرابة", "حوالي", "حوالى", "زهاء", "ما يقارب", "ما يقرب من", "أكثر من", "أقل من", "أزيد من",
          "مرور", "مضي", "مرور نحو", "مرور أكثر من", "مضي أكثر من", "مضي نحو")

#: Unit words for relative periods (singular, dual, plural) -> unit.
UNITS = {
    "يوم": "day", "يومين": "day2", "أيام": "day", "يوما": "day",
    "أسبوع": "week", "أسبوعين": "week2", "أسابيع": "week", "أسبوعا": "week",
    "شهر": "month", "شهرين": "month2", "أشهر": "month", "شهور": "month", "شهرا": "month",
    "عام": "year", "عامين": "year2", "أعوام": "year", "عاما": "year", "سنة": "year", "سنتين": "year2",
    "سنوات": "year", "سنين": "year",
    # nominative duals ("مضى عامان", "بعد يومان" in looser writing)
    "يومان": "day2", "أسبوعان": "week2", "شهران": "month2", "عامان": "year2", "سنتان": "year2",
    # hours count as days when they make whole days ("قبل 48 ساعة" = two days back); others are no date
    "ساعة": "hour", "ساعات": "hour", "ساعتين": "hour2", "ساعتان": "hour2",
    # decades count as ten years: "قبل عقدين" = 20 years back; a bare "عقد" only before "من الزمن"/"من الآن"
    # ("قبل عقد من الزمن"), since "قبل عقد الاجتماع" is "before holding the meeting"
    "عقد": "decade", "عقدين": "decade2", "عقدان": "decade2", "عقود": "decade",
}

#: Words after a unit that place a period relative to the publication day.
PAST_WORDS = ("الماضي", "الماضية", "الماضيين", "الماضيان", "المنصرم", "المنصرمة", "السابق", "السابقة", "الفائت", "الفائتة")
# "الآتي" also means "the following" ("على النحو الآتي"); it only counts right after a date word
NEXT_WORDS = ("المقبل", "المقبلة", "المقبلين", "القادم", "القادمة", "القادمين", "التالي", "التالية", "الآتي", "الآتية")
#: "The last" after a count of units: a period up to the anchor, like PAST_WORDS ("اليومين الأخيرين").
LAST_WORDS = ("الأخيرة", "الأخيرين", "الأخيران")
CURRENT_WORDS = ("الجاري", "الحالي", "الحالية", "هذا", "هذه")
#: Two periods back / ahead: "العام قبل الماضي", "الثلاثاء قبل الماضي", "الشهر بعد المقبل".
TWO_BACK_WORDS = ("قبل الماضي", "قبل الماضية", "قبل المنصرم", "قبل المنصرمة", "قبل السابق", "قبل السابقة")
TWO_AHEAD_WORDS = ("بعد المقبل", "بعد المقبلة", "بعد القادم", "بعد القادمة")
#: Demonstratives before a period word: "هذا العام", "هذا الشهر", "هذا الأسبوع".
THIS_WORDS = ("هذا", "هذه")

#: Words between "العام/السنة" and a relative word that keep it a calendar year: "العام المالي الماضي".
#: (Not "الدراسي": a school year spans two calendar years; not "الهجري": a Hijri year.)
YEAR_QUALIFIERS = ("المالي", "المالية", "الميلادي", "الميلادية")

#: Hijri months that are also common words or first names (صفر = zero; رجب, شعبان names; محرم = forbidden):
#: after a bare preposition ("في صفر") they are not taken for the month; "شهر صفر" still is.
HIJRI_MONTHS_AMBIGUOUS = ("محرم", "صفر", "رجب", "شعبان")

#: Epithets written after a Hijri month ("رمضان المبارك", "ذي الحجة الحرام"); they do not change the date.
HIJRI_EPITHETS = ("المبارك", "الفضيل", "الكريم", "المعظم", "الحرام")

#: Words that put a clause in the future ("ومن المقرر", "ويعقد", "سوف"): a bare weekday is then the
#: next one, a day or month without a year the next such. The future prefix س + an imperfect verb
#: ("سيزور", "ستعقد") is matched apart (see FUTURE_S_NOUNS).
FUTURE_CUES = ("سوف", "المقرر", "المتوقع", "يعتزم", "تعتزم", "ينتظر", "يرتقب", "ترتقب", "يعقد", "تعقد",
               "القادم", "المقبل",
               # "من المنتظر وصول كيري الأحد", "ويفترض إقرار القانون الجمعة"
               "المنتظر", "يفترض", "ويفترض")
#: Scheduled-event verbs in the imperfect ("يبدأ التقديم يوم الأحد"): they make a bare weekday the
#: coming one, but are too weak to move a day of the calendar to next year ("تبدأ من 24 رمضان"
#: describes a period that may have begun).
WEEKDAY_FUTURE_CUES = ("يبدأ", "تبدأ", "ينطلق", "تنطلق", "يقام", "تقام", "يفتتح", "تفتتح", "يختتم", "تختتم",
                       "يستأنف", "تستأنف",
                       # fixtures: "ويلعب الأحد برشلونة مع تشلسي", "وتستكمل المباريات الجمعة"
                       "يستكمل", "تستكمل", "يلعب", "تلعب", "يلتقي", "تلتقي")
#: Nouns that look like a future verb (س + ي/ت/ن + ...): "سنوات", "سيطرة", "سينما" are no future.
#: Words with an alef after the prefix ("سيارة", "سياسة", "ستاد") are never taken for verbs.
FUTURE_S_NOUNS = ("سنوات", "سنويا", "سنوي", "سنوية", "سنتين", "سنتان", "سنتا", "سندات", "سنين", "ستين", "ستون",
                  "سيما", "سيتي", "سيدة", "سيدات", "سيطرة", "سيطرت", "سيطرتها", "سيطرته", "سيطرتهم", "سيطر",
                  "سيناء", "سيناريو", "سيلفي", "سينما", "سيولة", "سيول", "سنغافورة", "ستريت", "ستيفن", "سيدي",
                  "سيرة", "سيرته", "سيرتها", "سنة", "ستة")
#: Verbs and nouns of taking and attacking whose object takes "على": right before "قبل + a count", the
#: "على" after the count is their object ("سيطر قبل شهرين على المدينة": two months ago), not the event
#: the count is told from ("قبل 37 يوما على انطلاق البطولة"); matched as word starts, after folding.
ON_GOVERNORS = ("سيطر", "وسيطر", "السيطر", "استولى", "واستولى", "استولت", "واستولت", "الاستيلاء", "استيلاء",
                "هجوم", "الهجوم", "هجمات", "الهجمات", "اعتداء", "الاعتداء", "القبض", "قبض")
#: A past auxiliary before a future cue makes it a past habit ("كان ينتظر"): no future.
PAST_AUX = ("كان", "كانت", "كانوا", "كنا", "كنت")

#: Weeks of a month: "الأسبوع الأخير من شهر رمضان", "الأسبوع الأول من أغسطس" (the first or last seven days).
MONTH_WEEKS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الأخير": -1}
#: Words after "القرن + ordinal" that make it another era's century ("القرن الثالث الهجري").
CENTURY_NOT = ("الهجري", "للهجرة", "قبل الميلاد", "ق.م")
#: Decades of a century: "تسعينات القرن الماضي", "الخمسينيات من القرن العشرين" (the tens digit).
DECADES = {"عشرين": 2, "ثلاثين": 3, "أربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
#: Words before a bare weekday that make it no day: "خطب الجمعة" (Friday sermons), "منبر الجمعة".
NOT_WEEKDAY_AFTER = ("خطب", "خطبة", "منبر", "موسوعة")
#: Words before a bare "الاثنين" that make it "the two": "بين الاثنين", "مع الاثنين", "إن الاثنين".
THE_TWO_AFTER = ("بين", "مع", "كلا", "إن", "أن", "في")
#: Heads of a title in quotes ("مجلة «الاثنين»", "برنامج «الخميس»"): the quoted weekday is a name.
NAME_HEADS = ("مجلة", "صحيفة", "جريدة", "برنامج", "كتاب", "رواية", "فيلم", "مسلسل", "قناة", "ملحق")
#: Nouns that take "العام" as "general": "الأمين العام السابق" is a former secretary-general, no year.
GENERAL_HEADS = ("الأمين", "المدير", "النائب", "المدعي", "المراقب", "المفتش", "المنسق", "المرشد", "القائد",
                 "المستشار", "الأمانة", "المدعو", "المحامي", "المشرف", "الوكيل")
