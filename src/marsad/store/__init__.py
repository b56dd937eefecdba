"""The embedded database: SQLite (standard library), with FTS5 for Arabic-aware search.

Every article is stored whole (``Document.to_dict(extra=True)``, so it can be
read back and re-clustered) next to relational tables for search and the web
UI: articles, entities and their mentions, quotes, dates, stories, storylines.
The schema is versioned (``PRAGMA user_version``) and migrated on open.

``analyze_into_db`` is incremental and crash-safe: articles already stored are
skipped before any work, new articles are committed a worker's batch at a time (a
kill loses at most the articles of the batch being written, which the next run
analyzes again), and the new articles then join the copy groups, entities and
stories already stored (:mod:`marsad.store.incremental`; the first run, and
``marsad recluster``, run the corpus stages over everything).

>>> import tempfile, os
>>> db = os.path.join(tempfile.mkdtemp(), "x.db")
>>> with Store(db) as st:
...     st.version()
3
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any, Callable

from marsad.document import Document
from marsad.errors import InputError, StoreError
from marsad.extract import names as N
from marsad.extract.published import day_of
from marsad.corpus.resolve import first_word
from marsad.corpus.search_index import index_word, search_fields, search_keys, search_words  # noqa: F401 (the store's API)
from marsad.store.incremental import GEO, START, band_rows
from marsad.text.normalize import fold
from marsad.text.tokenize import stem

log = logging.getLogger(__name__)

#: A word with its diacritics and tatweel, for finding where a snippet starts.
_WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")

SCHEMA_VERSION = 5

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, seq INTEGER, source TEXT, url TEXT, outlet TEXT, title TEXT,
        published TEXT, story TEXT, duplicate_of TEXT, language TEXT, doc TEXT NOT NULL);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_story ON articles(story);
    CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, words, keys, tokenize='unicode61');
    CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT, name TEXT, name_en TEXT, variants TEXT, articles INTEGER);
    CREATE TABLE entity_keys (key TEXT, entity TEXT);
    CREATE INDEX entity_keys_key ON entity_keys(key);
    CREATE TABLE mentions (article TEXT, entity TEXT, start INTEGER, "end" INTEGER, text TEXT, type TEXT);
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE INDEX mentions_article ON mentions(article);
    CREATE TABLE quotes (article TEXT, start INTEGER, "end" INTEGER, kind TEXT, text TEXT,
                         speaker TEXT, speaker_entity TEXT, cue TEXT, via TEXT);
    CREATE INDEX quotes_speaker ON quotes(speaker_entity);
    CREATE TABLE dates (article TEXT, start INTEGER, "end" INTEGER, text TEXT, value TEXT, kind TEXT);
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, start TEXT, "end" TEXT, storyline TEXT, doc TEXT);
    CREATE TABLE storylines (id TEXT PRIMARY KEY, title TEXT, doc TEXT);
    CREATE TABLE errors (input TEXT, reason TEXT, at TEXT);
    """,
    # Version 2: the search index is keyed by the article's stable ``seq`` (its rowid), so
    # replacing one article's entry no longer scans the whole index, nor finding the next seq.
    2: """
    CREATE UNIQUE INDEX articles_seq ON articles(seq);
    CREATE VIRTUAL TABLE article_search USING fts5(words, keys, tokenize='unicode61');
    INSERT INTO article_search (rowid, words, keys)
        SELECT a.seq, f.words, f.keys FROM articles_fts f JOIN articles a ON a.id = f.id;
    DROP TABLE articles_fts;
    """,
    # Version 3: what adding articles needs without rerunning the corpus stages over all of them
    # (marsad.store.incremental): MinHash bands, story states and top terms, term counts.
    3: """
    CREATE TABLE copy_bands (key TEXT, article TEXT);
    CREATE INDEX copy_bands_key ON copy_bands(key);
    CREATE INDEX copy_bands_article ON copy_bands(article);
    CREATE TABLE story_state (id TEXT PRIMARY KEY, first TEXT, last TEXT, state TEXT);
    CREATE TABLE story_terms (term TEXT, story TEXT);
    CREATE INDEX story_terms_term ON story_terms(term);
    CREATE INDEX story_terms_story ON story_terms(story);
    CREATE TABLE term_df (term TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
    """,
    # Version 4: an article's quotes and dates, and an entity's keys, are rewritten when a story or an
    # entity grows: without these indexes each rewrite scanned the whole table (batches of 50 added
    # to 14,842 articles cost 6-10x the same 50 alone). A story's key entities get a column of their
    # own, so that storylines read them without every story's whole state.
    4: """
    CREATE INDEX quotes_article ON quotes(article);
    CREATE INDEX dates_article ON dates(article);
    CREATE INDEX entity_keys_entity ON entity_keys(entity);
    ALTER TABLE story_state ADD COLUMN ents TEXT;
    UPDATE story_state SET ents = json_extract(state, '$.ents');
    """,
    # Version 5: the copy stage's corpus counts (articles holding each 3-gram, by its 64-bit key, and
    # each word; the seqs of the articles holding a 3-gram while it is rare), so that an added article's copy candidates are read by the rules and the learned
    # copy-pair model with the counts a full build would use (marsad.store.incremental); a database
    # of an earlier version gets them from its articles the next time articles are added. The members
    # of the copy groups an added article touches are read by their original (an index, not a scan).
    5: """
    CREATE TABLE copy_grams (gram INTEGER PRIMARY KEY, n INTEGER, articles TEXT);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE TABLE copy_words (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
    """,
}


