"""Train the courtesy and discrimination-risk heads. Courtesy has two, which the check averages
(courtesy 3.0): ``courtesy`` fine-tunes the packaged all-MiniLM-L6-v2's top two layers
(``fit_tuned``), ``courtesy_mpnet`` is a logistic regression on all-mpnet-base-v2 embeddings and
word n-grams; the discrimination head is a small MLP on MiniLM embeddings.

Reproducible (fixed seeds, hash-based splits) and offline: the encoders are packaged
(audit.encoder) and the data is our own text (``models/data/*.yaml``) plus the
third-party sets in ``../shared/data/courtesy_discrimination`` (read in place, never copied).

    .venv/bin/python models/train_heads.py [courtesy|courtesy_mpnet|discrimination]   # writes models/<head>_head.{npz,json}
    # courtesy ~48 min (6 fine-tunings), courtesy_mpnet ~6 min (embedding), discrimination ~15 min on 2 cores

Splits (a row is held out when ``sha256(key) % 5 == 0``; only the other rows train):

- Stanford politeness (Wikipedia): key = request Id. Train on the top quartile (courteous, 0)
  and bottom quartile (rude, 1) of the normalised score.
- Davidson tweets: key = row id. The courtesy head trains on a fixed sample of
  hate-or-offensive (1) vs neither (0); the discrimination head on hate (1) vs neither (0).
- HateCheck: key = ``templ_id``, so every target of a held-out template is held out together
  (the head never sees the template it is tested on). Discrimination head only.
- The call set's training splits (benchmarks/callset/*.yaml with ``split`` in ``TRAIN_SPLITS``:
  tune, and the blind and blind2 calls once they had been scored): agent turns, all of them
  trained on (the test and blind3 onwards are what `call-audit eval` reports as held out from
  these heads; the blind ones were written by people who never saw this data).
- Our sentences: key = the sentence. Courtesy: rude (1) vs courteous and benign (0);
  discrimination: discriminatory (1) vs benign and courteous (0).

Each source gets a fixed share of the total sample weight, so the small in-domain set is not
drowned by tweets. Cross-validation (choice of regularisation, out-of-fold log-odds for Platt
scaling) keeps a HateCheck template's rows, and a call's turns, in one fold. The courtesy head
is Platt-scaled on the call set's out-of-fold log-odds without weights (``CALIBRATE_ON``), so
its probability reflects how rare rudeness is among agent sentences; the discrimination head
(an MLP) on all rows' out-of-fold log-odds, weighted. The artefact JSON records the sha256
and size of every training source, the weights, the regularisation chosen by cross-validation
on the training rows only, and held-out metrics. Embeddings are cached outside the repo (``$CALL_AUDIT_CACHE``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from scipy.special import expit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODELS = ROOT / "models"
DATA = ROOT.parent / "shared" / "data" / "courtesy_discrimination"
SEED = 20261122

from audit.encoder import MPNET  # noqa: E402  (the packaged encoder's name, as audit.encoder loads it)
from audit.heads import HOLDOUT_MOD, head_logit, held_out, ngram_vectorizer  # noqa: E402  (the one split, shared with the evaluations)
from audit.models import file_sha256  # noqa: E402


@dataclass
class Source:
    """Rows of one training source: texts, labels, held-out mask, and its weight share."""

    name: str
    texts: list[str]
    labels: np.ndarray
    test: np.ndarray
    share: float
    files: dict[str, str] = field(default_factory=dict)  # path -> sha256
    groups: np.ndarray | None = None  # cross-validation groups (one fold each); None: every row its own


def _own(kind: str) -> dict[str, list[str]]:
    return yaml.safe_load((MODELS / "data" / f"{kind}.yaml").read_text(encoding="utf-8"))


def own_source(head: str) -> Source:
    """Our own agent sentences for ``head`` ("courtesy" or "discrimination")."""
    court, disc = _own("courtesy"), _own("discrimination")
    kinds = ("courtesy", "discrimination")
    if head == "courtesy":
        calls = _own("courtesy_calls")  # spoken agent lines, courtesy head only
        kinds += ("courtesy_calls",)
        pos = court["rude"] + calls["rude"] + calls["patronising"]
        neg = (court["courteous"] + disc["benign"] + calls["neutral"] + calls["firm_but_courteous"] + calls["call_moments"]
               + calls["warm_and_casual"])
    else:
        pos = disc["discriminatory"]
        neg = disc["benign"] + court["courteous"] + court["rude"]
    texts = pos + neg
    labels = np.array([1] * len(pos) + [0] * len(neg))
    files = {f"models/data/{k}.yaml": file_sha256(MODELS / "data" / f"{k}.yaml") for k in kinds}
    return Source("own", texts, labels, np.array([held_out(t) for t in texts]), share=0.5, files=files)


def turn_sentences(text: str) -> list[str]:
    """A scripted turn's sentences, split as the checks split timed words (audit.checks.text)."""
    from audit.sentences import sentence_runs

    return [" ".join(run) for run in sentence_runs(text.split(), str)]


