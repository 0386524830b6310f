"""Evaluation set for the sensitive-data detectors: generated 公文 with planted personal data,
commercial secrets (报价, 营业收入, 技术方案, 商业秘密 declared, firms' accounts) and traps, and the
ground-truth span of every planted item.

Separate from the training corpus (its own seed and sentence pools). Each document mixes running
text, a 公示-style table and sometimes a hidden comment; planted values come from the seeded
``Faker`` (valid check digits). Traps that must *not* be reported are planted beside them:
12333 and office lines, 统一社会信用代码, 准考证号, 发文字号, amounts, dates, statute numbers,
wrong check digits, Luhn failures, masked values, office addresses and mailboxes, 职业技能鉴定.

Ground truth: ``Truth(block, start, end, subtype, visible)``; names count when they stand in a
row or clause with an unmasked identifier.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from extractors.model import Block, BlockKind, Document, Position

from .fake import Faker
from .spec import GongwenSpec, Hidden, Table

_MASKED_ID = re.compile(r"[0-9]{6}\*{8}[0-9]{3}[0-9X]|[0-9]{14}\*{4}")
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@dataclass(frozen=True)
class Truth:
    block: int
    start: int
    end: int
    subtype: str
    visible: bool = True


@dataclass(frozen=True)
class EvalDoc:
    document: Document
    truth: tuple[Truth, ...]
    doc_truth: tuple[str, ...]  # document-level subtypes expected (partial_mask)
    traps: int
    spec: GongwenSpec | None = None  # the same content as a 公文, to write as a real docx/PDF

    def planted(self) -> list[tuple[str, str, bool]]:
        """(subtype, planted text, visible) for every ground-truth item — for matching on a real
        file, where block numbers differ. In memory only: never print these."""
        return [(t.subtype, self.document.blocks[t.block].text[t.start:t.end], t.visible) for t in self.truth]


class _Builder:
    def __init__(self, name: str):
        self.name = name
        self.blocks: list[Block] = []
        self.truth: list[Truth] = []
        self.tables = 0
        self.body: list = []
        self.hidden: list[Hidden] = []

    def para(self, parts: list[tuple[str, str | None]], visible: bool = True) -> None:
        """A paragraph from (text, subtype or None) pieces; pieces with a subtype are ground truth."""
        text, pos = "", len(self.blocks)
        for piece, sub in parts:
            if sub:
                self.truth.append(Truth(pos, len(text), len(text) + len(piece), sub, visible))
            text += piece
        kind = BlockKind.PARAGRAPH if visible else BlockKind.COMMENT
        if visible:
            self.body.append(text)
        else:
            self.hidden.append(Hidden("comment", text, max(0, len(self.body) - 1), "审核人"))
        self.blocks.append(Block(kind, text, Position(block=pos, part="word/document.xml" if visible else "word/comments.xml"), visible=visible))

    def table(self, rows: list[list[tuple[str, str | None]]]) -> None:
        self.body.append(Table(tuple(tuple(v for v, _ in row) for row in rows)))
        for r, row in enumerate(rows):
            for c, (val, sub) in enumerate(row):
                pos = len(self.blocks)
                if sub:
                    self.truth.append(Truth(pos, 0, len(val), sub))
                self.blocks.append(Block(BlockKind.TABLE_CELL, val, Position(block=pos, part="word/document.xml", cell=(self.tables, r, c))))
        self.tables += 1

    def document(self) -> Document:
        return Document(source=self.name, sha256="0" * 64, format="docx", blocks=tuple(self.blocks))

    def spec(self) -> GongwenSpec:
        """Title, 主送 and body as a 公文 (the planted paragraphs and the table), comments as hidden."""
        title, recipients, *body = self.body
        return GongwenSpec(title=title, body=tuple(body), recipients=recipients, hidden=tuple(self.hidden),
                           notes=("（此件公开发布）",))


def _spaced(s: str, k: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def _id15(f: Faker) -> str:
    d = f.birth()
    return f.choice(("640502", "640521", "642221")) + d.strftime("%y%m%d") + f"{f.randint(0, 999):03d}"


def _positive(f: Faker, r: random.Random) -> list[tuple[str, str | None]]:
    """One clause with planted personal data (and the name when it is paired)."""
    name = f.name()
    k = r.randrange(14)
    idn = f.id_card(x_check=r.random() < 0.15)
    if k == 0:
        return [("申请人", None), (name, "name"), ("，身份证号：", None), (idn, "id_card"), ("，经审核符合条件。", None)]
    if k == 1:
        return [("经核实，", None), (name, "name"), ("（公民身份号码", None), (idn.lower(), "id_card"), ("）已于本月办理退休手续。", None)]
    if k == 2:
        return [("参保人", None), (name, "name"), ("社会保障号码", None), (idn.translate(FW), "id_card"), ("，缴费年限已满15年。", None)]
    if k == 3:
        return [("身份证号码为", None), (idn, "id_card"), ("的参保人", None), (name, "name"), ("申请待遇重新核定。", None)]
    if k == 4:
        return [("联系人：", None), (name, "name"), ("，联系电话：", None), (f.mobile(), "mobile"), ("。", None)]
    if k == 5:
        m = f.mobile()
        return [(name, "name"), ("，手机 ", None), (f"{m[:3]}-{m[3:7]}-{m[7:]}", "mobile"), ("，请于周五前报到。", None)]
    if k == 6:
        return [("开户行：", None), (f.bank(), None), ("，持卡人", None), (name, "name"), ("，卡号：", None), (f.bank_card(r.choice((16, 19))), "bank_card"), ("。", None)]
    if k == 7:
        return [("补贴资金已发放至", None), (name, "name"), ("的社会保障卡银行账户 ", None), (_spaced(f.bank_card(19)), "bank_card"), ("。", None)]
    if k == 8:
        return [("外籍专家随行人员", None), (name, "name"), ("，护照号码", None), ("E" + f"{f.randint(10**7, 10**8 - 1)}", "passport"), ("。", None)]
    if k == 9:
        return [(name, "name"), ("的个人邮箱：", None), (f.email(), "email"), ("，材料请发送至该邮箱。", None)]
    if k == 10:
        return [("当事人", None), (name, "name"), ("，家庭住址：", None), (f.address(), "address"), ("。", None)]
    if k == 11:
        return [("申请人现住址", None), (f.address(), "address"), ("，符合本市户籍条件。", None)]
    if k == 12:
        return [(name, "name"), ("，原身份证号码", None), (_id15(f), "id_card_15"), ("，已换领新证。", None)]
    return [("职工", None), (name, "name"), ("，身份证号", None), (idn, "id_card"), ("，联系电话", None), (f.mobile(), "mobile"), ("。", None)]


FIRMS = ("宁夏天成建设工程有限公司", "中卫金沙劳务派遣有限公司", "宁夏恒达物业服务有限公司", "中卫新能科技有限公司")


def _commercial(f: Faker, r: random.Random) -> list[tuple[str, str | None]]:
    """A clause with a third party's commercial secret (the trigger word or the account is the span)."""
    firm = r.choice(FIRMS)
    k = r.randrange(5)
    if k == 0:
        return [(firm, None), ("投标报价", "pricing"), (f"为{f.randint(50, 900)}万元，报价明细见附件。", None)]
    if k == 1:
        return [("2025年度", None), (firm, None), ("营业收入", "business_data"), (f"{f.randint(500, 9000)}万元，利润率{f.randint(3, 20)}%。", None)]
    if k == 2:
        return [(firm, None), ("提交的", None), ("技术方案", "business_data"), ("包括核心工艺和设备选型。", None)]
    if k == 3:
        return [("本报价及成本明细属我公司", None), ("商业秘密", "declared"), ("，请予保密。", None)]
    acct = "".join(str(f.randint(0, 9)) for _ in range(f.randint(12, 18)))
    return [(f"{firm}，开户行：{f.bank()}，账号：", None), (acct, "firm_account"), ("。", None)]


