"""The evaluation harness: call-set loading and timing, scoring, the evaluation registry, the CLI."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from audit import evaluate as ev
from audit.checks.disclosure import DisclosureCheck, DisclosureOptions
from audit.cli import build_parser
from audit.config import load_config
from audit.types import CheckResult


def test_counts_give_precision_recall_f1() -> None:
    c = ev.Counts(tp=8, fp=2, fn=2, tn=20)
    assert (c.precision, c.recall) == (0.8, 0.8) and math.isclose(c.f1, 0.8)
    assert math.isnan(ev.Counts().f1)


def test_the_labelled_call_set_is_big_varied_and_split() -> None:
    calls = ev.load_callset(ev.DEFAULT_CALLSET)
    assert len(calls) >= 60
    splits = {c.split for c in calls}
    assert splits == set(ev.SPLITS)
    for split in ("tune", "test"):  # every check's outcomes on both sides of the development split
        part = [c for c in calls if c.split == split]
        assert {c.script["labels"]["disclosure"] for c in part} >= {"given", "late", "missing"}
        assert {c.positive("inaccurate_statements") for c in part} == {True, False}
    for split in [s for s in ev.SPLITS if s.startswith("blind")]:  # courtesy and discrimination, both ways
        blind = [c for c in calls if c.split == split]
        assert {(c.positive("courtesy"), c.positive("discrimination")) for c in blind} == {
            (True, False), (False, False), (True, True), (False, True)}
    for c in calls:
        assert all(t["speaker"] in ("agent", "customer") for t in c.script["turns"])
        for turns in (c.script.get("flag_turns") or {}).values():
            assert all(0 <= t < len(c.script["turns"]) for t in turns)


def test_turn_times_follow_the_speaking_rate_and_pauses() -> None:
    script = {"turns": [{"speaker": "agent", "text": "one two three four five"},
                        {"speaker": "customer", "text": "six seven", "pause": 1.0},
                        {"speaker": "agent", "text": "eight", "overlap": 0.5}]}
    (a0, a1), (b0, b1), (c0, _) = ev.turn_times(script)
    assert a0 == ev.LEAD_IN_S and math.isclose(a1 - a0, 5 / ev.WORDS_PER_S)
    assert math.isclose(b0, a1 + 1.0) and math.isclose(c0, b1 - 0.5)


def test_scoring_counts_each_split_and_reads_disclosure_outcomes(tmp_path: Path) -> None:
    def script(name: str, split: str, disclosure: str, inaccurate: bool) -> ev.LabelledCall:
        return ev.LabelledCall(tmp_path / name, {"call_id": name, "split": split, "turns": [{"speaker": "agent", "text": "hi"}],
                                                 "labels": {"disclosure": disclosure, "inaccurate": inaccurate}})

    calls = [script("a", "tune", "given", True), script("b", "test", "late", False), script("c", "test", "missing", False)]
    results = [
        (CheckResult("disclosure", "1", 0.1, False, "given"), CheckResult("inaccurate_statements", "1", 0.9, True, "inaccurate")),
        (CheckResult("disclosure", "1", 0.9, True, "late"), CheckResult("inaccurate_statements", "1", 0.9, True, "inaccurate")),
        (CheckResult("disclosure", "1", 0.2, False, "given"), CheckResult("inaccurate_statements", "1", 0.1, False, "ok")),
    ]
    counts = ev.score_calls(calls, results)
    assert counts["disclosure"]["test"] == ev.Counts(tp=1, fp=0, fn=1, tn=0)
    assert counts["disclosure"]["all"] == ev.Counts(tp=1, fp=0, fn=1, tn=1)
    assert counts["inaccurate_statements"]["all"] == ev.Counts(tp=1, fp=1, fn=0, tn=1)
    assert ev.outcome_confusion(calls, results, "test") == {("late", "late"): 1, ("missing", "given"): 1}


def test_text_inputs_without_a_redactor_keep_speakers_and_times(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump({"call_id": "x", "customer_region": "TX", "labels": {"disclosure": "given"},
                                    "turns": [{"speaker": "agent", "text": "This call is recorded."},
                                              {"speaker": "customer", "text": "Okay."}]}))
    (item,) = ev.text_inputs(ev.load_callset(tmp_path), redactor=None)
    assert [u.speaker for u in item.transcript.utterances] == ["agent", "customer"]
    assert item.context.customer_region == "TX" and item.transcript.spans == ()
    (result,) = DisclosureCheck(DisclosureOptions(), encoder=None, config=load_config()).evaluate([item])
    assert result.outcome == "given"


def test_registry_accepts_extra_evaluations_once() -> None:
    assert "dialfact" in [name for name, _ in ev.EVALUATIONS]
    with pytest.raises(ValueError, match="registered twice"):
        ev.register_evaluation("dialfact")(lambda ctx: [])


def test_dialfact_skips_cleanly_without_data(tmp_path: Path) -> None:
    (row,) = ev.eval_dialfact(ev.EvalContext(tmp_path, load_config(), encoder=None))
    assert row.metric == "skipped" and "not found" in row.note


def test_eval_subcommand_is_registered() -> None:
    args = build_parser().parse_args(["eval", "--split", "test", "--third-party"])
    assert args.func is ev.run and args.split == "test" and Path(args.third_party) == ev.DEFAULT_THIRD_PARTY