# The call set's splits each head trains on: tune, and since the tenth session the two blind splits,
# once scored (docs/checks.md, "Blind calls"); since courtesy 3.0 (fifteenth session) the courtesy
# heads also blind11 to blind16, scored and reported before. test, blind3 to blind10 (they fit the
# context heads: models/train_context_head.py) and blind17 onwards are never read here.
_FIRST = frozenset({"tune", "blind", "blind2"})
TRAIN_SPLITS = {"courtesy": _FIRST | {f"blind{k}" for k in range(11, 17)}, "discrimination": _FIRST}


def callset_train(head: str, exclude: frozenset[str] = frozenset()) -> Source:
    """Agent turns of the call set's training splits (``TRAIN_SPLITS[head]``): the turns
    labelled in ``flag_turns`` of calls positive for ``head`` (1), every agent turn of calls
    negative for it (0), whole and split into sentences. Calls named in ``exclude`` (file
    stems) are left out, for cross-validation by call (benchmarks/heads_cv.py)."""
    folder = ROOT / "benchmarks" / "callset"
    texts: list[str] = []
    labels: list[int] = []
    groups: list[str] = []  # a call's turns share a cross-validation fold
    files = {}
    for path in sorted(folder.glob("*.yaml")):
        call = yaml.safe_load(path.read_text(encoding="utf-8"))
        if call.get("split") not in TRAIN_SPLITS[head] or path.stem in exclude:
            continue
        files[f"benchmarks/callset/{path.name}"] = file_sha256(path)
        start = len(texts)
        positive = bool(call["labels"].get(head))
        marked = set((call.get("flag_turns") or {}).get(head, []))
        for k, turn in enumerate(call["turns"]):
            if turn["speaker"] != "agent":
                continue
            if positive and k in marked:
                texts.append(turn["text"]); labels.append(1)
            elif not positive:  # the turn and its sentences, as the checks split them
                parts = [turn["text"], *(x for x in turn_sentences(turn["text"]) if x != turn["text"])]
                texts += parts
                labels += [0] * len(parts)
        groups += [path.stem] * (len(texts) - start)
    return Source("callset_train", texts, np.array(labels), np.zeros(len(texts), dtype=bool),
                  share=1.0 if head == "courtesy" else 0.3, files=files, groups=np.array(groups))


def politeness() -> Source | None:
    """Stanford politeness requests, quartile extremes: 1 = impolite, 0 = polite."""
    import pandas as pd

    path = DATA / "stanford_politeness_wikipedia.annotated.csv"
    if not path.is_file():
        return None
    df = pd.read_csv(path)
    lo, hi = df["Normalized Score"].quantile([0.25, 0.75])
    df = df[(df["Normalized Score"] <= lo) | (df["Normalized Score"] >= hi)]
    labels = (df["Normalized Score"] <= lo).astype(int).to_numpy()
    return Source("politeness", df["Request"].astype(str).tolist(), labels,
                  np.array([held_out(i) for i in df["Id"]]), share=0.2, files={_rel(path): file_sha256(path)})


