"""Shared fakes for the courtesy / discrimination / heads unit tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from audit.checks.base import CheckInput
from audit.types import CallContext, ModelInfo, RedactedToken, RedactedTranscript, RedactedUtterance


class FakeHead:
    """Scores texts with a rule and records every batch it was given."""

    model_id = "fake"
    sha256 = None

    def __init__(self, rule: Callable[[str], float]) -> None:
        self.rule = rule
        self.batches: list[list[str]] = []

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        self.batches.append(list(texts))
        return np.array([self.rule(t) for t in texts])


def call(*turns: tuple, probability: float = 0.9, call_id: str = "c") -> CheckInput:
    """Turns as (speaker, start_s, text[, word probability, or {word: probability} for some words]);
    words 0.3 s apart."""
    utts = []
    for turn in turns:
        speaker, start, text = turn[:3]
        prob = turn[3] if len(turn) > 3 else probability
        probs = [prob.get(w, probability) if isinstance(prob, dict) else prob for w in text.split()]
        tokens = tuple(RedactedToken(w, start + 0.3 * i, start + 0.3 * i + 0.25, q, w.startswith("<"))
                       for i, (w, q) in enumerate(zip(text.split(), probs)))
        utts.append(RedactedUtterance(speaker, start, tokens[-1].end_s, text, tokens, 0 if speaker == "agent" else 1))
    return CheckInput(RedactedTranscript(call_id, tuple(utts), (), 120.0, ModelInfo("t")), CallContext(call_id))
