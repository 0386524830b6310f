"""Shared names of the fictional setting and the case factory."""
from __future__ import annotations

BUREAU = "蚝浦市人力资源和社会保障局"
MARK_FILE = "蚝浦市人力资源和社会保障局文件"
OFFICE = "蚝浦市人力资源和社会保障局办公室"
JIANCHA = "蚝浦市劳动保障监察大队"
JIUYE = "蚝浦市公共就业服务中心"
KAOSHI = "蚝浦市人事考试中心"
ZHIQIAN = "蚝浦市根治拖欠农民工工资工作领导小组办公室"
SUPERIOR = "屿州市人力资源和社会保障局"

OPEN_ACTIVE = "（此件公开发布）"
OPEN_ACTIVE_2 = "公开方式：主动公开"
OPEN_APPLY = "（此件依申请公开）"
OPEN_APPLY_2 = "公开方式：依申请公开"
OPEN_NONE = "公开方式：不予公开"

ATTR = {
    OPEN_ACTIVE: "主动公开",
    OPEN_ACTIVE_2: "主动公开",
    OPEN_APPLY: "依申请公开",
    OPEN_APPLY_2: "依申请公开",
    OPEN_NONE: "不予公开",
}

SECRET = ("escalate", ["SECRET_CONTENT"])
CLEAN = ("approve", [])


def case(*, id, kind, fmt, genre, mark, doc_no, title, to, body, sign, date, open_line,
         printer, print_date, note, truth, open_pos="after_date", cc="", attach=None,
         appendix=None, contact="", pair="", mark_size=26, copy_no=""):
    """Build one case dict; the 公开属性 in truth follows the marking line actually printed."""
    decision, codes = truth
    return {
        "id": id, "kind": kind, "fmt": fmt, "genre": genre, "mark": mark, "doc_no": doc_no,
        "title": title, "to": to, "body": body, "sign": sign, "date": date,
        "open_line": open_line, "open_pos": open_pos, "printer": printer,
        "print_date": print_date, "cc": cc, "attach": attach or [], "appendix": appendix or [],
        "contact": contact, "note": note, "attribute": ATTR[open_line], "decision": decision,
        "codes": list(codes), "pair": pair, "mark_size": mark_size, "copy_no": copy_no,
    }
