"""Legal hold, purge and erasure: rows gone from every table, held calls kept, the ledger still verifies."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from audit import ledger
from audit.cli import main
from audit.retention import RetentionError, erase, hold, purge
from audit.store import AuditStore
from tests.unit.test_store import outcome, run_info


def fill(audit_dir: Path) -> AuditStore:
    store = AuditStore(audit_dir)
    store.write_outcome(outcome("c1"), run_info("run-1"))
    store.write_outcome(outcome("c1", flagged=False), run_info("run-2"))  # c1 audited twice
    store.write_outcome(outcome("c2"), run_info("run-1"))
    store.write_outcome(outcome("c3"), run_info("run-1"))
    return store


def age_partitions(audit_dir: Path, days: int) -> str:
    """Move every file to an older audit_date partition (as if written ``days`` ago), keeping the ledger true."""
    old = (date.today() - timedelta(days=days)).isoformat()
    lines = (audit_dir / "ledger.jsonl").read_text()
    for path in list(audit_dir.glob("*/audit_date=*/*.parquet")):
        target = path.parent.parent / f"audit_date={old}" / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.move(path, target)
    today = f"audit_date={date.today().isoformat()}"
    # Rebuild the chain with the moved paths (a test shortcut for "written long ago").
    (audit_dir / "ledger.jsonl").unlink()
    for line in lines.splitlines():
        entry = json.loads(line.replace(today, f"audit_date={old}"))
        for key in ("prev", "hash", "time"):
            entry.pop(key)
        ledger.append(audit_dir, entry)
    for folder in audit_dir.glob("*/" + today):
        folder.rmdir()
    return old


def test_erase_removes_every_audit_of_a_call_and_keeps_the_ledger_verifiable(tmp_path: Path) -> None:
    store = fill(tmp_path)
    removal = erase(tmp_path, ["c1"], reason="ticket-42")
    assert removal.calls == ["c1"] and removal.files_deleted == 8  # 2 audits x 4 tables
    for table in ("calls", "findings", "utterances", "redactions"):
        assert "c1" not in set(store.read_table(table, current_only=False)["call_id"])
    assert sorted(store.read_table("calls")["call_id"]) == ["c2", "c3"]
    assert ledger.verify(tmp_path).ok, ledger.verify(tmp_path).problems
    last = json.loads((tmp_path / "ledger.jsonl").read_text().splitlines()[-1])
    assert last["action"] == "erase" and last["call_ids"] == ["c1"] and len(last["retired"]) == 8
    assert "That is your problem" not in (tmp_path / "ledger.jsonl").read_text()
    assert duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/calls/*/*.parquet')").fetchall() == [(2,)]


def test_erase_rewrites_a_file_that_also_holds_other_calls(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    fill(tmp_path)
    # Merge c2's and c3's calls rows into one file, as a compaction would, and record it.
    paths = sorted((tmp_path / "calls").rglob("run-1--c[23].parquet"))
    merged = paths[0].with_name("merged.parquet")
    import pyarrow as pa

    pq.write_table(pa.concat_tables([pq.read_table(p) for p in paths]), merged)
    retired = [{"path": p.relative_to(tmp_path).as_posix(), "sha256": ledger.file_sha256(p)} for p in paths]
    ledger.append(tmp_path, {"action": "write", "files": [{"path": merged.relative_to(tmp_path).as_posix(),
                                                           "sha256": ledger.file_sha256(merged)}], "retired": retired})
    for p in paths:
        p.unlink()
    assert ledger.verify(tmp_path).ok
    removal = erase(tmp_path, ["c2"])
    assert removal.files_rewritten == 1
    assert list(pq.read_table(merged)["call_id"].to_pylist()) == ["c3"]
    assert pq.read_metadata(merged).metadata[b"call_audit.run_id"] == b"run-1"  # provenance kept
    assert ledger.verify(tmp_path).ok, ledger.verify(tmp_path).problems


def test_erase_by_agent_and_refusals(tmp_path: Path) -> None:
    fill(tmp_path)
    with pytest.raises(RetentionError, match="no such call"):
        erase(tmp_path, ["c404"])
    hold(tmp_path, "c2", reason="matter 7")
    with pytest.raises(RetentionError, match=r"legal hold cannot be erased: \['c2'\]"):
        erase(tmp_path, agent_id="agent-7")
    assert main(["hold", str(tmp_path), "c2", "--release"]) == 0
    assert erase(tmp_path, agent_id="agent-7").calls == ["c1", "c2", "c3"]
    assert AuditStore(tmp_path).read_table("calls").empty
    assert ledger.verify(tmp_path).ok


def test_purge_keeps_recent_rows_and_calls_on_legal_hold(tmp_path: Path) -> None:
    store = fill(tmp_path)
    age_partitions(tmp_path, 400)
    store.write_outcome(outcome("c4"), run_info("run-3"))  # today
    assert ledger.verify(tmp_path).ok
    hold(tmp_path, "c3")
    assert ledger.held_calls(tmp_path) == {"c3"}
    removal = purge(tmp_path, older_than_days=365)
    assert removal.calls == ["c1", "c2"] and removal.kept_on_hold == ["c3"]
    assert sorted(store.read_table("calls", current_only=False)["call_id"]) == ["c3", "c4"]
    assert ledger.verify(tmp_path).ok
    assert purge(tmp_path, older_than_days=365).rows == 0  # idempotent
    assert main(["purge", str(tmp_path), "--older-than", "10"]) == 0  # the CLI: c3 still held
    assert sorted(store.read_table("calls")["call_id"]) == ["c3", "c4"]


def test_hold_unknown_call_and_release_without_hold_are_refused(tmp_path: Path) -> None:
    fill(tmp_path)
    with pytest.raises(RetentionError, match="c9: no such call"):
        hold(tmp_path, "c9")
    with pytest.raises(RetentionError, match="not on legal hold"):
        hold(tmp_path, "c1", release=True)


def test_compact_merges_closed_days_and_everything_still_works(tmp_path: Path) -> None:
    from audit.evidence import export_bundle
    from audit.retention import compact

    store = fill(tmp_path)
    before = {t: store.read_table(t, current_only=False).sort_values(["call_id", "run_id"]).reset_index(drop=True)
              for t in ("calls", "findings", "utterances", "redactions")}
    old = age_partitions(tmp_path, 3)
    store.write_outcome(outcome("c4"), run_info("run-3"))  # today's partition stays as it is
    assert compact(tmp_path) == 16
    assert [p.name.startswith("compacted-") for p in sorted((tmp_path / "calls" / f"audit_date={old}").iterdir())] == [True]
    assert len(list((tmp_path / "calls").rglob("*.parquet"))) == 2
    assert ledger.verify(tmp_path).ok, ledger.verify(tmp_path).problems
    for table, frame in before.items():
        after = store.read_table(table, current_only=False)
        after = after[after["call_id"] != "c4"].sort_values(["call_id", "run_id"]).reset_index(drop=True)
        assert after.drop(columns=["audit_date"]).equals(frame.drop(columns=["audit_date"])), table
    assert list(store.read_table("calls").sort_values("call_id")["run_id"]) == ["run-2", "run-1", "run-1", "run-3"]
    report = export_bundle(tmp_path, ["c1"], tmp_path.parent / "bundle", audio_tools=None)
    manifest = json.loads((report.bundle / "manifest.json").read_text())
    assert len(manifest["audit_log_files"]) == 4 and not any(f["copied"] for f in manifest["audit_log_files"])
    assert ledger.verify_bundle(report.bundle).ok
    assert erase(tmp_path, ["c2"]).files_rewritten == 4
    assert sorted(store.read_table("calls")["call_id"]) == ["c1", "c3", "c4"] and ledger.verify(tmp_path).ok
