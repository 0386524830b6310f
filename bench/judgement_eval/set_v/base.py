"""Shared names of the fictional district bureau and a constructor for document dicts."""

PROV = "衡渠省"
CITY = "泊阳市"
DIST = "临溪区"
JU = "泊阳市临溪区人力资源和社会保障局"
JY = "临溪区就业服务中心"
SB = "临溪区社会保险事业管理中心"
JC = "临溪区劳动保障监察大队"
KS = "临溪区人事考试中心"
JX = "临溪区技工学校"
GOV = "临溪区人民政府"

FLAG = {
    JU: "泊阳市临溪区人力资源和社会保障局文件",
    JY: "临溪区就业服务中心文件",
    SB: "临溪区社会保险事业管理中心",
    JC: "临溪区劳动保障监察大队",
    KS: "临溪区人事考试中心文件",
    JX: "泊阳市临溪区技工学校",
}

PUB = ["（此件公开发布）", "公开方式：主动公开", "（此件主动公开）", "公开属性：主动公开"]
APP = ["（此件依申请公开）", "公开方式：依申请公开", "公开属性：依申请公开"]
NOT = ["（此件不予公开）", "公开方式：不予公开", "公开属性：不予公开", "（此件不公开）"]


def D(unit, genre, wenhao, title, to, body, date, mark, truth_attr, decision, codes, note, *,
      sign=None, att_list=None, appendix=None, cc=None, printed=None, signer_line=None, fmt=None,
      flag=True, contact=None, flag_text=None):
    """One document: layout fields plus its truth row."""
    return {
        "unit": unit, "genre": genre, "wenhao": wenhao, "title": title, "to": to, "body": body,
        "date": date, "mark": mark, "sign": sign or unit, "att_list": att_list, "appendix": appendix or [],
        "cc": cc, "printed": printed, "signer_line": signer_line, "fmt": fmt, "contact": contact,
        "issuer_flag": (flag_text or FLAG.get(unit)) if flag and (wenhao or flag_text) else None,
        "truth": {"attribute": truth_attr, "decision": decision, "codes": codes, "note": note},
    }
