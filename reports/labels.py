"""Every Chinese word the reports show a reader, in one place (report "templates" as data).

Decisions, finding codes, what the drafting section (承办科室) must do for each code, block kinds
for the "读者可见 vs 仅机器可读" section, and the register's 公开形式/公开范围 per 公开属性
(《资料管理制度》第三条). Logic elsewhere looks words up here; it never spells them itself.
"""

from __future__ import annotations

BUREAU = "中卫市人力资源和社会保障局"
PRODUCT = "gongkai-audit 政务公开审查"

#: Decision → what the reader is told. Precedence error > return > escalate > approve (a suspected secret escalates first: decision.escalate_first).
DECISION = {
    "approve": "待审批（未发现阻断问题，送局办公室审批）",
    "return": "退回承办科室修改",
    "escalate": "需报审（报有权机关确定）",
    "error": "无法审查（已隔离，待人工处理）",
}
DECISION_SHORT = {"approve": "待审批", "return": "退回", "escalate": "需报审", "error": "无法审查"}

#: Kinds of document that are not GB/T 9704 文种 but that reports name (longest first).
OTHER_DOC_KINDS = ("行政处罚决定书", "办事指南", "处罚决定", "决定书", "公示", "名单", "名录", "公开信", "简报", "指南", "细则", "规定", "办法")

SEVERITY = {"high": "严重", "medium": "一般", "low": "提示"}

#: The flag report's section on a web portal's metadata block saved with the page (issue 18).
PORTAL_HEADING = "网站门户信息（随网页保存）"
PORTAL_NOTE = ("以下为政府网站页面附带的元数据（索引号、发布机构、公开方式等），不属于公文本身，"
               "不作为本件的公开属性标注；其公开方式与公文附注或版记不一致时列为问题。")

#: Finding code → short Chinese name.
CODE = {
    "LABEL_MISSING": "未标注公开属性",
    "LABEL_INVALID": "公开属性取值不规范",
    "LABEL_CONFLICT": "公开属性标注不一致",
    "LABEL_MISMATCH": "公开属性与公文性质不符",
    "MIXED_CONTENT": "主动公开公文夹带不公开内容",
    "FORWARD_MISMATCH": "转发公文属性不一致",
    "PORTAL_MISMATCH": "门户信息与本件公开属性不一致",
    "SECRET_MARKING": "密级或工作秘密标志",
    "SECRET_CONTENT": "疑似涉密内容",
    "PERSONAL_DATA": "个人信息",
    "COMMERCIAL_SECRET": "商业秘密",
    "HIDDEN_CONTENT": "隐藏内容（仅机器可读）",
    "INEFFECTIVE_REDACTION": "无效遮盖",
    "REASON_MISSING": "未说明不公开理由",
    "UNREADABLE": "文件无法读取",
    "REVIEWER_RETURN": "局办公室审核退回",
}

#: PERSONAL_DATA / other subtypes → Chinese.
SUBTYPE = {
    # PERSONAL_DATA
    "id_card": "公民身份号码",
    "id_card_15": "15位旧版身份号码",
    "mobile": "手机号码",
    "phone": "电话号码",
    "bank_card": "银行卡号",
    "passport": "护照号码",
    "email": "电子邮箱",
    "address": "详细住址",
    "name": "姓名与证件号码成对",
    "weak_mask": "遮盖方式不当",
    "partial_mask": "部分未遮盖",
    "social_security": "社会保障号码",
    # COMMERCIAL_SECRET
    "declared": "注明为商业秘密",
    "firm_account": "企业银行账号",
    "pricing": "报价与成本",
    "business_data": "企业经营数据",
    # HIDDEN_CONTENT
    "tracked_change": "未接受的修订",
    "comment": "批注",
    "hidden_text": "隐藏文字",
    "white_text": "白色或不可见文字",
    "annotation": "PDF注释",
    "embedded": "嵌入对象",
    "field": "域代码",
    "metadata": "文档属性",
    # the attribute model
    "model": "模型判断",
}

