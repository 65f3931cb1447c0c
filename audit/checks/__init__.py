"""Compliance checks: one module per check, all registered in :mod:`audit.checks.base`."""

from audit.checks import accuracy, courtesy, disclosure, discrimination  # noqa: F401  (register the checks)
from audit.checks.base import REGISTRY, Check, CheckInput, build_checks, run_checks

__all__ = ["REGISTRY", "Check", "CheckInput", "build_checks", "run_checks"]
