"""Retention, legal hold and erasure of audit-log rows, each recorded in the ledger.

- ``hold`` / ``release`` add a ledger entry; the ledger is the one record of holds.
- ``purge`` removes the rows of partitions older than the retention period, except the
  rows of calls under legal hold.
- ``erase`` removes every row (every audit, current or superseded) of the given calls:
  by call id, or by agent id. The audit log stores no customer identity in clear, so a
  customer's erasure request is served by resolving the customer to call ids in the
  system of record (CRM, telephony) and erasing those. Calls under legal hold are refused.

``compact`` merges each closed day's per-call files into one file per table (reads of a
long history are much faster), retiring the merged files' digests in the ledger.

Purge and erase rewrite each affected Parquet file without the removed rows (or delete it when no
row remains) in one ledger-recorded commit: new digests for rewritten files, old digests
listed as ``retired``, the call ids and row counts, never the removed content.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from audit import ledger
from audit.store import AuditStore, StoreOptions, commit_files, read_dataset

TABLE_NAMES: tuple[str, ...] = ("calls", "findings", "utterances", "redactions")


class RetentionError(ValueError):
    """An erase or hold request that cannot be carried out (e.g. the call is on legal hold)."""


@dataclass
class Removal:
    """What a purge or erase did."""

    calls: list[str] = field(default_factory=list)
    rows: int = 0
    files_rewritten: int = 0
    files_deleted: int = 0
    kept_on_hold: list[str] = field(default_factory=list)


def hold(audit_dir: Path, call_id: str, reason: str = "", release: bool = False) -> dict[str, Any]:
    """Put a call on legal hold (or release it); returns the ledger entry."""
    known = set(read_dataset(audit_dir, "calls", ["call_id"])["call_id"])
    if call_id not in known and not release:
        raise RetentionError(f"{call_id}: no such call in {audit_dir}")
    held = ledger.held_calls(audit_dir)
    if release and call_id not in held:
        raise RetentionError(f"{call_id}: not on legal hold")
    return ledger.append(audit_dir, {"action": "release" if release else "hold", "call_id": call_id, "reason": reason})


def erase(audit_dir: Path, call_ids: Iterable[str] = (), agent_id: str | None = None, reason: str = "",
          options: StoreOptions | None = None) -> Removal:
    """Remove every row of the given calls (and of ``agent_id``'s calls) from every table."""
    audit_dir = Path(audit_dir)
    targets = set(call_ids)
    calls = read_dataset(audit_dir, "calls", ["call_id", "agent_id"])
    if agent_id is not None:
        targets |= set(calls.loc[calls["agent_id"] == agent_id, "call_id"])
    unknown = targets - set(calls["call_id"])
    if unknown:
        raise RetentionError(f"no such call(s) in {audit_dir}: {sorted(unknown)}")
    on_hold = targets & ledger.held_calls(audit_dir)
    if on_hold:
        raise RetentionError(f"call(s) under legal hold cannot be erased: {sorted(on_hold)} (release the hold first)")
    if not targets:
        return Removal()
    return _remove(audit_dir, lambda day, call: call in targets,
                   {"action": "erase", "call_ids": sorted(targets), "agent_id": agent_id, "reason": reason}, options)


def purge(audit_dir: Path, older_than_days: int | None = None, today: date | None = None,
          options: StoreOptions | None = None) -> Removal:
    """Remove rows audited more than ``older_than_days`` ago (default ``output.retention_days``), except held calls."""
    options = options or StoreOptions()
    days = options.retention_days if older_than_days is None else older_than_days
    cutoff = (today or datetime.now(timezone.utc).date()) - timedelta(days=days)
    held = ledger.held_calls(audit_dir)
    kept: set[str] = set()

    def old(day: date, call: str) -> bool:
        if day >= cutoff:
            return False
        if call in held:
            kept.add(call)
            return False
        return True

    removal = _remove(Path(audit_dir), old, {"action": "purge", "older_than_days": days,
                                             "cutoff": cutoff.isoformat()}, options)
    removal.kept_on_hold = sorted(kept)
    return removal


def _remove(audit_dir: Path, drop: Any, entry: dict[str, Any], options: StoreOptions | None) -> Removal:
    """Rewrite every file holding rows for which ``drop(audit_date, call_id)`` is true, in one commit."""
    options = options or StoreOptions()
    AuditStore(audit_dir, options)  # finish any interrupted commit first
    removal = Removal()
    rewritten: dict[Path, bytes] = {}
    deleted: list[Path] = []
    retired: list[dict[str, str]] = []
    calls: set[str] = set()
    for table in TABLE_NAMES:
        for path in sorted((audit_dir / table).glob("audit_date=*/*.parquet")):
            day = date.fromisoformat(path.parent.name.split("=", 1)[1])
            data = pq.read_table(path)
            ids = data.column("call_id").to_pylist()
            mask = [bool(drop(day, c)) for c in ids]
            if not any(mask):
                continue
            calls.update(c for c, m in zip(ids, mask) if m)
            removal.rows += sum(mask)
            retired.append({"path": path.relative_to(audit_dir).as_posix(), "sha256": ledger.file_sha256(path)})
            remaining = data.filter(pc.invert(pa.array(mask)))
            if remaining.num_rows:
                buffer = pa.BufferOutputStream()
                pq.write_table(remaining, buffer, compression=options.compression)  # schema metadata kept
                rewritten[path] = buffer.getvalue().to_pybytes()
            else:
                deleted.append(path)
    removal.calls = sorted(calls)
    if not retired:
        return removal
    entry = {**entry, "calls_removed": removal.calls, "rows_removed": removal.rows}
    commit_files(audit_dir, rewritten, entry, fsync=options.fsync, retired=retired)
    for path in deleted:
        path.unlink()
    removal.files_rewritten, removal.files_deleted = len(rewritten), len(deleted)
    return removal


def compact(audit_dir: Path, before: date | None = None, options: StoreOptions | None = None) -> int:
    """Merge each closed day's files (``audit_date`` < ``before``, default today UTC) into one file per table.

    The merged file keeps every row (current and superseded) and, in its metadata, the
    provenance of every run it holds; the ledger entry retires the merged files' digests.
    Returns the number of files merged away.
    """
    audit_dir = Path(audit_dir)
    options = options or StoreOptions()
    AuditStore(audit_dir, options)  # finish any interrupted commit first
    before = before or datetime.now(timezone.utc).date()
    merged = 0
    for table in TABLE_NAMES:
        for partition in sorted((audit_dir / table).glob("audit_date=*")):
            if date.fromisoformat(partition.name.split("=", 1)[1]) >= before:
                continue
            paths = sorted(partition.glob("*.parquet"))
            if len(paths) < 2:
                continue
            tables = [pq.read_table(p) for p in paths]
            runs = {}
            for t in tables:
                meta = {k.decode(): v.decode() for k, v in (t.schema.metadata or {}).items() if k.startswith(b"call_audit.")}
                runs[meta.get("call_audit.run_id", "")] = meta
            schema_meta = {b"call_audit.schema_version": tables[0].schema.metadata.get(b"call_audit.schema_version", b""),
                           b"call_audit.runs": json.dumps(sorted(runs.values(), key=lambda m: m.get("call_audit.run_id", ""))).encode()}
            combined = pa.concat_tables([t.replace_schema_metadata(None) for t in tables]).replace_schema_metadata(schema_meta)
            buffer = pa.BufferOutputStream()
            pq.write_table(combined, buffer, compression=options.compression)
            data = buffer.getvalue().to_pybytes()
            target = partition / f"compacted-{hashlib.sha256(data).hexdigest()[:16]}.parquet"
            retired = [{"path": p.relative_to(audit_dir).as_posix(), "sha256": ledger.file_sha256(p)} for p in paths]
            commit_files(audit_dir, {target: data}, {"action": "compact", "table": table, "rows": combined.num_rows},
                         fsync=options.fsync, retired=retired)
            for p in paths:
                if p != target:
                    p.unlink()
            merged += len(paths)
    return merged


def register_cli(subparsers: Any) -> None:
    """Add ``hold``, ``purge`` and ``erase`` to the ``call-audit`` command line."""
    h = subparsers.add_parser("hold", help="put a call on legal hold (exempt from purge and erasure), or release it")
    h.add_argument("audit_dir", type=Path)
    h.add_argument("call_id")
    h.add_argument("--release", action="store_true", help="release the hold")
    h.add_argument("--reason", default="", help="matter or ticket reference (no personal data)")
    h.set_defaults(func=_cmd_hold)

    p = subparsers.add_parser("purge", help="remove audit rows older than the retention period (held calls kept)")
    p.add_argument("audit_dir", type=Path)
    p.add_argument("--older-than", type=int, metavar="DAYS", help="default: output.retention_days of the config")
    p.add_argument("--config", type=Path, help="pipeline YAML (default: config/pipeline.yaml)")
    p.set_defaults(func=_cmd_purge)

    c = subparsers.add_parser("compact", help="merge each closed day's small files into one file per table (faster reads)")
    c.add_argument("audit_dir", type=Path)
    c.set_defaults(func=_cmd_compact)

    e = subparsers.add_parser("erase", help="erase every audit row of given calls (by call id or agent id)")
    e.add_argument("audit_dir", type=Path)
    e.add_argument("--call", action="append", default=[], metavar="CALL_ID", help="repeatable")
    e.add_argument("--agent", help="erase every call of this agent id")
    e.add_argument("--reason", default="", help="request reference (no personal data)")
    e.set_defaults(func=_cmd_erase)


def _cmd_hold(args: argparse.Namespace) -> int:
    try:
        hold(args.audit_dir, args.call_id, args.reason, release=args.release)
    except RetentionError as exc:
        print(f"call-audit hold: {exc}")
        return 1
    print(f"{args.call_id}: legal hold {'released' if args.release else 'placed'} (recorded in the ledger)")
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    from audit.config import load_config

    config = load_config(args.config)
    options = StoreOptions.of(config)
    removal = purge(args.audit_dir, args.older_than, options=options)
    print(f"purged {removal.rows} row(s) of {len(removal.calls)} call(s): {removal.files_deleted} file(s) deleted, "
          f"{removal.files_rewritten} rewritten; kept on legal hold: {', '.join(removal.kept_on_hold) or 'none'}")
    return 0


def _cmd_erase(args: argparse.Namespace) -> int:
    if not args.call and not args.agent:
        print("call-audit erase: give --call CALL_ID (repeatable) or --agent ID")
        return 2
    try:
        removal = erase(args.audit_dir, args.call, args.agent, args.reason)
    except RetentionError as exc:
        print(f"call-audit erase: {exc}")
        return 1
    print(f"erased {removal.rows} row(s) of {len(removal.calls)} call(s): {removal.files_deleted} file(s) deleted, "
          f"{removal.files_rewritten} rewritten; recorded in the ledger")
    return 0


def _cmd_compact(args: argparse.Namespace) -> int:
    merged = compact(args.audit_dir)
    print(f"compacted {merged} file(s) of closed days; recorded in the ledger")
    return 0
