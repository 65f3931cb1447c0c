"""Render every script in examples/calls/ to examples/audio/ and write the manifests.

Run from the repo root: ``.venv/bin/python examples/make_samples.py`` (needs espeak-ng and
ffmpeg). The rendered audio and the manifests are committed, so auditing the samples needs
neither. Two manifests with the same rows are written: ``examples/manifest.csv`` (files as
``audio/<call_id>.<ext>``) and ``examples/audio/manifest.csv`` (files as ``<call_id>.<ext>``),
which ``call-audit run examples/audio`` picks up by itself.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synthesize import load_script, render_call  # noqa: E402

COLUMNS = ["file", "call_id", "agent_id", "started_at", "customer_region", "channels"]


def write_manifest(path: Path, rows: list[dict[str, str]]) -> None:
    """Write ``rows`` as CSV with :data:`COLUMNS`, files relative to ``path``'s folder."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            file = Path(os.path.relpath(HERE / row["file"], path.parent)).as_posix()
            writer.writerow({**row, "file": file})


def main() -> None:
    audio_dir = HERE / "audio"
    audio_dir.mkdir(exist_ok=True)
    rows, wanted = [], set()
    for path in sorted((HERE / "calls").glob("*.yaml")):
        script = load_script(path)
        if path.stem != script["call_id"]:
            raise SystemExit(f"{path.name}: file name must be the call_id ({script['call_id']}.yaml)")
        out = audio_dir / f"{script['call_id']}.{script.get('format', 'ogg')}"
        truth = render_call(script, out)
        wanted.add(out.name)
        rows.append({
            "file": out.relative_to(HERE).as_posix(), "call_id": script["call_id"],
            "agent_id": script.get("agent_id", ""), "started_at": script.get("started_at", ""),
            "customer_region": script.get("customer_region", ""), "channels": truth["layout"],
        })
        print(f"{out.relative_to(HERE)}: {truth['duration_s']:5.1f} s, {truth['channels']} ch, "
              f"{truth['sample_rate']} Hz, {out.stat().st_size / 1024:4.0f} KiB")
    for stale in audio_dir.iterdir():  # audio of a script that was renamed or removed
        if stale.is_file() and stale.name != "manifest.csv" and stale.name not in wanted:
            stale.unlink()
            print(f"removed stale {stale.relative_to(HERE)}")
    write_manifest(HERE / "manifest.csv", rows)
    write_manifest(audio_dir / "manifest.csv", rows)
    total = sum(p.stat().st_size for p in audio_dir.iterdir() if p.is_file())
    print(f"{len(rows)} calls, {total / 1024 / 1024:.2f} MiB in {audio_dir.relative_to(HERE.parent)}/")


if __name__ == "__main__":
    main()
