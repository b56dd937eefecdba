"""The learned same-story model (marsad.corpus.samestory) and its veto of story joins, on profiles
and articles written for the tests."""
from __future__ import annotations

import collections
import datetime as dt
import json
import math

import pytest

from marsad.corpus import samestory
from marsad.corpus import stories as S
from marsad.corpus.samestory import FEATURES, JOIN_FEATURES, TEXT_FEATURES, Profile, SameStoryModel, pair_features
from marsad.document import Document, Span

D = dt.date


def _profile(**kw):
    base = dict(vector={"سيل": 0.6, "وادي": 0.8})
    base.update(kw)
    return Profile(**base)


def test_pair_features_exact():
    a = _profile(vector={"سيل": 0.6, "وادي": 0.8}, title=frozenset({"سيل", "تبوك"}),
                 ents=frozenset({"@tabuk", "@civil", "@ali"}), places=frozenset({"@tabuk"}), people=frozenset({"@ali"}),
                 heads=frozenset({"@tabuk"}), head_places=frozenset({"@tabuk"}), day=D(2015, 7, 22), outlet="x",
                 dates=frozenset({D(2015, 7, 21)}))
    b = _profile(vector={"سيل": 0.8, "مطر": 0.6}, title=frozenset({"سيل", "أمطار"}),
                 ents=frozenset({"@tabuk", "@civil"}), places=frozenset({"@tabuk"}), heads=frozenset({"@civil"}),
                 head_places=frozenset(), day=D(2015, 7, 25), outlet="x", dates=frozenset({D(2015, 7, 21)}))
    f = pair_features(a, b)
    assert list(f) == list(FEATURES)
    assert f["cosine"] == pytest.approx(0.48)
    assert f["title_overlap"] == pytest.approx(1 / 3)
    assert f["shared_entities"] == pytest.approx(math.log(3))
    assert f["entity_overlap"] == pytest.approx(2 / 3)
    assert f["shared_places"] == pytest.approx(math.log(2))
    assert f["shared_people"] == 0.0
    assert f["headline_subject_shared"] == 1.0
    assert f["other_subject"] == 0.0 and f["other_places"] == 0.0
    assert f["shared_dates"] == 1.0
    assert f["days_apart"] == 3.0
    assert f["same_outlet"] == 1.0
    assert f["market_other_day"] == 0.0
    # the cosine given is taken as it is; an unknown day is halfway; days apart are capped
    assert pair_features(a, b, 0.3)["cosine"] == 0.3
    assert pair_features(a, _profile())["days_apart"] == 2.0
    assert pair_features(a, _profile(day=D(2015, 8, 20)))["days_apart"] == 4.0


def test_headlines_of_two_subjects_and_two_places():
    a = _profile(ents=frozenset({"@bank_a"}), heads=frozenset({"@bank_a"}), head_places=frozenset({"@jeddah"}))
    b = _profile(ents=frozenset({"@bank_b"}), heads=frozenset({"@bank_b"}), head_places=frozenset({"@tabuk"}))
    f = pair_features(a, b)
    assert f["other_subject"] == 1.0 and f["other_places"] == 1.0 and f["headline_subject_shared"] == 0.0
    m = pair_features(_profile(market=True, day=D(2015, 7, 22)), _profile(market=True, day=D(2015, 7, 23)))
    assert m["market_other_day"] == 1.0


def test_probability_of_a_logistic_model():
    model = SameStoryModel(("cosine", "same_outlet"), [0.5, 0.0], [0.25, 1.0], [2.0, -1.0], 0.0)
    assert model.probability({"cosine": 0.5, "same_outlet": 0.0}) == 0.5
    # logit = 2 * (0.75 - 0.5) / 0.25 - 1 = 1
    assert model.probability({"cosine": 0.75, "same_outlet": 1.0}) == pytest.approx(1 / (1 + math.exp(-1)))
    assert SameStoryModel.from_dict(json.loads(json.dumps(model.to_dict()))).to_dict() == model.to_dict()


