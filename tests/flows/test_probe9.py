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
from probe_helpers import gongwen, run_service
from console_helpers import PASSWORD, add_people, csrf_of, login

ID = "640522197001205822"  # a valid 18-digit 公民身份号码 (check character 2)
XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'


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
    drop(root, "人事&劳动科/甲.txt", gongwen("关于做好甲项工作的通知", attribute=None))
    drop(root, "人事&劳动科/乙.txt", gongwen("关于做好乙项工作的通知", attribute=None))
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


# -- 2. a section user without a 科室 sees nothing: not the queue, and not a document that has no 科室 either -------
def test_section_without_a_department_sees_no_document(console):
    from flows.web.auth import hash_password
    from storage import Ledger
    from storage.people import People

    ledger = Ledger.for_root(console.root)
    People(ledger).add_user("无科室人员", "section", password_hash=hash_password(PASSWORD))
    ledger.close()
    rid = run_id(console.root, "值班无科室")
    assert login(console, "无科室人员").status_code == 303
    assert "春节" not in console.get("/queue").text
    assert console.get(f"/documents/{rid}").status_code in (403, 404)
    assert console.get(f"/documents/{rid}/report").status_code in (403, 404)


# -- 3. the register's export link carries the 科室 filter as typed (a 科室 named with & or # or +) -------------
@pytest.mark.parametrize("dept", ["人事&劳动科", "A+B科", "一#科"])
def test_register_export_link_keeps_the_department(console, dept):
    login(console, "局办")
    page = console.get("/register", params={"department": dept}).text
    href = html.unescape(re.search(r'href="(/register\.xlsx[^"]*)"', page).group(1))
    assert parse_qs(urlsplit(href).query).get("department") == [dept], href


def test_queue_and_log_pagers_keep_the_filters(console):
    from flows.web import pages

    login(console, "局办")
    for _ in range(2):
        console.get("/register.xlsx", params={"department": "人事&劳动科"})  # two export entries in the log
    pages_size, pages.PAGE_SIZE = pages.PAGE_SIZE, 1
    try:
        queue = console.get("/queue", params={"department": "人事&劳动科"}).text
        log = console.get("/log", params={"actor": "局办", "event": "export"}).text
    finally:
        pages.PAGE_SIZE = pages_size
    nxt = html.unescape(re.search(r'<a href="(\?[^"]*)">下一页', queue).group(1))
    assert parse_qs(urlsplit(nxt).query)["department"] == ["人事&劳动科"], nxt
    nxt = html.unescape(re.search(r'<a href="(\?[^"]*)">下一页', log).group(1))
    assert parse_qs(urlsplit(nxt).query)["event"] == ["export"], nxt


# -- 4. the register workbook: every user string is text, and a string too long for a cell does not break it -----
HOSTILE_CELLS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1",
                 "=cmd|' /C calc'!A0", "\x01控制\x1f字符", "a" * 40_000]


def test_register_workbook_keeps_hostile_strings_as_text(tmp_path):
    import datetime as dt

    from openpyxl import load_workbook

    from reports.register import RegisterRow, write_register

    day = dt.date(2026, 11, 2)
    rows = [RegisterRow(published_on=day, form=v, subject=v, doc_number=v, scope=v, opinion=v, attribute=v,
                        department=v, reviewer=v) for v in HOSTILE_CELLS]
    path = write_register(rows, tmp_path / "登记台账.xlsx", day, day, bureau="=局")
    ws = load_workbook(path)["登记台账"]
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            if isinstance(cell.value, str):
                assert len(cell.value) <= 32_767, (cell.coordinate, "longer than an Excel cell holds")
                assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", cell.value)
                if cell.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                    assert cell.quotePrefix, cell.coordinate


# -- 5. a decision's comment: hostile text reaches the docx notice as text; a huge one is refused, not stored ------
def _decide(console, rid: int, **data):
    page = console.get(f"/documents/{rid}")
    m = re.search(r'name="expected_state" value="([^"]+)"', page.text)
    v = re.search(r'name="expected_version" value="([^"]+)"', page.text)
    return console.post(f"/documents/{rid}/decide", data={"csrf": csrf_of(page.text), "expected_state": m.group(1),
                                                          "expected_version": v.group(1), **data})


def test_hostile_comment_in_the_return_notice(console):
    from docx import Document

    login(console, "马审核")
    rid = run_id(console.root, "通知.txt")
    comment = f"</w:t><w:t>注入\x01\x0b{XSS} 身份证{ID} ]]>"
    r = _decide(console, rid, action="return", comment=comment)
    assert r.status_code == 200, r.text[:500]
    assert "<script>alert" not in r.text and ID not in r.text
    notices = list((console.root / "returned").rglob("通知.txt*退文通知单*.docx"))
    assert notices
    text = "\n".join(p.text for p in Document(str(notices[0])).paragraphs)
    text += "\n".join(c.text for t in Document(str(notices[0])).tables for row in t.rows for c in row.cells)
    assert "</w:t><w:t>注入" in text and ID not in text


