"""Alembic environment: runs on the connection handed over by tocsin_notifier.migrate (or a URL offline)."""

from alembic import context
from sqlalchemy.engine import Connection

from tocsin_notifier.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
elif connection is None:
    raise RuntimeError("run migrations with `tocsin-notifier migrate`, which provides the connection")
else:
    run_on(connection)
