"""The packaged sentence encoder: shapes, unit length, meaning, cache, order independence."""

from __future__ import annotations

import numpy as np
import pytest

from audit.encoder import SentenceEncoder


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def test_rows_match_texts_and_are_unit_length(encoder: SentenceEncoder) -> None:
    texts = ["This call is recorded.", "The late fee is fifteen dollars.", "This call is recorded."]
    emb = encoder.encode(texts)
    assert emb.shape == (3, 384) and emb.dtype == np.float32
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(emb[0], emb[2])
    assert encoder.encode([]).shape == (0, 384)


def test_similar_meanings_are_closer(encoder: SentenceEncoder) -> None:
    a, b, c = encoder.encode(["This conversation may be monitored or recorded.",
                              "Calls are recorded for quality and training purposes.",
                              "Your new phone ships tomorrow."])
    assert a @ b > a @ c + 0.2


def test_batching_and_cache_do_not_change_results(encoder: SentenceEncoder) -> None:
    texts = [f"Sentence number {i} " + "word " * (i % 7) for i in range(70)]
    encoder.clear_cache()
    together = encoder.encode(texts)
    encoder.clear_cache()
    one = np.stack([encoder.encode([t])[0] for t in texts[:5]])
    assert np.allclose(together[:5], one, atol=1e-5)
    assert len(encoder._cache) == 5  # cached once per distinct text
    assert encoder.model_id.startswith("all-MiniLM-L6-v2") and len(encoder.sha256 or "") == 64


def test_missing_local_folder_is_named(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        SentenceEncoder(str(tmp_path / "nope"))
