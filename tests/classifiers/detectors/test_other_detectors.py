"""passport, email, address, name, masking policy and commercial secrets: true cases and traps."""

from __future__ import annotations

import pytest

from samples.fake import Faker

from helpers_detectors import make_doc

F = Faker(5)
ID = F.id_card()


@pytest.mark.parametrize(
    "text, n",
    [
        ("护照号码：E12345678", 1),
        ("持护照EA1234567入境", 1),
        ("护照号G12345678", 1),
        ("E12345678", 1),
        ("证书编号：E12345678", 0),
        ("G12345678", 0),  # rarer prefix without a label
        ("型号E123456789", 0),  # too long
    ],
)
def test_passport(run_check, text, n):
    assert len(run_check("passport", make_doc(text))) == n


@pytest.mark.parametrize(
    "text, n",
    [
        ("联系人邮箱 wangwei88@163.com", 1),
        ("电子邮件：li.na2001@qq.com", 0),  # issue 12: a bare label says nobody's mailbox (offices publish theirs so)
        ("申请人电子邮件：li.na2001@qq.com", 1),
        ("李娜的个人邮箱：li.na2001@qq.com", 1),
        ("投诉邮箱：zwrsjts@163.com", 0),  # the office's public mailbox
        ("来信请发 zwrsj@zw.gov.cn", 0),
        ("见 http://www.zw.gov.cn", 0),
    ],
)
def test_email(run_check, text, n):
    assert len(run_check("email", make_doc(text))) == n


def test_configured_public_mailbox(run_check):
    from classifiers import load_config

    cfg = load_config(overrides={"detectors": {"public_mailboxes": ["zwjy@163.com"]}})
    assert run_check("email", make_doc("请与申请人联系，申请人邮箱 zwjy@163.com"), cfg) == []
    assert len(run_check("email", make_doc("请与申请人联系，申请人邮箱 zwjy@163.com"))) == 1


@pytest.mark.parametrize(
    "items, n",
    [
        (("家庭住址：中卫市沙坡头区鼓楼西街12号3栋2单元402室",), 1),
        (("现住中卫市沙坡头区应理南街8号",), 1),  # issue 12: 现住 is a person's address label (was 0)
        (("受理窗口地址：中卫市沙坡头区应理南街8号",), 0),  # an office's window
        (("现住址：中卫市沙坡头区应理南街8号",), 1),
        (("王伟，住中卫市中宁县宁安大街45号2单元301室。",), 1),  # dwelling tail alone
        (([("姓名", "家庭住址"), ("王伟", "中卫市海原县海城镇南关街7号1栋3单元502室")],), 1),
        (("办公地址：中卫市沙坡头区鼓楼西街1号",), 0),
        (("来访地址：中卫市沙坡头区文萃路28号市民大厦3单元201室",), 0),
        (("会议在中卫市沙坡头区迎水路2号召开",), 0),
        # issue 18: whose address — the owner before the label, or a unit's or building's name after it
        (("被申请人：中宁县人力资源和社会保障局，住所地中宁县宁安大街45号。",), 0),
        (("申请人：王某某，女，住所地中宁县宁安大街45号2单元301室。",), 1),
        (("监督电话：0955-7012345；通讯地址：中卫市沙坡头区鼓楼西街12号。",), 0),
        (("通讯地址：中卫市沙坡头区鼓楼西街12号市人社局就业促进科",), 0),
        (("通讯地址：中卫市沙坡头区鼓楼西街12号人社大厦",), 0),
        (("家庭住址：中卫市沙坡头区鼓楼西街12号3栋2单元402室（王某租住）",), 1),
        # a 复议决定书's party block: the party named on the line above owns the 住所地 below it
        (("第三人：中宁县公安局", "住所地：中宁县宁安大街45号", "法定代表人：马某，系该局局长"), 0),
        (("申请人：王某某，女，汉族", "住所地：中宁县宁安大街45号2单元301室"), 1),
        # the line above names a way to reach the office: 当面提交 / 地址：…705室 is the office's room
        (("1.当面提交", "地址：中卫市沙坡头区鼓楼西街12号705室"), 0),
        (("1.申请人信息", "地址：中卫市沙坡头区鼓楼西街12号3单元705室"), 1),
    ],
)
def test_address(run_check, items, n):
    assert len(run_check("address", make_doc(*items))) == n


@pytest.mark.parametrize(
    "items, names",
    [
        ((f"申请人王伟，身份证号{ID}。",), ["王*"]),
        ((f"1 李娜 {ID} 一次性创业补贴 5000",), ["李*"]),
        (([("序号", "姓名", "身份证号"), ("1", "张晓明", ID)],), ["张*明"]),
        (([("序号", "姓名", "身份证号"), ("1", "张晓明", "640502********1234")],), []),  # masked list
        (("经研究，同意王伟同志任就业促进科科长。",), []),  # a name with no identifier
        # people named in their official work (round 12): 等同志参加 is no personal cue
        (("验收组由澜江大学教授孙立群任组长，邝美华、钱德胜、陆婷婷等同志参加。",), []),
        (("邝美华、钱德胜等同志的就业情况如下。",), ["邝*华", "钱*胜"]),
        ((f"联系人：马丽，身份证号：{ID}",), ["马*"]),
    ],
)
def test_name_paired_with_identifier(run_check, items, names):
    assert [f.evidence for f in run_check("name", make_doc(*items))] == names


