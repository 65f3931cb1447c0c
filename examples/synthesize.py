"""Render a scripted call (YAML or dict) to audio with two espeak-ng voices.

Needs ``espeak-ng`` and ``ffmpeg`` on PATH (Debian: ``apt-get install espeak-ng ffmpeg``).
Deterministic: the same script and tool versions give the same bytes (no dither, no
random noise, bit-exact encoder flags, no metadata).

Script format (see ``examples/calls/*.yaml``; keys not listed here are ignored)::

    call_id: acme-001
    channels: agent_left        # agent_left | agent_right | mono (default agent_left)
    sample_rate: 16000          # output rate; 8000 gives a telephone-band call (300-3400 Hz)
    format: ogg                 # ogg (Opus) | flac | mp3 | wav (mu-law); default: out_path's suffix
    voices: {agent: en-gb-x-rp+m3, customer: en-us+f2}   # optional espeak-ng voice+variant
    speed: {agent: 150, customer: 145}              # optional words per minute
    crosstalk: 0.0              # optional: stereo only, gain of the other party bleeding into each channel
    turns:
      - {speaker: agent, text: "..."}
      - {speaker: customer, text: "...", pause: 0.4}    # silence before this turn (default 0.45 s)
      - {speaker: agent, text: "...", overlap: 0.8}     # starts 0.8 s before the previous turn ends
      - {speaker: customer, text: "j.doe@x.com", say: "j dot doe at x dot com", speed: 120}
                                # say: what espeak-ng reads instead of text (text stays the truth)

Use :func:`render_call` to write a file and get the ground-truth turn timings, or
:func:`timeline` for the timings alone.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np
import yaml

# A variant is named by its file (lower case): espeak-ng falls back to its default male voice, silently,
# for a name it does not find ("+Linda"), so voices are checked before use (check_voice).
DEFAULT_VOICES = {"agent": "en-gb-x-rp+m3", "customer": "en-us+f2"}
DEFAULT_SPEED = {"agent": 150, "customer": 145}
SPEAKERS = ("agent", "customer")
LAYOUTS = ("agent_left", "agent_right", "mono")
ESPEAK_RATE = 22050
LEAD_IN_S = 0.6  # silence before the first turn and after the last
DEFAULT_PAUSE_S = 0.45
LEVEL = 0.8  # peak scale of the mix; espeak-ng output peaks near full scale
CODECS = {
    "ogg": ["-c:a", "libopus", "-b:a", "24k", "-application", "voip"],
    "flac": ["-c:a", "flac", "-sample_fmt", "s16", "-compression_level", "8"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
    "wav": ["-c:a", "pcm_mulaw"],
}


def load_script(script: dict[str, Any] | Path | str) -> dict[str, Any]:
    """A script as a dict (a path is read as YAML), checked for the keys rendering needs."""
    if not isinstance(script, dict):
        script = yaml.safe_load(Path(script).read_text(encoding="utf-8"))
    if not isinstance(script, dict) or not script.get("turns"):
        raise ValueError("a call script needs a non-empty 'turns' list")
    layout = script.get("channels", "agent_left")
    if layout not in LAYOUTS:
        raise ValueError(f"channels {layout!r} is not one of {LAYOUTS}")
    for i, turn in enumerate(script["turns"]):
        if turn.get("speaker") not in SPEAKERS or not str(turn.get("text", "")).strip():
            raise ValueError(f"turn {i}: needs speaker (agent or customer) and non-empty text, got {turn!r}")
    return script


@functools.lru_cache(maxsize=1)
def _variants() -> frozenset[str]:
    """The variant file names espeak-ng knows ("m3", "linda", ...)."""
    listing = subprocess.run(["espeak-ng", "--voices=variant"], check=True, capture_output=True, text=True).stdout
    return frozenset(line.split()[4].split("/", 1)[1] for line in listing.splitlines()[1:] if len(line.split()) >= 5)


def check_voice(voice: str) -> None:
    """Raise ``ValueError`` when ``voice``'s "+variant" is not a variant espeak-ng has (it would
    otherwise speak with its default voice and say nothing)."""
    _, plus, variant = voice.partition("+")
    if plus and variant not in _variants():
        near = sorted(v for v in _variants() if v.lower() == variant.lower())
        raise ValueError(f"espeak-ng has no voice variant {variant!r}" + (f" (did you mean {near[0]!r}?)" if near else ""))


def speak(text: str, voice: str, wpm: int) -> np.ndarray:
    """``text`` spoken by espeak-ng ``voice`` at ``wpm``: float32 mono at 22,050 Hz, silence trimmed."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("rendering calls needs espeak-ng on PATH (apt-get install espeak-ng)")
    check_voice(voice)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "turn.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(out), "--", text],
                       check=True, capture_output=True)
        with wave.open(str(out)) as w:
            if w.getframerate() != ESPEAK_RATE or w.getnchannels() != 1:
                raise RuntimeError(f"espeak-ng wrote {w.getnchannels()} ch at {w.getframerate()} Hz")
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    audio = pcm.astype(np.float32) / 32768.0
    voiced = np.flatnonzero(np.abs(audio) > 1e-3)
    return audio[voiced[0] : voiced[-1] + 1] if voiced.size else audio


