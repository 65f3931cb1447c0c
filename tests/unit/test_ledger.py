"""The hash-chained ledger: verify names an altered, missing or unrecorded file, and an edited entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit import ledger
from audit.cli import main
from audit.store import AuditStore
from tests.unit.test_store import outcome, run_info


def test_verify_names_an_altered_missing_or_unrecorded_file(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    for cid in ("c1", "c2"):
        store.write_outcome(outcome(cid), run_info())
    assert ledger.verify(tmp_path).ok and ledger.verify(tmp_path).files_checked == 8
    target = sorted((tmp_path / "findings").rglob("*.parquet"))[0]
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    problems = ledger.verify(tmp_path).problems
    assert problems == [f"{target.relative_to(tmp_path).as_posix()}: content differs from the digest recorded in the ledger"]
    target.unlink()
    assert "recorded in the ledger but missing" in ledger.verify(tmp_path).problems[0]
    (tmp_path / "calls" / "extra.parquet").write_bytes(b"x")
    assert "calls/extra.parquet: not recorded in the ledger" in ledger.verify(tmp_path).problems


def test_verify_detects_an_edited_ledger_entry(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    lines = (tmp_path / "ledger.jsonl").read_text().splitlines()
    entry = json.loads(lines[0])
    entry["files"][0]["sha256"] = "0" * 64
    lines[0] = json.dumps(entry, sort_keys=True)
    (tmp_path / "ledger.jsonl").write_text("\n".join(lines) + "\n")
    assert ledger.verify(tmp_path).problems == ["ledger.jsonl line 1: hash chain broken (entry altered, removed or reordered)"]



def test_a_removed_or_reordered_entry_breaks_the_chain(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    for cid in ("c1", "c2", "c3"):
        store.write_outcome(outcome(cid), run_info())
    lines = (tmp_path / "ledger.jsonl").read_text().splitlines()
    (tmp_path / "ledger.jsonl").write_text("\n".join([lines[0], lines[2]]) + "\n")
    assert ledger.verify(tmp_path).problems == ["ledger.jsonl line 2: hash chain broken (entry altered, removed or reordered)"]
    (tmp_path / "ledger.jsonl").write_text("\n".join([lines[1], lines[0], lines[2]]) + "\n")
    assert "line 1: hash chain broken" in ledger.verify(tmp_path).problems[0]


def test_a_torn_last_line_stops_further_appends(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    with open(tmp_path / "ledger.jsonl", "a") as handle:
        handle.write('{"action": "wri')
    with pytest.raises(ledger.LedgerError, match="incomplete"):
        store.write_outcome(outcome("c2"), run_info())
    assert ledger.verify(tmp_path).problems == ["ledger.jsonl line 2: not valid JSON"]


def test_holds_are_replayed_from_the_ledger(tmp_path: Path) -> None:
    AuditStore(tmp_path).write_outcome(outcome("c1"), run_info())
    ledger.append(tmp_path, {"action": "hold", "call_id": "c1"})
    assert ledger.held_calls(tmp_path) == {"c1"}
    ledger.append(tmp_path, {"action": "release", "call_id": "c1"})
    assert ledger.held_calls(tmp_path) == set() and ledger.verify(tmp_path).ok


def test_cli_verify_prints_the_altered_file_and_fails(tmp_path: Path, capsys) -> None:
    AuditStore(tmp_path).write_outcome(outcome("c1"), run_info())
    assert main(["verify", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("OK: audit log")
    target = next((tmp_path / "utterances").rglob("*.parquet"))
    data = bytearray(target.read_bytes())
    data[7] ^= 0xFF
    target.write_bytes(bytes(data))
    assert main(["verify", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"ALTERED: {target.relative_to(tmp_path).as_posix()}: content differs" in out and "FAILED" in out
    assert main(["verify"]) == 2


def test_an_entry_longer_than_the_tail_window_still_chains(tmp_path: Path) -> None:
    ledger.append(tmp_path, {"action": "note"})
    ledger.append(tmp_path, {"action": "purge", "retired": [{"path": f"calls/x{i}", "sha256": "0" * 64} for i in range(2000)]})
    ledger.append(tmp_path, {"action": "note"})
    assert ledger.replay(tmp_path)[2] == 3 and ledger.verify(tmp_path).ok
