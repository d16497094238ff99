"""The contract's JSON from evaluate(), `credproof credits` and the HTTP routes (schema-checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from credits_factory import PERSON, award, notice, paper, patent, project, qualification, sheet, training
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.errors import install_error_handlers
from api.routes_credits import router
from models.contract import Evidence
from rules.engine import EvalOptions, evaluate
from rules.loader import list_policies, load_policy, policy_hash

ROOT = Path(__file__).resolve().parents[2]
MIXED: list[tuple[str, Evidence]] = [
    ("patent.json", patent("invention", "2018-06-12", ("李明", PERSON))),
    ("paper.json", paper(2018, ["national", "pku_core"], (PERSON, "李明", "赵四"))),
    ("award.json", award("provincial", "science_technology", "2018-03-01", rank=2)),
    ("contest.json", award("municipal", "competition", "2018-10-01")),
    ("project.json", project("湖南省科学技术厅", "2018-09-01", 1)),
    ("exam.json", qualification("computer_exam", "2018-04-01", ["Word", "Excel"])),
    ("sheet.json", sheet("专业培训", "2018-03-01", "2018-03-02")),
    ("notice.json", notice("专业培训", "2018-03-01", "2018-03-02")),
    ("public.json", training("公需科目", "2018-05-01", "2018-05-02", 12.5)),
]


@pytest.fixture(scope="module")
def credits_schema(shared_dir: Path) -> dict[str, Any]:
    return json.loads((shared_dir / "contract" / "credits.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    return TestClient(app)


@pytest.mark.parametrize("policy_id", [p.id for p in list_policies()])
def test_output_validates_against_the_contract(policy_id: str, credits_schema: dict[str, Any]) -> None:
    policy = load_policy(policy_id)
    out = evaluate(policy, PERSON, policy.year, MIXED, EvalOptions(title_level="junior")).to_json()
    jsonschema.Draft202012Validator(credits_schema).validate(out)
    assert out["schema"] == "credproof.credits/1" and len(out["suggestions"]) >= len(MIXED)


def _write(tmp_path: Path) -> list[str]:
    paths = []
    for name, ev in MIXED:
        (tmp_path / name).write_text(json.dumps(ev.to_json(), ensure_ascii=False), "utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "credproof"
    return [str(script)] if script.exists() else [sys.executable, "-m", "api.cli"]


def test_cli_prints_the_contract_json(tmp_path: Path, credits_schema: dict[str, Any]) -> None:
    argv = [
        *_cli(),
        "credits",
        "--policy",
        "yiyang-2018",
        "--person",
        PERSON,
        "--year",
        "2018",
        *_write(tmp_path),
    ]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    jsonschema.Draft202012Validator(credits_schema).validate(out)
    assert out == evaluate(load_policy("yiyang-2018"), PERSON, 2018, MIXED).to_json()
    assert [s["evidence"] for s in out["suggestions"]][:2] == ["patent.json", "paper.json"]


def test_cli_title_level_and_unknown_policy(tmp_path: Path) -> None:
    files = _write(tmp_path)[-1:]
    base = [*_cli(), "credits", "--person", PERSON, "--year", "2016"]
    done = subprocess.run([*base, "--policy", "kaifeng-2016", "--title-level", "junior", *files],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["requirement"]["public"] == 22.0
    bad = subprocess.run([*base, "--policy", "atlantis-2016", *files], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)  # fmt: skip
    assert bad.returncode != 0 and bad.stdout == "" and len(bad.stderr.strip().splitlines()) == 1


def test_endpoint_returns_what_the_engine_returns(client: TestClient, credits_schema: dict[str, Any]) -> None:
    body = {"policy": "yiyang-2018", "person": PERSON, "year": 2018,
            "evidence": [{"id": name, "record": ev.to_json()} for name, ev in MIXED]}  # fmt: skip
    answer = client.post("/api/v1/credits/evaluate", json=body)
    assert answer.status_code == 200, answer.text
    jsonschema.Draft202012Validator(credits_schema).validate(answer.json())
    assert answer.json() == evaluate(load_policy("yiyang-2018"), PERSON, 2018, MIXED).to_json()


def test_endpoint_accepts_bare_records_and_options(client: TestClient) -> None:
    body = {"policy": "taian-2022", "person": PERSON, "year": 2022, "employer_kind": "enterprise",
            "evidence": [qualification("master_degree", "2022-06-30").to_json()]}  # fmt: skip
    out = client.post("/api/v1/credits/evaluate", json=body).json()
    assert out["suggestions"][0]["evidence"] == 1 and out["suggestions"][0]["hours"] == 200.0
    assert out["requirement"] == {"public": None, "professional": None, "total": None}
    assert any("不作硬性要求" in n for n in out["notes"])


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"policy": "atlantis-1", "person": PERSON, "year": 2018, "evidence": []}, 404, "unknown_policy"),
        ({"policy": "yiyang-2018", "person": PERSON, "year": 2018, "evidence": [{"evidence_type": "x"}]}, 422,
         "invalid_evidence"),
        ({"policy": "yiyang-2018", "person": "", "year": 2018, "evidence": []}, 422, "invalid_request"),
    ],
    ids=["unknown-policy", "bad-record", "empty-person"],
)  # fmt: skip
def test_endpoint_errors(client: TestClient, body: dict[str, Any], status: int, code: str) -> None:
    answer = client.post("/api/v1/credits/evaluate", json=body)
    assert answer.status_code == status and answer.json()["error"] == code


def test_policies_listing_and_detail(client: TestClient) -> None:
    listing = client.get("/api/v1/policies").json()
    assert [p["id"] for p in listing] == [p.id for p in list_policies()]
    assert listing[-1]["hash"] == policy_hash(load_policy("yiyang-2018"))
    detail = client.get("/api/v1/policies/yiyang-2018").json()
    patent_rule = next(r for r in detail["rules"] if r["id"] == "yiyang-2018/patent-invention")
    assert patent_rule["citation"] == "益人社函〔2018〕47号 附件5 第5条" and "60" in patent_rule["text"]
    assert client.get("/api/v1/policies/atlantis-1").status_code == 404


def test_router_is_listed_in_the_app() -> None:
    from api.app import ROUTERS

    assert router in ROUTERS


def test_cli_employer_kind_drops_taian_requirement(tmp_path: Path) -> None:
    path = tmp_path / "master.json"
    path.write_text(
        json.dumps(qualification("master_degree", "2022-06-30").to_json(), ensure_ascii=False), "utf-8"
    )
    argv = [*_cli(), "credits", "--policy", "taian-2022", "--person", PERSON, "--year", "2022"]
    done = subprocess.run([*argv, "--employer-kind", "enterprise", str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["requirement"]["total"] is None and out["totals"]["professional"] == 200.0
    assert any("不作硬性要求" in note for note in out["notes"])


@pytest.mark.parametrize(
    "item",
    [{"record": 5}, {"id": [1], "record": {}}, {"id": True, "record": {}}, {"record": {"pages": 0}}],
    ids=["record-not-object", "id-a-list", "id-a-bool", "pages-zero"],
)
def test_endpoint_refuses_bad_items_with_422(client: TestClient, item: dict[str, Any]) -> None:
    body = {"policy": "yiyang-2018", "person": PERSON, "year": 2018, "evidence": [item]}
    answer = client.post("/api/v1/credits/evaluate", json=body)
    assert answer.status_code == 422 and answer.json()["error"] == "invalid_evidence"


def test_impossible_dates_do_not_break_the_engine(client: TestClient) -> None:
    record = training("专业培训", "2018-02-30", "2018-13-45", None).to_json()
    body = {"policy": "yiyang-2018", "person": PERSON, "year": 2018, "evidence": [{"record": record}]}
    answer = client.post("/api/v1/credits/evaluate", json=body)
    assert answer.status_code == 200
    assert answer.json()["suggestions"][0]["status"] in {"needs_review", "not_eligible"}


def test_a_proof_of_no_known_kind_goes_to_review_whoever_uploaded_it() -> None:
    """An `other` document is never not_eligible for a missing name: nothing on it was understood."""
    from models.contract import Evidence
    from rules.engine import EvalOptions, evaluate
    from rules.loader import load_policy, policy_ids

    note = Evidence.model_validate({"evidence_type": "other", "title": "请假条", "issued_on": "2018-04-04"})
    for pid in policy_ids():
        out = evaluate(load_policy(pid), "图门吉日嘎拉", 2018, [("note", note)], EvalOptions())
        assert [(s.status, s.hours) for s in out.suggestions] == [("needs_review", None)], pid