def _place(script: dict[str, Any]) -> tuple[list[dict[str, Any]], list[tuple[str, int, np.ndarray]], float]:
    """Speak every turn and place it on the timeline: (timings, clips, total seconds)."""
    voices = {**DEFAULT_VOICES, **(script.get("voices") or {})}
    speed = {**DEFAULT_SPEED, **(script.get("speed") or {})}
    timings: list[dict[str, Any]] = []
    clips: list[tuple[str, int, np.ndarray]] = []
    cursor = LEAD_IN_S  # end of the latest turn so far
    for turn in script["turns"]:
        who = turn["speaker"]
        clip = speak(str(turn.get("say") or turn["text"]), voices[who], int(turn.get("speed") or speed[who]))
        if not timings:
            start = cursor + float(turn.get("pause", 0.0))
        elif turn.get("overlap") is not None:  # talks over the end of the previous turn
            start = max(timings[-1]["start_s"], cursor - float(turn["overlap"]))
        else:
            start = cursor + float(turn.get("pause", DEFAULT_PAUSE_S))
        offset = int(round(start * ESPEAK_RATE))
        start = offset / ESPEAK_RATE
        end = start + len(clip) / ESPEAK_RATE
        clips.append((who, offset, clip))
        timings.append({"speaker": who, "start_s": round(start, 3), "end_s": round(end, 3), "text": str(turn["text"])})
        cursor = max(cursor, end)
    return timings, clips, cursor + LEAD_IN_S


def timeline(script: dict[str, Any] | Path | str) -> dict[str, Any]:
    """The ground-truth timings :func:`render_call` would produce, without writing audio.

    Returns ``{"duration_s": float, "turns": [{speaker, start_s, end_s, text}, ...]}``.
    """
    timings, _, total = _place(load_script(script))
    return {"duration_s": round(total, 3), "turns": timings}


def render_call(script: dict[str, Any] | Path | str, out_path: Path | str) -> dict[str, Any]:
    """Render ``script`` to ``out_path`` and return the ground truth of what was rendered.

    Stereo layouts put the agent on the left (``agent_left``) or right (``agent_right``)
    channel and the customer on the other; ``mono`` mixes both on one track. The file is
    resampled to the script's ``sample_rate`` (8 kHz calls are also band-limited to
    300-3400 Hz like a phone line) and encoded per ``format`` or the file suffix.

    Returns ``{"call_id", "duration_s", "sample_rate", "channels" (count), "layout",
    "turns": [{"speaker", "start_s", "end_s", "text"}, ...]}``; times are seconds from
    the start of the file.
    """
    script = load_script(script)
    out_path = Path(out_path)
    layout = script.get("channels", "agent_left")
    rate = int(script.get("sample_rate", 16000))
    fmt = str(script.get("format") or out_path.suffix.lstrip(".") or "ogg")
    if fmt not in CODECS:
        raise ValueError(f"format {fmt!r} is not one of {sorted(CODECS)}")
    if shutil.which("ffmpeg") is None:
        raise RuntimeError("rendering calls needs ffmpeg on PATH (apt-get install ffmpeg)")

    timings, clips, total_s = _place(script)
    total = int(round(total_s * ESPEAK_RATE))
    tracks = {who: np.zeros(total, np.float32) for who in SPEAKERS}
    for who, offset, clip in clips:
        tracks[who][offset : offset + len(clip)] += clip
    if layout == "mono":
        channels = [tracks["agent"] + tracks["customer"]]
    else:
        bleed = float(script.get("crosstalk", 0.0))
        agent = tracks["agent"] + bleed * tracks["customer"]
        customer = tracks["customer"] + bleed * tracks["agent"]
        channels = [agent, customer] if layout == "agent_left" else [customer, agent]
    mix = np.clip(np.stack(channels, axis=1) * LEVEL, -1.0, 1.0)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    band = ["-af", "highpass=f=300,lowpass=f=3400"] if rate <= 8000 else []
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "mix.wav"
        with wave.open(str(raw), "wb") as w:
            w.setnchannels(mix.shape[1])
            w.setsampwidth(2)
            w.setframerate(ESPEAK_RATE)
            w.writeframes(np.round(mix * 32767).astype("<i2").tobytes())
        cmd = ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(raw), *band, "-ar", str(rate),
               *CODECS[fmt], "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
               "-f", {"ogg": "ogg", "flac": "flac", "mp3": "mp3", "wav": "wav"}[fmt], str(out_path)]
        subprocess.run(cmd, check=True)
    return {
        "call_id": script.get("call_id", out_path.stem),
        "duration_s": round(total / ESPEAK_RATE, 3),
        "sample_rate": rate,
        "channels": mix.shape[1],
        "layout": layout,
        "turns": timings,
    }
