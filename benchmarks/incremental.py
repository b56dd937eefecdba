"""What adding news to a database costs: batches of 50 articles added with ``analyze --db``.

    .venv/bin/python benchmarks/incremental.py                 # 14,842 stored, then 4 batches of 50
    .venv/bin/python benchmarks/incremental.py --base 3000     # a smaller database, same batches
    .venv/bin/python benchmarks/incremental.py --seeds 300     # 300 articles, each alone into the seeds' database

A database is built from the first ``--base`` SaudiNewsNet articles of the development days; then
the last 200 development-day articles (the newest crawl) arrive in batches of 50, as ``watch``
adds them: ``marsad analyze batch.jsonl --db DB``. Each batch is also analyzed alone
(``marsad analyze batch.jsonl --out DIR``), the peer: the ratio of the two CPU times says what
the database adds. After each batch every stored story must keep its id and its articles, unless it
gained articles. Last, ``marsad recluster --db`` is timed: what every batch cost before the store
grew incrementally (every corpus stage rerun over the whole database).

``--stories dev`` instead compares copy groups: the story gold's articles of that split
(eval/realnews/stories_dev.jsonl, 693 articles of two crawl days) analyzed into one database at once,
and the same articles in crawl order in ``--batches`` (default 4) parts, the first building the
database and the others added to it; it prints the copy pairs (pairs of articles in one copy group)
of both, those only one has, and each one's gold copy pairs found and precision (the scorer's
figures, eval/realnews/evaluate.py stories).

``--seeds N`` instead adds N development-day articles (evenly spread over the days), each on its
own, to a copy of the database of the five seed articles, and counts those that changed a seed story
(its id or its articles).

CPU is user + system time of the ``marsad`` process tree (steady on a shared machine).
SaudiNewsNet holds 15,042 development-day articles (crawled 2015-07-21..31); the later days are
reserved for outside evaluation, so the largest database here is 14,842 articles, not more.
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "realnews"))
import snn  # noqa: E402  (the development days only)

MARSAD = [str(Path(sys.executable).parent / "marsad")]
BATCH, BATCHES = 50, 4


def children_cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(args: list[str]) -> dict:
    cpu0, t0 = children_cpu_s(), time.perf_counter()
    p = subprocess.run(MARSAD + args, capture_output=True, text=True)
    if p.returncode not in (0, 3):
        sys.exit(f"marsad {' '.join(args)} failed ({p.returncode}): {p.stderr[-500:]}")
    return {"cpu_s": round(children_cpu_s() - cpu0, 2), "wall_s": round(time.perf_counter() - t0, 2),
            "said": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""}


def stories(db: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out: dict[str, set[str]] = {}
    for sid, aid in con.execute("SELECT story, id FROM articles WHERE story IS NOT NULL"):
        out.setdefault(sid, set()).add(aid)
    con.close()
    return out


def write(path: Path, records: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(snn.as_input(r), ensure_ascii=False) + "\n")
    return path


def seeds_check(n: int) -> None:
    import shutil

    from marsad.store import Store, analyze_into_db

    def seed_stories(db: Path) -> dict[str, list[str]]:
        with Store(db, readonly=True) as st:
            return {s["id"]: sorted(s["articles"]) for s in st.latest_stories()}

    tmp = Path(tempfile.mkdtemp(prefix="marsad-seeds-"))
    base = tmp / "seeds.db"
    analyze_into_db([str(snn.SHARED / "seeds")], str(base))
    seeds = seed_stories(base)
    every = list(snn.dev_days())
    step = max(1, len(every) // n)
    moved, joined, cpu0 = [], 0, time.process_time()
    for k, r in enumerate(every[::step][:n]):
        db = tmp / "x.db"
        shutil.copy(base, db)
        write(tmp / "one.jsonl", [r])
        analyze_into_db([str(tmp / "one.jsonl")], str(db), load=False)
        after = seed_stories(db)
        if {sid: after.get(sid) for sid in seeds} != seeds:
            moved.append(r["url"])
        joined += sum(1 for sid in seeds if after.get(sid) and r["url"] in after[sid])
    print(json.dumps({"seed_stories": len(seeds), "articles_added_one_at_a_time": min(n, len(every[::step])),
                      "changed_a_seed_story": len(moved), "examples": moved[:5], "joined_a_seed_story": joined,
                      "cpu_s_per_article": round((time.process_time() - cpu0) / n, 3)}, ensure_ascii=False))


def group_pairs(db: Path) -> set[tuple[str, str]]:
    """Every pair of articles in one copy group of a database."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    groups: dict[str, set[str]] = {}
    for aid, orig in con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"):
        groups.setdefault(orig, {orig}).add(aid)
    con.close()
    return {tuple(sorted((a, b))) for g in groups.values() for a in g for b in g if a < b}


