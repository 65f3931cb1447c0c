"""Inaccurate statements: agent claims that contradict declared policy facts, or cannot be true.

Each agent sentence is matched to the policy facts it talks about (config/policy_facts.yaml:
word groups that must all appear), its numbers are read after normalisation ("fifty
dollars", "$50", "two weeks" -> 14 days) and compared with the fact's value; a yes/no
entitlement is contradicted by a negated statement ("you cannot dispute"). Declared
patterns catch claims that cannot be true by nature: guaranteed outcomes and false
threats (arrest, jail, garnishment, lawsuits), as debt-collection rules forbid.
Low recogniser confidence on the evidence words (the amount or duration and its unit, the
negation, the threat or guarantee itself) caps the score below the flag line; an unsure word
elsewhere in the sentence does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, finding, quote, sentences
from audit.recognizers import NUMBER_WORDS
from audit.types import CheckResult, Finding, Severity

_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
# The words that carry a numeric claim: the number (digits or words), its unit, "free" / "no fee".
_QUANTITY = re.compile(r"[$£€]?\d[\d,.]*%?|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|half|days?|weeks?|months?|years?|"
                       r"dollars?|bucks|cents?|free|waived|nothing|no(?=\s+(?:fee|charge|cost)))\b", re.I)
# A negation: it denies a yes/no entitlement ("you can't dispute that charge"), and a threat or
# guarantee said in the negative is a reassurance ("you will not be arrested", "nobody is going
# to sue you"). For threats only the clause of the match counts: "if you don't pay, you will be
# arrested" is still a threat.
_NEGATION = re.compile(r"\b(not|never|nobody|no one|cannot|unable|no way)\b|n't\b", re.I)
_CLAUSE_START = re.compile(r"[,;:]|\b(if|unless|but|and|so)\b", re.I)
# A number the recogniser split ("$15" heard as "$1 .15") is no clear amount: treated as unsure.
_SPLIT_NUMBER = re.compile(r"\d\s+\.\d")


@dataclass(frozen=True)
class AccuracyOptions:
    contradiction_score: float = 0.9
    threat_score: float = 0.92
    guarantee_score: float = 0.8
    asr_min_probability: float = 0.3
    # A sentence without a fact's keywords is still about it when its encoder similarity to
    # the fact's description is at least this, and beats every other fact by `fact_margin`.
    fact_similarity: float = 0.5
    fact_margin: float = 0.1
    threats: tuple[str, ...] = (
        r"\b(you('ll| will)|we('ll| will)|could|can)\b[^.?!]{0,40}\b(be )?(arrested|jailed|go to jail|go to prison|deported)\b",
        r"\b(arrest|jail|prison|police)\b[^.?!]{0,30}\b(you|your)\b",
        r"\b(garnish|garnishment|seize your|take your (house|car|wages))\b",
        # whatever the verb was heard as ("we will punish your wages if this is not paid")
        r"\b(will|'ll|going to|could|can|may)\s+\w+\s+your\s+(wages|paycheck|salary)\b[^.?!]*\b(if|unless|until)\b",
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
    version = "1.4"
    Options = AccuracyOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: AccuracyOptions = self.options
        facts: Mapping[str, Any] = self.config.policy_facts.get("facts", {})
        threat_rx = [re.compile(p, re.I) for p in o.threats]
        guarantee_rx = [re.compile(p, re.I) for p in o.guarantees]
        agent = sentences([c.transcript for c in calls])
        names = list(facts)
        about = self._about_matrix(agent, [facts[n] for n in names])
        results = []
        for ci, _call in enumerate(calls):
            found: list[Finding] = []
            for si, s in enumerate(agent):
                if s.call_index != ci:
                    continue
                for fi, name in enumerate(names):
                    fact = facts[name]
                    why = _contradiction(s.text, fact) if about[si, fi] else None
                    if why:
                        said = _NEGATION if isinstance(fact["value"], bool) else _QUANTITY
                        found.append(self._finding(s, o.contradiction_score, Severity.HIGH, "contradicts_policy",
                                                   f"contradicts policy {name} = {fact['value']}: agent said {why}",
                                                   [m.span() for m in said.finditer(s.text)],
                                                   garbled=said is _QUANTITY and bool(_SPLIT_NUMBER.search(s.text))))
                threats = [m.span() for rx in threat_rx for m in rx.finditer(s.text) if not _denied(s.text, *m.span())]
                if threats:
                    found.append(self._finding(s, o.threat_score, Severity.CRITICAL, "false_threat",
                                               f"threat that cannot be carried out: \"{quote(s.text)}\"", threats))
                guarantees = [m.span() for rx in guarantee_rx for m in rx.finditer(s.text) if not _denied(s.text, *m.span())]
                if guarantees:
                    found.append(self._finding(s, o.guarantee_score, Severity.MEDIUM, "guaranteed_outcome",
                                               f"guarantee of an outcome the company cannot promise: \"{quote(s.text)}\"",
                                               guarantees))
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "inaccurate" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results

    def _about_matrix(self, agent: Sequence[Sentence], facts: Sequence[Mapping[str, Any]]) -> np.ndarray:
        """Which sentence talks about which fact: keywords, or encoder similarity to its description.

        By meaning alone, a sentence closer to one of a fact's ``not_about`` exemplars (e.g. how
        long a refund takes to arrive, not the refund window) than to its description is not about it.
        """
        o: AccuracyOptions = self.options
        keywords = np.array([[_about(s.text, f) for f in facts] for s in agent], dtype=bool).reshape(len(agent), len(facts))
        if self.encoder is None or not agent or not facts:
            return keywords
        emb = self.encoder.encode([s.text for s in agent])
        desc = self.encoder.encode([str(f.get("description", "")) for f in facts])
        sim = emb @ desc.T
        result = keywords.copy()
        for fi, fact in enumerate(facts):
            others = np.delete(sim, fi, axis=1).max(axis=1) if len(facts) > 1 else np.zeros(len(agent))
            by_meaning = (sim[:, fi] >= o.fact_similarity) & (sim[:, fi] - others >= o.fact_margin)
            negatives = [str(x) for x in fact.get("not_about", ())]
            if negatives:
                by_meaning &= (emb @ self.encoder.encode(negatives).T).max(axis=1) <= sim[:, fi]
            result[:, fi] |= by_meaning
        return result

    def _finding(self, s: Sentence, score: float, severity: Severity, reason: str, rationale: str,
                 evidence: Sequence[tuple[int, int]], garbled: bool = False) -> Finding:
        """A finding on ``s``, capped below the flag line when a word of ``evidence`` (character spans
        of the sentence) is one the recogniser was unsure of, or the evidence is ``garbled``."""
        probability = 0.0 if garbled else s.probability_where(evidence)
        score, capped = asr_gated(score, probability, self.options.asr_min_probability)
        return finding(self.name, self.version, score, severity, reason + ("_low_asr_confidence" if capped else ""), rationale, s)


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the clause holding ``text[start:end]`` denies it ("you will not be arrested")."""
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    return bool(_NEGATION.search(text, clause, end))


def _about(text: str, fact: Mapping[str, Any]) -> bool:
    """Every keyword group of the fact has a word in ``text`` (inflections allowed: refunds, disputed)."""
    groups = fact.get("about", ())
    if not groups:
        return False
    words = re.findall(r"[a-z]+", text.lower())
    lowered = text.lower()

    def hit(key: str) -> bool:
        if " " in key:
            return key in lowered
        return any(w == key or (w.startswith(key) and len(w) - len(key) <= (3 if len(key) >= 4 else 1)) for w in words)

    return all(any(hit(k) for k in group) for group in groups)


def _contradiction(text: str, fact: Mapping[str, Any]) -> str | None:
    """What the sentence said that contradicts ``fact``, or None."""
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
        found += [float(n) for n in re.findall(r"(\d+(?:\.\d+)?)\s*(?:dollars?|bucks|usd)\b", text, re.I)]
        if re.search(r"\b(no|free|zero|nothing)\b[^.?!]{0,20}\b(fee|charge|cost)\b|\b(fee|charge)\b[^.?!]{0,10}\b(is )?(free|waived)\b", text, re.I):
            found.append(0.0)
    return found
