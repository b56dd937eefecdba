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
توعد توعدت يتوعد متوعدا متوعدة
""".split())

#: Cues of reported speech, one lemma a line: past | present | participle | masdar | prepositions
#: that take a noun-phrase complement ("كشف عن ..."، "أشار إلى ..."). Inflected forms (قالت، قالوا،
#: قالا، تقول، مشيرا، مشيرة، مؤكدين، تأكيده، القول ...) are generated from these, not listed.
#: A field left empty ("-") has no form that news uses as a cue (يتوقع أن is impersonal).
REPORTING_CUES = """
قال | يقول | قائل | قول | -
أكد | يؤكد | مؤكد | تأكيد | على
أضاف | يضيف | مضيف | - | -
أوضح | يوضح | موضح | توضيح | -
أعلن | يعلن | معلن | إعلان | عن
صرح | يصرح | مصرح | تصريح | -
ذكر | - | - | - | -
أفاد | يفيد | - | إفادة | ب
أشار | يشير | مشير | إشارة | إلى
لفت | يلفت | لافت | - | إلى
تابع | - | - | - | -
أردف | - | مردف | - | -
شدد | يشدد | مشدد | تشديد | على
اعتبر | يعتبر | معتبر | - | -
رأى | يرى | - | - | -
بيّن | يبين | مبين | - | -
أبان | - | - | - | -
كشف | يكشف | كاشف | - | عن
نفى | ينفي | نافي | نفي | -
حذر | يحذر | محذر | تحذير | من
اعترف | يعترف | معترف | اعتراف | ب
توقع | - | متوقع | - | -
اتهم | يتهم | متهم | اتهام | ب
انتقد | ينتقد | منتقد | - | -
جادل | يجادل | مجادل | - | -
لمح | يلمح | ملمح | - | إلى
نبه | ينبه | منبه | - | إلى
نوه | ينوه | منوه | - | إلى
أبلغ | - | مبلغ | - | -
أخطر | - | - | - | -
زعم | يزعم | زاعم | - | -
ادعى | يدعي | مدعي | - | -
أقر | يقر | مقر | إقرار | ب
قدر | - | مقدر | - | -
رجح | - | مرجح | - | -
أورد | - | - | - | -
أعرب | - | معرب | - | -
وصف | يصف | واصف | - | ب
عزا | يعزو | عازي | - | إلى
أرجع | - | مرجع | - | إلى
أجاب | يجيب | مجيب | - | -
سأل | يسأل | - | - | -
تساءل | يتساءل | متسائل | - | -
"""

#: Verbs that are cues only with a complementizer right after their subject (or after the preposition
#: given): "وبيّن المدير أن ..." (بين is "between" otherwise), "وذهب الجميع إلى أن ..." (ذهب "went"),
#: "وأجمعوا على أن ..." ("agreed"), "واستطرد المتحدث أن ..." (استطرد في "digressed into"), "، مفيداً بأن
#: ..." (مفيد "useful"). One lemma a line: lemma | forms
#: | preposition or "-"; forms in م are participles.
THAT_ONLY_CUES = """
بيّن | بين | -
ذهب | ذهب ذهبت ذهبوا ذهبا يذهب تذهب يذهبون | إلى
أجمع | أجمع أجمعت أجمعوا أجمعا يجمع تجمع يجمعون | على
أفاد | مفيدا مفيدة مفيدين | -
استطرد | استطرد استطردت استطردوا | -
"""

#: THAT_ONLY_CUES lemmas that report what a group agreed on: their subject may be partitive or
#: coordinated ("وأجمع عدد من الباحثين والأطباء على أن ..."), unlike بين and ذهب ("ذهب من ... إلى").
GROUP_SUBJECT_CUES = ("أجمع",)

#: Verbal nouns that take إلى themselves ("وصول الفريق إلى النهائي"): in the object of a cue of cause
#: ("أرجع ... وصول الفريق إلى النهائي إلى ...") the first إلى is theirs, not the cause's.
TOWARD_MASDARS = frozenset("""
وصول عودة دخول انتقال نقل تحول ذهاب سفر انضمام لجوء هجرة توجه اتجاه نزوح وفود إضافة
""".split())

#: Cues (lemmas) whose object gets what was said as a quality with ب: "ويصفه بالفاشل"، "واصفاً إياه
#: بالمحفز"، "اتهمه بالضعف"، "اتهم فلان زميله باستنساخ شخصياته".
QUALITY_CUES = ("وصف", "اتهم")

#: Definite verbal nouns of cues that take على, with ل/ب: a cue only with على right after them ("سعى
#: الوزير للتأكيد على أهمية ..."، "ويبدأ نص الاتفاقية بالتأكيد على أنه ..."); "بالتأكيد" alone is
#: "surely", and a bare "التأكيد على" is as often a task or a rule ("مهمة التأكيد على"، "يجب التأكيد").
DEFINITE_MASDAR_CUES = {"أكد": ("للتأكيد", "بالتأكيد"), "شدد": ("للتشديد", "بالتشديد")}

#: Object forms of a past cue with an attached pronoun ("وصفه", "أبلغها"), for the cues that take
#: a person as object (others would collide with nouns: أشاره = إشارة).
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
OBJECT_CUES = frozenset("وصف أبلغ أخطر اتهم حذر سأل أجاب".split())

#: Words after a comma that start a new clause of the narrator (or a new attribution): a reported
#: clause ends before them ("...، مطالباً بـ"، "...، كما تحدث عن").
CLAUSE_BREAKERS = frozenset("""
مطالبا مطالبة مشيدا مشيدة داعيا داعية معربا معربة شاكرا شاكرة مثمنا مثمنة متمنيا متمنية مناشدا
مقدما مقدمة معبرا معبرة مبديا مبدية مستعرضا مستشهدا منوها
مفيدا مفيدة مهيبا مهيبة ناصحا ناصحة طالبا طالبة متبرئا متبرئة مستغربا مستغربة مستنكرا مستنكرة متمنيا متمنية آملا آملة
سائلا سائلة سائلين
وفي
""".split())

#: Cues (lemmas, as in REPORTING_CUES) whose participle or و-verb ends a reported clause even with no
#: comma before it ("... لأبناء المحافظة وقال المحافظ إن ..."، "... مربع مبينةً أنه ..."); the
#: participles of others are often nouns or adjectives (مبلغا، مقدرة، متهما، متوقعا، معترفا بها).
ADJOINING_CUES = frozenset("قال أكد أضاف أوضح أشار لفت شدد بيّن أبان كشف نفى اعتبر صرح أعلن تابع أردف نوه نبه حذر".split())

#: Connectives after a comma that go on with what was said ("أن الشركة سجلت ...، كما سجلت ..."،
#: "...، حيث إن ...") unless a new attribution or act of the narrator follows them ("، كما أشاد
#: الوزير"، "، حيث قال"): a reported clause ends before them only then.
CLAUSE_CONNECTIVES = frozenset("كما فيما بينما حيث".split())

#: Verbs of the narrator's account (not speech) that start a new clause after a connective
#: ("، كما أشاد ..."، "، فيما دعا ...").
NARRATOR_VERBS = frozenset("""
أشاد أشادت دعا دعت طالب طالبت شكر شكرت أعرب أعربت تحدث تحدثت ثمن ثمنت قدم قدمت ناشد ناشدت
استعرض استعرضت تطرق تطرقت وجه وجهت تقدم تقدمت رحب رحبت هنأ هنأت عبر عبرت عبروا طمأن طمأنت
""".split())

#: Cues whose object may be what was said, with no أن or preposition: "مؤكداً استمرار الدعم",
#: "أعلنت الشركة، زيادة ..." (after a participle, or after a speaker closed by a comma).
OBJECT_COMPLEMENT_CUES = frozenset("أكد أعلن كشف نفى أوضح بيّن توقع اعترف انتقد".split())

#: Verbal nouns that open what was announced as the object of a cue with no أن ("أعلنت الجامعة توفر
#: وظائف"، "أعلن النادي تعاقده مع ..."), besides the patterns تفعيل/تفاعل/تفعّل (ت + 3-5 letters),
#: افتعال/انفعال/إفعال and استفعال that the finder recognizes itself.
OBJECT_MASDARS = frozenset("""
عزم وصول نجاح رفع ضرورة قيام ضبط بلوغ صدور شراء بيع فوز مقتل مصرع وفاة سقوط عودة بدء انتهاء فشل خروج
دخول حصول موافقة رفض وجود عدم أهمية نية إصابة تفاصيل قرب ضبط منع فتح إغلاق حجز سحب دعم
""".split())

#: Adverbs that may follow a cue before its speaker or object ("أعلنت مؤخرا ..."، "أكد أيضا ...").
SPEECH_ADVERBS = frozenset("مؤخرا أخيرا رسميا سابقا مجددا أيضا كذلك اليوم أمس نصا حرفيا".split())

#: Complementizers of reported speech; with a pronoun ("أنه"، "بأنهم"، "إننا") they are part of what
#: was said, bare ("أن"، "بأن") they are not. (لأن "because" only bare, as news writes "قال لأن": with
#: a pronoun, "لأنه", it is a cause in what the narrator says.)
COMPLEMENTIZERS = ("أن", "إن", "بأن")
#: Pronouns written on a complementizer (not ك: "بانك" is a bank's name more often than "بأنك").
COMPLEMENTIZER_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني")

#: Words right after a cue that belong to it, not to its speaker ("وأوضح بالقول"، "وتابع القول").
CUE_FILLERS = ("بالقول", "القول")

#: Words before أن/إن that make it no complementizer of speech ("بعد أن", "إلى أن" of time).
NOT_COMPLEMENTIZER_AFTER = frozenset("بعد قبل منذ حتى دون رغم لمجرد بمجرد ريثما إلى إلا بيد".split())

#: Cues whose present tense is as often a passive ("تعتبر المنطقة الركيزة ..." "is considered"): a
#: present form followed by a phrase is a cue only when that phrase can speak (a name, a title, an
#: office, a group); "يعتبر أن" (its subject before it) stays a cue.
PASSIVE_PRONE_CUES = frozenset(["اعتبر"])

#: Cue words that name the channel the words came through, not the speaker.
VIA_CUES = ("بحسب", "حسب", "حسبما", "وفق", "وفقا ل", "وفقا", "نقلا عن", "نقلت", "كما أفادت", "كما ذكرت",
            "حسبما نقلت", "حسبما ذكرت", "وفق ما نقلت", "بحسب ما نقلت", "كما أوردت")

#: Words after which a speaker's name phrase ends.
SPEAKER_STOP = frozenset("""
إن أن بأن إنه أنه إنها أنها إنهم أنهم
في خلال على عن إلى الى ل من مع بعد قبل عقب أثناء لدى حول أمام
وهو وهي وهم ردا رداً تعليقا ضمن عبر حين حيث بينما فيما التي الذي الذين بعدما عندما حينما
اليوم أمس الأربعاء الخميس الجمعة السبت الأحد الاثنين الثلاثاء صباح مساء
لقناة لوكالة لصحيفة لموقع لتلفزيون لشبكة
إياه إياها إياهم أيضا كذلك بـ ب قوله قولها بدون دون نقلا
""".split())

#: Words that never open a speaker phrase: conjunctions and relatives of the narrator's clause ("إذ قال"،
#: "فقد أشارت"، "وهو ما يكشف"، "مما يشير")، the one spoken to ("وقالت لهم: ...")، the speaker's own first
#: person ("وتابع أعتقد أن")، the object of a cue ("وأكد ضرورة أن"، "كشف اسمه") and adverbs ("تكشف بجلاء عن").
NOT_SPEAKER_OPENERS = frozenset("""
إذ فقد وقد لقد ما مما بما وهو وهي ذلك تلك هذا هذه لهم لنا لكم لي لك له لها أعتقد أظن أرى نرى نعتقد
اسمه اسمها ضرورة أهمية بجلاء بوضوح لكنهم ولكنهم لكن ولكن
بكل وبكل
""".split())

#: Generic plural sources whose reported speech is not attributed to anyone in particular.
GENERIC_SOURCES = ("وسائل إعلام", "وسائل الإعلام", "تقارير", "محللون", "مراقبون", "خبراء")

#: Unnamed sources, a speaker in their own right.
UNNAMED = ("مصدر مسؤول", "مصدر مطلع", "مصادر مطلعة", "مصادر", "مسؤول", "مسؤولون", "مراقبون", "محللون", "شهود عيان")

#: Head nouns of unnamed sources that take where they are from ("مصدر في المقاومة"، "مسؤول من ...").
UNNAMED_HEADS = frozenset("مصدر مصادر مسؤول مسؤولون مسؤولين مسؤولة".split())

#: Verbs of belief and accusation: what follows is not speech.
BELIEF_VERBS = frozenset("يعتقد تعتقد اعتقد يرجح ترجح يخشى تخشى يتوقع تتوقع يزعم تزعم تتهم يتهم".split())

#: Words that announce an interview before its questions ("بين سطور الحوار التالي"، "في مقابلة").
INTERVIEW_WORDS = frozenset("""
حوار الحوار حوارا حواره حوارها وحوار والحوار بالحوار مقابلة المقابلة مقابلته مقابلتها
""".split())

#: Documents that "say" what their author says (the author is the speaker, the document the channel):
#: "وكشف التقرير ..."، "وأفاد البيان ..." (without ال, folded in the finder).
DOCUMENTS = frozenset("تقرير بيان نشرة دراسة وثيقة مذكرة".split())

#: Head nouns written before an organization's name ("مؤسسة | النقد العربي السعودي").
ORGANIZATION_HEADS = frozenset("""
مؤسسة هيئة وزارة شركة جمعية منظمة مجلس مركز جامعة بنك صندوق لجنة اتحاد نادي غرفة إدارة مديرية
""".split())

#: First words (without و/ال) of a phrase that designates someone who speaks: titles, roles, offices
#: and groups. A phrase after a speech verb that neither starts with one nor holds a name is the
#: verb's object ("يذكر لون قبعته"، "كشف ... إبان تواجده"), not a speaker the article follows.
SPEAKER_HEADS = frozenset("""
وزير وزيرة مدير مديرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة أمين أمينة محافظ أمير أميرة ملك
سفير سفيرة قائد قائدة مستشار مستشارة عضو عضوة خبير خبيرة أستاذ أستاذة دكتور دكتورة مهندس مهندسة
لواء عميد عقيد عقيد شيخ مدرب لاعب فنان فنانة كاتب كاتبة شاعر شاعرة محامي محامية باحث باحثة
مواطن مواطنة مواطنون مواطنين سكان ساكن شهود شاهد وكيل وكيلة مساعد مساعدة منسق منسقة مشرف مشرفة
عميد مفوض مفوضة مندوب مندوبة ممثل ممثلة قاضي قاض طبيب طبيبة معلم معلمة مؤلف مؤلفة مخرج مخرجة
إعلامي إعلامية صحفي صحفية محلل محللون محللين مراقب مراقبون خبراء مسؤولو مسؤولي زعيم قيادي قياديون
حكومة جيش شرطة وكالة صحيفة موقع قناة منظمة نادي لجنة مجلس أمانة مديرية سفارة رئاسة أمانة إمارة
بلدية قيادة قوات محكمة نيابة مرصد حزب حركة تحالف جماعة
""".split())

#: Adjectives that close a role before the office it serves ("المتحدث الرسمي للوزارة"، "المدير العام
#: للتعليم"، "الرئيس التنفيذي للشركة").
ROLE_ADJECTIVES = frozenset("""
العام العامة الرسمي الرسمية التنفيذي التنفيذية الإعلامي الإعلامية الإقليمي الإقليمية الأعلى الفني
""".split())

#: Kinds of titled things: words in quotation marks right after one are its title, not speech
#: ("كتاب «...»"، "برنامج «...»"، "بعنوان «...»"، "شعار «...»"); matched without ال/ب/ل/و.
TITLE_KINDS = frozenset("""
كتاب كتابه كتابها ديوان ديوانه ديوانها رواية روايته روايتها مسرحية مسلسل فيلم برنامج برنامجه أغنية
قصيدة مقال مقاله مقالة عنوان بعنوان اسم باسم شعار مبادرة حملة مسابقة معرض مهرجان ملتقى مؤتمر ندوة
ورشة دورة مشروع جهاز تطبيق موقع صحيفة جريدة مجلة قناة شركة فريق نادي منتدى جائزة وسم هاشتاق
تهمة تهم إصدار إصداره إصدارها معنى مفهوم مصطلح
""".split())
