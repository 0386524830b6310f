"""LABEL_MISMATCH and the suggested attribute from the document's nature (源头认定第三条（一））."""

from __future__ import annotations

import pytest

from classifiers.rules.nature import NatureRule

PUBLIC_BODY = ["为做好城乡居民基本养老保险费征缴工作，切实保障参保群众合法权益，现就有关事项通知如下。",
               "参保人员可自主选择缴费档次，政策咨询可拨打12333。"]
REQUEST_BODY = ["恳请市人民政府安排专项资金予以补足。", "妥否，请批示。"]

CASES = [
    # (title, recipients, body, marking note, expected suggestion, mismatch?, rule)
    ("关于申请追加就业补助资金的请示", "市人民政府：", REQUEST_BODY, "（此件主动公开）", "不予公开", True, "request"),
    ("关于申请追加就业补助资金的请示", "市人民政府：", REQUEST_BODY, "（此件不予公开）", "不予公开", False, "request"),
    ("关于申请零工市场补助资金的请示", "自治区人力资源和社会保障厅：", REQUEST_BODY, "（此件依申请公开）", "不予公开", True, "request"),
    ("关于2026年度工作情况的报告", "市人民政府：", ["特此报告。"], "（此件公开发布）", "不予公开", True, "report"),
    ("关于2026年度工作情况的报告", "人社部：", ["特此报告。"], "（此件不予公开）", "不予公开", False, "report"),
    ("关于征求《人力资源服务机构管理办法（征求意见稿）》意见的函", "市司法局，市财政局：", ["请于12月10日前反馈。"], "（此件公开发布）", "不予公开", True, "consultation"),
    ("关于对《就业促进规划（征求意见稿）》意见的复函", "市发展和改革委员会：", ["现将我局意见函复如下。"], "（此件依申请公开）", "不予公开", True, "reply"),
    ("关于做好元旦期间值班工作的通知", "局机关各科室、局属各单位：", ["值班人员须坚守岗位。"], "（此件公开发布）", "依申请公开", True, "internal"),
    ("关于做好元旦期间值班工作的通知", "局机关各科室、局属各单位：", ["值班人员须坚守岗位。"], "（此件依申请公开）", "依申请公开", False, "internal"),
    ("2026年第十二次局长办公会议纪要", None, ["会议研究了部门预算编制。"], "（此件主动公开）", "依申请公开", True, "internal"),
    ("中卫市2027年事业单位公开招聘工作人员公告", None, ["报名采取网上报名方式。"], "（此件不予公开）", "主动公开", True, "public_notice"),
    ("关于做好城乡居民养老保险费征缴工作的通知", None, PUBLIC_BODY, "（此件不予公开）", "主动公开", True, "public_interest"),
    ("关于做好城乡居民养老保险费征缴工作的通知", None, PUBLIC_BODY, "（此件公开发布）", "主动公开", False, "public_interest"),
]


@pytest.mark.parametrize("title, recipients, body, note, suggested, mismatch, rule", CASES)
def test_nature_rules(gongwen, run, title, recipients, body, note, suggested, mismatch, rule):
    kw = {"recipients": recipients} if recipients else {"recipients": "各县（区）人力资源和社会保障局：" if rule.startswith("public") else None}
    doc = gongwen(title, body, notes=[note], **kw)
    findings, suggestions = run(NatureRule, doc)
    assert [s.attribute for s in suggestions] == [suggested]
    if mismatch:
        assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", rule)]
        msg = findings[0].message
        assert "第三条（一）" in msg and suggested in msg
    else:
        assert findings == []


@pytest.mark.parametrize("title, recipients, body", [
    # 批复 and an ordinary 函: the regulation does not decide their nature
    ("关于同意设立沙坡头区零工市场的批复", "沙坡头区人力资源和社会保障局：", ["经研究，同意设立。"]),
    ("关于商请协助核查退休人员户籍信息的函", "市公安局：", ["现商请你局协助核查。"]),
    # a public consultation 公告 is public, not a consultation letter
    # (公告 → 主动公开, so no mismatch when marked so)
    # cc to a superior does not make a notice a report
    ("关于开展保密宣传教育月活动的通知", "各县（区）人力资源和社会保障局：", ["各单位要组织学习保密法律法规。"]),
])
def test_no_rule_applies(gongwen, run, title, recipients, body):
    doc = gongwen(title, body, recipients=recipients, notes=["（此件主动公开）"])
    findings, suggestions = run(NatureRule, doc)
    assert findings == [] and suggestions == []


def test_unmarked_document_still_gets_a_suggestion(gongwen, run):
    doc = gongwen("关于申请追加就业补助资金的请示", REQUEST_BODY, recipients="市人民政府：")
    findings, suggestions = run(NatureRule, doc)
    assert findings == [] and suggestions[0].attribute == "不予公开" and suggestions[0].source == "rule"


