"""The immutable document model every stage passes forward.

``Document`` → ``Block`` → ``Position``, and ``Document.parts``: the nested 公文 structure (the main
document, each 附件, a forwarded original) as block ranges. Extractors build them; nothing edits
them afterwards (``dataclasses.replace`` makes a new one). Every object round-trips through plain JSON with
``to_dict`` / ``from_dict`` so golden files and the ledger can store them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, Iterator


class BlockKind(StrEnum):
    """What a block is, in the source file's own terms."""

    PARAGRAPH = "paragraph"
    TABLE_CELL = "table_cell"
    HEADER = "header"  # 页眉
    FOOTER = "footer"  # 页脚
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    TEXTBOX = "textbox"  # 文本框 / 形状
    COMMENT = "comment"  # 批注
    INSERTION = "insertion"  # 修订：插入（tracked insertion）
    DELETION = "deletion"  # 修订：删除（tracked deletion）
    HIDDEN = "hidden"  # 隐藏文字 w:vanish
    INVISIBLE = "invisible"  # 白色或近乎不可见的文字
    COVERED = "covered"  # PDF text lying under a filled box or image
    ANNOTATION = "annotation"  # PDF annotation
    METADATA = "metadata"  # 文档属性
    EMBEDDED = "embedded"  # 嵌入对象（OLE / 附件）
    OCR = "ocr"  # text recognised from a page image
    SIDECAR = "sidecar"  # OA form field
    FIELD = "field"  # 域代码 (HYPERLINK, INCLUDETEXT, MERGEFIELD …): the instruction, not its result


#: Kinds a reader of the published file cannot see; only a machine reads them.
MACHINE_ONLY_KINDS = frozenset(
    {
        BlockKind.COMMENT,
        BlockKind.DELETION,
        BlockKind.HIDDEN,
        BlockKind.INVISIBLE,
        BlockKind.COVERED,
        BlockKind.ANNOTATION,
        BlockKind.METADATA,
        BlockKind.EMBEDDED,
        BlockKind.FIELD,
    }
)


class Zone(StrEnum):
    """The three parts of a 公文 page per GB/T 9704-2012 §7."""

    HEAD = "版头"
    BODY = "主体"
    RECORD = "版记"
    PAGE = "页面"  # 页眉、页脚、页码 — outside the 版心
    PORTAL = "门户信息"  # a web portal's metadata block saved with the page: not part of the 公文 (extractors.portal)


@dataclass(frozen=True, slots=True)
class Position:
    """Where a span sits: page (1-based, None for flowing formats), block index, char span.

    ``cell`` is (table, row, col) for table cells; ``bbox`` is (x0, top, x1, bottom) in PDF
    points; ``part`` names the package part (``word/document.xml``, ``Doc_0/Pages/Page_0``).
    """

    page: int | None = None
    block: int | None = None
    start: int | None = None
    end: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    cell: tuple[int, int, int] | None = None
    part: str | None = None

    def span(self, start: int, end: int) -> Position:
        """The same place narrowed to ``[start, end)`` within the block."""
        # built directly: ``dataclasses.replace`` reads every field by name and costs several times more, on a
        # path every finding and marking takes
        return Position(self.page, self.block, start, end, self.bbox, self.cell, self.part)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v is not None:
                out[f.name] = list(v) if isinstance(v, tuple) else v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Position:
        d = dict(d or {})
        for k in ("bbox", "cell"):
            if d.get(k) is not None:
                d[k] = tuple(d[k])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Block:
    """One run of text with its kind, 公文 zone/element and position.

    ``element`` is the GB/T 9704 element the text fills (``发文字号``, ``标题``, ``主送机关``, ``正文``,
    ``附注``, ``抄送``, ``公开方式`` …) or None. ``visible`` is False for what only a machine reads;
    ``note`` says more (author of a comment, property name, colour of invisible text …).
    """

    kind: BlockKind
    text: str
    position: Position
    visible: bool = True
    zone: Zone | None = None
    element: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": str(self.kind),
            "text": self.text,
            "position": self.position.to_dict(),
            "visible": self.visible,
        }
        if self.zone is not None:
            out["zone"] = str(self.zone)
        if self.element is not None:
            out["element"] = self.element
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Block:
        return cls(
            kind=BlockKind(d["kind"]),
            text=d["text"],
            position=Position.from_dict(d.get("position")),
            visible=d.get("visible", True),
            zone=Zone(d["zone"]) if d.get("zone") else None,
            element=d.get("element"),
            note=d.get("note"),
        )


