"""The SQLite store: incremental analyze --db, search, exports, schema version."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from marsad.store import SCHEMA_VERSION, Store, analyze_into_db

SAMPLE_CORPUS = __import__("pathlib").Path(__file__).resolve().parents[1] / "src" / "marsad" / "samples" / "corpus"

ARTICLES = [
    {"id": "a1", "title": "وزير الخارجية يصل إلى بيونغ يانغ", "outlet": "الضفتين", "published": "2023-10-18",
     "content": "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم الأربعاء في زيارة تستغرق يومين، "
                "وقال إن المحادثات ستتناول التعاون الاقتصادي والأمني بين البلدين بالتفصيل."},
    {"id": "a2", "title": "محادثات في بيونغيانغ", "outlet": "السنبلة", "published": "2023-10-19",
     "content": "أجرى لافروف محادثات في بيونغيانغ مع نظيرته الكورية الشمالية، وأكدت الوزارة أن الجانبين "
                "اتفقا على خطة للتعاون تمتد خمس سنوات وتشمل النقل والطاقة والزراعة."},
    {"id": "a3", "title": "معرض للكتاب في القاهرة", "outlet": "الضفتين", "published": "2023-10-19",
     "content": "افتتح في القاهرة معرض للكتاب بمشاركة مئات دور النشر العربية والأجنبية، ويستمر أسبوعين "
                "تتخللهما ندوات فكرية وأمسيات شعرية وورش للأطفال في قاعات المعرض."},
]


@pytest.fixture
def db(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES[:2]), encoding="utf-8")
    path = tmp_path / "x.db"
    analyze_into_db([str(f)], str(path))
    return path


def test_analyze_is_incremental_and_idempotent(db, tmp_path):
    f = tmp_path / "more.jsonl"
    f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    r = analyze_into_db([str(f)], str(db))
    assert [d.id for d in r.documents] == ["a1", "a2", "a3"]
    again = analyze_into_db([str(f)], str(db))
    assert [d.id for d in again.documents] == ["a1", "a2", "a3"]
    assert [d.to_dict() for d in again.documents] == [d.to_dict() for d in r.documents]


def test_search_folds_spellings_clitics_and_filters(db):
    with Store(db, readonly=True) as st:
        assert sorted(r["id"] for r in st.search("بيونغ يانغ")) == ["a1", "a2"]
        assert sorted(r["id"] for r in st.search("بيونج يانج")) == ["a1", "a2"]
        found = st.search("المحادثات")  # محادثات in a2, المحادثات in a1
        assert sorted(r["id"] for r in found) == ["a1", "a2"]
        assert "وقال إن المحادثات ستتناول" in next(r["snippet"] for r in found if r["id"] == "a1")
        assert len(st.search("لافروف", limit=1)) == 1
        lavrov = st.conn.execute("SELECT entity FROM mentions WHERE text = 'لافروف'").fetchone()[0]
        assert sorted(r["id"] for r in st.search("محادثات", entity=lavrov)) == ["a1", "a2"]
        assert st.search("محادثات", entity="e_none") == []
        assert [r["id"] for r in st.search("لافروف", outlet="السنبلة")] == ["a2"]
        assert [r["id"] for r in st.search("لافروف", since="2023-10-19")] == ["a2"]
        assert st.search("كلمة غير موجودة أبدا") == []


def test_readonly_store_refuses_writes(db):
    with Store(db, readonly=True) as st:
        with pytest.raises(sqlite3.OperationalError):
            st.conn.execute("DELETE FROM articles")


def test_schema_version(db):
    with Store(db) as st:
        assert st.version() == SCHEMA_VERSION


def test_exports(db, tmp_path):
    for fmt in ("jsonl", "csv", "parquet", "graphml"):
        out = tmp_path / f"x.{fmt}"
        subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", str(db), "--format", fmt, "--out", str(out)],
                       check=True, capture_output=True)
        assert out.stat().st_size > 0
    assert [json.loads(l)["id"] for l in (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()] == ["a1", "a2"]
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "x.parquet").column("id").to_pylist() == ["a1", "a2"]
    assert "<graphml" in (tmp_path / "x.graphml").read_text(encoding="utf-8")


def test_search_command(db):
    out = subprocess.run([sys.executable, "-m", "marsad.cli", "search", "لافروف", "--db", str(db), "--json"],
                         check=True, capture_output=True, text=True).stdout
    assert sorted(json.loads(l)["id"] for l in out.splitlines()) == ["a1", "a2"]


def test_seeds_search_finds_every_spelling_of_pyongyang(shared_dir, tmp_path):
    db = tmp_path / "seeds.db"
    analyze_into_db([str(shared_dir / "seeds")], str(db))
    with Store(db, readonly=True) as st:
        found = sorted(r["id"][:3] for r in st.search("بيونغ يانغ"))
    assert found == ["001", "002", "003", "004"]


def test_a_version_1_database_is_migrated(tmp_path):
    """Databases written by the first schema keep their articles and stay searchable."""
    from marsad.store import _MIGRATIONS, search_keys, search_words

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(_MIGRATIONS[1])
    body = "لافروف في بيونغيانغ\nوصل لافروف إلى بيونغيانغ اليوم."
    conn.execute("INSERT INTO articles (id, seq, title, doc) VALUES ('old1', 1, 'لافروف في بيونغيانغ', ?)",
                 (json.dumps({"id": "old1", "text": body.split("\n")[1]}, ensure_ascii=False),))
    conn.execute("INSERT INTO articles_fts (id, words, keys) VALUES ('old1', ?, ?)", (search_words(body), search_keys(body)))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as st:
        assert st.version() == SCHEMA_VERSION == 5
        assert [r["id"] for r in st.search("بيونغ يانغ")] == ["old1"]
        assert st.conn.execute("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").fetchone() is None


LAVROV = {"id": "a4", "title": "لافروف: الحوار مستمر", "outlet": "السنبلة", "published": "2023-10-20",
          "content": "قال وزير الخارجية الروسي سيرغي لافروف في القاهرة: «سنواصل الحوار مع كل الأطراف»، مضيفا أن "
                     "زيارته إلى بيونغ يانغ كانت ناجحة ومثمرة للبلدين."}


@pytest.fixture(scope="module")
def queries(tmp_path_factory):
    """A database of four articles, opened read-only as the web app opens it."""
    d = tmp_path_factory.mktemp("queries")
    f = d / "in.jsonl"
    f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES + [LAVROV]), encoding="utf-8")
    analyze_into_db([str(f)], str(d / "x.db"))
    with Store(str(d / "x.db"), readonly=True) as st:
        yield st


def test_the_store_queries(queries):
    st = queries
    assert st.counts() == {"articles": 4, "stories": 3, "entities": 3}
    stories = st.latest_stories()
    assert [s["articles"] for s in stories] == [["a1", "a4"], ["a3"], ["a2"]]
    assert [s["articles"] for s in st.latest_stories(limit=1)] == [["a1", "a4"]]
    assert st.story(stories[0]["id"]) == stories[0]
    assert st.articles_of(["a4", "a1"]) == [
        {"id": "a1", "title": ARTICLES[0]["title"], "outlet": "الضفتين", "published": "2023-10-18", "duplicate_of": None},
        {"id": "a4", "title": LAVROV["title"], "outlet": "السنبلة", "published": "2023-10-20", "duplicate_of": None}]
    ids = {e["name"]: e["id"] for e in st.entities_of(["a1", "a2", "a3", "a4"])}
    assert [(e["name"], e["n"]) for e in st.entities_of(["a1", "a2", "a3", "a4"])] == [
        ("بيونغ يانغ", 3), ("سيرغي لافروف", 3), ("القاهرة", 2)]
    assert [e["name"] for e in st.entities_of(["a1", "a2", "a3", "a4"], limit=1)] == ["بيونغ يانغ"]
    lavrov = ids["سيرغي لافروف"]
    e = st.entity(lavrov)
    assert (e["type"], e["name"], e["articles"], e["variants"]) == ("PER", "سيرغي لافروف", 3, ["سيرغي لافروف", "لافروف"])
    assert [(q["article"], q["kind"], q["text"], q["published"]) for q in st.quotes_by(lavrov)] == [
        ("a1", "indirect", "المحادثات ستتناول التعاون الاقتصادي والأمني بين البلدين بالتفصيل", "2023-10-18"),
        ("a4", "direct", "سنواصل الحوار مع كل الأطراف", "2023-10-20"),
        ("a4", "indirect", "زيارته إلى بيونغ يانغ كانت ناجحة ومثمرة للبلدين", "2023-10-20")]
    assert [(c["name"], c["n"]) for c in st.cooccurring(lavrov)] == [("بيونغ يانغ", 3), ("القاهرة", 1)]
    assert [a["id"] for a in st.articles_naming(lavrov)] == ["a1", "a2", "a4"]
    line = st.storyline(stories[0]["storyline"])
    assert [s["articles"] for s in st.stories_of_line(line["id"])] == [["a1", "a4"], ["a2"]]
    assert (st.story("s_none"), st.entity("e_none"), st.storyline("l_none")) == (None, None, None)


def test_the_web_layer_asks_the_store_and_runs_no_sql():
    web = sys.modules.get("marsad.web.app") or __import__("marsad.web.app", fromlist=["x"])
    source = open(web.__file__, encoding="utf-8").read()
    assert "execute(" not in source and ".conn" not in source


def _stories(db) -> dict[str, list[str]]:
    with Store(db, readonly=True) as st:
        return {s["id"]: sorted(s["articles"]) for s in st.latest_stories()}


def _entities(db) -> dict[tuple[str, str], tuple[list[str], int]]:
    with Store(db, readonly=True) as st:
        return {(e["type"], e["name"]): (json.loads(e["variants"]), e["articles"])
                for e in st._rows("SELECT * FROM entities")}


def test_added_articles_join_what_is_stored_and_agree_with_a_rebuild(tmp_path):
    from marsad.store import recluster

    sample = SAMPLE_CORPUS
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for f in sample.iterdir():
        (first if f.name.startswith("a") else second).joinpath(f.name).write_bytes(f.read_bytes())
    db = tmp_path / "x.db"
    analyze_into_db([str(first)], str(db))
    before = _stories(db)
    assert sorted(before.values()) == [["a01_diffatayn", "a03_nakheel"], ["a02_sunbula"]]
    r = analyze_into_db([str(second)], str(db), load=False)
    assert sorted(d.id for d in r.documents) == ["b01_diffatayn", "b02_sunbula", "b04_nakheel",
                                                 "c01_wafd", "c02_sunbula", "c03_nakheel"]
    assert sorted(sorted(s["articles"]) for s in r.corpus.stories) == [
        ["b01_diffatayn", "b02_sunbula", "b04_nakheel"], ["c01_wafd", "c02_sunbula", "c03_nakheel"]]
    after = _stories(db)
    assert {k: after[k] for k in before} == before  # untouched stories keep their ids and articles
    grown, entities = after, _entities(db)
    with Store(db, readonly=True) as st:
        assert [tuple(r) for r in st.conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL")] == [("b02_sunbula", "b01_diffatayn")]
    assert recluster(str(db)) == (9, 4)
    assert _stories(db) == grown
    # A documented difference: a name the articles of one batch read as another type (الزمرد, MISC in
    # two articles) keeps that type when more articles come; a rebuild gives the name the type of all
    # its articles (LOC). The first batch names قمران only inside "جمهورية قمران", and since a place
    # found once is read at its other mentions in the article, its "وقمران" is و + قمران too (it was a
    # spelling of its own until the rebuild had seen "قمران" alone).
    assert ("PER", "وقمران") not in entities and entities[("LOC", "قمران")] == (["قمران"], 3)
    assert entities.pop(("MISC", "الزمرد")) == (["الزمرد"], 2)
    assert entities[("LOC", "الزمرد")] == (["الزمرد"], 2)
    entities[("LOC", "الزمرد")] = (["الزمرد"], 4)
    assert _entities(db) == entities


def test_analyze_db_without_out_and_recluster_commands(tmp_path):
    db = tmp_path / "x.db"
    marsad = [sys.executable, "-m", "marsad.cli"]
    p = subprocess.run(marsad + ["analyze", str(SAMPLE_CORPUS / "a01_diffatayn.txt"), "--db", str(db)],
                       capture_output=True, text=True)
    assert p.returncode == 0 and p.stderr.strip().endswith(f"-> {db}")
    p = subprocess.run(marsad + ["analyze", str(SAMPLE_CORPUS / "a03_nakheel.html"), "--db", str(db)],
                       capture_output=True, text=True)
    assert p.stderr.strip() == f"marsad: 1 new articles, 1 stories touched, 0 input errors -> {db}"
    p = subprocess.run(marsad + ["recluster", "--db", str(db)], capture_output=True, text=True)
    assert (p.returncode, p.stderr.strip()) == (0, f"marsad: 2 articles, 1 stories -> {db}")
    p = subprocess.run(marsad + ["analyze", str(SAMPLE_CORPUS)], capture_output=True, text=True)
    assert p.returncode == 2 and "give --out (a folder for the output), --db (a database), or both" in p.stderr


def test_one_more_article_leaves_the_seed_stories_and_ids_unchanged(shared_dir, tmp_path_factory):
    import gzip
    import itertools
    import shutil

    base = tmp_path_factory.mktemp("seeds-db") / "seeds.db"
    analyze_into_db([str(shared_dir / "seeds")], str(base))
    seeds = _stories(base)
    assert len(seeds) == 3
    snn = shared_dir / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
    with gzip.open(snn, "rt", encoding="utf-8") as f:  # dev days only: lines 1..15,042
        picked = [line for i, line in enumerate(itertools.islice(f, 15_000)) if i % 1_500 == 7]
    assert len(picked) == 10
    for k, line in enumerate(picked):
        work = tmp_path_factory.mktemp(f"one{k}")
        shutil.copy(base, work / "x.db")
        (work / "one.jsonl").write_text(line, encoding="utf-8")
        r = analyze_into_db([str(work / "one.jsonl")], str(work / "x.db"), load=False)
        assert len(r.documents) == 1
        after = _stories(work / "x.db")
        assert {sid: after.get(sid) for sid in seeds} == seeds, f"article {k} moved a seed story"


def test_an_added_article_reads_its_proclitics_against_the_stored_names(tmp_path):
    db = tmp_path / "x.db"
    analyze_into_db([str(SAMPLE_CORPUS / "b01_diffatayn.txt")], str(db))  # names قمران alone
    analyze_into_db([str(SAMPLE_CORPUS / "a02_sunbula.txt")], str(db), load=False)  # "سلوان وقمران"
    with Store(db, readonly=True) as st:
        assert [tuple(r) for r in st.conn.execute(
            "SELECT text, start FROM mentions WHERE article = 'a02_sunbula' AND text LIKE '%قمران'")] == [
            ("قمران", 77)]


def test_a_copy_of_a_stored_article_joins_its_story(tmp_path):
    db = tmp_path / "x.db"
    analyze_into_db([str(SAMPLE_CORPUS / "b01_diffatayn.txt")], str(db))
    story = _stories(db)
    r = analyze_into_db([str(SAMPLE_CORPUS / "b02_sunbula.txt")], str(db), load=False)  # a copy of b01
    assert [(d.id, d.duplicate_of) for d in r.documents] == [("b02_sunbula", "b01_diffatayn")]
    assert _stories(db) == {sid: sorted(arts + ["b02_sunbula"]) for sid, arts in story.items()}


NOTICES = [  # one template, two cities: two stories (ANNOTATION.md: two events of one kind)
    {"id": "n1", "title": "تعليم جدة يبدأ المقابلات الشخصية للمعلمين", "outlet": "الضفتين", "published": "2015-07-26",
     "content": "بدأت الإدارة العامة للتعليم في جدة صباح اليوم إجراء المقابلات الشخصية للمعلمين المرشحين "
                "للوظائف التعليمية في مقرها بحي الروضة، وأوضح مدير شؤون المعلمين أن اللجان ستستقبل "
                "المرشحين حتى نهاية الأسبوع، داعيا إلى إحضار أصول المؤهلات."},
    {"id": "n2", "title": "تعليم الدمام يبدأ المقابلات الشخصية للمعلمين", "outlet": "السنبلة", "published": "2015-07-26",
     "content": "شرعت لجان الإدارة العامة للتعليم في الدمام أمس في المقابلات الشخصية للمعلمين المرشحين "
                "للوظائف التعليمية بمبنى الإدارة في حي الشاطئ، وتستمر المقابلات ثلاثة أيام تنتهي بإعلان "
                "أسماء المقبولين على موقع الإدارة."},
]


def _stories_of(tmp_path, tag, batches):
    """Each article's story after adding ``batches`` one after another to a new database."""
    db = tmp_path / f"{tag}.db"
    for k, batch in enumerate(batches):
        f = tmp_path / f"{tag}{k}.jsonl"
        f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in batch), encoding="utf-8")
        analyze_into_db([str(f)], str(db), load=k == 0)
    with Store(db, readonly=True) as st:
        return dict(st.conn.execute("SELECT id, story FROM articles"))


