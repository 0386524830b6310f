"""OA API v1: post a document for audit, read its status and result. ``Authorization: Bearer TOKEN``.

A submission is written into the root's inbox — ``inbox/<科室>/<name>`` under a hidden temporary
name first, then renamed, with its OA sidecar beside it before the document appears — so the watch
service takes it exactly like a file OA dropped on the share: the same settle rule, size limits,
hostile-input handling, duplicate linking by sha256 and routing. The API only remembers where it put
the file; the status and result are read from the claim and the audit run the service recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import PurePosixPath, PureWindowsPath

from fastapi import APIRouter, File, Form, Header, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse

from classifiers.masking import mask_file_name, mask_text, mask_value
from extractors.model import without_surrogates
from extractors.names import NAME_MAX, NUMBER_PROBLEM, department_name, department_problem, fit_file_name, fit_name, plain_name, split_name
from extractors.sidecar import SUFFIXES as SIDECAR_SUFFIXES

from . import messages as M
from .auth import token_user

router = APIRouter(prefix="/api/v1", tags=["documents"])
SIDECAR_MAX = 256 * 1024
#: An upload's name leaves room for its sidecar beside it (``<name>.json``), within NAME_MAX bytes.
NAME_ROOM = NAME_MAX - len(".json")
CHUNK = 1 << 20


def _oa_user(request: Request, authorization: str | None):
    c = request.app.state.console
    user = token_user(c.people, authorization)
    if user is None:
        raise HTTPException(401, M.NEEDS_TOKEN, headers={"WWW-Authenticate": "Bearer"})
    return c, user


def safe_file_name(raw: str | None, sub_id: str) -> str:
    """The uploaded file's own name, reduced to a plain name the inbox will take (never hidden, never a path, no control
    or bidi character, numbers masked), short enough that ``<name>.json`` fits NAME_MAX too."""
    name = plain_name(PureWindowsPath(PurePosixPath(raw or "").name).name.replace("\x00", "")).strip()
    # the name is made here, so it holds no full ID, card or phone number (a ``*`` is no name on a Windows share)
    name = mask_file_name(name)
    if not name or name.startswith((".", "~$")) or name.endswith(("~", ".tmp", ".part", ".crdownload")):
        name = f"upload-{sub_id[:8]}-{name.lstrip('.~$')}" if name.strip(".~$") else f"upload-{sub_id[:8]}"
    return fit_file_name(name, NAME_ROOM)


@router.post("/documents", status_code=202, summary="投递一件公文 / submit a document for audit")
async def submit(request: Request, file: UploadFile = File(..., description="公文文件 docx/pdf/ofd/txt …"),
                 sidecar: str | None = Form(None, description="OA 表单（发文稿纸）JSON 对象，键同 sidecar"),
                 department: str | None = Form(None, description="承办科室"),
                 authorization: str | None = Header(None)):
    """Write the upload into the inbox (size-limited, sidecar first) and record the submission → 202 ``{"id", "status"}``."""
    c, user = _oa_user(request, authorization)
    ip = request.client.host if request.client else None
    form_data = None
    if sidecar:
        if len(sidecar.encode("utf-8")) > SIDECAR_MAX:
            raise HTTPException(413, M.BAD_SIDECAR)
        try:
            # a ``\ud800`` escape is valid JSON but no character: made U+FFFD, or the sidecar could not be written
            form_data = without_surrogates(json.loads(sidecar))
        except (ValueError, RecursionError):  # not JSON; an integer of thousands of digits; nested thousands deep
            form_data = None
        if not isinstance(form_data, dict):
            raise HTTPException(422, M.BAD_SIDECAR)
    if (file.filename or "").lower().endswith(SIDECAR_SUFFIXES):
        # in the inbox a .json or .xml beside a document is that document's OA form: an upload named so would
        # become another submission's form (and never be audited itself); a form goes in the ``sidecar`` field
        raise HTTPException(422, M.SIDECAR_AS_FILE)
    sub_id = uuid.uuid4().hex
    if department is not None and department_problem(department.strip()) == NUMBER_PROBLEM:
        raise HTTPException(422, M.DEPARTMENT_NUMBER)
    dept = department_name(department)
    folder = c.root / "inbox" / dept if dept else c.root / "inbox"
    name = safe_file_name(file.filename, sub_id)
    tmp = f".upload-{sub_id}.part"  # a dot-file: the scanner ignores it until the rename
    h, size = hashlib.sha256(), 0
    # every write goes through the folder's descriptor, opened without following a link: an ``inbox/<科室>``
    # someone with write access to the inbox swapped for a link to a folder outside the root takes nothing
    fd = _inbox_folder(c.root, dept)
    try:
        if _exists(fd, name) or _exists(fd, f"{name}.json"):
            stem, ext = split_name(name)
            name = fit_name(f"{stem} ({sub_id[:8]})", ext, NAME_ROOM)
        try:
            with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666, dir_fd=fd), "wb") as out:
                while chunk := await file.read(CHUNK):
                    size += len(chunk)
                    if size > c.max_bytes:
                        raise HTTPException(413, f"{M.TOO_LARGE}（{c.max_bytes} bytes）")
                    h.update(chunk)
                    out.write(chunk)
            if size == 0:
                raise HTTPException(422, M.EMPTY_FILE)
            if form_data is not None:
                side = f".upload-{sub_id}.json.part"
                with os.fdopen(os.open(side, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666, dir_fd=fd),
                               "w", encoding="utf-8") as out:
                    out.write(json.dumps(form_data, ensure_ascii=False))
                os.replace(side, f"{name}.json", src_dir_fd=fd, dst_dir_fd=fd)
            os.link(tmp, name, src_dir_fd=fd, dst_dir_fd=fd, follow_symlinks=False)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise HTTPException(409, "收件夹中已有同名文件，请重试 / a file of that name just appeared; retry") from None
        finally:
            try:
                os.unlink(tmp, dir_fd=fd)
            except FileNotFoundError:
                pass
    finally:
        os.close(fd)
    rel = (folder / name).relative_to(c.root).as_posix()  # root-relative, as the claim records its source
    sha = h.hexdigest()
    earlier = _earlier_submission(c, sha)
    c.people.add_submission(sub_id, user.id, rel, mask_text(name), dept, sha, size, webhook=bool(user.webhook))
    c.people.log("api_submit", actor=user.name, role=user.role, ip=ip, target=rel,
                 detail=f"id {sub_id} · {size} bytes · sha256 {sha[:12]}" + (f" · 同内容已投递 {earlier}" if earlier else ""))
    body = {"id": sub_id, "status": "queued", "sha256": sha}
    if earlier:
        body["duplicate_of_submission"] = earlier
    return JSONResponse(body, status_code=202)


def _inbox_folder(root, dept: str | None) -> int:
    """A descriptor of ``inbox`` or ``inbox/<dept>`` (made when missing), each step opened without following a link.
    A step that is a link or no folder is refused (409): the watch service quarantines the link on its next scan."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in ("inbox", dept) if dept else ("inbox",):
            try:
                os.mkdir(part, 0o777, dir_fd=fd)  # the umask decides, as for any folder OA makes
            except FileExistsError:
                pass
            try:
                nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            except OSError as e:  # ELOOP: a link; ENOTDIR: a file of that name
                raise HTTPException(409, f"{M.FOLDER_NOT_REAL}（{part}: {e.strerror}）") from None
            os.close(fd)
            fd = nfd
    except BaseException:
        os.close(fd)
        raise
    return fd


