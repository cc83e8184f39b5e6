"""The bundled model exported to ONNX once, on this machine, from its own weights (nothing downloaded).

The export runs PyTorch's exporter over the transformer (mean pooling and normalising are done after,
in NumPy); `int8` also quantises the exported weights with ONNX Runtime's dynamic quantiser. Files are
named by a digest of the model folder, written to a temporary name and renamed, so several workers
starting together never read half a file."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from pathlib import Path

log = logging.getLogger(__name__)
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_SAMPLE_BYTES = 1 << 20


def model_digest(model: Path) -> str:
    """A digest of the model folder's configuration and weights (their size and first and last megabyte)."""
    digest = hashlib.blake2b(digest_size=8)
    for name in ("config.json", "tokenizer.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        path = model / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"-")
    for weights in sorted(model.glob("*.safetensors")) + sorted(model.glob("*.bin")):
        size = weights.stat().st_size
        digest.update(f"{weights.name}:{size}".encode())
        with weights.open("rb") as handle:
            digest.update(handle.read(_SAMPLE_BYTES))
            handle.seek(max(0, size - _SAMPLE_BYTES))
            digest.update(handle.read(_SAMPLE_BYTES))
    return digest.hexdigest()


def onnx_model(model: Path, cache_dir: Path, quantized: bool = False) -> Path:
    """The ONNX file of `model` (quantised to int8 if asked) in cache_dir, exported on first use."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    base = cache_dir / f"{model.name}-{model_digest(model)}.onnx"
    if not base.is_file():
        log.info("exporting %s to ONNX (once): %s", model, base)
        _atomic(base, lambda target: _export(model, target))
    if not quantized:
        return base
    int8 = base.with_name(base.stem + "-int8.onnx")
    if not int8.is_file():
        log.info("quantising %s to int8 (once)", base)
        _atomic(int8, lambda target: _quantise(base, target))
    return int8


def _atomic(path: Path, write) -> None:  # noqa: ANN001 - a callable that writes the file it is given
    handle, temporary = tempfile.mkstemp(prefix=path.stem + ".", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _export(model: Path, target: Path) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from transformers import AutoModel

    class _Encoder(torch.nn.Module):
        """The transformer's last hidden states, with its inputs named as the tokenizer names them."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN202
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    encoder = _Encoder(AutoModel.from_pretrained(str(model))).eval()
    sample = torch.ones((2, 8), dtype=torch.int64)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shapes it fixed: the axes are dynamic
        torch.onnx.export(
            encoder,
            (sample, sample, torch.zeros_like(sample)),
            str(target),
            input_names=list(_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )


def _quantise(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)
