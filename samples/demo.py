"""The demo set: a dozen 公文 dropped into ``inbox/<科室>/``, clean and faulty, with ground truth.

``build_demo(root)`` writes the files and ``.expected.json`` (file → decision and codes). The README's
first command audits exactly these; the tests check the same expectations.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .content import ARCHETYPES, BUREAU, mark, subsidy_publicity
from .docx_writer import write_docx
from .fake import Faker
from .pdf_writer import write_pdf


def _encrypted_pdf(dst: Path) -> None:
    """A short PDF with a user password (reportlab writes RC4/AES encryption)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    enc = pdfencrypt.StandardEncryption("123456", ownerPassword="owner-secret", canPrint=1)
    c = canvas.Canvas(str(dst), encrypt=enc)
    c.setFont("STSong-Light", 16)
    c.drawString(80, 760, "关于加强社会保障卡管理的通知")
    c.save()


def build_demo(root: str | Path, seed: int = 2026) -> dict[str, dict]:
    """Write the demo inbox under ``root`` and return {relative path: expected}."""
    root = Path(root)
    f = Faker(seed)
    exp: dict[str, dict] = {}

    def put(rel: str, spec, fmt: str, expected: dict) -> None:
        p = root / rel
        (write_docx if fmt == "docx" else write_pdf)(spec, p)
        exp[rel] = expected

    A = ARCHETYPES
    put("养老保险科/关于做好城乡居民养老保险费征缴工作的通知.docx", mark(A["pension_notice"](f), "主动公开", "note"), "docx",
        {"decision": "approve", "attribute": "主动公开", "codes": []})
    put("就业促进科/关于规范职业培训补贴申领程序的通知.pdf", mark(A["training_subsidy_notice"](f), "主动公开", "record"), "pdf",
        {"decision": "approve", "attribute": "主动公开", "codes": []})
    put("办公室/关于做好元旦期间值班工作的通知.docx", mark(A["duty_notice"](f), "依申请公开", "record2"), "docx",
        {"decision": "approve", "attribute": "依申请公开", "codes": []})
    put("就业促进科/关于申请追加就业补助资金的请示.docx", mark(A["funding_request"](f), "不予公开", "note2"), "docx",
        {"decision": "approve", "attribute": "不予公开", "codes": []})
    put("政策法规科/关于征求人力资源服务机构管理办法意见的函（未标注）.docx", mark(A["consultation_letter"](f), None), "docx",
        {"decision": "return", "attribute": None, "codes": ["LABEL_MISSING"]})
    put("养老保险科/征缴通知（未标注）.pdf", mark(A["pension_notice"](f), None), "pdf",
        {"decision": "return", "attribute": None, "codes": ["LABEL_MISSING"]})
    invalid = replace(A["training_subsidy_notice"](f), record_rows=("公开方式：部分公开",), notes=())
    put("就业促进科/培训补贴通知（部分公开）.docx", invalid, "docx",
        {"decision": "return", "attribute": None, "codes": ["LABEL_INVALID"]})
    conflict = replace(A["duty_notice"](f), notes=("（此件公开发布）",), record_rows=("公开方式：依申请公开",))
    put("办公室/值班通知（标注冲突）.docx", conflict, "docx",
        {"decision": "return", "attribute": "主动公开", "codes": ["LABEL_CONFLICT"]})
    put("就业促进科/创业补贴公示（已脱敏）.docx", mark(subsidy_publicity(f, masked=True), "主动公开", "note"), "docx",
        {"decision": "approve", "attribute": "主动公开", "codes": []})
    put("就业促进科/创业补贴公示（含完整身份证号）.docx", mark(subsidy_publicity(f, masked=False), "主动公开", "note"), "docx",
        {"decision": "return", "attribute": "主动公开", "codes": ["PERSONAL_DATA"]})
    # An OA sidecar beside a document: the form says 依申请公开, the document agrees.
    side = mark(A["duty_notice"](f), "依申请公开", "note")
    put("办公室/关于调整值班安排的通知.docx", side, "docx", {"decision": "approve", "attribute": "依申请公开", "codes": []})
    (root / "办公室/关于调整值班安排的通知.json").write_text(json.dumps(
        {"公开属性": "依申请公开", "不公开理由": "属机关内部管理事务", "承办科室": "办公室", "拟稿人": "马某", "发文字号": side.doc_number, "密级": "无"},
        ensure_ascii=False, indent=2), encoding="utf-8")
    # Unreadable input: zero bytes, a truncated docx, a password-protected PDF.
    (root / "办公室/空文件.docx").write_bytes(b"")
    exp["办公室/空文件.docx"] = {"decision": "error", "codes": ["UNREADABLE"]}
    whole = write_docx(mark(A["pension_notice"](f), "主动公开"), root / "养老保险科/_tmp_whole.docx")
    data = whole.read_bytes()
    whole.unlink()
    (root / "养老保险科/截断的文件.docx").write_bytes(data[: len(data) // 2])
    exp["养老保险科/截断的文件.docx"] = {"decision": "error", "codes": ["UNREADABLE"]}
    (root / "劳动关系科").mkdir(parents=True, exist_ok=True)
    _encrypted_pdf(root / "劳动关系科/加密文件.pdf")
    exp["劳动关系科/加密文件.pdf"] = {"decision": "error", "codes": ["UNREADABLE"]}
    (root / ".expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return exp


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(description=f"生成{BUREAU}示例公文 / write the demo 公文")
    p.add_argument("out", help="output folder")
    p.add_argument("--seed", type=int, default=2026)
    a = p.parse_args(argv)
    exp = build_demo(a.out, a.seed)
    print(f"wrote {len(exp)} files to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
