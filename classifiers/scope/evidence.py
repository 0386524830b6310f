"""Evidence a secrecy-scope matter may require of its window (``requires`` in ``secrecy_scope.toml``): a figure,
a pay or benefit, a unit's or a person's name (or a list of them), the form of exam content, the detail of a
system's weakness, the place or time of exam papers. Patterns and tests only; ``match.py`` decides where to look."""

from __future__ import annotations

import re
from functools import lru_cache

#: (a share weighting a total, 笔试、面试成绩各占50%的比例计算 or 按40%折算, is a rule of the sum, not a figure of it)
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:(?:%|％)(?!的?(?:比例|权重)?(?:计算|折算|计入|合成))|元|个百分点|倍|万元|亿元|票|人|分(?!钟|之|类|别|批|期|档|区|局|中心|公司|行|社))"
                    r"|百分之[一二三四五六七八九十\d]+")
_UNIT_WORDS = (r"公司|集团|厂|医院|学校|学院|中心|机构|合作社|商行|酒店|超市|工地|项目部|事务所|协会|站|所|店"
               # the service points a check visits (县政务服务中心社保窗口, 城东经办点, 住院部三病区, 第二仲裁庭, 第三考点)
               r"|窗口|大厅|经办点|服务点|病区|仲裁庭|考点"
               # the places a visit goes to (幸福社区, 新街安置点)
               r"|社区|安置点|安置区")
ORG = re.compile(r"[\u4e00-\u9fa5]{2,20}?(?:" + _UNIT_WORDS + ")")
#: a village named with its township (岔河乡的岩门村, 白岩镇茶园村): a place a visit goes to
VILLAGE = re.compile(r"(?:乡|镇|街道)(?:的)?([\u4e00-\u9fa5]{2,4}?村)(?![民委级里])")
_UNIT_END = re.compile(r"(?:" + _UNIT_WORDS + r")$")
#: where a unit's name cannot run on from: the verb or the link before it (对…, 向…, 的…, …和…)
_NAME_CUT = re.compile(r"[对向到赴在的和与及、给从将把由不]|告知|通知|联系|透露")
#: a kind of unit, not one: every unit of a kind (全市…, 各…, 辖区…, 有关…) or a kind's own word (评价机构, 协议机构, 定点药店)
_GENERIC_UNIT = re.compile(r"全市|全县|全区|全省|全乡|全镇|全部|所有|各|相关|有关|部分|若干|辖区|辖内|其他|其余|同类|此类|该类|"
                           r"一批|本市|本县|本区|在册|备案|被检查|被抽查|被核查|被稽核|被查|下属|所属|直属|基层")
_KIND_CORES = frozenset("评价 经办 协议 培训 中介 医疗 康复 定点 服务 认定 鉴定 用人 参保 职业 劳务 零售 医药 养老 教育 考试 考核 检测 "
                        "代理 派遣 招聘 施工 建筑 用工 托育 托养 家政 餐饮 物业 保安 社区 乡镇 街道 村级 市级 县级 区级 企业 技工 "
                        "民办 公办 私立 公立 社会 行业 专业 咨询 金融 评估 审计 统计 人事 人才".split())
#: Whether ``ORG`` matches somewhere, for the test alone: a unit's name ends in one of its words after two
#: Chinese characters at least, and the last two before the word are such characters — so this finds the same
#: places without trying every length of name at every character.
ORG_AT = re.compile(ORG.pattern.replace("{2,20}?", "{2}", 1))
#: the form of exam content: scoring tiers, scoring labels, numbered questions or tasks and what candidates must do
TIER = re.compile(r"(?:得|扣|给|计|记|加|减)\s*[\d.一二三四五六七八九十]+\s*分|[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]"
                  r"|\d+(?:\.\d+)?\s*[—–\-~～至到]\s*\d+(?:\.\d+)?\s*分|每(?:题|小题|道题|项|处|个|次|空)[^，。；]{0,8}?\d+(?:\.\d+)?\s*分"
                  r"|不(?:得|计)分")
SCORE_LABEL = re.compile(r"评分要点|评分标准|评分细则|评分办法|评分规则|评分依据|评分参考|参考要点|答题要点|采分点|得分点|扣分点"
                         r"|给分档次|评分档次|计分办法|赋分|评分权重|[（(]\s*(?:答题|参考|答案|评分)?要点\s*[:：]")
