from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from audit.config import ConfigError, load_config, options_from


@dataclass(frozen=True)
class Opts:
    threshold: float = 0.5
    words: tuple[str, ...] = ()
    enabled: bool = True


def test_default_config_loads_with_includes_and_a_stable_hash() -> None:
    first, second = load_config(), load_config()
    assert first.sha256 == second.sha256 and len(first.sha256) == 64
    assert first.policy_facts["facts"]["refund_window_days"]["value"] == 30
    assert "checks" in first.as_yaml()


def test_hash_changes_when_an_included_file_changes(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text("facts: {fee: {value: 1}}\n")
    (tmp_path / "p.yaml").write_text("policy_facts: facts.yaml\n")
    before = load_config(tmp_path / "p.yaml").sha256
    (tmp_path / "facts.yaml").write_text("facts: {fee: {value: 2}}\n")
    assert load_config(tmp_path / "p.yaml").sha256 != before


def test_unknown_keys_are_rejected_with_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("transcribe: {}\ntranscibe: {}\n")
    with pytest.raises(ConfigError, match=r"p.yaml.*transcibe"):
        load_config(tmp_path / "p.yaml")
    with pytest.raises(ConfigError, match=r"where: unknown key\(s\) \['treshold'\]"):
        options_from(Opts, {"treshold": 0.3}, "where")


def test_options_from_coerces_lists_and_checks_types() -> None:
    opts = options_from(Opts, {"threshold": 1, "words": ["a", "b"]}, "w")
    assert opts == Opts(threshold=1.0, words=("a", "b"))
    with pytest.raises(ConfigError, match="w.threshold"):
        options_from(Opts, {"threshold": "high"}, "w")
    with pytest.raises(ConfigError, match="w.enabled"):
        options_from(Opts, {"enabled": "yes"}, "w")


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="absent.yaml"):
        load_config(tmp_path / "absent.yaml")
