"""Every Chinese sentence the classifiers show a person, in one place.

Messages are written for the drafting section (承办科室): what is wrong, where, what to do, and the
article that asks for it. ``format`` fills the placeholders; unknown keys are a bug.
"""

from __future__ import annotations

#: Rule citations — the articles each check enforces.
RULES = {
    "source_range": "《公开属性源头认定制度》第一条",
    "source_3_1": "《公开属性源头认定制度》第三条（一）",
    "source_3_2": "《公开属性源头认定制度》第三条（二）",
    "source_3_3": "《公开属性源头认定制度》第三条（三）",
    "source_4": "《公开属性源头认定制度》第四条",
    "secrecy_5_1": "《保密审查工作制度》第五条（一）",
    "secrecy_5_2": "《保密审查工作制度》第五条（二）",
    "secrecy_5_3": "《保密审查工作制度》第五条（三）",
    "secrecy_8": "《保密审查工作制度》第八条",
    "secrecy_10": "《保密审查工作制度》第十条",
    "secrecy_11": "《保密审查工作制度》第十一条",
    "on_request_6": "《依申请公开制度》第六条",
}

MESSAGES = {
    "LABEL_MISSING": "附注和版记均未标注公开属性（主动公开/依申请公开/不予公开），请按《公开属性源头认定制度》第四条在附注或版记中补充标注后重新提交",
    "LABEL_MISSING_UNCHECKED": "发文稿纸的公开属性选项均未勾选，请按《公开属性源头认定制度》第四条勾选主动公开、依申请公开或不予公开之一",
    "LABEL_INVALID": "{zone}中的公开属性“{value}”不是规定的取值，请按《公开属性源头认定制度》第三条改为主动公开、依申请公开或不予公开之一",
    "PORTAL_MISMATCH": "网站门户信息的{label}为“{portal}”，与本件{zone}标注的“{marked}”不一致，请按《公开属性源头认定制度》第四条核对后统一；门户信息不能代替本件自身的标注",
    "LABEL_CONFLICT": "公开属性标注前后不一致：{first}（{first_zone}）与 {second}（{second_zone}），请按《公开属性源头认定制度》第四条核对后统一为一种",
    # --- classifiers/rules (nature, forwarding, mixed content, secrecy, reasons) ---------------
    "LABEL_MISMATCH": "本件为{nature}，按《公开属性源头认定制度》第三条（一）应确定为“{expected}”，现标注为“{marked}”，请核对后改正公开属性",
    "LABEL_MISMATCH_WEAK": "【提示】{nature}，按《公开属性源头认定制度》第三条（一）可能应确定为“{expected}”，现标注为“{marked}”；该线索不足以认定公文性质，不退回，请审批时核对",
    "FORWARD_MISMATCH": "本件转发的《{original}》公开属性为“{forwarded}”，本件标注为“{marked}”，请按《公开属性源头认定制度》第三条（二）依被转发公文确定公开属性",
    "MIXED_CONTENT": "本件标注为主动公开，但{where}含{kind}内容（“{phrase}”），按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带依申请公开或不予公开的内容，请删除该段或改变公开属性",
    "SECRET_MARKING_state_secret": "{where}标有国家秘密密级“{mark}”，按《保密审查工作制度》第五条（一）不得公开；涉密公文请按涉密渠道办理，不得标注{marked}",
    "SECRET_MARKING_work_secret": "{where}标有工作秘密标志“{mark}”，按《保密审查工作制度》第五条及《公开属性源头认定制度》第三条（一）属不公开内容，不得标注{marked}",
    "SECRET_MARKING_withheld": "{where}标有{kind}标志“{mark}”，本件已标注不予公开，请确认按涉密/工作秘密载体管理（《保密审查工作制度》第五条（一））",
    "SECRET_CONTENT": "{where}含疑似国家秘密或工作秘密内容（“{phrase}”，{kind}）但未标密级，按《保密审查工作制度》第五条（二）、第八条报有权机关确定密级后再办理",
    "SECRET_CONTENT_SCOPE": "{where}含“{matter}”（“{phrase}”），属{article}所列事项，但未标密级，按《保密审查工作制度》第五条（二）、第八条报有权机关确定密级后再办理",
    "MIXED_CONTENT_SCOPE": "本件标注为主动公开，但{where}含“{matter}”（“{phrase}”），按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带依申请公开或不予公开的内容，请删除该段或改变公开属性",
    "REASON_MISSING": "本件标注为{marked}，但发文稿纸和附注均未说明理由，请按《保密审查工作制度》第十条补充{marked}的依据和理由",
    "UNREADABLE": "文件无法审查：{reason}",
    # --- classifiers/detectors (personal data, commercial secrets) and the model ------------------
    "PII_id_card": "含完整公民身份号码（{masked}，本件共{count}处），按《保密审查工作制度》第五条（二）、第十一条请去标识化（如 640502********1234）后再公开",
    "PII_id_card_15": "含15位旧版公民身份号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_bank_card": "含完整银行卡号（{masked}，本件共{count}处），属个人隐私，请只保留前后四位后再公开（《保密审查工作制度》第五条（二）、第十一条）",
    "PII_mobile": "含个人手机号码（{masked}，本件共{count}处），请去标识化（如 139****5678）或改为单位办公电话后再公开（《保密审查工作制度》第十一条）",
    "PII_passport": "含护照号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_email": "含个人电子邮箱（{masked}，本件共{count}处），请改为单位公开邮箱或删除后再公开（《保密审查工作制度》第五条（二））",
    "PII_address": "含个人住址（{masked}，本件共{count}处），公开时住址只可写到乡镇（街道），请删除门牌号后再公开（《保密审查工作制度》第十一条）",
    "PII_name": "姓名“{masked}”与身份证号、电话或卡号等成对列出（本件共{count}人），请对证件号码等去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_weak_mask": "身份证号遮盖方式不当（{masked}）：出生日期仍可见，请按“前6位+8个*+后4位”统一遮盖（《保密审查工作制度》第十一条）",
    # issue 12: the identifier types added then
    "PII_landline": "含个人固定电话（{masked}，本件共{count}处），请去标识化或改为单位办公电话后再公开（《保密审查工作制度》第十一条）",
    "PII_qq": "含个人QQ号（{masked}，本件共{count}处），属个人信息，请删除或去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_wechat": "含个人微信号（{masked}，本件共{count}处），属个人信息，请删除或去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_plate": "含私人机动车号牌（{masked}，本件共{count}处），请只保留发牌城市和后两位（如 浙A·***12）后再公开（《保密审查工作制度》第十一条）",
    "PII_hk_macau_permit": "含港澳通行证号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_taiwan_permit": "含台湾居民来往大陆通行证号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_taiwan_residence": "含台湾居民居住证号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_foreign_permanent": "含外国人永久居留身份证号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_social_security_card": "含社会保障卡卡号（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_disability_cert": "含残疾人证号（{masked}，本件共{count}处），含身份证号和残疾类别等级，属敏感个人信息，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_military_id": "含军官证/士兵证号码（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_medical_insurance": "含医保编号（{masked}，本件共{count}处），属个人隐私，请去标识化后再公开（《保密审查工作制度》第十一条）",
    "PII_partial_mask": "名单中身份证号只遮盖了一部分（{masked}），请对全部号码统一去标识化后再公开（《保密审查工作制度》第十一条）",
    "CS_declared": "含注明为商业秘密的内容（“{masked}”），按《保密审查工作制度》第五条（二）不得公开",
    "CS_firm_account": "含企业银行账号（{masked}，本件共{count}处），属企业经营信息，请删除或遮盖后再公开（《保密审查工作制度》第五条（二））",
    "CS_pricing": "含投标报价、成本构成等企业经营信息（“{masked}”），可能属商业秘密，请删除或征求第三方意见后再公开（《保密审查工作制度》第五条（二））",
    "CS_business_data": "含企业营业收入、利润或技术方案等信息（“{masked}”），可能属商业秘密，请核实后再公开（《保密审查工作制度》第五条（二））",
    "MODEL_LABEL_MISMATCH": "【模型提示】分类模型认为本件更像“{predicted}”（置信度{confidence:.0%}），现标注为“{marked}”；主要依据词：{terms}。请承办科室核对公开属性（《公开属性源头认定制度》第三条（一））",
    "MODEL_MIXED_CONTENT": "【模型提示】本件标注为主动公开，但第{para}段读来像“{predicted}”内容（置信度{confidence:.0%}，依据词：{terms}），按《公开属性源头认定制度》第三条（三）请核对是否夹带不公开内容",
    # the passage model (classifiers/passage_model): a reading of one paragraph, routed 需报审
    "PASSAGE_SECRET_CONTENT": "【模型提示】段落“{passage}”读来像{kind}（置信度{confidence:.0%}，依据词：{terms}），规则未能认定；按《保密审查工作制度》第五条（二）、第八条报有权机关审查确定后再办理",
    "PASSAGE_MIXED_CONTENT": "【模型提示】本件标注为主动公开，但段落“{passage}”读来像{kind}（置信度{confidence:.0%}，依据词：{terms}），规则未能认定；按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带不公开内容，请报审核对",
    "PASSAGE_COMMERCIAL_SECRET": "【模型提示】本件标注为主动公开，但段落“{passage}”读来像{kind}（置信度{confidence:.0%}，依据词：{terms}），规则未能认定权利人或内容种类；按《保密审查工作制度》第五条（二）商业秘密不得公开，请报审核对",
    "OWNED_COMMERCIAL_SECRET": "本件标注为主动公开，但段落“{passage}”载有{owner}的经营数据（{figures}），段落分类模型读作疑似商业秘密（{confidence:.0%}，依据词：{terms}）；按《保密审查工作制度》第五条（二）商业秘密不得公开，请删除或征求权利人意见后再公开",
    "RESTRICTED_MIXED_CONTENT": "本件标注为主动公开，但段落“{passage}”自行限定了知悉或公开范围（“{words}”），段落分类模型也读作{kind}（{confidence:.0%}）；按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带不公开内容，请删除该段或改变公开属性",
    "RESTRICTED_COMMERCIAL_SECRET": "本件标注为主动公开，但段落“{passage}”载有企业或其他组织要求不对外的经营、技术信息（“{words}”），段落分类模型读作疑似商业秘密（{confidence:.0%}）；按《保密审查工作制度》第五条（二）商业秘密不得公开，请删除或征求权利人意见后再公开",
    "DECLARED_MIXED_CONTENT": "本件标注为主动公开，但段落“{passage}”自称限定知悉或公开范围（“{words}”），属不随文公开的内容；按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带不公开内容，请删除该段或改变公开属性",
    # --- classifiers/hidden (what only a machine reads) -----------------------------------------
    "HIDDEN_tracked_change": "{where}含未接受的修订（“{evidence}”）：读者看不到，但文件中仍可读出，按《保密审查工作制度》第五条（二）请接受或拒绝全部修订后重新提交",
    "HIDDEN_comment": "文件含批注（“{evidence}”）：公开后任何人都能读到，请删除全部批注后重新提交（《保密审查工作制度》第五条（二））",
    "HIDDEN_hidden_text": "{where}含隐藏文字（“{evidence}”）：页面上看不到，但复制或另存即可读出，请删除后重新提交（《保密审查工作制度》第五条（二））",
    "HIDDEN_white_text": "{where}含白色或极小字号等看不见的文字（“{evidence}”），请删除后重新提交（《保密审查工作制度》第五条（二））",
    "HIDDEN_metadata": "文档属性“{key}”含{why}（“{evidence}”），公开时随文件一并发布，请在“文件—信息—检查文档”中清除后重新提交（《保密审查工作制度》第五条（二））",
    "HIDDEN_annotation": "{where}含注释（“{evidence}”），公开后可被读取，请删除注释后重新导出（《保密审查工作制度》第五条（二））",
    "HIDDEN_embedded": "文件嵌有对象（{evidence}），其中内容不经审查即随文件发布，请删除或改为正文内容后重新提交（《保密审查工作制度》第五条（二））",
    "HIDDEN_field": "{where}含指向内部位置或引用隐藏数据的域代码（“{evidence}”），请将域转换为普通文字后重新提交（《保密审查工作制度》第五条（二））",
    "REDACTION_covered_text": "{where}的遮盖无效：黑框或深色底纹下的文字（“{evidence}”）仍可复制提取，请删除原文后重新导出（《保密审查工作制度》第十一条）",
    "REDACTION_masked_original": "正文已遮盖的号码 {masked} 在{where}中仍有完整原文，遮盖无效，请清除修订、隐藏文字和批注后重新提交（《保密审查工作制度》第十一条）",
    # --- flows (watch folder) -------------------------------------------------------------------
    "REVIEWER_RETURN": "局办公室审核意见：{comment}",
    "QUARANTINE_NOTE": "本文件无法审查，已隔离。\n原因：{reason}\n原投递位置：{source}\n隔离时间：{at}\n请确认文件完整、未加密、格式为 docx/pdf/OFD 后重新投递。",
    "ORPHAN_SIDECAR": "OA 发文稿纸表单文件在 {minutes} 分钟内没有等到对应的公文，已隔离；请将公文与表单一并重新投递。",
}


def message(code: str, **kw: object) -> str:
    """The Chinese message for ``code`` with its placeholders filled."""
    return MESSAGES[code].format(**kw)
