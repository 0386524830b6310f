"""The truth file a bureau writes about its own archive: CSV or JSONL, read into frozen rows.

One row per document: ``file`` (relative to the evaluated folder), ``attribute`` (the document's own
公开属性, empty when it has no valid marking of its own), ``decision`` (approve / return / escalate,
and error for a file that cannot be read), ``codes`` (expected finding codes: a JSON list in JSONL,
``;``-separated in CSV) and an optional ``note``. Further columns are kept and ignored.

Reading is strict where a typo would silently change a score (an unknown code, decision or attribute,
a duplicated file, a missing column: ``TruthFileError`` naming the line) and lenient where a bureau's
tools differ harmlessly (a BOM, ``\\r\\n``, ``#`` comment lines, Chinese column names, ``；``).
A path that is absolute or climbs out with ``..`` is refused here, before any file is opened.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from extractors.errors import AuditError

from . import messages as M

#: Codes a truth file may expect: the shared truth vocabulary (issue 18) …
TRUTH_CODES = ("LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
               "FORWARD_MISMATCH", "PORTAL_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA",
               "COMMERCIAL_SECRET", "HIDDEN_CONTENT")
#: … and the product's other audit codes, scored only when the truth file uses them.
OTHER_CODES = ("INEFFECTIVE_REDACTION", "REASON_MISSING", "UNREADABLE")
KNOWN_CODES = TRUTH_CODES + OTHER_CODES
REQUIRED = ("file", "attribute", "decision", "codes")

#: Column names a bureau's own sheet may use for the four required columns and the note.
ALIASES = {"文件": "file", "路径": "file", "公开属性": "attribute", "审查结论": "decision", "处理": "decision",
           "问题代码": "codes", "说明": "note", "备注": "note"}
_DECISION_ALIASES = {"待审批": "approve", "送审批": "approve", "退回": "return", "需报审": "escalate", "报审": "escalate",
                     "无法审查": "error"}
_EMPTY_ATTRIBUTE = {"", "null", "none", M.NO_ATTRIBUTE, "—", "-"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_CODE_SPLIT = re.compile(r"[;；,，、\s]+")


class TruthFileError(AuditError):
    """The truth file cannot be used; the message names the file and line, in Chinese and English."""

    def __init__(self, path: str, zh: str, en: str, line: int | None = None) -> None:
        self.path, self.line, self.zh, self.en = path, line, zh, en
        where = M.WHERE_LINE.format(line=line) if line else ""
        super().__init__(M.TRUTH_ERROR.format(path=path, where=where, zh=zh, en=en))


@dataclass(frozen=True, slots=True)
class TruthRow:
    """What the office says about one document."""

    line: int
    file: str  # normalised, relative, "/"-separated
    attribute: str | None
    decision: str
    codes: tuple[str, ...]  # sorted, unique
    note: str = ""
    extra: tuple[tuple[str, str], ...] = ()  # further columns, kept and ignored


@dataclass(frozen=True, slots=True)
class TruthFile:
    """All rows of one truth file, in file order."""

    path: str
    format: str  # "csv" | "jsonl"
    rows: tuple[TruthRow, ...]
    extra_columns: tuple[str, ...] = ()


def read_truth(path: str | Path) -> TruthFile:
    """Read a truth file (JSONL when its first data line is a JSON object or it ends in .jsonl/.json, else CSV)."""
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise TruthFileError(shown, *M.ERR_NOT_FOUND) from None
    except OSError as e:  # a folder, no permission: the user named the wrong thing
        zh, en = M.ERR_CANNOT_READ
        raise TruthFileError(shown, zh.format(detail=e.strerror), en.format(detail=e.strerror)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TruthFileError(shown, *M.ERR_NOT_UTF8, line=data[:e.start].count(b"\n") + 1) from None
    return parse_truth(text, shown, jsonl=_looks_jsonl(text, shown))


def parse_truth(text: str, shown: str = "<truth>", *, jsonl: bool) -> TruthFile:
    """Rows from the text of a truth file (BOM already removed or not: it is dropped here too)."""
    text = text.removeprefix("\ufeff")
    rows, extra_cols = (_parse_jsonl(text, shown) if jsonl else _parse_csv(text, shown))
    if not rows:
        raise TruthFileError(shown, *M.ERR_EMPTY)
    first: dict[str, int] = {}
    for r in rows:
        if r.file in first:
            zh, en = M.ERR_DUPLICATE_FILE
            raise TruthFileError(shown, zh.format(path=r.file, first=first[r.file]), en.format(path=r.file, first=first[r.file]), r.line)
        first[r.file] = r.line
    return TruthFile(shown, "jsonl" if jsonl else "csv", tuple(rows), tuple(extra_cols))


def _looks_jsonl(text: str, shown: str) -> bool:
    if shown.lower().endswith((".jsonl", ".json", ".ndjson")):
        return True
    if shown.lower().endswith(".csv"):
        return False
    for line in text.removeprefix("\ufeff").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            return s.startswith("{")
    return False


def _parse_csv(text: str, shown: str) -> tuple[list[TruthRow], list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[TruthRow] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1  # a quoted cell may span lines: report where the row began
            if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = _header(cells, shown, line)
                continue
            if len(cells) > len(header) and all(not c.strip() for c in cells[len(header):]):
                cells = cells[:len(header)]  # trailing empty cells (Excel pads rows)
            if len(cells) < len(header) and all(header.index(c) < len(cells) for c in REQUIRED):
                cells = cells + [""] * (len(header) - len(cells))  # optional trailing columns left off
            if len(cells) != len(header):
                zh, en = M.ERR_ROW_LENGTH
                raise TruthFileError(shown, zh.format(got=len(cells), want=len(header)), en.format(got=len(cells), want=len(header)), line)
            rec = dict(zip(header, cells))
            rows.append(_row(rec, line, shown, codes=_split_codes(rec["codes"])))
    except csv.Error as e:
        zh, en = M.ERR_BAD_CSV
        raise TruthFileError(shown, zh.format(detail=e), en.format(detail=e), reader.line_num) from None
    if header is None:
        raise TruthFileError(shown, *M.ERR_NO_HEADER)
    return rows, [c for c in header if c not in REQUIRED and c != "note"]


def _header(cells: list[str], shown: str, line: int) -> list[str]:
    names = []
    for c in cells:
        name = c.strip()
        name = ALIASES.get(name, name.lower() if name.isascii() else name)
        if name in names:
            zh, en = M.ERR_DUPLICATE_COLUMN
            raise TruthFileError(shown, zh.format(col=name), en.format(col=name), line)
        names.append(name)
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        zh, en = M.ERR_MISSING_COLUMNS
        raise TruthFileError(shown, zh.format(cols="、".join(missing)), en.format(cols=", ".join(missing)), line)
    return names


def _parse_jsonl(text: str, shown: str) -> tuple[list[TruthRow], list[str]]:
    rows: list[TruthRow] = []
    extra: list[str] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as e:
            zh, en = M.ERR_BAD_JSON
            raise TruthFileError(shown, zh.format(detail=e.msg), en.format(detail=e.msg), n) from None
        if not isinstance(obj, dict):
            raise TruthFileError(shown, *M.ERR_NOT_OBJECT, line=n)
        obj = {ALIASES.get(k, k): v for k, v in obj.items()}
        missing = [c for c in REQUIRED if c not in obj]
        if missing:
            zh, en = M.ERR_MISSING_KEYS
            raise TruthFileError(shown, zh.format(cols="、".join(missing)), en.format(cols=", ".join(missing)), n)
        codes = obj["codes"]
        if codes is None:
            codes = []
        elif isinstance(codes, str):
            codes = _split_codes(codes)
        elif not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise TruthFileError(shown, *M.ERR_CODES_TYPE, line=n)
        for key in ("file", "attribute", "decision", "note"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                zh, en = M.ERR_FIELD_TYPE
                raise TruthFileError(shown, zh.format(key=key), en.format(key=key), n)
        rec = {k: ("" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)) for k, v in obj.items()
               if k != "codes"}
        extra += [k for k in rec if k not in REQUIRED and k != "note" and k not in extra]
        rows.append(_row(rec, n, shown, codes=list(codes)))
    return rows, extra


def _split_codes(cell: str) -> list[str]:
    return [c for c in _CODE_SPLIT.split(cell.strip()) if c]


def _row(rec: dict[str, str], line: int, shown: str, *, codes: list[str]) -> TruthRow:
    file = normalise_path(rec["file"], shown, line)
    attribute = rec["attribute"].strip().replace("\u3000", "")
    if attribute.lower() in _EMPTY_ATTRIBUTE:
        attribute = None
    elif attribute not in M.ATTRIBUTES[:3]:
        zh, en = M.ERR_ATTRIBUTE
        raise TruthFileError(shown, zh.format(value=attribute), en.format(value=attribute), line)
    decision = rec["decision"].strip()
    decision = _DECISION_ALIASES.get(decision, decision.lower())
    if decision not in M.DECISIONS:
        zh, en = M.ERR_DECISION
        raise TruthFileError(shown, zh.format(value=rec["decision"].strip()), en.format(value=rec["decision"].strip()), line)
    clean = []
    for c in codes:
        code = c.strip().upper()
        if not code:
            continue
        if code not in KNOWN_CODES:
            zh, en = M.ERR_CODE
            raise TruthFileError(shown, zh.format(value=c, known="、".join(KNOWN_CODES)), en.format(value=c, known=", ".join(KNOWN_CODES)), line)
        clean.append(code)
    note = " ".join((rec.get("note") or "").split())
    extra = tuple((k, v) for k, v in rec.items() if k not in REQUIRED and k != "note")
    return TruthRow(line, file, attribute, decision, tuple(sorted(set(clean))), note, extra)


def normalise_path(raw: str, shown: str = "<truth>", line: int | None = None) -> str:
    """``raw`` as a clean relative POSIX path; absolute paths and ``..`` are refused (``TruthFileError``)."""
    s = raw.strip().replace("\\", "/")
    if not s:
        raise TruthFileError(shown, *M.ERR_FILE_EMPTY, line=line)
    if _CONTROL.search(s):
        raise TruthFileError(shown, *M.ERR_FILE_CONTROL, line=line)
    if s.startswith("/") or re.match(r"^[A-Za-z]:", s) or s.startswith("~"):
        zh, en = M.ERR_FILE_ABSOLUTE
        raise TruthFileError(shown, zh.format(path=raw.strip()), en.format(path=raw.strip()), line)
    parts = [p for p in PurePosixPath(s).parts if p not in ("", ".")]
    if ".." in parts or not parts:
        zh, en = M.ERR_FILE_ESCAPES
        raise TruthFileError(shown, zh.format(path=raw.strip()), en.format(path=raw.strip()), line)
    return "/".join(parts)


def template_text(jsonl: bool = False) -> str:
    """A template truth file: the header (CSV), one comment line per column meaning and commented examples."""
    lines = [f"# {c}" for c in M.TEMPLATE_COMMENTS]
    if jsonl:
        lines.append("# 示例（去掉行首的 # 即生效）/ examples (remove the leading # to use them):")
        for file, attr, dec, codes, note in M.TEMPLATE_EXAMPLES:
            obj: dict[str, Any] = {"file": file, "attribute": attr, "decision": dec, "codes": list(codes), "note": note}
            lines.append("# " + json.dumps(obj, ensure_ascii=False))
        return "\n".join(lines) + "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "attribute", "decision", "codes", "note"])
    out = "\n".join(lines) + "\n" + buf.getvalue()
    out += "# 示例（去掉行首的 # 即生效）/ examples (remove the leading # to use them):\n"
    for file, attr, dec, codes, note in M.TEMPLATE_EXAMPLES:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([file, attr or "", dec, ";".join(codes), note])
        out += "# " + buf.getvalue()
    return out
