"""The evidence-export Prefect flow end to end (ephemeral Prefect API: about a minute on a busy machine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit import ledger
from audit.store import AuditStore
from tests.unit.test_store import outcome, run_info


@pytest.fixture
def audit_dir(tmp_path: Path) -> Path:
    store = AuditStore(tmp_path / "audit")
    store.write_outcome(outcome("c1"), run_info("run-1"))
    store.write_outcome(outcome("c2"), run_info("run-1"))
    return tmp_path / "audit"


def test_the_prefect_flow_exports_and_verifies(audit_dir: Path, tmp_path: Path) -> None:
    """The flow in its own process, with a throwaway Prefect home (ephemeral API)."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    code = ("import json, sys; from flows.evidence import get_flow; "
            "print(json.dumps(get_flow()(audit_dir=sys.argv[1], call_ids=['c1'], out=sys.argv[2], query={'check': 'courtesy', 'since': '2000-01-01'})))")
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    proc = subprocess.run([sys.executable, "-c", code, str(audit_dir), str(tmp_path / "bundle")], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["verified"] and summary["call_ids"] == ["c1", "c2"]
    assert ledger.verify_bundle(tmp_path / "bundle", audit_dir).ok
    assert not list((tmp_path / "prefect").rglob("storage/*"))  # no results persisted
