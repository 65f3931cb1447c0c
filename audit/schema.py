"""The Parquet schemas of the audit log: the one place they are declared.

Tables, each keyed by ``call_id`` and partitioned by ``audit_date`` (hive style, in the
path, not in the files): ``calls`` (a row per call and run), ``findings`` (a row per
finding), ``utterances`` (the redacted transcript) and ``redactions`` (what was redacted
where: entity type and times, never the value). A later audit of the same call supersedes
earlier rows without deleting them; see :mod:`audit.store`.

:func:`rows_for` turns one :class:`CallOutcome` into rows; :func:`to_table` checks them
against the schema, rejecting unknown or missing columns (pyarrow would silently drop
extra keys), and puts the schema version and provenance into the file metadata.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from audit.types import CallOutcome, RunInfo

SCHEMA_VERSION = "1"
KNOWN_CHECKS: tuple[str, ...] = ("disclosure", "courtesy", "discrimination", "inaccurate_statements")
STAGES: tuple[str, ...] = ("decode", "transcribe", "redact", "checks")

_TS = pa.timestamp("us", tz="UTC")

CHECK_STRUCT = pa.struct([
    ("check", pa.string()), ("version", pa.string()), ("score", pa.float64()),
    ("flagged", pa.bool_()), ("outcome", pa.string()),
])

CALLS = pa.schema(
    [
        ("call_id", pa.string()), ("run_id", pa.string()), ("source_file", pa.string()),
        ("agent_id", pa.string()), ("started_at", _TS), ("customer_region", pa.string()), ("channels", pa.string()),
        ("audio_sha256", pa.string()), ("duration_s", pa.float64()),
        ("status", pa.string()), ("error", pa.string()),
        ("flagged", pa.bool_()), ("n_findings", pa.int32()),
    ]
    + [f for c in KNOWN_CHECKS for f in ((f"{c}_score", pa.float64()), (f"{c}_flag", pa.bool_()), (f"{c}_outcome", pa.string()))]
    + [
        ("checks", pa.list_(CHECK_STRUCT)),
        ("role_confidence", pa.float64()), ("notes", pa.list_(pa.string())),
        ("asr_model", pa.string()), ("asr_model_sha256", pa.string()), ("redactor", pa.string()),
        ("encoder_model", pa.string()), ("encoder_sha256", pa.string()),
        ("pipeline_version", pa.string()), ("config_sha256", pa.string()), ("schema_version", pa.string()),
        ("run_started_at", _TS), ("audited_at", _TS),
    ]
    + [(f"{s}_seconds", pa.float64()) for s in STAGES]
)

FINDINGS = pa.schema([
    ("call_id", pa.string()), ("run_id", pa.string()), ("finding_index", pa.int32()),
    ("check", pa.string()), ("check_version", pa.string()), ("score", pa.float64()), ("flagged", pa.bool_()),
    ("severity", pa.string()), ("reason", pa.string()), ("rationale", pa.string()),
    ("speaker", pa.string()), ("start_s", pa.float64()), ("end_s", pa.float64()), ("evidence", pa.string()),
    ("audited_at", _TS),
])

UTTERANCES = pa.schema([
    ("call_id", pa.string()), ("run_id", pa.string()), ("utterance_index", pa.int32()),
    ("speaker", pa.string()), ("channel", pa.int16()), ("start_s", pa.float64()), ("end_s", pa.float64()),
    ("text", pa.string()), ("min_probability", pa.float64()), ("audited_at", _TS),
])

REDACTIONS = pa.schema([
    ("call_id", pa.string()), ("run_id", pa.string()), ("utterance_index", pa.int32()),
    ("entity_type", pa.string()), ("start_s", pa.float64()), ("end_s", pa.float64()),
    ("channel", pa.int16()), ("score", pa.float64()), ("recognizer", pa.string()), ("audited_at", _TS),
])

TABLES: dict[str, pa.Schema] = {"calls": CALLS, "findings": FINDINGS, "utterances": UTTERANCES, "redactions": REDACTIONS}


class SchemaError(ValueError):
    """Rows do not match their table's schema."""


