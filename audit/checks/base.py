"""The check interface and the one registry of checks.

A check is a small class with a ``name``, a ``version`` and a frozen ``Options``
dataclass built from its entry under ``checks:`` in the configuration. Checks see only
redacted transcripts, so every evidence quote they produce is already redacted.
They evaluate a batch of calls at once so model calls can be batched across calls.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Protocol

import numpy as np

from audit.config import Config, ConfigError, options_from
from audit.types import CallContext, CheckResult, RedactedTranscript


class Encoder(Protocol):
    """Sentence encoder: texts in, L2-normalised embeddings out (rows match texts)."""

    model_id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class CheckInput:
    """One call as a check sees it."""

    transcript: RedactedTranscript
    context: CallContext


class Check(ABC):
    """Base class of the compliance checks."""

    name: ClassVar[str]
    version: ClassVar[str]
    Options: ClassVar[type]

    def __init__(self, options: Any, *, encoder: Encoder | None, config: Config) -> None:
        self.options = options
        self.encoder = encoder
        self.config = config

    @abstractmethod
    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        """Return one result per call, in order."""

    def load_models(self) -> None:
        """Load the check's models now, so that a model that is missing or does not fit its
        configuration stops a run before its first call rather than failing every call."""


class HeadCheck(Check):
    """A check that scores sentences with a head (options ``model``, ``positive_labels``,
    ``zero_shot_labels``, ``hypothesis``; :func:`audit.heads.load_head`) re-read by a context head
    (option ``context_model``; :func:`audit.heads.load_context_head`)."""

    @cached_property
    def head(self):  # noqa: ANN201 - audit.heads.Head | None
        from audit.heads import load_head

        o = self.options
        return load_head(o.model, self.encoder, positive_labels=o.positive_labels, zero_shot_labels=o.zero_shot_labels,
                         hypothesis=o.hypothesis, base_dir=self.config.path.parent)

    @cached_property
    def context_head(self):  # noqa: ANN201 - audit.heads.ContextHead | None
        from audit.heads import load_context_head

        return load_context_head(self.options.context_model, self.encoder, self.head, base_dir=self.config.path.parent)

    def load_models(self) -> None:
        _ = self.head, self.context_head


REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: add a check to :data:`REGISTRY` under its ``name``."""
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise ValueError(f"check name {cls.name!r} registered twice")
    REGISTRY[cls.name] = cls
    return cls


def build_checks(config: Config, encoder: Encoder | None) -> list[Check]:
    """Instantiate the checks enabled under ``checks:`` in the configuration, in order."""
    from audit import checks as _  # noqa: F401  (imports the check modules, filling REGISTRY)

    built: list[Check] = []
    for name, entry in config.checks.items():
        if name not in REGISTRY:
            raise ConfigError(f"{config.path}: checks.{name}: unknown check; expected one of {sorted(REGISTRY)}")
        entry = dict(entry or {})
        if not entry.pop("enabled", True):
            continue
        cls = REGISTRY[name]
        options = options_from(cls.Options, entry, f"{config.path.name}: checks.{name}")
        built.append(cls(options, encoder=encoder, config=config))
    return built


def run_checks(checks: Sequence[Check], calls: Sequence[CheckInput]) -> list[tuple[CheckResult, ...]]:
    """Run every check over a batch of calls; one tuple of results per call."""
    per_check = [check.evaluate(calls) for check in checks]
    return [tuple(results[i] for results in per_check) for i in range(len(calls))]


def thresholds_of(options: Any) -> Mapping[str, float]:
    """The numeric options of a check, recorded with each result for provenance."""
    return {k: float(v) for k, v in vars(options).items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