def davidson(head: str, per_class: int = 1500) -> Source | None:
    """A fixed sample of Davidson tweets (class 0 hate, 1 offensive, 2 neither)."""
    import pandas as pd

    path = DATA / "davidson_labeled_data.csv"
    if not path.is_file():
        return None
    df = pd.read_csv(path, index_col=0)
    if head == "discrimination":
        df = df[df["class"] != 1]
    parts = [g.sample(min(per_class, len(g)), random_state=SEED) for _, g in df.groupby("class")]
    df = pd.concat(parts).sort_index()
    labels = (df["class"] < 2).astype(int).to_numpy() if head == "courtesy" else (df["class"] == 0).astype(int).to_numpy()
    return Source("davidson", df["tweet"].astype(str).tolist(), labels,
                  np.array([held_out(i) for i in df.index]), share=0.1, files={_rel(path): file_sha256(path)})


def hatecheck() -> Source | None:
    """HateCheck test cases, split by template: 1 = hateful."""
    import pandas as pd

    path = DATA / "hatecheck_test_suite_cases.csv"
    if not path.is_file():
        return None
    df = pd.read_csv(path)
    return Source("hatecheck", df["test_case"].astype(str).str.strip().tolist(),
                  (df["label_gold"] == "hateful").astype(int).to_numpy(),
                  np.array([held_out(t) for t in df["templ_id"]]), share=0.3, files={_rel(path): file_sha256(path)},
                  groups=df["templ_id"].astype(str).to_numpy())


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT.parent))
    except ValueError:
        return str(path)


class CachedEncoder:
    """A packaged encoder with an on-disk cache of training embeddings (outside the repo)."""

    def __init__(self, model: str = "packaged") -> None:
        from audit.encoder import SentenceEncoder
        from audit.models import cache_dir

        self.encoder = SentenceEncoder(model)
        self.model_id = self.encoder.model_id
        self.dir = cache_dir() / "train-embeddings"
        self.dir.mkdir(parents=True, exist_ok=True)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        key = hashlib.sha256(("\x1f".join(texts) + self.model_id).encode()).hexdigest()[:24]
        path = self.dir / f"{key}.npy"
        if path.is_file():
            return np.load(path)
        emb = self.encoder.encode(list(texts))
        np.save(path, emb)
        return emb


# Per head: "logistic" (regularisation C chosen by CV), "logistic_ngrams" (the same on the embedding
# beside word 1-2-gram TF-IDF features: the embedding carries topic, n-grams carry tone such as
# "whatever", "not my problem", "end of story") or "mlp" (one ReLU hidden layer, size and L2 penalty
# chosen by CV, then Platt-scaled on out-of-fold scores, since an MLP's raw scores are overconfident).
# CV keeps each HateCheck template, and each call's turns, in one fold, so the choice is made on
# templates and calls the model never saw.
HEAD_KIND = {"courtesy": "tuned_encoder", "courtesy_mpnet": "logistic_ngrams", "discrimination": "mlp"}
# A head named other than its check trains on that check's labels, with the encoder named here.
TASK = {"courtesy_mpnet": "courtesy"}
ENCODER = {"courtesy_mpnet": MPNET}
# Platt scaling fitted on these rows' out-of-fold log-odds, unweighted: the class-balanced training
# weights put a sentence with no evidence either way at p = 0.5, while in calls most agent
# sentences are courteous; the call set's natural rate calibrates the head to agent speech.
CALIBRATE_ON = {"courtesy": "callset_train"}
GROUPED_BY = {"hatecheck": "template", "callset_train": "call"}
LR_GRID = ({"C": 0.25}, {"C": 1.0}, {"C": 4.0}, {"C": 16.0}, {"C": 64.0})
MLP_GRID = ({"hidden": 32, "alpha": 0.1}, {"hidden": 64, "alpha": 0.1}, {"hidden": 64, "alpha": 1.0}, {"hidden": 128, "alpha": 0.3})


@dataclass
class NgramLogistic:
    """Logistic regression on [embedding, TF-IDF n-grams]; the vectorizer is fitted on the training rows."""

    model: object
    vectorizer: object


def _features(model, X: np.ndarray, texts: Sequence[str]):  # noqa: ANN001, ANN202 - a sparse matrix
    import scipy.sparse as sp

    return sp.hstack([sp.csr_matrix(X), model.vectorizer.transform(list(texts))]).tocsr()


