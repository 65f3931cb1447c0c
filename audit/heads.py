"""Sentence classifiers for the checks: a trained head, or a user's local transformers model.

A *head* maps sentences to a calibrated probability of the positive class (for example
"rude"). Three kinds, chosen by the ``model`` option of a check:

- ``"packaged:<name>"`` (default): a small classifier's weights in ``models/<name>.npz``
  (logistic regression, optionally with word n-gram features, or a one-hidden-layer MLP) applied to the sentence encoder's embeddings,
  or the encoder's top layers fine-tuned with a linear unit on their pooled output (the
  courtesy head); ``models/<name>.json`` records the encoder,
  training-data hashes and held-out metrics (``models/train_heads.py`` writes both).
- a path to such an ``.npz`` file elsewhere.
- a local transformers folder (``config.json`` inside): a text-classification model whose
  labels named in ``positive_labels`` are summed, or, when ``zero_shot_labels`` is given as
  ``[positive, negative]``, an NLI model used for zero-shot classification.

Nothing is downloaded: transformers runs with ``HF_HUB_OFFLINE=1``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
from scipy.special import expit, logit

from audit.checks.base import Encoder
from audit.models import ModelError, file_sha256

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
HOLDOUT_MOD = 5


def held_out(key: object) -> bool:
    """The fixed train / held-out split of the heads' data: a fifth of keys, chosen by sha256.

    ``models/train_heads.py`` never trains on a held-out key, and the third-party
    evaluations (:mod:`audit.text_evals`) report only held-out rows.
    """
    return int(hashlib.sha256(str(key).encode()).hexdigest()[:8], 16) % HOLDOUT_MOD == 0


_PLACEHOLDER = re.compile(r"<([A-Z_]+?)(?:_[0-9a-f]{6,})?>")  # "<PERSON>" or a pseudonym "<PERSON_3f9a1c2b4d>"
_STAND_INS = {"PERSON": "Alex", "EMAIL_ADDRESS": "the email", "LOCATION": "the town", "STREET_ADDRESS": "the address",
              "ZIP_CODE": "the address", "DATE_OF_BIRTH": "the date", "USERNAME": "the username", "SECURITY_ANSWER": "the answer"}


def head_text(text: str) -> str:
    """Redaction placeholders replaced by neutral stand-ins before a head scores the text.

    The heads were trained on plain sentences: "You are speaking with <PERSON>." must read like
    "You are speaking with Alex.", not like an unknown token. Evidence quotes keep the placeholders.
    """
    return _PLACEHOLDER.sub(lambda m: _STAND_INS.get(m.group(1), "the number"), text)


def log_odds(probs: Sequence[float] | np.ndarray) -> np.ndarray:
    """Log-odds of probabilities clipped to [1e-6, 1 - 1e-6], so a head's 0 or 1 stays finite (what
    the mean of heads reads, and what a context head is fitted on and re-reads)."""
    return logit(np.clip(np.asarray(probs, dtype=np.float64), 1e-6, 1 - 1e-6))


class Head(Protocol):
    """Texts in, probability of the positive class out (one per text)."""

    model_id: str
    sha256: str | None

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


def ngram_vectorizer(vocabulary: Sequence[str] | None = None, idf: np.ndarray | None = None):  # noqa: ANN201 - a TfidfVectorizer
    """Word 1-2-gram TF-IDF features (sublinear tf, L2-normalised rows), the lexical half of a head:
    unfitted for ``models/train_heads.py``, or rebuilt from a head's stored vocabulary and idf."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                          vocabulary=None if vocabulary is None else {str(w): i for i, w in enumerate(vocabulary)})
    if idf is not None:
        vec.idf_ = np.asarray(idf, dtype=np.float64)
    return vec


