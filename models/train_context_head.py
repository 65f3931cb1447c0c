"""Fit a check's context head (``models/<check>_context.{npz,json}``), and measure it.

The courtesy and discrimination heads read one agent sentence alone. A context head re-reads
its probability with the customer's turns around the sentence's turn
(:class:`audit.heads.ContextHead`): a logistic regression on the head's log-odds, the embedding
of the customer's last turn before, and that of their first turn after.

It is fitted on the call set's splits the sentence heads never trained on (``CONTEXT_SPLITS``,
blind3 to blind10), so the head's log-odds there are what it gives on unseen calls, not the
over-confident scores of its own training turns. One row per agent sentence the head scores,
as the check itself splits it (text mode, real redactor):

- 1: the highest-scored sentence of each turn a reviewer flagged in a positive call;
- 0: every scored sentence of a call labelled negative for the check;
- the other sentences of positive calls are left out (unlabelled at sentence level).

A negative sentence beside a *sensitive* customer turn weighs ``weight`` times as much, so that
what the customer says is no evidence against the agent by itself:

- courtesy: a customer turn that sounds hostile (the courtesy head gives it at least 0.5).
  Fitted plainly, the head learnt that an angry customer means a rude agent, and flagged 10 of
  the 28 courteous calls whose customer swears or abuses (the check without it: 3).
- discrimination: a customer turn that names a protected trait (the check's own term list):
  a customer saying "I use a wheelchair" must not make the agent's answer suspect.

The weight is the smallest of 1, 4 and 10 whose leave-one-split-out count of false positives on
the sensitive negative calls (``sensitive_call``) is no higher than without the context head.

The regularisation is chosen by cross-validation grouped by split. ``--loso`` also measures
the call-level effect: for each split, the head is fitted on the other seven and the whole
check is run on that split, with and without it (about 3 min on 2 cores).

    .venv/bin/python models/train_context_head.py courtesy [--loso]         # writes models/courtesy_context.{npz,json}
    .venv/bin/python models/train_context_head.py discrimination [--loso]   # writes models/discrimination_context.{npz,json}
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

from audit.checks.base import Check, build_checks  # noqa: E402
from audit.checks.text import customer_turns_around, sentences  # noqa: E402
from audit.config import load_config  # noqa: E402
from audit.encoder import SentenceEncoder  # noqa: E402
from audit.evaluate import Counts, LabelledCall, load_callset, score_calls, text_inputs  # noqa: E402
from audit.heads import head_text, log_odds  # noqa: E402
from audit.models import file_sha256  # noqa: E402

CONTEXT_SPLITS = ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
CS = (0.01, 0.03, 0.1, 0.3, 1.0)
WEIGHTS = {"courtesy": 10.0, "discrimination": 1.0}  # chosen as the module doc says
# The call set's courteous calls with a swearing or abusive customer, as their authors named them.
HOSTILE_CUSTOMER = re.compile(r"swear|boundary|abus|rude-customer|angry")


def with_context(context_model: str, checks: list[Check], name: str) -> Check:
    """The configured check ``name`` with ``context_model`` in place of the configured one."""
    base = next(c for c in checks if c.name == name)
    return type(base)(replace(base.options, context_model=context_model), encoder=base.encoder, config=base.config)


def head_probabilities(check: Check, texts: list[str]) -> list[float | None]:
    """The sentence head's own probability per text, None where the check does not ask the head
    (courtesy: too short, empathy, or a lexicon hit; discrimination asks it about every sentence)."""
    if check.name == "courtesy":
        return [p if why == "tone" and p > 0.0 else None for p, why in check.sentence_scores(texts)]
    return [float(p) for p in check.head.predict_proba([head_text(t) for t in texts])]


def sensitive_turns(check: Check, texts: list[str]) -> np.ndarray:
    """Customer turns that must be no evidence by themselves (see the module doc)."""
    if check.name == "courtesy":
        return check.head.predict_proba([head_text(t) or "." for t in texts]) >= 0.5
    return np.array([bool(check.trait_term(t)) for t in texts])


def sensitive_call(check: Check, call: LabelledCall) -> bool:
    """A negative call whose customer is what ``sensitive_turns`` guards against."""
    if call.positive(check.name):
        return False
    if check.name == "courtesy":
        return bool(HOSTILE_CUSTOMER.search(call.call_id))
    return any(t["speaker"] == "customer" and check.trait_term(str(t["text"])) for t in call.script["turns"])


def rows(calls: list[LabelledCall], inputs: list, check: Check, encoder: SentenceEncoder,
         weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features (head log-odds, customer turn before, customer turn after), labels, split and
    sample weight per row."""
    agent = sentences([i.transcript for i in inputs])
    around = customer_turns_around(inputs, agent)
    probs = head_probabilities(check, [s.text for s in agent])
    best: dict[tuple[int, int], int] = {}  # (call, flagged turn) -> its highest-scored sentence
    keep: list[tuple[int, int]] = []  # (sentence index, label)
    for k, (s, p) in enumerate(zip(agent, probs)):
        if p is None:
            continue
        call = calls[s.call_index]
        if not call.positive(check.name):
            keep.append((k, 0))
        elif s.utterance_index in set((call.script.get("flag_turns") or {}).get(check.name, [])):
            key = (s.call_index, s.utterance_index)
            if key not in best or p > probs[best[key]]:
                best[key] = k
    keep += [(k, 1) for k in best.values()]
    keep.sort()
    idx = [k for k, _ in keep]
    before = encoder.encode([head_text(around[k][0]) for k in idx]).astype(np.float64)
    after = encoder.encode([head_text(around[k][1]) for k in idx]).astype(np.float64)
    x = np.hstack([log_odds([probs[k] for k in idx])[:, None], before, after])
    y = np.array([label for _, label in keep])
    sensitive = sensitive_turns(check, [around[k][0] for k in idx]) | sensitive_turns(check, [around[k][1] for k in idx])
    return x, y, np.array([calls[agent[k].call_index].split for k in idx]), np.where(sensitive & (y == 0), weight, 1.0)


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


