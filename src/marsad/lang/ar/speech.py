"""How Arabic news attributes speech (data only; matched after folding).

Speech verbs in the forms news uses (past masculine/feminine, present, the
participle "مضيفا"), channel cues that name a medium rather than the speaker,
unnamed-source phrases, and verbs of belief that are not speech.
"""

#: Verbs that introduce what someone said (direct or reported).
SPEECH_VERBS = frozenset("""
قال قالت يقول تقول قالوا
أكد أكدت يؤكد تؤكد مؤكدا مؤكدة
أضاف أضافت يضيف تضيف مضيفا مضيفة
أوضح أوضحت يوضح توضح موضحا
أعلن أعلنت يعلن تعلن معلنا
صرح صرحت يصرح مصرحا
ذكر ذكرت يذكر تذكر
أفاد أفادت يفيد تفيد
أشار أشارت يشير تشير مشيرا مشيرة
تابع تابعت
أردف أردفت
شدد شددت يشدد مشددا
اعتبر اعتبرت يعتبر معتبرا
رأى رأت يرى
لفت لفتت لافتا
وصف وصفت واصفا واصفة
أشاد أشادت
حذر حذرت يحذر محذرا
دعا دعت يدعو داعيا
كشف كشفت
نفى نفت ينفي
كتب كتبت
أبلغ أبلغت
أعرب أعربت
أوردت أورد
نقلت نقل
أخبر أخبرت
شكر شكرت
""".split())

#: Cue words that name the channel the words came through, not the speaker.
VIA_CUES = ("بحسب", "حسب", "حسبما", "وفق", "وفقا ل", "وفقا", "نقلا عن", "نقلت", "كما أفادت", "كما ذكرت",
            "حسبما نقلت", "حسبما ذكرت", "وفق ما نقلت", "بحسب ما نقلت", "كما أوردت")

#: Words after which a speaker's name phrase ends.
SPEAKER_STOP = frozenset("""
إن أن بأن إنه أنه إنها أنها إنهم أنهم
في خلال على عن إلى الى ل من مع بعد قبل عقب أثناء لدى حول أمام
وهو وهي وهم ردا رداً تعليقا ضمن عبر حين حيث بينما فيما التي الذي الذين
اليوم أمس الأربعاء الخميس الجمعة السبت الأحد الاثنين الثلاثاء صباح مساء
لقناة لوكالة لصحيفة لموقع لتلفزيون لشبكة
إياه إياها إياهم أيضا كذلك بـ ب قوله قولها
""".split())

#: Generic plural sources whose reported speech is not attributed to anyone in particular.
GENERIC_SOURCES = ("وسائل إعلام", "وسائل الإعلام", "تقارير", "محللون", "مراقبون", "خبراء")

#: Unnamed sources, a speaker in their own right.
UNNAMED = ("مصدر مسؤول", "مصدر مطلع", "مصادر مطلعة", "مصادر", "مسؤول", "مسؤولون", "مراقبون", "محللون", "شهود عيان")

#: Verbs of belief and accusation: what follows is not speech.
BELIEF_VERBS = frozenset("يعتقد تعتقد اعتقد يرجح ترجح يخشى تخشى يتوقع تتوقع يزعم تزعم تتهم يتهم".split())
