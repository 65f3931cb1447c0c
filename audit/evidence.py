"""Evidence bundles: everything legal needs about some calls, with a manifest of digests.

``export_bundle(audit_dir, call_ids, out)`` writes a folder::

    manifest.json                         every other file's sha256, the calls, the ledger head
    provenance.json                       pipeline version, models, config digests, runs, schema version
    configs/<config_sha256>.yaml          the resolved configuration (policy facts, thresholds) in force
    source/<table>/audit_date=.../*.parquet  the ledger-recorded audit-log files the bundle was made from
                                          (compacted files, which hold other calls, are listed, not copied)
    calls/<call_id>/call.json             the current calls row, every audit of the call, audio status
    calls/<call_id>/transcript.json       redacted utterances
    calls/<call_id>/findings.json         findings with redacted evidence
    calls/<call_id>/redactions.json       what was redacted where (types and times, no values)
    calls/<call_id>/audio/finding-<n>-<check>.wav   redacted audio around each timed finding

Source files are checked against the ledger before export (an altered log is refused),
the bundle is built under a temporary name and renamed into place, and the manifest's
digest is recorded by an ``export`` ledger entry, so ``call-audit verify --bundle`` proves
both the files and the manifest unaltered. Audio is only ever written after redaction;
a missing, changed or undecodable recording is reported in ``call.json``, not fatal.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from audit import ledger
from audit.query import add_filters, filters_of, flagged_findings
from audit.schema import SCHEMA_VERSION
from audit.store import AuditStore, StoreOptions, safe_name
from audit.types import RedactionSpan, Severity

MANIFEST = "manifest.json"
BUNDLE_VERSION = "1"
TABLE_NAMES: tuple[str, ...] = ("calls", "findings", "utterances", "redactions")


class EvidenceError(ValueError):
    """The bundle cannot be made (unknown call, altered audit log, existing output)."""


@dataclass
class BundleReport:
    """What an export wrote: the bundle, its manifest digest, and per-call audio notes."""

    bundle: Path
    manifest_sha256: str
    call_ids: list[str]
    files: int
    audio: dict[str, str] = field(default_factory=dict)  # call_id -> audio status


@dataclass(frozen=True)
class AudioTools:
    """The audio functions an export uses (injected in tests; default: audit.audio, audit.audio_redact)."""

    load: Callable[[Path], Any]
    redact: Callable[..., np.ndarray]
    write: Callable[[Path, np.ndarray, int], None]


def default_audio_tools() -> AudioTools | None:
    """The real audio tools, or ``None`` when audio redaction is not available."""
    try:
        from audit.audio import load_audio
        from audit.audio_redact import redact_audio, write_audio
    except ImportError:
        return None
    return AudioTools(load_audio, redact_audio, write_audio)


def export_bundle(
    audit_dir: Path,
    call_ids: Sequence[str],
    out: Path,
    *,
    audio_dir: Path | None = None,
    options: StoreOptions | None = None,
    audio_tools: AudioTools | None | str = "default",
) -> BundleReport:
    """Write an evidence bundle for ``call_ids`` (their current audits) to the new folder ``out``."""
    audit_dir, out = Path(audit_dir), Path(out)
    options = options or StoreOptions()
    tools = default_audio_tools() if audio_tools == "default" else audio_tools
    if out.exists() and any(out.iterdir()):
        raise EvidenceError(f"{out}: already exists and is not empty")
    store = AuditStore(audit_dir, options)
    try:
        all_calls = store.read_table("calls", current_only=False)
        tables = {name: store.read_table(name) for name in TABLE_NAMES}
    except (pa.ArrowInvalid, OSError) as exc:
        raise EvidenceError(f"audit log unreadable ({exc}); run 'call-audit verify {audit_dir}'") from None
    unknown = sorted(set(call_ids) - set(all_calls["call_id"]))
    if unknown:
        raise EvidenceError(f"no such call(s) in {audit_dir}: {unknown}")
    wanted = list(dict.fromkeys(call_ids))
    current = {name: frame[frame["call_id"].isin(wanted)] for name, frame in tables.items()}
    expected, _, _, head = ledger.replay(audit_dir)
    sources = _source_files(audit_dir, current["calls"], expected)

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".tmp-{out.name}-"))
    try:
        for rel in sources:
            if Path(rel).name.startswith("compacted-"):
                continue  # holds other calls' rows too: referenced by digest in the manifest, not copied
            (staging / "source" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(audit_dir / rel, staging / "source" / rel)
        configs = sorted(set(current["calls"]["config_sha256"].dropna()))
        for sha in configs:
            src = audit_dir / "configs" / f"{sha}.yaml"
            if src.exists():
                (staging / "configs").mkdir(exist_ok=True)
                shutil.copyfile(src, staging / "configs" / src.name)
        audio_notes: dict[str, str] = {}
        for call_id in wanted:
            folder = staging / "calls" / safe_name(call_id)
            folder.mkdir(parents=True)
            row = _records(current["calls"][current["calls"]["call_id"] == call_id])[0]
            findings = _records(current["findings"][current["findings"]["call_id"] == call_id].sort_values("finding_index"))
            utterances = _records(current["utterances"][current["utterances"]["call_id"] == call_id]
                                  .sort_values("utterance_index"))
            spans = _records(current["redactions"][current["redactions"]["call_id"] == call_id])
            audio = _export_audio(row, findings, spans, folder / "audio", audio_dir, tools, options.evidence_padding_s)
            audio_notes[call_id] = audio["status"]
            history = _records(all_calls[all_calls["call_id"] == call_id]
                               [["run_id", "status", "error", "audited_at", "config_sha256", "current"]]
                               .sort_values("audited_at"))
            _dump(folder / "call.json", {"call": row, "audits": history, "audio": audio,
                                         "config_file": f"configs/{row['config_sha256']}.yaml"})
            _dump(folder / "transcript.json", utterances)
            _dump(folder / "findings.json", findings)
            _dump(folder / "redactions.json", spans)
        _dump(staging / "provenance.json", _provenance(current["calls"], sources))
        files = sorted(p for p in staging.rglob("*") if p.is_file())
        manifest = {
            "bundle_version": BUNDLE_VERSION,
            "schema_version": SCHEMA_VERSION,
            "created_at": datetime.now(timezone.utc).isoformat(),
            "audit_dir": str(audit_dir.resolve()),
            "call_ids": wanted,
            "ledger_head": head,
            "audit_log_files": [{"path": rel, "sha256": expected[rel], "copied": (staging / "source" / rel).exists()}
                                for rel in sources],
            "files": [{"path": p.relative_to(staging).as_posix(), "sha256": ledger.file_sha256(p)} for p in files],
        }
        _dump(staging / MANIFEST, manifest)
        digest = ledger.file_sha256(staging / MANIFEST)
        if out.exists():
            out.rmdir()
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    ledger.append(audit_dir, {"action": "export", "manifest_sha256": digest, "call_ids": wanted,
                              "bundle": str(out.resolve())})
    return BundleReport(out, digest, wanted, len(files) + 1, audio_notes)


def _source_files(audit_dir: Path, calls: pd.DataFrame, expected: dict[str, str]) -> list[str]:
    """The ledger-recorded files of the calls' current audits, each checked against its digest."""
    import pyarrow.parquet as pq

    wanted: list[str] = []
    for call_id, run_id, day in sorted(zip(calls["call_id"], calls["run_id"], calls["audit_date"])):
        name = f"{safe_name(run_id)}--{safe_name(call_id)}.parquet"  # the store's file naming ...
        for table in TABLE_NAMES:
            partition = audit_dir / table / f"audit_date={day}"  # a call's four files share a commit and a day
            if (partition / name).exists():
                wanted.append((partition / name).relative_to(audit_dir).as_posix())
                continue
            for path in sorted(partition.glob("*.parquet")):  # ... or a compacted file holding the rows
                ids = pq.read_table(path, columns=["call_id", "run_id"])
                if (call_id, run_id) in set(zip(ids["call_id"].to_pylist(), ids["run_id"].to_pylist())):
                    wanted.append(path.relative_to(audit_dir).as_posix())
    wanted = list(dict.fromkeys(wanted))
    for rel in wanted:
        if rel not in expected:
            raise EvidenceError(f"{rel}: not recorded in the ledger; run 'call-audit verify {audit_dir}'")
        if ledger.file_sha256(audit_dir / rel) != expected[rel]:
            raise EvidenceError(f"{rel}: content differs from the digest recorded in the ledger; refusing to export")
    return wanted


