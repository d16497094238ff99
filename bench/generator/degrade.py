"""Degradations of a clean render: `clean`, `scan` (scanner-like) and `phone` (phone-photo-like)."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter

DEGRADATIONS = ("clean", "scan", "phone")


def degrade(img: Image.Image, kind: str, rng: random.Random) -> tuple[Image.Image, int]:
    """Return the degraded image and the EXIF orientation the file should carry (1 = none)."""
    if kind == "clean":
        return img, 1
    if kind == "scan":
        return scan(img, rng), 1
    if kind == "phone":
        return phone(img, rng)
    raise ValueError(f"unknown degradation {kind!r}; expected one of {DEGRADATIONS}")


def scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """Small rotation (±2°), paper tint, sensor noise, slight blur, JPEG at q60-75."""
    out = img.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    arr = np.asarray(out, dtype=np.float32)
    arr = arr * rng.uniform(0.94, 1.0) + rng.uniform(0, 8)
    arr += np.random.default_rng(rng.randint(0, 2**31)).standard_normal(
        arr.shape, dtype=np.float32
    ) * rng.uniform(4, 9)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return _jpeg(out, rng.randint(60, 75))


def phone(img: Image.Image, rng: random.Random) -> tuple[Image.Image, int]:
    """Perspective on a desk, uneven light and a shadow, blur, colour cast, noise; a quarter turned 90/180/270."""
    arr = _perspective(np.asarray(img.convert("RGB")), rng)
    arr = _lighting(arr, rng)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * np.array(
        [rng.uniform(0.9, 1.05), rng.uniform(0.92, 1.02), rng.uniform(0.8, 1.0)], dtype=np.float32
    )
    arr += nrng.standard_normal(arr.shape, dtype=np.float32) * rng.uniform(3, 7)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    orientation = 1
    turn = rng.random()
    if turn < 0.25:  # the photo itself is sideways/upside down, nothing tells the reader
        out = out.rotate(rng.choice([90, 180, 270]), expand=True)
    elif turn < 0.4:  # sensor kept landscape, the EXIF tag says how to turn it
        orientation = rng.choice([6, 8, 3])
        out = out.transpose({6: Image.ROTATE_90, 8: Image.ROTATE_270, 3: Image.ROTATE_180}[orientation])
    return _jpeg(out, rng.randint(80, 92)), orientation


def _perspective(arr: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = arr.shape[:2]
    pad = int(0.06 * max(h, w))
    W, H = w + 2 * pad, h + 2 * pad
    j = 0.045
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + rng.uniform(-j, j) * w, pad + rng.uniform(-j, j) * h] if k == 0 else
                      [pad + w + rng.uniform(-j, j) * w, pad + rng.uniform(-j, j) * h] if k == 1 else
                      [pad + w + rng.uniform(-j, j) * w, pad + h + rng.uniform(-j, j) * h] if k == 2 else
                      [pad + rng.uniform(-j, j) * w, pad + h + rng.uniform(-j, j) * h] for k in range(4)])  # fmt: skip
    m = cv2.getPerspectiveTransform(src, dst)
    desk = tuple(int(c) for c in (rng.randint(60, 140), rng.randint(50, 120), rng.randint(40, 100)))
    return cv2.warpPerspective(arr, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=desk)


def _lighting(arr: np.ndarray, rng: random.Random) -> np.ndarray:
    """A smooth brightness gradient plus a soft diagonal shadow band (computed small, then upscaled)."""
    h, w = arr.shape[:2]
    sh, sw = max(8, h // 8), max(8, w // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    yy, xx = yy / sh, xx / sw
    ang = rng.uniform(0, 2 * np.pi)
    grad = np.cos(ang) * xx + np.sin(ang) * yy
    light = 1.0 - rng.uniform(0.1, 0.3) * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    if rng.random() < 0.7:
        c = rng.uniform(0.2, 0.8)
        d = np.abs(xx * np.cos(ang + 1) + yy * np.sin(ang + 1) - c)
        light *= 1.0 - rng.uniform(0.15, 0.3) * np.clip(1 - d / rng.uniform(0.08, 0.2), 0, 1)
    light = cv2.resize(light.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    return arr.astype(np.float32) * light[..., None]


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def with_exif_orientation(orientation: int) -> bytes:
    """EXIF bytes carrying only an Orientation tag (0x0112)."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    return exif.tobytes()
