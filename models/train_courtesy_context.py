"""Fit the courtesy check's context head (``models/courtesy_context.{npz,json}``), and measure it.

The courtesy head reads one agent sentence alone. The context head re-reads its probability
with the customer's turns around the sentence's turn (:class:`audit.heads.ContextHead`): a
logistic regression on the head's log-odds, the embedding of the customer's last turn before,
and that of their first turn after.

It is fitted on the call set's splits the sentence head never trained on (``CONTEXT_SPLITS``,
blind3 to blind10), so the head's log-odds there are what it gives on unseen calls, not the
over-confident scores of its own training turns. One row per agent sentence the head scores,
as the courtesy check itself splits and scores it (text mode, real redactor):

- 1: the highest-scored sentence of each turn a reviewer flagged in a discourteous call;
- 0: every scored sentence of a call labelled courteous;
- the other sentences of discourteous calls are left out (unlabelled at sentence level).

A courteous sentence next to a customer turn that sounds hostile (the courtesy head gives the
customer's turn before or after it at least 0.5) weighs ``HOSTILE_WEIGHT`` times as much: fitted
plainly, the head learnt that an angry customer means a rude agent, and flagged 10 of the 28
courteous calls whose customer swears or abuses (the check without it: 3). The customer's
hostility must be no evidence against the agent. The weight is the smallest of 1, 4 and 10
whose leave-one-split-out count there is no higher than without the context head.

The regularisation is chosen by cross-validation grouped by split. ``--loso`` also measures
the call-level effect: for each split, the head is fitted on the other seven and the whole
courtesy check is run on that split, with and without it (about 3 min on 2 cores).

    .venv/bin/python models/train_courtesy_context.py [--loso]   # writes models/courtesy_context.{npz,json}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.checks.base import build_checks  # noqa: E402
from audit.checks.courtesy import CourtesyCheck, customer_turns_around  # noqa: E402
from audit.checks.text import sentences  # noqa: E402
from audit.config import load_config  # noqa: E402
from audit.encoder import SentenceEncoder  # noqa: E402
from audit.evaluate import load_callset, text_inputs  # noqa: E402
from audit.heads import head_text  # noqa: E402
from audit.models import file_sha256  # noqa: E402

CONTEXT_SPLITS = ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
CS = (0.01, 0.03, 0.1, 0.3, 1.0)
HOSTILE_WEIGHT = 10.0
# The call set's courteous calls with a swearing or abusive customer, as their authors named them.
HOSTILE_CUSTOMER = re.compile(r"swear|boundary|abus|rude-customer|angry")
OUT = ROOT / "models" / "courtesy_context"


def courtesy(context_model: str, checks: list) -> CourtesyCheck:
    """The configured courtesy check with ``context_model`` in place of the configured one."""
    base = next(c for c in checks if c.name == "courtesy")
    return CourtesyCheck(replace(base.options, context_model=context_model), encoder=base.encoder, config=base.config)


def rows(calls: list, inputs: list, check: CourtesyCheck,
         encoder: SentenceEncoder) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features (head log-odds, customer turn before, customer turn after), labels, split and
    sample weight per row."""
    agent = sentences([i.transcript for i in inputs])
    around = [customer_turns_around(inputs[s.call_index], s.utterance_index) for s in agent]
    scored = check.sentence_scores([s.text for s in agent])  # no context: the head's own probability
    best: dict[tuple[int, int], int] = {}  # (call, flagged turn) -> its highest-scored sentence
    keep: list[tuple[int, int]] = []  # (sentence index, label)
    for k, (s, (p, why)) in enumerate(zip(agent, scored)):
        if why != "tone" or p <= 0.0:  # not read by the head (too short, empathy, or a lexicon hit)
            continue
        call = calls[s.call_index]
        if not call.positive("courtesy"):
            keep.append((k, 0))
        elif s.utterance_index in set((call.script.get("flag_turns") or {}).get("courtesy", [])):
            key = (s.call_index, s.utterance_index)
            if key not in best or p > scored[best[key]][0]:
                best[key] = k
    keep += [(k, 1) for k in best.values()]
    keep.sort()
    idx = [k for k, _ in keep]
    p = np.clip(np.array([scored[k][0] for k in idx]), 1e-6, 1 - 1e-6)
    before = encoder.encode([head_text(around[k][0]) for k in idx]).astype(np.float64)
    after = encoder.encode([head_text(around[k][1]) for k in idx]).astype(np.float64)
    x = np.hstack([np.log(p / (1 - p))[:, None], before, after])
    y = np.array([label for _, label in keep])
    hostile = np.maximum(*(check.head.predict_proba([head_text(around[k][j]) or "." for k in idx]) for j in (0, 1))) >= 0.5
    weight = np.where(hostile & (y == 0), HOSTILE_WEIGHT, 1.0)
    return x, y, np.array([calls[agent[k].call_index].split for k in idx]), weight


