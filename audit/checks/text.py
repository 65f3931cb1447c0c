"""What the checks share: agent sentences with times, calibrated scores, findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scipy.special import expit

from audit.sentences import sentence_runs
from audit.types import Finding, RedactedTranscript, Severity, Speaker

if TYPE_CHECKING:
    from audit.checks.base import CheckInput


@dataclass(frozen=True)
class Sentence:
    """A sentence of a redacted utterance, with the times and ASR confidence of its words."""

    call_index: int
    utterance_index: int
    speaker: Speaker
    text: str
    start_s: float
    end_s: float
    min_probability: float
    # (word, recogniser probability) in order, ``text`` being the words joined by spaces; empty
    # when the transcript has no word timing. A placeholder counts as certain.
    words: tuple[tuple[str, float], ...] = ()

    def probability_where(self, spans: Sequence[tuple[int, int]]) -> float:
        """The lowest recogniser probability of the words overlapping these character spans of
        ``text`` (the evidence of a claim), or of the whole sentence when there is no word list."""
        if not self.words:
            return self.min_probability
        probs, start = [], 0
        for word, probability in self.words:
            end = start + len(word)
            if any(a < end and b > start for a, b in spans):
                probs.append(probability)
            start = end + 1
        return min(probs, default=1.0)


def sentences(transcripts: Sequence[RedactedTranscript], speaker: Speaker | None = "agent") -> list[Sentence]:
    """Sentences of every call (of ``speaker``'s turns, or all turns when None), in call order."""
    out: list[Sentence] = []
    for ci, transcript in enumerate(transcripts):
        for ui, utt in enumerate(transcript.utterances):
            if speaker is not None and utt.speaker != speaker:
                continue
            tokens = utt.tokens
            if not tokens:  # no word timing: the whole utterance is one sentence
                if utt.text.strip():
                    out.append(Sentence(ci, ui, utt.speaker, utt.text.strip(), utt.start_s, utt.end_s, 1.0))
                continue
            for run in sentence_runs(tokens, lambda t: t.text):
                text = " ".join(t.text for t in run).strip()
                if text:
                    probs = [t.probability for t in run if not t.redacted] or [1.0]
                    words = tuple((t.text, 1.0 if t.redacted else t.probability) for t in run)
                    if " ".join(w for w, _ in words) != text:  # a word with edge spaces: no offsets to trust
                        words = ()
                    out.append(Sentence(ci, ui, utt.speaker, text, run[0].start_s, run[-1].end_s, min(probs), words))
    return out


def customer_turns_around(calls: Sequence[CheckInput], sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """Per sentence of ``calls``: the customer's last utterance before the sentence's utterance
    and their first after it ("" for none). One pass over each call's utterances."""
    per_call = []
    for call in calls:
        utts = call.transcript.utterances
        before, after = [""] * len(utts), [""] * len(utts)
        for i in range(1, len(utts)):
            before[i] = utts[i - 1].text if utts[i - 1].speaker == "customer" else before[i - 1]
        for i in range(len(utts) - 2, -1, -1):
            after[i] = utts[i + 1].text if utts[i + 1].speaker == "customer" else after[i + 1]
        per_call.append((before, after))
    return [(per_call[s.call_index][0][s.utterance_index], per_call[s.call_index][1][s.utterance_index]) for s in sentences]


def calibrated(raw: float, threshold: float, scale: float) -> float:
    """Map a raw score to [0, 1] so that ``raw == threshold`` gives 0.5 in every check."""
    return float(expit((raw - threshold) / scale))


def asr_gated(score: float, min_probability: float, floor: float) -> tuple[float, bool]:
    """Low recogniser confidence on the evidence caps the score just below the flag line.

    Returns the score and whether it was capped: an unsure transcript yields an unflagged
    finding for a reviewer to listen to, never a flag.
    """
    if min_probability < floor and score >= 0.5:
        return 0.49, True
    return score, False


def evidence_gated(sentences: Sequence[Sentence], scored: Sequence[tuple],
                   rescore: Callable[[list[str], list[int]], Sequence[tuple]], floor: float) -> list[tuple[tuple, bool]]:
    """ASR gating for a model's sentence results: (result, capped) per sentence.

    ``scored`` holds a check's result per sentence, a tuple whose first item is the probability
    (then e.g. the reason); ``rescore(texts, indices)`` scores texts the same way, ``indices``
    being the positions in ``sentences`` they were taken from. A model reads every word, so
    the evidence of its flag is whichever words the flag rests on. A flagged sentence with words
    recognised below ``floor`` is scored again without them (one batched ``rescore`` call for all
    such sentences): if the flag stands without them, it did not rest on them, and the result
    with the lower probability is kept (its reason too: an insult heard unsurely is no insult);
    otherwise the probability is capped just below the flag line, as :func:`asr_gated` does. A
    sentence without word timing is gated on its lowest probability.
    """
    out = [(tuple(r), False) for r in scored]
    unsure = [i for i, (s, r) in enumerate(zip(sentences, scored)) if r[0] >= 0.5 and s.min_probability < floor]
    timed = [i for i in unsure if sentences[i].words]
    again = dict(zip(timed, rescore([" ".join(w for w, q in sentences[i].words if q >= floor) for i in timed], timed) if timed else []))
    for i in unsure:
        first, second = tuple(scored[i]), again.get(i)
        kept = second if second is not None and second[0] <= first[0] else first
        out[i] = (tuple(kept), False) if second is not None and second[0] >= 0.5 else ((0.49, *first[1:]), True)
    return out


def finding(check: str, version: str, score: float, severity: Severity, reason: str, rationale: str,
            sentence: Sentence | None) -> Finding:
    """A finding about one sentence (or about an absence when ``sentence`` is None)."""
    return Finding(
        check=check, check_version=version, score=round(score, 4), flagged=score >= 0.5, severity=severity,
        reason=reason, rationale=rationale,
        speaker=sentence.speaker if sentence else None,
        start_s=round(sentence.start_s, 2) if sentence else None,
        end_s=round(sentence.end_s, 2) if sentence else None,
        evidence=sentence.text if sentence else "",
    )


def quote(text: str, limit: int = 80) -> str:
    """A short quote for a rationale."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
