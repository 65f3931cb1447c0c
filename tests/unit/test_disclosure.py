"""Recording disclosure: calibrated notice probability, timing, personal data, jurisdiction, ASR gating."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from audit.checks.base import CheckInput
from audit.checks.disclosure import DisclosureCheck, DisclosureOptions
from audit.checks.text import sentences
from audit.config import load_config
from audit.types import CallContext, ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance, RedactionSpan, Severity

CONFIG = load_config()


class KeywordEncoder:
    """A fake encoder: sentences about recording point one way, everything else another."""

    model_id = "fake"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = [[1.0, 0.1] if any(k in t.lower() for k in ("record", "monitor", "taped")) else [0.0, 1.0] for t in texts]
        emb = np.asarray(rows, dtype=np.float32).reshape(len(texts), 2)
        return emb / np.linalg.norm(emb, axis=1, keepdims=True).clip(1e-9)


def call(*turns: tuple[str, float, str], region: str | None = "CA", spans=(), probability: float = 0.9) -> CheckInput:
    utts = []
    for speaker, start, text in turns:
        toks = tuple(RedactedToken(w, start + 0.3 * i, start + 0.3 * i + 0.25, probability, w.startswith("<"))
                     for i, w in enumerate(text.split()))
        utts.append(RedactedUtterance(speaker, start, toks[-1].end_s, text, toks))
    red = tuple(RedactionSpan(e, i, t, t + 1, 1, 0.9, r) for e, i, t, r in spans)
    return CheckInput(RedactedTranscript("c", tuple(utts), red, 120.0, ModelInfo("t")), CallContext("c", customer_region=region))


def check(encoder=KeywordEncoder(), **options) -> DisclosureCheck:
    return DisclosureCheck(DisclosureOptions(**options), encoder=encoder, config=CONFIG)


def test_notice_probability_is_calibrated_around_one_half() -> None:
    agent = sentences([call(("agent", 0, "This call is recorded for quality. I recorded your address. Hello there.")).transcript])
    notice, address, hello = check().notice_probabilities(agent)
    assert notice > 0.5 > address and hello < 0.05
    assert all(0.0 <= p <= 1.0 for p in (notice, address, hello))


@pytest.mark.parametrize(
    ("region", "severity"),
    [("FL", Severity.HIGH), ("WA", Severity.HIGH), ("OH", Severity.LOW), ("GB", Severity.HIGH), (None, Severity.MEDIUM), ("ZZ", Severity.MEDIUM)],
)
def test_missing_notice_severity_follows_jurisdiction(region: str | None, severity: Severity) -> None:
    (result,) = check().evaluate([call(("agent", 0.5, "Hello, how can I help?"), region=region)])
    assert result.outcome == "missing" and result.flagged and result.findings[0].severity == severity
    assert result.findings[0].evidence == "" and result.findings[0].reason == "disclosure_missing"


def test_window_is_configurable_and_personal_data_makes_a_notice_late() -> None:
    late = call(("agent", 20, "This call may be monitored."))
    assert check().evaluate([late])[0].outcome == "given"
    assert check(window_s=10.0).evaluate([late])[0].outcome == "late"
    after_data = call(("agent", 0.5, "Your account number?"), ("customer", 3, "It is <ACCOUNT_NUMBER>"),
                      ("agent", 8, "This call may be monitored."), spans=(("ACCOUNT_NUMBER", 1, 4.0, "DigitRunRecognizer"),))
    (result,) = check().evaluate([after_data])
    assert result.outcome == "late" and result.flagged and "personal data at 4.0 s" in result.findings[0].rationale
    assert result.findings[0].evidence == "This call may be monitored." and result.findings[0].speaker == "agent"


def test_a_name_the_customer_mentions_is_not_them_giving_data() -> None:
    greeted = call(("agent", 0.5, "Hi, I'm <PERSON>."), ("customer", 3, "Hi <PERSON>."), ("agent", 6, "This call is recorded."),
                   spans=(("PERSON", 1, 3.3, "SpacyRecognizer"),))
    assert check().evaluate([greeted])[0].outcome == "given"


def test_customer_words_and_non_notices_do_not_count() -> None:
    (result,) = check().evaluate([call(("customer", 0.5, "Are you recording this call?"),
                                       ("agent", 3, "I recorded your new address in the system."))])
    assert result.outcome == "missing" and result.flagged


def test_unsure_words_in_the_window_lower_confidence_instead_of_flagging() -> None:
    garbled = call(("agent", 0.5, "Hello. We record stuff."), probability=0.1)
    (result,) = check().evaluate([garbled])
    assert result.outcome == "missing" and not result.flagged and result.findings[0].reason.endswith("_low_asr_confidence")
    (sure,) = check().evaluate([call(("agent", 0.5, "Hello. We record stuff."), probability=0.9)])
    assert sure.outcome == "missing" and sure.flagged
    # every word heard unsurely, but no timely sentence looks like a notice: a late notice stays flagged
    (late,) = check().evaluate([call(("agent", 0.5, "Hello, how can I help?"), ("agent", 45, "This call is recorded."),
                                     probability=0.1)])
    assert late.outcome == "late" and late.flagged


def test_batched_calls_keep_their_own_results() -> None:
    results = check().evaluate([call(("agent", 1, "Calls are recorded for training.")), call(("agent", 1, "Hello.")),
                                call(("agent", 45, "This call is recorded."))])
    assert [r.outcome for r in results] == ["given", "missing", "late"]
    assert [r.flagged for r in results] == [False, True, True]
    assert results[0].check_version == DisclosureCheck.version and "window_s" in results[0].thresholds
