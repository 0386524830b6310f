"""A small labelled paragraph set for developing and testing the passage model (not its training data).

The passage model is trained on the three independent writers' generators (``samples.passage_corpus``,
``w1``–``w3``); this set exists so the tests can fit a model in a second and check the export, and so
the pipeline can be exercised without them. Written for this project; names and numbers are
invented. Five labels: ``public`` (what a bureau publishes, including paragraphs *about* secrecy
rules), ``internal`` (a passage restricted to internal use), ``secret`` (secret-like matters before
their release), ``commercial`` (a named organisation's business data), ``personal`` (a person's
private circumstances). ``build(n, seed)`` is deterministic.
"""

from __future__ import annotations

import random

CITIES = ("临川市", "云岭市", "青河县", "南溪区", "北塘镇")
UNITS = ("市就业服务中心", "市社会保险事业管理局", "市人事考试中心", "市劳动保障监察支队", "市职业技能鉴定指导中心")
FIRMS = ("恒远机械制造有限公司", "青禾职业培训学校", "启明技能培训中心", "安澜物业服务有限公司", "星河餐饮管理公司")
PEOPLE = ("周某某", "李某", "王某平", "陈某华", "赵某")
TOPICS = ("养老保险", "失业保险", "工伤保险", "就业见习", "职业技能培训", "劳动用工", "人才引进")

TEMPLATES = {
    "public": (
        "为进一步做好{t}工作，{c}将于{m}月起开展政策宣传月活动，群众可通过政府网站和12333热线咨询办理流程。",
        "符合条件的人员可携带身份证件到{u}窗口申请{t}补贴，材料齐全的，承办机构在{d}个工作日内办结。",
        "各单位要严格落实保密制度，涉密文件一律不得外传，确保{t}档案资料安全。",
        "本通知自印发之日起施行，{t}相关政策由{u}负责解释，执行中遇到的问题请及时反馈。",
        "{c}{t}参保人数达到{n}万人，比上年增长{p}%，各项待遇按时足额发放。",
        "考试结束后，成绩将在{u}网站公布，考生可登录查询，对成绩有异议的可在{d}日内申请复核。",
        "经审核，{f}等{d}家单位符合{t}补贴条件，现予以公示，公示期为{d}个工作日。",
    ),
    "internal": (
        "本部分内容仅供局内{t}工作人员掌握，不随文件对外发布。",
        "以上统计数字为内部测算口径，请各科室不要对外引用，对外答复时统一表述为“稳步推进”。",
        "此段所附{t}问题清单供领导参阅，未经同意不得转发或在媒体上使用。",
        "对于群众来电询问{t}进展，各窗口统一按以下口径答复，本口径不对外公开。",
        "会议讨论中对{t}方案存在不同意见，具体分歧情况仅在班子内部通报，暂不对外。",
    ),
    "secret": (
        "{t}专业技术人员考试面试题目及评分要点已封存，考前{d}天由{u}启封，任何人不得提前接触。",
        "拟于{m}月上调{t}待遇标准，测算人均增加{n}元，方案尚未报批，严禁提前透露。",
        "拟提名{p0}为{u}副主任人选，民主推荐得票率{p}%，任前公示前请严格保密。",
        "反映人{p0}系{f}在职员工，住{c}某小区，其反映的欠薪线索请不要向被反映单位透露。",
        "{m}月对{c}{t}经办机构开展突击检查，检查名单和时间事先不向被检查单位发出通知。",
        "本次{t}项目评审专家组由{p0}等{d}人组成，名单在评审结束前不得对外泄露。",
    ),
    "commercial": (
        "{f}培训成本构成为：师资费用占{p}%，场地租金{n}万元，教材耗材{d}万元，利润率约{p}%。",
        "{f}上年度营业收入{n}万元，净利润{d}万元，主要客户包括{c}三家制造企业，年采购额合计{n}万元。",
        "{f}申报材料中的工艺参数为：温度控制在{n}摄氏度，保压时间{d}分钟，该参数系企业自行研发。",
        "{f}投标报价{n}万元，其中人工成本{d}万元、管理费{p}%，报价明细由企业申明不对外公开。",
    ),
    "personal": (
        "{p0}，住{c}某街道{d}号，患有{t}相关职业病，目前在家休养，家庭月收入不足{n}元。",
        "{p0}因离婚纠纷情绪不稳定，其子女随母亲生活，本人曾于{m}月就医治疗抑郁症。",
        "申请人{p0}的银行流水显示其月工资{n}元，另有房贷每月还款{d}元，家中有残疾老人需照料。",
        "{p0}在工伤事故中左手截肢，伤残等级为{d}级，其配偶无固定工作。",
    ),
}


def _fill(tpl: str, rng: random.Random) -> str:
    return tpl.format(
        t=rng.choice(TOPICS), c=rng.choice(CITIES), u=rng.choice(UNITS), f=rng.choice(FIRMS), p0=rng.choice(PEOPLE),
        m=rng.randint(1, 12), d=rng.randint(2, 30), n=rng.randint(10, 9000), p=rng.randint(2, 60),
    )


def build(n: int = 400, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (text, label) pairs, the labels in turn, deterministic for ``seed``."""
    rng = random.Random(seed)
    labels = sorted(TEMPLATES)
    return [(_fill(rng.choice(TEMPLATES[lab]), rng), lab) for lab in (labels[i % len(labels)] for i in range(n))]