def test_forwarding_and_secret_documents_are_left_to_their_rules(gongwen, run):
    fwd = gongwen("关于转发《自治区人力资源和社会保障厅关于做好稳岗返还工作的通知》的通知", PUBLIC_BODY, notes=["（此件不予公开）"])
    assert run(NatureRule, fwd) == ([], [])
    secret = gongwen("关于申请追加就业补助资金的请示", REQUEST_BODY, recipients="市人民政府：", notes=["（此件主动公开）"], head=["秘密★1年"])
    assert run(NatureRule, secret) == ([], [])


def test_conflicting_marking_gets_no_mismatch(gongwen, run):
    doc = gongwen("关于做好元旦期间值班工作的通知", ["值班人员须坚守岗位。"], recipients="局机关各科室：",
                  notes=["（此件公开发布）"], rows=["公开方式：依申请公开"])
    findings, suggestions = run(NatureRule, doc)
    assert findings == [] and suggestions[0].attribute == "依申请公开"


def test_superior_list_is_configurable(gongwen, run, config):
    from classifiers import load_config

    doc = gongwen("关于2026年度工作情况的报告", ["特此报告。"], recipients="市委组织部：", notes=["（此件公开发布）"])
    assert run(NatureRule, doc)[0] == []
    cfg = load_config(overrides={"nature": {"superior_bodies": ["市委组织部"]}})
    assert [f.code for f in run(NatureRule, doc, cfg)[0]] == ["LABEL_MISMATCH"]


def test_title_wrapped_over_pdf_lines_is_repaired(run):
    """A PDF title cut after ``…管理办法`` (a 文种 word) is continued until 《》 close; the 主送 follows."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    lines = ["中卫市人力资源和社会保障局文件", "卫人社函〔2026〕159号", "关于征求《中卫市人力资源服务机构管理办法",
             "（征求意见稿）》意见的函", "市市场监督管理局，市司法局：", "现送你单位征求意见。", "中卫市人力资源和社会保障局",
             "2026年11月20日", "（此件公开发布）", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(page=1, block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    doc = Document("t.pdf", "0" * 64, "pdf", zoned, fields)
    findings, suggestions = run(NatureRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "consultation")]


# --- issue 10 (4): the nature is weighed from several signals; internal 主送 alone is a note -----------

RULE_SET_BODY = ["为规范我局政府信息公开工作，现将《中卫市人力资源和社会保障局政务公开工作制度》印发给你们，请认真遵照执行。",
                 "附件：中卫市人力资源和社会保障局政务公开工作制度"]


@pytest.mark.parametrize("recipients", [
    "局属各单位、机关各科室：",
    "局机关各科室、局属各单位：",
    "厅机关各处室，厅属各单位：",
    "委机关各处（室）、委属各事业单位：",
    "办机关各科室：",
])
def test_internal_recipients_alone_are_a_note_not_a_return(gongwen, run, config, recipients):
    from classifiers.decision import decide

    doc = gongwen("关于进一步规范公文办理时限的通知", ["各单位要按时办结公文，不得拖延。"], recipients=recipients,
                  notes=["（此件公开发布）"])
    findings, suggestions = run(NatureRule, doc)
    assert suggestions == []  # not enough to suggest an attribute
    assert [(f.code, f.subtype, str(f.severity)) for f in findings] == [("LABEL_MISMATCH", "weak_evidence", "low")]
    f = findings[0]
    assert "不退回" in f.message and "主送仅为本机关内设机构和所属单位" in f.message
    expl = dict(f.explanation)
    assert "权重0.35" in expl["依据线索"] and "证据不足" in expl["结论"]
    assert str(decide(tuple(findings), "主动公开", config["decision"]).decision) == "approve"


def test_internal_recipients_with_an_internal_topic_still_return(gongwen, run, config):
    from classifiers.decision import decide

    doc = gongwen("关于做好元旦期间值班工作的通知", ["值班人员须坚守岗位。"], recipients="局属各单位、机关各科室：",
                  notes=["（此件公开发布）"])
    findings, suggestions = run(NatureRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "internal")]
    expl = dict(findings[0].explanation)
    assert "值班" in expl["依据线索"] and "主送仅为" in expl["依据线索"] and expl["综合得分"].startswith("1.00")
    assert str(decide(tuple(findings), "主动公开", config["decision"]).decision) == "return"


def test_bureau_rule_set_addressed_internally_and_public_passes(gongwen, tmp_path):
    """The bureau's own published rule set, to 局属各单位、机关各科室, marked 主动公开: approved, no finding."""
    from classifiers import load_config
    from classifiers.audit import audit_document

    doc = gongwen("关于印发《中卫市人力资源和社会保障局政务公开工作制度》的通知", RULE_SET_BODY,
                  recipients="局属各单位、机关各科室：", notes=["（此件公开发布）"])
    res = audit_document(doc, load_config())
    assert [f.code for f in res.findings if f.code == "LABEL_MISMATCH"] == []
    assert str(res.decision) == "approve"


