"""Corpus stages that grow with the database: new articles join (or start) copy groups, entities and
stories, and no story already decided moves.

A full build (:func:`rebuild`: the first ``analyze --db``, or ``marsad recluster``) runs the corpus
stages over every stored article and keeps what later additions need: each article's MinHash bands,
each story's state (:func:`marsad.corpus.stories.story_state`) and top terms, the corpus's term
counts. :func:`update` then costs work in proportion to the new articles and the stories they touch:

- copies: the full build's rules and learned copy-pair model (:meth:`marsad.corpus.dedup.Dedup.links`)
  read the pairs of a new article with the articles sharing an LSH band with it and the stored ones
  sharing at least ``RARE_SHARED_MIN`` rare 3-grams (the database keeps, for each 3-gram, how many
  articles hold it and, while it is rare, which: ``copy_grams``; and each word's count,
  ``copy_words``), with the corpus counts a full build of the database and the new articles would
  read (rare 3-grams, word idf); the pairs are grouped as a full build groups them (the digest rule,
  :func:`~marsad.corpus.dedup.attach_digests`, and the model's, :func:`~marsad.corpus.dedup.attach_learned`),
  and two stored groups a new article joins become one, under the earliest original (their stored
  members' ``duplicate_of`` is rewritten; their stories stay);
- entities: the new articles' names are resolved among themselves, then each entity is the stored
  one with the same id, or the one stored entity whose spellings have its name's key (its name and
  id stay; its variants and count grow); a place entity without a location is then located
  (marsad.corpus.geo) from the new articles' countries and the countries the stored articles name;
- stories: a new article joins the open story with an article as close as ``JOIN`` (candidates from
  the stored top terms and days) by the story rules of the full build
  (:func:`marsad.corpus.stories.join_similarity`, one implementation for both: not about another
  subject, a daily market report only with the same day's, not through a headline of other places
  only, and the same-story model's veto when it is used; on the titles, entities, headline places,
  market days and latest articles' same-story profiles each story's state keeps), else
  starts its own; the rules' copies (near-identical text) join their original's story when they are
  close to it (:func:`marsad.corpus.stories.follows_original`), else are clustered like other
  articles, as the model's edited copies are. The
  merge pass of the full build is left to ``recluster``. Storylines are recomputed from the stories'
  key entities (cheap: one row per story).

Story ids never change: a story is named after its first article and keeps its name as it grows.
"""
from __future__ import annotations

import collections
import datetime as dt
import json

import numpy as np

from marsad.corpus import Corpus, run_corpus_stages
from marsad.corpus.dating import date_from_story
from marsad.corpus.dedup import (COMMON_DF, RULES_ORIGINAL, CorpusCounts, Dedup, _Shingled, attach_digests, attach_learned,
                                 band_keys, copy_model)
from marsad.corpus.unionfind import UnionFind
from marsad.corpus.geo import Geocode
from marsad.corpus.resolve import ResolveEntities
from marsad.corpus import stories as stories_module
from marsad.corpus.stories import (JOIN, MAX_CANDIDATES, WINDOW_DAYS, Stories, StoryIndex, _day, _event_day, add_to_state,
                                   article_profile, copy_original,
                                   entity_keys, follows_original, join_similarity, market_report, open_to,
                                   recurring_notice, stable_id,
                                   state_story, story_record, story_state, terms, title_entities, title_places)
from marsad.document import Document
from marsad.extract import names as N
from marsad.extract.published import day_of

#: Prefix of the entity keys that hold the folded first word of each stored spelling: the name
#: starts an added article's proclitics are read against, as a rebuild reads them from all articles.
START = "^"
#: Prefix of the entity key that holds a located place's knowledge-base id ("@geonames:1871859",
#: see Store.geo); no search key starts with it (search keys are folded words).
GEO = "@"


class _StoredStarts:
    """Folded first words of the stored entities' spellings (a container for ResolveEntities)."""

    def __init__(self, st):
        self.st = st

    def __contains__(self, word: str) -> bool:
        return self.st.conn.execute("SELECT 1 FROM entity_keys WHERE key = ? LIMIT 1",
                                    (START + word,)).fetchone() is not None