def test_notices_of_two_subjects_stay_apart_when_added_one_by_one(tmp_path, monkeypatch):
    """Two teacher-interview notices of one wording, one for Jeddah and one for Dammam: close enough
    to join (without the subject check they are one story, in a full build and added one by one),
    but each headline names its city and neither text names the other's, so they are two stories,
    in a full build and when the second is added to a database holding the first."""
    import marsad.corpus.stories as S

    full, added = _stories_of(tmp_path, "full", [NOTICES]), _stories_of(tmp_path, "added", [NOTICES[:1], NOTICES[1:]])
    assert full == added and full["n1"] != full["n2"]
    monkeypatch.setattr(S, "other_subject", lambda *a: False)  # read by both paths (join_similarity)
    monkeypatch.setattr(S, "other_places", lambda *a: False)  # the headlines' cities would keep them apart too
    full, added = _stories_of(tmp_path, "full_nocheck", [NOTICES]), _stories_of(tmp_path, "added_nocheck", [NOTICES[:1], NOTICES[1:]])
    assert full == added and full["n1"] == full["n2"]


MARKET = [  # two days' closing reports of one market, one wording: two stories (market_report)

    {"id": "m1", "title": "مؤشر الأسهم السعودية يتراجع 40 نقطة", "outlet": "الضفتين", "published": "2015-07-26",
     "content": "أغلق مؤشر سوق الأسهم السعودية تعاملات اليوم على تراجع بمقدار 40 نقطة ليصل إلى مستوى 9120 نقطة، "
                "بتداولات بلغت قيمتها خمسة مليارات ريال، وتراجعت أسهم المصارف والبتروكيماويات بينما ارتفعت "
                "أسهم قطاع التجزئة، وبلغ عدد الأسهم المتداولة مائتي مليون سهم."},
    {"id": "m2", "title": "مؤشر الأسهم السعودية يرتفع 25 نقطة", "outlet": "السنبلة", "published": "2015-07-27",
     "content": "أنهى مؤشر سوق الأسهم السعودية تعاملات اليوم مرتفعا 25 نقطة عند مستوى 9145 نقطة، "
                "وبلغت قيمة التداولات ستة مليارات ريال، وصعدت أسهم المصارف والبتروكيماويات بينما تراجعت "
                "أسهم قطاع الاتصالات، وتداول المستثمرون مائتين وعشرين مليون سهم."},
]
FIRES = [  # two fires, each report naming the other's city: two stories (title_places)
# (the second names no body the first names: the merge pass of a full build, which the added path
# leaves to `recluster`, does not apply other_places and would join two reports of one body)

    {"id": "f1", "title": "حريق في مستودع للأخشاب في الخرج", "outlet": "الضفتين", "published": "2015-07-26",
     "content": "أخمدت فرق الدفاع المدني حريقا اندلع فجر اليوم في مستودع للأخشاب بمحافظة الخرج دون إصابات، "
                "وقال المتحدث إن الفرق سيطرت على النيران خلال ساعة، وذلك بعد يوم من حريق مماثل في مستودع بتبوك، "
                "وفتحت الجهات المختصة تحقيقا لمعرفة أسباب الحريق."},
    {"id": "f2", "title": "حريق في مستودع للأخشاب في تبوك", "outlet": "السنبلة", "published": "2015-07-26",
     "content": "شب حريق مساء أمس في مستودع للأخشاب بمدينة تبوك وامتدت ألسنة اللهب إلى ورشة مجاورة، "
                "ودفعت المديرية بأربع فرق إطفاء وصهريجين، وهو ثاني حريق في مستودع بعد حريق الخرج، "
                "ولم تسجل إصابات بين العمال الذين أخلوا الموقع قبل وصول الفرق"},
]