def _fit(kind: str, setting: dict, X: np.ndarray, y: np.ndarray, w: np.ndarray, texts: Sequence[str]):  # noqa: ANN202 - a fitted model
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    if kind == "logistic":
        return LogisticRegression(C=setting["C"], max_iter=2000).fit(X, y, sample_weight=w)
    if kind == "logistic_ngrams":
        model = NgramLogistic(LogisticRegression(C=setting["C"], max_iter=5000), ngram_vectorizer().fit(list(texts)))
        model.model.fit(_features(model, X, texts), y, sample_weight=w)
        return model
    return MLPClassifier(hidden_layer_sizes=(setting["hidden"],), alpha=setting["alpha"], max_iter=500,
                         random_state=SEED).fit(X, y, sample_weight=w)


def _arrays(model) -> dict[str, np.ndarray]:  # noqa: ANN001
    """A fitted model's weights as the ``.npz`` arrays audit.heads.EmbeddingHead reads (without ``platt``)."""
    if isinstance(model, NgramLogistic):
        coef, dim = model.model.coef_[0], model.model.n_features_in_ - len(model.vectorizer.idf_)
        return {"coef": coef[:dim].astype(np.float32), "intercept": np.float32(model.model.intercept_[0]),
                "ngram_coef": coef[dim:].astype(np.float32), "ngram_idf": model.vectorizer.idf_.astype(np.float32),
                "ngram_vocab": model.vectorizer.get_feature_names_out().astype(str)}
    if hasattr(model, "coefs_"):
        return {"hidden_w": model.coefs_[0].astype(np.float32), "hidden_b": model.intercepts_[0].astype(np.float32),
                "coef": model.coefs_[1][:, 0].astype(np.float32), "intercept": np.float32(model.intercepts_[1][0])}
    return {"coef": model.coef_[0].astype(np.float32), "intercept": np.float32(model.intercept_[0])}


def _logit(model, X: np.ndarray, texts: Sequence[str]) -> np.ndarray:  # noqa: ANN001
    """The model's log-odds before Platt scaling, exactly as the shipped head computes them."""
    arrays = _arrays(model)
    if "ngram_coef" not in arrays:
        return head_logit(X, **arrays)
    ngrams = ngram_vectorizer(arrays["ngram_vocab"], arrays["ngram_idf"]).transform(list(texts))
    return head_logit(X, arrays["coef"], float(arrays["intercept"]), ngrams=ngrams, ngram_coef=arrays["ngram_coef"])


