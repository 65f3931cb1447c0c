"""Head loading and the committed artefacts' provenance (no encoder needed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from audit.encoder import MPNET
from audit.heads import MODELS_DIR, EmbeddingHead, held_out, load_head
from audit.models import ModelError

REPO = Path(__file__).resolve().parents[2]


class AxisEncoder:
    """Embeds a text as a unit vector on an axis chosen by its first word."""

    model_id = "axis"

    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, 0 if t.lower().startswith("rude") else 1] = 1.0
        return out


def write_head(tmp_path: Path, coef, intercept: float) -> Path:
    path = tmp_path / "toy_head.npz"
    np.savez(path, coef=np.asarray(coef, dtype=np.float32), intercept=np.float32(intercept))
    return path


def test_linear_head_is_a_logistic_of_the_embedding(tmp_path) -> None:
    enc = AxisEncoder()
    head = EmbeddingHead(write_head(tmp_path, [3.0, -2.0, 0, 0], 0.5), enc)
    p = head.predict_proba(["rude words", "kind words", "rude again"])
    assert p == pytest.approx(1 / (1 + np.exp(-np.array([3.5, -1.5, 3.5]))))
    assert enc.calls == 1 and head.predict_proba([]).shape == (0,)
    assert head.sha256 == hashlib.sha256((tmp_path / "toy_head.npz").read_bytes()).hexdigest()


def test_mlp_head_applies_relu_hidden_layer_then_platt_scaling(tmp_path) -> None:
    path = tmp_path / "mlp_head.npz"
    hidden_w = np.array([[1.0, -1.0], [-1.0, 1.0], [0, 0], [0, 0]], dtype=np.float32)  # 4-dim in, 2 hidden
    np.savez(path, hidden_w=hidden_w, hidden_b=np.float32([0.0, 0.5]), coef=np.float32([2.0, -1.0]),
             intercept=np.float32(-0.5), platt=np.float32([0.5, 0.25]))
    head = EmbeddingHead(path, AxisEncoder())
    # "rude": hidden relu([1, -0.5]) = [1, 0] -> z = 1.5; "kind": relu([-1, 1.5]) = [0, 1.5] -> z = -2.0
    z = np.array([1.5, -2.0])
    assert head.predict_proba(["rude", "kind"]) == pytest.approx(1 / (1 + np.exp(-(0.5 * z + 0.25))))
    assert "MLP" in head.model_id and head.dim == 4


def test_ngram_head_adds_tfidf_word_features_to_the_embedding_logit(tmp_path) -> None:
    from audit.heads import ngram_vectorizer

    vocab, idf = np.array(["end", "end of", "of", "story"]), np.float32([1.0, 2.0, 1.0, 1.5])
    path = tmp_path / "ngram_head.npz"
    np.savez_compressed(path, coef=np.float32([1.0, -1.0, 0, 0]), intercept=np.float32(-0.5),
                        ngram_vocab=vocab, ngram_idf=idf, ngram_coef=np.float32([0.0, 4.0, 0.0, 2.0]))
    head = EmbeddingHead(path, AxisEncoder())
    # "kind words, end of story": embedding logit -1 - 0.5; tf-idf (sublinear tf, L2) of its known n-grams
    x = np.array([1.0, 2.0, 1.0, 1.5]) / np.linalg.norm([1.0, 2.0, 1.0, 1.5])
    z = np.array([-1.5 + x @ [0, 4, 0, 2], 0.5])
    assert head.predict_proba(["kind words, end of story", "rude"]) == pytest.approx(1 / (1 + np.exp(-z)), rel=1e-5)
    assert "n-grams" in head.model_id
    assert list(ngram_vectorizer().fit(["end of story", "end of story", "once"]).get_feature_names_out()) == \
        ["end", "end of", "of", "of story", "story"]  # min_df=2 drops "once"


def test_dimension_mismatch_and_bad_model_names_are_clear(tmp_path) -> None:
    head = EmbeddingHead(write_head(tmp_path, [1.0, 1.0, 1.0], 0.0), AxisEncoder())
    with pytest.raises(ModelError, match="3-dim embeddings, the encoder gives 4"):
        head.predict_proba(["x"])
    with pytest.raises(ModelError, match="expected 'packaged:<name>'"):
        load_head(str(tmp_path / "nothing-here"), AxisEncoder())
    with pytest.raises(ModelError, match="do not exist"):
        load_head("packaged:no_such_head", AxisEncoder())
    (tmp_path / "folder").mkdir()
    with pytest.raises(ModelError, match="not a transformers model folder"):
        load_head(str(tmp_path / "folder"), None)


def test_no_encoder_means_no_linear_head_and_relative_paths_resolve(tmp_path) -> None:
    assert load_head("packaged:courtesy_head", None) is None
    write_head(tmp_path, [1, 0, 0, 0], 0.0)
    assert isinstance(load_head("toy_head.npz", AxisEncoder(), base_dir=tmp_path), EmbeddingHead)


def test_split_is_fixed() -> None:
    keys = range(1000)
    chosen = [k for k in keys if held_out(k)]
    assert chosen == [k for k in keys if held_out(k)] and 150 < len(chosen) < 250


@pytest.mark.parametrize("name", ["courtesy_head", "courtesy_mpnet_head", "discrimination_head"])
def test_committed_artefact_matches_its_metadata_and_current_training_text(name: str) -> None:
    meta = json.loads((MODELS_DIR / f"{name}.json").read_text())
    npz = MODELS_DIR / f"{name}.npz"
    assert meta["npz_sha256"] == hashlib.sha256(npz.read_bytes()).hexdigest()
    with np.load(npz) as data:
        if "out_w" in data:  # a fine-tuned encoder head: its layers, its unit, its scaling
            assert meta["kind"] == "fine_tuned_encoder_top_layers" and data["out_w"].shape == (384,)
            assert int(data["tuned_layers"]) == meta["tuned_layers"] and len(data["platt"]) == 2
            assert {k.split(".")[2] for k in data.files if k.startswith("layer:")} == {"4", "5"}
        else:
            first = data["hidden_w"] if "hidden_w" in data else data["coef"]
            assert first.shape[0] == meta["dim"] == {MPNET: 768}.get(meta.get("encoder_name"), 384)
            kind = "mlp_on_embeddings" if "hidden_w" in data else "logistic_regression_on_embeddings"
            assert meta["kind"] == kind + ("_and_word_ngrams" if "ngram_coef" in data else "")
    from models.train_heads import callset_train

    own = next(s for s in meta["training_data"] if s["source"] == "own")
    for rel, digest in own["files"].items():  # retrain (models/train_heads.py) after editing the training text
        assert hashlib.sha256((REPO / rel).read_bytes()).hexdigest() == digest, rel
    # ... or after adding, removing or editing a tune call of the call set
    tune = next(s for s in meta["training_data"] if s["source"] == "callset_train")
    assert tune["files"] == callset_train(meta["head"]).files
    assert meta["held_out_metrics"]["own"]["held_out_rows"] > 0


def test_call_set_sentences_are_not_training_text() -> None:
    from models.train_heads import turn_sentences

    train = set()
    for f in (MODELS_DIR / "data").glob("*.yaml"):
        for lines in yaml.safe_load(f.read_text()).values():
            train |= {s.strip().lower() for s in lines}
    said, other = [], []
    for f in (REPO / "benchmarks" / "callset").glob("*.yaml"):
        call = yaml.safe_load(f.read_text())
        for t in call["turns"]:
            lines = [t["text"].strip().lower()] + [x.strip().lower() for x in turn_sentences(t["text"])]
            # the blind split and the tr- calls were written by people who never saw the training text
            (other if call["split"].startswith("blind") or f.name.startswith("tr-") else said).extend(lines)
    assert len(said) > 1000 and not train & set(said)
    assert other and all(len(line.split()) <= 8 for line in train & set(other))  # stock phrases ("Sure.", "Anything else I can do for you today?")


@pytest.mark.parametrize("head", ["courtesy", "discrimination"])
def test_the_heads_never_train_on_the_test_split_blind3_to_blind10_or_blind17_onwards(head: str) -> None:
    from audit.evaluate import DEFAULT_CALLSET, SPLITS, load_callset
    from models.train_heads import TRAIN_SPLITS, callset_train

    calls = load_callset(DEFAULT_CALLSET)
    read = {Path(f).stem for f in callset_train(head).files}
    assert read == {c.path.stem for c in calls if c.split in TRAIN_SPLITS[head]}
    # the test split, the context heads' splits, and every split written after the last retraining
    held = {"test"} | {f"blind{k}" for k in range(3, 11)} | {s for s in SPLITS if s.startswith("blind") and s[5:].isdigit() and int(s[5:]) >= 17}
    kept = {c.path.stem for c in calls if c.split in held}
    assert {"blind17", "blind18"} <= held and len(kept) >= 1150 and not read & kept and TRAIN_SPLITS[head].isdisjoint(held)


def test_cross_validation_by_call_leaves_the_held_out_calls_turns_out_of_training() -> None:
    from models.train_heads import callset_train

    full = callset_train("courtesy")
    first = next(iter(full.files))  # "benchmarks/callset/<stem>.yaml"
    turns = {t["text"] for t in yaml.safe_load((REPO / first).read_text())["turns"] if t["speaker"] == "agent"}
    less = callset_train("courtesy", exclude=frozenset({Path(first).stem}))
    assert first not in less.files and len(less.files) == len(full.files) - 1
    assert turns & set(full.texts) and not turns & set(less.texts)


def test_a_fine_tuned_head_scores_as_it_was_saved_and_refuses_another_encoder(tmp_path) -> None:
    import copy

    import torch

    from audit.encoder import SentenceEncoder
    from audit.heads import TunedEncoderHead
    from models import train_heads

    encoder = SentenceEncoder()
    model = copy.deepcopy(encoder.model)
    torch.manual_seed(0)
    with torch.no_grad():  # a stand-in for fine-tuning: the top layer moved, the lower ones not
        for param in model.encoder.layer[5].parameters():
            param.add_(0.02 * torch.randn_like(param))
    lines = ["Not my problem.", "Happy to help with that.", "Figure it out yourself.", "Thanks for waiting."]
    own = train_heads.Source("own", lines, np.array([1, 0, 1, 0]), np.ones(4, dtype=bool), 1.0)
    rows = train_heads.Rows([own], np.array(lines, dtype=object), own.labels, np.ones(4), own.test, np.array(["own"] * 4),
                            np.array(["own:0", "own:1", "own:2", "own:3"]))
    fit = train_heads.TunedFit(model, encoder.tokenizer, torch.nn.Linear(384, 1), rows)
    meta = train_heads.save_tuned("toy", fit, (1.5, -1.0), encoder, tmp_path)
    texts = ["Whatever, figure it out.", "Thank you so much for waiting.", "I am <PERSON>."]
    head = load_head(str(tmp_path / "toy_head.npz"), encoder)
    assert isinstance(head, TunedEncoderHead) and meta["tuned_layers"] == 2 and meta["held_out_metrics"]["own"]["held_out_rows"] == 4
    expected = 1 / (1 + np.exp(-(1.5 * fit.logits(texts) - 1.0)))  # fit's layers were rounded to the stored float16
    assert np.allclose(head.predict_proba(texts), expected, atol=1e-6)
    plain = load_head(str(tmp_path / "toy_head.npz"), encoder).model  # the encoder's own model is untouched
    assert not torch.equal(plain.encoder.layer[5].output.dense.weight, encoder.model.encoder.layer[5].output.dense.weight)
    encoder.sha256 = "0" * 64
    with pytest.raises(ModelError, match="fine-tuned on encoder weights"):
        load_head(str(tmp_path / "toy_head.npz"), encoder)
    with pytest.raises(ModelError, match="needs the transformers sentence encoder"):
        load_head(str(tmp_path / "toy_head.npz"), AxisEncoder())


def test_placeholders_and_pseudonyms_read_as_neutral_words() -> None:
    from audit.heads import head_text

    assert head_text("Thanks <PERSON>, I sent it to <STREET_ADDRESS>.") == "Thanks Alex, I sent it to the address."
    assert head_text("Hi <PERSON_3f9a1c2b4d>, your card <CREDIT_CARD> is blocked.") == "Hi Alex, your card the number is blocked."
    assert head_text("Born <DATE_OF_BIRTH>?") == "Born the date?"



@pytest.mark.parametrize("check", ["discrimination"])  # courtesy 3.0 reads sentences alone
def test_context_head_fits_the_shipped_sentence_head_and_only_blind3_to_blind10(check: str) -> None:
    from audit.evaluate import DEFAULT_CALLSET, load_callset
    from models.train_context_head import CONTEXT_SPLITS

    meta = json.loads((MODELS_DIR / f"{check}_context.json").read_text())
    assert meta["sentence_head_sha256"] == hashlib.sha256((MODELS_DIR / f"{check}_head.npz").read_bytes()).hexdigest()
    with np.load(MODELS_DIR / f"{check}_context.npz") as data:
        assert data["w_before"].shape == data["w_after"].shape == (384,) and float(data["w_logit"]) > 0
    calls = load_callset(DEFAULT_CALLSET)
    fitted = {Path(rel).stem for rel in meta["sources"]}
    assert fitted == {c.path.stem for c in calls if c.split in CONTEXT_SPLITS}  # refit after editing one of them
    for rel, digest in meta["sources"].items():
        assert hashlib.sha256((REPO / rel).read_bytes()).hexdigest() == digest, rel
    # the test split and every blind split after blind10 stay unread by it
    assert not fitted & {c.path.stem for c in calls if c.split == "test" or c.split not in CONTEXT_SPLITS}
    assert "blind11" not in CONTEXT_SPLITS and meta["rows"] > 5000


class FixedHead:
    def __init__(self, p: float, sha: str | None = "a" * 64) -> None:
        self.p, self.model_id, self.sha256 = p, f"fixed {p}", sha

    def predict_proba(self, texts):
        return np.full(len(texts), self.p)


def test_mean_logit_head_averages_log_odds_not_probabilities() -> None:
    from audit.heads import MeanLogitHead

    head = MeanLogitHead([FixedHead(0.9), FixedHead(0.5)])
    # logit(0.9) = ln 9, logit(0.5) = 0: the mean is ln 3, so p = 0.75 (the mean of the probabilities is 0.7)
    assert head.predict_proba(["a", "b"]) == pytest.approx([0.75, 0.75])
    assert head.predict_proba([]).shape == (0,)
    assert head.model_id == "fixed 0.9 + fixed 0.5" and len(head.sha256) == 64
    assert MeanLogitHead([FixedHead(0.9), FixedHead(0.5, sha=None)]).sha256 is None


def test_heads_joined_by_plus_load_as_one_and_a_head_runs_on_the_encoder_it_names(tmp_path, monkeypatch) -> None:
    from audit import encoder as encoder_module
    from audit.heads import MeanLogitHead

    write_head(tmp_path, [3.0, -2.0, 0, 0], 0.5)
    other = tmp_path / "other_head.npz"
    np.savez(other, coef=np.float32([1.0, 0, 0, 0]), intercept=np.float32(0.0))
    other.with_suffix(".json").write_text(json.dumps({"encoder_name": "packaged:elsewhere"}))
    named = AxisEncoder()
    monkeypatch.setattr(encoder_module, "shared_encoder", lambda name: named if name == "packaged:elsewhere" else None)
    pipeline_encoder = AxisEncoder()
    head = load_head("toy_head.npz + other_head.npz", pipeline_encoder, base_dir=tmp_path)
    assert isinstance(head, MeanLogitHead)
    assert head.heads[0].encoder is pipeline_encoder and head.heads[1].encoder is named
    z = (np.array([3.5, -1.5]) + np.array([1.0, 0.0])) / 2
    assert head.predict_proba(["rude", "kind"]) == pytest.approx(1 / (1 + np.exp(-z)))
    assert load_head("toy_head.npz + other_head.npz", None, base_dir=tmp_path) is None
