"""商业秘密: bidders' prices and cost breakdowns, revenue and profit of named firms, technical
plans, firms' bank accounts, and anything declared 商业秘密.

《保密审查工作制度》第五条（二）: 虽未标识但内容涉及商业秘密的信息不得公开.

* ``declared`` — 商业秘密 / 技术秘密 said of *this* material (本报价…属商业秘密, 我公司…请予保密).
  The stock enumeration of exemptions (国家秘密、商业秘密、个人隐私 …除外) is policy wording, not a
  declaration, and is skipped.
* ``pricing`` / ``business_data`` — a trigger word (投标报价, 成本构成, 营业收入, 净利润 …, weights in
  ``lexicons/pii_commercial.txt``) counts only beside a named firm (…有限公司, …合作社) and an
  amount or percentage in the same sentence or table row; 技术方案, 工艺配方, 客户名单 need only the
  firm. A table whose header holds the trigger is reported once per table, counting firm rows.
* ``firm_account`` — an account number (any length 10–25, firms' 基本账户 need not pass Luhn)
  after 账号/账户 with a firm named in the row; Luhn-valid card-shaped ones come from the shared scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Document

from ..config import lexicon
from ..masking import context as snippet_of
from ..masking import mask_card
from ..model import Code
from ..registry import register
from ._base import Hit, words
from ._document import DocumentCheck
from ._scan import context, joined, shared_scan
from ._words import family, word_hits

FIRM_RE = re.compile(r"[\u4e00-\u9fa5（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|合作社|事务所|厂)")
AMOUNT_RE = re.compile(r"[0-9][0-9,，.]*\s*(?:万元|元|亿元|%|％)")
ACCOUNT_RE = re.compile(r"(?:账号|帐号|账户|银行账号)[:：\s]*([0-9][0-9 \-]{8,30}[0-9])(?![0-9])")
#: The account number's ASCII part (``Joined.may_hold``): 账户 is common in policy prose, and the
#: regex over the page cost ~8 µs where no 10-digit number stands anywhere.
_ACCOUNT_GATE = re.compile(rb"[0-9][0-9 \-]{8,30}[0-9]")
_GENERIC = re.compile(r"国家秘密[、和及与]商业秘密|商业秘密[、和及与]个人隐私|涉及商业秘密|除外|依法")
_THIS = re.compile(r"本(?:报价|方案|文件|材料|资料|内容|数据|表)|我(?:公司|单位|厂)|该(?:公司|企业)|请予保密|不得对外")


@lru_cache(maxsize=1)
def triggers() -> tuple[tuple[str, float, str], ...]:
    out = []
    for ln in lexicon("pii_commercial"):
        w, s, sub, _ = ln.split("\t")
        out.append((w, float(s), sub))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@lru_cache(maxsize=1)
def firm_only() -> frozenset[str]:
    """Trigger words that need only a named firm beside them (技术方案, 工艺配方 …), not an amount."""
    return frozenset(ln.split("\t")[0] for ln in lexicon("pii_commercial") if ln.split("\t")[3] == "firm")


def _sentence(text: str, i: int) -> str:
    lo = max(text.rfind(p, 0, i) for p in "。；;！\n") + 1
    his = [k for k in (text.find(p, i) for p in "。；;！\n") if k >= 0]
    return text[lo:min(his) if his else len(text)]


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w, _, _ in triggers()))


def starters() -> frozenset[str]:
    """What a digit-less match starts with: a trigger's first character (the fast path of ``_document``)."""
    return frozenset(w[0] for w, _, _ in triggers())


def _register_triggers() -> None:
    """The triggers join the shared word pass (``_words``) once the lexicon is readable."""
    family("commercial", (w for w, _, _ in triggers()))


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[float, str]]:
    return {w: (x, sub) for w, x, sub in triggers()}


