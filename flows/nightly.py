"""The nightly audit flow: thin Prefect tasks over :mod:`audit.pipeline`.

Every task is built with ``persist_result=False`` and ``cache_policy=NO_CACHE``: Prefect
would otherwise pickle results under ``$PREFECT_HOME/storage``. Only redacted records
ever leave ``prepare_call``, and none of them is persisted by Prefect.

A run in which any call failed ends in a ``Failed`` flow-run state whose message names
the failed calls; every other call is still audited and written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

# Prefect's defaults (no telemetry, no result persistence) are set in flows/__init__.py.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

_STAGES: dict[str, Any] = {}


def _stages(config: Any) -> Any:
    """Load the models once per process and configuration."""
    from audit.pipeline import Stages

    if config.sha256 not in _STAGES:
        _STAGES.clear()
        _STAGES[config.sha256] = Stages.load(config)
    return _STAGES[config.sha256]


def _build_flow() -> Any:
    from prefect import flow, get_run_logger, task
    from prefect.artifacts import create_markdown_artifact
    from prefect.cache_policies import NO_CACHE
    from prefect.runtime import flow_run
    from prefect.states import Completed, Failed

    from audit import pipeline
    from audit.config import load_config
    from audit.inputs import discover_calls
    from audit.store import AuditStore, StoreOptions

    quiet = {"persist_result": False, "cache_policy": NO_CACHE, "log_prints": False}
    discover_task = task(discover_calls, name="discover-calls", **quiet)
    prepare_task = task(pipeline.prepare_call, name="prepare-call", task_run_name="prepare-{spec.call_id}", **quiet)
    check_task = task(pipeline.check_calls, name="check-calls", **quiet)
    write_task = task(pipeline.write_outcome, name="write-call", retries=2, retry_delay_seconds=1, **quiet)

    @flow(name="nightly-audit", persist_result=False, log_prints=False)
    def nightly_audit(
        input_dir: str, audit_dir: str, manifest: str | None = None, config: str | None = None
    ) -> Any:
        """Audit every call in ``input_dir`` and append the results to the audit log in ``audit_dir``."""
        logger = get_run_logger()
        cfg = load_config(config)
        stages = _stages(cfg)
        discovery = discover_task(Path(input_dir), Path(manifest) if manifest else None)
        store = AuditStore(Path(audit_dir), StoreOptions.of(cfg))
        store.save_config(cfg.sha256, cfg.as_yaml())
        run = pipeline.new_run(cfg, stages.models, run_id=str(flow_run.get_id() or "") or None)
        logger.info("run %s: %d call(s) found in %s", run.run_id, len(discovery.calls) + len(discovery.rejected), input_dir)
        summary = pipeline.audit_calls(
            discovery, stages, store, run,
            prepare=prepare_task, check=check_task, write=write_task, progress=logger.info,
        )
        create_markdown_artifact(key="nightly-audit-summary", markdown=_markdown(summary),
                                 description="call-audit run summary (no call content)")
        data = summary.as_dict()
        if summary.failed:
            return Failed(message=f"{len(summary.failed)} of {summary.total} call(s) failed: "
                          + "; ".join(f"{c}: {r}" for c, r in summary.failed), data=data)
        return Completed(message=f"{summary.audited} call(s) audited, {summary.skipped} skipped", data=data)

    return nightly_audit


def _markdown(summary: Any) -> str:
    rows = "\n".join(f"| {check} | {count} |" for check, count in summary.flagged_by_check.items())
    failed = "\n".join(f"- `{c}`: {r}" for c, r in summary.failed) or "none"
    return (
        f"# call-audit run {summary.run.run_id}\n\n"
        f"{summary.total} calls: {summary.audited} audited, {summary.skipped} skipped, "
        f"{len(summary.failed)} failed, {summary.flagged_calls} flagged.\n\n"
        f"| check | flagged calls |\n|---|---|\n{rows}\n\n## Failed calls\n{failed}\n\n"
        f"Audit log: `{summary.audit_dir}`\n"
    )


_FLOW: Any = None


def get_flow() -> Any:
    """The ``nightly-audit`` Prefect flow (built on first use so importing this module is cheap)."""
    global _FLOW
    if _FLOW is None:
        _FLOW = _build_flow()
    return _FLOW


def run_once(input_dir: Path, audit_dir: Path, manifest: Path | None = None, config: Path | None = None) -> tuple[bool, dict]:
    """Run the flow once; returns (all calls ok, summary dict)."""
    state = get_flow()(
        input_dir=str(input_dir), audit_dir=str(audit_dir),
        manifest=str(manifest) if manifest else None, config=str(config) if config else None,
        return_state=True,
    )
    data = state.result(raise_on_failure=False)
    if isinstance(data, BaseException):
        raise data
    return state.is_completed(), data


def serve(config_path: Path | None) -> None:
    """Serve the flow as the ``nightly`` deployment on the configured cron schedule and timezone."""
    from prefect.schedules import Cron

    from audit.config import load_config

    cfg = load_config(config_path)
    sched = cfg.schedule
    for key in ("cron", "timezone", "input_dir", "audit_dir"):
        if not sched.get(key):
            raise SystemExit(f"{cfg.path}: schedule.{key} is required to serve the nightly deployment")
    base = cfg.path.parent.parent
    parameters = {
        "input_dir": str((base / sched["input_dir"]).resolve()),
        "audit_dir": str((base / sched["audit_dir"]).resolve()),
        "manifest": str((base / sched["manifest"]).resolve()) if sched.get("manifest") else None,
        "config": str(cfg.path),
    }
    get_flow().serve(
        name="nightly",
        schedules=[Cron(sched["cron"], timezone=sched["timezone"])],
        parameters=parameters,
        description="Nightly compliance audit of the day's recorded calls.",
    )


def _cmd_run(args: argparse.Namespace) -> int:
    from audit.errors import AuditError

    try:
        ok, data = run_once(args.input_dir, args.out, args.manifest, args.config)
    except AuditError as exc:
        print(f"call-audit: {exc}", file=sys.stderr)
        return 2
    print(data["text"])
    return 0 if ok else 1


def _cmd_serve(args: argparse.Namespace) -> int:
    serve(args.config)
    return 0


def register_cli(subparsers: Any) -> None:
    """Add ``run`` and ``serve`` to the ``call-audit`` command line."""
    p = subparsers.add_parser("run", help="audit every call in a folder once (the nightly flow)")
    p.add_argument("input_dir", type=Path, help="folder of call recordings (wav, flac, mp3, ogg, opus, m4a)")
    p.add_argument("--out", type=Path, required=True, help="audit log folder (Parquet datasets)")
    p.add_argument("--manifest", type=Path, help="CSV or JSON Lines describing the calls")
    p.add_argument("--config", type=Path, help="pipeline YAML (default: config/pipeline.yaml)")
    p.set_defaults(func=_cmd_run)

    s = subparsers.add_parser("serve", help="serve the nightly deployment on its cron schedule (needs a Prefect server)")
    s.add_argument("--config", type=Path, help="pipeline YAML (default: config/pipeline.yaml)")
    s.set_defaults(func=_cmd_serve)
