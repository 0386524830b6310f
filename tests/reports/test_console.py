"""The CLI's tables: Chinese aligned by display width, paths clipped to keep the name, escapes shown escaped."""

from __future__ import annotations

import io
from types import SimpleNamespace

from reports.console import clip_path, print_table, safe, table, width


def _result(file, decision="approve", attribute="主动公开", findings=(), error=None):
    return SimpleNamespace(file=file, decision=decision, attribute=attribute, findings=list(findings), error=error)


def test_columns_line_up_by_display_width():
    out = io.StringIO()
    table(("文件", "结论", "问题"), [("关于做好征缴工作的通知.docx", "待审批", "—"), ("a.pdf", "退回承办科室", "x")], out)
    lines = out.getvalue().splitlines()
    starts = [width(line[: line.index(word)]) for line, word in zip((lines[0], lines[2], lines[3]), ("结论", "待审批", "退回"))]
    assert len(set(starts)) == 1, lines


def test_path_clipped_from_the_left_keeps_the_whole_name():
    p = "/srv/gongkai/inbox/就业促进科/关于2026年第三批一次性创业补贴拟发放人员名单的公示.docx"
    c = clip_path(p, 70)
    assert c.startswith("…/") and c.endswith("关于2026年第三批一次性创业补贴拟发放人员名单的公示.docx") and width(c) <= 70
    assert clip_path(p, 56) == p.rsplit("/", 1)[1]  # no room for a folder: the name alone


def test_terminal_escapes_in_file_names_are_shown_not_obeyed():
    evil = "通知\x1b]0;pwned\x07\x1b[2J.docx"
    assert "\x1b" not in safe(evil) and "\\x1b" in safe(evil)
    out = io.StringIO()
    print_table([_result(evil, "error", None, error="坏文件\x1b[31m")], out)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()


def test_decisions_and_codes_in_chinese():
    f = SimpleNamespace(code="PERSONAL_DATA", subtype="id_card")
    out = io.StringIO()
    print_table([_result("a.docx", "return", findings=[f, f])], out)
    text = out.getvalue()
    assert "退回承办科室" in text and "个人信息：公民身份号码×2" in text
    assert "return" not in text and "PERSONAL_DATA" not in text
