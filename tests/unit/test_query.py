"""``call-audit flagged``: current flagged findings, filters, formats."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

from audit.cli import main
from audit.query import flagged_findings
from audit.store import AuditStore
from audit.types import Severity
from tests.unit.test_store import outcome, run_info


def test_flagged_query_filters(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info())
    store.write_outcome(outcome("c2", flagged=False), run_info())
    rows = flagged_findings(tmp_path)
    assert list(rows["call_id"]) == ["c1"] and rows["agent_id"].iloc[0] == "agent-7"
    assert flagged_findings(tmp_path, check="disclosure").empty
    assert flagged_findings(tmp_path, min_severity=Severity.HIGH).empty
    assert len(flagged_findings(tmp_path, min_severity=Severity.MEDIUM, min_score=0.9, agent="agent-7")) == 1


def test_a_reprocess_that_clears_a_call_removes_it_from_the_list(tmp_path: Path) -> None:
    store = AuditStore(tmp_path)
    store.write_outcome(outcome("c1"), run_info("run-1"))
    assert list(flagged_findings(tmp_path)["call_id"]) == ["c1"]
    store.write_outcome(outcome("c1", flagged=False), run_info("run-2", "cfg-b"))
    assert flagged_findings(tmp_path).empty


def test_date_range_and_formats(tmp_path: Path, capsys) -> None:
    AuditStore(tmp_path).write_outcome(outcome("c1"), run_info())
    today = datetime.now(timezone.utc).date()
    assert len(flagged_findings(tmp_path, since=today, until=today)) == 1
    assert flagged_findings(tmp_path, until=date(2000, 1, 1)).empty
    assert main(["flagged", str(tmp_path), "--format", "json", "--check", "courtesy"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["call_id"] == "c1" and rows[0]["severity"] == "medium" and rows[0]["evidence"] == "That is your problem."
    assert main(["flagged", str(tmp_path), "--format", "csv", "--severity", "high"]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [
        "audit_date,call_id,agent_id,check,severity,score,reason,speaker,start_s,end_s,evidence,rationale"]
    assert main(["flagged", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{today}  c1  agent-7  courtesy  medium  0.93  discourteous_tone  agent 3.0-4.5 s")
    assert out[1:] == ['    "That is your problem."', "    why: agent was rude", "1 flagged call(s), 1 finding(s)"]


def test_an_empty_audit_dir_lists_nothing(tmp_path: Path, capsys) -> None:
    assert flagged_findings(tmp_path).empty
    assert main(["flagged", str(tmp_path)]) == 0
    assert "0 flagged call(s)" in capsys.readouterr().out


def test_a_call_flagged_by_a_check_without_a_flagged_finding_is_still_listed(tmp_path: Path) -> None:
    from dataclasses import replace

    from audit.types import CheckResult

    base = outcome("c5", flagged=False)
    missing = CheckResult("disclosure", "1.0", 0.97, True, "missing")  # verdict only, no finding
    AuditStore(tmp_path).write_outcome(replace(base, checks=(base.checks[0], missing)), run_info())
    rows = flagged_findings(tmp_path)
    assert rows[["call_id", "check", "reason", "score"]].values.tolist() == [["c5", "disclosure", "missing", 0.97]]
    assert flagged_findings(tmp_path, min_severity=Severity.LOW).empty


def test_the_table_shows_each_finding_with_its_quote_and_why_without_repeating_the_quote() -> None:
    import pandas as pd

    from audit.query import COLUMNS, format_table

    rows = pd.DataFrame([
        [date(2026, 11, 23), "c1", "a1", "courtesy", "high", 1.0, "discourteous_insult", "agent", 38.29, 40.73,
         "whatever, shut up and wait", 'agent used profanity or an insult (p=1.00): "whatever, shut up and wait"'],
        [date(2026, 11, 23), "c2", None, "disclosure", "low", 0.99, "disclosure_missing", None, float("nan"), float("nan"),
         "", "no recording notice by the agent (TX: one-party)"],
    ], columns=COLUMNS)
    assert format_table(rows).splitlines() == [
        "2026-11-23  c1  a1  courtesy  high  1.00  discourteous_insult  agent 38.3-40.7 s",
        '    "whatever, shut up and wait"',
        "    why: agent used profanity or an insult (p=1.00)",
        "2026-11-23  c2  -  disclosure  low  0.99  disclosure_missing  whole call",
        "    why: no recording notice by the agent (TX: one-party)",
    ]