TASK = re.compile(r"第[一二三四五六七八九十\d]+(?:题|道题)|(?:题|任务|模块|项目|试题|题目)\s*[一二三四五六七八九十\dA-Z]+[，,：:、.．]"
                  r"|\d+(?:\.\d+)?\s*(?:mm|毫米|cm|厘米)|±\s*\d|(?:你|您)(?:会|将|认为|作为|如何|怎么|打算)|谈谈"
                  r"|请(?:结合|分析|简述|说明|回答|阐述|完成)|要求(?:考生|选手|应试者|参赛)|限时\s*\d+|\d+\s*分钟内(?:完成|加工|制作|装配)"
                  # a numbered item that asks (1.简述…, 2、试述…): a question as a paper prints it
                  r"|(?<![^\s：:；;。])\d{1,2}\s*[.．、]\s*(?:简述|试述|论述|阐述|试分析|分析|比较|列举|谈谈|如何)"
                  # a run of questions (第1至20题) and an answer key (答案依次为：B、C、A、D …)
                  r"|第\s*\d{1,3}\s*[至到—–\-~～]\s*\d{1,3}\s*(?:题|道题)")
#: an answer key (答案依次为：B、C、A、D …): exam content by itself
ANSWER_KEY = re.compile(r"答案[^。；;\n]{0,8}?[:：]\s*[A-F√×](?:\s*[、,，\s]\s*[A-F√×]){3}")
#: A list of people after a 如下 sentence: a table or list whose header names them (姓名 | 单位 | 得票).
NAME_HEADER = re.compile(r"(?:^|[\n|｜\t])[ \u3000]*(?:姓\s*名|人选姓名|人员姓名|候选人姓名)[ \u3000]*(?=[\n|｜\t])")


def listed_people(text: str) -> str | None:
    """``姓名栏`` when the lines hold a list headed by a name column."""
    return "姓名栏" if NAME_HEADER.search(text) else None


#: a pay or benefit a person receives: an adjustment plan is a secret of personnel work only when it is about one
#: (a water project 调整列入规划 pending approval, with 890人 in it, is not)
#: the names or units pointed at in an attachment or a list printed after the text (名单见附件, 检查对象见附表):
#: the document carries them, just not in this paragraph
POINTER = re.compile(r"(?:名单|对象|人员|成员|组成|单位|企业|安排|情况)[^，。；]{0,16}?(?:见附件|详见附件|见附表|附后)|(?:名单|人员|成员)[（(]见附件")
def may_point(text: str) -> bool:
    """Whether ``POINTER`` matches in ``text``, searched only where 见附 (见附件, 详见附件, 见附表) or 附后 stands:
    every match holds one of them."""
    return ("见附" in text or "附后" in text) and POINTER.search(text) is not None


BENEFIT = re.compile(r"养老金|退休费|工资|薪酬|薪级|津贴|补贴|补助|抚恤|待遇|失业保险金|生活费|护理费|奖金|缴费基数|指导线|基准线|计发"
                     r"|每人每月|人均每月")
#: a concrete place, time, route or keeper of exam papers (308室, 6:10, 考试中心—一中—外国语学校, 钥匙由…保管)
LOGISTICS = re.compile(r"\d+\s*(?:室|号房|房间|号库|号柜)|\d{1,2}\s*[:：]\s*\d{2}|[—－]{1,2}[\u4e00-\u9fa5（）()]{2,16}[—－]{1,2}"
                       r"|钥匙|监控盲区|盲区|第[一二三四五六七八九十\d]+层"
                       # an hour (14时前后, 6时30分), a floor (三楼保密室), a road taken (沿朔西大道、学府路行驶)
                       r"|\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?|[一二三四五六七八九十\d]+\s*楼[^，。；]{0,8}?(?:室|库|柜)"
                       r"|沿[^，。；]{2,20}?(?:路|道|街|大道|高速)[^，。；]{0,6}?(?:行驶|前往|运抵|送达)")
DETAIL = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|端口\s*\d+|\d+\s*个(?:高危|中危|低危)?漏洞|admin|root|123456|口令为|密码为|账号为|[A-Za-z]+\d+|\d+个")


#: What stands right before the 分 of every scoring tier or label besides a digit or a space: a numeral or a
#: point (计5分, 得二分, 2.5分), 不得分, 不计分, 评分, 采分点, 得分点, 扣分点, 给分档次, 计分办法, 赋分.
_BEFORE_FEN = frozenset(".一二三四五六七八九十得计评采扣给赋")


def may_be_form(text: str) -> bool:
    """False only when no answer key (``ANSWER_KEY``), no scoring tier (``TIER``) and no scoring label
    (``SCORE_LABEL``) can match in ``text``, one of which ``exam_form`` needs: every match of these holds 答案 or
    要点, or a 分 right after a digit, a space or one of ``_BEFORE_FEN``. A few substring finds instead of three regex
    scans of a paragraph and its next lines."""
    if "要点" in text or "答案" in text:
        return True
    i = text.find("分", 1)
    while i > 0:
        ch = text[i - 1]
        if ch in _BEFORE_FEN or ch.isdigit() or ch.isspace():  # isdigit/isspace: at least what \d and \s match
            return True
        i = text.find("分", i + 1)
    return False


