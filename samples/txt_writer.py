"""Write a ``GongwenSpec`` as plain text in a chosen encoding (UTF-8 with or without BOM, GB18030/GBK,
UTF-16 with BOM, or without: ``utf-16-le`` / ``utf-16-be``) — what some OA systems and 政务公开 platforms export as the 公文's text."""

from __future__ import annotations

from pathlib import Path

from .spec import GongwenSpec, Table

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be")


def lines(spec: GongwenSpec) -> list[str]:
    """The 公文 elements in order, one line each (tables as tab-separated rows)."""
    out = [v for v in (spec.copy_number, spec.secrecy, spec.work_secret_mark, spec.urgency, spec.issuer) if v]
    if spec.doc_number:
        out.append(spec.doc_number + (f"    签发人：{spec.signer}" if spec.signer else ""))
    out.append(spec.title)
    if spec.recipients:
        out.append(spec.recipients)
    for item in spec.body:
        if isinstance(item, Table):
            out += ["\t".join(r) for r in item.rows]
        else:
            out.append("　　" + item)
    out += [("附件：" if i == 0 else "　　　") + a for i, a in enumerate(spec.attachments)]
    out += [spec.signature, spec.date, *spec.notes, *spec.record_rows]
    if spec.cc:
        out.append(f"抄送：{spec.cc}")
    out.append(f"{spec.printer}　　{spec.print_date}印发")
    return out


def write_txt(spec: GongwenSpec, path: str | Path, encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    """Write ``spec`` as text in ``encoding`` with Windows line ends (as Notepad saves them)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding {encoding!r} not in {ENCODINGS}")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes((newline.join(lines(spec)) + newline).encode(encoding))
    return out
