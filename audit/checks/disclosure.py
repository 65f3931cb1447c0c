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
from scipy.special import expit

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, finding, sentences
from audit.types import CheckResult, Severity

_RULE = re.compile(
    r"\b(call|conversation|line|calls)\b[^.?!]{0,40}\b(record(ed|ing| it)?|monitor(ed|ing)?|taped)\b"
    r"|\b(record(ed|ing)?|monitor(ed|ing)?)\b[^.?!]{0,40}\b(quality|training)\b"
    r"|\bwe('re| are)? record(ing)?\b[^.?!]{0,30}\b(call|calls|conversation)\b",
    re.IGNORECASE,
)
# Any word about recording: a sentence without one cannot be a notice however close in meaning.
_MENTION = re.compile(r"\b(record|monitor|tap(e|ed|ing))\w*", re.IGNORECASE)


@dataclass(frozen=True)
class DisclosureOptions:
    window_s: float = 30.0
    # Notice probability of a sentence: logistic(intercept + w . [similarity, rule, mention]),
    # where similarity is the cosine to the nearest exemplar. Fitted on the call set's tune
    # split by `call-audit eval --fit` (see docs/checks.md); 0.5 is the line.
    calibration: tuple[float, ...] = (-4.923, 1.738, 2.988, 2.677)
    asr_min_probability: float = 0.3
    exemplars: tuple[str, ...] = (
        "This call is recorded for quality and training purposes.",
        "This call may be monitored or recorded.",
        "Please note that this conversation is being recorded.",
        "Calls are recorded for training and quality assurance.",
        "We record our calls to improve our service.",
    )


@register
class DisclosureCheck(Check):
    """Recording notice given, late or missing; severity from the customer's jurisdiction.

    The call's score is the probability that no timely notice was given:
    1 - max over agent sentences in the window (and before personal data) of P(notice).
    """

    name = "disclosure"
    version = "1.2"
    Options = DisclosureOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: DisclosureOptions = self.options
        agent = sentences([c.transcript for c in calls])
        notice = self.notice_probabilities(agent)
        results = []
        for ci, call in enumerate(calls):
            mine = [(s, p) for s, p in zip(agent, notice) if s.call_index == ci]
            pii_at = _customer_data_at(call)
            deadline = min(o.window_s, pii_at) if pii_at is not None else o.window_s
            timely = [(s, p) for s, p in mine if s.start_s <= deadline]
            best_timely = max(timely, key=lambda sp: sp[1], default=None)
            later = [(s, p) for s, p in mine if s.start_s > deadline and p >= 0.5]
            score = min(0.99, max(0.01, 1.0 - (best_timely[1] if best_timely else 0.0)))
            severity, consent = self._severity(call.context.customer_region)
            region = call.context.customer_region or "unknown region"
            # Unsure words in a timely sentence that might be a notice: a reviewer should listen, not a flag.
            unsure = [s for s, p in timely if s.min_probability < o.asr_min_probability and p >= 0.1]
            if best_timely is not None and best_timely[1] >= 0.5:
                sentence, p = best_timely
                outcome = "given"
                f = finding(self.name, self.version, score, Severity.INFO, "disclosure_given",
                            f"recording notice at {sentence.start_s:.1f} s (p={p:.2f})", sentence)
            elif later:
                sentence, p = min(later, key=lambda sp: sp[0].start_s)
                outcome = "late"
                why = []
                if sentence.start_s > o.window_s:
                    why.append(f"after the {o.window_s:.0f} s window")
                if pii_at is not None and pii_at < sentence.start_s:
                    why.append(f"after the customer gave personal data at {pii_at:.1f} s")
                # Only a timely sentence that might have been a notice can clear the call: misheard
                # words in the late notice itself change nothing (late or missing, it is not timely).
                score, capped = asr_gated(score, min((s.min_probability for s in unsure), default=1.0), o.asr_min_probability)
                f = finding(self.name, self.version, score, severity,
                            "disclosure_late" + ("_low_asr_confidence" if capped else ""),
                            f"recording notice at {sentence.start_s:.1f} s, {' and '.join(why)} ({region}: {consent})",
                            sentence)
            else:
                outcome = "missing"
                capped = False
                if unsure:
                    score, capped = asr_gated(score, min(s.min_probability for s in unsure), o.asr_min_probability)
                f = finding(self.name, self.version, score, severity,
                            "disclosure_missing" + ("_low_asr_confidence" if capped else ""),
                            f"no recording notice by the agent ({region}: {consent})", unsure[0] if capped else None)
            results.append(CheckResult(self.name, self.version, round(score, 4), score >= 0.5, outcome, (f,),
                                       dict(thresholds_of(o))))
        return results

    def notice_features(self, agent: Sequence[Sentence]) -> np.ndarray:
        """Per sentence: [similarity to the nearest exemplar, wording rule hit, recording word]."""
        o: DisclosureOptions = self.options
        feats = np.zeros((len(agent), 3), dtype=np.float64)
        if not agent:
            return feats
        if self.encoder is not None:
            emb = self.encoder.encode([s.text for s in agent])
            ex = self.encoder.encode(list(o.exemplars))
            feats[:, 0] = (emb @ ex.T).max(axis=1)
        feats[:, 1] = [bool(_RULE.search(s.text)) for s in agent]
        feats[:, 2] = [bool(_MENTION.search(s.text)) for s in agent]
        return feats

    def notice_probabilities(self, agent: Sequence[Sentence]) -> list[float]:
        """Calibrated probability that each agent sentence is a recording notice."""
        o: DisclosureOptions = self.options
        feats = self.notice_features(agent)
        if self.encoder is None:  # rules only: the similarity term is unknown, so count it as typical of a notice
            feats[:, 0] = np.where(feats[:, 1] > 0, 0.7, 0.0)
        b, *w = o.calibration
        logits = b + feats @ np.asarray(w, dtype=np.float64)
        return [float(v) for v in expit(logits)]

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
