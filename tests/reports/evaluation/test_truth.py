"""Reading the truth file: CSV and JSONL, BOM, comments, Chinese headers, and bad lines named by number."""

from __future__ import annotations

import json

import pytest

from reports.evaluation import TruthFileError, parse_truth, read_truth, template_text
from reports.evaluation.truth import normalise_path

HEADER = "file,attribute,decision,codes,note\n"


def csv_rows(text: str):
    return parse_truth(text, "t.csv", jsonl=False).rows


def error_of(text: str, jsonl: bool = False) -> TruthFileError:
    with pytest.raises(TruthFileError) as e:
        parse_truth(text, "t.jsonl" if jsonl else "t.csv", jsonl=jsonl)
    return e.value


def test_csv_basic_row_and_codes_split_on_semicolons():
    (r,) = csv_rows(HEADER + "rs/017.txt,主动公开,return,PERSONAL_DATA; label_mismatch,公示含身份证号\n")
    assert (r.line, r.file, r.attribute, r.decision) == (2, "rs/017.txt", "主动公开", "return")
    assert r.codes == ("LABEL_MISMATCH", "PERSONAL_DATA")
    assert r.note == "公示含身份证号"


def test_csv_with_bom_crlf_comments_blank_lines_and_empty_attribute(tmp_path):
    p = tmp_path / "truth.csv"
    p.write_bytes("\ufeff# 注释\r\n\r\nfile,attribute,decision,codes\r\na.docx,,return,LABEL_MISSING\r\n# b.docx,主动公开,approve,\r\n".encode())
    t = read_truth(p)
    assert t.format == "csv" and len(t.rows) == 1
    r = t.rows[0]
    assert (r.file, r.attribute, r.codes, r.line) == ("a.docx", None, ("LABEL_MISSING",), 4)


def test_extra_columns_are_kept_and_chinese_headers_accepted():
    rows = csv_rows("文件,公开属性,审查结论,问题代码,说明,split,issuer\nx.txt,依申请公开,退回,,n,holdout,某厅\n")
    assert rows[0].decision == "return" and rows[0].attribute == "依申请公开"
    assert dict(rows[0].extra) == {"split": "holdout", "issuer": "某厅"}


def test_jsonl_with_null_attribute_list_codes_and_extra_keys(tmp_path):
    p = tmp_path / "truth.jsonl"
    lines = [{"file": "a/b.docx", "attribute": None, "decision": "escalate", "codes": ["SECRET_MARKING"], "genre": "通知"},
             {"file": "c.txt", "attribute": "不予公开", "decision": "approve", "codes": [], "note": "请示"}]
    p.write_text("\ufeff" + "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8")
    t = read_truth(p)
    assert t.format == "jsonl" and [r.line for r in t.rows] == [1, 2]
    assert t.rows[0].attribute is None and t.rows[0].codes == ("SECRET_MARKING",) and dict(t.rows[0].extra) == {"genre": "通知"}
    assert t.extra_columns == ("genre",)


def test_format_is_sniffed_when_the_name_does_not_say(tmp_path):
    p = tmp_path / "truth.txt"
    p.write_text('{"file": "a", "attribute": "", "decision": "return", "codes": ["LABEL_MISSING"]}\n', encoding="utf-8")
    assert read_truth(p).format == "jsonl"


@pytest.mark.parametrize("text, line, words", [
    (HEADER + "a,主动公开,approve,\nb,部分公开,return,\n", 3, "部分公开"),
    (HEADER + "a,主动公开,publish,\n", 2, "publish"),
    (HEADER + "a,主动公开,return,PERSONAL_INFO\n", 2, "PERSONAL_INFO"),
    (HEADER + "a,主动公开,approve,\n\n# c\na,主动公开,approve,\n", 5, "第 2 行"),
    (HEADER + "a,主动公开,approve\n", 2, "cells"),
    ("file,attribute,codes\na,,\n", 1, "decision"),
    (HEADER + ",主动公开,approve,\n", 2, "file"),
])
def test_bad_csv_lines_are_named(text, line, words):
    e = error_of(text)
    assert e.line == line
    assert words in str(e)
    assert "真值文件错误" in str(e) and "bad truth file" in str(e)


