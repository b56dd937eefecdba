"""The neural named-entity tagger at run time: a BiLSTM-CRF evaluated with numpy.

scripts/train_ner_nn.py trains the network with PyTorch on ANERcorp's training
split and writes its weights to marsad/models/ner.npz; this module reads them and
tags with numpy alone, so PyTorch is needed to train, never to run marsad.

Each token enters the network as
- the sum of embeddings of its CRF features (marsad.extract.ner_features: folded
  word, clitic-free core, affixes, gazetteer, trigger words, word clusters),
- the distributional vectors (scripts/train_clusters.py: PPMI + SVD over
  SaudiNewsNet) of its folded word and of its core, frozen in training, so a word
  never seen in ANERcorp still brings what unlabeled news says about it.
A bidirectional LSTM reads the sentence; a CRF layer picks the best tag sequence.
"""
from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

import numpy as np

from marsad.extract.ner_features import _multi_matches, _word_feats, core
from marsad.text.normalize import fold

#: Longest piece of a sentence the network reads at once (longer ones are cut).
CHUNK = 60


def token_keys(tokens: list[str]) -> list[tuple[str, str | None]]:
    """What the network knows of each token: its folded word and its multi-word gazetteer mark."""
    words = [fold(t) for t in tokens]
    return list(zip(words, _multi_matches(words)))


def key_features(key: tuple[str, str | None]) -> tuple[str, ...]:
    """The feature strings of a token key (marsad.extract.ner_features)."""
    w, mg = key
    return _word_feats(w) + ((f"mg={mg}",) if mg else ())


def key_inputs(key: tuple[str, str | None], feat_id: dict[str, int], word_id: dict[str, int]
               ) -> tuple[list[int], int, int]:
    """(feature ids, word-vector id, core-vector id) of a token key; id 0 is 'none'."""
    c = core(key[0])
    return ([feat_id[f] for f in key_features(key) if f in feat_id],
            word_id.get(key[0]) or word_id.get(c, 0), word_id.get(c, 0))