def band_rows(d: Document) -> list[tuple[str, str]]:
    """(band key, article id) rows of an article's MinHash (none for a text too short to have one)."""
    hv = d.meta.get("_minhash")
    return [(f"{b}:{','.join(map(str, key))}", d.id) for b, key in band_keys(hv)] if hv else []


def has_state(st) -> bool:
    """Whether the database holds what :func:`update` needs (a full build was made)."""
    return st.conn.execute("SELECT value FROM settings WHERE key = 'n_docs'").fetchone() is not None


def rebuild(st) -> tuple[list[Document], Corpus]:
    """Run every corpus stage over every stored article, from scratch, and keep the state."""
    docs = st.documents()
    for d in docs:
        d.duplicate_of = None
    stories, dedup = Stories(), Dedup()
    corpus = run_corpus_stages(docs, [dedup, ResolveEntities(), Geocode(), stories])
    st.save_corpus(docs, corpus)
    with st.conn:
        for t in ("story_state", "story_terms", "term_df", "copy_bands", "settings", "copy_grams", "copy_words"):
            st.conn.execute(f"DELETE FROM {t}")
        st.conn.executemany("INSERT INTO copy_bands VALUES (?, ?)", [r for d in docs for r in band_rows(d)])
        _save_counts(st, dedup.sets, [d.id for d in dedup.kept])
        # the stories stage's term counts and index: the same documents' terms (not computed twice,
        # nor every term's weight)
        df, index = stories.df, stories.index
        st.conn.executemany("INSERT INTO term_df VALUES (?, ?)", df.items())
        st.conn.execute("INSERT INTO settings VALUES ('n_docs', ?)", (str(len(docs)),))
        for sid, state in stories.states.items():
            _save_state(st, index, sid, state)
    return docs, corpus


def _save_state(st, index: StoryIndex, sid: str, state: dict) -> None:
    st.conn.execute("INSERT OR REPLACE INTO story_state (id, first, last, state, ents) VALUES (?, ?, ?, ?, ?)",
                    (sid, state["first"], state["last"], json.dumps(state, ensure_ascii=False),
                     json.dumps(state.get("ents", []), ensure_ascii=False)))
    st.conn.execute("DELETE FROM story_terms WHERE story = ?", (sid,))
    top = index.top_terms(index.vector(collections.Counter(state["sum"])))
    st.conn.executemany("INSERT INTO story_terms VALUES (?, ?)", [(t, sid) for t in top])


class _StoredDF(dict):
    """Term counts read from the database as they are asked for (a few hundred per article)."""

    def __init__(self, st):
        super().__init__()
        self.st = st

    def __missing__(self, t: str) -> int:
        r = self.st.conn.execute("SELECT n FROM term_df WHERE term = ?", (t,)).fetchone()
        self[t] = n = r[0] if r else 0
        return n


def update(st, new: list[Document]) -> Corpus:
    """Add stored-but-unclustered articles ``new`` to the copy groups, entities and stories of the
    database; returns the stories they touched, the entities they name and every storyline."""
    if not new:
        return Corpus()
    order = sorted(new, key=lambda d: (day_of(d) or "9999", d.id))
    counted = _copies(st, order)
    entities = _entities(st, new)
    Geocode(stored_countries(st)).run(new, Corpus(entities=entities))
    touched = _stories(st, order, counted)  # writes the new articles' rows and mentions, and the copy counts
    with st.conn:
        for e in entities:
            st.save_entity(e)
    entities = [st.entity(e["id"]) for e in entities]
    corpus = Corpus(entities=entities, stories=touched)
    corpus.storylines = _storylines(st)
    return corpus


# ---- copies ------------------------------------------------------------------------------------

#: A stored article that shares at least this many rare 3-grams (in at most ``COMMON_DF`` articles)
#: with an added one is read with it (a full build reads every pair sharing rare 3-grams, most of
#: them stopped at once by a bound on the 3-grams they can share).
RARE_SHARED_MIN = 2


