"""Third-party text evaluations of the courtesy and discrimination-risk scorers.

Registered into :data:`audit.evaluate.EVALUATIONS`, so ``call-audit eval --third-party``
runs them. Each scores sentences with the configured check's own ``sentence_scores`` (head
plus declared rules, as in a real audit) and reports only rows held out from training by
the fixed split in :func:`audit.heads.held_out`:

- ``politeness``: Stanford Politeness (Wikipedia requests), held out by request Id. AUC of
  P(discourteous) for the bottom vs top quartile of the normalised score (the usual binary
  setup of the corpus), and for below vs above the median on every held-out request.
- ``hatecheck``: HateCheck, held out by template (every target of a held-out template). F1
  of flagging (p >= 0.5) for "hateful", as deployed (a protected-trait term required) and
  with the term gate off; false-positive rate on the non-hateful identity mentions
  (``ident_neutral_nh``, ``ident_pos_nh``).
- ``davidson``: Davidson et al. tweets, held out by row id (a fixed sample of at most
  2,000). F1 of the discrimination scorer for "hate" vs the rest, and of the courtesy scorer
  for "hate or offensive" vs "neither".
"""

from __future__ import annotations

import numpy as np

from audit.checks.base import build_checks
from audit.evaluate import Counts, EvalContext, Row, _auc, register_evaluation
from audit.heads import held_out

FOLDER = "courtesy_discrimination"
SEED = 20261122


def _check(ctx: EvalContext, name: str):  # noqa: ANN202 - the configured check instance
    key = f"check:{name}"
    if key not in ctx.cache:
        ctx.cache[key] = next((c for c in build_checks(ctx.config, ctx.encoder) if c.name == name), None)
    return ctx.cache[key]


def _f1(pred: np.ndarray, truth: np.ndarray) -> Counts:
    tp = int((pred & truth).sum())
    fp = int((pred & ~truth).sum())
    fn = int((~pred & truth).sum())
    return Counts(tp, fp, fn, len(pred) - tp - fp - fn)


def _missing(name: str, ctx: EvalContext, file: str) -> list[Row] | None:
    path = ctx.data_dir / FOLDER / file
    if not path.is_file():
        return [Row(name, "skipped", float("nan"), 0, f"{path} not found")]
    if ctx.encoder is None:
        return [Row(name, "skipped", float("nan"), 0, "no sentence encoder")]
    return None


@register_evaluation("politeness")
def eval_politeness(ctx: EvalContext) -> list[Row]:
    """Stanford Politeness (Wikipedia), held-out requests: AUC of the courtesy scorer."""
    import pandas as pd

    file = "stanford_politeness_wikipedia.annotated.csv"
    if (skip := _missing("politeness", ctx, file)) is not None:
        return skip
    check = _check(ctx, "courtesy")
    if check is None:
        return [Row("politeness", "skipped", float("nan"), 0, "courtesy check not enabled")]
    df = pd.read_csv(ctx.data_dir / FOLDER / file)
    lo, hi = df["Normalized Score"].quantile([0.25, 0.75])  # quartiles of the whole corpus, as in training
    df = df[[held_out(i) for i in df["Id"]]]
    p = np.array([s for s, _ in check.sentence_scores(df["Request"].astype(str).tolist())])
    score = df["Normalized Score"].to_numpy()
    ext = (score <= lo) | (score >= hi)
    median = np.median(score)
    return [
        Row("politeness", "AUC impolite quartile vs polite quartile", _auc(p[ext], score[ext] <= lo), int(ext.sum()),
            "held out by Id; positive = bottom quartile"),
        Row("politeness", "AUC below vs above median", _auc(p, score < median), len(p), "every held-out request"),
    ]


@register_evaluation("hatecheck")
def eval_hatecheck(ctx: EvalContext) -> list[Row]:
    """HateCheck, held-out templates: F1 for hateful, and false positives on identity mentions."""
    import pandas as pd

    file = "hatecheck_test_suite_cases.csv"
    if (skip := _missing("hatecheck", ctx, file)) is not None:
        return skip
    check = _check(ctx, "discrimination")
    if check is None:
        return [Row("hatecheck", "skipped", float("nan"), 0, "discrimination check not enabled")]
    df = pd.read_csv(ctx.data_dir / FOLDER / file)
    df = df[[held_out(t) for t in df["templ_id"]]]
    texts = df["test_case"].astype(str).str.strip().tolist()
    truth = (df["label_gold"] == "hateful").to_numpy()
    scored = check.sentence_scores(texts)
    deployed = np.array([s >= 0.5 for s, _, _ in scored])
    # The same head and patterns without the protected-trait term gate (spelling variants such
    # as "w0men" or "wo men" name no listed term).
    ungated = np.array([s >= 0.5 for s, _, _ in check.sentence_scores(texts, require_trait=False)])
    ident = df["functionality"].isin(["ident_neutral_nh", "ident_pos_nh"]).to_numpy()
    rows = []
    for label, pred in (("as deployed (trait term required)", deployed), ("trait gate off", ungated)):
        c = _f1(pred, truth)
        rows += [Row("hatecheck", f"F1 hateful, {label}", c.f1, len(truth),
                     f"held out by template; P {c.precision:.3f} R {c.recall:.3f}"),
                 Row("hatecheck", f"FP rate identity mentions, {label}", float(pred[ident].mean()), int(ident.sum()),
                     "ident_neutral_nh + ident_pos_nh")]
    return rows


@register_evaluation("davidson")
def eval_davidson(ctx: EvalContext) -> list[Row]:
    """Davidson et al. tweets, held-out rows: F1 of both scorers."""
    import pandas as pd

    file = "davidson_labeled_data.csv"
    if (skip := _missing("davidson", ctx, file)) is not None:
        return skip
    df = pd.read_csv(ctx.data_dir / FOLDER / file, index_col=0)
    df = df[[held_out(i) for i in df.index]]
    df = df.sample(min(2000, len(df)), random_state=SEED).sort_index()
    texts = df["tweet"].astype(str).tolist()
    rows = []
    disc, court = _check(ctx, "discrimination"), _check(ctx, "courtesy")
    if disc is not None:
        c = _f1(np.array([s >= 0.5 for s, _, _ in disc.sentence_scores(texts)]), (df["class"] == 0).to_numpy())
        rows.append(Row("davidson", "F1 hate vs rest (discrimination)", c.f1, len(texts),
                        f"held out by row id; P {c.precision:.3f} R {c.recall:.3f}; {int((df['class'] == 0).sum())} hate"))
    if court is not None:
        c = _f1(np.array([s >= 0.5 for s, _ in court.sentence_scores(texts)]), (df["class"] < 2).to_numpy())
        rows.append(Row("davidson", "F1 hate-or-offensive vs neither (courtesy)", c.f1, len(texts),
                        f"held out by row id; P {c.precision:.3f} R {c.recall:.3f}"))
    return rows
