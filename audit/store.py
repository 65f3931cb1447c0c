"""The audit log on disk: Parquet datasets partitioned by audit date, plus a hash-chained ledger.

Layout of ``AUDIT_DIR``::

    calls/audit_date=2026-11-22/<run_id>--<call_id>.parquet   (likewise findings/, utterances/, redactions/)
    configs/<config_sha256>.yaml                              the resolved configuration in force
    ledger.jsonl                                              every file written, with its sha256, hash-chained

One call is committed at a time, as soon as it is audited: its four files are written
under temporary names (``.tmp-<name>.partial``, which no reader picks up) and fsynced,
then one ledger entry records their digests, then each is renamed into place (atomic on
POSIX). A crash before the ledger entry leaves only temporary files, which the next
:class:`AuditStore` deletes; a crash after it leaves temporary files that the ledger
vouches for, which the next store renames into place (roll forward). So a reader never
sees half a file, a crash loses at most the call in flight, and ``verify`` stays clean.

Nothing is overwritten: a re-audit writes new rows, and the *current* rows of a call are
those of its latest successful audit (or, when it never succeeded, its latest error);
see :func:`current_runs`. Any reader of the folder (pandas, pyarrow, DuckDB) sees every row.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from audit import ledger
from audit.schema import TABLES, file_metadata, rows_for, to_table
from audit.config import Config, options_from
from audit.types import CallOutcome, RunInfo

TableName = Literal["calls", "findings", "utterances", "redactions"]
TMP_PREFIX = ".tmp-"
TMP_SUFFIX = ".partial"
# Detail tables first, calls last: readers that only look at calls see complete calls.
WRITE_ORDER: tuple[str, ...] = ("findings", "utterances", "redactions", "calls")


@dataclass(frozen=True)
class StoreOptions:
    """The ``output:`` section of the configuration."""

    compression: str = "zstd"  # Parquet codec
    fsync: bool = True  # fsync files and folders before a call counts as written
    retention_days: int = 2555  # ``purge`` default: about seven years
    evidence_padding_s: float = 5.0  # audio kept either side of a finding in evidence excerpts

    @classmethod
    def of(cls, config: Config) -> StoreOptions:
        """The options in ``config``'s ``output:`` section (bad keys raise ConfigError naming the file)."""
        return options_from(cls, config.output, f"{config.path.name}: output")


