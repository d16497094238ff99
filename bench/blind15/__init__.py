"""Blind evaluation corpus, draw 15: synthetic continuing-education proofs with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first draws' builders
(`bench/blind/certs.py`, `papers.py`), any other later draw, the repository README or any evaluation
output, and never ran OCR, an extraction, `bench.eval` or the service on this draw. Its pools (people,
places, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts
were written afresh from public conventions of real documents from Shandong, Henan and Hunan (the policy
cities Dezhou, Yantai, Tai'an, Kaifeng and Yiyang and their counties): red-headed notices, invitations,
handbook schedules and phone screenshots of notices, sign-in sheets (ruled grids, two-column books,
multi-day and multi-page rolls, ward study sheets), certificates in portrait, landscape and booklet form,
hand-filled forms, bilingual certificates, CNIPA certificates and gazette first pages, CIP and copyright
pages, journal covers, contents pages and first pages, and documents from 2016-2018 as well as recent ones.

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the plan,
render and save machinery (`bench.blind.drawn`, `bench.blind.corpus.write_doc`, `bench.generator.corpus`),
the journal catalogue loader and check digits (`bench.blind.common`) and the truth helper
(`bench.generator.truth`).

Generate: `python -m bench.blind15 --seed S --out DIR [--per-type N]`, or `corpus.generate(out, seed)`.
Record ids are `15-NNNN`, the manifest kind is `blind15`, layouts are `<family>15-<variant>`; each record
lists the layout variants and date styles it used (`templates`).

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set when the document names exactly one person it is issued to (a personal certificate or
  award, a 结题证明 or 结题证书 naming only its 主持人, an invitation addressed to one person, a schedule or
  receipt filled in with one trainee's name, a notice the claimant annotated by hand), else null.
- People are ranked by printed order unless a rank is stated (第N完成人, 排名第N, a sign-in sheet's serial
  number); a book's editors are ranked by overall printed order across 主编/副主编/编委 (first appearance); a
  translation ranks the original author first, then the translators.
- Award names exclude a leading year (2021年度). Levels: a prize given by a people's government has that
  government's level (省人民政府 provincial, 市人民政府 municipal, 县/县级市人民政府 county); a prize given by a
  government department (市教育局, 市卫生健康委员会, 省农业农村厅) is `bureau`, whatever the department's
  tier. Paper-selection prizes are kind `other`, teaching and skills contests `competition`.
- Journal covers and contents pages do not score title or people (the truth holds the claimed article's);
  journal names, ISSN and CN are real CSCD rows from /work/shared/data, levels are the catalogue levels, and
  national/provincial is added only when a 主管 line is printed.
- Month-only dates (a book's edition month, a course certificate's month, an award or 结题 certificate dated
  by month, an online study term, a 自学考试 certificate dated by month) are `YYYY-MM`, never an invented
  day. A book cover shows no ISBN or edition: those are null and unscored.
- `category_stated` is public/professional only when the proof states one category (its title, a 科目
  line or column, a 学时认定 sentence), else null.
- A project completion roll (a published list of finished projects) scores only issuer and date; its
  truth's people hold the claimed project's leader.
- Each record's `claim` is `{person, year}`: a professional printed on the document (at any rank) and
  the credit year.
"""

from bench.blind15.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
