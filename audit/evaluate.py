"""Evaluation harness: the checks on the labelled call set, and on third-party text.

``call-audit eval`` runs every configured check over the scripted calls in
``benchmarks/callset/`` (each with call-level ``labels`` and a ``split``, one of
:data:`SPLITS`) and prints precision, recall, F1 and confusion counts per check and split.

- As text (default): each script turn becomes an utterance with word times from a
  speaking-rate estimate (:data:`WORDS_PER_S`, the rate the sample synthesiser speaks at),
  passed through the real :class:`audit.redact.Redactor`, so the checks see what the
  pipeline would give them, minus recognition errors.
- ``--audio``: each script is rendered with ``examples/synthesize.py`` and goes through
  the real stages (decode, transcribe, redact).

Third-party evaluations are registered in :data:`EVALUATIONS` as ``(name, callable)``;
each callable takes an :class:`EvalContext` and returns printable :class:`Row` s. They
run with ``--third-party DIR`` (default ``../shared/data`` beside the repository) and
skip with a note when their data is absent. ``--fit`` fits the disclosure notice
calibration on the tune split and prints the values for ``config/pipeline.yaml``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from audit.checks.base import Check, CheckInput, Encoder
from audit.checks.text import quote
from audit.config import Config, load_config
from audit.types import CallContext, CheckResult, ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance, Transcript, Utterance, Word

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CALLSET = REPO / "benchmarks" / "callset"
DEFAULT_THIRD_PARTY = REPO.parent / "shared" / "data"
# tune: the heads train on it and thresholds are fitted on it; test: held out, but its errors have
# been read while developing; blind, blind2: written by people who never ran the checks, scored
# once, then read and (since the tenth session) trained on; blind3 to blind21: written blind the
# same way, each scored once before it was read; the discrimination head never trains on them, the
# courtesy heads (3.0) on blind11 to blind16, and the context heads (models/train_context_head.py)
# are fitted on blind3 to blind10, so only blind17 onwards measure the shipped courtesy check
# fairly, and blind11 onwards the discrimination check (docs/checks.md)
SPLITS = ("tune", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21")
WORDS_PER_S = 2.5  # espeak-ng at 150 wpm, as examples/synthesize.py speaks
PAUSE_S, LEAD_IN_S = 0.45, 0.6
# The script label each check is scored against; a check is positive when it should flag.
LABEL_KEYS = {"disclosure": "disclosure", "courtesy": "courtesy", "discrimination": "discrimination",
              "inaccurate_statements": "inaccurate"}


@dataclass(frozen=True)
class LabelledCall:
    """One scripted call with its labels (the YAML as read)."""

    path: Path
    script: dict[str, Any]

    @property
    def call_id(self) -> str:
        return str(self.script.get("call_id") or self.path.stem)

    @property
    def split(self) -> str:
        return str(self.script.get("split", "test"))

    def positive(self, check: str) -> bool | None:
        """Whether ``check`` should flag this call (None when the call has no such label)."""
        value = (self.script.get("labels") or {}).get(LABEL_KEYS.get(check, check))
        if value is None:
            return None
        if check == "disclosure":
            return str(value) != "given"
        return bool(value)


@dataclass(frozen=True)
class Counts:
    """Confusion counts of one check on one split."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else float("nan")


@dataclass(frozen=True)
class Row:
    """One printed result line of a third-party evaluation."""

    evaluation: str
    metric: str
    value: float
    n: int
    note: str = ""


@dataclass
class EvalContext:
    """What a registered evaluation may use: the data folder, the encoder, the configuration."""

    data_dir: Path
    config: Config
    encoder: Encoder | None
    cache: dict[str, Any] = field(default_factory=dict)


Evaluation = Callable[[EvalContext], list[Row]]
EVALUATIONS: list[tuple[str, Evaluation]] = []


def register_evaluation(name: str) -> Callable[[Evaluation], Evaluation]:
    """Decorator: add a third-party evaluation, run by ``call-audit eval`` after the call set."""

    def add(fn: Evaluation) -> Evaluation:
        if any(n == name for n, _ in EVALUATIONS):
            raise ValueError(f"evaluation {name!r} registered twice")
        EVALUATIONS.append((name, fn))
        return fn

    return add


