"""Discrimination risk: agent remarks tied to a protected trait that demean, stereotype, or tie service to it.

Two declared parts must meet in one agent sentence: a mention of a protected trait (race,
colour, national origin, religion, sex, gender identity, sexual orientation, age,
disability, marital status, public assistance: a term list) and, by meaning, closeness
to discriminatory exemplars rather than to benign ones (offering a Spanish-speaking
agent, a senior discount, an accessibility option). Declared patterns for generalising
("people like you", "you people") or conditioning service on the trait add to the score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import asr_gated, calibrated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity


@dataclass(frozen=True)
class DiscriminationOptions:
    margin_threshold: float = 0.05  # discriminatory-minus-benign similarity that scores 0.5
    margin_scale: float = 0.04
    pattern_bonus: float = 0.1  # added to the margin by a generalising or conditioning pattern
    asr_min_probability: float = 0.3
    max_findings: int = 3
    traits: tuple[str, ...] = (
        # national origin, race, colour, language
        "accent", "immigrant", "immigrants", "foreigner", "foreigners", "foreign", "country", "countries", "where are you from",
        "really from", "english", "mexican", "mexicans", "chinese", "indian", "arab", "african", "asian", "hispanic", "latino",
        "black", "white", "race", "colour", "color", "ethnic", "illegal", "green card", "citizen",
        # religion
        "muslim", "muslims", "islam", "jewish", "jew", "jews", "christian", "hindu", "religion", "religious", "church", "mosque",
        # sex, gender identity, orientation
        "woman", "women", "girl", "girls", "lady", "ladies", "man", "men", "female", "male", "gay", "lesbian", "trans",
        "transgender", "queer", "homosexual", "gender",
        # age
        "old", "elderly", "senior", "seniors", "your age", "age", "young", "boomer", "grandma", "grandpa",
        # disability
        "disabled", "disability", "handicapped", "wheelchair", "blind", "deaf", "retarded", "crazy", "mental",
        # marital status, public assistance
        "married", "single mother", "divorced", "husband", "wife", "welfare", "food stamps", "public assistance", "benefits",
    )
    patterns: tuple[str, ...] = (
        r"\bpeople like you\b", r"\byou people\b", r"\byour kind\b", r"\bthose people\b", r"\bpeople from\b",
        r"\b(not|won't|cannot|can't|don't)\b[^.?!]{0,40}\b(for|to)\s+(immigrants|foreigners|women|people)\b",
        r"\b(because|since) you('re| are)\b[^.?!]{0,30}\b(old|woman|foreign|disabled|muslim|black|gay)\b",
        r"\bwith (that|your) accent\b", r"\bat your age\b", r"\breally from\b",
    )
    discriminatory: tuple[str, ...] = (
        "People from your country never pay their bills.", "We don't give upgrades to immigrants.",
        "With an accent like that you won't understand the plan.", "Women don't understand technology.",
        "At your age you shouldn't have a smartphone.", "Your kind always causes trouble.",
        "I'm not approving this because of where you're from.", "You people are all the same.",
        "Old people are too slow for this.", "We don't serve people on welfare.",
        "Speak proper English or call back with someone who can.", "Disabled customers are too much hassle.",
        "Muslims are always suspicious.", "Go back to your own country.",
    )
    benign: tuple[str, ...] = (
        "I can transfer you to a Spanish-speaking agent if you prefer.", "We have a senior discount for customers over sixty-five.",
        "We offer large print bills and other accessibility options.", "Would you like the relay service for deaf customers?",
        "We can continue in English or in Spanish, whichever you prefer.", "Our stores are wheelchair accessible.",
        "Customers receiving public assistance may qualify for a lifeline discount.", "Let me add your wife as an authorised user.",
        "Where would you like the device shipped?", "Students and seniors get a reduced rate.",
    )


@register
class DiscriminationCheck(Check):
    """Demeaning, stereotyping or service-conditioning remarks about a protected trait."""

    name = "discrimination"
    version = "1.0"
    Options = DiscriminationOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: DiscriminationOptions = self.options
        trait_rx = re.compile(r"\b(" + "|".join(re.escape(t) for t in o.traits) + r")\b", re.IGNORECASE)
        pattern_rx = [re.compile(p, re.IGNORECASE) for p in o.patterns]
        agent = [s for s in sentences([c.transcript for c in calls]) if trait_rx.search(s.text)]
        margins = [0.0] * len(agent)
        if self.encoder is not None and agent:
            emb = self.encoder.encode([s.text for s in agent])
            bad = (emb @ self.encoder.encode(list(o.discriminatory)).T).max(axis=1)
            good = (emb @ self.encoder.encode(list(o.benign)).T).max(axis=1)
            margins = [float(m) for m in bad - good]
        results = []
        for ci, _call in enumerate(calls):
            found: list[Finding] = []
            for s, margin in zip(agent, margins):
                if s.call_index != ci:
                    continue
                patterned = any(rx.search(s.text) for rx in pattern_rx)
                p = calibrated(margin + (o.pattern_bonus if patterned else 0.0), o.margin_threshold, o.margin_scale)
                if p < 0.2:
                    continue
                p, capped = asr_gated(p, s.min_probability, o.asr_min_probability)
                trait = trait_rx.search(s.text).group(1).lower()  # type: ignore[union-attr]
                found.append(finding(self.name, self.version, p, Severity.CRITICAL if p >= 0.5 else Severity.LOW,
                                     ("trait_conditioned_service" if patterned else "trait_demeaning")
                                     + ("_low_asr_confidence" if capped else ""),
                                     f"agent remark tied to a protected trait ('{trait}'): \"{quote(s.text)}\"", s))
            found = sorted(found, key=lambda f: -f.score)[: o.max_findings]
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "risk" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results
