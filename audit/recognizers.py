"""Call-centre recognizers for Presidio: personal data as it comes out of speech recognition.

Speech recognition writes most spoken digits as digits but garbles their grouping
("4111 1111 1111 1111" -> "411-11111111111111", "4 -8 -2 -1"), spells emails out
("maria dot gonzalez at gmail dot com") and never formats addresses. The redactor runs
these recognizers on a *normalised* view of each turn in which number words are digits
("four one one one" -> "4 1 1 1", see :func:`spoken_digits`), so one set of patterns covers
digits and words. Recognizers are data (patterns, context words) in Presidio's own
``PatternRecognizer`` where possible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

_SEP = r"[\s\-.,/()+]{0,3}"  # what ASR (or a writer) puts between digits

# --- spoken numbers -> digits, word by word -------------------------------------------
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_ZERO_WORDS = {"oh", "o"}
_REPEAT = {"double": 2, "triple": 3}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | _ZERO_WORDS | frozenset(_REPEAT) | {
    "hundred", "thousand"}
_EDGE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)


def _bare(word: str) -> str:
    return word.strip(".,?!;:\"'()").lower()


def _value(word: str) -> str | None:
    """The digits one number word stands for on its own (None: not a number word)."""
    w = _bare(word)
    if w in _UNITS:
        return str(_UNITS[w])
    if w in _TEENS:
        return str(_TEENS[w])
    if w in _TENS:
        return f"{_TENS[w]}0"
    if w in _ORDINALS:
        return str(_ORDINALS[w])
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and (b in _UNITS or b in _ORDINALS):
            return f"{_TENS[a]}{_UNITS.get(b, _ORDINALS.get(b))}"
    return None


def spoken_digits(words: Sequence[str]) -> list[str]:
    """Each word with spoken numbers written as digits: ``four one one one`` -> ``4 1 1 1``,
    ``double five`` -> ``5 5``, ``forty two`` -> ``4 2``, ``nineteen eighty five`` -> ``19 8 5``,
    ``oh`` between number words -> ``0``. One output per input word, so offsets map back."""
    bare = [_bare(w) for w in words]
    vals = [_value(w) for w in words]
    out = list(words)
    for i, w in enumerate(bare):
        nxt = bare[i + 1] if i + 1 < len(bare) else ""
        prv_num = i > 0 and (vals[i - 1] is not None or bare[i - 1] in _ZERO_WORDS or bare[i - 1].isdigit())
        nxt_num = nxt in _UNITS or nxt in _TEENS or nxt in _TENS or nxt in _ZERO_WORDS or nxt.isdigit() or (
            i + 1 < len(vals) and vals[i + 1] is not None)
        digits: str | None = None
        if w in _TENS and (nxt in _UNITS and nxt != "zero" or nxt in _ORDINALS and _ORDINALS[nxt] < 10):
            digits = str(_TENS[w])  # "forty two", "thirty first": the next word supplies the second digit
        elif w in _ZERO_WORDS:
            digits = "0" if (prv_num or nxt_num) else None
        elif w in _REPEAT and i + 1 < len(vals) and vals[i + 1] is not None and len(vals[i + 1] or "") == 1:
            digits = (vals[i + 1] or "") * (_REPEAT[w] - 1)
        elif w == "hundred" and prv_num:
            digits = "" if (nxt in _TENS or nxt in _TEENS) else ("0" if nxt in _UNITS else "00")
        elif w == "thousand" and prv_num:
            digits = "000" if not nxt_num else ""
        elif w in _ORDINALS or ("-" in w and _value(w) and w.split("-")[1] in _ORDINALS):
            v = vals[i]
            last = (v or "")[-1:]
            suffix = "th" if (v or "").endswith(("11", "12", "13")) else {"1": "st", "2": "nd", "3": "rd"}.get(last, "th")
            digits = f"{v}{suffix}" if v else None
        else:
            digits = vals[i]
        if digits is not None:
            lead, _, trail = _EDGE.match(words[i]).groups()  # type: ignore[union-attr]
            out[i] = f"{lead}{digits}{trail}" if digits else lead + trail or "-"
    return out


# Words after a number that make it an amount or a duration, not an identifier ("12000 minutes",
# "250 dollars"); also what the dialogue context never takes as the number asked for (audit.redact).
QUANTITY_UNITS = frozenset(
    "percent dollars dollar bucks pounds euros cents gb mb seconds minutes hours days day weeks week months month "
    "years year".split())
_NOT_AN_AMOUNT = rf"(?![\d%])(?!\s*(?:%|(?:{'|'.join(sorted(QUANTITY_UNITS))})\b))"


def _digits(n_min: int, n_max: int) -> str:
    """A run of ``n_min``..``n_max`` digits with ASR separators between them."""
    return rf"(?<![\w$£€])\d(?:{_SEP}\d){{{n_min - 1},{n_max - 1}}}{_NOT_AN_AMOUNT}"


_DIGIT_RUN = re.compile(_digits(6, 24), re.I)
# Letters glued to three or more digits ("S1234", "AB123456", "Macon077": recognition glued a
# misheard word or a spelled letter to a number) are an identifier's, not an ordinal's or a unit's.
_GLUED = re.compile(r"(?<![\w$£€])[A-Za-z]{1,12}\d{3,}(?![\w%])")
# A letters-and-digits token right next to a run or a glued identifier ("DB82" before "S1234 5 ,698")
# is part of it; after it, only one that starts with digits and is no amount ("... 42 dollars" stays).
_NEIGHBOUR_BEFORE = re.compile(rf"(?<![\w$£€])[A-Za-z]{{0,4}}\d+[A-Za-z]{{0,4}}{_SEP}$")
_NEIGHBOUR_AFTER = re.compile(rf"{_SEP}\d+{_NOT_AN_AMOUNT}[A-Za-z]{{0,4}}(?![\w%])")
# A letter ASR writes for a digit ("nine" -> "551i", "oh" -> "o"), glued to at least two digits:
# counted as a digit in runs.
_CONFUSABLE = re.compile(r"(?<=\d\d)[iIlLoO](?![\w])|(?<![\w])[iIlLoO](?=\d\d)")


class DigitRunRecognizer(EntityRecognizer):
    """A long run of digits, typed by its length and the words before it.

    13-19 digits: a card number even when ASR broke the Luhn check; 9 digits after
    "social"/"SSN": an SSN; after "routing"/"bank"/"checking"/"savings": a bank number;
    7-12 digits after "phone"/"call"/"reach", or 10-11 digits: a phone number; other runs of
    6+ digits: an account-like number (order id, member number). Amounts ("$1,250",
    "1,250 dollars") and percentages are not runs.
    """

    ENTITIES = ("CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "PHONE_NUMBER", "ACCOUNT_NUMBER")

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name="DigitRunRecognizer", supported_language="en")

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for start, end in _runs(_CONFUSABLE.sub("0", text)):
            digits = re.sub(r"\D", "", text[start:end])
            before = text[max(0, start - 48) : start].lower()
            entity = digit_entity(digits, before)
            if entity not in entities:
                entity = "ACCOUNT_NUMBER" if "ACCOUNT_NUMBER" in entities else ""
            if not entity:
                continue
            score = 0.85 if entity != "ACCOUNT_NUMBER" else 0.7
            results.append(RecognizerResult(
                entity, start, end, score,
                analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score,
                                                         pattern_name="digit run",
                                                         textual_explanation=f"{len(digits)} digits"),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        return results


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of digit runs and glued identifiers, each grown over the letters-and-digits tokens
    right next to it and merged with its neighbours."""
    spans = sorted([m.span() for m in _DIGIT_RUN.finditer(text)] + [m.span() for m in _GLUED.finditer(text)])
    grown: list[tuple[int, int]] = []
    for start, end in spans:
        while m := _NEIGHBOUR_BEFORE.search(text, 0, start):
            start = m.start()
        while m := _NEIGHBOUR_AFTER.match(text, end):
            end = m.end()
        if grown and start <= grown[-1][1]:
            grown[-1] = (grown[-1][0], max(end, grown[-1][1]))
        else:
            grown.append((start, end))
    return grown