def fit(x: np.ndarray, y: np.ndarray, groups: np.ndarray, weight: np.ndarray) -> tuple[object, float]:
    """Weighted logistic regression with C chosen by log-loss in cross-validation grouped by split."""
    from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
    from sklearn.model_selection import GroupKFold

    folds = list(GroupKFold(n_splits=min(4, len(set(groups)))).split(x, y, groups))
    cv = LogisticRegressionCV(Cs=list(CS), cv=folds, scoring="neg_log_loss", max_iter=5000).fit(x, y, sample_weight=weight)
    c = float(cv.C_[0])
    return LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=weight), c


def save(model: object, path: Path) -> None:
    coef = model.coef_[0]  # type: ignore[attr-defined]
    dim = (len(coef) - 1) // 2
    np.savez(path, w_logit=coef[0], w_before=coef[1 : 1 + dim], w_after=coef[1 + dim :],
             intercept=model.intercept_[0])  # type: ignore[attr-defined]


def call_counts(calls: list, results: list) -> list[int]:
    """[TP, FP, FN, TN] of the courtesy check's call flags, then the false positives among
    courteous calls with a hostile customer (``HOSTILE_CUSTOMER``)."""
    out = [0, 0, 0, 0, 0]
    for call, r in zip(calls, results):
        truth = bool(call.positive("courtesy"))
        out[0 if truth and r.flagged else 2 if truth else 1 if r.flagged else 3] += 1
        out[4] += int(r.flagged and not truth and bool(HOSTILE_CUSTOMER.search(call.call_id)))
    return out


def f1(c: list[int]) -> float:
    return 2 * c[0] / max(1, 2 * c[0] + c[1] + c[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loso", action="store_true", help="also measure leave-one-split-out, call level")
    args = parser.parse_args()
    config = load_config(None)
    calls = [c for c in load_callset(ROOT / "benchmarks" / "callset") if c.split in CONTEXT_SPLITS]
    from audit.redact import Redactor

    encoder = SentenceEncoder()
    inputs = text_inputs(calls, Redactor.from_config(config))
    checks = build_checks(config, encoder)
    alone = courtesy("", checks)
    x, y, groups, weight = rows(calls, inputs, alone, encoder)
    print(f"{len(y)} sentences ({int(y.sum())} discourteous; {int((weight > 1).sum())} courteous beside a hostile-sounding "
          f"customer, weight {HOSTILE_WEIGHT:g}) from {len(calls)} calls of {', '.join(CONTEXT_SPLITS)}")
    model, c = fit(x, y, groups, weight)
    OUT.parent.mkdir(exist_ok=True)
    save(model, OUT.with_suffix(".npz"))
    meta: dict = {
        "kind": "context head for the courtesy check (audit.heads.ContextHead)",
        "features": "logit of the courtesy head's probability; embedding of the customer's turn before; of the turn after",
        "encoder": getattr(encoder, "model_id", ""), "encoder_sha256": getattr(encoder, "sha256", None),
        "sentence_head": alone.head.model_id, "sentence_head_sha256": alone.head.sha256,
        "splits": list(CONTEXT_SPLITS), "rows": int(len(y)), "positives": int(y.sum()), "C": c,
        "hostile_weight": HOSTILE_WEIGHT, "hostile_rows": int((weight > 1).sum()),
        "w_logit": float(model.coef_[0][0]),  # type: ignore[attr-defined]
        "sources": {f"benchmarks/callset/{call.path.name}": file_sha256(call.path) for call in calls},
    }
    if args.loso:
        table = {}
        for split in CONTEXT_SPLITS:
            held = groups == split
            fold_model, fold_c = fit(x[~held], y[~held], groups[~held], weight[~held])
            chosen = [i for i, call in enumerate(calls) if call.split == split]
            with tempfile.TemporaryDirectory() as tmp:
                save(fold_model, Path(tmp) / "fold.npz")
                with_ctx = courtesy(str(Path(tmp) / "fold.npz"), checks).evaluate([inputs[i] for i in chosen])
            without = alone.evaluate([inputs[i] for i in chosen])
            part = [calls[i] for i in chosen]
            table[split] = {"alone": call_counts(part, without), "context": call_counts(part, with_ctx), "C": fold_c}
            print(f"{split}: alone F1 {f1(table[split]['alone']):.3f} {table[split]['alone'][:3]}  "
                  f"context F1 {f1(table[split]['context']):.3f} {table[split]['context'][:3]}", flush=True)
        pooled = {k: [sum(v[k][j] for v in table.values()) for j in range(5)] for k in ("alone", "context")}
        hostile_calls = sum(1 for call in calls if HOSTILE_CUSTOMER.search(call.call_id) and not call.positive("courtesy"))
        print(f"pooled: alone F1 {f1(pooled['alone']):.3f} {pooled['alone'][:3]}  context F1 {f1(pooled['context']):.3f} "
              f"{pooled['context'][:3]} (TP, FP, FN); false positives among the {hostile_calls} courteous calls with a "
              f"hostile customer: alone {pooled['alone'][4]}, context {pooled['context'][4]}")
        meta["leave_one_split_out"] = {"per_split": table, "pooled": pooled,
                                       "f1": {k: round(f1(v), 4) for k, v in pooled.items()}}
    OUT.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.with_suffix('.npz').relative_to(ROOT)} (C={c}) and its .json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