def _export_audio(row: dict[str, Any], findings: list[dict[str, Any]], spans: list[dict[str, Any]], folder: Path,
                  audio_dir: Path | None, tools: AudioTools | None, padding: float) -> dict[str, Any]:
    """Redacted excerpts around each timed finding; the status says why there are none."""
    timed = [f for f in findings if f.get("start_s") is not None and f.get("end_s") is not None]
    source = Path(row.get("source_file") or "")
    path = (Path(audio_dir) / source.name) if audio_dir else source
    info: dict[str, Any] = {"source_file": str(source), "looked_in": str(path), "excerpts": []}
    if not timed:
        return {**info, "status": "no timed findings: no excerpts needed"}
    if tools is None:
        return {**info, "status": "audio redaction unavailable: no excerpts written (audio is never exported unredacted)"}
    if not path.is_file():
        return {**info, "status": "audio file missing"}
    try:
        audio = tools.load(path)
    except Exception as exc:  # noqa: BLE001 - a broken recording is reported, not fatal
        return {**info, "status": f"audio could not be decoded ({type(exc).__name__})"}
    if row.get("audio_sha256") and audio.sha256 != row["audio_sha256"]:
        return {**info, "status": "audio file differs from the audited recording (sha256 mismatch): no excerpts"}
    redaction_spans = tuple(
        RedactionSpan(s["entity_type"], int(s["utterance_index"]), float(s["start_s"]), float(s["end_s"]),
                      int(s["channel"]), float(s["score"] or 0.0), s.get("recognizer") or "")
        for s in spans
    )
    samples = np.asarray(tools.redact(audio, redaction_spans, mode="silence"))
    rate = audio.sample_rate
    folder.mkdir(parents=True, exist_ok=True)
    for f in timed:
        start = max(0.0, float(f["start_s"]) - padding)
        end = float(f["end_s"]) + padding
        a, b = int(start * rate), int(end * rate)
        clip = samples[..., a:b]
        name = f"finding-{int(f['finding_index']):03d}-{f['check']}.wav"
        tools.write(folder / name, clip, rate)
        info["excerpts"].append({"file": f"audio/{name}", "finding_index": int(f["finding_index"]),
                                 "start_s": start, "end_s": min(end, clip.shape[-1] / rate + start)})
    return {**info, "status": f"{len(timed)} redacted excerpt(s) ({len(redaction_spans)} span(s) silenced)",
            "audio_sha256": audio.sha256}


