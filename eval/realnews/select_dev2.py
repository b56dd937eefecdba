"""Draw the articles of attributions_dev2.jsonl / attributions_dev3.jsonl (run once; prints one JSON
line per article).

Development days only (SaudiNewsNet lines 2,001..15,042: after the first 2,000, whose marsad output
is read for speaker figures, so the drawn articles were never seen through marsad), 400-3,000
characters, distinct contents, in no gold file of this folder, with at least two speech cues
(select_articles.CUES, a plain regex, not marsad). Per outlet ordered by sha1(url): the first of
each of the 12 outlets, and a second for the 8 outlets whose second sha1 is smallest (20 articles).
    python3 eval/realnews/select_dev2.py > /tmp/dev2_articles.jsonl

--dev3 (attributions_dev3.jsonl, quotes only, direct quotation wanted): the same pool (the dev2
articles are now in a gold file, so they are out), but an article must also hold a direct quotation
by a plain regex: a span in quotation marks («...», "...", “...”) of at least three words with a
speech cue (CUES) within 80 characters before its opening mark or a cue or colon right before it.
Same per-outlet recipe (gids d3_NN).
    python3 eval/realnews/select_dev2.py --dev3 > /tmp/dev3_articles.jsonl

--dev3b (the second part of attributions_dev3.jsonl): the quotations --dev3 leaves out, those with no
cue right before the mark: the same pool, no article --dev3 would take, but a marked span of at least
four words anywhere or a cue with a colon and unmarked words after it ("قال: ..."); the first of each
outlet by sha1(url) (gids d3b_NN).
    python3 eval/realnews/select_dev2.py --dev3b > /tmp/dev3b_articles.jsonl
Both --dev3 draws leave attributions_dev3.jsonl out of the gold files they avoid, so they give the
same articles after it was written.

--dev4 (attributions_dev4.jsonl, quotes only): the same pool (dev2 and dev3 articles are in gold files
now, so they are out), but an article must hold plenty of quotation marks: two or more marked spans
(«...», "...", “...”) of three or more words each, with or without a cue before them. Per outlet by
sha1(url) the first two of each outlet (gids d4_NN); leaves attributions_dev4.jsonl out of the gold
files it avoids, so it gives the same articles after it was written.
    python3 eval/realnews/select_dev2.py --dev4 > /tmp/dev4_articles.jsonl

--dev5 (attributions_dev5.jsonl, quotes only, to measure on news the rules were not tuned on): the
same pool (dev2-dev4 articles are in gold files now, so they are out), in two halves from as many
outlets as possible. Part A (gids d5a_NN): an article with a direct quotation (direct_quotation: a
span of 3+ words in marks with a cue in the 80 characters before it), per outlet the first by
sha1("dev5a" + url), and one more from the outlet whose second is smallest (13). Part B (gids
d5b_NN): any article of the pool (two or more cues) not taken by part A, per outlet the first by
sha1("dev5b" + url) (12). Each line carries "split": "dev5" for annotate.py --articles. Leaves
attributions_dev5.jsonl out of the gold files it avoids, so it gives the same articles after it was written.
    python3 eval/realnews/select_dev2.py --dev5 > /tmp/dev5_articles.jsonl

--dev6 (attributions_dev6.jsonl, quotes only, the genres the earlier golds lack): the same pool
(dev2-dev5 articles are in gold files now, so they are out), in three parts, each line with
"split": "dev6". Part A (gids d6a_NN, 13): opinion columns and interviews by a plain regex
(INTERVIEW: حوار، مقابلة، a first-person قلت before a colon or ل/في, a line opening with س: / ج: or
سؤال: / جواب:), per outlet the first by sha1("dev6a" + url), and a second for the outlets with the
fewest articles in the earlier quote golds (FEWEST, counted below), the smallest second sha1 first.
Part B (gids d6b_NN): quotation marks after a non-speech verb or noun (NONSPEECH: ختم، وجه، حث،
ناشد، دعا، طالب، وعد، رسالة، كتب، غرد ... then 3+ words in marks within five words), not taken by
part A, per outlet the first by sha1("dev6b" + url). Part C (gids d6c_NN): one article at random
(first by sha1("dev6c" + url)) of each outlet that neither part reaches (arreyadi: also the outlet
with fewest articles in the earlier golds, 15 against 20-21). Leaves attributions_dev6.jsonl out
of the gold files it avoids, so it gives the same articles after it was written.
    python3 eval/realnews/select_dev2.py --dev6 > /tmp/dev6_articles.jsonl

--dev7 (attributions_dev7.jsonl and dates_dev8.jsonl, both on the same articles): drawn the way the
test split was, to measure on test-like news. articles.jsonl's recipe (select_articles.py: 300-5,000
characters, each text once) on lines 2,001..15,042 without 9,001-11,000 (kept unlabeled, to check
rules on), in no gold file; per outlet one article among
those with two or more speech cues (the first by sha1("dev7a" + url)) and one among the rest of the
outlet's pool (the first by sha1("dev7b" + url)): 24 articles, gids d7a_NN / d7b_NN, each line with
"split": "dev7". Leaves attributions_dev7.jsonl and dates_dev8.jsonl out of the gold files it avoids.
    python3 eval/realnews/select_dev2.py --dev7 > /tmp/dev7_articles.jsonl

--dev8 (attributions_dev8.jsonl and dates_dev9.jsonl, both on the same articles): the --dev7 recipe
again, the dev7 articles now in gold files and so out of the pool, ordered by sha1("dev8a" + url)
and sha1("dev8b" + url); gids d8a_NN / d8b_NN, "split": "dev8".
    python3 eval/realnews/select_dev2.py --dev8 > /tmp/dev8_articles.jsonl
"""
import collections
import json
import pathlib
import re
import sys

