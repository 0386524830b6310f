"""The nature and commercial-secret evaluation set (issue 11, items 3 and 4): generated 公文 with ground truth.

Three groups, each written from interchangeable parts so one phrasing never carries a group:

* ``cs_*`` — a 主动公开 document holding a third party's commercial secret: an owner of any kind
  (公司, 培训学校, 培训中心, 协会, 合作社, 个体工商户, 医院, 事务所, 工作室 …; names built from a place,
  a 字号 and an industry) and a kind of content (cost breakdown, price, financial figures, process
  parameters, customers with amounts, the owner's request for confidentiality), in prose or a table.
* ``nm_*`` — a marking the document's nature contradicts: a 请示 or 报告 to a superior, a consultation
  letter, or a reply marked 主动公开; a benefit-level policy, a 行政处罚 result, a result roster, a
  公示, a 办事指南 marked 不予公开 or 依申请公开. The 文种 is sometimes only in the body's closing formula.
* ``ok_*`` — clean documents full of traps: a firm's published fee schedule, subsidies and fines of
  named firms, wage arrears, a winning bid, public bodies' budgets, policy thresholds (年营业收入不超过),
  the heat-allowance temperatures; a 请示 marked 不予公开, a draft benefit plan marked 不予公开, a
  nomination list before 公示, a public consultation, the annual disclosure report, penalty training.

Ground truth is what the document was built to be, not what the rules say. ``build(root)`` writes the
files and ``.expected.json`` ({file: {"codes": [...], "group": ...}}).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from .docx_writer import write_docx
from .spec import GongwenSpec, Table
from .txt_writer import write_txt

P, R, W = "主动公开", "依申请公开", "不予公开"
NOTES = {P: ("（此件主动公开）", "（此件公开发布）"), R: ("（此件依申请公开）",), W: ("（此件不予公开）", "（此件不公开）")}
COUNTIES = ("各县（区）人力资源和社会保障局：", "各县（区）人社局，市直各有关单位：", "沙坡头区、中宁县、海原县人力资源和社会保障局：")

PLACES = ("中卫市", "宁夏", "沙坡头区", "中宁县", "海原县", "宁夏中卫", "")
BRANDS = ("恒信", "启航", "博瑞", "金穗", "德润", "鑫源", "华禾", "明远", "泰丰", "锦程", "安康", "立达", "众诚", "弘毅")
OWNER_FORMS = (
    "{p}{b}建材有限公司", "{p}{b}商贸有限责任公司", "{p}{b}职业技能培训学校", "{p}{b}家政服务培训中心",
    "{p}{b}餐饮行业协会", "{p}{b}枸杞种植专业合作社", "{p}{b}口腔诊所", "{p}{b}会计师事务所", "{p}{b}设计工作室",
    "{p}{b}电子科技股份有限公司", "{p}{b}民办职业培训学校", "{p}{b}物业服务有限公司", "{p}{b}人力资源服务有限公司",
    "{p}{b}新材料集团", "{p}{b}汽修厂", "{p}{b}康复医院",
)


def owner(rnd: random.Random) -> str:
    return rnd.choice(OWNER_FORMS).format(p=rnd.choice(PLACES), b=rnd.choice(BRANDS))


def _money(rnd: random.Random, lo: float, hi: float, unit: str = "万元") -> str:
    return f"{round(rnd.uniform(lo, hi), 1)}{unit}"


def cs_passage(kind: str, o: str, rnd: random.Random) -> str | Table:
    """One passage of commercial content of ``kind`` owned by ``o``."""
    if kind == "cost":
        items = rnd.sample([("师资课酬", 20, 60), ("场地租赁费", 8, 30), ("教学耗材", 2, 9), ("人员工资", 30, 90),
                            ("设备折旧", 3, 15), ("水电能耗", 1, 6), ("营销推广", 2, 12)], 3)
        lead = rnd.choice([f"经第三方机构审计，{o}2025年度", f"据{o}提交的核算资料，该单位去年", f"核查发现，{o}上年度"])
        return lead + "，".join(f"{n}{_money(rnd, a, b)}" for n, a, b in items) + "。"
    if kind == "share":
        a, b = rnd.randint(35, 55), rnd.randint(12, 25)
        return rnd.choice([f"{o}的运营支出中，人工约占{a}%，房租约占{b}%，其余为材料和管理费用。",
                           f"从{o}的账目看，薪酬占总支出的{a}%，场地租金占{b}%。"])
    if kind == "price":
        return rnd.choice([f"{o}向我局提供的设备进货价为每台{rnd.randint(3, 9)}800元，出厂价为每台{rnd.randint(10, 15)}500元。",
                           f"{o}本次报价{rnd.randint(40, 90)}6000元，低于其成本价约{rnd.randint(5, 12)}%。",
                           f"{o}给出的协议价为每人次{rnd.randint(200, 600)}元。"])
    if kind == "finance":
        return rnd.choice([f"{o}2025年实现营业额{_money(rnd, 300, 3000)}，净利润{_money(rnd, 20, 300)}，资产负债率{rnd.randint(30, 70)}%。",
                           f"根据年报，{o}去年主营业务收入{_money(rnd, 500, 5000)}，亏损{_money(rnd, 10, 90)}。",
                           f"{o}截至年底总资产{_money(rnd, 800, 9000)}，应收账款{_money(rnd, 50, 600)}。"])
    if kind == "process":
        return rnd.choice([f"{o}的核心产品采用二次烧结工艺，炉温控制在{rnd.randint(900, 1300)}℃，保温{rnd.randint(2, 6)}小时，添加剂掺入比例为{rnd.randint(2, 9)}%。",
                           f"现场检查时，{o}的发酵罐温度为{rnd.randint(28, 40)}℃，转速{rnd.randint(120, 300)}r/min，原料配比3:2。"])
    if kind == "customers":
        a, b = owner(rnd), owner(rnd)
        return rnd.choice([f"{o}的主要客户为{a}（全年采购额{_money(rnd, 100, 900)}）和{b}（全年采购额{_money(rnd, 50, 400)}）。",
                           f"{o}产品主要销往{a}，销售额{_money(rnd, 100, 900)}；其次为{b}，销售额{_money(rnd, 50, 400)}。"])
    if kind == "declare":
        return rnd.choice([f"以上数据由{o}提供，仅供审核使用，请勿对外披露。",
                           f"{o}在申报材料中注明：所附经营资料不得向第三方泄露。"])
    if kind == "table":
        a, b = owner(rnd), owner(rnd)
        head = rnd.choice([("单位", "营业收入（万元）", "利润总额（万元）"), ("机构名称", "年度总成本（万元）", "净利润（万元）")])
        return Table((head, (a, str(rnd.randint(200, 900)), str(rnd.randint(10, 90))), (b, str(rnd.randint(200, 900)), str(rnd.randint(10, 90)))))
    raise ValueError(kind)


CS_KINDS = ("cost", "share", "price", "finance", "process", "customers", "declare", "table")
CS_FRAMES = (
    ("关于{y}年度民办职业培训机构专项检查情况的通报", "按照工作安排，我局对辖区内民办职业培训机构开展了专项检查，现将有关情况通报如下。"),
    ("关于企业稳岗返还资金申报审核情况的通报", "为落实稳岗政策，我局对申报单位的材料进行了审核，现将审核中发现的情况通报如下。"),
    ("关于{y}年度人力资源服务机构年度报告核查情况的通知", "根据有关规定，我局对人力资源服务机构的年度报告进行了核查，有关情况如下。"),
    ("关于技能人才培养基地评估结果的通知", "经组织专家评估，现将评估中了解的有关情况通知如下。"),
)


def cs_traps(o: str, rnd: random.Random) -> list[str]:
    """Figures of a named organisation that are public by nature."""
    return [
        rnd.choice([f"{o}育婴员培训收费标准为每人{rnd.randint(10, 30)}00元，已在物价部门备案并公示。",
                    f"{o}电工培训学费每人{rnd.randint(8, 20)}00元，收费标准在醒目位置明码标价。"]),
        rnd.choice([f"对{o}发放一次性吸纳就业补贴{rnd.randint(2, 9)}万元。", f"{o}共申领以工代训补贴{_money(rnd, 1, 20)}。",
                    f"向{o}拨付职业培训补贴资金{_money(rnd, 5, 40)}。"]),
        rnd.choice([f"{o}拖欠{rnd.randint(10, 60)}名劳动者工资{_money(rnd, 10, 90)}，已责令限期支付。",
                    f"依法对{o}作出罚款{rnd.randint(1, 5)}万元的行政处罚。"]),
        rnd.choice([f"{o}中标，中标金额{_money(rnd, 30, 300)}。", f"{o}吸纳就业{rnd.randint(20, 200)}人，培训学员{rnd.randint(100, 900)}人次。"]),
        rnd.choice(["年营业收入不超过500万元的小型微型企业可申请减免。", "市社会保险事业管理中心2025年基金收入12.3亿元，支出11.8亿元。",
                    "各类职业技能培训机构应如实核算成本，师资费用原则上不低于30%。",
                    "日最高气温达到35℃以上时，用人单位应停止露天作业；工作场所温度在33℃以上的，应缩短连续作业时间。"]),
    ]


def _spec(title: str, body: list, recipients: str | None, attr: str, rnd: random.Random, n: int) -> GongwenSpec:
    return GongwenSpec(title=title, body=tuple(body), recipients=recipients, notes=(rnd.choice(NOTES[attr]),),
                       doc_number=f"卫人社{rnd.choice(['发', '函', '办发'])}〔2026〕{n}号", cc="市财政局")


# --- nature: (title, recipients, body, true nature, group) ----------------------------------------------

SUPERIORS = ("中卫市人民政府：", "市人民政府：", "宁夏回族自治区人力资源和社会保障厅：", "自治区人力资源和社会保障厅：", "自治区人社厅：")
DEPTS = ("市财政局、市教育局：", "市发展和改革委员会，市司法局：", "市市场监督管理局：", "市卫生健康委员会、市医疗保障局：")


def nature_mismatches(rnd: random.Random) -> list[tuple[str, str | None, list[str], str, str]]:
    """Documents whose nature calls for an attribute; each is later marked with another one."""
    y = rnd.choice((2026, 2027))
    return [
        # to a superior, process information → 不予公开
        (rnd.choice(["关于申请追加{y}年就业补助资金的请示", "关于恳请支持建设中卫市零工市场的请示", "关于提高公益性岗位补贴标准的请示"]).format(y=y),
         rnd.choice(SUPERIORS), ["近年来我市就业形势总体稳定，但资金缺口较大。", rnd.choice(["妥否，请批示。", "以上请示当否，请批复。", "恳请予以批准。"])], W, "request"),
        (rnd.choice(["关于{y}年上半年根治欠薪工作情况的报告", "关于全市社保基金运行情况的汇报", "关于技能人才队伍建设进展的报告"]).format(y=y),
         rnd.choice(SUPERIORS), ["现将有关情况报告如下。", "一、主要做法", rnd.choice(["特此报告。", "专此报告。"])], W, "report"),
        (rnd.choice(["关于解决乡村公益性岗位资金缺口问题的报告", "关于调整市本级人才引进补贴的报告"]),
         rnd.choice(SUPERIORS), ["现将有关问题报告如下。", rnd.choice(["妥否，请批示。", "当否，请审定。"])], W, "request_in_body"),
        (rnd.choice(["关于征求《中卫市就业见习管理办法（征求意见稿）》意见的函", "关于征询《技能人才评价实施细则（送审稿）》修改意见的函",
                     "关于听取《劳务品牌建设三年行动方案》意见建议的函"]),
         rnd.choice(DEPTS), ["现将文稿送你单位，请认真研究。", rnd.choice(["请于5月20日前将书面意见反馈我局，逾期视为无意见。", "如有修改意见，请于本月底前函复。"])], W, "consultation"),
        (rnd.choice(["关于商请对《人力资源市场条例（草案）》提出意见的函", "关于《工伤保险实施办法》修订稿的会签函"]),
         rnd.choice(DEPTS), ["该文稿已经局务会议研究。", "请贵单位提出意见，并于6月10日前反馈我局。"], W, "consultation_body"),
        (rnd.choice(["关于对《中卫市就业促进规划（征求意见稿）》的复函", "关于《城乡公益性岗位开发管理办法》修改意见的复函"]),
         rnd.choice(DEPTS), ["你委来函收悉。经研究，现将我局意见函复如下。", "此复。"], W, "reply"),
        # public interest → 主动公开
        (rnd.choice(["关于调整工伤保险伤残津贴和供养亲属抚恤金的通知", "关于提高因工死亡职工供养亲属抚恤金标准的通知",
                     "关于{y}年调整退休人员基本养老金的通知", "关于提高失业保险金标准的通知"]).format(y=y),
         rnd.choice(COUNTIES), [rnd.choice(["经市人民政府同意，自{y}年1月1日起，一级至四级伤残职工的伤残津贴每人每月增加{a}元。",
                                            "自{y}年7月1日起，失业保险金按最低工资标准的90%发放，每月增加{a}元。",
                                            "此次调整后，企业退休人员月人均养老金提高{a}元。"]).format(y=y, a=rnd.randint(80, 200)),
                                "各地要确保调整资金按时足额发放到位。"], P, "benefit"),
        (rnd.choice(["中卫市人力资源和社会保障局行政处罚结果公示", "关于{y}年第二季度劳动保障行政处罚信息的公示", "行政处罚决定书"]).format(y=y),
         None, [f"{owner(rnd)}未按规定为劳动者缴纳社会保险费，违反《社会保险法》相关规定。", "依法作出罚款2万元的行政处罚，并责令限期改正。"], P, "penalty"),
        (rnd.choice(["{y}年度中卫市专业技术人员职业资格考试合格人员名单", "{y}年度职业技能等级认定取得证书人员名单", "中卫市{y}年第一批认定的就业见习基地名单"]).format(y=y),
         None, ["以上人员（单位）经审核合格，予以公布。"], P, "roster"),
        (rnd.choice(["关于拟聘用{y}年度事业单位工作人员的公示", "中卫市{y}年度高技能人才评选结果公示"]).format(y=y),
         None, ["公示期为5个工作日，如有异议请向市人社局反映。", "监督电话：0955-7012333"], P, "notice"),
        (rnd.choice(["中卫市灵活就业人员参保登记办事指南", "失业保险金申领服务指南", "中卫市创业担保贷款申办指南"]),
         None, ["一、办理条件", "二、所需材料：身份证、社会保障卡。", "三、办理地点：市政务服务中心人社窗口。"], P, "guide"),
        (rnd.choice(["关于表彰{y}年度全市人社系统先进集体和先进个人的决定", "关于对根治欠薪工作成绩突出单位予以通报表扬的通报"]).format(y=y),
         rnd.choice(COUNTIES), ["为表彰先进、树立典型，经研究，决定授予下列单位和个人荣誉称号。"], P, "commend"),
        (rnd.choice(["关于公布{y}年度中卫市人力资源服务机构名单的通知", "关于发布中卫市{y}年度企业工资指导线的通知"]).format(y=y),
         rnd.choice(COUNTIES), ["现将有关名单予以公布，请各地做好宣传。"], P, "publish"),
    ]


def nature_traps(rnd: random.Random) -> list[tuple[str, str | None, list[str], str]]:
    """Documents marked as their nature asks (no LABEL_MISMATCH), full of the mismatch words."""
    return [
        ("关于调整工伤保险伤残津贴标准的请示", rnd.choice(SUPERIORS), ["拟每人每月提高120元。", "妥否，请批示。"], W),
        ("关于做好退休人员基本养老金调整测算工作的通知", rnd.choice(COUNTIES), ["请于5月底前完成测算，测算结果暂不对外。"], W),
        ("关于对某某公司拟作出行政处罚的请示", rnd.choice(SUPERIORS), ["拟处罚款2万元，并责令改正。", "妥否，请批示。"], W),
        ("市级劳动模范拟提名人选名单", None, ["以上人选尚在酝酿，请注意保密。"], W),
        ("关于公开征求《中卫市就业促进条例（草案）》意见的公告", None, ["现向社会公开征求意见，请于5月1日前反馈。"], P),
        ("中卫市人力资源和社会保障局2026年政府信息公开工作年度报告", None, ["现将本年度报告公布如下。"], P),
        ("关于举办劳动保障监察执法业务培训班的通知", rnd.choice(COUNTIES), ["培训内容包括行政处罚程序、罚款决定书制作等。"], R),
        ("关于报送就业补助资金使用情况的通知", rnd.choice(COUNTIES), ["请于3月10日前报送有关材料。"], R),
        ("关于做好失业保险金发放工作的通知", rnd.choice(COUNTIES), ["请各地按时足额发放失业保险金，保障参保人员待遇。"], P),
        ("关于同意设立中宁县零工市场的批复", "中宁县人力资源和社会保障局：", ["经研究，同意设立。", "此复。"], R),
        ("关于商请协助核查退休人员户籍信息的函", "市公安局：", ["现商请你局协助核查，请于月底前反馈核查结果。"], R),
        ("关于上半年就业工作情况的报告", rnd.choice(SUPERIORS), ["现将有关情况报告如下。", "特此报告。"], W),
        ("中卫市人力资源和社会保障局关于某物流有限公司咨询稳岗返还政策的复函", "某物流有限公司：", ["你公司来函收悉，现答复如下。"], P),
        ("2026年第三次局务会议纪要", None, ["会议研究了年度预算调整事项。"], R),
    ]


def build_cases(seed: int = 1111) -> list[tuple[str, GongwenSpec, list[str], str]]:
    """(name, spec, expected codes, group) for every document of the set."""
    rnd = random.Random(seed)
    cases: list[tuple[str, GongwenSpec, list[str], str]] = []
    n = 100
    for i, kind in enumerate(CS_KINDS * 3):
        o = owner(rnd)
        title, lead = rnd.choice(CS_FRAMES)
        body = [lead, "一、基本情况", cs_passage(kind, o, rnd), "二、下一步工作", "各单位要加强监管，规范办学行为。"]
        n += 1
        cases.append((f"cs_{i:02d}_{kind}", _spec(title.format(y=2026), body, rnd.choice(COUNTIES), P, rnd, n), ["COMMERCIAL_SECRET"], "commercial"))
    for i in range(2):
        for j, (title, rec, body, nature, grp) in enumerate(nature_mismatches(rnd)):
            marked = rnd.choice([a for a in (P, R, W) if a != nature and not (nature == P and a == R and grp == "commend")])
            if nature == W:
                marked = P if rnd.random() < 0.7 else R
            n += 1
            cases.append((f"nm_{i}{j:02d}_{grp}", _spec(title, body, rec, marked, rnd, n), ["LABEL_MISMATCH"], "mismatch"))
    for i in range(12):
        o = owner(rnd)
        title, lead = rnd.choice(CS_FRAMES)
        body = [lead] + cs_traps(o, rnd)
        n += 1
        cases.append((f"ok_cs_{i:02d}", _spec(title.format(y=2026), body, rnd.choice(COUNTIES), P, rnd, n), [], "clean"))
    for j, (title, rec, body, attr) in enumerate(nature_traps(rnd)):
        n += 1
        cases.append((f"ok_nm_{j:02d}", _spec(title, body, rec, attr, rnd, n), [], "clean"))
    return cases


def build(root: str | Path, seed: int = 1111) -> dict[str, dict]:
    """Write the set under ``root`` (docx and txt alternately); return and save the truth."""
    root = Path(root)
    exp: dict[str, dict] = {}
    for k, (name, spec, codes, group) in enumerate(build_cases(seed)):
        rel = f"{name}.{'docx' if k % 2 == 0 else 'txt'}"
        (write_docx if rel.endswith("docx") else write_txt)(spec, root / rel)
        exp[rel] = {"codes": codes, "group": group}
    (root / ".expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return exp