def digit_entity(digits: str, before: str) -> str:
    """The entity a run of ``digits`` is, given the (lower-case) text just before it."""
    n = len(digits)
    near = re.split(r"[.!?\n]\s|\d", before)[-1][-30:]  # this sentence, since the last number
    if re.search(r"\b(social|ssn)\b", near) and 7 <= n <= 10 or (n == 9 and "security number" in near):
        return "US_SSN"
    if re.search(r"\b(routing|bank|checking|savings|sort code)\b", near):
        return "US_BANK_NUMBER"
    if re.search(r"\bcard\b", near) or 13 <= n <= 19:
        return "CREDIT_CARD"
    if re.search(r"\b(account|order|member|id|policy|reference|tracking|confirmation|invoice)\b", near):
        return "ACCOUNT_NUMBER"
    if re.search(r"\b(phone|call|reach|mobile|cell|text|fax|tel|number is)\b", near) and 7 <= n <= 12:
        return "PHONE_NUMBER"
    if n in (10, 11):
        return "PHONE_NUMBER"
    return "ACCOUNT_NUMBER"


_TLD = r"(?:com|net|org|edu|gov|io|us|info|biz|co\.uk|co|uk|ca|de|fr|ie|au)"
_MAIL_PROVIDER = r"(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|aol|protonmail|proton|comcast|verizon|msn)"

SPOKEN_EMAIL = PatternRecognizer(
    supported_entity="EMAIL_ADDRESS",
    name="SpokenEmailRecognizer",
    patterns=[
        Pattern("spoken email",
                r"(?i)\b[a-z0-9]+(?:\s+(?:dot|underscore|dash|hyphen|\.|_|-)\s+[a-z0-9]+)*\s+(?:at|@)\s+[a-z0-9-]+(?:\s+(?:dot|\.)\s+[a-z]{2,6})+\b",
                0.8),
        Pattern("half-spoken email",
                r"(?i)\b[a-z0-9._-]+(?:\s+[a-z0-9._-]+)?\s+(?:at|@)\s+[a-z0-9-]+\.(?:com|net|org|edu|gov|co\.uk|io|us|info|biz)\b",
                0.7),
        # "maria at gmail .com": ASR put a space before the dot; sure enough to beat a name inside it
        Pattern("half-spoken email, spaced dot",
                rf"(?i)\b[a-z0-9._-]+(?:\s+[a-z0-9._-]+)?\s+(?:at|@)\s+[a-z0-9-]+\s+\.\s*{_TLD}\b", 0.9),
        # any top-level domain of up to 24 letters (".internal", ".example"), also one tldextract does not list
        Pattern("spaced email", r"(?i)\b[a-z0-9._-]+\s*@\s*[a-z0-9-]+(?:\s*\.\s*[a-z]{2,24})+\b", 0.7),
        # ASR wrote every "dot" as " ." and dropped the "at": "k .wu .outlook .com"
        Pattern("dotted email", r"(?i)\b[a-z0-9]+(?:\s+\.[a-z0-9]+){2,}\s+\.(?:com|net|org|edu|gov|io|us|info)\b", 0.6),
        # ... and the "at" swallowed into the provider's name: "k .woutlook .com" ("k dot w at outlook dot com")
        Pattern("dotted email, mail provider",
                rf"(?i)\b[a-z0-9]+\s+\.[a-z0-9]*{_MAIL_PROVIDER}\s*\.\s*{_TLD}\b", 0.7),
        # Whatever ASR made of it, the words right after "email (is)" up to a top-level domain:
        # "email Kevin .brocksadoutlook .com" ("kevin dot brooks at outlook dot com").
        Pattern("after the word email",
                rf"(?i)(?<=\be-?mail(?:\s+address)?(?:\s+is)?[,:]?\s+)(?!is\b)[a-z0-9][\w.\-@]*"
                rf"(?:\s+(?!and\b|or\b|but\b)[\w.\-@]+){{0,4}}?(?:\s*\.\s*|\s+dot\s+){_TLD}\b", 0.7),
    ],
    context=["email", "e-mail", "mail"],
    global_regex_flags=0,
)

