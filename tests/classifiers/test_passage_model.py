"""The passage model: export round trip, the batch tokens, the audit check, folding and routing."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from classifiers.config import load_config
from classifiers.decision import decide
from classifiers.model import Code, Decision, Finding, Severity
from classifiers.passage_model import fold_into_rules, load_model
from classifiers.passage_model.check import RESTRICTION, SUBTYPE, PassageModelCheck, declared_restriction, paragraphs, restriction
from classifiers.passage_model.predictor import PassageModel
from classifiers.registry import AuditContext
from extractors.model import Block, BlockKind, Document, Position, Zone
from samples.passage_corpus.dev import build


@pytest.fixture(scope="module")
def fitted():
    from classifiers.passage_model.training import export, fit

    ex = build(300, 3)
    vec, clf, words = fit(ex)
    buf = io.BytesIO()
    np.savez(buf, **export(vec, clf, words))
    buf.seek(0)
    return vec, clf, PassageModel.load(buf), Analyzer(words)


from classifiers.model_classifier.features import Analyzer  # noqa: E402


def test_export_round_trip_equals_sklearn_probabilities(fitted):
    vec, clf, model, _ = fitted
    texts = [t for t, _ in build(120, 99)] + ["", "  ", "abc 123", "（此件公开发布）", "𠀀字 罕见字符"]
    sk = clf.predict_proba(vec.transform(texts))
    ours = model.score(texts).proba[:, [model.classes.index(c) for c in clf.classes_]]
    assert np.abs(sk - ours).max() < 1e-6


def test_batch_tokens_equal_the_attribute_models_analyzer(fitted):
    vec, _, model, analyzer = fitted
    texts = [t for t, _ in build(60, 5)] + ["各单位 要严格 落实保密制度", "x", "　前后有空白\t ", "（此件公开发布）本段2027年", ""]
    _check_tokens(vec, model, analyzer, texts)
    _check_tokens(vec, model, analyzer, texts + ["一段\n换行的文字 公开方式：主动公开\n下一行"])  # the one-by-one path


def _check_tokens(vec, model, analyzer, texts):
    rows, feats, _ = model.features(texts)
    for i, t in enumerate(texts):
        want = {vec.vocabulary_[x] for x in analyzer(t) if x in vec.vocabulary_}
        got = {vec.vocabulary_[model.terms[f]] for f in feats[rows == i]}
        assert got == want


def _doc(*paras: str, element: str | None = None) -> Document:
    blocks = [Block(BlockKind.PARAGRAPH, p, Position(block=i), zone=Zone.BODY, element=element) for i, p in enumerate(paras)]
    return Document(source="t.docx", sha256="0" * 64, format="docx", blocks=tuple(blocks))


def _run(doc: Document, attribute: str | None, **cfg) -> list[Finding]:
    config = load_config(overrides={"passage_model": cfg} if cfg else None)
    ctx = AuditContext(document=doc, config=config, attribute=attribute, marking=None)
    return list(PassageModelCheck()(doc, ctx))


SECRET = "拟提名周某某为市就业服务中心副主任人选，民主推荐得票率百分之八十六，任前公示前请严格保密。"
#: A rule being stated (not in the dev set, not in any writer's words): 保密, 涉密, 内部, 不得 — and public.
PUBLIC_TRAP = "全市人社系统要加强保密教育，严禁通过微信等渠道传递涉密材料，内部资料一律不得在互联网上存储。"


def test_model_alone_finding_escalates_with_its_reason():
    out = _run(_doc("为做好就业见习工作，现将有关事项通知如下。", SECRET), "主动公开")
    (f,) = [x for x in out if x.code == Code.SECRET_CONTENT]
    assert f.source == "model" and f.subtype == SUBTYPE and f.position.block == 1
    ex = dict(f.explanation)
    assert ex["model_class"] == "疑似涉密内容" and ex["top_terms"] and "段落" in f.message and "依据词" in f.message
    routing = decide((f,), "主动公开", load_config()["decision"])
    assert routing.decision == Decision.ESCALATE and routing.opinion.verdict == "需报审"


def test_mixed_content_by_the_model_escalates_not_returns():
    f = Finding(code=Code.MIXED_CONTENT, severity=Severity.MEDIUM, message="m", rule="r", subtype=SUBTYPE, source="model")
    assert decide((f,), "主动公开", load_config()["decision"]).decision == Decision.ESCALATE


def test_public_paragraph_with_hard_negative_words_does_not_fire():
    assert _run(_doc(PUBLIC_TRAP), "主动公开") == []


def test_marking_lines_and_element_lines_are_not_read():
    doc = _doc(SECRET, element="附注")
    assert paragraphs(doc, 16) == []
    assert _run(doc, "主动公开", threshold=0.3) == []
    assert paragraphs(_doc("（此件公开发布）"), 5) == []


def test_disabled_is_silent():
    assert _run(_doc(SECRET), "主动公开", enabled=False) == []


def test_a_rule_finding_on_the_same_paragraph_takes_the_models_reading():
    (m,) = [x for x in _run(_doc("为做好就业见习工作，现将有关事项通知如下。", SECRET), None) if x.code == Code.SECRET_CONTENT]
    rule = Finding(code=Code.SECRET_CONTENT, severity=Severity.HIGH, message="规则", rule="r", subtype="personnel",
                   position=Position(block=1, start=0, end=4), explanation=(("signal", "拟提名"),))
    other = Finding(code=Code.SECRET_CONTENT, severity=Severity.HIGH, message="规则", rule="r", position=Position(block=0))
    out = fold_into_rules([rule, other, m])
    assert m not in out and len(out) == 2
    ex = dict(out[0].explanation)
    assert ex["signal"] == "拟提名" and ex["model_score"].startswith("疑似涉密内容") and "依据词" in ex["model_score"]
    assert out[1] is other
    assert fold_into_rules([other, m]) == [other, m]  # another paragraph: the model's finding stands


def test_shipped_model_loads_and_is_small():
    from classifiers.passage_model.check import default_model_path

    m = load_model()
    assert set(m.classes) == {"public", "internal", "secret", "commercial", "personal"}
    assert default_model_path().stat().st_size < 2 * 1024 * 1024


def test_training_rejects_unknown_labels():
    from classifiers.passage_model.training import fit

    with pytest.raises(ValueError, match="confidential"):
        fit([("一段文字", "confidential")])


def test_audit_imports_neither_sklearn_nor_jieba_with_the_passage_model(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("关于做好就业见习工作的通知\n\n" + SECRET + "\n\n（此件公开发布）\n", encoding="utf-8")
    code = ("import sys; from flows.cli import main; main(['audit', '--json', %r]); "
            "import classifiers.passage_model.predictor; "
            "bad = [m for m in ('sklearn', 'jieba', 'scipy') if m in sys.modules]; assert not bad, bad") % str(p)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_labels_cover_every_class_in_the_dev_set():
    assert set(Counter(y for _, y in build(50, 1))) == {"public", "internal", "secret", "commercial", "personal"}


def test_a_rule_stated_to_the_units_is_not_an_internal_passage():
    text = "各单位要严格执行保密制度，内部资料一律不得对外提供，尚未定稿的文件不得擅自转发。"
    assert _run(_doc(text), "主动公开", threshold=0.3) == []
    # the same words pointing at this very passage do label it
    out = _run(_doc("本段所列数据仅供内部掌握，各单位一律不得对外提供。"), "主动公开", threshold=0.3)
    assert [f.code for f in out] == [Code.MIXED_CONTENT]


def test_no_model_mixed_content_beside_a_whole_document_finding():
    (m,) = _run(_doc("本段所列数据仅供内部掌握，各单位一律不得对外提供。"), "主动公开", threshold=0.3)
    nature = Finding(code=Code.LABEL_MISMATCH, severity=Severity.HIGH, message="性质", rule="r", subtype="internal")
    assert fold_into_rules([nature, m]) == [nature]
    weak = Finding(code=Code.LABEL_MISMATCH, severity=Severity.LOW, message="提示", rule="r", subtype="weak_evidence")
    assert fold_into_rules([weak, m]) == [weak, m]


def test_a_decision_announced_is_not_read_as_a_secret_by_the_model_alone():
    """A 任免通知's paragraph (研究决定 … 任 … 免去 …) is the appointment made public, not a nominee before 公示."""
    appointed = "经局党组研究决定：马文同志任社会保险科科长（试用期一年）；免去刘倩同志社会保险科科长职务。"
    assert [f for f in _run(_doc(appointed), "依申请公开", threshold=0.3) if f.code == Code.SECRET_CONTENT] == []
    # the nominee before the 公示 stays what the model says
    assert [f.code for f in _run(_doc(SECRET), "依申请公开")] == [Code.SECRET_CONTENT]