#: what a notice says will come after the event (裁判名单和评分细则在竞赛结束后随成绩一并公布): the label names no scheme here
_AFTER_EVENT = re.compile(r"(?:结束后|赛后|考后|之后)[^。；;\n]{0,16}?(?:公布|公开|发布)|一并公布|随成绩")


def _scoring_label(text: str) -> re.Match | None:
    """A scoring label (评分细则 …), not one that its clause says is published after the event."""
    for m in SCORE_LABEL.finditer(text):
        end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(text))
        if not _AFTER_EVENT.search(text, m.end(), end):
            return m
    return None


def exam_form(text: str) -> str | None:
    """An answer key, or scoring tiers with a second tier, a scoring label or a question/task: the form of exam
    content."""
    key = ANSWER_KEY.search(text)
    if key:
        return key.group(0)
    tiers = {m.group(0) for m in TIER.finditer(text)}
    label, task = _scoring_label(text), TASK.search(text)
    if len(tiers) >= 2 or (tiers and (label or task)) or (label and task):
        parts = sorted(tiers)[:2] + [x.group(0) for x in (label, task) if x]
        return "、".join(parts[:3])
    return None


def evidence(kind: str, text: str, after_object: str) -> str | None:
    if kind == "exam_form":
        return exam_form(text)
    if kind == "figure":
        m = FIGURE.search(text)
    elif kind == "org":
        u = unit(text)
        if u is not None:
            return u
        m = None
    elif kind == "detail":
        m = DETAIL.search(text)
    elif kind == "logistics":
        m = LOGISTICS.search(text)
    elif kind == "benefit":
        m = BENEFIT.search(text)
    elif kind == "person":
        m = person_after(after_object) or person_any(text)
    elif kind == "person_or_figure":
        return evidence("person", text, after_object) or evidence("figure", text, after_object)
    else:
        return None
    if m is None and kind in ("org", "person"):
        m = POINTER.search(text)
    return m.group(0) if m else None


#: Last characters no given name has: papers, bodies, amounts and counts (表, 单, 会, 科, 费, 率 …).
_NOT_NAME_END = "表单书册会组科室处局厅部费金款率数额类项期批次村区县市省院所站庭校司厂队社"


@lru_cache(maxsize=1)
def _surname_rx() -> re.Pattern:
    from ..detectors._base import surnames

    chars = "".join(sorted(surnames()))
    # a name does not end in a paper's or a body's noun (考官安排表, 王家坝村, 高新区): 安排表 is no 安 surname
    return re.compile(f"[{chars}](?:某某|某|[\u4e00-\u9fa5]?(?![{_NOT_NAME_END}])[\u4e00-\u9fa5])(?=[（(，,、：:；;。\\s]|同志|$)")


def person_after(after: str):
    """A name right after the object (``反映人李某某``, ``举报人：王建国``)."""
    m = re.match(r"[：:为是系\s]{0,2}", after)
    return _surname_rx().match(after, m.end() if m else 0)