_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|"
    r"Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Row|Crescent|Close|Grove|Gardens|Hill|Pass|Path|Pike|Alley|"
    r"Walk|Mews|Green|Park|Plaza|Point|Ridge|View|Run|Crossing|Heights|Turnpike|Str|Terrasse|Esplanade|Quay)"
)
# Street-name words of other languages: a compound ending ("Hammarvägen") or a leading word ("Via Roma").
_FOREIGN_STREET = (
    r"(?:\w+(?:stra(?:ss|ß)e|str\.|gasse|weg|allee|platz|ring|damm|gatan|gata|vägen|väg|vej|gade|veien|vegen|gata|"
    r"katu|tie|kuja|polku|laan|straat|plein|gracht|kade|singel|utca|út|ulica|aleja|gränd|stigen|vegur|braut|stræti|"
    r"sokak|sokağı|caddesi|terrasse|torget|bakken))"
)
_LEADING_STREET = (r"(?:(?i:Via|Viale|Vicolo|Corso|Rue|Avenue|Av\.|Avda\.|Avenida|Calle|Carrer|Camino|Carrera|Paseo|Passeig|"
                   r"Rambla|Ronda|Travessa|Travesía|Largo|Rua|Piazza|Plaza|Plaça|Praça|Ul\.|Ulica|Strada|Boulevard|Chemin|"
                   r"Allée|Impasse|Quai|Place|Trg|Jalan|Jl\.|Odos|Rehov|Carretera|Ulitsa|Prospekt)|C/)")
_UNIT = r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Building|Bldg|Postbox|P\.?\s?O\.?\s?Box|Box)\.?\s*#?\s*|#\s*)\d[\w\-]{0,5}"
_NUM = rf"\d{{1,6}}(?:{_SEP}\d){{0,4}}[A-Za-z]?"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\-]*\.?"
_NOT_A_STREET = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|And|Or|The|I|Is|To|At|On|In|Of)\b)")
_TITLE = rf"{_NOT_A_STREET}[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][\w'\-]*\.?"  # a title-case word, not a month or a small word
# a separate street word after the name ("Rákóczi út 13.", "Kálmán Imre u. 12.", "Luite tee 87")
_STREET_WORD_AFTER = r"(?:(?i:u\.|út|útja|utca|tee|tie|gata|vej|weg|ul\.|str\.|st\.)\s+)"
# USPS street suffixes beyond the common ones; title case only (lower case they are everyday words)
_MORE_SUFFIX = (
    r"(?-i:(?:Annex|Arcade|Bayou|Beach|Bend|Bluff|Bottom|Branch|Bridge|Brook|Burg|Bypass|Camp|Canyon|Cape|Causeway|"
    r"Center|Centre|Cliff|Club|Common|Corner|Course|Cove|Creek|Crest|Curve|Dale|Dam|Divide|Estate|Expressway|"
    r"Extension|Falls|Ferry|Field|Flat|Ford|Forest|Forge|Fork|Fort|Freeway|Garden|Gateway|Glen|Harbor|Harbour|Haven|"
    r"Hollow|Inlet|Island|Isle|Junction|Key|Knoll|Lake|Landing|Light|Lock|Lodge|Manor|Meadow|Mill|Mission|Motorway|"
    r"Mount|Mountain|Neck|Orchard|Oval|Overpass|Pine|Plain|Port|Prairie|Ramp|Ranch|Rapid|Rest|River|Route|Shoal|"
    r"Shore|Skyway|Spring|Spur|Station|Stravenue|Stream|Summit|Throughway|Trace|Track|Tunnel|Union|Valley|Viaduct|"
    r"Villa|Village|Ville|Vista|Well|Wharf)(?:s|es)?)"
)

# What introduces an address the speaker gives: "my (new) address is", "address:", "I live at",
# "moved to", "send it to".
_DECLARES_ADDRESS = (r"(?i:\b(?:(?:my|our|his|her|their|the)\s+(?:\w+\s+)?address(?:\s+is|'s|\s*:)|address\s*:|"
                     r"(?:i|we|he|she|they)\s+(?:now\s+)?(?:live|lives|lived|stay|stays)\s+at|(?:moved|moving)\s+to|"
                     r"(?:send|ship|mail|deliver)\s+(?:it|them|that|this|those|the\s+\w+)\s+to)\s+)")
_CLAUSE_BREAK = r"(?i:and|but|so|because|please|thanks|thank|if|when|then|since|which|where)\b"