def test_market_reports_and_headlines_of_other_places_are_kept_apart_when_added(tmp_path, monkeypatch):
    """The story rules of a full build hold when an article is added to a database (one
    implementation, marsad.corpus.stories.join_similarity): a day's market report does not join the
    story of another day's, and a fire in one city does not join the story of a fire in another
    that its text names (the subject check lets them: each text names the other's city) when the
    headlines name only their own city. Without either rule the two are one story, both ways."""
    import marsad.corpus.stories as S
    import marsad.store.incremental as I

    for tag, arts in (("market", MARKET), ("fires", FIRES)):
        full, added = _stories_of(tmp_path, tag, [arts]), _stories_of(tmp_path, tag + "_added", [arts[:1], arts[1:]])
        assert full == added and len(set(full.values())) == 2, tag
    # the added article's state: its headline's place, the report's day (for the next one)
    with Store(tmp_path / "fires_added.db", readonly=True) as st:
        (state,) = [json.loads(r[0]) for r in st.conn.execute(
            "SELECT s.state FROM story_state s JOIN articles a ON a.story = s.id WHERE a.id = 'f2'")]
    assert len(state["places"]) == len(state["recent"]) == 1 and len(state["places"][0]) == 1
    with Store(tmp_path / "market_added.db", readonly=True) as st:
        assert sorted(json.loads(r[0])["market"] for r in st.conn.execute("SELECT state FROM story_state")) == [
            ["2015-07-26"], ["2015-07-27"]]
    monkeypatch.setattr(S, "market_report", lambda d: False)
    monkeypatch.setattr(I, "market_report", lambda d: False)
    monkeypatch.setattr(S, "other_places", lambda a, b: False)
    for tag, arts in (("market", MARKET), ("fires", FIRES)):
        full, added = _stories_of(tmp_path, tag + "_off", [arts]), _stories_of(tmp_path, tag + "_off_added", [arts[:1], arts[1:]])
        assert full == added and len(set(full.values())) == 1, tag