def _save_counts(st, sets: _Shingled | None, ids: list[str], add: bool = False) -> None:
    """Write the copy stage's counts of ``sets`` (the articles ``ids``, those with a signature: how
    many hold each 3-gram and word, and which articles hold each 3-gram while it is rare);
    ``add``: add them to the stored counts (new articles) instead of being all of them."""
    n = sets.n if sets is not None else 0
    if sets is not None and n:
        seq_of = _seqs(st, ids)
        seqs = np.array([seq_of[x] for x in ids], dtype=np.int64)
        m = len(sets._uniq)
        df = sets.df[:m]
        holders: list[str | None] = [None] * m
        rare = df[sets.tri] <= COMMON_DF
        tri, doc = sets.tri[rare], sets.doc[rare]
        by = np.argsort(tri, kind="stable")
        tri, held = tri[by], seqs[doc[by]].tolist()
        starts = np.flatnonzero(np.concatenate(([True], tri[1:] != tri[:-1]))).tolist() if len(tri) else []
        for k, (i, j) in enumerate(zip(starts, starts[1:] + [len(tri)])):
            holders[int(tri[i])] = " ".join(map(str, held[i:j]))
        if add:
            st.conn.executemany(
                "INSERT INTO copy_grams VALUES (?, ?, ?) ON CONFLICT(gram) DO UPDATE SET n = n + excluded.n, "
                f"articles = CASE WHEN n + excluded.n <= {COMMON_DF} THEN articles || ' ' || excluded.articles END",
                zip(sets.gram_hashes().tolist(), df.tolist(), holders))
            st.conn.executemany("INSERT INTO copy_words VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET n = n + excluded.n",
                                zip(sets.vocab, sets.word_df().tolist()))
        else:
            st.conn.executemany("INSERT INTO copy_grams VALUES (?, ?, ?)", zip(sets.gram_hashes().tolist(), df.tolist(), holders))
            st.conn.executemany("INSERT INTO copy_words VALUES (?, ?)", zip(sets.vocab, sets.word_df().tolist()))
    old = st.conn.execute("SELECT value FROM settings WHERE key = 'copy_docs'").fetchone() if add else None
    st.conn.execute("INSERT OR REPLACE INTO settings VALUES ('copy_docs', ?)", (str(n + (int(old[0]) if old else 0)),))


def _rows_in(st, sql: str, keys: list):
    """The rows of ``sql`` whose ``IN ({marks})`` takes ``keys``, asked 500 keys at a time (SQLite's
    limit on the parameters of one statement)."""
    for k in range(0, len(keys), 500):
        part = keys[k:k + 500]
        yield from st.conn.execute(sql.format(marks=",".join("?" * len(part))), part)


def _seqs(st, ids: list[str]) -> dict[str, int]:
    return dict(_rows_in(st, "SELECT id, seq FROM articles WHERE id IN ({marks})", ids))


class _StoredCounts(CorpusCounts):
    """The database's copy counts plus those of the articles being added (``batch``: their
    :class:`_Shingled`), read as :class:`_Shingled` asks for them."""

    def __init__(self, st, batch: _Shingled | None):
        self.st = st
        r = st.conn.execute("SELECT value FROM settings WHERE key = 'copy_docs'").fetchone()
        self.n = int(r[0]) + (batch.n if batch is not None else 0)
        self.grams: dict[int, int] = {}
        self.words: dict[str, int] = {}
        self.cache: dict[int, tuple[int, str | None]] = {}
        if batch is not None and batch.n:
            self.grams = dict(zip(batch.gram_hashes().tolist(), batch.df[:len(batch._uniq)].tolist()))
            self.words = dict(zip(batch.vocab, batch.word_df().tolist()))

    def stored_grams(self, keys: list[int]) -> dict[int, tuple[int, str | None]]:
        """(articles holding it, their seqs while it is rare) of each stored 3-gram among ``keys``."""
        todo = [k for k in keys if k not in self.cache]
        for g, n, held in _rows_in(self.st, "SELECT gram, n, articles FROM copy_grams WHERE gram IN ({marks})", todo):
            self.cache[g] = (n, held)
        return {k: self.cache[k] for k in keys if k in self.cache}

    def gram_df(self, keys):
        keys = keys.tolist()
        stored = self.stored_grams(keys)
        return [stored.get(k, (0, None))[0] + self.grams.get(k, 0) for k in keys]

    def word_df(self, words):
        stored = dict(_rows_in(self.st, "SELECT word, n FROM copy_words WHERE word IN ({marks})", words))
        return [stored.get(w, 0) + self.words.get(w, 0) for w in words]


