"""Every Chinese (and English) word ``gongkai eval`` shows a reader, in one place.

The scorer and the renderers look words up here; they never spell them themselves. Errors about a
bad truth file carry both languages and the line they are about.
"""

from __future__ import annotations

#: The confusion matrix's name for "no valid marking of its own" (the truth file's empty attribute).
NO_ATTRIBUTE = "无"
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开", NO_ATTRIBUTE)
DECISIONS = ("approve", "return", "escalate", "error")
DECISION_ZH = {"approve": "待审批", "return": "退回", "escalate": "需报审", "error": "无法审查"}

TITLE = "公文审查评测报告"
TITLE_EN = "gongkai eval: the audit measured against the office's own judgement"

SUMMARY = "真值 {truth} 条，已评测 {scored} 件；文件夹中未列入真值 {extra} 件；真值中文件缺失 {missing} 件"
SUMMARY_EN = "truth rows {truth}, scored {scored}; in the folder but not in the truth file {extra}; truth rows whose file is missing {missing}"
ATTRIBUTE_ACCURACY = "公开属性准确率 / attribute accuracy"
DECISION_AGREEMENT = "审查结论一致率 / decision agreement"
MATRIX_CORNER = "真值＼审查结果"
MATRIX_CORNER_EN = "truth \\ audit"
CODES_TITLE = "问题代码 / finding codes (precision 精确率 · recall 召回率 · F1 · support 支持数)"
CODE_HEADER = ("代码 code", "名称", "精确率 P", "召回率 R", "F1", "支持数 support", "TP", "FP", "FN")
MICRO = "合计（微平均）/ micro average"
UNSCORED = "未计分的问题代码（真值文件未涉及）/ codes found but not in the truth vocabulary"
NOT_APPLICABLE = "—"
DISAGREEMENTS = "不一致 / disagreements"
NO_DISAGREEMENT = "全部一致 / no disagreement"
NOT_IN_TRUTH = "文件夹中未列入真值的文件（未评测）/ files in the folder but not in the truth file (not scored)"
MISSING = "真值中列出但文件不存在（未评测）/ truth rows whose file is missing (not scored)"
NONE_LISTED = "无 / none"
WROTE = "评测报告 / reports: {html}  {xlsx}"

ROW_ATTRIBUTE = "公开属性 attribute"
ROW_DECISION = "审查结论 decision"
ROW_MISSED = "漏报 missed"
ROW_EXTRA = "误报 extra"
ROW_NOTE = "真值说明 note"
ROW_ERROR = "无法审查原因 error"
TRUTH = "真值"
AUDIT = "审查"
EVIDENCE = "依据（已遮盖）evidence, masked"
MARKED_AS = "标注：{zone}“{text}”"

# the workbook's sheets and headers
SHEET_SUMMARY = "概要"
SHEET_ATTRIBUTE = "公开属性混淆矩阵"
SHEET_DECISION = "审查结论混淆矩阵"
SHEET_CODES = "问题代码"
SHEET_DISAGREEMENTS = "不一致"
SHEET_FILES = "逐件结果"
SHEET_NOT_IN_TRUTH = "未列入真值"
SHEET_MISSING = "文件缺失"
SUMMARY_HEADER = ("项目", "值", "说明")
FILES_HEADER = ("文件", "真值公开属性", "审查公开属性", "真值结论", "审查结论", "真值问题代码", "审查问题代码",
                "属性一致", "结论一致", "问题代码一致", "真值说明")
DISAGREEMENT_HEADER = ("文件", "项目", "真值", "审查结果", "依据（已遮盖）", "真值说明")
MISSING_HEADER = ("真值行号", "文件", "真值说明")
NOT_IN_TRUTH_HEADER = ("文件",)
YES, NO = "是", "否"
SUMMARY_ROWS = {
    "truth": "真值文件 truth file", "folder": "被评测文件夹 folder", "rows": "真值条数 truth rows", "scored": "已评测 scored",
    "precision": "问题代码精确率（微平均）micro precision", "recall": "问题代码召回率（微平均）micro recall",
    "disagreements": "不一致 disagreements", "not_in_truth": "未列入真值 not in truth", "missing": "文件缺失 missing",
}
MATRIX_CAPTION = "{title}：行为真值，列为审查结果 / rows truth, columns audit"

# ----- the command's own messages
USAGE_TEMPLATE_ALONE = "--template 不与 DIR/--truth 同用 / --template takes no DIR or --truth"
USAGE_NEEDS_DIR = "需要 DIR 和 --truth FILE（或 --template）/ DIR and --truth FILE are required (or --template)"
USAGE_NOT_A_FOLDER = "不是文件夹 / not a folder: {path}"
WROTE_TEMPLATE = "已写出真值文件模板 / wrote the template: {path}"

# ----- the truth file: template and errors

TRUTH_ERROR = "真值文件错误 / bad truth file: {path}{where}: {zh} / {en}"
WHERE_LINE = " 第 {line} 行 (line {line})"