def head_logit(emb: np.ndarray, coef: np.ndarray, intercept: float,
               hidden_w: np.ndarray | None = None, hidden_b: np.ndarray | None = None,
               ngrams: object | None = None, ngram_coef: np.ndarray | None = None) -> np.ndarray:
    """An embedding head's log-odds before Platt scaling: ``emb @ coef + intercept``, after a ReLU
    hidden layer when there is one, plus ``ngrams @ ngram_coef`` (a sparse TF-IDF matrix) when the
    head has a lexical half (``models/train_heads.py`` selects and scales with the same function)."""
    if hidden_w is not None:
        emb = np.maximum(emb @ hidden_w + hidden_b, 0.0)
    z = emb @ coef + intercept
    if ngram_coef is not None:
        z = z + np.asarray(ngrams @ ngram_coef).ravel()
    return z


class EmbeddingHead:
    """A small classifier on sentence-encoder embeddings: logistic regression, or one ReLU hidden
    layer (``hidden_w``, ``hidden_b``) before it, optionally Platt-scaled (``platt`` = [a, b]), and
    optionally with word n-gram features beside the embedding (``ngram_vocab``, ``ngram_idf``,
    ``ngram_coef``), since a mean-pooled embedding carries topic more than tone."""

    def __init__(self, path: Path, encoder: Encoder) -> None:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"head weights {path} do not exist; run models/train_heads.py or set the check's 'model' option")
        with np.load(path) as data:
            self.coef = np.asarray(data["coef"], dtype=np.float64)
            self.intercept = float(data["intercept"])
            self.hidden_w = np.asarray(data["hidden_w"], dtype=np.float64) if "hidden_w" in data else None
            self.hidden_b = np.asarray(data["hidden_b"], dtype=np.float64) if "hidden_b" in data else None
            self.platt = tuple(float(v) for v in data["platt"]) if "platt" in data else (1.0, 0.0)
            self.ngram_coef = np.asarray(data["ngram_coef"], dtype=np.float64) if "ngram_coef" in data else None
            self.ngrams = ngram_vectorizer(data["ngram_vocab"], data["ngram_idf"]) if "ngram_coef" in data else None
        meta_path = path.with_suffix(".json")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        self.encoder = encoder
        self.sha256 = file_sha256(path)
        kind = "MLP" if self.hidden_w is not None else "logistic regression"
        kind += " + word n-grams" if self.ngrams is not None else ""
        self.model_id = f"{path.stem} ({kind} on {getattr(encoder, 'model_id', 'encoder')})"

    @property
    def dim(self) -> int:
        """The embedding size the head was trained on."""
        return int((self.hidden_w if self.hidden_w is not None else self.coef).shape[0])

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(positive) per text; all texts go to the encoder in one batched call."""
        if not texts:
            return np.zeros(0)
        emb = self.encoder.encode(list(texts)).astype(np.float64)
        if emb.shape[1] != self.dim:
            raise ModelError(f"{self.model_id}: trained on {self.dim}-dim embeddings, "
                             f"the encoder gives {emb.shape[1]}; retrain with models/train_heads.py")
        ngrams = self.ngrams.transform(list(texts)) if self.ngrams is not None else None
        z = head_logit(emb, self.coef, self.intercept, self.hidden_w, self.hidden_b, ngrams, self.ngram_coef)
        return expit(self.platt[0] * z + self.platt[1])


def tuned_layer_keys(model: object, layers: int) -> list[str]:
    """The state-dict keys of a transformers encoder's top ``layers`` layers (``encoder.layer.<i>.*``)."""
    n = len(model.encoder.layer)  # type: ignore[attr-defined]
    prefixes = tuple(f"encoder.layer.{i}." for i in range(n - layers, n))
    return [k for k in model.state_dict() if k.startswith(prefixes)]  # type: ignore[attr-defined]


