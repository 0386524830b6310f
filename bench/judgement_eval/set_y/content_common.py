"""Shared issuers, identifiers and the document constructor for set 11y (all names fictional)."""

ISSUERS = {
    "sc": {"name": "朔川市人力资源和社会保障局", "head": "朔川市人力资源和社会保障局文件",
           "office": "朔川市人力资源和社会保障局办公室"},
    "by": {"name": "朔川白崖新区管理委员会人力资源和社会保障局",
           "head": "朔川白崖新区管理委员会人力资源和社会保障局文件",
           "office": "白崖新区管委会人力资源和社会保障局综合科"},
    "kf": {"name": "朔川经济技术开发区管理委员会社会事务局",
           "head": "朔川经济技术开发区管理委员会社会事务局文件",
           "office": "朔川经济技术开发区管理委员会社会事务局办公室"},
    "dg": {"name": "东固蒙古族自治县人力资源和社会保障局",
           "head": "东固蒙古族自治县人力资源和社会保障局文件",
           "office": "东固蒙古族自治县人力资源和社会保障局办公室"},
}

ALL_IDS = []
ALL_CARDS = []

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def make_id(area, birth, seq):
    """Build an 18-character ID with a correct GB 11643 check character and remember it for the assertion."""
    first = f"{area}{birth}{seq:03d}"
    s = sum(int(c) * w for c, w in zip(first, _W))
    idn = first + "10X98765432"[s % 11]
    ALL_IDS.append(idn)
    return idn


def mask_id(idn):
    return idn[:3] + "*" * 11 + idn[-4:]


def make_card(prefix15):
    """Build a 16-digit card number with a correct Luhn digit and remember it."""
    for d in "0123456789":
        num = prefix15 + d
        digits = [int(c) for c in num][::-1]
        tot = 0
        for i, x in enumerate(digits):
            if i % 2:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        if tot % 10 == 0:
            ALL_CARDS.append(num)
            return num
    raise AssertionError


def mask_card(num):
    return num[:4] + " **** **** " + num[-4:]


def T(attribute, decision, codes, note):
    return {"attribute": attribute, "decision": decision, "codes": list(codes), "note": note}


def D(case, fmt, org, no, title, to, body, date, mark, truth, **kw):
    d = {"case": case, "fmt": fmt, "org": org, "no": no, "title": title, "to": to, "body": body,
         "date": date, "mark": mark, "truth": truth}
    d.update(kw)
    return d


SC_CC = "自治区人力资源和社会保障厅，市委组织部，市政府办公室"


def extend(docs, extra):
    """Insert a further body paragraph (before the closing paragraph) into the named documents."""
    for d in docs:
        if d["title"] in extra:
            d["body"].insert(len(d["body"]) - 1 if len(d["body"]) > 2 else len(d["body"]), extra[d["title"]])
