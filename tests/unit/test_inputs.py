from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from audit.errors import ManifestError
from audit.inputs import discover_calls


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"RIFF")
    return path


def test_without_manifest_every_audio_file_is_a_call_named_by_its_stem(tmp_path: Path) -> None:
    for name in ("b.wav", "a.flac", "sub/c.mp3", "notes.txt", "d.OGG"):
        touch(tmp_path / name)
    found = discover_calls(tmp_path)
    assert [c.call_id for c in found.calls] == ["a", "b", "d", "c"]
    assert all(c.channels is None and c.customer_region is None for c in found.calls)
    assert found.rejected == () and found.manifest is None


def test_csv_manifest_describes_calls_and_unlisted_files_still_count(tmp_path: Path) -> None:
    touch(tmp_path / "x.wav")
    touch(tmp_path / "y.wav")
    (tmp_path / "manifest.csv").write_text(
        "file,call_id,agent_id,started_at,customer_region,channels\n"
        "x.wav,call-1,agent-9,2026-11-20T14:03:00-05:00,ca,mono\n"
    )
    found = discover_calls(tmp_path)  # manifest.csv inside the folder is picked up
    first = found.calls[0]
    assert (first.call_id, first.agent_id, first.customer_region, first.channels) == ("call-1", "agent-9", "CA", "mono")
    assert first.started_at == datetime.fromisoformat("2026-11-20T14:03:00-05:00")
    assert [c.call_id for c in found.calls] == ["call-1", "y"]


def test_bad_rows_and_missing_files_fail_only_their_call(tmp_path: Path) -> None:
    touch(tmp_path / "ok.wav")
    touch(tmp_path / "bad.wav")
    manifest = tmp_path / "calls.jsonl"
    manifest.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"file": "ok.wav", "call_id": "ok", "channels": "agent_right"},
                {"file": "bad.wav", "call_id": "bad", "channels": "left"},
                {"file": "gone.wav", "call_id": "gone"},
                {"file": "ok.wav", "call_id": "ok"},
            ]
        )
    )
    found = discover_calls(tmp_path, manifest)
    assert [c.call_id for c in found.calls] == ["ok"]
    reasons = {r.call_id: r.reason for r in found.rejected}
    assert "calls.jsonl line 2" in reasons["bad"] and "'left'" in reasons["bad"]
    assert reasons["gone"] == "gone.wav: listed in calls.jsonl line 3 but not found"
    assert any("duplicate call_id 'ok'" in r.reason for r in found.rejected)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,channels\nx.wav,mono\n", "no 'file' column"),
        ("file,colour\nx.wav,red\n", "unknown manifest column(s) ['colour']"),
    ],
)
def test_unusable_manifest_is_fatal_and_named(tmp_path: Path, content: str, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(content)
    with pytest.raises(ManifestError, match="m.csv") as err:
        discover_calls(tmp_path, manifest)
    assert message in str(err.value)


def test_missing_input_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="nope"):
        discover_calls(tmp_path / "nope")
