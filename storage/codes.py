"""Reason codes and register defaults: plain data, importable without SQLAlchemy (the CLI's
argument parser needs them at start-up, where ``gongkai audit`` must stay fast)."""

#: Reason codes a reviewer may give when dismissing a finding as a false positive.
DISMISS_REASONS = ("false_positive", "already_public", "consented", "test_data", "other")

#: 公开形式 / 公开范围 by 公开属性 (《人社系统政务公开工作资料管理制度》第三条; 《政务公开监督制度》公开载体).
REGISTER_DEFAULTS = {
    "主动公开": ("政府网站", "社会公众"),
    "依申请公开": ("依申请提供", "申请人"),
    "不予公开": ("不公开", "不公开"),
}