def test_a_fragment_needs_a_surer_reading_than_a_paragraph():
    """A one-line fragment under short_chars speaks only at short_threshold (real pages: a news link, one clause)."""
    fragment = "拟提名人选得票情况：王某某得票21票"  # read secret at 0.997
    assert len(fragment) < 30
    assert _run(_doc(fragment), "依申请公开", threshold=0.3, short_threshold=0.3, min_class=0.0)  # a loose threshold: it speaks
    assert _run(_doc(fragment), "依申请公开", threshold=0.3, short_threshold=0.999, min_class=0.0) == []


def test_a_heading_just_above_a_flagged_passage_folds_into_it():
    """The model reading a short caption (某公司成本核算) and a detector flagging the table under it are one
    passage to the clerk: one finding, with the model's reading beside the detector's evidence."""
    from dataclasses import replace as _replace

    def model_at(block: int, passage: str) -> Finding:
        return Finding(code=Code.MIXED_CONTENT, severity=Severity.MEDIUM, message="模型", rule="r", subtype=SUBTYPE,
                       source="model", position=Position(block=block), confidence=0.9,
                       explanation=(("model_class", "疑似商业秘密"), ("passage", passage), ("top_terms", ("核算 +0.5",))))

    caption = model_at(4, "澄川市某某机电有限公司技能培训成本核算")
    table = Finding(code=Code.COMMERCIAL_SECRET, severity=Severity.HIGH, message="检测", rule="r", subtype="pricing",
                    source="detector", position=Position(block=5), explanation=(("content_kind", "成本构成"),))
    out = fold_into_rules([caption, table])
    assert caption not in out and len(out) == 1 and "model_score" in dict(out[0].explanation)
    # a long paragraph two blocks up is a passage of its own: it stands
    long = _replace(caption, explanation=(("model_class", "内部掌握内容"), ("passage", "各县（区）" * 12)))
    assert fold_into_rules([long, table]) == [long, table]


