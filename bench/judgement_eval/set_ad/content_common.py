"""Shared defaults for the document records (fictional 枫陵市, 桐江市, 南屏省)."""
BUREAU = "枫陵市人力资源和社会保障局"

CASE_CODES = {
    "SECRET": (["SECRET_CONTENT"], "escalate"),
    "MIXED": (["MIXED_CONTENT"], "return"),
    "COMMERCIAL": (["COMMERCIAL_SECRET"], "return"),
    "LABEL": (["LABEL_MISMATCH"], "return"),
    "CLEAN": ([], "approve"),
}


def mk(key, case, fmt, genre, title, body, mark, attribute, note, date, wenhao, **kw):
    """One document record; codes/decision follow the case unless given."""
    codes, decision = CASE_CODES[case]
    d = dict(key=key, case=case, fmt=fmt, genre=genre, title=title, body=body, mark=mark,
             attribute=attribute, note=note, date=date, wenhao=wenhao,
             codes=list(kw.pop("codes", codes)), decision=kw.pop("decision", decision),
             sign=kw.pop("sign", BUREAU), print_date=kw.pop("print_date", date),
             mark_pos=kw.pop("mark_pos", "after_date"))
    d.update(kw)
    return d


CLOSINGS = ("特此报告。", "特此通报。", "特此函告。", "妥否，请批示。", "以上请示妥否，请批示。", "此复。", "特此公告。", "特此通告。",
            "以上意见，请予研究采纳。", "本意见自2027年1月1日起施行。")


def extend(docs, extra):
    """Add a drafted paragraph to a body, before its closing formula when it has one."""
    for d in docs:
        add = extra.get(d["key"])
        if not add:
            continue
        lines = d["body"].rstrip("\n").split("\n")
        if lines[-1].strip() in CLOSINGS:
            lines.insert(len(lines) - 1, add)
        else:
            lines.append(add)
        d["body"] = "\n".join(lines) + "\n"
