"""``call-audit flagged``: flagged calls and their findings, for people (a table) and tools (CSV, JSON)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from audit.store import AuditStore
from audit.types import Severity

COLUMNS = ["audit_date", "call_id", "agent_id", "check", "severity", "score", "reason", "speaker", "start_s", "end_s",
           "evidence", "rationale"]


def flagged_findings(
    audit_dir: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    check: str | None = None,
    min_severity: Severity | None = None,
    agent: str | None = None,
    min_score: float | None = None,
) -> pd.DataFrame:
    """Flagged findings of the current audit of each call, filtered, worst first.

    A check that flagged a call without a flagged finding of its own still lists the call,
    as one row with the check's score and outcome as the reason (and no severity).
    """
    store = AuditStore(audit_dir)
    findings = store.read_table("findings")
    calls = store.read_table("calls")
    flagged = findings[findings["flagged"].fillna(False).astype(bool)]
    covered = set(zip(flagged["call_id"], flagged["check"]))
    extra = [
        {"call_id": call.call_id, "audit_date": call.audit_date, "check": c["check"], "score": c["score"],
         "reason": c["outcome"], "severity": None, "rationale": f"check {c['check']} flagged the call (no timed finding)"}
        for call in calls[calls["flagged"].fillna(False).astype(bool)].itertuples()
        for c in call.checks if c["flagged"] and (call.call_id, c["check"]) not in covered
    ]
    rows = pd.concat([flagged, pd.DataFrame(extra, columns=flagged.columns)], ignore_index=True) if extra else flagged
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = rows.merge(calls[["call_id", "agent_id"]], on="call_id", how="left")
    day = pd.to_datetime(rows["audit_date"]).dt.date
    keep = pd.Series(True, index=rows.index)
    if since:
        keep &= day >= since
    if until:
        keep &= day <= until
    if check:
        keep &= rows["check"] == check
    if min_severity:
        keep &= rows["severity"].map(lambda s: s is not None and Severity(s).rank >= min_severity.rank)
    if agent:
        keep &= rows["agent_id"] == agent
    if min_score is not None:
        keep &= rows["score"] >= min_score
    rank = rows["severity"].map(lambda s: Severity(s).rank if isinstance(s, str) else -1)
    return rows[keep].assign(_rank=rank[keep]).sort_values(["_rank", "score"], ascending=False)[COLUMNS].reset_index(drop=True)


def add_filters(p: argparse.ArgumentParser) -> None:
    """The query options shared by ``flagged`` and ``evidence``."""
    p.add_argument("--from", dest="since", type=date.fromisoformat, help="first audit date (YYYY-MM-DD)")
    p.add_argument("--to", dest="until", type=date.fromisoformat, help="last audit date (YYYY-MM-DD)")
    p.add_argument("--check", help="disclosure, courtesy, discrimination or inaccurate_statements")
    p.add_argument("--severity", type=Severity, choices=list(Severity), metavar="{" + ",".join(s.value for s in Severity) + "}",
                   help="minimum severity")
    p.add_argument("--agent", help="agent id")
    p.add_argument("--min-score", type=float)


def filters_of(args: argparse.Namespace) -> dict[str, Any]:
    """The ``flagged_findings`` keyword arguments given on the command line (unset ones left out)."""
    given = {"since": args.since, "until": args.until, "check": args.check, "min_severity": args.severity,
             "agent": args.agent, "min_score": args.min_score}
    return {k: v for k, v in given.items() if v is not None}


def register_cli(subparsers: Any) -> None:
    """Add ``flagged`` to the ``call-audit`` command line."""
    p = subparsers.add_parser("flagged", help="list flagged calls and findings")
    p.add_argument("audit_dir", type=Path)
    add_filters(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=_cmd_flagged)


def format_table(rows: pd.DataFrame) -> str:
    """For a reviewer: a line per finding (date, call, agent, check, severity, score, reason, and who
    spoke when in the audio), then the evidence quote and why it was flagged, indented. Two findings
    on one sentence ("the late fee is $50, and you cannot dispute charges") differ by their why."""
    def text(value: Any) -> str:
        return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)

    lines = []
    for r in rows.itertuples(index=False):
        where = f"{text(r.speaker)} {r.start_s:.1f}-{r.end_s:.1f} s" if text(r.start_s) else "whole call"
        lines.append(f"{text(r.audit_date)}  {r.call_id}  {text(r.agent_id) or '-'}  {r.check}  {text(r.severity) or '-'}"
                     f"  {r.score:.2f}  {r.reason}  {where}")
        if text(r.evidence):
            lines.append(f'    "{r.evidence}"')
        why = re.sub(r':\s*"[^"]*"$', "", text(r.rationale))  # the quote is on the line above
        if why:
            lines.append(f"    why: {why}")
    return "\n".join(lines)


def _cmd_flagged(args: argparse.Namespace) -> int:
    rows = flagged_findings(args.audit_dir, **filters_of(args))
    if args.format == "csv":
        rows.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(rows.to_json(orient="records", date_format="iso"))
    else:
        print(format_table(rows) if len(rows) else "no flagged findings")
        print(f"{rows['call_id'].nunique() if len(rows) else 0} flagged call(s), {len(rows)} finding(s)")
    return 0
