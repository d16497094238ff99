"""The blind corpus generator: deterministic, contract-valid truth, claims on the proof, disjoint draws."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from bench.blind.common import REGISTRY, isbn13_check, issn_check, patent_check
from bench.blind.corpus import TYPES, generate, plan, truth_only
from bench.generator.truth import SCORED

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT.parent / "shared" / "contract" / "evidence.schema.json").read_text())


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[dict]]:
    """A rendered corpus, one document per type, for each draw."""
    out = {}
    for draw in (1, 2):
        out[draw] = generate(
            tmp_path_factory.mktemp(f"blind{draw}"), seed=11, draw=draw, per_type=1, processes=1
        )
    return out


@pytest.fixture(scope="module")
def truths() -> dict[int, list[dict]]:
    """The same documents' truth records without rendering (fast)."""
    return {draw: [truth_only(j) for j in plan(11, draw, 1)] for draw in (1, 2)}


@pytest.mark.slow
def test_rendered_corpus_is_deterministic_and_matches_truth(
    corpora: dict[int, list[dict]], truths: dict[int, list[dict]], tmp_path: Path
) -> None:
    again = generate(tmp_path, seed=11, draw=1, per_type=1, processes=1)
    assert again == corpora[1]
    assert sorted(r["evidence_type"] for r in again) == sorted(TYPES)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for draw, recs in corpora.items():
        for r, t in zip(recs, truths[draw], strict=True):
            assert r["evidence"] == t["evidence"] and r["claim"] == t["claim"]
            assert not list(validator.iter_errors(r["evidence"]))
            assert r["degradation"] in ("clean", "scan", "phone")
            assert r["format"] in ("png", "jpg", "pdf-text", "pdf-scan")
    for r in again:
        assert (tmp_path / r["file"]).stat().st_size > 1000
    assert generate(tmp_path, seed=11, draw=1, per_type=1, processes=1) == again  # reused, not re-rendered


def test_truth_is_deterministic(truths: dict[int, list[dict]]) -> None:
    assert [truth_only(j) for j in plan(11, 1, 1)] == truths[1]
    assert truths[1] != truths[2]


def test_truth_validates_and_claims_are_on_the_proof(truths: dict[int, list[dict]]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for recs in truths.values():
        for r in recs:
            errors = [e.message for e in validator.iter_errors(r["evidence"])]
            assert not errors, (r["id"], errors)
            ev, claim = r["evidence"], r["claim"]
            assert claim["person"] == ev["holder"] or claim["person"] in [p["name"] for p in ev["people"]], r[
                "id"
            ]
            assert 2000 <= claim["year"] <= 2030
            assert r["pages"] == ev["pages"] == len(r["lines"])
            if ev["patent"]:
                num = ev["patent"]["number"]
                assert patent_check(num[2:14]) == num[-1]
            if ev["journal"] and ev["journal"]["issn"]:
                issn = ev["journal"]["issn"]
                assert issn_check(issn[:4] + issn[5:8]) == issn[-1]
            if ev["book"] and ev["book"]["isbn"]:
                digits = re.sub(r"\D", "", ev["book"]["isbn"])
                assert isbn13_check(digits[:12]) == digits[12]


def test_draws_share_no_wording_or_layout(truths: dict[int, list[dict]]) -> None:
    for name, variants in REGISTRY.items():
        halves = [set(map(repr, variants[0::2])), set(map(repr, variants[1::2]))]
        assert not halves[0] & halves[1], name
    used = {d: {t for r in recs for t in r["templates"]} for d, recs in truths.items()}
    assert not used[1] & used[2]
    titles = {d: {t for t in used[d] if t.startswith("title.")} for d in used}
    assert titles[1] and titles[2] and not titles[1] & titles[2]
    layouts = {d: {r["layout"] for r in recs} for d, recs in truths.items()}
    assert not layouts[1] & layouts[2]


def test_many_truths_validate_without_rendering() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for draw in (1, 2):
        for seed in range(2):
            for job in plan(seed, draw, 3):
                r = truth_only(job)
                assert not list(validator.iter_errors(r["evidence"])), r["layout"]
                ev = r["evidence"]
                assert r["claim"]["person"] in [ev["holder"]] + [p["name"] for p in ev["people"]]
                ranks = [p["rank"] for p in ev["people"]]
                assert len(ranks) == len(set(ranks)) or ev["evidence_type"] == "award_certificate"
                assert set(r["scored"]) <= set(SCORED[ev["evidence_type"]]) | {"category_stated"}
