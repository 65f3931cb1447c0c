"""The append-only, hash-chained ledger of an audit-log folder (``ledger.jsonl``).

Every file the store writes is recorded with its sha256; each entry carries the previous
entry's hash, so editing, removing or reordering any entry breaks the chain. Verification
checks the chain, that every recorded file is present with its recorded digest, and that
no audit-log file exists that the ledger does not know.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

LEDGER = "ledger.jsonl"
GENESIS = "0" * 64
COVERED = ("calls", "findings", "utterances", "redactions", "configs")


def entry_hash(entry: dict[str, Any]) -> str:
    """sha256 of an entry's canonical JSON without its ``hash`` field."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def append(audit_dir: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """Append ``entry`` to the ledger, chained to the last entry; returns it with ``prev`` and ``hash``."""
    with open(Path(audit_dir) / LEDGER, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # two writers on one folder still make one chain
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 8192))
        tail = [line for line in handle.read().splitlines() if line.strip()]
        prev = json.loads(tail[-1])["hash"] if tail else GENESIS
        entry = {"time": datetime.now(timezone.utc).isoformat(), **entry, "prev": prev}
        entry["hash"] = entry_hash(entry)
        handle.write((json.dumps(entry, sort_keys=True) + "\n").encode())
        handle.flush()
        os.fsync(handle.fileno())
    return entry


@dataclass
class Verification:
    """What :func:`verify` found: problems name the file (or ledger line) and what is wrong."""

    files_checked: int = 0
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(audit_dir: Path) -> Verification:
    """Check the ledger's chain and every audit-log file against it."""
    audit_dir = Path(audit_dir)
    result = Verification()
    ledger = audit_dir / LEDGER
    if not ledger.exists():
        result.problems.append(f"{LEDGER}: missing")
        return result
    expected: dict[str, str] = {}
    prev = GENESIS
    with open(ledger, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                result.problems.append(f"{LEDGER} line {number}: not valid JSON")
                return result
            result.entries += 1
            if entry.get("prev") != prev or entry_hash(entry) != entry.get("hash"):
                result.problems.append(f"{LEDGER} line {number}: hash chain broken (entry altered, removed or reordered)")
                return result
            prev = entry["hash"]
            if entry.get("action") == "write":
                expected[entry["path"]] = entry["sha256"]
            elif entry.get("action") == "retire":
                expected.pop(entry["path"], None)
    present = {
        p.relative_to(audit_dir).as_posix(): p
        for folder in COVERED for p in (audit_dir / folder).rglob("*") if p.is_file() and not p.name.startswith(".tmp-")
    }
    for rel, digest in sorted(expected.items()):
        path = present.get(rel)
        if path is None:
            result.problems.append(f"{rel}: recorded in the ledger but missing")
            continue
        result.files_checked += 1
        if _sha256(path) != digest:
            result.problems.append(f"{rel}: content differs from the digest recorded in the ledger")
    for rel in sorted(set(present) - set(expected)):
        result.problems.append(f"{rel}: not recorded in the ledger")
    return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def register_cli(subparsers: Any) -> None:
    """Add ``verify`` to the ``call-audit`` command line."""
    p = subparsers.add_parser("verify", help="prove the audit log is unaltered against its hash-chained ledger")
    p.add_argument("audit_dir", type=Path)
    p.set_defaults(func=_cmd_verify)


def _cmd_verify(args: Any) -> int:
    import time

    start = time.perf_counter()
    result = verify(args.audit_dir)
    seconds = time.perf_counter() - start
    for problem in result.problems:
        print(f"ALTERED: {problem}")
    verdict = "OK" if result.ok else "FAILED"
    print(f"{verdict}: {result.files_checked} file(s) checked against {result.entries} ledger entries in {seconds:.2f}s")
    return 0 if result.ok else 1