def _ensure_counts(st) -> None:
    """A database built before the copy counts were kept (schema 4) gets them from its articles."""
    if st.conn.execute("SELECT 1 FROM settings WHERE key = 'copy_docs'").fetchone() is None:
        docs = [d for d in st.documents() if d.meta.get("_minhash") and d.story is not None]
        with st.conn:
            _save_counts(st, _Shingled([d.text for d in docs]) if docs else None, [d.id for d in docs])


def _stored_documents(st, ids: list[str]) -> list[Document]:
    """Stored articles with what the copy stage reads (text, title, outlet, day, signature, original)."""
    out = []
    for aid, dup, title, outlet, published, text, minhash in _rows_in(
            st, "SELECT id, duplicate_of, json_extract(doc, '$.title'), json_extract(doc, '$.outlet'), "
            "json_extract(doc, '$.published'), json_extract(doc, '$.text'), json_extract(doc, '$.meta._minhash') "
            "FROM articles WHERE id IN ({marks})", ids):
        d = Document(id=aid, title=title, outlet=outlet, duplicate_of=dup,
                     published=json.loads(published) if published else {},
                     meta={"_minhash": json.loads(minhash) if minhash else None})
        d.set_text(text or "")
        out.append(d)
    return out


def _copies(st, order: list[Document]) -> _Shingled | None:
    """The new articles' copy groups (``duplicate_of``), by the full build's rules and model
    (:meth:`Dedup.links`) on the new articles and the stored ones they may copy, grouped as a full
    build groups them (stored groups an added article joins become one: their stored members point at
    the group's original); returns the new articles' copy counts (for :func:`_save_counts`)."""
    _ensure_counts(st)
    batch = {d.id: d for d in order}
    rank = {d.id: i for i, d in enumerate(order)}
    for d in order:
        d.meta[RULES_ORIGINAL] = None
    kept = [d for d in order if d.meta.get("_minhash")]
    if not kept:
        return None
    counted = _Shingled([d.text for d in kept])
    counts = _StoredCounts(st, counted)
    # candidates: the articles sharing an LSH band (stored, or new) ...
    candidates: dict[str, set[str]] = collections.defaultdict(set)
    for d in kept:
        rows = band_rows(d)
        marks = ",".join("?" * len(rows))
        for (a,) in st.conn.execute(f"SELECT DISTINCT article FROM copy_bands WHERE key IN ({marks})", [k for k, _ in rows]):
            if a != d.id:
                candidates[d.id].add(a)
                candidates[a].add(d.id)
    # ... and the stored articles sharing rare 3-grams with a new one
    keys = counted.gram_hashes().tolist()
    stored = counts.stored_grams(keys)
    rare_df = counted.df[:len(keys)].tolist()
    seq_rare: set[int] = set()
    for i in range(counted.n):
        shared: collections.Counter = collections.Counter()
        for g in counted.set_of(i).tolist():
            n, held = stored.get(keys[g], (0, None))
            if held and n + rare_df[g] <= COMMON_DF:
                shared.update(held.split())
        seq_rare |= {int(x) for x, k in shared.items() if k >= RARE_SHARED_MIN}
    ids = {a for a in candidates if a not in batch}
    ids |= {r[0] for r in _rows_in(st, "SELECT id FROM articles WHERE seq IN ({marks})", sorted(seq_rare))}
    ids -= set(batch)
    olds = _stored_documents(st, sorted(ids))
    original = {d.id: d.duplicate_of or d.id for d in olds}
    local = sorted(olds + kept, key=lambda d: (d.id in batch, rank.get(d.id, 0), d.id))
    model = copy_model()
    dedup = Dedup(candidates=candidates, model=model, counts=counts, among=set(batch))
    joins, digests, learned = dedup.links(local)
    at = [d.id for d in dedup.kept]
    new = lambda *xs: any(at[x] in batch for x in xs)  # noqa: E731

    # the copy groups of the stored articles read, each as its original (day, seq, members)
    roots = sorted({original[x] for x in original})
    rows = {r[0]: r[1:] for r in _rows_in(st, "SELECT id, published, seq FROM articles WHERE id IN ({marks})", roots)}
    members: dict[str, list[str]] = {r: [] for r in roots}
    for m, r in _rows_in(st, "SELECT id, duplicate_of FROM articles WHERE duplicate_of IN ({marks})", roots):
        members[r].append(m)
    seq_new = _seqs(st, [d.id for d in kept])
    key = {r: (rows[r][0] or "9999", rows[r][1]) for r in roots if r in rows}
    key.update((d.id, (day_of(d) or "9999", seq_new[d.id])) for d in kept)
    # as a full build orders a group's articles (the earliest published, then the first read)
    groups = UnionFind(order=lambda x: key.get(x, ("9999", 0)))
    size_of: collections.Counter = collections.Counter({r: 1 + len(members[r]) for r in roots})
    for a, o in original.items():  # the stored groups as they are
        groups.parent[a] = groups.find(o)
    for d in kept:
        size_of[groups.find(d.id)] += 1

    def union(a: str, b: str) -> None:
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and groups.union(a, b):
            size_of[groups.find(a)] = size_of.pop(ra) + size_of.pop(rb)

    for h, p in joins:
        if new(h, p):
            union(at[h], at[p])
    attach_digests(groups, size_of, {at[x]: [at[q] for q in parts] for x, parts in digests.items()
                                     if new(x, *parts)})
    for d in kept:  # the story stage lets only the rules' copies follow their original
        root = groups.find(d.id)
        d.meta[RULES_ORIGINAL] = root if root != d.id else None
    attach_learned(groups, size_of, [(pr, at[h], at[p]) for pr, h, p in learned if new(h, p)])
    for d in kept:
        root = groups.find(d.id)
        d.duplicate_of = root if root != d.id else None
    # two stored groups an added article joins are one group, as in a full build: the members of the
    # later one (or of both, when an added article is earlier than either) point at the new original
    moved = [(m, groups.find(r)) for r in roots if groups.find(r) != r for m in [r, *members[r]]]
    if moved:
        with st.conn:
            st.conn.executemany("UPDATE articles SET duplicate_of = ?, doc = json_set(doc, '$.duplicate_of', ?) "
                                "WHERE id = ?", [(o, o, m) for m, o in moved])
    return counted


