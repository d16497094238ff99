"""Red official seals (公章): a ring, a star and the organisation's name along the arc, with uneven ink."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.generator.fonts import pil_font

SEAL_RED = (205, 35, 40)


def seal_image(org: str, radius_px: int, seed: int) -> Image.Image:
    """An RGBA seal of `radius_px`; transparent outside the ink."""
    rng = random.Random(seed)
    size = radius_px * 2 + 4
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c, r = size / 2, radius_px
    ring = max(2, int(r * 0.07))
    draw.ellipse((c - r, c - r, c + r, c + r), outline=255, width=ring)
    _star(draw, c, c, r * 0.28)
    _arc_text(mask, org, c, r * 0.72, r * 0.26)
    ink = np.asarray(mask, dtype=np.float32) / 255.0
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, ink.shape).astype(np.float32)
    alpha = Image.fromarray((ink * noise * 255 * rng.uniform(0.75, 0.95)).astype(np.uint8))
    alpha = alpha.filter(ImageFilter.GaussianBlur(0.6))
    out = Image.new("RGBA", (size, size), SEAL_RED + (0,))
    out.putalpha(alpha)
    return out.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    draw.polygon(pts, fill=255)


def _arc_text(mask: Image.Image, text: str, c: float, radius: float, char_px: float) -> None:
    """Write `text` clockwise along the upper arc, each character upright towards the centre."""
    span = min(290.0, 24.0 * len(text))
    char_px = min(char_px, radius * math.radians(span) / len(text) * 1.05)
    font = pil_font("noto_sans_bold", int(char_px))
    start = -90 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / len(text)
        glyph = Image.new("L", (int(char_px * 1.4),) * 2, 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + radius * math.cos(math.radians(ang)) - glyph.width / 2
        y = c + radius * math.sin(math.radians(ang)) - glyph.height / 2
        mask.paste(255, (int(x), int(y)), glyph)


def stamp(img: Image.Image, seal: Image.Image, cx: float, cy: float) -> None:
    """Multiply red ink into the page, as a real stamp does: black text under it stays dark."""
    x0, y0 = round(cx - seal.width / 2), round(cy - seal.height / 2)
    box = (max(0, x0), max(0, y0), min(img.width, x0 + seal.width), min(img.height, y0 + seal.height))
    if box[0] >= box[2] or box[1] >= box[3]:
        return
    s = np.asarray(seal.crop((box[0] - x0, box[1] - y0, box[2] - x0, box[3] - y0)), dtype=np.float32) / 255.0
    region = np.asarray(img.crop(box), dtype=np.float32)
    alpha = s[..., 3:4]
    out = region * (1.0 - alpha * (1.0 - s[..., :3]))
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), box[:2])
