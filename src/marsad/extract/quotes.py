"""Who said what: direct quotes (between quotation marks) and reported speech (قال ... إن).

For each quote the speaker is the name phrase after the speech verb of its
clause (``وقال وزير الخارجية الروسي سيرغي لافروف: "..."``), or after the quote
(``"...", قالت تشوي``); a verb with no name ("وأضاف:") continues the previous
speaker. Channels ("بحسب وكالة إنترفاكس") are kept apart from speakers. Scare
quotes (two-word terms in marks, names of things) are not quotes.

>>> from marsad.api import analyze_text
>>> d = analyze_text("وقال الوزير سامر الحداد: «لن نتراجع عن حقوقنا المائية أبدا».", title="خبر")
>>> [(d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]]
[('لن نتراجع عن حقوقنا المائية أبدا', 'الوزير سامر الحداد')]
"""
from __future__ import annotations

import bisect
import re

from marsad.document import Document, Span
from marsad.lang.ar import speech
from marsad.registry import component
from marsad.text.normalize import QUOTE_MARKS, fold
from marsad.text.tokenize import Token, tokenize

#: A letter (not a digit, not the tatweel ـ that bullets a line).
_LETTER = re.compile(r"[^\W\d_\u0640]")

VERBS = frozenset(fold(v) for v in speech.SPEECH_VERBS)
GENERIC = tuple(fold(g) for g in speech.GENERIC_SOURCES)
STOP = frozenset(fold(w) for w in speech.SPEAKER_STOP)
BELIEF = frozenset(fold(w) for w in speech.BELIEF_VERBS)
VIA = tuple(sorted((tuple(fold(c).split()) for c in speech.VIA_CUES), key=len, reverse=True))
VIA_FIRST = frozenset(c[0] for c in VIA)
#: Complementizers (folded), bare and with a pronoun: "أن"، "بأنهم"، "إننا".
THAT = frozenset([fold(c) + p for c in speech.COMPLEMENTIZERS for p in ("", *speech.COMPLEMENTIZER_PRONOUNS)] + ["لان"])
#: A sentence opening "according to" a source (folded).
ACCORDING = frozenset(["بحسب", "وبحسب", "حسب", "وحسب"])
#: The same with لـ on the source ("ووفقاً لتقديرات الهيئة ..."، folded).
#: What أعرب عن expresses when it is a feeling, not a statement (ANNOTATION.md: expressives are no
#: attributions): "أعرب عن أمله / شكره / سعادته"; folded, a pronoun on them is stripped by the caller.
EXPRESSIVE = frozenset(fold(w) for w in "أمل الأمل أمنية تمنيات تمنياته شكر تقدير امتنان سعادة ارتياح أسف ترحيب اعتزاز فخر تطلع".split())
#: Rules and plans: "حسب القانون"، "وفقا للخطة" say how, not who said.
RULES = frozenset(fold(w) for w in "قانون نظام خطة لائحة قرار جدول برنامج اتفاق اتفاقية شروط".split())
ACCORDING_TO_BARE = frozenset(["وفقا", "طبقا", "وفق"])
#: Head nouns of outlets: "بحسب صحيفة ..."، "وفقا لوكالة ..." name a source.
MEDIA = frozenset(fold(w) for w in "صحيفة جريدة مجلة وكالة قناة موقع إذاعة تلفزيون شبكة".split())
ACCORDING_TO = frozenset(["وفقا", "ووفقا", "طبقا", "وطبقا"])
#: "فإن" after a fronted source: what follows is what the source says (folded).
THEREFORE_THAT = frozenset(["فان", "فانه", "فانها", "فانهم"])
#: "قوله": what a channel reports someone saying ("نقلت الوكالة عن كيم قوله ...", folded).
SAYING = frozenset(["قوله", "قولها", "قولهم"])
#: the words of a blessing set off in marks ("النبي «صلى الله عليه وسلم»"), and of a range of numbers
FORMULA_WORDS = frozenset(fold(w) for w in "صلى الله عليه وسلم السلام الصلاة والسلام رضي عنه عنها عنهم تعالى "
                          "سبحانه وتعالى عز وجل".split())
RANGE_WORDS = frozenset(fold(w) for w in "إلى الى حتى و من بين".split())
#: verbs of calling on someone ("وطالبت النقابة في بيانها «...»"، "دعت فيه الحكومة «إلى ...»"): words in
#: marks after them are the caller's (ANNOTATION.md: direct quotes under a directive are direct quotes)
DIRECTIVES = frozenset(fold(p + w) for p in ("", "و", "ف") for w in
                       "دعا دعت يدعو تدعو طالب طالبت يطالب تطالب ناشد ناشدت يناشد حث حثت يحث".split())
#: nouns that name words said, right before them ("قال لها الجملة الشهيرة «...»"، "ردد عبارته «...»")
WORDS_KINDS = frozenset(fold(w) for w in "الجملة جملة جملته العبارة عبارة عبارته الكلمة كلمته المقولة مقولته "
                        "الكلمات كلماته".split())
#: "وعنوانه (الكامل): «...»": the title of the thing just named ("اسمه" is not: "طالبا عدم ذكر اسمه: «...»")
TITLE_OWN = frozenset(fold(w) for w in "عنوانه عنوانها".split())
#: "طالبا عدم ذكر اسمه"، "مفضلا عدم الكشف عن هويته"، "شريطة عدم ...": an unnamed source's condition
ANONYMITY = frozenset(fold(w) for w in "طالبا طالبة طالبين مفضلا مفضلة مفضلين رافضا رافضة شريطة".split())
#: a writer's own "I said" (with و/ف/ثم before it) and the one spoken to after it
WRITER_SAID = frozenset(fold(w) for w in "قلت فقلت وقلت".split())
SPOKEN_TO = frozenset(fold(w) for w in "له لها لهم لهما لك لكم لنفسي".split())
PROPHETS = frozenset(fold(w) for w in "النبي الرسول محمد المصطفى".split())
#: "قال تعالى"، "يقول سبحانه"، "قال جل من قائل"، "قال عز وجل": God speaks, named by an epithet
DIVINE = frozenset(fold(w) for w in "تعالى سبحانه جل عز".split())
#: a speech someone gave ("بكلمة لرئيس اللجنة"، "في خطاب للرئيس")
SPEECH_NOUNS = frozenset(fold(p + w) for p in ("", "و", "ب", "وب") for w in ("كلمة", "خطاب", "خطبة"))

#: verbs that open a sentence whose subject, God, then speaks a verse ("وأمر سبحانه ... فقال: {...}")
GOD_VERBS = frozenset(fold(p + w) for p in ("", "و", "ف") for w in "أمر نهى وصف بين أخبر وعد توعد أنزل خاطب".split())
#: the cues that go on with God's words ("فقال: {...}"); "وأضاف"، "وقال" go back to the article's speaker
GOD_SAID = frozenset(fold(w) for w in "فقال قال فيقول يقول".split())
#: how far (characters) after God is named a subjectless cue still quotes Him
GOD_REACH = 200

#: what must be done, after "أكد/شدد على" ("شدد على وجوب ...")
MUST = frozenset(fold(w) for w in "وجوب لزوم".split())

#: the words at most between a role and the name it is written before ("رئيس | مجلس القضاء الإداري الشيخ
#: الدكتور | خالد اليوسف")
ROLE_GAP = 6

#: "من جهته"، "من جانبها": the next speaker's turn opening a sentence
ON_ONES_PART = frozenset(fold(w + p) for w in ("جهت", "جانب") for p in ("ه", "ها", "هم", "هما"))

#: the tokens of a dateline before its colon ("سبق- جدة:"، "الرياض - واس:")
DATELINE = 8

#: "قول" before God or the Prophet: whose words a verse or a hadith quoted next are
SAYING_OF = frozenset(fold(p + "قول") for p in ("", "و", "ل", "ب", "ك", "ول", "وب", "وك"))
SAYING_OF_WHOM = frozenset(fold(w) for w in "الله الرسول النبي رسول المصطفى".split())

#: the marks of a verse or a hadith and the mark that closes each ("((" is read as one mark)
SCRIPTURE_OPEN = {"{": "}", "﴿": "﴾", "﴾": "﴿", "(": ")"}
SCRIPTURE_CUES = frozenset(fold(p + w) for p in ("", "و", "ف") for w in "قال يقول قالت تقول".split()) \
    | frozenset(fold(p + w) for p in ("", "و", "ل", "ب", "ك") for w in ("قوله", "قول"))
SCRIPTURE_REACH = 12
#: the cues that cite a verse or a hadith as proof, ending a reported clause ("...، قال تعالى"، "... لقوله
#: صلى الله عليه وسلم"); not "من قوله تعالى", a preposition's object inside the clause
CITING = frozenset(fold(p + w) for p in ("", "و", "ف") for w in "قال يقول".split()) \
    | frozenset(fold(p + w) for p in ("ل", "ك") for w in ("قوله", "قول"))
#: who a verse or a hadith is cited from, right after its cue ("قال تعالى"، "لقوله صلى الله عليه وسلم")
SCRIPTURE_SPEAKERS = SAYING_OF_WHOM | frozenset(fold(w) for w in "تعالى سبحانه صلى عليه جل عز".split())

#: "ويؤكد المواطن فلان، وكان بصحبة أسرته قائلاً: ...": a circumstantial clause after the speaker
#: and a comma, not the object of the cue.
CIRCUMSTANTIAL = frozenset(fold(w) for w in "وكان وكانت وهو وهي وهم وهما".split())
#: "...: الأولى ...، والثانية ...": an enumeration after a colon (its first and next items), not words said.
ORDINAL_FIRST = frozenset(fold(w) for w in "الأولى الأول أولا أولاً أولها أولهما".split())
ORDINAL_NEXT = frozenset(fold(p + w) for p in ("", "و") for w in "الثانية الثاني ثانيا ثانياً ثانيها ثانيهما".split())
#: "ونقلت الوكالة قول الوزير إن ...": the verb that passes a speaker's words on, at most
#: ``RELAY_REACH`` tokens before the bare masdar قول.
RELAYED = frozenset(fold(p + w) for p in ("", "و", "ف") for w in "نقل نقلت ينقل تنقل نقلوا".split())
RELAY_REACH = 6
#: "لتقرير نشرته الوكالة"، "لبيان صادر عن الهيئة": the word that names who published a document.
PUBLISHED = frozenset(fold(w) for w in "نشرته نشرتها أصدرته أصدرتها أعدته أعدتها صادر الصادر صادرة الصادرة".split())
#: "أصدرت الوزارة تقريرا ... جاء فيه": the verbs that issue the document "فيه" points to.
ISSUED = frozenset(fold(p + w) for p in ("", "و", "ف") for w in "أصدر أصدرت نشر نشرت أعد أعدت".split())
#: "وجاء في البيان أن ..."، "ورد في التقرير أن ...": a document's words (its author speaks).
CAME_IN = frozenset(fold(w) for w in "جاء وجاء ورد وورد".split())
DOCUMENT_NOUNS = frozenset(fold(w) for w in speech.DOCUMENTS) | frozenset(
    fold(w) for w in "خبر رسالة خطاب كلمة تغريدة نص إعلان تعميم قرار".split())
