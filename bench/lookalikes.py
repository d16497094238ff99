"""Which rarer surnames the PP-OCR models read as another character: writes rules/lookalikes.yaml.

Run: `.venv/bin/python -m bench.lookalikes [--from 200] [--min-share 0.05]` (about 8 CPU minutes a model).

Each single surname in `extractors.people.SURNAMES` from position `--from` on (the list runs from the commonest;
the commonest are what the models read best) is rendered before two given names, in every font the corpora
use, at two sizes, sharp and blurred (64 line images), and each line is read by each PP-OCR model set on its
own (recognition only: the line is already cut out). Where a model read the surname as another CJK character,
the given name right, in at least `--min-share` of the renders, the pair is a lookalike. The rules accept a
claimant whose name differs from one read off the proof by such a pair only (rules.activities.place_of), at
a confidence that sends it to a reviewer. The table is data, written by this script, never edited by hand.
"""

from __future__ import annotations

import argparse
import multiprocessing
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from bench.generator.fonts import WANTED, pil_font

TABLE = Path(__file__).resolve().parents[1] / "rules" / "lookalikes.yaml"
MODELS = ("ppocr-v4", "ppocr-v6")
GIVEN = ("永宸", "晓东")  # one rare and one common given name: the surname is read in context
SIZES = (20, 30)  # character height in pixels: small print on a 200 dpi scan, and ordinary print


def line_image(text: str, font: str, px: int, blurred: bool) -> np.ndarray:
    face = pil_font(font, px)
    width = int(face.getlength(text)) + px
    image = Image.new("L", (width, int(px * 1.6)), 255)
    ImageDraw.Draw(image).text((px // 2, int(px * 0.25)), text, font=face, fill=0)
    if blurred:  # halved and doubled back: the softness of a phone photo or a copy of a copy
        half = image.resize((max(1, width // 2), max(1, image.height // 2)), Image.Resampling.BILINEAR)
        image = half.resize(image.size, Image.Resampling.BILINEAR)
    return cv2.cvtColor(np.array(image), cv2.COLOR_GRAY2BGR)


def readings(job: tuple[str, str]) -> dict[str, Counter[str]]:
    """Per surname, how often `model` read it as each other character (the given name read right)."""
    from ingest.ocr.rapid import load_rapidocr, recognize_crops

    model, surnames = job
    rapid = load_rapidocr(1, model)
    out: dict[str, Counter[str]] = {}
    for surname in surnames:
        renders = [
            (given, line_image(surname + given, font, px, blurred))
            for font in WANTED
            for px in SIZES
            for blurred in (False, True)
            for given in GIVEN
        ]
        read = recognize_crops(rapid, [image for _, image in renders])
        seen: Counter[str] = Counter()
        for (given, _), (text, _score) in zip(renders, read, strict=True):
            text = "".join(text.split())
            seen["renders"] += 1
            if len(text) == len(given) + 1 and text.endswith(given) and text[0] != surname:
                if "\u4e00" <= text[0] <= "\u9fff":
                    seen[text[0]] += 1
        out[surname] = seen
    return out


def main(argv: list[str] | None = None) -> None:
    from extractors.people import SURNAMES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="start", type=int, default=200)
    ap.add_argument("--min-share", type=float, default=0.05)
    args = ap.parse_args(argv)
    surnames = SURNAMES[args.start :]
    with multiprocessing.get_context("fork").Pool(len(MODELS)) as pool:
        per_model = dict(zip(MODELS, pool.map(readings, [(m, surnames) for m in MODELS]), strict=True))
    pairs: dict[str, dict[str, float]] = {}
    for model, seen in per_model.items():
        for surname, counts in seen.items():
            renders = counts.pop("renders")
            for char, n in counts.items():
                share = n / renders
                if share >= args.min_share:
                    pairs.setdefault(surname, {})[char] = max(share, pairs.get(surname, {}).get(char, 0.0))
                    print(f"{model}: {surname} read as {char} in {n} of {renders}")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Written by `python -m bench.lookalikes` (see its docstring); do not edit by hand.",
        f"# {stamp}: {len(surnames)} surnames from position {args.start} of extractors.people.SURNAMES,",
        f"# {len(WANTED) * len(SIZES) * 2 * len(GIVEN)} renders each, models {', '.join(MODELS)};"
        f" a pair is kept when either model read it in >= {args.min_share:.0%} of the renders.",
        "# surname: {read as: the larger of the two models' shares}",
        "lookalikes:",
    ]
    for surname in sorted(pairs, key=surnames.index):
        reads = ", ".join(
            f"{c}: {share:.2f}" for c, share in sorted(pairs[surname].items(), key=lambda kv: -kv[1])
        )
        lines.append(f"  {surname}: {{{reads}}}")
    TABLE.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{sum(map(len, pairs.values()))} lookalike pairs for {len(pairs)} surnames written to {TABLE}")


if __name__ == "__main__":
    main()
