"""Small rendered inputs for intake and worker tests (a Chinese certificate as PNG, JPEG or PDF)."""

from __future__ import annotations

import io
import subprocess
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

CERT_LINES = [
    "结业证书",
    "学员王建国同志于2018年5月12日至14日",
    "参加专业技术人员继续教育培训",
    "培训内容：现代农业技术推广",
    "共计24学时，考核合格，特发此证。",
    "益阳市人力资源和社会保障局",
    "二〇一八年五月十五日",
]


@lru_cache
def cjk_font_path() -> str:
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=True).stdout
    paths = sorted(p.split(":")[0] for p in out.splitlines() if p.strip())
    preferred = [p for p in paths if "NotoSansCJK" in p or "wqy-zenhei" in p] or paths
    if not preferred:
        raise RuntimeError("no CJK font: make test installs fonts-noto-cjk")
    return preferred[0]


def certificate_image(lines: list[str] | None = None, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """An A4 page at 150 dpi with the lines centred, black on white."""
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    y = 220
    for i, text in enumerate(lines or CERT_LINES):
        font = ImageFont.truetype(cjk_font_path(), 72 if i == 0 else 40, index=0)
        width = draw.textlength(text, font=font)
        draw.text(((size[0] - width) / 2, y), text, fill="black", font=font)
        y += 140 if i == 0 else 90
    return img


def encode(img: Image.Image, fmt: str, **kw) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def scanned_pdf(pages: int = 1, lines: list[str] | None = None) -> bytes:
    imgs = [certificate_image(lines) for _ in range(pages)]
    return encode(imgs[0], "PDF", save_all=True, append_images=imgs[1:], resolution=150)
