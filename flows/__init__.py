"""Prefect flows: thin wrappers over ``audit/`` (``nightly``: the audit run; ``evidence``: exports).

Prefect reads its settings when it is first imported, so the defaults are set here, before
either flow module imports it: no telemetry, no result persistence (results would be pickled
under ``$PREFECT_HOME/storage``), and two minutes for the temporary API server to start rather
than Prefect's 20 s, which a busy machine (a first run compiling Prefect's modules, or another
job on both cores) can exceed. Each is a default: the environment wins.
"""

import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
