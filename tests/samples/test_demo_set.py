"""The sample generator is deterministic: the same seed writes the same bytes, so a re-run demo is
recognised as the same documents (sha256) and the golden files stay put."""

from __future__ import annotations

import hashlib

from samples.demo import build_demo


def _hashes(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(tmp_path):
    a, b = _hashes_of(tmp_path / "a"), _hashes_of(tmp_path / "b")
    assert a.keys() == b.keys()
    differ = sorted(k for k in a if a[k] != b[k])
    # reportlab draws a fresh random key for an encrypted PDF; everything else is byte-identical
    assert differ == ["劳动关系科/加密文件.pdf"]


def _hashes_of(root):
    build_demo(root)
    return _hashes(root)
