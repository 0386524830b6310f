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


# -- memory: every read bounded (issue 13, item 4) ------------------------------------------------

_UNDER_LIMIT = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, resource.RLIM_INFINITY))
from extractors import ExtractionError, extract
for p in sorted(Path(sys.argv[1]).iterdir()):
    try:
        extract(p)
        print(p.name, "ok", sep="\\t")
    except ExtractionError as e:
        print(p.name, type(e).__name__, sep="\\t")
    except MemoryError:
        print(p.name, "MemoryError", sep="\\t")
# VmHWM, this process's own high-water mark: ru_maxrss would also carry the forking parent's (Linux keeps
# the larger of the old and new address space's peak across fork+exec), i.e. pytest's own size
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print("peak", hwm, sep="\\t")
"""


@pytest.mark.slow
def test_memory_bombs_are_typed_errors_within_the_memory_target(tmp_path):
    """Each bomb of the probe (1 GB mimetype, lying members, 300 000 members, 200 000 pages, 50 and
    200 MB texts, /dev/zero …) extracted under a 1.5 GiB address-space bound: a typed error, no
    MemoryError, and the process never near the bound (before: 1–12 GB)."""
    import subprocess
    import sys

    from samples.hostile_memory import CASES, write_cases

    names = [n for n, (_w, err) in CASES.items() if err[0].isupper()]
    expected = write_cases(tmp_path, names)
    out = subprocess.run([sys.executable, "-c", _UNDER_LIMIT, str(tmp_path)], capture_output=True, text=True, timeout=300)
    got = dict(line.split("\t") for line in out.stdout.splitlines())
    assert int(got.pop("peak")) < 512 * 1024, "peak RSS over 512 MB"
    assert got == expected, out.stderr[-2000:]


def test_a_member_lying_about_its_size_is_never_inflated_past_it():
    from extractors.ooxml import open_package, read_part
    from samples.hostile_memory import lying_member_docx

    z = open_package(lying_member_docx(gigabytes=0.25, declared=4096), Limits())
    assert read_part(z, "word/document.xml") == b"<" * 4096
    assert z.inflated == 4096


def test_mimetype_is_sniffed_from_its_first_bytes():
    from samples.hostile_memory import mimetype_bomb_docx

    data = mimetype_bomb_docx(gigabytes=0.25)
    assert len(data) < 400_000
    assert extractors.sniff(data, "a.docx") == "docx"
    with pytest.raises(HostileDocument, match="mimetype"):
        extract_bytes(data, source="m.docx")


def test_part_limit_and_bzip2_members():
    from samples.hostile_memory import bzip2_member_docx

    with pytest.raises(HostileDocument, match="compression method 12"):
        extract_bytes(bzip2_member_docx(), source="b.docx")
    with pytest.raises(HostileDocument, match="max_part_bytes"):
        extract_bytes(many_blocks_docx(3000), source="p.docx", limits=Limits(max_part_bytes=10_000))


def test_text_over_the_limit_is_refused_before_decoding(tmp_path, monkeypatch):
    from extractors import DocumentTooLarge, txt

    monkeypatch.setattr(txt, "decode_text", lambda data: pytest.fail("decoded"))
    p = tmp_path / "长文本.txt"
    p.write_text("关于做好工作的通知\n" * 2000, encoding="utf-8")
    with pytest.raises(DocumentTooLarge) as e:
        extract(p, limits=Limits(max_text_bytes=10_000))
    assert "上限" in e.value.reason_zh and "limit" in e.value.reason_en
    with pytest.raises(DocumentTooLarge):
        extract_bytes(p.read_bytes(), source="t.txt", limits=Limits(max_text_bytes=10_000))


def test_extracted_text_is_bounded_in_every_format(fixtures):
    from extractors import DocumentTooLarge

    for name in ("docx_plain", "pdf_plain", "ofd_plain", "txt_utf8"):
        with pytest.raises(DocumentTooLarge):
            extract(fixtures[name], limits=Limits(max_text_chars=50))


def test_devices_and_fifos_are_refused_without_reading(tmp_path):
    import os

    link = tmp_path / "零.txt"
    os.symlink("/dev/zero", link)
    fifo = tmp_path / "管道.docx"
    os.mkfifo(fifo)
    for p in (link, fifo):
        with pytest.raises(HostileDocument, match="regular file"):
            extract(p)


def test_limits_come_from_the_toml(tmp_path):
    from classifiers import load_config
    from extractors import ConfigError

    cfg = tmp_path / "g.toml"
    cfg.write_text("[limits]\nmax_text_bytes = 1000\nmemory_mb = 1024\n", encoding="utf-8")
    limits = load_config(cfg)["limits"]
    assert (limits.max_text_bytes, limits.memory_mb) == (1000, 1024)
    cfg.write_text("[limits]\nmemory_mb = 10\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="memory_mb"):
        load_config(cfg)
    cfg.write_text("[limits]\nmax_txt = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="limits.max_txt"):
        load_config(cfg)


def test_gongkai_audit_in_process_runs_under_the_memory_bound(tmp_path):
    """One file is audited in the CLI's own process, inside the address-space guard: a file that
    needs more than ``[limits] memory_mb`` is a typed error (exit 2), not a crash or a swap storm."""
    import json
    import subprocess
    import sys

    from samples.hostile_memory import write_text

    big = write_text(tmp_path / "长文本.txt", 3.5)
    cfg = tmp_path / "g.toml"
    cfg.write_text("[limits]\nmemory_mb = 256\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "flows.cli", "audit", "--json", "--config", str(cfg), str(big)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2, out.stderr[-2000:]
    res = json.loads(out.stdout)[0]
    assert res["decision"] == "error" and "memory_mb" in res["error"]