def tuned_logits(model: object, tokenizer: object, out_w: object, out_b: object, scale: float,
                 texts: Sequence[str], max_length: int = 128) -> object:
    """Log-odds (a torch tensor) of a fine-tuned encoder head: the encoder's mean-pooled,
    L2-normalised output times ``scale``, then one linear unit. ``models/train_heads.py`` trains
    and scores with this same function."""
    from audit.encoder import mean_pooled

    return mean_pooled(model, tokenizer, texts, max_length) * scale @ out_w + out_b


def tuned_logits_batched(model: object, tokenizer: object, out_w: object, out_b: object, scale: float,
                         texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """:func:`tuned_logits` of many texts without gradients, in batches of similar length."""
    import torch

    texts = list(texts)
    z = np.zeros(len(texts))
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    model.eval()  # type: ignore[attr-defined]
    with torch.inference_mode():
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            z[idx] = tuned_logits(model, tokenizer, out_w, out_b, scale, [texts[i] for i in idx]).numpy()
    return z


class TunedEncoderHead:
    """The sentence encoder with its top layers fine-tuned for one head: their weights (``layer:``
    arrays, float16), a linear unit on the scaled, normalised mean pooling (``out_w``, ``out_b``,
    ``scale``) and Platt scaling (``platt``), all in the ``.npz``. The lower layers are the
    packaged encoder's own, checked against the sha256 recorded at training."""

    def __init__(self, path: Path, encoder: Encoder, batch_size: int = 64) -> None:
        import copy

        import torch

        model = getattr(encoder, "model", None)
        if model is None:
            raise ModelError(f"{path}: a fine-tuned head needs the transformers sentence encoder, not {type(encoder).__name__}")
        with np.load(path) as data:
            state = {k.split(":", 1)[1]: torch.from_numpy(data[k].astype(np.float32)) for k in data.files if k.startswith("layer:")}
            self.out_w = torch.from_numpy(data["out_w"].astype(np.float32))
            self.out_b = torch.from_numpy(data["out_b"].astype(np.float32))
            self.scale = float(data["scale"])
            self.platt = tuple(float(v) for v in data["platt"])
            layers = int(data["tuned_layers"])
        meta_path = path.with_suffix(".json")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        trained_on = self.meta.get("encoder_sha256")
        if trained_on and getattr(encoder, "sha256", None) not in (None, trained_on):
            raise ModelError(f"{path}: fine-tuned on encoder weights {trained_on[:12]}…, the encoder has "
                             f"{str(encoder.sha256)[:12]}…; retrain with models/train_heads.py")
        self.model = copy.deepcopy(model).eval()
        expected = tuned_layer_keys(self.model, layers)
        if sorted(state) != sorted(expected):
            raise ModelError(f"{path}: its layer weights do not fit the encoder (expected {len(expected)} arrays, got {len(state)})")
        self.model.load_state_dict(state, strict=False)
        self.tokenizer = encoder.tokenizer  # type: ignore[attr-defined]
        self.batch_size = batch_size
        self.sha256 = file_sha256(path)
        self.model_id = f"{path.stem} ({getattr(encoder, 'model_id', 'encoder')}, top {layers} layers fine-tuned)"

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(positive) per text."""
        z = tuned_logits_batched(self.model, self.tokenizer, self.out_w, self.out_b, self.scale, texts, self.batch_size)
        return expit(self.platt[0] * z + self.platt[1])


class ContextHead:
    """Re-reads a head's probability for an agent sentence with the customer's turns around it.

    A sentence's tone often shows only in what it answers and in how the customer takes it ("Not
    your phone, not you" reassures a customer who asked whether it was their phone). The
    probability becomes ``sigmoid(w_logit * logit(p) + emb(before) . w_before + emb(after) . w_after + b)``:
    ``before`` is the customer's last turn before the sentence's turn, ``after`` their first turn
    after it ("" when there is none). The weights (``models/<check>_context.npz``; discrimination ships one) are fitted by
    ``models/train_context_head.py`` on calls the sentence head never trained on.
    """

    def __init__(self, path: Path, encoder: Encoder) -> None:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"context head {path} does not exist; run models/train_context_head.py or set context_model: ''")
        with np.load(path) as data:
            self.w_logit = float(data["w_logit"])
            self.w_before = np.asarray(data["w_before"], dtype=np.float64)
            self.w_after = np.asarray(data["w_after"], dtype=np.float64)
            self.intercept = float(data["intercept"])
        meta_path = path.with_suffix(".json")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        self.encoder = encoder
        self.sha256 = file_sha256(path)
        self.model_id = f"{path.stem} (customer turns around the sentence, on {getattr(encoder, 'model_id', 'encoder')})"

    def check_fits(self, head: Head | None) -> None:
        """Raise :class:`ModelError` unless ``head`` is the sentence head these weights were fitted on
        (its log-odds are a feature: another head's would be read wrongly)."""
        fitted_on = self.meta.get("sentence_head_sha256")
        if head is None or (fitted_on and head.sha256 != fitted_on):
            raise ModelError(f"{self.model_id} was fitted on sentence head {str(fitted_on)[:12]}…, the check uses "
                             f"{getattr(head, 'model_id', None)}; refit with models/train_context_head.py or set context_model: ''")

    def adjust(self, probs: Sequence[float], before: Sequence[str], after: Sequence[str]) -> np.ndarray:
        """The probabilities ``probs`` re-read with each sentence's customer turns (all encoded in one batch)."""
        if len(probs) == 0:
            return np.zeros(0)
        z_sentence = log_odds(probs)
        emb = self.encoder.encode([head_text(t) for t in [*before, *after]]).astype(np.float64)
        if emb.shape[1] != self.w_before.shape[0]:
            raise ModelError(f"{self.model_id}: fitted on {self.w_before.shape[0]}-dim embeddings, the encoder gives "
                             f"{emb.shape[1]}; refit with models/train_context_head.py")
        n = len(z_sentence)
        z = self.w_logit * z_sentence + emb[:n] @ self.w_before + emb[n:] @ self.w_after + self.intercept
        return expit(z)


def load_context_head(model: str, encoder: Encoder | None, sentence_head: Head | None,
                      base_dir: Path | None = None) -> ContextHead | None:
    """The context head ``model`` names (``"packaged:<name>"`` or a ``.npz`` path), checked to fit
    ``sentence_head``; None when ``model`` is empty (switched off) or there is no encoder."""
    if not model or encoder is None:
        return None
    if model.startswith("packaged:"):
        path = MODELS_DIR / f"{model.split(':', 1)[1]}.npz"
    else:
        path = Path(model).expanduser()
        path = path if path.is_absolute() or base_dir is None else base_dir / path
    context = ContextHead(path, encoder)
    context.check_fits(sentence_head)
    return context


class TransformersHead:
    """A local transformers classifier folder: text-classification, or zero-shot NLI."""

    def __init__(self, folder: Path, positive_labels: Sequence[str] = (), zero_shot_labels: Sequence[str] = (),
                 hypothesis: str = "This text is {}.", batch_size: int = 32) -> None:
        folder = Path(folder).expanduser()
        if not (folder / "config.json").is_file():
            raise ModelError(f"{folder} is not a transformers model folder (no config.json)")
        if zero_shot_labels and len(zero_shot_labels) != 2:
            raise ModelError(f"zero_shot_labels must be [positive, negative], got {list(zero_shot_labels)}")
        if not zero_shot_labels and not positive_labels:
            raise ModelError(f"{folder}: name the model's positive_labels (e.g. ['toxic']) or zero_shot_labels")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from transformers import pipeline
        self.zero_shot = tuple(zero_shot_labels)
        self.positive = {label.lower() for label in positive_labels}
        self.hypothesis = hypothesis
        self.batch_size = batch_size
        task = "zero-shot-classification" if self.zero_shot else "text-classification"
        self.pipe = pipeline(task, model=str(folder), tokenizer=str(folder), device=-1)
        weights = next((folder / n for n in ("model.safetensors", "pytorch_model.bin") if (folder / n).is_file()), None)
        self.sha256 = file_sha256(weights) if weights else None
        self.model_id = str(folder)
        if not self.zero_shot:
            known = {str(v).lower() for v in self.pipe.model.config.id2label.values()}
            if not self.positive <= known:
                raise ModelError(f"{folder}: positive_labels {sorted(self.positive - known)} not among the model's labels {sorted(known)}")

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        texts = list(texts)
        if self.zero_shot:
            out = self.pipe(texts, candidate_labels=list(self.zero_shot), hypothesis_template=self.hypothesis,
                            batch_size=self.batch_size)
            out = [out] if isinstance(out, dict) else out
            return np.array([dict(zip(o["labels"], o["scores"]))[self.zero_shot[0]] for o in out])
        out = self.pipe(texts, top_k=None, truncation=True, batch_size=self.batch_size)
        return np.array([sum(d["score"] for d in row if str(d["label"]).lower() in self.positive) for row in out])


class MeanLogitHead:
    """Several heads read as one: the mean of their log-odds, so each must be calibrated on its own.

    Heads on different encoders err on different sentences; averaging them cancels much of that
    (courtesy 3.0, docs/checks.md)."""

    def __init__(self, heads: Sequence[Head]) -> None:
        self.heads = list(heads)
        self.model_id = " + ".join(h.model_id for h in self.heads)
        digests = [h.sha256 or "" for h in self.heads]
        self.sha256 = hashlib.sha256("+".join(digests).encode()).hexdigest() if all(digests) else None

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probability from the mean log-odds of the heads."""
        z = np.mean([log_odds(h.predict_proba(texts)) for h in self.heads], axis=0)
        return expit(z)


def npz_head(path: Path, encoder: Encoder) -> Head:
    """The head stored in ``path``: a fine-tuned encoder head when it carries layer weights, else an
    embedding head. A head whose metadata names a packaged encoder other than ``encoder``
    (``encoder_name``) runs on that one (:func:`audit.encoder.shared_encoder`)."""
    meta_path = path.with_suffix(".json")
    if meta_path.is_file():
        wanted = json.loads(meta_path.read_text(encoding="utf-8")).get("encoder_name")
        if wanted and wanted != getattr(encoder, "name", "packaged"):
            from audit.encoder import shared_encoder

            encoder = shared_encoder(wanted)
    if path.is_file():
        with np.load(path) as data:
            if "out_w" in data.files:
                return TunedEncoderHead(path, encoder)
    return EmbeddingHead(path, encoder)


def load_head(model: str, encoder: Encoder | None, *, positive_labels: Sequence[str] = (),
              zero_shot_labels: Sequence[str] = (), hypothesis: str = "This text is {}.",
              base_dir: Path | None = None) -> Head | None:
    """The head ``model`` names (see the module doc); None when it needs an encoder and there is none.

    ``base_dir`` resolves relative paths (the configuration file's folder). Several models joined
    by ``" + "`` make one :class:`MeanLogitHead`.
    """
    if " + " in model:
        parts = [load_head(m.strip(), encoder, positive_labels=positive_labels, zero_shot_labels=zero_shot_labels,
                           hypothesis=hypothesis, base_dir=base_dir) for m in model.split(" + ")]
        return None if any(p is None for p in parts) else MeanLogitHead(parts)  # type: ignore[arg-type]
    if model.startswith("packaged:"):
        if encoder is None:
            return None
        return npz_head(MODELS_DIR / f"{model.split(':', 1)[1]}.npz", encoder)
    path = Path(model).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    if path.suffix == ".npz":
        return npz_head(path, encoder) if encoder is not None else None
    if path.is_dir():
        return TransformersHead(path, positive_labels, zero_shot_labels, hypothesis)
    raise ModelError(f"model {model!r}: expected 'packaged:<name>', a .npz head or a local transformers folder")
