"""Policy packs load strictly: a broken pack fails at load naming file and field; ids and hashes are stable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from models.errors import PolicyError, UnknownPolicy
from rules.loader import POLICY_DIR, list_policies, load_policy, parse_policy, policy_hash, policy_ids

PACKS = ["dezhou-2017", "kaifeng-2016", "taian-2022", "yantai-2020", "yiyang-2018"]


def test_the_five_packs_are_there() -> None:
    assert policy_ids() == PACKS
    assert [p.id for p in list_policies()] == PACKS


@pytest.mark.parametrize("policy_id", PACKS, ids=PACKS)
def test_pack_loads_and_cites_its_notice(policy_id: str, shared_dir: Path) -> None:
    policy = load_policy(policy_id)
    assert (shared_dir / "policies" / policy.source).is_file()
    assert policy.year == int(policy_id.split("-")[1])
    for rule in policy.rules:
        assert rule.id.startswith(f"{policy_id}/") and rule.citation.strip()
    assert load_policy(policy_id) is policy  # cached


@pytest.mark.parametrize("policy_id", PACKS, ids=PACKS)
def test_policy_hash_is_sha256_of_the_file(policy_id: str) -> None:
    data = (POLICY_DIR / f"{policy_id}.yaml").read_bytes()
    assert policy_hash(load_policy(policy_id)) == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("bad", ["nope-2020", "../rules/policies/yiyang-2018", "", "YIYANG-2018"])
def test_unknown_policy(bad: str) -> None:
    with pytest.raises(UnknownPolicy) as info:
        load_policy(bad)
    assert info.value.http_status == 404


def _broken(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load((POLICY_DIR / "yiyang-2018.yaml").read_text("utf-8"))
    edit(data)
    path = tmp_path / "yiyang-2018.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


BROKEN = {
    "extra-top-level-key": (lambda d: d.update(extra=1), "extra"),
    "extra-key-in-rule": (lambda d: d["rules"][0].update(hourz=8), "rules.0.hourz"),
    "missing-citation": (lambda d: d["rules"][3].pop("citation"), "rules.3.citation"),
    "empty-citation": (lambda d: d["rules"][3].update(citation=""), "rules.3.citation"),
    "two-hours-models": (lambda d: d["rules"][7]["hours"].update(fixed=3), "rules.7.hours"),
    "suggested-without-hours": (lambda d: d["rules"][7].pop("hours"), "rules.7"),
    "review-without-reason": (lambda d: d["rules"][6].pop("reason"), "rules.6"),
    "unknown-activity": (lambda d: d["rules"][0].update(activity="dancing"), "rules.0.activity"),
    "negative-hours": (lambda d: d["rules"][7].update(hours={"fixed": -1}), "rules.7.hours.fixed"),
    "cap-names-unknown-rule": (lambda d: d["caps"][0]["rules"].append("yiyang-2018/nope"), "(top)"),
    "rule-id-of-other-policy": (lambda d: d["rules"][0].update(id="taian-2022/x"), "(top)"),
    "missing-requirement": (lambda d: d.pop("requirement"), "requirement"),
}


@pytest.mark.parametrize("name", list(BROKEN), ids=list(BROKEN))
def test_broken_pack_fails_at_load_naming_file_and_field(tmp_path: Path, name: str) -> None:
    edit, field = BROKEN[name]
    with pytest.raises(PolicyError) as info:
        parse_policy(_broken(tmp_path, edit))
    assert info.value.fields["file"] == "yiyang-2018.yaml"
    assert info.value.fields.get("field", "(top)") == field
    assert "yiyang-2018.yaml" in info.value.message


def test_not_yaml_and_not_a_mapping(tmp_path: Path) -> None:
    for text in ("id: [unclosed", "- a list\n"):
        path = tmp_path / "x-2020.yaml"
        path.write_text(text, "utf-8")
        with pytest.raises(PolicyError, match="x-2020.yaml"):
            parse_policy(path)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = tmp_path / "other-2018.yaml"
    path.write_bytes((POLICY_DIR / "yiyang-2018.yaml").read_bytes())
    with pytest.raises(PolicyError, match="differs from the file name"):
        parse_policy(path)
