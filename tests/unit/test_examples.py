"""The sample calls: scripts, manifests and audio agree, the set covers every situation the
checks must handle, and the synthesiser renders what a script asks for."""

from __future__ import annotations

import csv
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path

import av
import numpy as np
import pytest
import yaml

from tests.conftest import EXAMPLES

sys.path.insert(0, str(EXAMPLES))
import synthesize  # noqa: E402

SCRIPT_PATHS = sorted((EXAMPLES / "calls").glob("*.yaml"))
SCRIPTS = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in SCRIPT_PATHS]
LABEL_VALUES = {
    "disclosure": {"given", "late", "missing"},
    "courtesy": {True, False},
    "discrimination": {True, False},
    "inaccurate": {True, False},
}
needs_tools = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None, reason="needs espeak-ng and ffmpeg"
)


def probe(path: Path) -> tuple[int, int, float]:
    """(channels, sample rate, seconds) of an audio file, decoded in full.

    Opus always decodes at 48 kHz; its header keeps the rate the encoder was given.
    """
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
        samples = sum(frame.samples for frame in container.decode(stream))
    seconds = samples / rate
    head = path.read_bytes()[:200]
    if b"OpusHead" in head:
        at = head.index(b"OpusHead")
        rate = int.from_bytes(head[at + 12 : at + 16], "little")  # input sample rate
    return channels, rate, seconds


def test_there_are_enough_scripts() -> None:
    assert len(SCRIPTS) >= 7


@pytest.mark.parametrize("path", SCRIPT_PATHS, ids=lambda p: p.stem)
def test_script_has_the_required_fields(path: Path) -> None:
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert script["call_id"] == path.stem
    assert script["channels"] in ("agent_left", "agent_right", "mono")
    assert re.fullmatch(r"[A-Z]{2}", script["customer_region"])
    assert script["sample_rate"] in (8000, 16000)
    assert script.get("format", "ogg") in synthesize.CODECS
    assert re.fullmatch(r"agent-\d+", script["agent_id"])
    assert datetime.fromisoformat(script["started_at"]).tzinfo is not None
    assert set(script["labels"]) == set(LABEL_VALUES)
    for name, allowed in LABEL_VALUES.items():
        assert script["labels"][name] in allowed, name
    assert script["pii"] and all(isinstance(v, str) and v.strip() for v in script["pii"])
    assert len(script["turns"]) >= 4
    for turn in script["turns"]:
        assert turn["speaker"] in ("agent", "customer") and turn["text"].strip()
        assert set(turn) <= {"speaker", "text", "pause", "overlap", "say", "speed"}, set(turn)
    synthesize.load_script(script)  # the synthesiser accepts it too


def test_call_ids_are_unique() -> None:
    ids = [s["call_id"] for s in SCRIPTS]
    assert len(ids) == len(set(ids))


def test_the_set_covers_every_situation() -> None:
    labels = [s["labels"] for s in SCRIPTS]
    assert {lab["disclosure"] for lab in labels} == {"given", "late", "missing"}
    for name in ("courtesy", "discrimination", "inaccurate"):
        assert any(lab[name] for lab in labels), name
    layouts = {s["channels"] for s in SCRIPTS}
    assert layouts == {"agent_left", "agent_right", "mono"}
    assert any(s["sample_rate"] == 8000 for s in SCRIPTS)
    # hard negatives: a hostile customer with a polite agent; a trait mentioned helpfully
    hostile = [s for s in SCRIPTS if not s["labels"]["courtesy"]
               and any(t["speaker"] == "customer" and re.search(r"useless|pathetic|ridiculous", t["text"], re.I)
                       for t in s["turns"])]
    assert hostile
    assert any(not s["labels"]["discrimination"]
               and re.search(r"spanish|senior|accent|years old", " ".join(t["text"] for t in s["turns"]), re.I)
               for s in SCRIPTS)
    assert any(any(t.get("overlap") for t in s["turns"]) for s in SCRIPTS)  # talking over