def stories_check(split: str, batches: int) -> None:
    import evaluate  # eval/realnews: the gold's copy pairs and the scorer's copy figures

    gold = evaluate.gold_path("stories", split)
    urls = {json.loads(line)["url"] for line in open(gold, encoding="utf-8") if line.strip()}
    arts = [r for r in snn.dev_days() if r["url"] in urls]  # crawl order
    arts = list({r["url"]: r for r in arts}.values())
    tmp = Path(tempfile.mkdtemp(prefix="marsad-incremental-copies-"))
    full, added = tmp / "full.db", tmp / "added.db"
    cpu = {"full": run(["analyze", str(write(tmp / "all.jsonl", arts)), "--db", str(full), "--workers", "1", "-q"])["cpu_s"]}
    size = -(-len(arts) // batches)
    cpu["added"] = [run(["analyze", str(write(tmp / f"part{k}.jsonl", arts[k * size:(k + 1) * size])), "--db", str(added),
                         "--workers", "1", "-q"])["cpu_s"] for k in range(batches)]
    out = {"split": split, "articles": len(arts), "batches": [len(arts[k * size:(k + 1) * size]) for k in range(batches)],
           "cpu_s": cpu}
    pairs = {}
    for tag, db in (("full", full), ("added", added)):
        pairs[tag] = group_pairs(db)
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        rows = [{"id": a, "duplicate_of": o} for a, o in con.execute("SELECT id, duplicate_of FROM articles")]
        con.close()
        group = evaluate._groups((r["id"], r["duplicate_of"]) for r in rows if r["duplicate_of"])
        found = total = 0
        for r in map(json.loads, open(evaluate.gold_path("copies", split), encoding="utf-8")):
            total += 1
            found += group.get(r["url_a"], r["url_a"]) == group.get(r["url_b"], r["url_b"])
        out[tag] = {"copy_pairs": len(pairs[tag]), "gold_copy_pairs_found": f"{found}/{total}",
                    "precision": evaluate.copy_precision(rows, evaluate.gold_path("copies", split))}
    out["only_full"] = sorted(pairs["full"] - pairs["added"])
    out["only_added"] = sorted(pairs["added"] - pairs["full"])
    print(json.dumps(out, ensure_ascii=False, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=int, default=0, help="articles in the database before the batches "
                    "(default: every development-day article but the last 200)")
    ap.add_argument("--workers", type=int, default=2, help="workers of the database build")
    ap.add_argument("--seeds", type=int, default=0, help="instead: add this many articles one by one to the "
                    "seeds' database and count those that change a seed story")
    ap.add_argument("--stories", choices=["dev"], help="instead: copy groups of the story gold's articles of this "
                    "split, a full build against the same articles added in --batches parts")
    ap.add_argument("--batches", type=int, default=4, help="with --stories: parts the articles arrive in")
    args = ap.parse_args()
    if not snn.available():
        sys.exit(f"SaudiNewsNet not found at {snn.SNN}")
    if args.stories:
        return stories_check(args.stories, args.batches)
    if args.seeds:
        return seeds_check(args.seeds)
    every = list(snn.dev_days())
    arriving = every[-BATCH * BATCHES:]
    base = every[:len(every) - len(arriving)]
    if args.base:
        base = base[:args.base]
    tmp = Path(tempfile.mkdtemp(prefix="marsad-incremental-"))
    db = tmp / "news.db"
    built = run(["analyze", str(write(tmp / "base.jsonl", base)), "--db", str(db), "--workers", str(args.workers), "-q"])
    print(json.dumps({"database": len(base), "build": built}, ensure_ascii=False), flush=True)
    ratios = []
    changed_total = 0
    for i in range(BATCHES):
        batch = write(tmp / f"batch{i}.jsonl", arriving[i * BATCH:(i + 1) * BATCH])
        before = stories(db)
        alone = run(["analyze", str(batch), "--out", str(tmp / f"alone{i}"), "--workers", "1", "-q"])
        added = run(["analyze", str(batch), "--db", str(db), "--workers", "1", "-q"])
        after = stories(db)
        gone = sorted(s for s in before if s not in after)
        changed = sorted(s for s in before if s in after and not before[s] <= after[s])
        grew = sum(1 for s in before if s in after and before[s] < after[s])
        changed_total += len(gone) + len(changed)
        ratio = added["cpu_s"] / alone["cpu_s"]
        ratios.append(ratio)
        print(json.dumps({"batch": i + 1, "articles": BATCH, "stored_before": sum(map(len, before.values())),
                          "db_cpu_s": added["cpu_s"], "alone_cpu_s": alone["cpu_s"], "ratio": round(ratio, 2),
                          "stories_grown": grew, "stories_new": len(set(after) - set(before)),
                          "story_ids_lost": gone[:5], "stories_that_lost_articles": changed[:5],
                          "said": added["said"]}, ensure_ascii=False), flush=True)
    full = run(["recluster", "--db", str(db)])
    print(json.dumps({"recluster": full}, ensure_ascii=False), flush=True)
    print(f"database of {len(base)} articles, {BATCHES} batches of {BATCH}: CPU with --db / alone "
          f"{min(ratios):.2f}x-{max(ratios):.2f}x (mean {sum(ratios) / len(ratios):.2f}x); stories whose id or "
          f"articles changed without growing: {changed_total}; a full recluster of the database: "
          f"{full['cpu_s']:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
