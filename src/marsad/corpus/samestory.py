"""A learned same-story model: what two articles have in common -> the probability that they tell
one event.

Each article is summed up once (:func:`marsad.corpus.stories.article_profile`: its story vector, headline words, resolved
entities by type, headline subjects and places, day, outlet, the full dates it mentions, whether it
is a daily market report); a pair of profiles gives the features of :data:`FEATURES`
(:func:`pair_features`), and a logistic regression over standardized features
(:class:`SameStoryModel`, coefficients in ``marsad/models/story_pairs.json``, trained by
``scripts/train_story_pairs.py`` on the story gold's dev pairs) turns them into a probability. The
stories stage can use it to refuse joins (``marsad.corpus.stories.USE_MODEL``, off: see
eval/realnews/README.md, "The learned same-story model").
:data:`TEXT_FEATURES` are those two texts alone give (no headline, day or outlet): the model of
that name is the one scored on the SemEval-2022 Arabic pairs.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.document import Document

#: The pair features, in the order of the model's coefficients.
FEATURES = ("cosine", "title_overlap", "shared_entities", "entity_overlap", "shared_places", "shared_people",
            "headline_subject_shared", "other_subject", "other_places", "shared_dates", "days_apart",
            "same_outlet", "market_other_day")
#: The features of the shipped join model ("full"): on the story gold's dev pairs, cross-validated,
#: they rank pairs better than all of :data:`FEATURES` (ROC AUC 0.913 against 0.896; the counts of
#: shared entities and people, beside their overlap, took negative weights, and days apart, the
#: outlet and the market flag none).
JOIN_FEATURES = ("cosine", "title_overlap", "entity_overlap", "shared_places", "headline_subject_shared",
                 "other_subject", "other_places", "shared_dates")
#: The features two texts alone give (no headline, day, outlet or market headline).
TEXT_FEATURES = ("cosine", "shared_entities", "entity_overlap", "shared_places", "shared_people", "shared_dates")
#: Days apart counted up to this (a story spans at most ``SPAN_DAYS`` anyway).
MAX_DAYS = 4

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "story_pairs.json"


@dataclass(frozen=True)
class Profile:
    """What the pair features read of one article."""

    vector: dict[str, float]
    title: frozenset[str] = frozenset()      # headline terms
    ents: frozenset[str] = frozenset()       # resolved entities of the text ("@id")
    places: frozenset[str] = frozenset()     # of which places (LOC)
    people: frozenset[str] = frozenset()     # of which persons (PER)
    heads: frozenset[str] = frozenset()      # entities the headline names (stories.title_entities)
    head_places: frozenset[str] = frozenset()  # places the headline names (stories.title_places)
    day: dt.date | None = None
    outlet: str | None = None
    market: bool = False
    dates: frozenset[dt.date] = frozenset()  # full dates (day, month, year) the text mentions


def mentioned_dates(d: Document) -> frozenset[dt.date]:
    """The full dates (with day, month and year) an article's dates layer resolved."""
    out = set()
    for s in d.layers.get("dates", []):
        e = s.attrs.get("_expr") or {}
        value = s.attrs.get("value")
        try:
            if e.get("t") == "ymd" and e.get("y"):
                out.add(dt.date(e["y"], e["m"], e["d"]))
            elif isinstance(value, str) and len(value) == 10:
                out.add(dt.date.fromisoformat(value))
        except (ValueError, TypeError, KeyError):
            continue
    return frozenset(out)


def profile_state(p: Profile) -> dict:
    """A profile without its vector, JSON-ready (a stored story keeps those of its latest articles;
    their vectors are made again from their term counts)."""
    return {"title": sorted(p.title), "ents": sorted(p.ents), "places": sorted(p.places), "people": sorted(p.people),
            "heads": sorted(p.heads), "head_places": sorted(p.head_places),
            "day": p.day.isoformat() if p.day else None, "outlet": p.outlet, "market": p.market,
            "dates": sorted(d.isoformat() for d in p.dates)}