def test_pii_covers_spoken_and_written_forms() -> None:
    values = [v for s in SCRIPTS for v in s["pii"]]
    assert any(re.fullmatch(r"[\d ]{19}", v) for v in values)  # card numbers
    assert any("@" in v for v in values)  # emails
    assert any(re.search(r"\d+ \w+ (Street|Road|Avenue)", v) for v in values)  # street addresses
    assert any(re.fullmatch(r"\d{5}", v) for v in values)  # zip codes
    texts = " ".join(t["text"] for s in SCRIPTS for t in s["turns"] if t["speaker"] == "customer")
    assert re.search(r"\bfour one one one\b", texts)  # a card number spoken as words ...
    assert re.search(r"\b\d{5}\b", texts)  # ... and numbers written as digits
    assert re.search(r"\bdot \w+ at \w+ dot com\b", texts)  # an email spelled out


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s["call_id"])
def test_disclosure_labels_match_the_words(script: dict) -> None:
    agent = [t["text"].lower() for t in script["turns"] if t["speaker"] == "agent"]
    label = script["labels"]["disclosure"]
    if label == "given":
        assert "recorded" in agent[0]
    elif label == "missing":
        assert not any("record" in t or "monitor" in t for t in agent)
    else:
        assert "recorded" not in agent[0] and any("recorded" in t for t in agent[2:])


@pytest.mark.parametrize("name", ["manifest.csv", "audio/manifest.csv"])
def test_manifest_matches_scripts_and_audio(name: str) -> None:
    manifest = EXAMPLES / name
    with open(manifest, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "call_id", "agent_id", "started_at", "customer_region", "channels"]
    by_id = {row["call_id"]: row for row in rows}
    assert set(by_id) == {s["call_id"] for s in SCRIPTS} and len(rows) == len(SCRIPTS)
    for script in SCRIPTS:
        row = by_id[script["call_id"]]
        path = manifest.parent / row["file"]
        assert path.is_file(), path
        assert path.name == f"{script['call_id']}.{script.get('format', 'ogg')}"
        for key in ("agent_id", "started_at", "customer_region", "channels"):
            assert row[key] == str(script[key]), key


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s["call_id"])
def test_audio_has_the_scripted_layout_rate_and_length(script: dict) -> None:
    path = EXAMPLES / "audio" / f"{script['call_id']}.{script.get('format', 'ogg')}"
    channels, rate, seconds = probe(path)
    assert channels == (1 if script["channels"] == "mono" else 2)
    assert rate == script["sample_rate"]
    assert 30 <= seconds <= 90


def test_the_audio_folder_stays_small() -> None:
    total = sum(p.stat().st_size for p in (EXAMPLES / "audio").iterdir() if p.is_file())
    assert total < 3 * 1024 * 1024


def test_scripts_that_cannot_render_are_rejected() -> None:
    with pytest.raises(ValueError, match="turns"):
        synthesize.load_script({"call_id": "x", "turns": []})
    with pytest.raises(ValueError, match="speaker"):
        synthesize.load_script({"turns": [{"speaker": "robot", "text": "hi"}]})
    with pytest.raises(ValueError, match="channels"):
        synthesize.load_script({"channels": "left", "turns": [{"speaker": "agent", "text": "hi"}]})


TINY = {
    "call_id": "tiny",
    "turns": [
        {"speaker": "agent", "text": "Thank you for calling Acme Mobile, this call is recorded."},
        {"speaker": "customer", "text": "Hello, I have a question about my bill.", "pause": 0.5},
    ],
}


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