# ---- entities ----------------------------------------------------------------------------------

def _entities(st, new: list[Document]) -> list[dict]:
    tmp = Corpus()
    ResolveEntities(more_starts=_StoredStarts(st)).run(new, tmp)
    same: dict[str, str] = {}
    stored: dict[str, dict | None] = {}

    def entity(eid: str) -> dict | None:
        if eid not in stored:
            stored[eid] = st.entity(eid)
        return stored[eid]

    for e in tmp.entities:
        old = entity(e["id"])
        if old is None:
            # the spelling key of its name (not of its short forms: "الحداد" is two people's)
            key = N.place_key(e["name"])
            hits = [r[0] for r in st.conn.execute(
                "SELECT DISTINCT k.entity FROM entity_keys k JOIN entities e ON e.id = k.entity "
                "WHERE k.key = ? AND e.type = ?", (key, e["type"]))] if key else []
            if len(hits) == 1:  # one stored entity has this spelling: the same
                same[e["id"]] = hits[0]
        else:
            same[e["id"]] = e["id"]
    for d in new:
        for s in d.layers.get("entities", []):
            if s.attrs.get("entity") in same:
                s.attrs["entity"] = same[s.attrs["entity"]]
        for q in d.layers.get("quotes", []):
            sp = q.attrs.get("speaker") or {}
            if sp.get("entity") in same:
                sp["entity"] = same[sp["entity"]]
                sp["name"] = entity(sp["entity"])["name"]
    out = []
    for e in tmp.entities:
        eid = same.get(e["id"], e["id"])
        old = entity(eid)
        if old is not None:  # name and id stay; spellings and articles grow
            e = {**old, "variants": sorted(set(old["variants"]) | set(e["variants"]))}
        out.append({**e, "id": eid})
    return out