def test_profile_state_round_trip():
    p = _profile(title=frozenset({"سيل"}), ents=frozenset({"@a", "@b"}), places=frozenset({"@a"}), people=frozenset({"@b"}),
                 heads=frozenset({"@a"}), head_places=frozenset({"@a"}), day=D(2015, 7, 22), outlet="y", market=True,
                 dates=frozenset({D(2015, 7, 20), D(2015, 7, 21)}))
    state = json.loads(json.dumps(samestory.profile_state(p)))
    assert samestory.from_state(state, p.vector) == p
    assert samestory.from_state(samestory.profile_state(_profile()), {"سيل": 1.0}) == _profile(vector={"سيل": 1.0})


def test_profile_of_an_article():
    text = "اجتاحت السيول مدينة تبوك أمس، وقال خالد الحربي إن الدفاع المدني أنقذ عشرين شخصا يوم 21 يوليو 2015."
    d = Document(id="a1", title="سيول في تبوك", outlet="وكالة")
    d.set_text(text)
    city, person = text.index("تبوك"), text.index("خالد الحربي")
    d.layers["entities"] = [Span(city, city + 4, "LOC", {"entity": "tabuk"}),
                            Span(person, person + len("خالد الحربي"), "PER", {"entity": "harbi"})]
    when = text.index("21 يوليو 2015")
    d.layers["dates"] = [Span(when, when + len("21 يوليو 2015"), "date", {"value": "2015-07-21"})]
    p = S.article_profile(d, {"سيول": 1.0}, D(2015, 7, 22))
    assert p.title == frozenset({S.term("سيول"), S.term("تبوك")})
    assert p.ents == frozenset({"@tabuk", "@harbi"})
    assert p.places == frozenset({"@tabuk"}) and p.people == frozenset({"@harbi"})
    assert p.heads == frozenset({"@tabuk"}) and p.head_places == frozenset({"@tabuk"})
    assert p.dates == frozenset({D(2015, 7, 21)}) and p.day == D(2015, 7, 22) and p.outlet == "وكالة"
    assert p.market is False


def test_shipped_models():
    full, text = samestory.load("full"), samestory.load("text")
    assert full.features == JOIN_FEATURES and text.features == TEXT_FEATURES
    near = _profile(title=frozenset({"سيل", "تبوك"}), ents=frozenset({"@tabuk", "@civil"}), places=frozenset({"@tabuk"}),
                    heads=frozenset({"@tabuk"}), day=D(2015, 7, 22), dates=frozenset({D(2015, 7, 21)}))
    far = _profile(vector={"مباراة": 1.0}, title=frozenset({"مباراة"}), ents=frozenset({"@club"}),
                   heads=frozenset({"@club"}), day=D(2015, 7, 24))
    assert full.probability(pair_features(near, near)) > 0.9
    assert full.probability(pair_features(near, far)) < S.MODEL_VETO
    assert text.probability(pair_features(near, near)) > text.probability(pair_features(near, far))


def _story(profiles, title=frozenset(), ents=frozenset()):
    return {"title": set(title), "ents": set(ents), "market": set(), "places": set(),
            "heads": [(p.vector, p.head_places) for p in profiles], "profiles": list(profiles)}


def test_join_vetoed_below_the_threshold(monkeypatch):
    member = _profile()
    story = _story([member])
    args = (0.5, member.vector, frozenset(), set(), D(2015, 7, 22), frozenset(), False)
    monkeypatch.setattr(samestory, "load", lambda kind="full", path=None: SameStoryModel(("cosine",), [0.0], [1.0], [0.0], -3.0))
    assert S.join_similarity(story, *args) == 0.5  # no profile: the rules alone
    assert S.join_similarity(story, *args, profile=member) == 0.0  # probability 0.047 < MODEL_VETO
    monkeypatch.setattr(samestory, "load", lambda kind="full", path=None: SameStoryModel(("cosine",), [0.0], [1.0], [0.0], 0.0))
    assert S.join_similarity(story, *args, profile=member) == 0.5  # probability 0.5: joined
    # under JOIN the rules have refused already: the model is not asked
    assert S.join_similarity(story, 0.2, *args[1:], profile=member) == 0.2
    # a story state without profiles (stored before the model): the rules alone
    assert S.join_similarity(_story([]) | {"heads": [(member.vector, frozenset())]}, *args, profile=member) == 0.5


