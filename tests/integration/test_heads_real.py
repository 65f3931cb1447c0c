"""The packaged heads on the real sentence encoder: the committed artefacts, the checks, the call set."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def checks():
    from audit.checks.base import build_checks
    from audit.config import load_config
    from audit.encoder import SentenceEncoder

    built = build_checks(load_config(), SentenceEncoder())
    return {c.name: c for c in built}


def test_courtesy_head_separates_rude_from_polite_agent_lines(checks) -> None:
    rude = ["Honestly, do you ever read anything we send you?", "I'm not going to repeat it again, just listen.",
            "Yeah, right, like that's going to work."]
    polite = ["I'm sorry about the wait, let me look into it.", "Your payment is due on the tenth.",
              "I can't waive that fee, but I can split it over two bills."]
    scores = [p for p, _ in checks["courtesy"].sentence_scores(rude + polite)]
    assert min(scores[:3]) > max(scores[3:]) and all(s < 0.5 for s in scores[3:])


@pytest.mark.xfail(strict=True, reason="known regression of the head retrained in the tenth session: it ranks rude lines "
                   "above polite ones but scores them 0.13-0.34, below the flag (docs/checks.md, 'Blind3 and blind4'); "
                   "strict, so this fails loudly once a head flags them again")
def test_courtesy_head_flags_plainly_rude_agent_lines(checks) -> None:
    rude = ["Honestly, do you ever read anything we send you?", "I'm not going to repeat it again, just listen.",
            "Yeah, right, like that's going to work."]
    scores = [p for p, _ in checks["courtesy"].sentence_scores(rude)]
    assert sum(s >= 0.5 for s in scores) >= 2, scores


def test_discrimination_head_flags_demeaning_not_benign_trait_mentions(checks) -> None:
    bad = ["Customers your age always mess up online banking.", "We don't open accounts for refugees, sorry."]
    benign = ["We have an advisor who speaks Portuguese if you'd like.", "Seniors get free setup help in our stores."]
    scores = [p for p, _, _ in checks["discrimination"].sentence_scores(bad + benign)]
    assert all(s >= 0.5 for s in scores[:2]) and min(scores[:2]) > scores[2] and scores[2] < 0.5, scores
    # Known false positive of the heads retrained in the ninth and tenth sessions: the senior offer
    # scores about 0.7-0.74 (it was below 0.5 before), above the refugee refusal (0.53, tenth session).
    # The heads are kept for their gain on calls by other authors (docs/checks.md, "Blind calls");
    # this line records the regression rather than hiding it.
    assert scores[3] >= 0.5, "the seniors false positive is gone: update docs/checks.md"


def test_cd_calls_benign_mentions_unflagged_profanity_flagged_customers_never_evidence(checks) -> None:
    """Real outputs on the cd- calls (text mode). The F1 goal itself is measured by `call-audit eval`
    (docs/checks.md); it is not met yet, so it is not asserted here."""
    from audit.checks.base import run_checks
    from audit.evaluate import load_callset, text_inputs

    calls = [c for c in load_callset(REPO / "benchmarks" / "callset") if c.call_id.startswith("cd-")]
    results = run_checks([checks["courtesy"], checks["discrimination"]], text_inputs(calls, None))
    by_id = {c.call_id: dict((r.check, r) for r in per_call) for c, per_call in zip(calls, results)}
    for slug in ("spanish-transfer", "senior-discount", "accessibility-options", "lifeline-offer", "marital-neutral"):
        (call_id,) = [k for k in by_id if k.endswith(slug)]
        assert not by_id[call_id]["discrimination"].flagged, call_id
    (profane,) = [v for k, v in by_id.items() if k.endswith("profane-outage")]
    assert profane["courtesy"].flagged and profane["courtesy"].findings[0].reason == "discourteous_insult"
    for per_call in by_id.values():
        for result in per_call.values():
            for f in result.findings:
                assert 0.0 <= f.score <= 1.0 and f.check_version == result.check_version
                assert f.speaker in ("agent", None)  # customer turns are never the evidence


def test_redaction_keeps_every_labelled_discriminatory_remark_flagged(checks) -> None:
    """Through the real redactor, as the pipeline sees them: redaction must not blur the remark
    (an interjection once read as a name turned "Ugh, I can't follow that foreign accent" into
    "<PERSON>, ..." and the call slipped under the threshold)."""
    from audit.checks.base import run_checks
    from audit.evaluate import load_callset, text_inputs
    from audit.redact import Redactor

    # the cd- calls: every one of their remarks is flagged in text mode, so any miss here is redaction's
    calls = [c for c in load_callset(REPO / "benchmarks" / "callset") if c.positive("discrimination")
             and c.call_id.startswith("cd-")]
    assert len(calls) >= 5
    results = run_checks([checks["discrimination"]], text_inputs(calls, Redactor()))
    missed = [c.call_id for c, (r,) in zip(calls, results) if not r.flagged]
    assert missed == []