import snn
from select_articles import CUES, sha

HERE = pathlib.Path(__file__).resolve().parent
FIRST_LINE, FIRST, SECOND = 2000, 12, 8
MARKED = re.compile(r"«[^«»\n]+»|\"[^\"\n]+\"|“[^“”\"\n]+[”“\"]")
COLON_SPEECH = re.compile(CUES.pattern + r"[^.:\n«\"“]{0,60}:\s*[^\s«\"“]")
INTERVIEW = re.compile(r"حوار|مقابلة|(?:^|\s)[وف]?قلت(?:\s*:|\s+ل|\s+في)|^\s*(?:س|ج)\s*[:/\-–]"
                       r"|^\s*(?:سؤال|السؤال|جواب)\s*:", re.M)
NONSPEECH = re.compile(r"(?:ختم|اختتم|وجه|وجّه|حث|ناشد|دعا|دعت|طالب|وعد|رسالة|كتب|غرد)\S*\s+(?:\S+\s+){0,4}?"
                       r"[«\"“][^«»\"“”\n]+\s[^«»\"“”\n]+\s[^«»\"“”\n]+[»\"”]")
# articles per outlet in attributions_dev.jsonl and dev2-dev5 (the dev6 draw's weighting)
EARLIER = ("attributions_dev.jsonl", "attributions_dev2.jsonl", "attributions_dev3.jsonl",
           "attributions_dev4.jsonl", "attributions_dev5.jsonl")


def in_gold(leave_out=()):
    """URLs of this folder's gold files, except the files named in leave_out and their second passes
    (attributions_dev5.jsonl leaves attributions_dev5_pass2.jsonl, _pass2b.jsonl out too: they hold the
    same articles, so a draw gives the same articles after its second pass was written)."""
    stems = tuple(name[:-len(".jsonl")] + "_pass2" for name in leave_out)
    urls = set()
    for p in HERE.glob("*.jsonl"):
        if p.name in leave_out or (stems and p.name.startswith(stems)):
            continue
        for line in open(p, encoding="utf-8"):
            u = json.loads(line).get("url") if line.strip() else None
            if u:
                urls.add(u)
    return urls


