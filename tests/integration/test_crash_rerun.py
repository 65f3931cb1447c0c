"""Kill real writer processes midway (SIGKILL), rerun: every call is present exactly once, the ledger verifies."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np

from audit import ledger
from audit.store import AuditStore
from tests.conftest import REPO

WORKER = REPO / "tests" / "crash_worker.py"


def make_calls(folder: Path, n: int) -> list[str]:
    folder.mkdir()
    tone = (0.2 * np.sin(np.arange(8000) / 8000 * 2 * np.pi * 200) * 32767).astype("<i2")
    for i in range(n):
        with wave.open(str(folder / f"call-{i:02d}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(8000)
            out.writeframes(tone.tobytes() + i.to_bytes(2, "little"))  # distinct audio per call
    return [f"call-{i:02d}" for i in range(n)]


def test_killed_run_then_rerun_audits_every_call_exactly_once(tmp_path: Path) -> None:
    ids = make_calls(tmp_path / "in", 12)
    out = tmp_path / "audit"
    proc = subprocess.Popen([sys.executable, str(WORKER), str(tmp_path / "in"), str(out), "run-1"], stdout=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list((out / "calls").rglob("*.parquet"))) < 4:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    written_before = len(list((out / "calls").rglob("*.parquet")))
    assert 4 <= written_before < 12  # killed midway

    rerun = subprocess.run([sys.executable, str(WORKER), str(tmp_path / "in"), str(out), "run-2"],
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("skipped, already audited") == written_before

    calls = AuditStore(out).read_table("calls", current_only=False)
    assert sorted(calls["call_id"]) == ids  # each call exactly once, none lost, none twice
    assert (calls["status"] == "ok").all()
    assert ledger.verify(out).ok, ledger.verify(out).problems


STORE_WORKER = '''
import sys, time
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, {repo!r})
from audit.store import AuditStore
from tests.unit.test_store import outcome, run_info

audit_dir, run_id, n, pause = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = AuditStore(audit_dir)
print("recovered", store.recovered, flush=True)
for i in range(n):
    call_id = f"call-{{i:03d}}"
    if store.already_audited(call_id, f"sha-{{i}}", "cfg-a"):
        print("skipped", call_id, flush=True)
        continue
    store.write_outcome(outcome(call_id, sha=f"sha-{{i}}"), run_info(run_id))
    print("wrote", call_id, flush=True)
    time.sleep(pause)
'''


def test_store_killed_mid_commit_then_rerun_keeps_every_call_exactly_once(tmp_path: Path) -> None:
    """SIGKILL a writer with no pause between calls, so the kill lands inside commits; rerun completes."""
    script = tmp_path / "writer.py"
    script.write_text(STORE_WORKER.format(repo=str(REPO)))
    out = tmp_path / "audit"
    n = 120
    for attempt in range(3):  # kill twice at different moments, then let it finish
        proc = subprocess.Popen([sys.executable, str(script), str(out), f"run-{attempt}", str(n), "0"],
                                stdout=subprocess.PIPE, text=True)
        if attempt < 2:
            deadline = time.time() + 60
            while time.time() < deadline and len(list((out / "calls").rglob("*.parquet"))) < 20 * (attempt + 1):
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            assert proc.returncode == -signal.SIGKILL
        else:
            stdout, _ = proc.communicate(timeout=300)
            assert proc.returncode == 0
            assert stdout.count("wrote") < n  # the rerun only completed what was missing
    calls = AuditStore(out).read_table("calls", current_only=False)
    assert sorted(calls["call_id"]) == [f"call-{i:03d}" for i in range(n)]
    findings = AuditStore(out).read_table("findings", current_only=False)
    # all four files of a call are committed together: no orphan detail rows from a killed commit
    assert len(findings) == n and findings["call_id"].nunique() == n and findings["current"].all()
    result = ledger.verify(out)
    assert result.ok, result.problems
    assert not list(out.rglob(".tmp-*"))
