"""Words that announce a named entity next to them (data only; folded spelling).

A title before a name is the strongest local clue Arabic news gives: "الرئيس"
before a person, "وزارة" opening an organization, "مدينة" before a place.
All entries are folded with marsad.text.normalize.fold (أ/إ/آ->ا, ة->ه, ى->ي, ئ->ي, ؤ->و),
as the words they are compared with are: "الرييس" is how "الرئيس" reads there.
"""

#: Titles and roles written right before a person's name.
PER_BEFORE = frozenset("""
الرييس رييس الزعيم الملك الامير الاميره الشيخ الشيخه السيد السيده الرييسه الوزير وزير وزيره الوزيره
المستشار المستشاره الجنرال اللواء العميد العقيد الفريق المشير الدكتور د الدكتوره المهندس الاستاذ
البابا الامام المرشد القايد النايب النايبه السفير السفيره المتحدث المتحدثه الناطق المبعوث المبعوثه
الصحفي الصحفيه الكاتب الكاتبه المخرج الفنان الفنانه اللاعب اللاعبه المدرب المدير المديره مدير
الحاكم حاكم المحافظ محافظ العاهل ولي نايب الرييسان الزعيمان السلطان القاضي المدعي النجم
المرشح المرشحه الجندي الشاعر المطرب المطربه الروايي الباحث الخبير الاعلامي
""".split())

#: Words that introduce speech; the next words are often a person.
SPEECH_BEFORE = frozenset("قال قالت اكد اكدت اضاف اضافت اوضح اوضحت صرح صرحت اعلن اعلنت".split())

#: Heads of organization names ("وزارة الخارجية", "شركة أرامكو").
ORG_HEAD = frozenset("""
وزاره الوزاره شركه الشركه منظمه المنظمه جامعه الجامعه موسسه الموسسه هييه الهييه وكاله الوكاله
مجلس المجلس حزب الحزب حركه الحركه جمعيه الجمعيه اتحاد الاتحاد البنك بنك صندوق الصندوق نادي النادي
مصرف المصرف جبهه الجبهه لجنه اللجنه محكمه المحكمه مركز المركز معهد المعهد صحيفه الصحيفه قناه القناه
الجيش جيش الحرس حكومه الحكومه البرلمان برلمان الكونغرس المفوضيه مفوضيه دايره الدايره مجموعه المجموعه
""".split())

#: Words written right before a place name.
LOC_BEFORE = frozenset("""
مدينه المدينه دوله الدوله جمهوريه الجمهوريه مملكه المملكه محافظه المحافظه ولايه الولايه اقليم الاقليم
منطقه المنطقه عاصمه العاصمه قريه القريه بلده البلده جزيره الجزيره بحر البحر نهر النهر جبل جبال مطار ميناء
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي العاصمه
""".split())

#: Words ANERcorp tags but marsad never outputs as an entity (ANNOTATION.md): God and His phrases,
#: currencies (with the accusative alef of counted nouns: دولارا), "اللهم", and religions (a faith is
#: no named event, programme, product or law: the news gold never tags "الإسلام"); a mention made
#: only of these words (and counts: "مليون دولار") is dropped. Folded, diacritics off.
NOT_NAMES = frozenset("""
الله اللهم لله بالله والله تالله
الاسلام اسلام للاسلام بالاسلام والاسلام المسيحيه اليهوديه
دولار دولارا دولارات ريال ريالا ريالات جنيه جنيها جنيهات يورو درهم دراهم درهما دينار دينارا دنانير
ليره ليرات روبل روبلا ين يوان فرنك استرليني
الدولار الدولارات الريال اليورو الجنيه الدينار الدرهم اليوان الروبل الليره الفرنك الاسترليني
الف مليون مليار ملايين مليارات
""".split())

