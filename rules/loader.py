"""Load policy packs from rules/policies/*.yaml; a broken pack raises PolicyError naming file and field."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from models.errors import PolicyError, UnknownPolicy
from rules.schema import Policy

POLICY_DIR = Path(__file__).parent / "policies"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def policy_path(policy_id: str) -> Path:
    path = POLICY_DIR / f"{policy_id}.yaml"
    if not _ID.match(policy_id) or not path.is_file():
        raise UnknownPolicy(f"no policy pack {policy_id!r}", policy=policy_id, known=policy_ids())
    return path


def policy_ids() -> list[str]:
    return sorted(p.stem for p in POLICY_DIR.glob("*.yaml"))


def parse_policy(path: Path) -> Policy:
    """Parse one pack file; the error names the file and the first offending field."""
    try:
        data = yaml.safe_load(path.read_bytes())
    except yaml.YAMLError as exc:
        raise PolicyError(f"{path.name}: not valid YAML: {exc}", file=path.name) from exc
    if not isinstance(data, dict):
        raise PolicyError(f"{path.name}: a policy pack must be a mapping", file=path.name)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise PolicyError(f"{path.name}: {field}: {first['msg']}", file=path.name, field=field) from exc
    if policy.id != path.stem:
        raise PolicyError(
            f"{path.name}: id {policy.id!r} differs from the file name", file=path.name, field="id"
        )
    return policy


@cache
def load_policy(policy_id: str) -> Policy:
    return parse_policy(policy_path(policy_id))


def list_policies() -> list[Policy]:
    return [load_policy(pid) for pid in policy_ids()]


def policy_hash(policy: Policy) -> str:
    """sha256 of the pack file's bytes, stored with each review so a later edit of the pack shows."""
    return hashlib.sha256(policy_path(policy.id).read_bytes()).hexdigest()
