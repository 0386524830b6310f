"""Shared names and a small constructor for the eval11am cases (all names are invented)."""
BUREAU = "格尔勒蒙古族藏族自治州人力资源和社会保障局"
HEAD = BUREAU + "文件"
HEAD_HAN = BUREAU  # 函 / 便函 header without 文件
OFFICE = BUREAU + "办公室"
EXAM = "格尔勒州人事考试中心"
SIB = "格尔勒州社会保险事业管理局"
JIANCHA = "格尔勒州劳动保障监察支队"
PROV = "朔屏省"
PROV_HRSS = "朔屏省人力资源和社会保障厅"
COUNTIES = ["乌兰铎市", "察浑县", "托勒河县", "苏勒台县", "德沁县", "巴嘎诺尔县"]
TO_COUNTIES = "乌兰铎市、察浑县、托勒河县、苏勒台县、德沁县、巴嘎诺尔县人力资源和社会保障局："


def printed(date):
    return f"{OFFICE}　　　　　{date}印发"


def D(key, case, fmt, genre, attribute, decision, codes, note, **kw):
    d = dict(key=key, case=case, fmt=fmt, genre=genre, attribute=attribute, decision=decision,
             codes=list(codes), note=note)
    d.update(kw)
    return d


# ---- identifiers (GB 11643) used in masked form in 公示 tables
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def make_id(area, birth, seq):
    first = area + birth + seq
    assert len(first) == 17 and first.isdigit()
    full = first + _C[sum(int(c) * w for c, w in zip(first, _W)) % 11]
    return full


def masked_id(area, birth, seq):
    full = make_id(area, birth, seq)
    assert full[17] == _C[sum(int(c) * w for c, w in zip(full[:17], _W)) % 11]
    return full[:3] + "*" * 11 + full[-4:]
