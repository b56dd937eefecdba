"""The neural named-entity tagger at run time: a BiLSTM-CRF evaluated with numpy.

scripts/train_ner.py trains the network with PyTorch on ANERcorp's training
split and on news tagged by slower teachers (scripts/teacher_ner.py) and writes
its weights to marsad/models/ner.npz; this module reads them and tags with numpy
alone, so PyTorch is needed to train, never to run marsad.

Each token enters the network as
- the sum of embeddings of its features (marsad.extract.ner_features: folded
  word, clitic-free core, affixes, gazetteer, trigger words, word clusters),
- the distributional vectors (scripts/train_clusters.py: PPMI + SVD over
  SaudiNewsNet) of its folded word and of its core, frozen in training, so a word
  never seen in ANERcorp still brings what unlabeled news says about it,
- the states of two language models pre-trained on SaudiNewsNet
  (scripts/train_lm.py), one reading the sentence forward and one backward to
  guess the next word's cluster, frozen in training: what the context says
  about the token, learned from far more text than ANERcorp labels.
A bidirectional LSTM reads the sentence; a CRF layer picks the best tag sequence.
"""
from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

import numpy as np

from marsad.extract.ner_features import _multi_matches, _word_feats, context_marks, core
from marsad.text.normalize import fold

#: Longest piece of a sentence the network reads at once (longer ones are cut).
CHUNK = 60


#: A token as the network knows it: folded word, multi-word gazetteer mark, context marks.
Key = tuple[str, str | None, str | None]


def token_keys(tokens: list[str], context: tuple[str, ...] = ()) -> list[Key]:
    """What the network knows of each token: its folded word, its multi-word gazetteer mark and,
    for a model trained with context marks (ner_features.context_marks), what its neighbours say of
    it (None for the shipped model, which reads none)."""
    words = [fold(t) for t in tokens]
    return list(zip(words, _multi_matches(words), context_marks(words, context)))


def key_features(key: Key) -> tuple[str, ...]:
    """The feature strings of a token key (marsad.extract.ner_features)."""
    w, mg, ctx = key
    return _word_feats(w) + ((f"mg={mg}",) if mg else ()) + (tuple(f"x={m}" for m in ctx.split()) if ctx else ())


def key_inputs(key: Key, feat_id: dict[str, int], word_id: dict[str, int]
               ) -> tuple[list[int], int, int]:
    """(feature ids, word-vector id, core-vector id) of a token key; id 0 is 'none'."""
    c = core(key[0])
    return ([feat_id[f] for f in key_features(key) if f in feat_id],
            word_id.get(key[0]) or word_id.get(c, 0), word_id.get(c, 0))


def chunks(n: int, size: int = CHUNK) -> list[tuple[int, int]]:
    """Cut n tokens into pieces of at most size tokens."""
    return [(i, min(i + size, n)) for i in range(0, n, size)] or [(0, 0)]


def time_mask(lens: np.ndarray) -> np.ndarray:
    """[T, B]: whether sequence b (lengths sorted longest first) has a token at step t; a
    batch's tokens in time-major order are ``rows.T[time_mask(lens)]`` (Model._lstm)."""
    return np.arange(int(lens.max(initial=0)))[:, None] < lens[None, :]