def rows_for(outcome: CallOutcome, run: RunInfo, audited_at: datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one call."""
    audited_at = audited_at or datetime.now(timezone.utc)
    spec, t = outcome.spec, outcome.transcript
    key = {"call_id": spec.call_id, "run_id": run.run_id}
    models = {m.model_id: m for m in run.models}
    asr = t.model if t is not None else next((m for m in run.models if m.model_id.startswith("whisper")), None)
    redactor = next((m for m in run.models if m.model_id.startswith("presidio")), None)
    encoder = next((m for m in models.values() if m is not asr and m is not redactor), None)
    by_check = {c.check: c for c in outcome.checks}
    findings = [f for c in outcome.checks for f in c.findings]
    call: dict[str, Any] = {
        **key,
        "source_file": str(spec.path), "agent_id": spec.agent_id, "started_at": spec.started_at,
        "customer_region": spec.customer_region, "channels": spec.channels,
        "audio_sha256": outcome.audio_sha256, "duration_s": outcome.duration_s,
        "status": outcome.status, "error": outcome.error,
        "flagged": outcome.flagged if outcome.status == "ok" else None,
        "n_findings": sum(f.flagged for f in findings),
        "checks": [{"check": c.check, "version": c.check_version, "score": c.score, "flagged": c.flagged,
                    "outcome": c.outcome} for c in outcome.checks],
        "role_confidence": t.role_confidence if t else None, "notes": list(t.notes) if t else [],
        "asr_model": asr.model_id if asr else None, "asr_model_sha256": asr.sha256 if asr else None,
        "redactor": redactor.model_id if redactor else None,
        "encoder_model": encoder.model_id if encoder else None, "encoder_sha256": encoder.sha256 if encoder else None,
        "pipeline_version": run.pipeline_version, "config_sha256": run.config_sha256, "schema_version": SCHEMA_VERSION,
        "run_started_at": run.started_at, "audited_at": audited_at,
    }
    for name in KNOWN_CHECKS:
        c = by_check.get(name)
        call[f"{name}_score"] = c.score if c else None
        call[f"{name}_flag"] = c.flagged if c else None
        call[f"{name}_outcome"] = c.outcome if c else None
    for stage in STAGES:
        call[f"{stage}_seconds"] = outcome.stage_seconds.get(stage)
    return {
        "calls": [call],
        "findings": [
            {**key, "finding_index": i, "check": f.check, "check_version": f.check_version, "score": f.score,
             "flagged": f.flagged, "severity": f.severity.value, "reason": f.reason, "rationale": f.rationale,
             "speaker": f.speaker, "start_s": f.start_s, "end_s": f.end_s, "evidence": f.evidence, "audited_at": audited_at}
            for i, f in enumerate(findings)
        ],
        "utterances": [
            {**key, "utterance_index": i, "speaker": u.speaker, "channel": u.channel, "start_s": u.start_s,
             "end_s": u.end_s, "text": u.text, "min_probability": u.min_probability, "audited_at": audited_at}
            for i, u in enumerate(t.utterances if t else ())
        ],
        "redactions": [
            {**key, "utterance_index": s.utterance_index, "entity_type": s.entity_type, "start_s": s.start_s,
             "end_s": s.end_s, "channel": s.channel, "score": s.score, "recognizer": s.recognizer, "audited_at": audited_at}
            for s in (t.spans if t else ())
        ],
    }


def file_metadata(run: RunInfo) -> dict[str, str]:
    """Provenance stored in every Parquet file's key-value metadata."""
    return {
        "call_audit.schema_version": SCHEMA_VERSION,
        "call_audit.pipeline_version": run.pipeline_version,
        "call_audit.run_id": run.run_id,
        "call_audit.config_sha256": run.config_sha256,
        "call_audit.models": json.dumps([{"id": m.model_id, "sha256": m.sha256, "detail": m.detail} for m in run.models]),
    }


def to_table(name: str, rows: Sequence[Mapping[str, Any]], metadata: Mapping[str, str] | None = None) -> pa.Table:
    """Rows as a table of ``name``'s schema; unknown or missing columns raise :class:`SchemaError`."""
    schema = TABLES[name]
    expected = set(schema.names)
    for i, row in enumerate(rows):
        extra, missing = set(row) - expected, expected - set(row)
        if extra or missing:
            raise SchemaError(f"{name} row {i}: unknown columns {sorted(extra)}, missing columns {sorted(missing)}")
    schema = schema.with_metadata({**(schema.metadata or {}), **{k.encode(): v.encode() for k, v in (metadata or {}).items()}})
    return pa.Table.from_pylist(list(rows), schema=schema)
