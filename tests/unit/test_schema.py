"""The Parquet schemas: rows match exactly, unknown columns are refused, new checks do not break readers."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from audit.schema import KNOWN_CHECKS, SCHEMA_VERSION, TABLES, SchemaError, file_metadata, rows_for, to_table
from audit.store import AuditStore
from audit.types import CheckResult
from tests.unit.test_store import outcome, run_info


def test_unknown_or_missing_columns_are_rejected() -> None:
    with pytest.raises(SchemaError, match=r"unknown columns \['surprise'\]"):
        to_table("utterances", [{"surprise": 1}])



def test_missing_columns_are_rejected_too() -> None:
    rows = rows_for(outcome("c1"), run_info())["findings"]
    del rows[0]["evidence"]
    with pytest.raises(SchemaError, match=r"findings row 0: unknown columns \[\], missing columns \['evidence'\]"):
        to_table("findings", rows)


def test_rows_of_every_table_match_their_schema_and_carry_provenance_metadata() -> None:
    rows = rows_for(outcome("c1"), run_info())
    assert [len(rows[t]) for t in TABLES] == [1, 1, 1, 1]
    for name, table_rows in rows.items():
        table = to_table(name, table_rows, file_metadata(run_info()))
        assert table.schema.names == TABLES[name].names
        assert table.schema.metadata[b"call_audit.schema_version"] == SCHEMA_VERSION.encode()
    call = rows["calls"][0]
    assert {f"{c}_{k}" for c in KNOWN_CHECKS for k in ("score", "flag", "outcome")} <= set(call)
    assert (call["pipeline_version"], call["config_sha256"], call["run_id"], call["asr_model"]) == (
        "0.1.0", "cfg-a", "run-1", "whisper-base")


def test_a_new_check_lands_in_the_checks_list_and_readers_keep_working(tmp_path: Path) -> None:
    base = outcome("c1")
    extra = CheckResult("politeness_v2", "0.1", 0.7, True, "impolite")
    store = AuditStore(tmp_path)
    store.write_outcome(replace(base, checks=base.checks + (extra,)), run_info())
    row = store.read_table("calls").iloc[0]
    by_name = {c["check"]: c for c in row["checks"]}
    assert by_name["politeness_v2"]["score"] == 0.7 and by_name["politeness_v2"]["flagged"]
    assert row["courtesy_flag"] and row["flagged"] and "politeness_v2_score" not in row


def test_error_rows_have_no_verdicts() -> None:
    call = rows_for(outcome("c9", status="error"), run_info())["calls"][0]
    assert call["status"] == "error" and call["flagged"] is None and call["checks"] == []
    assert call["disclosure_score"] is None and call["error"] == "c9.wav: file is empty (0 bytes)"


def test_provenance_is_in_the_file_metadata(tmp_path: Path) -> None:
    AuditStore(tmp_path).write_outcome(outcome("c1"), run_info())
    for table in TABLES:
        meta = pq.read_metadata(next((tmp_path / table).rglob("*.parquet"))).metadata
        assert meta[b"call_audit.run_id"] == b"run-1" and meta[b"call_audit.pipeline_version"] == b"0.1.0"
        assert json.loads(meta[b"call_audit.models"])[0] == {"id": "whisper-base", "sha256": "abc", "detail": ""}
