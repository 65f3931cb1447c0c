"""Where a sentence ends in recognised text: one rule for the redactor's reading of the agent's
requests, the checks' sentences and the heads' training text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

_T = TypeVar("_T")
_SENTENCE_END = re.compile(r"[.?!]$")
# A title or an initial ends no sentence: "Thank you, Mr. <PERSON>." is one sentence, not "Thank you, Mr."
_NOT_AN_END = re.compile(r"(?i:mr|mrs|ms|dr|prof)\.|[A-Z]\.")


def ends_sentence(word: str) -> bool:
    """Whether a sentence ends after ``word`` (it ends in ".", "?" or "!" and is no title or initial)."""
    return bool(_SENTENCE_END.search(word)) and not _NOT_AN_END.fullmatch(word)


def sentence_runs(words: Sequence[_T], text: Callable[[_T], str]) -> list[list[_T]]:
    """``words`` cut into sentences: after each word that :func:`ends_sentence`, and after the last."""
    runs: list[list[_T]] = []
    run: list[_T] = []
    for k, word in enumerate(words):
        run.append(word)
        if ends_sentence(text(word)) or k == len(words) - 1:
            runs.append(run)
            run = []
    return runs
