"""The console in Debian's Chromium, driven by Playwright (``executable_path=/usr/bin/chromium``, no browser download)."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from console_helpers import PASSWORD, process_inbox

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def served(console_root):
    """uvicorn on a free loopback port in a thread, over a private copy of the processed root."""
    pw = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) is not installed")
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed")
    import uvicorn

    from flows.web import create_app

    root, token = console_root
    app = create_app(root, webhooks=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield f"http://127.0.0.1:{port}", browser, root, token
        finally:
            browser.close()
    server.should_exit = True
    t.join(timeout=10)
    app.state.console.ledger.close()


def sign_in(browser, base, name):
    page = browser.new_page()
    page.goto(f"{base}/queue")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")
    return page


def test_reviewer_returns_a_returned_document_with_a_comment(served):
    base, browser, root, _ = served
    page = sign_in(browser, base, "马审核")
    page.click("a[href='/queue?state=returned']")
    page.click("#queue a:has-text('创业补贴')")
    assert "个人信息" in page.inner_text("#findings") and "********" in page.inner_text("#findings")
    page.fill("textarea[name=comment]", "请对身份证号去标识化后重新报送")
    page.click("button.act-return")
    notice = page.inner_text("#notice")
    assert "已退回" in notice and "请对身份证号去标识化后重新报送" in notice
    assert "退回" in page.inner_text("#state")
    page.goto(f"{base}/history")
    assert "请对身份证号去标识化后重新报送" in page.inner_text("#history")


def test_section_sees_only_its_own(served):
    base, browser, _, _ = served
    page = sign_in(browser, base, "就业科")
    text = page.inner_text("#queue")
    assert "创业补贴" in text and "元旦" not in text
    assert page.locator("#decide").count() == 0


def test_submit_by_api_and_see_the_result(served):
    base, browser, root, token = served
    ctx = browser.new_context(extra_http_headers={"Authorization": f"Bearer {token}"})
    api = ctx.request
    r = api.post(f"{base}/api/v1/documents", multipart={
        "file": {"name": "值班通知.txt", "mimeType": "text/plain",
                 "buffer": "关于做好值班工作的通知\n公开方式：主动公开\n".encode()},
        "department": "办公室"})
    assert r.status == 202
    sub = r.json()["id"]
    process_inbox(root, 1)  # the watch service's turn (gongkai serve runs it in the same process)
    st = api.get(f"{base}/api/v1/documents/{sub}").json()
    assert st["status"] == "done" and st["result"]["file"]
    ctx.close()
    page = sign_in(browser, base, "办公室科员")
    assert "值班通知" in page.inner_text("#queue")
