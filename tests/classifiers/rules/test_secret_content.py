"""SECRET_CONTENT: unmarked content that looks secret (保密审查第五条（二）、第八条) and its traps."""

from __future__ import annotations

import pytest

from classifiers.rules.secret_content import SecretContentRule

TITLE = "关于做好2027年元旦期间值班工作的通知"
BASE = ["为做好元旦期间值班工作，现将有关事项通知如下。"]


@pytest.mark.parametrize("passage, subtype", [
    ("附件所列2026年下半年事业单位公开招聘笔试试题及参考答案，请于考试前妥善保管。", "exam"),
    ("拟暗访单位名单：市区建筑工地3处、餐饮企业5家。", "inspection"),
    ("经检测，社保经办系统存在弱口令和3个高危漏洞。", "security"),
    ("经局党组研究，拟任人选为就业促进科副科长一名。", "personnel"),
    ("本次考试启用前，题目和答案由专人保管。", "exam"),  # two weak signals
    # patterns for wording the lists do not hold
    ("本次鉴定考核的实操题目和评分细则已定稿。", "exam"),
    ("门户网站后台仍使用默认密码，存在被入侵风险。", "security"),
    ("拟对以下用人单位开展不预先通知的专项检查：某某公司等4家。", "inspection"),
    ("局党组会议确定的干部调整方案尚未公布。", "personnel"),
])
def test_found(gongwen, run, passage, subtype):
    doc = gongwen(TITLE, BASE + [passage], recipients="局机关各科室：", notes=["（此件依申请公开）"])
    findings, _ = run(SecretContentRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("SECRET_CONTENT", subtype)]
    assert "第八条" in findings[0].message


@pytest.mark.parametrize("passage", [
    "各单位要对计算机弱口令、未修复漏洞等问题开展自查，严格落实保密管理责任。",  # a rule being stated
    "报名时间为2027年1月5日至1月20日，考试科目为《综合应用能力》。",
    "采取明察暗访方式，随机抽查用人单位工资支付情况。",  # one weak signal only
    "各单位要加强防火墙等安全防护。",
    "请参保人员妥善保管社会保障卡密码，防止密码泄露。",
    "干部调整方案已于11月公示。",
])
def test_traps(gongwen, run, passage):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    assert run(SecretContentRule, doc)[0] == []


def test_marked_document_is_the_marking_rules(gongwen, run):
    doc = gongwen(TITLE, BASE + ["拟暗访单位名单：市区建筑工地3处。"], head=["秘密★1年"], notes=["（此件不予公开）"])
    assert run(SecretContentRule, doc)[0] == []


def test_bad_pattern_fails_at_start_up():
    from classifiers import load_config
    from extractors.errors import ConfigError

    with pytest.raises(ConfigError):
        load_config(overrides={"secret_content": {"patterns": ["exam|(unclosed"]}})
    with pytest.raises(ConfigError):
        load_config(overrides={"mixed_content": {"patterns": ["no category here"]}})


def test_a_kind_of_risk_named_in_awareness_training_is_not_a_weakness(gongwen, run):
    doc = gongwen("关于开展网络安全宣传周活动的通知", ["本周三下午请网络中心工程师讲解弱口令、仿冒网站等常见风险的防范知识。",
                                                 "讲座地点在四楼会议室。"], notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "security"] == []


def test_exam_words_in_a_results_notice_after_marking_are_not_a_secret(gongwen, run):
    doc = gongwen("关于公布2026年度职业资格考试成绩的公告", ["本年度考试阅卷工作已全部结束，现将成绩公布如下。",
                                                   "考生对成绩有异议的，可申请复核，复核不调阅试卷和答案。"], notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "exam"] == []


