"""Call-centre recognizers for Presidio: personal data as it comes out of speech recognition.

Speech recognition writes most spoken digits as digits but garbles their grouping
("4111 1111 1111 1111" -> "411-11111111111111", "4 -8 -2 -1"), spells emails out
("maria dot gonzalez at gmail dot com") and never formats addresses. These recognizers
are declared as data (patterns, context words) in Presidio's own ``PatternRecognizer``.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_SEP = r"[\s\-.,/]{0,3}"  # what ASR puts between spoken digits


def _digits(n_min: int, n_max: int) -> str:
    """A run of ``n_min``..``n_max`` digits with ASR separators between them."""
    return rf"(?<![\d$])\d(?:{_SEP}\d){{{n_min - 1},{n_max - 1}}}(?![\d%])"


class DigitRunRecognizer(PatternRecognizer):
    """A long run of digits, typed by its length and the words around it.

    13-19 digits: a card number even when ASR broke the Luhn check; 9 digits next to
    "social"/"SSN": an SSN; 10-11 digits: a phone number; other runs of 6+ digits: an
    account-like number. Amounts ("$1,250") and years stay: they start with "$" or are short.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entity="ACCOUNT_NUMBER",
            name="DigitRunRecognizer",
            patterns=[Pattern("digit run", _digits(6, 24), 0.6)],
            context=["account", "number", "card", "phone", "social", "routing", "member", "order", "id"],
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = []
        for match in re.finditer(_digits(6, 24), text):
            digits = re.sub(r"\D", "", match.group())
            before = text[max(0, match.start() - 40) : match.start()].lower()
            entity = _digit_entity(digits, before)
            if entity in entities:
                score = 0.85 if entity != "ACCOUNT_NUMBER" else 0.7
                explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name="digit run",
                                                  textual_explanation=f"{len(digits)} digits typed as {entity}")
                results.append(RecognizerResult(entity, match.start(), match.end(), score, analysis_explanation=explanation,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


def _digit_entity(digits: str, before: str) -> str:
    n = len(digits)
    if "social" in before or "ssn" in before or (n == 9 and "security" in before):
        return "US_SSN"
    if "routing" in before:
        return "ACCOUNT_NUMBER"  # a bank routing number
    if "card" in before or 13 <= n <= 19:
        return "CREDIT_CARD"
    if "phone" in before or "number is" in before and n in (10, 11) or n in (10, 11) and digits[0] != "0":
        return "PHONE_NUMBER"
    return "ACCOUNT_NUMBER"


SPOKEN_EMAIL = PatternRecognizer(
    supported_entity="EMAIL_ADDRESS",
    name="SpokenEmailRecognizer",
    patterns=[
        Pattern("spoken email", r"(?i)\b[a-z0-9]+(?:\s+(?:dot|underscore|dash|hyphen)\s+[a-z0-9]+)*\s+at\s+[a-z0-9-]+(?:\s+dot\s+[a-z]{2,6})+\b", 0.8),
        Pattern("half-spoken email", r"(?i)\b[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s+at\s+[a-z0-9-]+\.(?:com|net|org|edu|gov|co\.uk|io)\b", 0.7),
    ],
    context=["email", "e-mail", "mail"],
)

_STREET_SUFFIX = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)"
STREET_ADDRESS = PatternRecognizer(
    supported_entity="STREET_ADDRESS",
    name="StreetAddressRecognizer",
    patterns=[
        Pattern("number and street", rf"(?i)\b\d{{1,6}}(?:{_SEP}\d){{0,4}}\s+(?:[A-Za-z]+\s+){{1,3}}{_STREET_SUFFIX}\b\.?(?:\s*,?\s*(?:apt|apartment|unit|suite)\s*\w+)?", 0.85),
        Pattern("po box", r"(?i)\bP\.?\s?O\.?\s+box\s+\d+\b", 0.8),
    ],
    context=["address", "live", "moved", "street", "ship", "billing"],
)

ZIP_CODE = PatternRecognizer(
    supported_entity="ZIP_CODE",
    name="ZipCodeRecognizer",
    patterns=[
        Pattern("zip", r"(?<![\d$])\d{5}(?:-\d{4})?(?![\d%])", 0.3),
        Pattern("state and zip", r"(?i)\b(?:texas|california|florida|new york|illinois|washington|ohio|georgia|arizona|(?-i:[A-Z]{2})),?\s+\d(?:[\s\-.,]{0,2}\d){4}\b", 0.6),
    ],
    context=["zip", "postal", "code", "address", "street", "avenue", "road", "texas", "california", "city"],
)

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
DATE_OF_BIRTH = PatternRecognizer(
    supported_entity="DATE_OF_BIRTH",
    name="DateOfBirthRecognizer",
    patterns=[
        Pattern("month day year", rf"(?i)\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\s?\d{{2}}\b", 0.7),
        Pattern("day month year", rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\s?\d{{2}}\b", 0.7),
        Pattern("numeric date", r"\b(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])[/-](?:19|20)\d{2}\b", 0.6),
    ],
    context=["born", "birth", "dob", "birthday"],
)

SECURITY_CODE = PatternRecognizer(
    supported_entity="SECURITY_CODE",
    name="SecurityCodeRecognizer",
    patterns=[Pattern("short code", r"(?<![\d$])\d(?:[\s\-]?\d){2,5}(?![\d%])", 0.05)],
    context=["cvv", "security code", "pin", "passcode", "verification code", "code on the back", "last four"],
)

SPOKEN_NAME = PatternRecognizer(
    supported_entity="PERSON",
    name="IntroducedNameRecognizer",
    patterns=[
        Pattern("my name is", r"(?<=\bname is )[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}", 0.75),
        Pattern("title and name", r"(?<=\b(?:Mr|Ms|Mrs|Dr)\.\s)[A-Z][a-z'\-]+|(?<=\b(?:Mister|Miss|Missus|Mrs|Mr|Ms)\s)[A-Z][a-z'\-]+", 0.75),
    ],
)


def call_centre_recognizers() -> list[PatternRecognizer]:
    """Every recognizer of this module, to add to a Presidio registry."""
    return [DigitRunRecognizer(), SPOKEN_EMAIL, STREET_ADDRESS, ZIP_CODE, DATE_OF_BIRTH, SECURITY_CODE, SPOKEN_NAME]