STREET_ADDRESS = PatternRecognizer(
    supported_entity="STREET_ADDRESS",
    name="StreetAddressRecognizer",
    patterns=[
        # ASR may glue the number to the name: "eighty-eight Maple" -> "8Maple"
        Pattern("number and street",
                rf"(?i)\b{_NUM}(?:\s+|(?<=\d)(?=(?-i:[A-Z][a-z])))(?:[\w'\-]+\.?\s+){{0,3}}{_STREET_SUFFIX}\b\.?", 0.8),
        Pattern("number and street, more suffixes",
                rf"\b{_NUM}\s+(?:{_TITLE}\s+){{1,3}}{_MORE_SUFFIX}\b", 0.7),
        # a building or flat number, the street's name, its number: "20789 Allika 46", "376 Rákóczi út 13."
        Pattern("number, name, number", rf"\b\d{{2,6}}\s+(?:{_TITLE}\s+){{1,3}}{_STREET_WORD_AFTER}?\d{{1,5}}[A-Za-z]?\b\.?", 0.6),
        # a named street without a number ("on Berg Hills Street")
        Pattern("named street", r"\b(?:" + _TITLE + r"\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Lane)(?=[\s,.;:!?]|$)", 0.5),
        Pattern("corner of", rf"(?i:\bcorner\s+of)\s+(?:\S+\s+){{1,5}}?and\s+(?:{_TITLE}|\d\w*)(?:\s+(?:{_TITLE}|\d\w*)){{0,3}}", 0.7),
        Pattern("street and number", rf"(?i)\b{_FOREIGN_STREET}\s+{_NUM}\b\.?", 0.7),
        Pattern("leading street word", rf"\b{_LEADING_STREET}\s+(?:(?:{_CAP}|[a-zà-ÿ][\w'\-]*)\s+){{0,5}}?{_NUM}\b", 0.6),
        Pattern("number, leading street word", rf"(?i)\b{_NUM}\s+{_LEADING_STREET}\s+(?:[\w'\-]+\s+){{0,3}}?[\w'\-]+", 0.6),
        Pattern("unit", rf"(?i)\b{_UNIT}\b", 0.5),
        # Hungarian street words after the name, any case: "Petőfi Sándor utca 12", "hegyalja út 98."
        # (a title-case name of up to three words, or one word in any case)
        Pattern("hungarian street", r"(?:\b[A-ZÀ-ÖØ-Þ][\w'\-]*\s+(?:[^\W\d_][\w'\-]*\s+){0,2}|(?<![\w'\-])[^\W\d_][\w'\-]*\s+)"
                r"(?i:út|útja|utca|körút|tér)\s+\d{1,4}[a-z]?\b\.?", 0.7),
        # an address the speaker declares, a house number of two digits or more first, whatever the street words became
        # ("I moved to 6 ,821 first time a San Mateo and ...", "address: 106 rúa olmos 44, belfast")
        Pattern("declared address", rf"(?<={_DECLARES_ADDRESS})\d(?:[\s\-.,/]{{0,2}}\d)+[A-Za-z]?{_NOT_AN_AMOUNT}"
                rf"(?:,?\s+(?!{_CLAUSE_BREAK})[^\s.;!?]+){{1,6}}", 0.6),
        Pattern("military", r"\b(?:USNS|USNV|USS|USCGC|Unit|PSC|CMR)\s+[\w\-]+(?:\s+\w+)?,?\s*(?:FPO|APO|DPO)\s+A[AEP]\s+\d{5}\b", 0.8),
        Pattern("military box", r"(?i)\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}\b", 0.8),
        Pattern("military tail", r"(?i)\b(?:FPO|APO|DPO)\s+A[AEP]\s+\d{5}\b", 0.8),
    ],
    context=["address", "live", "living", "moved", "street", "ship", "shipping", "billing", "deliver", "mail"],
    global_regex_flags=0,  # case matters: patterns opt in with (?i)
)

# A street's name and number alone ("Pivovarská 276", but also "Galaxy 23") only counts right after
# "address" or "live(s)".
NAMED_STREET_NUMBER = PatternRecognizer(
    supported_entity="STREET_ADDRESS",
    name="StreetNameNumberRecognizer",
    patterns=[Pattern("name and number", rf"\b(?:{_TITLE}\s+){{1,2}}{_STREET_WORD_AFTER}?\d{{1,5}}[A-Za-z]?\b\.?", 0.15)],
    context=["address", "live", "lives", "living", "moved"],
    global_regex_flags=0,
)

