"""Decode call recordings to 16 kHz float32, one row per channel.

PyAV (FFmpeg, installed with faster-whisper) reads WAV (PCM 8/16/24/32-bit, float,
mu-law, A-law), FLAC, MP3, Ogg/Opus, M4A and more, at any sample rate and channel count.
Channels are kept apart: on stereo call recordings each one is a party.

Decoding is incremental into one preallocated buffer (sized from the container's
declared duration, grown if needed), so peak memory is about the decoded audio itself:
an hour of stereo is ~460 MB at 16 kHz float32.

A recording that ends before its header says it should (a cut upload, a copy that
failed half way) is an error, not a shorter call: auditing half a call would report a
missing disclosure or a missing close that was in fact never read.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import numpy as np

from audit.errors import AudioError
from audit.types import Audio

SAMPLE_RATE = 16_000
MIN_SECONDS = 0.1
# Decoded audio this much shorter than the declared duration means a truncated file.
_TRUNCATION_RATIO = 0.97
_TRUNCATION_SLACK_S = 0.25


def load_audio(path: Path, sample_rate: int = SAMPLE_RATE) -> Audio:
    """Decode ``path`` to float32 samples in [-1, 1], shape (channels, n), at ``sample_rate``.

    Raises :class:`AudioError` naming the file when it is missing, empty, not audio,
    truncated (shorter than its header declares, or failing to decode part way), or
    decodes to less than 0.1 s of samples.
    """
    import av

    path = Path(path)
    if not path.is_file():
        raise AudioError(path, "file not found")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(path, "file is empty (0 bytes)")
    digest = _sha256(path)
    _check_wav_length(path, size)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:  # type: ignore[attr-defined]
        raise AudioError(path, f"not a readable audio file ({_reason(exc)})") from None
    with container:
        if not container.streams.audio:
            raise AudioError(path, "contains no audio stream")
        stream = container.streams.audio[0]
        codec = stream.codec_context.name
        fmt = container.format.name.split(",")[0]
        channels = stream.codec_context.channels or 1
        layout = stream.codec_context.layout.name if stream.codec_context.layout else "mono"
        declared = _declared_seconds(container, stream)
        buffer = _Buffer(channels, int((declared or 60.0) * sample_rate) + sample_rate)
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=sample_rate)
        try:
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    buffer.append(out.to_ndarray())
            for out in resampler.resample(None):
                buffer.append(out.to_ndarray())
        except (av.error.FFmpegError, ValueError) as exc:  # type: ignore[attr-defined]
            if not buffer.n:
                raise AudioError(path, f"cannot decode {codec} audio ({_reason(exc)})") from None
            raise AudioError(
                path, f"truncated or corrupt: decoding stopped after {buffer.n / sample_rate:.1f} s ({_reason(exc)})"
            ) from None
    samples = buffer.array()
    seconds = samples.shape[1] / sample_rate
    if samples.shape[1] == 0:
        raise AudioError(path, "decodes to no audio samples (zero length)")
    if declared and seconds < declared * _TRUNCATION_RATIO - _TRUNCATION_SLACK_S:
        raise AudioError(path, f"truncated: {seconds:.1f} s decoded of the {declared:.1f} s its header declares")
    if seconds < MIN_SECONDS:
        raise AudioError(path, f"audio too short ({seconds:.2f} s)")
    np.clip(samples, -1.0, 1.0, out=samples)
    return Audio(samples=samples, sample_rate=sample_rate, sha256=digest, source_format=f"{fmt}/{codec}")


class _Buffer:
    """A (channels, n) float32 array filled frame by frame, grown by half when full."""

    def __init__(self, channels: int, capacity: int) -> None:
        self.data = np.empty((channels, max(capacity, 1)), np.float32)
        self.n = 0

    def append(self, chunk: np.ndarray) -> None:
        if chunk.shape[0] != self.data.shape[0]:  # FFmpeg changed the layout: follow it
            self.data = np.resize(self.data, (chunk.shape[0], self.data.shape[1]))
        need = self.n + chunk.shape[1]
        if need > self.data.shape[1]:
            grown = np.empty((self.data.shape[0], max(need, self.data.shape[1] * 3 // 2)), np.float32)
            grown[:, : self.n] = self.data[:, : self.n]
            self.data = grown
        self.data[:, self.n : need] = chunk
        self.n = need

    def array(self) -> np.ndarray:
        if self.n == self.data.shape[1]:
            return self.data
        # A copy of the used part frees the slack (at most a second plus the header's error).
        return np.ascontiguousarray(self.data[:, : self.n]) if self.n < self.data.shape[1] * 0.9 else self.data[:, : self.n]


def _declared_seconds(container, stream) -> float | None:  # type: ignore[no-untyped-def]
    """The duration the file's header declares, when it declares one."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return None


def _check_wav_length(path: Path, size: int) -> None:
    """A RIFF/WAVE file whose data chunk runs past the end of the file was cut short.

    FFmpeg trusts the file size over the header for WAV, so the check reads the header.
    """
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return
    offset = 12
    while offset + 8 <= len(head):
        chunk_id, chunk_size = head[offset : offset + 4], struct.unpack("<I", head[offset + 4 : offset + 8])[0]
        if chunk_id == b"data":
            if chunk_size in (0, 0xFFFFFFFF):  # streaming writers leave the size unset
                return
            missing = offset + 8 + chunk_size - size
            if missing > 0:
                raise AudioError(
                    path, f"truncated: the WAV header declares {chunk_size} bytes of audio, the file holds {chunk_size - missing}"
                )
            return
        offset += 8 + chunk_size + (chunk_size & 1)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[-1].strip() or type(exc).__name__
