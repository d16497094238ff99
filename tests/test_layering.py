"""The import direction of STYLE.md: models <- extractors, rules <- ingest <- api (walked with ast)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {
    "models": set(),
    "extractors": {"models"},
    "rules": {"models"},
    "ingest": {"extractors", "rules", "models"},
    "api": {"ingest", "models", "extractors", "rules"},
}
OURS = set(ALLOWED)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & OURS


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        wrong = _imports(path) - ALLOWED[package] - {package}
        if wrong:
            bad.append(f"{path.relative_to(ROOT)} imports {sorted(wrong)}")
    assert not bad, "\n".join(bad)


def test_extractors_and_rules_touch_no_io_layers() -> None:
    """Pure layers: no database, Redis or HTTP clients."""
    forbidden = {"sqlalchemy", "redis", "rq", "httpx", "fastapi", "requests"}
    bad = []
    for package in ("extractors", "rules"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            names = {
                a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
            }
            names |= {
                n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
            }
            if names & forbidden:
                bad.append(f"{path.relative_to(ROOT)}: {sorted(names & forbidden)}")
    assert not bad, "\n".join(bad)
