"""Later blind draws (bench/blind3, bench/blind4, …): deterministic, contract-valid truth, claims on the proof,
month-only dates, every type, files that repeat byte for byte."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import jsonschema
import pytest

from bench.blind.drawn import main
from bench.generator.truth import SCORED
from models.contract import Evidence

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT.parent / "shared" / "contract" / "evidence.schema.json").read_text())
MONTH_FIELDS = ("issued_on", "period.start", "period.end")


# every later draw package present (bench/blind3, bench/blind4, …); 3 and 4 must be there
DRAWS = tuple(d for d in range(3, 100) if importlib.util.find_spec(f"bench.blind{d}") is not None)
assert DRAWS[:2] == (3, 4), DRAWS


@pytest.fixture(scope="module", params=DRAWS, ids=[f"draw{d}" for d in DRAWS])
def draw(request: pytest.FixtureRequest) -> tuple[int, ModuleType, ModuleType]:
    """(draw, its corpus module, its pools module)."""
    d = request.param
    return (
        d,
        importlib.import_module(f"bench.blind{d}.corpus"),
        importlib.import_module(f"bench.blind{d}.pools"),
    )


@pytest.fixture(scope="module")
def truths(draw: tuple[int, ModuleType, ModuleType]) -> list[dict]:
    _, corpus, _ = draw
    return [corpus.truth_only(j) for j in corpus.plan(31, 4)]


def _get(rec: dict, path: str):  # noqa: ANN202
    cur = rec
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, dict) else None
    return cur


def test_truth_is_deterministic_per_seed(
    draw: tuple[int, ModuleType, ModuleType], truths: list[dict]
) -> None:
    d, corpus, pools = draw
    assert [corpus.truth_only(j) for j in corpus.plan(31, 4)] == truths
    assert [corpus.truth_only(j) for j in corpus.plan(32, 4)] != truths
    assert [r["id"] for r in truths] == [f"{d}-{i:04d}" for i in range(len(truths))]


def test_every_type_and_every_layout_is_drawn(draw: tuple[int, ModuleType, ModuleType]) -> None:
    d, corpus, pools = draw
    recs = [corpus.truth_only(j) for j in corpus.plan(5, 8)]
    assert {r["evidence_type"] for r in recs} == set(corpus.TYPES)
    layouts = {r["layout"].split("-", 1)[1] for r in recs}
    for name, variants in pools.VARIANTS.items():
        if name.startswith(f"t{d}.layout."):
            assert set(variants) <= layouts, name


def test_truth_validates_against_the_contract(
    draw: tuple[int, ModuleType, ModuleType], truths: list[dict]
) -> None:
    d, corpus, pools = draw
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for r in truths:
        ev = r["evidence"]
        assert not [e.message for e in validator.iter_errors(ev)], r["id"]
        Evidence.model_validate(ev)  # the pydantic form the service uses
        assert set(r["scored"]) <= set(SCORED[ev["evidence_type"]]), r["id"]
        assert r["pages"] == ev["pages"] == len(r["lines"])
        for path in r["scored"]:
            if path != "people":
                assert _get(ev, path) is not None or path in ("holder", "journal.levels"), (r["id"], path)
        if ev["patent"]:
            num = ev["patent"]["number"]
            assert re.fullmatch(r"ZL\d{12}\.[\dX]", num) and pools.zl_check(num[2:14]) == num[-1]
            assert ev["issued_on"] == ev["patent"]["granted_on"] > ev["patent"]["applied_on"]
        if ev["journal"]:
            issn = ev["journal"]["issn"]
            assert pools.issn_digit(issn[:4] + issn[5:8]) == issn[-1]
            assert "cscd" in ev["journal"]["levels"]
        if ev["book"] and ev["book"]["isbn"]:
            digits = re.sub(r"\D", "", ev["book"]["isbn"])
            assert len(digits) == 13 and pools.isbn_digit(digits[:12]) == digits[12]
            assert re.search(r"第\d版$", ev["book"]["edition"])


def test_month_only_dates_are_year_month(
    draw: tuple[int, ModuleType, ModuleType], truths: list[dict]
) -> None:
    d, corpus, pools = draw
    recs = truths + [
        corpus.truth_only(j) for j in corpus.plan(7, 6) if j["type"] in ("book", "qualification_certificate")
    ]
    months = 0
    for r in recs:
        for path in MONTH_FIELDS:
            v = _get(r["evidence"], path)
            if v is not None:
                assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v), (r["id"], path, v)
                months += len(v) == 7
        if r["evidence_type"] == "book" and r["layout"] != f"book{d}-cover":
            assert re.fullmatch(r"\d{4}-\d{2}", r["evidence"]["issued_on"])
    assert months > 0


def test_claims_people_and_categories(draw: tuple[int, ModuleType, ModuleType], truths: list[dict]) -> None:
    d, corpus, pools = draw
    for r in truths:
        ev, claim = r["evidence"], r["claim"]
        assert claim["person"] == ev["holder"] or claim["person"] in [p["name"] for p in ev["people"]], r[
            "id"
        ]
        assert 2000 <= claim["year"] <= 2030
        ranks = [p["rank"] for p in ev["people"]]
        assert len(ranks) == len(set(ranks))
        assert ev.get("category_stated") in (None, "public", "professional")
        if ev.get("category_stated"):
            word = {"public": "公需", "professional": "专业科目|专业课"}[ev["category_stated"]]
            assert re.search(word, "".join(sum(r["lines"], []))), r["id"]
    tcs = [corpus.truth_only(j) for j in corpus.plan(31, 12) if j["type"] == "training_certificate"]
    cats = [r["evidence"].get("category_stated") for r in tcs]
    assert {"public", "professional", None} <= set(cats)


def test_printed_text_carries_the_truth(draw: tuple[int, ModuleType, ModuleType], truths: list[dict]) -> None:
    d, corpus, pools = draw
    for r in truths:
        ev, text = r["evidence"], "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
        for p in ev["people"]:
            assert p["name"] in text, (r["id"], p["name"])
        if "title" in r["scored"]:
            assert ev["title"] in text, r["id"]
        if ev["journal"]:
            assert ev["journal"]["issn"] in text and ev["journal"]["cn"] in text


@pytest.mark.slow
def test_a_tiny_render_matches_truth(
    draw: tuple[int, ModuleType, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d, corpus, pools = draw
    recs = corpus.generate(tmp_path, seed=31, per_type=1, processes=1)
    assert [r["evidence"] for r in recs] == [corpus.truth_only(j)["evidence"] for j in corpus.plan(31, 1)]
    assert json.loads((tmp_path / "manifest.json").read_text())["kind"] == f"blind{d}"
    # the command line reuses the render and counts it
    main(corpus.DRAWN, ["--seed", "31", "--out", str(tmp_path), "--per-type", "1", "--processes", "1"])
    assert capsys.readouterr().out.startswith(f"{len(recs)} documents in {tmp_path} (seed 31, draw {d})")
    for r in recs:
        assert (tmp_path / r["file"]).stat().st_size > 1000
        assert r["format"] in ("png", "jpg", "pdf-text", "pdf-scan")


def test_rendered_files_repeat_per_seed(draw: tuple[int, ModuleType, ModuleType], tmp_path: Path) -> None:
    d, corpus, pools = draw
    jobs = [j for j in corpus.plan(17, 2) if j["format"] in ("pdf-scan", "jpg", "png")][:3]
    for j in jobs:
        a, b = tmp_path / "a", tmp_path / "b"
        a.mkdir(exist_ok=True)
        b.mkdir(exist_ok=True)
        ra, rb = corpus.write(j, a), corpus.write(j, b)
        assert ra == rb
        assert (a / ra["file"]).read_bytes() == (b / rb["file"]).read_bytes()
