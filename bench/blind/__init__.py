"""Blind evaluation corpus: synthetic Chinese continuing-education proofs with contract truth records.

This package was written apart from the extractors: its author never read `extractors/`, the main
generator's wording (`bench/generator/values.py`, `layouts_*.py`), the held-out corpus or the extractor
tests. Wording and layouts follow public conventions of real documents (CNIPA patent certificates,
CIP pages, journal first pages with bylines, affiliations and footnotes, 签到表, 结题证书, ...). Only the
rendering utilities (fonts, degradations, seals), the truth helper and the corpus save/load are shared.

Draws. Every wording list and layout family is a `common.Words` list whose variant i belongs to draw
1 + i % 2, so draw 1 and draw 2 never share a title template, label wording, date style or layout
variant. Draw 1 is measured first; extractors fixed on what it showed are then measured on draw 2,
which is new wording and layout to them. Each record lists the variants it used (`templates`).

Generate: `python -m bench.blind --seed S --draw D --out DIR [--per-type N]`; see `corpus.generate`.
Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人), else null; a
book's editors are ranked by overall printed order; a translation ranks the original author first; award
names exclude a leading year; for journal 目录/cover-only documents title and people are not scored.
"""

from bench.blind.corpus import TYPES, generate

__all__ = ["TYPES", "generate"]
