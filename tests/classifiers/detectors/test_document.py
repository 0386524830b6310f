"""The per-document fast path: a document no detector can start a match in gives no findings,
and a document that holds only a digit-less trigger (a role, a cue, an address label) is not skipped."""

from __future__ import annotations

import re

from helpers_detectors import make_doc

from classifiers import load_config
from classifiers.detectors import DETECTORS
from classifiers.detectors._document import quiet
from classifiers.detectors.name import _CUE_AFTER, _CUE_FIRST


def test_cue_first_characters_follow_the_cue_pattern():
    firsts = {alt[0] for alt in re.split(r"\|(?![^(]*\))", _CUE_AFTER.pattern)}
    assert firsts == set(_CUE_FIRST)


def test_a_document_without_any_anchor_is_quiet_and_clean(run_check):
    doc = make_doc("会议纪要", "各单位：请遵照执行。")
    assert quiet(doc, load_config()["detectors"])
    assert all(run_check(n, doc) == [] for n in DETECTORS)


def test_digitless_triggers_are_not_skipped(run_check):
    cfg = load_config()["detectors"]
    for text in ("经查，劳动者刘翠未签订合同。", "张三，家住城关镇下坂村六队。", "王五同志在岗。"):
        assert not quiet(make_doc(text), cfg)
    assert run_check("name", make_doc("经查，劳动者刘翠申请工伤认定。"))


def test_a_role_alone_names_no_one_but_a_role_beside_an_identifier_does(run_check):
    # the issue asks for names beside identifiers; a role word alone is ordinary 公文 prose
    assert run_check("name", make_doc("经查，劳动者刘翠已签订劳动合同。")) == []
    found = run_check("name", make_doc("经查，劳动者刘翠已将本人银行卡交单位保管。"))
    assert [f.evidence for f in found] == ["刘*"]
