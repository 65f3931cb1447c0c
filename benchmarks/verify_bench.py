"""How long ``call-audit verify`` takes on an audit log with 10,000 findings.

Builds a throwaway audit dir of fake calls (``--calls`` x ``--findings-per-call`` findings,
a few utterances and redactions each; one commit per call as the nightly run writes it),
then times, interleaved and best of ``--repeat``:

- ``read bytes``: reading every audit-log file's bytes (the least any verify must do);
- ``read tables``: reading all four tables with pandas (what a query does);
- ``verify``: :func:`audit.ledger.verify` (chain replay + sha256 of every file).

Prints the figures and the ratios verify / read bytes and verify / read tables, then the
same after ``compact`` (one file per table and day).

    .venv/bin/python benchmarks/verify_bench.py [--calls 1000] [--findings-per-call 10]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from audit import ledger  # noqa: E402
from audit.store import AuditStore, StoreOptions  # noqa: E402
from audit.types import (  # noqa: E402
    CallOutcome, CallSpec, CheckResult, Finding, ModelInfo, RedactedTranscript, RedactedUtterance, RedactionSpan,
    RunInfo, Severity,
)


def fake_outcome(i: int, findings: int) -> CallOutcome:
    call_id = f"call-{i:05d}"
    found = tuple(
        Finding("courtesy", "1.0", 0.9, True, Severity.MEDIUM, "discourteous_tone", "agent interrupted the customer",
                "agent", 10.0 + j, 11.0 + j, "please just let me finish, this is the third time") for j in range(findings)
    )
    utterances = tuple(RedactedUtterance("agent" if k % 2 else "customer", 2.0 * k, 2.0 * k + 1.8,
                                         f"utterance {k} of a redacted call with <CREDIT_CARD> in it") for k in range(20))
    spans = tuple(RedactionSpan("CREDIT_CARD", k, 2.0 * k + 1, 2.0 * k + 1.5, 1, 0.9, "DigitRun") for k in range(3))
    transcript = RedactedTranscript(call_id, utterances, spans, 40.0, ModelInfo("whisper-base", "abc"))
    checks = (CheckResult("courtesy", "1.0", 0.9, True, "discourteous", found),
              CheckResult("disclosure", "1.0", 0.1, False, "given"))
    return CallOutcome(CallSpec(call_id, Path(f"/calls/{call_id}.wav"), agent_id=f"agent-{i % 17}", customer_region="CA"),
                       "ok", audio_sha256=f"{i:064x}", duration_s=40.0, transcript=transcript, checks=checks)


def build(audit_dir: Path, calls: int, per_call: int) -> None:
    store = AuditStore(audit_dir, StoreOptions(fsync=False))  # fsync only slows building; verify reads
    run = RunInfo("bench-run", datetime.now(timezone.utc), "0.1.0", "cfg", "config/pipeline.yaml",
                  (ModelInfo("whisper-base", "abc"),))
    for i in range(calls):
        store.write_outcome(fake_outcome(i, per_call), run)


def read_bytes(audit_dir: Path) -> int:
    total = 0
    for folder in ledger.COVERED:
        for path in (audit_dir / folder).rglob("*"):
            if path.is_file():
                total += len(path.read_bytes())
    return total


def read_tables(audit_dir: Path) -> int:
    return sum(len(pd.read_parquet(audit_dir / t)) for t in ("calls", "findings", "utterances", "redactions"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--findings-per-call", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        audit_dir = Path(tmp)
        start = time.perf_counter()
        build(audit_dir, args.calls, args.findings_per_call)
        built = time.perf_counter() - start
        result = ledger.verify(audit_dir)
        assert result.ok, result.problems[:3]
        findings = len(pd.read_parquet(audit_dir / "findings"))
        best = {"read bytes": float("inf"), "read tables": float("inf"), "verify": float("inf")}
        for _ in range(args.repeat):
            for name, fn in (("read bytes", read_bytes), ("read tables", read_tables), ("verify", ledger.verify)):
                start = time.perf_counter()
                fn(audit_dir)
                best[name] = min(best[name], time.perf_counter() - start)
        print(f"audit log: {args.calls} calls, {findings} findings, {result.files_checked} files, "
              f"{result.bytes_checked / 1e6:.1f} MB, {result.entries} ledger entries (built in {built:.1f}s)")
        for name, seconds in best.items():
            print(f"  {name:12s} {seconds * 1000:8.0f} ms")
        print(f"verify / read bytes  = {best['verify'] / best['read bytes']:.2f}x")
        print(f"verify / read tables = {best['verify'] / best['read tables']:.2f}x")

        from audit.retention import compact

        compact(audit_dir, before=datetime.now(timezone.utc).date() + timedelta(days=1))  # today counts as closed
        result = ledger.verify(audit_dir)
        assert result.ok, result.problems[:3]
        after = {"read bytes": float("inf"), "read tables": float("inf"), "verify": float("inf")}
        for _ in range(args.repeat):
            for name, fn in (("read bytes", read_bytes), ("read tables", read_tables), ("verify", ledger.verify)):
                start = time.perf_counter()
                fn(audit_dir)
                after[name] = min(after[name], time.perf_counter() - start)
        print(f"after 'call-audit compact': {result.files_checked} files, {result.bytes_checked / 1e6:.1f} MB")
        for name, seconds in after.items():
            print(f"  {name:12s} {seconds * 1000:8.0f} ms")
        print(f"verify / read bytes  = {after['verify'] / after['read bytes']:.2f}x")
        print(f"verify / read tables = {after['verify'] / after['read tables']:.2f}x")
        print(f"read tables, per-call files / compacted = {best['read tables'] / after['read tables']:.1f}x")


if __name__ == "__main__":
    main()
