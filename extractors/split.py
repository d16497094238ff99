"""Which pages of one file belong to which proof: a scanned folder becomes one group of pages per proof. Pure.

Each page is read on its own (its type from the cues, whether it opens with a title block, the certificate
number, journal and book identity). Walking the pages in order, a page stays with the proof before it when
it continues it (a journal's 目录 after its cover, a book's CIP page or 编委会 after its cover, a page with no
title block) and opens a new proof when it starts one (a new certificate number, another journal issue or
ISBN, a new title block, a different evidence type). Every decision is kept with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.certnumbers import certificate_number
from extractors.classify import classify
from extractors.context import ExtractContext
from extractors.pipeline import extract
from extractors.text import Row, document_rows
from models.contract import Evidence
from models.pages import PageText

_ISSN = re.compile(r"ISSN\s*[:：]?\s*(\d{4}\s*-\s*\d{3}[\dXx])")
_ISBN = re.compile(r"ISBN\s*[:：]?\s*([\d\-Xx ]{10,20})")
_TOC = re.compile(r"目\s*[录次]|CONTENTS", re.I)
_FIRST = re.compile(r"摘\s*要|关键词|Abstract|中图分类号|文献标识码")
_CIP = re.compile(r"在版编目|CIP|ISBN|书\s*号")
_BOARD = re.compile(r"编\s*委\s*会|编\s*委[:：]|编写人员")
JOURNAL_KINDS = ("cover", "toc", "first_page")
BOOK_KINDS = ("cover", "cip", "board")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}[〔\[（(【]\d{4}[〕\]）)】]\d{1,4}号")
TITLE_RATIO = 1.25  # a title block prints at least this much taller than the page's median line


@dataclass(frozen=True)
class PageCues:
    """What one page says about itself, read alone."""

    number: int
    evidence_type: str
    confidence: float
    title: str | None  # the text of the title block the page opens with, if any
    cue_title: str | None  # a title row naming a kind of proof (结业证书, 关于…的通知, 签到表), if any
    certificate: str | None
    issn: str | None
    isbn: str | None
    journal_kind: str | None  # cover | toc | first_page, for journal pages
    book_kind: str | None  # cover | cip | board, for book pages


@dataclass
class Proof:
    """One proof's pages (1-based, inclusive) and why they were grouped so."""

    first: int
    last: int
    evidence_type: str
    reasons: list[str] = field(default_factory=list)

    @property
    def pages(self) -> list[int]:
        return list(range(self.first, self.last + 1))

    def to_json(self) -> dict[str, object]:
        return {
            "pages": [self.first, self.last],
            "evidence_type": self.evidence_type,
            "reasons": self.reasons,
        }


def page_cues(page: PageText) -> PageCues:
    rows = document_rows([page])
    found = classify(rows)
    text = unicodedata.normalize("NFKC", page.text)
    etype = found.evidence_type
    issn = _ISSN.search(text)
    isbn = _ISBN.search(text)
    journal_kind = book_kind = None
    if etype == "journal_article" or (issn and (_TOC.search(text) or _FIRST.search(text))):
        journal_kind = "first_page" if _FIRST.search(text) else "toc" if _TOC.search(text) else "cover"
    if etype == "book" or _BOARD.search(text) or (isbn and _CIP.search(text)):
        book_kind = "board" if _BOARD.search(text) else "cip" if _CIP.search(text) else "cover"
    return PageCues(
        number=page.number, evidence_type=etype, confidence=found.confidence, title=_title_block(rows),
        cue_title=found.title_row.compact if found.title_row is not None else None,
        certificate=certificate_number([page]), issn=re.sub(r"\s", "", issn.group(1)).upper() if issn else None,
        isbn=re.sub(r"[^\dX]", "", isbn.group(1).upper()) if isbn else None,
        journal_kind=journal_kind, book_kind=book_kind,
    )  # fmt: skip