def chunks(n: int, size: int = CHUNK) -> list[tuple[int, int]]:
    """Cut n tokens into pieces of at most size tokens."""
    return [(i, min(i + size, n)) for i in range(0, n, size)] or [(0, 0)]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class Model:
    """The shipped weights, and tagging of many sentences at once.

    Word vectors are frozen and the LSTM's input step is linear, so what enters
    the LSTMs for a token depends on its key alone: it is computed once per key
    and kept (news repeats its words), which makes tagging several times faster.
    """

    def __init__(self, raw: bytes, cache_size: int = 50_000):
        z = np.load(io.BytesIO(raw))
        f32 = {k: z[k].astype(np.float32) for k in z.files if z[k].dtype.kind == "f"}
        self.tags = bytes(z["tags"]).decode("utf-8").split("\n")
        self.feat_id = {f: i + 1 for i, f in enumerate(bytes(z["feats"]).decode("utf-8").split("\n"))}
        self.word_id = {w: i + 1 for i, w in enumerate(bytes(z["words"]).decode("utf-8").split("\n"))}
        self.feat_emb, self.vec = f32["feat_emb"], f32["vec"]
        self.w_ih = np.vstack([f32["w_ih_f"], f32["w_ih_b"]])
        self.b_ih = np.concatenate([f32["b_f"], f32["b_b"]])
        self.w_hh = {"f": f32["w_hh_f"], "b": f32["w_hh_b"]}
        self.out_w, self.out_b = f32["out_w"], f32["out_b"]
        self.trans, self.start, self.end = f32["trans"], f32["start"], f32["end"]
        self._row: dict[tuple[str, str | None], int] = {}
        self._proj = np.zeros((0, self.w_ih.shape[0]), dtype=np.float32)
        self.cache_size = cache_size

    def _rows(self, keys: list[tuple[str, str | None]]) -> np.ndarray:
        """Rows of the input-projection table for these keys, computing the new ones."""
        new = list(dict.fromkeys(k for k in keys if k not in self._row))
        if len(self._row) + len(new) > self.cache_size:
            self._row, self._proj = {}, self._proj[:0]
            new = list(dict.fromkeys(keys))
        if new:
            fd, vd = self.feat_emb.shape[1], self.vec.shape[1]
            x = np.zeros((len(new), fd + 2 * vd), dtype=np.float32)
            for r, key in enumerate(new):
                fids, wid, cid = key_inputs(key, self.feat_id, self.word_id)
                if fids:
                    x[r, :fd] = self.feat_emb[fids].sum(0)
                x[r, fd:fd + vd] = self.vec[wid]
                x[r, fd + vd:] = self.vec[cid]
            base = len(self._proj)
            self._proj = np.vstack([self._proj, x @ self.w_ih.T + self.b_ih])
            self._row.update((k, base + r) for r, k in enumerate(new))
        return np.fromiter((self._row[k] for k in keys), dtype=np.int64, count=len(keys))

    def _lstm(self, pre: np.ndarray, lens: np.ndarray, d: str) -> np.ndarray:
        w_hh = self.w_hh[d]
        B, T, _ = pre.shape
        if d == "b":  # read every sequence from its own last token
            idx = np.clip(lens[:, None] - 1 - np.arange(T)[None, :], 0, T - 1)
            pre = np.take_along_axis(pre, idx[:, :, None], axis=1)
        h_dim = w_hh.shape[1]
        h = np.zeros((B, h_dim), dtype=np.float32)
        c = np.zeros((B, h_dim), dtype=np.float32)
        out = np.empty((B, T, h_dim), dtype=np.float32)
        for t in range(T):
            g = pre[:, t] + h @ w_hh.T
            i, f = _sigmoid(g[:, :h_dim]), _sigmoid(g[:, h_dim:2 * h_dim])
            c = f * c + i * np.tanh(g[:, 2 * h_dim:3 * h_dim])
            h = _sigmoid(g[:, 3 * h_dim:]) * np.tanh(c)
            out[:, t] = h
        if d == "b":
            out = np.take_along_axis(out, idx[:, :, None], axis=1)
        return out

    def _viterbi(self, em: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best tag ids [B, T] of a batch of emission scores [B, T, K]."""
        B, T, K = em.shape
        score = self.start + em[:, 0]
        back = np.empty((B, T, K), dtype=np.int64)
        same = np.broadcast_to(np.arange(K), (B, K))
        for t in range(1, T):
            s = score[:, :, None] + self.trans
            live = (t < lens)[:, None]
            back[:, t] = np.where(live, s.argmax(1), same)  # past its end a sequence keeps its tag
            score = np.where(live, s.max(1) + em[:, t], score)
        path = np.empty((B, T), dtype=np.int64)
        path[:, -1] = (score + self.end).argmax(1)
        rows = np.arange(B)
        for t in range(T - 1, 0, -1):
            path[:, t - 1] = back[rows, t, path[:, t]]
        return path

    def tag(self, sentences: list[list[str]], batch: int = 256) -> list[list[str]]:
        keys = [token_keys(tokens) for tokens in sentences]
        flat = self._rows([k for ks in keys for k in ks])
        pieces, where, pos = [], [], 0
        for s, tokens in enumerate(sentences):
            for a, b in chunks(len(tokens)):
                if b > a:
                    pieces.append(flat[pos + a:pos + b])
                    where.append((s, a))
            pos += len(tokens)
        out: list[list[str]] = [["O"] * len(t) for t in sentences]
        order = sorted(range(len(pieces)), key=lambda k: len(pieces[k]))
        half = self.w_hh["f"].shape[1] * 4
        for lo in range(0, len(order), batch):
            ks = order[lo:lo + batch]
            lens = np.array([len(pieces[k]) for k in ks])
            rows = np.zeros((len(ks), int(lens.max())), dtype=np.int64)
            for r, k in enumerate(ks):
                rows[r, :lens[r]] = pieces[k]
            pre = self._proj[rows]
            h = np.concatenate([self._lstm(pre[..., :half], lens, "f"),
                                self._lstm(pre[..., half:], lens, "b")], axis=2)
            path = self._viterbi(h @ self.out_w.T + self.out_b, lens)
            for r, k in enumerate(ks):
                s, a = where[k]
                out[s][a:a + lens[r]] = [self.tags[t] for t in path[r, :lens[r]]]
        return out

@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, or None when marsad/models/ner.npz is absent."""
    try:
        raw = resources.files("marsad.models").joinpath("ner.npz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return Model(raw)
