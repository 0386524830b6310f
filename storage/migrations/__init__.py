"""Alembic migrations for the ledger, shipped in the package and run by ``storage.migrate.upgrade``."""
