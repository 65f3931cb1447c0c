"""The audit loop with fake stages: isolation of failures, batching, skipping, progress."""

from __future__ import annotations

import wave
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from audit.config import load_config
from audit.inputs import discover_calls
from audit.pipeline import Stages, audit_calls, new_run
from audit.types import (
    CallOutcome,
    CheckResult,
    ModelInfo,
    RedactedTranscript,
    RedactedUtterance,
    RunInfo,
    Transcript,
    Utterance,
    Word,
)


def write_wav(path: Path, seconds: float = 1.0, channels: int = 2, rate: int = 8000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.repeat(tone[:, None], channels, axis=1).tobytes())
    return path


class FakeTranscriber:
    model_info = ModelInfo("fake-asr")

    def __init__(self, lines: dict[str, str]) -> None:
        self.lines = lines
        self.layouts: list[str] = []

    def transcribe(self, audio, call_id: str, layout: str | None) -> Transcript:
        self.layouts.append(layout)
        words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4, 0.9, "agent") for i, w in enumerate(self.lines[call_id].split()))
        return Transcript(call_id, (Utterance("agent", 0.0, len(words) * 0.5, words),), audio.duration_s, self.model_info)


class FakeRedactor:
    model_info = ModelInfo("fake-redactor")

    def redact(self, transcript: Transcript) -> RedactedTranscript:
        utterances = tuple(
            RedactedUtterance(u.speaker, u.start_s, u.end_s, " ".join("<NUM>" if w.text.isdigit() else w.text for w in u.words))
            for u in transcript.utterances
        )
        return RedactedTranscript(transcript.call_id, utterances, (), transcript.duration_s, transcript.model)

    def redact_text(self, text: str) -> str:
        return "".join("#" if c.isdigit() else c for c in text)


class RudeCheck:
    name, version = "courtesy", "test"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def evaluate(self, calls: Sequence) -> list[CheckResult]:
        self.batches.append(len(calls))
        if any("explode" in u.text for c in calls for u in c.transcript.utterances):
            raise RuntimeError("model crashed on 1234")
        out = []
        for c in calls:
            rude = any("idiot" in u.text for u in c.transcript.utterances)
            out.append(CheckResult(self.name, self.version, 0.9 if rude else 0.1, rude, "rude" if rude else "ok"))
        return out


class MemoryStore:
    audit_dir = Path("mem")

    def __init__(self) -> None:
        self.rows: list[CallOutcome] = []

    def already_audited(self, call_id: str, audio_sha256: str, config_sha256: str) -> bool:
        return any(o.spec.call_id == call_id and o.audio_sha256 == audio_sha256 and o.status == "ok" for o in self.rows)

    def write_outcome(self, outcome: CallOutcome, run: RunInfo) -> None:
        self.rows.append(outcome)


def make_stages(lines: dict[str, str], batch: int = 16) -> tuple[Stages, RudeCheck]:
    config = load_config()
    check = RudeCheck()
    stages = Stages(config, FakeTranscriber(lines), FakeRedactor(), [check], encoder=None)
    stages.options = type(stages.options)(check_batch_size=batch)
    return stages, check


@pytest.fixture
def calls(tmp_path: Path) -> Path:
    for name in ("a", "b", "c"):
        write_wav(tmp_path / f"{name}.wav")
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "junk.mp3").write_bytes(b"this is not audio at all" * 10)
    return tmp_path


def test_broken_files_are_recorded_as_errors_and_the_rest_is_audited(calls: Path) -> None:
    stages, check = make_stages({"a": "hello you idiot", "b": "card 4111 please", "c": "thanks"})
    store = MemoryStore()
    messages: list[str] = []
    summary = audit_calls(discover_calls(calls), stages, store, new_run(stages.config, stages.models), progress=messages.append)

    by_id = {o.spec.call_id: o for o in store.rows}
    assert sorted(by_id) == ["a", "b", "c", "empty", "junk"]
    assert by_id["empty"].status == "error" and by_id["empty"].error.startswith("empty.wav: ")
    assert by_id["junk"].status == "error" and by_id["junk"].error.startswith("junk.mp3: ")
    assert [c.flagged for c in by_id["a"].checks] == [True]
    assert [c.flagged for c in by_id["c"].checks] == [False]
    assert by_id["b"].transcript.utterances[0].text == "card <NUM> please"
    assert summary.audited == 3 and len(summary.failed) == 2 and summary.flagged_by_check == {"courtesy": 1}
    assert check.batches == [3]  # one batched model call for the three good calls
    assert stages.transcriber.layouts == [None] * 3  # no manifest: the transcriber applies its default_layout
    assert len(messages) == 8 and all(m.startswith(("[", "(")) for m in messages)  # 3 prepared, 5 written
    assert "FAILED junk" in summary.text()


def test_batches_respect_the_configured_size(calls: Path) -> None:
    stages, check = make_stages({"a": "x", "b": "y", "c": "z"}, batch=2)
    audit_calls(discover_calls(calls), stages, MemoryStore(), new_run(stages.config, stages.models))
    assert check.batches == [2, 1]


def test_a_check_that_crashes_on_one_call_fails_only_that_call(calls: Path) -> None:
    stages, _ = make_stages({"a": "please explode", "b": "fine", "c": "you idiot"})
    store = MemoryStore()
    audit_calls(discover_calls(calls), stages, store, new_run(stages.config, stages.models))
    by_id = {o.spec.call_id: o for o in store.rows}
    assert by_id["a"].status == "error"
    assert by_id["a"].error == "a.wav: check courtesy failed (RuntimeError)"  # no exception text: it may quote the call
    assert by_id["b"].status == "ok" and by_id["c"].checks[0].flagged


def test_rerun_skips_calls_already_audited(calls: Path) -> None:
    stages, _ = make_stages({"a": "x", "b": "y", "c": "z"})
    store = MemoryStore()
    audit_calls(discover_calls(calls), stages, store, new_run(stages.config, stages.models))
    again = audit_calls(discover_calls(calls), stages, store, new_run(stages.config, stages.models))
    assert again.skipped == 3 and again.audited == 0 and len(again.failed) == 2


class CountingEncoder:
    model_id, sha256 = "counting", None

    def __init__(self) -> None:
        self.cleared = 0

    def clear_cache(self) -> None:
        self.cleared += 1


def test_the_encoders_cached_embeddings_are_dropped_after_every_batch(calls: Path, monkeypatch) -> None:
    from audit import encoder as encoder_module

    shared = CountingEncoder()
    monkeypatch.setitem(encoder_module._SHARED, "packaged:other", shared)
    stages, check = make_stages({"a": "hello", "b": "hi", "c": "thanks"}, batch=2)
    stages.encoder = CountingEncoder()
    audit_calls(discover_calls(calls), stages, MemoryStore(), new_run(stages.config, stages.models))
    assert len(check.batches) == 2 and stages.encoder.cleared == 2 and shared.cleared == 2
