"""The console's pages: sign-in, the queue, one document and its decision, the register, the month, history, the log.

Roles: a **reviewer** decides; a **section** (承办科室) sees only its own 科室's documents and returns;
the **office** sees everything, the statistics and the audit log; an **oa** token never reaches a
page. Every decision goes through ``flows.review_decide.decide`` with the state and version the page
showed, so of two reviewers pressing at once exactly one wins and the other reads who decided first.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from . import messages as M
from .app import Console, Forbidden, LoginRequired
from .auth import COOKIE, LOGIN_COOKIE, Who, csrf_ok, rate_limited, verify_password

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 100
#: The largest id or page number a URL may name: a SQL BIGINT holds no more (a larger one overflowed to a 500).
LARGEST = 2**63 - 1


def console_of(request: Request) -> Console:
    return request.app.state.console


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def who(request: Request) -> Who:
    """The signed-in person, or a redirect to the login form; an API token is refused outright."""
    if request.headers.get("authorization"):
        raise Forbidden(M.TOKEN_NOT_CONSOLE)
    found = console_of(request).sessions.who(request.cookies.get(COOKIE))
    if found is None:
        raise LoginRequired()
    return found


def reviewer(w: Who = Depends(who)) -> Who:
    if w.user.role != "reviewer":
        raise Forbidden(M.NOT_REVIEWER)
    return w


def office(w: Who = Depends(who)) -> Who:
    if w.user.role != "office":
        raise Forbidden(M.NOT_OFFICE)
    return w


async def checked_form(request: Request, w: Who = Depends(who)) -> dict:
    """The posted form, after its CSRF token matched the session's (403 otherwise)."""
    form = dict(await request.form())
    if not csrf_ok(w.csrf, form.get("csrf")):
        raise Forbidden(M.CSRF_FAILED)
    return form


def _cookie(response: Response, console: Console, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", secure=console.secure_cookies,
                        path="/")


# -- sign in / out ---------------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/queue"):
    import secrets

    c = console_of(request)
    token = secrets.token_urlsafe(24)
    resp = c.render("login.html", who=None, csrf=token, next=_local(next), error=None)
    _cookie(resp, c, LOGIN_COOKIE, token, 1800)
    return resp


def _local(url: str) -> str:
    """Only a path on this site is a place to go after login (no open redirect).

    A browser reads a backslash as a slash and drops tabs and newlines from a ``Location``, so
    ``/\\evil.example`` and ``/<TAB>/evil.example`` are ``//evil.example``: another host. Neither may come through."""
    url = url or ""
    parts = urlsplit(url)
    if (parts.scheme or parts.netloc or not url.startswith("/") or url.startswith("//") or "\\" in url
            or any(ch <= " " or ch == "\x7f" for ch in url)):
        return "/queue"
    return url


@router.post("/login")
async def login(request: Request):
    c = console_of(request)
    form = dict(await request.form())
    ip = client_ip(request)
    name = str(form.get("name", "")).strip()[:128]
    if not csrf_ok(request.cookies.get(LOGIN_COOKIE), form.get("csrf")):
        return c.render("login.html", 403, who=None, csrf=request.cookies.get(LOGIN_COOKIE, ""), next="/queue",
                        error=M.CSRF_FAILED)
    if rate_limited(c.people, name, ip):
        c.people.log("login_blocked", actor=name, ip=ip)
        return c.render("login.html", 429, who=None, csrf=form.get("csrf"), next=_local(str(form.get("next", ""))),
                        error=M.LOGIN_BLOCKED)
    found = c.people.password_hash(name) if name else None
    if found is None or not verify_password(found[1], str(form.get("password", ""))):
        c.people.log("login_failed", actor=name, ip=ip)
        return c.render("login.html", 401, who=None, csrf=form.get("csrf"), next=_local(str(form.get("next", ""))),
                        error=M.LOGIN_FAILED)
    user = found[0]
    c.people.log("login_ok", actor=user.name, role=user.role, ip=ip)
    resp = RedirectResponse(_local(str(form.get("next", "/queue"))), status_code=303)
    _cookie(resp, c, COOKIE, c.sessions.start(user, ip), None)
    resp.delete_cookie(LOGIN_COOKIE, path="/")
    return resp


@router.post("/logout")
def logout(request: Request, w: Who = Depends(who), form: dict = Depends(checked_form)):
    c = console_of(request)
    c.sessions.end(w)
    c.people.log("logout", actor=w.user.name, role=w.user.role, ip=client_ip(request))
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/")
def home():
    return RedirectResponse("/queue", status_code=303)


