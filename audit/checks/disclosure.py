"""Recording disclosure: did the agent say the call is recorded, early enough?

A notice is an agent sentence that either matches a declared wording rule (a call or
conversation being recorded or monitored) or is close in meaning to an exemplar notice
(sentence-encoder similarity). It is *given* when it comes within the window (default the
first 30 s) and before the customer gives any personal data (the first redaction in a
customer turn); *late* when it comes after either; *missing* when there is none.
Severity follows the customer's jurisdiction (config/jurisdictions.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, calibrated, finding, quote, sentences
from audit.types import CheckResult, Severity

_RULE = re.compile(
    r"\b(call|conversation|line|calls)\b[^.?!]{0,40}\b(record(ed|ing)?|monitor(ed|ing)?)\b"
    r"|\b(record(ed|ing)?|monitor(ed|ing)?)\b[^.?!]{0,40}\b(quality|training)\b"
    r"|\bwe('re| are) recording\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DisclosureOptions:
    window_s: float = 30.0
    similarity_threshold: float = 0.62  # cosine similarity to the nearest exemplar that counts as a notice
    similarity_scale: float = 0.05
    asr_min_probability: float = 0.3
    exemplars: tuple[str, ...] = (
        "This call is recorded for quality and training purposes.",
        "This call may be monitored or recorded.",
        "Please note that this conversation is being recorded.",
        "Calls are recorded for training and quality assurance.",
        "We record our calls to improve our service.",
    )
    score_missing: float = 0.95
    score_late: float = 0.8


@register
class DisclosureCheck(Check):
    """Recording notice given, late or missing; severity from the customer's jurisdiction."""

    name = "disclosure"
    version = "1.0"
    Options = DisclosureOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: DisclosureOptions = self.options
        agent = sentences([c.transcript for c in calls])
        notice = self._notice_scores(agent)
        results = []
        for ci, call in enumerate(calls):
            candidates = [(s, p) for s, p in zip(agent, notice) if s.call_index == ci and p >= 0.5]
            first = min(candidates, key=lambda sp: sp[0].start_s, default=None)
            pii_at = _customer_data_at(call)
            severity, consent = self._severity(call.context.customer_region)
            region = call.context.customer_region or "unknown region"
            if first is None:
                outcome, score = "missing", o.score_missing
                f = finding(self.name, self.version, score, severity, "disclosure_missing",
                            f"no recording notice by the agent ({region}: {consent})", None)
            else:
                sentence, confidence = first
                late_window = sentence.start_s > o.window_s
                late_pii = pii_at is not None and pii_at < sentence.start_s
                if late_window or late_pii:
                    outcome, score = "late", o.score_late
                    why = []
                    if late_window:
                        why.append(f"after the {o.window_s:.0f} s window")
                    if late_pii:
                        why.append(f"after the customer gave personal data at {pii_at:.1f} s")
                    score, capped = asr_gated(score, sentence.min_probability, o.asr_min_probability)
                    f = finding(self.name, self.version, score, severity,
                                "disclosure_late" + ("_low_asr_confidence" if capped else ""),
                                f"recording notice at {sentence.start_s:.1f} s, {' and '.join(why)} ({region}: {consent})",
                                sentence)
                else:
                    outcome, score = "given", round(1.0 - confidence, 4)
                    f = finding(self.name, self.version, score, Severity.INFO, "disclosure_given",
                                f"recording notice at {sentence.start_s:.1f} s: \"{quote(sentence.text)}\"", sentence)
            results.append(CheckResult(self.name, self.version, round(score, 4), score >= 0.5, outcome, (f,),
                                       dict(thresholds_of(o))))
        return results

    def _notice_scores(self, agent: list[Sentence]) -> list[float]:
        """Probability-like score that each sentence is a recording notice."""
        o: DisclosureOptions = self.options
        scores = [0.99 if _RULE.search(s.text) else 0.0 for s in agent]
        if self.encoder is not None and agent:
            emb = self.encoder.encode([s.text for s in agent])
            ex = self.encoder.encode(list(o.exemplars))
            sim = (emb @ ex.T).max(axis=1)
            mentions = np.array([bool(re.search(r"record|monitor", s.text, re.I)) for s in agent])
            for i, value in enumerate(sim):
                if mentions[i]:  # meaning alone is not enough: the sentence must speak of recording
                    scores[i] = max(scores[i], calibrated(float(value), o.similarity_threshold, o.similarity_scale))
        return scores

    def _severity(self, region: str | None) -> tuple[Severity, str]:
        table = self.config.jurisdictions
        regions = table.get("regions", {})
        if region and region in regions:
            entry = regions[region]
        elif region and region in table.get("us_states", ()):
            entry = table.get("one_party_default", {"severity": "low", "consent": "one_party"})
        else:
            entry = table.get("default", {"severity": "medium", "consent": "unknown"})
        return Severity(entry.get("severity", "medium")), str(entry.get("consent", "unknown")).replace("_", "-")


# A name the customer mentions (the agent's, "Hi Jordan") is not the customer giving their
# data; a name they introduce ("my name is ...") or give when asked is.
_OWN_NAME_RECOGNIZERS = frozenset({"IntroducedNameRecognizer", "DialogueContext"})


def _customer_data_at(call: CheckInput) -> float | None:
    """When the customer first gave personal data, from the redaction spans of their turns."""
    times = [
        span.start_s
        for span in call.transcript.spans
        if call.transcript.utterances[span.utterance_index].speaker == "customer"
        and (span.entity_type != "PERSON" or span.recognizer in _OWN_NAME_RECOGNIZERS)
    ]
    return min(times, default=None)