def test_huge_comment_is_refused_not_stored(console):
    from storage import Ledger

    login(console, "马审核")
    rid = run_id(console.root, "值班.txt")
    r = _decide(console, rid, action="return", comment="长" * 20_000)
    assert r.status_code == 400 and 'id="refusal"' in r.text
    assert len(r.text) < 100_000, "the refusal does not echo the comment back"
    ledger = Ledger.for_root(console.root)
    try:
        assert not [d for d in ledger.decisions(rid) if d.comment and len(d.comment) > 2000]
    finally:
        ledger.close()


# -- 6. markup in a title, a file name, a 科室, a sidecar's fields and a comment is text on every page -------------
def test_markup_from_documents_and_people_is_escaped_everywhere(tmp_path):
    import json

    from fastapi.testclient import TestClient

    from flows.web import create_app

    root = tmp_path / "root"
    title = "关于<script>alert(1)</script>做好就业服务工作的通知"
    name = "<img src=x onerror=alert(2)>.txt"
    drop(root, f"科'室/{name}", gongwen(title, body=f"现就做好就业服务工作通知如下。<iframe src=//x>请认真落实。"))
    side = {"标题": "<svg onload=alert(3)>", "发文字号": "<b>人社发〔2026〕1号</b>", "承办科室": "科'室",
            "拟稿人": "<a href=javascript:alert(4)>x</a>", "公开属性": "主动公开"}
    (root / "inbox" / "科'室" / f"{name}.json").write_text(json.dumps(side, ensure_ascii=False), encoding="utf-8")
    run_service(root)
    add_people(root)
    app = create_app(root, webhooks=False)
    bad = re.compile(r"<(script>alert|img src=x|svg onload|iframe src|a href=javascript|b>人社)", re.I)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        login(c, "马审核")
        queue = c.get("/queue").text
        rid = int(re.search(r'href="/documents/(\d+)"', queue).group(1))
        doc = c.get(f"/documents/{rid}")
        report = c.get(f"/documents/{rid}/report")
        state = re.search(r'name="expected_state" value="([^"]+)"', doc.text).group(1)
        comment = "<script>alert(5)</script>"
        action = "approve" if state == "pending" else "return"
        c.post(f"/documents/{rid}/decide", data={"csrf": csrf_of(doc.text), "expected_state": state,
                                                 "expected_version": "0", "action": action, "comment": comment,
                                                 "attribute": "主动公开", "override": "1", "reason": comment})
        pages = {"queue": queue, "document": doc.text, "report": report.text, "after": c.get(f"/documents/{rid}").text,
                 "history": c.get("/history").text}
        login(c, "局办")
        pages |= {"register": c.get("/register").text, "monthly": c.get("/monthly").text, "log": c.get("/log").text,
                  "office-queue": c.get("/queue").text}
    app.state.console.ledger.close()
    assert report.status_code == 200
    for page, text in pages.items():
        assert not bad.search(text), (page, bad.search(text).group())
    assert "&lt;script&gt;" in pages["document"]


# -- 7. numbers in the URL too large for the ledger are a clean 4xx, not a server error ----------------------------
@pytest.mark.parametrize("path", ["/documents/99999999999999999999", "/documents/99999999999999999999/report",
                                  "/queue?page=99999999999999999999", "/log?page=99999999999999999999",
                                  "/documents/-1"])
def test_huge_numbers_in_the_url(console, path):
    login(console, "局办")
    r = console.get(path)
    assert r.status_code < 500, (path, r.status_code, r.text[:200])
    assert "Traceback" not in r.text and str(console.root) not in r.text