def latin(text: str) -> str:
    """A Latin name without accents, as the English search keys hold it (São Paulo -> Sao Paulo)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def kb_english(e: dict) -> set[str]:
    """The knowledge base's English names of an entity: its ``name_en`` when the knowledge base
    gave it (not a transliteration), and the English name of the place its ``geo`` locates."""
    out = set()
    source = e.get("name_en_source")
    if e.get("name_en") and (source == "kb" or (source is None and any(
            N.kb_english(v, e["type"]) == e["name_en"] for v in (e["name"], *e.get("variants", ()))))):
        out.add(e["name_en"])
    if (e.get("geo") or {}).get("name_en"):
        out.add(e["geo"]["name_en"])
    return out


def english_keys(name_en: str) -> set[str]:
    """Search keys of an English name: its words ("north korea") and its joined key ("northkorea")."""
    plain = latin(name_en)
    return {search_words(plain), N.place_key(plain)} - {""}


GEO_END = chr(ord(GEO) + 1)


class Store:
    """A marsad database. ``Store(path, readonly=True)`` is what the web server uses."""

    def __init__(self, path: str | os.PathLike, readonly: bool = False):
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
                if self.version() == 0:
                    raise StoreError(f"{self.path}: not a marsad database (no marsad tables)")
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a marsad database ({e})") from None
        self.conn.row_factory = sqlite3.Row

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        v = self.version()
        if v > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: database schema {v} is newer than this marsad ({SCHEMA_VERSION})")
        for target in range(v + 1, SCHEMA_VERSION + 1):
            with self.conn:
                self.conn.executescript(_MIGRATIONS[target])
                self.conn.execute(f"PRAGMA user_version = {target}")

    # ---- writing -------------------------------------------------------------------------------
    def ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    #: Articles :meth:`add_document` writes in one transaction (1: each in its own; see
    #: :func:`analyze_into_db`, which writes a worker's batch at a time).
    commit_every = 1
    #: Articles written since the last commit.
    _uncommitted = 0

    def add_document(self, d: Document) -> None:
        """Store one analyzed article (idempotent on the id); its search fields are those the
        worker computed, if it did. The transaction is committed after every ``commit_every``
        articles (and by :meth:`flush`): an article is stored whole or not at all, and a kill loses
        at most the articles not yet committed, which a new run analyzes again."""
        words, keys = d.search_index or search_fields(d)
        try:
            old = self.conn.execute("SELECT seq FROM articles WHERE id = ?", (d.id,)).fetchone()
            seq = old[0] if old else self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            self.conn.execute("DELETE FROM article_search WHERE rowid = ?", (seq,))
            self.conn.execute(
                "INSERT OR REPLACE INTO articles (id, seq, source, url, outlet, title, published, story, duplicate_of,"
                " language, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (d.id, seq, d.meta.get("source"), d.url, d.outlet, d.title, day_of(d),
                 d.story, d.duplicate_of, d.language, json.dumps(d.to_dict(extra=True), ensure_ascii=False)))
            self.conn.execute("INSERT INTO article_search (rowid, words, keys) VALUES (?, ?, ?)", (seq, words, keys))
            self.conn.execute("DELETE FROM copy_bands WHERE article = ?", (d.id,))
            self.conn.executemany("INSERT INTO copy_bands VALUES (?, ?)", band_rows(d))
        except BaseException:
            self.conn.rollback()  # this article and those not yet committed: none is half stored
            self._uncommitted = 0
            raise
        self._uncommitted += 1
        if self._uncommitted >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        """Commit the articles :meth:`add_document` has written."""
        self.conn.commit()
        self._uncommitted = 0

    def add_error(self, e: InputError) -> None:
        with self.conn:
            self.conn.execute("INSERT INTO errors (input, reason, at) VALUES (?, ?, ?)",
                              (e.source, e.reason, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))

    def documents(self) -> list[Document]:
        return [Document.from_dict(json.loads(r[0])) for r in self.conn.execute("SELECT doc FROM articles ORDER BY seq")]

    def errors(self) -> list[InputError]:
        return [InputError(r[0], r[1]) for r in self.conn.execute("SELECT input, reason FROM errors ORDER BY rowid")]

    def save_corpus(self, docs: list[Document], corpus) -> None:
        """Write what the corpus stages decided (links, stories, dates) in one transaction."""
        with self.conn:
            for t in ("entities", "entity_keys", "mentions", "quotes", "dates", "stories", "storylines"):
                self.conn.execute(f"DELETE FROM {t}")
            for d in docs:
                self._links(d, clear=False)
            for e in corpus.entities:
                self.save_entity(e)
            for s in corpus.stories:
                self.conn.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                                  (s["id"], s["title"], s["start"], s["end"], s["storyline"],
                                   json.dumps(s, ensure_ascii=False)))
            for line in corpus.storylines:
                self.conn.execute("INSERT INTO storylines VALUES (?, ?, ?)",
                                  (line["id"], line["title"], json.dumps(line, ensure_ascii=False)))

    def save_links(self, d: Document) -> None:
        """Write what the corpus stages decided for one article (its row, mentions, quotes, dates)."""
        self._links(d, clear=True)

    def _links(self, d: Document, clear: bool) -> None:
        self.conn.execute("UPDATE articles SET story = ?, duplicate_of = ?, published = ?, doc = ? WHERE id = ?",
                          (d.story, d.duplicate_of, day_of(d), json.dumps(d.to_dict(extra=True), ensure_ascii=False),
                           d.id))
        if clear:
            for t in ("mentions", "quotes", "dates"):
                self.conn.execute(f"DELETE FROM {t} WHERE article = ?", (d.id,))
        self.conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", [
            (d.id, s.attrs.get("entity"), s.start, s.end, d.text[s.start:s.end], s.label)
            for s in d.layers.get("entities", [])])
        self.conn.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (d.id, q.start, q.end, q.label, d.text[q.start:q.end], (q.attrs.get("speaker") or {}).get("text"),
             (q.attrs.get("speaker") or {}).get("entity"), q.attrs.get("cue"), q.attrs.get("via"))
            for q in d.layers.get("quotes", [])])
        self.conn.executemany("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)", [
            (d.id, s.start, s.end, d.text[s.start:s.end], s.attrs.get("value"), s.label)
            for s in d.layers.get("dates", [])])

    def save_entity(self, e: dict) -> None:
        """Insert or update one entity with its search keys; its article count is read from the mentions."""
        n = self.conn.execute("SELECT COUNT(DISTINCT article) FROM mentions WHERE entity = ?", (e["id"],)).fetchone()[0]
        self.conn.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                          (e["id"], e["type"], e["name"], e.get("name_en"),
                           json.dumps(e["variants"], ensure_ascii=False), n or e.get("articles", 0)))
        self.conn.execute("DELETE FROM entity_keys WHERE entity = ?", (e["id"],))
        keys = {N.place_key(v) for v in e["variants"]} | {search_words(v) for v in e["variants"]}
        keys |= {START + first_word(v) for v in e["variants"]}  # the name starts resolution reads
        for en in kb_english(e):  # `marsad search Pyongyang` finds بيونغ يانغ
            keys |= english_keys(en)
        if e.get("geo"):  # where the place is: its knowledge-base id (see :meth:`geo`)
            keys.add(GEO + e["geo"]["id"])
        self.conn.executemany("INSERT INTO entity_keys VALUES (?, ?)", [(k, e["id"]) for k in sorted(keys) if k])

    def unclustered(self) -> list[Document]:
        """Stored articles no corpus stage has seen yet (added by a run that stopped before them)."""
        return [Document.from_dict(json.loads(r[0]))
                for r in self.conn.execute("SELECT doc FROM articles WHERE story IS NULL ORDER BY seq")]

    def corpus(self):
        from marsad.corpus import Corpus

        c = Corpus()
        for r in self.conn.execute("SELECT * FROM entities"):
            c.entities.append({"id": r["id"], "type": r["type"], "name": r["name"], "name_en": r["name_en"],
                               "variants": json.loads(r["variants"]), "articles": r["articles"]})
        geo = self.geo()
        for e in c.entities:
            if e["id"] in geo:
                e["geo"] = geo[e["id"]]
        c.entities.sort(key=lambda e: (-e["articles"], e["type"], e["name"], e["id"]))
        c.stories = [json.loads(r[0]) for r in self.conn.execute("SELECT doc FROM stories ORDER BY start, id")]
        c.storylines = [json.loads(r[0]) for r in self.conn.execute("SELECT doc FROM storylines ORDER BY id")]
        return c

    # ---- reading -------------------------------------------------------------------------------
    def search(self, query: str, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
               entity: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching a query, best first, with a snippet.

        Words are matched folded and without proclitics; names are also matched by
        transliteration key (so بيونغ يانغ finds بيونغيانغ and بيونج يانج) and through
        the entities whose spellings the query names.
        """
        words = search_words(query).split()
        key = N.place_key(query)
        # Filters are applied in SQL, and each way of matching gives only its best ``limit``
        # articles: an article among the best ``limit`` overall is among the best of the way
        # that gives it its score, so merging the short lists is exact and stays fast on big stores.
        where, args = "", []
        for cond, value in (("a.outlet = ?", outlet), ("a.published >= ?", since), ("a.published <= ?", until),
                            ("a.id IN (SELECT article FROM mentions WHERE entity = ?)", entity)):
            if value:
                where += " AND " + cond
                args.append(value)
        hits: dict[str, float] = {}
        exact: set[str] = set()  # matched by the words or a known entity, not by sound alone

        def take(sql: str, params: list, weight: float = 1.0, sound: bool = False) -> None:
            for aid, score in self.conn.execute(sql, params + args + [limit]):
                hits[aid] = min(hits.get(aid, 0.0), score * weight)
                if not sound:
                    exact.add(aid)

        # without filters, rank inside the index first and join the few best (much faster on
        # common words); with filters, join first so the filters act before the cut
        if where:
            fts = ("SELECT a.id, bm25(article_search) AS s FROM article_search f JOIN articles a ON a.seq = f.rowid "
                   "WHERE article_search MATCH ?%s ORDER BY s LIMIT ?" % where)
        else:
            fts = ("SELECT a.id, t.s FROM (SELECT rowid AS r, bm25(article_search) AS s FROM article_search "
                   "WHERE article_search MATCH ? ORDER BY s LIMIT ?) t JOIN articles a ON a.seq = t.r")
        if words:
            take(fts, [" AND ".join(f'words:"{w}"' for w in words)])
        if len(key) >= 3:
            take(fts, [f'keys:"{key}"'], 0.9, sound=True)
        ents = [r[0] for r in self.conn.execute("SELECT DISTINCT entity FROM entity_keys WHERE key IN (?, ?, ?)",
                                               (key, " ".join(words), N.place_key(latin(query))))]
        if ents:
            take("SELECT m.article, -COUNT(*) AS s FROM mentions m%s WHERE m.entity IN (%s)%s "
                 "GROUP BY m.article ORDER BY s LIMIT ?"
                 % (" JOIN articles a ON a.id = m.article" if where else "", ",".join("?" * len(ents)), where), ents)
        # what the words or an entity find comes first; a word that only sounds alike ("سيصلون" for
        # "سلوان") after it
        best = sorted(hits, key=lambda aid: (aid not in exact, hits[aid], aid))[:limit]
        if not best:
            return []
        rows = {r["id"]: dict(r) for r in self.conn.execute(
            "SELECT id, title, outlet, published, story, json_extract(doc, '$.text') AS text FROM articles "
            "WHERE id IN (%s)" % ",".join("?" * len(best)), best)}
        out = []
        for aid in best:
            r = rows[aid]
            r["snippet"] = self.snippet(r.pop("text") or "", words, key)
            out.append(r)
        return out

    @staticmethod
    def snippet(text: str, words: list[str], key: str, width: int = 90) -> str:
        """About ``width`` characters of ``text`` around the first word the query matches."""
        pos = 0
        for m in _WORD.finditer(text):  # lazily: the first match is usually early in the text
            if fold(stem(m.group())) in words or (key and N.place_key(m.group()) == key):
                pos = m.start()
                break
        a = max(0, pos - width // 2)
        return ("…" if a else "") + text[a:a + width].replace("\n", " ") + ("…" if a + width < len(text) else "")

    def document_json(self, article_id: str) -> str | None:
        """A stored article as the JSON it is kept in (what :meth:`save_links` writes)."""
        r = self.conn.execute("SELECT doc FROM articles WHERE id = ?", (article_id,)).fetchone()
        return r[0] if r else None

    def document(self, article_id: str) -> Document | None:
        j = self.document_json(article_id)
        return Document.from_dict(json.loads(j)) if j is not None else None

    # ---- the queries of the web pages, the API and the exports ------------------------------
    def _rows(self, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, args)]

    def _doc(self, table: str, key: str) -> dict | None:
        r = self.conn.execute(f"SELECT doc FROM {table} WHERE id = ?", (key,)).fetchone()
        return json.loads(r[0]) if r else None

    def counts(self) -> dict[str, int]:
        """How many articles, stories and entities the database holds."""
        return {k: self.conn.execute(f"SELECT COUNT(*) FROM {k}").fetchone()[0]
                for k in ("articles", "stories", "entities")}

    def latest_stories(self, limit: int = 200) -> list[dict]:
        """Stories, those that ended on the latest day first and, of one day, the most covered (the
        most articles) first: a news front page, not a list of single reports."""
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT doc FROM stories ORDER BY substr(COALESCE(\"end\", ''), 1, 10) DESC, "
            "json_array_length(doc, '$.articles') DESC, id LIMIT ?", (limit,))]

    def story(self, story_id: str) -> dict | None:
        """A story's record (corpus.json's shape), or None."""
        return self._doc("stories", story_id)

    def articles_of(self, ids: list[str]) -> list[dict[str, Any]]:
        """id, title, outlet, published and duplicate_of of these articles, oldest first."""
        marks = ",".join("?" * len(ids))
        return self._rows(f"SELECT id, title, outlet, published, duplicate_of FROM articles WHERE id IN ({marks}) "
                          "ORDER BY published, seq", tuple(ids))

    def entities_of(self, ids: list[str], limit: int = 30) -> list[dict[str, Any]]:
        """The entities most mentioned in these articles: id, name, n (mentions)."""
        marks = ",".join("?" * len(ids))
        return self._rows(f"SELECT e.id, e.name, COUNT(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity "
                          f"WHERE m.article IN ({marks}) GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?",
                          (*ids, limit))

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """An entity's row (variants as a list), or None."""
        r = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if r is None:
            return None
        e = dict(r)
        e["variants"] = json.loads(e["variants"])
        geo = self.geo(entity_id)
        if geo:
            e["geo"] = geo[entity_id]
        # where the English name came from (not a column): the knowledge base, for one of its
        # spellings or the place it locates, else a transliteration
        e["name_en_source"] = "kb" if e["name_en"] in kb_english(e) else "transliterated"
        return e

    def geo(self, entity_id: str | None = None) -> dict[str, dict]:
        """Where the located place entities are (all, or one): entity id -> ``geo``, as
        marsad.corpus.geo made it. The store keeps the place's knowledge-base id among the entity's
        keys (so the schema did not change) and reads the rest from the shipped knowledge base."""
        from marsad.corpus.geo import geo_by_id

        sql = "SELECT entity, key FROM entity_keys WHERE key >= ? AND key < ?"
        args: tuple = (GEO, GEO_END)
        if entity_id is not None:
            sql, args = sql + " AND entity = ?", args + (entity_id,)
        out = {}
        for eid, key in self.conn.execute(sql, args):
            g = geo_by_id(key[len(GEO):])
            if g is not None:
                out[eid] = g
        return out

    def quotes_by(self, entity_id: str) -> list[dict[str, Any]]:
        """What an entity said: article, start, end, kind, text, published, outlet; oldest first."""
        return self._rows("SELECT q.article, q.start, q.\"end\", q.kind, q.text, a.published, a.outlet FROM quotes q "
                          "JOIN articles a ON a.id = q.article WHERE q.speaker_entity = ? "
                          "ORDER BY a.published, a.seq, q.start", (entity_id,))

    def cooccurring(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Entities named in the same articles: id, name, n (articles shared)."""
        return self._rows("SELECT e.id, e.name, COUNT(DISTINCT m2.article) AS n FROM mentions m1 "
                          "JOIN mentions m2 ON m1.article = m2.article AND m2.entity != m1.entity "
                          "JOIN entities e ON e.id = m2.entity WHERE m1.entity = ? GROUP BY e.id "
                          "ORDER BY n DESC, e.name LIMIT ?", (entity_id, limit))

    def articles_naming(self, entity_id: str) -> list[dict[str, Any]]:
        """The articles that name an entity: id, title, published; oldest first."""
        return self._rows("SELECT DISTINCT a.id, a.title, a.published FROM mentions m JOIN articles a "
                          "ON a.id = m.article WHERE m.entity = ? ORDER BY a.published, a.seq", (entity_id,))

    def storyline(self, line_id: str) -> dict | None:
        """A storyline's record, or None."""
        return self._doc("storylines", line_id)

    def stories_of_line(self, line_id: str) -> list[dict]:
        """The stories of a storyline, oldest first."""
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT doc FROM stories WHERE storyline = ? ORDER BY start, id", (line_id,))]


def analyze_into_db(inputs, db: str, *, workers: int = 1, on_item: Callable | None = None, load: bool = True):
    """Analyze ``inputs`` into the SQLite database ``db`` (incremental, resumable). Returns the
    :class:`marsad.api.Result` of the whole database (so ``--out`` can be written from it), or with
    ``load=False`` only the new articles, the input errors and, in ``corpus``, the stories the new
    articles touched, the entities they name and every storyline (no work in proportion to the
    database)."""
    from marsad.api import Result
    from marsad.engines.local import BATCH, analyze_stream, drain
    from marsad.store import incremental

    with Store(db) as st:
        # one transaction per worker's batch, not per article (1,000 commits were 1.2 s of the parent's
        # CPU under the profiler); a kill loses at most the articles of the batch being written, and
        # an error keeps every article stored whole before it
        st.commit_every = BATCH
        try:
            new_errors = drain(analyze_stream([str(p) for p in inputs], workers=workers, known=st.ids(), index=True),
                               st.add_document, on_item, on_error=st.add_error)
        finally:
            st.flush()
            st.commit_every = 1
        if not incremental.has_state(st):
            docs, corpus = incremental.rebuild(st)
            return Result(docs, corpus, new_errors)
        new = st.unclustered()
        corpus = incremental.update(st, new)
        if load:
            return Result(st.documents(), st.corpus(), new_errors)
        return Result(new, corpus, new_errors)


def recluster(db: str) -> tuple[int, int]:
    """Rebuild the copy groups, entities and stories of a database from scratch; returns
    (articles, stories)."""
    with Store(db) as st:
        docs, corpus = incremental.rebuild(st)
        return len(docs), len(corpus.stories)


def load_output(outdir: str | os.PathLike, db: str) -> int:
    """Load an ``analyze --out`` folder (e.g. from the Spark engine) into a database; returns
    how many articles were added."""
    from marsad.corpus import Corpus

    out = Path(outdir)
    docs = [Document.from_dict(json.loads(line)) for line in
            (out / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    c = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    corpus = Corpus(entities=c.get("entities", []), stories=c.get("stories", []), storylines=c.get("storylines", []))
    with Store(db) as st:
        have = st.ids()
        new = [d for d in docs if d.id not in have]
        for d in new:
            st.add_document(d)
        st.save_corpus(docs, corpus)
    return len(new)
