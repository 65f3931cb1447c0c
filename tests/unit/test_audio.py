"""Decoding: every container/codec a call centre produces, channels kept apart, clear errors."""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from audit.audio import load_audio
from audit.errors import AudioError


def encode(path: Path, codec: str, rate: int, channels: int, seconds: float = 1.0, fmt: str | None = None) -> np.ndarray:
    """Write a file whose channel k holds a tone of 300*(k+1) Hz; returns the source signal."""
    t = np.arange(int(rate * seconds)) / rate
    signal = np.stack([0.4 * np.sin(2 * np.pi * 300 * (k + 1) * t) for k in range(channels)]).astype(np.float32)
    layout = {1: "mono", 2: "stereo", 3: "2.1"}[channels]
    with av.open(str(path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        sample_fmt = stream.codec_context.codec.audio_formats[0].name
        chunk = 960 if codec in ("libopus",) else 1024
        for start in range(0, signal.shape[1], chunk):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(signal[:, start : start + chunk]), format="fltp", layout=layout)
            frame.sample_rate = rate
            frame.time_base = Fraction(1, rate)
            frame.pts = start
            resampler = av.AudioResampler(format=sample_fmt, layout=layout, rate=stream.rate)
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return signal


def dominant_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize(
    ("name", "codec", "rate", "channels", "fmt"),
    [
        ("pcm16.wav", "pcm_s16le", 16000, 2, None),
        ("pcm8.wav", "pcm_u8", 8000, 1, None),
        ("pcm24.wav", "pcm_s24le", 44100, 2, None),
        ("float.wav", "pcm_f32le", 22050, 2, None),
        ("ulaw.wav", "pcm_mulaw", 8000, 2, None),
        ("alaw.wav", "pcm_alaw", 8000, 1, None),
        ("call.flac", "flac", 8000, 2, None),
        ("call.mp3", "libmp3lame", 16000, 2, None),
        ("call.ogg", "libopus", 48000, 2, None),
        ("call.m4a", "aac", 16000, 2, "mp4"),
        ("three.wav", "pcm_s16le", 16000, 3, None),
    ],
)
def test_formats_decode_to_16k_with_channels_kept_apart(tmp_path: Path, name: str, codec: str, rate: int, channels: int, fmt: str | None) -> None:
    path = tmp_path / name
    encode(path, codec, rate, channels, fmt=fmt)
    audio = load_audio(path)
    assert audio.sample_rate == 16000 and audio.samples.dtype == np.float32
    assert audio.channels == channels
    assert 0.9 < audio.duration_s < 1.2
    for k in range(min(channels, 2)):  # each channel still carries its own tone
        assert abs(dominant_hz(audio.samples[k], 16000) - 300 * (k + 1)) < 15
    assert len(audio.sha256) == 64 and audio.sha256 == load_audio(path).sha256


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "file not found"),
        (b"", "file is empty (0 bytes)"),
        (b"definitely not audio " * 20, "not a readable audio file"),
    ],
)
def test_bad_files_raise_an_error_naming_the_file(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "call-17.wav"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioError) as err:
        load_audio(path)
    assert str(err.value).startswith("call-17.wav: ") and problem in str(err.value)


@pytest.mark.parametrize(("name", "codec"), [("cut.flac", "flac"), ("cut.wav", "pcm_s16le"), ("cut.mp3", "libmp3lame")])
def test_truncated_files_raise_instead_of_auditing_half_a_call(tmp_path: Path, name: str, codec: str) -> None:
    path = tmp_path / name
    encode(path, codec, 16000, 1, seconds=6.0)
    assert 5.9 < load_audio(path).duration_s < 6.2  # the whole file decodes
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(AudioError, match=rf"^{name}: truncated"):
        load_audio(path)


def test_zero_length_wav_raises(tmp_path: Path) -> None:
    path = tmp_path / "nothing.wav"
    with wave.open(str(path), "wb") as out:  # a valid header and no frames
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
    with pytest.raises(AudioError, match=r"^nothing.wav: .*(no audio samples|not a readable)"):
        load_audio(path)


def test_source_format_names_container_and_codec(tmp_path: Path) -> None:
    path = tmp_path / "ulaw.wav"
    encode(path, "pcm_mulaw", 8000, 2)
    assert load_audio(path).source_format == "wav/pcm_mulaw"