def test_an_internal_reading_folds_into_a_rule_secret_as_a_line_of_it():
    """A document a rule already sends to the secrecy review: a passage read as internal (the model's or a
    restriction's) is not a second finding sending it back too; the secret finding lists the passage."""
    def model_mixed(block: int, secret: float, passage: str) -> Finding:
        return Finding(code=Code.MIXED_CONTENT, severity=Severity.MEDIUM, message="模型", rule="r", subtype=SUBTYPE,
                       source="model", position=Position(block=block), confidence=0.5,
                       explanation=(("model_class", "内部掌握内容"), ("passage", passage),
                                    ("probabilities", {"internal": 0.5, "secret": secret, "public": 0.5 - secret})))

    rule = Finding(code=Code.SECRET_CONTENT, severity=Severity.HIGH, message="规则", rule="r", subtype="exam",
                   position=Position(block=2))
    split, internal = model_mixed(7, 0.4, "命题期间不得与外界联系"), model_mixed(9, 0.02, "窗口统一答复以正式公布为准")
    (out,) = fold_into_rules([rule, split, internal])
    assert out.code == Code.SECRET_CONTENT
    assert dict(out.explanation)["also_internal"] == "“命题期间不得与外界联系”；“窗口统一答复以正式公布为准”"
    assert fold_into_rules([split]) == [split]  # no rule secret: the reading stands


