"""Render every script in examples/calls/ to examples/audio/ and write examples/manifest.csv.

Run from the repo root: ``.venv/bin/python examples/make_samples.py`` (needs espeak-ng and
ffmpeg). The rendered audio and the manifest are committed, so running the audit needs neither.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthesize import load_script, render_call  # noqa: E402

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "call_id", "agent_id", "started_at", "customer_region", "channels"]


def main() -> None:
    audio_dir = HERE / "audio"
    audio_dir.mkdir(exist_ok=True)
    rows = []
    for path in sorted((HERE / "calls").glob("*.yaml")):
        script = load_script(path)
        out = audio_dir / f"{script['call_id']}.{script.get('format', 'ogg')}"
        timings = render_call(script, out)
        rows.append({
            "file": out.name, "call_id": script["call_id"], "agent_id": script.get("agent_id", ""),
            "started_at": script.get("started_at", ""), "customer_region": script.get("customer_region", ""),
            "channels": script.get("channels", "agent_left"),
        })
        print(f"{out.relative_to(HERE)}: {timings[-1]['end_s']:.1f}s, {out.stat().st_size // 1024} KiB")
    with open(audio_dir / "manifest.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