#: What the drafting section must do, per code (the flag report's "承办科室须" line and the notice).
ACTION = {
    "LABEL_MISSING": "在附注（成文日期下一行）或版记中标注公开属性：主动公开、依申请公开或不予公开，并在发文稿纸上同步勾选。",
    "LABEL_INVALID": "将公开属性改为规定取值（主动公开／依申请公开／不予公开）之一，不得自拟“部分公开”等表述。",
    "LABEL_CONFLICT": "核对附注、版记、发文稿纸中的公开属性，统一为同一取值。",
    "LABEL_MISMATCH": "按《公开属性源头认定制度》第三条重新认定公开属性，或说明认定理由后重新提交。",
    "MIXED_CONTENT": "将不宜公开的内容拆分另行发文，或将全文改定为依申请公开／不予公开并说明理由。",
    "FORWARD_MISMATCH": "转发公文的公开属性应与被转发公文一致，请核对原文件属性后修改。",
    "PORTAL_MISMATCH": "核对网站门户信息（索引号、公开方式等）与公文附注或版记中的公开属性，统一为同一取值；门户信息不能代替公文自身的标注。",
    "SECRET_MARKING": "标注密级或工作秘密标志的公文不得公开：确需公开的，先办理解密或去除工作秘密标志手续。",
    "SECRET_CONTENT": "由承办科室提出定密意见，密级不明确的逐级报有权机关确定，确定前不予公开。",
    "PERSONAL_DATA": "对个人信息去标识化（身份证号保留前6位后4位，手机号保留前3位后4位，银行卡号保留前4位后4位），或删除该项后重新提交。",
    "COMMERCIAL_SECRET": "删除或遮盖涉及商业秘密的内容，或取得权利人同意的书面材料。",
    "HIDDEN_CONTENT": "接受或拒绝全部修订、删除批注、清除隐藏文字和文档属性（WPS/Word“文档检查器”），另存后重新提交。",
    "INEFFECTIVE_REDACTION": "遮盖只盖住了显示，文字仍可复制：请在源文件中删除被遮盖文字后重新生成PDF。",
    "REASON_MISSING": "在发文稿纸或附注中写明不予公开或依申请公开的理由。",
    "UNREADABLE": "提交可打开、未加密、完整的docx/pdf/ofd文件。",
}

#: Opinion verdicts (《保密审查工作制度》第十条) → CSS class for the colour band.
OPINION_CLASS = {"公开": "ok", "免于公开": "ok", "需报审": "warn", "退回修改": "bad", "无法审查": "bad"}

#: Block kinds for the "读者可见 vs 仅机器可读" section: (name, what a reader of the published file sees).
BLOCK_KIND = {
    "paragraph": ("正文段落", "可见"),
    "table_cell": ("表格单元格", "可见"),
    "header": ("页眉", "可见"),
    "footer": ("页脚", "可见"),
    "footnote": ("脚注", "可见"),
    "endnote": ("尾注", "可见"),
    "textbox": ("文本框", "可见"),
    "comment": ("批注", "打印和发布时不显示，但随文件传播，任何人打开“审阅”即可看到"),
    "insertion": ("修订（插入）", "显示为正文，修订记录仍保留"),
    "deletion": ("修订（删除）", "已删除、读者看不到，但文字仍保存在文件中"),
    "hidden": ("隐藏文字", "不显示、不打印，复制或另存为文本即可读出"),
    "invisible": ("白色或不可见文字", "与背景同色，读者看不到，检索和复制可读出"),
    "covered": ("被遮盖的文字", "被色块或图片盖住，但可以复制提取"),
    "annotation": ("PDF注释", "默认不打印，阅读器中可展开"),
    "metadata": ("文档属性", "不在页面上，文件属性中可见（作者、单位、标签等）"),
    "embedded": ("嵌入对象", "双击或解包即可读出"),
    "ocr": ("图片中的文字", "以图片显示"),
    "sidecar": ("发文稿纸字段", "不随文件发布"),
    "field": ("域代码", "显示的是域结果，域指令（链接地址、引用文件路径）仍在文件中"),
}

ZONE_WORD = {"版头": "版头", "主体": "主体", "版记": "版记", "页面": "页眉页脚"}

#: 公开形式 and 公开范围 per 公开属性 for the register (《资料管理制度》第三条; 《政府信息公开制度》第十条).
PUBLISH_FORM = {"主动公开": "政府网站", "依申请公开": "依申请提供", "不予公开": "不公开"}  # as storage.REGISTER_DEFAULTS
PUBLISH_SCOPE = {"主动公开": "社会公众", "依申请公开": "申请人", "不予公开": "不公开"}

#: Reviewer verdict values stored in the ledger → meaning for statistics.
VERDICT_FALSE_POSITIVE = frozenset({"false_positive", "误报", "fp", "dismissed", "not_an_issue", "reject"})
VERDICT_CONFIRMED = frozenset({"confirmed", "确认", "tp", "true_positive", "accept", "valid"})

MONTHS = "一二三四五六七八九十"


def month_zh(year: int, month: int) -> str:
    """2026年11月."""
    return f"{year}年{month}月"


def date_zh(d) -> str:
    """2026年11月27日 from a date or datetime (no zero padding, as 公文 write dates)."""
    return f"{d.year}年{d.month}月{d.day}日"


def datetime_zh(t) -> str:
    """2026年11月27日 09:30."""
    return f"{date_zh(t)} {t.hour:02d}:{t.minute:02d}"


#: Excel number format showing a date the Chinese way.
XLSX_DATE_ZH = 'yyyy"年"m"月"d"日"'


def code_name(code: str, subtype: str | None = None) -> str:
    """Chinese name of a finding code, with its subtype for personal data (个人信息：公民身份号码)."""
    name = CODE.get(code, code)
    if subtype and subtype in SUBTYPE:
        return f"{name}：{SUBTYPE[subtype]}"
    return name
