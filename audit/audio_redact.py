"""A redacted copy of a call's audio: the time of every redaction span silenced or toned.

Spans come from :meth:`audit.redact.Redactor.redact` and carry the channel the words were
heard on, so on a stereo call only the speaker who said the card number is muted. The
original samples are never modified: :func:`redact_audio` returns a new array.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np

from audit.types import Audio, RedactionSpan

TONE_HZ = 1000.0
TONE_LEVEL = 0.1  # -20 dBFS: clearly a bleep, not loud


def redact_audio(
    audio: Audio,
    spans: Sequence[RedactionSpan],
    mode: Literal["silence", "tone"] = "silence",
    pad_s: float = 0.15,
) -> np.ndarray:
    """A copy of ``audio.samples`` with each span (widened by ``pad_s`` either side) muted or
    replaced by a 1 kHz tone on the span's channel. On mono audio the one channel is used; a span
    naming a channel the audio lacks is applied to every channel (fail closed)."""
    if mode not in ("silence", "tone"):
        raise ValueError(f"mode must be 'silence' or 'tone', got {mode!r}")
    if pad_s < 0:
        raise ValueError(f"pad_s must be >= 0, got {pad_s}")
    out = np.array(audio.samples, dtype=np.float32, copy=True)
    if out.ndim == 1:
        out = out[np.newaxis, :]
    n_channels, n = out.shape
    rate = audio.sample_rate
    for span in spans:
        a = max(0, int(np.floor((span.start_s - pad_s) * rate)))
        b = min(n, int(np.ceil((span.end_s + pad_s) * rate)))
        if b <= a:
            continue
        if n_channels == 1:
            rows = [0]
        elif 0 <= span.channel < n_channels:
            rows = [span.channel]
        else:
            rows = list(range(n_channels))
        fill = 0.0
        if mode == "tone":
            t = np.arange(a, b, dtype=np.float64) / rate
            fill = (TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
        for row in rows:
            out[row, a:b] = fill
    return out


def write_audio(path: Path, samples: np.ndarray, sample_rate: int) -> None:
    """Write float samples in [-1, 1], shape (channels, n), as 16-bit FLAC (``.flac``) or WAV
    (any other suffix) with PyAV. Written to a temporary file first, then moved into place."""
    import av

    path = Path(path)
    data = np.asarray(samples, dtype=np.float32)
    if data.ndim == 1:
        data = data[np.newaxis, :]
    if data.ndim != 2 or data.shape[0] not in (1, 2):
        raise ValueError(f"samples must have shape (1 or 2 channels, n), got {data.shape}")
    pcm = (np.clip(data, -1.0, 1.0) * 32767.0).round().astype(np.int16)
    layout = "mono" if pcm.shape[0] == 1 else "stereo"
    flac = path.suffix.lower() == ".flac"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".redacted-", suffix=path.suffix or ".wav", dir=path.parent)
    os.close(fd)
    try:
        with av.open(tmp, mode="w", format="flac" if flac else "wav") as container:
            stream = container.add_stream("flac" if flac else "pcm_s16le", rate=sample_rate, layout=layout)
            if flac:
                frame = av.AudioFrame.from_ndarray(pcm, format="s16p", layout=layout)
            else:  # packed: one row of interleaved samples
                frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1), format="s16", layout=layout)
            frame.sample_rate = sample_rate
            for packet in stream.encode(frame):
                container.mux(packet)
            for packet in stream.encode(None):
                container.mux(packet)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