def test_a_reading_that_names_no_kind_is_not_raised():
    """The same paragraph raised at the default floor is silent when its named class must be surer than it is."""
    out = _run(_doc("为做好就业见习工作，现将有关事项通知如下。", SECRET), "主动公开")
    assert out
    p = dict(out[0].explanation)["class_probability"]
    assert _run(_doc("为做好就业见习工作，现将有关事项通知如下。", SECRET), "主动公开", min_class=min(1.0, p + 0.01)) == []
    with pytest.raises(Exception, match="min_class"):
        _run(_doc("x" * 20), None, min_class=1.5)


# --- a paragraph that restricts its own content, read as not public (model + words) -----------------------

#: Written for these tests: a budget note the drafter keeps back, and a rule for every clerk.
KEPT_BACK = "附带说明：今年培训补贴预计缺口约三百六十万元，拟从下半年起压缩审核节奏，此节只在局财务科和就业科之间流转，公告印发时删去。"
CLERKS_RULE = "经办人员办理业务时不得向无关人员透露参保人的缴费记录，窗口应当做好解释工作。"


def test_restriction_words_are_found_as_a_grammar():
    cfg = load_config()["passage_model"]
    for text, words in (("此节只在局财务科和就业科之间流转", "只在局财务科和就业科之间流转"), ("降幅暂不向社会说明", "暂不向社会说明"),
                        ("该表不随公告刊发", "不随公告刊发"), ("内部备注：预计缺口较大", "内部备注"),
                        ("本页测算仅供两个科室核算", "仅供两个科室核算")):
        assert restriction(text, cfg) == words, text
    # a condition (…不完备的应及时告知) and plain prose restrict nothing
    for text in ("要件不完备的应及时告知申请人补正", "补贴资金按季度拨付到位", "符合条件的人员均可申请"):
        assert restriction(text, cfg) is None, text


def test_a_restricted_passage_read_as_internal_is_returned_below_the_model_threshold():
    out = _run(_doc("为做好职业技能培训补贴发放工作，现将有关事项通知如下。", KEPT_BACK), "主动公开",
               threshold=0.999, corroborated_threshold=0.3)
    (f,) = out
    assert f.code == Code.MIXED_CONTENT and f.subtype == RESTRICTION and f.source == "rule" and f.position.block == 1
    ex = dict(f.explanation)
    assert ex["restriction"] == "只在局财务科和就业科之间流转" and ex["model_score"].startswith(("内部掌握内容", "疑似"))
    assert "限定" in f.message and "只在局财务科" in f.message
    assert decide((f,), "主动公开", load_config()["decision"]).decision == Decision.RETURN
    # the same paragraph in a document that is not 主动公开 carries nothing into the public
    assert [x for x in _run(_doc(KEPT_BACK), "依申请公开", threshold=0.999, corroborated_threshold=0.3)
            if x.code == Code.MIXED_CONTENT] == []


def test_a_rule_for_the_clerks_is_not_a_restricted_passage_when_the_model_reads_it_public():
    cfg = load_config()["passage_model"]
    assert restriction(CLERKS_RULE, cfg) is not None  # the words alone are how a rule is written, too
    assert _run(_doc(CLERKS_RULE), "主动公开") == []


