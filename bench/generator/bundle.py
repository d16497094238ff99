"""Multi-proof files: several generated proofs bound into one PDF, with each proof's page range as truth.

Besides the one-page proofs of every type, a bundle holds proofs that span pages: a journal cover with its
目录 (and sometimes the paper's first page) of the same issue, a book's cover + CIP page (+ 编委会), and a
training certificate with an 附页 listing its courses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any

from bench.generator import build
from bench.generator.doc import A4, Doc, Page, Sheet, Text
from bench.generator.fonts import BODY_FAMILIES

SINGLE_TYPES = ("training_certificate", "sign_in_sheet", "training_notice", "patent_certificate",
                "award_certificate", "project_completion", "qualification_certificate")  # fmt: skip
SPANNING = ("journal_pair", "journal_triple", "book", "book_board", "certificate_two_page")


@dataclass(frozen=True)
class BundledProof:
    kind: str  # an evidence type, or one of SPANNING
    first: int  # 1-based page range in the bundle
    last: int
    doc: Doc  # the proof's own spec and truth


class _Forced(random.Random):
    """An rng that draws as usual but answers `forced` for the given choice lists (a layout, say)."""

    def __init__(self, seed: str, forced: dict[tuple[str, ...], str]) -> None:
        super().__init__(seed)
        self.forced = forced

    def choice(self, seq: Any) -> Any:
        drawn = super().choice(seq)
        key = tuple(seq) if isinstance(seq, list | tuple) and all(isinstance(x, str) for x in seq) else None
        return self.forced.get(key, drawn) if key else drawn


def _family(rng: random.Random) -> tuple[str, str]:
    body = rng.choice(sorted(BODY_FAMILIES))
    return body, BODY_FAMILIES[body]


def journal_issue(seed: str, layouts: tuple[str, ...]) -> Doc:
    """Pages of one journal issue (cover, 目录, first page of the paper) in the given layouts."""
    from bench.generator.layouts_papers import journal_article

    body, bold = _family(random.Random(seed))
    docs = [
        journal_article(_Forced(seed, {("cover", "toc", "first_page"): lay}), body, bold) for lay in layouts
    ]
    truth = next((d for d in docs if d.layout == "first_page"), docs[0])
    return replace(truth, layout="+".join(layouts), pages=[d.pages[0] for d in docs],
                   evidence={**truth.evidence, "pages": len(docs)})  # fmt: skip


def book(seed: str, board: bool) -> Doc:
    """A book's cover + CIP page, and with `board` its 编委会 page listing the same editors."""
    from bench.generator.layouts_papers import book as book_layout

    body, bold = _family(random.Random(seed))
    forced: dict[tuple[str, ...], str] = {
        ("cover+copyright", "copyright", "cover+copyright"): "cover+copyright"
    }
    doc = book_layout(_Forced(seed, forced), body, bold)
    if not board:
        return doc
    s = Sheet(A4, body, bold, random.Random(seed + ":board"))
    s.skip(80)
    s.title(f"《{doc.evidence['title']}》编委会", 20)
    s.skip(20)
    roles = {"editor_in_chief": "主  编", "deputy_editor": "副主编"}
    for role, label in roles.items():
        names = [p["name"] for p in doc.evidence["people"] if p["role"] == role]
        if names:
            s.line(f"{label}：{'  '.join(names)}", 14, x=s.margin + 40, gap=2.2)
    pages = [*doc.pages, s.page]
    return replace(doc, layout="cover+copyright+board", pages=pages, evidence={**doc.evidence, "pages": 3})


def certificate_two_page(seed: str) -> Doc:
    """A training certificate followed by its 附页: the courses and hours, under the same certificate number."""
    rng = random.Random(seed)
    for k in range(200):
        doc = build("training_certificate", random.Random(f"{seed}:{k}"))
        number = next(
            (t.text for t in doc.pages[0].items if isinstance(t, Text) and "证书编号" in t.text), None
        )
        if number:
            break
    body, bold = _family(rng)
    s = Sheet(A4, body, bold, rng)
    s.skip(40)
    s.line("附页：培训课程及学时明细", 14, x=s.margin)
    s.line(number, 12, x=s.margin)
    s.skip(10)
    s.line("序号    课程名称                              课时", 12, x=s.margin)
    for i in range(rng.randint(4, 7)):
        s.line(f"{i + 1}    {rng.choice(['政策解读', '技术规范', '案例分析', '实操训练', '前沿进展'])}专题（{i + 1}）"
               f"                    {rng.choice([2, 3, 4])}", 12, x=s.margin)  # fmt: skip
    s.line("（本页为证书附页，与证书同时使用有效）", 11, x=s.margin)
    return replace(doc, layout=doc.layout + "+annex", pages=[doc.pages[0], s.page],
                   evidence={**doc.evidence, "pages": 2})  # fmt: skip


def make_proof(kind: str, seed: str) -> Doc:
    if kind == "journal_pair":
        return journal_issue(seed, ("cover", "toc"))
    if kind == "journal_triple":
        return journal_issue(seed, ("cover", "toc", "first_page"))
    if kind in ("book", "book_board"):
        return book(seed, board=kind == "book_board")
    if kind == "certificate_two_page":
        return certificate_two_page(seed)
    return build(kind, random.Random(seed))


def bundle(kinds: list[str], seed: str) -> tuple[list[Page], list[BundledProof]]:
    """The pages of one file holding these proofs in order, and where each proof lies in it."""
    pages: list[Page] = []
    proofs = []
    for i, kind in enumerate(kinds):
        doc = make_proof(kind, f"{seed}:{i}")
        proofs.append(BundledProof(kind, len(pages) + 1, len(pages) + len(doc.pages), doc))
        pages += doc.pages
    return pages, proofs


# The 12-page file of 6 proofs the worker test splits: mixed types, a two-page certificate, a journal cover +
# 目录 pair, a book's cover + CIP page + 编委会, and a cover + 目录 + first page of another journal.
TWELVE_PAGES = ["certificate_two_page", "patent_certificate", "journal_pair", "award_certificate", "book_board",
                "journal_triple"]  # fmt: skip


def plan_kinds(rng: random.Random, n_proofs: int) -> list[str]:
    """A random mix of proofs, about a third of them spanning pages."""
    return [
        rng.choice(SPANNING) if rng.random() < 0.35 else rng.choice(SINGLE_TYPES) for _ in range(n_proofs)
    ]
