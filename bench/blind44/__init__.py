"""Blind draw 44: proofs gathered for the continuing-education audit of Kaifeng (开封) and Yiyang (益阳).

Water-conservancy engineers, TCM doctors, radiologists, kindergarten and PE teachers, forestry technicians,
bamboo-processing engineers, archivists and statisticians; training by provincial societies, county people's
hospitals, a normal university's training centre, city bureaus, the county party school, an enterprise and
online platforms. Proofs arrive as framed certificates, letters, phone screenshots (apps, chats, web pages),
multi-page scans and photos of papers lying on a desk.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the models beyond `models/contract.py`, the tests other than
`tests/bench/test_blind_draws.py`, the main generator's wording and layouts (`bench/generator/values.py`,
`layouts_*.py`), `bench/heldout/`, `bench/blind/certs.py`, `bench/blind/papers.py`, any other draw package,
the eval and scoring code, or the repository's history. Every pool (names, places, organisers, topics, label
wording, date styles, layouts) is written afresh in `pools.py`, `certs.py` and `papers.py`; only the shared
rendering and plumbing (`bench/blind/page.py`, `doc.py`, `common.py`, `drawn.py`, `corpus.py`) is reused.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set when the document names exactly one person it is issued to (personal certificates and
  awards, a 结题证明 naming only its 主持人, an invitation to one person, a notice annotated by hand by the
  claimant; `other` papers naming one person), else null.
- People rank by printed order unless 第N完成人 / 排名第N is printed; book editors rank across 主编/副主编/编委;
  a translation ranks the original author first; sign-in sheets rank attendees by row; notices list the
  trainees they name.
- Award names drop the leading year; levels follow the giver (people's governments their own level, a
  district or county-level city's government `county`, 厅/局/委 `bureau`, societies and 社科联 null, then
  unscored).
- Journal rows come from the shared catalogue; national/provincial is added only where a 主管 line is printed;
  a 目录 or cover scores neither title nor people. Book covers leave ISBN and edition null and unscored;
  month-only dates are YYYY-MM. `category_stated` is set only when one category is printed.

Generate: `python -m bench.blind44 --seed S --out DIR [--per-type N]`.
Self-check: `python -m bench.blind44.check` (every scored value and the claimed person printed).
"""

from bench.blind44.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
