"""Optional OCR for scanned pages: ``pip install 'gongkai-audit[ocr]'`` (rapidocr-onnxruntime).

Why RapidOCR: its wheel ships the PP-OCR detection/recognition ONNX models (Chinese + English), so
nothing is downloaded at run time — the audit host may have no internet — and it runs on the CPU
through onnxruntime without PaddlePaddle or a GPU. Without it a PDF with no text layer is
``NoTextLayer`` (UNREADABLE, "submit a text PDF or install the OCR extra").
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

#: Render scale: 2 × 72 dpi = 144 dpi, enough for 三号/四号 仿宋 at a few hundred ms a page.
SCALE = 2.0


def ocr_available() -> bool:
    """True when the OCR extra is installed (checked without importing it)."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_page(pdf, pno: int) -> list[tuple[str, tuple[float, float, float, float], float]]:
    """[(text, bbox in points from the page top, score)] for one page, top to bottom."""
    import numpy as np

    page = pdf[pno]
    try:
        image = page.render(scale=SCALE).to_pil().convert("RGB")
    finally:
        page.close()
    result, _ = _engine()(np.asarray(image))
    out = []
    for box, text, score in result or ():
        xs = [p[0] / SCALE for p in box]
        ys = [p[1] / SCALE for p in box]
        if str(text).strip():
            out.append((str(text).strip(), (round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)), float(score)))
    out.sort(key=lambda t: (round(t[1][1] / 8), t[1][0]))
    return out
