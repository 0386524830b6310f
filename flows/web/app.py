"""The application factory: one FastAPI app over one service root, its ledger, its people and its templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from classifiers.masking import mask_text

from .auth import Sessions, load_key

HERE = Path(__file__).resolve().parent
#: Content-Security-Policy of every response: nothing from elsewhere, no inline script.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


class LoginRequired(Exception):
    """No (valid) session: the page sends the person to the login form."""


class Forbidden(Exception):
    """Signed in, but this role may not do this (403), with the reason in Chinese and English."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Console:
    """What every request handler needs, built once per app."""

    root: Path
    ledger: object
    people: object
    sessions: Sessions
    env: Environment
    config_path: str | None
    secure_cookies: bool
    max_bytes: int
    bureau: str
    notice_options: object

    def render(self, name: str, status: int = 200, **context) -> HTMLResponse:
        """A page from ``templates/``, autoescaped and masked."""
        return HTMLResponse(self.env.get_template(name).render(**context), status_code=status)


def _finalize(value):
    """Every string a template prints is masked (an ID number in a title never reaches the page);
    ``Markup`` is left alone: it is HTML the reports layer already escaped and masked, or a token."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return mask_text(value)
    return "" if value is None else value


def keep(value) -> Markup:
    """Escaped but not masked: CSRF tokens, fingerprints, versions (hex and digits, not personal data)."""
    return Markup(escape("" if value is None else str(value)))


def environment() -> Environment:
    """The Jinja2 environment: autoescape on for every template, masking at output."""
    from reports import labels as L
    from storage.review_machine import ACTIONS, STATES

    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, finalize=_finalize,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(keep=keep, STATES=STATES, ACTIONS=ACTIONS, DECISION=L.DECISION_SHORT, code_name=L.code_name,
                       SEVERITY=L.SEVERITY)
    from . import messages

    env.globals["M"] = messages
    return env


def create_app(root: str | Path, *, ledger_url: str | None = None, config_path: str | None = None,
               secure_cookies: bool = False, webhooks: bool = True, ledger=None) -> FastAPI:
    """The console and the API on ``root`` (its ledger must exist: ``gongkai serve`` checks that first)."""
    from extractors.registry import Limits
    from reports.settings import load_report_settings
    from storage import Ledger
    from storage.people import People

    from classifiers.config import load_config

    root = Path(root).resolve()
    ledger = ledger or Ledger.for_root(root, ledger_url)
    people = People(ledger)
    limits = load_config(config_path)["limits"] if config_path else Limits()
    report_settings = load_report_settings(config_path)
    console = Console(root=root, ledger=ledger, people=people, sessions=Sessions(people, load_key(root)),
                      env=environment(), config_path=config_path, secure_cookies=secure_cookies,
                      max_bytes=limits.max_bytes, bureau=report_settings.bureau,
                      notice_options=report_settings.notice_options())
    app = FastAPI(title="gongkai-audit OA API", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="公文公开属性与保密审查 · OA 投递接口 / submit documents for audit and read the results")
    app.state.console = console
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _mount_swagger(app)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.url.path != "/healthz" and not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    from .limits import BodyLimit

    # outermost: an unauthenticated upload or an over-long body is answered before Starlette spools any of it to disk
    app.add_middleware(BodyLimit, console=console)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired):
        nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(nxt, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.message}, status_code=403)
        return console.render("error.html", 403, message=exc.message, who=None)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # FastAPI's own answer echoes each bad value back ("input"), a full ID number or a whole hostile form
        # field included: say where and what kind of error, never the value
        where = [{"loc": [str(x)[:64] for x in e.get("loc", ())], "type": str(e.get("type", ""))[:64]}
                 for e in exc.errors()[:20]]
        msg = "请求参数不合法 / invalid request: " + "; ".join(".".join(w["loc"]) + f" ({w['type']})" for w in where)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": msg, "detail": where}, status_code=422)
        return console.render("error.html", 422, message=msg, who=None)

    @app.get("/healthz", include_in_schema=False)
    def healthz(request: Request):
        # with the watch service in this process (gongkai serve): 503 when it stopped or cannot reach the ledger, so a
        # monitor sees what the console alone would not show (uploads accepted, nothing audited)
        watch = getattr(request.app.state, "watch", None)
        if watch is not None:
            thread, svc = watch
            if not thread.is_alive() and not svc.stop.is_set():
                return JSONResponse({"status": "error", "watch": "stopped",
                                     "message": "监视服务已停止 / the watch service stopped"}, status_code=503)
            away = svc.ledger_away
            if away is not None:
                what = getattr(svc, "away_what", None) or "ledger"
                name = ("Prefect 服务器", "the Prefect server") if what == "prefect" else ("台账数据库", "the ledger")
                return JSONResponse({"status": "degraded", what: "unavailable", "seconds": int(away),
                                     "message": f"{name[0]}暂不可用，恢复后自动继续 / {name[1]} is unavailable; "
                                                "work resumes when it answers"}, status_code=503)
        return {"status": "ok"}

    from . import api, pages

    app.include_router(pages.router)
    app.include_router(api.router)
    if webhooks:
        from .webhooks import WebhookCaller

        caller = WebhookCaller(console)
        app.router.on_startup.append(caller.start)
        app.router.on_shutdown.append(caller.stop)
        app.state.webhooks = caller
    return app


def _mount_swagger(app: FastAPI) -> None:
    """/docs: Swagger UI from the ``swagger-ui-bundle`` package, served from here (no CDN)."""
    try:
        import swagger_ui_bundle
    except ImportError:  # the page is optional; /openapi.json always works
        return
    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return HTMLResponse(
            '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>gongkai OA API</title>'
            '<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head><body><div id="swagger-ui"></div>'
            '<script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/static/docs-init.js"></script>'
            '</body></html>')