def test_a_list_row_read_as_personal_is_the_detectors_not_the_models():
    row = "3 | 市社会福利院 | 护理员 | 韩* | 女 | 410***********522X | 78.5 | 拟聘用"
    out = _run(_doc(row), "主动公开", threshold=0.05, min_class=0.0)
    assert all(dict(f.explanation).get("model_class") != "个人隐私" for f in out)


def test_a_commercial_reading_by_the_model_alone_is_a_commercial_secret_to_escalate():
    firm = "经核查，该培训学校去年学费收入四百一十二万元，教师课酬每课时一百八十元，场地年租金六十五万元，净利润约五十万元。"
    out = [f for f in _run(_doc(firm), "主动公开", threshold=0.3) if f.source == "model"]
    assert out and all(f.code == Code.COMMERCIAL_SECRET and f.subtype == SUBTYPE for f in out)
    assert decide(tuple(out), "主动公开", load_config()["decision"]).decision == Decision.ESCALATE


def test_a_nature_that_says_do_not_publish_is_a_line_of_the_secret_finding():
    rule = Finding(code=Code.SECRET_CONTENT, severity=Severity.HIGH, message="规则", rule="r", subtype="personnel",
                   source="rule", position=Position(block=4))
    minutes = Finding(code=Code.LABEL_MISMATCH, severity=Severity.HIGH, message="性质", rule="r", subtype="minutes", source="rule",
                      explanation=(("nature", "本机关党组会议的会议纪要"), ("expected", "依申请公开")))
    (out,) = fold_into_rules([rule, minutes])
    assert out.code == Code.SECRET_CONTENT and dict(out.explanation)["also_mismatch"] == "本机关党组会议的会议纪要（应为依申请公开）"
    # a nature that says publish waits for the review (after 非密处理 it may well be published): a line too, not a return
    from dataclasses import replace as _replace

    public = _replace(minutes, explanation=(("nature", "主题为群众待遇标准"), ("expected", "主动公开")))
    (out,) = fold_into_rules([rule, public])
    assert dict(out.explanation)["also_public_nature"] == "主题为群众待遇标准（应为主动公开）"
    assert "also_mismatch" not in dict(out.explanation)


def test_a_passage_that_declares_itself_restricted_needs_no_model_reading():
    """In brackets, after a word pointing at itself, or as an internal scope: the words say what the passage is."""
    cfg = load_config()["passage_model"]
    for text, words in (("五、补充事项（此段不在公众号转发）：拟对三个县区先行试点。", "不在公众号转发"),
                        ("三、备用安排。此项只在人事科和办公室之间掌握：如报名人数不足则合并岗位。", "只在人事科和办公室之间掌握"),
                        ("联络人名单供系统内日常联系使用，调度材料走内网。", "供系统内日常联系使用")):
        assert declared_restriction(text, cfg) == words, text
    # a company's name, a condition, a rule for everyone: no declaration
    for text in ("临川重工有限公司学徒培训成本核算表", "只要符合条件的企业均可使用该平台申报",
                 "经办人员不得向无关人员透露参保人的缴费记录"):
        assert declared_restriction(text, cfg) is None, text
    out = _run(_doc("为做好技能培训补贴发放工作，现将有关事项通知如下。", "五、补充事项（此段不在公众号转发）：拟对三个县区先行试点，试点资金另行安排。"),
               "主动公开")
    (f,) = [x for x in out if x.subtype == RESTRICTION]
    assert f.code == Code.MIXED_CONTENT and "自称限定" in f.message and dict(f.explanation)["restriction"] == "不在公众号转发"
    assert decide((f,), "主动公开", load_config()["decision"]).decision == Decision.RETURN


