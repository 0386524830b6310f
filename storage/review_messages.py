"""The review state machine's refusals, in Chinese and English — one place for the text a reviewer reads.

Every refusal names where the document stands and, when a reviewer put it there, who decided what
and when (with the comment), so the loser of a race knows whose word stands.
"""

from __future__ import annotations

from .review_machine import ACTIONS, STATES, TEXT_MAX, DecisionRequest, ReviewState


def _who(current: ReviewState) -> tuple[str, str]:
    """(中文, English) clause naming the decision that set the current state, or the audit."""
    last = current.last
    if last is None:
        return "（审查程序的结果，尚无审核人决定）", " (as the audit routed it; no reviewer has decided yet)"
    at = f"{last.decided_at:%Y-%m-%d %H:%M:%S}"
    zh = f"（{last.reviewer} 于 {at} {ACTIONS[last.action][0]}"
    en = f" ({last.reviewer} {ACTIONS[last.action][1]} it at {at}"
    if last.comment:
        zh += f"，意见：{last.comment}"
        en += f"; comment: {last.comment}"
    if last.override:
        zh += f"，覆盖理由：{last.reason}"
        en += f"; override reason: {last.reason}"
    return zh + "）", en + ")"


def refusal(code: str, current: ReviewState, request: DecisionRequest, detail: str | None = None) -> tuple[str, str]:
    """(中文, English) message for a refused decision. ``code``: conflict | not_allowed | needs_reaudit | bad_request."""
    want_zh, want_en = ACTIONS[request.action][0], request.action
    state_zh, state_en = STATES[current.state]
    who_zh, who_en = _who(current)
    if code == "conflict":
        return (f"未生效：此件已由他人先行处理，现为「{state_zh}」{who_zh}；你的「{want_zh}」没有执行，请刷新后再决定",
                f"not applied: someone decided first, the document is now {state_en}{who_en}; "
                f"your {want_en} was not applied — reload and decide again")
    if code == "not_allowed":
        return (f"不能执行「{want_zh}」：此件现为「{state_zh}」{who_zh}",
                f"cannot {want_en}: the document is {state_en}{who_en}")
    if code == "needs_reaudit":
        return (f"不能直接{want_zh}：此件现为「{state_zh}」{who_zh}。请先重新审查，"
                f"或明确覆盖并注明公开属性与理由",
                f"cannot {want_en} directly: the document is {state_en}{who_en}. Re-audit it first, "
                f"or override explicitly with the 公开属性 (disclosure attribute) and a reason")
    if code == "bad_request":
        zh, en = MISSING[detail or "reviewer"]
        return f"请求不完整：{zh}", f"incomplete request: {en}"
    raise ValueError(f"unknown refusal code {code!r}")


#: (中文, English) for incomplete requests.
MISSING = {
    "reviewer": ("必须注明审核人姓名", "the reviewer's name is required"),
    "override": ("覆盖必须同时注明公开属性和理由", "an override needs both the 公开属性 and a reason"),
    "attribute": ("公开属性须为 主动公开、依申请公开 或 不予公开", "the 公开属性 must be 主动公开, 依申请公开 or 不予公开"),
    "dismiss": ("忽略问题须注明问题指纹和原因代码", "dismissing needs the finding's fingerprint and a reason code"),
    "fingerprint": ("问题指纹不属于此件", "the fingerprint is not one of this document's findings"),
    "return": ("退回必须附意见", "a return needs a comment"),
    "too_long": (f"意见或理由过长（不超过 {TEXT_MAX} 字）", f"the comment or reason is too long (at most {TEXT_MAX} characters)"),
    "missing_file": ("文件不在台账记录的位置（可能已被手工移走）", "the file is not where the ledger routed it (moved by hand?)"),
    "changed": ("文件内容与审查时不同（已被改动），请重新投递到收件夹",
                "the file's content is not what was audited (it was changed); drop it into the inbox again"),
}