@dataclass(frozen=True, slots=True)
class GongwenFields:
    """The 公文 elements read off the document (GB/T 9704-2012 §7), each a plain string or tuple."""

    copy_number: str | None = None  # 份号
    secrecy: str | None = None  # 密级和保密期限, e.g. 秘密★1年
    urgency: str | None = None  # 紧急程度
    issuer: str | None = None  # 发文机关标志
    doc_number: str | None = None  # 发文字号
    signer: str | None = None  # 签发人
    title: str | None = None  # 标题
    doc_type: str | None = None  # 文种 (通知, 请示 …) from the title
    recipients: tuple[str, ...] = ()  # 主送机关
    attachments: tuple[str, ...] = ()  # 附件说明
    signature: str | None = None  # 署名
    date: str | None = None  # 成文日期
    notes: tuple[str, ...] = ()  # 附注
    cc: tuple[str, ...] = ()  # 抄送
    printer: str | None = None  # 印发机关和印发日期
    department: str | None = None  # 承办科室 (from the inbox subfolder or sidecar)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = list(v) if isinstance(v, tuple) else v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> GongwenFields:
        d = dict(d or {})
        kw: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in d:
                v = d[f.name]
                kw[f.name] = tuple(v) if isinstance(v, list) else v
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Sidecar:
    """OA 发文稿纸 form fields delivered next to the document (``<name>.json`` / ``.xml``)."""

    path: str
    attribute: str | None = None  # 公开属性 as the form says
    reason: str | None = None  # 不公开理由 / 依申请公开理由
    department: str | None = None  # 承办科室
    drafter: str | None = None  # 拟稿人
    doc_number: str | None = None  # 发文字号
    secrecy: str | None = None  # 密级
    extra: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        out["extra"] = {k: v for k, v in self.extra}
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Sidecar | None:
        if not d:
            return None
        d = dict(d)
        extra = tuple(sorted((d.pop("extra", None) or {}).items()))
        return cls(extra=extra, **d)


