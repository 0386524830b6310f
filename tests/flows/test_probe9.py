"""Probe 9: what a hostile user or a hostile document can do to the people-facing surfaces — the console's pages,
the OA API, the HTML flag report, the xlsx register and monthly workbook, the docx 退文通知单, and the names made
of titles, 科室 and upload names.

Every test is small and deterministic: a root under ``tmp_path`` processed by the inline service, then the console
through FastAPI's TestClient, or a reports function called in-process on a workbook under ``tmp_path``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from console_helpers import PASSWORD, add_people, csrf_of, login

ID = "640522197001205822"  # a valid 18-digit 公民身份号码 (check character 2)
XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'


def gongwen(title: str = "关于做好就业服务工作的通知", attribute: str | None = "主动公开",
            body: str = "现就做好就业服务工作通知如下。请认真落实。") -> str:
    """A plain-text 公文: 版头, 标题, 主送, 正文, 落款, and the 公开方式 line when ``attribute``."""
    return (f"中卫市人力资源和社会保障局\n{title}\n各科室：\n{body}\n中卫市人力资源和社会保障局\n2026年11月2日\n"
            + (f"公开方式：{attribute}\n" if attribute else ""))


def run_service(root: Path) -> list:
    """``gongkai watch --root ROOT --once --engine inline`` in-process, without settle waits."""
    from flows.service import Service
    from flows.settings import load_settings

    svc = Service(load_settings(env={}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                   "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        return svc.run(once=True)
    finally:
        svc.close()


def drop(root: Path, rel: str, text: str) -> Path:
    p = root / "inbox" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def console(tmp_path):
    """(TestClient, root) over a root holding a few processed documents and the usual people."""
    from fastapi.testclient import TestClient

    from flows.web import create_app

    root = tmp_path / "root"
    drop(root, "就业促进科/通知.txt", gongwen())
    drop(root, "办公室/值班.txt", gongwen("关于做好元旦期间值班工作的通知"))
    drop(root, "值班无科室.txt", gongwen("关于做好春节期间值班工作的通知", attribute=None))
    run_service(root)
    token = add_people(root)
    app = create_app(root, webhooks=False)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        client.root, client.token = root, token
        yield client
    app.state.console.ledger.close()


def run_id(root: Path, part: str) -> int:
    from storage import Ledger

    ledger = Ledger.for_root(root)
    try:
        return next(r.id for r in ledger.latest_runs() if part in r.file_name)
    finally:
        ledger.close()


# -- 1. login's next= : a backslash or a tab after the slash is another host to a browser ------------------------
@pytest.mark.parametrize("target", ["/\\evil.example/", "/\t/evil.example/", "/\\/evil.example", " //evil.example",
                                    "/%5Cevil.example"])
def test_login_next_never_leaves_the_site(console, target):
    page = console.get("/login", params={"next": target})
    shown = html.unescape(re.search(r'name="next" value="([^"]*)"', page.text).group(1))
    r = console.post("/login", data={"name": "马审核", "password": PASSWORD, "csrf": csrf_of(page.text), "next": target},
                     follow_redirects=False)
    assert r.status_code == 303
    for where in (shown, r.headers["location"]):
        # what a browser does with a Location: tabs and newlines dropped, a backslash read as a slash
        seen = re.sub(r"[\t\n\r]", "", where).replace("\\", "/").strip()
        assert seen.startswith("/") and not seen.startswith("//"), where