@needs_tools
@pytest.mark.parametrize(
    ("layout", "rate", "suffix"), [("agent_right", 16000, "ogg"), ("mono", 8000, "flac"), ("agent_left", 8000, "wav")]
)
def test_render_a_tiny_call(tmp_path: Path, layout: str, rate: int, suffix: str) -> None:
    out = tmp_path / f"tiny.{suffix}"
    truth = synthesize.render_call({**TINY, "channels": layout, "sample_rate": rate}, out)
    channels, file_rate, seconds = probe(out)
    assert channels == truth["channels"] == (1 if layout == "mono" else 2)
    assert file_rate == truth["sample_rate"] == rate
    assert abs(seconds - truth["duration_s"]) < 0.1
    assert 3.0 < seconds < 12.0  # two short sentences at ~150 words a minute
    agent, customer = truth["turns"]
    assert (agent["speaker"], customer["speaker"]) == ("agent", "customer")
    assert agent["start_s"] == pytest.approx(synthesize.LEAD_IN_S)
    assert customer["start_s"] == pytest.approx(agent["end_s"] + 0.5, abs=0.01)
    assert customer["end_s"] + synthesize.LEAD_IN_S == pytest.approx(seconds, abs=0.1)
    if layout != "mono":  # the agent speaks on its own channel only
        from audit.audio import load_audio

        samples = load_audio(out).samples
        a_ch = 0 if layout == "agent_left" else 1
        during_agent = slice(int(agent["start_s"] * 16000), int(agent["end_s"] * 16000))
        during_customer = slice(int(customer["start_s"] * 16000), int(customer["end_s"] * 16000))
        assert _rms(samples[a_ch, during_agent]) > 20 * _rms(samples[1 - a_ch, during_agent])
        assert _rms(samples[1 - a_ch, during_customer]) > 20 * _rms(samples[a_ch, during_customer])


@needs_tools
def test_rendering_is_deterministic_and_overlap_talks_over(tmp_path: Path) -> None:
    script = {**TINY, "channels": "agent_left", "sample_rate": 16000,
              "turns": [TINY["turns"][0], {"speaker": "customer", "text": "Sorry, what?", "overlap": 0.8}]}
    a = synthesize.render_call(script, tmp_path / "a.flac")
    b = synthesize.render_call(script, tmp_path / "b.flac")
    assert (tmp_path / "a.flac").read_bytes() == (tmp_path / "b.flac").read_bytes()
    assert a == b
    first, second = a["turns"]
    assert second["start_s"] == pytest.approx(first["end_s"] - 0.8, abs=0.01)
    assert synthesize.timeline(script)["turns"] == a["turns"]


def _median_f0(x: np.ndarray, rate: int) -> float:
    """Median pitch (Hz) of the louder 40 ms frames, from the autocorrelation peak at 2.5-15 ms."""
    n = int(0.04 * rate)
    frames = [x[i : i + n] for i in range(0, len(x) - n, n)]
    loud = [f for f in frames if _rms(f) > 0.5 * max(_rms(g) for g in frames)]
    lags = []
    for f in loud:
        ac = np.correlate(f - f.mean(), f - f.mean(), "full")[n - 1 :]
        lo, hi = int(rate / 400), int(rate / 66)
        lags.append(lo + int(np.argmax(ac[lo:hi])))
    return float(rate / np.median(lags))


@needs_tools
def test_the_default_voices_are_two_different_voices() -> None:
    # espeak-ng reads "+Linda" as no variant and silently speaks with its default male voice: refused
    with pytest.raises(ValueError, match="did you mean 'linda'"):
        synthesize.check_voice("en-us+Linda")
    text = "Thank you for calling, how can I help you today?"
    agent = synthesize.speak(text, synthesize.DEFAULT_VOICES["agent"], 150)
    customer = synthesize.speak(text, synthesize.DEFAULT_VOICES["customer"], 150)
    f_agent, f_customer = _median_f0(agent, synthesize.ESPEAK_RATE), _median_f0(customer, synthesize.ESPEAK_RATE)
    assert f_customer > 1.5 * f_agent, (f_agent, f_customer)