def commercial_hits(doc: Document, cfg) -> list[Hit]:
    """Commercial-secret hits of one document (one pass per pattern over the joined text)."""
    ctx = context(doc, cfg)
    j = joined(doc, cfg)
    out: list[Hit] = [h for h in shared_scan(doc, cfg).hits if h.subtype == "firm_account"]
    taken = {(id(h.block), h.start) for h in out}
    firm_words = words("pii_firm")
    if ("账" in j.text or "帐" in j.text) and j.may_hold(_ACCOUNT_GATE):
        # firms' accounts that are not Luhn-valid cards
        for m in ACCOUNT_RE.finditer(j.text):
            _, b, text, off = j.locate(m.start())
            s, e = m.start(1) - m.start() + off, m.end(1) - m.start() + off
            row = ctx.row_text(b)
            if any(w in (row if b.position.cell is not None else text[max(0, s - 60):s]) for w in words("pii_public_account")):
                continue  # a public body's collection account
            firm = next((w for w in firm_words if w in row), None) or (FIRM_RE.search(text[max(0, s - 60):s]) and "公司")
            if firm and (id(b), s) not in taken:
                shown = mask_card(re.sub(r"[ \-]", "", m.group(1)))
                taken.add((id(b), s))
                out.append(Hit("firm_account", b, s, e, shown, 0.8, "“账号”后的10–25位数字", "—",
                               (("base firm account after 账号", 0.8), (f"firm 「{firm}」", 0.0)), (str(firm),),
                               code=Code.COMMERCIAL_SECRET, snippet=snippet_of(text, s, e, shown)))
    weights = _weights()
    done_blocks: set[int] = set()
    reported_tables: set[tuple] = set()
    rx = _trigger_re()
    found = word_hits(doc, cfg, "commercial")  # the shared word pass settles most documents
    if not found:
        return out
    # the alternation's leftmost match starts where the earliest trigger occurrence starts
    for m in rx.finditer(j.text, min(end + 1 - len(w) for end, w in found)):
        bi, b, text, i = j.locate(m.start())
        if bi in done_blocks:
            continue
        w = m.group()
        weight, sub = weights[w]
        c = b.position.cell
        if sub == "declared":
            sent = _sentence(text, i)
            if _GENERIC.search(sent) or not (_THIS.search(sent) or FIRM_RE.search(sent)):
                continue
            out.append(_kw_hit(b, i, i + len(w), sent, w, weight, sub, ("declared of this material",)))
            done_blocks.add(bi)
        elif c is not None and c[1] == 0:
            # a header cell (投标报价（元）): one finding per table, counting its firm rows
            key = (b.position.part, c[0])
            if key in reported_tables:
                continue
            firms = sum(1 for k, cells in ctx.rows.items() if k[:2] == key and k[2] > 0 and FIRM_RE.search(" ".join(cells)))
            if firms:
                reported_tables.add(key)
                out.append(_kw_hit(b, i, i + len(w), text, w, weight + 0.2, sub, (f"column header, {firms} firm rows",), rows=firms))
        else:
            scope = ctx.row_text(b) if c is not None else _sentence(text, i)
            if FIRM_RE.search(scope) and AMOUNT_RE.search(scope):
                out.append(_kw_hit(b, i, i + len(w), text, w, weight + 0.2, sub, ("named firm", "amount")))
                done_blocks.add(bi)
            elif w in firm_only() and FIRM_RE.search(scope):
                out.append(_kw_hit(b, i, i + len(w), text, w, weight, sub, ("named firm",)))
                done_blocks.add(bi)
    return out


def _kw_hit(b, s: int, e: int, text: str, w: str, score: float, sub: str, why: tuple[str, ...], rows: int = 0) -> Hit:
    steps = ((f"trigger 「{w}」", score - (0.2 if len(why) > 1 or rows else 0.0)),) + tuple((x, 0.2 if i == 0 and (len(why) > 1 or rows) else 0.0) for i, x in enumerate(why))
    extra = (("firm_rows", rows),) if rows else ()
    return Hit(sub, b, s, e, w, min(score, 1.0), "商业秘密线索词", "—", steps, (w,), code=Code.COMMERCIAL_SECRET,
               snippet=snippet_of(b.text, s, e, w), extra=extra)


@register("commercial_secret")
class CommercialSecretDetector(DocumentCheck):
    """Commercial secrets of third parties."""

    name = "commercial_secret"


_register_triggers()
