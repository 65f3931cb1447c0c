"""The append-only, hash-chained ledger of an audit-log folder (``ledger.jsonl``).

One JSON object per line; each entry holds the previous entry's ``hash`` (``prev``) and
its own ``hash`` (sha256 of its canonical JSON without ``hash``), so editing, removing or
reordering any entry breaks the chain. Entries (``action``):

- ``write``: files committed (``files``: path, sha256, bytes), e.g. one call's four
  Parquet files or a configuration;
- ``erase`` / ``purge``: files rewritten or removed (``retired``: path and old digest;
  ``files``: the digests of rewritten files), with call ids but never erased content;
- ``hold`` / ``release``: legal hold of a call;
- ``export``: an evidence bundle's manifest digest.

:func:`verify` checks the chain, that every file the ledger expects is present with its
recorded digest, and that no audit-log file exists that the ledger does not know;
:func:`verify_bundle` does the same for an evidence bundle against its manifest.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from audit.models import file_sha256

LEDGER = "ledger.jsonl"
GENESIS = "0" * 64
COVERED = ("calls", "findings", "utterances", "redactions", "configs")


class LedgerError(ValueError):
    """The ledger cannot be read or extended (names the line)."""


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
        prev = GENESIS
        window = 65536
        while size:
            handle.seek(max(0, size - window))
            tail = handle.read()
            if not tail.endswith(b"\n"):
                raise LedgerError(f"{LEDGER}: last line is incomplete (torn write); run 'call-audit verify'")
            parts = tail.rstrip(b"\n").rsplit(b"\n", 1)
            if len(parts) == 2 or window >= size:  # the whole last line is in the window
                prev = json.loads(parts[-1])["hash"]
                break
            window *= 4  # a long entry (e.g. a purge retiring many files)
        entry = {"time": datetime.now(timezone.utc).isoformat(), **entry, "prev": prev}
        entry["hash"] = entry_hash(entry)
        handle.write((json.dumps(entry, sort_keys=True) + "\n").encode())
        handle.flush()
        os.fsync(handle.fileno())
    return entry


def entries(audit_dir: Path) -> Iterator[dict[str, Any]]:
    """The ledger's entries in order, checking the chain; raises :class:`LedgerError` at the first break."""
    path = Path(audit_dir) / LEDGER
    if not path.exists():
        return
    prev = GENESIS
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                raise LedgerError(f"{LEDGER} line {number}: not valid JSON") from None
            if entry.get("prev") != prev or entry_hash(entry) != entry.get("hash"):
                raise LedgerError(f"{LEDGER} line {number}: hash chain broken (entry altered, removed or reordered)")
            prev = entry["hash"]
            yield entry


def replay(audit_dir: Path) -> tuple[dict[str, str], set[str], int, str]:
    """(expected files -> sha256, calls on legal hold, number of entries, head hash)."""
    expected: dict[str, str] = {}
    held: set[str] = set()
    count, head = 0, GENESIS
    for entry in entries(audit_dir):
        count, head = count + 1, entry["hash"]
        for old in entry.get("retired", ()):
            expected.pop(old["path"], None)
        for new in entry.get("files", ()):
            expected[new["path"]] = new["sha256"]
        if entry.get("action") == "hold":
            held.add(entry["call_id"])
        elif entry.get("action") == "release":
            held.discard(entry["call_id"])
    return expected, held, count, head


def expected_files(audit_dir: Path) -> dict[str, str]:
    """Every file the ledger says the folder holds, with its sha256."""
    return replay(audit_dir)[0]


def held_calls(audit_dir: Path) -> set[str]:
    """Call ids under legal hold."""
    return replay(audit_dir)[1]


@dataclass
class Verification:
    """What :func:`verify` found: problems name the file (or ledger line) and what is wrong."""

    files_checked: int = 0
    entries: int = 0
    bytes_checked: int = 0
    head: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(audit_dir: Path) -> Verification:
    """Check the ledger's chain and every audit-log file against it."""
    audit_dir = Path(audit_dir)
    result = Verification()
    if not (audit_dir / LEDGER).exists():
        result.problems.append(f"{LEDGER}: missing")
        return result
    try:
        expected, _, result.entries, result.head = replay(audit_dir)
    except LedgerError as exc:
        result.problems.append(str(exc))
        return result
    present = {
        p.relative_to(audit_dir).as_posix(): p
        for folder in COVERED for p in (audit_dir / folder).rglob("*") if p.is_file()
    }
    _compare(expected, present, result, "the ledger")
    return result