#: Most words of the document's phrase between "في" and أن ("في البيان الصادر عن الوزارة أمس أن").
DOC_REACH = 8
#: "، وعن X، أوضح أنه ...": a topic the speaker is asked about opens his next answer (at most
#: ``TOPIC_REACH`` words before its comma).
TOPIC_FRAMES = frozenset(fold(w) for w in "وعن وحول وبشأن".split())
TOPIC_REACH = 10
#: "، وعن غياب المهاجم قال المدرب: ...": the topic of the next words said, before their cue
TOPIC_OPENERS = frozenset(fold(w) for w in "عن وعن حول وحول بشأن وبشأن وفيما فيما وردا ردا وفي".split())
#: "، وبدوره أكد ..."، "، وبدورها قالت ...": the next speaker's turn begins
IN_TURN = frozenset(fold(w) for w in "بدوره وبدوره بدورها وبدورها بدورهم وبدورهم".split())
#: "ما قاله فلان": what someone said, named after it.
SAID_IT = frozenset(fold(w) for w in "قاله قالته قالوه قالاه ذكره ذكرته أكده أكدته صرح".split())
#: Most words a speaker phrase may have.
MAX_SPEAKER = 7
#: Head words of an outlet spoken to behind ل ("قال الوزير لوكالة الأنباء"، "لفرانس برس"), folded.
OUTLETS = MEDIA | frozenset(fold(w) for w in "فرانس رويترز الأناضول".split())
#: Documents of research (folded): one named for the first time with no author ("دراسة عن ...") is
#: by no one the article named, not by the last organization.
STUDIES = frozenset(fold(w) for w in "دراسة دراسات بحث أبحاث استطلاع مسح".split())
#: More words the subject between كان and قد may have ("وكانت دراسة عن تطبيقات الجوال في المملكة قد
#: أشارت"): the frame closes it.
KANA_REACH = 5
PASSIVE_PRONE = frozenset(speech.PASSIVE_PRONE_CUES)
#: Relative pronouns (folded): "...، التي أكدت أن ..." opens another attribution.
RELATIVES = frozenset(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"])
#: Cues that give their object a quality with ب (speech.QUALITY_CUES) and the most words of that object.
QUALITY_CUES = frozenset(speech.QUALITY_CUES)
QUALITY_OBJECT = 3
#: Most words of a name or title in quotation marks ("مسابقة «ألوان السعودية للتصوير»").
MAX_NAME_WORDS = 6
#: Words that name the kind of a title written in marks right after them (folded, without ال).
TITLE_KINDS = frozenset(fold(w) for w in speech.TITLE_KINDS)
#: How far back (characters) a one-word speaker ("الأخير"، "الجوازات") looks for the name it stands for.
SHORT_FORM_REACH = 1500
#: Most tokens past a speaker phrase cut at a name where the object of its cue may start ("أعلن
#: بشيكتاش التركي | تعاقده"، "نفى المصدر لـ«الشرق الأوسط» | وصول").
NAME_TAIL = 6
#: Time words that may stand between a speaker and what was said (folded).
WHEN = frozenset(fold(w) for w in "اليوم أمس يوم مساء صباح فجر ظهر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split())
#: Prepositions that open the setting of an announcement before its "عن" (folded) and the most
#: tokens it may have: "أعلنت المديرية في بيان صحفي، عن ...".
SETTING_OPENERS = frozenset(fold(w) for w in "في عبر خلال ضمن لدى".split())
SETTING_WINDOW = 14
#: Complementizers of reported speech (folded); with a pronoun they are part of what was said.
THAT_BARE = frozenset([fold(c) for c in speech.COMPLEMENTIZERS] + ["لان"])
#: Most tokens between a cue and the colon after it ("وقال X في تصريح خاص لـ«المدينة»: ...").
COLON_WINDOW = 16
#: Most tokens between a cue and its complementizer ("وقال ممدوح الدماطي وزير الآثار في البيان إن").
CUE_WINDOW = 22
NOT_THAT_AFTER = frozenset(fold(w) for w in speech.NOT_COMPLEMENTIZER_AFTER)
BREAKERS = frozenset(fold(w) for w in speech.CLAUSE_BREAKERS)
ADJOINING = frozenset(speech.ADJOINING_CUES)
CONNECTIVES = frozenset(fold(w) for w in speech.CLAUSE_CONNECTIVES)
NARRATOR = frozenset(fold(w) for w in speech.NARRATOR_VERBS)
OBJECT_CUES = frozenset(speech.OBJECT_COMPLEMENT_CUES)
MASDARS = frozenset(fold(w) for w in speech.OBJECT_MASDARS)
ADVERBS = frozenset(fold(w) for w in speech.SPEECH_ADVERBS)
#: Adverbs that end a name phrase ("أكدت الخارجية المصرية | مجددًا"; not "سابقا": "رئيس الأركان سابقا محمد ...").
ADVERBS_AFTER = frozenset(fold(w) for w in "مجددا مؤخرا أخيرا رسميا أيضا كذلك آنذاك حينها حينذاك".split())
#: Words between a cue and its speaker that are neither: adverbs and "بالقول" ("وأوضح بالقول: ...").
CUE_FILLERS = frozenset(fold(w) for w in speech.CUE_FILLERS)
FILLERS = ADVERBS | CUE_FILLERS
#: "نفسي": the one asked in "سألت نفسي: ..." (a thought), never a speaker.
SELF = frozenset(["نفسي", "نفسه", "نفسها", "نفسهم", "انفسهم", "انفسنا"])
#: Words that announce a list before a colon ("ما يلي:"، "الأسباب التالية:").
LIST_INTROS = frozenset(fold(w) for w in "يلي التالي التالية الآتي الآتية كالتالي كالآتي".split())
#: Words after which marks hold examples or members of a set in the narrator's sentence, not words
#: said: "مثل «...»"، "ومنها «...»"، "من بينها «...»".
EXAMPLE_INTROS = frozenset(fold(w) for w in "مثل ومثل منها ومنها منهم ومنهم بينها بينهم أبرزها وأبرزها".split())
#: Prepositions whose object may be a phrase in marks ("التحية إلى «...»"); with no cue in the
#: sentence the phrase is the narrator's, not speech.
MARKED_OBJECT_PREPS = frozenset(fold(w) for w in "إلى الى على عن من في مع حول لدى عبر بين".split())
#: Blessings written after a name or a verb ("يقول رحمه الله"، "قال حفظه الله"): never the speaker.
BLESSINGS = frozenset(fold(w) for w in "رحمه رحمها يرحمه يرحمها حفظه حفظها يحفظه رعاه يرعاه أيده وفقه رضي".split())
#: "العام الماضي"، "الأسبوع المقبل": a time after a cue, not its speaker (folded).
TIME_NOUNS = frozenset(fold(w) for w in "العام الشهر الأسبوع السنة الليلة".split())
TIME_ADJECTIVES = frozenset(fold(w) for w in "الماضي الماضية المقبل المقبلة الجاري الحالي الحالية القادم الفائت".split())
#: First words of a phrase after a cue that are its object, not its speaker ("أكد ذلك الوزير").
OBJECT_WORDS = frozenset(fold(w) for w in "ذلك هذا هذه ذاك عنها عنه منه منها لها له لهم".split())
#: Channel cues after a clause ("...، بحسب المتحدث"), folded first words.
POSTPOSED = frozenset(fold(w) for w in ("بحسب", "حسب", "حسبما", "وفقا", "وفق", "طبقا"))
#: Words between a cue and its speaker that are neither (folded): a preposition with a pronoun ("أكد
#: فيها الادعاء"، "قالت عنهم ...") and the object of an idiom ("لفت النظر إلى"، "لفت الانتباه إلى")
#: or an adverb of time ("قالت آنذاك إنها") — skipped like the fillers.
CUE_OBJECTS = frozenset(fold(w) for w in "فيه فيها فيهم عنه عنها عنهم آنذاك حينها حينذاك النظر الانتباه الأنظار".split())
#: Conjunctions that open another clause before a cue's complement is found (folded).
WHILE = frozenset(fold(w) for w in "بينما فيما وبينما وفيما".split())
#: Nouns that start with ب and may speak ("بعثة الأمم المتحدة"، "بورصة"), folded.
B_NOUNS = frozenset(fold(w) for w in "بعثة بورصة بطولة".split())
#: A speaker's head noun is never this long (letters, after و/ف): longer, two words ran together.
GLUED_HEAD = 13
#: كان and its sisters: a phrase that opens with one is a clause, never a speaker's name.
COPULAS = frozenset(fold(w) for w in "أصبح أصبحت أصبحوا صار صارت باتت بات ظل ظلت أضحى أضحت أمسى أمست".split())
#: Words that name the saying or the file in the marks after them (no one says it there).
SAYING_KINDS = frozenset(fold(w) for w in "نظرية مقولة شعار مبدأ تحميل تنزيل".split())
#: Participles of calling on someone ("داعيا الطرفين إلى «...»"): the phrase after them is the one
#: called on, never the speaker, who is the subject of the sentence (carried).
ADDRESSING = frozenset(fold(p + w + e) for p in ("", "و") for w in ("داعي", "مطالب", "حاث", "مناشد", "مهيب")
                       for e in ("ا", "ة", "ين", "ون"))
#: "نقل الموقع عنه/عنها قوله": the relay reports the words of the one the pronoun refers to.
RELAY_PRONOUNS = frozenset(fold(w) for w in "عنه عنها عنهم عنهما".split())
PREP_PRONOUNS = frozenset(fold(w) for w in "فيه فيها فيهم عنه عنها عنهم".split())
#: Nouns of manner behind ب ("قال بهدوء"، "أجاب بحزم"), besides the shapes :func:`_manner` knows.
MANNER = frozenset(fold(w) for w in "هدوء حزم قوة صراحة وضوح بساطة سرعة دقة حسب دل".split())
#: Pronouns and function words that are never a speaker.
NOT_SPEAKER = frozenset(fold(w) for w in """هو هي هم هما أنا نحن فيها فيه لي له لها قائلا قائلة إنه أنه منه عنه
كما لكن لكنه لكنها لكنهم ولكن ولكنه بل ثم وقد قد أيضا كذلك معاليه سموه فضيلته سعادته سماحته
بذلك بهذا بذاك نفسي نفسه نفسها""".split())
#: Prepositions (folded): a noun phrase after one is no subject of the verb that follows it.
#: First words of a phrase next to a cue that make it no speaker (``speech.NOT_SPEAKER_OPENERS``).
NOT_OPENERS = frozenset(fold(w) for w in speech.NOT_SPEAKER_OPENERS)
#: Verbal nouns that open a cue's object, never its subject: "وأكد عدم ..."، "أكد أهمية ...".
OBJECT_OPENERS = frozenset(fold(w) for w in "عدم ضرورة أهمية".split())
#: Words that stress the noun before them and go on with its name ("المصادر نفسها"، "الدول جميعها").
EMPHASIS = frozenset(fold(w) for w in "نفس ذات كل جميع عين كلا كلتا بعض".split())
#: Verbs of going on with one's words, written with و after a cue ("قال ومضى: ..."، "ورد X بالقول"):
#: never the first word of a speaker's name.
GOING_ON = frozenset(fold(p + w) for p in "وف" for w in "مضى مضت رد ردت ردّ ردّت عقب عقبت علق علقت تابع تابعت استطرد استطردت".split())
#: Particles that open a sentence with its verb after them ("لم تكن ..."): no verb-first sentence.
PARTICLES = frozenset(fold(w) for w in "لم لن لا ما قد لقد وقد ولم ولن ولا".split())
#: Cues of cause ("عزا X إلى Y"، "أرجع X إلى Y"), whose speaker ends before the object X, and the most
#: words of X before إلى. Only عزا is found with any object X: أرجع is as often "referred, handed back"
#: ("أرجعت اللجنة مسؤولية ... إلى المشرفين").
CAUSE_LEMMAS = frozenset(["عزا", "أرجع"])
CAUSE_OBJECT_LEMMAS = frozenset(["عزا"])
CAUSE_OBJECT_WORDS = 8
TOWARD = frozenset(fold(w) for w in speech.TOWARD_MASDARS)
DEMONSTRATIVES = frozenset(fold(w) for w in "هذا هذه ذلك تلك هؤلاء".split())
PREPOSITIONS = frozenset(fold(w) for w in "في على من عن إلى الى مع ل ب حول لدى عبر خلال".split())
#: Quantifiers that take "من" and the group: "عدد من الباعة", "بعض المسؤولين", "أحد المسافرين".
DOCUMENTS = frozenset(fold(w) for w in speech.DOCUMENTS)
ORG_HEADS = frozenset(fold(w) for w in speech.ORGANIZATION_HEADS)
#: the offices that issue a document ("بيان لقيادة العمليات المشتركة")
AUTHOR_HEADS = ORG_HEADS | frozenset(fold(w) for w in "قيادة رئاسة حكومة سفارة إمارة أمانة بلدية محكمة".split())
SPEAKER_HEADS = frozenset(fold(w) for w in speech.SPEAKER_HEADS)
ROLE_ADJECTIVES = frozenset(fold(w) for w in speech.ROLE_ADJECTIVES)
UNNAMED_HEADS = frozenset(fold(w) for w in speech.UNNAMED_HEADS)
INTERVIEW_WORDS = frozenset(fold(w) for w in speech.INTERVIEW_WORDS)
QUANTIFIERS = frozenset(fold(w) for w in "عدد بعض أحد إحدى كثير عشرات مئات".split())
#: Heads of a role one person holds (folded, without ال): a name may follow the role's office.
PERSON_ROLES = SPEAKER_HEADS - ORG_HEADS - frozenset(fold(w) for w in """حكومة جيش شرطة وكالة صحيفة موقع قناة منظمة
نادي لجنة مجلس أمانة مديرية سفارة رئاسة إمارة بلدية قيادة قوات محكمة نيابة مرصد حزب حركة تحالف جماعة مواطنون مواطنين
سكان شهود خبراء محللون محللين مراقبون مسؤولو مسؤولي قياديون""".split())
#: Most tokens between a role cut short and the name of the one who holds it.
ROLE_REACH = 10
#: Words that open the setting of what was said, not the rest of a role ("مع نظيره"، "أمام الصحفيين").
SETTING_WORDS = frozenset(fold(w) for w in "مع خلال عقب بعد قبل أثناء لدى أمام عند بحضور بمناسبة".split())


#: Present-tense forms of the cues (folded), filled by :func:`_cue_table`.
PRESENT_FORMS: set[str] = set()


def _cue_table() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Folded cue form -> (kind, lemma, prepositions of a noun-phrase complement): every inflected
    form news writes, generated from ``speech.REPORTING_CUES``."""
    table: dict[str, tuple[str, str, frozenset[str]]] = {}

    def put(form: str, kind: str, lemma: str, preps: frozenset[str]) -> None:
        f = fold(form)
        if f in AMBIGUOUS_CUE_FORMS:
            return
        for pre in ("", "و", "ف"):
            table.setdefault(pre + f, (kind, lemma, preps))

    for line in speech.REPORTING_CUES.strip().splitlines():
        past, present, part, masdar, preps = (x.strip() for x in line.split("|"))
        p = frozenset(fold(x) for x in preps.split()) if preps != "-" else frozenset()
        stem = past[:-1] if past.endswith(("ى", "ا")) and len(past) > 2 else past
        objects = speech.OBJECT_SUFFIXES if past in speech.OBJECT_CUES else ()
        for form in (past, stem + "ت", stem + ("يا" if stem != past else "ا"), stem + "تا", stem + "وا",
                     *(past + x for x in objects)):
            put(form, "verb", past, p)
        if present != "-":
            if present.endswith(("ى", "ي", "و")):  # يرى: يرون، يريان; ينفي: ينفون; يعزو: يعزون
                plural = (present[:-1] + "ون", present[:-1] + "يان", "ت" + present[1:-1] + "يان")
            else:
                plural = (present + "ون", present + "ان", "ت" + present[1:] + "ان")
            for form in (present, "ت" + present[1:], *plural):
                put(form, "verb", past, p)
                PRESENT_FORMS.add(fold(form))
        if part != "-":
            for form in (part + "ا", part + "ة", part + "ين", part + "ون", part + "تين"):
                put(form, "participle", past, p)
        if masdar != "-":
            base = masdar[:-1] + "ت" if masdar.endswith("ة") else masdar  # إشارة -> إشارته
            # not "ال" + masdar: "تجدر الإشارة إلى أن" is the journalist's formula; but "القول إن"
            for form in (base + "ه", base + "ها", base + "هم", *(("القول",) if past == "قال" else ())):
                put(form, "masdar", past, p)
    return table


#: Bare forms that are more often another word: بين ("between"), ذكر ("mention"), قول ("saying").
AMBIGUOUS_CUE_FORMS = frozenset(fold(w) for w in ("بين", "وبين", "فبين", "بينا", "ذكرا", "قدرا", "رجحا", "اقرا",
                                                  "تبين", "وتبين", "فتبين"))  # "وتبين أن": it turned out
CUES = _cue_table()


def _that_only_table() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Folded form -> cue of the verbs that are cues only before a complementizer
    (``speech.THAT_ONLY_CUES``)."""
    table = {}
    for line in speech.THAT_ONLY_CUES.strip().splitlines():
        lemma, forms, prep = (x.strip() for x in line.split("|"))
        preps = frozenset() if prep == "-" else frozenset([fold(prep)])
        for form in forms.split():
            kind = "participle" if form.startswith("م") else "verb"
            for pre in ("", "و", "ف"):
                table.setdefault(pre + fold(form), (kind, lemma, preps))
    return table


THAT_ONLY = _that_only_table()
#: Lemmas of THAT_ONLY_CUES whose subject is a group, partitive or coordinated ("وأجمع عدد من ملاك
#: الفنادق والشقق أن ..."): من and و-words may stand between the verb and أن.
GROUP_SUBJECT = frozenset(speech.GROUP_SUBJECT_CUES)
#: "للتأكيد على"، "بالتأكيد على" (folded form -> cue): cues only with على right after them.
DEFINITE_MASDARS = {fold(form): ("masdar", lemma, frozenset(["علي"]))
                    for lemma, forms in speech.DEFINITE_MASDAR_CUES.items() for form in forms}

#: Quotes this short are terms in quotation marks unless a speech verb governs them.
MIN_QUOTE_WORDS = 3
MIN_FREE_QUOTE_WORDS = 5
#: Most words of a paragraph that is an interviewer's question.
INTERVIEW_QUESTION_WORDS = 40


def _verb(f: str) -> bool:
    """A (possibly و/ف-prefixed) speech verb."""
    if f in VERBS:
        return True
    return f[:1] in "وف" and f[1:] in VERBS


def _masdar_like(f: str) -> bool:
    """An indefinite verbal noun (folded, maybe with a pronoun: "تعاقده"): one of ``MASDARS`` or
    of the shapes تفعيل/تفاعل/تفعّل, افتعال/انفعال/إفعال, استفعال."""
    if f in MASDARS:
        return True  # "وصول"، "فوز": not a conjunction
    if f.startswith(("ال", "و", "ف", "ب", "ل")):
        return False
    for suf in ("هما", "هم", "ها", "ه"):
        if f.endswith(suf) and len(f) - len(suf) >= 3:
            f = f[:-len(suf)]
            break
    if f in MASDARS:
        return True
    if f[:1] == "ت" and 4 <= len(f) <= 6 and not f.endswith(("ون", "ين", "ان")):
        return True
    return f[:1] == "ا" and len(f) >= 5 and f[-2] == "ا"


def _manner(tok: Token, f: str) -> int:
    """A word with ب that says how or by what, never who ("بصوته"، "ببلاغة"، "بلهجة"، "بالنيابة"،
    "بها"، "بإصبعه"، "باستفهام"): 3 for ب and a pronoun, a noun with a pronoun on it or a noun of
    manner (whatever the entity tagger says: it tags "بصوته الهادئ" as a person); 1 for ب and a
    definite noun, a feminine noun, a written hamza or a verbal noun of the shapes افتعال/استفعال (a
    name the entity tagger finds there is a name: "بالمر"، "بثينة"); 0 for "بعض"، "بيان"، "بعثة" and names ("باراك"، "بوتين")."""
    if f[:1] != "ب" or len(f) < 2 or f.startswith("بعض") or f in SPEAKER_HEADS or f in ORG_HEADS or f in B_NOUNS:
        return 0
    rest, raw = f[1:], tok.text[1:]
    if rest in ("ه", "ها", "هم", "هما", "هن") or rest in MANNER \
            or len(rest) >= 4 and raw.endswith(("ه", "ها", "هم")) and not raw.endswith("اه"):
        return 3
    if rest.startswith("ال") and len(rest) > 3:
        return 1  # "بالنيابة"، "بالحرف"; but "بالمر" (Palmer), "بالوتيلي" are names
    if raw[:1] in "أإآ" or len(rest) >= 4 and raw.endswith("ة") or rest[:1] == "ا" and len(rest) >= 5 and rest[-2] == "ا":
        return 1
    return 0


def _words(toks: list[Token]) -> int:
    return sum(1 for t in toks if t.is_word or t.is_number)


def _scripture_marks(text: str, toks: list[Token]) -> list[Token]:
    """Verses and hadith are quoted between braces or ornate parentheses ("قال تعالى: {...}",
    "﴿...﴾") or double parentheses ("قال صلى الله عليه وسلم (( ... ))"): these count as « and »
    (a doubled parenthesis is one mark). Only where a paragraph pairs them: an opening mark is
    closed by its counterpart before the paragraph ends."""
    if "{" not in text and "((" not in text and "\ufd3e" not in text and "\ufd3f" not in text:
        return toks  # most articles: no such marks at all
    out: list[Token] = []
    k, n = 0, len(toks)
    para, marks = 0, 0  # the first token of the paragraph, and the quotation marks in it so far
    while k < n:
        t = toks[k]
        if k and "\n" in text[toks[k - 1].end:t.start]:
            para, marks = k, 0
        marks += t.text in QUOTE_MARKS
        close, width = SCRIPTURE_OPEN.get(t.text), 1
        if close is None or marks % 2 or not _scripture_cue(toks, k, para):
            # no cue before it, or inside someone's open quotation ("وقال: ” ... قال تعالى (( ... ))")
            out.append(t)
            k += 1
            continue
        if t.text == "(":
            if k + 1 >= n or toks[k + 1].text != "(" or toks[k + 1].start != t.end:
                out.append(t)
                k += 1
                continue
            width = 2
        y = k + width
        while y < n and "\n" not in text[toks[y - 1].end:toks[y].start]:
            if toks[y].text == close and (width == 1 or y + 1 < n and toks[y + 1].text == close
                                          and toks[y + 1].start == toks[y].end):
                break
            if toks[y].text in SCRIPTURE_OPEN and toks[y].text != "(" or toks[y].text in QUOTE_MARKS:
                y = n
                break
            y += 1
        if y >= n or toks[y].text != close or "\n" in text[toks[y - 1].end:toks[y].start]:
            out.extend(toks[k:k + width])
            k += width
            continue
        out.append(t._replace(end=toks[k + width - 1].end, text="«"))
        out.extend(toks[k + width:y])
        out.append(toks[y]._replace(end=toks[y + width - 1].end, text="»"))
        k = y + width
    return out


def _scripture_cue(toks: list[Token], k: int, para: int) -> bool:
    """A verb or masdar of saying right before the mark at token ``k`` (its blessing or "تعالى" between:
    "قال صلى الله عليه وسلم ((", "لقوله تعالى {"), or before a colon that ends its clause ("قال تعالى
    في شأن قرية عذب أهلها: {")."""
    j = k - 1
    if j >= para and toks[j].text == ":":
        for y in range(j - 1, max(para - 1, j - 1 - SCRIPTURE_REACH), -1):
            if not toks[y].is_word and toks[y].text in ".!؟?":
                return False
            if fold(toks[y].text) in SCRIPTURE_CUES:
                return True
        return False
    while j >= para and fold(toks[j].text) in FORMULA_WORDS | DIVINE:
        j -= 1
    return j >= para and fold(toks[j].text) in SCRIPTURE_CUES


class _Finder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.toks = _scripture_marks(doc.text, tokenize(doc.text))
        self.f = [fold(t.text) for t in self.toks]
        # "آن" with a madda (a name, as in "آن دنكان", or "now") folds like the complementizer أن
        self.f = [t.text if f in THAT and t.text[:1] == "آ" else f for f, t in zip(self.f, self.toks)]
        # "أول من أمس"، "أول أمس" (the day before yesterday) are time words as a whole, like "أمس"
        for x in range(len(self.f) - 1):
            if self.f[x] in ("اول", "واول") and self.f[x + 1] == "امس":
                self.f[x] = "امس"
            elif self.f[x] in ("اول", "واول") and self.f[x + 1] == "من" and x + 2 < len(self.f) and self.f[x + 2] == "امس":
                self.f[x] = self.f[x + 1] = "امس"
        self.is_mark = [t.text in QUOTE_MARKS for t in self.toks]
        # a verb or masdar cue never ends in ة: "وصفة" (a recipe) folds like "وصفه" (described him)
        self.cues = [c if c is None or c[0] == "participle" or not t.text.endswith("ة") else None
                     for c, t in zip((CUES.get(f) for f in self.f), self.toks)]
        self.cues = [c if c is None or t.is_word else None for c, t in zip(self.cues, self.toks)]
        for x, f in enumerate(self.f):
            if f != "قول":
                continue
            v = next((y for y in range(x - 1, max(-1, x - 1 - RELAY_REACH), -1) if self.f[y] in RELAYED), None)
            if v is not None and not any(self.f[y] in ("عن", "مثل", "ومثل") or not self.toks[y].is_word
                                         and not self.is_mark[y] for y in range(v + 1, x)):
                self.cues[x] = ("verb", "قال", frozenset())  # "ونقلت وكالة «رويترز» قول الوزير ... إن"
        for x, f in enumerate(self.f[:-1]):
            if f in SAYING_OF and self.f[x + 1] in SAYING_OF_WHOM:
                self.cues[x] = ("verb", "قال", frozenset())  # "لقول الله عز وجل ((...))"، "كقول النبي: «...»"
        self.starts = [t.start for t in self.toks]
        self.ents = sorted(doc.layers.get("entities", []), key=lambda x: x.start)
        self.ent_starts = [x.start for x in self.ents]
        self._bounds: list[tuple[int, int]] | None = None
        self.closing: dict[int, int] = {}  # opening quotation mark -> its closing mark
        self.opening: dict[int, int] = {}  # closing quotation mark -> its opening mark

    def ents_within(self, s: int, e: int) -> list[Span]:
        """The entities that start in [s, e), in order."""
        return self.ents[bisect.bisect_left(self.ent_starts, s):bisect.bisect_left(self.ent_starts, e)]

    def in_entity(self, pos: int) -> bool:
        """Whether an entity covers the character at ``pos``."""
        k = bisect.bisect_right(self.ent_starts, pos)
        return any(x.end > pos for x in self.ents[max(0, k - 3):k])

    # ---- speaker phrases -------------------------------------------------------------------
    def phrase_after(self, i: int, limit: int, addressee: bool = True) -> tuple[int, int] | None:
        """Token range of the name phrase starting at token i (before token ``limit``); with
        ``addressee`` a phrase behind لـ there is the one spoken to, skipped."""
        if addressee:
            i = self.skip_addressee(i, limit)
        if i + 2 < limit and self.f[i] == "عليه" and self.f[i + 1] in ("السلام", "الصلاه"):
            # "وقال عليه السلام:": the prophet named last before speaks
            return self.prophet_before(i) or (i, i + 2 + (self.f[i + 2] == "والسلام"))
        if i + 3 < limit and self.f[i] == "صلي" and self.f[i + 1] == "الله" and self.f[i + 2] == "عليه":
            # "قال صلى الله عليه وسلم ((...))": the Prophet speaks
            return self.prophet_before(i) or (i, i + 3 + (self.f[i + 3] == "وسلم"))
        while i + 1 < limit and (self.f[i] in FILLERS or self.f[i] in TIME_NOUNS and self.f[i + 1] in TIME_ADJECTIVES
                                 or self.f[i] in BLESSINGS and self.f[i + 1] == "الله"
                                 or self.f[i] == "الاول" and i > 0 and self.f[i - 1] == "امس"
                                 or self.f[i] in ("خلاله", "خلالها")  # "في كلمة قال خلالها الوزير"
                                 or self.f[i] in CUE_OBJECTS and self.skips_object(i)
                                 or self.f[i] == "اكثر" and self.f[i + 1] == "من"):
            # "وأوضح بالقول"، "أعلنت العام الماضي أن"، "يقول رحمه الله"، "صرح أمس الأول أن"، "أكد فيها
            # الادعاء"، "أعلنتا أكثر من مرة أنهما"
            i += 1 + (self.f[i] in TIME_NOUNS or self.f[i] in BLESSINGS) \
                + (self.f[i] == "رضي" and i + 2 < limit and self.f[i + 2] in RELAY_PRONOUNS) \
                + 2 * (self.f[i] == "اكثر" and i + 2 < limit and self.f[i + 2] in ("مره", "مرات"))
        if i + 2 < limit and self.f[i] == "كل" and self.f[i + 1] == "من" and self.toks[i + 2].is_word:
            i += 2  # "وقال كل من فلان وفلان": the ones named
        if i < limit and self.glued(i):
            return None  # "وكشف متناقضاتهجنرال الحرب": two words run together (a list of headlines), no head noun
        if i < limit and self.f[i] in GOING_ON:
            return None  # "قال ومضى: ..."، "وأضاف وتابع": the verb goes on, no name after it
        if i < limit and self.f[i].lstrip("وف") in COPULAS:
            return None  # "وهكذا أصبحت إسرائيل ...": a verb opens the words, no name
        if i < limit and self.f[i] in WORDS_KINDS:
            return None  # "قال لها الجملة الشهيرة «...»": what was said, named; the speaker is before
        if i < limit and self.toks[i].text.endswith(("اً", "ًا")):
            return None  # "اتخذ موقفاً ..."، "قال مبتسماً": the accusative's written tanween, never a subject
        if i < limit and self.toks[i].is_word and (self.manner(i) or self.f[i] in PREP_PRONOUNS):
            return None  # "كشف فيه تفاصيل ...": a preposition before the object, the speaker is before the verb  # "قال بصوته"، "أجاب بهدوء"، "فأجاب بالنيابة عن ...": how, not who
        if i < limit and self.is_mark[i]:
            # "وقال "الموسى": ..."، "وذكرت " وكالة الأنباء " أن": a name in quotation marks
            close = next((k for k in range(i + 1, min(limit, i + 7)) if self.is_mark[k]), None)
            after = close + 1 if close is not None else limit
            while after + 1 < limit and self.f[after] in WHEN:
                after += 1  # "وذكرت «فاينانشيال تايمز» أول من أمس إن": the day it said so
            if close is not None and close > i + 1 and after < limit \
                    and all(self.toks[k].is_word for k in range(i + 1, close)) \
                    and (self.toks[after].text in ":،," and after == close + 1 or self.f[after] in THAT
                         or self.f[after] in SETTING_OPENERS):  # 'وذكر "كيري" في مقابلة ... أنه'
                return (i + 1, close)
        if addressee and i < limit and i + 1 < len(self.toks) and self.f[i].startswith("لل") and len(self.f[i]) > 4 \
                and not self.in_entity(self.toks[i].start) and (self.toks[i + 1].text == ":" or self.is_mark[i + 1]):
            return None  # "يصرخ قائلا للطباخ: ...": the one spoken to, right before the words said
        j = i
        while j < limit and j - i < MAX_SPEAKER:
            t, f = self.toks[j], self.f[j]
            if j == i and not addressee and f[:1] == "ل" and t.is_word and not self.is_mark[j]:
                j += 1  # "وفقا لقناة": the source itself behind ل
                continue
            if j > i and self.abbreviation_dot(j):
                j += 1  # "د. أبوركبة"
                if j < limit and self.toks[j].is_word and not self.is_mark[j] and self.f[j] not in THAT:
                    j += 1  # "د. علي": the name after a title is no preposition (علي folds like على)
                continue
            if f in STOP and (j > i and not t.text.endswith("ى") or t.text == "علي") and t.is_word \
                    and self.in_entity(t.start):
                # "المخرج علي العلي"، "وأوضح علي بن محمد الغامدي": a name that folds like a preposition
                # (علي = على); first in the phrase only as written with its dotted ي
                j += 1
                continue
            if not (t.is_word or t.is_number) or f in STOP or self.is_mark[j] or f in THAT:
                break
            if f[:1] == "و" and f[1:] in STOP:
                break  # "فأجابه وبدون تردد"
            if j > i and f in RELAY_PRONOUNS:
                break  # "ونقل موقع النادي | عنه قوله": the relay, not part of its name
            if j > i and f.startswith("لل") and not self.role_goes_on(j - 1):
                break  # "للرئيس الروسي": the one spoken to; but "المدير العام للتعليم": the office
            if j > i and f[:1] == "و" and _verb(f):
                break
            if j > i and f in WORDS_KINDS:
                break  # "وقال له النائب | الجملة الشهيرة «...»": what he said, named
            if j > i and self.object_after_name(j):
                break  # "وتابع المركز | بالقول إن"، "أكد الوزير | ضرورة أن"، "وأرجعت الشركة | نتائجها إلى"
            if j > i and f in ANONYMITY:
                break  # "وقال المسؤول | طالبا عدم ذكر اسمه": how he asked to be quoted
            if j > i and (self.cues[j] or ("",))[0] == "participle":
                break  # "يوضح الزعيم الطارقي | قائلا إنه"
            if j > i and t.is_word and ((f in DEMONSTRATIVES and self.f[j - 1] not in QUANTIFIERS or f in ("ما", "مما") or f in ADVERBS_AFTER or f in WHEN
                                         or t.text.endswith(("اً", "ًا"))) and not self.in_entity(t.start) or self.manner(j, True)):
                # "ويصف المالكي | هذه التجربة بـ"، "أكد أوباما | ما حدث"، "الخارجية المصرية | مجددًا"،
                # "قال المالكي | ممازحًا": a name phrase never goes on with a demonstrative, an adverb
                # or an accusative
                break
            j += 1
        if j == i + 1 and self.f[i] in QUANTIFIERS and j < limit and self.f[j] == "من":
            # "عدد من الباعة": the group, not the quantifier alone
            k = j + 1
            while k < limit and k - i < MAX_SPEAKER and self.toks[k].is_word and self.f[k] not in STOP \
                    and self.f[k] not in THAT and not _verb(self.f[k]):
                k += 1
            j = k if k > j + 1 else j
        if i < j < limit and j - i <= 3 and self.f[j] in ("في", "من") and self.f[i].lstrip("و").removeprefix("ال") in UNNAMED_HEADS:
            # "مصدر في المقاومة الشعبية"، "مسؤول من إحدى الدول": where an unnamed source is from
            k = j + 1
            while k < limit and k - i < MAX_SPEAKER + 2 and self.toks[k].is_word and self.f[k] not in STOP \
                    and self.f[k] not in THAT and not self.is_mark[k] and not _verb(self.f[k]) and not self.cue_at(k):
                k += 1
            j = k if k > j + 1 else j
        if j == i + 1 and j + 1 < limit and self.toks[j].text == "(" and any(
                h.removeprefix("ال") in ORG_HEADS | MEDIA for h in (self.f[i], self.f[i][1:] if self.f[i][:1] in "وف" else "")):
            # "وكالة (ناسا)"، "الوكالة (رويترز)": a head noun's name in parentheses belongs to the phrase
            close = next((k for k in range(j + 1, min(limit, j + 5)) if self.toks[k].text == ")"), None)
            if close is not None and close > j + 1 and all(self.toks[k].is_word for k in range(j + 1, close)):
                j = close + 1
        if j > i and j + 1 < limit and self.is_mark[j]:
            # "صحيفة «الشرق الأوسط»": a short name in quotation marks belongs to the phrase
            close = next((k for k in range(j + 1, min(limit, j + 5)) if self.is_mark[k]), None)
            if close is not None and all(self.toks[k].is_word for k in range(j + 1, close)):
                j = close + 1
        if j > i:
            j = self.cut_at_entity(i, j)
            if j < limit and self.toks[j].text == ")" and any(self.toks[k].text == "(" for k in range(i, j)):
                j += 1  # "وكالة (ناسا)": the parenthesis closed
        if j > i and (all(self.f[k] in NOT_SPEAKER for k in range(i, j)) or self.f[i] in NOT_OPENERS):
            return None  # "كما", "لكنه", "معاليه", "إذ", "لهم": no name here
        if j == i + 1 < len(self.toks) and self.toks[j].text == ":" and (
                self.f[i][:1] == "م" and self.f[i][-1:] == "ا" and len(self.f[i]) >= 5
                and not self.in_entity(self.toks[i].start) or self.toks[i].text.endswith(("اً", "ًا"))):
            # "ويوضح مبتسما: ..."، "وقال هامساً: ...": how he said it, not who (a subject never takes
            # the accusative's written tanween, whatever the entity tagger says)
            return None
        return self.role_name(i, j, limit) if j > i else None

    def object_after_name(self, j: int) -> bool:
        """Token j, after the first word of a name phrase, ends it: "بالقول" (how it was said), a
        verbal noun that opens the object ("ضرورة"، "أهمية") or a noun with a pronoun after a
        definite noun (:meth:`pronoun_object`)."""
        t, f = self.toks[j], self.f[j]
        if t.is_word and (f in CUE_FILLERS or f in OBJECT_OPENERS) and not self.in_entity(t.start):
            return True
        return self.pronoun_object(j)

    def pronoun_object(self, j: int) -> bool:
        """Token j, inside a name phrase, is a noun with a pronoun on it right after a definite noun
        ("الشركة نتائجها"، "الإدارة قرارها"): a definite noun is never the first term of a construct,
        so the noun with the pronoun is the cue's object (but "المصادر نفسها"، "الدول جميعها"، "المتحدث
        باسمها"، and what a name covers go on with it)."""
        t, f = self.toks[j], self.f[j]
        prev = self.f[j - 1].lstrip("وف")
        if not (t.is_word and prev.startswith("ال") and len(prev) > 3 and t.text.endswith(("ها", "هم", "هما"))):
            return False
        stem = f[:-2] if f.endswith(("ها", "هم")) else f[:-3]
        if f[:1] in "بلفكو" or stem in EMPHASIS or len(stem) < 2:
            return False
        return not self.in_entity(t.start)

    def prophet_before(self, i: int) -> tuple[int, int] | None:
        """The last mention of a prophet before token i ("رسول الله"، "النبي"، "محمد"), within 80 tokens."""
        for k in range(i - 1, max(-1, i - 80), -1):
            f = self.f[k].lstrip("و")
            if f in ("رسول", "نبي") and k + 1 < i and self.f[k + 1] == "الله":
                return k, k + 2
            if f in PROPHETS:
                return k, k + 1
        return None

    def role_name(self, i: int, j: int, limit: int) -> tuple[int, int]:
        """A role cut short before the name of the one who holds it ("وأوضح المشرف العام | على المشروع
        عبدالمحسن بوحمد أن"، "ويرى سفير لبنان | السابق في واشنطن عبد الله بوحبيب، أنه"، "وقال وزير
        الدفاع، | كانج سون نام، إن"): the phrase goes on to the end of that name, when only the rest of
        the role (its office, a place: words, في/على/من, a title's dot) stands between them, not the
        setting of what was said ("مع نظيره ..."، "خلال لقائه ...") or what was said."""
        head = self.f[i].removeprefix("و")
        head = head[2:] if head.startswith("ال") else head
        if head not in PERSON_ROLES or any(x.label == "PER" for x in self.ents_within(self.toks[i].start, self.toks[j - 1].end)):
            return (i, j)
        y = j
        while y < min(limit, j + ROLE_REACH):
            t, f = self.toks[y], self.f[y]
            per = next((x for x in self.ents_within(t.start, t.end) if x.label == "PER"), None)
            if per is not None:
                return (i, bisect.bisect_left(self.starts, per.end))
            if y == j and t.text in "،," and y + 1 < limit:
                y += 1  # "وقال وزير الدفاع، كانج سون نام، إن"
                continue
            if self.is_mark[y] and i <= self.opening.get(y, -1) < y:
                y += 1  # 'نائب رئيس مجلس إدارة "سابك" | الرئيس التنفيذي ...': a name in marks inside the role closed
                continue
            if self.abbreviation_dot(y) or t.is_word and f in ("في", "علي", "من"):
                y += 1
                continue
            if not t.is_word or f in STOP or f in THAT or self.is_mark[y] or self.cue_at(y) or _verb(f) \
                    or f in SETTING_WORDS or t.text.endswith(("ه", "ها", "هم")) and not self.in_entity(t.start):
                break
            y += 1
        return (i, j)

    def skips_object(self, k: int) -> bool:
        """Whether the word at k, between a cue and its speaker, is skipped: an idiom's object or an
        adverb of time ("لفت النظر إلى"، "قالت آنذاك")، or a preposition with a pronoun before a
        name ("أكد فيها الادعاء"، "قال عنه عباس"), not before a verbal noun that is the object ("كشف
        فيه تفاصيل ..."، "أكد فيه رفضه")."""
        if self.in_entity(self.toks[k].start):
            return False
        if self.f[k] not in PREP_PRONOUNS:
            return True
        n = k + 1
        return n < len(self.toks) and self.toks[n].is_word and (self.f[n] in CUE_OBJECTS or not _masdar_like(self.f[n])
                                                               and not (self.f[n].startswith("ال") and _masdar_like(self.f[n][2:])))

    def manner(self, k: int, inner: bool = False) -> bool:
        """Token k is a ب-word of manner or means (:func:`_manner`), not the start of a name; ``inner``
        inside a name phrase, where ب and a place or office goes on with it ("مسؤول بالوزارة"،
        "المختبر الصحي بوزارة الصحة"): only a pronoun or a noun of manner ("الرئيس | بهدوء")."""
        m = _manner(self.toks[k], self.f[k])
        return m == 3 if inner else m >= 2 or m == 1 and not self.in_entity(self.toks[k].start)

    def object_start(self, rng: tuple[int, int], sb: int) -> int | None:
        """Where the object of a cue like أعلن begins inside or right after its name phrase
        ("أعلنت جامعة بيشة | توفر وظائف"، "أعلن بشيكتاش التركي | تعاقده مع ..."): the first
        verbal noun past the phrase's first word that no name covers, with no أن or colon close
        after it (then it was part of the name)."""
        a, b = rng
        while b < sb and (self.f[b] in WHEN or self.f[b] in ADVERBS_AFTER):
            b += 1  # "أكد المجلس أمس استمرار ..."، "أكدت الخارجية مجددًا رفض ..."
        if b < sb and b > a and self.f[b] == "ما" and not any(self.f[y] in THAT or self.toks[y].text == ":"
                                                           for y in range(b + 1, min(sb, b + 4))):
            return b  # "نفى مسؤول | ما تردد عن ...": what was rumoured is the object
        if b > a + 1 and self.f[b - 1] in WHEN and not self.in_entity(self.toks[b - 1].start) and b < sb \
                and self.toks[b].is_word and (_masdar_like(self.f[b]) or len(self.f[b]) == 3) \
                and self.f[b] not in STOP | PREPOSITIONS | SETTING_OPENERS | NOT_THAT_AFTER | WHEN \
                and not self.cue_at(b) and not self.in_entity(self.toks[b].start) \
                and not any(self.f[y] in THAT or self.toks[y].text == ":" for y in range(b + 1, min(sb, b + 4))):
            return b  # "أعلنت السلطات يوم الأحد فرض غرامة ...": after the time, the object
        x = a + 1
        while x < min(b + NAME_TAIL, sb):
            if x >= b:
                # past the phrase (cut at a name): the rest of the name, "لـ«الشرق الأوسط»", a name
                # in marks ("وكالة الفضاء الأمريكية "ناسا" | نجاح ..."), a nisba ("بشيكتاش التركي")
                y = self.skip_addressee(x, sb)
                if y == x and self.is_mark[x] and x in self.closing and self.closing[x] - x <= 5:
                    y = self.closing[x] + 1
                if y != x:
                    b, x = y + 1, y
                    continue
                f = self.f[x]
                if self.toks[x].is_word and not self.in_entity(self.toks[x].start) and not f in WHEN \
                        and not (f.startswith("ال") and f.endswith(("ي", "يه"))) and not _masdar_like(f):
                    return None
            if not self.toks[x].is_word or self.f[x] in STOP and self.f[x] not in WHEN:
                return None
            if self.f[x] in WHEN or not _masdar_like(self.f[x]):
                x += 1
                continue
            if x == a + 1 and self.f[x].endswith("ي") and self.f[a].lstrip("و").removeprefix("ال") in UNNAMED_HEADS | SPEAKER_HEADS:
                x += 1  # "أعلن مسؤول تركي أمس عن ...": a nisba after the head (تركي, تونسي), not a verbal noun
                continue
            s = self.toks[x].start
            if self.in_entity(s):
                x += 1
                continue
            if any(self.f[y] in THAT or self.toks[y].text == ":" or self.is_mark[y] and y == x + 1
                   for y in range(x + 1, min(sb, x + 4))):
                return None
            return x
        return None

    def skip_addressee(self, i: int, limit: int) -> int:
        """Past "لـ«الشرق الأوسط»"، "لـ(عكاظ)": the outlet spoken to, between a cue and its speaker."""
        if i + 2 < limit and self.f[i] in ("ل", "لـ") and (self.is_mark[i + 1] or self.toks[i + 1].text == "("):
            close = next((k for k in range(i + 2, min(limit, i + 7))
                          if self.is_mark[k] or self.toks[k].text == ")"), None)
            if close is not None:
                return close + 1
        return i

    def cut_at_entity(self, i: int, j: int) -> int:
        """End a phrase with the first person named in it ("وزير خارجية مصر سامح شكري ..."), or
        else the first named entity ("الوكالة الكورية ... اللقاء" -> the agency)."""
        s, e = self.toks[i].start, self.toks[j - 1].end
        within = self.ents_within(s, e)
        inside = [ent for ent in within if ent.end <= e]
        ent = next((x for x in inside if x.label == "PER"), inside[0] if inside else None)
        if ent is None:
            # a person's name the word cap cut ("مسؤول مطلع في مكتب الرئيس اليمني عبد ربه منصور |
            # هادي"): the phrase ends with the whole name
            cut = next((x for x in within if x.label == "PER" and x.end > e), None)
            # but never over a noun that names the words said ("النائب خالد | الجملة الشهيرة «...»",
            # which the tagger may read as one name)
            while (cut is not None and j < len(self.toks) and self.toks[j].end <= cut.end
                   and self.f[j] not in WORDS_KINDS):
                j += 1
            return j
        k = i
        while k < j and self.toks[k].end <= ent.end:
            k += 1
        return k

    def phrase_before(self, verb: int, lo: int) -> tuple[int, int] | None:
        """A subject written before its verb: "وكان بوتين قد قال", "لافروف قال"; never before a
        verb with و/ف ("... هذا الشعب وأضاف أن": the conjunction starts a new clause)."""
        if self.f[verb][:1] == "ف" and self.f[verb][1:] in CUES:
            # "أما المبتعث ... مشبب القحطاني، فقال: ...": the topic after أما is the one who speaks
            a = next((x for x in range(verb - 1, max(lo, verb - 3 * MAX_SPEAKER) - 1, -1)
                      if self.f[x] in ("اما", "واما")), None)
            end = verb
            while a is not None and end > a + 1 and not self.toks[end - 1].is_word:
                end -= 1
            if a is not None and end > a + 1 and self.designates_speaker((a + 1, end)):
                return (a + 1, end)
            return None
        if self.f[verb][:1] in "وف" and self.f[verb][1:] in CUES:
            return None
        k = verb - 1
        while k >= lo and self.f[k] in ("قد", "كان", "وكان", "كانت", "وكانت"):
            k -= 1
        if k - 1 >= lo and self.f[k] in ("الذي", "التي") and self.toks[k - 1].is_word:
            # "... هو المفكر التونسي فلان الذي قال عنه: «...»": the one the relative clause is about
            end = k
            k -= 1
            while k >= lo and self.toks[k].is_word and self.f[k] not in STOP and end - k <= MAX_SPEAKER \
                    and self.f[k] not in NOT_SPEAKER and self.f[k] not in NOT_OPENERS and not _verb(self.f[k]) \
                    and self.f[k] not in GOING_ON and self.f[k].lstrip("وف") not in ("رد", "عليه", "عليها", "له", "لها", "معه", "معها", "الله"):
                k -= 1
            return (k + 1, end) if end > k + 1 and self.designates_speaker((k + 1, end)) \
                and any(x.label == "PER" for x in self.ents_within(self.toks[k + 1].start, self.toks[end - 1].end)) else None
        end = k + 1
        while k >= lo and (self.toks[k].is_word) and self.f[k] not in STOP and end - k <= MAX_SPEAKER \
                and not self.toks[k].text.endswith(("اً", "ًا")) \
                and self.f[k] not in ("كان", "وكان", "كانت", "وكانت") and self.f[k] not in NOT_SPEAKER \
                and self.f[k] not in NOT_OPENERS \
                and not (self.f[k][:1] in "وف" and self.f[k][1:] in STOP):  # "وعندما قال"
            k -= 1
        if k >= lo and (self.f[k] in PREPOSITIONS or self.f[k][:1] == "و" and self.f[k][1:] in PREPOSITIONS):
            return None  # "في أحد البرامج ... أوضح أن"، "وعن العمل الثاني قالت": the object of a preposition is no subject
        if end > k + 1 and self.f[k + 1] in NOT_OPENERS or k >= lo and self.f[k] in DEMONSTRATIVES:
            return None  # "إذ قال"، "مما يشير"، "هذه المرة قالوا": the narrator's clause, the speaker is the one followed
        if end > k + 1 and self.toks[k + 1].text.startswith(("لل", "لأ", "لإ")):
            return None  # "عرض تقريراً | للدكتورة بدرية البشر كشف فيه": the object of لـ is no subject
        if end > k + 2 and self.f[k + 1] in GOING_ON:
            k += 1  # "ورد الوزير بالقول: ...": the verb of replying before its subject
        head = self.f[k + 1].removeprefix("و") if end > k + 1 else ""
        if end > k + 1 and not (self.designates_speaker((k + 1, end)) or head in QUANTIFIERS or head.startswith("ال")):
            # "ولكنهم هذه المرة كانوا يشيرون": a clause, not someone named ("لافروف قال") or a
            # group ("وبعض الخبراء يرون"، "والمدربان يريان") before the verb
            return None
        return (k + 1, end) if end > k + 1 else None

    def subject_of_kana(self, verb: int, lo: int) -> tuple[int, int] | None:
        """"وكان زوج المعلمة قد اتهم الجامعة ..."، "وكانت الإدارة قد نفت نيتها ...": the words between
        كان and قد are the subject of the cue; what follows the cue is its object, not its speaker."""
        if verb - 3 < lo or self.f[verb - 1] != "قد":
            return None
        for x in range(verb - 2, max(lo, verb - 2 - MAX_SPEAKER - KANA_REACH) - 1, -1):
            if self.f[x] in ("كان", "وكان", "كانت", "وكانت"):
                if x + 1 < verb - 1 and all(self.toks[y].is_word and not _verb(self.f[y]) for y in range(x + 1, verb - 1)):
                    return (x + 1, verb - 1)
                return None
            if not self.toks[x].is_word:
                return None
        return None

    def last_word(self, a: int, b: int) -> int:
        """The end of tokens a..b without the punctuation that closes them."""
        while b > a and not (self.toks[b - 1].is_word or self.toks[b - 1].is_number
                             or self.toks[b - 1].text in "%٪" and b - 2 >= a and self.toks[b - 2].is_number):
            b -= 1  # "... بنسبة 21.1%": the sign is part of the number
        if b < len(self.toks) and a <= self.opening.get(b, -1) < b:
            b += 1  # "... يحمل عنوان «صباح مرمم»": the closing mark of marks opened inside
        return b

    def speaker(self, rng: tuple[int, int] | None) -> dict:
        if rng is None:
            return {"text": None, "start": None, "end": None, "entity": None, "name": None}
        a, b = rng
        s, e = self.toks[a].start, self.toks[b - 1].end
        f = self.f[a]
        if f[:1] == "و" and (f[1:3] == "ال" and len(f) > 5 and f[:4] != "والد" or f[1:] in QUANTIFIERS):
            s += 1  # "وبعض الخبراء يرون"، "والمدربان يريان": the conjunction is no part of the name
        god = f in DIVINE and (f not in ("جل", "عز") or a + 1 < len(self.toks)
                               and self.f[a + 1] in ("من", "وعلا", "جلاله", "وجل")) \
            or f == "الله" and all(self.f[y] in DIVINE or self.f[y] in ("وجل", "وتعالي", "وعلا") for y in range(a + 1, b))
        prophet = f in ("النبي", "الرسول") and b - a == 1 or f == "صلي" and self.f[a + 1:a + 3] == ["الله", "عليه"]
        return {"text": self.text[s:e], "start": s, "end": e, "entity": None,
                "name": "الله" if god else "الرسول" if prophet else None}

    def via(self, lo: int, hi: int) -> str | None:
        """The channel named between tokens lo and hi ("وكالة إنترفاكس" after "بحسب")."""
        for k in range(lo, hi):
            if self.f[k] not in VIA_FIRST:
                continue
            for cue in VIA:
                if tuple(self.f[k:k + len(cue)]) == cue:
                    rng = self.phrase_after(k + len(cue), hi)
                    if rng:
                        # skip a verb right after the cue: "حسبما نقلت وكالة ..."
                        a, b = rng
                        if _verb(self.f[a]) and b - a > 1:
                            a += 1
                        return self.text[self.toks[a].start:self.toks[b - 1].end]
        return None

    # ---- finding ---------------------------------------------------------------------------
    def sentence_bounds(self) -> list[tuple[int, int]]:
        if self._bounds is not None:
            return self._bounds
        self._bounds = self._sentence_bounds()
        return self._bounds

    def _sentence_bounds(self) -> list[tuple[int, int]]:
        sents = self.doc.layers.get("sentences") or [Span(0, len(self.text))]
        out, k = [], 0
        for s in sents:
            a = k
            while k < len(self.toks) and self.toks[k].start < s.end:
                k += 1
            out.append((a, k))
        return out

    def pairs(self) -> list[tuple[int, int]]:
        """(open, close) token indexes of quotation marks, paired within a paragraph."""
        out, open_, pending, skip = [], None, None, -1
        self.spanning = []  # (open, close) of a quotation that runs on into the next paragraph
        self.unclosed = []  # (open, last token of its paragraph) of a quotation never closed
        for k, m in enumerate(self.is_mark):
            if k and "\n" in self.text[self.toks[k - 1].end:self.toks[k].start]:
                # a paragraph break closes nothing; a quotation left open may close in the next one
                pending = open_ if open_ is not None and self.toks[open_].text in "«“”‹" else None
                if open_ is not None:
                    self.unclosed.append((open_, k - 1))
                open_ = None
            if not m or k <= skip:
                continue
            ch = self.toks[k].text
            if pending is not None and open_ is None:
                st = self.toks[k].start
                if ch in "»›" or ch == "”" and st > 0 and not self.text[st - 1].isspace():
                    # "«...\n...»": one speaker's words go on (a title in marks inside them aside)
                    self.spanning.append((pending, k))
                    pending = None
                    continue
            if open_ is None:
                st = self.toks[k].start
                if ch in "”\"" and st > 0 and self.text[st - 1].isalnum() \
                        and (st + 1 >= len(self.text) or not self.text[st + 1].isalnum()
                             and (ch == "”" or not self.text[st + 1].isspace())):
                    continue  # "... هنا”.وفقا", "... وتمنعهم".": a closing mark left over, glued to the word before it
                if ch not in "”»›":
                    open_ = k
                elif ch == "”":          # some sites open with ” as well
                    open_ = k
            elif ch == '"' and self.toks[open_].text == '"' and self.typed_as_opening(k) \
                    and (close := self.nested_straight(k)) is not None:
                # 'قال: "... قال لي: "انت ..." فقلت ..."': straight marks inside straight marks (an
                # opening mark has a space before it and a word glued after it): the outer quotation
                # closes with the second closing mark; words quoted inside it after a colon are a quote too
                if self.toks[k - 1].text == ":":
                    out.append((k, close[0]))
                out.append((open_, close[1]))
                open_, skip = None, close[1]
            elif ch == "«" and self.toks[open_].text == "«" and not self.typed_as_closing(k) \
                    and (term := self.term_in_guillemets(k)) is not None:
                skip = term  # "«إن الجامعة قبلت ... الحاصلة على «91.54» موزونة ...": a term in marks inside
                # a quotation whose » is missing; the quotation stays open
            elif ch == "«" and self.toks[open_].text == "«" and not self.typed_as_closing(k):
                # a « never closes a «: marks inside «...» ("«قال إن «الاتفاق» لن يمر»") close with the
                # second »; otherwise the first « was never closed ("ومتوعدة «سنأتيكم من حيث لا
                # تتوقعون. ... فتاتان «يقل عمرهما ...»")
                close = self.nested_guillemets(k)
                if close is not None:
                    out.append((open_, close))
                    open_, skip = None, close
                else:
                    self.unclosed.append((open_, k - 1))
                    open_ = k
            else:
                out.append((open_, k))
                open_ = None
        if open_ is not None:
            self.unclosed.append((open_, len(self.toks) - 1))
        return out

    def typed_as_closing(self, k: int) -> bool:
        """A « that closes: glued to the word before it ("أهل الدين« (") or with no word glued after
        it ("تستهدف السعودية «\n"); an opening « has a space before it and a word right after it."""
        st, en = self.toks[k].start, self.toks[k].end
        glued_before = st > 0 and self.text[st - 1].isalnum()
        word_after = en < len(self.text) and self.text[en].isalnum()
        return glued_before or not word_after

    def typed_as_opening(self, k: int) -> bool:
        """A straight mark that opens: a space or a colon before it and a word glued after it."""
        st, en = self.toks[k].start, self.toks[k].end
        return (st == 0 or not self.text[st - 1].isalnum()) and en < len(self.text) and self.text[en].isalnum()

    def nested_straight(self, k: int) -> tuple[int, int] | None:
        """(inner close, outer close) when the straight mark at token ``k`` opens marks inside open
        straight marks: the next two marks of the paragraph are both typed as closing (glued to the
        word before them, no word glued after)."""
        closes = []
        for y in range(k + 1, len(self.toks)):
            if "\n" in self.text[self.toks[y - 1].end:self.toks[y].start]:
                return None
            if self.is_mark[y]:
                st, en = self.toks[y].start, self.toks[y].end
                if self.toks[y].text != '"' or not self.text[st - 1].isalnum() \
                        or en < len(self.text) and self.text[en].isalnum():
                    return None
                closes.append(y)
                if len(closes) == 2:
                    return closes[0], closes[1]
        return None

    def term_in_guillemets(self, k: int) -> int | None:
        """The » of a short term in marks («91.54»، «علوم الحاسب الآلي») opened by the « at token ``k``
        inside a quotation whose own » never comes in the paragraph."""
        if self.nested_guillemets(k) is not None:
            return None
        for y in range(k + 1, len(self.toks)):
            if "\n" in self.text[self.toks[y - 1].end:self.toks[y].start] or self.toks[y].text == "«":
                return None
            if self.toks[y].text == "»":
                return y if _words(self.toks[k + 1:y]) <= 4 else None
        return None

    def nested_guillemets(self, k: int) -> int | None:
        """The » that closes open «...» when the « at token ``k`` opens marks inside them: the second
        » in the paragraph, before any other « ("«قال إن «الاتفاق» لن يمر»")."""
        closes = 0
        for y in range(k + 1, len(self.toks)):
            if "\n" in self.text[self.toks[y - 1].end:self.toks[y].start] or self.toks[y].text == "«":
                return None
            if self.toks[y].text == "»":
                closes += 1
                if closes == 2:
                    return y
        return None

    def never_closed(self, o: int, e: int, bounds, sent_of, covered) -> list[Span]:
        """"ويتابع العلي: “نحن لا ندّعي ..." with no closing mark in its paragraph: after a cue and a
        colon, the words to the end of the paragraph are the speaker's."""
        sa, sb = bounds[sent_of.get(o, 0)]
        if o < 1 or _words(self.toks[o + 1:e + 1]) < MIN_FREE_QUOTE_WORDS:
            return []
        stops = [y for y in range(o + 1, e + 1) if self.toks[y].text in ".!؟?" and not self.abbreviation_dot(y)] + [e]
        if self.toks[o - 1].text != ":":
            # "ومتوعدة «سنأتيكم من حيث لا تتوقعون. ومن المتوقع ...": a mark right after a cue and never
            # closed: the speaker's words run to the end of the sentence (the narrator may go on)
            verb = next((k for k in (o - 1, o - 2) if k >= sa and self.toks[k].is_word
                         and (self.cue_at(k) or _verb(self.f[k]))), None)
            if verb is None or _words(self.toks[o + 1:stops[0] + 1]) < MIN_FREE_QUOTE_WORDS:
                return []
            e = stops[0]
        else:
            verb = next((k for k in range(max(sa, o - 2 - CUE_WINDOW), o - 1)
                         if (_verb(self.f[k]) or self.said_by(k)) and not self.is_mark[k]), None)  # the clause's first
            if verb is None:
                return []
            # to the end of the paragraph, but not into a sentence that attributes words of its own
            end = stops[0]
            for a2, b2 in zip(stops, stops[1:]):
                if any(self.cue_at(y) or _verb(self.f[y]) or self.is_mark[y] for y in range(a2 + 1, b2 + 1)):
                    break
                end = b2
            e = end
        # "قائلا: «هل جاء الوقت ... ومصر, واعتبر عدد كبير ... أن ...": a comma and a cue with و of its
        # own end the words the mark opened
        e = next((y - 1 for y in range(o + 2, e) if self.toks[y].text in "،," and self.f[y + 1][:1] == "و"
                  and (self.cue_at(y + 1) or ("",))[0] == "verb"), e)
        rng = self.phrase_after(verb + 1, o)
        if rng is None and (self.cue_at(verb) or ("verb",))[0] == "verb":
            rng = self.phrase_before(verb, sa)
        covered.append((o, e))
        return [Span(self.toks[o + 1].start, self.toks[e].end, "direct", {
            "speaker": self.speaker(rng), "cue": self.toks[verb].text, "via": self.via(sa, o), "partial": False}, "quotes")]

    def across_paragraphs(self, o: int, c: int, bounds, sent_of, covered) -> list[Span]:
        """"وقال المخرج: «... \n ...»": a quotation opened after a cue and closed in the next
        paragraph is two direct quotes of one speaker, the words of each paragraph (ANNOTATION.md:
        the paragraph that goes on has no cue of its own)."""
        a2 = next((k for k in range(o + 1, c) if "\n" in self.text[self.toks[k - 1].end:self.toks[k].start]), None)
        if a2 is None or _words(self.toks[o + 1:a2]) < MIN_FREE_QUOTE_WORDS or _words(self.toks[a2:c]) < MIN_QUOTE_WORDS:
            return []
        if any(self.is_mark[k] and k not in self.closing and k not in self.opening or self.cue_at(k) or _verb(self.f[k])
               for k in range(a2, min(c, a2 + CUE_WINDOW))):
            return []  # the next paragraph opens someone's words of its own ("وأضاف: «... «...»")
        sa, sb = bounds[sent_of.get(o, 0)]
        verb = next((k for k in range(o - 1, sa - 1, -1) if (_verb(self.f[k]) or self.said_by(k)) and not self.is_mark[k]), None)
        if verb is None or not (self.toks[o - 1].text == ":" or o - verb <= 2):
            return []  # a cue, then a colon or the mark right after it: someone's words open here
        rng = self.phrase_after(verb + 1, o)
        if rng is None and (self.cue_at(verb) or ("verb",))[0] == "verb":
            rng = self.phrase_before(verb, sa)
        sp = self.speaker(rng)
        out = []
        for lo, hi, cue in ((o + 1, a2, self.toks[verb].text), (a2, c, None)):
            end = hi - 1
            out.append(Span(self.toks[lo].start, self.toks[end].end, "direct", {
                "speaker": dict(sp), "cue": cue, "via": self.via(sa, o), "partial": False}, "quotes"))
        covered += [(o, a2 - 1), (a2, c)]
        return out

    def run(self) -> list[Span]:
        bounds = self.sentence_bounds()
        sent_of = {}
        for si, (a, b) in enumerate(bounds):
            for k in range(a, b):
                sent_of[k] = si
        quotes: list[Span] = []
        covered: list[tuple[int, int]] = []
        pairs = self.pairs()
        self.closing = dict(pairs)
        self.opening = {c: o for o, c in pairs}
        marked: list[str] = []  # the words in each pair of marks so far
        for o, c in pairs:
            inner = self.toks[o + 1:c]
            n = _words(inner)
            if c - o < 2 or n < MIN_QUOTE_WORDS and not self.answer_in_marks(o):
                continue
            if self.formula_in_marks(o, c):
                continue  # "النبي «صلى الله عليه وسلم»"، "السور «18 إلى 20»": a blessing or numbers, no one's words
            if o > 0 and (_verb(self.f[o - 1]) or self.cue_at(o - 1)) and c + 1 < len(self.toks) \
                    and self.f[c + 1] in THAT:
                continue  # "وذكرت "وكالة الأنباء" أن ...": the speaker's name in marks
            if o > 0 and (_verb(self.f[o - 1]) or self.cue_at(o - 1)) and n <= 4 and c + 2 < len(self.toks) \
                    and self.toks[c + 1].text in "،," and self.f[c + 2] in ("وهو", "وهي"):
                continue  # 'وقال "سالم بن خلفان"، وهو أحد الباعة: "..."': the speaker's name in marks
            content = self.text[inner[0].start:inner[-1].end]
            marked.append(content)
            if "#" in content or "twitter.com" in content:
                continue
            si = sent_of.get(o, 0)
            sa, sb = bounds[si]
            # the speech verb of this clause: the last one before the opening mark, and after a
            # quotation that runs on into this one with no word between ("«... قال الإعلام إن ...».«...»":
            # that verb is inside other words said)
            lo = max([sa] + [k + 1 for k in range(sa, o) if self.is_mark[k] and k in self.opening
                             and k - self.opening[k] > MIN_FREE_QUOTE_WORDS
                             and not any(self.toks[y].is_word for y in range(k + 1, o))])
            verb = next((k for k in range(o - 1, lo - 1, -1) if (_verb(self.f[k]) or self.said_by(k)
                                                                 or self.writer_said(k) and self.marks_listed(k, o)
                                                                 or self.f[k] in DIRECTIVES)
                         and not self.is_mark[k]), None)
            rng = None
            if verb is not None:
                if n < MIN_FREE_QUOTE_WORDS and o - verb > 15:
                    continue  # a term in marks far from the verb of its sentence
                rng = self.subject_of_kana(verb, sa) or (
                    self.phrase_after(verb + 1, o) if self.f[verb] not in ADDRESSING and not (
                        self.f[verb] in DIRECTIVES and self.f[verb + 1] in PREP_PRONOUNS) else None)
                # "أصدرت بيانا دعت فيه الحكومة «...»": after دعت فيه comes the one called on
                called = self.f[verb] in DIRECTIVES and self.f[verb + 1] in PREP_PRONOUNS
                if rng is None and called:
                    rng = self.author_before_directive(verb, sa)
                if rng is None and not called and (self.cue_at(verb) or ("verb",))[0] == "verb" \
                        and self.f[verb] not in ADDRESSING:
                    rng = self.phrase_before(verb, sa)  # not before a participle ("كما مضيفاً")
                    if rng is not None and self.f[verb].lstrip("و")[:1] == "م":
                        rng = self.leading_name(rng)  # "ولكن موسكو | رفضت القرار متوعدة بأنها «...»"
                q = next((k for k in range(o - 1, verb, -1) if self.f[k] in SAYING), None)
                an = next((k for k in range(q - 1, max(verb, q - MAX_SPEAKER - 1), -1) if self.f[k] == "عن"), None) \
                    if q is not None else None
                if an is not None and an + 1 < q:
                    rng = (an + 1, q)  # "نقلت الوكالة عن كيم قوله"
                elif q is not None and self.relayed(rng):
                    rng = None  # "ونقل موقع النادي عنه قوله": the one عنه refers to speaks (carried)
                said = next((k for k in range(verb + 1, o - 1) if self.f[k] in ("ما", "بما")
                             and self.f[k + 1] in SAID_IT), None)
                if said is not None:
                    # "ونقلت وكالة (رويترز) ما قاله فلان ...: «...»": the one whose words they are speaks
                    rng = self.phrase_after(said + 2, o) or rng
            else:
                # "...", قال فلان  — a verb right after the closing mark
                k = c + 1
                while k < len(self.toks) and self.toks[k].text in "،,:-–":
                    k += 1
                if k < len(self.toks) and _verb(self.f[k]) and k - c <= 3:
                    verb = k
                    rng = self.phrase_after(k + 1, min(len(self.toks), k + 1 + MAX_SPEAKER))
            if verb is None and n < MIN_FREE_QUOTE_WORDS:
                continue  # a term in quotation marks, not speech
            if verb is None:
                rng = self.subject_before_that(o, sa)  # "قضت محكمة في نيويورك بأن «...»"
            if self.narrator_phrase_in_marks(o, verb):
                continue  # "مثل «...»"، "من بينها «...»"، "كالتالي: «...»"، "التحية إلى «...»"
            if verb is None and self.named_kind(o):
                continue  # "الاستناد إلى نظرية «...»"، "يمكن تحميل «دليل ...»": a saying or a title named
            if verb is None and self.list_in_marks(o, c):
                continue  # "أقامت بلديات «سميراء والغزالة والروضة»": names listed, not words said
            said_kind = o >= 1 and (self.f[o - 1] in WORDS_KINDS or o >= 2 and self.f[o - 2] in WORDS_KINDS
                                    and self.f[o - 1].startswith("ال"))  # "الجملة الشهيرة «...»": words said
            if n <= MAX_NAME_WORDS and not said_kind and self.name_in_marks(o, c) or self.title_of_kind(o):
                continue  # "ذي اندبندنت اون صنداي"، "كتابها «صورة المفقود في شعر فدوى طوقان»"
            if verb is not None and self.f[verb].lstrip("وف") in BELIEF:
                continue
            if verb is None and (not any(t.is_word for t in self.toks[:o])
                                 or any(content in earlier for earlier in marked[:-1])):
                continue  # words in marks that open the article with no one to say them (a joke, a
                # saying), or that repeat words already quoted ("... متى داومت؟!» السؤال الذي تستدعيه «متى داومت؟!»")
            sp = self.writer(verb) if verb is not None and self.writer_said(verb) else self.speaker(rng)
            partial = n < 6 or (o > sa and self.toks[o - 1].text not in ":" and not _verb(self.f[o - 1]))
            quotes.append(Span(inner[0].start, inner[-1].end, "direct", {
                "speaker": sp, "cue": self.toks[verb].text if verb is not None else None,
                "via": self.via(c + 1, sb) or self.via(sa, o), "partial": partial}, "quotes"))
            covered.append((o, c))
        for o, c in self.spanning:
            quotes += self.across_paragraphs(o, c, bounds, sent_of, covered)
        spanned = {o for o, _ in self.spanning}
        for o, e in self.unclosed:
            if o not in spanned and not any(a <= o <= b for a, b in covered):
                quotes += self.never_closed(o, e, bounds, sent_of, covered)
        inside = {x for o, c in covered for x in range(o, c + 1)}  # tokens of direct quotes
        quotes += self.said_inside(covered)
        for q, (o, c) in self.after_colon(bounds, inside):
            quotes.append(q)
            inside.update(range(o, c + 1))
        quotes += self.reported(bounds, inside)
        said = [q for q in quotes if q.label == "indirect"]
        quotes += [q for q in self.according_to(bounds, inside) if not any(q.overlaps(x) for x in said)]
        quotes += self.postposed(bounds, quotes)
        quotes += self.interview(quotes)
        quotes.sort(key=lambda q: q.start)
        for q in quotes:  # a speaker is words: a bullet ("ـ أعترف ...") or a mark names nobody
            sp = q.attrs.get("speaker")
            if sp and sp.get("text") is not None and not _LETTER.search(sp["text"]):
                q.attrs["speaker"] = None
        for i, q in enumerate(quotes):
            self.author_of_document(q, quotes[:i])
        self.first_person_in_speech(quotes)
        for q in quotes:
            self.named_before(q, quotes)
        follow_speakers(quotes, self.actors())
        return quotes

    def author_of_document(self, q: Span, before: list[Span] = ()) -> None:
        """"وكشف التقرير الصادر عن مؤسسة النقد ..."، "وأوضح بيان للداخلية ..."، "وأفاد البيان ...":
        a document speaks for its author, who is the speaker (ANNOTATION.md); the document is the
        channel. The author is named in the phrase (لـ/الصادر عن), or else is the organization
        named last before the quote's cue (not for a study named the first time: "دراسة عن ...")."""
        sp = q.attrs.get("speaker") or {}
        if not sp.get("text") or sp.get("carried"):
            return
        words = fold(sp["text"]).split()
        head = words[0].lstrip("وف")
        head = head[2:] if head.startswith("ال") else head
        if head not in DOCUMENTS:
            return
        a = self.token_at(sp["start"])
        b = self.token_at(sp["end"])
        author = None
        for k in range(a + 1, min(b + 1, len(self.toks))):
            if self.f[k].startswith("لل") and len(self.f[k]) > 4:
                author = (k, k + 1)  # "بيان للداخلية"
                # "بيان للاتحاد من أجل المتوسط": the name the entity tagger finds behind لل goes on
                ent = next((x for x in self.ents_within(self.toks[k].start, self.toks[k].end)
                            if self.toks[k].start <= x.start < self.toks[k].end and x.label in ("ORG", "PER")), None)
                end = bisect.bisect_right(self.starts, ent.end - 1) if ent is not None else k + 1
                while end < min(len(self.toks), k + 4) and self.toks[end].is_word and self.f[end].startswith("ال") \
                        and self.f[end] not in STOP:
                    end += 1  # "بيان للجيش اللبناني": its adjectives
                author = (k, max(k + 1, end))
                break
            if self.f[k][:1] == "ل" and self.f[k][1:] in AUTHOR_HEADS and k + 1 < len(self.toks) \
                    and self.f[k + 1].startswith("ال"):
                # "بيان لقيادة القوة الجوية العراقية": an office behind ل, with the words it governs
                end = k + 1
                while end < min(len(self.toks), k + 5) and self.toks[end].is_word and self.f[end].startswith("ال") \
                        and self.f[end] not in STOP:
                    end += 1
                author = (k, end)
                break
        if author is None and b + 1 < len(self.toks) and self.f[b] == "عن" and any(
                w in ("الصادر", "الصادره") for w in words):
            author = self.phrase_after(b + 1, min(len(self.toks), b + 1 + MAX_SPEAKER))
        earlier = None
        if author is None and words[0].lstrip("وف").startswith("ال"):
            # "وأضاف البيان"، "وأشار البيان إلى": the document named before ("بيان لـX") speaks for X
            earlier = next((x.attrs["speaker"] for x in reversed(before) if (x.attrs.get("speaker") or {}).get("document")
                            and _document_head(x.attrs["speaker"]["document"]) == head), None)
        if author is not None:
            text = self.text[self.toks[author[0]].start:self.toks[author[1] - 1].end]
            s, e = self.toks[author[0]].start, self.toks[author[1] - 1].end
            if text.startswith("لل"):
                text = "ال" + text[2:]
            elif text.startswith("ل"):
                text, s = text[1:], s + 1
        elif earlier is not None:
            text, s, e = earlier["text"], earlier["start"], earlier["end"]
        else:
            if head in STUDIES and not words[0].lstrip("وف").startswith("ال"):
                return  # "وكانت دراسة عن ... قد أشارت": a study not named before, by no one named
            orgs = [x for x in self.ents_within(0, sp["start"]) if x.label == "ORG" and x.end <= sp["start"]]
            if not orgs:
                return
            ent = orgs[-1]
            s, e = ent.start, ent.end
            k = self.token_at(s)
            if k > 0 and self.toks[k - 1].is_word and self.f[k - 1] in ORG_HEADS:
                s = self.toks[k - 1].start  # "مؤسسة | النقد العربي السعودي"
            text = self.text[s:e]
        q.attrs["via"] = q.attrs.get("via") or sp["text"]
        q.attrs["speaker"] = {**sp, "text": text, "start": s, "end": e, "document": sp["text"]}

    def formula_in_marks(self, o: int, c: int) -> bool:
        """Marks around a blessing formula (صلى الله عليه وسلم، رضي الله عنه) or around numbers and
        the words of a range (18 إلى 20): the narrator's text, set off, not words said."""
        words = [self.f[k] for k in range(o + 1, c) if self.toks[k].is_word]
        if words and all(w in FORMULA_WORDS for w in words):
            return True
        return any(self.toks[k].is_number for k in range(o + 1, c)) and all(w in RANGE_WORDS for w in words)

    def narrator_phrase_in_marks(self, o: int, verb: int | None) -> bool:
        """Marks that hold a phrase of the narrator's sentence, not words said: examples or members
        after مثل/منها/من بينها, a list after كالتالي (with or without a colon), and, when no cue
        governs the sentence, the object of a preposition ("وتوجه الأغنية التحية إلى «...»"). A cue
        right before the word keeps its quotation ("وأشار إلى «...»")."""
        k = o - 1
        if k >= 1 and self.toks[k].text == ":" and self.f[k - 1] in LIST_INTROS:
            return True
        if k < 0 or not self.toks[k].is_word or verb is not None and verb >= k - 1:
            return False
        w = self.f[k]
        return w in EXAMPLE_INTROS or w in LIST_INTROS or verb is None and w in MARKED_OBJECT_PREPS

    def subject_before_that(self, o: int, lo: int) -> tuple[int, int] | None:
        """Marks right after بأن/أن with no verb of saying: the one the verb before them has as
        subject, when a court, office or named body stands between that verb and أن ("قضت محكمة
        في لندن بأن «...»"); the longest such phrase of at most five words."""
        k = o - 1
        if k < 2 or self.f[k] not in ("بان", "ان", "بانه", "بانها", "انه", "انها"):
            return None
        best = None
        for a in range(k - 1, max(lo, k - 5) - 1, -1):
            if not self.toks[a].is_word or self.is_mark[a]:
                break
            if a - 1 < lo or not self.toks[a - 1].is_word or self.f[a - 1].startswith(("ال", "و")) \
                    or self.f[a - 1] in STOP:
                continue
            head = self.f[a][2:] if self.f[a].startswith("ال") else self.f[a]
            if head in ORG_HEADS or head in SPEAKER_HEADS or any(
                    x.label in ("PER", "ORG") and x.start == self.toks[a].start for x in self.ents_within(
                        self.toks[a].start, self.toks[a].end)):
                best = (a, k)
        return best

    def named_kind(self, o: int) -> bool:
        """Marks right after a word that names what they hold: a saying (نظرية، مقولة، شعار، مبدأ)
        or a file to fetch (تحميل، تنزيل)."""
        if o < 1 or not self.toks[o - 1].is_word:
            return False
        w = self.f[o - 1]
        for form in (w, w[1:] if w[:1] in "وبلف" else w, w[2:] if w[:2] in ("وب", "ول", "فب") else w):
            if form.removeprefix("ال") in SAYING_KINDS:
                return True
        return False

    def list_in_marks(self, o: int, c: int) -> bool:
        """Marks that hold only a list of three or more short items joined by و ("«الوادي والسهل
        والجبل»"), with no colon or verb of saying right before them."""
        if o > 0 and (self.toks[o - 1].text == ":" or _verb(self.f[o - 1]) or self.said_by(o - 1)):
            return False
        inner = range(o + 1, c)
        if not all(self.toks[k].is_word for k in inner):
            return False
        items, size = 1, 0
        for k in inner:
            if k > o + 1 and self.f[k][:1] == "و" and len(self.f[k]) > 2:
                items, size = items + 1, 1
            else:
                size += 1
            if size > 2:
                return False
        return items >= 3

    def answer_in_marks(self, o: int) -> bool:
        """A word or two in marks right after a verb of saying and its colon are said: "فأجاب: «لا
        يوجد»"، "فأجاب «وهو كذلك»"."""
        k = o - 1 - (o > 0 and self.toks[o - 1].text == ":")
        if not (k >= 0 and self.toks[k].is_word and self.said_by(k) and not self.f[k].lstrip("وف").startswith("م")):
            return False
        c = self.closing.get(o)
        after = self.toks[c + 1] if c is not None and c + 1 < len(self.toks) else None
        # what follows ends the clause: "وقال «الموسى»: ..." and "تساءل «يونغ» لماذا" are names
        return c is not None and (after is None or after.text in ".،,؛;!؟?") and not self.name_in_marks(o, c, True)

    def title_of_kind(self, o: int) -> bool:
        """Marks after a kind of titled thing and في/عن/حول ("بعقد دورة في "..."", "ندوة عن «...»"):
        a title of any length, not speech; so are marks right after عنوان ("وحمل عنوان "..."", "بعنوان «...»")."""
        if o >= 1 and self.f[o - 1].lstrip("وف") in ("عنوان", "بعنوان", "العنوان"):
            return True
        k = o - 1 - (o >= 1 and self.toks[o - 1].text == ":")
        if k >= 1 and self.f[k].startswith("ال") and k - 1 >= 0 and self.f[k - 1].lstrip("وف") in TITLE_OWN:
            k -= 1  # "وعنوانه الكامل: «...»"
        if k >= 0 and self.f[k].lstrip("وف") in TITLE_OWN:
            return True  # "وعنوانه: «...»": the title of what was named before
        if o < 2 or self.f[o - 1] not in ("في", "عن", "حول") or not self.toks[o - 2].is_word:
            return False
        w = self.f[o - 2]
        w = w[1:] if w[:1] in "بولف" and w[1:].removeprefix("ال") in TITLE_KINDS else w
        return w.removeprefix("ال") in TITLE_KINDS

    def name_in_marks(self, o: int, c: int, after_verb: bool = False) -> bool:
        """Whether the short words between marks o and c are a name or title, not speech: words
        after a colon or right after a speech verb are speech; else a name in another script, a
        phrase mostly covered by names, or a title after its kind ("كتاب"، "برنامج"، "بعنوان")."""
        if not after_verb and o > 0 and (self.toks[o - 1].text == ":" or _verb(self.f[o - 1]) or self.said_by(o - 1)):
            return False
        s, e = self.toks[o + 1].start, self.toks[c - 1].end
        content = self.text[s:e]
        letters = [ch for ch in content if ch.isalpha()]
        if letters and sum("a" <= ch.lower() <= "z" for ch in letters) * 2 >= len(letters):
            return True
        named = sum(min(x.end, e) - max(x.start, s) for x in self.ents_within(max(0, s - 200), e) if x.end > s)
        if named * 2 >= e - s:
            return True
        if o > 0 and self.toks[o - 1].is_word:
            w = self.f[o - 1]
            for pre in ("ب", "و", "ل"):
                if w.startswith(pre) and w[1:].removeprefix("ال") in TITLE_KINDS:
                    return True
            return w.removeprefix("ال") in TITLE_KINDS
        return False

    def named_before(self, q: Span, quotes: list[Span]) -> None:
        """A one-word speaker that designates a name written shortly before it: "الأخير" (the
        last person named), "الجوازات" (the organization "المديرية العامة للجوازات"). A speaker
        of an earlier quote it designates is left to :func:`follow_speakers`."""
        sp = q.attrs.get("speaker") or {}
        if not sp.get("text") or sp.get("carried") or sp.get("document"):
            return
        words = fold(sp["text"]).split()
        if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
            return
        w = words[0]
        if any(x.start < q.start and len((x.attrs.get("speaker") or {}).get("text") or "") > len(sp["text"])
               and w[2:] in fold(x.attrs["speaker"]["text"]) for x in quotes):
            return
        ents = [x for x in self.ents_within(max(0, sp["start"] - SHORT_FORM_REACH), sp["start"])
                if x.end <= sp["start"] and x.label in ("PER", "ORG")]
        if w in ("الاخير", "الاخيره"):
            cand = next((x for x in reversed(ents) if x.label == "PER"), None)
        else:
            stem = w[2:]
            cand = next((x for x in reversed(ents) if len(self.text[x.start:x.end].split()) > 1 and stem in {
                t[2:] if t.startswith(("ال", "لل")) else t
                for t in fold(self.text[x.start:x.end]).split()}), None)
        role = None
        if cand is None and w not in ("الاخير", "الاخيره") and w[2:] in PERSON_ROLES:
            # "رئيس الديوان ... خالد اليوسف ... وأكد الرئيس": the person last named after that role
            for x in reversed(ents):
                if x.label != "PER":
                    continue
                k = self.token_at(x.start)
                role = None
                for y in range(k - 1, max(-1, k - 1 - ROLE_GAP - 1), -1):
                    if not self.toks[y].is_word or self.f[y] in STOP or self.f[y] in THAT:
                        break  # "محافظ كركوك مع فلان"، "المتحدث ...، أن اللواء فلان": not that person's role
                    if self.f[y].removeprefix("و").removeprefix("ال").removeprefix("لل") == w[2:]:
                        role = y
                        break
                if role is not None:
                    cand = x
                    break
        if cand is None:
            if w not in ("الاخير", "الاخيره"):
                self.indefinite_before(q, sp, w[2:])
            return
        s, e = cand.start, cand.end
        if role is not None:
            s = self.toks[role].start + (self.f[role][:1] == "و")
        k = self.token_at(s)
        if k > 0 and self.toks[k - 1].is_word and self.f[k - 1] in ORG_HEADS:
            s = self.toks[k - 1].start  # "مؤسسة | النقد العربي السعودي"
        q.attrs["speaker"] = {**sp, "text": self.text[s:e], "start": s, "end": e, "short": sp["text"]}

    def indefinite_before(self, q: Span, sp: dict, stem: str) -> None:
        """"قضت محكمة أمريكية عليا ... وأكدت المحكمة أن": a definite one-word speaker that takes up an
        indefinite noun with its adjectives ("-ي"، "-ية") written shortly before it."""
        k = self.token_at(sp["start"])
        x = next((y for y in range(k - 1, -1, -1) if self.f[y] == stem and self.toks[y].is_word
                  or self.toks[y].start < sp["start"] - SHORT_FORM_REACH), None)
        if x is None or self.f[x] != stem or self.in_entity(self.toks[x].start) \
                or any(self.f[y] == "ال" + stem for y in range(x)):
            return  # the indefinite must introduce what the definite form takes up
        j = x + 1
        while j < min(k, x + 4) and self.toks[j].is_word and self.f[j].endswith(("يه", "ي")) \
                and not self.f[j].startswith(("ال", "و", "ف")) and self.f[j] not in STOP and not self.cue_at(j):
            j += 1
        if j == x + 1:
            return
        s, e = self.toks[x].start, self.toks[j - 1].end
        q.attrs["speaker"] = {**sp, "text": self.text[s:e], "start": s, "end": e, "short": sp["text"]}

    def token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def interview(self, taken: list[Span]) -> list[Span]:
        """An interview: paragraphs that are short questions ("لماذا استقلت من منصبك؟"), each
        followed by the answer. The answers are the interviewee's words, direct quotes with no
        marks; the interviewee is the first speaker the article names. Two questions at least."""
        paras, pos = [], 0
        for line in self.text.split("\n"):
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            if b > a:
                paras.append((a, b))
            pos += len(line) + 1
        pairs = []
        for (qa, qb), (aa, ab) in zip(paras, paras[1:]):
            q, ans = self.text[qa:qb], self.text[aa:ab]
            if q[-1] in "؟?" and len(q.split()) <= INTERVIEW_QUESTION_WORDS and ans[-1] not in "؟?:" \
                    and len(ans.split()) >= MIN_FREE_QUOTE_WORDS and not any(ch in QUOTE_MARKS for ch in ans[:2]):
                pairs.append((qa, aa, ab))
        if len(pairs) < 2 or not any(w in INTERVIEW_WORDS for w in self.f[:self.token_at(pairs[0][0])]):
            return []  # no "الحوار التالي"، "في مقابلة": rhetorical questions of a column
        first = min((q for q in taken if (q.attrs.get("speaker") or {}).get("text") and q.start < pairs[0][0]),
                    key=lambda q: q.start, default=None)
        sp = dict(first.attrs["speaker"]) if first else self.speaker(None)
        out = []
        for _, aa, ab in pairs:
            while ab > aa and self.text[ab - 1] in ".。":
                ab -= 1
            out.append(Span(aa, ab, "direct", {"speaker": {**sp, "carried": True} if sp.get("text") else sp,
                                               "cue": None, "via": None, "partial": False}, "quotes"))
        return out

    def actors(self) -> list[tuple[int, dict, str]]:
        """(offset, speaker, verb) of every speech verb with a name after it ("شكر بوتين مضيفه",
        "وقال الوزير"): who the article is following at each point, and the verb's form (its gender
        and number, :func:`_agreement`)."""
        out = []
        n = len(self.toks)
        for k, f in enumerate(self.f):
            cue = self.cue_at(k)
            if cue and cue[0] != "verb":
                continue  # "مؤكداً ارتفاع ...": a participle has its object after it, not its subject
            if not (_verb(f) or cue) or f.lstrip("وف")[:1] == "م" or f in ADDRESSING:
                continue
            start = k + 1 + (k + 1 < n and self.f[k + 1] in OBJECT_WORDS)  # "كشف ذلك ... محافظ عدن"
            rng = self.phrase_after(start, min(n, start + 3 + MAX_SPEAKER))
            if not rng or self.f[rng[0]] in THAT or self.f[rng[0]] in OBJECT_WORDS or not self.toks[rng[0]].is_word \
                    or self.behind_li(rng[0]):
                continue  # "وكانت لأبي هواية": a preposition's object, no subject
            if cue and cue[1] in OBJECT_CUES:
                obj = self.object_start(rng, n)
                rng = (rng[0], obj) if obj is not None else rng  # "أكدت الشركة | ارتفاع الأرباح"
            if self.relayed(rng):
                continue  # "ونقل الموقع عنه": the relay is not the one the article follows
            sp = self.speaker(rng)
            if fold(sp["text"]) not in NOT_SPEAKER and self.designates_speaker(rng) \
                    and not self.named_behind_preposition(rng):
                out.append((self.toks[k].start, sp, self.toks[k].text))
        for k, f in enumerate(self.f):
            # "وبدأ الاجتماع بكلمة لرئيس اللجنة، رحب فيها ...، مؤكدا أن": the one whose speech it is
            if f not in SPEECH_NOUNS or k + 2 >= n or self.f[k + 1][:1] != "ل" or self.f[k + 1][:2] == "لل" \
                    or len(self.f[k + 1]) < 4:
                continue
            rng = self.phrase_after(k + 1, min(n, k + 2 + MAX_SPEAKER), addressee=False)
            if rng is None or rng[0] != k + 1:
                continue
            s0, e0 = self.toks[rng[0]].start, self.toks[rng[1] - 1].end
            if self.f[k + 1][1:] in SPEAKER_HEADS or any(x.label in ("PER", "ORG") and x.end <= e0
                                                         for x in self.ents_within(s0, e0)):
                out.append((self.toks[k].start, _without_lam(self.speaker(rng)), self.toks[k].text))
        for k in range(1, n - 1):
            # "ووصف الله تعالى القرآن بأنه موعظة فقال: {...}"، "وأمر سبحانه بالاتعاظ فقال: {...}": God is
            # the subject of the verb, and speaks in the verse its subjectless cue quotes next
            f = self.f[k]
            if not (f in DIVINE and f not in ("جل", "عز")
                    or f == "الله" and (self.f[k + 1] in DIVINE or self.f[k - 1] in GOD_VERBS)) \
                    or not (_verb(self.f[k - 1]) or self.cue_at(k - 1) or self.f[k - 1] in GOD_VERBS):
                continue
            b = k + 1 + (f == "الله" and self.f[k + 1] in DIVINE)
            out.append((self.toks[k - 1].start, self.speaker((k, b)), self.toks[k - 1].text))
        # "وأشاد محافظ بيشة محمد بن سبرة بـ ...، مؤكدا أن ...": the named subject of a sentence
        # that opens with its verb is the one a later subjectless cue continues
        for sa0, sb in self.sentence_bounds():
            # "ثم عزز لوران بلان ... عندما قال ...": a particle before the opening verb
            sa = sa0 + 1 if sb - sa0 >= 4 and self.f[sa0] in ("ثم", "وقد", "فقد", "لقد") else sa0
            if sb - sa0 >= 5 and self.f[sa0] in ("من", "ومن") and self.f[sa0 + 1] in ON_ONES_PART:
                # "من جهته علق الدكتور فلان على القرار قائلا: ...": the verb after the turn is the sentence's
                sa = sa0 + 2 + (self.toks[sa0 + 2].text in "،,")
            colon = next((y for y in range(sa, min(sb, sa + DATELINE)) if self.toks[y].text == ":"), None)
            if colon is not None and any(self.toks[y].text in "-–—" for y in range(sa, colon)):
                sa = colon + 1  # "سبق- جدة: شكا أهالي الحي ...": the dateline is not the sentence's verb
            if sb - sa < 3 or not self.toks[sa].is_word or self.f[sa] in STOP or self.f[sa] in NOT_SPEAKER \
                    or self.f[sa] in PARTICLES \
                    or self.cue_at(sa) or _verb(self.f[sa]):
                continue
            if self.in_entity(self.toks[sa].start):
                continue  # the sentence opens with a name, not a verb
            rng = self.phrase_after(sa + 1, min(sb, sa + 1 + MAX_SPEAKER))
            if rng is None or self.f[rng[0]] in OBJECT_WORDS:
                continue
            if self.behind_li(rng[0]):
                continue  # "وكانت لأبي هواية": a preposition's object, no subject
            s, e = self.toks[rng[0]].start, self.toks[rng[1] - 1].end
            if any(x.end <= e and x.label in ("PER", "ORG", "LOC") and (x.label != "LOC" or x.start > s)
                   for x in self.ents_within(s, e)):
                # a person or organization, or a role of a place ("أمين منطقة المدينة المنورة")
                out.append((self.toks[sa0].start, self.speaker(rng), self.toks[sa].text))
        out.sort(key=lambda x: x[0])
        return out

    def glued(self, k: int) -> bool:
        """Token k is two words run together ("متناقضاتهجنرال"): longer than any head noun and no name."""
        return k < len(self.toks) and self.toks[k].is_word and len(self.f[k].lstrip("وف")) >= GLUED_HEAD \
            and not self.in_entity(self.toks[k].start)

    def leading_name(self, rng: tuple[int, int]) -> tuple[int, int]:
        """The words before a participle cue that run over a verb ("موسكو رفضت قرار المحكمة
        متوعدة"): the name that opens them is the subject; the rest is its clause. A name goes on
        with a definite word ("موسكو الرسمية") or بن."""
        a, b = rng
        ent = next((x for x in self.ents_within(self.toks[a].start, self.toks[a].end)
                    if x.start == self.toks[a].start and x.label in ("PER", "ORG", "LOC")), None)
        if ent is None:
            return rng
        k = bisect.bisect_left(self.starts, ent.end)
        if a < k < b and self.toks[k].is_word and not self.f[k].startswith("ال") and self.f[k] not in ("بن", "ابن") \
                and not self.in_entity(self.toks[k].start):
            return (a, k)
        return rng

    def relayed(self, rng: tuple[int, int] | None) -> bool:
        """A phrase followed by عنه/عنها ("نقل موقع النادي عنه"): a relay of someone named before."""
        return rng is not None and rng[1] < len(self.toks) and self.f[rng[1]] in RELAY_PRONOUNS

    def behind_li(self, k: int) -> bool:
        """Token k is a noun behind the preposition لـ ("لأبي"، "للسيسي"), not a name that starts
        with ل ("لافروف"): no entity starts where the token does."""
        if self.f[k][:1] != "ل":
            return False
        if self.toks[k].text.startswith(("لأ", "لإ", "لآ", "لل")):
            return True  # "لأبي"، "لإيران"، "للسيسي": no name is written so
        st = self.toks[k].start
        return not any(x.start == st for x in self.ents_within(st, st + 1))

    def role_goes_on(self, k: int) -> bool:
        """Whether a role ends at token k and its office may follow with لل ("المتحدث الرسمي |
        للوزارة"، "المدير العام | للتعليم"، "رئيس | للجنة")."""
        f = self.f[k]
        f = f[2:] if f.startswith("ال") else f
        return f in SPEAKER_HEADS and f not in ORG_HEADS or self.f[k] in ROLE_ADJECTIVES

    def named_behind_preposition(self, rng: tuple[int, int]) -> bool:
        """"ونقل حالتين لمستشفى الملك فهد": the only names in the phrase after a verb are behind a
        preposition glued to a later word (لـ، بـ), and its head is no title or office: the verb's
        object and where it went, not someone the article follows."""
        a, b = rng
        head = self.f[a].lstrip("و")
        head = head[2:] if head.startswith("ال") else head
        if head in SPEAKER_HEADS or head in ORG_HEADS or head in UNNAMED_HEADS or head in DOCUMENTS:
            return False
        s, e = self.toks[a].start, self.toks[b - 1].end
        names = [x for x in self.ents_within(s, e) if x.label in ("PER", "ORG") and x.end <= e]
        if not names:
            return False
        for x in names:
            k = bisect.bisect_right(self.starts, x.start) - 1  # the token the name starts in
            if k == a or not (self.toks[k].start < x.start and self.text[self.toks[k].start] in "لب"):
                return False
        return True

    def designates_speaker(self, rng: tuple[int, int]) -> bool:
        """A phrase that may be someone speaking: it holds a person's or organization's name, or
        it starts with a title, role, office or group (``speech.SPEAKER_HEADS``, an organization's
        head noun, an unnamed source, a document)."""
        a, b = rng
        s, e = self.toks[a].start, self.toks[b - 1].end
        if any(x.label in ("PER", "ORG") and x.end <= e for x in self.ents_within(s, e)):
            return True
        head = self.f[a]
        head = head[1:] if head[:1] == "و" and head[1:3] == "ال" else head
        head = head[2:] if head.startswith("ال") else head
        return head in SPEAKER_HEADS or head in ORG_HEADS or head in UNNAMED_HEADS or head in DOCUMENTS

    def according_to(self, bounds, inside: set[int]) -> list[Span]:
        """"وبحسب المتحدث باسم البعثة غوستاف هالبرغ، فإن الجلسة ...": a sentence that opens
        with بحسب, a named source and a comma, then what the source says with no speech
        verb. The source is a speaker when it is a person, an organization, an outlet
        ("وبحسب «الفرنسية»، ..."، "وبحسب موقع الجزيرة أونلاين، ...") or an unnamed source, or when
        فإن ("that") follows; a document or a rule with no فإن ("وبحسب التقرير، ..."، "حسب القانون،
        ...") is no one speaking."""
        out: list[Span] = []
        ents = self.doc.layers.get("entities", [])
        # a sentence that opens with بحسب/وفقا, or a clause after a comma that opens with وبحسب/ووفقا
        # and goes on with فإن ("..., ووفقاً لبعثة الاتحاد الأوروبي فإن الأموال ...")
        starts = [(sa, sb, False) for sa, sb in bounds] + [
            (x, sb, True) for sa, sb in bounds for x in range(sa + 1, sb)
            if self.toks[x - 1].text in "،," and self.f[x] in ("ووفقا", "وبحسب", "وطبقا")]
        for sa, sb, mid in starts:
            if sa >= sb or self.f[sa] not in ACCORDING and self.f[sa] not in ACCORDING_TO:
                continue
            src = sa + 1
            if self.f[sa] in ACCORDING_TO:  # "ووفقا لتقديرات الهيئة فإن"، "وفقاً لـ«رويترز»،"
                if src >= sb or not self.f[src].startswith("ل"):
                    continue
                src += self.f[src] == "ل"
            end = a = None
            that = False
            for x in range(src + 1, min(sb, src + MAX_SPEAKER + 4)):
                if self.toks[x].text in "،,":
                    that = x + 1 < sb and self.f[x + 1] in THEREFORE_THAT
                    end, a = x, x + 1 + that
                    break
                if self.f[x] in THEREFORE_THAT:  # "ووفقا للروايات فإن ..." with no comma
                    end, a, that = x, x + 1, True
                    break
                if not (self.toks[x].is_word or self.toks[x].is_number or self.is_mark[x]):
                    break
            # a person, or an organization, an outlet or an unnamed source ("وبحسب «الفرنسية»، ..."،
            # "ووفقا لصحيفة «التايمز»، ..."، "وبحسب مصادر مطلعة، ..."): what follows is theirs
            head = self.f[src].removeprefix("ل").removeprefix("ال").removeprefix("ل")
            outlet = end is not None and (head in MEDIA or head in UNNAMED_HEADS and end - src <= 4
                                          or self.is_mark[src] and self.closing.get(src) == end - 1 and end - src <= 5)
            author = self.document_author(src, end) if head in DOCUMENTS and end is not None and not mid else None
            b = (self.clause_end(a, sb) if that else self.last_word(a, sb)) if author is not None else None
            if author is not None and _words(self.toks[a:b]) >= 4 and not any(
                    x in inside and not self.short_marked(x) or _verb(self.f[x]) for x in range(a, b)):
                # "وطبقا لتقرير نشرته "الفرنسية" أمس، ...": the document is the channel, the one
                # who published it the speaker
                (a2, b2), pub = author
                out.append(Span(self.toks[a].start, self.toks[b - 1].end, "indirect", {
                    "speaker": self.speaker((a2, b2)), "cue": self.toks[sa].text,
                    "via": self.text[self.toks[src].start + 1:self.toks[pub - 1].end], "partial": False}, "quotes"))
                continue
            if end is None or end - src > MAX_SPEAKER + 2 or mid and (not that or head in RULES) or (not that and not outlet and not all(
                    t.is_word for t in self.toks[src:end])):
                continue
            s, e = self.toks[src].start, self.toks[end - 1].end
            kinds = {x.label for x in ents if s <= x.start and x.end <= e}
            b = self.clause_end(a, sb) if that else self.last_word(a, sb)
            if not that and (not (kinds & {"PER", "ORG"}) and not outlet or head in DOCUMENTS or head in RULES) \
                    or _words(self.toks[a:b]) < 4:
                continue  # "وحسب القانون الذي أصدره الكونغرس، ...": a rule, no one speaking
            head = self.f[src].removeprefix("ل").removeprefix("ال").removeprefix("ل")
            if end - src == 1 and head in DOCUMENTS:
                continue  # "وبحسب التقرير، فإن": a document with no author named is no speaker
            if any(x in inside and not self.short_marked(x) or self.is_mark[x] and not that and not self.short_marked(x)
                   or _verb(self.f[x]) for x in range(a, b)):
                continue  # quoted words or a speech verb: the other finders read this sentence
            a2, b2 = src, self.last_word(src, end)
            if self.is_mark[a2] and self.closing.get(a2) == b2 - 1 and b2 - a2 > 2:
                a2, b2 = a2 + 1, b2 - 1  # "وبحسب «رويترز»": the name without its marks
            sp = self.speaker((a2, b2))
            if self.f[src].startswith("لل"):
                sp = {**sp, "start": sp["start"] + 1, "text": "ال" + sp["text"][2:]}  # "للروايات" -> "الروايات"
            elif self.f[src][:1] == "ل" and len(self.f[src]) >= 3:
                sp = {**sp, "start": sp["start"] + 1, "text": sp["text"][1:]}  # "لتقديرات" -> "تقديرات"
            out.append(Span(self.toks[a].start, self.toks[b - 1].end, "indirect", {
                "speaker": sp, "cue": self.toks[sa].text, "via": None, "partial": False}, "quotes"))
        return out

    def document_author(self, src: int, end: int) -> tuple[tuple[int, int], int] | None:
        """"لتقرير نشرته "الفرنسية" أمس"، "لبيان صادر عن الهيئة": the one who published the document
        named between tokens src and end (an outlet in marks, an organization or a person), and the
        token of the publishing word."""
        pub = next((y for y in range(src + 1, min(end, src + 4)) if self.f[y] in PUBLISHED), None)
        if pub is None:
            return None
        a = pub + 1 + (pub + 1 < end and self.f[pub + 1] in ("عن", "من"))
        b = end
        while b > a and (self.f[b - 1] in WHEN or self.f[b - 1] in ADVERBS_AFTER):
            b -= 1
        if b <= a or b - a > MAX_SPEAKER or not all(self.toks[y].is_word or self.is_mark[y] for y in range(a, b)):
            return None
        if self.is_mark[a] and self.closing.get(a) == b - 1 and b - a > 2:
            return (a + 1, b - 1), pub  # "نشرته "الفرنسية"": the outlet without its marks
        s, e = self.toks[a].start, self.toks[b - 1].end
        if self.f[a].removeprefix("ال") in MEDIA or any(x.label in ("PER", "ORG") for x in self.ents_within(s, e)):
            return (a, b), pub
        return None

    def short_marked(self, x: int) -> bool:
        """Token x is a quotation mark, or a word between marks, that enclose at most three words
        ("لعمل "روبوتات" تحاكي ..."): a name or a scare quote inside a clause, no one's words."""
        lo = next((y for y in range(x, max(-1, x - 5), -1) if self.is_mark[y] and self.closing.get(y, -1) >= x), None)
        if lo is None:
            lo = next((y for y in range(x - 1, max(-1, x - 5), -1) if self.closing.get(y) == x), None)
        return lo is not None and self.closing[lo] - lo <= 4


    def _after_colon(self, verb: int, colon: int, a: int, b: int, sa: int) -> tuple:
        """Words said after a speech verb and a colon (tokens ``a``..``b``): the direct quote, its speaker
        the phrase after the verb (a verb's subject) or else before it, and where it lies."""
        is_verb = (self.cue_at(verb) or ("verb",))[0] == "verb"
        rng = self.phrase_after(verb + 1, colon) if is_verb else None
        if rng is None and is_verb:
            rng = self.phrase_before(verb, sa)
        if self.f[verb][:1] == "ب" and self.f[verb][1:] in SAYING:
            rng = self.subject_before_saying(verb, sa)
        return (Span(self.toks[a].start, self.toks[b - 1].end, "direct", {
            "speaker": self.writer(verb) if self.writer_said(verb) else self.speaker(rng), "cue": self.toks[verb].text, "via": None, "partial": False},
            "quotes"), (colon, b))

    def writer_said(self, k: int) -> bool:
        """A column writer's own "قلت" ("فقلت له: «...»"، "وقلت لنفسي: ..."): a cue only when a colon or
        a quotation mark follows, maybe after the one spoken to (قلّت "decreased" has its subject there)."""
        if self.f[k] not in WRITER_SAID:
            return False
        j = k + 1 + (k + 1 < len(self.toks) and self.f[k + 1] in SPOKEN_TO)
        return j < len(self.toks) and (self.toks[j].text == ":" or self.is_mark[j] and j in self.closing)

    def ellipsis_goes_on(self, sb: int, na: int, nb: int) -> bool:
        """Whether the sentence ending at token sb ends with two dots or more ("... في التمارين.. لكن ...")
        and the next one (na..nb) goes on in the same paragraph with no cue or verb of its own: the
        speaker's pause, not the end of the words said."""
        if sb < 2 or self.toks[sb - 1].text != "." or self.toks[sb - 2].text != "." or na >= nb \
                or "\n" in self.text[self.toks[sb - 1].end:self.toks[na].start]:
            return False
        return self.toks[na].is_word and not any(self.cue_at(k) or _verb(self.f[k]) or self.is_mark[k]
                                                 for k in range(na, min(nb, na + 3)))

    def marks_listed(self, k: int, o: int) -> bool:
        """Whether the mark at o follows the cue at k with nothing between but the one spoken to, and
        earlier marked words listed with commas and و ("قلت «...»، «...»، و«...»")."""
        y = k + 1
        while y < o:
            if self.is_mark[y] and self.closing.get(y, -1) < o and self.closing.get(y, -1) > y:
                y = self.closing[y] + 1
            elif self.toks[y].text in "،,:" or self.f[y] == "و" or y == k + 1 and self.f[y] in SPOKEN_TO:
                y += 1
            else:
                return False
        return True

    def first_person_in_speech(self, quotes: list[Span]) -> None:
        """"وأضاف اليافعي: بعد المكالمة ... وقلت: «ألو»": a "قلت" inside, or later in the paragraph of,
        words someone says without marks after a colon is that speaker's, not the writer's."""
        for q in quotes:
            sp = q.attrs.get("speaker") or {}
            if sp.get("name") != "الكاتب" or sp.get("start") is None:
                continue
            p = sp["start"]
            for r in quotes:
                rs = r.attrs.get("speaker") or {}
                if r is q or r.label != "direct" or not rs.get("text") or rs.get("name") == "الكاتب" \
                        or not r.start <= p or "\n" in self.text[r.start:p] \
                        or self.text[:r.start].rstrip()[-1:] != ":":
                    continue
                q.attrs["speaker"] = {**rs, "carried": True}
                break

    def writer(self, k: int) -> dict:
        """The speaker of "قلت": the writer, named by the verb's first person."""
        t = self.toks[k]
        cut = int(self.f[k][:1] in "وف")  # "فقلت": the conjunction is no part of it
        return {"text": t.text[cut:], "start": t.start + cut, "end": t.end, "entity": None, "name": "الكاتب"}

    def author_before_directive(self, verb: int, sa: int) -> tuple[int, int] | None:
        """"وأصدرت اللجنة بيانا دعت فيه ...": the subject of the verb that issued the document named right
        before the directive."""
        doc = verb - 1
        if doc <= sa or self.f[doc].removesuffix("ا") not in DOCUMENTS:
            return None
        k = doc - 1
        while k > sa and self.toks[k - 1].text not in "،,;؛:" and doc - k < MAX_SPEAKER + 1:
            k -= 1
        if not self.toks[k].is_word or self.f[k][:1] not in "وف" and k != sa \
                or self.f[k].lstrip("وف") in SETTING_WORDS or self.f[k].lstrip("وف") in STOP:
            return None  # "وبعد الاجتماع أصدرت بيانا": the subject is not named in this clause
        return self.phrase_after(k + 1, doc) if doc > k + 1 else None

    def subject_before_saying(self, q: int, sa: int) -> tuple[int, int] | None:
        """"واختتم المدرب حديثه بقوله: ..."، "وفسرها البغوي بقوله: ...": بقوله after a verb that is no
        cue; the one who speaks is that verb's subject, the phrase after the clause's first word (its
        verb), up to the noun that carries the speaker's pronoun (حديثه، كلمته) or بقوله itself."""
        k = q - 1
        while k > sa and self.toks[k - 1].text not in "،,;؛:" and q - k < MAX_SPEAKER + 2:
            k -= 1
        if not self.toks[k].is_word or self.f[k][:1] not in "وف" and k != sa:
            return None
        end = next((y for y in range(k + 1, q) if self.f[y].endswith(("ه", "ها", "هم")) and not
                    self.f[y].startswith("ال")), q)  # "حديثه": the verb's object, his
        return self.phrase_after(k + 1, end) if end > k + 1 else None

    def after_colon(self, bounds, inside: set[int]) -> list[tuple[Span, tuple[int, int]]]:
        """"وقال ابن لبدة: نحمد الله ..." and "وقال: (أنا مو فاضي ...)": the words after a cue and a
        colon, with no quotation marks and no أن/إن, are said verbatim: a direct quote to the end of
        the sentence (or inside the parentheses)."""
        out = []
        for (sa, sb), (na, nb) in zip(bounds, bounds[1:]):
            # "قال خلاله نتنياهو: \n بعد مفاوضات شاقة ...": a cue and a colon end a paragraph, the
            # words said are the next paragraph's sentence (unless it opens with marks, a list mark
            # or a cue of its own)
            x = sb - 1
            if x <= sa or self.toks[x].text != ":" or x in inside or na != sb or na >= len(self.toks) \
                    or "\n" not in self.text[self.toks[x].end:self.toks[na].start] or not self.toks[na].is_word \
                    or any(self.cue_at(k) or _verb(self.f[k]) for k in range(na, min(nb, na + 3))):
                continue
            verb = next((k for k in range(x - 1, max(sa, x - 1 - COLON_WINDOW) - 1, -1)
                         if _verb(self.f[k]) or self.cue_at(k) and self.cues[k][0] != "masdar"), None)
            if verb is None or any(self.f[k] in THAT or self.f[k] in LIST_INTROS for k in range(verb, x)):
                continue  # "منها ما يلي:"، "وفق الاحتمالات التالية:": a list follows, not words said
            b = self.clause_end(na, nb)
            if _words(self.toks[na:b]) < MIN_QUOTE_WORDS or any(k in inside for k in range(na, b)):
                continue
            out.append(self._after_colon(verb, x, na, b, sa))
        for si, (sa, sb) in enumerate(bounds):
            lo = sa  # "وقال X: ...، حيث قال: ...": a sentence may hold two
            for x in range(sa + 1, sb - 1):
                if self.toks[x].text != ":" or x in inside or x < lo:
                    continue
                verb = None
                for k in range(x - 1, max(lo, x - 1 - COLON_WINDOW) - 1, -1):
                    if _verb(self.f[k]) or self.cue_at(k) or self.writer_said(k) or k == x - 1 and (
                            self.f[k] in CUE_FILLERS or self.f[k][:1] == "ب" and self.f[k][1:] in SAYING):
                        verb = k  # "ويعلق فلان بالقول: ..."، "وختم الوزير حديثه بقوله: ..."
                        break
                    if self.f[k] in THAT:
                        break  # "أشار إلى أن ... ما يلي:": a list in what was said
                if verb is None or self.glued(verb + 1):
                    continue  # "وكشف متناقضاتهجنرال ...: ...": headlines run together, no one speaking
                a = x + 1
                if self.f[a] in ORDINAL_FIRST and any(self.f[k] in ORDINAL_NEXT for k in range(a + 2, sb)):
                    continue  # "أقروا بتورطهم في عمليتين سابقتين: الأولى في ...، والثانية في ...": a list
                if self.is_mark[a] or self.f[a] in THAT:
                    continue  # marks: the direct finder's; "قال: إن ...": reported speech (a later
                    # colon of the sentence may still open words said: "... إن ... ويضيف: ...")
                if self.toks[a].text == "(":
                    # the parentheses may hold several sentences ("(أنا مو فاضي .. فهو يظهر ...)")
                    close = next((k for k in range(a + 1, min(len(self.toks), a + 120)) if self.toks[k].text == ")"
                                  or "\n" in self.text[self.toks[k - 1].end:self.toks[k].start]), None)
                    if close is None or self.toks[close].text != ")":
                        close = None
                    a, b = a + 1, (close if close is not None else self.last_word(a + 1, sb))
                else:
                    b = self.clause_end(a, sb)  # "...، كما تقدم بالشكر ...": the narrator goes on
                    if b == self.last_word(a, sb) and si + 1 < len(bounds) and self.ellipsis_goes_on(sb, *bounds[si + 1]):
                        b = self.clause_end(*bounds[si + 1])  # "أنا جاهز.. لكن لا يهم ...": one breath
                if _words(self.toks[a:b]) < MIN_QUOTE_WORDS or any(k in inside for k in range(a, b)):
                    break
                out.append(self._after_colon(verb, x, a, b, sa))
                if self.toks[a - 1].text == "(":
                    if b >= sb - 1 or self.toks[b].text != ")":
                        break
                    lo = b + 1  # "قال تعالى: (...)، وفسرها البغوي بقوله: ...": the sentence goes on
                    continue
                if b >= sb - 1:
                    break
                lo = b
        return out

    def said_inside(self, covered: list[tuple[int, int]]) -> list[Span]:
        """"وتابعت "تحدثت مع ميك وقال : أنا على ما يرام. وقلت له ... فرد قائلا : أنا في طريقي ..."":
        inside quoted words, a speech verb and a colon open someone else's words, verbatim, to the
        end of their sentence (or the closing mark)."""
        out = []
        for o, c in covered:
            if not (self.is_mark[o] and self.is_mark[c]):
                continue
            for x in range(o + 2, c - 1):
                if self.toks[x].text != ":" or self.is_mark[x + 1] or self.f[x + 1] in THAT:
                    continue
                verb = next((k for k in range(x - 1, max(o, x - 4), -1)
                             if _verb(self.f[k]) or (self.cue_at(k) or ("",))[0] in ("verb", "participle")), None)
                if verb is None or any(self.f[k] in SELF for k in range(verb + 1, x)):
                    continue  # "سألت نفسي: ...": a thought, not words said
                a = x + 1
                if self.toks[a].text == "(":  # "فقال: (أكرموا عمتكم النخلة)": inside the parentheses
                    close = next((y for y in range(a + 1, c) if self.toks[y].text == ")"), None)
                    if close is None:
                        continue
                    a, end = a + 1, close
                else:
                    # to the end of the sentence, or a comma and the next speech verb ("...، فقلت حسنا")
                    b = next((y for y in range(a, c) if self.toks[y].text in ".!؟?" and not self.abbreviation_dot(y)
                              and self.toks[y + 1].text != "." and self.toks[y - 1].text != "."  # not ".."
                              or self.toks[y].text in "،," and (_verb(self.f[y + 1]) or self.cue_at(y + 1)
                                                                or self.f[y + 1] in ("فقلت", "وقلت", "فقلنا", "وقلنا"))), c)
                    end = self.last_word(a, b)
                if _words(self.toks[a:end]) < MIN_QUOTE_WORDS:
                    continue
                rng = self.phrase_after(verb + 1, x) if (self.cue_at(verb) or ("verb",))[0] == "verb" else None
                if rng is None and self.f[verb].lstrip("وف") not in ("قلت", "قلنا"):
                    # "تحدثت مع ميك وقال : ...": the person last named in the quoted words, not their speaker
                    per = [y for y in self.ents_within(self.toks[o].end, self.toks[verb].start) if y.label == "PER"]
                    if per:
                        out.append(Span(self.toks[a].start, self.toks[end - 1].end, "direct", {
                            "speaker": {"text": self.text[per[-1].start:per[-1].end], "start": per[-1].start,
                                        "end": per[-1].end, "entity": None, "name": None},
                            "cue": self.toks[verb].text, "via": None, "partial": False}, "quotes"))
                        continue
                out.append(Span(self.toks[a].start, self.toks[end - 1].end, "direct", {
                    "speaker": self.speaker(rng), "cue": self.toks[verb].text, "via": None, "partial": False},
                    "quotes"))
        return out

    def said_by(self, k: int) -> bool:
        """A cue verb or participle ("قائلة"، "فأجاب") that may introduce words in marks."""
        cue = self.cues[k]
        return bool(cue) and cue[0] in ("verb", "participle")

    def cue_at(self, k: int) -> tuple[str, str, frozenset[str]] | None:
        return self.cues[k]

    def complement(self, k: int, j: int, sb: int, preps: frozenset[str]) -> tuple[int, int] | None:
        """(first token of what was said, the complementizer's token) for the cue at k, looking
        from token j (after the cue or its speaker) for أن/إن or a preposition of a noun-phrase
        complement; None when another cue, a quotation mark or the window comes first."""
        j = self.skip_addressee(j, sb)  # "وكشفت مصادر لـ«عكاظ» عن ...": the outlet spoken to
        x = j
        while x < sb and x - k <= CUE_WINDOW:
            f = self.f[x]
            if (self.is_mark[x] and x > 0 and self.toks[x - 1].text == ":") or (x > j and self.cue_at(x)):
                return None  # "قال: «...»" is a direct quote
            if x > j and f in WHILE:
                return None  # "وتتهم واشنطن بيونغ يانغ ...، بينما تتصاعد المخاوف من أن ...": another clause
            if f in THAT and (x == 0 or self.f[x - 1] not in NOT_THAT_AFTER or self.f[x - 1] in preps):
                return (x + 1 if f in THAT_BARE else x), x
            if f in THAT:
                return None  # "بعد أن": a clause of time, not of speech
            if "ب" in preps and (x <= j + 1 or all(self.f[y] in WHEN for y in range(j, x))) and self.glued_bi(x):
                # "اعترف بالقيادة ..."، "نوه التقرير بعودة ...": ب written on its noun, maybe after the
                # day the speaker spoke ("أفاد مصدر أمني أمس الخميس بمقتل ...")
                return x, x
            if f in preps and x + 1 < sb and not (self.toks[x].text == "علي" and self.in_entity(self.toks[x].start)) \
                    and (x <= j + 1 or all(self.f[y] in WHEN or not self.toks[y].is_word
                                                                for y in range(j, x)) or self.setting_between(j, x)
                                                or f == "عن" and self.name_goes_on(j, x)
                                                or j + 1 < x <= j + 4 and self.f[j] in DEMONSTRATIVES and all(
                                                    self.toks[y].is_word and self.f[y] not in STOP for y in range(j + 1, x))
                                                or f == "الي" and self.cause_object(k, j, x)):
                # "عزا بعض الباعة | هذه التصرفات | إلى ...": the object before the preposition
                # "أعلنت الوزارة أمس الجمعة عن ...": only time words between the speaker and عن
                if self.f[x + 1] in THAT:
                    return (x + 2 if self.f[x + 1] in THAT_BARE else x + 1), x + 1
                return x + 1, x
            if self.toks[x].text in ".؟?!" and not self.abbreviation_dot(x):
                return None
            x += 1
        return None

    def cause_object(self, k: int, j: int, x: int) -> bool:
        """"وتعزو مصادر من المقاومة | ضعفها في المدينة | إلى ..."، "عزا المدير تأخر المشروع إلى ...":
        a cue of cause (عزا) whose object, a few words with no clause, mark or other preposition in
        them, stands between its speaker and إلى (what was said is the cause after إلى)."""
        cue = self.cue_at(k)
        if cue is None or cue[1] not in CAUSE_OBJECT_LEMMAS or not j < x <= j + CAUSE_OBJECT_WORDS:
            return False
        if self.in_entity(self.toks[k].start):
            return False  # "عزت": a name as often
        return all(self.toks[y].is_word and self.f[y] not in THAT and not self.cue_at(y)
                   and (self.f[y] not in STOP or self.f[y] in ("في", "من"))  # "ذلك لتغيب اللاعب عن ... إلى مصر"
                   and self.f[y].removeprefix("ال") not in TOWARD  # "وصول أبناء المنطقة إلى ..."
                   for y in range(j, x))

    def cause_speaker(self, rng: tuple[int, int]) -> tuple[int, int]:
        """The speaker of a cue of cause ends before its object, a verbal noun ("الخبير سامي العلي |
        تراجع الطلب إلى ...") or else after the first person named ("فلان | أسباب الحادث إلى ...")."""
        y = next((y for y in range(rng[0] + 1, rng[1]) if _masdar_like(self.f[y])), None)
        if y is not None:
            return rng[0], y
        cut = self.cut_at_entity(rng[0], rng[1])
        return (rng[0], cut) if rng[0] < cut < rng[1] else rng

    def name_goes_on(self, j: int, x: int) -> bool:
        """"كشف المدير العام لأمن المطار اللواء فيصل السنين عن ...": the rest of a long speaker
        phrase, ending with a person's name, between the phrase cut at its first name and عن."""
        if not j < x <= j + 4 or not all(self.toks[y].is_word for y in range(j, x)):
            return False
        e = self.toks[x - 1]
        return any(y.label == "PER" and y.start <= e.start and e.end <= y.end
                   for y in self.ents_within(self.toks[j].start, e.end))

    def setting_between(self, j: int, x: int) -> bool:
        """"أعلنت المديرية في بيان صحفي، عن ..."، "أعلن الأمير عبر حسابه في تويتر عن ...": the
        where and how of the announcement between its speaker and عن."""
        if self.f[x] not in ("عن", "علي") or j >= x:
            return False
        if self.f[x] == "علي" and not (x + 1 < len(self.f) and (
                self.f[x + 1] in THAT or self.f[x + 1] in OBJECT_OPENERS or self.f[x + 1] in MUST
                or _masdar_like(self.f[x + 1]))):
            return False  # "ونص على عقوبات"، "في مكافحة التطرف على الصعد كافة": على of another word
        # the setting may follow the rest of a name cut short ("الأمير عبدالرحمن | بن مساعد | عبر ...")
        o = next((y for y in range(j, min(x, j + 4)) if self.f[y] in SETTING_OPENERS), None)
        if o is None or x - o > SETTING_WINDOW or not all(self.toks[y].is_word for y in range(j, o)):
            return False
        # "خلال كلمته التي ألقاها في الحفل على ...": the verb of a relative clause on the setting's noun
        return not any(self.f[y] in THAT or self.cue_at(y) or _verb(self.f[y]) and self.f[y - 1] not in RELATIVES
                       or self.f[y] in MASDARS
                       or self.toks[y].text in ".؟?!:" for y in range(j, x))  # "عبر حساباتها | ضرورة ..."

    def glued_bi(self, x: int) -> bool:
        """ب written on a noun as a preposition ("بالفاشل"، "بوجود"), not the first letter of a
        name ("بنيامين"، "باريس") or a complementizer ("بأن")."""
        f = self.f[x]
        return self.toks[x].is_word and f[:1] == "ب" and len(f) > 3 and f not in THAT and f[1:] not in THAT \
            and (f[1:3] == "ال" or _masdar_like(f[1:])) and not self.in_entity(self.toks[x].start)

    def quality(self, k: int, j: int, sb: int) -> tuple[int, int] | None:
        """What a cue like وصف/اتهم gives its object with ب: "ويصفه بالفاشل"، "واصفاً إياه
        بالمحفز"، "اتهم فلان زميله باستنساخ ...": the ب-word after the object (a pronoun on the
        verb, إياه, or a short noun phrase)."""
        x = j
        if x < sb and self.f[x] in ("اياه", "اياها", "اياهم", "اياهما"):
            x += 1
        for y in range(x, min(sb, x + QUALITY_OBJECT + 1)):
            f = self.f[y]
            if self.glued_bi(y):
                return (y, y)
            if not self.toks[y].is_word or f in STOP or f in THAT or self.cue_at(y):
                return None
        return None

    def abbreviation_dot(self, x: int) -> bool:
        """The period of a one-letter abbreviation: "د. أبوركبة"، "(د.ب.أ)"، "أ.محمد"."""
        return self.toks[x].text == "." and x > 0 and self.toks[x - 1].is_word and len(self.toks[x - 1].text) == 1 \
            and self.toks[x - 1].end == self.toks[x].start

    def glued_period(self, x: int) -> bool:
        """A sentence end written with no space after it ("... وغيرها.وذكر محمد أن"): the sentence
        splitter missed it; what was said ends there."""
        if self.toks[x].text != "." or x + 1 >= len(self.toks) or self.abbreviation_dot(x):
            return False
        prev, nxt = self.toks[x - 1], self.toks[x + 1]
        if self.is_mark[x - 1] and x >= 2 and self.toks[x - 2].is_word and prev.text in "»”\"":
            prev = self.toks[x - 2]  # "... منذ أشهر».كانت تونس ...": the period glued after a closing mark
        return prev.is_word and nxt.is_word and len(prev.text) > 2 and len(nxt.text) > 2 and nxt.start == self.toks[x].end \
            and "\u0621" <= prev.text[-1] <= "\u064a" and "\u0621" <= nxt.text[0] <= "\u064a"

    def clause_end(self, a: int, sb: int) -> int:
        """Where a reported clause ends: the sentence end, or a comma before the next cue
        ("، مشيراً إلى ..."، "، وأضاف ...") or before a channel ("، بحسب ...")."""
        for x in range(a + 1, sb - 1):
            if self.glued_period(x):
                return self.last_word(a, x)
            if self.toks[x].text in "،,;؛" and (self.next_cue(x + 1) and (
                    self.f[x + 1][1:] not in PRESENT_FORMS or self.says_next(x + 1, sb))
                                                or self.f[x + 1] in POSTPOSED and self.source_follows(x + 2, sb)
                                                or self.f[x + 1] in BREAKERS or self.narrator_goes_on(x + 1, sb)):
                return self.last_word(a, x)
            if self.toks[x].text in "،," and self.f[x + 1] in ADDRESSING:
                return self.last_word(a, x)  # "...، داعيا المخالفين إلى ...": the narrator's account of a call
            if self.toks[x].text in "،," and self.new_colon_frame(x + 1, sb):
                return self.last_word(a, x)  # "...، وعن الغياب قال المدرب: ..."، "...، واختتم حديثه بقوله: ..."
            if self.toks[x].text in "،," and self.f[x + 1] in IN_TURN and x + 2 < sb and (
                    _verb(self.f[x + 2]) or (self.cue_at(x + 2) or ("",))[0] == "verb"):
                return self.last_word(a, x)  # "...، وبدوره أكد اللاعب أن ...": the next speaker's turn
            if self.toks[x].text in "،," and self.f[x + 1] in RELATIVES and any(
                    (self.cue_at(y) or ("",))[0] == "verb" for y in range(x + 2, min(sb, x + 4))):
                return self.last_word(a, x)  # "...، التي أكدت أن ...": a new attribution
            if self.toks[x].text in "،," and self.f[x + 1][:1] == "و" and self.f[x + 1][1:] in STOP and any(
                    (self.cue_at(y) or ("",))[0] == "verb" for y in range(x + 2, min(sb, x + 6))):
                return self.last_word(a, x)  # "...، وعن أهداف الجمعية قال أمين المدينة: إن ..."
            if self.toks[x].text in "،," and self.f[x + 1] in TOPIC_FRAMES and self.topic_then_cue(x + 2, sb):
                return self.last_word(a, x)  # "...، وعن الملابس التي يرتدونها في العيد، أوضح أنه ..."
            if x >= a + 2 and self.toks[x].is_word and self.next_cue(x) and self.cues[x][1] in ADJOINING \
                    and self.says_next(x, sb):
                # "... لأبناء المحافظة وقال المحافظ إنه ..."، "... 320 ألف متر مربع مبينةً أنه ...":
                # the next attribution begins without a comma (and has what was said after it:
                # "لافتة مضيئة" is a sign, "وكشف الأمور" a noun)
                return self.last_word(a, x)
            if x >= a + 2 and self.toks[x].is_word and self.f[x][:1] in "وف" and _verb(self.f[x]) \
                    and x + 1 < sb and self.is_mark[x + 1] and x + 1 not in self.opening:
                return self.last_word(a, x)  # "... لم تهزم ومتوعدة «سنأتيكم ...": her own words, never closed
            if x >= a + 2 and self.toks[x].text == ":" and x + 1 < sb and self.is_mark[x + 1]:
                return self.last_word(a, x)  # "... بأنه “عالمي”: “نحن لا ندّعي ...": his own words follow
            if x >= a + 2 and self.f[x][:1] == "ب" and self.f[x][1:] in SAYING and x + 1 < sb \
                    and (self.toks[x + 1].text == ":" or self.is_mark[x + 1]):
                # "... يريد خوض الانتخابات بقوله "استمع ..."": his own words follow, quoted
                return self.last_word(a, x)
            if x >= a + 2 and self.f[x] in CITING and x + 1 < sb and self.f[x + 1] in SCRIPTURE_SPEAKERS:
                # "... منذ الصغر لقوله صلى الله عليه وسلم ..."، "...، قال الله تعالى ((...))": a verse or a
                # hadith cited as proof is God's or the Prophet's words, not the speaker's clause
                return self.last_word(a, x)
            if x >= a + 2 and self.f[x] in BREAKERS and self.toks[x].text.endswith(("اً", "ةً", "ًا")):
                # "... المناكفات الفنية مطالباً زميله بأن ...": a participle with its tanween written
                # is the narrator's account of how the speaker went on
                return self.last_word(a, x)
        return self.last_word(a, sb)

    def document_says(self, k: int, sb: int) -> tuple[int, tuple[int, int] | None] | None:
        """"وجاء في البيان أن ..."، "تقريرا ... جاء فيه أن ...": what a document says, its author
        the speaker the article follows: (first token of what was said, the document's tokens or
        None for فيه/فيها)."""
        x = k + 1
        doc = None
        if x < sb and self.f[x] in ("فيه", "فيها"):
            x += 1
        elif x + 1 < sb and self.f[x] == "في" and self.document_word(x + 1):
            y = x + 2
            while y < min(sb, x + 2 + DOC_REACH) and self.toks[y].is_word and self.f[y] not in THAT \
                    and not self.cue_at(y) and not _verb(self.f[y]):
                y += 1
            doc, x = (x + 1, y), y
        else:
            return None
        if x < sb and self.toks[x].text in "،,":
            x += 1
        if x >= sb or self.f[x] not in THAT:
            return None
        return (x + 1 if self.f[x] in THAT_BARE else x), doc

    def issuer(self, k: int, sa: int) -> tuple[int, int] | None:
        """"وكانت الإدارة قد أصدرت ... تقريرا ... جاء فيه أن": the subject of the verb that issued
        the document "فيه" points to, before قد or as an organization or person right after the verb."""
        v = next((x for x in range(k - 1, max(sa, k - CUE_WINDOW) - 1, -1) if self.f[x] in ISSUED), None)
        if v is None:
            return None
        rng = self.subject_of_kana(v, sa)
        if rng is not None:
            return rng
        d = next((y for y in range(v + 2, k) if self.document_word(y)), None)
        if d is not None and self.is_mark[v + 1]:
            rng = self.phrase_after(v + 1, d)  # "نشرت "جريدة الشرق الأوسط" في مايو خبرا جاء فيه"
            if rng is not None:
                return rng
        if v + 1 < k:
            e = next((x for x in self.ents_within(self.toks[v + 1].start, self.toks[k].start)
                      if x.label in ("ORG", "PER") and x.start == self.toks[v + 1].start), None)
            if e is not None:
                b = next(y for y in range(v + 1, k + 1) if y == k or self.toks[y].start >= e.end)
                return (v + 1, b)
        return None

    def author_of(self, doc: tuple[int, int]) -> dict:
        """"في بيان للمكتب الإعلامي لرئيس الوزراء"، "في البيان الصادر عن الوزارة": the author named in
        a document's phrase (tokens doc), behind ل or صادر عن; none when it names none."""
        a, b = doc[0] + 1, doc[1]
        while b > a and (self.f[b - 1] in WHEN or self.f[b - 1] in ADVERBS_AFTER):
            b -= 1
        if a + 1 < b and self.f[a] in PUBLISHED and self.f[a + 1] in ("عن", "من"):
            return self.speaker((a + 2, b)) if a + 2 < b else self.speaker(None)
        if a < b and self.f[a].startswith("ال") and not self.f[doc[0]].startswith("ال") and self.f[a] not in STOP:
            rng = self.phrase_after(a, b)  # "في رسالة الرئيس اليمني": the genitive after the noun wrote it
            return self.speaker(rng) if rng is not None and self.designates_speaker(rng) else self.speaker(None)
        if a < b and self.f[a][:1] == "ل" and len(self.f[a]) > 3 and not self.in_entity(self.toks[a].start):
            return _without_lam(self.speaker((a, b)))
        return self.speaker(None)

    def document_word(self, x: int) -> bool:
        """A document's noun, maybe definite or with a pronoun ("البيان"، "بيانها"، "تقرير")."""
        f = self.f[x]
        f = f[2:] if f.startswith("ال") else f[:-1] if f.endswith("ا") and f[:-1] in DOCUMENT_NOUNS else f
        return f in DOCUMENT_NOUNS or any(f.endswith(p) and f[:-len(p)] in DOCUMENT_NOUNS for p in ("ه", "ها", "هم"))

    def topic_then_cue(self, x: int, sb: int) -> bool:
        """After "، وعن"/"، وحول"/"، وبشأن": the topic (a few words) and a comma, then a speech verb
        ("وعن الملابس التي يرتدونها في العيد، أوضح أنه ..."): the speaker's next answer."""
        for y in range(x, min(sb - 1, x + TOPIC_REACH)):
            t = self.toks[y].text
            if t in "،,":
                return y > x and (self.cue_at(y + 1) or ("",))[0] == "verb"
            if not self.toks[y].is_word or self.is_mark[y]:
                return False
        return False

    def new_colon_frame(self, x: int, sb: int) -> bool:
        """Whether the words from token x open a new speech frame that ends in a colon: a speech verb,
        or بقوله/بالقول right before the colon, within ``COLON_WINDOW`` tokens and no comma ("وعن غياب
        المهاجم قال المدرب: ..."، "واختتم المدرب حديثه بقوله: ...")."""
        for y in range(x, min(sb, x + COLON_WINDOW)):
            t = self.toks[y].text
            if t in "،,;؛.!؟?" or self.is_mark[y] or "\n" in self.text[self.toks[y - 1].end:self.toks[y].start]:
                return False
            if t == ":":
                if y == x or y + 1 >= sb or not self.toks[y + 1].is_word and not self.is_mark[y + 1]:
                    return False
                g = self.f[y - 1]
                if g in CUE_FILLERS or g[:1] == "ب" and g[1:] in SAYING:
                    return True  # "واختتم المدرب حديثه بقوله:"
                said = [k for k in range(x, y) if _verb(self.f[k]) or (self.cue_at(k) or ("",))[0] in ("verb", "participle")]
                # the verb opens the frame ("ثم قال المدرب:") or follows its topic ("وعن الغياب قال المدرب:")
                return bool(said) and (said[0] <= x + 1 or self.f[x] in TOPIC_OPENERS)
        return False

    def source_follows(self, x: int, sb: int) -> bool:
        """After بحسب/وفق: a source ("المصدر"، a name, "ما نقلت ...") rather than a plan or a
        rule ("وفق نظام"، "حسب الخطة")."""
        if x >= sb:
            return False
        if self.f[x] in ("ل", "لما", "ما"):
            return True
        f = self.f[x][1:] if self.f[x][:1] == "ل" and len(self.f[x]) > 3 else self.f[x]
        head = f[2:] if f.startswith("ال") else f
        if head in SPEAKER_HEADS or head in UNNAMED_HEADS or head in ORG_HEADS or head in DOCUMENTS:
            return True
        s, e = self.toks[x].start, self.toks[min(sb, x + 3) - 1].end
        return any(y.label in ("PER", "ORG") for y in self.ents_within(s, e))

    def says_next(self, x: int, sb: int) -> bool:
        """Whether the cue at x has what was said after it: a complement (أن/إن, a preposition)
        or a colon or quotation mark right after it or after its speaker ("قائلاً: ..."، "ويضيف المدير: ...")."""
        j = x + 1 + 2 * (x + 2 < sb and self.f[x + 1] in ("بشكل", "بصوره"))  # "مشيرا بشكل خاص إلى"
        if self.complement(x, j, sb, self.cues[x][2]) is not None:
            return True
        reach = x + 2 + MAX_SPEAKER if self.cues[x][0] == "verb" else x + 2  # "قائلاً: ..."
        for y in range(x + 1, min(sb, reach)):
            if self.toks[y].text == ":" or self.is_mark[y]:
                return True
            if not self.toks[y].is_word:
                return False
        return False

    def narrator_goes_on(self, x: int, sb: int) -> bool:
        """"، كما أشاد الوزير ..."، "، حيث قال ...": a connective with a cue or a verb of the
        narrator right after it starts the narrator's next clause; "، كما سجلت ..." goes on with
        what was said."""
        if self.f[x][:1] == "و" and self.f[x][1:] in NARRATOR:
            return True  # "...، وتحدثت عن فكرة البحث": the narrator's next act
        if self.f[x] not in CONNECTIVES:
            return False
        return any(self.cue_at(y) or _verb(self.f[y]) or self.f[y] in NARRATOR for y in range(x + 1, min(sb, x + 3)))

    def next_cue(self, x: int) -> bool:
        """A cue that starts a new attribution after a comma: a participle ("مشيراً") or a verb
        with و/ف ("وأضاف"); a bare verb there belongs to the clause ("أن كيم، أكد ...")."""
        cue = self.cue_at(x)
        return bool(cue) and (cue[0] == "participle" or (cue[0] == "verb" and self.f[x][:1] in "وف"
                                                           and self.f[x][1:] in CUES))

    def reported(self, bounds, inside: set[int]) -> list[Span]:
        """Reported speech: every cue of a sentence (verb, participle, masdar) with its
        complement (أن/إن clause, or the noun phrase after عن/إلى/على/من), the speaker named
        between them; a cue with no subject ("وأوضحت أن"، "مشيراً إلى") is left to the speaker
        the article is following (see :func:`follow_speakers`)."""
        out: list[Span] = []
        for sa, sb in bounds:
            k = sa
            while k < sb:
                cue = self.cue_at(k) if k not in inside else None
                that_only = cue is None and k not in inside and self.toks[k].is_word and self.f[k] in THAT_ONLY
                if that_only:
                    cue = THAT_ONLY[self.f[k]]  # "وبين المدير أن"، "وذهب البعض إلى أن"
                    # "وبيَّن": the shadda writes the verb, never "between"; its speaker may carry an
                    # age or a role in dashes before أن ("وبيَّن فلان -(94)عاماً- أنَّه ...")
                    that_only = "\u0651" not in self.toks[k].text or self.f[k][:1] not in "وف"
                definite = cue is None and k not in inside and self.f[k] in DEFINITE_MASDARS
                if definite:
                    if k + 1 >= sb or self.f[k + 1] != "علي":
                        k += 1
                        continue
                    cue = DEFINITE_MASDARS[self.f[k]]  # "للتأكيد على ..."
                if cue is None and k not in inside and self.f[k] in CAME_IN:
                    said = self.document_says(k, sb)
                    author = None if said is None else self.issuer(k, sa) if said[1] is None else said[1]
                    if author is not None:
                        a, doc = said
                        b = self.clause_end(a, sb)
                        if b > a and _words(self.toks[a:b]) >= 3 and not any(x in inside for x in range(a, b)):
                            via = self.text[self.toks[doc[0]].start:self.toks[doc[1] - 1].end] if doc else None
                            out.append(Span(self.toks[a].start, self.toks[b - 1].end, "indirect", {
                                "speaker": self.speaker(author) if doc is None else self.author_of(doc),
                                "cue": self.toks[k].text, "via": via, "partial": False}, "quotes"))
                            k = a
                            continue
                if cue is None:
                    k += 1
                    continue
                kind, lemma, preps = cue
                start = k + 1 + (k + 1 < sb and self.f[k + 1] in OBJECT_WORDS)  # "وأكد ذلك الوزير"
                lead = start
                while start < sb and (self.f[start] in ADVERBS or self.f[start] in CUE_OBJECTS and self.skips_object(start)):
                    start += 1  # "أعلنت مؤخرا ..."، "يلفت فيه الأنظار إلى": no speaker starts with an adverb
                rng = self.phrase_after(start, sb) if kind == "verb" else None
                kana = self.subject_of_kana(k, sa) if kind == "verb" else None
                if kana is not None:
                    rng = None  # "وكانت الإدارة الشبابية قد نفت نيتها ...": the subject stands before قد (and
                    # phrase_before finds it); the words after the cue are its object
                if kind == "verb" and k > sa and self.f[k - 1] in ("من", "ومن") \
                        and (k - 1 == sa or not self.toks[k - 2].is_word or self.f[k - 2] in ("بل", "ثم")) \
                        and any(self.toks[y].text in "؟?" for y in range(k + 1, sb)):
                    k += 1  # "ومن قال لهم إن طريقتهم هي الفضلى؟": who said so, asked, no one speaking (but
                    continue  # "كيف ترد على من يقول إن ...؟": those who say it)
                if kind == "verb" and k > sa and self.f[k - 1].removeprefix("و") in ("هذا", "ذلك") and self.f[k][:1] in "يت":
                    k += 1  # "وهذا يؤكد على أن ...": the narrator's inference, no one speaking
                    continue
                if kind == "verb" and rng is None and k > sa and self.f[k - 1] in ("ما", "مما") and self.f[k][:1] in "يت":
                    k += 1  # "، ما يشير إلى ..."، "وهذا ما يؤكد أن ...": a fact that points to something
                    continue
                if lemma in PASSIVE_PRONE and self.f[k].lstrip("وف") in PRESENT_FORMS \
                        and rng and not self.designates_speaker(rng):
                    k += 1  # "تعتبر المنطقة الركيزة الأساسية ...": is considered
                    continue
                if rng and "ب" in preps and self.glued_bi(rng[0]):
                    rng = None  # "اعترف بالقيادة تحت تأثير ...": the preposition's complement
                if rng and (self.f[rng[0]] in THAT or self.f[rng[0]] in preps or self.f[rng[0]].startswith("ل")):
                    rng = None  # "تؤكد لخبراء ناسا أن": the ones spoken to
                obj = self.object_start(rng, sb) if rng and kind == "verb" and lemma in OBJECT_CUES else None
                if kind == "verb" and lemma in OBJECT_CUES and start < sb and self.f[start] in OBJECT_OPENERS:
                    obj, rng = start, None  # "وأكد عدم وجود ..."، "وأكد أهمية ...": the object, no speaker
                if obj is None and rng and "ب" in preps:
                    # "اعترف السائق بالقيادة ...": ب written on the complement ends the name
                    obj = next((x for x in range(rng[0] + 1, rng[1]) if self.glued_bi(x)), None)
                if obj is None and rng and start > lead and lemma in OBJECT_CUES and _masdar_like(self.f[rng[0]]):
                    obj, rng = rng[0], None  # "أعلنت مؤخرا تحرير عدن": the object right after the verb
                if obj is not None and rng and lemma in QUALITY_CUES:
                    # "اتهم الكاتب خالد العمر زميله المخرج باستنساخ": the object stands between the
                    # name and the ب-word; "قد اتهم زميله بـ": no subject after the verb at all
                    cut = self.cut_at_entity(rng[0], obj)
                    rng = (rng[0], cut) if cut < obj and self.designates_speaker((rng[0], cut)) else \
                        rng if self.designates_speaker(rng) else None
                    j = obj
                elif obj is not None and rng:
                    end = obj
                    while end > rng[0] + 1 and (self.f[end - 1] in WHEN or self.f[end - 1] in ADVERBS_AFTER):
                        end -= 1
                    end = next((y for y in range(rng[0] + 1, end) if self.skip_addressee(y, end) > y), end)
                    rng = (rng[0], end)  # "نفى المصدر لـ«الصباح» وصول ...": the outlet is not the speaker
                j = rng[1] if rng else start if obj is None else obj
                comp = (obj, obj) if obj is not None else self.complement(k, j, sb, preps)
                if comp is None and lemma in QUALITY_CUES:
                    comp = self.quality(k, j, sb)  # "ويصفه بالفاشل"، "اتهم فلان زميله باستنساخ ..."
                if comp is None and lemma in OBJECT_CUES:
                    # "مؤكداً استمرار الدعم", "أعلنت الشركة، زيادة عدد ...": the object is what was said
                    x = j + (rng is not None and j < sb and self.toks[j].text in "،,")
                    if (x < sb and (kind == "participle" or x > j or kana is not None) and self.toks[x].is_word
                            and self.f[x] not in CIRCUMSTANTIAL and self.f[x] not in STOP and self.f[x] not in NOT_THAT_AFTER and not self.cue_at(x)):
                        comp = (x, x)
                if that_only and (comp is None or self.f[comp[1]] not in THAT or comp[1] - k > MAX_SPEAKER + 4
                                  or self.toks[k + 1].text == ":"  # "واستطرد: ...": his words follow, not a clause
                                  or self.toks[comp[1]].text.startswith("إ")  # "مفيدا إن استخدمه": if
                                  or any(self.f[x][:1] == "و" and lemma not in GROUP_SUBJECT or not self.toks[x].is_word and (
                                      self.toks[x].text not in "،," or x + 1 < comp[1] and self.f[x + 1] not in preps)
                                         or self.f[x] in STOP and self.f[x] not in preps
                                         and not (lemma in GROUP_SUBJECT and self.f[x] == "من")
                                         for x in range(k + 2, comp[1]))):
                    # "بين الرياض وجدة"، "ذهب إلى المدرسة": no one said anything; the speaker
                    # and at most a comma or the preposition stand between the verb and أن
                    comp = None
                if comp is not None and lemma == "أعرب" and any(
                        self.f[y] in EXPRESSIVE or self.f[y][:-1] in EXPRESSIVE or self.f[y][:-2] in EXPRESSIVE
                        for y in range(k + 1, min(comp[0], k + 2 + MAX_SPEAKER))):
                    comp = None  # "أعرب عن أمله بأن ..."، "معربا عن شكره": a wish or thanks, not a statement
                if comp is not None and rng and lemma in QUALITY_CUES and kind == "verb" and self.f[comp[0]][:3] == "بان" \
                        and not any(self.f[k].endswith(x) and self.f[k][:-len(x)] in CUES for x in ("هما", "هم", "ها", "ه")):
                    # "ووصف هذه الحرب بأنها ..."، "وصف الاتحاد الأوروبي بأنه ...": the phrase after the
                    # verb is what is described; a name before it is the one describing ("ووصف الوزير
                    # خالد العمر الاتفاق بأنه ...")
                    cut = self.cut_at_entity(rng[0], rng[1])
                    rng = (rng[0], cut) if cut < rng[1] and any(
                        x.label == "PER" for x in self.ents_within(self.toks[rng[0]].start, self.toks[cut - 1].end)) else None
                if comp is None:
                    k += 1
                    continue
                a, c = comp
                # the outlet spoken to ("لفرانس برس"، "لوكالة ...") ends the name phrase
                reach = next((x for x in range(rng[1], c) if self.f[x][:1] == "ل" and self.f[x][1:] in OUTLETS), c) if rng else c
                if rng and reach > rng[1] and self.f[rng[1]] not in DEMONSTRATIVES and self.f[rng[1]] not in ADVERBS_AFTER \
                        and not (rng[1] > rng[0] and self.object_after_name(rng[1])) \
                        and all(self.toks[x].is_word and self.f[x] not in THAT and not self.cue_at(x) and
                                (self.f[x] in WHEN or self.f[x] not in STOP) for x in range(rng[1], reach)):
                    # the name phrase was cut short (at an entity inside it, "وزير خارجية سلوان سامر
                    # الحداد") or a time follows it ("أكد الوزير اليوم الخميس أن")
                    end = reach
                    while end > rng[0] + 1 and self.f[end - 1] in WHEN:
                        end -= 1
                    rng = (rng[0], end)
                if rng and kind == "verb" and lemma in CAUSE_LEMMAS and self.f[c] == "الي":
                    rng = self.cause_speaker(rng)  # "ويعزو الخبير | تراجع الطلب | إلى ..."
                b = self.clause_end(a, sb)
                if b <= a or _words(self.toks[a:b]) < 3:
                    k += 1
                    continue
                if all(x in inside for x in range(a, b)) or self.is_mark[a] and self.closing.get(a, sb) >= b - 1:
                    k = b  # "أن «...»": the quotation marks enclose what was said: a direct quote
                    continue
                # "إن “المقاومة” سيطرت “على مواقع جديدة” في تعز": marks around part of the clause
                # quote those words; the clause is reported speech
                channel = None
                if rng is None and kind == "verb":
                    rng = kana or self.phrase_before(k, sa)  # "وكان وزير الدفاع، كانج سون نام، أعلن أن"
                elif rng is None and kind == "masdar":
                    # "نقلت وكالة الأنباء عن الوزير هشام الكردي قوله إن ...": the one after عن spoke,
                    # the one before it passed the words on
                    an = next((x for x in range(k - 1, max(sa, k - 1 - MAX_SPEAKER) - 1, -1) if self.f[x] == "عن"), None)
                    if an is not None and an + 1 < k:
                        rng = (an + 1, k)
                        v = next((x for x in range(an - 1, max(sa, an - 1 - MAX_SPEAKER) - 1, -1) if _verb(self.f[x])), None)
                        channel = self.phrase_after(v + 1, an) if v is not None else None
                sp = self.speaker(rng) if rng else self.speaker(None)
                if sp["text"] and fold(sp["text"]) in NOT_SPEAKER:
                    sp = self.speaker(None)
                end = b
                via = self.speaker(channel)["text"] if channel else self.via(end, sb) or self.via(sa, k)
                glued = a == c and self.glued_bi(a)
                if glued and lemma == "أفاد" and (self.f[k].lstrip("وف") in PRESENT_FORMS or not sp["text"]):
                    # "بلاغ يفيد باندلاع حريق"، "تقارير تفيد بـ": what a report indicates, not a statement;
                    # "وأفاد فيها بـ" with no one named: whose letter it is, the article does not follow
                    k += 1
                    continue
                if lemma in QUALITY_CUES and glued and (rng is not None and kana is None and not self.designates_speaker(rng)
                                                        or rng is None and self.f[k][:1] in "وف" and obj is not None):
                    k += 1  # "ووصفت 15 حالة بالحرجة": the narrator's description, no one speaking
                    continue
                out.append(Span(self.toks[a].start + glued, self.toks[end - 1].end, "indirect", {
                    "speaker": sp, "cue": self.toks[k].text, "via": via, "partial": False}, "quotes"))
                k = a  # a cue inside what was said has its own clause ("أوضح التقرير أن الحكومة أعلنت عن ...")
        return out

    def postposed(self, bounds, taken: list[Span]) -> list[Span]:
        """"...، بحسب المتحدث باسم الشرطة." / "... وفقاً لرويترز.": a sentence attributed at its
        end; what comes before the attribution was said by the one named after it."""
        out: list[Span] = []
        for sa, sb in bounds:
            for x in range(sa + 4, sb - 1):
                cut, p = x, x + 1  # the comma before the attribution, its cue word
                if self.toks[x].text in "،,؛;":
                    if self.f[x + 1] not in POSTPOSED:
                        continue
                elif self.f[x] in POSTPOSED and self.toks[x - 1].is_word and sb - x <= MAX_SPEAKER + 4:
                    # "... إلى خارج الحديقة حسبما قال رودريجيز."، "... بحسب المصدر.": no comma, the
                    # attribution closes the sentence; its source is a name, or a verb follows
                    src = x + 1 + (x + 1 < sb and self.f[x + 1] in ("ل", "لما", "ما"))
                    if src >= sb:
                        continue
                    s, e = self.toks[src].start, self.toks[sb - 1].end
                    if not (self.cue_at(src) or _verb(self.f[src])
                                         or self.f[src].removeprefix("ال") in UNNAMED_HEADS
                                         or self.f[src].removeprefix("ال") in PERSON_ROLES  # "... بحسب الرئيس الغابوني."
                                         or any(
                            y.label in ("PER", "ORG") for y in self.ents_within(s, e))):
                        continue
                    p = x
                else:
                    continue
                a = sa + (self.f[sa] in ("و", "ف"))
                but = next((y for y in range(cut - 3, a, -1) if self.f[y] == "الا" and self.f[y + 1] in THAT), None)
                if but is not None:
                    a = but + 1 + (self.f[but + 1] in THAT_BARE)  # "ورغم القلق ... إلا أن | الشركة قامت ..."
                s, e = self.toks[a].start, self.toks[cut - 1].end
                cued = any(self.cue_at(y) or _verb(self.f[y]) for y in range(a, cut))
                if any(q.start < e and s < q.end and not (q.label == "direct" and q.attrs.get("partial") and not cued
                                                           and s <= q.start and q.end <= e) for q in taken) \
                        or _words(self.toks[a:cut]) < 4:
                    break  # words in marks inside the sentence ("فتاتان «يقل عمرهما عن 15 عاما»") are quoted too
                src = p + 1
                if src < sb and self.f[src] in ("ل", "لما", "ما"):
                    src += 1  # "وفقا لما", "بحسب ما"
                if src < sb and self.cue_at(src):
                    src += 1  # "بحسب ما نقلت وسائل الإعلام": the medium after its verb
                # "وفقا لقناة «سكاي نيوز»": the source behind ل, not one spoken to
                rng = self.phrase_after(src, sb, addressee=self.f[p] not in ACCORDING_TO_BARE)
                if rng is None:
                    break
                sp = self.speaker(rng)
                t0 = self.toks[rng[0]]
                if self.f[p] in ACCORDING_TO_BARE and self.f[rng[0]][:1] == "ل" and not any(
                        x.start == t0.start for x in self.ents_within(t0.start, t0.end)):
                    sp = {**sp, "start": sp["start"] + 1, "text": sp["text"][1:]}  # "لقناة" -> "قناة"
                out.append(Span(s, e, "indirect", {"speaker": sp, "cue": self.toks[p].text,
                                                   "via": None, "partial": False}, "quotes"))
                break
        return out


def _without_lam(sp: dict) -> dict:
    """A speaker phrase written behind the preposition ل, without it: "لوزارة" -> "وزارة", "للمكتب"
    -> "المكتب" (starting one letter later)."""
    text = "ال" + sp["text"][2:] if sp["text"].startswith("لل") else sp["text"][1:]
    return {**sp, "start": sp["start"] + 1, "text": text}


def _document_head(text: str) -> str:
    """The head noun of a document's phrase, folded, without its conjunction and article."""
    head = fold(text).split()[0].lstrip("وف")
    return head[2:] if head.startswith("ال") else head


def _short_form(words: list[str]) -> str | None:
    """"المصدر", "الوزير", "الوزارة": a one-word designation of someone named fully before."""
    if len(words) == 1 and words[0].startswith("ال") and len(words[0]) > 4:
        return words[0][2:]
    return None


def _agreement(word: str | None) -> tuple[str, str] | None:
    """Gender and number a cue's form shows of its subject: ("m"|"f"|"", "s"|"d"|"p"), or None when
    the form does not tell ("قال" m s, "أضافت" f s, "أكدا" dual, "أضافوا" plural, "تقول" f s,
    "مشيرة" f s, "مضيفا" m s, "قولها" f s)."""
    f = fold(word or "")
    entry = CUES.get(f)
    if entry is None:
        return None
    kind, lemma, _ = entry
    lf = fold(lemma)
    for c in (f, f[1:]) if f[:1] in "وف" else (f,):
        if kind == "verb":
            stem = lf[:-1] if lf.endswith(("ي", "ا")) and len(lf) > 2 else lf
            if c == lf:
                return ("m", "s")
            if c == stem + "ت":
                return ("f", "s")
            if c == stem + "تا":
                return ("f", "d")
            if c in (stem + "يا", stem + "ا"):
                return ("", "d")
            if c == stem + "وا":
                return ("m", "p")
            if c in PRESENT_FORMS:
                if c.endswith("ان"):
                    return ("", "d")
                if c.endswith("ون"):
                    return ("m", "p")
                return ("m", "s") if c[:1] == "ي" else ("f", "s") if c[:1] == "ت" else None
            if c.startswith(lf) and c != lf:
                return ("m", "s")  # "أبلغه": the past with an object pronoun
        elif kind == "participle" and c[:1] == "م":
            if c.endswith("تين"):
                return ("f", "d")
            if c.endswith(("ين", "ون")):
                return None  # plural or dual
            return ("m", "s") if c.endswith("ا") else ("f", "s") if c.endswith("ه") else None
        elif kind == "masdar":
            return ("f", "s") if c.endswith("ها") else ("", "p") if c.endswith("هم") else \
                ("m", "s") if c.endswith("ه") else None
    return None


def _disagrees(cue: tuple[str, str] | None, named: tuple[str, str] | None, text: str | None) -> bool:
    """A subjectless cue whose form cannot have the followed speaker as subject: a feminine singular
    after a masculine one ("قال علاء ... وكشفت أن"), or a dual after one named alone ("وأكدا أن" after "قال
    المخرج")."""
    if cue is None or named is None:
        return False
    if cue[1] == "s" and named[1] == "s":
        # a feminine cue after one named with a masculine verb; not the other way: news goes on with a
        # masculine participle after a body named with a feminine verb ("وأكدت الأمانة ...، مؤكداً أن")
        return cue[0] == "f" and named[0] == "m"
    if cue[1] == "d" and named[1] == "s":
        return " و" not in (text or "") and not fold((text or "").split(" ")[0]).endswith(("ان", "ين"))
    return False


def follow_speakers(quotes: list[Span], actors: list[tuple[int, dict, str]] = ()) -> None:
    """The speaker the article is following: a quote with no named speaker ("وأضاف:",
    "مشيراً إلى أن") takes the last one named before it, by a quote or by a speech verb
    (``actors``: (offset, speaker, the verb that names it), "شكر بوتين ... وقال: «...»"); a short
    form ("المصدر", "الوزير") takes the fullest earlier speaker it designates."""
    named: list[dict] = []
    events = sorted([(q.start, 1, q, q.attrs.get("cue")) for q in quotes]
                    + [(pos, 0, sp, verb) for pos, sp, verb in actors], key=lambda x: x[:2])
    current: dict | None = None
    agreement: tuple[str, str] | None = None  # what the cue that named the followed speaker shows of it
    god: tuple[int, dict | None, tuple | None] | None = None  # God named as a verb's subject: where, and who was followed
    for pos, is_quote, item, cue in events:
        if not is_quote:
            if item.get("name") == "الله":
                # God speaks only in the verse quoted right after; the article goes on following its speaker
                god = (pos, current, agreement) if god is None else (pos, god[1], god[2])
            else:
                god = None
            current, agreement = item, _agreement(cue)
            continue
        q = item
        sp = q.attrs.get("speaker") or {}
        if god is not None and (sp.get("text") or pos - god[0] > GOD_REACH or q.label != "direct"
                                or fold(cue or "") not in GOD_SAID):
            current, agreement, god = god[1], god[2], None
        if not sp.get("text"):
            if current is not None and not _disagrees(_agreement(cue), agreement, current.get("text")):
                q.attrs["speaker"] = {**current, "carried": True}
            if god is not None:
                current, agreement, god = god[1], god[2], None
            continue
        words = fold(sp["text"]).split()
        short = _short_form(words)
        if short:
            full = next((n for n in reversed(named) if short in {w[2:] if w.startswith(("ال", "لل")) else w
                                                                  for w in fold(n["text"]).split()}
                         and len(n["text"].split()) > 1), None)
            if full is not None:
                q.attrs["speaker"] = sp = {**full, "short": sp["text"]}
        if sp.get("name") not in ("الله", "الرسول"):
            # scripture and hadith quoted ("قال تعالى: (...)", "قال صلى الله عليه وسلم ((...))") are not
            # who the article follows
            current, agreement = sp, _agreement(cue)
        named.append(sp)


@component("quotes", needs=("sentences", "entities"), adds=("quotes",), languages=("ar",))
def quotes(doc: Document) -> Document:
    doc.layers["quotes"] = _Finder(doc).run()
    return doc
