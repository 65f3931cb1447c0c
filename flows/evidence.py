"""The evidence-export flow: thin Prefect tasks over :mod:`audit.evidence` and :mod:`audit.ledger`.

``export -> verify the bundle``; the result is a summary (paths, digests, audio status),
never call content, and nothing is persisted by Prefect. The same export runs without
Prefect as ``call-audit evidence``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_FLOW: Any = None


def export_summary(audit_dir: str, call_ids: list[str], out: str, audio_dir: str | None = None,
                   config: str | None = None, query: dict[str, Any] | None = None) -> dict[str, Any]:
    """Export a bundle (library call, no Prefect) and return a summary without call content.

    ``query`` adds the flagged calls that ``call-audit flagged`` would list with the same
    filters (``since``, ``until``, ``check``, ``min_severity``, ``agent``, ``min_score``).
    """
    from audit.config import load_config
    from audit.evidence import export_bundle, select_calls
    from audit.store import StoreOptions

    cfg = load_config(config)
    options = StoreOptions.of(cfg)
    selected = select_calls(Path(audit_dir), call_ids, query)
    if not selected:
        raise ValueError(f"{audit_dir}: no calls to export (no call ids, and the query {query} selects no flagged call)")
    report = export_bundle(Path(audit_dir), selected, Path(out), audio_dir=Path(audio_dir) if audio_dir else None,
                           options=options)
    return {"bundle": str(report.bundle), "manifest_sha256": report.manifest_sha256, "call_ids": report.call_ids,
            "files": report.files, "audio": report.audio}


def verify_summary(bundle: str, audit_dir: str) -> dict[str, Any]:
    """Verify a bundle against its manifest and the audit dir's ledger."""
    from audit.ledger import verify_bundle

    result = verify_bundle(Path(bundle), Path(audit_dir))
    return {"ok": result.ok, "files_checked": result.files_checked, "problems": result.problems}


def _build_flow() -> Any:
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    quiet = {"persist_result": False, "cache_policy": NO_CACHE, "log_prints": False}
    export_task = task(export_summary, name="export-bundle", **quiet)
    verify_task = task(verify_summary, name="verify-bundle", **quiet)

    @flow(name="evidence-export", persist_result=False, log_prints=False)
    def evidence_export(audit_dir: str, call_ids: list[str], out: str, audio_dir: str | None = None,
                        config: str | None = None, query: dict[str, Any] | None = None) -> dict[str, Any]:
        """Export an evidence bundle for ``call_ids`` (and the flagged calls ``query`` selects)
        from ``audit_dir`` to ``out`` and verify it."""
        summary = export_task(audit_dir, call_ids, out, audio_dir, config, query)
        check = verify_task(summary["bundle"], audit_dir)
        if not check["ok"]:
            raise RuntimeError(f"bundle {out} failed verification: {check['problems']}")
        return {**summary, "verified": True}

    return evidence_export


def get_flow() -> Any:
    """The ``evidence-export`` Prefect flow (built on first use so importing this module is cheap)."""
    global _FLOW
    if _FLOW is None:
        _FLOW = _build_flow()
    return _FLOW