def _trap(f: Faker, r: random.Random) -> str:
    """A sentence that looks numeric or personal but must not be reported."""
    idn = f.id_card()
    k = r.randrange(17)
    return (
        "政策咨询可拨打12333人社服务热线，监督电话0955-7012333。",
        f"咨询电话：{f.mobile()}（工作日9:00-17:00）。",
        f"用人单位统一社会信用代码：{f.credit_code()}。",
        f"准考证号：{idn}，考试地点另行通知。",
        f"卫人社发〔2026〕{f.randint(1, 300)}号文件同时废止。",
        f"本年度拨付资金{f.randint(10**10, 10**12)}元。",
        "依据《中华人民共和国社会保险法》第五十八条和第八十六条规定办理。",
        f"身份证号{f.id_card_invalid()}的申请因号码有误予以退回。",
        (lambda c: f"卡号{c[:-1]}{(int(c[-1]) + 5) % 10}校验失败，请重新提供。")(f.bank_card(19)),
        f"身份证号{idn[:6]}********{idn[-4:]}，手机号{f.mobile()[:3]}****{f.randint(1000, 9999)}。",
        "办公地址：中卫市沙坡头区鼓楼西街1号，来访地址：中卫市沙坡头区文萃路28号市民大厦3单元201室。",
        "投诉邮箱：zwrsjts@163.com，政务邮箱rsj@zw.gov.cn。",
        f"职业技能鉴定证书编号{f.randint(10**14, 10**15 - 1)}，鉴定机构代码{f.randint(10**10, 10**11)}。",
        f"合同编号{f.bank_card(19)}，合同金额{f.randint(10, 500)}万元。",
        f"准考证号{_id15(f)}的考生请按时参加面试。",
        f"会议于2026年{f.randint(1, 12)}月{f.randint(1, 28)}日在市民大厦召开，参会{f.randint(20, 90)}人。",
        f"收款单位：中卫市人力资源和社会保障局，开户行：{f.bank()}，账号：{f.bank_card(19)}。",
    )[k]


