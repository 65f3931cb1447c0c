"""Errors the pipeline raises on bad input. Messages name the file and the problem."""

from __future__ import annotations

from pathlib import Path


class AuditError(Exception):
    """Base class for expected, user-facing failures."""


class InputError(AuditError):
    """A call's input file cannot be used; ``str()`` names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class AudioError(InputError):
    """The audio file is missing, empty, truncated or not decodable."""


class ManifestError(AuditError):
    """The manifest is malformed; the message names the manifest, the line and the problem."""
