"""Redaction with the real Presidio engines (spaCy sm loads in seconds): recognizers, dialogue, spans."""

from __future__ import annotations

import numpy as np
import pytest

from audit.redact import RedactOptions, Redactor
from audit.transcribe import split_turns
from audit.types import ModelInfo, Transcript, Word


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile",)))


def transcript(*turns: tuple[str, str], call_id: str = "c1") -> Transcript:
    t, ws = 0.0, []
    for speaker, text in turns:
        for w in text.split():
            ws.append(Word(w, t, t + 0.3, 0.9, speaker, 0 if speaker == "agent" else 1))  # type: ignore[arg-type]
            t += 0.4
        t += 1.5
    return Transcript(call_id, tuple(split_turns(ws, 1.0)), t, ModelInfo("test"))


@pytest.mark.parametrize(
    ("text", "entity", "secret"),
    [
        ("It is 411-11111111111111.", "CREDIT_CARD", "411-11111111111111"),  # ASR-garbled, fails Luhn
        ("My card is 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.", "CREDIT_CARD", "4 1 1 1"),
        ("My social is 536-22-4197.", "US_SSN", "536-22-4197"),
        ("Call me on 512 555 0147.", "PHONE_NUMBER", "555 0147"),
        ("It's maria dot gonzalez at gmail dot com", "EMAIL_ADDRESS", "gonzalez"),
        ("Send it to maria.gonzalez@gmail.com please", "EMAIL_ADDRESS", "maria.gonzalez"),
        ("I live at 1234 Elm Street, Austin, Texas, 78 ,701.", "STREET_ADDRESS", "Elm Street"),
        ("I was born on March 4, 1985.", "DATE_OF_BIRTH", "1985"),
        ("My name is Robert Chen.", "PERSON", "Chen"),
        ("My IBAN is GB82 WEST 1234 5698 7654 32.", "IBAN_CODE", "5698"),
    ],
)
def test_call_centre_entities_are_redacted_with_their_type(redactor: Redactor, text: str, entity: str, secret: str) -> None:
    red = redactor.redact(transcript(("customer", text)))
    out = red.utterances[0].text
    assert secret not in out and f"<{entity}>" in out, out


def test_amounts_durations_and_the_company_stay(redactor: Redactor) -> None:
    text = "Thank you for calling Acme Mobile. The late fee is $15 and the refund window is 30 days."
    assert redactor.redact(transcript(("agent", text))).utterances[0].text == text


def test_reply_to_a_request_is_that_entity_even_when_garbled(redactor: Redactor) -> None:
    red = redactor.redact(transcript(
        ("agent", "And the security code on the back of the card?"),
        ("customer", "uh seven three nine"),
        ("agent", "What is your mother's maiden name?"),
        ("customer", "Kowalczyk I think"),
    ))
    assert red.utterances[1].text == "uh <SECURITY_CODE>"
    assert "Kowalczyk" not in red.utterances[3].text and "<SECURITY_ANSWER>" in red.utterances[3].text


def test_a_number_split_across_two_turns_is_redacted_in_both(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("customer", "the card is 4111 1111"), ("agent", "mm-hm"), ("customer", "1111 1111 okay")))
    assert "1111" not in red.utterances[0].text and "1111" not in red.utterances[2].text


def test_spans_carry_audio_times_and_channel(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("agent", "Your number please?"), ("customer", "It is 512 555 0147 thanks")))
    (span,) = red.spans
    assert span.entity_type == "PHONE_NUMBER" and span.utterance_index == 1 and span.channel == 1
    token = next(t for t in red.utterances[1].tokens if t.redacted)
    assert (span.start_s, span.end_s) == (token.start_s, token.end_s)
    assert span.start_s == pytest.approx(3.5) and span.end_s == pytest.approx(4.6)  # words 3-5 of the second turn


def test_pseudonyms_are_stable_per_call_and_depend_on_the_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "a-long-secret-salt-1")
    first = Redactor(RedactOptions(pseudonymize=True))
    t = transcript(("customer", "My name is Robert Chen."), ("agent", "Thanks."), ("customer", "My name is Robert Chen."))
    a, b = first.redact(t).utterances[0].text, first.redact(t).utterances[2].text
    assert a == b and a.startswith("My name is <PERSON_") and "Chen" not in a
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "another-secret-salt-2")
    assert Redactor(RedactOptions(pseudonymize=True)).redact(t).utterances[0].text != a
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "short")
    with pytest.raises(ValueError, match="CALL_AUDIT_PSEUDONYM_SALT"):
        Redactor(RedactOptions(pseudonymize=True))


def test_redact_text_for_other_texts(redactor: Redactor) -> None:
    assert redactor.redact_text("Error near 'my social is 536-22-4197'") == "Error near 'my social is <US_SSN>'"


def test_unknown_entity_in_config_is_refused() -> None:
    with pytest.raises(ValueError, match="NOT_A_THING"):
        Redactor(RedactOptions(entities=("PERSON", "NOT_A_THING")))
