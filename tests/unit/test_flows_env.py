"""Prefect's settings are defaulted in flows/__init__.py, before Prefect is imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

KEYS = ("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "PREFECT_SERVER_ANALYTICS_ENABLED", "DO_NOT_TRACK",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")


def settings_after_import(module: str, **env: str) -> dict:
    code = (f"import json, os, {module}; from prefect.settings import get_current_settings as s; "
            "print(json.dumps({k: os.environ.get(k) for k in %r} | "
            "{'persist': s().results.persist_by_default, 'timeout': s().server.ephemeral.startup_timeout_seconds}))" % (KEYS,))
    base = {k: v for k, v in os.environ.items() if k not in KEYS}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=base | env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_each_flow_module_gets_the_defaults_and_the_environment_wins() -> None:
    for module in ("flows.nightly", "flows.evidence"):
        got = settings_after_import(module)
        assert got["persist"] is False and got["DO_NOT_TRACK"] == "1" and got["timeout"] == 120, (module, got)
    assert settings_after_import("flows.evidence", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="45")["timeout"] == 45
