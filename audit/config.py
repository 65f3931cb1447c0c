"""Load and validate the pipeline configuration.

The configuration is one YAML file (``config/pipeline.yaml`` by default) with a section
per stage. It may name further YAML files (policy facts, jurisdictions) by a path
relative to itself. Each stage owns a frozen options dataclass and builds it with
:func:`options_from`, which rejects unknown keys with the file and key named.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
DEFAULT_CONFIG = DEFAULT_CONFIG_DIR / "pipeline.yaml"

SECTIONS = ("transcribe", "redact", "checks", "schedule", "output", "run")
INCLUDES = ("policy_facts", "jurisdictions")

T = TypeVar("T")


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The whole configuration, as loaded; sections stay mappings owned by their stage."""

    path: Path
    transcribe: Mapping[str, Any] = field(default_factory=dict)
    redact: Mapping[str, Any] = field(default_factory=dict)
    checks: Mapping[str, Any] = field(default_factory=dict)
    schedule: Mapping[str, Any] = field(default_factory=dict)
    output: Mapping[str, Any] = field(default_factory=dict)
    run: Mapping[str, Any] = field(default_factory=dict)
    policy_facts: Mapping[str, Any] = field(default_factory=dict)
    jurisdictions: Mapping[str, Any] = field(default_factory=dict)
    sha256: str = ""  # digest of the resolved configuration (includes merged in)

    def as_dict(self) -> dict[str, Any]:
        """The resolved configuration as plain data (what :attr:`sha256` digests)."""
        return {name: _plain(getattr(self, name)) for name in SECTIONS + INCLUDES}

    def as_yaml(self) -> str:
        """The resolved configuration as YAML, e.g. for an evidence bundle."""
        return yaml.safe_dump(self.as_dict(), sort_keys=True)


def load_config(path: str | Path | None = None) -> Config:
    """Load ``path`` (default ``config/pipeline.yaml``) and the files it includes."""
    path = Path(path) if path is not None else DEFAULT_CONFIG
    raw = _read_yaml(path)
    unknown = set(raw) - set(SECTIONS) - set(INCLUDES)
    if unknown:
        raise ConfigError(
            f"{path}: unknown top-level key(s) {sorted(unknown)}; expected {list(SECTIONS + INCLUDES)}"
        )
    values: dict[str, Any] = {}
    for name in SECTIONS:
        section = raw.get(name) or {}
        if not isinstance(section, Mapping):
            raise ConfigError(f"{path}: section '{name}' must be a mapping, got {type(section).__name__}")
        values[name] = _freeze(section)
    for name in INCLUDES:
        ref = raw.get(name)
        if ref is None:
            values[name] = _freeze({})
        elif isinstance(ref, str):
            values[name] = _freeze(_read_yaml((path.parent / ref).resolve()))
        elif isinstance(ref, Mapping):
            values[name] = _freeze(ref)
        else:
            raise ConfigError(f"{path}: '{name}' must be a file path or a mapping")
    canonical = json.dumps({k: _plain(v) for k, v in values.items()}, sort_keys=True, default=str)
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    return Config(path=path.resolve(), sha256=digest, **values)


def options_from(cls: type[T], section: Mapping[str, Any] | None, where: str) -> T:
    """Build the frozen options dataclass ``cls`` from a config section.

    Missing keys take the dataclass defaults; unknown keys raise :class:`ConfigError`
    naming ``where`` (e.g. ``"pipeline.yaml: transcribe"``) and the keys expected.
    """
    section = dict(section or {})
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(section) - set(fields)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; expected some of {sorted(fields)}")
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for key, value in section.items():
        kwargs[key] = _coerce(value, hints.get(key), f"{where}.{key}")
    return cls(**kwargs)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Turn YAML lists into tuples for tuple fields; check simple scalar types."""
    origin = typing.get_origin(hint)
    if origin is tuple and isinstance(value, list):
        return tuple(_plain(v) for v in value)
    if origin in (typing.Union, types.UnionType):
        return value
    if hint in (int, float) and isinstance(value, bool):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    if hint is float and isinstance(value, int):
        return float(value)
    if hint in (int, float, str, bool) and not isinstance(value, hint):
        raise ConfigError(f"{where}: expected {hint.__name__}, got {value!r}")
    return _plain(value) if isinstance(value, Mapping) else value


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return types.MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
