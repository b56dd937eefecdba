"""Arabic news outlets: the name a reader knows, with other spellings and web/social handles.

Used to name the outlet from a sign-off ("تابع موقع تحيا مصر"), a source line
("وكالات – العربي"), a standalone name line, or an embedded post from the
outlet's own account ("(@almayadeengo)"). Facts about public outlets; extend freely.
"""

#: canonical Arabic name -> (other spellings, lowercase handle/domain stems)
OUTLETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "الجزيرة": (("الجزيرة نت", "قناة الجزيرة"), ("aljazeera", "ajarabic", "ajanews")),
    "العربية": (("العربية نت", "قناة العربية"), ("alarabiya",)),
    "الميادين": (("قناة الميادين", "الميادين نت"), ("almayadeen", "almayadeengo", "almayadeennews")),
    "العربي": (("العربي الجديد", "التلفزيون العربي"), ("alaraby", "alarabytv")),
    "سكاي نيوز عربية": (("سكاي نيوز",), ("skynewsarabia",)),
    "بي بي سي عربي": (("بي بي سي", "BBC عربي"), ("bbcarabic",)),
    "فرانس 24": (("فرانس ٢٤",), ("france24", "france24_ar")),
    "روسيا اليوم": (("آر تي عربي", "RT عربي"), ("rtarabic", "arabic.rt")),
    "الشرق الأوسط": (("صحيفة الشرق الأوسط",), ("aawsat",)),
    "الأهرام": (("بوابة الأهرام", "الأهرام أونلاين"), ("ahram", "ahramonline")),
    "اليوم السابع": ((), ("youm7",)),
    "المصري اليوم": ((), ("almasryalyoum",)),
    "الشروق": (("الشروق نيوز",), ("shorouknews",)),
    "الوطن": (("جريدة الوطن",), ("elwatannews",)),
    "تحيا مصر": (("موقع تحيا مصر",), ("tahiamasr",)),
    "مصراوي": ((), ("masrawy",)),
    "النهار": (("النهار العربي",), ("annahar",)),
    "الأخبار": ((), ("al-akhbar",)),
    "الشرق": ((), ("al-sharq",)),
    "عكاظ": (("صحيفة عكاظ",), ("okaz",)),
    "سبق": (("صحيفة سبق",), ("sabq",)),
    "الرياض": (("صحيفة الرياض",), ("alriyadh",)),
    "اليوم": (("صحيفة اليوم",), ("alyaum",)),
    "المدينة": (("صحيفة المدينة",), ("al-madina",)),
    "الجزيرة السعودية": ((), ("al-jazirah",)),
    "الاقتصادية": (("صحيفة الاقتصادية",), ("aleqt",)),
    "الوئام": (("صحيفة الوئام",), ("alweeam",)),
    "الحياة": ((), ("alhayat",)),
    "عربي 21": (("عربي21",), ("arabi21",)),
    "القدس العربي": ((), ("alquds",)),
    "العربي الجديد": ((), ("alaraby.co.uk",)),
    "هسبريس": ((), ("hespress",)),
    "الخليج": ((), ("alkhaleej",)),
    "البيان": ((), ("albayan",)),
    "وكالة الأنباء السعودية": (("واس",), ("spa.gov.sa", "spagov")),
    "وكالة الأنباء الفرنسية": (("أ ف ب", "فرانس برس"), ("afp",)),
    "رويترز": ((), ("reuters",)),
    "الأناضول": (("وكالة الأناضول",), ("aa.com.tr", "aa_arabic")),
    "سبوتنيك": (("سبوتنيك عربي",), ("sputnik", "sputnik_ar")),
    "شفق نيوز": ((), ("shafaq",)),
    "السومرية": ((), ("alsumaria",)),
    "عنب بلدي": ((), ("enabbaladi",)),
}

#: Social platforms: where words were posted ("عبر حسابه في تويتر"), like an outlet a channel rather than
#: what a story is about, unless its headline names it.
PLATFORMS = ("فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "واتساب", "واتس آب", "إنستغرام", "انستقرام", "انستجرام",
             "إنستجرام", "سناب شات", "سنابشات", "تيليجرام", "تلغرام", "تليجرام")
