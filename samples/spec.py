"""What a generated 公文 contains, independent of the file format it is written to.

A ``GongwenSpec`` lists the GB/T 9704 elements in order; the writers (``docx_writer``,
``pdf_writer``, ``ofd_writer``, ``txt_writer``) lay it out. ``expected`` carries the ground truth the
tests and evaluation scripts compare against (decision, codes, planted spans).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Table:
    """A simple grid; the first row is the header."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Hidden:
    """Content only a machine reads, for extractor samples.

    kind: ``insertion`` | ``deletion`` | ``comment`` | ``vanish`` | ``white`` | ``textbox`` |
    ``footnote`` | ``header`` | ``footer`` | ``property`` | ``covered`` (PDF text under a box).
    ``anchor`` is the index of the body paragraph it attaches to.
    """

    kind: str
    text: str
    anchor: int = 0
    extra: str = ""  # comment author, property name …


@dataclass(frozen=True)
class GongwenSpec:
    """One 公文. Empty fields are left out of the layout."""

    title: str
    body: tuple[str | Table, ...]
    issuer: str = "中卫市人力资源和社会保障局文件"
    doc_number: str | None = None
    secrecy: str | None = None  # 秘密★1年
    work_secret_mark: str | None = None  # 内部 / 内部事项 注意保管 (版头 top-left)
    copy_number: str | None = None
    urgency: str | None = None
    signer: str | None = None
    recipients: str | None = None  # 主送机关 line, ending with ：
    attachments: tuple[str, ...] = ()
    signature: str = "中卫市人力资源和社会保障局"
    date: str = "2026年11月20日"
    notes: tuple[str, ...] = ()  # 附注 lines, e.g. （此件公开发布）
    record_rows: tuple[str, ...] = ()  # 版记 rows above 抄送, e.g. 公开方式：主动公开
    cc: str | None = None  # 抄送 line without the label
    printer: str = "中卫市人力资源和社会保障局办公室"
    print_date: str = "2026年11月20日"
    header: str | None = None  # 页眉 text
    hidden: tuple[Hidden, ...] = ()
    sidecar: dict[str, str] | None = None
    expected: dict[str, Any] = field(default_factory=dict)