@pytest.mark.parametrize("line_text, words", [
    ('{"file": "a", "attribute": null, "decision": "return"', "JSON"),
    ('["a", null, "return", []]', "object"),
    ('{"file": "a", "attribute": null, "decision": "return"}', "codes"),
    ('{"file": "a", "attribute": null, "decision": "return", "codes": "LABEL_MISSING"}', None),
    ('{"file": "a", "attribute": null, "decision": "return", "codes": {"x": 1}}', "list"),
    ('{"file": 7, "attribute": null, "decision": "return", "codes": []}', "file"),
])
def test_bad_jsonl_lines_are_named(line_text, words):
    good = '{"file": "ok", "attribute": "主动公开", "decision": "approve", "codes": []}'
    text = good + "\n" + line_text + "\n"
    if words is None:  # a ";"-string is accepted as well as a list
        assert parse_truth(text, "t.jsonl", jsonl=True).rows[1].codes == ("LABEL_MISSING",)
        return
    e = error_of(text, jsonl=True)
    assert e.line == 2 and words in str(e)


def test_not_utf8_names_the_line(tmp_path):
    p = tmp_path / "gbk.csv"
    p.write_bytes(HEADER.encode() + "a.docx,主动公开,approve,\n".encode("gbk"))
    with pytest.raises(TruthFileError) as e:
        read_truth(p)
    assert e.value.line == 2 and "UTF-8" in str(e.value)


def test_missing_and_empty_truth_files(tmp_path):
    with pytest.raises(TruthFileError, match="no such truth file"):
        read_truth(tmp_path / "nope.csv")
    with pytest.raises(TruthFileError, match="cannot read"):
        read_truth(tmp_path)  # a folder
    (tmp_path / "empty.csv").write_text(HEADER + "# nothing yet\n", encoding="utf-8")
    with pytest.raises(TruthFileError, match="no rows"):
        read_truth(tmp_path / "empty.csv")


@pytest.mark.parametrize("raw", ["../secret.docx", "a/../../b.docx", "/etc/passwd", "C:\\Windows\\x.docx", "..\\x.docx",
                                 "~/x.docx", "a/\x1b[31m.docx", "..", "./"])
def test_paths_escaping_the_folder_are_refused(raw):
    with pytest.raises(TruthFileError):
        normalise_path(raw)
    e = error_of(HEADER + f'"{raw}",主动公开,approve,\n')
    assert e.line == 2


def test_paths_are_normalised():
    assert normalise_path("./就业促进科//公示.docx") == "就业促进科/公示.docx"
    assert normalise_path("就业促进科\\公示.docx") == "就业促进科/公示.docx"  # written on Windows


def test_hostile_cells_are_data():
    (r,) = csv_rows(HEADER + '"=HYPERLINK(""http://x"",""y"").docx",主动公开,approve,,"<script>alert(1)</script>"\n')
    assert r.file.startswith("=HYPERLINK") and r.note == "<script>alert(1)</script>"


@pytest.mark.parametrize("jsonl", [False, True])
def test_the_template_parses_and_lists_every_column(jsonl):
    text = template_text(jsonl=jsonl)
    for col in ("file", "attribute", "decision", "codes", "note"):
        assert f"# {col}（" in text
    lines = text.splitlines()
    cut = next(i for i, l in enumerate(lines) if "examples (remove the leading #" in l) + 1
    with pytest.raises(TruthFileError, match="no rows"):  # as written, every example is commented out
        parse_truth(text, "t", jsonl=jsonl)
    enabled = "\n".join(lines[:cut] + [l[2:] for l in lines[cut:]])
    rows = parse_truth(enabled, "t", jsonl=jsonl).rows
    assert len(rows) == 5 and {r.decision for r in rows} == {"approve", "return", "escalate"}