def _provenance(calls: pd.DataFrame, sources: list[str]) -> dict[str, Any]:
    cols = ["run_id", "pipeline_version", "config_sha256", "asr_model", "asr_model_sha256", "redactor",
            "encoder_model", "encoder_sha256", "schema_version", "run_started_at"]
    runs = _records(calls[cols].drop_duplicates("run_id"))
    return {"runs": runs, "source_files": sources,
            "note": "every row in calls/ is the current audit of its call; source/ holds the ledger-recorded originals"}


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [_plain(r) for r in frame.to_dict(orient="records")]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if value is pd.NaT or value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def select_calls(audit_dir: Path, call_ids: Sequence[str], query: dict[str, Any] | None = None) -> list[str]:
    """``call_ids`` plus the calls with flagged findings matching ``query`` (the keyword arguments
    of :func:`audit.query.flagged_findings`; ISO date strings are accepted), without repeats."""
    selected = list(dict.fromkeys(call_ids))
    if query:
        q = {k: (date.fromisoformat(v) if k in ("since", "until") and isinstance(v, str) else v) for k, v in query.items()}
        if isinstance(q.get("min_severity"), str):
            q["min_severity"] = Severity(q["min_severity"])
        selected += [c for c in dict.fromkeys(flagged_findings(audit_dir, **q)["call_id"]) if c not in selected]
    return selected


def register_cli(subparsers: Any) -> None:
    """Add ``evidence`` to the ``call-audit`` command line."""
    p = subparsers.add_parser("evidence", help="export an evidence bundle for some calls (verify with verify --bundle)")
    p.add_argument("audit_dir", type=Path)
    p.add_argument("call_ids", nargs="*", metavar="CALL_ID", help="calls to export (and/or select them with the query options)")
    p.add_argument("--out", type=Path, required=True, help="bundle folder to create")
    add_filters(p)  # the calls `call-audit flagged` would list with these options
    p.add_argument("--audio-dir", type=Path, help="where the recordings are now (default: the recorded source path)")
    p.add_argument("--config", type=Path, help="pipeline YAML for output options (default: config/pipeline.yaml)")
    p.set_defaults(func=_cmd_evidence)


def _cmd_evidence(args: argparse.Namespace) -> int:
    from audit.config import load_config

    config = load_config(args.config)
    options = StoreOptions.of(config)
    query = filters_of(args)
    call_ids = select_calls(args.audit_dir, args.call_ids, query)
    if query:
        print(f"query selected {len(select_calls(args.audit_dir, [], query))} flagged call(s)")
    if not call_ids:
        print("call-audit evidence: no calls to export: give CALL_IDs or query options that select flagged calls")
        return 2
    try:
        report = export_bundle(args.audit_dir, call_ids, args.out, audio_dir=args.audio_dir, options=options)
    except EvidenceError as exc:
        print(f"call-audit evidence: {exc}")
        return 1
    for call_id, status in report.audio.items():
        print(f"{call_id}: audio: {status}")
    print(f"bundle {report.bundle}: {report.files} file(s), manifest sha256 {report.manifest_sha256} (recorded in the ledger)")
    return 0