@lru_cache(maxsize=1)
def _names_rx() -> re.Pattern:
    from ..detectors._base import surnames

    s = "[" + "".join(sorted(surnames())) + "]"
    return re.compile(f"{s}某某?|{s}[\u4e00-\u9fa5]{{1,2}}[、，,]{s}[\u4e00-\u9fa5]{{1,2}}(?=[、，,（(；;。\\s])"
                      # two names before 等, 组成 or 担任 (由韩知远、顾蔓青组成): neither ends as a place or a body does
                      f"|{s}[\u4e00-\u9fa5]?[^{_NOT_NAME_END}\\W\\d][、，,]{s}[\u4e00-\u9fa5]?[^{_NOT_NAME_END}\\W\\d](?=等|组成|担任)"
                      # a name, then its unit, as a panel's list or a table's row writes it (韩知远、某某学院经济管理学院)
                      f"|{s}[\u4e00-\u9fa5]?[^{_NOT_NAME_END}\\W\\d](?=[、，,（(][^、，,；;。（()]{{2,16}}?(?:大学|学院|学校|医院|银行|公司|事务所|研究院|研究所|协会|集团"
                      # a public body or a school as the unit (1、郑某航、某区教育局、副局长; 许某澜、某区实验中学)
                      f"|(?:局|厅|中心|中学|小学|幼儿园|委员会|法院|检察院)(?=[、，,；;。（()\\s]|$)))"
                      f"|{s}[\u4e00-\u9fa5]{{1,2}}(?=同志|（[男女\\d]|\\([男女\\d]|（[^）]{{0,12}}(?:教授|工程师|主任|局长|处长|科长|经理|校长|院长|书记|副|职工|员工|工人|班组长|组长|保洁员|司机|会计|出纳|技术员|保安|厨师))"
                      # a role, then a name and its unit in brackets (组长 冯建国（市国资委）, 成员 廖思远（某集团）)
                      f"|(?<=组长|成员|委员|考官|评委|专家|主任|裁判)[：:\\s]{{0,2}}{s}[\u4e00-\u9fa5]{{1,2}}(?=[（(])"
                      # a name after a post (副院长梁志宏担任, 科长孙蕾、…, 总监韩冬。): lists of panels write people so
                      f"|(?<=院长|科长|处长|主任|局长|总监|经理|教授|校长|书记|总裁|主席|所长|站长|馆长|部长|厅长|总工|讲师|技师|教师|会长|理事)"
                      f"{s}[\u4e00-\u9fa5]{{1,2}}(?=[、，,；;。（(\\s]|担任|任(?:主任|副主任|组长|副组长|委员|成员|评委|考官|裁判)|$)"
                      f"|(?<=研究员|工程师|会计师|董事长|副主任){s}[\u4e00-\u9fa5]{{1,2}}(?=[、，,；;。（(\\s]|担任|$)"
                      # a villager or a worker named before what they did (村民彭某兰到中心实名反映)
                      f"|(?<=村民|居民|职工|员工|工人)[：:\\s]{{0,2}}{s}[\u4e00-\u9fa5]{{1,2}}(?=[到向在于，,、（(]|来电|来信|来访|反映|本人)"
                      # a name opening its clause, then 本人 (蒲建国本人在工地附近租住): not a role (申请人本人)
                      f"|(?<![\u4e00-\u9fa5]){s}[\u4e00-\u9fa5]{{1,2}}(?<![人者员方])(?=本人)"
                      # a numbered list's line: the name, a space, its unit (1．柯明远　某某大学化学化工学院教授)
                      f"|(?<=[\n．.、）)]){s}[\u4e00-\u9fa5]{{1,2}}(?=[\u3000 \t]+[^\n]{{2,30}}?(?:大学|学院|学校|医院|银行|公司|研究院|研究所|协会|集团|中心|管委会|研究会|事务所))")


def person_any(text: str):
    """A name as lists write them: X某(某), names joined by 、, a name before 同志 or a bracketed detail — not a list of
    the sectors a panel is drawn from (由农业农村、人力资源社会保障、商务、金融等部门人员组成: 商务、金融 is no two people)."""
    for m in _names_rx().finditer(text):
        if not all(part in _SECTORS for part in _LIST_SEP.split(m.group(0))):
            return m
    return None


_LIST_SEP = re.compile(r"[、，,]")
#: Sectors of government as lists of departments shorten them (商务、金融、财政…等部门), each of which reads as a surname and a
#: given name to the pattern of two names.
_SECTORS = frozenset("""商务 金融 财政 教育 民政 公安 司法 卫健 卫生 审计 税务 文旅 文化 旅游 交通 水利 农业 林业 应急 市场 住建 统计
    医保 工信 发改 科技 自然 生态 环保 国资 人社 组织 宣传 统战 纪委 监委 信访 工会 妇联 团委 残联 侨联 科协 气象 邮政 海关 银行
    保险 证券 城管 规划 国土 粮食 畜牧 渔业 商会 体育 档案 保密 编办 老干 机关 退役 军人 消防 电力 供电 燃气 通信 铁路 民航
    港口 航运 能源 粮储 住房 建设 工商 质监 药监 食药 农村 农业农村 人力资源社会保障""".split())


def unit(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The first unit of ``text[start:end]`` named as one (仁和安药店, 临川县瑞丰劳务有限公司), not a kind of unit (全市定点零售药店,
    评价机构, 各协议医疗和康复机构): the name after the last word it cannot run on from (对, 的, 和 …), with no word of every
    unit of a kind in it (各, 全市, 有关 …) and more before its unit word than a kind's own word."""
    for m in ORG.finditer(text, start, len(text) if end is None else end):
        name = m.group(0)
        cut = 0
        for c in _NAME_CUT.finditer(name):
            cut = c.end()
        tail = name[cut:]
        ending = _UNIT_END.search(tail)
        core = tail[:ending.start()] if ending else ""
        if len(core) < 2 or _GENERIC_UNIT.search(tail) or core in _KIND_CORES:
            continue
        return tail
    v = VILLAGE.search(text, start, len(text) if end is None else end)
    return v.group(1) if v else None
