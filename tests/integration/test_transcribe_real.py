"""The transcription stage with the packaged Whisper base weights on real speech."""

from __future__ import annotations

import numpy as np
import pytest
from whisper_normalizer.english import EnglishTextNormalizer

import jiwer
from audit.audio import load_audio
from audit.transcribe import Transcriber
from audit.types import Audio

pytestmark = pytest.mark.integration
NORMALISE = EnglishTextNormalizer()


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    return Transcriber()


def wer(reference: str, hypothesis: str) -> float:
    return jiwer.wer(NORMALISE(reference), NORMALISE(hypothesis))


def test_model_provenance_is_the_verified_packaged_base(transcriber: Transcriber) -> None:
    assert transcriber.model_info.model_id == "whisper-base"
    assert transcriber.model_info.sha256 == "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"


def test_jfk_with_identical_channels_is_transcribed_once_as_mono(transcriber: Transcriber, shared_data) -> None:
    audio = load_audio(shared_data / "asr" / "jfk.flac")  # 44.1 kHz 24-bit FLAC, two identical channels
    assert audio.channels == 2 and audio.sample_rate == 16000
    t = transcriber.transcribe(audio, "jfk", "agent_left")
    assert any("same signal" in note for note in t.notes) and t.role_confidence < 1.0
    text = " ".join(u.text for u in t.utterances)
    reference = "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."
    assert wer(reference, text) < 0.1, text
    words = [w for u in t.utterances for w in u.words]
    assert all(0 <= w.start_s <= w.end_s <= audio.duration_s + 0.5 and 0 < w.probability <= 1 for w in words)


def test_stereo_channels_map_to_roles_by_layout(transcriber: Transcriber, shared_data) -> None:
    audio = load_audio(shared_data / "asr" / "stereo_diarization.wav")
    for layout, agent_ref in (("agent_left", "He began a confused complaint"), ("agent_right", "The horizon seems")):
        t = transcriber.transcribe(audio, "stereo", layout)
        agent = " ".join(u.text for u in t.utterances if u.speaker == "agent")
        assert NORMALISE(agent).startswith(NORMALISE(agent_ref)), (layout, agent)
        assert t.role_confidence == 1.0


@pytest.mark.parametrize("kind", ["silence", "noise", "hold tone"])
def test_no_speech_gives_no_words_and_a_note(transcriber: Transcriber, kind: str) -> None:
    rate, n = 16000, 16000 * 20
    rng = np.random.default_rng(7)
    samples = {
        "silence": np.zeros(n),
        "noise": 0.05 * rng.standard_normal(n),
        "hold tone": 0.2 * np.sin(2 * np.pi * 440 * np.arange(n) / rate) * (np.arange(n) % rate < rate // 2),
    }[kind].astype(np.float32)
    t = transcriber.transcribe(Audio(samples[None, :], rate, "x"), "quiet", "mono")
    assert t.utterances == () and "no speech detected" in t.notes
