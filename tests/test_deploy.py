"""deploy/: the systemd units and the container set point at commands that exist and settings that exist.

No container engine or systemd runs here, so the files are parsed, not started: every ExecStart names the
console script pyproject.toml installs and a `credproof` subcommand the CLI has, every variable in the env
example is a setting, and the compose file runs `serve` and N workers on PostgreSQL and Redis sharing one store.
"""

from __future__ import annotations

import configparser
import re
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml

from api.cli import build_parser
from models.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
VENV_BIN = "/opt/credproof/.venv/bin/"


def subcommands() -> set[str]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return set(sub.choices)  # type: ignore[attr-defined]


def unit(path: Path) -> configparser.ConfigParser:
    parsed = configparser.ConfigParser(strict=False, interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parsed.read(path)
    return parsed


def check_command(argv: list[str]) -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert Path(argv[0]).name in scripts, argv
    assert argv[1] in subcommands(), argv
    build_parser().parse_args(argv[1:])  # the arguments parse too


def test_the_unit_set_is_there():
    assert {p.name for p in UNITS} == {"credproof-serve.service", "credproof-worker@.service"}
    assert (DEPLOY / "systemd" / "credproof.target").is_file()


@pytest.mark.parametrize("path", UNITS, ids=[p.name for p in UNITS])
def test_units_run_existing_commands_with_the_env_file(path):
    parsed = unit(path)
    service = parsed["Service"]
    for key in ("ExecStart", "ExecStartPre"):
        if key in service:
            argv = shlex.split(service[key])
            assert argv[0].startswith(VENV_BIN)
            check_command(argv)
    assert service["EnvironmentFile"] == "/etc/credproof/credproof.env"
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) > 0
    assert parsed["Install"]["WantedBy"] == "credproof.target"
    target = unit(DEPLOY / "systemd" / "credproof.target")
    wanted = target["Unit"]["Wants"].split()
    assert any(re.fullmatch(path.name.replace("@.", r"@\d+\."), w) for w in wanted)


def test_the_env_example_names_only_real_settings():
    fields = {f"CREDPROOF_{name.upper()}" for name in Settings.model_fields} | {"DATABASE_URL", "REDIS_URL"}
    lines = [ln for ln in (DEPLOY / "credproof.env.example").read_text().splitlines() if ln and ln[0] != "#"]
    names = {ln.split("=", 1)[0] for ln in lines}
    assert names <= fields, names - fields
    assert {
        "CREDPROOF_ENV",
        "CREDPROOF_SECRET_KEY",
        "DATABASE_URL",
        "REDIS_URL",
        "CREDPROOF_DATA_DIR",
    } <= names


def test_compose_runs_serve_and_workers_on_postgres_and_redis():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"db", "queue", "serve", "worker"} <= set(services)
    assert services["db"]["image"].split("/")[-1].startswith("postgres:")
    assert services["queue"]["image"].split("/")[-1].startswith("redis:")
    for name in ("serve", "worker"):
        svc = services[name]
        check_command(svc["command"])
        assert svc["command"][1] == name
        env = svc["environment"]
        assert env["DATABASE_URL"].startswith("postgresql+psycopg://") and "@db/" in env["DATABASE_URL"]
        assert env["REDIS_URL"].startswith("redis://queue:")
        assert f"files:{env['CREDPROOF_DATA_DIR']}" in svc["volumes"]  # one store shared by all
        assert set(svc["depends_on"]) == {"db", "queue"}
        assert (DEPLOY / svc["env_file"]).with_suffix(".env.example").is_file()
        assert (ROOT / svc["build"]["context"].replace("..", ".") / svc["build"]["dockerfile"]).is_file()
    assert services["worker"]["deploy"]["replicas"] >= 2


def test_the_containerfile_copies_what_exists_and_runs_serve():
    text = (DEPLOY / "Containerfile").read_text()
    copies = [shlex.split(m)[:-1] for m in re.findall(r"^COPY (.+)$", text, flags=re.M)]
    sources = [s for group in copies for s in group]
    assert sources and all((ROOT / s).exists() for s in sources), sources
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    for package in packages["include"]:
        assert package.rstrip("*") in sources  # every package of ours is in the image
    cmd = re.search(r"^CMD (.+)$", text, flags=re.M)
    assert cmd is not None
    check_command(yaml.safe_load(cmd.group(1)))
    assert "/healthz" in text


def test_the_readme_points_to_deploy():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Running it for real", 1)[1].split("\n## ", 1)[0]
    for path in (
        "deploy/systemd/",
        "deploy/compose.yaml",
        "deploy/Containerfile",
        "deploy/credproof.env.example",
    ):
        assert path in section
        assert (ROOT / path).exists()