# --- the labelled call set -------------------------------------------------------------------


def load_callset(folder: Path) -> list[LabelledCall]:
    """Every ``*.yaml`` script in ``folder``, sorted by name."""
    calls = []
    for path in sorted(Path(folder).glob("*.yaml")):
        script = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not script.get("turns") or not script.get("labels"):
            raise ValueError(f"{path}: a labelled call needs 'turns' and 'labels'")
        calls.append(LabelledCall(path, script))
    if not calls:
        raise ValueError(f"{folder}: no labelled calls (*.yaml)")
    return calls


def turn_times(script: dict[str, Any]) -> list[tuple[float, float]]:
    """Start and end of each turn from the speaking-rate estimate (pauses and overlaps as scripted)."""
    times: list[tuple[float, float]] = []
    cursor = LEAD_IN_S
    for k, turn in enumerate(script["turns"]):
        n = len(str(turn["text"]).split())
        if k == 0:
            start = cursor
        elif "overlap" in turn:
            start = max(0.0, cursor - float(turn["overlap"]))
        else:
            start = cursor + float(turn.get("pause", PAUSE_S))
        end = start + n / WORDS_PER_S
        times.append((start, end))
        cursor = max(cursor, end)
    return times


def script_transcript(call: LabelledCall) -> Transcript:
    """The script as a raw transcript (memory only): one utterance per turn, words evenly timed."""
    utts = []
    for turn, (start, end) in zip(call.script["turns"], turn_times(call.script)):
        texts = str(turn["text"]).split()
        step = (end - start) / max(1, len(texts))
        speaker = turn["speaker"]
        words = tuple(Word(w, start + i * step, start + (i + 1) * step - 0.02, 0.95, speaker, 0 if speaker == "agent" else 1)
                      for i, w in enumerate(texts))
        utts.append(Utterance(speaker, start, end, words, 0 if speaker == "agent" else 1))
    duration = utts[-1].end_s + LEAD_IN_S if utts else 0.0
    return Transcript(call.call_id, tuple(utts), duration, ModelInfo("script"))


def unredacted(transcript: Transcript) -> RedactedTranscript:
    """Fallback when no redactor is available: the text as is, and no redaction spans."""
    utts = tuple(
        RedactedUtterance(u.speaker, u.start_s, u.end_s, u.text,
                          tuple(RedactedToken(w.text, w.start_s, w.end_s, w.probability) for w in u.words), u.channel)
        for u in transcript.utterances
    )
    return RedactedTranscript(transcript.call_id, utts, (), transcript.duration_s, transcript.model)


def text_inputs(calls: Sequence[LabelledCall], redactor: Any | None) -> list[CheckInput]:
    """Check inputs built from the scripts' text (redacted when a redactor is given)."""
    out = []
    for call in calls:
        raw = script_transcript(call)
        redacted = redactor.redact(raw) if redactor is not None else unredacted(raw)
        out.append(CheckInput(redacted, CallContext(call.call_id, customer_region=call.script.get("customer_region"))))
    return out


def audio_inputs(calls: Sequence[LabelledCall], config: Config, redactor: Any) -> tuple[list[CheckInput], list[list[tuple[float, float]]]]:
    """Check inputs through synthesis and the real decode, transcribe and redact stages,
    and each call's true turn times as rendered."""
    from audit.audio import load_audio
    from audit.config import options_from
    from audit.transcribe import Transcriber, TranscribeOptions

    sys.path.insert(0, str(REPO / "examples"))
    from synthesize import render_call  # type: ignore[import-not-found]

    transcriber = Transcriber(options_from(TranscribeOptions, config.transcribe, f"{config.path.name}: transcribe"))
    out, times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for call in calls:
            script = dict(call.script)
            fmt = script.get("format", "flac")
            path = Path(tmp) / f"{call.call_id}.{fmt}"
            rendered = render_call(script, path)
            turns = rendered["turns"] if isinstance(rendered, dict) else rendered  # newer synthesize returns a dict
            times.append([(float(t["start_s"]), float(t["end_s"])) for t in turns])
            audio = load_audio(path)
            layout = script.get("channels", "agent_left")
            transcript = transcriber.transcribe(audio, call.call_id, layout)
            out.append(CheckInput(redactor.redact(transcript),
                                  CallContext(call.call_id, customer_region=script.get("customer_region"))))
            path.unlink()
    return out, times


