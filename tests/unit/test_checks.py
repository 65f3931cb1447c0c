"""The checks' declared rules, without the sentence encoder (its part runs in the integration tests)."""

from __future__ import annotations

import pytest

from audit.checks.accuracy import AccuracyOptions, InaccurateStatementsCheck
from audit.checks.base import REGISTRY, CheckInput, build_checks
from audit.checks.courtesy import CourtesyCheck, CourtesyOptions
from audit.checks.disclosure import DisclosureCheck, DisclosureOptions
from audit.config import ConfigError, load_config
from audit.types import CallContext, ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance, RedactionSpan, Severity

CONFIG = load_config()


def call(*turns: tuple[str, float, str], region: str | None = "CA", spans: tuple[tuple[str, int, float], ...] = (),
         probability: float = 0.9) -> CheckInput:
    """Turns as (speaker, start_s, text); words 0.3 s apart."""
    utts = []
    for speaker, start, text in turns:
        tokens = tuple(RedactedToken(w, start + 0.3 * i, start + 0.3 * i + 0.25, probability, w.startswith("<"))
                       for i, w in enumerate(text.split()))
        utts.append(RedactedUtterance(speaker, start, tokens[-1].end_s, text, tokens, 0 if speaker == "agent" else 1))  # type: ignore[arg-type]
    red_spans = tuple(RedactionSpan(e, i, t, t + 1, 1, 0.9, "DigitRunRecognizer") for e, i, t in spans)
    return CheckInput(RedactedTranscript("c", tuple(utts), red_spans, 120.0, ModelInfo("t")), CallContext("c", customer_region=region))


def test_registry_holds_the_four_checks_in_config_order() -> None:
    checks = build_checks(CONFIG, encoder=None)
    assert [c.name for c in checks] == ["disclosure", "courtesy", "discrimination", "inaccurate_statements"]
    assert set(REGISTRY) == {c.name for c in checks}


def test_unknown_check_or_option_in_config_is_named(tmp_path) -> None:
    (tmp_path / "p.yaml").write_text("checks:\n  politeness: {}\n")
    with pytest.raises(ConfigError, match="checks.politeness: unknown check"):
        build_checks(load_config(tmp_path / "p.yaml"), None)
    (tmp_path / "p.yaml").write_text("checks:\n  disclosure: {window: 10}\n")
    with pytest.raises(ConfigError, match=r"checks.disclosure: unknown key\(s\) \['window'\]"):
        build_checks(load_config(tmp_path / "p.yaml"), None)


def disclosure(*calls: CheckInput):
    return DisclosureCheck(DisclosureOptions(), encoder=None, config=CONFIG).evaluate(list(calls))


def test_disclosure_given_late_missing_with_jurisdiction_severity() -> None:
    given, late_window, late_pii, missing, missing_tx = disclosure(
        call(("agent", 0.5, "Thanks for calling. This call is recorded for quality."), ("customer", 6, "My card is <CREDIT_CARD>"),
             spans=(("CREDIT_CARD", 1, 7.0),)),
        call(("agent", 0.5, "Hello."), ("agent", 40, "By the way, this call is being recorded.")),
        call(("agent", 0.5, "Hello, your account number?"), ("customer", 4, "It is <ACCOUNT_NUMBER>"),
             ("agent", 12, "Thanks. Calls may be monitored for training."), spans=(("ACCOUNT_NUMBER", 1, 4.9),)),
        call(("agent", 0.5, "I recorded your address in the system.")),
        call(("agent", 0.5, "Hello."), region="TX"),
    )
    assert (given.outcome, given.flagged) == ("given", False)
    assert given.findings[0].start_s == 1.4 and "recorded" in given.findings[0].evidence
    assert (late_window.outcome, late_window.flagged) == ("late", True)
    assert "after the 30 s window" in late_window.findings[0].rationale
    assert late_pii.outcome == "late" and "after the customer gave personal data at 4.9 s" in late_pii.findings[0].rationale
    assert (missing.outcome, missing.findings[0].severity) == ("missing", Severity.HIGH)  # CA: all-party consent
    assert (missing_tx.outcome, missing_tx.findings[0].severity) == ("missing", Severity.LOW)  # TX: one-party
    assert all(0.0 <= r.score <= 1.0 for r in (given, late_window, late_pii, missing))


