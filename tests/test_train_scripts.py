"""The training scripts' own arithmetic (needs the train extra: torch)."""
import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_ner import log_marginals  # noqa: E402


def test_crf_marginals_are_those_of_every_path_scored_by_hand():
    """Forward-backward against the sum over all paths, for sequences of 4, 2 and 1 tokens in one
    padded batch: it fails if the start, end or transition scores or the padding are mishandled."""
    K, T, lens = 3, 4, [4, 2, 1]
    mask = torch.tensor([[1.0] * n + [0.0] * (T - n) for n in lens])
    for seed in range(10):
        rng = np.random.default_rng(seed)
        em, trans, start, end = (torch.tensor(rng.normal(size=s)) for s in ((3, T, K), (K, K), (K,), (K,)))
        got = log_marginals(em, mask, trans, start, end).exp()
        for b, n in enumerate(lens):
            want = torch.zeros(n, K, dtype=torch.float64)
            for path in itertools.product(range(K), repeat=n):
                score = start[path[0]] + end[path[-1]] + sum(em[b, t, path[t]] for t in range(n)) + sum(
                    trans[path[t - 1], path[t]] for t in range(1, n))
                for t in range(n):
                    want[t, path[t]] += score.exp()
            assert torch.allclose(got[b, :n], want / want[0].sum(), atol=1e-9)
