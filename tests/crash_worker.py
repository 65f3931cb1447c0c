"""A nightly run over fake calls (no models), slow enough to be killed midway by a test.

Usage: python tests/crash_worker.py INPUT_DIR AUDIT_DIR RUN_ID
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.config import load_config  # noqa: E402
from audit.inputs import discover_calls  # noqa: E402
from audit.pipeline import RunOptions, Stages, audit_calls, new_run  # noqa: E402
from audit.store import AuditStore  # noqa: E402
from audit.types import CheckResult, ModelInfo, RedactedTranscript, RedactedUtterance, Transcript, Utterance, Word  # noqa: E402


class SlowTranscriber:
    model_info = ModelInfo("fake-asr")

    def transcribe(self, audio, call_id, layout):
        time.sleep(0.25)
        return Transcript(call_id, (Utterance("agent", 0, 1, (Word("hello", 0, 1, 0.9, "agent"),)),), audio.duration_s, self.model_info)


class PassRedactor:
    model_info = ModelInfo("fake-redactor")

    def redact(self, t):
        return RedactedTranscript(t.call_id, tuple(RedactedUtterance(u.speaker, u.start_s, u.end_s, u.text) for u in t.utterances),
                                  (), t.duration_s, t.model)

    def redact_text(self, text):
        return text


class OkCheck:
    name, version = "courtesy", "test"

    def evaluate(self, calls):
        return [CheckResult(self.name, self.version, 0.1, False, "ok") for _ in calls]


if __name__ == "__main__":
    input_dir, audit_dir, run_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    config = load_config()
    stages = Stages(config, SlowTranscriber(), PassRedactor(), [OkCheck()], encoder=None)
    stages.options = RunOptions(check_batch_size=1)
    store = AuditStore(audit_dir)
    audit_calls(discover_calls(input_dir), stages, store, new_run(config, stages.models, run_id=run_id),
                progress=lambda m: print(m, flush=True))
