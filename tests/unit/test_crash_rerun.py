"""Kill a real nightly-run process midway (SIGKILL), rerun it: every call is present exactly once."""

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