def from_state(state: dict, vector: dict[str, float]) -> Profile:
    """The profile :func:`profile_state` kept, with its vector."""
    return Profile(vector=vector, title=frozenset(state["title"]), ents=frozenset(state["ents"]),
                   places=frozenset(state["places"]), people=frozenset(state["people"]),
                   heads=frozenset(state["heads"]), head_places=frozenset(state["head_places"]),
                   day=dt.date.fromisoformat(state["day"]) if state["day"] else None, outlet=state["outlet"],
                   market=bool(state["market"]), dates=frozenset(dt.date.fromisoformat(x) for x in state["dates"]))


def other_subject(title_a, ents_a, title_b, ents_b) -> bool:
    """Two articles (or stories) about different subjects: each headline names entities and neither
    text names any of the other's. Reports of one template (two companies' results, two cities'
    teacher interviews, two people's obituaries) share most of their words and no subject; reports
    of one event name each other's actors. On the story gold's dev split: B-cubed 0.831 -> 0.841
    (precision 0.851 -> 0.874, recall 0.812 -> 0.811): seven companies' half-year results, teacher
    interviews of several cities no longer one story."""
    return bool(title_a) and bool(title_b) and title_a.isdisjoint(ents_b) and title_b.isdisjoint(ents_a)


def other_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles whose headlines name places (:func:`title_places`), none of them the same: two
    cities' festivals, a strike here and a battle there ("الشرطة ... في الخرج" and "... بتبوك"). On
    the story gold's dev split: B-cubed 0.861 -> 0.863 (precision 0.872 -> 0.881, recall 0.851 ->
    0.846)."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def _overlap(a: frozenset, b: frozenset) -> float:
    """Jaccard of two sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two sparse vectors (the story vectors are unit length: their cosine)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def pair_features(a: Profile, b: Profile, sim: float | None = None) -> dict[str, float]:
    """The features of a pair (:data:`FEATURES`); ``sim``: their cosine, if already known."""
    days = abs((a.day - b.day).days) if a.day and b.day else MAX_DAYS / 2  # unknown: halfway
    return {
        "cosine": cosine(a.vector, b.vector) if sim is None else sim,
        "title_overlap": _overlap(a.title, b.title),
        "shared_entities": math.log1p(len(a.ents & b.ents)),
        "entity_overlap": _overlap(a.ents, b.ents),
        "shared_places": math.log1p(len(a.places & b.places)),
        "shared_people": math.log1p(len(a.people & b.people)),
        "headline_subject_shared": float(bool(a.heads & b.ents) or bool(b.heads & a.ents)),
        "other_subject": float(other_subject(a.heads, a.ents, b.heads, b.ents)),
        "other_places": float(other_places(a.head_places, b.head_places)),
        "shared_dates": float(bool(a.dates & b.dates)),
        "days_apart": float(min(days, MAX_DAYS)),
        "same_outlet": float(bool(a.outlet) and a.outlet == b.outlet),
        "market_other_day": float(a.market and b.market and a.day != b.day),
    }


class SameStoryModel:
    """A logistic regression over standardized pair features: ``probability(features)``."""

    def __init__(self, features: tuple[str, ...], mean: list[float], scale: list[float], coef: list[float],
                 intercept: float, threshold: float = 0.5):
        self.features, self.mean, self.scale = tuple(features), list(mean), list(scale)
        self.coef, self.intercept, self.threshold = list(coef), float(intercept), float(threshold)

    def logit(self, x: dict[str, float]) -> float:
        return self.intercept + sum(c * (x[f] - m) / s for f, m, s, c in
                                    zip(self.features, self.mean, self.scale, self.coef))

    def probability(self, x: dict[str, float]) -> float:
        z = self.logit(x)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": self.mean, "scale": self.scale, "coef": self.coef,
                "intercept": self.intercept, "threshold": self.threshold}

    @classmethod
    def from_dict(cls, d: dict) -> "SameStoryModel":
        return cls(tuple(d["features"]), d["mean"], d["scale"], d["coef"], d["intercept"], d.get("threshold", 0.5))


@lru_cache(maxsize=4)
def load(kind: str = "full", path: str | None = None) -> SameStoryModel:
    """The shipped model of ``kind`` ("full": :data:`JOIN_FEATURES`; "text": :data:`TEXT_FEATURES`)."""
    data = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
    return SameStoryModel.from_dict(data[kind])
