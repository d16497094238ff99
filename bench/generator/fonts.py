"""Find the CJK fonts the renderer uses, by asking fontconfig (`fc-list`) at run time."""

from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass

from PIL import ImageFont


@dataclass(frozen=True)
class FontFace:
    """One face inside a font file (TTC files hold several faces; `index` picks one)."""

    key: str
    path: str
    index: int
    truetype: bool  # TrueType outlines: reportlab can embed it in a PDF (CFF/OTF it cannot)


# Families we render with, by key; the first match of each pattern list wins.
WANTED: dict[str, tuple[str, str]] = {
    "noto_sans": ("Noto Sans CJK SC", "Regular"),
    "noto_sans_bold": ("Noto Sans CJK SC", "Bold"),
    "noto_serif": ("Noto Serif CJK SC", "Regular"),
    "noto_serif_bold": ("Noto Serif CJK SC", "Bold"),
    "zenhei": ("WenQuanYi Zen Hei", ""),
    "microhei": ("WenQuanYi Micro Hei", ""),
    "uming": ("AR PL UMing CN", ""),
    "ukai": ("AR PL UKai CN", ""),
}
# Body families a document may be printed in, with the bold face used for its headings.
BODY_FAMILIES: dict[str, str] = {
    "noto_sans": "noto_sans_bold",
    "noto_serif": "noto_serif_bold",
    "zenhei": "zenhei",
    "uming": "noto_serif_bold",
}
HAND = "ukai"  # brush style, for handwritten names and signatures
PDF_FAMILIES = ("zenhei", "uming", "microhei")  # TrueType: embeddable by reportlab


def _fc_list() -> list[tuple[str, int, str, str]]:
    fmt = "%{file}|%{index}|%{family[0]}|%{style[0]}\n"
    out = subprocess.run(
        ["fc-list", "-f", fmt, ":lang=zh"], capture_output=True, text=True, check=True
    ).stdout
    rows = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 4:
            rows.append((parts[0], int(parts[1] or 0), parts[2], parts[3]))
    return sorted(rows)


@functools.cache
def faces() -> dict[str, FontFace]:
    """Every wanted face found on this machine; a missing family falls back to any CJK face."""
    rows = _fc_list()
    if not rows:
        raise RuntimeError("no CJK font found by `fc-list :lang=zh`; install fonts-noto-cjk")
    found: dict[str, FontFace] = {}
    for key, (family, style) in WANTED.items():
        for path, index, fam, sty in rows:
            if fam == family and (not style or sty == style):
                found[key] = FontFace(
                    key, path, index, path.endswith((".ttf", ".ttc")) and "opentype" not in path
                )
                break
    fallback = found.get("noto_sans") or FontFace("any", rows[0][0], rows[0][1], rows[0][0].endswith(".ttf"))
    for key in WANTED:
        found.setdefault(key, FontFace(key, fallback.path, fallback.index, fallback.truetype))
    return found


@functools.lru_cache(maxsize=256)
def pil_font(key: str, size_px: int) -> ImageFont.FreeTypeFont:
    face = faces()[key]
    return ImageFont.truetype(face.path, max(6, size_px), index=face.index)


def text_width_pt(text: str, key: str, size_pt: float) -> float:
    """Advance width of `text` in points (measured once at 100 px and scaled)."""
    return pil_font(key, 100).getlength(text) * size_pt / 100.0
