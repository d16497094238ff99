"""Imports every table module so that `Base.metadata` is complete (for Alembic and create_all in tests)."""

from models import (
    tables_documents,  # noqa: F401
    tables_integration,  # noqa: F401
    tables_learning,  # noqa: F401
    tables_review,  # noqa: F401
)
from models.db import Base

metadata = Base.metadata