def score_calls(calls: Sequence[LabelledCall], results: Sequence[Sequence[CheckResult]]) -> dict[str, dict[str, Counts]]:
    """Confusion counts per check and split (those of :data:`SPLITS`, and ``all``)."""
    table: dict[str, dict[str, list[int]]] = {}
    for call, per_call in zip(calls, results):
        for result in per_call:
            truth = call.positive(result.check)
            if truth is None:
                continue
            cell = "tp" if truth and result.flagged else "fn" if truth else "fp" if result.flagged else "tn"
            for split in (call.split, "all"):
                counts = table.setdefault(result.check, {}).setdefault(split, [0, 0, 0, 0])
                counts[("tp", "fp", "fn", "tn").index(cell)] += 1
    return {check: {split: Counts(*v) for split, v in splits.items()} for check, splits in table.items()}


def outcome_confusion(calls: Sequence[LabelledCall], results: Sequence[Sequence[CheckResult]], split: str) -> dict[tuple[str, str], int]:
    """Disclosure: (labelled outcome, predicted outcome) -> count."""
    confusion: dict[tuple[str, str], int] = {}
    for call, per_call in zip(calls, results):
        if split != "all" and call.split != split:
            continue
        for result in per_call:
            if result.check == "disclosure":
                key = (str(call.script["labels"].get("disclosure")), result.outcome)
                confusion[key] = confusion.get(key, 0) + 1
    return confusion


def located(calls: Sequence[LabelledCall], results: Sequence[Sequence[CheckResult]],
            times: Sequence[Sequence[tuple[float, float]]]) -> dict[str, tuple[int, int]]:
    """Per check: of the true-positive calls with ``flag_turns``, how many have a flagged finding
    within a labelled turn (``times``: each call's turn start/end, estimated or as rendered)."""
    out: dict[str, tuple[int, int]] = {}
    for call, per_call, times in zip(calls, results, times):
        flag_turns = call.script.get("flag_turns") or {}
        for result in per_call:
            turns = flag_turns.get(LABEL_KEYS.get(result.check, result.check))
            if not turns or not result.flagged or not call.positive(result.check):
                continue
            spans = [times[t] for t in turns if t < len(times)]
            hit = any(f.flagged and f.start_s is not None and any(a - 1.0 <= f.start_s <= b + 1.0 for a, b in spans)
                      for f in result.findings)
            done, total = out.get(result.check, (0, 0))
            out[result.check] = (done + hit, total + 1)
    return out


# --- calibration ------------------------------------------------------------------------------


def fit_disclosure_calibration(check: Check, calls: Sequence[LabelledCall], inputs: Sequence[CheckInput]) -> tuple[float, ...]:
    """Logistic regression of 'this agent sentence is the notice' on the check's notice features.

    Positives: in each labelled notice turn (``flag_turns.disclosure``), the sentence most
    similar to an exemplar; negatives: every other agent sentence. Fitted on what is given
    (use the tune split). Returns (intercept, *weights) for ``checks.disclosure.calibration``.
    """
    from sklearn.linear_model import LogisticRegression

    from audit.checks.text import sentences

    feats, labels = [], []
    for call, item in zip(calls, inputs):
        agent = sentences([item.transcript])
        if not agent:
            continue
        x = check.notice_features(agent)  # type: ignore[attr-defined]
        y = np.zeros(len(agent), dtype=int)
        times = turn_times(call.script)
        for t in (call.script.get("flag_turns") or {}).get("disclosure", []):
            a, b = times[t]
            inside = [i for i, s in enumerate(agent) if a - 0.5 <= s.start_s <= b + 0.5]
            if inside:
                y[max(inside, key=lambda i: (x[i, 1], x[i, 0]))] = 1
        feats.append(x)
        labels.append(y)
    x, y = np.vstack(feats), np.concatenate(labels)
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    return (round(float(model.intercept_[0]), 3), *(round(float(w), 3) for w in model.coef_[0]))