RECEPTIONS = [  # two institutions' Eid receptions for their staff, one template: two stories (recurring_notice)
    {"id": "r1", "title": "بلدية الوادي تقيم حفل معايدة لمنسوبيها", "outlet": "الضفتين", "published": "2015-07-23",
     "content": "أقامت بلدية الوادي مساء أمس حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك، وتبادل الحضور "
                "التهاني بالعيد السعيد، وألقى رئيس البلدية كلمة هنأ فيها المنسوبين بالعيد وشكرهم على جهودهم "
                "خلال شهر رمضان المبارك، ثم قدمت القهوة والحلوى للحضور."},
    {"id": "r2", "title": "مستشفى الساحل يقيم حفل معايدة لمنسوبيه", "outlet": "السنبلة", "published": "2015-07-23",
     "content": "أقام مستشفى الساحل العام صباح اليوم حفل معايدة لمنسوبيه بمناسبة عيد الفطر المبارك في مسرح "
                "المستشفى، وتبادل الأطباء والممرضون التهاني بالعيد السعيد، وألقى مدير المستشفى كلمة هنأ فيها "
                "المنسوبين بالعيد، وكرم عددا من الموظفين المتميزين في أقسام الطوارئ والعناية المركزة."},
]


def test_eid_receptions_of_two_institutions_stay_apart_when_added(tmp_path, monkeypatch):
    """A recurring notice joins a story only as close as a copy (join_similarity's ``notice``, read by
    both paths): two institutions' Eid receptions of one template are two stories, in a full build
    and when the second is added to a database holding the first; without the rule, one story both
    ways (the subject and place checks are off here, so that only the notice rule tells them apart)."""
    import marsad.corpus.stories as S
    import marsad.store.incremental as I

    monkeypatch.setattr(S, "other_subject", lambda *a: False)
    monkeypatch.setattr(S, "other_places", lambda *a: False)
    full, added = _stories_of(tmp_path, "eid", [RECEPTIONS]), _stories_of(tmp_path, "eid_added", [RECEPTIONS[:1], RECEPTIONS[1:]])
    assert full == added and full["r1"] != full["r2"]
    monkeypatch.setattr(S, "recurring_notice", lambda d: False)
    monkeypatch.setattr(I, "recurring_notice", lambda d: False)
    full, added = _stories_of(tmp_path, "eid_off", [RECEPTIONS]), _stories_of(tmp_path, "eid_off_added", [RECEPTIONS[:1], RECEPTIONS[1:]])
    assert full == added and full["r1"] == full["r2"]


