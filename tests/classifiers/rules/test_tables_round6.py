"""Readings added after set U (round 6: an OA system's drafts, whose substance sits in tables), in fresh wording:
a table read with the sentence that introduces it and the note under it, the units its headers give its numbers,
a plain-text table (cells split by tabs) read as a table, a 简报's masthead date, a cancel that holds the whole
state, sample questions published on purpose, a table row that keeps its own remark from the public, and a 批复
granting a private training school its licence."""

from __future__ import annotations

from datetime import date

from classifiers.passage_model.check import PassageModelCheck
from classifiers.rules.nature import NatureRule
from classifiers.rules.secret_content import SecretContentRule, table_passages
from classifiers.scope import find_matters, load_kb
from extractors.model import Block, BlockKind, Document, Position
from extractors.zones import assign_zones

HEAD = ["江临市人力资源和社会保障局文件", "江人社发〔2026〕44号"]
TAIL = ["江临市人力资源和社会保障局", "2026年3月2日", "（此件主动公开）"]


def _doc(before, cells, after, *, tail=TAIL, tabs=False) -> Document:
    """A 公文 whose body holds a table between paragraphs: docx cells, or a .txt's tab-separated lines."""
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(HEAD + before)]
    for r, row in enumerate(cells):
        if tabs:
            blocks.append(Block(BlockKind.PARAGRAPH, "\t".join(row), Position(block=len(blocks))))
            continue
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    for t in after + tail:
        blocks.append(Block(BlockKind.PARAGRAPH, t, Position(block=len(blocks))))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.docx", "0" * 64, "docx", zoned, fields)


_FIGURES = [("项目", "2月"), ("城镇登记失业人员（人）", "6135"), ("失业保险金发放（万元）", "812.4")]
_INTRO = ("二月份各项业务平稳运行，现将主要数据汇总如下。上表数字为各县区3月1日报送的快报数，"
          "省统计部门计划在3月下旬统一对外发布，届时以发布数为准")


def test_a_table_is_read_with_the_sentence_that_introduces_it_and_its_header_units():
    doc = _doc(["关于二月份就业和失业保险运行情况的通报", "各科室：", "二月份业务运行总体平稳。" + _INTRO.replace("上表", "下表")],
               _FIGURES, ["请各科室做好分析。"])
    passages = [t.text for t in table_passages(doc)]
    assert any("6135人" in t and "812.4万元" in t for t in passages), "a header's unit goes with each bare number"
    assert any(t.startswith("下表数字为各县区") for t in passages), "the introducing sentence of a long paragraph"
    assert passages[0].startswith("项目"), "the plain reading (no caption from a long paragraph) is kept"


def test_figures_before_their_release_in_a_table_are_a_secret_by_the_introducing_sentence(run):
    doc = _doc(["关于二月份就业和失业保险运行情况的通报", "各科室：", "二月份业务运行总体平稳。" + _INTRO.replace("上表", "下表")],
               _FIGURES, ["请各科室做好分析。"])
    assert {f.subtype for f in run(SecretContentRule, doc)[0]} == {"release"}


def test_the_note_under_a_table_belongs_to_it(run):
    cells = [("类别", "参考人数", "平均分", "拟定合格线"), ("财会类", "412", "68.5", "60"), ("法律类", "233", "71.2", "62")]
    doc = _doc(["关于2026年度专业技术人员继续教育考试阅卷情况的报告", "市局：", "本次考试阅卷已结束，各类别情况如下："], cells,
               ["注：合格线为阅卷组提出的意见，仍需报局党组审定后确定。", "以上情况，特此报告。"])
    assert any(t.text.endswith("仍需报局党组审定后确定。") for t in table_passages(doc))
    assert {f.subtype for f in run(SecretContentRule, doc)[0]} == {"scores"}


def test_a_plain_text_table_is_read_as_a_table_and_never_run_into_the_prose_after_it(run):
    cells = [("序号", "单位", "参保人数（人）"), ("1", "城东区", "41020"), ("2", "城西区", "38871")]
    doc = _doc(["关于一季度参保扩面情况的通报", "各县区人社局：", "一季度扩面进度如下，数据将于4月20日由省厅统一发布："], cells,
               ["各县区要加快进度"], tabs=True)
    assert "41020人" in table_passages(doc)[0].text
    assert {f.subtype for f in run(SecretContentRule, doc)[0]} == {"release"}


def test_a_bulletin_takes_its_date_from_its_masthead():
    from classifiers.scope.timing import document_date

    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(
        ["人社工作动态", "第12期", "江临市人力资源和社会保障局办公室编　　　2026年6月8日", "本期要目"])]
    zoned, fields = assign_zones(tuple(blocks))
    assert document_date(Document("t.txt", "0" * 64, "txt", zoned, fields)) == date(2026, 6, 8)


def test_an_inspection_reported_as_carried_out_is_no_secret_though_its_verb_holds_the_state():
    text = "上月中旬，市局派出3个小组，对全市12家定点培训机构进行了暗访，已将问题清单反馈各培训学校。"
    assert "inspection_targets" not in {h.matter.id for h in find_matters(text, load_kb(), date(2026, 5, 3))}
    ahead = "下周起，市局将派出3个小组，对全市12家定点培训机构开展暗访，请勿提前告知各培训学校。"
    assert "inspection_targets" in {h.matter.id for h in find_matters(ahead, load_kb(), date(2026, 5, 3))}