# -- 8. upload names: long, hidden, odd — the inbox takes each under a name that fits, with its sidecar beside it ----
def _api(root: Path):
    from fastapi.testclient import TestClient

    from flows.web import create_app
    from flows.web.auth import new_token, sha256
    from storage import Ledger
    from storage.people import People

    (root / "inbox").mkdir(parents=True, exist_ok=True)
    ledger = Ledger.for_root(root)
    token = new_token()
    People(ledger).add_user("OA", "oa", token_hash=sha256(token))
    ledger.close()
    app = create_app(root, webhooks=False)
    return app, TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False), {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("name", [
    pytest.param("通" * 82 + ".txt", id="253-bytes"),
    pytest.param("通" * 85 + ".txt", id="259-bytes"),
    pytest.param("a" * 251 + ".txt", id="255-ascii"),
    pytest.param("通知\n第二行\r\x1b[31m\u202etxt.exe.txt", id="controls"),
    pytest.param(f"名单{ID}.txt", id="full-id"),
])
@pytest.mark.parametrize("with_sidecar", [False, True], ids=["plain", "sidecar"])
def test_upload_names_fit_and_stay_plain(tmp_path, name, with_sidecar):
    import json

    root = tmp_path / "root"
    app, client, headers = _api(root)
    data = {"sidecar": json.dumps({"公开属性": "主动公开"}, ensure_ascii=False)} if with_sidecar else {}
    with client:
        first = client.post("/api/v1/documents", files={"file": (name, gongwen().encode())}, data=data, headers=headers)
        second = client.post("/api/v1/documents", files={"file": (name, gongwen().encode())}, data=data, headers=headers)
    app.state.console.ledger.close()
    assert first.status_code == 202 and second.status_code == 202, (first.text, second.text)
    made = [p for p in (root / "inbox").rglob("*") if p.is_file()]
    assert len(made) == (4 if with_sidecar else 2), made
    for p in made:
        assert len(p.name.encode("utf-8")) <= 255, p.name
        assert not re.search(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]", p.name), repr(p.name)
        assert ID not in p.name, "the API made this name: no full number in it"
    for doc in (p for p in made if not p.name.endswith(".json")):
        if with_sidecar:
            assert (doc.parent / f"{doc.name}.json").is_file(), "the sidecar is the document's own"


# -- 9. a 科室, a title and a comment that read as formulas: the exported register and the monthly workbook ---------
def test_exports_from_a_hostile_department_hold_no_formula(tmp_path):
    import datetime as dt
    import io

    from fastapi.testclient import TestClient
    from openpyxl import load_workbook

    from flows.cli import main as cli
    from flows.web import create_app

    root = tmp_path / "root"
    dept = "=1+1科"
    drop(root, f"{dept}/通知.txt", gongwen("=HYPERLINK(\"http://x\",\"点此\")关于做好就业服务工作的通知"))
    run_service(root)
    add_people(root)
    app = create_app(root, webhooks=False)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        login(c, "马审核")
        rid = int(re.search(r'href="/documents/(\d+)"', c.get("/queue").text).group(1))
        r = _decide(c, rid, action="approve", comment="@SUM(1+1)*cmd|' /C calc'!A0")
        assert r.status_code == 200, re.findall(r'id="refusal">[^<]*', r.text)
        login(c, "局办")
        register = c.get("/register.xlsx")
    app.state.console.ledger.close()
    today = dt.date.today()
    assert cli(["report", "monthly", "--root", str(root), f"{today.year:04d}-{today.month:02d}",
                "--out", str(tmp_path / "out")]) == 0
    books = [load_workbook(io.BytesIO(register.content))] + [load_workbook(p) for p in (tmp_path / "out").glob("*.xlsx")]
    assert len(books) == 2
    seen = set()
    for wb in books:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        seen.add(cell.value)
    assert dept in seen and any(v.startswith("=HYPERLINK") for v in seen), "the hostile strings are there, as text"


# -- 10. every state-changing route of the console wants the CSRF token; the cookies are Secure behind TLS -----------
def test_every_console_post_needs_csrf(console):
    from flows.web.auth import COOKIE

    login(console, "马审核")
    rid = run_id(console.root, "值班.txt")
    from flows.web import pages

    posts = sorted({r.path for r in pages.router.routes if "POST" in (getattr(r, "methods", None) or ())})
    assert posts == ["/documents/{run_id}/decide", "/login", "/logout"], posts
    for path in posts:
        url = path.replace("{run_id}", str(rid))
        r = console.post(url, data={"action": "return", "comment": "x", "name": "马审核", "password": PASSWORD,
                                    "expected_state": "returned", "expected_version": "0"}, follow_redirects=False)
        assert r.status_code == 403, (path, r.status_code)
    assert console.get("/queue", follow_redirects=False).status_code == 200, "still signed in: logout refused"
    assert "决定记录" not in console.get(f"/documents/{rid}").text, "nothing was decided"
    assert console.cookies.get(COOKIE)


def test_cookies_are_secure_behind_tls(tmp_path):
    from fastapi.testclient import TestClient

    from flows.web import create_app
    from storage import Ledger

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    Ledger.for_root(root).close()
    add_people(root)
    app = create_app(root, webhooks=False, secure_cookies=True)
    with TestClient(app, base_url="https://127.0.0.1") as c:
        login_cookie = c.get("/login").headers["set-cookie"]
        r = login(c, "局办")
    app.state.console.ledger.close()
    for cookie in (login_cookie, r.headers["set-cookie"]):
        assert "Secure" in cookie and "HttpOnly" in cookie and "samesite=strict" in cookie.lower(), cookie


# -- 10. a request FastAPI refuses (422): where and what kind of error, never the value sent ------------------------
def test_a_refused_api_request_does_not_echo_what_was_sent(tmp_path):
    root = tmp_path / "root"
    app, client, headers = _api(root)
    with client:
        r = client.post("/api/v1/documents", data={"sidecar": f'{{"备注": "{ID}"}}', "department": "<b>x</b>"},
                        headers=headers)
    app.state.console.ledger.close()
    assert r.status_code == 422
    body = r.json()
    assert ID not in r.text and "<b>" not in r.text, r.text
    assert "请求参数不合法" in body["error"] and "invalid request" in body["error"]
    assert body["detail"] == [{"loc": ["body", "file"], "type": "missing"}]


def test_a_refused_page_request_does_not_echo_what_was_sent(console):
    login(console, "局办")
    r = console.get("/queue", params={"page": f"<script>{ID}"})
    assert r.status_code == 422
    assert ID not in r.text and "&lt;script&gt;" not in r.text, r.text  # not even escaped: the value is not shown
    assert "请求参数不合法" in r.text and "query.page (int_parsing)" in r.text
