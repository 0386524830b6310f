"""What `gongkai watch` prints per routed file: the decision in Chinese, the path masked and escaped."""

from __future__ import annotations

import io
from types import SimpleNamespace

from flows.commands.watch import print_outcome


def test_outcome_line_is_chinese_masked_and_escaped():
    out = SimpleNamespace(decision="return", duplicate_of=3, route="returned/就业促进科/名单13912345678.docx",
                          source="inbox/就业促进科/名单13912345678\x1b[2J.docx")
    buf = io.StringIO()
    print_outcome(out, buf)
    line = buf.getvalue()
    assert line.startswith("退回") and "return " not in line
    assert "13912345678" not in line and "139****5678" in line
    assert "\x1b" not in line and "\\x1b" in line
    assert "重复投递，同第3次审查" in line
