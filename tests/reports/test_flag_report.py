"""The flag report and the files written beside a document: structure, not bytes."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest

from reports import write_document_reports
from reports.document import HTML_SUFFIX, JSON_SUFFIX, NOTICE_SUFFIX, contract_json

NOW = dt.datetime(2026, 11, 27, 9, 30)


def _page(path):
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def test_return_writes_html_json_and_notice(tmp_path, id_list_result, raw_numbers):
    paths = write_document_reports(id_list_result, tmp_path, "创业补贴公示", now=NOW)
    assert [p.name for p in paths] == ["创业补贴公示" + s for s in (HTML_SUFFIX, JSON_SUFFIX, NOTICE_SUFFIX)]
    contract = json.loads(paths[1].read_text(encoding="utf-8"))
    assert contract == json.loads(json.dumps(id_list_result.to_contract(), ensure_ascii=False))
    assert paths[1].read_text(encoding="utf-8") == contract_json(id_list_result)
    # no full ID number in any file written (the docx is a zip: check its XML)
    import zipfile

    texts = [p.read_text(encoding="utf-8") for p in paths[:2]]
    with zipfile.ZipFile(paths[2]) as z:
        texts += [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
    planted = raw_numbers(id_list_result)
    assert len(planted) == 6
    for t in texts:
        for n in planted:
            assert n not in t


def test_flag_report_top_and_findings_list(tmp_path, id_list_result):
    html_path = write_document_reports(id_list_result, tmp_path, "x", now=NOW)[0]
    page = _page(html_path)
    verdict = page.get_element_by_id("verdict")
    assert "退回承办科室修改" in verdict.text_content()
    assert verdict.find_class("opinion-verdict")[0].text_content() == "退回修改"
    assert "《保密审查工作制度》第五条（二）" in verdict.find_class("opinion-basis")[0].text_content()
    items = page.get_element_by_id("findings").findall("li")
    # six ID numbers are one item with six highlighted places in one table; the six names paired with them another
    assert [(li.get("data-code"), li.get("data-count")) for li in items] == [("PERSONAL_DATA", "6")] * 2
    li = next(li for li in items if "公民身份号码" in li.find_class("code-name")[0].text_content())
    marks = [m.text_content() for m in li.iter("mark")]
    assert marks == [f.evidence for f in id_list_result.findings if f.subtype == "id_card"]
    assert all("********" in m for m in marks)
    # the names in the shown rows are masked as the name findings mask them
    names = [f.evidence for f in id_list_result.findings if f.subtype == "name"]
    row_names = [tr.findall("td")[1].text_content() for tr in li.find_class("passage-row")[0].findall("tr")[1:]]
    assert row_names == names and all("*" in n for n in names)
    header = [th.text_content() for th in li.find_class("passage-row")[0].iter("th")]
    assert header == ["序号", "姓名", "身份证号", "补贴类型", "金额（元）"]
    assert "表格1第2—7行第3列" in li.find_class("where")[0].text_content()
    assert "去标识化" in li.find_class("todo")[0].text_content()
    assert li.find_class("rule-cite")[0].text_content().startswith("《保密审查工作制度》")


def test_flag_report_is_self_contained_and_prints_a4(tmp_path, id_list_result):
    text = write_document_reports(id_list_result, tmp_path, "x", now=NOW)[0].read_text(encoding="utf-8")
    page = lxml.html.fromstring(text)
    assert not page.xpath("//script | //link | //iframe | //img[not(starts-with(@src, 'data:'))]")
    assert "http://" not in text and "https://" not in text
    assert "size: A4" in text and "@media print" in text


def test_approved_document_has_no_notice_and_says_publish(tmp_path, demo_results):
    res = demo_results["养老保险科/关于做好城乡居民养老保险费征缴工作的通知.docx"]
    paths = write_document_reports(res, tmp_path, "征缴通知", now=NOW)
    assert [p.suffix for p in paths] == [".html", ".json"]
    page = _page(paths[0])
    assert page.find_class("opinion-verdict")[0].text_content() == "公开"
    assert page.get_element_by_id("no-findings") is not None
    assert page.xpath('//*[@id="no-machine" or @id="machine-only"]')


@pytest.mark.parametrize("rel", ["办公室/空文件.docx", "劳动关系科/加密文件.pdf"])
def test_unreadable_file_still_gets_a_report(tmp_path, demo_results, rel):
    res = demo_results[rel]
    paths = write_document_reports(res, tmp_path, "bad", now=NOW)
    page = _page(paths[0])
    assert "无法审查" in page.get_element_by_id("verdict").text_content()
    assert [li.get("data-code") for li in page.get_element_by_id("findings").findall("li")] == ["UNREADABLE"]


def test_hidden_content_reader_vs_machine(tmp_path, hidden_result, hidden_doc):
    _, idn, mob = hidden_doc
    html_path = write_document_reports(hidden_result, tmp_path, "hidden", now=NOW)[0]
    text = html_path.read_text(encoding="utf-8")
    assert idn not in text and mob not in text
    page = lxml.html.fromstring(text)
    rows = page.get_element_by_id("machine-only").findall(".//tr")[1:]
    kinds = [r.findall("td")[0].text_content() for r in rows]
    assert any(k.startswith("批注") for k in kinds) and any(k.startswith("隐藏文字") for k in kinds)
    assert any(k.startswith("修订（删除）") for k in kinds)
    shown = " ".join(r.findall("td")[1].text_content() for r in rows)
    assert idn[:6] + "********" + idn[-4:] in shown and mob[:3] + "****" + mob[-4:] in shown
    items = page.get_element_by_id("findings").findall("li")
    hidden_items = [li for li in items if li.find_class("hidden")]
    assert {li.get("data-code") for li in hidden_items} == {"HIDDEN_CONTENT", "PERSONAL_DATA"}


def test_missing_label_points_at_the_note_position(tmp_path, demo_results):
    res = demo_results["养老保险科/征缴通知（未标注）.pdf"]
    page = _page(write_document_reports(res, tmp_path, "m", now=NOW)[0])
    li = page.get_element_by_id("findings").findall("li")[0]
    assert li.get("data-code") == "LABEL_MISSING"
    shown = li.find_class("passage")[0].text_content()
    assert res.document.fields.date in shown and "此处缺少公开属性标注" in shown
    assert "附注" in li.find_class("todo")[0].text_content()


def test_result_rebuilt_from_contract_keeps_title_number_and_section(tmp_path, demo_results):
    from classifiers.model import AuditResult

    res = demo_results["政策法规科/关于征求人力资源服务机构管理办法意见的函（未标注）.docx"]
    contract = res.to_contract()
    bare = AuditResult.from_contract(contract)  # a duplicate drop: no Document
    paths = write_document_reports(bare, tmp_path, "dup", now=NOW, contract=contract, department="政策法规科")
    meta = {dt_.text_content(): dd.text_content() for dt_, dd in zip(_page(paths[0]).iter("dt"), _page(paths[0]).iter("dd"))}
    assert meta["标题"] == res.document.fields.title
    assert meta["发文字号"] == res.document.fields.doc_number
    assert meta["承办科室"] == "政策法规科"
    import docx

    info = docx.Document(str(paths[2])).tables[0]
    assert info.rows[0].cells[1].text == res.document.fields.doc_number


def test_escalation_band_is_amber_and_says_report_up(tmp_path):
    from classifiers.model import AuditResult, Decision, Finding, Opinion, Severity

    f = Finding("SECRET_CONTENT", Severity.HIGH, "疑似涉及国家秘密事项：“尚未公布的机构调整方案”", "《保密审查工作制度》第八条",
                evidence="尚未公布的机构调整方案")
    res = AuditResult(file="办公室/机构调整.docx", sha256="c" * 64, format="docx", decision=Decision.ESCALATE, findings=(f,),
                      attribute="主动公开", opinion=Opinion("需报审", ("《保密审查工作制度》第八条",), "疑似涉密内容，密级不明确，报有权机关确定"))
    paths = write_document_reports(res, tmp_path, "e", now=NOW)
    assert len(paths) == 2  # no 退文通知单 for an escalation
    page = _page(paths[0])
    band = page.get_element_by_id("verdict")
    assert "warn" in band.get("class") and "需报审" in band.text_content()
    assert page.find_class("opinion-verdict")[0].text_content() == "需报审"
    li = page.get_element_by_id("findings").findall("li")[0]
    assert [m.text_content() for m in li.iter("mark")] == ["尚未公布的机构调整方案"]
    assert "报有权机关" in li.find_class("todo")[0].text_content()


def test_flag_report_speaks_chinese_to_the_clerk(tmp_path, id_list_result):
    """No internal field names or English debug text; codes shown by their Chinese name (the code in a tooltip)."""
    page = _page(write_document_reports(id_list_result, tmp_path, "x", now=NOW)[0])
    items = page.get_element_by_id("findings").findall("li")
    for li in items:
        explain = li.find_class("explain")[0].text_content()
        for word in ("decision_process", "context_words", "checksum", "score", "pattern", "id_card", "paired_with"):
            assert word not in explain, (word, explain)
        name = li.find_class("code-name")[0]
        assert name.get("title") == "PERSONAL_DATA"
        assert "PERSONAL_DATA" not in li.find("h3").text_content()
    id_item = next(li for li in items if "公民身份号码" in li.find_class("code-name")[0].text_content())
    explain = id_item.find_class("explain")[0].text_content()
    assert "校验位正确" in explain and "表头“身份证号”" in explain
    name_item = next(li for li in items if "成对" in li.find_class("code-name")[0].text_content())
    assert "同行公民身份号码" in name_item.find_class("explain")[0].text_content()
    # the group says its count once, in its tag, not again in the message
    assert "本件共" not in id_item.find_class("message")[0].text_content()
    # the technical detail stays in result.json
    contract = json.loads((tmp_path / ("x" + JSON_SUFFIX)).read_text(encoding="utf-8"))
    assert any("decision_process" in f["explanation"] for f in contract["findings"])


def test_flag_report_names_a_publicity_list_and_keeps_file_names_whole(tmp_path, id_list_result):
    page = _page(write_document_reports(id_list_result, tmp_path, "x", now=NOW)[0])
    meta = dict(zip((dt.text_content() for dt in page.iter("dt")), page.iter("dd")))
    assert meta["文种"].text_content() == "公示"
    assert "filename" in meta["文件"].get("class")
    css = page.find(".//style").text
    assert ".meta dd.filename { word-break: keep-all; }" in css and "break-all" not in css.split(".meta dd")[1].split("}")[0]
