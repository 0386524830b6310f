"""The console over HTTP (Starlette's TestClient): sign-in, roles, CSRF, escaping, and the decision race."""

from __future__ import annotations

import re
import threading

from console_helpers import PASSWORD, csrf_of, login

from flows.web.auth import COOKIE


def _doc_id(client, name_part: str) -> int:
    page = client.get("/queue?state=")
    for m in re.finditer(r'href="/documents/(\d+)">([^<]+)</a>', page.text):
        if name_part in m.group(2):
            return int(m.group(1))
    raise AssertionError(f"{name_part} not in the queue")


def test_healthz_and_no_access_without_login(client):
    assert client.get("/healthz").status_code == 200
    for path in ("/queue", "/documents/1", "/register", "/history", "/monthly", "/log", "/register.xlsx"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login"), path
    assert client.post("/documents/1/decide", data={"action": "approve"}, follow_redirects=False).status_code == 303


def test_login_sets_a_strict_httponly_session_and_logout_ends_it(client):
    r = login(client, "马审核")
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    page = client.get("/queue")
    assert page.status_code == 200 and "待审队列" in page.text and "马审核" in page.text
    old = client.cookies.get(COOKIE)
    assert client.post("/logout", data={"csrf": csrf_of(page.text)}, follow_redirects=False).status_code == 303
    client.cookies.set(COOKIE, old)  # a kept cookie is worthless after logout: the session row is gone
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_forged_cookie_and_wrong_password_are_refused(client):
    client.cookies.set(COOKIE, "abc.def")
    assert client.get("/queue", follow_redirects=False).status_code == 303
    r = login(client, "马审核", "wrong password")
    assert r.status_code == 401 and "用户名或密码不正确" in r.text


def test_login_rate_limited_after_five_failures(client):
    for _ in range(5):
        assert login(client, "李审核", "nope nope").status_code == 401
    r = login(client, "李审核")  # even the right password, for ten minutes from this address
    assert r.status_code == 429 and "10 分钟" in r.text
    assert login(client, "马审核").status_code == 303, "another person is not blocked"


def test_login_form_needs_its_csrf_token(client):
    client.get("/login")
    r = client.post("/login", data={"name": "马审核", "password": PASSWORD, "csrf": "forged"}, follow_redirects=False)
    assert r.status_code == 403


def test_an_api_token_cannot_use_the_console(client):
    r = client.get("/queue", headers={"Authorization": f"Bearer {client.token}"}, follow_redirects=False)
    assert r.status_code == 403 and "API 令牌不能用于审核台" in r.text
    page = client.get("/login")
    r = client.post("/login", data={"name": "OA", "password": client.token, "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 401, "an oa user has no password: it cannot sign in"


def test_section_sees_only_its_own_and_cannot_decide(client):
    login(client, "办公室科员")
    page = client.get("/queue")
    assert "关于做好元旦期间值班工作的通知" in page.text and "创业补贴" not in page.text
    login(client, "马审核")
    other = _doc_id(client, "创业补贴")
    login(client, "办公室科员")
    assert client.get(f"/documents/{other}").status_code == 403
    own = _doc_id(client, "元旦")
    page = client.get(f"/documents/{own}")
    assert page.status_code == 200 and 'id="decide"' not in page.text, "no decision buttons for a section"
    r = client.post(f"/documents/{own}/decide", data={"action": "approve", "csrf": csrf_of(page.text),
                                                      "expected_state": "pending", "expected_version": "0"})
    assert r.status_code == 403 and "只有审核人" in r.text
    assert client.get("/monthly").status_code == 403 and client.get("/log").status_code == 403


def test_decision_needs_the_csrf_token(client):
    login(client, "马审核")
    rid = _doc_id(client, "元旦")
    r = client.post(f"/documents/{rid}/decide", data={"action": "approve", "expected_state": "pending", "expected_version": "0"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post(f"/documents/{rid}/decide", data={"action": "approve", "csrf": "forged", "expected_state": "pending",
                                                      "expected_version": "0"})
    assert r.status_code == 403
    assert "待审" in client.get(f"/documents/{rid}").text, "nothing was decided"


def test_return_with_a_comment_moves_the_file_and_is_logged(client):
    login(client, "马审核")
    rid = _doc_id(client, "创业补贴")
    page = client.get(f"/documents/{rid}")
    assert "440305********5258" in page.text and not re.search(r"\d{17}[\dX]", page.text), "evidence masked"
    r = client.post(f"/documents/{rid}/decide", data={"action": "return", "comment": "请对身份证号去标识化",
                                                      "csrf": csrf_of(page.text), "expected_state": "returned",
                                                      "expected_version": "0"})
    assert r.status_code == 200 and 'id="notice"' in r.text and "已退回" in r.text and "请对身份证号去标识化" in r.text
    assert list((client.root / "returned" / "就业促进科").glob("*退文通知单*"))
    assert "请对身份证号去标识化" in client.get("/history").text
    login(client, "局办")
    log = client.get("/log").text
    assert "审核决定" in log and "登录成功" in log and "马审核" in log


def test_html_in_titles_and_comments_is_escaped(client):
    from storage import Ledger
    from storage.models import AuditRunRow

    ledger = Ledger.for_root(client.root)
    rid = next(r.id for r in ledger.latest_runs() if "元旦" in r.file_name)
    with ledger.session() as s:
        s.get(AuditRunRow, rid).title = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    ledger.close()
    login(client, "马审核")
    for html in (client.get("/queue").text, client.get(f"/documents/{rid}").text):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html
    page = client.get(f"/documents/{rid}")
    r = client.post(f"/documents/{rid}/decide", data={"action": "escalate", "comment": "<b>bold</b>", "csrf": csrf_of(page.text),
                                                      "expected_state": "pending", "expected_version": "0"})
    assert r.status_code == 200 and "<b>bold</b>" not in r.text and "&lt;b&gt;bold&lt;/b&gt;" in r.text


def test_two_reviewers_at_once_exactly_one_wins(client, console_root):
    from fastapi.testclient import TestClient

    from flows.web import create_app

    root, _ = console_root
    login(client, "马审核")
    rid = _doc_id(client, "元旦")
    page_a = client.get(f"/documents/{rid}")
    app_b = create_app(root, webhooks=False)
    with TestClient(app_b, base_url="http://127.0.0.1") as other:
        login(other, "李审核")
        page_b = other.get(f"/documents/{rid}")
        results = {}
        barrier = threading.Barrier(2)

        def press(name, c, page, action, comment):
            barrier.wait()
            results[name] = c.post(f"/documents/{rid}/decide", data={
                "action": action, "comment": comment, "csrf": csrf_of(page.text), "expected_state": "pending",
                "expected_version": "0"})

        ts = [threading.Thread(target=press, args=("a", client, page_a, "approve", "同意")),
              threading.Thread(target=press, args=("b", other, page_b, "return", "不同意，请修改"))]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    app_b.state.console.ledger.close()
    codes = sorted(r.status_code for r in results.values())
    assert codes == [200, 409], codes
    loser = next(r for r in results.values() if r.status_code == 409)
    assert 'id="refusal"' in loser.text and ("马审核" in loser.text or "李审核" in loser.text)
    from storage import Ledger

    ledger = Ledger.for_root(root)
    assert len([d for d in ledger.decisions(rid) if d.action != "dismiss"]) == 1
    ledger.close()


def test_office_sees_everything_register_export_and_month(client):
    login(client, "马审核")
    rid = _doc_id(client, "元旦")
    page = client.get(f"/documents/{rid}")
    client.post(f"/documents/{rid}/decide", data={"action": "approve", "csrf": csrf_of(page.text), "expected_state": "pending",
                                                  "expected_version": "0"})
    login(client, "局办")
    assert "创业补贴" in client.get("/queue").text
    reg = client.get("/register")
    assert reg.status_code == 200 and "元旦" in reg.text
    x = client.get("/register.xlsx")
    assert x.status_code == 200 and x.content[:2] == b"PK"
    m = client.get("/monthly")
    assert m.status_code == 200 and "送审公文" in m.text
    assert "导出" in client.get("/log?event=export").text


def test_queue_filters(client):
    login(client, "局办")
    assert "元旦" not in client.get("/queue?department=就业促进科").text
    assert "创业补贴" in client.get("/queue?code=PERSONAL_DATA").text
    assert "元旦" not in client.get("/queue?code=PERSONAL_DATA").text
    page = client.get("/queue?state=returned")
    assert "创业补贴" in page.text and "元旦" not in page.text
    assert re.search(r'id="count-pending">1<', page.text) and re.search(r'id="count-returned">1<', page.text)
