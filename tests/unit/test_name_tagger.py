"""The learned name tagger's plumbing with a fake in place of the encoder head: which words it is asked
about, how its answers become PERSON results, the artefact's error, the config keys."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audit.config import options_from
from audit.name_tagger import Lexicon, NameTagger, is_candidate, shape_features
from audit.redact import RedactOptions, Redactor


class FakeTagger:
    """P(name) = 0.9 for the words in ``names`` (bare, lower case), 0.1 otherwise; records what it was asked."""

    def __init__(self, lexicon: Lexicon, names: set[str], threshold: float = 0.5) -> None:
        self.lexicon, self.names, self.threshold = lexicon, names, threshold
        self.asked: list[str] = []

    def probabilities(self, texts, words, seps, spans, wanted):  # noqa: ANN001, ANN201 - NameTagger's signature
        out = []
        for ws, ks in zip(words, wanted):
            self.asked += [ws[k] for k in ks]
            out.append(np.array([0.9 if ws[k].strip(".,?!").lower() in self.names else 0.1 for k in ks]))
        return out


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile",), name_tagger=False))


@pytest.fixture()
def fake(redactor: Redactor):  # noqa: ANN201
    tagger = FakeTagger(Lexicon(redactor._english), {"zorblat", "quixley", "mexican", "acme", "mobile", "everyone"})
    redactor._tagger = tagger
    yield tagger
    redactor._tagger = None


def test_candidates_are_words_with_letters_that_are_no_english_word() -> None:
    lexicon = Lexicon(frozenset({"station", "saw", "the"}))
    assert is_candidate("Chioma", lexicon) and is_candidate("o'dwyer,", lexicon) and is_candidate("(Ng)", lexicon)
    assert not any(is_candidate(w, lexicon) for w in ("station", "Saw", "4111", "S1234", "a", "--", "x", "To", "whereas"))


def test_shape_features_see_case_sentence_start_and_the_lists() -> None:
    lexicon = Lexicon(frozenset({"met"}), given=frozenset({"ana"}), surnames=frozenset({"silva"}))
    words, seps = ["Yesterday.", "Ana", "silva", "met"], [" ", " ", " ", ""]
    ana = dict(zip(("title", "upper", "lower", "sentence_start", "english", "given", "surname"), shape_features(words, seps, 1, lexicon)))
    assert ana == {"title": 1.0, "upper": 0.0, "lower": 0.0, "sentence_start": 1.0, "english": 0.0, "given": 1.0, "surname": 0.0}
    silva = shape_features(words, seps, 2, lexicon)
    assert silva[2] == 1.0 and silva[3] == 0.0 and silva[6] == 1.0 and silva[8] == 1.0  # lower, mid-sentence, surname, after a title


def test_tagged_words_on_one_line_are_one_person(redactor: Redactor, fake: FakeTagger) -> None:
    text = "the forms went to zorblat quixley on monday"
    found = redactor.find(text)
    assert [(e, text[a:b], r) for e, a, b, _, r in found] == [("PERSON", "zorblat quixley", "NameTagger")]
    assert redactor.redact_text(text) == "the forms went to <PERSON> on monday"
    assert "forms" not in fake.asked and "went" not in fake.asked  # English words are never asked about


def test_below_threshold_nationality_company_and_labelled_words_are_not_tagged(redactor: Redactor, fake: FakeTagger) -> None:
    fake.threshold = 0.95
    assert redactor.find("I spoke to Zorblat yesterday.") == []
    fake.threshold = 0.5
    assert redactor.redact_text("I spoke to Zorblat yesterday.") == "I spoke to <PERSON> yesterday."
    assert redactor.redact_text("Are you Mexican? Thanks for calling Acme Mobile.") == \
        "Are you Mexican? Thanks for calling Acme Mobile."  # spaCy's NORP and the allow list win
    fake.asked.clear()
    redactor.find("Please call 555 123 4567 today.")
    assert fake.asked == []  # nothing left to ask about: the tagger is not run


def test_the_tagger_runs_on_transcripts_too(redactor: Redactor, fake: FakeTagger) -> None:
    from tests.unit.test_redact import texts, transcript

    red = redactor.redact(transcript(("agent", "Who was it you spoke with?"), ("customer", "it was zorblat from billing")))
    assert texts(red)[1] == "it was <PERSON> from billing"
    assert red.spans[0].recognizer == "NameTagger"


def test_a_missing_artefact_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="name_tagger_missing.npz"):
        NameTagger(Lexicon(frozenset()), path=tmp_path / "name_tagger_missing.npz")


def test_config_keys() -> None:
    options = options_from(RedactOptions, {"name_tagger": False, "name_tagger_threshold": 0.9}, "pipeline.yaml: redact")
    assert options.name_tagger is False and options.name_tagger_threshold == 0.9
