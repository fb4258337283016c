"""Alembic environment: always run programmatically by filmkritik.kb.store on a live connection."""

from __future__ import annotations

from alembic import context

from filmkritik.kb.schema import Base

VERSION_TABLE = "filmkritik_alembic_version"

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic revision --autogenerate` during development
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