def fit_accuracy_scores(calls: Sequence[LabelledCall], inputs: Sequence[CheckInput], check: Check) -> dict[str, float]:
    """Score of each inaccurate-statements rule = its Laplace-smoothed precision on ``calls``.

    A flagged finding is a true positive when it falls on a labelled turn
    (``flag_turns.inaccurate``). Returns option name -> value (e.g. ``contradiction_score``).
    """
    option = {"contradicts_policy": "contradiction_score", "false_threat": "threat_score", "guaranteed_outcome": "guarantee_score"}
    hits: dict[str, list[int]] = {name: [0, 0] for name in option.values()}
    for call, result in zip(calls, check.evaluate(list(inputs))):
        spans = [turn_times(call.script)[t] for t in (call.script.get("flag_turns") or {}).get("inaccurate", [])]
        for f in result.findings:
            name = option.get(f.reason)
            if name is None or f.start_s is None:
                continue
            hits[name][0] += any(a - 1.0 <= f.start_s <= b + 1.0 for a, b in spans)
            hits[name][1] += 1
    return {name: round((tp + 1) / (n + 2), 3) for name, (tp, n) in hits.items()}


# --- third-party: DialFact ---------------------------------------------------------------------

_NUM = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


def _numbers(text: str) -> set[str]:
    from text_to_num import alpha2digit

    try:
        text = alpha2digit(text, "en", threshold=0)
    except Exception:  # noqa: BLE001 - odd inputs: keep the digits written as digits
        pass
    return {n.replace(",", "") for n in _NUM.findall(text)}


@register_evaluation("dialfact")
def eval_dialfact(ctx: EvalContext) -> list[Row]:
    """DialFact test-small: the claim-vs-evidence machinery of the accuracy check.

    Rules as in the inaccurate-statements check: a claim is *refuted* when it states a
    number that its evidence, which also states numbers, does not contain; *not enough
    info* when encoder similarity of claim and evidence is below the median similarity of
    the SUPPORTS/REFUTES pairs (our only free parameter, set from the data's own
    labelled part, so optimistic); *supports* otherwise. DialFact's refutations are
    mostly not numeric, so recall on REFUTES is expected to be low.
    """
    path = ctx.data_dir / "claims" / "dialfact_testsmall.jsonl"
    if not path.is_file():
        return [Row("dialfact", "skipped", float("nan"), 0, f"{path} not found")]
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    claims = [str(i["response"]) for i in items]
    evidence = [str(i.get("evidence_touse") or " ".join(e[2] for e in i.get("evidence_list", []))) for i in items]
    gold = [str(i["response_label"]) for i in items]
    refuted = []
    for c, e in zip(claims, evidence):
        cn, en = _numbers(c), _numbers(e)
        refuted.append(bool(cn and en and not cn & en))
    rows = []
    tp = sum(r and g == "REFUTES" for r, g in zip(refuted, gold))
    fp = sum(r and g != "REFUTES" for r, g in zip(refuted, gold))
    fn = sum((not r) and g == "REFUTES" for r, g in zip(refuted, gold))
    counts = Counts(tp, fp, fn, len(gold) - tp - fp - fn)
    rows += [Row("dialfact", "refutes_precision (numeric rule)", counts.precision, tp + fp),
             Row("dialfact", "refutes_recall (numeric rule)", counts.recall, tp + fn),
             Row("dialfact", "refutes_f1 (numeric rule)", counts.f1, len(gold))]
    if ctx.encoder is not None:
        a, b = ctx.encoder.encode(claims), ctx.encoder.encode(evidence)
        sim = (a * b).sum(axis=1)
        nei = np.array([g == "NOT ENOUGH INFO" for g in gold])
        rows.append(Row("dialfact", "nei_auc (1 - similarity)", _auc(-sim, nei), len(gold)))
        cut = float(np.median(sim[~nei])) if (~nei).any() else 0.5
        pred = ["NOT ENOUGH INFO" if s < cut else "REFUTES" if r else "SUPPORTS" for s, r in zip(sim, refuted)]
        accuracy = float(np.mean([p == g for p, g in zip(pred, gold)]))
        majority = max(gold.count(lab) for lab in set(gold)) / len(gold)
        rows += [Row("dialfact", "3-class accuracy", accuracy, len(gold), f"majority baseline {majority:.3f}")]
    return rows