def test_no_public_paragraph_of_the_writers_declares_itself_restricted():
    """The passage corpus's 2,874 public paragraphs (three writers and the public pages): none declares itself.
    Of the evaluation sets' public paragraphs the few that do (an annual report's categories) read plainly
    public, under the floor, so the check stays silent on them."""
    from samples.passage_corpus import corpus, judgement_sets

    cfg = load_config()["passage_model"]
    assert [p.text[:40] for p in corpus(sets=False) if p.label == "public" and declared_restriction(p.text, cfg)] == []
    declaring = [p.text for p in judgement_sets() if p.label == "public" and declared_restriction(p.text, cfg)]
    scores = load_model().score(declaring) if declaring else None
    assert all(scores.non_public(i)[2] < cfg.declared_floor for i in range(len(declaring)))


def test_a_firms_own_request_not_to_disclose_is_a_commercial_secret():
    firm = ("经核查，临川锐新电池材料有限公司在申报材料中注明“第3至5页为本公司技术资料，请勿对外”，"
            "其隔膜涂覆浆料配比为陶瓷粉∶粘结剂∶溶剂=3∶1∶6，烘箱温度85℃，良品率96.2%。")
    out = _run(_doc("为做好高新技术企业认定工作，现将有关事项通知如下。", firm), "主动公开", corroborated_threshold=0.3)
    (f,) = [x for x in out if x.subtype == RESTRICTION]
    assert f.code == Code.COMMERCIAL_SECRET and "不对外的经营、技术信息" in f.message
    assert decide((f,), "主动公开", load_config()["decision"]).decision == Decision.RETURN


def test_a_disclaimer_and_a_report_category_are_not_restrictions():
    cfg = load_config()["passage_model"]
    assert restriction("以上案例仅供参考，不作为裁判依据。", cfg) is None
    # a 政府信息公开 annual report's category counted (不予公开10件, 禁止公开0件): a statistic, not a restriction
    stats = "本年度收到申请42件，不予公开10件（其中属于国家秘密0件，其他法律行政法规禁止公开0件）。"
    assert declared_restriction(stats, cfg) is None and restriction(stats, cfg) is None
    assert [f for f in _run(_doc(stats), "主动公开") if f.subtype == RESTRICTION] == []


def test_internal_passages_fold_into_a_rule_secret_and_into_a_commercial_secret_of_their_paragraph():
    secret = Finding(code=Code.SECRET_CONTENT, severity=Severity.HIGH, message="规则", rule="r", subtype="inspection",
                     source="rule", position=Position(block=3))
    phrase = Finding(code=Code.MIXED_CONTENT, severity=Severity.HIGH, message="内部传阅", rule="r", subtype="internal",
                     source="rule", position=Position(block=6), evidence="本表内部传阅")
    (out,) = fold_into_rules([secret, phrase])
    assert out.code == Code.SECRET_CONTENT and "本表内部传阅" in dict(out.explanation)["also_internal"]
    firm = Finding(code=Code.COMMERCIAL_SECRET, severity=Severity.HIGH, message="成本", rule="r", subtype="pricing",
                   source="rule", position=Position(block=6))
    assert fold_into_rules([firm, phrase]) == [firm]
    elsewhere = Finding(code=Code.COMMERCIAL_SECRET, severity=Severity.HIGH, message="成本", rule="r", subtype="pricing",
                        source="rule", position=Position(block=9))
    assert fold_into_rules([elsewhere, phrase]) == [elsewhere, phrase]


def test_how_staff_are_told_to_handle_the_public_declares_itself():
    """A line for outside against the real state, a pretext to use, papers for the leadership, a negotiating limit:
    the passage says what it is (fresh wording, after sets I and J became tuning data)."""
    cfg = load_config()["passage_model"]
    for text, words in (
            ("关于网点暂停营业一事，对外统一解释为“系统升级”，实际原因是房屋安全鉴定未通过。", "对外统一解释为"),
            ("对超过申领时限的企业，经办窗口可先以“补充材料”为由暂缓受理，待资金到位后再办理。", "可先以“补充材料”为由"),
            ("附件3为各候选单位考察情况，供局领导研究时参阅。", "供局领导研究时参阅"),
            ("与场地方洽谈时以不超过每天800元为限，超出部分由办公室另行协调。", "洽谈时以不超过每天800元为限")):
        assert declared_restriction(text, cfg) == words, text
    # a firm's pretext in a case report, a published answer, a reading list: no declaration
    for text in ("该公司以“资金周转困难”为由长期拖欠工资，监察大队依法责令限期支付。",
                 "对群众关心的问题，我局已在门户网站作出统一答复。",
                 "用人单位不得以“试用期”为由拒绝为劳动者缴纳社会保险费。"):
        assert declared_restriction(text, cfg) is None, text


