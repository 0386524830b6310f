#!/usr/bin/env python3
"""Independent PII evaluation set for gongkai-audit (issue 12).

Deterministic, standard library only.  Writes passages.jsonl next to this file.
Every number is fictitious; check characters are computed where the type has one.
Templates are written by the evaluation writer; placeholders:
  {type}            personal identifier -> recorded as an entity
  {type|variant}    same, with a formatting variant
  {_thing|variant}  non-personal filler (amounts, codes, office numbers, masked values)
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20240612
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "passages.jsonl")

ENTITY_TYPES = [
    "id_card", "id_card_15", "mobile", "landline", "bank_card", "passport", "address",
    "name", "email", "qq", "wechat", "plate", "hk_macau_permit", "taiwan_permit",
    "taiwan_residence", "foreign_permanent", "social_security_card", "disability_cert",
    "military_id", "medical_insurance",
]

# ---------------------------------------------------------------- check digits
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def mod11_2(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check(s17):
    tot = sum(USCC_CS.index(c) * pow(3, i, 31) for i, c in enumerate(s17))
    return USCC_CS[(31 - tot % 31) % 31]


def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * x for c, x in zip(s8, w)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def fullwidth(s):
    return s.translate(FW)


# ---------------------------------------------------------------- base data
AREAS_ACTIVE = [
    "110105", "110108", "120104", "130102", "140105", "150102", "210102", "220102", "230103",
    "310115", "320106", "320583", "330106", "330782", "340104", "350203", "360102", "370212",
    "410105", "420106", "430104", "440305", "441900", "450103", "460108", "500103", "510107",
    "520102", "530102", "540102", "610113", "620102", "630102", "640502", "640104", "650102",
    "371302", "411302", "640521", "640522",
]
# codes since abolished (卢湾, 闸北, 昌平县, 大兴县, 东山区, 下城, 江干, 白下)
AREAS_RETIRED = ["310103", "310108", "110221", "110224", "440107", "330103", "330104", "320103"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司徒", "上官"]
GIVEN = list("秀英桂兰玉凤建华国平志强海燕晓梅春生德明振宇秋月丽娟文博子涵思远家豪梓萱佳琪宏伟淑珍永胜立新红梅雪莲晨阳俊杰雨桐欣怡浩然嘉怡锦程亚楠宗明翠芳素琴光辉承泽婉清若曦鹏飞")

CN_DISTRICTS = ["澄川市临江区", "澄川市东湖区", "澄川市新城区", "澄川市澄南县", "澄川市北岭区", "澄川市高新区"]
ROADS = ["望江路", "翠柳街", "文昌路", "兴隆大道", "滨河东路", "石桥巷", "解放南路", "新华西街", "光明路", "沙湾路", "青檀路", "长乐街"]
ESTATES = ["锦绣花园", "翠柳小区", "滨河东苑", "阳光家园", "金色港湾", "丽景湾", "和平里小区", "幸福新村", "怡景苑", "御园", "枫林雅居", "水岸名都"]
VILLAGES = ["石桥镇下坂村", "宣和镇兴隆村", "柔远镇沙渠村", "东园镇金沙村", "永康镇黄湾村", "迎水镇盐池村"]
REAL_PREF = ["宁夏回族自治区中卫市沙坡头区", "浙江省杭州市西湖区", "湖北省武汉市武昌区", "四川省成都市武侯区", "河南省南阳市宛城区", "山东省临沂市兰山区", "广东省东莞市"]

MOBILE_PREF = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREA_CODES8 = ["010", "021", "022", "020", "023", "027", "028", "029", "0571", "0574", "0531", "0371", "0551", "0755", "025", "0512"]
AREA_CODES7 = ["0955", "0953", "0954", "0952", "0941", "0975", "0896"]
EMAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "sohu.com", "outlook.com", "139.com", "yeah.net"]
PINYIN = ["zhangwei", "liqiuyue", "wangzy", "chenxl", "yangjie", "huanghm", "zhaolei", "wu.xiaomei", "zhou_jh", "xu.wenbo", "sunly", "ma_yuting", "zhuhong", "hu.haiyan", "guoxin", "linlin", "luoyi", "liangqy", "xiexiao", "song.wen"]
PROV_ABBR = list("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁新蒙藏")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


class Ctx(dict):
    pass


def rdate(rng, y0=1958, y1=2005):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_id18(rng, area=None, want_x=False, birth=None):
    area = area or rng.choice(AREAS_ACTIVE)
    birth = birth or rdate(rng)
    for _ in range(2000):
        s17 = area + birth.strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
        c = mod11_2(s17)
        if want_x == (c == "X"):
            return s17 + c
    raise RuntimeError("no id")


# ---------------------------------------------------------------- personal generators
def g_id_card(rng, v, ctx):
    area = rng.choice(AREAS_RETIRED) if "old" in v else None
    want_x = "x" in v.split(",") or "xl" in v.split(",") or (not v and rng.random() < 0.12)
    s = make_id18(rng, area=area, want_x=want_x)
    ctx["id"] = s
    if "xl" in v.split(","):
        s = s[:-1] + "x"
    if "sp" in v:
        s = s[:6] + " " + s[6:14] + " " + s[14:]
    if "fw" in v:
        s = fullwidth(s)
    return s


def g_id_card_15(rng, v, ctx):
    area = rng.choice(AREAS_ACTIVE + AREAS_RETIRED)
    b = rdate(rng, 1935, 1968)
    s = area + b.strftime("%y%m%d") + "%03d" % rng.randint(1, 999)
    if "fw" in v:
        s = fullwidth(s)
    return s


def g_mobile(rng, v, ctx):
    n = rng.choice(MOBILE_PREF) + "%08d" % rng.randint(0, 99999999)
    ctx["mob"] = n
    return {
        "": n, "p86": "+86" + n, "p86s": "+86 " + n, "86h": "86-" + n, "0086": "0086" + n,
        "dot": n[:3] + "." + n[3:7] + "." + n[7:], "hy": n[:3] + "-" + n[3:7] + "-" + n[7:],
        "sp": n[:3] + " " + n[3:7] + " " + n[7:], "fw": fullwidth(n), "p86hy": "+86-" + n,
    }[v]


def g_landline(rng, v, ctx):
    if "7" in v:
        ac = rng.choice(AREA_CODES7)
        local = str(rng.randint(2, 8)) + "%06d" % rng.randint(0, 999999)
    else:
        ac = rng.choice(AREA_CODES8)
        local = str(rng.choice([2, 3, 5, 6, 8])) + "%07d" % rng.randint(0, 9999999)
        if len(ac) == 4 and rng.random() < 0.3:
            local = local[:7]
    if "par" in v:
        return "(%s)%s" % (ac, local)
    if "fpar" in v:
        return "（%s）%s" % (ac, local)
    if "sp" in v:
        return "%s %s" % (ac, local)
    return "%s-%s" % (ac, local)


BANK_BINS = ["622202", "621700", "622848", "621483", "623058", "621226", "622588", "621799", "623668", "622700", "621661", "622908", "625965"]


def g_bank_card(rng, v, ctx):
    kind = v.split(",")[0] if v else "up"
    if kind == "up":
        pre, ln = rng.choice(BANK_BINS), rng.choice([16, 19, 19, 19])
    elif kind == "visa":
        pre, ln = "4" + "%05d" % rng.randint(0, 99999), 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)) + "%04d" % rng.randint(0, 9999), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)) + "%02d" % rng.randint(0, 99), 16
    elif kind == "diners":
        pre, ln = rng.choice(["36", "38", "300", "305"]), 14
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "jcb":
        pre, ln = "35" + str(rng.randint(28, 89)), 16
    else:
        raise ValueError(kind)
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    ctx["card"] = n
    if "sp4" in v:
        n = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    elif "hy4" in v:
        n = "-".join(n[i:i + 4] for i in range(0, len(n), 4))
    elif "fw" in v:
        n = fullwidth(n)
    return n


GERMAN_CS = "CFGHJKLMNPRTVWXYZ0123456789"


def g_passport(rng, v, ctx):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    kind = v or "E"
    if kind == "E":
        return "E" + d(8)
    if kind == "EA":  # newer E + letter + 7 digits
        return "E" + rng.choice("ABCDEFGHJKLMN") + d(7)
    if kind == "G":
        return "G" + d(8)
    if kind == "KR":
        return "M" + d(8)
    if kind == "DE":
        return rng.choice("CFGHJK") + "".join(rng.choice(GERMAN_CS) for _ in range(8))
    if kind == "US":
        return str(rng.randint(1, 9)) + d(8)
    if kind == "JP":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
    if kind == "FR":
        return d(2) + rng.choice(["AB", "CF", "HK", "RD"]) + d(5)
    if kind == "SG":
        return "K" + d(7) + rng.choice("ABCDEFGHJ")
    if kind == "MY":
        return "A" + d(8)
    if kind == "VN":
        return "C" + d(7)
    if kind == "RU":
        return "7" + d(8)
    raise ValueError(kind)


def g_address(rng, v, ctx):
    kind = v or rng.choice(["hao", "zhuang", "dash", "vill", "real"])
    dist = rng.choice(CN_DISTRICTS)
    if kind == "hao":
        return "%s%s%d号%s%d幢%d单元%d室" % (dist, rng.choice(ROADS), rng.randint(1, 399), rng.choice(ESTATES), rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 28) * 100 + rng.randint(1, 4))
    if kind == "zhuang":  # no 号 at all
        return "%s%s%d幢%d单元%d室" % (dist, rng.choice(ESTATES), rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 18) * 100 + rng.randint(1, 4))
    if kind == "dong":
        return "%s%s%d栋%d单元%d" % (rng.choice(["临江区", "东湖区", "北岭区"]), rng.choice(ESTATES), rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 33) * 100 + rng.randint(1, 4))
    if kind == "dash":  # 5-2-902 style
        return "%s%s%d-%d-%d" % (dist, rng.choice(ESTATES), rng.randint(1, 40), rng.randint(1, 4), rng.randint(1, 18) * 100 + rng.randint(1, 4))
    if kind == "vill":
        return "%s%s%s组%d号" % (rng.choice(["澄南县", "宁夏中卫市中宁县", "澄川市北岭区"]), rng.choice(VILLAGES), "一二三四五六七"[rng.randint(0, 6)], rng.randint(1, 80))
    if kind == "villnohao":
        return "%s%s%s队" % (rng.choice(["澄南县", "中卫市沙坡头区"]), rng.choice(VILLAGES), "一二三四五六七八"[rng.randint(0, 7)])
    if kind == "real":
        return "%s%s%d号%s%d号楼%d单元%d室" % (rng.choice(REAL_PREF), rng.choice(ROADS), rng.randint(1, 299), rng.choice(ESTATES), rng.randint(1, 20), rng.randint(1, 6), rng.randint(1, 25) * 100 + rng.randint(1, 4))
    if kind == "short":  # no city prefix
        return "%s%d号院%d号楼%d室" % (rng.choice(ROADS), rng.randint(1, 200), rng.randint(1, 12), rng.randint(1, 20) * 100 + rng.randint(1, 4))
    raise ValueError(kind)


def g_name(rng, v, ctx):
    if v == "same" and "name" in ctx:
        return ctx["name"]
    sur = rng.choice(SURNAMES)
    k = 1 if rng.random() < 0.35 else 2
    n = sur + "".join(rng.choice(GIVEN) for _ in range(k))
    ctx["name"] = n
    ctx.setdefault("names", []).append(n)
    return n


def g_email(rng, v, ctx):
    user = rng.choice(PINYIN) + rng.choice(["", str(rng.randint(1970, 2004)), str(rng.randint(1, 999))])
    if v == "qq":
        return "%d@qq.com" % rng.randint(10000000, 3999999999)
    return user + "@" + rng.choice(EMAIL_DOM)


def g_qq(rng, v, ctx):
    return str(rng.randint(10000, 3999999999))


def g_wechat(rng, v, ctx):
    if v == "wxid":
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    base = rng.choice(PINYIN).replace(".", "_")
    return base + rng.choice(["_", "", "-"]) + str(rng.randint(1, 9999))


def g_plate(rng, v, ctx):
    pr = rng.choice(PROV_ABBR)
    letter = rng.choice(PLATE_LETTERS)
    if v == "nev":
        tail = rng.choice("DF") + "%05d" % rng.randint(0, 99999)
    else:
        tail = [str(rng.randint(0, 9)) for _ in range(5)]
        for _ in range(rng.choice([0, 1, 1, 2])):  # real plates carry at most two letters
            tail[rng.randint(0, 4)] = rng.choice(PLATE_LETTERS)
        tail = "".join(tail)
    sep = {"dot": "·", "sp": " ", "": ""}.get(v if v in ("dot", "sp") else "", "")
    return pr + letter + sep + tail


def g_hk_macau_permit(rng, v, ctx):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if v == "C":
        return "C" + d(8)
    if v == "CA":
        return "C" + rng.choice("ABCDEFGH") + d(7)
    if v == "K":
        return "K" + d(8)
    if v == "H":
        return "H" + d(8) + "%02d" % rng.randint(0, 3)
    if v == "M":
        return "M" + d(8) + "%02d" % rng.randint(0, 3)
    if v == "H9":
        return "H" + d(8)
    raise ValueError(v)


def g_taiwan_permit(rng, v, ctx):
    s = "%08d" % rng.randint(100000, 99999999)
    if v == "10":
        s += "%02d" % rng.randint(0, 5)
    return s


def g_taiwan_residence(rng, v, ctx):
    s = make_id18(rng, area="830000", want_x=(v == "x"))
    return s


COUNTRY_NUM = {"USA": "840", "KOR": "410", "DEU": "276", "JPN": "392", "FRA": "250", "GBR": "826", "CAN": "124", "AUS": "036", "RUS": "643", "SGP": "702"}


def g_foreign_permanent(rng, v, ctx):
    country = rng.choice(sorted(COUNTRY_NUM))
    ctx["country"] = country
    b = rdate(rng, 1950, 2000)
    prov = rng.choice(["11", "31", "44", "33", "32", "64", "51"])
    if v == "old":
        return country + prov + b.strftime("%y%m%d") + "%04d" % rng.randint(0, 9999)
    s17 = "9" + prov + COUNTRY_NUM[country] + b.strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
    return s17 + mod11_2(s17)


def g_social_security_card(rng, v, ctx):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    kind = v or rng.choice(["L8", "LL7", "D9"])
    if kind == "L8":
        return rng.choice("ABCDEFGHJKMN") + d(8)
    if kind == "LL7":
        return rng.choice(["BA", "BB", "CA", "GA", "MA"]) + d(7)
    if kind == "D9":
        return d(9)
    if kind == "rid":  # 人员识别号: 3 letters + 9 digits
        return rng.choice(["JSA", "ZJA", "ZJC", "NXE", "HBA"]) + d(9)
    raise ValueError(kind)


def g_disability_cert(rng, v, ctx):
    base = ctx["id"] if v == "same" and "id" in ctx else make_id18(rng)
    return base + str(rng.randint(1, 7)) + str(rng.randint(1, 4))


def g_military_id(rng, v, ctx):
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return {
        "jz": "军字第%s号" % d, "bz": "兵字第%s号" % d, "sz": "士字第%s号" % d,
        "j": "军" + d, "wz": "文字第%s号" % d, "hz": "海字第%s号" % d,
    }[v or "jz"]


def g_medical_insurance(rng, v, ctx):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    kind = v or rng.choice(["d10", "d12", "alnum", "d16"])
    if kind == "d10":
        return "1" + d(9)
    if kind == "d12":
        return "64" + d(10)
    if kind == "alnum":
        return rng.choice(["NX", "ZJ", "HB", "SC"]) + d(12)
    if kind == "d16":
        return "3301" + d(12)
    raise ValueError(kind)


# ---------------------------------------------------------------- non-personal fillers
def f_amt(rng, v, ctx):
    yuan = rng.randint(500, 9000) * 1
    if v == "fen":
        return "%d分" % (rng.randint(100000, 99999999) * 10)
    if v == "comma":
        x = rng.randint(100000, 99999999)
        return "{:,}.{:02d}".format(x, rng.randint(0, 99))
    return str(yuan)


def f_date(rng, v, ctx):
    d = rdate(rng, 2023, 2024)
    if v == "num":
        return d.strftime("%Y%m%d")
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def f_count(rng, v, ctx):
    return str(rng.randint(3, 480))


def f_co(rng, v, ctx):
    return rng.choice(["澄川市恒达机械制造有限公司", "澄川市临江区锦程家政服务有限公司", "澄川市兴业职业技能培训学校", "澄川绿源农业科技有限公司", "澄川市东湖区惠民物业管理有限公司", "澄川市新城区宏远建筑劳务有限公司", "澄川星辰电子科技有限公司"])


def digits(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def f_num(rng, v, ctx):
    """Thing numbers used by traps.  v chooses the shape."""
    if v == "id18valid":  # 18 digits passing MOD 11-2, plausible area and date
        return make_id18(rng, want_x=False)
    if v == "id18rand":   # 18 digits passing MOD 11-2, random digits
        s17 = digits(rng, 17)
        return s17 + mod11_2(s17)
    if v.startswith("luhn"):
        ln = int(v[4:])
        body = str(rng.choice([1, 2, 3, 6, 8, 9])) + digits(rng, ln - 2)
        n = body + luhn_check(body)
        assert luhn_ok(n)
        return n
    if v == "luhn62":
        body = "62" + digits(rng, 16)
        return body + luhn_check(body)
    if v == "imei":
        body = "86" + digits(rng, 12)
        return body + luhn_check(body)
    if v == "d11m":  # eleven digits starting 1[3-9], shaped like a mobile
        return "1" + str(rng.choice([3, 5, 8, 9])) + digits(rng, 9)
    if v.startswith("d"):
        return digits(rng, int(v[1:]))
    if v == "uscc":
        org = digits(rng, 8) if rng.random() < 0.5 else "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        if org[0].isdigit():
            org = org + org_check(org)
        else:
            org = org + rng.choice("0123456789")
        s17 = rng.choice(["91", "12", "52", "11"]) + rng.choice(["330100", "330102", "640502", "640500"]) + org
        return s17 + uscc_check(s17)
    if v == "org":
        s8 = digits(rng, 8)
        return s8 + "-" + org_check(s8)
    if v == "fwzh":
        return "澄人社%s〔%d〕%d号" % (rng.choice(["发", "函", "办发", "规"]), rng.choice([2023, 2024]), rng.randint(1, 160))
    if v == "bdc":
        return "%s（%d）澄川市不动产权第%07d号" % (rng.choice(["浙", "宁", "鄂"]), rng.choice([2022, 2023, 2024]), rng.randint(1, 99999))
    if v == "zkz":
        return "24" + rng.choice(["3301", "6405"]) + digits(rng, 7)
    if v == "gd":
        return "GD" + f_date(rng, "num", ctx) + digits(rng, 6)
    if v == "sl":
        return "SL" + f_date(rng, "num", ctx) + digits(rng, 5)
    if v == "case":
        return "澄劳人仲案字〔%d〕第%d号" % (rng.choice([2023, 2024]), rng.randint(1, 900))
    if v == "gs":
        return "澄人社工伤认〔%d〕第%04d号" % (rng.choice([2023, 2024]), rng.randint(1, 3000))
    if v == "ht":
        return "CCRS-HT-%d-%04d" % (rng.choice([2023, 2024]), rng.randint(1, 999))
    if v == "pc":
        return "PC" + f_date(rng, "num", ctx) + "%03d" % rng.randint(1, 40)
    if v == "xm":
        return "330100-%d-%06d" % (rng.choice([2023, 2024]), rng.randint(1, 999999))
    if v == "sn":
        return rng.choice(["HKV", "DS", "SN"]) + digits(rng, 4) + rng.choice("ABCDEFG") + digits(rng, 7)
    if v == "vin":
        return "LSV" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
    if v == "mac":
        return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    if v == "ts":
        return str(rng.randint(1700000000000, 1719999999999))
    if v == "bankcode":
        return "10" + digits(rng, 10)
    if v == "license":
        return "人社民%d%04d号" % (rng.choice([330100, 640500]), rng.randint(1, 9999))
    if v == "ems":
        return "11" + digits(rng, 11)
    if v == "invoice":
        return "24" + digits(rng, 18)
    raise ValueError(v)


OFFICE_LAND = ["0576-88123456", "0576-88230012", "0576-12333", "0576-87061234", "(0576)88512233", "0955-7012333", "0576-88776655"]


def f_office_tel(rng, v, ctx):
    if v == "mob":
        return "1" + str(rng.choice([3, 5, 8])) + digits(rng, 9)
    if v == "400":
        return "400-%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999))
    if v == "hot":
        return rng.choice(["12333", "12345", "0576-12333"])
    return rng.choice(AREA_CODES8[:0] + ["0576", "0955"]) + "-" + str(rng.choice([8, 7])) + digits(rng, 6 if rng.random() < 0.3 else 7)


def f_office_mail(rng, v, ctx):
    return rng.choice(["chrsj_jyk@163.com", "ccrsjzjk@126.com", "jycjk@chengchuan.gov.cn", "rsjbgs@chengchuan.gov.cn", "ccrcfw@163.com", "ccsbzx@chengchuan.gov.cn", "ccldjc@126.com"])


def f_office_addr(rng, v, ctx):
    return rng.choice(["澄川市临江区人民路88号市民中心3楼", "澄川市东湖区解放南路16号人力资源市场二楼", "澄川市新城区政务服务中心B区12号窗口", "澄川市临江区文昌路200号就业创业服务大厅", "澄川市北岭区光明路7号区人社局一楼大厅", "澄南县长乐街3号县政务服务中心社保窗口"])


# ---------------------------------------------------------------- masked fillers (never entities)
def f_mid(rng, v, ctx):
    s = make_id18(rng)
    ch = {"": "*", "x": "×", "fw": "＊", "dot": "●", "X": "X"}.get(v.split(",")[-1] if v else "", "*")
    kind = v.split(",")[0] if v else "64"
    if kind == "64" or kind in ("x", "fw", "dot", "X"):
        return s[:6] + ch * 8 + s[14:]
    if kind == "34":
        return s[:3] + ch * 11 + s[14:]
    if kind == "14":
        return s[:1] + ch * 13 + s[14:]
    if kind == "11":
        return s[:1] + ch * 16 + s[-1:]
    if kind == "birth":  # birth date hidden and sequence hidden
        return s[:6] + ch * 8 + ch * 3 + s[-1]
    if kind == "l4":
        return ch * 14 + s[14:]
    raise ValueError(v)


def f_mmob(rng, v, ctx):
    n = rng.choice(MOBILE_PREF) + digits(rng, 8)
    ch = {"fw": "＊", "x": "×", "dot": "●"}.get(v, "*")
    if v == "l4":
        return "尾号" + n[-4:]
    return n[:3] + ch * 4 + n[7:]


def f_mcard(rng, v, ctx):
    body = rng.choice(BANK_BINS) + digits(rng, 12)
    n = body + luhn_check(body)
    if v == "l4":
        return "尾号" + n[-4:]
    if v == "sp":
        return n[:4] + " **** **** " + n[-4:]
    if v == "x":
        return n[:6] + "×" * (len(n) - 10) + n[-4:]
    return n[:6] + "*" * (len(n) - 10) + n[-4:]


def f_mname(rng, v, ctx):
    sur = rng.choice(SURNAMES)
    return {"1": sur + "*", "2": sur + "**", "m": sur + "某", "mm": sur + "某某", "x": sur + "×", "fw": sur + "＊", "mid": sur + "*" + rng.choice(GIVEN)}[v or "1"]


def f_mpass(rng, v, ctx):
    return "E" + digits(rng, 2) + "****" + digits(rng, 2)


def f_memail(rng, v, ctx):
    u = rng.choice(PINYIN).replace(".", "")
    return u[:2] + "***@" + rng.choice(EMAIL_DOM)


def f_maddr(rng, v, ctx):
    return rng.choice(CN_DISTRICTS) + rng.choice(["****", "**街道**社区", "××小区××幢", "***"])


def f_mplate(rng, v, ctx):
    return rng.choice(PROV_ABBR) + rng.choice(PLATE_LETTERS) + "·" + "***" + digits(rng, 2)


GEN = {
    "id_card": g_id_card, "id_card_15": g_id_card_15, "mobile": g_mobile, "landline": g_landline,
    "bank_card": g_bank_card, "passport": g_passport, "address": g_address, "name": g_name,
    "email": g_email, "qq": g_qq, "wechat": g_wechat, "plate": g_plate,
    "hk_macau_permit": g_hk_macau_permit, "taiwan_permit": g_taiwan_permit,
    "taiwan_residence": g_taiwan_residence, "foreign_permanent": g_foreign_permanent,
    "social_security_card": g_social_security_card, "disability_cert": g_disability_cert,
    "military_id": g_military_id, "medical_insurance": g_medical_insurance,
    "_amt": f_amt, "_date": f_date, "_count": f_count, "_co": f_co, "_num": f_num,
    "_otel": f_office_tel, "_omail": f_office_mail, "_oaddr": f_office_addr,
    "_mid": f_mid, "_mmob": f_mmob, "_mcard": f_mcard, "_mname": f_mname, "_mpass": f_mpass,
    "_memail": f_memail, "_maddr": f_maddr, "_mplate": f_mplate,
    "_idthing": lambda r, v, c: make_id18(r),  # unused helper
}

PH = re.compile(r"\{(_?[a-z0-9_]+)(?:\|([^}]*))?\}")


def render(tpl, rng):
    ctx = Ctx()
    out, ents, pos = [], [], 0
    last = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        typ, var = m.group(1), m.group(2) or ""
        if typ.startswith("bad_"):  # weakly masked value still counted as an entity
            real = typ[4:]
            val = bad_mask(rng, real, var, ctx)
            ents.append({"type": real, "start": pos, "end": pos + len(val), "value": val})
        else:
            val = GEN[typ](rng, var, ctx)
            if typ in ENTITY_TYPES:
                ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents, ctx


def bad_mask(rng, typ, v, ctx):
    if typ == "id_card":
        s = make_id18(rng)
        if v == "year":
            return s[:6] + "****" + s[10:]
        if v == "two":
            return s[:10] + "**" + s[12:]
        if v == "seq":
            return s[:14] + "***" + s[17:]
    if typ == "mobile":
        n = rng.choice(MOBILE_PREF) + digits(rng, 8)
        return n[:7] + "*" + n[8:]
    if typ == "bank_card":
        body = rng.choice(BANK_BINS) + digits(rng, 12)
        n = body + luhn_check(body)
        return n[:12] + "**" + n[14:]
    raise ValueError((typ, v))


# ---------------------------------------------------------------- templates
# (template, label, label_in_common_lists, note)
P = {}

P["id_card"] = [
    ("{name}，女，身份证号码{id_card}，申请灵活就业人员社会保险补贴，经审核符合条件。", "身份证号码", True, "label before value, running text"),
    ("序号\t姓名\t性别\t公民身份号码\t补贴金额（元）\n{_count}\t{name}\t男\t{id_card}\t{_amt}", "公民身份号码", True, "table row with header"),
    ("序号 | 姓名 | 身份证号 | 拟聘岗位\n3 | {name} | {id_card|x} | 专技十二级", "身份证号", True, "table row, check char X"),
    ("经核查，{name}（{id_card}）于2023年9月起在我市稳定就业，现予公示。", None, None, "value in parentheses without label"),
    ("{name}  {id_card|sp}  澄川市临江区  失业保险金", None, None, "spaced ID in list row, no header"),
    ("申请人：{name}\n证件号码：\n{id_card}", "证件号码", True, "label on previous line"),
    ("关于{name}同志的职称评审材料（身份证：{id_card|fw}）已按要求报送。", "身份证", True, "full-width digits"),
    ("{id_card|old}  {name}  2019年度参保缴费核定", None, None, "retired area code, value first"),
    ("兹证明{name}，公民身份号码{id_card|old}，系我单位职工，劳动合同期限至2026年12月31日。", "公民身份号码", True, "retired area code in certificate text"),
    ("外出务工人员{name}持身份证{id_card|xl}办理了就业登记。", "身份证", True, "lowercase x check char"),
    ("见习人员名单\n姓名：{name}；身份证号码：{id_card}；见习岗位：行政助理；见习期限：6个月。", "身份证号码", True, "semicolon list"),
    ("一次性吸纳就业补贴：{_co}吸纳{name}（身份证号{id_card}）就业，补贴{_amt}元。", "身份证号", True, "nested in parentheses with label"),
    ("请{name}（身份证号码：{id_card|sp}）于5个工作日内到窗口领取《就业创业证》。", "身份证号码", True, "spaced digits in parentheses"),
    ("拟聘用人员：{name}，{id_card}，澄川大学会计学专业，硕士研究生。", None, None, "bare value in comma list"),
    ("职称评审通过人员公示\n{name}\t{id_card|x}\t澄川市第一人民医院\t副主任医师", None, None, "tab row, no header, check X"),
    ("身份证号为{id_card}的参保人已于本月办理待遇领取资格认证。", "身份证号", True, "person referred to by number only"),
    ("公民身份号码　{id_card|fw}\n姓　　名　{name}", "公民身份号码", True, "form layout, ideographic spaces, full-width"),
    ("{name}的身份证号是{id_card}，联系电话{mobile}。", "身份证号", True, "two identifiers in speech-like sentence"),
]

P["id_card_15"] = [
    ("{name}，男，身份证号{id_card_15}（老证），退休审批材料已补齐。", "身份证号", True, "15-digit"),
    ("序号\t姓名\t身份证号码\t视同缴费年限\n{_count}\t{name}\t{id_card_15}\t12年", "身份证号码", True, "table row, 15-digit"),
    ("原一代身份证号码：{id_card_15}；现身份证号码：{id_card}。", "原一代身份证号码", False, "15 and 18 together"),
    ("档案记载{name}的身份证号为{id_card_15}，与现行号码不一致，请本人核实。", "身份证号", True, "running text"),
    ("{name}（{id_card_15}）系原国营澄川纺织厂职工。", None, None, "parentheses, no label"),
    ("老身份证号：\n{id_card_15|fw}", "老身份证号", False, "previous line label, full-width"),
    ("企业军转干部{name}，身份证{id_card_15}，生活困难补助按季度发放。", "身份证", True, "label 身份证"),
]

P["mobile"] = [
    ("求职者{name}（{mobile}）已于3月12日到岗。", None, None, "name + mobile in parentheses, no label"),
    ("联系电话：{mobile|p86}", "联系电话", True, "+86 without space"),
    ("{name}，手机{mobile|dot}，现已办理失业登记。", "手机", True, "dotted mobile"),
    ("序号\t姓名\t联系方式\t培训工种\n{_count}\t{name}\t{mobile|hy}\t育婴员", "联系方式", True, "hyphenated in table"),
    ("本人电话 {mobile|sp}，如有疑问请联系本人。", "本人电话", True, "spaced groups"),
    ("申请人{name}，手机号码：\n{mobile}", "手机号码", True, "label on previous line"),
    ("创业担保贷款申请人{name}（电话：{mobile|86h}）经营项目为餐饮服务。", "电话", True, "86- prefix"),
    ("如需补正材料，请致电申请人{mobile|fw}。", None, None, "full-width, verb context"),
    ("{name} {mobile} 育婴员（四级） 合格", None, None, "bare row"),
    ("劳动者{name}投诉称其手机{mobile|p86}多次收到催缴短信。", "手机", True, "+86 in complaint text"),
    ("姓名：{name}  联系手机：{mobile}  户籍地址：{address|dash}", "联系手机", True, "mobile + address without 号"),
    ("当事人{name}（身份证号码{id_card}，电话{mobile|0086}）申请劳动仲裁。", "电话", True, "0086 prefix"),
    ("紧急联系人：{name}，{mobile|hy}", "紧急联系人", False, "emergency contact"),
    ("请{name}同志于收到通知后回电{mobile}确认。", None, None, "mobile after 回电"),
    ("家属{name}反映，其联系方式已变更为{mobile|p86hy}。", "联系方式", True, "+86- prefix"),
    ("{mobile}（{name}）", None, None, "value first, name in parentheses"),
]

P["landline"] = [
    ("{name}，住宅电话{landline}，因手机停机请改用座机联系。", "住宅电话", False, "private home phone"),
    ("家庭电话：{landline|par}（{name}家）", "家庭电话", False, "parenthesised area code"),
    ("姓名\t家庭住址\t宅电\n{name}\t{address|hao}\t{landline|7}", "宅电", False, "table with 7-digit local"),
    ("退休人员{name}家中座机{landline|fpar}，社区工作人员上门核实时无人接听。", "座机", False, "full-width parentheses"),
    ("联系电话（家）：{landline|sp}", "联系电话（家）", False, "space after area code"),
    ("困难职工{name}，家里电话{landline}，手机{mobile}。", "家里电话", False, "home + mobile"),
    ("申请人留存的固定电话为{landline|7}，经核实为其本人住所电话。", "固定电话", True, "explicitly private"),
]

P["bank_card"] = [
    ("补贴资金{_amt}元已于3月15日打入{name}本人银行卡{bank_card}。", None, None, "running text, no label word before number"),
    ("姓名\t开户银行\t银行卡号\t金额\n{name}\t澄川农商银行\t{bank_card|up,sp4}\t{_amt}", "银行卡号", True, "table, spaced groups"),
    ("社保卡金融账号：{bank_card}", "社保卡金融账号", False, "social security card bank account"),
    ("{name}（收款账号{bank_card|up,hy4}）的见习补贴退回，请更正后重新发放。", "收款账号", False, "hyphen groups"),
    ("外籍专家{name}提供的境外卡号为{bank_card|visa}，无法接收人民币补贴。", "境外卡号", False, "Visa 16"),
    ("个人账户：{bank_card|mc}（万事达）", "个人账户", False, "Mastercard 5-series"),
    ("卡号{bank_card|mc2}（2系列万事达卡）不支持代发工资。", "卡号", True, "Mastercard 2-series"),
    ("申请人提供大来卡{bank_card|diners}一张，系统提示无法识别。", "大来卡", False, "Diners 14"),
    ("{name}持运通卡{bank_card|amex}，已告知更换为本地借记卡。", "运通卡", False, "Amex 15"),
    ("失业保险金发放账户\n{bank_card|up,fw}", "失业保险金发放账户", False, "label previous line, full-width"),
    ("代发银行：中国建设银行澄川分行；账号：{bank_card}；户名：{name}", "账号", True, "户名 is a person"),
    ("请将{name}的JCB卡{bank_card|jcb}信息从申报表中删除。", "JCB卡", False, "JCB 16"),
]

P["passport"] = [
    ("外派劳务人员{name}持中国护照（{passport|E}）赴新加坡务工。", "护照", True, "E+8 in parentheses"),
    ("护照号码：{passport|EA}", "护照号码", True, "new E+letter+7"),
    ("韩国籍专家{name}，护照{passport|KR}，申请外国人工作许可。", "护照", True, "Korean M+8"),
    ("德国籍工程师{name}（护照号{passport|DE}）已办理社会保险登记。", "护照号", True, "German alphanumeric"),
    ("{name}，美国护照{passport|US}，外国专家来华工作许可延期。", "护照", True, "US 9 digits"),
    ("日本籍人员{name}所持护照{passport|JP}有效期至2029年。", "护照", True, "Japan 2 letters + 7"),
    ("证件类型：护照\n证件号码：{passport|FR}\n国籍：法国", "证件号码", True, "French, label lines"),
    ("{name}持因公普通护照{passport|G}出访。", "因公普通护照", False, "G+8"),
    ("序号\t姓名\t国籍\t护照号\n{_count}\t{name}\t新加坡\t{passport|SG}", "护照号", True, "Singapore"),
    ("马来西亚籍{name}护照{passport|MY}，工作许可已注销。", "护照", True, "Malaysia A+8"),
    ("越南籍劳务人员护照号码{passport|VN}，姓名{name}。", "护照号码", True, "Vietnam C+7"),
]

P["address"] = [
    ("{name}，现住{address|zhuang}，系城镇零就业家庭成员。", "现住", False, "no 号, 幢单元室"),
    ("户籍地：{address|vill}", "户籍地", False, "rural address"),
    ("家住{address|dash}的{name}反映其工资被拖欠。", "家住", False, "5-2-902 style"),
    ("居住地址：{address|hao}", "居住地址", True, "with 号"),
    ("{name}，住{address|dong}，联系电话{mobile}。", "住", False, "栋 without city"),
    ("姓名\t身份证号码\t家庭住址\n{name}\t{id_card}\t{address|real}", "家庭住址", True, "table with real province"),
    ("申请人现居住于{address|zhuang}，房屋为自有住房。", "现居住于", False, "verb phrase"),
    ("户籍所在地\n{address|villnohao}", "户籍所在地", False, "previous line, no number"),
    ("送达地址：{address|dash}（{name}收）", "送达地址", False, "service address of a person"),
    ("{name}户口在{address|vill}，长期在外务工。", None, None, "after 户口在"),
    ("经社区走访，{name}实际居住在{address|short}。", "实际居住在", False, "short address without city"),
    ("邮寄地址：{address|hao}，收件人{name}，电话{mobile|hy}", "邮寄地址", True, "mailing block"),
]

P["name"] = [
    ("已于3月15日将补贴打入{name}本人银行卡，请注意查收。", None, None, "name without label"),
    ("外派劳务人员{name}持护照出境，现已回国。", None, None, "name as apposition"),
    ("求职者{name}（{mobile}）通过招聘会与企业达成意向。", None, None, "name + mobile"),
    ("经查，{name}与{name}系夫妻关系，二人均已申领失业保险金。", None, None, "two names"),
    ("劳动者{name}申请工伤认定，用人单位为{_co}。", None, None, "name before company"),
    ("关于拒不支付{name}等{_count}人劳动报酬案件的处理意见", None, None, "title with name"),
    ("联系人：{name}，电话{mobile}", "联系人", True, "private contact of an applicant"),
    ("经公示无异议，{name}、{name}、{name}的就业困难人员认定申请予以通过。", None, None, "list of names"),
    ("该职工{name}在岗期间因工受伤，住院治疗{_count}天。", None, None, "name in running text"),
    ("申请人\n{name}\n身份证号码\n{id_card}", "申请人", True, "vertical form"),
    ("退役军人{name}（{military_id|sz}）申请一次性创业补贴。", None, None, "name with military id"),
]

P["email"] = [
    ("{name}的个人邮箱：{email}", "个人邮箱", True, "personal mailbox"),
    ("求职者简历投递邮箱为{email}，请企业直接联系本人。", "邮箱", True, "job seeker"),
    ("姓名\t联系电话\t电子邮箱\n{name}\t{mobile}\t{email|qq}", "电子邮箱", True, "numeric QQ mail in table"),
    ("{name}（{email}）反映其职称证书邮寄有误。", None, None, "parentheses"),
    ("请将审核结果发送至申请人邮箱\n{email}", "申请人邮箱", False, "label previous line"),
    ("专家{name}，E-mail：{email}", "E-mail", True, "english label"),
]

P["qq"] = [
    ("{name}，QQ：{qq}", "QQ", True, "QQ label"),
    ("求职者留下的QQ号为{qq}，请用人单位添加联系。", "QQ号", True, "running text"),
    ("姓名\t手机\tQQ\n{name}\t{mobile}\t{qq}", "QQ", True, "table column"),
    ("投诉人{name}（QQ {qq}）称中介机构收取押金未退。", "QQ", True, "parentheses"),
    ("本人扣扣{qq}，手机号{mobile}。", "扣扣", False, "colloquial label"),
    ("联系方式：企鹅号{qq}", "企鹅号", False, "slang label"),
]

P["wechat"] = [
    ("{name}，微信号：{wechat|wxid}", "微信号", True, "wxid"),
    ("求职者微信{wechat}，请企业HR添加时注明来意。", "微信", True, "custom id"),
    ("姓名\t微信号\t意向岗位\n{name}\t{wechat}\t电工", "微信号", True, "table"),
    ("投诉人通过微信（{wechat|wxid}）向中介转账押金。", "微信", True, "parentheses"),
    ("联系人{name}，VX：{wechat}", "VX", False, "slang label"),
    ("加本人威信{wechat}可获取培训资料。", "威信", False, "homophone label"),
]

P["plate"] = [
    ("经比对车辆登记信息，{name}名下有小型轿车一辆（车牌号{plate|dot}），不符合就业困难人员认定条件。", "车牌号", True, "private car"),
    ("申请人{name}车辆号牌：{plate}", "车辆号牌", False, "号牌 label"),
    ("姓名\t车牌\t核查结果\n{name}\t{plate|nev}\t名下有车", "车牌", True, "new energy plate in table"),
    ("网约车司机{name}驾驶{plate|sp}从事灵活就业。", None, None, "plate without label"),
    ("该户家庭成员{name}登记机动车{plate}，车辆价值超过规定标准。", "登记机动车", False, "after verb"),
]

P["hk_macau_permit"] = [
    ("{name}，往来港澳通行证号码{hk_macau_permit|C}，赴港参加技能竞赛。", "往来港澳通行证号码", True, "C+8"),
    ("证件：往来港澳通行证 {hk_macau_permit|CA}", "往来港澳通行证", True, "C+letter+7"),
    ("香港居民{name}持港澳居民来往内地通行证（{hk_macau_permit|H}）在我市就业。", "港澳居民来往内地通行证", True, "H+10"),
    ("澳门居民{name}，回乡证号码{hk_macau_permit|M}，申请灵活就业参保。", "回乡证号码", False, "M+10, colloquial 回乡证"),
    ("序号\t姓名\t证件类型\t证件号码\n{_count}\t{name}\t港澳通行证\t{hk_macau_permit|K}", "证件号码", True, "K+8 table"),
    ("持旧版回乡证{hk_macau_permit|H9}的人员须先换发新证。", "回乡证", False, "old H+8"),
    ("港澳通行证：\n{hk_macau_permit|C}", "港澳通行证", True, "previous line"),
]

P["taiwan_permit"] = [
    ("台湾居民{name}，台湾居民来往大陆通行证号码{taiwan_permit}，在我市创业。", "台湾居民来往大陆通行证号码", True, "8 digits"),
    ("台胞证号：{taiwan_permit}", "台胞证号", False, "short label"),
    ("序号\t姓名\t证件类型\t证件号\n{_count}\t{name}\t台胞证\t{taiwan_permit}", "证件号", True, "table"),
    ("{name}持台胞证（{taiwan_permit|10}）办理了社会保险登记。", "台胞证", False, "10 digits old with issue count"),
    ("台湾青年{name}（台湾居民来往大陆通行证{taiwan_permit}）获得创业补贴。", "台湾居民来往大陆通行证", True, "parentheses"),
]

P["taiwan_residence"] = [
    ("台湾居民{name}，居住证号码{taiwan_residence}，申请就业见习。", "居住证号码", False, "830000"),
    ("台湾居民居住证：{taiwan_residence|x}", "台湾居民居住证", False, "check X"),
    ("姓名\t公民身份号码\t户籍\n{name}\t{taiwan_residence}\t台湾", "公民身份号码", True, "table"),
    ("{name}（{taiwan_residence}）在我市参加城乡居民养老保险。", None, None, "no label"),
    ("居住证公民身份号码\n{taiwan_residence}", "居住证公民身份号码", False, "previous line"),
]

P["foreign_permanent"] = [
    ("外籍人才{name}，外国人永久居留身份证号码{foreign_permanent}，享受本市人才安居补贴。", "外国人永久居留身份证号码", False, "new 18, starts 9"),
    ("永居证号：{foreign_permanent|old}", "永居证号", False, "old 15"),
    ("序号\t姓名\t国籍\t证件号码\n{_count}\t{name}\t韩国\t{foreign_permanent}", "证件号码", True, "table"),
    ("{name}持外国人永久居留证（{foreign_permanent|old}）参加职工基本养老保险。", "外国人永久居留证", False, "old form in parentheses"),
    ("五星卡号码：{foreign_permanent}", "五星卡号码", False, "colloquial"),
    ("永久居留身份证\n{foreign_permanent}", "永久居留身份证", False, "previous line"),
]

P["social_security_card"] = [
    ("{name}，社会保障卡卡号{social_security_card|L8}，已办理挂失。", "社会保障卡卡号", True, "letter+8"),
    ("社保卡号：{social_security_card|LL7}", "社保卡号", True, "2 letters+7"),
    ("姓名\t社会保障卡号\t发卡日期\n{name}\t{social_security_card|D9}\t2021-06-30", "社会保障卡号", True, "9 digits in table"),
    ("人员识别号{social_security_card|rid}（{name}）已迁出本市。", "人员识别号", False, "3 letters + 9"),
    ("{name}的社保卡（卡号{social_security_card}）因芯片损坏申请补换。", "卡号", True, "parentheses"),
    ("社会保障卡号\n{social_security_card|L8}", "社会保障卡号", True, "previous line"),
]

P["disability_cert"] = [
    ("残疾人{name}，残疾人证号{disability_cert}，申请残疾人就业创业补贴。", "残疾人证号", True, "20 digits"),
    ("身份证号：{id_card}；残疾证号：{disability_cert|same}", "残疾证号", True, "ID + its derived disability number"),
    ("序号\t姓名\t残疾证号\t残疾类别\n{_count}\t{name}\t{disability_cert}\t肢体", "残疾证号", True, "table"),
    ("{name}（残疾人证{disability_cert}）在{_co}安置就业。", "残疾人证", True, "parentheses"),
    ("第二代残疾人证号码\n{disability_cert}", "第二代残疾人证号码", False, "previous line"),
    ("按比例安排残疾人就业人员：{name} {disability_cert}", None, None, "bare value after name"),
]

P["military_id"] = [
    ("{name}，军官证号{military_id|jz}，随军家属就业安置。", "军官证号", True, "军字第"),
    ("士兵证：{military_id|bz}", "士兵证", True, "兵字第"),
    ("退役士兵{name}（士官证{military_id|sz}）申请职业技能培训补贴。", "士官证", False, "士字第"),
    ("军人证件号码：{military_id|j}", "军人证件号码", False, "军+7"),
    ("姓名\t证件类型\t证件号码\n{name}\t文职干部证\t{military_id|wz}", "证件号码", True, "table"),
    ("现役军人{name}持{military_id|hz}军官证办理配偶随军手续。", None, None, "海字 before word"),
]

P["medical_insurance"] = [
    ("{name}，医保个人编号{medical_insurance|d10}，异地就医备案已通过。", "医保个人编号", False, "10 digits"),
    ("医疗保障号：{medical_insurance|alnum}", "医疗保障号", False, "alnum"),
    ("姓名\t医保卡号\t参保类型\n{name}\t{medical_insurance|d12}\t城乡居民", "医保卡号", True, "table"),
    ("参保人{name}（医保号{medical_insurance|d16}）的住院费用已结算。", "医保号", True, "parentheses"),
    ("医疗保险个人编号\n{medical_insurance|d10}", "医疗保险个人编号", False, "previous line"),
    ("医保人员编码：{medical_insurance|alnum}（{name}）", "医保人员编码", False, "value then name"),
]

BAD = [
    ("序号\t姓名\t身份证号码（脱敏）\t社会保障号码\n{_count}\t{_mname|1}\t{_mid|64}\t{id_card}", "社会保障号码", False, "masked column but full ID left in a second column"),
    ("身份证号码：{bad_id_card|year}", "身份证号码", True, "only the year hidden; month/day, sequence and check remain"),
    ("身份证号码：{bad_id_card|two}（仅隐去两位，可由校验码反推）", "身份证号码", True, "only two digits hidden"),
    ("{_mname|1}，{_mid|64}，已领取补贴。附表更正：该人员身份证号码应为{id_card}。", "身份证号码", True, "masked in list, full value in correction sentence"),
    ("联系电话：{bad_mobile}", "联系电话", True, "only one digit hidden"),
    ("收款卡号：{bad_bank_card}", "收款卡号", False, "only two digits hidden"),
    ("{_mname|1}（{name}）已通过资格复审。", None, None, "masked name followed by the full name"),
    ("姓名\t手机（脱敏）\t备注\n{_mname|2}\t{_mmob}\t原号码{mobile}已停机", "备注", False, "full mobile left in remarks column"),
    ("{_mname|m}，身份证号码{_mid|64}，银行卡号{bank_card}。", "银行卡号", True, "ID masked, bank card left in full"),
    ("{_mname|1}，{bad_id_card|seq}，就业困难人员认定通过。", None, None, "only sequence digits hidden, check char left"),
]

TRAPS = [
    # rare labels (label_in_common_lists False)
    ("业务受理号：{_num|id18rand}", "业务受理号", False, "18 digits passing MOD 11-2"),
    ("您的业务受理号为{_num|sl}，请凭此号查询办理进度。", "业务受理号", False, "SL prefix"),
    ("12345热线工单号{_num|d16}已办结，回访满意。", "12345热线工单号", False, "16 digits"),
    ("12345热线工单号：{_num|gd}，诉求已转临江区人社局办理。", "12345热线工单号", False, "GD prefix"),
    ("投诉件编号{_num|d11m}，经调查投诉事项不属实。", "投诉件编号", False, "11 digits shaped like a mobile"),
    ("不动产权证号：{_num|id18valid}", "不动产权证号", False, "valid ID-shaped number under a property label"),
    ("抵押物为{_co}名下厂房，不动产权证号{_num|bdc}。", "不动产权证号", False, "real property-certificate format"),
    ("设备序列号：{_num|id18valid}（人脸识别考勤机）", "设备序列号", False, "ID-shaped serial"),
    ("设备序列号{_num|sn}的自助服务终端已报修。", "设备序列号", False, "alnum serial"),
    ("保单号：{_num|luhn19}", "保单号", False, "Luhn-valid 19 digits"),
    ("见习人员意外伤害保险保单号{_num|luhn16}，保险期间一年。", "保单号", False, "Luhn-valid 16 digits"),
    ("非税缴款码：{_num|luhn18}", "非税缴款码", False, "Luhn-valid 18 digits"),
    ("请于7日内凭非税缴款码{_num|luhn62}缴纳考试费。", "非税缴款码", False, "Luhn-valid, starts 62"),
    ("合同编号：{_num|ht}", "合同编号", True, "contract number"),
    ("本次政府购买服务合同编号为{_num|d18}，服务期限一年。", "合同编号", True, "18 digits"),
    ("案卷号：{_num|case}", "案卷号", False, "arbitration case"),
    ("归档案卷号{_num|d15}，保管期限30年。", "案卷号", False, "15 digits like old ID"),
    ("批次号{_num|pc}的补贴资金已拨付至各经办银行。", "批次号", False, "batch"),
    ("资金拨付凭证号：{_num|id18valid}", "资金拨付凭证号", False, "ID-shaped voucher"),
    ("资金拨付凭证号{_num|luhn19}，拨付金额{_amt|comma}。", "资金拨付凭证号", False, "Luhn-valid voucher"),
    ("项目编码：{_num|xm}", "项目编码", False, "project code"),
    ("专项资金项目编码{_num|d18}已纳入预算一体化系统。", "项目编码", False, "18 digits"),
    ("累计拨付{_amt|fen}，其中中央资金占比百分之六十。", "累计拨付", False, "amount in fen without 元"),
    ("本批次合计金额：{_amt|comma}", "合计金额", False, "amount with commas"),
    ("网络技术服务电话：{_otel}", "网络技术服务电话", False, "office landline"),
    ("监督电话：{_otel|mob}（值班手机）", "监督电话", True, "office duty mobile"),
    ("咨询电话：{_otel}、{_otel|mob}", "咨询电话", True, "office numbers"),
    ("服务热线：{_otel|hot}；技术支持：{_otel|400}", "服务热线", True, "hotline and 400"),
    ("举报受理电话{_otel}，举报信箱{_omail}。", "举报受理电话", False, "office phone + mailbox"),
    ("电子邮箱：{_omail}", "电子邮箱", True, "office mailbox"),
    ("如对公示结果有异议，可通过电子信箱{_omail}实名反映。", "电子信箱", False, "office mailbox in 公示"),
    ("培训费请汇入{_co}，开户行：中国工商银行澄川分行，账号：{_num|luhn19}。", "账号", True, "company account, Luhn-valid"),
    ("收款单位：澄川市人事考试中心；单位账号{_num|d17}", "单位账号", False, "institution account"),
    ("统一社会信用代码：{_num|uscc}", "统一社会信用代码", True, "valid USCC"),
    ("{_co}（统一社会信用代码{_num|uscc}）被列入拖欠农民工工资失信联合惩戒对象名单。", "统一社会信用代码", True, "USCC in parentheses"),
    ("组织机构代码：{_num|org}", "组织机构代码", True, "valid org code"),
    ("准考证号：{_num|zkz}", "准考证号", True, "exam ticket"),
    ("发文字号：{_num|fwzh}", "发文字号", True, "document number"),
    ("根据《关于做好2024年高校毕业生就业工作的通知》（{_num|fwzh}）要求，现将有关事项通知如下。", None, True, "document number in parentheses"),
    ("工伤认定决定书文号{_num|gs}已送达用人单位。", "工伤认定决定书文号", False, "decision number"),
    ("办学许可证号{_num|license}的培训机构已通过年检。", "办学许可证号", False, "school licence"),
    ("单位参保编号：{_num|d11m}", "单位参保编号", False, "employer number shaped like mobile"),
    ("终端IMEI号{_num|imei}的考勤设备已解绑。", "IMEI号", False, "Luhn-valid 15 digits"),
    ("考场监控设备MAC地址{_num|mac}。", "MAC地址", False, "MAC"),
    ("交易流水号：{_num|d20}", "交易流水号", True, "20-digit serial"),
    ("电子票据号码{_num|invoice}，开票日期{_date}。", "电子票据号码", False, "20-digit invoice"),
    ("资格证书已通过EMS统一寄送，总包邮件号{_num|ems}。", "总包邮件号", False, "EMS 13 digits"),
    ("报名地点：{_oaddr}", "报名地点", False, "office address"),
    ("受理窗口地址：{_oaddr}，工作日上午9:00—12:00受理。", "受理窗口地址", False, "office address"),
    ("联行号{_num|bankcode}（中国人民银行澄川市中心支行）", "联行号", False, "12-digit bank code"),
    ("系统时间戳{_num|ts}，数据同步正常。", "系统时间戳", False, "13-digit timestamp"),
    ("公务车辆识别代号{_num|vin}已完成年检登记。", "公务车辆识别代号", False, "VIN of an office vehicle"),
    ("岗位代码{_num|d13}对应职位为社会保险经办岗。", "岗位代码", False, "13-digit post code"),
    ("咨询QQ群：{_num|d9}（仅用于政策答疑）", "QQ群", False, "office QQ group, not personal"),
    ("请关注微信公众号“澄川人社”获取最新通知，公众号原始ID为gh_{_num|d12}。", "公众号原始ID", False, "office WeChat account"),
    ("本市{_date}起执行新的最低工资标准，月最低工资{_amt}元。", None, False, "dates and amount"),
    ("截至{_date|num}，全市城镇新增就业{_count}万人，发放稳岗返还资金{_amt|comma}元。", None, False, "statistics"),
    ("邮政编码：{_num|d6}", "邮政编码", True, "postcode"),
    ("行政区划代码{_num|d6}、统计用区划代码{_num|d12}。", "统计用区划代码", False, "area codes"),
    ("预算指标文号{_num|fwzh}，指标金额{_amt|comma}。", "预算指标文号", False, "budget document number"),
    ("备案编号{_num|id18rand}，备案日期{_date}。", "备案编号", False, "ID-shaped registration"),
    ("劳务派遣经营许可证编号：{_num|d15}", "劳务派遣经营许可证编号", False, "15 digits like old ID"),
    ("仲裁委案号{_num|case}，申请人撤回仲裁申请。", "案号", True, "case number"),
    ("中标通知书编号{_num|d19}，中标金额{_amt|comma}。", "中标通知书编号", False, "19 digits"),
    ("补贴资金指标通知单号：{_num|luhn16}", "补贴资金指标通知单号", False, "Luhn-valid 16"),
    ("工资保证金专户账号：{_num|luhn19}（户名：{_co}）", "工资保证金专户账号", False, "company escrow account"),
    ("网上办事大厅技术支持电话{_otel|mob}，工作时间为周一至周五。", "技术支持电话", False, "office mobile-like"),
    ("档号：{_num|d16}-WS·2024-Y-0012", "档号", False, "archive number"),
    ("证书查询编号{_num|d18}，可在人社部职业技能等级证书查询系统核验。", "证书查询编号", False, "18 digits, non checksum"),
    ("本单位地址：{_oaddr}；邮编：{_num|d6}", "本单位地址", True, "office address"),
]

MASKED = [
    ("序号\t姓名\t身份证号码\t补贴金额\n{_count}\t{_mname|1}\t{_mid|64}\t{_amt}", "身份证号码", True, "前6后4"),
    ("{_mname|2}，身份证号{_mid|34}，联系电话{_mmob}。", "身份证号", True, "前3后4 and 前3后4 mobile"),
    ("{_mname|m}（{_mid|birth}）已通过资格审核。", None, None, "birth date and sequence hidden"),
    ("已打入{_mname|1}本人银行卡（{_mcard|l4}）。", None, None, "card last 4 only"),
    ("求职者{_mname|2}（{_mmob}）已到岗。", None, None, "masked name + mobile"),
    ("姓名：{_mname|mm}  身份证：{_mid|x}", "身份证", True, "× mask"),
    ("身份证号码：{_mid|fw}", "身份证号码", True, "＊ mask"),
    ("{_mname|x}  {_mid|dot}  失业保险金", None, None, "● mask"),
    ("银行卡号：{_mcard|sp}", "银行卡号", True, "grouped mask"),
    ("收款账号：{_mcard}", "收款账号", False, "前6后4 card"),
    ("外派劳务人员{_mname|2}持护照（{_mpass}）出境。", "护照", True, "passport masked"),
    ("{_mname|1}，现住{_maddr}。", "现住", False, "address masked"),
    ("{_mname|fw}的邮箱{_memail}已核实。", "邮箱", True, "email masked"),
    ("车牌号{_mplate}的车辆登记在{_mname|m}名下。", "车牌号", True, "plate masked"),
    ("职称评审通过人员：{_mname|mid}，{_mid|14}，副高级。", None, None, "first 1 last 4"),
    ("拟聘用人员公示\n{_mname|1}\t{_mid|11}\t会计", None, None, "first and last char only"),
    ("联系电话：{_mmob|x}", "联系电话", True, "× in mobile"),
    ("手机号码：{_mmob|fw}", "手机号码", True, "＊ in mobile"),
    ("{_mname|2}，手机{_mmob|l4}，已电话告知。", "手机", True, "mobile last 4 only"),
    ("残疾人证号：{_mid|64}41", "残疾人证号", True, "disability cert masked inside"),
    ("{_mname|m}，社会保障号码{_mid|l4}", "社会保障号码", True, "last 4 only"),
]


# ---------------------------------------------------------------- assembly
PLAN = {
    "id_card": 56, "id_card_15": 14, "mobile": 48, "landline": 14, "bank_card": 24, "passport": 22,
    "address": 24, "name": 16, "email": 13, "qq": 13, "wechat": 13, "plate": 13,
    "hk_macau_permit": 16, "taiwan_permit": 13, "taiwan_residence": 13, "foreign_permanent": 16,
    "social_security_card": 13, "disability_cert": 13, "military_id": 13, "medical_insurance": 13,
}
N_BAD = 16
N_TRAPS = 180
N_MASKED = 72


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(kind, tpl, label, common, note):
        for _ in range(50):
            text, ents, _ = render(tpl, rng)
            if text not in seen:
                break
        else:
            raise RuntimeError("duplicate text: " + tpl)
        seen.add(text)
        if kind != "positive":
            assert not ents, (kind, tpl)
        else:
            assert ents, tpl
        for e in ents:
            assert text[e["start"]:e["end"]] == e["value"]
        rows.append({"id": "p%04d" % (len(rows) + 1), "text": text, "kind": kind, "entities": ents,
                     "label": label, "label_in_common_lists": common, "note": note})

    for typ, n in PLAN.items():
        tpls = P[typ]
        for i in range(n):
            t, lab, com, note = tpls[i % len(tpls)]
            add("positive", t, lab, com, "%s: %s" % (typ, note))
    for i in range(N_BAD):
        t, lab, com, note = BAD[i % len(BAD)]
        add("positive", t, lab, com, "badly masked: " + note)
    # traps: cycle through all, rare ones first so that >= half of the traps are rare-labelled
    rare = [t for t in TRAPS if t[2] is False]
    common = [t for t in TRAPS if t[2] is not False]
    order = []
    while len(order) < N_TRAPS:
        order.extend(rare)
        order.extend(common)
    for t, lab, com, note in order[:N_TRAPS]:
        add("trap", t, lab, com, "trap: " + note)
    for i in range(N_MASKED):
        t, lab, com, note = MASKED[i % len(MASKED)]
        add("masked", t, lab, com, "masked: " + note)

    # shuffle deterministically so kinds are interleaved, then renumber
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "p%04d" % (i + 1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    k = Counter(r["kind"] for r in rows)
    t = Counter()
    for r in rows:
        for typ in {e["type"] for e in r["entities"]}:
            t[typ] += 1
    print("kinds", dict(k))
    print("positive passages per type", dict(sorted(t.items())))
    print("traps with rare labels", sum(1 for r in rows if r["kind"] == "trap" and r["label_in_common_lists"] is False))
    print("written", OUT, file=sys.stderr)
