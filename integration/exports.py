"""Exports of confirmed credits: the Yantai 附件2 registration form (XLSX and PDF) and a unit's CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import CredproofError, NotFound
from models.tables_review import SuggestionRecord, User

COUNTED = ("confirmed", "adjusted")
TITLE = "专业技术人员继续教育情况登记表"
# The form's sections, in its printed order: (key, category label, sub-label, column heads)
TRAINING_HEADS = (
    "序号",
    "培训项目名称",
    "主办单位",
    "培训时间",
    "培训地点",
    "登记人签字(印章)",
    "登记时间",
    "学时",
)
SECTIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("public", "公需科目", "", TRAINING_HEADS),
    ("training", "专业科目", "培训进修类(含网上学习)", TRAINING_HEADS),
    ("self_study", "专业科目", "自学类", ("序号", "自学内容", "自学种类", "完成时间", "考核方式", "登记人签字(印章)", "登记时间", "学时")),
    ("achievement", "折算类", "成果、论文著作类", ("序号", "成果/论文著作名称", "成果/论文著作种类", "获奖/发表时间", "获奖/发表等级", "登记人签字(印章)", "登记时间", "折算学时")),
    ("service", "折算类", "服务基层活动", ("序号", "活动内容", "主办单位", "活动时间", "活动地点", "登记人签字(印章)", "登记时间", "折算学时")),
    ("other", "其他类", "", ("序号", "培训内容", "主办单位", "培训时间", "培训地点", "登记人签字(印章)", "登记时间", "学时")),
)  # fmt: skip
SECTION_OF_ACTIVITY = {"training": "training", "qualification": "self_study", "paper": "achievement",
                       "patent": "achievement", "award": "achievement", "project": "achievement",
                       "book": "achievement", "competition": "other", "other": "other"}  # fmt: skip
KIND_LABEL = {"paper": "论文", "patent": "专利", "award": "获奖", "project": "科研项目", "book": "著作",
              "qualification": "学历/自学考试"}  # fmt: skip
LEVEL_LABEL = {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级", "bureau": "厅局级",
               "sci": "SCI", "ei": "EI", "ssci": "SSCI", "cssci": "CSSCI", "cscd": "CSCD", "pku_core": "北大核心",
               "foreign": "国外", "ahci": "A&HCI", "cpci": "CPCI"}  # fmt: skip


@dataclass(frozen=True)
class FormItem:
    """One line of the form: the columns between 序号 and 学时, already as text, then the hours."""

    cells: tuple[str, str, str, str]  # name, organiser-or-kind, time, place-or-level
    registered_on: str
    hours: float
    evidence: str


@dataclass(frozen=True)
class RegistrationForm:
    year: int
    name: str
    unit: str
    sections: dict[str, list[FormItem]] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)

    def section_hours(self, key: str) -> float:
        return round(sum(i.hours for i in self.sections.get(key, [])), 2)


def section_of(row: SuggestionRecord) -> str:
    return "public" if row.category == "public" else SECTION_OF_ACTIVITY.get(row.activity, "other")


def _when(ev: dict[str, Any]) -> str:
    period = ev.get("period") or {}
    start, end = period.get("start"), period.get("end")
    if start and end and start != end:
        return f"{start}至{end}"
    return start or end or ev.get("issued_on") or ""


def _level(ev: dict[str, Any]) -> str:
    award, journal = ev.get("award") or {}, ev.get("journal") or {}
    levels = [award.get("level")] if award.get("level") else list(journal.get("levels") or [])
    text = "、".join(LEVEL_LABEL.get(str(v), str(v)) for v in levels)
    return f"{text} {award.get('grade') or ''}".strip()


def form_item(row: SuggestionRecord) -> FormItem:
    ev, section = row.evidence or {}, section_of(row)
    title, issuer = ev.get("title") or row.evidence_type, ev.get("issuer") or ""
    if section == "achievement":
        cells = (title, KIND_LABEL.get(row.activity, row.activity), _when(ev), _level(ev))
    elif section == "self_study":
        cells = (
            title,
            KIND_LABEL.get(row.activity, row.activity),
            _when(ev),
            "考试" if row.activity == "qualification" else "",
        )
    else:
        cells = (title, issuer, _when(ev), "")
    registered = row.reviewed_at.date().isoformat() if row.reviewed_at else ""
    return FormItem(
        cells=cells, registered_on=registered, hours=round(row.hours or 0.0, 2), evidence=row.document_id
    )


def build_form(session: Session, user_id: str, year: int) -> RegistrationForm:
    """A professional's year from confirmed and adjusted credits, sorted into the form's sections."""
    user = session.get(User, user_id)
    if user is None or user.role != "professional":
        raise NotFound(f"no professional {user_id}")
    rows = session.scalars(select(SuggestionRecord).where(
        SuggestionRecord.owner_id == user_id, SuggestionRecord.year == year,
        SuggestionRecord.status.in_(COUNTED)).order_by(SuggestionRecord.created_at, SuggestionRecord.position))  # fmt: skip
    sections: dict[str, list[FormItem]] = {key: [] for key, *_ in SECTIONS}
    totals = {"public": 0.0, "professional": 0.0}
    for row in rows:
        sections[section_of(row)].append(form_item(row))
        totals[row.category] = totals.get(row.category, 0.0) + (row.hours or 0.0)
    totals = {k: round(v, 2) for k, v in totals.items()}
    totals["total"] = round(totals["public"] + totals["professional"], 2)
    return RegistrationForm(
        year=year, name=user.name, unit=user.employer or "", sections=sections, totals=totals
    )


def fmt_hours(hours: float) -> str:
    return f"{hours:g}"


# --- the table both renderings draw ----------------------------------------------------------------------


def form_table(form: RegistrationForm) -> tuple[list[list[str]], list[tuple[int, int, str]]]:
    """Rows of the form as text, and (first_row, last_row, label) spans of the category columns."""
    rows: list[list[str]] = []
    spans: list[tuple[int, int, str]] = []
    for key, category, sub, heads in SECTIONS:
        first = len(rows)
        rows.append([category, sub, *heads])
        items = form.sections.get(key, [])
        for n, item in enumerate(items, start=1):
            rows.append(["", "", str(n), *item.cells, "", item.registered_on, fmt_hours(item.hours)])
        if not items:
            rows.append(["", "", "", "（无）", "", "", "", "", "", ""])
        rows.append(["", "", "", "小计", "", "", "", "", "", fmt_hours(form.section_hours(key))])
        spans.append((first, len(rows) - 1, category + (f"\n{sub}" if sub else "")))
    rows.append(["年度总学时", "", "", fmt_hours(form.totals.get("total", 0.0)) + " 学时",
                 f"其中公需科目 {fmt_hours(form.totals.get('public', 0.0))} 学时，"
                 f"专业科目 {fmt_hours(form.totals.get('professional', 0.0))} 学时", "", "", "", "", ""])  # fmt: skip
    return rows, spans


def heading(form: RegistrationForm) -> tuple[str, str]:
    return (f"{TITLE}（{form.year}年度）",
            f"专业技术人员姓名：{form.name}    所在单位（盖章）：{form.unit}    主管部门（盖章）：")  # fmt: skip


# --- XLSX ------------------------------------------------------------------------------------------------


def registration_xlsx(form: RegistrationForm) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"{form.year}年度"
    title, who = heading(form)
    rows, spans = form_table(form)
    ws.append([title])
    ws.append([who])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=10)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=10)
    ws["A1"].font, ws["A1"].alignment = Font(size=14, bold=True), Alignment(horizontal="center")
    offset = ws.max_row + 1
    for row in rows:
        ws.append([_number_or_text(v, i) for i, v in enumerate(row)])
    for first, last, label in spans:
        ws.cell(row=offset + first, column=1, value=label.replace("\n", " "))
        ws.cell(row=offset + first, column=2, value=None if "\n" not in label else label.split("\n")[1])
        ws.merge_cells(start_row=offset + first, start_column=1, end_row=offset + last, end_column=1)
    _style(ws, offset, offset + len(rows) - 1)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _number_or_text(value: str, column: int) -> object:
    """The hours column holds numbers, so a spreadsheet can sum them."""
    if column == 9 and value:
        try:
            return float(value)
        except ValueError:
            return value
    return value or None


def _style(ws: Any, first: int, last: int) -> None:
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=first, max_row=last, max_col=10):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for letter, width in zip("ABCDEFGHIJ", (12, 16, 6, 30, 20, 16, 12, 14, 12, 9), strict=True):
        ws.column_dimensions[letter].width = width


# --- PDF -------------------------------------------------------------------------------------------------

FONT = "CredproofCJK"  # also the initial canvas font, else an unembedded Helvetica is listed
# TrueType CJK fonts the bootstrap installs, best first, as (file, font index inside a .ttc collection). A
# subset of the font is embedded, so the form renders the same in every viewer; reportlab's CID font
# STSong-Light is not embedded and draws no text where the viewer lacks it. (Noto CJK has CFF outlines,
# which reportlab cannot embed.)
CJK_FONTS = [
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),  # AR PL UMing CN: a Song/Ming face, as forms use
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
]


def _register_font() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for path, index in CJK_FONTS:
        if Path(path).is_file():
            pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=index))
            return
    raise CredproofError(
        "no CJK TrueType font for the PDF form: install fonts-arphic-uming or fonts-wqy-zenhei",
        fonts=CJK_FONTS,
    )


def registration_pdf(form: RegistrationForm) -> bytes:
    _register_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"{TITLE} {form.year}",
                            initialFontName=FONT)  # fmt: skip
    title, who = heading(form)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    rows, spans = form_table(form)
    data = [[Paragraph(v.replace("\n", "<br/>"), cell) if v else "" for v in row] for row in rows]
    for first, _last, label in spans:
        data[first][0] = Paragraph(label.replace("\n", "<br/>"), cell)
        data[first][1] = ""
    widths = [w * mm for w in (22, 14, 9, 62, 36, 30, 24, 24, 22, 16)]
    table = Table(data, colWidths=widths, repeatRows=0)
    table.setStyle(_pdf_style(rows, spans))
    who = who.replace("    ", "&nbsp;" * 6)  # a Paragraph collapses runs of spaces
    story = [Paragraph(title, ParagraphStyle("t", fontName=FONT, fontSize=15, alignment=1, leading=20)),
             Spacer(1, 3 * mm), Paragraph(who, ParagraphStyle("w", fontName=FONT, fontSize=10, leading=13)),
             Spacer(1, 3 * mm), table]  # fmt: skip
    doc.build(story)
    return buffer.getvalue()


def _pdf_style(rows: list[list[str]], spans: list[tuple[int, int, str]]) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (9, 0), (9, -1), "RIGHT"),
    ]  # fmt: skip
    for first, last, _label in spans:
        commands += [
            ("SPAN", (0, first), (1, last)),
            ("BACKGROUND", (2, first), (-1, first), colors.whitesmoke),
        ]
    commands.append(("SPAN", (4, len(rows) - 1), (-1, len(rows) - 1)))
    commands.append(("SPAN", (0, len(rows) - 1), (2, len(rows) - 1)))
    return TableStyle(commands)


# --- a unit's CSV ----------------------------------------------------------------------------------------

CSV_HEADS = ("person", "user_id", "unit", "year", "policy", "category", "activity", "title", "hours", "status",
             "evidence", "suggestion", "reviewed_at")  # fmt: skip


def _safe(value: object) -> object:
    """Defuse spreadsheet formulas in text cells (CSV injection): a leading = + - @ gets a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def unit_rows(session: Session, unit: str, year: int | None) -> list[tuple[User, SuggestionRecord]]:
    query = (select(User, SuggestionRecord).join(SuggestionRecord, SuggestionRecord.owner_id == User.id)
             .where(User.employer == unit, SuggestionRecord.status.in_(COUNTED))
             .order_by(User.name, SuggestionRecord.year, SuggestionRecord.created_at))  # fmt: skip
    if year is not None:
        query = query.where(SuggestionRecord.year == year)
    return [(u, r) for u, r in session.execute(query)]


def unit_csv(rows: list[tuple[User, SuggestionRecord]]) -> str:
    """UTF-8 with a BOM, so Excel on a Chinese Windows opens it with the right characters."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_HEADS)
    for user, row in rows:
        values = (user.name, user.id, user.employer or "", row.year, row.policy_id, row.category, row.activity,
                  (row.evidence or {}).get("title") or "", row.hours, row.status, row.document_id, row.id,
                  row.reviewed_at.isoformat() if row.reviewed_at else "")  # fmt: skip
        writer.writerow([_safe(v) for v in values])
    return out.getvalue()
