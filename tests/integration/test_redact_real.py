"""Redaction on data nobody on the project wrote (ABCD chats) and on real speech (espeak-ng + Whisper base)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from audit.audio import load_audio
from audit.audio_redact import redact_audio, write_audio
from audit.redact import RedactOptions, Redactor

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
ABCD = ROOT.parent / "shared" / "data" / "dialogues" / "abcd_sample.json"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile", "Acme")))


@pytest.mark.skipif(not ABCD.exists(), reason="shared ABCD sample not present")
def test_no_abcd_customer_value_survives_redaction(redactor: Redactor) -> None:
    """Every customer name part, email, username, phone and order id of the three ABCD scenarios,
    searched (digits with any separators) in the dialogue redacted as a call and as one text."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pii_bench import abcd_leaks  # type: ignore[import-not-found]

    leaks, values = abcd_leaks(redactor)
    assert values >= 9 and leaks == []


SCRIPT = {
    "call_id": "redact-real",
    "channels": "agent_left",
    "sample_rate": 16000,
    "format": "flac",
    "turns": [
        {"speaker": "agent", "text": "Thank you for calling Acme Mobile. Can I have the card number please?"},
        {"speaker": "customer", "text": "Sure, it is 4532 1122 3344 5566.",
         "say": "Sure, it is four five three two, one one two two, three three four four, five five six six."},
        {"speaker": "agent", "text": "Thanks. And your email address?"},
        {"speaker": "customer", "text": "It is john dot peterson at gmail dot com."},
        {"speaker": "agent", "text": "Great, the refund takes five days. Anything else?"},
        {"speaker": "customer", "text": "No, that is all, thank you."},
    ],
}


@pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None, reason="needs espeak-ng and ffmpeg")
def test_spoken_card_and_email_are_redacted_in_text_and_audio(redactor: Redactor, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "examples"))
    from synthesize import render_call  # type: ignore[import-not-found]

    from audit.transcribe import Transcriber

    path = tmp_path / "call.flac"
    render_call(SCRIPT, path)
    audio = load_audio(path)
    original = audio.samples.copy()
    transcriber = Transcriber()
    red = redactor.redact(transcriber.transcribe(audio, "redact-real", "agent_left"))
    customer = " ".join(u.text for u in red.utterances if u.speaker == "customer")
    assert not re.search(r"\d{3}", customer), "card digits survive in the redacted transcript"
    assert "peterson" not in customer.lower() and "gmail" not in customer.lower()
    types = {s.entity_type for s in red.spans}
    assert "CREDIT_CARD" in types and "EMAIL_ADDRESS" in types
    assert all(s.channel == 1 for s in red.spans if s.entity_type in ("CREDIT_CARD", "EMAIL_ADDRESS"))

    muted = redact_audio(audio, red.spans, mode="silence")
    assert np.array_equal(audio.samples, original)  # the original is never modified
    out = tmp_path / "call.redacted.flac"
    write_audio(out, muted, audio.sample_rate)
    again = transcriber.transcribe(load_audio(out), "redact-real-muted", "agent_left")
    heard = " ".join(u.text for u in again.utterances if u.speaker == "customer").lower()
    assert not re.search(r"\d{3}", heard) and "peterson" not in heard and "gmail" not in heard
    agent_heard = " ".join(u.text for u in again.utterances if u.speaker == "agent").lower()
    assert "card number" in agent_heard  # the agent's channel is untouched