def stored_countries(st) -> collections.Counter:
    """How many stored articles name each country (the corpus context of geocoding): the articles
    that mention an entity located as a country (key "@cldr:<code>", see Store.geo)."""
    prefix = GEO + "cldr:"
    return collections.Counter(dict(st.conn.execute(
        "SELECT substr(k.key, ?), COUNT(DISTINCT m.article) FROM entity_keys k JOIN mentions m ON m.entity = k.entity "
        "WHERE k.key >= ? AND k.key < ? GROUP BY k.key", (len(prefix) + 1, prefix, prefix + "\uffff")).fetchall()))


# ---- stories -----------------------------------------------------------------------------------

def _stories(st, order: list[Document], counted: _Shingled | None = None) -> list[dict]:
    n = int(st.conn.execute("SELECT value FROM settings WHERE key = 'n_docs'").fetchone()[0]) + len(order)
    df = _StoredDF(st)
    tfs = {d.id: terms(d) for d in order}
    added: collections.Counter = collections.Counter()
    for tf in tfs.values():
        added.update(tf.keys())
    for t, k in added.items():
        df[t] += k
    index = StoryIndex(df, n, complete=False)
    states: dict[str, dict] = {}
    members: dict[str, list[str]] = collections.defaultdict(list)  # story -> new articles
    story_of: dict[str, str] = {}
    window = dt.timedelta(days=WINDOW_DAYS)

    def state(sid: str) -> dict:
        if sid not in states:
            r = st.conn.execute("SELECT state FROM story_state WHERE id = ?", (sid,)).fetchone()
            states[sid] = json.loads(r[0])
        return states[sid]

    def days_of(s: dict) -> tuple[dt.date | None, dt.date | None]:
        return tuple(dt.date.fromisoformat(x) if x else None for x in (s["first"], s["last"]))

    def original_terms(aid: str) -> collections.Counter | None:
        if aid in tfs:
            return tfs[aid]
        j = st.document_json(aid)
        return terms(Document.from_dict(json.loads(j))) if j is not None else None

    follows = set()  # rule copies that take their original's story (as a full build)
    for d in order:
        if copy_original(d) is not None:
            orig = original_terms(copy_original(d))
            if orig is None or follows_original(index.vector(tfs[d.id]), index.vector(orig)):
                follows.add(d.id)

    for d in sorted(order, key=lambda d: (_day(d) or _event_day(d) or dt.date.max, d.id)):
        if d.id in follows:
            continue
        day = _day(d) or _event_day(d)
        title, ents = title_entities(d), entity_keys(tfs[d.id])
        places, market, notice = title_places(d), market_report(d), recurring_notice(d)
        v = index.vector(tfs[d.id])
        prof = article_profile(d, v, day) if stories_module.USE_MODEL else None
        top = index.top_terms(v)
        cands = set()
        if top:  # as a full build: the stories sharing the most top terms, if open to the day
            marks = ",".join("?" * len(top))
            near = ("AND (s.first IS NULL OR (s.first <= ? AND s.last >= ?)) " if day else "")
            args = [*top, (day + window).isoformat(), (day - window).isoformat()] if day else [*top]
            cands = {r[0] for r in st.conn.execute(
                f"SELECT t.story, COUNT(*) AS n FROM story_terms t JOIN story_state s ON s.id = t.story "
                f"WHERE t.term IN ({marks}) {near}GROUP BY t.story ORDER BY n DESC, t.story LIMIT ?",
                [*args, MAX_CANDIDATES])}
        cands |= {sid for sid in states if set(top) & set(states[sid].get("_top", ()))}
        best, best_sim = None, JOIN
        for sid in sorted(cands):
            s = state(sid)
            first, last = days_of(s)
            if not open_to(first, last, day):
                continue
            recent = [index.vector(collections.Counter(tf)) for tf in s["recent"]]
            sim = max((index.cosine(v, r) for r in recent), default=0.0)
            if sim <= best_sim:
                continue
            # the rules of a full build (StoryIndex.add): subject, market reports, headline places, notices
            sim = join_similarity(state_story(s, recent), sim, v, title, ents, day, places, market, prof, notice)
            if sim > best_sim:
                best, best_sim = sid, sim
        if best is None:
            best = stable_id("s", d.id)
            states[best] = story_state([], [], [])
        s = state(best)
        add_to_state(s, tfs[d.id], day, title, places, market, prof)
        s["_top"] = index.top_terms(index.vector(collections.Counter(s["sum"])))
        members[best].append(d.id)
        story_of[d.id] = best
    for d in order:  # copies join their original's story
        if d.id in follows:
            sid = story_of.get(copy_original(d)) or _stored_story(st, copy_original(d))
            if sid is None:  # an original with no story (none is expected): the copy starts one
                sid = stable_id("s", d.id)
                states.setdefault(sid, story_state([], [], []))
            members[sid].append(d.id)
            story_of[d.id] = sid

    batch = {d.id: d for d in order}
    touched = []
    with st.conn:
        for sid in sorted(members):
            old = st.story(sid)
            stored = {a: st.document_json(a) for a in (old["articles"] if old else [])}
            group = [Document.from_dict(json.loads(j)) for j in stored.values() if j is not None]
            group += [batch[a] for a in members[sid]]
            date_from_story(group)
            record = story_record(sid, group)
            s = state(sid)  # a stored story a copy joined was not read before
            s["ents"] = record.pop("_ents")
            s.pop("_top", None)
            record["storyline"] = old["storyline"] if old else None
            _save_state(st, index, sid, s)
            st.conn.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                            (sid, record["title"], record["start"], record["end"], record["storyline"],
                             json.dumps(record, ensure_ascii=False)))
            for g in group:  # a stored article only when the story changed it (a date it lends)
                if g.id in batch or json.dumps(g.to_dict(extra=True), ensure_ascii=False) != stored[g.id]:
                    st.save_links(g)
            touched.append(record)
        st.conn.executemany("INSERT INTO term_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n",
                            added.items())
        st.conn.execute("UPDATE settings SET value = ? WHERE key = 'n_docs'", (str(n),))
        _save_counts(st, counted, [d.id for d in order if d.meta.get("_minhash")], add=True)
    touched.sort(key=lambda s: (s["start"] or "9999", s["id"]))
    return touched


