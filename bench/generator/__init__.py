"""Rendered Chinese proof documents with known truth, for `make eval` and `make bench` (deterministic per seed)."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.generator.doc import Doc
from bench.generator.layouts_certs import award_certificate, project_completion, training_certificate
from bench.generator.layouts_papers import book, journal_article, other, sign_in_sheet, training_notice
from bench.generator.layouts_quals import patent_certificate, qualification_certificate

Builder = Callable[[random.Random, str, str], Doc]

# One builder per evidence type; each picks one of several layouts from its rng.
LAYOUTS: dict[str, Builder] = {
    "training_certificate": training_certificate,
    "sign_in_sheet": sign_in_sheet,
    "training_notice": training_notice,
    "journal_article": journal_article,
    "book": book,
    "patent_certificate": patent_certificate,
    "award_certificate": award_certificate,
    "project_completion": project_completion,
    "qualification_certificate": qualification_certificate,
    "other": other,
}


def build(evidence_type: str, rng: random.Random) -> Doc:
    """A document spec of `evidence_type` in a font family drawn from `rng`."""
    from bench.generator.fonts import BODY_FAMILIES

    body = rng.choice(sorted(BODY_FAMILIES))
    return LAYOUTS[evidence_type](rng, body, BODY_FAMILIES[body])
