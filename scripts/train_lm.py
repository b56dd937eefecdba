"""Pre-train the NER tagger's context readers: one-way LSTM language models on SaudiNewsNet.

    .venv/bin/python scripts/train_lm.py --direction f --out /tmp/lm_f.pt
    .venv/bin/python scripts/train_lm.py --direction b --out /tmp/lm_b.pt   # (in parallel)
    .venv/bin/python scripts/train_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt

A forward model reads a sentence left to right and learns to guess the word
cluster (scripts/train_clusters.py) of the next word; a backward model does the
same right to left. Guessing clusters instead of words keeps the output layer
small (about 1,000 classes), and the clusters are what matters for names: a
reader that expects a given name, a city or an organization after "the
president of", "the city of" or "a spokesman for" has learned the contexts
ANERcorp's 130,000 labelled words are too few to teach. The NER tagger reads the
states of both models (frozen) as extra input; only their LSTM weights ship.
A token enters these models as it enters the tagger: the frozen word and core
vectors of train_ner.py, so both share one vector table.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from train_clusters import read_saudinewsnet
from train_ner import frozen_vectors, load_vectors

from marsad.extract.ner_features import clusters, core
from marsad.extract.ner_nn import CHUNK

ENDS = {".", "!", "؟", "?"}


class LM(nn.Module):
    """Frozen word and core vectors -> one-way LSTM -> cluster of the next token."""

    def __init__(self, vec: np.ndarray, hidden: int, n_classes: int, drop: float = 0.2):
        super().__init__()
        self.vec = frozen_vectors(vec)
        self.lstm = nn.LSTM(2 * vec.shape[1], hidden, batch_first=True)
        self.drop = nn.Dropout(drop)
        self.out = nn.Linear(hidden, n_classes)

    def states(self, wids: torch.Tensor, cids: torch.Tensor, lens: torch.Tensor) -> torch.Tensor:
        x = torch.cat([self.vec(wids), self.vec(cids)], dim=2)
        packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        return nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=wids.shape[1])[0]


def pieces(articles: list[list[str]], word_id: dict[str, int]) -> list[tuple[list[int], list[int], list[int]]]:
    """Sentences (cut at CHUNK tokens) as (word ids, core ids, cluster ids); cluster 0 = unknown word."""
    fine = {w: int(f) + 1 for w, (_, f) in clusters().items()}
    memo: dict[str, tuple[int, int, int]] = {}

    def ids(w: str) -> tuple[int, int, int]:
        if w not in memo:
            c = core(w)
            memo[w] = (word_id.get(w) or word_id.get(c, 0), word_id.get(c, 0), fine.get(w) or fine.get(c, 0))
        return memo[w]

    out = []
    for words in articles:
        sent: list[tuple[int, int, int]] = []
        for w in words:
            sent.append(ids(w))
            if w in ENDS or len(sent) == CHUNK:
                if len(sent) > 1:
                    out.append(tuple(map(list, zip(*sent))))
                sent = []
        if len(sent) > 1:
            out.append(tuple(map(list, zip(*sent))))
    return out


def batch(items, reverse: bool, n_classes: int):
    """Padded (word ids, core ids, lengths, targets); the target after the last token is 'end'."""
    B, T = len(items), max(len(it[0]) for it in items)
    w = torch.zeros(B, T, dtype=torch.long)
    c = torch.zeros(B, T, dtype=torch.long)
    y = torch.full((B, T), -100, dtype=torch.long)
    for b, (wi, ci, ki) in enumerate(items):
        if reverse:
            wi, ci, ki = wi[::-1], ci[::-1], ki[::-1]
        n = len(wi)
        w[b, :n], c[b, :n] = torch.tensor(wi), torch.tensor(ci)
        y[b, :n] = torch.tensor(ki[1:] + [n_classes - 1])
    return w, c, torch.tensor([len(it[0]) for it in items]), y


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--direction", choices=("f", "b"), required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--articles", type=int, default=15042)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--cache", action="store_true", help="keep the word vectors in /tmp between runs")
    args = ap.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(1)
    rng = random.Random(0)
    t0 = time.time()
    words, vec = load_vectors(args.shared, args.articles, 40000, 100, args.cache)
    word_id = {w: i + 1 for i, w in enumerate(words)}
    data = pieces(read_saudinewsnet(args.shared, args.articles), word_id)
    n_classes = max(int(f) for _, f in clusters().values()) + 3  # unknown, clusters, end
    held, data = data[:2000], data[2000:]
    print(f"{len(data)} sentences, {sum(len(p[0]) for p in data)} tokens ({time.time() - t0:.0f} s)", flush=True)
    lm = LM(vec, args.hidden, n_classes)
    opt = torch.optim.Adam([p for p in lm.parameters() if p.requires_grad], lr=args.lr)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    rev = args.direction == "b"
    steps = 0
    for epoch in range(1, args.epochs + 1):
        lm.train()
        order = sorted(range(len(data)), key=lambda k: (len(data[k][0]), rng.random()))
        batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        for g in opt.param_groups:
            g["lr"] = args.lr / epoch
        for ks in batches:
            w, c, lens, y = batch([data[k] for k in ks], rev, n_classes)
            loss = loss_fn(lm.out(lm.drop(lm.states(w, c, lens))).view(-1, n_classes), y.view(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(lm.parameters(), 1.0)
            opt.step()
            steps += 1
            if steps % 2000 == 0:
                print(f"  step {steps}: loss {loss.item():.3f} ({time.time() - t0:.0f} s)", flush=True)
        lm.eval()
        with torch.no_grad():
            w, c, lens, y = batch(held, rev, n_classes)
            hl = loss_fn(lm.out(lm.states(w, c, lens)).view(-1, n_classes), y.view(-1)).item()
        print(f"epoch {epoch}: held-out loss {hl:.3f} ({time.time() - t0:.0f} s)", flush=True)
    torch.save({k: v for k, v in lm.state_dict().items() if k.startswith("lstm.")}, args.out)


if __name__ == "__main__":
    main()
