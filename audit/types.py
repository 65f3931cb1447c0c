"""Frozen records that flow between the pipeline's stages.

Data flow: audio file -> :class:`CallSpec` -> :class:`Audio` (decoded channels)
-> :class:`Transcript` (raw words, memory only) -> :class:`RedactedTranscript`
(raw text dropped) -> :class:`CheckResult` / :class:`Finding` -> Parquet rows.

Only the redacted records may ever be written, logged or returned from a Prefect
task: :class:`Transcript` holds raw speech and lives in memory inside one stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Literal

import numpy as np

Speaker = Literal["agent", "customer", "unknown"]
ChannelLayout = Literal["agent_left", "agent_right", "mono"]
CHANNEL_LAYOUTS: tuple[str, ...] = ("agent_left", "agent_right", "mono")


class Severity(str, Enum):
    """How serious a finding is; ordered so that comparisons work."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class CallSpec:
    """One call to audit: the audio file and what the manifest says about it."""

    call_id: str
    path: Path
    agent_id: str | None = None
    started_at: datetime | None = None
    customer_region: str | None = None  # US state code ("CA") or country code ("GB")
    channels: ChannelLayout | None = None  # None: config default


@dataclass(frozen=True, eq=False)
class Audio:
    """Decoded audio: float32 samples in [-1, 1], one row per channel, at ``sample_rate``."""

    samples: np.ndarray  # shape (channels, n)
    sample_rate: int
    sha256: str  # digest of the original file's bytes
    source_format: str = ""  # e.g. "wav/pcm_mulaw", "ogg/opus"

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return float(self.samples.shape[1]) / float(self.sample_rate)


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing and recogniser confidence (raw text)."""

    text: str
    start_s: float
    end_s: float
    probability: float
    speaker: Speaker
    channel: int = 0


@dataclass(frozen=True)
class Utterance:
    """A speaker turn of raw words. Memory only."""

    speaker: Speaker
    start_s: float
    end_s: float
    words: tuple[Word, ...]
    channel: int = 0

    @property
    def text(self) -> str:
        return " ".join(w.text.strip() for w in self.words).strip()


@dataclass(frozen=True)
class ModelInfo:
    """Provenance of a model: id as configured, resolved location, content hash."""

    model_id: str
    sha256: str | None = None
    detail: str = ""  # e.g. "int8, beam 5, vad"


@dataclass(frozen=True)
class Transcript:
    """Raw transcript of one call. Never written, logged or returned from a task."""

    call_id: str
    utterances: tuple[Utterance, ...]
    duration_s: float
    model: ModelInfo
    language: str = "en"
    role_confidence: float = 1.0  # 1.0 for stereo channel mapping; <1 for mono role guesses
    notes: tuple[str, ...] = ()  # e.g. "no speech detected"


@dataclass(frozen=True)
class RedactionSpan:
    """One redacted entity: its type, where it sat in the redacted utterance, and its audio time."""

    entity_type: str  # e.g. "CREDIT_CARD"
    utterance_index: int
    start_s: float
    end_s: float
    channel: int
    score: float
    recognizer: str = ""


@dataclass(frozen=True)
class RedactedToken:
    """A word of the redacted transcript: either the recognised word or a placeholder."""

    text: str  # the word, or a placeholder such as "<CREDIT_CARD>"
    start_s: float
    end_s: float
    probability: float
    redacted: bool = False


@dataclass(frozen=True)
class RedactedUtterance:
    """A speaker turn with personal data replaced by entity placeholders."""

    speaker: Speaker
    start_s: float
    end_s: float
    text: str
    tokens: tuple[RedactedToken, ...] = ()
    channel: int = 0

    @property
    def min_probability(self) -> float:
        return min((t.probability for t in self.tokens if not t.redacted), default=1.0)


@dataclass(frozen=True)
class RedactedTranscript:
    """Transcript safe to store: every text field has passed through the redactor."""

    call_id: str
    utterances: tuple[RedactedUtterance, ...]
    spans: tuple[RedactionSpan, ...]
    duration_s: float
    model: ModelInfo
    language: str = "en"
    role_confidence: float = 1.0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One moment a check flags or scores, with redacted evidence."""

    check: str
    check_version: str
    score: float  # calibrated: probability-like, in [0, 1]
    flagged: bool
    severity: Severity
    reason: str  # stable reason code, e.g. "disclosure_late"
    rationale: str  # one line a reviewer can read
    speaker: Speaker | None
    start_s: float | None
    end_s: float | None
    evidence: str  # redacted quote ("" when the finding is an absence)


@dataclass(frozen=True)
class CheckResult:
    """A check's call-level verdict and the findings behind it."""

    check: str
    check_version: str
    score: float  # in [0, 1]; higher means more likely a violation
    flagged: bool
    outcome: str  # check-specific label, e.g. "given" / "late" / "missing", "ok"
    findings: tuple[Finding, ...] = ()
    thresholds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class CallContext:
    """What a check may know about a call besides its redacted transcript."""

    call_id: str
    customer_region: str | None = None
    agent_id: str | None = None
    started_at: datetime | None = None


@dataclass(frozen=True)
class CallOutcome:
    """Everything the audit log records about one call (all text already redacted)."""

    spec: CallSpec
    status: Literal["ok", "error"]
    error: str | None = None
    audio_sha256: str | None = None
    duration_s: float | None = None
    transcript: RedactedTranscript | None = None
    checks: tuple[CheckResult, ...] = ()
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        return any(c.flagged for c in self.checks)


@dataclass(frozen=True)
class RunInfo:
    """Provenance shared by every row one audit run writes."""

    run_id: str
    started_at: datetime
    pipeline_version: str
    config_sha256: str
    config_path: str
    models: tuple[ModelInfo, ...] = ()
