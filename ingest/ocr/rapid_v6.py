"""PP-OCRv6 small models from the rapidocr 3.x wheel, behind the calls rapidocr_onnxruntime's RapidOCR offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ingest.ocr.sessions import with_memory_arena

# The models ship inside the wheel; naming their files keeps rapidocr from looking for them on a model hub
V6_MODELS = {"Det": "PP-OCRv6_det_small.onnx", "Rec": "PP-OCRv6_rec_small.onnx",
             "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}  # fmt: skip


class PpOcrV6:
    """text_det / get_crop_img_list / text_rec / text_cls with the return shapes of rapidocr_onnxruntime 1.4,
    so detect_boxes, orientation and the engine use either model set unchanged."""

    def __init__(self, threads: int, det_max_side: int, rec_batch: int) -> None:
        import rapidocr
        from rapidocr import EngineType, LangDet, LangRec, ModelType, OCRVersion, RapidOCR
        from rapidocr.utils.process_img import get_rotate_crop_image

        models = Path(rapidocr.__file__).parent / "models"
        params: dict[str, Any] = {
            "Global.log_level": "warning",
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": threads,
            "Det.engine_type": EngineType.ONNXRUNTIME,
            "Det.lang_type": LangDet.CH,
            "Det.model_type": ModelType.SMALL,
            "Det.ocr_version": OCRVersion.PPOCRV6,
            "Det.limit_type": "max",  # detect at the size we hand over (see rapid.load_rapidocr)
            "Det.limit_side_len": det_max_side,
            "Rec.engine_type": EngineType.ONNXRUNTIME,
            "Rec.lang_type": LangRec.CH,
            "Rec.model_type": ModelType.SMALL,
            "Rec.ocr_version": OCRVersion.PPOCRV6,
            "Rec.rec_batch_num": rec_batch,
            "Cls.ocr_version": OCRVersion.PPOCRV4,
        }
        params.update({f"{part}.model_path": str(models / name) for part, name in V6_MODELS.items()})
        rapid = RapidOCR(params=params)
        # the three models load on first use inside RapidOCR; load them now, once per process
        self._det, self._rec, self._cls = (
            rapid._load_det_model(),
            rapid._load_rec_model(),
            rapid._load_cls_model(),
        )
        self._crop = get_rotate_crop_image
        self._det.session.session = with_memory_arena(self._det.session.session, models / V6_MODELS["Det"])

    def text_det(self, img: np.ndarray) -> tuple[np.ndarray | None, float]:
        out = self._det(img)
        return out.boxes, out.elapse or 0.0

    def get_crop_img_list(self, img: np.ndarray, boxes: list[np.ndarray]) -> list[np.ndarray]:
        return [self._crop(img, np.array(box, dtype=np.float32)) for box in boxes]

    def text_rec(
        self, crops: list[np.ndarray], return_word_box: bool = False
    ) -> tuple[list[tuple[Any, ...]], float]:
        """(text, score) per crop; with `return_word_box`, (text, score, info) where info[2] lists the decoder's
        columns of each word's characters, as rapidocr_onnxruntime 1.4 shapes it (spaces have none here)."""
        from rapidocr.ch_ppocr_rec import TextRecInput

        out = self._rec(TextRecInput(img=crops, return_word_box=return_word_box))
        lines = list(zip(out.txts or (), out.scores or (), strict=True))
        if not return_word_box:
            return lines, out.elapse or 0.0
        words = list(out.word_results or ())
        cols = [getattr(w, "word_cols", None) or [] for w in words] if len(words) == len(lines) else []
        if not cols:
            return lines, out.elapse or 0.0
        return [(t, sc, [None, None, c]) for (t, sc), c in zip(lines, cols, strict=True)], out.elapse or 0.0

    def text_cls(self, crops: list[np.ndarray]) -> tuple[list[np.ndarray], list[tuple[str, float]], float]:
        out = self._cls(crops)
        return out.img_list or [], list(out.cls_res or []), out.elapse or 0.0