def _table(b: _Builder, f: Faker, r: random.Random) -> None:
    """A 公示 list: full, fully masked, or masked but for one row that slipped."""
    cols = ["序号", "姓名", "身份证号"] + r.sample(["联系电话", "银行卡号", "家庭住址", "补贴金额（元）"], r.randint(1, 2))
    mode = r.choice(("full", "masked", "masked", "partial"))
    rows: list[list[tuple[str, str | None]]] = [[(c, None) for c in cols]]
    n = r.randint(2, 8)
    slip = r.randrange(n) if mode == "partial" else -1
    for i in range(n):
        full = mode == "full" or i == slip
        row: list[tuple[str, str | None]] = []
        idn = f.id_card()
        for c in cols:
            if c == "序号":
                row.append((str(i + 1), None))
            elif c == "姓名":
                nm = f.name()
                row.append((nm, "name") if full else (nm[0] + "*" * (len(nm) - 1), None))
            elif c == "身份证号":
                row.append((idn, "id_card") if full else (idn[:6] + "********" + idn[-4:], None))
            elif c == "联系电话":
                m = f.mobile()
                row.append((m, "mobile") if full else (m[:3] + "****" + m[-4:], None))
            elif c == "银行卡号":
                card = f.bank_card(19)
                row.append((card, "bank_card") if full else (card[:4] + "*" * 11 + card[-4:], None))
            elif c == "家庭住址":
                a = f.address()
                row.append((a, "address") if full else (a[:a.index("区") + 1] if "区" in a else a[:6], None))
            else:
                row.append((str(r.choice((1000, 3000, 5000))), None))
        rows.append(row)
    b.table(rows)


def build_eval_set(n: int = 240, seed: int = 5150) -> list[EvalDoc]:
    """``n`` documents with planted items and traps; deterministic."""
    f = Faker(seed)
    r = random.Random(seed)
    out = []
    for i in range(n):
        b = _Builder(f"eval_pii_{i:03d}.docx")
        b.para([("关于" + r.choice(("一次性创业补贴", "失业保险金", "职业培训补贴", "工伤保险待遇", "养老保险待遇")) + "发放有关情况的通知", None)])
        b.para([("各县（区）人力资源和社会保障局：", None)])
        traps = 0
        for _ in range(r.randint(2, 6)):
            if r.random() < 0.08:
                b.para(_commercial(f, r))
            elif r.random() < 0.55:
                b.para(_positive(f, r))
            else:
                b.para([(_trap(f, r), None)])
                traps += 1
        if r.random() < 0.5:
            _table(b, f, r)
        if r.random() < 0.2:
            b.para([("出生日期信息：", None), ((lambda x: x[:14] + "****")(f.id_card()), "weak_mask")])
        if r.random() < 0.15:
            b.para([("批注：请核对", None), (f.id_card(), "id_card"), ("是否本人。", None)], visible=False)
        b.para([(_trap(f, r), None)])
        traps += 1
        doc = b.document()
        # partly masked: some ID numbers masked, others (planted as truth) in full
        masked = any(_MASKED_ID.search(x.text) for x in doc.blocks)
        full = any(t.subtype in ("id_card", "id_card_15") for t in b.truth)
        out.append(EvalDoc(doc, tuple(b.truth), ("partial_mask",) if masked and full else (), traps, b.spec()))
    return out
