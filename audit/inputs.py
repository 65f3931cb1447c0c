"""Find the calls of a run: audio files in a folder, described by an optional manifest.

The manifest is CSV or JSON Lines with a ``file`` column (relative to the manifest's
folder, or absolute) and optional ``call_id``, ``agent_id``, ``started_at`` (ISO 8601),
``customer_region`` (US state or country code) and ``channels`` (``agent_left``,
``agent_right`` or ``mono``). Without a manifest, or for files it does not list, the
call id is the file name without its extension and config defaults apply.

A manifest that cannot be read at all is fatal (:class:`ManifestError`); a bad row, or a
row naming a missing file, only fails that call, which is recorded as an error.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from audit.errors import ManifestError
from audit.types import CHANNEL_LAYOUTS, CallSpec

AUDIO_EXTENSIONS: frozenset[str] = frozenset({".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a"})
MANIFEST_COLUMNS: tuple[str, ...] = ("file", "call_id", "agent_id", "started_at", "customer_region", "channels")
DEFAULT_MANIFEST_NAMES: tuple[str, ...] = ("manifest.csv", "manifest.jsonl")


@dataclass(frozen=True)
class RejectedCall:
    """A call that cannot be audited because of its manifest row or a missing file."""

    call_id: str
    path: Path
    reason: str


@dataclass(frozen=True)
class Discovery:
    """The calls found for a run, in a stable order, and those rejected up front."""

    calls: tuple[CallSpec, ...]
    rejected: tuple[RejectedCall, ...]
    manifest: Path | None


def discover_calls(input_dir: Path, manifest: Path | None = None) -> Discovery:
    """List the calls in ``input_dir`` (recursively), described by ``manifest`` if given.

    Without ``manifest``, a ``manifest.csv`` or ``manifest.jsonl`` inside ``input_dir`` is used.
    """
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        raise ManifestError(f"{input_dir}: input folder does not exist or is not a folder")
    if manifest is None:
        manifest = next((input_dir / n for n in DEFAULT_MANIFEST_NAMES if (input_dir / n).is_file()), None)

    calls: list[CallSpec] = []
    rejected: list[RejectedCall] = []
    listed: set[Path] = set()
    seen_ids: dict[str, str] = {}

    def claim(call_id: str, where: str, path: Path) -> bool:
        if call_id in seen_ids:
            rejected.append(RejectedCall(call_id, path, f"{where}: duplicate call_id {call_id!r} (first at {seen_ids[call_id]})"))
            return False
        seen_ids[call_id] = where
        return True

    if manifest is not None:
        for where, row in _read_manifest(Path(manifest)):
            try:
                spec = _spec_from_row(row, Path(manifest).parent, where)
            except ValueError as exc:
                path = Path(str(row.get("file") or ""))
                if str(path):
                    listed.add((Path(manifest).parent / path).resolve())  # not audited again with defaults
                rejected.append(RejectedCall(str(row.get("call_id") or path.stem or where), path, f"{where}: {exc}"))
                continue
            listed.add(spec.path.resolve())
            if not claim(spec.call_id, where, spec.path):
                continue
            if not spec.path.is_file():
                rejected.append(RejectedCall(spec.call_id, spec.path, f"{spec.path.name}: listed in {where} but not found"))
                continue
            calls.append(spec)

    for path in sorted(p for p in input_dir.rglob("*") if p.suffix.lower() in AUDIO_EXTENSIONS and p.is_file()):
        if path.resolve() in listed:
            continue
        if claim(path.stem, str(path.relative_to(input_dir)), path):
            calls.append(CallSpec(call_id=path.stem, path=path))
    return Discovery(calls=tuple(calls), rejected=tuple(rejected), manifest=Path(manifest) if manifest else None)


def _read_manifest(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(location, row)`` pairs, location like ``manifest.csv line 3``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read manifest ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: manifest is not UTF-8 text") from exc
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ManifestError(f"{path} line {number}: invalid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise ManifestError(f"{path} line {number}: expected a JSON object")
            yield f"{path.name} line {number}", row
        return
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise ManifestError(f"{path}: manifest has no 'file' column (columns: {header or 'none'})")
    unknown = sorted(set(header) - set(MANIFEST_COLUMNS))
    if unknown:
        raise ManifestError(f"{path}: unknown manifest column(s) {unknown}; expected some of {list(MANIFEST_COLUMNS)}")
    for number, row in enumerate(reader, start=2):
        yield f"{path.name} line {number}", {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _spec_from_row(row: dict[str, Any], base: Path, where: str) -> CallSpec:
    unknown = sorted(set(row) - set(MANIFEST_COLUMNS))
    if unknown:
        raise ValueError(f"unknown field(s) {unknown}")
    file = str(row.get("file") or "").strip()
    if not file:
        raise ValueError("empty 'file'")
    path = Path(file) if Path(file).is_absolute() else base / file
    channels = str(row.get("channels") or "").strip() or None
    if channels is not None and channels not in CHANNEL_LAYOUTS:
        raise ValueError(f"channels {channels!r} is not one of {list(CHANNEL_LAYOUTS)}")
    started = str(row.get("started_at") or "").strip()
    try:
        started_at = datetime.fromisoformat(started) if started else None
    except ValueError:
        raise ValueError(f"started_at {started!r} is not an ISO 8601 date-time") from None
    region = str(row.get("customer_region") or "").strip().upper() or None
    if region is not None and not (region.isalpha() and 2 <= len(region) <= 3):
        raise ValueError(f"customer_region {region!r} is not a US state or country code")
    return CallSpec(
        call_id=str(row.get("call_id") or "").strip() or path.stem,
        path=path,
        agent_id=str(row.get("agent_id") or "").strip() or None,
        started_at=started_at,
        customer_region=region,
        channels=channels,  # type: ignore[arg-type]
    )
