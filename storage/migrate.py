"""Run the ledger's Alembic migrations programmatically — on every start, no manual step, no alembic.ini."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

HEAD = "0003"
#: The revision that masked the stored full text: a ledger upgraded past it is vacuumed once.
MASKED = "0002"


def alembic_config(engine: Engine | None = None):
    """An Alembic ``Config`` pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is already there)."""
    from alembic import command

    cfg = alembic_config(engine)
    before = current(engine) if engine.dialect.name == "sqlite" else None
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # several services starting at once: one migrates, the others wait and find it done
            from sqlalchemy import text

            conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    if engine.dialect.name == "sqlite" and before is not None and before < MASKED:
        scrub_sqlite(engine)


def scrub_sqlite(engine: Engine) -> None:
    """Rewrite a SQLite ledger so replaced values leave the file: VACUUM, then an empty WAL."""
    raw = engine.raw_connection()  # the DBAPI connection is in autocommit mode (see storage.engine)
    try:
        cur = raw.cursor()
        cur.execute("VACUUM")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw.close()


def current(engine: Engine) -> str | None:
    """The schema revision the database is at (None before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
