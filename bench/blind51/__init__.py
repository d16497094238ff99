"""Blind draw 51: proofs gathered for the audit of Dezhou (德人社字〔2017〕51号) and Yiyang (2018 notice).

Pharmacists, water-conservancy engineers, veterinarians, accountants, forestry technicians, radiologists,
kindergarten and vocational teachers, surveyors, power-grid engineers and museum conservators, trained by
municipal bureaus, associations, universities, the party school, hospitals, the grid company and online
platforms. Ten evidence types, six layout families each (`pools.FAMILIES`).

Truth conventions of this draw (beyond bench/generator/truth.py):
- holder: the person a certificate is made out to; for project completion proofs the 主持人/负责人; null for
  sign-in sheets, journal articles, books, patents and a published award list.
- ranks: printed order; an award certificate naming one person with 第N完成人/排名第N gives rank N; book
  people are ranked across 主编, 副主编, 编委 (a translation: original author first, then translators).
- award.level follows the giver: ××省人民政府/省厅 -> provincial, ××市人民政府 -> municipal, a municipal
  bureau (××市水利局…) -> bureau. award.name carries the level (××省科学技术进步奖, ××市…).
- journals are only real CSCD core rows; levels = cscd + pku_core/cssci by name in journals-cn.csv
  + sci/ssci by ISSN in journals-intl.csv (no 主管 line is printed, so no national/provincial).
- month-only dates (a book's 2021年9月第1版, a diploma's 2018年6月, a phone degree check) are YYYY-MM;
  a day is never invented. A book cover prints no edition: issued_on, isbn and edition are null there.
- category_stated only when the proof prints 公需科目/公需课 or 专业科目/专业课.
- a timetable-only notice (schedule) scores no issued_on.
"""

from __future__ import annotations

from .corpus import DRAWN, TYPES, VERSION

generate = DRAWN.generate

__all__ = ["DRAWN", "TYPES", "VERSION", "generate"]
