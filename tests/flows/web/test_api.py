"""OA API v1: submit by token, hostile names and sizes, duplicates, status and result, webhooks, /docs without a CDN."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from console_helpers import process_inbox


def _post(client, content: bytes, name: str, token: str | None = None, **form):
    headers = {"Authorization": f"Bearer {token or client.token}"}
    return client.post("/api/v1/documents", files={"file": (name, content)}, data=form, headers=headers)


def test_submission_needs_a_token(client):
    assert client.post("/api/v1/documents", files={"file": ("a.txt", b"x")}).status_code == 401
    r = client.post("/api/v1/documents", files={"file": ("a.txt", b"x")}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    assert client.get("/api/v1/documents/abc", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_submit_audit_and_read_the_result(client, demo_inbox):
    data = (demo_inbox / "就业促进科/创业补贴公示（含完整身份证号）.docx").read_bytes()
    sidecar = json.dumps({"承办科室": "就业促进科", "公开属性": "主动公开"}, ensure_ascii=False)
    r = _post(client, data, "公示.docx", department="就业促进科", sidecar=sidecar)
    assert r.status_code == 202
    body = r.json()
    assert body["status"] == "queued" and len(body["id"]) == 32
    assert (client.root / "inbox" / "就业促进科" / "公示.docx").is_file()
    assert (client.root / "inbox" / "就业促进科" / "公示.docx.json").is_file()
    headers = {"Authorization": f"Bearer {client.token}"}
    assert client.get(f"/api/v1/documents/{body['id']}", headers=headers).json()["status"] == "queued"
    process_inbox(client.root, 1)
    st = client.get(f"/api/v1/documents/{body['id']}", headers=headers).json()
    assert st["status"] == "done" and st["route"].startswith("returned/就业促进科/")
    assert st["result"]["decision"] == "return" and st["duplicate_of"] is not None, "same content as the demo file: linked"
    text = json.dumps(st, ensure_ascii=False)
    assert "********" in text and "440305197" not in text, "the result is masked"
    again = _post(client, data, "公示.docx", department="就业促进科")
    assert again.status_code == 202 and again.json()["duplicate_of_submission"] == body["id"]
    assert again.json()["id"] != body["id"]
    assert (client.root / "inbox" / "就业促进科").glob("公示 (*).docx"), "a second file of that name does not overwrite"


def test_hostile_names_and_departments_stay_in_the_inbox(client):
    r = _post(client, b"plain text", "../../../etc/passwd", department="../../outside")
    assert r.status_code == 202
    files = [p.relative_to(client.root).as_posix() for p in (client.root / "inbox").rglob("*") if p.is_file()]
    assert files == ["inbox/_未识别科室/passwd"], files
    r = _post(client, b"plain text", ".hidden.txt")
    assert r.status_code == 202 and any(p.name.startswith("upload-") for p in (client.root / "inbox").iterdir())
    assert _post(client, b"", "empty.txt").status_code == 422
    assert _post(client, b"x", "a.txt", sidecar="[1, 2]").status_code == 422
    # a lone surrogate escape is valid JSON but no character: written as U+FFFD, not a server error
    r = _post(client, b"plain text", "b.txt", sidecar='{"承办科室": "\\ud800", "x": ["\\udfff"]}')
    assert r.status_code == 202
    side = json.loads((client.root / "inbox" / "b.txt.json").read_text(encoding="utf-8"))
    assert side == {"承办科室": "\ufffd", "x": ["\ufffd"]}


def test_size_limit(client, console_root):
    from fastapi.testclient import TestClient

    from flows.web import create_app

    root, token = console_root
    cfg = root / "small.toml"
    cfg.write_text("[limits]\nmax_bytes = 1000\n", encoding="utf-8")
    app = create_app(root, config_path=str(cfg), webhooks=False)
    with TestClient(app) as c:
        c.token = token
        assert _post(c, b"x" * 1001, "big.txt").status_code == 413
        assert _post(c, b"x" * 1000, "ok.txt").status_code == 202
    app.state.console.ledger.close()
    assert not list((root / "inbox").glob(".upload-*")), "no partial upload left behind"


def test_another_token_cannot_read_a_submission(client):
    from flows.web.auth import new_token, sha256
    from storage import Ledger
    from storage.people import People

    ledger = Ledger.for_root(client.root)
    other = new_token()
    People(ledger).add_user("OA2", "oa", token_hash=sha256(other))
    ledger.close()
    sub = _post(client, b"text", "a.txt").json()["id"]
    assert client.get(f"/api/v1/documents/{sub}", headers={"Authorization": f"Bearer {other}"}).status_code == 404


def test_webhook_called_with_retries(client):
    from flows.web.webhooks import WebhookCaller
    from storage import Ledger
    from storage.models import UserRow

    got, fails = [], [1]  # the first call fails: the caller retries

    class H(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if fails:
                fails.pop()
                self.send_response(500)
            else:
                got.append(json.loads(body))
                self.send_response(200)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    ledger = Ledger.for_root(client.root)
    with ledger.session() as s:
        s.query(UserRow).filter(UserRow.name == "OA").update({"webhook": f"http://127.0.0.1:{srv.server_port}/hook"})
    ledger.close()
    sub = _post(client, "关于做好值班工作的通知\n公开方式：主动公开\n".encode(), "值班.txt").json()["id"]
    process_inbox(client.root, 1)
    caller = WebhookCaller(client.app.state.console)
    assert caller.tick() == 1 and not got
    caller._next_try.clear()  # skip the back-off wait
    assert caller.tick() == 1 and got and got[0]["id"] == sub and got[0]["status"] == "done"
    assert caller.tick() == 0, "sent once"
    srv.shutdown()
    assert client.app.state.console.people.submission(sub).webhook_state == "sent"


def test_docs_and_openapi_served_locally(client):
    d = client.get("/docs")
    assert d.status_code == 200 and "cdn" not in d.text.lower() and "/docs/assets/swagger-ui-bundle.js" in d.text
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/v1/documents" in spec["paths"] and "/queue" not in spec["paths"]


def test_api_submission_is_in_the_audit_log(client):
    from console_helpers import login

    _post(client, b"text", "a.txt")
    login(client, "局办")
    assert "API 投递" in client.get("/log").text
