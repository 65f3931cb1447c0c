"""The README's main job on the sample calls, with the real models, through the CLI.

One module-scoped run of ``call-audit run`` (a real subprocess, so Prefect, logging and
the model caches behave as in production) over the sample calls plus two broken files.
Then: every call has a row, broken files are error rows naming the problem, each sample
call's labelled outcome shows up in the Parquet, and no PII value from the sample scripts
appears in any file the run wrote (audit log, Prefect home, captured logs).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from tests.conftest import EXAMPLES, REPO

pytestmark = pytest.mark.integration

SCRIPTS = sorted((EXAMPLES / "calls").glob("*.yaml"))


def load_scripts() -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in SCRIPTS]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not SCRIPTS:
        pytest.fail("no sample call scripts in examples/calls")
    base = tmp_path_factory.mktemp("e2e")
    inputs = base / "calls"
    shutil.copytree(EXAMPLES / "audio", inputs)
    (inputs / "broken.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + os.urandom(64))
    (inputs / "empty.flac").write_bytes(b"")
    out, home = base / "audit", base / "prefect-home"
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_LOGGING_LEVEL="DEBUG")
    proc = subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", str(inputs), "--out", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=1500,
    )
    (base / "stdout.log").write_text(proc.stdout)
    (base / "stderr.log").write_text(proc.stderr)
    return {"proc": proc, "out": out, "home": home, "base": base}


def table(out: Path, name: str):
    return pq.read_table(out / name).to_pandas()


def test_every_call_has_a_row_and_broken_files_are_named_errors(run: dict) -> None:
    proc = run["proc"]
    assert proc.returncode == 1, proc.stderr[-3000:]  # the run reports failed calls in its exit code ...
    assert "2 failed" in proc.stdout and "FAILED broken" in proc.stdout
    calls = table(run["out"], "calls").set_index("call_id")
    expected = {s["call_id"] for s in load_scripts()} | {"broken", "empty"}
    assert set(calls.index) == expected  # ... but audits and writes every other call
    assert calls.loc["broken", "status"] == "error" and calls.loc["broken", "error"].startswith("broken.wav: ")
    assert calls.loc["empty", "status"] == "error" and "empty" in calls.loc["empty", "error"]
    ok = calls.drop(index=["broken", "empty"])
    assert (ok["status"] == "ok").all(), ok[ok["status"] != "ok"]["error"].to_dict()


@pytest.mark.parametrize("script", load_scripts(), ids=lambda s: s["call_id"])
def test_each_sample_call_gets_its_labelled_verdicts(run: dict, script: dict) -> None:
    calls = table(run["out"], "calls").set_index("call_id")
    row = calls.loc[script["call_id"]]
    labels = script["labels"]
    assert row["disclosure_outcome"] == labels["disclosure"]
    assert bool(row["disclosure_flag"]) == (labels["disclosure"] != "given")  # a late notice is a flag too
    assert bool(row["courtesy_flag"]) == labels["courtesy"]
    assert bool(row["discrimination_flag"]) == labels["discrimination"]
    assert bool(row["inaccurate_statements_flag"]) == labels["inaccurate"]


def test_findings_carry_redacted_evidence_with_times_and_speaker(run: dict) -> None:
    findings = table(run["out"], "findings")
    flagged = findings[findings["flagged"]]
    assert len(flagged) > 0
    assert set(flagged["check"]) >= {"courtesy", "discrimination", "inaccurate_statements"}
    timed = flagged.dropna(subset=["start_s"])
    assert (timed["end_s"] >= timed["start_s"]).all()
    assert set(timed["speaker"]) <= {"agent", "customer"}
    utterances = table(run["out"], "utterances")
    assert set(utterances["speaker"]) == {"agent", "customer"}
    assert utterances["text"].str.contains(r"<[A-Z_]+>").any()  # placeholders keep the entity type


def _pii_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for script in load_scripts():
        for value in script.get("pii", []):
            value = str(value)
            digits = re.sub(r"\D", "", value)
            if len(digits) >= 5:  # numbers: any spacing or punctuation between the digits ...
                # ... but a short one (a zip code) only spacing: "44.114" is a log line's clock
                # (12:03:44.114), and matching it made this test fail at random
                sep = r"[\s\-.,/()]{0,3}" if len(digits) >= 7 else r"\s?"
                patterns.append((value, re.compile(r"(?<![0-9])" + sep.join(digits) + r"(?![0-9])")))
            else:
                patterns.append((value, re.compile(re.escape(value), re.IGNORECASE)))
                for part in value.split():
                    if len(part) >= 4 and part[0].isupper():  # a name's parts, alone
                        patterns.append((value, re.compile(rf"\b{re.escape(part)}\b", re.IGNORECASE)))
    return patterns


def _texts_written(paths: list[Path]) -> list[tuple[Path, str]]:
    texts = []
    for root in paths:
        for path in [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()):
            if path.suffix == ".parquet":
                t = pq.read_table(path)
                cells = [str(v) for col in t.columns for v in col.to_pylist() if v is not None]
                texts.append((path, "\n".join(cells)))
            else:
                texts.append((path, path.read_bytes().decode("latin-1")))
    return texts


def test_the_leak_scan_finds_a_planted_value(tmp_path: Path) -> None:
    """Positive control: the scan below would see a leak, in plain files and in Parquet."""
    import pyarrow as pa

    (tmp_path / "log.txt").write_text("card: 4111-1111-1111-1111, zip 4 4 1 1 4\n12:03:44.114 | INFO | done\n")
    pq.write_table(pa.table({"text": ["hello Gonzalez"]}), tmp_path / "t.parquet")
    written = _texts_written([tmp_path])
    hits = {value for path, text in written for value, rx in _pii_patterns() if rx.search(text)}
    assert {"4111 1111 1111 1111", "Maria Gonzalez", "44114"} <= hits
    clock = tmp_path / "clock.txt"
    clock.write_text("12:03:44.114 | INFO | done\n")
    assert not [v for _, text in _texts_written([clock]) for v, rx in _pii_patterns() if rx.search(text)]


def test_no_pii_value_is_written_anywhere(run: dict) -> None:
    patterns = _pii_patterns()
    assert len(patterns) >= 10
    written = _texts_written([run["out"], run["home"], run["base"] / "stdout.log", run["base"] / "stderr.log"])
    assert any(p.suffix == ".parquet" for p, _ in written) and any("prefect" in str(p) for p, _ in written)
    leaks = [(str(path.relative_to(run["base"])), value, text[max(0, m.start() - 60): m.end() + 60])
             for path, text in written for value, rx in patterns for m in [rx.search(text)] if m]
    assert leaks == []  # (file, sample value, the text around it): the sample values are fictional


def test_the_run_records_every_trained_head_and_the_second_encoder_with_their_hashes(run: dict) -> None:
    from audit.models import MPNET_SHA256, file_sha256

    path = next((run["out"] / "calls").rglob("*.parquet"))
    models = json.loads(pq.read_schema(path).metadata[b"call_audit.models"])
    by_detail = {m["detail"]: m for m in models}
    heads = REPO / "models"
    mpnet = next(m for m in models if m["id"].startswith("courtesy_mpnet_head"))
    assert mpnet["sha256"] == file_sha256(heads / "courtesy_mpnet_head.npz") and MPNET_SHA256 in mpnet["detail"]
    assert any(m["sha256"] == file_sha256(heads / "courtesy_head.npz") for m in models)
    assert by_detail["discrimination context head"]["sha256"] == file_sha256(heads / "discrimination_context.npz")