def call_counts(check: Check, calls: list[LabelledCall], results: list) -> list[int]:
    """[TP, FP, FN, TN] of the check's call flags, then the false positives among the sensitive
    negative calls (:func:`sensitive_call`)."""
    c = score_calls(calls, [(r,) for r in results])[check.name]["all"]
    return [c.tp, c.fp, c.fn, c.tn, sum(r.flagged and sensitive_call(check, call) for call, r in zip(calls, results))]


def f1(counts: list[int]) -> float:
    return Counts(*counts[:4]).f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("check", choices=sorted(WEIGHTS))
    parser.add_argument("--loso", action="store_true", help="also measure leave-one-split-out, call level")
    parser.add_argument("--weight", type=float, help=f"override the sensitive rows' weight (default {WEIGHTS})")
    args = parser.parse_args()
    weight = WEIGHTS[args.check] if args.weight is None else args.weight
    out = ROOT / "models" / f"{args.check}_context"
    config = load_config(None)
    calls = [c for c in load_callset(ROOT / "benchmarks" / "callset") if c.split in CONTEXT_SPLITS]
    from audit.redact import Redactor

    encoder = SentenceEncoder()
    inputs = text_inputs(calls, Redactor.from_config(config))
    checks = build_checks(config, encoder)
    alone = with_context("", checks, args.check)
    x, y, groups, weights = rows(calls, inputs, alone, encoder, weight)
    print(f"{len(y)} sentences ({int(y.sum())} positive; {int((weights > 1).sum())} negative beside a sensitive customer "
          f"turn, weight {weight:g}) from {len(calls)} calls of {', '.join(CONTEXT_SPLITS)}")
    model, c = fit(x, y, groups, weights)
    save(model, out.with_suffix(".npz"))
    meta: dict = {
        "kind": f"context head for the {args.check} check (audit.heads.ContextHead)",
        "features": f"logit of the {args.check} head's probability; embedding of the customer's turn before; of the turn after",
        "encoder": getattr(encoder, "model_id", ""), "encoder_sha256": getattr(encoder, "sha256", None),
        "sentence_head": alone.head.model_id, "sentence_head_sha256": alone.head.sha256,
        "splits": list(CONTEXT_SPLITS), "rows": int(len(y)), "positives": int(y.sum()), "C": c,
        "sensitive_weight": weight, "sensitive_rows": int((weights > 1).sum()),
        "w_logit": float(model.coef_[0][0]),  # type: ignore[attr-defined]
        "sources": {f"benchmarks/callset/{call.path.name}": file_sha256(call.path) for call in calls},
    }
    if args.loso:
        table = {}
        for split in CONTEXT_SPLITS:
            held = groups == split
            fold_model, fold_c = fit(x[~held], y[~held], groups[~held], weights[~held])
            chosen = [i for i, call in enumerate(calls) if call.split == split]
            with tempfile.TemporaryDirectory() as tmp:
                save(fold_model, Path(tmp) / "fold.npz")
                with_ctx = with_context(str(Path(tmp) / "fold.npz"), checks, args.check).evaluate([inputs[i] for i in chosen])
            without = alone.evaluate([inputs[i] for i in chosen])
            part = [calls[i] for i in chosen]
            table[split] = {"alone": call_counts(alone, part, without), "context": call_counts(alone, part, with_ctx), "C": fold_c}
            print(f"{split}: alone F1 {f1(table[split]['alone']):.3f} {table[split]['alone'][:3]}  "
                  f"context F1 {f1(table[split]['context']):.3f} {table[split]['context'][:3]}", flush=True)
        pooled = {k: [sum(v[k][j] for v in table.values()) for j in range(5)] for k in ("alone", "context")}
        sensitive = sum(1 for call in calls if sensitive_call(alone, call))
        print(f"pooled: alone F1 {f1(pooled['alone']):.3f} {pooled['alone'][:3]}  context F1 {f1(pooled['context']):.3f} "
              f"{pooled['context'][:3]} (TP, FP, FN); false positives among the {sensitive} sensitive negative calls: "
              f"alone {pooled['alone'][4]}, context {pooled['context'][4]}")
        meta["leave_one_split_out"] = {"per_split": table, "pooled": pooled,
                                       "f1": {k: round(f1(v), 4) for k, v in pooled.items()}}
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.with_suffix('.npz').relative_to(ROOT)} (C={c}) and its .json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