@pytest.mark.parametrize(
    "items, subtypes",
    [
        (("640502********1234", "640521********5678"), []),  # consistent masking
        (("64050219900307****",), ["weak_mask"]),  # keeps the birth date
        (("640502199003******",), ["weak_mask"]),  # issue 12: year and month readable, 6 hidden < the 8 of a birth date
        (("640502****0612153X",), ["weak_mask"]),  # only the year hidden
        (("139****5678", "6222********1234"), []),  # mobile 前3后4, card 前4后4
        (([("姓名", "身份证号"), ("甲", "640502********1234"), ("乙", ID)],), ["partial_mask"]),
        ((ID,), []),  # all full: the id_card detector reports them, not a mask problem
    ],
)
def test_masking_policy(run_check, items, subtypes):
    assert [f.subtype for f in run_check("masking_policy", make_doc(*items))] == subtypes


@pytest.mark.parametrize(
    "items, subtypes",
    [
        (("本报价及成本明细属我公司商业秘密，请予保密。",), ["declared"]),
        (("宁夏天成建设有限公司投标报价1280000元，其中人工成本构成见附表。",), ["pricing"]),
        (("2025年度宁夏某某科技有限公司营业收入3560万元，净利润12.5%。",), ["business_data"]),
        (([("投标人", "投标报价（元）"), ("宁夏甲建设有限公司", "1280000"), ("宁夏乙工程有限公司", "1310000")],), ["pricing"]),
        (("宁夏某某劳务有限公司 开户行：中国银行中卫分行 账号：107012345678901",), ["firm_account"]),
        (("宁夏某某科技有限公司提交的技术方案含核心工艺流程。",), ["business_data"]),  # no amount needed
        # traps
        (("宁夏某某建设有限公司的投标报价应当包含全部费用。",), []),  # a price word needs an amount too
        (("涉及国家秘密、商业秘密、个人隐私的政府信息除外。",), []),
        (("投标报价应当包含全部费用。",), []),  # no firm, no amount
        (("职业技能鉴定补贴标准为每人1000元。",), []),
    ],
)
def test_commercial_secret(run_check, items, subtypes):
    found = run_check("commercial_secret", make_doc(*items))
    assert [f.subtype for f in found] == subtypes
    assert all(f.code == "COMMERCIAL_SECRET" for f in found)


@pytest.mark.parametrize(
    "section, values, key",
    [
        ("detectors", {"threshold": 1.5}, "threshold"),
        ("detectors", {"no_such": 1}, "detectors.no_such"),
        ("model", {"mismatch_direction": "sideways"}, "mismatch_direction"),
        ("model", {"passage_threshold": 0}, "passage_threshold"),
    ],
)
def test_bad_configuration_fails_naming_the_key(section, values, key):
    from classifiers import load_config
    from extractors.errors import ConfigError

    with pytest.raises(ConfigError, match=key):
        load_config(overrides={section: values})


def test_threshold_is_configurable(run_check):
    from classifiers import load_config

    doc = make_doc("E12345678")  # an unlabelled passport scores 0.55
    assert len(run_check("passport", doc)) == 1
    assert run_check("passport", doc, load_config(overrides={"detectors": {"threshold": 0.6}})) == []


def test_explanations_never_carry_the_raw_number(run_check):
    card = F.bank_card(19)
    doc = make_doc(f"申请人王伟，身份证号{ID}，卡号{card}，手机13912345678，家庭住址：中卫市沙坡头区鼓楼西街12号3栋2单元402室")
    for name in ("id_card", "bank_card", "mobile", "address", "name"):
        for f in run_check(name, doc):
            blob = repr(f.to_dict()) + (f.match_key or "")
            assert ID not in blob and card not in blob and "13912345678" not in blob and "402室" not in blob


@pytest.mark.parametrize(
    "text, n",
    [
        ("市人社局联系人：马某某，联系电话：0955-7012333。", 0),  # a body's 联系人 and a fixed line: the office's desk line
        ("经办人：马晓东，电话：0955-7012333", 0),
        ("家庭电话：0955-7012333", 1),  # a home line says so
        ("申请人马晓东，住宅电话0955-7012333", 1),
    ],
)
def test_a_contact_persons_fixed_line_is_an_office_line(run_check, text, n):
    """Issue 18: real 公文 print 联系人 + a landline for the body that issues them; only a home line is private."""
    assert len(run_check("landline", make_doc(text))) == n


def test_a_paper_named_like_a_person_is_not_a_name(run_check):
    """毕业证 begins with the surname 毕 and shares a block with 本人; a word ending in a paper's noun is not a name."""
    text = ("2027年应届毕业生须在2027年7月31日前取得岗位要求的毕业证、学位证等证书，其他报考者须在资格审查前取得毕业证、"
            "资格证等证书，逾期未取得的，后果由本人承担。")
    assert run_check("name", make_doc(text)) == []


def test_numbers_listed_under_place_names_are_those_places_service_lines(run_check):
    """Issue 18 (a real 就业困难人员认定 notice): 政策咨询 盐湖区：0359-…  河津市：188… — the county's line, even a mobile."""
    text = "四、政策咨询。城关区：0955-7012345，沙坡头区：0955-7023456，兴仁镇：13995512345。"
    assert run_check("mobile", make_doc(text)) == [] and run_check("landline", make_doc(text)) == []
    assert len(run_check("mobile", make_doc("家住中宁县，本人手机：13995512345。"))) == 1


@pytest.mark.parametrize("text", ["对评审结果有异议的，请向县人社局专业技术人员管理股反映。", "联系人：县就业服务管理所，电话0759-6812001。"])
def test_a_section_of_a_county_bureau_is_no_name(run_check, text):
    assert run_check("name", make_doc(text)) == []