_STATES = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West Virginia|Wisconsin|Wyoming)"
)
ZIP_CODE = PatternRecognizer(
    supported_entity="ZIP_CODE",
    name="ZipCodeRecognizer",
    patterns=[
        # a bare five-digit number in a call is a zip code or an identifier: redacted without context
        Pattern("zip", rf"(?<![\w$£€])\d{{5}}(?:-\d{{4}})?{_NOT_AN_AMOUNT}", 0.4),
        Pattern("short postcode", r"(?<![\w$£€])\d{4}(?![\d%])", 0.05),
        # ... and so is one read digit by digit ("7 -8 -7 -0 -1")
        Pattern("spoken zip", rf"(?<![\w$£€])(?<!\d[\s\-.,])(?<!\d[\s\-.,]{{2}})\d(?:[\s\-.,]{{1,2}}\d){{4}}"
                rf"(?![\s\-.,]{{1,2}}\d){_NOT_AN_AMOUNT}", 0.4),  # exactly five: not inside a longer run
        Pattern("state and zip", rf"(?i)\b(?:{_STATES}|(?-i:[A-Z]{{2}})),?\s+\d(?:[\s\-.,]{{0,2}}\d){{4}}\b", 0.6),
        Pattern("uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", 0.5),
        Pattern("canadian postcode", r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b", 0.5),
        Pattern("irish eircode", r"\b[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}\b", 0.4),
        # read out letter by letter: "S W 1 A, 2 A A"
        Pattern("spelled uk postcode",
                r"\b[A-Z](?:[\s,]{1,2}[A-Z])?[\s,]{1,2}\d(?:[\s,]{1,2}[A-Z\d])?[\s,]{1,3}\d[\s,]{1,2}[A-Z][\s,]{1,2}[A-Z]\b", 0.5),
        Pattern("polish or portuguese postcode", r"(?<![\w$£€\-])\d{2,4}-\d{3}(?![\w\-%])", 0.05),
        Pattern("dutch postcode", r"(?<![\w$£€])\d{4}\s?[A-Z]{2}\b", 0.2),
        Pattern("nordic postcode", r"(?<![\w$£€])\d{3}\s\d{2}(?![\d%])", 0.05),
    ],
    # ... and the word for it where customers write in other languages (PLZ, CEP, PSČ, kod pocztowy, postnr)
    context=["zip", "postal", "postcode", "post code", "zipcode", "address", "eircode", "plz", "cep", "psč", "psc",
             "pocztowy", "postnr", "postnummer", "postinumero", "cap", "código", "codigo", "kodikas"],
    global_regex_flags=0,  # case matters: patterns opt in with (?i)
)

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_DAY = r"\d\s?\d?(?:st|nd|rd|th)?"  # "31st", spoken "3 1st"
_YEAR19 = r"19\s?\d\s?\d"
_YEAR = r"(?:19|20)\s?\d\s?\d"
DATE_OF_BIRTH = PatternRecognizer(
    supported_entity="DATE_OF_BIRTH",
    name="DateOfBirthRecognizer",
    patterns=[
        # A full date with a 19xx year is nearly always a birth date in a service call; 20xx needs context.
        Pattern("month day 19xx", rf"(?i)\b{_MONTH}\s+(?:the\s+)?{_DAY},?\s+(?:of\s+)?{_YEAR19}\b", 0.6),
        Pattern("day month 19xx", rf"(?i)\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR19}\b", 0.6),
        Pattern("month day year", rf"(?i)\b{_MONTH}\s+(?:the\s+)?{_DAY},?\s+(?:of\s+)?{_YEAR}\b", 0.2),
        Pattern("day month year", rf"(?i)\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", 0.2),
        Pattern("numeric date", r"\b(?:0?[1-9]|1[0-2])[/\-.\s](?:0?[1-9]|[12]\d|3[01])[/\-.\s](?:19|20)?\d{2}\b", 0.3),
        Pattern("numeric date dmy", r"\b(?:0?[1-9]|[12]\d|3[01])[/\-.](?:0?[1-9]|1[0-2])[/\-.](?:19|20)\d{2}\b", 0.3),
    ],
    context=["born", "birth", "dob", "birthday", "birthdate"],
    global_regex_flags=0,  # case matters: patterns opt in with (?i)
)

SECURITY_CODE = PatternRecognizer(
    supported_entity="SECURITY_CODE",
    name="SecurityCodeRecognizer",
    patterns=[
        Pattern("short code", r"(?<![\w$£€])\d(?:[\s\-]?\d){2,5}(?![\d%])", 0.05),
        # the last digits of a card, also with a word recognition made of "double" between ("ending in level 472")
        Pattern("card ending in", r"(?i)(?<=\bending (?:in|with) (?:[^\W\d]+ )?)\d(?:[\s\-]?\d){2,3}(?![\d%])", 0.6),
    ],
    context=["cvv", "cvc", "security", "pin", "passcode", "verification", "back", "last", "digits", "code"],
    global_regex_flags=0,  # case matters: patterns opt in with (?i)
)

# "... name:" fields that hold no person's name ("Company name: ...")
_OTHER_NAME_FIELDS = r"company |business |product |user |file |street |brand |account "
# words that end a lower-case name ("my name is siobhan how can i help")
_NOT_A_NAME_WORD = (r"(?:and|i|im|i'm|calling|from|not|how|can|what|here|speaking|please|thanks|thank|so|but|the|a|is|"
                    r"was|yes|yeah|hi|hello|ringing|phoning|with|about|for|on|at)\b")

SPOKEN_NAME = PatternRecognizer(
    supported_entity="PERSON",
    name="IntroducedNameRecognizer",
    patterns=[
        Pattern("my name is", r"(?<=\b(?i:name is|name's|names is|call me|this is|speaking with|spell it|"
                rf"(?<!{_OTHER_NAME_FIELDS}|trading )name:) )[A-Z][\w'\-]+(?:\s+[A-Z]\.?(?!\w))?(?:\s+[A-Z][\w'\-]+){{0,2}}", 0.7),
        Pattern("lower-case my name is",
                rf"(?i)(?<=\b(?:my|his|her|their|your|maiden|first|last|middle|full) name is )"
                rf"(?!{_NOT_A_NAME_WORD})[a-z][a-z'\-]+(?:\s+(?!{_NOT_A_NAME_WORD})[a-z][a-z'\-]+)?", 0.6),
        # a form field that holds a person's name, any case, to the end of its line ("Card holder: NOAH J FITZGERALD")
        Pattern("name field",
                rf"(?<=\b(?i:(?<!{_OTHER_NAME_FIELDS})name|holder|cardholder|"
                r"recipient|addressee|attn|attention|c/o|guarantor|tenant|landlord|passenger|guest|driver|payee|"
                r"beneficiary|applicant|patient|signed|signature|emergency contact|next of kin)[ \t]*:[ \t]*)"
                r"[^\W\d_][\w'’\-]*\.?(?:[ \t]+[^\W\d_][\w'’\-]*\.?){0,3}(?=[ \t]*(?:[,;(\n]|$))", 0.6),
        Pattern("title and name", r"(?<=\b(?i:Mr|Ms|Mrs|Dr|Miss|Mister|Missus|Prof)\.?\s)[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?", 0.7),
        # as a transcript writes it ("thank you misses chowdhury"); not "miss" or "misses", which are verbs too
        Pattern("lower-case title and name", rf"(?<=\b(?:mr|mrs|ms|dr|mister|missus)\.?\s|\bthank you misses\s)"
                rf"(?!{_NOT_A_NAME_WORD})[a-z][\w'’\-]+", 0.6),
    ],
    global_regex_flags=0,
)


USERNAME = PatternRecognizer(
    supported_entity="USERNAME",
    name="UsernameRecognizer",
    patterns=[Pattern("after username", r"(?<=\b(?i:user ?name|user id|login|handle)(?:\s+is|:)?\s+)(?=[\w.\-]*\d)[\w.\-]{3,}", 0.7)],
    global_regex_flags=0,
)

ORG_WORDS = frozenset(
    "inc llc llp ltd plc gmbh pty corp co company bank group university college school hospital mobile services service "
    "international associates partners foundation institute agency department club church store shop "
    "airlines insurance health center centre solutions systems technologies labs media network".split()
)
# Interjections open a sentence like a name spoken to ("Ugh, I can't follow that."); never a name.
INTERJECTIONS = frozenset(
    "ugh uh um umm hmm hm huh oh ooh ah ahh aw aww wow whoa gosh geez jeez oops yikes argh meh phew "
    "shh eh er erm yeah yep yup nope okay ok alright hey".split()
)
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday god mister miss mrs mr ms dr".split()
) | INTERJECTIONS


