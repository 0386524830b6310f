"""Hostile and broken input: every case is a typed error (→ UNREADABLE), none crashes or hangs."""

from __future__ import annotations

import time

import pytest

import extractors
from extractors import ExtractionError, HostileDocument, Limits, extract, extract_bytes
from samples.hostile import CASES, many_blocks_docx, write_cases, zip_bomb_docx


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("恶意 输入")
    return root, write_cases(root)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_is_its_typed_error(hostile_dir, name):
    root, expected = hostile_dir
    t0 = time.perf_counter()
    with pytest.raises(ExtractionError) as e:
        extract(root / name)
    assert type(e.value).__name__ == expected[name], str(e.value)
    assert time.perf_counter() - t0 < 20, "a hostile file must fail fast"
    assert e.value.reason_zh and e.value.reason_en and " / " in str(e.value)


def test_every_error_class_has_both_languages():
    for cls in ExtractionError.__subclasses__():
        err = cls()
        assert any("\u4e00" <= c <= "\u9fff" for c in err.reason_zh) and err.reason_en.isascii(), cls


def test_block_limit():
    with pytest.raises(HostileDocument, match="blocks"):
        extract_bytes(many_blocks_docx(3000), source="b.docx", limits=Limits(max_blocks=1000))


def test_zip_limits_are_configurable():
    data = zip_bomb_docx(3)
    with pytest.raises(HostileDocument):
        extract_bytes(data, source="z.docx")
    doc = extract_bytes(data, source="z.docx", limits=Limits(max_zip_ratio=10_000))
    assert doc.blocks[0].text == "x"


def test_file_size_limit(tmp_path):
    p = tmp_path / "大 文件.pdf"
    p.write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    with pytest.raises(HostileDocument):
        extract(p, limits=Limits(max_bytes=1024))


@pytest.mark.parametrize(
    "fixture, fake_name, fmt",
    [("docx_plain", "通知 (1).pdf", "docx"), ("pdf_plain", "通知.docx", "pdf"), ("ofd_plain", "通知.zip", "ofd"),
     ("txt_gb18030", "通知.doc", "txt"), ("docx_plain", "无扩展名", "docx")],
)
def test_wrong_extension_is_read_by_content(tmp_path, fixtures, fixture, fake_name, fmt):
    p = tmp_path / fake_name
    p.write_bytes(fixtures[fixture].read_bytes())
    assert extract(p).format == fmt


@pytest.mark.parametrize("fixture", ["docx_plain", "pdf_plain", "ofd_plain"])
@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_files(fixtures, fixture, keep):
    data = fixtures[fixture].read_bytes()
    with pytest.raises(ExtractionError):
        extract_bytes(data[: int(len(data) * keep)], source="cut")


def test_public_api_lists_every_error():
    for name in ("EmptyDocument", "UnsupportedFormat", "EncryptedDocument", "CorruptDocument", "HostileDocument",
                 "NoTextLayer", "ExtractionTimeout"):
        assert issubclass(getattr(extractors, name), ExtractionError)


def test_encrypted_docx_found_past_the_first_64_kb():
    from samples.hostile import encrypted_docx

    data = encrypted_docx()
    big = data[:512] + b"\x00" * 200_000 + data[512:]
    with pytest.raises(extractors.EncryptedDocument):
        extract_bytes(big, source="大文件.docx", name="大文件.docx")