def _exists(fd: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _earlier_submission(c, sha: str) -> str | None:
    from sqlalchemy import select

    from storage.models import SubmissionRow

    with c.ledger.session() as s:
        return s.execute(select(SubmissionRow.id).where(SubmissionRow.sha256 == sha)
                         .order_by(SubmissionRow.submitted_at).limit(1)).scalar_one_or_none()


def status_of(c, sub) -> dict:
    """``{"id", "status", "result", "route", …}`` for one submission, from the claim and run the service recorded."""
    body: dict = {"id": sub.id, "status": "queued", "result": None, "route": None, "file": mask_text(sub.file_name),
                  "department": mask_text(sub.department), "sha256": sub.sha256,
                  "submitted_at": sub.submitted_at.isoformat(timespec="seconds")}
    if sub.claim_id is None:
        return body
    claim = c.ledger.claim(sub.claim_id)
    if claim.state in ("claimed", "audited"):
        body["status"] = "auditing"
        return body
    if claim.state != "routed" or claim.run_id is None:
        return body  # aborted: the file went back to the inbox and will be claimed again
    run = c.ledger.run(claim.run_id)
    contract = c.ledger.run_contract(claim.run_id)
    body.update(status="error" if contract.get("decision") == "error" else "done", result=mask_value(contract),
                route=mask_text(claim.route) if claim.route else None, run_id=claim.run_id, duplicate_of=run.duplicate_of if run else None,
                review_state=run.state if run else None)
    return body


@router.get("/documents/{sub_id}", summary="查询审查状态与结果 / status and result of a submission")
def status(sub_id: str, request: Request, authorization: str | None = Header(None)):
    """``{"id", "status": "queued|auditing|done|error", "result": <result contract, masked>, "route"}``."""
    c, user = _oa_user(request, authorization)
    sub = c.people.submission(sub_id[:32])
    if sub is None or sub.user_id != user.id:
        raise HTTPException(404, M.NOT_FOUND)
    return status_of(c, sub)
