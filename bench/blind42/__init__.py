"""Blind draw 42: proofs gathered for the continuing-education audit of Tai'an and Yiyang.

The people are rail-transit engineers, obstetricians, ophthalmologists, music and art teachers, tea-processing
technicians, grain-storage engineers, tourism planners and legal-aid lawyers; their training is organised by
provincial health and education departments, vocational colleges, professional associations, research
academies, municipal bureaus and online platforms. Ten evidence types, six layout families each
(`<family>42-<variant>`, see `pools.FAMILIES`), with tables, seals, handwriting, landscape pages, phone and
browser screenshots, chats and multi-page documents.

Written apart from the extractors: its author never read extractors/, rules/, ingest/, review/, api/,
integration/, models/ beyond models/contract.py, the tests beyond tests/bench/test_blind_draws.py, the main
generator's wording and layouts, bench/heldout/, the other blind draws' builders, bench/out/, the eval and
scoring code, the repository history or the README's figures.

Truth conventions (beyond bench/generator/truth.py): `holder` only when the document names exactly one person
it is issued to (personal certificates and awards, a 结题证明 naming only its 主持人, an invitation, a notice
or schedule the claimant annotated by hand or a 回执 filled in by hand); people by printed order unless a rank
is stated (第N完成人); a sign-in sheet's people are its attendees by row (序号); book editors ranked across
主编/副主编/编委, a translation's original author first; award names drop a leading year, levels follow the
giver (people's government: its own level, a county-level city: county; 厅/局/委: bureau; society, union,
federation: null); journal levels from the catalogue plus national/provincial only where a 主管 line is
printed; a 目录 or cover scores neither title nor people; month-only dates are YYYY-MM; a book cover has no
ISBN, edition or date; `category_stated` only when one category is stated (an online record listing both
公需 and 专业 courses states none); `other` documents score nothing.

Generate: `python -m bench.blind42 --seed S --out DIR [--per-type N]`.
Self-check (truth only, no rendering): `python -m bench.blind42.check`.
"""

from bench.blind42.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
