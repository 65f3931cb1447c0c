"""Audit a night's calls: decode -> transcribe -> redact -> check -> write.

:func:`audit_calls` is the one loop over calls. It runs as plain Python (tests, scripts)
and inside the Prefect flow, which passes task-wrapped versions of the step functions.
The raw transcript exists only inside :func:`prepare_call`; what leaves it is redacted.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any, Protocol

from audit.checks.base import Check, CheckInput, HeadCheck, build_checks, run_checks
from audit.config import Config, options_from
from audit.encoder import clear_caches
from audit.errors import AuditError
from audit.inputs import Discovery, RejectedCall
from audit.models import file_sha256
from audit.types import CallContext, CallOutcome, CallSpec, ModelInfo, RunInfo

PIPELINE_VERSION = version("call-audit")


@dataclass(frozen=True)
class RunOptions:
    """The ``run:`` section of the configuration."""

    check_batch_size: int = 16  # calls whose sentences go through the check models together
    skip_audited: bool = True  # skip calls already audited with the same audio and config


class Store(Protocol):
    """What the loop needs of the audit log (see :class:`audit.store.AuditStore`)."""

    def already_audited(self, call_id: str, audio_sha256: str, config_sha256: str) -> bool: ...

    def write_outcome(self, outcome: CallOutcome, run: RunInfo) -> None: ...


class Stages:
    """The heavy components of a run (models, engines), loaded once and reused for every call."""

    def __init__(self, config: Config, transcriber: Any, redactor: Any, checks: Sequence[Check], encoder: Any) -> None:
        self.config = config
        self.options: RunOptions = options_from(RunOptions, config.run, f"{config.path.name}: run")
        self.transcriber = transcriber
        self.redactor = redactor
        self.checks = list(checks)
        self.encoder = encoder

    @classmethod
    def load(cls, config: Config) -> Stages:
        """Build every stage from the configuration with the real models."""
        from audit.encoder import SentenceEncoder
        from audit.redact import Redactor
        from audit.transcribe import Transcriber, TranscribeOptions

        where = config.path.name
        transcriber = Transcriber(options_from(TranscribeOptions, config.transcribe, f"{where}: transcribe"))
        redactor = Redactor.from_config(config)
        encoder = SentenceEncoder()
        checks = build_checks(config, encoder)
        for check in checks:
            check.load_models()
        return cls(config, transcriber, redactor, checks, encoder)

    @property
    def models(self) -> tuple[ModelInfo, ...]:
        infos = [self.transcriber.model_info, self.redactor.model_info]
        if self.encoder is not None:
            infos.append(ModelInfo(self.encoder.model_id, getattr(self.encoder, "sha256", None)))
        for check in self.checks:  # each trained head, and an encoder other than the pipeline's
            for role in ("head", "context_head"):
                model = getattr(check, role) if isinstance(check, HeadCheck) else None
                for part in getattr(model, "heads", [model]) if model is not None else []:
                    detail = f"{check.name} {role.replace('_', ' ')}"
                    encoder = getattr(part, "encoder", None)
                    if encoder is not None and encoder is not self.encoder:
                        detail += f"; encoder {encoder.model_id} sha256 {getattr(encoder, 'sha256', None)}"
                    infos.append(ModelInfo(part.model_id, part.sha256, detail))
        return tuple(infos)


@dataclass
class RunSummary:
    """What a run did, for the command line, the flow's state and its artefact (no call content)."""

    run: RunInfo
    audit_dir: Path
    total: int = 0
    audited: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (call_id, reason)
    flagged_calls: int = 0
    flagged_by_check: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    wall_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the flow's final state and for scripts; includes :meth:`text`."""
        return {
            "run_id": self.run.run_id, "audit_dir": str(self.audit_dir), "total": self.total,
            "audited": self.audited, "skipped": self.skipped, "failed": [list(f) for f in self.failed],
            "flagged_calls": self.flagged_calls, "flagged_by_check": dict(self.flagged_by_check),
            "stage_seconds": dict(self.stage_seconds), "wall_seconds": self.wall_seconds, "text": self.text(),
        }

    def text(self) -> str:
        """A short human-readable summary."""
        lines = [
            f"run {self.run.run_id}: {self.total} call(s): {self.audited} audited, "
            f"{self.skipped} skipped (already audited), {len(self.failed)} failed; "
            f"{self.flagged_calls} flagged",
        ]
        for check, count in self.flagged_by_check.items():
            lines.append(f"  flagged for {check}: {count}")
        for call_id, reason in self.failed:
            lines.append(f"  FAILED {call_id}: {reason}")
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in self.stage_seconds.items())
        lines.append(f"  time: {self.wall_seconds:.1f}s wall ({stages})")
        lines.append(f"  audit log: {self.audit_dir} (calls/, findings/, utterances/)")
        return "\n".join(lines)