def test_sample_questions_published_on_purpose_are_no_exam_secret(gongwen, run):
    body = ["为便于考生备考，现将面试样题及评分要点公布如下。", "样题一：如果你负责的窗口排起长队，群众情绪激动，你会怎么办？",
            "评分要点：能稳定现场秩序（10分）；能分流解释（8分）；能事后总结（5分）。"]
    doc = gongwen("关于公布2026年度社区工作者招聘面试样题的通知", body, notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "exam"] == []
    questions = [body[1].replace("样题一", "第一题"), body[2]]
    secret = gongwen("关于做好2026年度社区工作者招聘面试工作的通知", ["面试定于2026年12月18日举行。", *questions],
                     notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, secret)[0] if f.subtype == "exam"], "the same questions without the sample title"


def test_a_table_row_that_keeps_its_own_remark_from_the_public_is_a_mixed_passage(run):
    cells = [("序号", "服务点", "地址", "备注"), ("1", "城东就业驿站", "城东区朝阳路12号", "—"),
             ("2", "城西就业驿站", "城西区人民路8号", "租约年底到期，拟迁往开发区，暂不对外说明")]
    doc = _doc(["关于公布全市就业驿站名单的通知", "各县区人社局：", "现将全市就业驿站名单公布如下："], cells, [], tabs=True)
    findings, _ = run(PassageModelCheck, doc)
    assert [(f.code, f.subtype) for f in findings] == [("MIXED_CONTENT", "restriction")]


def test_a_reply_granting_a_private_training_school_its_licence_is_a_public_result(gongwen, run):
    doc = gongwen("关于同意设立江临市启航职业技能培训学校的批复", ["你校筹备组报送的设立申请及相关材料收悉。经审查，符合设立条件，同意设立。",
                                                        "请按核定的培训范围开展办学活动，依法接受年度检查。"],
                  recipients="江临市启航职业技能培训学校（筹）：", notes=["（此件不予公开）"])
    findings, _ = run(NatureRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "public_notice")]


# -- round six, set V (a district bureau's brisk drafts), in fresh wording ------------------------------------------

def test_a_panel_named_by_posts_before_its_review_is_a_secret():
    text = ("市就业中心定于10月20日组织专家评审。\n二、评审小组\n评审小组由3人组成：组长为市职业技术学院副院长邵明哲，"
            "成员为市中小企业服务局科长尹慧、区财政局高级会计师欧阳琳。")
    assert "review_panel" in {h.matter.id for h in find_matters(text, load_kb(), date(2026, 10, 9))}
    after = text.replace("定于10月20日组织专家评审", "已于10月8日组织专家评审")
    assert "review_panel" not in {h.matter.id for h in find_matters(after, load_kb(), date(2026, 10, 9))}


def test_an_aside_that_says_its_passage_is_nothing_to_the_candidates_is_internal(gongwen, run):
    from classifiers.rules.mixed_content import MixedContentRule

    doc = gongwen("关于2026年度社区工作者招聘笔试有关事项的公告",
                  ["一、笔试时间为2026年12月13日上午。", "五、考务安排（由考点学校掌握，与考生无关）：每个考场配监考2人，考务补贴每人每场150元。"],
                  recipients=None, notes=["（此件公开发布）"])
    assert [f.subtype for f in run(MixedContentRule, doc)[0] if f.code == "MIXED_CONTENT"] == ["internal"]


# -- round six, set W (a province's long 通知 full of rules stated in the abstract), in fresh wording -------------

def test_a_penalty_clause_about_informants_states_a_rule(gongwen, run):
    doc = gongwen("关于印发《劳动保障监察投诉举报处理规程》的通知",
                  ["第九条　经办人员泄露举报人信息的，依法给予处分；构成犯罪的，依法追究刑事责任。"], notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "informant"] == []


def test_a_custody_regime_and_a_method_named_in_general_are_no_secret():
    kb = load_kb()
    rule = "试题印制后实行专人押运、双人清点，开考前任何人不得拆封。"
    assert not {h.matter.id for h in find_matters(rule, kb, date(2026, 3, 1))} & {"exam_questions", "exam_logistics"}
    general = "今后仍将采取暗访、飞行检查等方式开展日常监管，具体时间不提前告知。"
    assert "inspection_targets" not in {h.matter.id for h in find_matters(general, kb, date(2026, 3, 1))}


def test_a_password_policy_names_no_weakness(gongwen, run):
    doc = gongwen("关于加强业务系统账号安全管理的通知", ["一、落实账号和口令管理。系统口令长度不少于12位，须定期更换。",
                                              "二、关闭不必要的远程端口，定期开展安全检查。"], notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "security"] == []


# -- round six, set X (front-line working papers), in fresh wording -------------------------------------------------

def test_screening_conditions_that_put_people_in_a_class_of_suspects_are_a_secret():
    text = ("一、筛查规则。请在系统中按以下条件提取名单：年满85周岁、近10个月无门诊结算记录、且当年未完成资格认证的，"
            "列为重点疑点；其余列入一般疑点名单。")
    assert "screening_rules" in {h.matter.id for h in find_matters(text, load_kb(), date(2026, 5, 6))}


def test_terminals_on_a_shared_password_are_a_weakness():
    text = "检查发现，城南网点仍有6台自助终端使用通用密码“abc2468”，3个离职人员账号未及时注销。"
    assert "system_weakness" in {h.matter.id for h in find_matters(text, load_kb(), date(2026, 5, 6))}
