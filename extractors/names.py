"""Names that become files or folders: department names checked as data, long names fitted to NAME_MAX.

A 承办科室 comes from an OA form, a document's own 发文稿纸 table or an inbox subfolder, and the
service makes a folder of it (``returned/<科室>/``). It is data, never a path: ``department_name``
accepts one plain folder name (NFC-normalised, no separator, no ``..``, no leading dot, no control or
format character, no character a Windows share refuses, at most ``DEPARTMENT_MAX_BYTES``) and maps
anything else to the fixed ``UNRECOGNISED_DEPARTMENT``.

File systems allow 255 *bytes* per name; a Chinese 公文 title is three bytes a character, so a
78-character title plus ``.审查报告.html`` is already too long. ``fit_name`` shortens on a character
boundary, keeps the suffix and adds a short hash of the full name, so two long names that share
their first 200 bytes still get two different files.

This module sits in the lowest layer because the sidecar reader (here) and the service (``flows``)
both need the same rule.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata

#: Bytes per file name on Linux (ext4, xfs, btrfs, NFS, SMB mounts): NAME_MAX.
NAME_MAX = 255
#: A department name longer than this is not a department name (30 Chinese characters).
DEPARTMENT_MAX_BYTES = 90
#: The folder (and the value recorded) for a department name that cannot be used as one.
UNRECOGNISED_DEPARTMENT = "_未识别科室"
#: The folder for a file whose department nobody named (top-level inbox, no OA form).
UNSPECIFIED_DEPARTMENT = "未注明科室"

# Windows/SMB refuse these in a name; a root on a share must not fail on them later.
_FORBIDDEN = set('/\\<>:"|?*')
# Cc control, Cf format (bidi overrides, zero-width), Cs surrogates (undecodable bytes), Co private
# use, Cn unassigned, Zl/Zp line and paragraph separators.
_BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
#: Why a name holding many digits is refused: a 科室 has no number that long; an ID, card or phone number would
#: become a folder name, a ledger row and a route — unmasked, because a path is stored as it is.
NUMBER_PROBLEM = "含长串数字（疑似证件号、卡号或电话号码）/ holds a long run of digits (an ID, card or phone number?)"
#: More decimal digits than this in a department name is a number, not a name (三科, 2号窗口 pass).
DEPARTMENT_MAX_DIGITS = 5
#: Windows opens a device, not a folder, for these (with any extension): a root on a share cannot hold them.
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{p}{i}" for p in ("COM", "LPT") for i in "123456789¹²³"}


def department_problem(raw: str) -> str | None:
    """Why ``raw`` (already stripped and NFC-normalised) cannot be a folder name; None when it can. A number comes first:
    a caller may refuse that one outright (the OA API answers 422) rather than file it under ``_未识别科室``."""
    if sum(ch.isdecimal() for ch in raw) > DEPARTMENT_MAX_DIGITS:
        return NUMBER_PROBLEM
    if any(ch in _FORBIDDEN for ch in raw):
        return "含路径分隔符或不允许的字符 / contains a path separator or a forbidden character"
    if ".." in raw:
        return "含“..” / contains '..'"
    if raw.startswith("."):
        return "以点开头 / starts with a dot"
    if raw.endswith((".", " ")):
        return "以点或空格结尾 / ends with a dot or a space"
    if raw.split(".")[0].rstrip(" ").upper() in _DEVICE_NAMES:
        return "是 Windows 保留设备名 / is a reserved Windows device name"
    if "\ufffd" in raw:  # what an undecodable byte or a lone surrogate became: the name as sent is lost
        return "含无法解码的字符 / contains an undecodable character"
    if any(unicodedata.category(ch) in _BAD_CATEGORIES for ch in raw):
        return "含控制字符或格式字符 / contains a control or format character"
    if len(raw.encode("utf-8")) > DEPARTMENT_MAX_BYTES:
        return f"超过 {DEPARTMENT_MAX_BYTES} 字节 / longer than {DEPARTMENT_MAX_BYTES} bytes"
    return None


def department_name(raw: str | None) -> str | None:
    """The department as a safe folder name: None when none was given, ``UNRECOGNISED_DEPARTMENT`` when invalid.

    ``"养老保险科"`` → ``"养老保险科"``; ``"../../outside"``, ``"/tmp/x"``, ``"a\\x00b"`` → ``"_未识别科室"``.
    """
    if raw is None:
        return None
    name = unicodedata.normalize("NFC", str(raw)).strip()
    if not name:
        return None
    return UNRECOGNISED_DEPARTMENT if department_problem(name) else name


def department_folder(raw: str | None) -> str:
    """The one folder name a department maps to (``UNSPECIFIED_DEPARTMENT`` when none was given)."""
    return department_name(raw) or UNSPECIFIED_DEPARTMENT


def plain_name(raw: str) -> str:
    """``raw`` with each control, format (bidi override, zero-width), separator or undecodable character made ``_``:
    a name that reads as what it is (``通知\u202etxt.exe`` would show as ``通知exe.txt``) and that no terminal acts on."""
    return "".join("_" if unicodedata.category(ch) in _BAD_CATEGORIES else ch for ch in raw)


def shown(raw: str, limit: int = 40) -> str:
    """``raw`` made printable for a warning or a log line (escapes, at most ``limit`` characters)."""
    s = raw.encode("unicode_escape", "backslashreplace").decode("ascii") if any(
        unicodedata.category(ch) in _BAD_CATEGORIES for ch in raw) else raw
    return s if len(s) <= limit else s[:limit] + "…"


def _nbytes(s: str) -> int:
    return len(s.encode("utf-8", "surrogateescape"))


def fit_name(stem: str, suffix: str = "", limit: int = NAME_MAX) -> str:
    """``stem + suffix`` when it fits ``limit`` bytes; else the stem cut on a character boundary + ``~<hash>`` + suffix.

    The hash (8 hex digits of the sha256 of the full name) keeps distinct long names distinct, and the
    same long name always gets the same short one (a companion file can be found again).
    """
    full = stem + suffix
    if _nbytes(full) <= limit:
        return full
    tag = "~" + hashlib.sha256(full.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    room = limit - _nbytes(suffix) - len(tag)
    if room < 16:  # a caller's suffix that long is a bug, but a name must still come out
        return fit_name(full, "", limit)
    out, used = [], 0
    for ch in stem:
        n = _nbytes(ch)
        if used + n > room:
            break
        out.append(ch)
        used += n
    return "".join(out).rstrip(" .") + tag + suffix


def split_name(name: str) -> tuple[str, str]:
    """(stem, extension) with a short extension only (``通知.docx`` → ``("通知", ".docx")``; ``a.b c`` keeps whole)."""
    dot = name.rfind(".")
    if dot > 0 and 1 < len(name) - dot <= 6 and " " not in name[dot:]:
        return name[:dot], name[dot:]
    return name, ""


def fit_file_name(name: str, limit: int = NAME_MAX) -> str:
    """A file name fitted to ``limit`` bytes, keeping its extension."""
    stem, ext = split_name(name)
    return fit_name(stem, ext, limit)


def undecodable(name: str) -> bool:
    """True when ``name``, as the file system gave it, holds bytes that are not UTF-8 (``os.fsdecode`` keeps each as a
    lone surrogate, which no ledger, report or JSON can store)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def readable_name(name: str, limit: int = NAME_MAX) -> str:
    """A UTF-8 name for a file-system name whose bytes are not UTF-8, fitted to ``limit`` bytes.

    GB18030 when the bytes are that (Windows in a Chinese locale writes names so, and a share mounted without a
    UTF-8 character set hands them on byte for byte: ``b"\\xcd\\xa8\\xd6\\xaa.docx"`` → ``通知.docx``), else UTF-8 with
    U+FFFD for each byte that is not. ASCII bytes stay themselves, so ``<name>.json`` stays the sidecar of ``<name>``."""
    raw = os.fsencode(name)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "replace")
    return fit_file_name(text, limit)


def readable_path(path: str) -> str:
    """``path`` for a report or a terminal: each part whose bytes are not UTF-8 made readable (``readable_name``)."""
    if not undecodable(path):
        return path
    return "/".join(readable_name(p) if undecodable(p) else p for p in path.split("/"))


def companion_name(doc_name: str, suffix: str) -> str:
    """The name of a file that belongs to ``doc_name`` (``通知.docx`` + ``.原因.txt``), fitted to NAME_MAX."""
    return fit_name(doc_name, suffix)
