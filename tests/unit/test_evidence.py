"""Evidence bundles: contents, redacted audio excerpts, missing audio reported, verify catches any alteration."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from audit import ledger
from audit.cli import main
from audit.evidence import AudioTools, EvidenceError, export_bundle
from audit.store import AuditStore
from audit.types import Audio
from tests.unit.test_store import outcome, run_info

RATE = 1000


def fake_tools(written: dict[str, np.ndarray], sha: str = "sha-1") -> AudioTools:
    def load(path: Path) -> Audio:
        return Audio(np.ones((2, 60 * RATE), dtype=np.float32), RATE, sha)

    def redact(audio: Audio, spans, mode: str = "silence") -> np.ndarray:
        out = audio.samples.copy()
        for s in spans:
            out[s.channel, int(s.start_s * RATE):int(s.end_s * RATE)] = 0.0
        return out

    def write(path: Path, samples: np.ndarray, rate: int) -> None:
        written[path.name] = samples
        path.write_bytes(samples.tobytes())

    return AudioTools(load, redact, write)


@pytest.fixture
def audit_dir(tmp_path: Path) -> Path:
    store = AuditStore(tmp_path / "audit")
    store.write_outcome(outcome("c1", status="error"), run_info("run-0"))
    store.write_outcome(outcome("c1"), run_info("run-1"))
    store.write_outcome(outcome("c2"), run_info("run-1"))
    store.save_config("cfg-a", "checks:\n  disclosure: {window_s: 30.0}\n")
    return tmp_path / "audit"


def test_bundle_holds_current_rows_redacted_excerpts_config_and_manifest(audit_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "c1.wav").write_bytes(b"RIFF")
    written: dict[str, np.ndarray] = {}
    report = export_bundle(audit_dir, ["c1"], tmp_path / "bundle", audio_dir=tmp_path / "calls",
                           audio_tools=fake_tools(written))
    bundle = tmp_path / "bundle"
    call = json.loads((bundle / "calls" / "c1" / "call.json").read_text())
    assert call["call"]["run_id"] == "run-1" and call["call"]["status"] == "ok"
    assert [a["status"] for a in call["audits"]] == ["error", "ok"] and call["audits"][1]["current"]
    findings = json.loads((bundle / "calls" / "c1" / "findings.json").read_text())
    assert findings[0]["evidence"] == "That is your problem." and findings[0]["reason"] == "discourteous_tone"
    assert json.loads((bundle / "calls" / "c1" / "transcript.json").read_text())[0]["text"] == "my card is <CREDIT_CARD>"
    assert (bundle / "configs" / "cfg-a.yaml").read_text().startswith("checks:")
    # finding at 3.0-4.5 s, padded 5 s: 0-9.5 s; the card number (6-7 s, channel 1) is silenced
    clip = written["finding-000-courtesy.wav"]
    assert clip.shape == (2, int(9.5 * RATE))
    assert clip[1, 6 * RATE:7 * RATE].max() == 0.0 and clip[0, 6 * RATE:7 * RATE].min() == 1.0
    assert "1 redacted excerpt" in report.audio["c1"]
    manifest = json.loads((bundle / "manifest.json").read_text())
    paths = {f["path"] for f in manifest["files"]}
    assert "calls/c1/audio/finding-000-courtesy.wav" in paths and "provenance.json" in paths
    assert sorted(f["path"].split("/")[0] for f in manifest["audit_log_files"]) == ["calls", "findings", "redactions", "utterances"]
    assert ledger.verify_bundle(bundle).ok and ledger.verify(audit_dir).ok


def test_missing_or_changed_audio_is_reported_not_fatal(audit_dir: Path, tmp_path: Path) -> None:
    report = export_bundle(audit_dir, ["c1", "c2"], tmp_path / "b1", audio_dir=tmp_path / "nowhere",
                           audio_tools=fake_tools({}))
    assert report.audio == {"c1": "audio file missing", "c2": "audio file missing"}
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "c1.wav").write_bytes(b"RIFF")
    report = export_bundle(audit_dir, ["c1"], tmp_path / "b2", audio_dir=tmp_path / "calls",
                           audio_tools=fake_tools({}, sha="other"))
    assert "sha256 mismatch" in report.audio["c1"]
    report = export_bundle(audit_dir, ["c1"], tmp_path / "b3", audio_dir=tmp_path / "calls", audio_tools=None)
    assert "never exported unredacted" in report.audio["c1"] and not (tmp_path / "b3" / "calls" / "c1" / "audio").exists()


def test_verify_bundle_names_an_altered_missing_or_added_file(audit_dir: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    export_bundle(audit_dir, ["c1"], bundle, audio_tools=None)
    target = bundle / "calls" / "c1" / "findings.json"
    data = bytearray(target.read_bytes())
    data[10] ^= 0x01
    target.write_bytes(bytes(data))
    assert ledger.verify_bundle(bundle).problems == ["calls/c1/findings.json: content differs from the digest recorded in manifest.json"]
    assert main(["verify", "--bundle", str(bundle)]) == 1
    target.unlink()
    (bundle / "extra.txt").write_text("x")
    assert ledger.verify_bundle(bundle).problems == ["calls/c1/findings.json: recorded in manifest.json but missing",
                                                     "extra.txt: not recorded in manifest.json"]


def test_a_rewritten_manifest_is_caught_by_the_ledger(audit_dir: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    export_bundle(audit_dir, ["c1"], bundle, audio_tools=None)
    target = bundle / "calls" / "c1" / "findings.json"
    target.write_text(target.read_text().replace("discourteous_tone", "ok"))
    manifest = json.loads((bundle / "manifest.json").read_text())
    for f in manifest["files"]:
        f["sha256"] = ledger.file_sha256(bundle / f["path"])
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    problems = ledger.verify_bundle(bundle).problems
    assert len(problems) == 1 and problems[0].startswith("manifest.json: digest not recorded by any export")


def test_export_refuses_unknown_calls_and_an_altered_log(audit_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match=r"no such call\(s\).*'c404'"):
        export_bundle(audit_dir, ["c404"], tmp_path / "b", audio_tools=None)
    target = next((audit_dir / "findings").rglob("run-1--c1.parquet"))
    original = target.read_bytes()
    metadata_at = original.index(b"call_audit.run_id")  # a byte inside the footer's key-value metadata
    target.write_bytes(original[:metadata_at] + b"X" + original[metadata_at + 1:])
    with pytest.raises(EvidenceError, match="findings/audit_date=.*/run-1--c1.parquet: content differs"):
        export_bundle(audit_dir, ["c1"], tmp_path / "b", audio_tools=None)
    target.write_bytes(original[:-1] + b"\x00")
    with pytest.raises(EvidenceError, match="run-1--c1.parquet"):
        export_bundle(audit_dir, ["c1"], tmp_path / "b", audio_tools=None)
    assert not (tmp_path / "b").exists()



def test_cli_export_with_the_real_audio_tools(tmp_path: Path, capsys) -> None:
    """A real WAV through load_audio -> redact_audio -> write_audio; then verify --bundle."""
    import wave
    from dataclasses import replace

    pytest.importorskip("audit.audio_redact")
    from audit.audio import load_audio

    recording = tmp_path / "rec" / "c7.wav"
    recording.parent.mkdir()
    tone = (0.5 * np.sin(np.arange(16000 * 12) / 16000 * 2 * np.pi * 300) * 32767).astype("<i2")
    with wave.open(str(recording), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(np.repeat(tone, 2).tobytes())
    sha = load_audio(recording).sha256
    base = outcome("c7", sha=sha)
    AuditStore(tmp_path / "audit").write_outcome(replace(base, spec=replace(base.spec, path=recording)), run_info())
    bundle = tmp_path / "bundle"
    assert main(["evidence", str(tmp_path / "audit"), "c7", "--out", str(bundle)]) == 0
    assert "c7: audio: 1 redacted excerpt(s) (1 span(s) silenced)" in capsys.readouterr().out
    clip = load_audio(bundle / "calls" / "c7" / "audio" / "finding-000-courtesy.wav")
    assert clip.channels == 2 and abs(clip.duration_s - 9.5) < 0.05  # 3.0-4.5 s padded by 5 s, clipped at 0
    rate = clip.sample_rate
    assert np.abs(clip.samples[1, int(6.2 * rate):int(6.8 * rate)]).max() < 1e-3  # the card number, silenced
    assert np.abs(clip.samples[0, int(6.2 * rate):int(6.8 * rate)]).max() > 0.1  # the other channel kept
    assert main(["verify", "--bundle", str(bundle)]) == 0


def test_cli_selects_calls_by_the_flagged_query(audit_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["evidence", str(audit_dir), "--check", "courtesy", "--out", str(tmp_path / "q")]) == 0
    manifest = json.loads((tmp_path / "q" / "manifest.json").read_text())
    assert sorted(manifest["call_ids"]) == ["c1", "c2"]
    assert "query selected 2 flagged call(s)" in capsys.readouterr().out
    assert main(["evidence", str(audit_dir), "--agent", "nobody", "--out", str(tmp_path / "none")]) == 2
    assert "no calls to export" in capsys.readouterr().out and not (tmp_path / "none").exists()
    assert main(["evidence", str(audit_dir), "c2", "--check", "disclosure", "--out", str(tmp_path / "one")]) == 0
    assert json.loads((tmp_path / "one" / "manifest.json").read_text())["call_ids"] == ["c2"]


def test_select_calls_takes_ids_and_a_query_with_iso_dates_and_severity_names(audit_dir: Path) -> None:
    from audit.evidence import select_calls

    assert select_calls(audit_dir, ["c2", "c2"]) == ["c2"]
    assert select_calls(audit_dir, ["c2"], {"check": "courtesy", "since": "2000-01-01", "min_severity": "low"}) == ["c2", "c1"]
    assert select_calls(audit_dir, [], {"until": "2000-01-01"}) == []
