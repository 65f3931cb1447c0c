"""Decode call recordings to 16 kHz float32, one row per channel.

PyAV (FFmpeg, installed with faster-whisper) reads WAV (PCM 8/16/24/32-bit, float,
mu-law, A-law), FLAC, MP3, Ogg/Opus, M4A and more, at any sample rate and channel count.
Channels are kept apart: on stereo call recordings each one is a party.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from audit.errors import AudioError
from audit.types import Audio

SAMPLE_RATE = 16_000


def load_audio(path: Path, sample_rate: int = SAMPLE_RATE) -> Audio:
    """Decode ``path`` to float32 samples in [-1, 1], shape (channels, n), at ``sample_rate``.

    Raises :class:`AudioError` naming the file when it is missing, empty, not audio, or
    decodes to no samples.
    """
    import av

    path = Path(path)
    if not path.is_file():
        raise AudioError(path, "file not found")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(path, "file is empty (0 bytes)")
    digest = _sha256(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:  # type: ignore[attr-defined]
        raise AudioError(path, f"not a readable audio file ({_reason(exc)})") from None
    with container:
        if not container.streams.audio:
            raise AudioError(path, "contains no audio stream")
        stream = container.streams.audio[0]
        codec = stream.codec_context.name
        channels = stream.codec_context.channels or 1
        layout = stream.codec_context.layout.name if stream.codec_context.layout else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=sample_rate)
        chunks: list[np.ndarray] = []
        try:
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except (av.error.FFmpegError, ValueError) as exc:  # type: ignore[attr-defined]
            if not chunks:
                raise AudioError(path, f"cannot decode {codec} audio ({_reason(exc)})") from None
            # A truncated file: keep what decoded; the transcript covers the readable part.
    if not chunks:
        raise AudioError(path, "decodes to no audio samples")
    samples = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    if samples.shape[0] != channels and samples.shape[0] > 0:
        channels = samples.shape[0]
    if samples.shape[1] < sample_rate // 10:
        raise AudioError(path, f"audio too short ({samples.shape[1] / sample_rate:.2f} s)")
    return Audio(
        samples=np.clip(samples, -1.0, 1.0),
        sample_rate=sample_rate,
        sha256=digest,
        source_format=f"{container.format.name}/{codec}",
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[-1].strip() or type(exc).__name__
