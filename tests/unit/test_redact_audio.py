"""Audio redaction mutes (or tones) exactly the spans, on their channel, on a copy."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audit.audio import load_audio
from audit.audio_redact import redact_audio, write_audio
from audit.types import Audio, RedactionSpan

RATE = 16_000


def noise_audio(channels: int = 2, seconds: float = 3.0) -> Audio:
    rng = np.random.default_rng(0)
    samples = (rng.uniform(-0.5, 0.5, size=(channels, int(seconds * RATE)))).astype(np.float32)
    samples[np.abs(samples) < 1e-3] = 0.01  # no accidental zeros
    return Audio(samples=samples, sample_rate=RATE, sha256="x")


def span(start: float, end: float, channel: int) -> RedactionSpan:
    return RedactionSpan("CREDIT_CARD", 0, start, end, channel, 0.9, "test")


def test_silence_mutes_exactly_the_padded_span_on_its_channel_only() -> None:
    audio = noise_audio()
    before = audio.samples.copy()
    out = redact_audio(audio, [span(1.0, 1.5, 1)], mode="silence", pad_s=0.1)
    a, b = int(0.9 * RATE), int(1.6 * RATE)
    assert np.all(out[1, a:b] == 0.0)
    assert np.array_equal(out[1, :a], before[1, :a]) and np.array_equal(out[1, b:], before[1, b:])
    assert np.array_equal(out[0], before[0])  # the other party is untouched
    assert np.array_equal(audio.samples, before) and out is not audio.samples  # original unchanged


def test_tone_replaces_the_span_with_a_1khz_bleep() -> None:
    audio = noise_audio()
    out = redact_audio(audio, [span(0.5, 1.0, 0)], mode="tone", pad_s=0.0)
    seg = out[0, int(0.5 * RATE) : int(1.0 * RATE)]
    spectrum = np.abs(np.fft.rfft(seg))
    assert abs(np.argmax(spectrum) * RATE / len(seg) - 1000.0) < 5.0
    assert np.max(np.abs(seg)) <= 0.1 + 1e-6
    assert np.array_equal(out[1], audio.samples[1])


def test_mono_uses_its_one_channel_and_unknown_channels_fail_closed() -> None:
    mono = noise_audio(channels=1)
    out = redact_audio(mono, [span(0.2, 0.4, 1)], pad_s=0.0)
    assert np.all(out[0, int(0.2 * RATE) : int(0.4 * RATE)] == 0.0)
    stereo = noise_audio()
    out = redact_audio(stereo, [span(0.2, 0.4, 5)], pad_s=0.0)
    assert np.all(out[:, int(0.2 * RATE) : int(0.4 * RATE)] == 0.0)


def test_spans_at_the_edges_are_clipped() -> None:
    audio = noise_audio(seconds=1.0)
    out = redact_audio(audio, [span(-1.0, 0.1, 0), span(0.95, 5.0, 0)], pad_s=0.15)
    assert np.all(out[0, : int(0.25 * RATE)] == 0.0) and np.all(out[0, int(0.8 * RATE) :] == 0.0)
    assert np.array_equal(out[1], audio.samples[1])


def test_bad_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        redact_audio(noise_audio(), [], mode="beep")  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".flac", ".wav"])
def test_written_audio_decodes_back_with_the_silence_in_place(tmp_path: Path, suffix: str) -> None:
    audio = noise_audio()
    out = redact_audio(audio, [span(1.0, 1.5, 1)], pad_s=0.0)
    path = tmp_path / f"redacted{suffix}"
    write_audio(path, out, RATE)
    back = load_audio(path)
    assert back.samples.shape == out.shape and back.sample_rate == RATE
    assert np.max(np.abs(back.samples[1, int(1.01 * RATE) : int(1.49 * RATE)])) < 1e-3
    assert np.allclose(back.samples[0], out[0], atol=2e-4)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary left behind
