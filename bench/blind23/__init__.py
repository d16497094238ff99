"""Blind draw 23: synthetic proofs from a county human-resources desk in rural Shandong (Dezhou and Tai'an
counties), with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording (`bench/generator/values.py`,
`layouts_*.py`), the held-out corpus, `bench/blind/certs.py`, `bench/blind/papers.py` or any other draw
package, and never ran OCR, an extraction, `bench.eval` or the service on it. Its pools (names, workplaces,
issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were written afresh
from public conventions of real Chinese documents.

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the plan,
render and save machinery (`bench.blind.drawn`, `bench.generator.corpus`), the journal catalogue loader
(`bench.blind.common.journals`), the check digits, and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind23 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Self-check: `python -m bench.blind23.check` (every scored truth value and claimed person is printed).

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person
it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank
is stated (第N完成人); a book's editors are ranked by overall printed order across 主编/副主编/编委; a
translation ranks the original author first; award names exclude a leading year; for journal 目录/cover
documents title and people are not scored (the truth holds the claimed article's, which is printed there);
journal levels are catalogue levels, plus national/provincial only when a 主管 line is printed; month-only
dates are `YYYY-MM`; a book cover shows no ISBN or edition (null, unscored); `category_stated` is set only
when the proof states a single category. Each `claim` names a person printed on the document and the credit
year. Award levels follow the giver: a people's government gives its own level (a county-level city's gives
county), a government department gives `bureau`, a learned society or association gives null.
"""

from bench.blind23.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