def _with_table(lines_before, cells, lines_after, config):
    """A 公文 whose body holds a table (rows of cells) between paragraphs, zoned as the extractor would."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    head = ["临川市人力资源和社会保障局文件", "临人社发〔2026〕31号"]
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(head + lines_before)]
    for r, row in enumerate(cells):
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    for t in lines_after + ["临川市人力资源和社会保障局", "2026年9月1日", "（此件主动公开）"]:
        blocks.append(Block(BlockKind.PARAGRAPH, t, Position(block=len(blocks))))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.docx", "0" * 64, "docx", zoned, fields)


def test_a_table_is_read_with_its_caption(run, config):
    """Examiners named in the cells under a caption, the interview a fortnight after the document: the matter."""
    doc = _with_table(["关于做好2026年事业单位招聘面试工作的通知", "各有关单位：", "面试定于9月15日在市人才大厦举行。",
                       "各考场考官安排表"],
                      [("考场", "主考官", "考官"), ("第一考场", "葛振东", "苗雨晴"), ("第二考场", "殷思远", "祁晓光")],
                      ["请各考官所在单位支持。"], config)
    findings, _ = run(SecretContentRule, doc)
    (f,) = [x for x in findings if x.subtype == "review_panel"]
    assert "表格" in f.message and dict(f.explanation)["where"].startswith("表格")


def test_a_deadline_in_a_task_table_is_not_a_release_the_figures_await(run, config):
    doc = _with_table(["关于印发2026年全市人社重点工作任务分解表的通知", "各科室：", "现将任务分解表印发给你们。",
                       "重点工作任务分解表"],
                      [("任务", "目标", "完成时限"), ("城镇新增就业", "4.5万人", "12月底"), ("技能培训", "3万人次", "11月底")],
                      ["请抓好落实。"], config)
    findings, _ = run(SecretContentRule, doc)
    assert [f for f in findings if f.subtype in ("release", "scores")] == []


def test_figures_announced_by_a_following_table_belong_to_the_sentence(gongwen, run):
    """按以下标准先行测算，待省里方案印发后导入: the figures stand in the lines after that sentence."""
    doc = gongwen("关于提前做好退休人员基本养老金调整测算的通知",
                  ["二、测算标准。我县按以下标准先行测算基本养老金调整额，待省里正式方案印发后再导入发放。",
                   "定额调整｜每人每月增加26元", "挂钩调整｜缴费年限每满1年增加1.1元"], notes=["（此件主动公开）"])
    assert [f.subtype for f in run(SecretContentRule, doc)[0]] == ["adjustment"]


def test_cheating_rules_and_informant_protection_are_rules_not_matters(gongwen, run):
    cheating = gongwen("关于2026年度职称外语考试考务安排的公告",
                       ["根据有关规定，在考试中组织作弊、非法出售或者提供考试试题和答案的，依法追究刑事责任。"], notes=["（此件主动公开）"])
    protect = gongwen("关于市政协第36号提案的答复",
                      ["我局对举报人信息实行分级授权查看，调查时不得向被调查单位透露举报人信息。"], notes=["（此件主动公开）"])
    assert run(SecretContentRule, cheating)[0] == [] and run(SecretContentRule, protect)[0] == []


def test_a_sentence_pointing_at_what_follows_takes_its_figures_from_the_next_lines(config):
    from classifiers.scope import find_matters

    kb = config["secrecy_scope"].kb()
    rows = "\n定额调整｜每人每月增加26元\n挂钩调整｜缴费年限每满1年增加1.1元"
    pointing = "二、测算标准。我县按以下标准先行测算基本养老金调整额，待省里正式方案印发后再导入发放。" + rows
    plain = "二、测算标准。我县先行测算基本养老金调整额，待省里正式方案印发后再导入发放。" + rows
    assert [h.matter.id for h in find_matters(pointing, kb)] == ["adjustment_plan"]
    assert find_matters(plain, kb) == []


def test_a_fund_forecast_is_a_matter_and_a_fund_report_is_not(config):
    from classifiers.scope import find_matters

    kb = config["secrecy_scope"].kb()
    ahead = "按目前收支走势推算，失业保险基金累计结余年底将降至3.1亿元，预计明年三季度出现收不抵支。"
    past = "上年末失业保险基金累计结余5.6亿元，可支付月数为21个月（数据来源：年度统计公报）。"
    assert [h.matter.id for h in find_matters(ahead, kb)] == ["fund_forecast"]
    assert find_matters(past, kb) == []


def test_a_plan_awaiting_review_or_filing_is_pending(config):
    from classifiers.scope import find_matters

    kb = config["secrecy_scope"].kb()
    text = "县直事业单位绩效工资总量标准由人均每年2.4万元提高至2.8万元。本方案报市人社局备案后执行，补发时间另行通知。"
    assert [h.matter.id for h in find_matters(text, kb)] == ["adjustment_plan"]


def test_a_weakness_put_right_is_no_longer_one(gongwen, run):
    doc = gongwen("关于网络安全自查整改情况的通报", ["一是完善了账号和口令管理，清理共用账号12个。",
                                           "二是建立了每季度一次的漏洞扫描机制。"], notes=["（此件依申请公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "security"] == []


def test_not_yet_approved_in_any_wording_and_the_procedure_still_ahead(config):
    from classifiers.scope import find_matters

    kb = config["secrecy_scope"].kb()
    plan = "定额部分大概率按每人每月27元，挂钩部分每满1年加1.1元，基本养老金调整的省方案还在走报批程序。"
    cadre = "局党组会议研究，拟提拔就业科科长周明同志为副局长人选，目前正在组织考察，考察结束后再按程序公示。"
    violation = "二、用人单位未按规定向职工公布工资支付办法的，由劳动保障监察机构责令改正。"
    school = "学校董事会已决定将学费由每年1.5万元上调至1.8万元，尚未对外发布，相关补助另行研究。"
    assert [h.matter.id for h in find_matters(plan, kb)] == ["adjustment_plan"]
    assert [h.matter.id for h in find_matters(cadre, kb)] == ["personnel_pre_publicity"]
    assert find_matters(violation, kb) == [] and find_matters(school, kb) == []