ERR_NOT_FOUND = ("找不到真值文件", "no such truth file")
ERR_CANNOT_READ = ("无法读取真值文件：{detail}", "cannot read the truth file: {detail}")
ERR_NOT_UTF8 = ("不是 UTF-8 编码（Excel 请另存为“CSV UTF-8”）", "not UTF-8 (in Excel: save as \"CSV UTF-8\")")
ERR_EMPTY = ("真值文件没有任何数据行", "the truth file has no rows")
ERR_NO_HEADER = ("CSV 缺少表头行", "the CSV has no header row")
ERR_MISSING_COLUMNS = ("缺少必需的列：{cols}", "required columns missing: {cols}")
ERR_DUPLICATE_COLUMN = ("列名重复：{col}", "duplicate column: {col}")
ERR_BAD_JSON = ("不是有效的 JSON：{detail}", "not valid JSON: {detail}")
ERR_BAD_CSV = ("CSV 格式错误：{detail}", "malformed CSV: {detail}")
ERR_NOT_OBJECT = ("每行应为一个 JSON 对象", "each line must be one JSON object")
ERR_MISSING_KEYS = ("缺少必需的字段：{cols}", "required keys missing: {cols}")
ERR_ROW_LENGTH = ("本行有 {got} 列，表头有 {want} 列", "this row has {got} cells, the header {want}")
ERR_FILE_EMPTY = ("file 列为空", "the file column is empty")
ERR_FILE_ABSOLUTE = ("路径“{path}”是绝对路径，应相对于被评测文件夹", "path \"{path}\" is absolute; give it relative to the evaluated folder")
ERR_FILE_ESCAPES = ("路径“{path}”指向被评测文件夹之外，已拒绝", "path \"{path}\" points outside the evaluated folder; refused")
ERR_FILE_CONTROL = ("路径含控制字符", "the path contains control characters")
ERR_DUPLICATE_FILE = ("文件“{path}”在第 {first} 行已列出", "file \"{path}\" is already listed on line {first}")
ERR_ATTRIBUTE = ("公开属性“{value}”无效，应为 主动公开、依申请公开、不予公开 或留空",
                 "attribute \"{value}\" is not valid: use 主动公开, 依申请公开, 不予公开 or leave it empty")
ERR_DECISION = ("审查结论“{value}”无效，应为 approve、return、escalate（或 error）",
                "decision \"{value}\" is not valid: use approve, return, escalate (or error)")
ERR_CODE = ("问题代码“{value}”无效，可用：{known}", "unknown finding code \"{value}\"; known: {known}")
ERR_CODES_TYPE = ("codes 应为 JSON 列表", "codes must be a JSON list")
ERR_FIELD_TYPE = ("字段 {key} 应为字符串", "key {key} must be a string")
ERR_TEMPLATE_EXISTS = ("文件已存在，不覆盖：{path}", "file exists, not overwritten: {path}")

#: The template's comment lines, one per column meaning (CSV; JSONL carries the same as "#" lines).
TEMPLATE_COMMENTS = (
    "gongkai eval 真值文件模板 / truth file template. 以 # 开头的行和空行不计入 / lines starting with # and blank lines are ignored.",
    "file（必填）: 文件相对于被评测文件夹的路径，如 就业促进科/关于……的通知.docx / path relative to the evaluated folder",
    "attribute（必填）: 公文自身标注的公开属性：主动公开、依申请公开、不予公开；未标注、取值无效或自身标注冲突时留空 / "
    "the document's own marking, empty when it has no valid marking of its own",
    "decision（必填）: 作为拟发公文应如何处理：approve 送审批（无阻断问题）、return 退回承办科室、escalate 报审（密级或涉密不明）；"
    "无法打开的文件可填 error / approve, return, escalate (error for a file that cannot be read)",
    "codes（必填，可为空）: 应报告的问题代码，CSV 中用分号分隔 / expected finding codes, ';'-separated in CSV, a JSON list in JSONL: "
    "LABEL_MISSING LABEL_INVALID LABEL_CONFLICT LABEL_MISMATCH MIXED_CONTENT FORWARD_MISMATCH PORTAL_MISMATCH SECRET_MARKING "
    "SECRET_CONTENT PERSONAL_DATA COMMERCIAL_SECRET HIDDEN_CONTENT",
    "note（选填）: 一行说明理由 / one line: why. 其他列（如 issuer、genre、split）保留但不计分 / further columns are kept and ignored.",
    "已正确遮盖的证件号（320***********1234）和单位公开的联系电话、电子信箱不是个人信息 / masked IDs and office contacts are not personal data.",
)
TEMPLATE_EXAMPLES = (
    ("养老保险科/关于做好养老保险费征缴工作的通知.docx", "主动公开", "approve", (), "附注（此件公开发布），无问题"),
    ("办公室/关于征求意见的函.docx", None, "return", ("LABEL_MISSING",), "未标注公开属性"),
    ("就业促进科/创业补贴公示.docx", "主动公开", "return", ("PERSONAL_DATA",), "公示含完整身份证号"),
    ("办公室/关于报送工作情况的请示.docx", "主动公开", "return", ("LABEL_MISMATCH",), "请示标注主动公开"),
    ("劳动关系科/案件线索.docx", None, "escalate", ("SECRET_MARKING",), "标有“内部”"),
)

#: Names of the codes ``reports.labels.CODE`` does not (yet) carry.
CODE_EXTRA_NAMES = {"PORTAL_MISMATCH": "门户元数据与公文标注不一致"}