#: Head nouns that open a whole name (ANNOTATION.md: "names are whole"): the name is the head and
#: what completes it ("وزارة الشؤون البلدية والقروية", "مطار الملك خالد الدولي", "مركز الملك سلمان
#: للإغاثة"), a person or place inside it being part of it. Folded; head -> type.
NAME_HEADS = {
    **{w: "ORG" for w in """
وزاره شركه منظمه جامعه موسسه هييه وكاله مجلس حزب حركه جمعيه اتحاد بنك صندوق نادي مصرف جبهه لجنه محكمه
مركز معهد صحيفه جريده قناه مفوضيه دايره مجموعه مستشفي مطار اداره مديريه غرفه بلديه امانه رياسه ديوان
كليه وكاله شرطه مكتب مجمع مصلحه ميليشيا مليشيا كتايب سرايا اكاديميه مستوصف فندق مرصد استاد ملعب
""".split()},
    **{w: "MISC" for w in "برنامج مهرجان بطوله كاس مسابقه منتدي".split()},
    # places: only with a name inside ("دولة الكويت", "حديقة هوانغ الوطنية") or a title
    # ("طريق الملك عبدالله"); "دولة القانون" or "طريق الساحل" are left to the tagger
    **{w: "LOC" for w in "دوله جمهوريه مملكه سلطنه اماره حديقه طريق شارع جدار مقبره ميدان جسر شاطي كورنيش".split()},
}
#: Heads that are as often a common noun ("إدارة النادي", "ديوان الوزارة", "كلية الطب", "مكتب
#: الوزير", "هيئة التدريس"): with one word after them they are no name ("إدارة البحث الجنائي" is one). Operations,
#: projects, campaigns and forces ("عملية الصيد", "مشروع تسوير المقابر", "قوات الجيش والشرطة")
#: are left out of NAME_HEADS: in news they are descriptions far more often than names.
WEAK_HEADS = frozenset("اداره ديوان كليه اكاديميه مكتب هييه".split())
#: Heads that open a name only when definite ("الرئاسة العامة لشؤون ..."): "رئاسة الفيفا" is the
#: office of its president.
DEFINITE_ONLY_HEADS = frozenset("رياسه".split())
#: Place heads named only after a person ("طريق الملك عبدالله"): "طريق بيشة" is the road to a town.
TITLE_HEADS = frozenset("طريق شارع ميدان جسر".split())
#: Organization heads that make a name only with a name or a title inside ("ملعب كوينز بارك",
#: "استاد الملك فهد الدولي"; "ملعب المباراة" is the pitch).
NAMED_HEADS = frozenset("ملعب استاد".split())
#: A definite head ("الهيئة العامة للإحصاء") opens a name only with one of these after it.
DEFINITE_HEAD_NEXT = frozenset("العامه العام الوطني الوطنيه السعودي السعوديه العليا الاعلي الملكي الملكيه".split())
#: Words that end a name being completed (folded): prepositions, conjunctions, relatives, time words, verbs of news.
NAME_STOP = frozenset("""
في من علي الي عن مع بين حول خلال منذ بعد قبل عند لدي ضد نحو عبر دون حتي او ام ثم كما بينما حيث امام
التي الذي الذين اللتين اللذين اليوم امس غدا هذا هذه ذلك تلك هناك هنا
الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
الرسمي الرسميه الشقيق الشقيقه المعروف المعروفه الجديد الجديده والتي والذي والذين
احد كل بعض جميع لكي كي لان عندما الا لكن
العقيد العميد اللواء المشير الفريق المقدم الرايد النقيب الدكتور المهندس الاستاذ الكابتن
""".split())

#: Words right before a name in quotes or brackets that say what it names (folded, without ال):
#: "شركة «إيه إيه آر بي»", "قناة "العربية"", "برنامج "على خطى العرب"", "بعنوان (ضفاف الشعر)".
QUOTED_HEADS = {
    **{w: "ORG" for w in """
شركه قناه صحيفه جريده مجله وكاله انباء تنظيم حزب جماعه حركه نادي منظمه موسسه مجموعه فندق منصه
""".split()},
    **{w: "MISC" for w in """
برنامج مسلسل فيلم كتاب روايه جهاز تطبيق مبادره حمله خطه عمليه مهرجان مسابقه بطوله ديوان قصيده مسرحيه
اغنيه بعنوان
""".split()},
}