# -- the queue -------------------------------------------------------------------------------------
def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, state: str = "", department: str = "", decision: str = "", code: str = "",
          since: str = "", until: str = "", page: int = 1, w: Who = Depends(who)):
    from storage.console_queries import ConsoleFilter, departments, queue_page

    c = console_of(request)
    section = w.user.role == "section"
    if section:
        department = w.user.section or "\0"  # a section without a 科室 sees nothing
    page = min(max(1, page), LARGEST // PAGE_SIZE)
    # a section sees all its documents in any state; the others see what waits in the queue
    flt = ConsoleFilter(department=department or None, state=state or None, decision=decision or None, code=code or None,
                        since=_date(since), until=_date(until), waiting_only=not section)
    found = queue_page(c.ledger, flt, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    counts, total, shown = found.counts, found.total, found.rows
    from reports.labels import CODE

    return c.render("queue.html", who=w, rows=shown, counts=counts, total=total, page=page,
                    pages=max(1, -(-total // PAGE_SIZE)), section=section,
                    f={"state": state, "department": department if not section else w.user.section,
                       "decision": decision, "code": code, "since": since, "until": until},
                    departments=[] if section else departments(c.ledger), codes=sorted(CODE))


# -- one document ----------------------------------------------------------------------------------
def _run_for(c: Console, w: Who, run_id: int):
    run = c.ledger.run(run_id) if 0 < run_id <= LARGEST else None
    if run is None:
        raise Forbidden(M.NOT_FOUND) if w.user.role == "section" else _NotFound()
    # a section without a 科室 sees nothing — not even a document that has no 科室 either (None == None)
    if w.user.role == "section" and (not w.user.section or run.department != w.user.section):
        raise Forbidden(M.NOT_YOUR_SECTION)
    return run


class _NotFound(Forbidden):
    def __init__(self) -> None:
        super().__init__(M.NOT_FOUND)


def _document_page(c: Console, w: Who, run_id: int, *, notice: str | None = None, refusal: str | None = None,
                   status: int = 200) -> HTMLResponse:
    from markupsafe import Markup

    from classifiers.model import AuditResult
    from reports.docinfo import doc_info
    from reports.flag import findings_block, meta_block, opinion_block
    from storage.review_machine import allowed_actions

    run = _run_for(c, w, run_id)
    state = c.ledger.review_state(run.id)
    contract = c.ledger.run_contract(run.id)
    result = AuditResult.from_contract(contract)
    report = Markup(opinion_block(result) + meta_block(result, run.audited_at, doc_info(result, contract, run.department))
                    + findings_block(result))
    history = c.ledger.decisions(run.id)
    has_report = any(p.endswith(".html") for p in run.reports)
    return c.render("document.html", status, who=w, run=run, state=state, report=report, history=history,
                    allowed=allowed_actions(state.state) if w.user.role == "reviewer" else (), notice=notice,
                    refusal=refusal, has_report=has_report, attributes=("主动公开", "依申请公开", "不予公开"))


@router.get("/documents/{run_id}", response_class=HTMLResponse)
def document(request: Request, run_id: int, w: Who = Depends(who)):
    return _document_page(console_of(request), w, run_id)


@router.get("/documents/{run_id}/report", response_class=HTMLResponse)
def stored_report(request: Request, run_id: int, w: Who = Depends(who)):
    """The flag report the service wrote (masked passages in context), from the root's reports folder."""
    c = console_of(request)
    run = _run_for(c, w, run_id)
    for rel in run.reports:
        p = (c.root / rel).resolve()
        if rel.endswith(".审查报告.html") and p.is_relative_to(c.root / "reports") and p.is_file():
            # the report's own inline <style> needs its own policy; it runs no script
            return HTMLResponse(p.read_text(encoding="utf-8"), headers={
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"})
    raise _NotFound()


@router.post("/documents/{run_id}/decide", response_class=HTMLResponse)
def decide_page(request: Request, run_id: int, w: Who = Depends(reviewer), form: dict = Depends(checked_form)):
    from flows.review_decide import decide
    from storage.review_machine import ACTIONS, STATES, DecisionRequest

    c = console_of(request)
    run = _run_for(c, w, run_id)
    action = str(form.get("action", ""))
    if action not in ("approve", "exempt", "return", "escalate", "dismiss"):
        raise Forbidden(f"未知操作 / unknown action: {action[:40]}")
    try:
        version = int(form.get("expected_version", ""))
    except ValueError:
        version = None
    text = lambda k: (str(form.get(k, "")).strip() or None)  # noqa: E731
    extra = {}
    if action == "dismiss":
        extra = {"fingerprints": tuple(f for f in [text("fingerprint")] if f), "reason_code": text("reason_code")}
    request_ = DecisionRequest(action=action, reviewer=w.user.name, comment=text("comment"), attribute=text("attribute"),
                               override=form.get("override") == "1",
                               reason=text("reason") if action in ("approve", "exempt") else None,
                               expected_state=text("expected_state"), expected_version=version,
                               os_user=f"web:{w.user.name}", **extra)
    out = decide(c.root, c.ledger, run.id, request_, notice_options=c.notice_options)
    ip = client_ip(request)
    if not out.ok:
        c.people.log("decision_refused", actor=w.user.name, role=w.user.role, ip=ip, target=f"run {run.id}",
                     detail=f"{action}: {out.result.code}")
        status = 400 if out.result.code == "bad_request" else 409
        return _document_page(c, w, run.id, refusal=out.result.message, status=status)
    d = out.result.decision
    c.people.log("decision", actor=w.user.name, role=w.user.role, ip=ip, target=f"run {run.id}",
                 detail=f"{action} {d.from_state}→{d.to_state} v{d.version}" + (f" 意见：{d.comment}" if d.comment else ""))
    notice = f"已{ACTIONS[action][0]}：{STATES[d.from_state][0]} → {STATES[d.to_state][0]}（{d.reviewer}，{d.decided_at:%Y-%m-%d %H:%M:%S}）"
    if d.comment:
        notice += f"；意见：{d.comment}"
    if out.moved_to is not None:
        notice += f"；文件已移至 {out.moved_to.relative_to(c.root)}"
    return _document_page(c, w, run.id, notice=notice)


# -- register, month, history, log -----------------------------------------------------------------
def _period(since: str, until: str) -> tuple[dt.date, dt.date]:
    today = dt.date.today()
    return _date(since) or today.replace(day=1), _date(until) or today


def _register_rows(c, w: Who, since: str, until: str, department: str):
    """(start, end, 科室 filter, register rows) for the page and its export alike: a section sees only its own."""
    from reports.source import load_register

    start, end = _period(since, until)
    rows = load_register(c.ledger, start, end)
    if w.user.role == "section":
        department = w.user.section or "\0"  # a section without a 科室 sees nothing
    if department:
        rows = [r for r in rows if r.department == department]
    return start, end, department, rows


@router.get("/register", response_class=HTMLResponse)
def register(request: Request, since: str = "", until: str = "", department: str = "", w: Who = Depends(who)):
    c = console_of(request)
    start, end, department, rows = _register_rows(c, w, since, until, department)
    return c.render("register.html", who=w, rows=rows, since=start.isoformat(), until=end.isoformat(),
                    department=department if w.user.role != "section" else w.user.section)


@router.get("/register.xlsx")
def register_xlsx(request: Request, since: str = "", until: str = "", department: str = "", w: Who = Depends(who)):
    import tempfile
    from pathlib import Path

    from reports.register import write_register

    c = console_of(request)
    start, end, department, rows = _register_rows(c, w, since, until, department)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_register(rows, Path(tmp) / "register.xlsx", start, end, bureau=c.bureau)
        data = path.read_bytes()
    c.people.log("export", actor=w.user.name, role=w.user.role, ip=client_ip(request), target="登记台账",
                 detail=f"{start}–{end} {department or '全部科室'} {len(rows)} 行")
    from urllib.parse import quote

    fname = quote(f"政务公开登记台账-{start}-{end}.xlsx")
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{fname}"})


@router.get("/monthly", response_class=HTMLResponse)
def monthly(request: Request, month: str = "", w: Who = Depends(office)):
    from markupsafe import Markup

    from reports.monthly import render_page
    from reports.rubric import load_rubric
    from reports.source import monthly_from_ledger
    from reports.stats import parse_month

    c = console_of(request)
    today = dt.date.today()
    try:
        year, mon = parse_month(month) if month else (today.year, today.month)
    except Exception:  # noqa: BLE001 — a bad month in the URL: show this month
        year, mon = today.year, today.month
    stats = monthly_from_ledger(c.ledger, year, mon, rubric=load_rubric(None))
    page = render_page(stats, bureau=c.bureau)
    # the page is the reports layer's (escaped and masked there); its style and body go inside the console's frame
    style = page.split("<style>", 1)[-1].split("</style>", 1)[0] if "<style>" in page else ""
    body = page.split("<body>", 1)[-1].rsplit("</body>", 1)[0]
    return c.render("monthly.html", who=w, month=f"{year:04d}-{mon:02d}", body=Markup(body), style=Markup(style))


@router.get("/history", response_class=HTMLResponse)
def history(request: Request, w: Who = Depends(who)):
    c = console_of(request)
    rows = c.ledger.decisions(reviewer=w.user.name)
    return c.render("history.html", who=w, rows=list(reversed(rows)))


@router.get("/log", response_class=HTMLResponse)
def audit_log(request: Request, event: str = "", actor: str = "", page: int = 1, w: Who = Depends(office)):
    c = console_of(request)
    page = min(max(1, page), LARGEST // PAGE_SIZE)
    total, rows = c.people.log_entries(event=event or None, actor=actor or None, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return c.render("log.html", who=w, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
                    event=event, actor=actor)
