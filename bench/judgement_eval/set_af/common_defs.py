"""Shared names and truth helpers for the eval11af cases (fictional 沅西省桐阳市)."""

CITY = "桐阳市"
JU = "桐阳市人力资源和社会保障局"
YUAN = "桐阳市劳动人事争议仲裁院"
ZHI = "桐阳市劳动保障监察支队"
TING = "沅西省人力资源和社会保障厅"

H_JU = "桐阳市人力资源和社会保障局文件"
H_YUAN = "桐阳市劳动人事争议仲裁院文件"
H_ZHI = "桐阳市劳动保障监察支队文件"
H_JU_LETTER = "桐阳市人力资源和社会保障局"
H_YUAN_LETTER = "桐阳市劳动人事争议仲裁院"

QX = "各县（区）人力资源和社会保障局，桐阳高新区社会事业局"

MARK = {
    "主动公开": ["（此件公开发布）", "公开方式：主动公开", "（此件主动公开）", "公开属性：主动公开",
             "信息公开选项：主动公开"],
    "依申请公开": ["（此件依申请公开）", "公开方式：依申请公开", "公开属性：依申请公开"],
    "不予公开": ["（此件不予公开）", "公开方式：不予公开", "公开属性：不予公开"],
}


def mark(attr, i=0):
    """One of several real-world spellings of a 公开属性 line."""
    opts = MARK[attr]
    return opts[i % len(opts)]


def _t(attr, decision, codes, note):
    return {"attribute": attr, "decision": decision, "codes": codes, "note": note}


def SEC(attr, note):
    return _t(attr, "escalate", ["SECRET_CONTENT"], note)


def MIX(note):
    return _t("主动公开", "return", ["MIXED_CONTENT"], note)


def COM(attr, note):
    return _t(attr, "return", ["COMMERCIAL_SECRET"], note)


def MIS(attr, note):
    return _t(attr, "return", ["LABEL_MISMATCH"], note)


def OK(attr, note):
    return _t(attr, "approve", [], note)


def D(key, case, fmt, genre, truth, **kw):
    d = {"key": key, "case": case, "fmt": fmt, "genre": genre, "truth": truth}
    d.update(kw)
    return d