def test_a_copy_far_from_its_original_gets_its_own_story_when_added(tmp_path):
    """As a full build (tests/test_stories.py): a report copied inside a page that runs two reports
    together is in the page's copy group but far from its original, so it starts its own story,
    in a full build and when added to a database holding the other two."""
    from test_stories import BOOK, FLOOD

    arts = [{"id": "flood", "title": "فيضانات في صلالة", "content": FLOOD, "published": "2023-11-15"},
            {"id": "both", "title": "فيضانات صلالة ومعرض الكتاب", "content": FLOOD + "\n\n" + BOOK,
             "published": "2023-11-15"},
            {"id": "book", "title": "افتتاح معرض الكتاب", "content": BOOK, "published": "2023-11-16"}]

    full, added = _stories_of(tmp_path, "full", [arts]), _stories_of(tmp_path, "added", [arts[:2], arts[2:]])
    assert full == added
    assert full["flood"] == full["both"] != full["book"]


def test_front_page_latest_day_first_then_the_most_covered(tmp_path):
    with Store(str(tmp_path / "s.db")) as st:
        for sid, end, n in [("s_a", "2023-10-19", 1), ("s_b", "2023-10-19", 3), ("s_c", "2023-10-20", 1), ("s_d", None, 5)]:
            doc = {"id": sid, "articles": [f"{sid}{i}" for i in range(n)]}
            st.conn.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)", (sid, sid, end, end, None, json.dumps(doc)))
        assert [s["id"] for s in st.latest_stories()] == ["s_c", "s_b", "s_a", "s_d"]