# Opening and closing words of letters and chats, in English and the languages callers write in
_GREETINGS = frozenset(
    "dear dearest hi hello hey hiya greetings regards cheers thanks best love yours sincerely hola hallo bonjour salut "
    "oi ola olá ciao hej hei moi beste liebe lieber szanowny szanowna szanowni estimado estimada caro cara "
    "grüßen grüße groeten abraço abrazos besos merci danke gracias obrigado obrigada grazie tak".split())
# Roles and titles that open a name or stand where one could ("Support Agent", "Dear Customer", "Herr Schäfer")
_ROLE_WORDS = frozenset(
    "customer customers team support agent agents staff applicant applicants client clients member members user users "
    "manager supervisor director officer coordinator consultant representative rep advisor adviser assistant "
    "professor prof sir madam madame herr frau mme mlle monsieur señor señora senhor senhora signor signora "
    "pani pan auntie aunt uncle grandma grandpa grandmother grandfather granny nana mum mom dad mother father "
    "treasurer secretary chair president captain sergeant sgt".split())
# Never a name, though they open one or stand where one could: what redaction cuts from a name's start
NAME_OPENERS = _GREETINGS | _ROLE_WORDS

_NAME_LIKE_LABELS = frozenset({"ORG", "LOC", "WORK_OF_ART"})  # labels spaCy sm gives names by mistake


class ProperNameRecognizer(EntityRecognizer):
    """Two or three title-case proper nouns in a row that spaCy's small model left unlabelled or
    called an organisation without an organisation word ("Crystal Minh", "Alessandro Phoenix"):
    a person's name, at a modest score. Cities and countries spaCy recognised stay (GPE/LOC)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ProperNameRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None or "PERSON" not in entities:
            return []
        doc = nlp_artifacts.tokens
        blocked = set()
        for ent in doc.ents:
            words = {t.lower_ for t in ent}
            if ent.label_ not in _NAME_LIKE_LABELS or words & ORG_WORDS or len(ent) > 4:
                blocked.update(range(ent.start, ent.end))
        results, run = [], []
        for tok in list(doc) + [None]:
            if tok is not None and tok.is_space and run and "\n" not in tok.text:
                continue  # "Lara  Fiorentino"; a line break ends the name ("Island: Maui\nPhone: ...")
            initial = tok is not None and run and re.fullmatch(r"[A-Z]\.?", tok.text) is not None  # "Ryan P Costa"
            ok = tok is not None and tok.i not in blocked and (initial or (
                tok.pos_ == "PROPN" and tok.is_title and len(tok) > 1 and tok.lower_ not in _NOT_NAMES
                and tok.lower_ not in ORG_WORDS and tok.lower_ not in NAME_OPENERS
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":")))  # "Phone:", a form's label
            if ok:
                run.append(tok)
                continue
            while run and re.fullmatch(r"[A-Z]\.?", run[-1].text):
                run.pop()  # a trailing initial is not part of the name
            if 2 <= len([t for t in run if len(t) > 2]) and len(run) <= 4:
                start, end = run[0].idx, run[-1].idx + len(run[-1])
                results.append(RecognizerResult(
                    "PERSON", start, end, 0.5,
                    analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=0.5,
                                                             textual_explanation="title-case proper nouns"),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
            run = []
        return results


# Given names and surnames that are also everyday words or places: never a name from the list alone.
_WORD_NAMES = frozenset(
    "will may june april august mark bill pat sue art ray guy rose hope joy grace dawn faith don sky summer autumn "
    "winter christian chance page rich young long white black green brown gray grey king bell price hall ward cash "
    "money best love sterling major north south west east lane street park mobile golden gold silver fee bank card "
    "thank thanks sure great good fine okay hello hi yes no sir madam miss mister dear god lord jesus holiday "
    "christmas easter monday tuesday wednesday thursday friday saturday sunday january february march july september "
    "october november december english american french german spanish italian polish irish british "
    "account number phone plan service line data bill refund charge call customer agent manager supervisor "
    "city state county road avenue drive court place way point hill mill ford wood woods field fields "
    "new old little small large short early late person people case cook baker hunter fisher carter "
    "mason porter turner walker miller taylor smith sandy penny candy crystal amber ivy iris violet ruby pearl "
    "jasmine holly cliff dale glen rod wade drew carol misty sunny honey sugar precious august "
    # places first: a bare city, state or country is kept (the discrimination check needs them)
    "washington jackson houston dallas austin denver phoenix orlando cleveland madison lincoln charlotte florence "
    "sydney paris london berlin boston israel jordan india china chad kenya georgia virginia carolina dakota florida "
    "vienna savannah aurora columbia cuba york america princess royal cool carry dot".split()
)


@cache  # both name recognizers load it
def _census_names() -> tuple[frozenset[str], frozenset[str]]:
    """US Census 1990 given names (5,494) and surnames (88,799), from the ``names`` package's data files."""
    from importlib.resources import files

    def read(name: str) -> list[str]:
        return [line.split()[0].lower() for line in files("names").joinpath(name).read_text().splitlines() if line.strip()]

    given = frozenset(read("dist.male.first") + read("dist.female.first")) - _WORD_NAMES
    return given, frozenset(read("dist.all.last")) - _WORD_NAMES


@cache  # every Redactor's name recognizer loads it (0.3 s warm)
def _international_given_names() -> frozenset[str]:
    """About 61,000 given names from 50-odd countries (Jörg Michael's first-name dictionary, as the
    ``gender-guesser`` package ships and parses it): "Virpi", "Stanko", "Guðgeir". It also lists
    everyday words some country uses as a name ("Can", "Just"): callers remove English words."""
    from gender_guesser.detector import Detector

    return frozenset(n for n in Detector(case_sensitive=False).names if " " not in n and len(n) >= 3)


# spaCy labels that make a word not a person's name (a place, a nationality, a date, an amount ...)
NOT_PERSON_LABELS = frozenset({"NORP", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                                "ORDINAL", "CARDINAL", "EVENT", "LAW", "LANGUAGE", "PRODUCT"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})  # spaCy sm calls many given names a place: those still count


