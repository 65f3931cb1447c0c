"""Discrimination risk: agent remarks tied to a protected trait that demean, stereotype, or tie service to it.

Each agent sentence gets a calibrated probability from a trained head (logistic regression
on sentence embeddings, ``models/discrimination_head.npz``, or a local transformers model
named by ``model``), learned from discriminatory vs benign trait mentions (offering a
Spanish-speaking agent, a senior discount, an accessibility option are benign). Declared
rules are applied where they are exact:

- a sentence must mention a protected trait (race, colour, national origin, religion, sex,
  gender identity, sexual orientation, age, disability, marital status, public assistance:
  the ``traits`` term list) to flag; without one its score is capped at ``no_trait_cap``;
- a demeaning or conditioning pattern (``patterns``: "go back to your country", "at your age
  you shouldn't", "because you're ...") together with a trait term scores ``pattern_score``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import asr_gated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity


def head_text(text: str) -> str:
    from audit.heads import head_text as _h

    return _h(text)


@dataclass(frozen=True)
class DiscriminationOptions:
    # "packaged:discrimination_head", a .npz head, or a local transformers folder (see audit/heads.py)
    model: str = "packaged:discrimination_head"
    positive_labels: tuple[str, ...] = ()
    zero_shot_labels: tuple[str, ...] = ()
    hypothesis: str = "This text is {}."
    require_trait: bool = True
    no_trait_cap: float = 0.3  # a sentence naming no protected trait cannot flag
    pattern_score: float = 0.9
    asr_min_probability: float = 0.3
    max_findings: int = 3
    traits: tuple[str, ...] = (
        # national origin, race, colour, language
        "accent", "accents", "immigrant", "immigrants", "immigration", "foreigner", "foreigners", "foreign", "country",
        "countries", "where you're from", "where you are from", "english", "american", "americans", "mexican", "mexicans",
        "chinese", "indian", "indians", "arab", "arabs", "african", "asian", "asians", "hispanic", "hispanics", "latino",
        "latina", "latinos", "black", "blacks", "white", "race", "racial", "colour", "color", "ethnic", "ethnicity", "illegal",
        "illegals", "aliens", "green card", "originally from", "part of the world", "citizen", "citizens", "refugee", "refugees", "nationality",
        # religion
        "muslim", "muslims", "islam", "islamic", "jewish", "jew", "jews", "christian", "christians", "catholic", "hindu",
        "sikh", "religion", "religious", "church", "mosque", "synagogue", "headscarf", "hijab", "turban",
        # sex, gender identity, orientation
        "woman", "women", "girl", "girls", "lady", "ladies", "man", "men", "female", "females", "male", "gay", "gays",
        "lesbian", "lesbians", "trans", "transgender", "queer", "homosexual", "homosexuals", "bisexual", "gender", "sex",
        "sweetheart", "honey",
        # age
        "old", "older", "elderly", "senior", "seniors", "your age", "age", "young", "boomer", "boomers", "grandma", "grandpa",
        "retiree", "retirees", "pensioner", "pensioners",
        # disability
        "disabled", "disability", "disabilities", "handicapped", "wheelchair", "wheelchairs", "blind", "deaf", "mental",
        "autistic", "cripple", "cripples",
        # marital status, public assistance
        "married", "single mother", "single mothers", "divorced", "husband", "husbands", "wife", "wives", "spouse", "welfare", "food stamps",
        "public assistance", "benefits", "on disability",
        # slurs: a mention of a group (the head judges the use)
        "bitch", "bitches", "slut", "whore", "tranny", "trannies", "shemale", "faggot", "faggots", "fag", "fags", "dyke",
        "dykes", "nigger", "niggers", "nigga", "coon", "coons", "retard", "retards", "spastic", "towelhead", "towelheads",
        "raghead", "ragheads", "wetback", "wetbacks", "beaner", "kike", "chink", "paki", "gook",
    )
    # Exact rules: demeaning or service-conditioning phrasings (each only counts with a trait term).
    patterns: tuple[str, ...] = (
        r"\bgo back to (your|where)\b", r"\byour (own )?(kind|type)\b", r"\bpeople like you\b", r"\byou people\b",
        r"\b(at|for) your age\b[^.?!]{0,30}\b(shouldn't|should not|can't|cannot|won't)\b",
        r"\b(because|since|as) you('re| are)\b[^.?!]{0,25}\b(old|woman|a woman|a girl|foreign|an immigrant|disabled|muslim|black|gay|trans|deaf|blind|on welfare|on benefits)\b",
        r"\b(lose|with) (that|the|your) accent\b", r"\bspeak (proper|real|normal) english\b", r"\breal american\b",
        r"\b(don't|do not|won't|will not|can't|cannot)\s+(serve|help|give|sell|approve)\b[^.?!]{0,25}\b(immigrants|foreigners|women|people on|muslims|gays|disabled)\b",
    )


@register
class DiscriminationCheck(Check):
    """Demeaning, stereotyping or service-conditioning remarks about a protected trait."""

    name = "discrimination"
    version = "2.0"
    Options = DiscriminationOptions

    @cached_property
    def head(self):  # noqa: ANN201 - audit.heads.Head | None
        from audit.heads import load_head

        o: DiscriminationOptions = self.options
        return load_head(o.model, self.encoder, positive_labels=o.positive_labels, zero_shot_labels=o.zero_shot_labels,
                         hypothesis=o.hypothesis, base_dir=self.config.path.parent)

    @cached_property
    def _trait_rx(self) -> re.Pattern[str]:
        terms = sorted(self.options.traits, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)

    @cached_property
    def _pattern_rx(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in self.options.patterns]

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: DiscriminationOptions = self.options
        agent = sentences([c.transcript for c in calls])
        scores = self.sentence_scores([s.text for s in agent])
        results = []
        for ci, _call in enumerate(calls):
            found: list[Finding] = []
            for s, (p, why, trait) in zip(agent, scores):
                if s.call_index != ci or p < 0.2:
                    continue
                p, capped = asr_gated(p, s.min_probability, o.asr_min_probability)
                about = f" ('{trait}')" if trait else ""
                found.append(finding(self.name, self.version, p, Severity.CRITICAL if p >= 0.5 else Severity.LOW,
                                     f"trait_{why}" + ("_low_asr_confidence" if capped else ""),
                                     f"agent remark tied to a protected trait{about} (p={p:.2f}): \"{quote(s.text)}\"", s))
            found = sorted(found, key=lambda f: -f.score)[: o.max_findings]
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "risk" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results

    def sentence_scores(self, texts: Sequence[str], require_trait: bool | None = None) -> list[tuple[float, str, str]]:
        """Per text: (probability of discrimination risk, "pattern" | "demeaning", trait term or "").

        One batched model call. ``require_trait`` overrides the option (evaluations only).
        """
        o: DiscriminationOptions = self.options
        gate = o.require_trait if require_trait is None else require_trait
        probs = np.zeros(len(texts))
        if self.head is not None and texts:
            probs = np.asarray(self.head.predict_proba([head_text(t) for t in texts]), dtype=float)
        out = []
        for text, p in zip(texts, probs):
            m = self._trait_rx.search(text)
            trait = m.group(1).lower() if m else ""
            why = "demeaning"
            if trait and any(rx.search(text) for rx in self._pattern_rx):
                p, why = max(float(p), o.pattern_score), "pattern"
            elif not trait and gate:
                p = min(float(p), o.no_trait_cap)
            out.append((float(p), why, trait))
        return out
