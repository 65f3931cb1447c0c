"""Inaccurate statements: number normalisation, fact identification, guarantees, threats, ASR gating."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from audit.checks.accuracy import AccuracyOptions, InaccurateStatementsCheck, _about, _quantities
from audit.checks.base import CheckInput
from audit.config import load_config
from audit.types import CallContext, ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance, Severity

CONFIG = load_config()
FACTS = CONFIG.policy_facts["facts"]


def call(text: str, speaker: str = "agent", probability: float = 0.9, unsure: frozenset[str] = frozenset()) -> CheckInput:
    """One utterance; words in ``unsure`` get recogniser probability 0.1."""
    toks = tuple(RedactedToken(w, 2 + 0.3 * i, 2.25 + 0.3 * i, 0.1 if w in unsure else probability)
                 for i, w in enumerate(text.split()))
    utt = RedactedUtterance(speaker, 2.0, toks[-1].end_s, text, toks)  # type: ignore[arg-type]
    return CheckInput(RedactedTranscript("c", (utt,), (), 60.0, ModelInfo("t")), CallContext("c"))


def run(*texts: str, encoder=None, probability: float = 0.9):
    check = InaccurateStatementsCheck(AccuracyOptions(), encoder=encoder, config=CONFIG)
    return check.evaluate([call(t, probability=probability) for t in texts])


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("The late fee is fifteen dollars.", "USD", [15.0]),
        ("We add a $15 fee.", "USD", [15.0]),
        ("a forty dollar penalty", "USD", [40.0]),
        ("It is twenty five dollars.", "USD", [25.0]),
        ("There is no fee to cancel.", "USD", [0.0]),
        ("You have a month.", "days", [30.0]),
        ("within two weeks", "days", [14.0]),
        ("a 30-day window", "days", [30.0]),
        ("in five business days", "days", []),
    ],
)
def test_amounts_and_durations_are_normalised(text: str, unit: str, expected: list[float]) -> None:
    assert _quantities(text, unit) == expected


def test_keywords_allow_inflections_but_need_every_group() -> None:
    assert _about("Sorry, charges cannot be disputed.", FACTS["charges_disputable"])
    assert _about("Refunds are only possible in the first week.", FACTS["refund_window_days"])
    assert not _about("The fee is fifteen dollars.", FACTS["late_fee_usd"])  # which fee?


@pytest.mark.parametrize(
    ("text", "flagged", "reason", "rationale"),
    [
        ("Our refund window is a month, so you are covered.", False, "", ""),
        ("Refunds are only possible within the first seven days.", True, "contradicts_policy", "refund_window_days = 30: agent said 7 days"),
        ("We charge a forty dollar penalty for late payments.", True, "contradicts_policy", "late_fee_usd = 15: agent said $40"),
        ("Activating a new line costs $10.", True, "contradicts_policy", "activation_fee_usd = 35: agent said $10"),
        ("There is a two hundred dollar cancellation fee.", True, "contradicts_policy", "cancellation_fee_usd = 0: agent said $200"),
        ("Sorry, charges on the bill cannot be disputed.", True, "contradicts_policy", "charges_disputable = True"),
        ("Nobody is able to dispute a charge on the bill.", True, "contradicts_policy", "charges_disputable = True"),
        ("You are unable to contest that fee, it is a charge we always apply.", True, "contradicts_policy", "charges_disputable = True"),
        ("The account may be referred to a collections agency.", False, "", ""),
        ("We will garnish your wages if this is not paid.", True, "false_threat", "cannot be carried out"),
        ("I can't guarantee anything about your credit.", False, "", ""),
        ("You are guaranteed to get a better credit rating.", True, "guaranteed_outcome", "guarantee"),
    ],
)
def test_claims(text: str, flagged: bool, reason: str, rationale: str) -> None:
    (result,) = run(text)
    assert result.flagged is flagged, [f.rationale for f in result.findings]
    if flagged:
        f = result.findings[0]
        assert f.reason == reason and rationale in f.rationale and f.evidence == text
        assert 0.5 <= f.score <= 1.0 and f.speaker == "agent" and f.start_s == 2.0 and f.end_s is not None


def test_false_threat_is_critical_and_low_asr_confidence_does_not_flag() -> None:
    (sure,) = run("If you do not pay, you will be arrested.")
    assert sure.flagged and sure.findings[0].severity == Severity.CRITICAL
    (unsure,) = run("If you do not pay, you will be arrested.", probability=0.1)
    assert not unsure.flagged and unsure.findings[0].reason == "false_threat_low_asr_confidence" and unsure.score < 0.5


class FactEncoder:
    """A fake encoder that puts 'send ... back' next to the refund-window description."""

    model_id = "fake"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        def row(t: str) -> list[float]:
            t = t.lower()
            if "arrive" in t or "processed" in t:
                return [0.6, 0.8, 0.0]
            if "back" in t or "full refund within" in t:
                return [1.0, 0.0, 0.0]
            return [0.0, 0.0, 1.0]
        return np.asarray([row(t) for t in texts], dtype=np.float32).reshape(len(texts), 3)


def test_encoder_finds_the_fact_a_sentence_talks_about_without_its_keywords() -> None:
    text = "You can send the phone back within ninety days."
    assert not run(text)[0].flagged  # keywords alone: no fact
    (result,) = run(text, encoder=FactEncoder())
    assert result.flagged and "refund_window_days = 30: agent said 90 days" in result.findings[0].rationale


def test_only_an_unsure_evidence_word_keeps_a_claim_from_flagging() -> None:
    check = InaccurateStatementsCheck(AccuracyOptions(), encoder=None, config=CONFIG)
    # dq-025 as heard: "canceling[0.67] costs[0.65] $50[0.71] and[0.14] a[0.65] penalty."
    sure_amount, unsure_amount, unsure_unit, unsure_threat, unsure_other = check.evaluate([
        call("Canceling costs $50 and a penalty.", unsure=frozenset({"and"})),
        call("Canceling costs $50 and a penalty.", unsure=frozenset({"$50"})),
        call("You can only dispute a charge within 10 days, so it is too late.", unsure=frozenset({"days,"})),
        call("If you do not pay, you will be arrested.", unsure=frozenset({"arrested."})),
        call("Honestly, if you do not pay, you will be arrested.", unsure=frozenset({"Honestly,"})),
    ])
    # dq-009 as heard: "$15" split into "$1 .15", both words heard confidently
    (split,) = check.evaluate([call("If it is paid after the due date we add a $1 .15 late fee.")])
    assert not split.flagged and split.findings[0].reason == "contradicts_policy_low_asr_confidence"
    assert sure_amount.flagged and sure_amount.findings[0].reason == "contradicts_policy"
    assert not unsure_amount.flagged and unsure_amount.findings[0].reason == "contradicts_policy_low_asr_confidence"
    assert not unsure_unit.flagged and unsure_unit.findings[0].reason.endswith("_low_asr_confidence")
    assert not unsure_threat.flagged and unsure_threat.findings[0].reason == "false_threat_low_asr_confidence"
    assert unsure_other.flagged and unsure_other.findings[0].reason == "false_threat"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Don't worry, you will not be arrested over this.", None),
        ("Nobody is going to arrest you.", None),
        ("We will never sue you over a phone bill.", None),
        ("It's not guaranteed to go through.", None),
        ("I cannot guarantee that, sorry.", None),
        ("We can schedule payments around your paycheck.", None),
        ("If you do not pay, you will be arrested.", "false_threat"),
        ("You won't be arrested, but we will sue you.", "false_threat"),
        ("We will punish your wages if this is not paid.", "false_threat"),  # "garnish" as ASR heard it
        ("I can guarantee your credit score will go up.", "guaranteed_outcome"),
    ],
)
def test_a_threat_or_guarantee_denied_in_its_own_clause_is_a_reassurance(text: str, reason: str | None) -> None:
    (result,) = run(text)
    assert result.flagged == (reason is not None)
    assert [f.reason for f in result.findings] == ([reason] if reason else [])