def _platt(z: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """Platt scaling [a, b] fitted on out-of-fold log-odds."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=1e6, max_iter=1000).fit(z[:, None], y, sample_weight=w)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


@dataclass
class Rows:
    """Every source's rows side by side, with their training weights."""

    sources: list[Source]
    texts: np.ndarray  # object array of str
    labels: np.ndarray
    weights: np.ndarray
    test: np.ndarray  # held out, never trained on
    source: np.ndarray  # source name per row
    groups: np.ndarray  # cross-validation group per row: "<source>:<template, call or row>"


def training_rows(head: str, exclude_calls: frozenset[str] = frozenset()) -> Rows:
    """The rows a head trains and is measured on: within a source the classes are balanced, across
    sources each gets its weight share (weights average 1 over the training rows)."""
    sources = [own_source(head), callset_train(head, exclude_calls), politeness() if head == "courtesy" else hatecheck(), davidson(head)]
    sources = [s for s in sources if s is not None]
    y, w, test, src, groups, texts = [], [], [], [], [], []
    for s in sources:
        texts += s.texts
        groups += [f"{s.name}:{g}" for g in (s.groups if s.groups is not None else range(len(s.texts)))]
        train_n = max(1, int((~s.test).sum()))
        y.append(s.labels)
        test.append(s.test)
        src += [s.name] * len(s.texts)
        cw = np.where(s.labels == 1, 0.5 / max(1, (s.labels[~s.test] == 1).sum()), 0.5 / max(1, (s.labels[~s.test] == 0).sum()))
        w.append(cw * s.share * train_n)
    weights, test_ = np.concatenate(w), np.concatenate(test)
    return Rows(sources, np.array(texts, dtype=object), np.concatenate(y), weights / weights[~test_].mean(), test_,
                np.array(src), np.array(groups))


def _provenance(rows: Rows, p_held_out: np.ndarray) -> dict:
    """The artefact metadata both kinds of head record: every source's files and row counts, the
    hash of the training texts, and AUC and F1 per source on its held-out rows (``p_held_out``:
    the head's probabilities for ``rows.test``'s rows, in order)."""
    from sklearn.metrics import f1_score, roc_auc_score

    y, src = rows.labels[rows.test], rows.source[rows.test]
    metrics = {}
    for s in rows.sources:
        m = src == s.name
        if m.sum() == 0 or len(set(y[m])) < 2:
            continue
        metrics[s.name] = {
            "held_out_rows": int(m.sum()),
            "auc": round(float(roc_auc_score(y[m], p_held_out[m])), 4),
            "f1_at_0.5": round(float(f1_score(y[m], p_held_out[m] >= 0.5)), 4),
        }
    return {
        "training_data": [
            {"source": s.name, "files": s.files, "rows_train": int((~s.test).sum()), "rows_held_out": int(s.test.sum()),
             "positives_train": int(s.labels[~s.test].sum()), "weight_share": s.share}
            for s in rows.sources
        ],
        "training_texts_sha256": hashlib.sha256("\n".join(t for s in rows.sources for t, h in zip(s.texts, s.test) if not h).encode()).hexdigest(),
        "held_out_metrics": metrics,
    }


def train(head: str, encoder: CachedEncoder, exclude_calls: frozenset[str] = frozenset(), out_dir: Path = MODELS) -> dict:
    """Fit one head, write its artefacts (``<out_dir>/<head>_head.{npz,json}``), return its metadata.

    ``exclude_calls`` leaves those training calls out of the training data (cross-validation by call).
    """
    from sklearn.metrics import log_loss
    from sklearn.model_selection import StratifiedGroupKFold

    task = TASK.get(head, head)
    rows = training_rows(task, exclude_calls)
    sources, texts, y, w, test, src, groups = rows.sources, rows.texts, rows.labels, rows.weights, rows.test, rows.source, rows.groups
    X = np.vstack([encoder.encode(s.texts) for s in sources])
    tr = ~test

    kind = HEAD_KIND[head]
    # A HateCheck template's rows, and a call's turns, share a fold; any other row is a group of its own.
    folds = list(StratifiedGroupKFold(5, shuffle=True, random_state=SEED).split(X[tr], y[tr], groups[tr]))
    best, best_loss, best_platt, best_oof = None, np.inf, (1.0, 0.0), None
    for setting in (MLP_GRID if kind == "mlp" else LR_GRID):
        oof = np.zeros(int(tr.sum()))
        for a, b in folds:
            oof[b] = _logit(_fit(kind, setting, X[tr][a], y[tr][a], w[tr][a], texts[tr][a]), X[tr][b], texts[tr][b])
        platt = _platt(oof, y[tr], w[tr]) if kind == "mlp" else (1.0, 0.0)
        loss = float(log_loss(y[tr], expit(platt[0] * oof + platt[1]), sample_weight=w[tr]))
        if loss < best_loss:
            best, best_loss, best_platt, best_oof = setting, loss, platt, oof
    if task in CALIBRATE_ON:
        m = src[tr] == CALIBRATE_ON[task]
        best_platt = _platt(best_oof[m], y[tr][m], np.ones(int(m.sum())))
    model = _fit(kind, best, X[tr], y[tr], w[tr], texts[tr])
    p = expit(best_platt[0] * _logit(model, X, texts) + best_platt[1])

    arrays = _arrays(model) | ({"platt": np.array(best_platt, dtype=np.float32)} if best_platt != (1.0, 0.0) else {})
    np.savez_compressed(out_dir / f"{head}_head.npz", **arrays)
    meta = {
        "head": task,
        "artefact": head,
        "kind": {"mlp": "mlp_on_embeddings", "logistic": "logistic_regression_on_embeddings",
                 "logistic_ngrams": "logistic_regression_on_embeddings_and_word_ngrams"}[kind],
        "encoder": encoder.model_id,
        "encoder_name": encoder.encoder.name,
        "dim": int(X.shape[1]),
        "positive": "rude" if task == "courtesy" else "discriminatory",
        "setting": best,
        "platt": [round(v, 4) for v in best_platt],
        "cv_folds": "StratifiedGroupKFold(5), groups: " + ", ".join(f"{s.name} ({GROUPED_BY.get(s.name, 'row')})" for s in sources),
        "cv_log_loss": round(best_loss, 4),
        "seed": SEED,
        "split": f"held out when sha256(key) % {HOLDOUT_MOD} == 0; keys: own=sentence, politeness=Id, davidson=row id, hatecheck=templ_id",
        **_provenance(rows, p[test]),
        "npz_sha256": file_sha256(out_dir / f"{head}_head.npz"),
    }
    (out_dir / f"{head}_head.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


# A fine-tuned head (``HEAD_KIND`` "tuned_encoder"): the encoder's top ``layers`` layers and one
# linear unit on its scaled, normalised mean pooling are trained with AdamW on the weighted rows
# (``lr`` for the layers, ``head_lr`` for the unit, linear decay) for ``epochs``; the lower layers
# stay the packaged encoder's. About 4 min per fit on 2 cores.
TUNED = {"layers": 2, "epochs": 3, "lr": 5e-5, "head_lr": 1e-3, "batch": 32, "scale": 10.0}
CALL_FOLDS = 5


def call_fold(call_id: str, folds: int = CALL_FOLDS) -> int:
    """A training call's cross-validation fold: stable, whatever other calls exist."""
    return int(hashlib.sha256(call_id.encode()).hexdigest(), 16) % folds


@dataclass
class TunedFit:
    """A fine-tuned copy of the encoder and its linear unit, with the rows it was trained on."""

    model: object
    tokenizer: object
    out: object  # torch.nn.Linear(dim, 1)
    rows: Rows

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Log-odds before Platt scaling, computed as the shipped head computes them."""
        from audit.heads import tuned_logits_batched

        return tuned_logits_batched(self.model, self.tokenizer, self.out.weight[0], self.out.bias[0], TUNED["scale"], texts)


def fit_tuned(head: str, encoder, exclude_calls: frozenset[str] = frozenset()) -> TunedFit:  # noqa: ANN001 - audit.encoder.SentenceEncoder
    """Fine-tune a copy of ``encoder``'s top layers on ``head``'s training rows (not its held-out rows)."""
    import copy

    import torch

    from audit.heads import tuned_layer_keys, tuned_logits

    rows = training_rows(head, exclude_calls)
    tr = ~rows.test
    texts, y, w = rows.texts[tr], rows.labels[tr].astype(np.float32), rows.weights[tr].astype(np.float32)
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    model = copy.deepcopy(encoder.model)
    tuned = set(tuned_layer_keys(model, TUNED["layers"]))
    for name, param in model.named_parameters():
        param.requires_grad = name in tuned
    out = torch.nn.Linear(model.config.hidden_size, 1)
    opt = torch.optim.AdamW([{"params": [p for p in model.parameters() if p.requires_grad], "lr": TUNED["lr"]},
                             {"params": out.parameters(), "lr": TUNED["head_lr"]}], weight_decay=0.01)
    bs = TUNED["batch"]
    steps = TUNED["epochs"] * -(-len(texts) // bs)
    schedule = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: max(0.0, 1 - step / steps))
    lengths = np.array([len(t) for t in texts])
    model.train()
    for _ in range(TUNED["epochs"]):
        order = np.argsort(lengths + rng.uniform(0, 40, len(texts)))  # batches of similar length, shuffled
        batches = [order[k : k + bs] for k in range(0, len(order), bs)]
        rng.shuffle(batches)
        for b in batches:
            z = tuned_logits(model, encoder.tokenizer, out.weight[0], out.bias[0], TUNED["scale"], list(texts[b]))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, torch.from_numpy(y[b]), weight=torch.from_numpy(w[b]),
                                                                        reduction="sum") / float(w[b].sum())
            opt.zero_grad()
            loss.backward()
            opt.step()
            schedule.step()
    return TunedFit(model, encoder.tokenizer, out, rows)


def save_tuned(head: str, fit: TunedFit, platt: tuple[float, float], encoder, out_dir: Path = MODELS,  # noqa: ANN001
               calibration: str = "") -> dict:
    """Write a fine-tuned head (``<out_dir>/<head>_head.{npz,json}``): the tuned layers in float16,
    the linear unit and the Platt scaling; held-out metrics are measured with the stored weights."""
    import torch

    from audit.heads import tuned_layer_keys

    state = fit.model.state_dict()
    layers = {f"layer:{k}": state[k].numpy().astype(np.float16) for k in tuned_layer_keys(fit.model, TUNED["layers"])}
    fit.model.load_state_dict({k.split(":", 1)[1]: torch.from_numpy(v.astype(np.float32)) for k, v in layers.items()}, strict=False)
    np.savez_compressed(out_dir / f"{head}_head.npz", **layers, out_w=fit.out.weight[0].detach().numpy(),
                        out_b=fit.out.bias.detach().numpy()[0], scale=np.float32(TUNED["scale"]),
                        platt=np.array(platt, dtype=np.float32), tuned_layers=np.int32(TUNED["layers"]))
    rows = fit.rows
    p = expit(platt[0] * fit.logits(list(rows.texts[rows.test])) + platt[1])
    meta = {
        "head": head,
        "kind": "fine_tuned_encoder_top_layers",
        "encoder": encoder.model_id,
        "encoder_sha256": encoder.sha256,
        "tuned_layers": TUNED["layers"],
        "positive": "rude" if head == "courtesy" else "discriminatory",
        "setting": TUNED,
        "platt": [round(v, 4) for v in platt],
        "calibration": calibration,
        "seed": SEED,
        "split": f"held out when sha256(key) % {HOLDOUT_MOD} == 0; keys: own=sentence, politeness=Id, davidson=row id",
        **_provenance(rows, p),
        "npz_sha256": file_sha256(out_dir / f"{head}_head.npz"),
    }
    (out_dir / f"{head}_head.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def callset_logits(head: str, fit: TunedFit, calls: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """A fit's log-odds and the labels of ``calls``' rows in the call-set source (calls it did not train on)."""
    rows = callset_train(head)
    m = np.isin(rows.groups, list(calls))
    return fit.logits([t for t, k in zip(rows.texts, m) if k]), rows.labels[m]


def train_tuned(head: str, encoder, out_dir: Path = MODELS) -> dict:  # noqa: ANN001
    """Fine-tune ``head`` and write it. Platt scaling is fitted on the training calls' out-of-fold
    log-odds (``CALL_FOLDS`` fits, each without one fold's calls), one point per row, like the
    logistic head's, then the head is fitted on every training row (``CALL_FOLDS`` + 1 fits in
    all, ~53 min since the tenth session). Calibrating on each call's worst row instead was tried
    in the tenth session and lost on blind5 (docs/checks.md)."""
    calls = sorted(set(callset_train(head).groups))
    z, y = [], []
    for fold in range(CALL_FOLDS):
        held = frozenset(c for c in calls if call_fold(c) == fold)
        zf, yf = callset_logits(head, fit_tuned(head, encoder, held), held)
        z.append(zf)
        y.append(yf)
        print(f"{head}: calibration fold {fold} fitted", file=sys.stderr, flush=True)
    platt = _platt(np.concatenate(z), np.concatenate(y), np.ones(sum(len(v) for v in y)))
    return save_tuned(head, fit_tuned(head, encoder), platt, encoder, out_dir,
                      calibration=f"Platt on the call set's out-of-fold log-odds ({CALL_FOLDS} folds by call, unweighted)")


def main() -> None:
    np.random.seed(SEED)
    for head in (sys.argv[1:] or list(HEAD_KIND)):
        if head not in HEAD_KIND:
            sys.exit(f"unknown head {head!r}; expected one of {', '.join(HEAD_KIND)}")
        encoder = CachedEncoder(ENCODER.get(head, "packaged"))
        meta = train_tuned(head, encoder.encoder) if HEAD_KIND[head] == "tuned_encoder" else train(head, encoder)
        print(head, meta["kind"], meta["setting"], json.dumps(meta["held_out_metrics"]))


if __name__ == "__main__":
    main()
