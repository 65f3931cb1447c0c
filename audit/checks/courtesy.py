"""Courtesy: rude, dismissive, sarcastic or demeaning agent language, profanity, talking over.

Each agent sentence gets a calibrated probability of being discourteous from two trained heads
whose log-odds are averaged (the packaged MiniLM encoder with its top two layers fine-tuned,
``models/courtesy_head.npz``, and a logistic regression on the packaged all-mpnet-base-v2's
embeddings and word n-grams, ``models/courtesy_mpnet_head.npz``), or from a local transformers
model named by ``model``; optionally re-read with the customer's turns before and after it by a
context head (option ``context_model``, off by default since 3.0), and from a
declared lexicon of profanity and insults (an exact rule). Talking over the customer comes from the two channels' timings: an agent
turn of at least ``overlap_min_words`` words starting more than ``overlap_s`` before the
customer's running turn ends; ``overlap_flag_count`` such moments flag the call. A missing
greeting or closing is an informational finding. Customer turns are never scored: a
hostile customer is context, not the agent's excuse. The call's score combines its worst
moments (``combine_moments``): several mildly discourteous moments can flag a call together,
reported as a ``discourteous_moments`` finding timed at the worst of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from audit.checks.base import CheckInput, HeadCheck, register, thresholds_of
from audit.checks.text import Sentence, asr_gated, customer_turns_around, evidence_gated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity


def head_text(text: str) -> str:
    from audit.heads import head_text as _h

    return _h(text)


@dataclass(frozen=True)
class CourtesyOptions:
    # "packaged:<name>" heads joined by " + ", a .npz head, or a local transformers folder (see audit/heads.py)
    model: str = "packaged:courtesy_head + packaged:courtesy_mpnet_head"
    # The head's probability re-read with the customer's turns before and after the sentence
    # (audit.heads.ContextHead, fitted by models/train_context_head.py); "" reads each sentence alone.
    context_model: str = ""
    positive_labels: tuple[str, ...] = ()  # transformers text-classification: labels meaning "rude"
    zero_shot_labels: tuple[str, ...] = ()  # transformers NLI: [positive, negative]
    hypothesis: str = "This text is {}."
    min_words: int = 2  # shorter sentences are scored by the lexicon only (a lone word's embedding is noise)
    lexicon_score: float = 0.95
    overlap_s: float = 1.0
    overlap_min_words: int = 3  # shorter agent turns ("mm-hmm, right") are backchannels, not talking over
    overlap_score: float = 0.35  # one moment of talking over: a finding, not a flag
    overlap_flag_count: int = 2  # this many moments in a call flag it ...
    overlap_repeated_score: float = 0.75  # ... with this score
    missing_score: float = 0.2  # missing greeting / closing: informational
    asr_min_probability: float = 0.3
    max_findings: int = 3
    # The call's score: 1 - prod(1 - p) over its this-many worst moments (sentences, talking over) heard
    # with confidence, so several mildly discourteous moments can flag a call none flags alone; 1: the worst only.
    combine_moments: int = 3
    profanity: tuple[str, ...] = (
        "stupid", "idiot", "idiots", "dumb", "moron", "morons", "shut up", "damn", "hell", "crap", "bullshit", "shit",
        "fuck", "fucking", "fucked", "pathetic", "loser", "clueless", "ass", "asshole", "bitch", "bastard", "retard",
        "retarded", "jerk",
    )
    # A lexicon word inside one of these is the agent naming the customer's language, not using it.
    lexicon_exempt: tuple[str, ...] = (
        r"\b(don't|do not|please don't|no need to)\s+call\s+me\b", r"\bcalling me\b", r"\blanguage\b", r"\bswear", r"\bcurs(e|ing)\b",
        # ... or denying it ("that doesn't sound stupid at all", "no such thing as a dumb question"); "don't be stupid" is no denial
        r"\b(doesn't|does not|isn't|is not|wasn't|was not|not at all|never)\s+(\w+\s+){0,2}(stupid|dumb)\b",
        r"\bno (such thing as an? )?(stupid|dumb) questions?\b",
        # ... or calling their own question dumb ("So first thing, dumb question, but is it plugged in?",
        # "this might be a stupid question"); "that's a dumb question" is no such thing
        r"(^|[—–-]\s*|,\s*)(an?\s+)?(stupid|dumb|silly)\s+question,?\s+(but|i know|sorry)\b",
        r"\b(this|it)\s+(might|may|could|will)\s+(be|sound)\s+(like\s+)?an?\s+(stupid|dumb)\s+question\b",
        r"\b(i know|probably|maybe)\s+(it's\s+|this is\s+)?an?\s+(stupid|dumb)\s+question\b",
    )
    # A sentence that is only an apology or empathy ("I'm really sorry about that", "I understand
    # how frustrating it is") is not scored by the head, which was trained mostly on text where
    # words like "frustrating" go with rudeness. A contrast ("sorry, but ...") or "sorry you feel
    # that way" keeps the head's score; the lexicon always applies.
    empathy: tuple[str, ...] = (
        r"^(?:(?:oh|okay|ok|yes|right|well),?\s+)?(?:i(?:'m| am) (?:so |really |very |truly |terribly )?sorry|i apologi[sz]e|"
        r"my apologies|i (?:completely |totally |really |fully )?understand|i hear you|i know how|i can (?:see|imagine) how|"
        r"that must be)\b",
    )
    empathy_breakers: tuple[str, ...] = (r"\b(?:but|however|though|yet|just|anyway|whatever)\b", r"\byou feel\b", r"\bif you\b",
                                         r"[.?!]\s+\S")  # a second sentence is scored on its own
    greetings: tuple[str, ...] = ("thank you for calling", "thanks for calling", "hello", "good morning", "good afternoon",
                                  "good evening", "hi", "welcome", "speaking", "this is")
    closings: tuple[str, ...] = ("have a", "goodbye", "bye", "thank you for calling", "thanks for calling", "anything else",
                                 "take care", "you are welcome", "you're welcome", "thank you", "thanks")


@register
class CourtesyCheck(HeadCheck):
    """Discourtesy toward the customer, scored per agent sentence; the worst moments become findings."""

    name = "courtesy"
    # 2.4: a denied insult ("that doesn't sound stupid at all") is no lexicon hit
    # 2.5: the call score combines its worst moments (``combine_moments``)
    # 2.6: the head's probability is re-read with the customer's turns around the sentence (``context_model``)
    # 2.7: an agent calling their own question dumb is no insult
    # 3.0: two heads averaged (a second on all-mpnet-base-v2), sentences read alone (docs/checks.md)
    version = "3.0"
    Options = CourtesyOptions

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: CourtesyOptions = self.options
        agent = sentences([c.transcript for c in calls])
        around = customer_turns_around(calls, agent)
        scores = self.sentence_scores([s.text for s in agent], around)
        gated = evidence_gated(agent, scores, lambda texts, idx: self.sentence_scores(texts, [around[i] for i in idx]),
                               o.asr_min_probability)
        results = []
        for ci, call in enumerate(calls):
            found: list[Finding] = []
            sure: list[Finding] = []  # moments whose every word was heard with confidence
            mine = [(s, p, capped, why) for s, ((p, why), capped) in zip(agent, gated) if s.call_index == ci]
            for s, p, capped, why in sorted(mine, key=lambda x: -x[1])[: o.max_findings]:
                if p < 0.2:
                    continue
                what = "used profanity or an insult" if why == "insult" else "was rude, dismissive or sarcastic"
                read = ", read with the customer's turns around it" if why == "tone" and self.context_head is not None else ""
                found.append(finding(self.name, self.version, p, Severity.HIGH if why == "insult" else Severity.MEDIUM,
                                     f"discourteous_{why}" + ("_low_asr_confidence" if capped else ""),
                                     f"agent {what} (p={p:.2f}{read}): \"{quote(s.text)}\"", s))
                if not capped and s.min_probability >= o.asr_min_probability:
                    sure.append(found[-1])
            talk_over = self._talk_over(call)
            found.extend(talk_over)
            combined = self._combined(sure + [f for f in talk_over if not f.reason.endswith("_low_asr_confidence")])
            found.extend(self._greeting_closing([s for s, _, _, _ in mine]))
            if combined is not None:
                found.append(combined)
            found.sort(key=lambda f: -f.score)
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "discourteous" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results

    def _combined(self, moments: Sequence[Finding]) -> Finding | None:
        """A finding for several moments that flag the call together though none does alone:
        1 - prod(1 - p) over the ``combine_moments`` worst, timed at the worst. The caller passes
        only moments heard with confidence: an unsure transcript must not add up to a flag."""
        moments = sorted(moments, key=lambda f: -f.score)[: self.options.combine_moments]
        if len(moments) < 2 or any(f.flagged for f in moments):
            return None
        score = 1.0 - float(np.prod([1.0 - f.score for f in moments]))
        if score < 0.5:
            return None
        parts = ", ".join(f"{f.score:.2f}" for f in moments)
        return replace(moments[0], score=round(score, 4), flagged=True, severity=Severity.MEDIUM, reason="discourteous_moments",
                       rationale=f"{len(moments)} discourteous moments together ({parts} -> p={score:.2f}); "
                                 f"worst: {moments[0].rationale}")

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
        """The configured lexicon, its exemptions, empathy openings and their breakers, compiled once."""
        o: CourtesyOptions = self.options

        def compiled(patterns: Sequence[str]) -> list[re.Pattern[str]]:
            return [re.compile(p, re.IGNORECASE) for p in patterns]

        lexicon = re.compile(r"\b(" + "|".join(re.escape(w) for w in o.profanity) + r")\b", re.IGNORECASE)
        return lexicon, compiled(o.lexicon_exempt), compiled(o.empathy), compiled(o.empathy_breakers)

    def sentence_scores(self, texts: Sequence[str], around: Sequence[tuple[str, str]] | None = None) -> list[tuple[float, str]]:
        """Per text: (probability it is discourteous, "insult" | "tone"), one batched model call.

        ``around`` gives each text's customer turns (before, after) for the context head; without
        it, or with ``context_model`` off, each text is read alone."""
        o: CourtesyOptions = self.options
        lexicon, exempt, empathy, breakers = self._patterns
        hit = [bool(lexicon.search(t)) for t in texts]
        named = [h and any(rx.search(t) for rx in exempt) for t, h in zip(texts, hit)]
        out = [(o.lexicon_score, "insult") if h and not n else (0.0, "tone") for h, n in zip(hit, named)]

        def empathic(t: str) -> bool:
            return any(rx.search(t.strip()) for rx in empathy) and not any(rx.search(t) for rx in breakers)

        long_enough = [i for i, t in enumerate(texts) if len(t.split()) >= o.min_words and not empathic(texts[i])]
        if self.head is not None and long_enough:
            # A word the agent names rather than uses ("please don't call me stupid") is read as "that".
            seen = [lexicon.sub("that", texts[i]) if named[i] else texts[i] for i in long_enough]
            probs = self.head.predict_proba([head_text(t) for t in seen])
            if self.context_head is not None and around is not None:
                probs = self.context_head.adjust(probs, [around[i][0] for i in long_enough], [around[i][1] for i in long_enough])
            for i, p in zip(long_enough, np.asarray(probs, dtype=float)):
                if p > out[i][0]:  # a profanity keeps its reason (and high severity) when the head is surer still
                    out[i] = (float(p), out[i][1])
        return out

    def _talk_over(self, call: CheckInput) -> list[Finding]:
        o: CourtesyOptions = self.options
        utts = call.transcript.utterances
        moments = []
        for i, u in enumerate(utts):
            if u.speaker != "agent" or len(u.text.split()) < o.overlap_min_words:
                continue
            running = [c for c in utts if c.speaker == "customer" and c.channel != u.channel
                       and c.start_s < u.start_s < c.end_s - o.overlap_s]
            if running:
                c = max(running, key=lambda c: c.end_s)
                moments.append((Sentence(0, i, "agent", u.text, u.start_s, u.end_s, u.min_probability), c.end_s - u.start_s))
        if not moments:
            return []
        repeated = len(moments) >= o.overlap_flag_count
        score = o.overlap_repeated_score if repeated else o.overlap_score
        s, by = max(moments, key=lambda m: m[1])
        score, capped = asr_gated(score, min(m[0].min_probability for m in moments), o.asr_min_probability)
        why = (f"agent talked over the customer {len(moments)} times (worst: started {by:.1f} s before they finished)"
               if repeated else f"agent started speaking {by:.1f} s before the customer finished")
        return [finding(self.name, self.version, score, Severity.MEDIUM if repeated else Severity.LOW,
                        ("talked_over_customer_repeatedly" if repeated else "talked_over_customer")
                        + ("_low_asr_confidence" if capped else ""), why, s)]

    def _greeting_closing(self, agent: list[Sentence]) -> list[Finding]:
        o: CourtesyOptions = self.options
        if not agent:
            return []
        found = []
        opening = " ".join(s.text.lower() for s in agent[:2])
        ending = " ".join(s.text.lower() for s in agent[-3:])
        if not any(re.search(r"\b" + re.escape(g) + r"\b", opening) for g in o.greetings):
            found.append(finding(self.name, self.version, o.missing_score, Severity.INFO, "missing_greeting",
                                 "the agent did not greet the customer", agent[0]))
        if not any(re.search(r"\b" + re.escape(c) + r"\b", ending) for c in o.closings):
            found.append(finding(self.name, self.version, o.missing_score, Severity.INFO, "missing_closing",
                                 "the agent did not close the call courteously", agent[-1]))
        return found
