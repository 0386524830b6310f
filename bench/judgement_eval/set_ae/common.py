"""Shared names of the fictional issuer (沂澜省岱宁市) and helpers for document dicts."""

JU = "岱宁市人力资源和社会保障局文件"
JU_NAME = "岱宁市人力资源和社会保障局"
ZX = "岱宁市社会保险事业管理中心文件"
ZX_NAME = "岱宁市社会保险事业管理中心"
ZX_LETTER = "岱宁市社会保险事业管理中心"
JU_LETTER = "岱宁市人力资源和社会保障局"
COUNTIES = "各县（区）社会保险事业管理中心，市中心各科室"
ZD1, ZD2, ZD3 = "（此件公开发布）", "（此件主动公开）", "公开方式：主动公开"
YS1, YS2 = "公开属性：依申请公开", "（此件依申请公开）"
BU1, BU2 = "（此件不予公开）", "公开方式：不予公开"


def printed(org, date):
    """版记 印发 line."""
    return f"{org}　　　　{date}印发"


def doc(**kw):
    """Fill defaults so every case module stays short."""
    kw.setdefault("attachments", [])
    kw.setdefault("attach_list", [])
    kw.setdefault("codes", [])
    kw.setdefault("mark_pos", "after_date")
    return kw