def _gate_order(h: int) -> np.ndarray:
    """Rows of PyTorch's LSTM gates (i, f, g, o) reordered as i, f, o, g."""
    return np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def viterbi(em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
            ) -> np.ndarray:
    """Best tag ids [B, T] of a batch of emission scores [B, T, K] under a CRF's transition,
    start and end scores."""
    B, T, K = em.shape
    score = start + em[:, 0]
    back = np.empty((B, T, K), dtype=np.int64)
    same = np.broadcast_to(np.arange(K), (B, K))
    for t in range(1, T):
        s = score[:, :, None] + trans
        live = (t < lens)[:, None]
        back[:, t] = np.where(live, s.argmax(1), same)  # past its end a sequence keeps its tag
        score = np.where(live, s.max(1) + em[:, t], score)
    path = np.empty((B, T), dtype=np.int64)
    path[:, -1] = (score + end).argmax(1)
    rows = np.arange(B)
    for t in range(T - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path


class Model:
    """The shipped weights, and tagging of many sentences at once.

    Word vectors are frozen and the LSTMs' input step is linear, so the part of
    what enters the LSTMs that depends on a token alone (all of it for the
    language models, all but their states for the tagger) is computed once per
    key and kept (news repeats its words), which makes tagging several times faster.
    """

    def __init__(self, raw: bytes, cache_size: int = 50_000):
        z = np.load(io.BytesIO(raw))
        f32 = {k: z[k].astype(np.float32) for k in z.files if z[k].dtype.kind == "f"}
        self.tags = bytes(z["tags"]).decode("utf-8").split("\n")
        #: the context marks the model was trained with (train_ner.py --context), none for most
        self.context = tuple(bytes(z["context"]).decode().split()) if "context" in z.files else ()
        self.feat_id = {f: i + 1 for i, f in enumerate(bytes(z["feats"]).decode("utf-8").split("\n"))}
        self.word_id = {w: i + 1 for i, w in enumerate(bytes(z["words"]).decode("utf-8").split("\n"))}
        self.feat_emb, self.vec = f32["feat_emb"], f32["vec"]
        # One LSTM per direction: the tagger's ("f", "b") and, when shipped, the language
        # models' ("lm_f", "lm_b"). PyTorch stores the gates as i, f, g, o; here i, f, o
        # come first so that one sigmoid call covers them.
        names = ["f", "b"] + (["lm_f", "lm_b"] if "lm_w_hh_f" in f32 else [])
        n_in = self.feat_emb.shape[1] + 2 * self.vec.shape[1]
        self.w_in: dict[str, np.ndarray] = {}  # token input -> input step, per LSTM
        self.b_in: dict[str, np.ndarray] = {}
        self.w_hh_t: dict[str, np.ndarray] = {}
        for name in names:
            pre = "lm_" if name.startswith("lm_") else ""
            d = name[-1]
            w_ih, w_hh, bias = f32[f"{pre}w_ih_{d}"], f32[f"{pre}w_hh_{d}"], f32[f"{pre}b_{d}"]
            order = _gate_order(w_hh.shape[1])
            w_ih, w_hh, bias = w_ih[order], w_hh[order], bias[order]
            # the language models read only the word and core vectors, the last columns
            self.w_in[name] = np.ascontiguousarray(w_ih[:, :n_in].T)
            self.b_in[name] = bias
            self.w_hh_t[name] = np.ascontiguousarray(w_hh.T)
        # the language models' states enter the tagger's LSTMs after the token inputs
        self.lm_dim = self.w_hh_t["lm_f"].shape[0] if "lm_f" in names else 0
        order = _gate_order(f32["w_hh_f"].shape[1])
        self.w_ctx_t = np.ascontiguousarray(np.hstack([f32[f"w_ih_{d}"][order, n_in:].T for d in "fb"]))
        self.out_w, self.out_b = f32["out_w"], f32["out_b"]
        self.trans, self.start, self.end = f32["trans"], f32["start"], f32["end"]
        self._proj = {name: np.zeros((0, w.shape[1]), dtype=np.float32) for name, w in self.w_in.items()}
        self.cache_size = cache_size
        self.clear()

    def clear(self) -> None:
        """Forget the input steps of the words seen so far (the tables keep their memory)."""
        self._row: dict[Key, int] = {}
        self._used = 0

    def _rows(self, keys: list[Key]) -> np.ndarray:
        """Rows of the input-step tables for these keys, computing the new ones."""
        new = list(dict.fromkeys(k for k in keys if k not in self._row))
        if len(self._row) + len(new) > self.cache_size:
            self.clear()
            new = list(dict.fromkeys(keys))
        if new:
            inputs = [key_inputs(k, self.feat_id, self.word_id) for k in new]
            sizes = np.array([len(f) for f, _, _ in inputs])
            flat = np.fromiter((i for f, _, _ in inputs for i in f), dtype=np.int64, count=int(sizes.sum()))
            starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
            feats = np.zeros((len(new), self.feat_emb.shape[1]), dtype=np.float32)
            has = sizes > 0
            if has.any():
                feats[has] = np.add.reduceat(self.feat_emb[flat], starts[has], axis=0)
            x = np.hstack([feats, self.vec[[w for _, w, _ in inputs]], self.vec[[c for _, _, c in inputs]]])
            base, self._used = self._used, self._used + len(new)
            for name, table in self._proj.items():
                if self._used > len(table):  # grow by doubling: no copy of the table per call
                    grown = np.empty((max(self._used, 2 * len(table), 1024), table.shape[1]), np.float32)
                    grown[:base] = table[:base]
                    self._proj[name] = table = grown
                w = self.w_in[name]
                table[base:self._used] = x[:, x.shape[1] - len(w):] @ w + self.b_in[name]
            self._row.update((k, base + r) for r, k in enumerate(new))
        return np.fromiter((self._row[k] for k in keys), dtype=np.int64, count=len(keys))

    def _lstm(self, name: str, rows: np.ndarray, live: np.ndarray, backward: bool,
              extra: np.ndarray | None = None) -> np.ndarray:
        """Hidden states [N, H] of one LSTM over a packed batch: the N table rows of its tokens in
        time-major order, ``live[t]`` of them at step t (rows sorted longest first, so the
        sequences still reading at step t are the first live[t]); extra: more of its input step
        [N, 4H].

        Only the tokens are computed, never padding: the rows of a matrix product do not depend
        on each other (OpenBLAS's gemm; a single row would go through gemv, whose sums differ in
        their last bits, so at least two rows are multiplied whenever the batch has two), so
        each sequence gets the very states it got in a padded batch."""
        w_hh_t = self.w_hh_t[name]
        h_dim = w_hh_t.shape[0]
        B, N = int(live[0]), len(rows)
        pre = self._proj[name][rows]
        if extra is not None:
            pre += extra
        h = np.zeros((B, h_dim), dtype=np.float32)
        c = np.zeros((B, h_dim), dtype=np.float32)
        out = np.empty((N, h_dim), dtype=np.float32)
        # one buffer per product and per gate group, reused at every step: the same operations
        # on the same values as fresh arrays (so the same bits), without an allocation per step
        g_buf = np.empty((B, 4 * h_dim), dtype=np.float32)
        s_buf = np.empty((B, 3 * h_dim), dtype=np.float32)
        u_buf = np.empty((B, h_dim), dtype=np.float32)
        v_buf = np.empty((B, h_dim), dtype=np.float32)
        ends = np.cumsum(live)
        # backward, from the last step: a sequence starts when its last token comes, from a
        # zero state (its row was never touched before)
        for t in (range(len(live) - 1, -1, -1) if backward else range(len(live))):
            m = int(live[t])
            a = int(ends[t]) - m
            k = min(B, max(m, 2))
            np.matmul(h[:k], w_hh_t, out=g_buf[:k])
            g = g_buf[:m]
            g += pre[a:a + m]
            s = s_buf[:m]  # _sigmoid(g[:, :3 * h_dim]), step by step
            np.multiply(g[:, :3 * h_dim], 0.5, out=s)
            np.tanh(s, out=s)
            s += 1.0
            s *= 0.5
            u, v = u_buf[:m], v_buf[:m]
            np.tanh(g[:, 3 * h_dim:], out=u)
            u *= s[:, :h_dim]  # s_i * tanh(g_g)
            cm = c[:m]
            np.multiply(s[:, h_dim:2 * h_dim], cm, out=v)  # s_f * c
            np.add(v, u, out=cm)
            hm = out[a:a + m]
            np.tanh(cm, out=hm)
            hm *= s[:, 2 * h_dim:]  # s_o * tanh(c)
            h[:m] = hm
        return out

    def _states(self, rows: np.ndarray, live: np.ndarray) -> np.ndarray:
        """The tagger's BiLSTM states [N, 2H] over a packed batch (see _lstm)."""
        extra = {"f": None, "b": None}
        if self.lm_dim:
            ctx = np.concatenate([self._lstm("lm_f", rows, live, False), self._lstm("lm_b", rows, live, True)],
                                 axis=1)
            both = ctx @ self.w_ctx_t  # one 2-D product for both directions (a 3-D one is slower)
            half = both.shape[1] // 2
            extra = {"f": both[:, :half], "b": both[:, half:]}
        return np.concatenate([self._lstm("f", rows, live, False, extra["f"]),
                               self._lstm("b", rows, live, True, extra["b"])], axis=1)

    def tag(self, sentences: list[list[str]], batch: int = 128) -> list[list[str]]:
        keys = [token_keys(tokens, self.context) for tokens in sentences]
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
        for lo in range(0, len(order), batch):
            ks = order[lo:lo + batch][::-1]  # longest first
            lens = np.array([len(pieces[k]) for k in ks])
            T = int(lens[0])
            rows = np.zeros((len(ks), T), dtype=np.int64)
            for r, k in enumerate(ks):
                rows[r, :lens[r]] = pieces[k]
            mask_t = time_mask(lens)
            h = self._states(rows.T[mask_t], mask_t.sum(1))
            padded = np.zeros((T, len(ks), h.shape[1]), dtype=np.float32)
            padded[mask_t] = h
            # the emissions as a padded [B, T] product, as before packing (its sums are per sequence)
            em = np.ascontiguousarray(padded.transpose(1, 0, 2)) @ self.out_w.T + self.out_b
            path = viterbi(em, lens, self.trans, self.start, self.end)
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