def _auc(score: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve (rank statistic, ties count half)."""
    pos, neg = score[positive], score[~positive]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


# --- running and printing ----------------------------------------------------------------------


@dataclass
class CallsetReport:
    """Everything one call-set evaluation measured."""

    mode: str
    counts: dict[str, dict[str, Counts]]
    disclosure_outcomes: dict[str, dict[tuple[str, str], int]]
    located: dict[str, tuple[int, int]]
    notes: list[str]
    n_calls: int
    errors: list[str] = field(default_factory=list)


def evaluate_callset(calls: Sequence[LabelledCall], checks: Sequence[Check], inputs: Sequence[CheckInput], mode: str,
                     notes: list[str], times: Sequence[Sequence[tuple[float, float]]] | None = None) -> CallsetReport:
    """Run ``checks`` over ``inputs`` (batched across calls) and score them against the labels."""
    per_check = []
    for check in checks:  # one broken check is reported, not fatal to the others' figures
        try:
            per_check.append(check.evaluate(list(inputs)))
        except Exception as exc:  # noqa: BLE001
            notes.append(f"check {check.name} failed: {type(exc).__name__}: {exc}")
    results = [tuple(r[i] for r in per_check) for i in range(len(inputs))]
    times = times if times is not None else [turn_times(c.script) for c in calls]
    return CallsetReport(
        mode=mode,
        counts=score_calls(calls, results),
        disclosure_outcomes={s: outcome_confusion(calls, results, s) for s in ("tune", "test", "all")},
        located=located(calls, results, times),
        notes=notes,
        n_calls=len(calls),
        errors=misclassified(calls, inputs, results),
    )


def misclassified(calls: Sequence[LabelledCall], inputs: Sequence[CheckInput], results: Sequence[Sequence[CheckResult]]) -> list[str]:
    """One line per wrong call-level verdict: call, check, label, outcome, and the findings'
    reasons with their (redacted) evidence, for a developer to read."""
    lines = []
    for call, item, per_call in zip(calls, inputs, results):
        for r in per_call:
            truth = call.positive(r.check)
            if truth is None or truth == r.flagged:
                continue
            label = (call.script.get("labels") or {}).get(LABEL_KEYS.get(r.check, r.check))
            shown = "; ".join(f"{f.reason} {f.score:.2f} @{f.start_s}: {quote(f.evidence, 70)}" for f in r.findings[:3])
            lines.append(f"{call.call_id} {r.check}: label {label}, got {r.outcome} ({r.score:.2f}) {shown}")
    return lines


def format_report(report: CallsetReport, show_errors: bool = False) -> str:
    """The call-set report as a Markdown table plus the disclosure outcome confusion."""
    lines = [f"call set: {report.n_calls} calls, mode {report.mode}", "",
             "| check | split | n | precision | recall | F1 | TP | FP | FN | TN |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for check, splits in report.counts.items():
        for split in SPLITS + ("all",):
            c = splits.get(split)
            if c is None:
                continue
            n = c.tp + c.fp + c.fn + c.tn
            lines.append(f"| {check} | {split} | {n} | {_f(c.precision)} | {_f(c.recall)} | {_f(c.f1)} | {c.tp} | {c.fp} | {c.fn} | {c.tn} |")
    for split in ("test", "all"):
        conf = report.disclosure_outcomes.get(split) or {}
        if conf:
            cells = ", ".join(f"{t}->{p}: {n}" for (t, p), n in sorted(conf.items()))
            lines.append(f"\ndisclosure outcomes ({split}, label->predicted): {cells}")
    for check, (hit, total) in report.located.items():
        lines.append(f"{check}: flagged finding on a labelled turn in {hit}/{total} true-positive calls")
    lines += [f"note: {n}" for n in report.notes]
    if show_errors:
        lines += ["", "misclassified (redacted evidence):"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def _f(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"


def run(args: argparse.Namespace) -> int:
    """``call-audit eval``: print the call-set table, then the third-party evaluations."""
    from audit.checks.base import build_checks
    from audit.encoder import SentenceEncoder

    config = load_config(args.config)
    calls = load_callset(Path(args.callset))
    if args.split != "all":
        calls = [c for c in calls if c.split == args.split or args.fit]
    if args.calls:
        calls = [c for c in calls if any(re.search(p, c.call_id) for p in args.calls)]
    if args.limit:
        calls = calls[: args.limit]
    encoder = SentenceEncoder()
    checks = build_checks(config, encoder)
    notes: list[str] = []
    try:
        from audit.redact import Redactor

        redactor: Any = Redactor.from_config(config)
    except ImportError as exc:
        redactor = None
        notes.append(f"no redactor ({exc}); text used as is and no personal-data spans, so 'late after data' is not measured")
    if args.audio:
        if redactor is None:
            print("--audio needs audit.redact", file=sys.stderr)
            return 2
        inputs, times = audio_inputs(calls, config, redactor)
        mode = "audio (espeak-ng synthesis -> decode -> faster-whisper -> Presidio)"
    else:
        inputs, times = text_inputs(calls, redactor), None
        mode = f"text ({WORDS_PER_S} words/s timing" + (", real redactor)" if redactor is not None else ", not redacted)")
    if args.fit:
        tune = [(c, i) for c, i in zip(calls, inputs) if c.split == "tune"]
        check = next(c for c in checks if c.name == "disclosure")
        values = fit_disclosure_calibration(check, [c for c, _ in tune], [i for _, i in tune])
        print(f"fitted on {len(tune)} tune calls; put in config/pipeline.yaml under checks.disclosure:")
        print(f"    calibration: [{', '.join(str(v) for v in values)}]")
        accuracy = next(c for c in checks if c.name == "inaccurate_statements")
        scores = fit_accuracy_scores([c for c, _ in tune], [i for _, i in tune], accuracy)
        print("and under checks.inaccurate_statements (rule precision on tune, Laplace-smoothed):")
        for name, value in scores.items():
            print(f"    {name}: {value}")
        return 0
    report = evaluate_callset(calls, checks, inputs, mode, notes, times)
    print(format_report(report, show_errors=args.errors))
    if args.third_party is not None:
        ctx = EvalContext(Path(args.third_party), config, encoder)
        print("\n| evaluation | metric | value | n | note |\n|---|---|---|---|---|")
        for name, fn in EVALUATIONS:
            if args.only and name not in args.only:
                continue
            for row in fn(ctx):
                print(f"| {row.evaluation} | {row.metric} | {_f(row.value)} | {row.n} | {row.note} |")
    return 0


def register_cli(subparsers: Any) -> None:
    """Add ``call-audit eval``."""
    p = subparsers.add_parser("eval", help="precision/recall/F1 of the checks on the labelled call set and third-party data")
    p.add_argument("--callset", default=str(DEFAULT_CALLSET), help="folder of labelled call scripts (*.yaml)")
    p.add_argument("--config", default=None, help="pipeline configuration (default config/pipeline.yaml)")
    p.add_argument("--audio", action="store_true", help="synthesise each call and run the real decode/transcribe/redact stages")
    p.add_argument("--split", choices=SPLITS + ("all",), default="all", help="evaluate only this split")
    p.add_argument("--limit", type=int, default=0, help="only the first N calls (quick audio runs)")
    p.add_argument("--third-party", nargs="?", const=str(DEFAULT_THIRD_PARTY), default=None, metavar="DIR",
                   help=f"also run the registered third-party evaluations on DIR (default {DEFAULT_THIRD_PARTY})")
    p.add_argument("--only", nargs="*", default=None, help="names of third-party evaluations to run")
    p.add_argument("--calls", nargs="*", default=None, metavar="REGEX", help="only calls whose id matches one of these")
    p.add_argument("--errors", action="store_true", help="list misclassified calls with their redacted evidence")
    p.add_argument("--fit", action="store_true", help="fit the disclosure calibration on the tune split and print it")
    p.set_defaults(func=run)


from audit import text_evals  # noqa: E402,F401  (registers the politeness, HateCheck and Davidson evaluations)
