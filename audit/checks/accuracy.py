"""Inaccurate statements: agent claims that contradict declared policy facts, or cannot be true.

Each agent sentence is matched to the policy facts it talks about (config/policy_facts.yaml:
word groups that must all appear), its numbers are read after normalisation ("fifty
dollars", "$50", "two weeks" -> 14 days) and compared with the fact's value; a yes/no
entitlement is contradicted by a negated statement ("you cannot dispute"). Declared
patterns catch claims that cannot be true by nature: guaranteed outcomes and false
threats (arrest, jail, garnishment, lawsuits), as debt-collection rules forbid.
Low recogniser confidence on the sentence caps the score below the flag line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity

_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
_NEGATION = re.compile(r"\b(cannot|can't|can not|not able|unable|no way|not allowed|don't|do not|won't|will not|never|not)\b", re.I)


@dataclass(frozen=True)
class AccuracyOptions:
    contradiction_score: float = 0.9
    threat_score: float = 0.92
    guarantee_score: float = 0.8
    asr_min_probability: float = 0.3
    threats: tuple[str, ...] = (
        r"\b(you('ll| will)|we('ll| will)|could|can)\b[^.?!]{0,40}\b(be )?(arrested|jailed|go to jail|go to prison|deported)\b",
        r"\b(arrest|jail|prison|police)\b[^.?!]{0,30}\b(you|your)\b",
        r"\b(garnish|garnishment|seize your|take your (house|car|wages))\b",
        r"\b(sue you|take you to court|file a lawsuit|legal action against you)\b",
    )
    guarantees: tuple[str, ...] = (
        r"\bi (can )?guarantee\b", r"\bguaranteed to\b", r"\b100 ?(%|percent) (sure|certain|guaranteed)\b",
        r"\byour credit score will (go up|improve|increase)\b", r"\byou will definitely be approved\b",
    )


@register
class InaccurateStatementsCheck(Check):
    """Agent claims contradicting policy facts, guarantees of outcomes, false threats."""

    name = "inaccurate_statements"
    version = "1.0"
    Options = AccuracyOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: AccuracyOptions = self.options
        facts: Mapping[str, Any] = self.config.policy_facts.get("facts", {})
        threat_rx = [re.compile(p, re.I) for p in o.threats]
        guarantee_rx = [re.compile(p, re.I) for p in o.guarantees]
        agent = sentences([c.transcript for c in calls])
        results = []
        for ci, _call in enumerate(calls):
            found: list[Finding] = []
            for s in (s for s in agent if s.call_index == ci):
                for name, fact in facts.items():
                    why = _contradiction(s.text, fact)
                    if why:
                        found.append(self._finding(s, o.contradiction_score, Severity.HIGH, "contradicts_policy",
                                                   f"contradicts policy {name} = {fact['value']}: agent said {why}"))
                if any(rx.search(s.text) for rx in threat_rx):
                    found.append(self._finding(s, o.threat_score, Severity.CRITICAL, "false_threat",
                                               f"threat that cannot be carried out: \"{quote(s.text)}\""))
                if any(rx.search(s.text) for rx in guarantee_rx):
                    found.append(self._finding(s, o.guarantee_score, Severity.MEDIUM, "guaranteed_outcome",
                                               f"guarantee of an outcome the company cannot promise: \"{quote(s.text)}\""))
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "inaccurate" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results

    def _finding(self, s: Sentence, score: float, severity: Severity, reason: str, rationale: str) -> Finding:
        score, capped = asr_gated(score, s.min_probability, self.options.asr_min_probability)
        return finding(self.name, self.version, score, severity, reason + ("_low_asr_confidence" if capped else ""), rationale, s)


def _about(text: str, fact: Mapping[str, Any]) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    lowered = text.lower()
    return all(any((w in words) if " " not in w else (w in lowered) for w in group) for group in fact.get("about", ()))


def _contradiction(text: str, fact: Mapping[str, Any]) -> str | None:
    """What the sentence said that contradicts ``fact``, or None."""
    if not fact.get("about") or not _about(text, fact):
        return None
    value, unit = fact["value"], fact.get("unit")
    if isinstance(value, bool):
        negated = bool(_NEGATION.search(text))
        return f'"{quote(text, 60)}"' if negated == value else None
    said = _quantities(text, unit)
    wrong = [q for q in said if abs(q - float(value)) > 1e-6]
    if said and len(wrong) == len(said):
        shown = f"{wrong[0]:g} days" if unit == "days" else f"${wrong[0]:g}"
        return shown
    return None


def _quantities(text: str, unit: str | None) -> list[float]:
    """Numbers in ``text`` expressed in ``unit`` (days or USD), after number-word normalisation."""
    from text_to_num import alpha2digit

    text = alpha2digit(text, "en", threshold=0).replace(",", "")
    found: list[float] = []
    if unit == "days":
        for number, word in re.findall(r"(\d+(?:\.\d+)?)\s*-?\s*(days?|weeks?|months?|years?)\b", text, re.I):
            found.append(float(number) * _UNIT_DAYS[word.lower()])
        for word in re.findall(r"\b(?:a|one)\s+(week|month|year)\b", text, re.I):
            found.append(float(_UNIT_DAYS[word.lower()]))
    elif unit == "USD":
        found += [float(n) for n in re.findall(r"\$\s?(\d+(?:\.\d+)?)", text)]
        found += [float(n) for n in re.findall(r"(\d+(?:\.\d+)?)\s*(?:dollars|bucks|usd)\b", text, re.I)]
        if re.search(r"\b(no|free|zero|nothing)\b[^.?!]{0,20}\b(fee|charge|cost)\b|\b(fee|charge)\b[^.?!]{0,10}\b(is )?(free|waived)\b", text, re.I):
            found.append(0.0)
    return found
