"""The disclosure-rules evaluation set: ~200 generated 公文 with ground truth, in docx, PDF, OFD and txt.

Covers every marking style, every finding code of the rules (LABEL_MISSING/INVALID/CONFLICT/MISMATCH,
FORWARD_MISMATCH, MIXED_CONTENT, SECRET_MARKING, SECRET_CONTENT, REASON_MISSING) and the traps that must
not fire (a body sentence about 主动公开, a secrecy-awareness notice, 发文字号 and dates, mixed wording
in a non-public document). It is separate from any training corpus: seeds and archetypes differ.

Ground truth is computed here from how each document was built, by the regulation — not by running the
rules: ``expected_codes`` and ``expected_decision`` below are the specification the rules are measured
against. ``build_eval(root)`` writes the files, their OA sidecars and ``.expected.json``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .docx_writer import write_docx
from .fake import Faker
from .pdf_writer import write_pdf
from .rules_content import MIXED_PASSAGES, P, R, RULE_ARCHETYPES, SECRET_PASSAGES, W, forward_notice
from .ofd_writer import write_ofd
from .spec import GongwenSpec, Table
from .txt_writer import write_txt

WRITERS = {"docx": write_docx, "pdf": write_pdf, "ofd": write_ofd, "txt": write_txt}

#: The codes the rules own — the evaluation scores these.
RULE_CODES = ("LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "FORWARD_MISMATCH",
              "MIXED_CONTENT", "SECRET_MARKING", "SECRET_CONTENT", "REASON_MISSING")

#: How each attribute is written, by style (版记 rows, 附注 lines, checkbox rows). None → not available.
STYLES: dict[str, tuple[str, dict[str, str]]] = {
    "note": ("note", {P: "（此件公开发布）", R: "（此件依申请公开）", W: "（此件不予公开）"}),
    "note2": ("note", {P: "（此件主动公开）", R: "（此件依申请公开）", W: "（此件不公开）"}),
    "note_bare": ("note", {P: "此件公开发布", R: "此件依申请公开", W: "此件不公开"}),
    "note_exempt": ("note", {P: "（此件主动公开）", R: "（此件可依申请公开）", W: "（免予公开）"}),
    "note_reason": ("note", {P: "（此件为普发性公文，作为主动公开信息）", R: "（此件为涉及特定单位的信息，作为依申请公开信息）",
                             W: "（此件为内部研究过程中的信息，作为免予公开信息）"}),
    "record": ("row", {P: "公开方式：主动公开", R: "公开方式：依申请公开", W: "公开方式：不予公开"}),
    "record2": ("row", {P: "公开属性：主动公开", R: "公开属性：依申请公开", W: "公开属性：不予公开"}),
    "record_half": ("row", {P: "公开方式:主动公开", R: "公开方式: 依申请公开", W: "公开方式:不予公开"}),
    "record_bracket": ("row", {P: "【公开方式】主动公开", R: "【公开方式】依申请公开", W: "【公开方式】不予公开"}),
    "record_spaced": ("row", {P: "公 开 方 式：主 动 公 开", R: "公 开 方 式：依 申 请 公 开", W: "公 开 方 式：不 予 公 开"}),
    "record_option": ("row", {P: "信息公开选项：主动公开", R: "信息公开选项：依申请公开", W: "信息公开选项：不予公开"}),
    "checkbox": ("row", {P: "公开属性：☑主动公开 □依申请公开 □不予公开", R: "□主动公开 ☑依申请公开 □不予公开",
                         W: "□主动公开 □依申请公开 ☑不予公开"}),
}
STYLE_NAMES = tuple(STYLES) + ("sidecar", "table")


@dataclass
class Case:
    """One document to write: its spec, format, sidecar, config overrides and what was planted."""

    name: str
    spec: GongwenSpec
    fmt: str
    attribute: str | None  # the attribute as marked (resolved), None when missing/invalid
    label_fault: str | None = None  # missing | invalid | conflict
    sidecar: dict[str, str] | None = None
    secret_mark: bool = False
    mixed: bool = False
    secret_content: bool = False
    secret_category: str = ""  # the secrecy-scope category of the planted secret content (exam, inspection …)
    forwarded_attr: str | None = None
    reason_given: bool = False
    config: dict[str, dict[str, Any]] = field(default_factory=dict)
    traps: tuple[str, ...] = ()
    heldout: str = ""  # "tuned" | "fresh": wording outside the lexicons, scored apart (see group K)


def apply_marking(spec: GongwenSpec, attr: str | None, style: str, sidecar: dict | None = None) -> tuple[GongwenSpec, dict | None]:
    """``spec`` marked ``attr`` in ``style`` (``sidecar`` puts it in the OA form only)."""
    if attr is None:
        return replace(spec, notes=(), record_rows=()), sidecar
    if style == "sidecar":
        return replace(spec, notes=(), record_rows=()), {**(sidecar or {}), "公开属性": attr}
    if style == "table":  # a 发文稿纸-style table exported with the document
        return replace(spec, notes=(), record_rows=(), body=spec.body + (Table((("公开属性", attr), ("承办科室", "办公室"))),)), sidecar
    kind, table = STYLES[style]
    text = table[attr]
    if kind == "note":
        return replace(spec, notes=(text,), record_rows=()), sidecar
    return replace(spec, notes=(), record_rows=(text,)), sidecar


def expected_codes(c: Case) -> set[str]:
    """The codes the regulation calls for, from how the case was built (see module docstring)."""
    codes: set[str] = set()
    nature = c.spec.expected.get("nature")
    settled = c.label_fault is None
    if c.label_fault == "missing":
        codes.add("LABEL_MISSING")
    elif c.label_fault == "invalid":
        codes.add("LABEL_INVALID")
    elif c.label_fault == "conflict":
        codes.add("LABEL_CONFLICT")
    if c.secret_mark:
        codes.add("SECRET_MARKING")
    forwarding = "forwarded" in c.spec.expected
    if settled and nature and not forwarding and not c.secret_mark and c.attribute != c.spec.expected["attribute"]:
        codes.add("LABEL_MISMATCH")
    if settled and forwarding and c.forwarded_attr and c.attribute != c.forwarded_attr:
        codes.add("FORWARD_MISMATCH")
    if c.mixed and c.attribute == P:
        codes.add("MIXED_CONTENT")
    # under 不予公开 only a state secret is reported (exam questions before use, scores before release): a work secret in a
    # document kept from the public is where it belongs (``secret_content.withheld_categories``)
    if c.secret_content and not c.secret_mark and (c.attribute != W or c.secret_category in ("exam", "scores")):
        codes.add("SECRET_CONTENT")
    if c.config.get("reasons", {}).get("required") and c.attribute in (R, W) and not c.reason_given:
        codes.add("REASON_MISSING")
    return codes


def expected_decision(codes: set[str], attribute: str | None, secret_category: str = "") -> str:
    """error > return > escalate > approve, per 源头认定第三、四条 and 保密审查第五、八条. Exam questions and 命题 work
    before use are state secrets whatever the attribute: under 不予公开 their 密级 must still be fixed (第八条)."""
    returns = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "FORWARD_MISMATCH", "REASON_MISSING"}
    if codes & returns or ("SECRET_MARKING" in codes and attribute != W) or ("MIXED_CONTENT" in codes and attribute == P):
        return "return"
    if "SECRET_CONTENT" in codes and (attribute != W or secret_category == "exam"):
        return "escalate"
    return "approve"


def expected_suggestion(c: Case) -> str | None:
    if c.secret_mark:
        return W
    if "forwarded" in c.spec.expected:
        return c.forwarded_attr
    return c.spec.expected.get("attribute") if c.spec.expected.get("nature") else None


def _plant(spec: GongwenSpec, text: str, rnd: random.Random) -> GongwenSpec:
    body = list(spec.body)
    body.insert(rnd.randint(1, max(1, len(body) - 1)), text)
    return replace(spec, body=tuple(body))


def build_cases(seed: int = 4242) -> list[Case]:
    """Every case, deterministic for ``seed``."""
    f = Faker(seed)
    rnd = random.Random(seed)
    cases: list[Case] = []
    fmt_cycle = iter(lambda: rnd.choice(("docx", "docx", "docx", "docx", "pdf", "pdf", "pdf", "ofd", "txt")), None)
    style_cycle = iter(lambda: rnd.choice(STYLE_NAMES), None)
    free_attr = {"approval_reply": P, "assistance_letter": R, "secrecy_awareness_notice": P, "disclosure_report_notice": P}

    def add(name: str, spec: GongwenSpec, attr: str | None, style: str | None = None, **kw: Any) -> None:
        sc = kw.pop("sidecar", None)
        style = style or next(style_cycle)
        spec2, sc = apply_marking(spec, attr, style, sc)
        if style == "note_reason" and attr in (R, W):
            kw.setdefault("reason_given", True)
        cases.append(Case(f"{len(cases):03d}_{name}", spec2, kw.pop("fmt", None) or next(fmt_cycle), attr, sidecar=sc, **kw))

    # A. Clean documents, marked as their nature calls for, in every style (2 per archetype).
    for name, make in RULE_ARCHETYPES.items():
        for _ in range(2):
            spec = make(f)
            add(f"clean_{name}", spec, spec.expected["attribute"] or free_attr[name])
    for style in STYLE_NAMES:  # each style at least once more, with each attribute
        for attr, name in ((P, "pension_notice"), (R, "duty_notice"), (W, "funding_request")):
            add(f"style_{style}", RULE_ARCHETYPES[name](f), attr, style)
    # B. Marking contradicts the nature (第三条（一）).
    wrong = {P: (W, R), R: (P, W), W: (P, R)}
    for name, make in RULE_ARCHETYPES.items():
        spec = make(f)
        exp = spec.expected["attribute"]
        if spec.expected["nature"] is None:
            continue
        add(f"mismatch_{name}", spec, rnd.choice(wrong[exp]))
    # C. Missing (incl. traps: a body sentence about 主动公开; an unchecked checkbox row).
    for name in ("pension_notice", "funding_request", "duty_notice", "reply_letter", "recruitment_announcement", "work_report"):
        add(f"missing_{name}", RULE_ARCHETYPES[name](f), None, label_fault="missing")
    trap = _plant(RULE_ARCHETYPES["training_subsidy_notice"](f), "各县（区）要将补贴政策和办理结果通过政府网站主动公开，公开方式：通过门户网站、政务新媒体主动公开，接受群众监督。", rnd)
    add("missing_trap_body_sentence", trap, None, label_fault="missing", traps=("body_sentence",))
    for name in ("employment_opinion", "meeting_minutes"):
        spec = replace(RULE_ARCHETYPES[name](f), record_rows=("□主动公开 □依申请公开 □不予公开",), notes=())
        cases.append(Case(f"{len(cases):03d}_missing_unchecked_{name}", spec, next(fmt_cycle), None, label_fault="missing"))
    # D. Invalid values.
    for name, row in (("pension_notice", "公开方式：部分公开"), ("duty_notice", "公开属性：内部公开"), ("work_report", "信息公开选项：限制公开"),
                      ("study_notice", "（此件内部公开）"), ("commendation_decision", "公开方式：有条件公开"), ("reply_letter", "【公开方式】暂缓公开")):
        spec = RULE_ARCHETYPES[name](f)
        spec = replace(spec, notes=(row,), record_rows=()) if row.startswith("（") else replace(spec, record_rows=(row,), notes=())
        cases.append(Case(f"{len(cases):03d}_invalid_{name}", spec, next(fmt_cycle), None, label_fault="invalid"))
    # E. Conflicts: 附注 vs 版记, document vs OA form, two boxes ticked.
    for name, a, b in (("duty_notice", P, R), ("pension_notice", P, W), ("consultation_letter", R, W)):
        spec = replace(RULE_ARCHETYPES[name](f), notes=(STYLES["note"][1][a],), record_rows=(STYLES["record"][1][b],))
        cases.append(Case(f"{len(cases):03d}_conflict_note_record_{name}", spec, next(fmt_cycle), a, label_fault="conflict"))
    for name, a, b in (("training_subsidy_notice", P, R), ("study_notice", R, W), ("work_report", W, P)):
        spec, _ = apply_marking(RULE_ARCHETYPES[name](f), a, "record2")
        cases.append(Case(f"{len(cases):03d}_conflict_sidecar_{name}", spec, next(fmt_cycle), a, label_fault="conflict", sidecar={"公开属性": b, "承办科室": "办公室"}))
    spec = replace(RULE_ARCHETYPES["meeting_minutes"](f), record_rows=("☑主动公开 ☑依申请公开 □不予公开",), notes=())
    cases.append(Case(f"{len(cases):03d}_conflict_two_ticked", spec, next(fmt_cycle), P, label_fault="conflict"))
    # F. Forwarding (第三条（二）): the original's attribute from a phrase, the attachment or the OA form.
    for source in ("自治区人力资源和社会保障厅", "人力资源社会保障部", "市人民政府"):
        for how in ("phrase", "attachment", "sidecar"):
            for same in (True, False):
                orig_attr = rnd.choice((P, R))
                own = orig_attr if same else rnd.choice([a for a in (P, R, W) if a != orig_attr])
                spec = forward_notice(f, source)
                sc = None
                if how == "phrase":
                    spec = replace(spec, body=spec.body + (f"原文件公开属性为{orig_attr}。",))
                    add(f"forward_{how}_{'same' if same else 'diff'}", spec, own, rnd.choice(("record", "record2", "record_bracket")), forwarded_attr=orig_attr)
                elif how == "attachment":
                    own_note = STYLES["note2"][1][own]
                    orig_note = STYLES["note"][1][orig_attr]
                    otitle = spec.expected["forwarded"]
                    spec = replace(spec, notes=(own_note, "附件", otitle, "（正文略）", orig_note), record_rows=())
                    cases.append(Case(f"{len(cases):03d}_forward_{how}_{'same' if same else 'diff'}", spec, next(fmt_cycle), own, forwarded_attr=orig_attr))
                else:
                    sc = {"原文件公开属性": orig_attr, "承办科室": "就业促进科"}
                    add(f"forward_{how}_{'same' if same else 'diff'}", spec, own, "record", sidecar=sc, forwarded_attr=orig_attr)
    for source in ("自治区人力资源和社会保障厅", "市人民政府"):  # original unmarked: decide afresh, no finding
        add("forward_unknown", forward_notice(f, source), rnd.choice((P, R)), "note")
    # G. Mixed content (第三条（三）) and its traps.
    public = ("pension_notice", "training_subsidy_notice", "employment_opinion", "wage_arrears_bulletin", "commendation_decision")
    for kind, passages in MIXED_PASSAGES.items():
        for text in passages:
            for name in rnd.sample(public, 2):
                add(f"mixed_{kind}_{name}", _plant(RULE_ARCHETYPES[name](f), text, rnd), P, mixed=True)
    for name in ("duty_notice", "study_notice", "funding_request"):
        spec = RULE_ARCHETYPES[name](f)
        add(f"mixed_trap_not_public_{name}", _plant(spec, MIXED_PASSAGES["internal"][0], rnd), spec.expected["attribute"], mixed=True, traps=("not_public",))
    spec = _plant(RULE_ARCHETYPES["pension_notice"](f), "各单位要严格执行保密制度，涉密文件一律不得外传，不得对外公开尚未定稿的文件。", rnd)
    add("mixed_trap_rule_sentence", spec, P, traps=("rule_sentence",))
    # H. Secrecy marks (保密审查第五条（一）).
    marks = (("secrecy", "秘密★1年"), ("secrecy", "机密★5年"), ("secrecy", "绝密★启用前"), ("work_secret_mark", "内部事项 注意保管"),
             ("work_secret_mark", "内部"), ("header", "内部资料 注意保存"), ("header", "秘密★2年"))
    for fieldname, mark in marks:
        for attr in (W, rnd.choice((P, R))):
            name = rnd.choice(("funding_request", "work_report", "duty_notice", "meeting_minutes", "pension_notice"))
            spec = replace(RULE_ARCHETYPES[name](f), **{fieldname: mark})
            if fieldname == "secrecy":
                spec = replace(spec, copy_number=f"{f.randint(1, 999):06d}")
            # plain text has no page header: a header mark is written to a format that has one
            fmt = rnd.choice(("docx", "pdf", "ofd")) if fieldname == "header" else None
            add(f"secret_mark_{fieldname}", spec, attr, secret_mark=True, fmt=fmt)
    add("secret_mark_sidecar", RULE_ARCHETYPES["work_report"](f), W, "note", sidecar={"密级": "秘密", "公开属性": W}, secret_mark=True)
    add("secret_mark_sidecar_none", RULE_ARCHETYPES["duty_notice"](f), R, "note", sidecar={"密级": "无", "公开属性": R}, traps=("sidecar_no_secret",))
    # I. Unmarked secret content (保密审查第五条（二）、第八条).
    hosts = {"exam": ("study_notice", "duty_notice"), "inspection": ("wage_arrears_bulletin", "duty_notice"),
             "security": ("meeting_minutes", "study_notice"), "personnel": ("meeting_minutes", "duty_notice")}
    for cat, text in SECRET_PASSAGES.items():
        for name in hosts[cat]:
            spec = _plant(RULE_ARCHETYPES[name](f), text, rnd)
            add(f"secret_content_{cat}_{name}", spec, spec.expected["attribute"], secret_content=True, secret_category=cat)
        spec = _plant(RULE_ARCHETYPES["funding_request"](f), text, rnd)
        add(f"secret_content_{cat}_withheld", spec, W, secret_content=True, secret_category=cat)
    # J. The optional reason rule (保密审查第十条), switched on for these cases only.
    on = {"reasons": {"required": True}}
    for name, attr, style, sc, given in (
        ("funding_request", W, "note_reason", None, True), ("funding_request", W, "note", None, False),
        ("duty_notice", R, "record", {"依申请公开理由": "属机关内部管理事务"}, True), ("duty_notice", R, "record2", None, False),
        ("reply_letter", W, "sidecar", {"不公开理由": "答复有关部门意见的公文"}, True), ("meeting_minutes", R, "note", None, False),
        ("pension_notice", P, "note", None, False),
    ):
        add(f"reason_{name}_{'given' if given else 'none'}", RULE_ARCHETYPES[name](f), attr, style, sidecar=sc, reason_given=given, config=on)
    # K. Wording outside the lexicons, scored apart from the targets. ``tuned``: written before the
    # generalising patterns and then used to write them (no longer a fair test); ``fresh``: written
    # after the patterns and never tuned on — the honest measure of how far the rules generalise.
    mixed = {"tuned": ("（该部分数据限系统内部知悉）各县（区）基金结余情况如下。", "以下情况请勿在网站发布：个别经办机构存在违规操作问题。",
                       "此处名单仅限本单位掌握，不作公开。", "（本部分情况仅供系统内部工作参考）全市基金运行分析如下。",
                       "以下数据未经核定，不宜对外发布：各县（区）失业率测算结果。", "下列督导问题清单限局内传阅，不对外提供。"),
             "fresh": ("（此部分数据尚在核实，暂不对外）各县（区）参保人数如下。", "以下为初步测算结果，仅作局内研究之用。",
                       "本节内容为内部工作安排，请勿转发。")}
    secret = {"tuned": ("本次鉴定考核的实操题目和评分细则已定稿，考前由专人保管。", "下周将对5家企业开展不打招呼的突击检查，名单暂不通知被查单位。",
                        "局党组会议确定的干部调整方案尚未公布，请注意保密。", "信息中心排查发现，门户网站后台仍使用默认密码，存在被入侵风险。",
                        "拟于3月中旬对以下用人单位开展不预先通知的劳动保障专项检查：某某公司等4家。"),
              "fresh": ("经核查，社保卡管理系统数据库存在未授权访问问题，访问地址见附件。", "第二批专项检查的被检查单位名单由监察支队掌握，检查前严格保密。",
                        "本次职业技能竞赛理论试卷A、B卷已印制完成，存放于局机要室。")}
    lines = {"tuned": ((P, "（此件可公开发布）"), (W, "（本件不予公开）"), (R, "公开形式：依申请公开"), (P, "（此件主动向社会公开）"),
                       (R, "公开类型：依申请公开"), (W, "（该文件不予公开）")),
             "fresh": ((P, "信息公开：主动公开"), (P, "（本文件主动公开）"), (W, "公开方式——不予公开"))}
    for batch in ("tuned", "fresh"):
        for text in mixed[batch]:
            add(f"heldout_{batch}_mixed", _plant(RULE_ARCHETYPES["pension_notice"](f), text, rnd), P, "note", mixed=True, heldout=batch)
        for text in secret[batch]:
            add(f"heldout_{batch}_secret", _plant(RULE_ARCHETYPES["duty_notice"](f), text, rnd), R, "note", secret_content=True, heldout=batch)
        for attr, line in lines[batch]:
            spec = replace(RULE_ARCHETYPES["meeting_minutes"](f), notes=(line,) if line.startswith("（") else (),
                           record_rows=() if line.startswith("（") else (line,))
            cases.append(Case(f"{len(cases):03d}_heldout_{batch}_marking", spec, next(fmt_cycle), attr, heldout=batch))
    return cases


def build_eval(root: str | Path, seed: int = 4242) -> dict[str, dict]:
    """Write the evaluation set under ``root``; return {relative path: expected} (also ``.expected.json``)."""
    root = Path(root)
    exp: dict[str, dict] = {}
    for c in build_cases(seed):
        rel = f"{c.name}.{c.fmt}"
        path = root / rel
        WRITERS[c.fmt](c.spec, path)
        if c.sidecar:
            path.with_name(path.name + ".json").write_text(json.dumps(c.sidecar, ensure_ascii=False, indent=2), encoding="utf-8")
        codes = expected_codes(c)
        exp[rel] = {
            "codes": sorted(codes), "decision": expected_decision(codes, c.attribute, c.secret_category), "attribute": c.attribute,
            "suggested_attribute": expected_suggestion(c), "doc_type": c.spec.expected.get("doc_type"),
            "nature": c.spec.expected.get("nature"), "config": c.config, "traps": list(c.traps), "heldout": c.heldout,
        }
    (root / ".expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return exp


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(description="生成公开属性规则评测集 / write the disclosure-rules evaluation set")
    p.add_argument("out", help="output folder")
    p.add_argument("--seed", type=int, default=4242)
    a = p.parse_args(argv)
    exp = build_eval(a.out, a.seed)
    print(f"wrote {len(exp)} documents to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