def test_story_state_keeps_the_latest_profiles():
    ps = [_profile(day=D(2015, 7, 1) + dt.timedelta(days=i)) for i in range(S.COMPARE_LAST + 2)]
    tfs = [collections.Counter({"سيل": 1}) for _ in ps]
    state = S.story_state(tfs, [p.day for p in ps], [], profiles=ps)
    assert [p["day"] for p in state["profiles"]] == [p.day.isoformat() for p in ps[2:]]
    S.add_to_state(state, collections.Counter({"سيل": 2}), D(2015, 8, 1), frozenset(), frozenset(), False,
                   _profile(day=D(2015, 8, 1)))
    assert len(state["profiles"]) == len(state["recent"]) == S.COMPARE_LAST
    assert state["profiles"][-1]["day"] == "2015-08-01"
    story = S.state_story(state, [{"سيل": 1.0}] * S.COMPARE_LAST)
    assert [p.day for p in story["profiles"]][-1] == D(2015, 8, 1)
    assert story["profiles"][0].vector == {"سيل": 1.0}
    # an old state without profiles: none are read
    assert "profiles" not in S.state_story(S.story_state(tfs[:2], [None, None], []), [{"سيل": 1.0}] * 2)


SAMPLE_CORPUS = __import__("pathlib").Path(__file__).resolve().parents[1] / "src" / "marsad" / "samples" / "corpus"


def test_the_veto_in_a_full_build_and_when_articles_are_added(tmp_path, monkeypatch):
    """With the model on, the full build and the database path both keep the latest articles'
    profiles and refuse the same joins. On the sample corpus it shows why the model is off: the
    satellite's first images (c02, a headline sharing no word or entity with the launch) leave the
    launch story they join by the rules alone."""
    import marsad
    from marsad.store import Store, analyze_into_db

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for f in SAMPLE_CORPUS.iterdir():
        (first if f.name.startswith("a") else second).joinpath(f.name).write_bytes(f.read_bytes())
    db = tmp_path / "x.db"
    monkeypatch.setattr(S, "USE_MODEL", True)
    analyze_into_db([str(first)], str(db))
    r = analyze_into_db([str(second)], str(db), load=False)
    assert sorted(sorted(s["articles"]) for s in r.corpus.stories) == [
        ["b01_diffatayn", "b02_sunbula", "b04_nakheel"], ["c01_wafd", "c03_nakheel"], ["c02_sunbula"]]
    with Store(db, readonly=True) as st:
        states = [json.loads(x[0]) for x in st.conn.execute("SELECT state FROM story_state")]
    assert all(len(s["profiles"]) == len(s["recent"]) for s in states)
    vetoed = [["a01_diffatayn", "a03_nakheel"], ["a02_sunbula"], ["b01_diffatayn", "b02_sunbula", "b04_nakheel"],
              ["c01_wafd", "c03_nakheel"], ["c02_sunbula"]]
    assert sorted(sorted(s["articles"]) for s in marsad.analyze([SAMPLE_CORPUS]).corpus.stories) == vetoed
    monkeypatch.setattr(S, "USE_MODEL", False)  # the default: the rules alone join c02
    assert sorted(sorted(s["articles"]) for s in marsad.analyze([SAMPLE_CORPUS]).corpus.stories) == \
        vetoed[:3] + [["c01_wafd", "c02_sunbula", "c03_nakheel"]]
