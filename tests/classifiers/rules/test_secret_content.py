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
