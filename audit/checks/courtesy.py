"""Courtesy: rude, dismissive, sarcastic or demeaning agent language, and talking over the customer.

Each agent sentence is scored by how much closer it is in meaning to declared rude
exemplars than to courteous ones (sentence-encoder similarity), and by a declared lexicon
of insults and profanity. Talking over the customer comes from the two channels' timings.
A missing greeting or closing is an informational finding. Customer turns are never
scored: a hostile customer is context, not the agent's excuse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from audit.checks.base import Check, CheckInput, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, calibrated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity


@dataclass(frozen=True)
class CourtesyOptions:
    margin_threshold: float = 0.08  # rude-minus-courteous similarity at which a sentence scores 0.5
    margin_scale: float = 0.04
    lexicon_score: float = 0.95
    min_words: int = 2  # shorter sentences are scored by the lexicon only
    overlap_s: float = 1.0  # agent starting this long before the customer's turn ends is talking over
    overlap_score: float = 0.3  # talking over alone does not flag a call
    asr_min_probability: float = 0.3
    max_findings: int = 3
    insults: tuple[str, ...] = (
        "stupid", "idiot", "idiots", "dumb", "moron", "shut up", "damn", "hell", "crap", "bullshit", "shit",
        "fuck", "fucking", "pathetic", "useless", "loser", "clueless", "ignorant",
    )
    rude: tuple[str, ...] = (
        "That's not my problem.", "I haven't got time for this nonsense.", "Are you dumb?",
        "Quit wasting my time.", "Whatever, I don't care.", "What do you want now?", "Figure it out yourself.",
        "Read the manual like everybody else.", "Be quiet and listen.", "You people never listen.",
        "How many times do I have to explain this to you?", "Not my job.", "Deal with it.",
        "Obviously you did something wrong.", "Wow, brilliant idea, genius.", "Don't call here again.",
        "I already told you, are you even listening?", "Take it or leave it.", "You should have read the contract, that's on you.",
        "Hurry up, I have other customers.", "Nobody cares about your complaint.",
    )
    courteous: tuple[str, ...] = (
        "I am sorry to hear that, let me help you.", "Thank you for your patience.", "How can I help you today?",
        "I understand how frustrating that is.", "Let me fix that for you right away.", "Could I have your name, please?",
        "Is there anything else I can help you with?", "Have a great day.", "I can transfer you if you prefer.",
        "The late fee is fifteen dollars.", "Your refund will arrive within five business days.",
        "I hear you, and I will do my best to resolve this.", "Thank you for calling.", "One moment please.",
        "Unfortunately I cannot do that, but here is what I can do.", "Your billing address is updated.",
        "We offer discounts for students and seniors.", "We also have a plan with more data.", "Okay, that's done.",
    )
    greetings: tuple[str, ...] = ("thank you for calling", "hello", "good morning", "good afternoon", "good evening", "hi", "welcome")
    closings: tuple[str, ...] = ("have a", "goodbye", "bye", "thank you for calling", "anything else", "take care", "you are welcome", "you're welcome")


@register
class CourtesyCheck(Check):
    """Rudeness toward the customer, scored per agent sentence; the worst moments become findings."""

    name = "courtesy"
    version = "1.0"
    Options = CourtesyOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: CourtesyOptions = self.options
        agent = sentences([c.transcript for c in calls])
        scores = self._sentence_scores(agent)
        results = []
        for ci, call in enumerate(calls):
            found: list[Finding] = []
            mine = [(s, p, why) for s, (p, why) in zip(agent, scores) if s.call_index == ci]
            for s, p, why in sorted(mine, key=lambda x: -x[1])[: o.max_findings]:
                if p < 0.2:
                    continue
                p, capped = asr_gated(p, s.min_probability, o.asr_min_probability)
                severity = Severity.HIGH if why == "insult" else Severity.MEDIUM
                found.append(finding(self.name, self.version, p, severity,
                                     f"discourteous_{why}" + ("_low_asr_confidence" if capped else ""),
                                     f"agent {'used an insult or profanity' if why == 'insult' else 'was rude or dismissive'}: \"{quote(s.text)}\"",
                                     s))
            found.extend(self._talk_over(call))
            found.extend(self._greeting_closing(call, [s for s, _, _ in mine]))
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            outcome = "discourteous" if flagged else "ok"
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged, outcome,
                                       tuple(sorted(found, key=lambda f: -f.score)), dict(thresholds_of(o))))
        return results

    def _sentence_scores(self, agent: list[Sentence]) -> list[tuple[float, str]]:
        o: CourtesyOptions = self.options
        insult = re.compile(r"\b(" + "|".join(re.escape(w) for w in o.insults) + r")\b", re.IGNORECASE)
        out: list[tuple[float, str]] = [(o.lexicon_score, "insult") if insult.search(s.text) else (0.0, "tone") for s in agent]
        if self.encoder is not None and agent:
            emb = self.encoder.encode([s.text for s in agent])
            rude = (emb @ self.encoder.encode(list(o.rude)).T).max(axis=1)
            polite = (emb @ self.encoder.encode(list(o.courteous)).T).max(axis=1)
            for i, margin in enumerate(rude - polite):
                if len(agent[i].text.split()) < o.min_words:
                    continue  # a lone word's embedding is noise ("Of", "you.")
                p = calibrated(float(margin), o.margin_threshold, o.margin_scale)
                if p > out[i][0]:
                    out[i] = (p, "tone")
        return out

    def _talk_over(self, call: CheckInput) -> list[Finding]:
        o: CourtesyOptions = self.options
        utts = call.transcript.utterances
        found = []
        for i, u in enumerate(utts):
            if u.speaker != "agent":
                continue
            for c in utts[:i]:
                if c.speaker == "customer" and c.start_s < u.start_s < c.end_s - o.overlap_s and c.channel != u.channel:
                    s = Sentence(0, i, "agent", u.text, u.start_s, u.end_s, u.min_probability)
                    found.append(finding(self.name, self.version, o.overlap_score, Severity.LOW, "talked_over_customer",
                                         f"agent started speaking {c.end_s - u.start_s:.1f} s before the customer finished", s))
                    break
        return found

    def _greeting_closing(self, call: CheckInput, agent: list[Sentence]) -> list[Finding]:
        o: CourtesyOptions = self.options
        if not agent:
            return []
        found = []
        opening = " ".join(s.text.lower() for s in agent[:2])
        ending = " ".join(s.text.lower() for s in agent[-3:])
        if not any(g in opening for g in o.greetings):
            found.append(finding(self.name, self.version, 0.2, Severity.INFO, "missing_greeting",
                                 "the agent did not greet the customer", agent[0]))
        if not any(c in ending for c in o.closings):
            found.append(finding(self.name, self.version, 0.2, Severity.INFO, "missing_closing",
                                 "the agent did not close the call courteously", agent[-1]))
        return found
