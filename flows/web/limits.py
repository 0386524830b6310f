"""Bounds on a request body, checked before any of it is read (ASGI middleware).

Starlette parses a multipart body — and writes its file parts to a temporary file — before a handler runs, so a
handler that checks the token or the size first has already let the whole body onto the disk: an unauthenticated 1 GiB
POST filled /tmp before its 401. ``BodyLimit`` answers first, from the headers alone:

* ``POST /api/v1/documents`` without a valid ``Authorization: Bearer`` token → 401, body unread;
* a declared ``Content-Length`` over the route's bound → 413, body unread: the upload bound is the service's
  ``max_bytes`` plus room for the multipart framing and the OA form (``FORM_ROOM``); every other form of the console
  (sign-in, a reviewer's decision and comment) is small, ``FORM_MAX``;
* a body sent without a length (chunked) is counted as it arrives: at the bound the app is told the client has gone
  (it stops reading, and the part spooled so far is removed with the request) and the answer is 413.
"""

from __future__ import annotations

import json

from . import messages as M

#: The largest body a console form takes (a decision, a comment, the sign-in): far above any real one.
FORM_MAX = 1 << 20
#: Room beyond the document's own bound for the multipart framing, the OA form (≤ 256 KiB) and the 承办科室.
FORM_ROOM = 1 << 20
UPLOAD_PATH = "/api/v1/documents"


class BodyLimit:
    """ASGI middleware: refuse an unauthenticated upload and any over-long body before reading it."""

    def __init__(self, app, console) -> None:
        self.app = app
        self.console = console

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        upload = scope["path"].rstrip("/") == UPLOAD_PATH
        if upload:
            from .auth import token_user

            if token_user(self.console.people, headers.get("authorization")) is None:
                await _answer(send, 401, M.NEEDS_TOKEN, (b"www-authenticate", b"Bearer"))
                return
        bound = self.console.max_bytes + FORM_ROOM if upload else FORM_MAX
        declared = headers.get("content-length")
        if declared is not None:
            try:
                n = int(declared)
            except ValueError:
                await _answer(send, 400, "请求长度不合法 / invalid Content-Length")
                return
            if n > bound:
                await _answer(send, 413, f"{M.TOO_LARGE}（{bound} bytes）")
                return
        seen, over, started = 0, False, False

        async def counted():
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > bound:
                    # the app sees the client gone (it stops reading and spools nothing more); the 413 is sent below
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def tracked(message):
            nonlocal started
            if over:
                return  # whatever the app makes of the cut body, the answer is the 413
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except Exception:
            if not over:
                raise
        if over and not started:
            await _answer(send, 413, f"{M.TOO_LARGE}（{bound} bytes）")


async def _answer(send, status: int, message: str, *extra: tuple[bytes, bytes]) -> None:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *extra]})
    await send({"type": "http.response.body", "body": body})