def test_internal_headings_and_answers_to_give_declare_their_passage():
    """内部办理要求：…, 内控审核尺度, （承办人备注：…）, 有人问起就说…, 这一条…不要写进公告 (fresh wording)."""
    cfg = load_config()["passage_model"]
    for text, words in (
            ("六、内部办理要求：涉及区属国企的案件，立案前先报分管领导。", "内部办理要求"),
            ("以下三条是内控审核尺度，仅在初审时把握。", "内控审核尺度"),
            ("（承办人备注：已与提案人电话沟通，对方仍有意见。）", "承办人备注："),
            ("年龄可放宽到57周岁，但这一条不要写进公告，有人问起就说按规定审核。", "不要写进")):
        assert declared_restriction(text, cfg) == words, text
    for text in ("各地要建立健全内部控制制度，规范审核流程。", "咨询有关政策问题，可拨打12333，工作人员将当场答复。"):
        assert declared_restriction(text, cfg) is None, text


def test_the_attribute_models_hint_gives_way_to_the_passage_that_explains_it():
    from classifiers.model import Finding

    rule = Finding(code=Code.COMMERCIAL_SECRET, severity=Severity.MEDIUM, message="商业秘密", rule="r", subtype="pricing",
                   source="detector", position=Position(block=6))
    hint = Finding(code=Code.LABEL_MISMATCH, severity=Severity.LOW, message="模型提示", rule="r", subtype="model",
                   source="model", position=Position(block=0))
    assert fold_into_rules([rule, hint]) == [rule]
    assert fold_into_rules([hint]) == [hint]


def test_a_subsidy_paid_to_a_named_firm_is_not_read_as_its_secret():
    from classifiers.passage_model.check import _public_figures_only

    assert _public_figures_only("3.澄川市宏图新材料有限公司：吸纳就业42人，拨付一次性吸纳就业补贴12.6万元；")
    assert not _public_figures_only("澄川市宏图新材料有限公司去年营业收入3.2亿元，拨付补贴12.6万元。")


def test_a_note_to_strike_before_release_declares_its_passage():
    cfg = load_config()["passage_model"]
    for text, words in (("（以下数据为局内测算，对外答复时删去）全市需补贴约2.4万人。", "局内测算"),
                        ("注：本表为内部工作联系用，联系人变动请及时报办公室。", "内部工作联系用")):
        assert declared_restriction(text, cfg) == words, text


def test_a_note_and_a_line_kept_back_declare_their_passage():
    cfg = load_config()["passage_model"]
    for text, words in (("注：报名时可顺带了解企业用工情况，不要向企业说明用途。", "不要向企业说明"),
                        ("说明：其中10个岗位定向预留，内部把握，不在招聘公告中列明。", "内部把握")):
        assert declared_restriction(text, cfg) == words, text


def test_a_price_the_firm_shows_the_public_is_no_secret_of_it_but_its_cost_is():
    """The passage model alone does not read a fee schedule displayed at the counter as a commercial secret."""
    from classifiers.passage_model.check import _public_figures_only

    assert _public_figures_only("望川县启航职业培训学校焊工培训每人收费1200元，收费标准已在招生简章中公示。")
    assert _public_figures_only("某驾驶培训中心小型汽车培训费每人4200元，在报名大厅明码标价。")
    assert not _public_figures_only("该校焊工培训成本每人650元，对外明码标价1200元。")


