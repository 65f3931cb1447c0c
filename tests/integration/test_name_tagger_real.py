"""The learned name tagger with its real artefact (models/name_tagger.npz) and the packaged encoder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.name_tagger import ARTEFACT
from audit.redact import RedactOptions, Redactor

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "pii" / "presidio_synth_dataset_v2.json"


@pytest.fixture(scope="module")
def redactors() -> tuple[Redactor, Redactor]:
    # 0.5 rather than the artefact's own 0.9 (the F2-best on the dev half, where the rules leave almost no
    # names to find): this asserts the real head and encoder tag a name in context, not the threshold
    return Redactor(RedactOptions(name_tagger=True, name_tagger_threshold=0.5)), Redactor(RedactOptions(name_tagger=False))


def test_a_name_in_no_list_is_redacted_in_context_and_a_plain_sentence_is_not(redactors: tuple[Redactor, Redactor]) -> None:
    on, off = redactors
    text = "just saw ngozika at the station"
    lexicon = on._tagger.lexicon
    assert not any("ngozika" in words for words in (lexicon.english, lexicon.given, lexicon.surnames, lexicon.world))
    assert off.redact_text(text) == text  # no rule finds it: no list has it and no role gives it away
    assert on.redact_text(text) == "just saw <PERSON> at the station"
    plain = ["The router keeps dropping the connection every evening, so I restarted it twice.",
             "My Netgear router keeps dropping.", "Are you Mexican? We can still help you."]
    assert on.redact_texts(plain) == plain
    assert "name tagger" in on.model_info.detail and "name tagger" not in off.model_info.detail


def test_the_artefact_records_training_on_the_dev_half_only() -> None:
    meta = json.loads(ARTEFACT.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["training_data"]["split"] == "dev half only (even template_id)"
    assert ARTEFACT.stat().st_size < 1_000_000
    if DATA.exists():
        from audit.models import file_sha256

        assert meta["training_data"]["sha256"] == file_sha256(DATA)
