"""onnxruntime session settings for the PP-OCR models, beyond what rapidocr lets us set."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def with_memory_arena(session: Any, model: Path) -> Any:
    """The same onnxruntime session rebuilt with its CPU memory arena on (rapidocr turns it off): the detector
    then reuses its large per-page buffers instead of allocating them on every run, ~15% less detection CPU
    for about 60 MB more resident memory. Recognition gained nothing from it, so it stays off there."""
    from onnxruntime import InferenceSession

    options = session.get_session_options()
    options.enable_cpu_mem_arena = True
    return InferenceSession(str(model), sess_options=options, providers=session.get_providers())