class PartKind(StrEnum):
    """What a part of a 公文 is: the document itself, one of its 附件, or the original it forwards."""

    MAIN = "main"
    ATTACHMENT = "attachment"  # 附件 (GB/T 9704 §7.3.7 / §8)
    FORWARDED = "forwarded"  # 转发的原文件, attached or quoted after the forwarding notice


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """One document inside a file, as a range of block indices (into ``Document.blocks``) with its own zones.

    The main part spans the whole file; an attachment or forwarded original is a child range inside it
    (``parent`` is the index of the part it belongs to in ``Document.parts``). A block belongs to the
    innermost part whose range holds it, so the main document's own blocks are its range minus its
    children's. ``head``/``record`` are (first, last) block ranges of the part's 版头 and 版记,
    ``notes`` the blocks of its 附注 — each part has them only where its own layout has them.
    """

    kind: PartKind
    start: int
    end: int  # inclusive
    parent: int | None = None
    label: str | None = None  # the 附件 line as written (``附件2``), None for the main part
    title: str | None = None
    doc_number: str | None = None
    head: tuple[int, int] | None = None
    notes: tuple[int, ...] = ()
    record: tuple[int, int] | None = None

    def holds(self, index: int) -> bool:
        """True when block ``index`` lies in this part's range (children included)."""
        return self.start <= index <= self.end

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind), "start": self.start, "end": self.end}
        for name in ("parent", "label", "title", "doc_number", "head", "record"):
            v = getattr(self, name)
            if v is not None:
                out[name] = list(v) if isinstance(v, tuple) else v
        if self.notes:
            out["notes"] = list(self.notes)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocumentPart:
        return cls(
            kind=PartKind(d["kind"]), start=d["start"], end=d["end"], parent=d.get("parent"), label=d.get("label"),
            title=d.get("title"), doc_number=d.get("doc_number"),
            head=tuple(d["head"]) if d.get("head") else None,  # type: ignore[arg-type]
            notes=tuple(d.get("notes", ())),
            record=tuple(d["record"]) if d.get("record") else None,  # type: ignore[arg-type]
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An extracted file: what a reader sees and what a machine reads, with 公文 fields."""

    source: str
    sha256: str
    format: str
    blocks: tuple[Block, ...]
    fields: GongwenFields = field(default_factory=GongwenFields)
    metadata: tuple[tuple[str, str], ...] = ()
    page_count: int | None = None
    sidecar: Sidecar | None = None
    warnings: tuple[str, ...] = ()
    #: The nested structure: ``parts[0]`` is the main document, then its children in order (may be
    #: empty for a Document built by hand; ``extractors.zones.parts_of`` computes it then).
    parts: tuple[DocumentPart, ...] = ()

    # -- convenient views (no copies of state) -------------------------------------------
    @property
    def meta(self) -> dict[str, str]:
        """Metadata as a dict (``core:creator``, ``app:Company``, ``custom:MSIP_Label_…`` …)."""
        return dict(self.metadata)

    def visible_blocks(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.visible)

    def hidden_blocks(self) -> Iterator[Block]:
        return (b for b in self.blocks if not b.visible)

    def visible_text(self, sep: str = "\n") -> str:
        return sep.join(b.text for b in self.blocks if b.visible)

    def elements(self, name: str) -> Iterator[Block]:
        return (b for b in self.blocks if b.element == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "page_count": self.page_count,
            "fields": self.fields.to_dict(),
            "metadata": {k: v for k, v in self.metadata},
            "sidecar": self.sidecar.to_dict() if self.sidecar else None,
            "warnings": list(self.warnings),
            "blocks": [b.to_dict() for b in self.blocks],
            "parts": [p.to_dict() for p in self.parts],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            source=d["source"],
            sha256=d["sha256"],
            format=d["format"],
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks", ())),
            fields=GongwenFields.from_dict(d.get("fields")),
            metadata=tuple(sorted((d.get("metadata") or {}).items())),
            page_count=d.get("page_count"),
            sidecar=Sidecar.from_dict(d.get("sidecar")),
            warnings=tuple(d.get("warnings", ())),
            parts=tuple(DocumentPart.from_dict(p) for p in d.get("parts", ())),
        )


#: A lone UTF-16 surrogate: no character, and no UTF-8 (hence no OpenCC, no SQLite, no JSON file) can hold it.
#: A str holds one only when a decoder let it through — a ``\ud800`` escape in JSON, a PDF text map's bad code.
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings made U+FFFD (one character for one, so every offset holds).

    Walks strings, tuples, lists, dicts and the model's dataclasses; returns ``value`` itself when nothing
    changed, so the common case costs one search and no copy. A Document leaves ``extractors`` with none:
    every later stage (the simplified-script step, the ledger, the JSON and HTML reports) needs UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, Block) and not _SURROGATE.search(value.text) and not _SURROGATE.search(value.note or "") \
            and not _SURROGATE.search(value.position.part or ""):
        return value  # its only free text, checked without the generic walk (a document has thousands of blocks)
    if isinstance(value, (tuple, list)):
        new = [without_surrogates(v) for v in value]
        return value if all(a is b for a, b in zip(new, value)) else type(value)(new)
    if isinstance(value, dict):
        pairs = [(without_surrogates(k), without_surrogates(v)) for k, v in value.items()]
        return value if all(a is k and b is v for (a, b), (k, v) in zip(pairs, value.items())) else dict(pairs)
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        changed = {f.name: n for f in fields(value) if (n := without_surrogates(o := getattr(value, f.name))) is not o}
        return replace(value, **changed) if changed else value
    return value
