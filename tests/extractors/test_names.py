"""Department names are data; derived names fit NAME_MAX (255 bytes) and stay distinct."""

from __future__ import annotations

import pytest

from extractors.names import (
    NAME_MAX,
    UNRECOGNISED_DEPARTMENT,
    companion_name,
    department_folder,
    department_name,
    fit_file_name,
    fit_name,
)

TITLE = "关于进一步做好城乡居民基本养老保险费征缴和待遇领取资格认证及社会保险经办服务规范化建设工作的通知补充说明文件"


@pytest.mark.parametrize("raw", ["../../outside", "/tmp/outside", "..", "a/b", "a\\b", ".hidden", "科\x00室", "科\x01室",
                                 "科\u202e室", "科\u200b室", "科\n室", "C:", "科室.", "养" * 31, "a..b",
                                 "CON", "nul", "Com1", "LPT9.txt", "aux .科室", "科\ufffd室"])
def test_a_department_that_is_not_a_plain_name_is_unrecognised(raw):
    assert department_name(raw) == UNRECOGNISED_DEPARTMENT
    assert department_folder(raw) == UNRECOGNISED_DEPARTMENT


def test_a_plain_department_is_kept_normalised():
    assert department_name("  养老保险科 ") == "养老保险科"
    assert department_name("e\u0301科") == "\u00e9科"  # NFC
    assert department_name("") is None and department_name(None) is None and department_name("  ") is None
    assert department_folder(None) == "未注明科室"
    assert department_name("养" * 30) == "养" * 30  # 90 bytes: the limit
    assert department_name("CONSOLE科") == "CONSOLE科" and department_name("COM10") == "COM10"  # not device names


@pytest.mark.parametrize("chars", [78, 83, 120])
def test_long_chinese_names_fit_255_bytes_keep_the_suffix_and_stay_distinct(chars):
    stem = (TITLE * 3)[:chars]
    for suffix in (".docx", ".docx.退文通知单.docx", ".docx.原因.txt", ".docx.json", "-0123abcd.审查报告.html"):
        name = fit_name(stem, suffix)
        assert len(name.encode("utf-8")) <= NAME_MAX and name.endswith(suffix)
        assert name == fit_name(stem, suffix), "the same long name always gets the same short one"
        other = fit_name(stem[:-1] + "乙", suffix)
        assert other != name or len((stem + suffix).encode()) <= NAME_MAX
    fitted = fit_file_name(stem + ".docx")
    assert fitted.endswith(".docx") and len(fitted.encode()) <= NAME_MAX
    assert companion_name(fitted, ".原因.txt").endswith(".原因.txt")


def test_a_short_name_is_left_alone():
    assert fit_name("通知", ".docx") == "通知.docx"
    assert companion_name("通知.docx", ".原因.txt") == "通知.docx.原因.txt"


def test_cut_on_a_character_boundary():
    name = fit_name("a" + "养" * 100, ".txt", limit=60)
    name.encode("utf-8")  # no half character
    assert len(name.encode()) <= 60