def _stored_story(st, article: str) -> str | None:
    r = st.conn.execute("SELECT story FROM articles WHERE id = ?", (article,)).fetchone()
    return r[0] if r else None


def _storylines(st) -> list[dict]:
    """Storylines from every story's key entities (one row per story is read)."""
    stories = [{"id": r[0], "title": r[1], "_ents": json.loads(r[2] or "[]"), "storyline": None}
               for r in st.conn.execute("SELECT s.id, s.title, t.ents FROM stories s JOIN story_state t ON t.id = s.id "
                                        "ORDER BY s.start, s.id")]
    lines = Stories.storylines(stories, frozenset(r[0] for r in st.conn.execute("SELECT id FROM entities WHERE type = 'LOC'")))
    with st.conn:
        old = {r[0]: r[1] for r in st.conn.execute("SELECT id, storyline FROM stories")}
        for s in stories:
            if old.get(s["id"]) != s["storyline"]:
                rec = st.story(s["id"])
                rec["storyline"] = s["storyline"]
                st.conn.execute("UPDATE stories SET storyline = ?, doc = ? WHERE id = ?",
                                (s["storyline"], json.dumps(rec, ensure_ascii=False), s["id"]))
        st.conn.execute("DELETE FROM storylines")
        st.conn.executemany("INSERT INTO storylines VALUES (?, ?, ?)",
                            [(line["id"], line["title"], json.dumps(line, ensure_ascii=False)) for line in lines])
    return lines