def new_run(config: Config, models: Sequence[ModelInfo], run_id: str | None = None) -> RunInfo:
    """Provenance for a new run (``run_id`` defaults to a timestamped random id)."""
    now = datetime.now(timezone.utc)
    return RunInfo(
        run_id=run_id or f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}",
        started_at=now,
        pipeline_version=PIPELINE_VERSION,
        config_sha256=config.sha256,
        config_path=str(config.path),
        models=tuple(models),
    )


def write_outcome(store: Store, outcome: CallOutcome, run: RunInfo) -> None:
    """Append one call's rows to the audit log."""
    store.write_outcome(outcome, run)


def error_outcome(spec: CallSpec, reason: str, **known: Any) -> CallOutcome:
    """The record of a call that could not be audited."""
    return CallOutcome(spec=spec, status="error", error=reason, **known)


def prepare_call(spec: CallSpec, stages: Stages) -> CallOutcome:
    """Decode, transcribe and redact one call. Raw text never leaves this function.

    Expected failures (bad audio) and unexpected ones both become an error outcome whose
    reason names the file; the message of an unexpected error is passed through the
    redactor in case a library quoted its input.
    """
    from audit.audio import load_audio

    timings: dict[str, float] = {}
    sha: str | None = None
    try:
        start = time.perf_counter()
        audio = load_audio(spec.path)
        sha = audio.sha256
        timings["decode"] = time.perf_counter() - start

        start = time.perf_counter()
        transcript = stages.transcriber.transcribe(audio, spec.call_id, spec.channels)  # None: transcribe.default_layout
        timings["transcribe"] = time.perf_counter() - start

        start = time.perf_counter()
        redacted = stages.redactor.redact(transcript)
        del transcript
        timings["redact"] = time.perf_counter() - start
    except AuditError as exc:
        return error_outcome(spec, str(exc), audio_sha256=sha, stage_seconds=timings)
    except Exception as exc:  # noqa: BLE001 - one broken call must not stop the night
        detail = stages.redactor.redact_text(str(exc)) if stages.redactor is not None else ""
        reason = f"{spec.path.name}: internal error {type(exc).__name__}: {detail}".rstrip(": ")
        return error_outcome(spec, reason, audio_sha256=sha, stage_seconds=timings)
    return CallOutcome(
        spec=spec,
        status="ok",
        audio_sha256=audio.sha256,
        duration_s=audio.duration_s,
        transcript=redacted,
        stage_seconds=timings,
    )


def check_calls(outcomes: Sequence[CallOutcome], stages: Stages) -> list[CallOutcome]:
    """Run every configured check over a batch of prepared calls (model calls batched)."""
    ready = [o for o in outcomes if o.status == "ok" and o.transcript is not None]
    if not ready:
        return list(outcomes)
    start = time.perf_counter()
    inputs = [
        CheckInput(
            transcript=o.transcript,  # type: ignore[arg-type]
            context=CallContext(
                call_id=o.spec.call_id,
                customer_region=o.spec.customer_region,
                agent_id=o.spec.agent_id,
                started_at=o.spec.started_at,
            ),
        )
        for o in ready
    ]
    try:
        results: list[tuple | str] = list(run_checks(stages.checks, inputs))
    except Exception:  # noqa: BLE001 - isolate the call that breaks a check, keep the rest
        results = [_check_one(stages.checks, item) for item in inputs]
    finally:
        clear_caches(stages.encoder)
    share = (time.perf_counter() - start) / len(ready)
    by_id: dict[str, CallOutcome] = {}
    for o, r in zip(ready, results):
        if isinstance(r, str):
            by_id[o.spec.call_id] = error_outcome(
                o.spec, f"{o.spec.path.name}: {r}", audio_sha256=o.audio_sha256,
                duration_s=o.duration_s, stage_seconds=o.stage_seconds,
            )
        else:
            by_id[o.spec.call_id] = replace(o, checks=r, stage_seconds={**o.stage_seconds, "checks": share})
    return [by_id.get(o.spec.call_id, o) for o in outcomes]


