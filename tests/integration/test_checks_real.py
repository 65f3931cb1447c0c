"""Disclosure and inaccurate statements with the real encoder and redactor on the labelled call set (text mode)."""

from __future__ import annotations

import pytest

from audit import evaluate as ev
from audit.checks.base import build_checks
from audit.config import load_config

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def setup():
    from audit.encoder import SentenceEncoder
    from audit.redact import Redactor

    config = load_config()
    encoder = SentenceEncoder()
    checks = [c for c in build_checks(config, encoder) if c.name in ("disclosure", "inaccurate_statements")]
    redactor = Redactor.from_config(config)
    return config, encoder, checks, redactor


def test_held_out_calls_meet_the_issue_goals(setup) -> None:
    _, _, checks, redactor = setup
    calls = [c for c in ev.load_callset(ev.DEFAULT_CALLSET) if c.split == "test" and c.path.name.startswith("dq-")]
    inputs = ev.text_inputs(calls, redactor)
    report = ev.evaluate_callset(calls, checks, inputs, "text", [])
    assert not report.notes, report.notes
    assert report.counts["disclosure"]["test"].f1 >= 0.95, report.errors
    assert report.counts["inaccurate_statements"]["test"].f1 >= 0.90, report.errors
    hit, total = report.located["inaccurate_statements"]
    assert hit == total > 0  # the flagged finding is the labelled sentence
    for item, results in zip(inputs, zip(*(c.evaluate(inputs) for c in checks))):
        for r in results:
            for f in r.findings:  # evidence is a redacted agent/customer utterance's text, never anything else
                assert not f.evidence or any(f.evidence in u.text for u in item.transcript.utterances)
                assert 0.0 <= f.score <= 1.0


def test_encoder_identifies_facts_and_notices_by_meaning(setup) -> None:
    _, _, checks, _ = setup
    disclosure, accuracy = checks
    script = {"call_id": "m", "labels": {"disclosure": "given"}, "turns": [
        {"speaker": "agent", "text": "Hello. Heads up, our calls are taped so we can train new staff."},
        {"speaker": "agent", "text": "You can send the phone back within ninety days, no questions asked."},
        {"speaker": "agent", "text": "Once approved, your refund will arrive within five business days."},
        {"speaker": "agent", "text": "We may refer an unpaid balance to a collections agency."},
    ]}
    (item,) = ev.text_inputs([ev.LabelledCall(ev.DEFAULT_CALLSET / "m.yaml", script)], None)
    assert disclosure.evaluate([item])[0].outcome == "given"
    (result,) = accuracy.evaluate([item])
    assert result.flagged and len([f for f in result.findings if f.flagged]) == 1
    assert "refund_window_days = 30: agent said 90 days" in result.findings[0].rationale


def test_dialfact_rows_are_measured(setup, shared_data) -> None:
    config, encoder, _, _ = setup
    rows = {r.metric: r for r in ev.eval_dialfact(ev.EvalContext(shared_data, config, encoder))}
    assert rows["3-class accuracy"].n == 300 and 0.0 <= rows["3-class accuracy"].value <= 1.0
    assert rows["nei_auc (1 - similarity)"].value > 0.5
