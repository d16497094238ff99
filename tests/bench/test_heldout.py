"""The held-out corpus: deterministic, every type and degradation covered, truth valid and printed, check digits right."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from bench.generator.truth import SCORED, get_path
from bench.heldout import values as V
from bench.heldout.corpus import MULTI, VARIANTS, build, plan, truth_record
from bench.heldout.docs_pubs import LOCAL
from bench.heldout.sheet import render_pdf, render_png
from bench.scoring import Scoreboard
from models.contract import EVIDENCE_TYPES

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT.parent / "shared" / "contract" / "evidence.schema.json").read_text())
PLAN = plan(11)
IDS = [f"{p.evidence_type}-{p.variant}" for p in PLAN]
TEXT_FIELDS = ("holder", "title", "issuer", "award.name", "award.grade", "qualification.subject", "book.publisher",
               "book.edition", "journal.name", "journal.issn", "journal.cn")  # fmt: skip


def _printed(doc) -> str:
    return re.sub(r"[\s　]", "", "".join("".join(sh.lines()) for sh in doc.sheets))


def test_plan_covers_every_type_and_degradation() -> None:
    assert Counter(p.evidence_type for p in PLAN) == {t: VARIANTS for t in EVIDENCE_TYPES}
    assert Counter(p.degradation for p in PLAN) == {"clean": 20, "scan": 20, "phone": 20}
    for (et, v), deg in MULTI.items():
        (p,) = [p for p in PLAN if p.evidence_type == et and p.variant == v]
        assert p.degradation == deg
        assert len(build(p)[0].sheets) > 1


def test_same_seed_same_documents_other_seed_differs() -> None:
    a = [build(p)[0] for p in PLAN[:12]]
    b = [build(p)[0] for p in plan(11)[:12]]
    c = [build(p)[0] for p in plan(12)[:12]]
    assert [d.evidence for d in a] == [d.evidence for d in b]
    assert [[s.lines() for s in d.sheets] for d in a] == [[s.lines() for s in d.sheets] for d in b]
    assert [[s.lines() for s in d.sheets] for d in a] != [[s.lines() for s in d.sheets] for d in c]


@pytest.mark.parametrize("p", PLAN, ids=IDS)
def test_truth_valid_and_printed(p) -> None:
    doc = build(p)[0]
    jsonschema.validate(doc.evidence, SCHEMA)
    assert doc.evidence["evidence_type"] == p.evidence_type
    assert doc.evidence["pages"] == len(doc.sheets)
    assert set(doc.scored) <= set(SCORED[p.evidence_type])
    printed = _printed(doc)
    for field in TEXT_FIELDS:
        value = get_path(doc.evidence, field)
        if field in doc.scored and not (field == "issuer" and p.evidence_type == "patent_certificate"):
            assert isinstance(value, str) and value.replace(" ", "") in printed, (field, value)
    if "people" in doc.scored:
        assert doc.evidence["people"], "scored people must not be empty"
        assert [q["name"] for q in doc.evidence["people"] if q["name"] not in printed] == []
    for m in get_path(doc.evidence, "qualification.modules") or []:
        assert m.replace(" ", "") in printed


@pytest.mark.parametrize("p", PLAN, ids=IDS)
def test_truth_scores_perfectly_against_itself(p) -> None:
    """The eval's comparison accepts the truth as a prediction: no field is unscorable or malformed."""
    doc = build(p)[0]
    rec = truth_record(p, doc, "x.png", "png", "noto_sans", 1)
    board = Scoreboard()
    assert board.add(rec, doc.evidence) == []
    assert board.overall("all")["fn"] == 0


def test_check_digits_of_every_number_printed() -> None:
    docs = [build(p)[0] for p in PLAN]
    patents = [d.evidence["patent"]["number"] for d in docs if d.evidence["patent"]]
    isbns = [d.evidence["book"]["isbn"] for d in docs if d.evidence["book"] and d.evidence["book"]["isbn"]]
    issns = [
        d.evidence["journal"]["issn"] for d in docs if d.evidence["journal"] and d.evidence["journal"]["issn"]
    ]
    assert len(patents) == 6 and len(isbns) == 5 and len(issns) == 6
    assert all(map(V.zl_valid, patents)) and any(re.fullmatch(r"ZL\d{8}\.[\dX]", n) for n in patents)
    assert all(map(V.isbn_valid, isbns)) and all(map(V.issn_valid, issns))


def test_check_digit_algorithms_against_known_numbers() -> None:
    assert V.issn_valid("0378-5955") and V.issn_valid("2049-3630") and not V.issn_valid("0378-5954")
    assert V.isbn_valid("978-0-306-40615-7") and not V.isbn_valid("978-0-306-40615-6")
    rows = V.cscd_core()
    assert len(rows) > 300 and all(V.issn_valid(r["issn"]) for r in rows)  # the catalogue's checked ISSNs
    # GB/T 18115: weights 2..9 cycling, mod 11: 2*2+0*3+1*4+7*5+1*6+0*7+1*8+2*9+3*2+4*3+5*4+6*5 = 143 -> 0
    assert V.zl_check("201710123456") == "0"
    assert V.zl_check("99212345") == str((9 * 2 + 9 * 3 + 2 * 4 + 1 * 5 + 2 * 6 + 3 * 7 + 4 * 8 + 5 * 9) % 11)


def test_single_digit_slips_break_the_patent_check() -> None:
    number = "201710123456"
    good = V.zl_check(number)
    for i in range(len(number)):
        for d in "0123456789":
            if d != number[i]:
                assert V.zl_check(number[:i] + d + number[i + 1 :]) != good


def test_invented_local_journal_is_on_no_catalogue() -> None:
    assert V.issn_valid(LOCAL["issn"])
    data = ROOT / "extractors" / "data"
    for name in ("journals-cscd.csv", "journals-intl.csv", "journals-cn.csv"):
        text = (data / name).read_text(encoding="utf-8")
        assert LOCAL["issn"] not in text and LOCAL["cn"] not in text and LOCAL["name"] not in text


def test_chinese_numeral_dates() -> None:
    import datetime as dt

    assert V.fmt_date(dt.date(2019, 3, 5), "han") == "二〇一九年三月五日"
    assert V.fmt_date(dt.date(2020, 12, 31), "han") == "二〇二〇年十二月三十一日"
    assert V.fmt_date(dt.date(2008, 10, 20), "han") == "二〇〇八年十月二十日"


def test_pages_render_to_image_and_text_pdf() -> None:
    doc = build(PLAN[0])[0]
    img = render_png(doc.sheets[0], 40)
    assert img.size == (round(doc.sheets[0].size[0] * 40 / 72), round(doc.sheets[0].size[1] * 40 / 72))
    assert img.convert("L").getextrema()[0] < 100  # something dark was drawn
    pdf = render_pdf(doc.sheets, "zenhei")
    assert pdf.startswith(b"%PDF") and pdf == render_pdf(doc.sheets, "zenhei")


def test_journal_levels_follow_catalogue_and_supervisor() -> None:
    with (ROOT / "extractors" / "data" / "journals-cscd.csv").open(encoding="utf-8") as fh:
        cscd = {r["issn"] for r in csv.DictReader(fh) if r["database"] == "core"}
    for p in PLAN:
        doc = build(p)[0]
        j = doc.evidence["journal"]
        if j:
            assert ("cscd" in j["levels"]) == (j["issn"] in cscd), j
            shown = "主管" in _printed(doc)
            assert shown == any(lv in j["levels"] for lv in ("national", "provincial", "municipal")), j
