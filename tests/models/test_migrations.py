"""Migrations build the schema the models describe, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from models.db import make_engine
from models.migrate import alembic_config, upgrade
from models.tables import metadata


def test_upgrade_creates_every_table(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(metadata.tables) <= tables
    assert "alembic_version" in tables


def test_models_and_migrations_agree(db_url: str) -> None:
    """`alembic check` fails when a model changed without a migration."""
    upgrade(db_url)
    command.check(alembic_config(db_url))


def test_upgrade_is_idempotent(db_url: str) -> None:
    upgrade(db_url)
    upgrade(db_url)  # a second start must not fail or re-create anything
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("select version_num from alembic_version").scalar_one()
    finally:
        engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(db_url)).get_current_head()
    assert version == head


def test_revisions_form_one_chain() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1, f"migrations branch: {heads}"
    assert [r.revision for r in script.walk_revisions()][-1] == "0001"


@pytest.mark.parametrize("name", ["documents", "pages", "evidence"])
def test_core_tables_declared(name: str) -> None:
    assert name in metadata.tables
