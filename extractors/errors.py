"""The project's error tree. Bad input is an expected outcome; a bug propagates.

::

    AuditError                      any error this project raises on purpose
    ├── ConfigError                 a configuration file or value is wrong (names the key)
    ├── RegistryError               unknown or duplicate registry name (lists the known ones)
    └── ExtractionError             the file cannot be read → UNREADABLE, quarantined
        ├── EmptyDocument           zero bytes, or no text at all
        ├── UnsupportedFormat       a format nothing here reads (or needs LibreOffice)
        ├── EncryptedDocument       password-protected
        ├── NotRegularFile          a link, FIFO, device, socket or folder where a document should be
        ├── ContentChanged          the bytes changed between the audit and the route
        ├── ProcessingFailed        handling this one file failed (the service goes on)
        ├── CorruptDocument         truncated, malformed, not what it claims to be
        ├── HostileDocument         zip bomb, entity expansion, absurd sizes
        ├── DocumentTooLarge        more text than the configured ``[limits]`` allow
        ├── NoTextLayer             a scan without OCR
        └── ExtractionTimeout       over the per-file time bound

Every ``ExtractionError`` carries ``reason_zh`` and ``reason_en``; ``str()`` gives both, so a log
line, the JSON ``error`` field and the quarantine note all say the same thing in both languages.
"""

from __future__ import annotations


class AuditError(Exception):
    """Root of every error this project raises on purpose."""


class ConfigError(AuditError):
    """A configuration value is wrong; the message names the key."""


class RegistryError(AuditError, KeyError):
    """Unknown or duplicate name in a registry; the message lists the known names."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class ExtractionError(AuditError):
    """The file cannot be audited. Becomes ``UNREADABLE`` and the file is quarantined."""

    code = "unreadable"
    default_zh = "文件无法读取"
    default_en = "the file cannot be read"

    def __init__(self, detail: str | None = None, *, zh: str | None = None, en: str | None = None):
        self.reason_zh = zh or self.default_zh
        self.reason_en = en or self.default_en
        self.detail = detail
        super().__init__(str(self))

    def __str__(self) -> str:
        s = f"{self.reason_zh} / {self.reason_en}"
        return f"{s} ({self.detail})" if self.detail else s


class EmptyDocument(ExtractionError):
    code = "empty"
    default_zh = "文件为空或不含任何文字，请检查后重新提交"
    default_en = "the file is empty or contains no text"


class UnsupportedFormat(ExtractionError):
    code = "unsupported"
    default_zh = "不支持的文件格式，请另存为 docx 或 pdf 后重新提交"
    default_en = "unsupported file format; save as docx or pdf and resubmit"


class EncryptedDocument(ExtractionError):
    code = "encrypted"
    default_zh = "文件已加密或设有密码，请解除密码后重新提交"
    default_en = "the file is encrypted or password-protected; remove the password and resubmit"


class NotRegularFile(ExtractionError):
    """Not a regular file: never opened, never followed, quarantined as it is."""

    code = "not_regular"
    default_zh = "不是普通文件，未读取，已隔离；请投递文件本身"
    default_en = "not a regular file; not read, quarantined; drop the document itself"
    KINDS = {"symlink": ("符号链接", "symbolic link"), "fifo": ("命名管道", "FIFO"),
             "device": ("设备文件", "device"), "socket": ("套接字", "socket"), "directory": ("文件夹", "directory")}

    def __init__(self, kind: str | None = None, detail: str | None = None):
        self.kind = kind
        if kind is None:
            super().__init__(detail)
            return
        zh, en = self.KINDS.get(kind, (kind, kind))
        super().__init__(detail, zh=f"不是普通文件（{zh}），未读取，已隔离；请投递文件本身",
                         en=f"not a regular file ({en}); not read, quarantined; drop the document itself")


class ContentChanged(ExtractionError):
    """The file's bytes are not the bytes that were audited."""

    code = "changed"
    default_zh = "文件在审查后被改动，已隔离；请重新投递"
    default_en = "the file changed after it was audited; quarantined, drop it again"


class ProcessingFailed(ExtractionError):
    """Handling this one file failed inside the service; the file is quarantined, the service goes on."""

    code = "internal"
    default_zh = "处理本文件时出错，已隔离待人工检查"
    default_en = "handling this file failed; quarantined for manual review"


class CorruptDocument(ExtractionError):
    code = "corrupt"
    default_zh = "文件已损坏或不完整，请重新导出后提交"
    default_en = "the file is corrupt or truncated; export it again and resubmit"


class HostileDocument(ExtractionError):
    code = "hostile"
    default_zh = "文件结构异常（疑似压缩炸弹或恶意构造），已隔离"
    default_en = "the file has a hostile structure (zip bomb or crafted content) and was quarantined"


class DocumentTooLarge(ExtractionError):
    """More text than the configured ``[limits]`` (``max_text_bytes``, ``max_text_chars``) allow.

    Not hostile, just more than one audit should hold in memory: the message says which limit and
    how to get the document through (split it, or raise the limit in ``[limits]``).
    """

    code = "too_large"
    default_zh = "文件文字量超过审查上限，请拆分后重新提交（或在配置 [limits] 中调高上限）"
    default_en = "the document holds more text than the configured limit; split it and resubmit (or raise [limits])"


class NoTextLayer(ExtractionError):
    code = "no_text"
    default_zh = "PDF 没有文字层（扫描件），请提交可复制文字的版本或安装 OCR 组件"
    default_en = "the PDF has no text layer (scanned); submit a text PDF or install the OCR extra"


class ExtractionTimeout(ExtractionError):
    code = "timeout"
    default_zh = "文件处理超时，已隔离待人工检查"
    default_en = "extraction exceeded the per-file time limit; quarantined for manual review"
