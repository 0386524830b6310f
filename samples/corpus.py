"""Labelled starter corpus for the attribute classifier: fictitious 公文 of a municipal 人社局.

Provenance. Every sentence here was written for this project, in the register of the 公文 a
municipal 人力资源和社会保障局 publishes or keeps internal (GB/T 9704 elements; the kinds of
document 《公开属性源头认定制度》第三条（一） names). No third-party text is copied; names, numbers
and firms come from the seeded ``Faker``. The label of each document is the attribute that
第三条（一） gives its nature:

* 主动公开 — 涉及公民、法人切身利益或需社会广泛知晓的通知、通告、公告、公示、意见、办法、决定、通报、方案、
  解读, and 公开征求意见 addressed to the public;
* 依申请公开 — 机关内部管理事务 (值班、会议、考勤、学习、资产) and matters of one named unit or
  person (批复、复函、人事、处分);
* 不予公开 — 报上级机关的请示和报告, 征求意见和答复意见的函, 会议纪要, 讨论稿 and 工作秘密.

Two wordings. Every phrase pool has a style ``A`` (training) and a style ``B`` (held-out, different
openings, closings, connectives and item phrasing) so the evaluation can show how the model does
on wording it has not seen. ``build_corpus(n, seed, style)`` is deterministic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .fake import Faker
from .spec import GongwenSpec, Table

P, R, W = "主动公开", "依申请公开", "不予公开"
BUREAU = "中卫市人力资源和社会保障局"

#: Policy areas: (name, section, a statute or policy, three measures, an office item).
TOPICS = (
    ("城乡居民基本养老保险", "养老保险科", "《中华人民共和国社会保险法》", ("参保登记", "缴费档次", "待遇领取资格认证"), "养老金发放"),
    ("企业职工基本养老保险", "养老保险科", "《中华人民共和国社会保险法》", ("灵活就业人员参保", "个人账户记录", "关系转移接续"), "养老保险基金"),
    ("工伤保险", "工伤保险科", "《工伤保险条例》", ("工伤认定申请", "劳动能力鉴定", "工伤医疗费用结算"), "工伤保险待遇"),
    ("失业保险", "就业促进科", "《失业保险条例》", ("失业保险金申领", "稳岗返还", "技能提升补贴"), "失业保险基金"),
    ("就业创业", "就业促进科", "《中华人民共和国就业促进法》", ("创业担保贷款", "一次性创业补贴", "公益性岗位开发"), "就业补助资金"),
    ("高校毕业生就业", "就业促进科", "《中华人民共和国就业促进法》", ("就业见习", "求职创业补贴", "基层服务项目"), "就业见习补贴"),
    ("职业技能培训", "职业能力建设科", "《职业技能提升行动方案》", ("职业培训补贴", "职业技能等级认定", "技能大师工作室建设"), "培训补贴资金"),
    ("劳动关系", "劳动关系科", "《中华人民共和国劳动合同法》", ("劳动合同签订", "集体协商", "特殊工时审批"), "劳动合同管理"),
    ("农民工工资支付", "劳动保障监察支队", "《保障农民工工资支付条例》", ("工资专用账户", "实名制管理", "工资保证金"), "欠薪线索"),
    ("劳动人事争议调解仲裁", "劳动人事争议仲裁院", "《中华人民共和国劳动争议调解仲裁法》", ("调解组织建设", "仲裁案件办理", "裁审衔接"), "仲裁案件"),
    ("社会保障卡", "社会保险事业管理中心", "《社会保障卡管理办法》", ("社会保障卡换发", "电子社保卡申领", "一卡通应用"), "社保卡服务网点"),
    ("事业单位人事管理", "人事科", "《事业单位人事管理条例》", ("公开招聘", "岗位设置", "聘用合同管理"), "人事档案"),
    ("专业技术人才", "专业技术人员管理科", "《关于深化职称制度改革的意见》", ("职称评审", "继续教育", "高层次人才引进"), "职称评审委员会"),
    ("工资福利", "工资福利科", "《机关事业单位工资制度改革方案》", ("基本工资调整", "绩效工资核定", "津贴补贴规范"), "工资基金"),
)
COUNTIES = "各县（区）人力资源和社会保障局，市社会保险事业管理中心，市就业创业和人才服务局："
INTERNAL = "局机关各科室、局属各单位："
SUPERIORS = ("市人民政府：", "自治区人力资源和社会保障厅：", "市委组织部：", "市委、市人民政府：")
DEPTS = ("市财政局", "市发展和改革委员会", "市市场监督管理局", "市司法局", "市住房和城乡建设局", "市医疗保障局", "市教育局", "市税务局")
FIRM_WORDS = ("宁夏天成", "中卫金沙", "宁夏恒达", "沙坡头旅游", "中宁枸杞", "宁夏瑞丰", "中卫新能", "宁夏沙湖")
FIRM_KINDS = ("建设工程有限公司", "劳务派遣有限公司", "物业服务有限公司", "科技有限公司", "食品有限公司", "运输有限公司")

# Phrase pools: key → {"A": [...], "B": [...]}. A is training wording, B the held-out wording.
PH: dict[str, dict[str, tuple[str, ...]]] = {
    "open_notice": {
        "A": ("为进一步做好{t}工作，切实维护群众合法权益，根据{law}和自治区有关规定，现就有关事项通知如下。",
              "为深入贯彻落实国家和自治区关于{t}的决策部署，结合我市实际，现将有关事项通知如下。",
              "根据{law}，经市人民政府同意，现就做好{t}有关工作通知如下。"),
        "B": ("按照{law}要求，为把{t}各项政策落到实处，现将有关要求明确如下。",
              "为推动{t}工作提质增效，更好服务企业和群众，经研究，现提出以下要求。",
              "近期，自治区对{t}作出新的安排。为确保政策在我市落地见效，特作如下部署。"),
    },
    "item": {
        "A": ("{n}、{m}。各县（区）要按照规定程序受理申请，在{d}个工作日内办结，办理结果及时向社会公布。",
              "{n}、{m}。符合条件的人员可持有效身份证件到户籍所在地经办机构办理，也可通过“我的宁夏”政务APP网上申请。",
              "{n}、{m}。经办机构要简化办事流程，推行“一窗受理、一次办结”，不得要求群众重复提交材料。",
              "{n}、{m}。各地要加强政策宣传，通过政府网站、微信公众号等渠道向群众解读政策，做到应知尽知。"),
        "B": ("{n}是关于{m}。承办机构自收到完整材料之日起{d}个工作日内作出答复，并将结果在门户网站向社会发布。",
              "{n}是关于{m}。申请人可就近到任一公共服务窗口提出申请，线上渠道同步开放，实现全市通办。",
              "{n}是关于{m}。凡是能够通过数据共享获取的信息，一律不再由申请人提供，切实减轻群众负担。",
              "{n}是关于{m}。要综合运用新闻发布、入企宣讲、社区宣传等方式，让政策家喻户晓。"),
    },
    "close_public": {
        "A": ("政策咨询可拨打12333人社服务热线，监督电话0955-7012333。",
              "本通知自印发之日起施行，执行中遇到的问题请及时向市人力资源和社会保障局反映。",
              "各单位要高度重视，精心组织，确保各项政策及时兑现到位。"),
        "B": ("如有疑问，可在工作日拨打人社服务热线12333咨询。",
              "本文件自发布之日起实施，有效期五年，此前规定与本文件不一致的，以本文件为准。",
              "请各地对照要求抓好落实，确保群众应享尽享。"),
    },
    "internal_open": {
        "A": ("为加强机关内部管理，规范工作秩序，经局党组研究，现将有关事项通知如下。",
              "为做好{h}期间各项工作，确保机关运转有序，现就有关事项通知如下。",
              "根据局机关工作安排，现将{x}有关事项通知如下，请各科室认真遵照执行。"),
        "B": ("经局长办公会议研究，决定对机关{x}作出如下安排，请各科室、各单位相互转告。",
              "为保障{h}期间机关工作不断档，现将具体安排告知如下。",
              "按照机关管理制度要求，结合近期工作实际，对{x}提出如下要求。"),
    },
    "internal_item": {
        "A": ("{n}、值班人员须坚守岗位，保持通讯畅通，遇有重要情况及时向带班领导报告，不得迟报、漏报。",
              "{n}、各科室要严格执行考勤制度，外出办事须履行请假手续，考勤结果与年度考核挂钩。",
              "{n}、局办公室负责统筹协调，各科室负责人为第一责任人，请于{dt}前将人员名单报局办公室。",
              "{n}、机关干部要遵守工作纪律，不得擅离职守，严禁工作时间从事与工作无关的活动。",
              "{n}、公务用车实行统一管理，使用车辆须提前填写用车申请单，经分管领导审批后派车。"),
        "B": ("{n}是带班领导和值班干部须在岗在位，手机24小时开机，重大事项第一时间请示报告。",
              "{n}是各科室负责人要管好本科室人员出勤情况，请假超过一天的报分管局领导批准。",
              "{n}是局办公室牵头做好协调，各科室于{dt}前将安排表报送办公室汇总。",
              "{n}是全体干部职工要严守机关作风建设各项规定，上班时间不得做与工作无关的事。",
              "{n}是办公用品和固定资产按季度盘点，由各科室指定专人登记造册，报局办公室备案。"),
    },
    "request_open": {
        "A": ("今年以来，我局认真贯彻落实市委、市政府决策部署，{t}工作取得明显成效。但受多重因素影响，{x}存在较大困难。",
              "根据自治区关于{t}的工作要求，我市需在年内完成{m}任务，目前尚存在资金和人员缺口。",
              "为推进{t}工作，我局拟开展{m}专项行动，现将有关情况请示如下。"),
        "B": ("近年来，我市{t}工作总体平稳，但随着任务加重，{x}的矛盾日益突出，仅靠我局现有力量难以解决。",
              "按照上级部署，{m}工作须于年底前完成，经测算，现有经费尚有缺口。",
              "为确保{t}重点任务按期完成，经局党组研究，拟采取以下措施，特此请示。"),
    },
    "request_close": {
        "A": ("妥否，请批示。", "以上请示当否，请批示。", "特此请示，恳请予以支持。"),
        "B": ("专此请示，请予审定。", "当否，请审示。", "以上意见如无不妥，请批转有关部门执行。"),
    },
    "report_open": {
        "A": ("现将我局{y}年度{t}工作情况报告如下。", "根据市政府督查室要求，现将{t}工作进展情况报告如下。",
              "按照自治区人社厅通知要求，我局对{t}工作开展了自查，现将自查情况报告如下。"),
        "B": ("根据贵单位安排，我局对{y}年{t}工作进行了总结，有关情况汇报如下。",
              "{t}专项工作开展以来，我局按照部署扎实推进，截至目前进展情况汇报如下。",
              "遵照上级要求，现将{t}工作推进中发现的问题和下一步打算汇报如下。"),
    },
    "report_item": {
        "A": ("一、主要工作。全年共完成{m}{k}人次，发放资金{a}万元，完成年度目标任务的{p}%。",
              "二、存在问题。一是基层经办力量不足，二是部分企业参保意识不强，三是信息系统尚未完全贯通。",
              "三、下一步工作。我局将进一步压实责任，加强督导，确保全年任务圆满完成。"),
        "B": ("截至目前，累计办理{m}{k}件，涉及资金{a}万元，进度达到{p}%。",
              "推进中还面临一些困难：经办人员流动性大，部分县区配套资金到位慢，数据比对存在滞后。",
              "接下来，我们将聚焦薄弱环节，逐项建立台账，按月调度，力争如期完成任务。"),
    },
    "consult": {
        "A": ("为规范{t}管理，我局起草了《中卫市{t}管理办法（征求意见稿）》，现送你单位征求意见。",
              "请于{dt}前将书面意见反馈我局{s}，逾期未反馈视为无意见。",
              "根据市政府工作安排，我局牵头起草了《关于进一步加强{t}工作的实施方案（征求意见稿）》，请研提修改意见。"),
        "B": ("我局会同有关部门研究形成了《{t}工作若干措施（送审稿）》，现请你单位审阅并提出意见建议。",
              "意见建议请加盖单位公章后于{dt}前报送我局{s}，联系人马某。",
              "该稿尚在研究论证阶段，请勿对外扩散，修改意见请直接在稿上标注。"),
    },
    "reply_opinion": {
        "A": ("你局《关于征求〈{t}实施办法（征求意见稿）〉意见的函》收悉。经研究，我局原则同意该办法，提出以下修改意见。",
              "建议将第五条中“{m}”的表述修改为“按规定办理{m}”，与上位法保持一致。",
              "以上意见供参考。"),
        "B": ("来函收悉。我局认真研究了贵单位起草的{t}相关文件，现反馈意见如下。",
              "关于{m}部分，建议进一步明确牵头单位和完成时限，增强可操作性。",
              "以上意见仅代表我局意见，请酌情采纳。"),
    },
    "minutes": {
        "A": ("{dt}，局党组书记、局长主持召开局党组会议，研究{t}等事项。现将会议议定事项纪要如下。",
              "会议听取了{s}关于{m}工作的汇报，原则同意所提方案，要求进一步完善后按程序报批。",
              "会议研究了干部调整事项，同意按程序报市委组织部审核。",
              "出席：局党组成员。列席：局机关各科室负责人。"),
        "B": ("{dt}，局长办公会议召开，就{t}等问题进行了专题研究，形成如下意见。",
              "会议议定：由{s}牵头，会同财务科进一步测算{m}所需资金，下次会议再议。",
              "会议同意对个别岗位人员进行交流轮岗，具体人选另行研究。",
              "参会人员：局领导班子成员，有关科室负责同志。"),
    },
    "secret": {
        "A": ("近期，个别群体因{x}问题多次到市委、市政府聚集上访，存在进一步升级的风险。",
              "各单位要密切关注重点人员动态，发现异常情况立即报告，相关信息严格控制知悉范围，不得对外泄露。",
              "处置预案由局办公室统一保管，未经批准不得复制、摘抄。"),
        "B": ("据掌握，部分人员因{x}诉求未得到满足，酝酿近期集体到自治区上访。",
              "请各县（区）落实稳控责任，逐人建立工作台账，有关情况仅限工作人员知悉。",
              "本通知内容属工作秘密，阅后请交回局办公室。"),
    },
    "reply_specific": {
        "A": ("你公司《关于申请实行综合计算工时工作制的请示》收悉。经审查，同意你公司{j}岗位实行综合计算工时工作制，有效期一年。",
              "你公司要依法保障职工休息休假权利，工作时间超过法定标准的，应当依法支付加班工资。",
              "此复。"),
        "B": ("{c}报来的申请材料收悉。经审核，该单位符合{m}条件，准予许可，许可证有效期三年。",
              "请该单位严格按照许可范围开展经营活动，每年按规定报送经营情况报告。",
              "特此函复。"),
    },
    "personnel": {
        "A": ("经局党组研究决定：{name}同志任{s}科长（试用期一年）；免去{name2}同志{s}副科长职务。",
              "以上同志任职时间自{dt}起计算。",
              "经研究，决定给予{name}同志警告处分，处分期间为六个月。"),
        "B": ("根据工作需要，经研究，同意{name}同志到{s}工作，{name2}同志不再担任{s}负责人。",
              "有关人员请于{dt}前办理工作交接。",
              "鉴于{name}同志在工作中违反考勤纪律，经研究，给予通报批评。"),
    },
}
SUBJECTS = ("信访稳定", "欠薪维权", "养老金待遇", "军转干部安置", "改制企业职工安置", "社保补缴")
HOLIDAYS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
INTERNAL_MATTERS = ("考勤管理", "公务用车管理", "办公用房调整", "机关政治理论学习", "档案整理", "固定资产清查", "机关食堂管理", "会议室使用")
POSTS = ("保安", "保洁", "驾驶员", "生产线操作工", "物业维修")


@dataclass(frozen=True)
class Labelled:
    """One corpus document: its text as the model reads it, its attribute and what made it."""

    text: str
    attribute: str
    doc_type: str
    archetype: str
    spec: GongwenSpec


def spec_text(spec: GongwenSpec) -> str:
    """What the model reads: title, 主送, body, 抄送 — never the 公开属性 marking itself."""
    parts = [spec.title, spec.recipients or ""]
    for b in spec.body:
        parts.append(" ".join(" ".join(r) for r in b.rows) if isinstance(b, Table) else b)
    parts.append(spec.cc or "")
    return "\n".join(p for p in parts if p)


class _Gen:
    def __init__(self, seed: int, style: str):
        self.f = Faker(seed)
        self.r = random.Random(seed + 17)
        self.s = style

    def ph(self, key: str) -> str:
        return self.r.choice(PH[key][self.s])

    def topic(self):
        return self.r.choice(TOPICS)

    def firm(self) -> str:
        return self.r.choice(FIRM_WORDS) + self.r.choice(FIRM_KINDS)

    def date(self) -> str:
        return f"2026年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def fill(self, tpl: str, t, **kw) -> str:
        name, sec, law, ms, x = t
        vals = dict(t=name, s=sec, law=law, m=self.r.choice(ms), x=x, d=self.r.choice((5, 10, 15, 20)), dt=self.date(),
                    y=2026, k=self.r.randint(120, 9800), a=self.r.randint(30, 5200), p=self.r.randint(60, 120),
                    h=self.r.choice(HOLIDAYS), j=self.r.choice(POSTS), c=self.firm(), name=self.f.name(), name2=self.f.name())
        vals.update(kw)
        return tpl.format(**vals)

    def nums(self, k: int) -> list[str]:
        return ["一", "二", "三", "四", "五", "六"][:k] if self.s == "A" else ["一", "二", "三", "四", "五", "六"][:k]

    def items(self, t, key: str, k: int) -> list[str]:
        pool = list(PH[key][self.s])
        self.r.shuffle(pool)
        ms = list(t[3])
        self.r.shuffle(ms)
        out = []
        for i in range(k):
            n = self.nums(k)[i] if self.s == "A" else ("首先" if i == 0 else "其次" if i == 1 else "再次" if i == 2 else "最后")
            out.append(self.fill(pool[i % len(pool)], t, n=n, m=ms[i % len(ms)]))
        return out


def _spec(title: str, body, attribute: str, doc_type: str, recipients: str | None, **kw) -> GongwenSpec:
    return GongwenSpec(title=title, body=tuple(body), recipients=recipients,
                       expected={"attribute": attribute, "doc_type": doc_type}, **kw)


# --- 主动公开 -----------------------------------------------------------------------------------
def policy_notice(g: _Gen) -> GongwenSpec:
    t = g.topic()
    verb = g.r.choice(("做好", "进一步做好", "规范", "加强", "优化") if g.s == "A" else ("扎实推进", "全面落实", "持续改进", "统筹推进"))
    body = [g.fill(g.ph("open_notice"), t)] + g.items(t, "item", g.r.randint(2, 4)) + [g.fill(g.ph("close_public"), t)]
    return _spec(f"关于{verb}{t[0]}{g.r.choice(('工作', '经办服务', '有关工作'))}的通知", body, P, "通知", COUNTIES)


def announcement(g: _Gen) -> GongwenSpec:
    t = g.topic()
    n = g.r.randint(10, 80)
    if g.s == "A":
        body = [f"根据{t[2]}和有关规定，经研究，现将2027年{t[0]}{t[3][0]}有关事项公告如下。",
                f"一、对象和条件。本市户籍或在本市就业的人员，符合{t[3][0]}条件的，均可申请。本次计划名额{n}个。",
                "二、办理方式。申请人可登录市人力资源和社会保障局门户网站或到各县（区）政务服务中心人社窗口办理。",
                "三、时间安排。受理时间为2027年1月1日至3月31日，逾期不再受理。", "特此公告。"]
    else:
        body = [f"为方便广大群众办理{t[3][0]}业务，依据{t[2]}，现就2027年度相关安排公告周知。",
                f"凡在我市参保并符合条件的个人和单位，均可在规定期限内提出申请，今年共安排{n}个名额。",
                "群众可通过政务服务网“人社专区”在线提交，也可就近到社区便民服务站代办。",
                "具体办理时间以各窗口公布为准，节假日顺延。", "专此公告。"]
    return _spec(f"关于2027年{t[0]}{t[3][0]}有关事项的公告", body, P, "公告", None, issuer="")


def publicity(g: _Gen) -> GongwenSpec:
    t = g.topic()
    rows = [("序号", "姓名", "身份证号", "所在单位", "金额（元）")]
    for i in range(g.r.randint(3, 8)):
        idn = g.f.id_card()
        rows.append((str(i + 1), g.f.name()[0] + "*" + (g.f.name()[-1] if g.r.random() < 0.4 else ""), idn[:6] + "********" + idn[-4:],
                     g.firm(), str(g.r.choice((1000, 2000, 3000, 5000)))))
    intro = (f"根据{t[2]}有关规定，经单位申报、县（区）初审、市级复核，现将2026年{t[3][1]}拟发放对象名单予以公示。"
             if g.s == "A" else f"按照{t[0]}政策规定，经逐级审核，2026年第{g.r.randint(1, 4)}批{t[3][1]}拟享受人员如下，现向社会公示，接受监督。")
    end = ("公示期为5个工作日。如有异议，请在公示期内以书面形式向市人力资源和社会保障局反映，监督电话0955-7012333。"
           if g.s == "A" else "公示时间自发布之日起7日。任何单位和个人对名单有不同意见的，可实名向我局反映，我们将依法核实处理。")
    return _spec(f"关于2026年{t[3][1]}拟发放对象名单的公示", [intro, Table(tuple(rows)), end], P, "公示", None, issuer="")


def opinion(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill("为贯彻落实{law}，推动我市{t}高质量发展，结合实际，提出如下实施意见。" if g.s == "A"
                   else "着眼于健全{t}长效机制，现就今后一个时期我市相关工作提出以下意见。", t)]
    body += g.items(t, "item", 3) + ["各县（区）人民政府、市直各部门要结合实际抓好贯彻落实。" if g.s == "A" else "各地各部门要把思想和行动统一到上述要求上来。"]
    return _spec(f"关于促进{t[0]}高质量发展的实施意见", body, P, "意见", "各县（区）人民政府，市政府各部门：")


def measures(g: _Gen) -> GongwenSpec:
    t = g.topic()
    arts = ["第一条 为规范{t}管理，保障当事人合法权益，根据{law}等规定，结合本市实际，制定本办法。",
            "第二条 本办法适用于本市行政区域内{m}的申请、审核和监督管理。",
            "第三条 市人力资源和社会保障局负责全市{t}工作的组织实施，县（区）人力资源和社会保障部门负责本行政区域内的具体工作。",
            "第四条 申请人应当如实提供有关材料，对材料的真实性负责。经办机构应当在{d}个工作日内完成审核。",
            "第五条 本办法自2027年1月1日起施行。"]
    if g.s == "B":
        arts = ["第一条 为了加强对{t}的管理，依据{law}，制定本办法。",
                "第二条 在本市范围内开展{m}及相关监督管理活动，适用本办法。",
                "第三条 人力资源社会保障部门会同财政等部门建立协同机制，按照职责分工做好相关工作。",
                "第四条 经办机构对申请事项实行一次性告知，材料齐全的当场受理，{d}个工作日内办结。",
                "第五条 本办法由市人力资源和社会保障局负责解释，自印发之日起施行。"]
    return _spec(f"中卫市{t[0]}管理办法", [g.fill(a, t) for a in arts], P, "办法", None)


def commendation(g: _Gen) -> GongwenSpec:
    t = g.topic()
    names = "、".join(g.f.name() for _ in range(g.r.randint(3, 6)))
    body = ([f"{g.r.randint(2024, 2026)}年以来，全市{t[0]}系统广大干部职工攻坚克难，涌现出一批先进集体和先进个人。为表彰先进、树立典型，经研究，决定对{names}等同志予以表彰。",
             "希望受表彰的单位和个人珍惜荣誉，再接再厉。全市人社系统要以先进为榜样，为推动人社事业高质量发展作出新的更大贡献。"]
            if g.s == "A" else
            [f"过去一年，{names}等同志在{t[0]}岗位上表现突出，群众认可度高。经个人申报、单位推荐、公示，决定授予上述同志“优秀工作者”称号。",
             "广大干部职工要学习他们爱岗敬业、服务为民的精神，在各自岗位上创造新业绩。"])
    return _spec(f"关于表彰{t[0]}工作先进个人的决定", body, P, "决定", COUNTIES)


def wage_bulletin(g: _Gen) -> GongwenSpec:
    firm = g.firm()
    body = ([f"经查，{firm}拖欠{g.r.randint(12, 160)}名农民工工资共计{g.r.randint(20, 380)}万元。市劳动保障监察支队依法责令其限期支付，该公司已全额支付拖欠工资。",
             "依据《保障农民工工资支付条例》，现将该案件予以通报，并将该单位列入拖欠农民工工资失信联合惩戒对象名单。"]
            if g.s == "A" else
            [f"近日，我局依法查处{firm}欠薪案件一起，涉及劳动者{g.r.randint(12, 160)}人、金额{g.r.randint(20, 380)}万元，目前工资已清偿完毕。",
             "为警示用人单位依法用工，现向社会公布该违法行为，欢迎社会各界监督。"])
    return _spec("关于拖欠农民工工资重大违法行为的通报", body, P, "通报", COUNTIES)


def interpretation(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = ([f"一、出台背景。为落实{t[2]}，进一步规范{t[0]}工作，市人力资源和社会保障局制定了相关政策文件。",
             f"二、主要内容。文件明确了{t[3][0]}、{t[3][1]}和{t[3][2]}的办理条件、办理流程和时限要求。",
             "三、适用对象。本市参保单位和参保个人。", "四、咨询方式。可拨打12333咨询。"]
            if g.s == "A" else
            [f"问：为什么要出台这个文件？答：主要是为了解决{t[0]}领域群众反映集中的办事难问题。",
             f"问：文件有哪些新变化？答：一是放宽了{t[3][0]}条件，二是缩短了{t[3][1]}办理时限。",
             "问：群众怎么办理？答：可以网上办、掌上办，也可以到窗口办。"])
    return _spec(f"《关于进一步规范{t[0]}工作的通知》政策解读", body, P, "解读", None, issuer="")


def public_plan(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill("为扎实推进{t}工作，根据{law}，制定本实施方案。" if g.s == "A" else "为确保{t}目标任务全面完成，特制定本方案。", t),
            g.fill("一、工作目标。到2027年底，全市{m}覆盖面进一步扩大，服务水平明显提升。" if g.s == "A"
                   else "总体目标：用两年左右时间，基本建成覆盖全市的{m}服务体系。", t)] + g.items(t, "item", 2)
    return _spec(f"中卫市{t[0]}提升行动实施方案", body, P, "方案", COUNTIES)


def circular(g: _Gen) -> GongwenSpec:
    """主动公开: a 通告 to employers and the public (需要社会公众广泛知晓)."""
    t = g.topic()
    body = ([f"为切实维护劳动者合法权益，根据{t[2]}，市人力资源和社会保障局决定于2027年上半年在全市开展{t[0]}专项检查，现通告如下。",
             f"一、检查范围：全市行政区域内各类用人单位，重点检查{t[3][0]}和{t[3][1]}情况。",
             "二、用人单位应当如实提供有关材料，配合检查，不得拒绝、阻挠。",
             "三、劳动者发现用人单位违法行为的，可向劳动保障监察机构投诉举报。", "特此通告。"]
            if g.s == "A" else
            [f"自2027年3月起，我市将对{t[0]}领域开展集中执法行动，现将有关事项告知社会各界。",
             f"本次行动主要针对{t[3][0]}不规范、{t[3][1]}不落实等突出问题，对发现的违法行为依法从严查处。",
             "欢迎广大劳动者和社会各界积极提供违法线索，我们将对举报人信息严格保密。", "此告。"])
    return _spec(f"关于开展{t[0]}专项检查的通告", body, P, "通告", None, issuer="")


def public_consultation(g: _Gen) -> GongwenSpec:
    """主动公开: asking the *public* for comments is itself public (需要社会公众广泛知晓或参与)."""
    t = g.topic()
    body = ([f"为提高规范性文件制定的透明度和公众参与度，我局起草了《中卫市{t[0]}管理办法（征求意见稿）》，现向社会公开征求意见。",
             "社会各界可通过市人民政府门户网站“意见征集”栏目或信函方式提出意见建议，截止时间为2026年12月31日。",
             "来信请注明“意见征集”字样。"]
            if g.s == "A" else
            [f"《{t[0]}若干措施（草案）》已形成，为广泛听取群众意见，现予全文公布，欢迎社会公众积极建言献策。",
             "公众可在公布之日起30日内，通过政府网站留言板或邮寄方式反馈意见，我们将认真研究吸纳。",
             "感谢您的参与和支持。"])
    return _spec(f"关于公开征求《中卫市{t[0]}管理办法（征求意见稿）》意见的公告", body, P, "公告", None, issuer="")


# --- 依申请公开 ---------------------------------------------------------------------------------
def internal_notice(g: _Gen) -> GongwenSpec:
    t = g.topic()
    matter = g.r.choice(INTERNAL_MATTERS)
    h = g.r.choice(HOLIDAYS)
    holiday = g.r.random() < 0.5
    body = [g.fill(g.ph("internal_open"), t, h=h, x=matter)] + g.items(t, "internal_item", g.r.randint(2, 4))
    title = f"关于做好2027年{h}期间值班工作的通知" if holiday else f"关于加强机关{matter}的通知"
    return _spec(title, body, R, "通知", INTERNAL, issuer="")


def specific_reply(g: _Gen) -> GongwenSpec:
    t = g.topic()
    firm = g.firm()
    body = [g.fill(x, t, c=firm) for x in PH["reply_specific"][g.s]]
    title = (f"关于同意{firm}实行综合计算工时工作制的批复" if g.s == "A" else f"关于{firm}劳务派遣行政许可的复函")
    return _spec(title, body, R, "批复" if g.s == "A" else "函", f"{firm}：")


def personnel(g: _Gen) -> GongwenSpec:
    t = g.topic()
    k = g.r.randint(1, 3)
    body = [g.fill(x, t) for x in PH["personnel"][g.s][:k + 1]]
    return _spec("关于" + g.r.choice(("干部任免", "工作人员调整", "人员岗位调整")) + "的通知", body, R, "通知", INTERNAL, issuer="")


def internal_bulletin(g: _Gen) -> GongwenSpec:
    n = g.r.randint(2, 9)
    body = ([f"为严肃工作纪律，{g.date()}，局机关作风督查组对机关各科室上班纪律进行了暗访检查。",
             f"检查发现，有{n}名干部迟到或无故离岗，个别科室工作日志填写不规范。",
             "请相关科室立即整改，局办公室将适时开展“回头看”。"]
            if g.s == "A" else
            [f"本季度机关效能检查已结束，共抽查{n + 5}个科室（单位）。",
             f"多数科室考勤规范，但仍有{n}人次存在签到后离岗现象，已责令作出书面说明。",
             "各科室负责人要切实履行管理职责，防止类似问题再次发生。"])
    return _spec("关于机关作风纪律检查情况的通报", body, R, "通报", INTERNAL, issuer="")


# --- 不予公开 -----------------------------------------------------------------------------------
def request(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill(g.ph("request_open"), t),
            g.fill("为此，恳请{sup}从市级预备费中安排专项资金{a}万元，用于{m}工作。" if g.s == "A"
                   else "建议由{sup}协调财政部门追加经费{a}万元，保障{m}正常开展。", t, sup="市人民政府" if g.s == "A" else "市政府"),
            g.ph("request_close")]
    return _spec(f"关于申请{t[0]}专项经费的请示", body, W, "请示", g.r.choice(SUPERIORS), signer=g.f.name())


def report(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill(g.ph("report_open"), t)] + [g.fill(x, t) for x in PH["report_item"][g.s]] + ["特此报告。" if g.s == "A" else "专此报告。"]
    return _spec(f"关于2026年{t[0]}工作情况的报告", body, W, "报告", g.r.choice(SUPERIORS))


def consultation(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill(x, t) for x in PH["consult"][g.s]]
    depts = "，".join(g.r.sample(DEPTS, 3)) + "："
    return _spec(f"关于征求《中卫市{t[0]}管理办法（征求意见稿）》意见的函", body, W, "函", depts)


def reply_opinion(g: _Gen) -> GongwenSpec:
    t = g.topic()
    dept = g.r.choice(DEPTS)
    body = [g.fill(x, t) for x in PH["reply_opinion"][g.s]]
    return _spec(f"关于对《{t[0]}实施办法（征求意见稿）》修改意见的复函", body, W, "函", f"{dept}：")


def minutes(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill(x, t) for x in PH["minutes"][g.s]]
    return _spec(f"{'局党组会议' if g.s == 'A' else '局长办公会议'}纪要", body, W, "纪要", None, issuer="")


def secret_notice(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill(x, t, x=g.r.choice(SUBJECTS)) for x in PH["secret"][g.s]]
    return _spec(f"关于做好{g.r.choice(SUBJECTS)}重点人员稳控工作的通知", body, W, "通知", COUNTIES, work_secret_mark="内部事项 注意保管")


def draft_plan(g: _Gen) -> GongwenSpec:
    t = g.topic()
    body = [g.fill("本方案为讨论稿，仅供局党组会议研究，请勿外传。" if g.s == "A" else "（送审稿，尚未定稿，不得引用）", t),
            g.fill("一、改革思路。拟对{t}经办体制进行调整，将{m}职能划转至{s}统一承担。" if g.s == "A"
                   else "初步考虑将{m}工作调整由{s}负责，人员编制在局内统筹解决。", t),
            g.fill("二、需研究的问题。涉及人员分流约{k}人，资金测算尚需与财政部门进一步沟通。" if g.s == "A"
                   else "目前分歧主要在于经费来源和人员安置，需提请党组会议决策。", t)]
    return _spec(f"{t[0]}经办体制调整方案（{'讨论稿' if g.s == 'A' else '送审稿'}）", body, W, "方案", None, issuer="")


ARCHETYPES = {
    "policy_notice": policy_notice, "announcement": announcement, "publicity": publicity, "opinion": opinion,
    "measures": measures, "commendation": commendation, "wage_bulletin": wage_bulletin, "interpretation": interpretation,
    "public_plan": public_plan, "public_consultation": public_consultation, "circular": circular,
    "internal_notice": internal_notice, "specific_reply": specific_reply, "personnel": personnel, "internal_bulletin": internal_bulletin,
    "request": request, "report": report, "consultation": consultation, "reply_opinion": reply_opinion, "minutes": minutes,
    "secret_notice": secret_notice, "draft_plan": draft_plan,
}
#: How often each archetype is drawn, so the three attributes come out roughly balanced.
WEIGHTS = {"policy_notice": 3, "announcement": 2, "publicity": 2, "opinion": 1, "measures": 1, "commendation": 1, "wage_bulletin": 1,
           "interpretation": 1, "public_plan": 1, "public_consultation": 1, "circular": 1, "internal_notice": 5, "specific_reply": 3, "personnel": 2, "internal_bulletin": 3,
           "request": 3, "report": 3, "consultation": 2, "reply_opinion": 2, "minutes": 2, "secret_notice": 1, "draft_plan": 1}


def build_corpus(n: int = 600, seed: int = 2026, style: str = "A") -> list[Labelled]:
    """``n`` labelled documents in wording ``style`` ("A" training, "B" held-out), deterministic."""
    if style not in ("A", "B"):
        raise ValueError(f"style must be 'A' or 'B', not {style!r}")
    g = _Gen(seed, style)
    names = sorted(ARCHETYPES)
    weights = [WEIGHTS[k] for k in names]
    out = []
    for _ in range(n):
        k = g.r.choices(names, weights)[0]
        spec = ARCHETYPES[k](g)
        out.append(Labelled(spec_text(spec), spec.expected["attribute"], spec.expected["doc_type"], k, spec))
    return out


def corpus_examples(n: int = 600, seed: int = 2026) -> list[tuple[str, str]]:
    """The starter corpus in the training wording as (text, attribute) pairs — what ``gongkai train`` fits."""
    return [(d.text, d.attribute) for d in build_corpus(n, seed, "A")]


def main(argv: list[str] | None = None) -> int:
    """Print counts per attribute and 文种, or write the corpus as JSON lines."""
    import argparse
    import json
    from collections import Counter

    p = argparse.ArgumentParser(description="生成分类模型训练语料 / write the labelled starter corpus")
    p.add_argument("--n", type=int, default=600)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--style", default="A", choices=("A", "B"))
    p.add_argument("--out", help="JSON lines file (text, attribute, doc_type, archetype)")
    a = p.parse_args(argv)
    docs = build_corpus(a.n, a.seed, a.style)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"text": d.text, "attribute": d.attribute, "doc_type": d.doc_type, "archetype": d.archetype}, ensure_ascii=False) + "\n")
    print(Counter(d.attribute for d in docs), Counter(d.doc_type for d in docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
