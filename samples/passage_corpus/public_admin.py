"""Public hard negatives for the passage model: the working instructions every published notice carries.

The three writers' ``internal`` class includes 局内联络 and duty arrangements, so a published notice's
ordinary instructions to the units it addresses — report by a date to the 办公室, name a contact,
attend a meeting, keep to the secrecy rules, count the 依申请公开 requests for the annual report —
read as internal to a model trained on them alone. These paragraphs, all ``public``, are combined
from parts (subject × action × deadline × recipient office × closing), written for this project;
they join training beside the writers' paragraphs (``samples.passage_corpus.corpus``).
"""

from __future__ import annotations

import random

UNITS = ("各县（区）人力资源和社会保障局", "各有关单位", "各用人单位", "各县（区）人社部门", "局属各单位", "各定点培训机构",
         "各人力资源服务机构", "各乡镇（街道）劳动保障所", "各高校就业指导中心")
SUBJECTS = ("年度工作总结", "政府信息公开工作年度报告", "补贴资金使用情况", "统计报表", "自查报告", "典型经验材料", "推荐人选材料",
            "申报材料", "整改情况报告", "项目实施方案", "培训计划", "考核结果汇总表", "季度进展情况")
OFFICES = ("局办公室", "市局办公室", "就业促进科", "养老保险科", "职业能力建设科", "劳动关系科", "政策法规科", "市人事考试中心",
           "市社会保险事业管理中心", "市就业服务中心")
CHECKERS = ("本单位主要负责同志审定", "分管领导签字", "单位盖章", "逐项核对", "集体研究")
ACTIONS = ("报送", "报", "书面报送", "以电子邮件形式报送", "通过政务服务平台报送", "以正式文件报送")
LEADS = ("", "请", "须", "务必", "统一")
CLOSINGS = ("", "逾期未报的视为放弃", "由{o}汇总后统一发布", "由{o}汇总后报市政府", "联系人及联系电话见附件", "联系电话：0955-{tel}",
            "{o}将适时进行通报", "过期不再受理")
ATTEND = ("请各县（区）人社局分管负责同志参加", "请各单位确定一名联络员", "请参会人员提前15分钟到场签到", "会议地点：市民大厦{n}楼会议室",
          "请各单位按时参加，因故不能参加的请提前向{o}说明", "参训人员名单请于{d}前报{o}")
STATEMENTS = (
    "各单位要高度重视，明确专人负责，认真组织实施，确保各项工作按时完成。",
    "涉密载体须按规定登记管理，严禁通过互联网、微信等渠道传递国家秘密。",
    "各单位要如实统计本年度收到和处理政府信息公开申请的情况，对决定不公开的，要逐件说明理由和依据。",
    "各地要建立工作台账，实行清单化管理，{o}将定期调度工作进展。",
    "执行中遇到的问题，请及时与{o}联系。",
    "各单位要加强内部管理，健全工作制度，落实岗位责任。",
    "工作人员要严守工作纪律，不得泄露考生个人信息，对违反规定的依法依规处理。",
    "本通知由{o}负责解释，此前规定与本通知不一致的，以本通知为准。",
    "请各单位按照要求认真做好相关工作，并将落实情况于{d}前反馈{o}。",
    "各单位要做好政策解读和舆论引导，及时回应社会关切。",
)


def _date(r: random.Random) -> str:
    return f"{r.choice(('2026', '2027'))}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def _one(r: random.Random) -> str:
    o = r.choice(OFFICES)
    d = _date(r)
    kind = r.randrange(4)
    if kind == 0:
        head = f"{r.choice(('一', '二', '三', '四', '五'))}、" if r.random() < 0.5 else ""
        s = f"{head}{r.choice(SUBJECTS)}经{r.choice(CHECKERS)}后，{r.choice(LEADS)}{'' if r.random() < 0.5 else '在'}{d}前{r.choice(ACTIONS)}{o}"
    elif kind == 1:
        s = f"请{r.choice(UNITS)}于{d}前将{r.choice(SUBJECTS)}{r.choice(ACTIONS)}{o}"
    elif kind == 2:
        s = f"{r.choice(ATTEND)}".format(o=o, d=d, n=r.randint(2, 12))
    else:
        s = r.choice(STATEMENTS).format(o=o, d=d)
        return s
    closing = r.choice(CLOSINGS).format(o=r.choice(OFFICES), tel=r.randint(6000000, 7999999))
    return s + ("，" + closing if closing else "") + "。"


def build(n: int = 400, seed: int = 0) -> list[str]:
    """``n`` distinct public paragraphs (fewer if the parts run out), deterministic for ``seed``."""
    r = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n * 20):
        if len(out) >= n:
            break
        s = _one(r)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out
