"""Out-of-fold call-level F1 of a trained head's check on the call set's training calls.

The packaged heads train on the agent turns of the training splits (``TRAIN_SPLITS`` in
models/train_heads.py: tune, blind, blind2, and for courtesy blind11 to blind16), so ``call-audit eval`` on them measures memory, not
skill, and the test and blind3 to blind10 splits are kept for the final figures. This script is the
model-selection criterion in between: the training calls are
dealt into ``--folds`` folds by a hash of the call id; for each fold the head is retrained
(same script, same settings) without that fold's calls, written to a temporary folder, and the
check with that head runs on the fold's calls in text mode through the real redactor, as
``call-audit eval`` does. Every training call is thus scored by a head that never saw it. A fine-tuned head
(``HEAD_KIND`` "tuned_encoder") is fitted once per fold, and each fold's Platt scaling is fitted on
the other folds' out-of-fold log-odds (about 4 min a fold on 2 cores).

Prints the out-of-fold confusion counts, precision, recall and F1, and each wrong verdict with
its findings (the call set is scripted: no personal data).

    .venv/bin/python benchmarks/heads_cv.py [--head courtesy|discrimination] [--folds 5] [--keep DIR]

``--keep DIR`` writes each fold's head to ``DIR/<fold>/`` and reuses them on the next run while the
training inputs are unchanged (a stamp hashes the training script, ``models/data/`` and the call
set), so a change to a check's logic alone is compared on the same fold heads in seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.checks.base import build_checks, run_checks  # noqa: E402
from audit.config import load_config  # noqa: E402
from audit.encoder import SentenceEncoder  # noqa: E402
from audit.evaluate import load_callset, misclassified, score_calls, text_inputs  # noqa: E402
from audit.redact import Redactor  # noqa: E402
from models import train_heads  # noqa: E402

HEADS = ("courtesy", "discrimination")  # each head serves the check of the same name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--head", choices=HEADS, default="courtesy")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--scores", action="store_true", help="also print every call's label and out-of-fold score")
    parser.add_argument("--keep", type=Path, help="write the fold heads here and reuse them while the training inputs are unchanged")
    args = parser.parse_args()

    config = load_config()
    calls = [c for c in load_callset(ROOT / "benchmarks" / "callset") if c.split in train_heads.TRAIN_SPLITS[args.head]]
    redactor = Redactor.from_config(config)
    inputs = text_inputs(calls, redactor)
    encoder, cached = SentenceEncoder(), train_heads.CachedEncoder()
    shipped = next(c for c in build_checks(config, encoder) if c.name == args.head)  # configured as in a run

    start = time.perf_counter()
    results: list = [None] * len(calls)
    tuned = train_heads.HEAD_KIND[args.head] == "tuned_encoder"
    folds = [[i for i, c in enumerate(calls) if train_heads.call_fold(c.call_id, args.folds) == fold] for fold in range(args.folds)]
    fits, logits = [], []
    stamp = args.keep / "stamp" if args.keep else None
    kept = stamp is not None and stamp.exists() and stamp.read_text() == _stamp(args)
    if kept:
        print(f"reusing the fold heads in {args.keep}", file=sys.stderr)
    elif tuned:  # one fine-tuning per fold (~4 min each); each fold's Platt scaling comes from the other folds' log-odds
        for fold, held in enumerate(folds):
            stems = frozenset(calls[i].path.stem for i in held)
            fits.append(train_heads.fit_tuned(args.head, encoder, stems))
            logits.append(train_heads.callset_logits(args.head, fits[-1], stems))
            print(f"fold {fold}: fine-tuned without {len(held)} calls", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        for fold, held in enumerate(folds):
            out = (args.keep or Path(tmp)) / str(fold)
            out.mkdir(parents=True, exist_ok=True)
            if tuned and not kept:
                others = [k for k in range(args.folds) if k != fold]
                z, y = (np.concatenate([logits[k][j] for k in others]) for j in (0, 1))
                train_heads.save_tuned(args.head, fits[fold], train_heads._platt(z, y, np.ones(len(y))), encoder, out)
            elif not kept:
                train_heads.train(args.head, cached, exclude_calls=frozenset(calls[i].path.stem for i in held), out_dir=out)
            check = type(shipped)(replace(shipped.options, model=str(out / f"{args.head}_head.npz")), encoder=encoder, config=config)
            for i, per_call in zip(held, run_checks([check], [inputs[i] for i in held])):
                results[i] = per_call
            print(f"fold {fold}: {len(held)} calls held out", file=sys.stderr)
    if stamp is not None and not kept:
        stamp.write_text(_stamp(args))
    counts = score_calls(calls, results)[args.head]["tune"]
    print(f"{args.head}: out-of-fold on {len(calls)} tune calls ({args.folds} folds by call, "
          f"{time.perf_counter() - start:.0f} s)")
    print(f"TP {counts.tp} FP {counts.fp} FN {counts.fn} TN {counts.tn} | "
          f"precision {counts.precision:.3f} recall {counts.recall:.3f} F1 {counts.f1:.3f}")
    for line in misclassified(calls, inputs, results):
        print("  " + line)
    if args.scores:
        mine = [(call, next(r for r in per_call if r.check == args.head)) for call, per_call in zip(calls, results)]
        for call, r in sorted(mine, key=lambda x: -x[1].score):
            print(f"  {r.score:.3f} {'positive' if call.positive(args.head) else 'negative'} {call.call_id}")


def _stamp(args: argparse.Namespace) -> str:
    """A digest of everything the fold heads are trained from."""
    digest = hashlib.sha256(f"{args.head} {args.folds}".encode())
    files = [ROOT / "models" / "train_heads.py", *sorted((ROOT / "models" / "data").glob("*.yaml")),
             *sorted((ROOT / "benchmarks" / "callset").glob("*.yaml"))]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


if __name__ == "__main__":
    main()