FIRM_HEAD = "为做好企业用工服务，现将有关情况通报如下。"
FIRM = "据调查，青禾岭机电设备有限公司向两家主机厂配套的电机定子，出厂单价为每台1380元，毛利率约17%，明年拟将产能再扩三成。"


def test_a_firms_passage_with_its_owner_and_figures_is_a_commercial_secret_returned():
    """The model reads the passage as a firm's information, the passage names the firm and gives its figures: not the
    model alone, so returned like the rule's finding, with the owner, the figures and the model's reading said."""
    out = fold_into_rules(_run(_doc(FIRM_HEAD, FIRM), "主动公开"))
    (f,) = out
    assert f.code == Code.COMMERCIAL_SECRET and f.subtype == "owned" and f.source == "rule" and f.position.block == 1
    ex = dict(f.explanation)
    assert ex["organisation"] == "青禾岭机电设备有限公司" and ex["basis"] == "具名组织「青禾岭机电设备有限公司」"
    assert ex["figures"][:2] == ["1380元", "17%"]
    from reports.explain import explain_line

    line = explain_line(f)
    assert "权利人：青禾岭机电设备有限公司" in line and "所载数字：1380元、17%" in line and "段落模型评分：疑似商业秘密" in line
    assert ex["model_score"].startswith("疑似商业秘密") and "_owner" not in ex
    assert "青禾岭机电设备有限公司" in f.message and "1380元" in f.message and "模型" in f.message
    assert decide(tuple(out), "主动公开", load_config()["decision"]).decision == Decision.RETURN


def test_the_owner_may_be_named_by_an_anaphor_or_in_the_paragraph_before():
    head = "三、重点企业青禾岭机电设备有限公司用工情况。"
    for para in ("该公司电机定子出厂单价为每台1380元，毛利率约17%，主要买家为两家主机厂，明年拟将产能再扩三成。",
                 "电机定子出厂单价为每台1380元，毛利率约17%，主要买家为两家主机厂，明年拟将产能再扩三成。"):
        (f,) = fold_into_rules(_run(_doc(head, para), "主动公开"))
        assert f.subtype == "owned" and "青禾岭机电设备有限公司" in dict(f.explanation)["organisation"], para


def test_a_firms_passage_without_figures_or_owner_stays_the_models_to_escalate():
    no_figures = "据调查，青禾岭机电设备有限公司向主机厂配套电机定子，出厂价格与毛利水平均高于同行，明年拟扩大产能。"
    for para in (no_figures, "经核查，该培训学校去年学费收入四百一十二万元，教师课酬每课时一百八十元，场地年租金六十五万元，净利润约五十万元。"):
        out = [f for f in fold_into_rules(_run(_doc(FIRM_HEAD, para), "主动公开", threshold=0.3)) if f.code == Code.COMMERCIAL_SECRET]
        assert all(f.subtype == SUBTYPE and f.source == "model" for f in out), para


def test_an_owned_reading_of_a_passage_the_detector_names_is_a_line_of_the_detectors_finding():
    (m,) = _run(_doc(FIRM_HEAD, FIRM), "主动公开")
    rule = Finding(code=Code.COMMERCIAL_SECRET, severity=Severity.MEDIUM, message="价格", rule="r", subtype="pricing",
                   source="detector", position=Position(block=1, start=40, end=44))
    (f,) = fold_into_rules([rule, m])
    assert f.subtype == "pricing" and dict(f.explanation)["model_score"].startswith("疑似商业秘密")


def test_a_count_before_a_kind_is_no_organisations_name():
    from classifiers.detectors._commercial import orgs

    assert [o.name for o in orgs("两家主机厂和多数学校、部分培训机构")] == []
    assert [o.name for o in orgs("两家青禾岭机电公司的分厂")] == ["青禾岭机电公司"]
    assert [o.name for o in orgs("电机定子出厂单价为每台1380元，进厂检验合格")] == []