def _check_one(checks: Sequence[Check], item: CheckInput) -> tuple | str:
    """The call's check results, or the reason (check name, error type) it could not be checked."""
    results = []
    for check in checks:
        try:
            results.append(check.evaluate([item])[0])
        except Exception as exc:  # noqa: BLE001
            return f"check {check.name} failed ({type(exc).__name__})"
    return tuple(results)


def audit_calls(
    discovery: Discovery,
    stages: Stages,
    store: Store,
    run: RunInfo,
    *,
    prepare: Callable[[CallSpec, Stages], CallOutcome] = prepare_call,
    check: Callable[[Sequence[CallOutcome], Stages], list[CallOutcome]] = check_calls,
    write: Callable[[Store, CallOutcome, RunInfo], None] | None = None,  # default write_outcome
    progress: Callable[[str], None] | None = None,
) -> RunSummary:
    """Audit every discovered call, writing each batch as soon as it is checked.

    Each call is written once its batch is checked, so a crash loses at most one batch in
    flight and a rerun (with ``skip_audited``) completes only what is missing. Rejected
    manifest rows and failed calls are written as error rows.
    """
    write = write or write_outcome
    say = progress or (lambda message: None)
    summary = RunSummary(run=run, audit_dir=Path(getattr(store, "audit_dir", "")))
    started = time.perf_counter()
    summary.total = len(discovery.calls) + len(discovery.rejected)

    def record(outcome: CallOutcome) -> None:
        start = time.perf_counter()
        write(store, outcome, run)
        seconds = dict(outcome.stage_seconds, write=time.perf_counter() - start)
        for stage, value in seconds.items():
            summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + value
        if outcome.status == "error":
            summary.failed.append((outcome.spec.call_id, outcome.error or "unknown error"))
            say(f"[{done()}/{summary.total}] {outcome.spec.call_id}: FAILED: {outcome.error}")
            return
        summary.audited += 1
        flagged = [c.check for c in outcome.checks if c.flagged]
        for name in (c.check for c in outcome.checks):
            summary.flagged_by_check.setdefault(name, 0)
        for name in flagged:
            summary.flagged_by_check[name] += 1
        summary.flagged_calls += bool(flagged)
        audio_s = outcome.duration_s or 0.0
        say(
            f"[{done()}/{summary.total}] {outcome.spec.call_id}: ok, {audio_s:.0f}s audio in "
            f"{sum(seconds.values()):.1f}s; flagged: {', '.join(flagged) or 'none'}"
        )

    def done() -> int:
        return summary.audited + len(summary.failed) + summary.skipped

    for rejected in discovery.rejected:
        record(_rejected_outcome(rejected))

    batch: list[CallOutcome] = []
    prepared = 0
    options = stages.options
    for spec in discovery.calls:
        if options.skip_audited and spec.path.is_file():
            sha = file_sha256(spec.path)
            if store.already_audited(spec.call_id, sha, run.config_sha256):
                summary.skipped += 1
                say(f"[{done()}/{summary.total}] {spec.call_id}: skipped, already audited with this audio and config")
                continue
        outcome = prepare(spec, stages)
        prepared += 1
        if outcome.status == "ok":
            say(f"({prepared}/{len(discovery.calls)}) {spec.call_id}: {outcome.duration_s or 0:.0f}s of audio "
                f"transcribed and redacted in {sum(outcome.stage_seconds.values()):.1f}s")
        if outcome.status == "error":
            record(outcome)
            continue
        batch.append(outcome)
        if len(batch) >= options.check_batch_size:
            for checked in check(batch, stages):
                record(checked)
            batch = []
    if batch:
        for checked in check(batch, stages):
            record(checked)
    summary.wall_seconds = time.perf_counter() - started
    return summary


def _rejected_outcome(rejected: RejectedCall) -> CallOutcome:
    return error_outcome(CallSpec(call_id=rejected.call_id, path=rejected.path), rejected.reason)