class GazetteerNameRecognizer(EntityRecognizer):
    """Given names (US Census, and other countries' from :func:`_international_given_names`) and US
    Census surnames: a title-case given name (not inside a nationality, date, amount or an
    organisation with an organisation word; tagged a proper noun unless it is no English word:
    spaCy sm calls "Megan" a noun and "Rebecca" a place), a title-case surname spaCy tagged a
    proper noun that does not start a sentence and is not in a place name, or a lower-case given
    name followed by a lower-case surname ("naomi ryan", "leidy t muris") or tagged a proper noun.
    Names that are also everyday words or well-known places are excluded."""

    def __init__(self, english_words: frozenset[str] = frozenset()) -> None:
        self.english_words = english_words  # a surname alone must not be one ("Wisdom", "Hunter")
        super().__init__(supported_entities=["PERSON"], name="GazetteerNameRecognizer", supported_language="en")

    def load(self) -> None:
        self.given, self.surnames = _census_names()
        # other countries' given names only where no English word or form of one ("Can", "Tell", "Ran")
        self.world = _international_given_names() - self.given - self.english_words - STOP_WORDS - _WORD_NAMES

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None or "PERSON" not in entities:
            return []
        doc = nlp_artifacts.tokens
        blocked, place = set(), set()
        for ent in doc.ents:
            if ent.label_ in NOT_PERSON_LABELS or ent.label_ == "ORG" and {t.lower_ for t in ent} & ORG_WORDS:
                blocked.update(range(ent.start, ent.end))
            elif ent.label_ in _PLACE_LABELS:
                place.update(range(ent.start, ent.end))
        results = []
        for tok in doc:
            if tok.i in blocked or len(tok) < 3:
                continue
            word = tok.lower_
            score = 0.0
            if tok.is_title:
                if word in self.given and (tok.pos_ == "PROPN" or word not in self.english_words) \
                        or word in self.world and not self._everyday(tok):  # not "See you", "Ran it"
                    score = 0.6
                elif word in self.surnames and tok.pos_ == "PROPN" and not tok.is_sent_start and tok.i not in place \
                        and word not in self.english_words and word.rstrip("s") not in self.english_words:
                    score = 0.5
            elif tok.is_lower and (word in self.given or word in self.world and not self._everyday(tok)):
                last = self._lower_surname(doc, tok, blocked)
                if last is not None:
                    results.append(self._result(tok.idx, last.idx + len(last), 0.5))
                    continue
                if tok.pos_ == "PROPN" and not self._everyday(tok):  # "selma is from ...": no word but a name
                    score = 0.5
            if score:
                results.append(self._result(tok.idx, tok.idx + len(tok), score))
        return results

    def _lower_surname(self, doc, tok, blocked: set[int]):  # noqa: ANN001, ANN202 (spaCy Doc and Token)
        """The lower-case surname after lower-case given name ``tok`` ("naomi ryan", "leidy t muris"):
        a census surname or a word that is no English word, after at most one initial; or None."""
        nxt = tok.i + 1
        if nxt + 1 < len(doc) and len(doc[nxt]) == 1 and doc[nxt].is_alpha and doc[nxt].is_lower:
            nxt += 1
        if nxt >= len(doc):
            return None
        last = doc[nxt]
        if not last.is_lower or not _NAME_WORD.fullmatch(last.text) or last.i in blocked or last.is_stop or len(last) < 3:
            return None
        return last if last.lower_ in self.surnames or not self._everyday(last) else None

    def _everyday(self, tok) -> bool:  # noqa: ANN001 (spaCy Token)
        """A stop word, an everyday English word or form of one, or a word spaCy lemmatises to one."""
        return tok.is_stop or tok.lower_ in self.english_words or tok.lemma_.lower() in self.english_words

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PERSON", start, end, score,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score,
                                                     textual_explanation="given-name and surname lists"),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")  # "o'rourke", "adebayo-clarke"
# Lower-case words that introduce a name in speech ("it's declan o'rourke", "speaking to dev"): strong
# cues take any word that is no everyday English word or is a given name; weak ones only listed given names.
_STRONG_INTRO = re.compile(r"(?i:\b(?:name is|name's|names is|called|named|speaking (?:to|with)|through to|"
                           r"transfer(?:ring)? you to|ask for|asked for|tell|colleague|"
                           r"my (?:son|daughter|husband|wife|mum|mom|dad|partner|brother|sister|friend|manager|boss))\s+)$")
_WEAK_INTRO = re.compile(r"(?i:\b(?:it's|it is|this is|i'm|i am|hi|hello|hey|thanks|thank you)\s+)$")

# Verbs that want a person as their subject ("Tomasz lives on ...", "Ilka said ...")
_ANIMATE_AFTER = frozenset(
    "lives lived works worked said says told tells asked asks wrote writes thinks thought wants wanted feels felt "
    "likes liked loves loved hates hated knows knew married replied answered smiled laughed cried agreed "
    "explained promised insisted".split())
# ... and words after which a title-case word is the person spoken to or about ("said Ilka", "Hi Ilka")
_ANIMATE_BEFORE = frozenset("said asked told thanked married dear hi hello hey thanks greetings".split())
# what may follow "Name," when it addresses someone ("Ilka, can you ...")
_AFTER_VOCATIVE = frozenset(
    "can could would will please do did have are is i we you what how why when where let thanks thank".split())


