"""PDF lines whose symbols pdfium puts out of reading order (a 稿纸 checkbox row, a ratio colon) are rebuilt
by position, so the tick stands before its option again (issue 10)."""

from __future__ import annotations

from extractors.pdf_layout import Line, reorder_marked_lines, visual_text


class FakeTextPage:
    """Characters at given boxes (PDF space: left, bottom, right, top), in pdfium's (wrong) order."""

    def __init__(self, chars):
        self.chars = chars

    def get_text_range(self, k, n):
        return "".join(c for c, _ in self.chars[k:k + n])

    def get_charbox(self, k, loose=False):
        return self.chars[k][1]


def row(text_at):
    """[(text, x)] → characters 10 pt wide on one baseline."""
    out = []
    for text, x in text_at:
        for i, ch in enumerate(text):
            out.append((ch, (x + 10.5 * i, 520.0, x + 10.5 * i + 10.0, 531.0)))
    return out


def test_tick_glyphs_go_back_before_their_options():
    # as LibreOffice's export reads in pdfium: words first, the fallback-font boxes at the end of the line
    chars = row([("□主动公开", 300.0), (" ", 0), ("依申请公开", 370.0), (" ", 0), ("不予公开", 449.0), ("□", 438.0), ("☑", 359.0)])
    chars = [(c, (0, 0, 0, 0)) if c == " " else (c, b) for c, b in chars]
    tp = FakeTextPage(chars)
    assert visual_text(tp, range(len(chars))) == "□主动公开 ☑依申请公开 □不予公开"
    ln = Line("□主动公开 依申请公开 不予公开□☑", 300, 0, 500, 10, 10, 0, len(chars))
    reorder_marked_lines([ln], tp)
    assert ln.text == "□主动公开 ☑依申请公开 □不予公开"


def test_ratio_colon_goes_back_after_its_label():
    chars = row([("公开属性", 90.0), ("依申请公开", 142.0), ("∶", 132.0)])
    tp = FakeTextPage(chars)
    ln = Line("公开属性依申请公开∶", 90, 0, 200, 10, 10, 0, len(chars))
    reorder_marked_lines([ln], tp)
    assert ln.text == "公开属性∶依申请公开"


def test_lines_in_order_are_left_alone():
    chars = row([("秘密★1年", 90.0)])
    ln = Line("秘密★1年", 90, 0, 200, 10, 10, 0, len(chars))
    reorder_marked_lines([ln], FakeTextPage(chars))
    assert ln.text == "秘密★1年" and ln.start == 0