def direct_quotation(content):
    """A span in quotation marks of 3+ words with a speech cue in the 80 characters before it."""
    for m in MARKED.finditer(content):
        if len(m.group().split()) >= 3 and CUES.search(content[max(0, m.start() - 80):m.start()] + " "):
            return True
    return False


def other_quotation(content):
    """A marked span of 4+ words anywhere, or a cue, a colon and unmarked words after it."""
    return any(len(m.group().split()) >= 4 for m in MARKED.finditer(content)) or bool(COLON_SPEECH.search(content))


def marked_spans(content, words=3):
    """How many spans in quotation marks hold ``words`` or more words."""
    return sum(len(m.group().split()) >= words for m in MARKED.finditer(content))


def cued_records(taken):
    """The candidates of every draw: dev-day records from ``FIRST_LINE`` on, 400-3,000 characters,
    each text once, in no file of ``taken``, with two speech cues or more."""
    seen = set()
    for n, r in enumerate(snn.dev_days()):
        c = r["content"]
        if n < FIRST_LINE or not 400 <= len(c) <= 3000 or c in seen or r["url"] in taken:
            continue
        seen.add(c)
        if len(CUES.findall(c)) >= 2:
            yield r


def draw_dev5(part_a=13):
    quoted, cued = collections.defaultdict(list), collections.defaultdict(list)
    for r in cued_records(in_gold(("attributions_dev5.jsonl",))):
        c = r["content"]
        cued[r["source"]].append(r["url"])
        if direct_quotation(c):
            quoted[r["source"]].append(r["url"])
    ranked = {o: sorted(us, key=lambda u: sha("dev5a" + u)) for o, us in quoted.items()}
    pick_a = [(o, us[0]) for o, us in ranked.items()]
    seconds = sorted((sha("dev5a" + us[1]), o, us[1]) for o, us in ranked.items() if len(us) > 1)
    pick_a += [(o, u) for _, o, u in seconds[:max(0, part_a - len(pick_a))]]
    chosen = {u for _, u in pick_a}
    pick_b = []
    for o, us in cued.items():
        rest = sorted((u for u in us if u not in chosen), key=lambda u: sha("dev5b" + u))
        if rest:
            pick_b.append((o, rest[0]))
    for prefix, pick in (("d5a", pick_a), ("d5b", pick_b)):
        for i, (o, u) in enumerate(sorted(pick), 1):
            print(json.dumps({"gid": f"{prefix}_{i:02d}", "url": u, "outlet": o, "split": "dev5"}, ensure_ascii=False))


def earlier_counts():
    """Articles per outlet (SaudiNewsNet source name) in the earlier quote golds."""
    urls = collections.Counter()
    for name in EARLIER:
        for line in open(HERE / name, encoding="utf-8"):
            if line.strip():
                urls[json.loads(line)["url"]] += 1
    return urls


def draw_dev6(part_a=13):
    interview, nonspeech, cued = (collections.defaultdict(list) for _ in range(3))
    for r in cued_records(in_gold(("attributions_dev6.jsonl",))):
        c, o = r["content"], r["source"]
        cued[o].append(r["url"])
        if INTERVIEW.search(c):
            interview[o].append(r["url"])
        elif NONSPEECH.search(c):
            nonspeech[o].append(r["url"])
    earlier = earlier_counts()
    per_outlet = collections.Counter()
    for r in snn.records(earlier).values():
        per_outlet[r["source"]] += 1
    ranked = {o: sorted(us, key=lambda u: sha("dev6a" + u)) for o, us in interview.items()}
    pick_a = [(o, us[0]) for o, us in ranked.items()]
    seconds = sorted((per_outlet[o], sha("dev6a" + us[1]), o, us[1]) for o, us in ranked.items() if len(us) > 1)
    pick_a += [(o, u) for _, _, o, u in seconds[:max(0, part_a - len(pick_a))]]
    pick_b = [(o, sorted(us, key=lambda u: sha("dev6b" + u))[0]) for o, us in nonspeech.items()]
    reached = {o for o, _ in pick_a + pick_b}
    pick_c = [(o, sorted(us, key=lambda u: sha("dev6c" + u))[0]) for o, us in cued.items() if o not in reached]
    print(f"earlier gold articles per outlet: {dict(sorted(per_outlet.items(), key=lambda kv: kv[1]))}",
          file=sys.stderr)
    for prefix, pick in (("d6a", pick_a), ("d6b", pick_b), ("d6c", pick_c)):
        for i, (o, u) in enumerate(sorted(pick), 1):
            print(json.dumps({"gid": f"{prefix}_{i:02d}", "url": u, "outlet": o, "split": "dev6"}, ensure_ascii=False))


