"""The import direction of the README's table, walked with ast: every import, at module level or inside a function.

    models <- extractors, rules <- review <- ingest <- integration <- api

`integration` reaches into `ingest` only for `ingest.runtime` (the process's sessions and Redis queue), and
`ingest.ocr` into the rest of `ingest` only for `ingest.files` (the upload checks). No module may import
itself back through any chain of imports (no import circles).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {
    "models": set(),
    "extractors": {"models"},
    "rules": {"models"},
    "review": {"rules", "models"},
    "ingest": {"extractors", "rules", "review", "models"},
    "integration": {"review", "models", "ingest.runtime"},
    "api": {"ingest", "review", "integration", "models", "extractors", "rules"},
}
# Within a package, a subpackage may import only these modules of its parent.
SUBPACKAGES = {"ingest.ocr": {"models", "ingest.ocr", "ingest.files"}}
OURS = set(ALLOWED)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(path: Path, known: set[str] | None = None) -> set[str]:
    """Dotted names of our modules this file imports (absolute imports only; we use no relative ones).

    `from pkg import mod` names the module `pkg.mod` when it is one (in `known`), else `pkg` itself.
    """
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = {f"{node.module}.{alias.name}" for alias in node.names}
            if known is None:
                found |= subs | {node.module}
            else:
                found |= (subs & known) or {node.module}
                found |= {node.module} if subs - known else set()
    return {name for name in found if name.split(".")[0] in OURS}


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in OURS for p in sorted((ROOT / pkg).rglob("*.py"))}


def _allowed(importer: str, imported: str, rules: set[str]) -> bool:
    return any(imported == r or imported.startswith(r + ".") for r in rules)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    bad = []
    for name, path in _modules().items():
        if name.split(".")[0] != package:
            continue
        sub = next((s for s in SUBPACKAGES if name == s or name.startswith(s + ".")), None)
        rules = SUBPACKAGES[sub] if sub else ALLOWED[package] | {package}
        wrong = {m for m in _imported_modules(path) if not _allowed(name, m, rules)}
        if wrong:
            bad.append(f"{path.relative_to(ROOT)} imports {sorted(wrong)}")
    assert not bad, "\n".join(bad)


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one member: the import circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return circles


def test_no_import_circles() -> None:
    modules = _modules()
    known = set(modules)
    graph = {n: {m for m in _imported_modules(p, known) if m in known and m != n} for n, p in modules.items()}
    assert not _circles(graph), "import circles: " + "; ".join(" <-> ".join(c) for c in _circles(graph))


def test_the_circle_check_finds_circles() -> None:
    """The check above is not vacuous: the same walk finds a two-module and a three-module circle."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert _circles(graph) == [["a", "b"], ["c", "d", "e"]]


def test_every_package_says_its_job() -> None:
    missing = [
        str(p.relative_to(ROOT))
        for p in _modules().values()
        if not ast.get_docstring(ast.parse(p.read_text("utf-8")))
    ]
    assert not missing, "modules without a docstring: " + ", ".join(missing)


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