class NameCueRecognizer(EntityRecognizer):
    """A single title-case word that is no everyday English word (or is a census given name), made a
    name by its role in the sentence: addressed ("Ilka, can you ...", "... go home, Ilka!"), the
    subject of a verb that wants a person ("Ilka lives on ...", "Ilka is from ..."), after "said",
    "told", "Hi", "named (him)", or a speaker label ("Ilka: ...") in a text where other lines start
    with one too."""

    def __init__(self, english_words: frozenset[str] = frozenset()) -> None:
        self.english_words = english_words
        super().__init__(supported_entities=["PERSON"], name="NameCueRecognizer", supported_language="en")

    def load(self) -> None:
        self.given, self.surnames = _census_names()
        self.world = _international_given_names() - self.english_words - STOP_WORDS

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None or "PERSON" not in entities:
            return []
        doc = nlp_artifacts.tokens
        blocked = {i for ent in doc.ents if ent.label_ in NOT_PERSON_LABELS for i in range(ent.start, ent.end)}
        labels = [m.start() for m in re.finditer(r"(?m)^[^\S\n]*[A-ZÀ-ÖØ-Þ][\w'\-]*:", text)]
        results = [self._result(a, b) for a, b in self._introduced(text, doc, blocked)]
        signature = self._signature(text)
        for tok in doc:
            word = tok.lower_
            if not tok.is_title or len(tok) < 3 or tok.i in blocked or tok.is_stop or word in _NOT_NAMES \
                    or word in ORG_WORDS or (word in self.english_words and word not in self.given):
                continue
            prv = doc[tok.i - 1] if tok.i > 0 else None
            prv2 = doc[tok.i - 2] if tok.i > 1 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            nxt2 = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            line_start = prv is None or prv.is_space and "\n" in prv.text or text[:tok.idx].rstrip(" \t").endswith("\n")
            cue = (
                (prv is None or prv.is_sent_start is None and prv.text in ".!?" or line_start) and nxt is not None
                and nxt.text == "," and nxt2 is not None and nxt2.lower_ in _AFTER_VOCATIVE
            ) or (
                prv is not None and prv.text == "," and (nxt is None or nxt.text in ("!", "?")) and word not in self.english_words
            ) or (
                nxt is not None and (nxt.lower_ in _ANIMATE_AFTER or nxt.lower_ == "from" and word not in self.english_words
                                     or nxt.lower_ in ("is", "was") and nxt2 is not None and nxt2.lower_ == "from")
            ) or (
                prv is not None and (prv.lower_ in _ANIMATE_BEFORE
                                     or prv.lower_ in ("him", "her") and prv2 is not None and prv2.lower_ == "named"
                                     or prv.lower_ == "named")
            ) or (
                line_start and nxt is not None and nxt.text == ":" and word not in self.english_words
                and (len(labels) >= 2 or word not in NAME_OPENERS)
            ) or signature is not None and signature <= tok.idx
            if cue:
                results.append(self._result(tok.idx, tok.idx + len(tok)))
        return results

    def _signature(self, text: str) -> int | None:
        """Where the last line of a text of several lines starts, when it is one to three title-case
        words that are no everyday English words (a letter's or an email's signature); else None."""
        body = text.rstrip()
        start = body.rfind("\n") + 1
        if start == 0:
            return None
        words = body[start:].split()
        ok = 1 <= len(words) <= 3 and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and (
                w.lower() not in self.english_words or w.lower() in self.given)
            and w.lower() not in NAME_OPENERS for w in words)
        return start if ok else None

    def _introduced(self, text: str, doc, blocked: set[int]) -> list[tuple[int, int]]:  # noqa: ANN001 (spaCy Doc)
        """Lower-case names after words that introduce one ("it's declan o'rourke", "speaking to dev"),
        with the lower-case surname after them (a census surname or no everyday word)."""
        spans = []
        for tok in doc:
            word = tok.lower_
            if not tok.is_lower or tok.i in blocked or tok.is_stop or len(tok) < 2 or not _NAME_WORD.fullmatch(tok.text):
                continue
            before = text[max(0, tok.idx - 32) : tok.idx]
            listed = word in self.given or word in self.world
            if not (_STRONG_INTRO.search(before) and (listed or word not in self.english_words)
                    or _WEAK_INTRO.search(before) and listed):
                continue
            end = tok.idx + len(tok)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.is_lower and not nxt.is_stop and nxt.i not in blocked and len(nxt) > 2 \
                    and _NAME_WORD.fullmatch(nxt.text) and (nxt.lower_ in self.surnames or nxt.lower_ not in self.english_words):
                end = nxt.idx + len(nxt)
            spans.append((tok.idx, end))
        return spans

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            "PERSON", start, end, 0.6,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=0.6,
                                                     textual_explanation="name by its role in the sentence"),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )


# Everyday spoken forms a transcript writes that no dictionary lists ("I'm gonna check", "lemme see");
# some are also given names somewhere ("Gonna", "Arvo"), so without this they read as names.
SPOKEN_FORMS = frozenset(
    "gonna wanna gotta gimme lemme kinda sorta dunno outta lotta gotcha betcha ya yeh yah nah naw mhm mmhm "
    "ain't y'all yall innit cuz arvo lol omg btw tbh fyi asap".split())


def english_words(nlp: object) -> frozenset[str]:
    """The everyday English words of a spaCy pipeline's rule lemmatizer: its WordNet lemmas, their
    irregular forms ("ran") and the forms its suffix rules map back to a lemma ("ties", "aiming"),
    plus :data:`SPOKEN_FORMS`; only those without a rule lemmatizer."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index, rules, exceptions = (lookups.get_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc"))
    except (KeyError, AttributeError, ValueError):
        return SPOKEN_FORMS
    words: set[str] = set()
    for pos in index.keys():
        lemmas = [w for w in index[pos] if "_" not in w]
        words.update(lemmas)
        for form_end, lemma_end in rules.get(pos, []):
            words.update(w[: len(w) - len(lemma_end)] + form_end for w in lemmas if w.endswith(lemma_end))
        words.update(w for w in exceptions.get(pos, {}) if "_" not in w)
    return frozenset(words) | SPOKEN_FORMS


def call_centre_recognizers(words: frozenset[str] = frozenset()) -> list[EntityRecognizer]:
    """Every recognizer of this module, to add to a Presidio registry (``words``: :func:`english_words`
    of the spaCy pipeline Presidio uses, which keep everyday words from being taken for surnames)."""
    return [DigitRunRecognizer(), SPOKEN_EMAIL, STREET_ADDRESS, NAMED_STREET_NUMBER, ZIP_CODE, DATE_OF_BIRTH, SECURITY_CODE, SPOKEN_NAME,
            USERNAME, ProperNameRecognizer(), GazetteerNameRecognizer(words), NameCueRecognizer(words)]