def test_public_interest_outweighs_internal_recipients(gongwen, run):
    doc = gongwen("关于做好城乡居民养老保险费征缴工作的通知", PUBLIC_BODY + ["参保群众可申请缴费补贴。"],
                  recipients="局机关各科室、局属各单位：", notes=["（此件依申请公开）"])
    findings, suggestions = run(NatureRule, doc)
    assert [s.attribute for s in suggestions] == ["主动公开"]
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "public_interest")]
    assert "主送仅为" in dict(findings[0].explanation)["相反线索"]


@pytest.mark.parametrize("name, internal", [
    ("局机关各科室", True), ("局属各单位", True), ("机关各科室", True), ("厅机关各处室", True), ("委属各单位", True),
    ("局各直属单位", True), ("各直属单位", True), ("人事科", True), ("市社会保险事业管理中心", True),
    ("各县（区）人力资源和社会保障局", False), ("市财政局", False), ("自治区人力资源和社会保障厅", False),
    ("各有关单位", False), ("各用人单位", False),
])
def test_internal_recipient_at_any_level(config, name, internal):
    from classifiers.rules._text import normalise
    from classifiers.rules.nature import is_internal_recipient

    depts = frozenset(normalise(d) for d in config["nature"].departments)
    assert is_internal_recipient(name, depts) is internal


def test_a_report_alone_is_no_evidence(gongwen, run):
    """The annual 政府信息公开工作年度报告 is published: 报告 without a superior recipient says nothing."""
    doc = gongwen("中卫市人力资源和社会保障局2026年政府信息公开工作年度报告", ["现将年度报告公布如下。"], recipients=None,
                  notes=["（此件公开发布）"])
    assert run(NatureRule, doc) == ([], [])


def test_a_reply_to_a_firm_is_not_a_reply_to_a_department(gongwen, run):
    """第三条（一）: 答复有关部门意见 → 不公开; a 复函 answering a company's policy question is not that."""
    doc = gongwen("关于某物流有限公司咨询稳岗返还政策有关问题的复函", ["你公司来函收悉。现就有关问题答复如下。"],
                  recipients="某物流有限公司：", notes=["（此件主动公开）"])
    assert run(NatureRule, doc) == ([], [])
    to_dept = gongwen("关于对《就业促进规划（征求意见稿）》意见的复函", ["现将我局意见函复如下。"],
                      recipients="市发展和改革委员会：", notes=["（此件主动公开）"])
    assert [f.subtype for f in run(NatureRule, to_dept)[0]] == ["reply"]


def test_a_page_with_no_red_head_is_titled_by_its_first_line(run):
    """A 公示 saved as a page: no 红头, the first line (with an issue number in brackets) is the title, so a
    penalty list marked 不予公开 is read as what it is."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    lines = ["澄川市人力资源和社会保障局劳动保障监察行政处罚信息公示（2026年第4期）",
             "依据行政执法公示制度，现将本季度作出的行政处罚决定公示如下。",
             "澄川市某某劳务有限公司，未按规定存储工资保证金，罚款3万元。", "对公示内容有异议的，请在10个工作日内书面提出。",
             "澄川市人力资源和社会保障局", "2026年10月9日", "公开方式：不予公开"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    findings, _ = run(NatureRule, Document("t.docx", "0" * 64, "docx", zoned, fields))
    assert [f.code for f in findings] == ["LABEL_MISMATCH"]


def test_an_oa_exports_form_fields_are_not_its_title(run):
    """拟稿单位：… 缓急：平件 ==== above the title: the title is the first line after them that ends in a 文种."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    lines = ["【某县人力资源和社会保障局·协同办公系统·发文稿导出】", "文　　号：某人社发〔2026〕21号",
             "拟稿单位：县人社局劳动关系股　　拟 稿 人：某某", "缓　　急：平件", "========================================",
             "关于表彰2025年度和谐劳动关系企业的决定", "各乡镇人民政府，县直各单位：",
             "为营造和谐劳动关系，经公示无异议，决定对以下10家企业予以表彰。", "某县人力资源和社会保障局", "2026年3月2日",
             "公开属性：不予公开"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    findings, _ = run(NatureRule, Document("t.txt", "0" * 64, "txt", zoned, fields))
    assert [f.code for f in findings] == ["LABEL_MISMATCH"]


def test_an_internal_word_inside_a_reforms_quoted_name_is_not_the_subject(gongwen, run):
    doc = gongwen("关于推行“机关内部最多跑一次”改革的通知", ["为减少办事往返，现推行改革，事项清单在门户网站公布。"],
                  notes=["（此件公开发布）"])
    assert run(NatureRule, doc)[0] == []
