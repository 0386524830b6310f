"""The ``[hidden]`` configuration section: which machine-only blocks are findings, and the words
that make a document property a finding. 《保密审查工作制度》第五条（二）、第十一条."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import section


@section("hidden")
@dataclass(frozen=True, slots=True)
class HiddenConfig:
    """Subtypes reported, and the lexicons the metadata check uses."""

    #: Subtypes of HIDDEN_CONTENT that are reported (drop one to silence it bureau-wide).
    subtypes: tuple[str, ...] = (
        "tracked_change", "comment", "hidden_text", "white_text", "metadata", "annotation", "embedded", "field",
    )
    #: A property value that *is* one of these (e.g. an MSIP label named 内部) is an internal mark.
    internal_values: tuple[str, ...] = (
        "内部", "内部事项", "内部资料", "内部文件", "工作秘密", "秘密", "机密", "绝密", "敏感", "受控", "限制",
        "Confidential", "Highly Confidential", "Internal", "Internal Only", "Restricted", "Secret", "Private",
    )
    #: A property value that *contains* one of these carries an internal mark.
    internal_phrases: tuple[str, ...] = (
        "内部资料", "内部事项", "内部使用", "内部掌握", "注意保管", "不得外传", "不宜公开", "不予公开", "不公开",
        "工作秘密", "秘密★", "机密★", "绝密★", "征求意见稿", "送审稿", "讨论稿", "未定稿", "草稿",
        "Confidential", "Internal Only", "Do not distribute",
    )
    #: Words of a reviewer's remark; looked for only in properties people use for remarks.
    remark_words: tuple[str, ...] = (
        "审核", "审阅", "修改意见", "意见", "请删除", "删除", "待定", "待核", "核实", "暂缓", "批示", "领导", "不同意",
        "再议", "需报", "退回", "TODO", "待补充", "请补充",
    )
    #: Properties people type remarks into (core description/keywords …, every custom property and
    #: Word variable, PDF Subject/Keywords, OFD Abstract/Keywords). Matched by prefix.
    remark_keys: tuple[str, ...] = (
        "core:description", "core:keywords", "core:subject", "core:category", "core:contentStatus",
        "custom:", "docvar:", "app:Manager", "pdf:Subject", "pdf:Keywords", "ofd:Abstract", "ofd:Keywords",
        "ofd:Subject", "ofd:CustomData",
    )
    #: Field instructions worth reporting (they fetch or point somewhere a reader does not see).
    field_words: tuple[str, ...] = ("HYPERLINK", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "MERGEFIELD", "DOCPROPERTY", "DOCVARIABLE", "AUTOTEXT", "QUOTE")