def test_search_fields_tokenize_once_and_give_the_words_and_keys_of_title_and_text():
    from marsad.corpus.search_index import search_fields, search_keys, search_words
    from marsad.document import Document

    d = Document(id="x", title="وزير الخارجية")
    d.set_text("زار بيونغ يانغ والقمة في 12 يوما")
    words, keys = search_fields(d)
    assert words == "وزير خارجيه زار بيونغ يانغ قمه في 12 يوما"
    assert words == search_words(f"{d.title}\n{d.text}") and keys == search_keys(f"{d.title}\n{d.text}")
    assert "بنجنج" in keys.split()  # the pair written apart has the joined key


def test_search_puts_the_words_before_what_only_sounds_alike(tmp_path):
    # "سيصلون" (they will arrive) has the transliteration key of "سلوان" (solace): found, but after
    # the article that has the very word, however often the sound-alike occurs
    rows = [{"id": "b1", "title": "عزاء", "content": "عزاء أسرة الفقيد في مصابها، ونسأل الله لهم الصبر والسلوان في هذه "
                                                  "الأيام الصعبة التي يمر بها كل من عرفه من الأصدقاء والجيران."},
            {"id": "b2", "title": "وفود", "content": "سيصلون غدا إلى العاصمة، ثم سيصلون إلى الميناء، والمندوبون سيصلون "
                                                 "تباعا إلى الفندق قبل بدء الاجتماعات الرسمية للوفود المشاركة."}]
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    analyze_into_db([str(f)], str(tmp_path / "s.db"))
    with Store(tmp_path / "s.db", readonly=True) as st:
        assert [r["id"] for r in st.search("سلوان")] == ["b1", "b2"]