def test_a_late_notice_heard_unsurely_is_still_late_and_flagged() -> None:
    # misheard words in the late notice cannot make it timely: only an unsure *timely* sentence caps the verdict
    (result,) = disclosure(call(("agent", 45, "This call is recorded."), probability=0.1))
    assert result.outcome == "late" and result.flagged and result.findings[0].reason == "disclosure_late"


def accuracy(*calls: CheckInput):
    return InaccurateStatementsCheck(AccuracyOptions(), encoder=None, config=CONFIG).evaluate(list(calls))


@pytest.mark.parametrize(
    ("said", "flagged", "rationale"),
    [
        ("Our refund window is only 7 days.", True, "contradicts policy refund_window_days = 30: agent said 7 days"),
        ("You can return it within two weeks for a refund.", True, "agent said 14 days"),
        ("You have thirty days to return it for a refund.", False, ""),
        ("You are within our 30-day refund window.", False, ""),
        ("The late fee is fifty dollars.", True, "contradicts policy late_fee_usd = 15: agent said $50"),
        ("The late fee is $15.", False, ""),
        ("You cannot dispute charges on your bill.", True, "contradicts policy charges_disputable = True"),
        ("You can dispute any charge within 60 days.", False, ""),
        ("There is no fee to cancel your plan.", False, ""),
        ("If you don't pay, you will be arrested.", True, "threat that cannot be carried out"),
        ("I guarantee your credit score will go up.", True, "guarantee of an outcome"),
        ("Your refund will arrive within five business days.", False, ""),
    ],
)
def test_inaccurate_statements(said: str, flagged: bool, rationale: str) -> None:
    (result,) = accuracy(call(("agent", 1.0, said)))
    assert result.flagged is flagged, [f.rationale for f in result.findings]
    if flagged:
        assert rationale in result.findings[0].rationale and result.findings[0].evidence == said
        assert result.findings[0].start_s == 1.0


def test_customer_words_are_never_the_agents_inaccuracy_or_rudeness() -> None:
    hostile = call(("agent", 0.5, "Thank you for calling, how can I help?"),
                   ("customer", 3, "You idiots said the late fee is fifty dollars, you will be arrested!"),
                   ("agent", 9, "I am sorry about that. Have a good day."))
    assert not accuracy(hostile)[0].flagged
    (court,) = CourtesyCheck(CourtesyOptions(), encoder=None, config=CONFIG).evaluate([hostile])
    assert not court.flagged


def test_courtesy_lexicon_and_talking_over() -> None:
    rude = call(("agent", 0.5, "Hello, thank you for calling."), ("customer", 3, "My router keeps failing again and again and again"),
                ("agent", 4.0, "Are you stupid? Restart it."), ("agent", 9, "Goodbye."))
    (result,) = CourtesyCheck(CourtesyOptions(), encoder=None, config=CONFIG).evaluate([rude])
    assert result.flagged and result.findings[0].reason == "discourteous_insult"
    assert result.findings[0].evidence == "Are you stupid?" and result.findings[0].severity == Severity.HIGH
    assert any(f.reason == "talked_over_customer" and not f.flagged for f in result.findings)


def test_a_title_or_an_initial_does_not_end_a_sentence() -> None:
    from audit.checks.text import sentences
    from audit.sentences import ends_sentence
    from audit.types import ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance

    words = "Thank you, Mr. <PERSON> and John J. Doe's email? No. Dr. Lee said fine.".split()
    tokens = tuple(RedactedToken(w, i * 0.4, i * 0.4 + 0.3, 0.9, w.startswith("<")) for i, w in enumerate(words))
    utt = RedactedUtterance("agent", 0.0, tokens[-1].end_s, " ".join(words), tokens)
    got = [s.text for s in sentences([RedactedTranscript("c", (utt,), (), 6.0, ModelInfo("test"))])]
    assert got == ["Thank you, Mr. <PERSON> and John J. Doe's email?", "No.", "Dr. Lee said fine."]
    assert ends_sentence("fine.") and ends_sentence("Why?") and not ends_sentence("Mrs.") and not ends_sentence("word")
