"""The audit log on disk: Parquet datasets partitioned by audit date, plus a hash-chained ledger.

Layout of ``AUDIT_DIR``::

    calls/audit_date=2026-11-22/<run_id>--<call_id>.parquet   (likewise findings/, utterances/, redactions/)
    configs/<config_sha256>.yaml                              the resolved configuration in force
    ledger.jsonl                                              every file written, with its sha256, hash-chained

Each call is written as soon as it is audited, one file per table, each file first
written under a temporary name and then renamed (atomic on POSIX), so a reader never sees
half a file and a crash loses at most the call in flight. Nothing is ever overwritten: a
re-audit of a call writes new rows, and the *current* rows of a call are those of its
latest audit. Any reader of the folder (pandas, pyarrow, DuckDB) can read all rows.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from audit import ledger
from audit.schema import TABLES, file_metadata, rows_for, to_table
from audit.types import CallOutcome, RunInfo


class AuditStore:
    """Append-only writer and reader of one audit-log folder."""

    def __init__(self, audit_dir: Path) -> None:
        self.audit_dir = Path(audit_dir)
        self.audit_dir.mkdir(parents=True, exist_ok=True)
        self._done: set[tuple[str, str, str]] | None = None

    # -- writing ---------------------------------------------------------------------------
    def already_audited(self, call_id: str, audio_sha256: str, config_sha256: str) -> bool:
        """Whether the call was audited successfully with this audio and configuration."""
        if self._done is None:
            calls = self._read("calls", columns=["call_id", "audio_sha256", "config_sha256", "status"])
            ok = calls[calls["status"] == "ok"] if len(calls) else calls
            self._done = set(zip(ok.get("call_id", []), ok.get("audio_sha256", []), ok.get("config_sha256", [])))
        return (call_id, audio_sha256, config_sha256) in self._done

    def save_config(self, sha256: str, text: str) -> Path:
        """Keep the resolved configuration a run used, once per digest."""
        path = self.audit_dir / "configs" / f"{sha256}.yaml"
        if not path.exists():
            self._write_bytes(path, text.encode("utf-8"))
        return path

    def write_outcome(self, outcome: CallOutcome, run: RunInfo) -> None:
        """Write one call's rows to every table, each file atomically, and record them in the ledger."""
        now = datetime.now(timezone.utc)
        rows = rows_for(outcome, run, now)
        meta = file_metadata(run)
        name = f"{_safe(run.run_id)}--{_safe(outcome.spec.call_id)}.parquet"
        partition = f"audit_date={now:%Y-%m-%d}"
        # Rows of the detail tables first, the calls row last: a call counts as audited only
        # once everything about it is on disk.
        for table in ("findings", "utterances", "redactions", "calls"):
            buffer = pa.BufferOutputStream()
            pq.write_table(to_table(table, rows[table], meta), buffer, compression="zstd")
            self._write_bytes(self.audit_dir / table / partition / name, buffer.getvalue().to_pybytes())
        if self._done is not None and outcome.status == "ok" and outcome.audio_sha256:
            self._done.add((outcome.spec.call_id, outcome.audio_sha256, run.config_sha256))

    def _write_bytes(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        ledger.append(self.audit_dir, {"action": "write", "path": path.relative_to(self.audit_dir).as_posix(),
                             "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})

    # -- reading ---------------------------------------------------------------------------
    def read_table(self, name: str, current_only: bool = True) -> pd.DataFrame:
        """A table as a DataFrame; by default only the rows of each call's latest audit."""
        frame = self._read(name)
        if not current_only or frame.empty:
            return frame
        calls = self._read("calls", columns=["call_id", "run_id", "audited_at"])
        latest = calls.sort_values("audited_at").groupby("call_id", as_index=False).tail(1)
        return frame.merge(latest[["call_id", "run_id"]], on=["call_id", "run_id"]).reset_index(drop=True)

    def _read(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        folder = self.audit_dir / name
        if not any(folder.glob("*/*.parquet")):
            return pd.DataFrame(columns=columns or TABLES[name].names)
        dataset = ds.dataset(folder, format="parquet", partitioning="hive", schema=_with_date(TABLES[name]),
                             exclude_invalid_files=False, ignore_prefixes=[".tmp-"])
        return dataset.to_table(columns=columns).to_pandas()


def _with_date(schema: pa.Schema) -> pa.Schema:
    return schema.append(pa.field("audit_date", pa.string()))


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:120]
