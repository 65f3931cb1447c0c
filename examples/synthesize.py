"""Render a scripted call (YAML) to audio with two espeak-ng voices.

Needs ``espeak-ng`` and ``ffmpeg`` on PATH (Debian: ``apt-get install espeak-ng ffmpeg``).
Deterministic: the same script and tool versions give the same samples.

Script format (see ``examples/calls/*.yaml``)::

    call_id: acme-001
    channels: agent_left        # agent_left | agent_right | mono
    sample_rate: 16000          # 8000 for telephone band
    format: ogg                 # ogg (Opus) | flac | mp3 | wav (mu-law)
    turns:
      - {speaker: agent, text: "...", pause: 0.4, overlap: 0.0}
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np
import yaml

VOICES = {"agent": ("en-us+m3", 150), "customer": ("en-us+f3", 145)}
ESPEAK_RATE = 22050
LEAD_IN_S = 0.6
DEFAULT_PAUSE_S = 0.45
CODECS = {
    "ogg": ["-c:a", "libopus", "-b:a", "24k"],
    "flac": ["-c:a", "flac", "-sample_fmt", "s16"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
    "wav": ["-c:a", "pcm_mulaw"],
}


def load_script(script: dict[str, Any] | Path) -> dict[str, Any]:
    """A script as a dict (a path is read as YAML)."""
    return script if isinstance(script, dict) else yaml.safe_load(Path(script).read_text(encoding="utf-8"))


def speak(text: str, speaker: str) -> np.ndarray:
    """One turn spoken by the speaker's voice, float32 mono at 22,050 Hz."""
    voice, wpm = VOICES[speaker]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "turn.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(out), text], check=True, capture_output=True)
        with wave.open(str(out)) as w:
            assert w.getframerate() == ESPEAK_RATE, w.getframerate()
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    audio = pcm.astype(np.float32) / 32768.0
    nonzero = np.flatnonzero(np.abs(audio) > 1e-3)  # trim espeak's own leading/trailing silence
    return audio[nonzero[0] : nonzero[-1] + 1] if nonzero.size else audio


def render_call(script: dict[str, Any] | Path, out_path: Path) -> list[dict[str, Any]]:
    """Render ``script`` to ``out_path`` and return each turn's ground-truth timing.

    Stereo layouts put the agent on the left (``agent_left``) or right (``agent_right``)
    channel and the customer on the other; ``mono`` mixes both on one track.
    """
    script = load_script(script)
    layout = script.get("channels", "agent_left")
    rate = int(script.get("sample_rate", 16000))
    fmt = script.get("format", Path(out_path).suffix.lstrip(".") or "ogg")
    if shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None:
        raise RuntimeError("rendering calls needs espeak-ng and ffmpeg on PATH")

    clips, timings, cursor = [], [], LEAD_IN_S
    for turn in script["turns"]:
        clip = speak(turn["text"], turn["speaker"])
        if not timings:
            start = cursor
        elif "overlap" in turn:  # talks over the previous turn
            start = max(0.0, cursor - float(turn["overlap"]))
        else:
            start = cursor + float(turn.get("pause", DEFAULT_PAUSE_S))
        clips.append((turn["speaker"], int(round(start * ESPEAK_RATE)), clip))
        end = start + len(clip) / ESPEAK_RATE
        timings.append({"speaker": turn["speaker"], "start_s": round(start, 3), "end_s": round(end, 3), "text": turn["text"]})
        cursor = max(cursor, end)

    total = int((cursor + LEAD_IN_S) * ESPEAK_RATE)
    tracks = {"agent": np.zeros(total, np.float32), "customer": np.zeros(total, np.float32)}
    for speaker, offset, clip in clips:
        tracks[speaker][offset : offset + len(clip)] += clip
    if layout == "mono":
        channels = [tracks["agent"] + tracks["customer"]]
    elif layout == "agent_left":
        channels = [tracks["agent"], tracks["customer"]]
    elif layout == "agent_right":
        channels = [tracks["customer"], tracks["agent"]]
    else:
        raise ValueError(f"channels {layout!r} is not agent_left, agent_right or mono")
    mix = np.clip(np.stack(channels, axis=1) * 0.8, -1.0, 1.0)

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "mix.wav"
        with wave.open(str(raw), "wb") as w:
            w.setnchannels(mix.shape[1])
            w.setsampwidth(2)
            w.setframerate(ESPEAK_RATE)
            w.writeframes((mix * 32767).astype("<i2").tobytes())
        cmd = ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(raw), "-ar", str(rate),
               *CODECS[fmt], "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", str(out_path)]
        subprocess.run(cmd, check=True)
    return timings
