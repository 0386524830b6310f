"""Helpers of the console and API tests (imported by name: pyproject puts tests/flows/web on the path)."""

from __future__ import annotations

import re
from pathlib import Path


DEMO_FILES = ("办公室/关于做好元旦期间值班工作的通知.docx", "就业促进科/创业补贴公示（含完整身份证号）.docx", "办公室/空文件.docx")
PASSWORD = "correct horse 42"


def process_inbox(root: Path, n: int | None = None) -> list:
    """Run the inline service once over the root's inbox."""
    from flows.service import Service
    from flows.settings import load_settings

    svc = Service(load_settings(env={}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                   "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        out = svc.run(once=True)
    finally:
        svc.close()
    if n is not None:
        assert len(out) == n
    return out


def add_people(root: Path) -> str:
    """A reviewer, a second reviewer, a section (就业促进科), another section, the office, an OA token."""
    from flows.web.auth import hash_password, new_token, sha256
    from storage import Ledger
    from storage.people import People

    ledger = Ledger.for_root(root)
    people = People(ledger)
    h = hash_password(PASSWORD)
    people.add_user("马审核", "reviewer", password_hash=h)
    people.add_user("李审核", "reviewer", password_hash=h)
    people.add_user("就业科", "section", section="就业促进科", password_hash=h)
    people.add_user("办公室科员", "section", section="办公室", password_hash=h)
    people.add_user("局办", "office", password_hash=h)
    token = new_token()
    people.add_user("OA", "oa", token_hash=sha256(token))
    ledger.close()
    return token


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "the page carries a CSRF token"
    return m.group(1)


def login(client, name: str, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/queue"},
                       follow_redirects=False)
