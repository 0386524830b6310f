"""Mask what earlier versions stored in full: audit text, titles, contracts, register subjects.

Before this revision ``audit_runs.text`` kept every document's full visible text (all the ID, card
and phone numbers of a returned 公示). Each stored string goes through ``storage.privacy`` now — the
masked text replaces the full one (the attribute model learns from words, not digits), so
``gongkai train --root`` keeps its examples. No schema change; ``storage.migrate.upgrade`` then
checkpoints and vacuums a SQLite ledger so the old bytes leave the file and its WAL.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_BATCH = 500


def _rewrite(conn, table: str, columns: tuple[str, ...], mask) -> None:
    t = sa.table(table, sa.column("id", sa.Integer), *(sa.column(c, sa.JSON if c == "contract" else sa.Text) for c in columns))
    last = 0
    while True:
        rows = conn.execute(sa.select(t).where(t.c.id > last).order_by(t.c.id).limit(_BATCH)).all()
        if not rows:
            return
        for row in rows:
            values = {c: mask(getattr(row, c), c) for c in columns}
            if any(values[c] != getattr(row, c) for c in columns):
                conn.execute(sa.update(t).where(t.c.id == row.id).values(**values))
        last = rows[-1].id


def upgrade() -> None:
    from storage.privacy import mask_json, mask_text

    conn = op.get_bind()

    def mask(value, column):
        return mask_json(value) if column == "contract" else mask_text(value)

    _rewrite(conn, "audit_runs", ("text", "title", "contract"), mask)
    _rewrite(conn, "findings", ("message", "evidence"), mask)
    _rewrite(conn, "register_entries", ("subject", "opinion"), mask)
    _rewrite(conn, "reviews", ("comment",), mask)
    _rewrite(conn, "verdicts", ("comment",), mask)
    docs = sa.table("documents", sa.column("sha256", sa.String), sa.column("title", sa.Text))
    for sha, title in conn.execute(sa.select(docs.c.sha256, docs.c.title).where(docs.c.title.is_not(None))).all():
        masked = mask_text(title)
        if masked != title:
            conn.execute(sa.update(docs).where(docs.c.sha256 == sha).values(title=masked))


def downgrade() -> None:
    # the full text is gone for good: nothing to restore
    pass