class AuditStore:
    """Append-only writer and reader of one audit-log folder."""

    def __init__(self, audit_dir: Path, options: StoreOptions | None = None) -> None:
        self.audit_dir = Path(audit_dir)
        self.options = options or StoreOptions()
        self.audit_dir.mkdir(parents=True, exist_ok=True)
        self._done: set[tuple[str, str, str]] | None = None
        self._configs_saved: set[str] = set()
        self.recovered = recover(self.audit_dir)

    # -- writing ---------------------------------------------------------------------------
    def already_audited(self, call_id: str, audio_sha256: str, config_sha256: str) -> bool:
        """Whether the call was audited successfully with this audio and configuration."""
        if self._done is None:
            calls = self._read("calls", columns=["call_id", "audio_sha256", "config_sha256", "status"])
            ok = calls[calls["status"] == "ok"]
            self._done = set(zip(ok["call_id"], ok["audio_sha256"], ok["config_sha256"]))
        return (call_id, audio_sha256, config_sha256) in self._done

    def save_config(self, sha256: str, text: str) -> Path:
        """Keep the resolved configuration (``Config.as_yaml()``) a run used, once per digest."""
        path = self.audit_dir / "configs" / f"{sha256}.yaml"
        if not path.exists():
            self._commit({path: text.encode("utf-8")}, {"action": "write", "kind": "config", "config_sha256": sha256})
        self._configs_saved.add(sha256)
        return path

    def write_outcome(self, outcome: CallOutcome, run: RunInfo) -> None:
        """Write one call's rows to every table as one atomic, ledger-recorded commit.

        Also keeps ``configs/<config_sha256>.yaml`` the first time a configuration is seen,
        loading it from ``run.config_path`` (only if it still has the recorded digest).
        """
        if run.config_sha256 not in self._configs_saved:
            self._save_run_config(run)
        now = datetime.now(timezone.utc)
        rows = rows_for(outcome, run, now)
        meta = file_metadata(run)
        name = f"{safe_name(run.run_id)}--{safe_name(outcome.spec.call_id)}.parquet"
        partition = f"audit_date={now:%Y-%m-%d}"
        files: dict[Path, bytes] = {}
        for table in WRITE_ORDER:
            buffer = pa.BufferOutputStream()
            pq.write_table(to_table(table, rows[table], meta), buffer, compression=self.options.compression)
            files[self.audit_dir / table / partition / name] = buffer.getvalue().to_pybytes()
        self._commit(files, {"action": "write", "kind": "call", "call_id": outcome.spec.call_id,
                             "run_id": run.run_id, "status": outcome.status})
        if self._done is not None and outcome.status == "ok" and outcome.audio_sha256:
            self._done.add((outcome.spec.call_id, outcome.audio_sha256, run.config_sha256))

    def _save_run_config(self, run: RunInfo) -> None:
        from audit.config import ConfigError, load_config

        if (self.audit_dir / "configs" / f"{run.config_sha256}.yaml").exists():
            self._configs_saved.add(run.config_sha256)
            return
        self._configs_saved.add(run.config_sha256)  # one attempt per digest and store
        try:
            config = load_config(run.config_path)
        except ConfigError:
            return
        if config.sha256 == run.config_sha256:
            self.save_config(config.sha256, config.as_yaml())

    def _commit(self, files: dict[Path, bytes], entry: dict) -> dict:
        """Temp files, fsync, one ledger entry naming every file's digest, then renames."""
        return commit_files(self.audit_dir, files, entry, fsync=self.options.fsync)

    # -- reading ---------------------------------------------------------------------------
    def read_table(self, name: TableName, current_only: bool = True) -> pd.DataFrame:
        """A table as a DataFrame (with its ``audit_date`` partition column).

        ``current_only`` keeps only the rows of each call's current audit; otherwise every
        row is returned with a boolean ``current`` column.
        """
        frame = self._read(name)
        calls = frame if name == "calls" else self._read("calls", columns=["call_id", "run_id", "status", "audited_at"])
        current = current_runs(calls).assign(current=True)
        frame = frame.merge(current, on=["call_id", "run_id"], how="left")
        frame["current"] = frame["current"].fillna(False).astype(bool)
        if current_only:
            frame = frame[frame["current"]].drop(columns=["current"])
        return frame.reset_index(drop=True)

    def _read(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        return read_dataset(self.audit_dir, name, columns)


def read_dataset(audit_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Every row of one table (no superseding), as pyarrow reads the folder."""
    folder = Path(audit_dir) / name
    schema = TABLES[name].append(pa.field("audit_date", pa.string()))
    if not any(folder.glob("*/*.parquet")):
        return schema.empty_table().select(columns or schema.names).to_pandas()
    dataset = ds.dataset(folder, format="parquet", partitioning="hive", schema=schema)
    return dataset.to_table(columns=columns).to_pandas()


def current_runs(calls: pd.DataFrame) -> pd.DataFrame:
    """``call_id, run_id`` of each call's current audit.

    The latest successful audit wins; a call that never succeeded shows its latest error.
    So an error is superseded by a later success, but a failed reprocess does not hide an
    earlier good audit. Ties on ``audited_at`` fall to the larger ``run_id``.
    """
    if calls.empty:
        return pd.DataFrame({"call_id": pd.Series(dtype=object), "run_id": pd.Series(dtype=object)})
    order = calls.assign(_ok=calls["status"] == "ok").sort_values(["_ok", "audited_at", "run_id"])
    return order.groupby("call_id", as_index=False).tail(1)[["call_id", "run_id"]].reset_index(drop=True)


def commit_files(audit_dir: Path, files: dict[Path, bytes], entry: dict, *, fsync: bool = True,
                 retired: list[dict] | None = None) -> dict:
    """Write ``files`` (absolute paths under ``audit_dir``) as one atomic, ledger-recorded commit.

    ``retired`` lists ``{"path", "sha256"}`` of files this commit replaces or removes (the
    caller deletes them after the commit). Returns the ledger entry.
    """
    audit_dir = Path(audit_dir)
    staged: list[tuple[Path, Path]] = []
    records = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = _tmp_path(path)
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                if fsync:
                    os.fsync(handle.fileno())
            staged.append((tmp, path))
            records.append({"path": path.relative_to(audit_dir).as_posix(),
                            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
        body = {**entry, "files": records}
        if retired:
            body["retired"] = retired
        written = ledger.append(audit_dir, body)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    if fsync:
        for folder in {path.parent for _, path in staged}:
            _fsync_dir(folder)
    return written


def recover(audit_dir: Path) -> dict[str, int]:
    """Finish or discard the commits a crash interrupted; returns counts of each."""
    temps = [p for folder in ledger.COVERED for p in (Path(audit_dir) / folder).rglob(f"{TMP_PREFIX}*{TMP_SUFFIX}")]
    counts = {"rolled_forward": 0, "discarded": 0}
    if not temps:
        return counts
    expected = ledger.expected_files(audit_dir)
    for tmp in temps:
        final = tmp.with_name(tmp.name[len(TMP_PREFIX):-len(TMP_SUFFIX)])
        rel = final.relative_to(audit_dir).as_posix()
        if rel in expected and ledger.file_sha256(tmp) == expected[rel]:
            os.replace(tmp, final)
            counts["rolled_forward"] += 1
        else:
            tmp.unlink(missing_ok=True)
            counts["discarded"] += 1
    return counts


def _tmp_path(path: Path) -> Path:
    return path.with_name(f"{TMP_PREFIX}{path.name}{TMP_SUFFIX}")


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_name(text: str) -> str:
    """A file-name-safe form of an id; ids that needed changes get a digest so they stay distinct."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", text)[:100]
    if safe != text or safe.startswith("."):
        safe = f"{safe.lstrip('.')}-{hashlib.sha256(text.encode()).hexdigest()[:10]}"
    return safe
