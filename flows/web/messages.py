"""Chinese (and English) text the console and the API show — one place, as the house style asks."""

PRODUCT = "公文公开审查 · 审核台"
LOGIN_FAILED = "用户名或密码不正确 / wrong name or password"
LOGIN_BLOCKED = "登录失败次数过多，请 10 分钟后再试 / too many failed logins; try again in 10 minutes"
CSRF_FAILED = "表单已失效（CSRF 校验未通过），请刷新页面后重试 / the form expired (CSRF check failed); reload and try again"
TOKEN_NOT_CONSOLE = "API 令牌不能用于审核台，请以本人账号登录 / an API token cannot use the console; sign in as a person"
NOT_REVIEWER = "只有审核人可以作出审核决定 / only a reviewer may decide"
NOT_OFFICE = "仅局办公室可查看 / only the office may see this"
NOT_YOUR_SECTION = "只能查看本科室的文件 / you may only see your own section's documents"
NOT_FOUND = "找不到这件文件 / no such document"
NEEDS_TOKEN = "需要 OA 令牌：Authorization: Bearer … / an OA token is required"
TOO_LARGE = "文件超过大小上限 / the file exceeds the size limit"
EMPTY_FILE = "没有上传文件 / no file uploaded"
BAD_SIDECAR = "sidecar 须为 JSON 对象 / the sidecar must be a JSON object"
SIDECAR_AS_FILE = ("OA 表单（.json/.xml）请放在 sidecar 字段提交，不能作为公文文件上传 / an OA form (.json/.xml) goes in the "
                   "sidecar field, not as the document file")
ROLE_OA_ONLY = "此接口仅供 OA 系统使用 / this endpoint is for OA systems only"

#: API status → 中文 (for the console's submission view and logs)
STATUS = {"queued": "排队中", "auditing": "审查中", "done": "已完成", "error": "无法审查"}

#: audit-log events → 中文
EVENTS = {
    "login_ok": "登录成功", "login_failed": "登录失败", "login_blocked": "登录被限制", "logout": "退出登录",
    "decision": "审核决定", "decision_refused": "决定未生效", "export": "导出", "api_submit": "API 投递",
    "api_denied": "API 拒绝",
}

#: the buttons of the document page, in order: action → (label, needs comment)
BUTTONS = (("approve", "同意公开"), ("exempt", "免于公开"), ("return", "退回"), ("escalate", "报审"))
DISMISS_REASONS_ZH = {"false_positive": "误报", "already_public": "已公开", "consented": "本人同意",
                      "test_data": "测试数据", "other": "其他"}
FOLDER_NOT_REAL = "收件夹中的科室文件夹不是普通文件夹（可能是符号链接），拒绝写入 / the department folder in the inbox is not a real folder (a link?): nothing written"
DEPARTMENT_NUMBER = "承办科室名称中含有长串数字（疑似证件号、卡号或电话号码），请改正 / the department name holds a long run of digits (an ID, card or phone number?): correct it"