TEST_LIKE = {"dev7": ("attributions_dev7.jsonl", "dates_dev8.jsonl"),
             "dev8": ("attributions_dev8.jsonl", "dates_dev9.jsonl")}


def draw_test_like(split):
    taken = in_gold(TEST_LIKE[split])
    tag = "d" + split[3:]
    pool, seen = collections.defaultdict(list), set()
    for n, r in enumerate(snn.dev_days()):
        c = r["content"]
        if n < FIRST_LINE or 9000 <= n < 11000 or not 300 <= len(c) <= 5000 or c in seen or r["url"] in taken:
            continue
        seen.add(c)
        pool[r["source"]].append(r)
    pick_a, pick_b = [], []
    for o, rs in pool.items():
        cued = sorted((r["url"] for r in rs if len(CUES.findall(r["content"])) >= 2), key=lambda u: sha(split + "a" + u))
        if cued:
            pick_a.append((o, cued[0]))
        rest = sorted((r["url"] for r in rs if r["url"] not in cued[:1]), key=lambda u: sha(split + "b" + u))
        pick_b.append((o, rest[0]))
    for prefix, pick in ((tag + "a", pick_a), (tag + "b", pick_b)):
        for i, (o, u) in enumerate(sorted(pick), 1):
            print(json.dumps({"gid": f"{prefix}_{i:02d}", "url": u, "outlet": o, "split": split}, ensure_ascii=False))


def main(argv=()):
    for split in TEST_LIKE:
        if "--" + split in argv:
            return draw_test_like(split)
    if "--dev6" in argv:
        return draw_dev6()
    dev3, dev3b, dev4, dev5 = "--dev3" in argv, "--dev3b" in argv, "--dev4" in argv, "--dev5" in argv
    if dev5:
        return draw_dev5()
    taken = in_gold(("attributions_dev3.jsonl",) if dev3 or dev3b else ("attributions_dev4.jsonl",) if dev4 else ())
    by_outlet = collections.defaultdict(list)
    for r in cued_records(taken):
        c = r["content"]
        if dev4:
            if marked_spans(c) >= 2:
                by_outlet[r["source"]].append(r["url"])
            continue
        if dev3b and not direct_quotation(c) and other_quotation(c) or not dev3b and (not dev3 or direct_quotation(c)):
            by_outlet[r["source"]].append(r["url"])
    ranked = {o: sorted(us, key=sha) for o, us in by_outlet.items()}
    pick = [(o, us[0]) for o, us in ranked.items()]
    if dev4:
        pick += [(o, us[1]) for o, us in ranked.items() if len(us) > 1]
        for i, (o, u) in enumerate(sorted(pick), 1):
            print(json.dumps({"gid": f"d4_{i:02d}", "url": u, "outlet": o}, ensure_ascii=False))
        return
    if dev3b:
        for i, (o, u) in enumerate(sorted(pick), 1):
            print(json.dumps({"gid": f"d3b_{i:02d}", "url": u, "outlet": o}, ensure_ascii=False))
        return
    seconds = sorted(((sha(us[1]), o, us[1]) for o, us in ranked.items() if len(us) > 1))[:SECOND]
    pick += [(o, u) for _, o, u in seconds]
    prefix = "d3" if dev3 else "d2"
    for i, (o, u) in enumerate(sorted(pick), 1):
        print(json.dumps({"gid": f"{prefix}_{i:02d}", "url": u, "outlet": o}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