def _title_block(rows: Sequence[Row]) -> str | None:
    """The heading a page opens with: one of its first rows, short, printed clearly taller than the body."""
    if not rows:
        return None
    heights = sorted(r.bbox()[3] - r.bbox()[1] for r in rows)
    median = heights[len(heights) // 2]
    for row in rows[:4]:
        if _DOC_NUMBER.fullmatch(row.compact):
            return row.compact  # an official document's 文号 heads a new notice
        tall = row.bbox()[3] - row.bbox()[1] >= TITLE_RATIO * median
        if tall and len(row.compact) <= 60 and not re.search(r"[,，。;；]", row.text):
            return row.compact
    return None


def split_pages(pages: Sequence[PageText]) -> list[Proof]:
    """The proofs in a file, in page order; a one-proof file gives one group of all its pages."""
    proofs: list[Proof] = []
    group: list[PageCues] = []
    for cues in (page_cues(p) for p in pages):
        reason = _starts_new(group, cues) if group else "第一页"
        if reason is None:
            proofs[-1].last = cues.number
            proofs[-1].reasons.append(f"第{cues.number}页：{_continues(group, cues)}")
            group.append(cues)
            if proofs[-1].evidence_type == "other" and cues.evidence_type != "other":
                proofs[-1].evidence_type = cues.evidence_type
            continue
        proofs.append(Proof(cues.number, cues.number, cues.evidence_type, [f"第{cues.number}页起：{reason}"]))
        group = [cues]
    return proofs


def _starts_new(group: Sequence[PageCues], p: PageCues) -> str | None:
    """Why page `p` opens a new proof after `group`, or None when it continues it."""
    numbers = {c.certificate for c in group if c.certificate}
    if p.certificate and numbers and p.certificate not in numbers:
        return f"新的证书编号 {p.certificate}"
    head = group[0]
    if head.journal_kind and p.journal_kind:
        return _journal_break(group, p)
    if head.book_kind and p.book_kind:
        return _book_break(group, p)
    if p.certificate and p.certificate in numbers:
        return None
    if "cover" in (p.book_kind, p.journal_kind):
        return f"新的{'图书' if p.book_kind == 'cover' else '期刊'}封面"
    if p.title or p.cue_title:
        kind = "" if p.evidence_type == head.evidence_type else f"，证据类型不同（{p.evidence_type}）"
        return f"新的标题「{p.title or p.cue_title}」{kind}"
    if p.evidence_type not in (head.evidence_type, "other") and p.confidence >= 0.9:
        return f"证据类型不同（{p.evidence_type}）"
    return None


def _journal_break(group: Sequence[PageCues], p: PageCues) -> str | None:
    issns = {c.issn for c in group if c.issn}
    if p.issn and issns and p.issn not in issns:
        return f"另一种期刊（ISSN {p.issn}）"
    seen = max(JOURNAL_KINDS.index(c.journal_kind or "cover") for c in group)
    at = JOURNAL_KINDS.index(p.journal_kind or "cover")
    if at < seen or (
        at == seen and p.journal_kind != "toc"
    ):  # a toc may run over pages; a cover or paper not
        return f"新的期刊{'封面' if p.journal_kind == 'cover' else '文章'}"
    return None


def _book_break(group: Sequence[PageCues], p: PageCues) -> str | None:
    isbns = {c.isbn for c in group if c.isbn}
    if p.isbn and isbns and p.isbn not in isbns:
        return f"另一本书（ISBN {p.isbn}）"
    if p.book_kind == "cover":
        return "新的图书封面"
    return None


def _continues(group: Sequence[PageCues], p: PageCues) -> str:
    if p.certificate and p.certificate in {c.certificate for c in group}:
        return f"证书编号相同（{p.certificate}），同一证书的续页"
    if group[0].journal_kind and p.journal_kind:
        return {"toc": "同一期刊的目录", "first_page": "同一期刊的文章首页"}.get(p.journal_kind, "同一期刊")
    if group[0].book_kind and p.book_kind:
        return {"cip": "同一本书的版权页（CIP）", "board": "同一本书的编委会"}.get(p.book_kind, "同一本书")
    return "没有新的标题，接续上一页"


def regroup(pages: Sequence[PageText], ranges: Sequence[tuple[int, int]], why: str) -> list[Proof]:
    """Proofs from page ranges a reviewer chose (merging or splitting); the ranges must cover every page once."""
    numbers = [p.number for p in pages]
    covered = [n for first, last in ranges for n in range(first, last + 1)]
    if sorted(covered) != sorted(numbers) or len(covered) != len(set(covered)):
        raise ValueError(f"the page ranges {list(ranges)} do not cover pages {numbers} exactly once")
    by_number = {p.number: p for p in pages}
    out = []
    for first, last in sorted(ranges):
        etype = classify(document_rows([by_number[n] for n in range(first, last + 1)])).evidence_type
        out.append(Proof(first, last, etype, [f"第{first}–{last}页：{why}"]))
    return out


def extract_proofs(pages: Sequence[PageText], ctx: ExtractContext) -> list[tuple[Proof, Evidence]]:
    """Split the pages into proofs and extract each proof's evidence record from its own pages."""
    by_number = {p.number: p for p in pages}
    return [(proof, extract_proof([by_number[n] for n in proof.pages], ctx)) for proof in split_pages(pages)]


_MERGED = ("holder", "title", "issuer", "issued_on", "period", "hours_stated", "category_stated", "journal",
           "patent", "award", "book", "qualification")  # fmt: skip


def extract_proof(pages: Sequence[PageText], ctx: ExtractContext) -> Evidence:
    """One proof's record. A certificate's follow-on pages (an 附页 of courses) or a journal's cover and 目录
    would blur what its main page says, so the main page is read first (the paper's first page, else the
    page that opened the proof) and what it does not show is taken from all the pages together."""
    whole = extract(pages, ctx)
    if len(pages) == 1 or whole.evidence_type == "book":
        return whole
    cues = [page_cues(p) for p in pages]
    main = next((p for p, c in zip(pages, cues, strict=True) if c.journal_kind == "first_page"), pages[0])
    base = extract([main], ctx).to_json()
    full = whole.to_json()
    for key in _MERGED:
        if base.get(key) in (None, [], {}) and full.get(key) not in (None, [], {}):
            base[key] = full[key]
            _carry(base, full, key)
    if not base["people"] and full["people"]:
        base["people"] = full["people"]
        _carry(base, full, "people")
    base["evidence_type"], base["pages"] = whole.evidence_type, len(pages)
    base["confidence"]["evidence_type"] = whole.confidence.get("evidence_type", 0.0)
    return Evidence.model_validate(base)


def _carry(base: dict[str, object], full: dict[str, object], key: str) -> None:
    for part in ("confidence", "provenance"):
        src, dst = full[part], base[part]
        assert isinstance(src, dict) and isinstance(dst, dict)
        for k, v in src.items():
            if k == key or k.startswith(key + "."):
                dst[k] = v