def verify_bundle(bundle: Path, audit_dir: Path | None = None) -> Verification:
    """Check an evidence bundle against its ``manifest.json``, and the manifest against the ledger.

    ``audit_dir`` (default: the folder the manifest names, when it exists) must hold an
    ``export`` entry with the manifest's digest, so a bundle re-made with a matching
    manifest is caught too.
    """
    from audit.evidence import MANIFEST

    bundle = Path(bundle)
    result = Verification()
    manifest_path = bundle / MANIFEST
    if not manifest_path.exists():
        result.problems.append(f"{MANIFEST}: missing")
        return result
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        expected = {f["path"]: f["sha256"] for f in manifest["files"]}
    except (ValueError, KeyError, TypeError):
        result.problems.append(f"{MANIFEST}: not a valid manifest")
        return result
    present = {p.relative_to(bundle).as_posix(): p for p in bundle.rglob("*") if p.is_file() and p != manifest_path}
    _compare(expected, present, result, MANIFEST)
    audit_dir = Path(audit_dir) if audit_dir else Path(manifest.get("audit_dir", ""))
    if audit_dir and (audit_dir / LEDGER).exists():
        digest = file_sha256(manifest_path)
        try:
            exported = {e.get("manifest_sha256") for e in entries(audit_dir) if e.get("action") == "export"}
        except LedgerError as exc:
            result.problems.append(f"{audit_dir / LEDGER}: {exc}")
            return result
        if digest not in exported:
            result.problems.append(f"{MANIFEST}: digest not recorded by any export in {audit_dir / LEDGER} (manifest altered)")
    return result


def _compare(expected: dict[str, str], present: dict[str, Path], result: Verification, where: str) -> None:
    for rel, digest in sorted(expected.items()):
        path = present.get(rel)
        if path is None:
            result.problems.append(f"{rel}: recorded in {where} but missing")
            continue
        result.files_checked += 1
        result.bytes_checked += path.stat().st_size
        if file_sha256(path) != digest:
            result.problems.append(f"{rel}: content differs from the digest recorded in {where}")
    for rel in sorted(set(present) - set(expected)):
        if Path(rel).name.startswith(".tmp-") and where == "the ledger":
            result.problems.append(f"{rel}: interrupted commit (temporary file); opening the audit log with "
                                   "AuditStore (the next run, or any writing command) finishes or discards it")
        else:
            result.problems.append(f"{rel}: not recorded in {where}")


def register_cli(subparsers: Any) -> None:
    """Add ``verify`` to the ``call-audit`` command line."""
    p = subparsers.add_parser("verify", help="prove the audit log (or an evidence bundle) is unaltered")
    p.add_argument("audit_dir", type=Path, nargs="?", help="audit-log folder to verify against its ledger")
    p.add_argument("--bundle", type=Path, help="evidence bundle to verify against its manifest (and AUDIT_DIR's ledger)")
    p.set_defaults(func=_cmd_verify)


def _cmd_verify(args: Any) -> int:
    import time

    if args.audit_dir is None and args.bundle is None:
        print("call-audit verify: give AUDIT_DIR, --bundle BUNDLE, or both")
        return 2
    start = time.perf_counter()
    if args.bundle is not None:
        result, what = verify_bundle(args.bundle, args.audit_dir), f"bundle {args.bundle}"
    else:
        result, what = verify(args.audit_dir), f"audit log {args.audit_dir}"
    seconds = time.perf_counter() - start
    for problem in result.problems:
        print(f"ALTERED: {problem}")
    verdict = "OK" if result.ok else "FAILED"
    print(f"{verdict}: {what}: {result.files_checked} file(s) checked in {seconds:.2f}s")
    return 0 if result.ok else 1
