"""Page furniture of Arabic news sites: lines that are site chrome, not article (data only).

Entries are compared after folding (marsad.text.normalize.fold) and trimming
punctuation, so "اقرأ أيضاً:" matches "اقرا ايضا".
"""

#: Whole lines that are navigation, buttons, prompts and section labels.
LINES = frozenset("""
عاجل
اخبار عاجله
الرئيسية
اقرأ أيضا
اقرأ أيضاً
اقرأ المزيد
إقرأ أيضا
شاهد أيضا
شاهد ايضا
اظهر المزيد
أظهر المزيد
عرض المزيد
المزيد
مقالات ذات صلة
أخبار ذات صلة
اخبار متعلقة
مواضيع ذات صلة
الأكثر قراءة
الأكثر مشاهدة
زر الذهاب إلى الأعلى
العودة إلى الأعلى
شارك
شارك القصة
شارك الخبر
شارك المقال
مشاركة
تابع القراءة
تابعنا
المصادر
المصدر
رئيس التحرير
رئيس مجلس الإدارة
ابحث في الموقع
بحث
إغلاق
اغلاق
طباعة
تكبير الخط
تصغير الخط
نسخ الرابط
التعليقات
أضف تعليق
اترك تعليقاً
إعلان
الوسوم
كلمات مفتاحية
ترجمة - Translate
""".strip().split("\n"))

#: Latin furniture (WordPress themes, share widgets), compared lowercased.
LATIN_LINES = frozenset("""
close
leave a reply
share
share this
tweet
print
read more
related posts
advertisement
cancel reply
""".strip().split("\n"))

#: Line beginnings that mark furniture whatever follows (sign-offs, prompts, rights).
PREFIXES = (
    "تابع موقع",        # "تابع موقع تحيا مصر على جوجل نيوز"
    "تابعوا موقع",
    "تابعونا على",
    "تابعنا على",
    "اقرأ أيضا:",
    "اقرأ أيضاً:",
    "اقرأ ايضا:",
    "شاهد أيضا:",
    "للمزيد من الأخبار",
    "اشترك في",
    "اشترك الآن",
    "جميع الحقوق محفوظة",
    "حقوق النشر",
    "© ",
    "Your email address",
    "Required fields",
    "رئيس التحرير:",
    "مدير التحرير:",
    "مقالات أخرى للكاتب",  # a column's list of the writer's other titles, glued together
)

#: A writer's contact footer ("للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (70) ..."), also after
#: the writer's e-mail address glued to it ("name@mail.comللتواصل مع الكاتب ...").
CONTACT_OPENERS = ("للتواصل مع الكاتب", "للتواصل أرسل", "للتواصل ارسل")

#: Labels whose value is on the next line (the label and the value are both furniture).
LABEL_THEN_VALUE = frozenset("""
رئيس التحرير
رئيس مجلس الإدارة
مدير التحرير
المدير العام
""".strip().split("\n"))

#: Words that mark a line as an image caption's credit when it ends with them after a dash.
CAPTION_CREDITS = frozenset("""
رويترز
أ ف ب
ا ف ب
فرانس برس
أسوشيتد برس
أ ب
إرنا
تاس
سبوتنيك
الأناضول
غيتي
Getty
AFP
Reuters
AP
EPA
أرشيفية
صورة أرشيفية
أرشيف
مواقع التواصل
إنترنت
""".strip().split("\n"))

#: Words meaning "agencies" / "sources" in source lines such as "وكالات – العربي".
AGENCY_WORDS = frozenset(["وكالات", "وكالة", "المصادر", "المصدر", "مصادر", "متابعات", "الوكالات"])

#: Byline openers: the author's name follows.
BYLINE_OPENERS = ("بقلم:", "بقلم", "كتب:", "كتبت:", "كتب", "كتبت", "إعداد:", "تقرير:", "بواسطة")

#: Words that open a site's own name in its header ("صحيفة الضفتين", "بوابة السنبلة").
OUTLET_WORDS = ("صحيفة", "جريدة", "بوابة", "شبكة", "موقع", "قناة", "مجلة", "وكالة", "راديو", "إذاعة")

#: Characters that separate the items of a navigation bar written as one line.
NAV_SEPARATORS = "|•·»/"
