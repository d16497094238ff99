"""Blind evaluation corpus, draw 30: synthetic proofs of continuing education with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording (`bench/generator/values.py`,
`layouts_*.py`), the held-out corpus, `bench/blind/certs.py`, `bench/blind/papers.py` or any other blind draw, and
never ran OCR, an extraction, `bench.eval` or the service on it. Its pools (people, workplaces, issuers, publishers,
topics, titles), label wording, sentences, date styles and layouts were written afresh from public conventions of
real Chinese documents (certificates, sign-in sheets, notices with reply slips, app and portal screenshots, CIP
pages, patent gazettes, award and completion certificates) as met in a Tai'an or Yantai audit.

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the plan and
file writing (`bench.blind.drawn`, `bench.blind.corpus.write_doc`), the journal catalogue loader and check digits
(`bench.blind.common`), the truth helper (`bench.generator.truth`) and corpus save/load.

Generate: `python -m bench.blind30 --seed S --out DIR [--per-type N]`; `python -m bench.blind30.check` verifies that
every scored truth value and each claimed person is printed on the record's pages.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it is
issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one person, a
notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank is stated
(第N完成人, 排名第N); a book's editors are ranked by overall printed order across 主编/副主编/编委; a translation
ranks the original author first; award names exclude a leading year; for journal 目录/cover documents title and
people are not scored (the truth holds the claimed article's); journal levels are catalogue levels, plus
national/provincial only when a 主管 line is printed; month-only dates are `YYYY-MM`, never an invented day; a book
cover shows no ISBN or edition, so those are null and unscored; `category_stated` is public/professional only when
the proof states one category, else null; each record's claim is a professional printed on it and the credit year;
award levels follow the giver (a people's government its own level, a county-level city's government county, a
department or bureau `bureau`, a society, association or company null and unscored).
"""

from bench.blind30.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
