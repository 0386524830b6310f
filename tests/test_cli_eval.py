"""``gongkai eval`` end to end on the demo set with the committed truth file, and its refusals."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from flows.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO_TRUTH = ROOT / "samples" / "truth" / "demo.csv"
HEADER = "file,attribute,decision,codes,note\n"


@pytest.fixture(scope="module")
def demo_eval(demo_inbox, tmp_path_factory):
    """One text run and one JSON run of ``gongkai eval`` on the demo inbox."""
    out = tmp_path_factory.mktemp("eval-out")
    import contextlib
    import io

    text, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(text), contextlib.redirect_stderr(err):
        rc = main(["eval", str(demo_inbox), "--truth", str(DEMO_TRUTH), "--out", str(out)])
    js = io.StringIO()
    with contextlib.redirect_stdout(js), contextlib.redirect_stderr(io.StringIO()):
        rc_json = main(["eval", str(demo_inbox), "--truth", str(DEMO_TRUTH), "--out", str(out), "--json"])
    return rc, text.getvalue(), rc_json, json.loads(js.getvalue()), out


def test_the_demo_truth_file_lists_every_demo_document(demo_expected):
    from reports.evaluation import read_truth

    rows = {r.file: r for r in read_truth(DEMO_TRUTH).rows}
    assert set(rows) == set(demo_expected)
    for rel, exp in demo_expected.items():  # the demo's own expectations agree on decision and codes
        assert rows[rel].decision == exp["decision"], rel
        assert set(rows[rel].codes) == set(exp["codes"]), rel


def test_eval_on_the_demo_set_prints_the_scores_and_writes_the_reports(demo_eval):
    rc, text, _, _, out = demo_eval
    assert rc == 0
    for words in ("公开属性准确率 / attribute accuracy", "审查结论一致率 / decision agreement", "真值＼审查结果",
                  "精确率 P", "召回率 R", "支持数 support", "不一致 / disagreements", "文件夹中未列入真值的文件"):
        assert words in text
    assert re.search(r"审查结论一致率 / decision agreement: \d+\.\d%（\d+/14）", text)
    html, xlsx = out / "demo.评测.html", out / "demo.评测.xlsx"
    assert html.is_file() and xlsx.is_file()
    assert "公文审查评测报告" in html.read_text(encoding="utf-8")


def test_eval_json_counts_every_demo_file_and_no_sidecar(demo_eval):
    _, _, rc, d, _ = demo_eval
    assert rc == 0
    assert d["truth_rows"] == 14 and d["scored"] == 14
    assert d["not_in_truth"] == [] and d["missing"] == []  # the OA sidecar and .expected.json are not documents
    assert d["decision"]["total"] == 14 and len(d["codes"]) >= 12
    pd = next(c for c in d["codes"] if c["code"] == "PERSONAL_DATA")
    assert pd["support"] == 1


def test_no_full_id_number_anywhere(demo_eval):
    from openpyxl import load_workbook

    _, text, _, d, out = demo_eval
    long_digits = re.compile(r"\d{15,}")
    assert not long_digits.search(text)
    assert not long_digits.search(json.dumps(d, ensure_ascii=False))
    assert not long_digits.search((out / "demo.评测.html").read_text(encoding="utf-8"))
    for ws in load_workbook(out / "demo.评测.xlsx").worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and long_digits.search(v) for v in row)


def test_missing_files_and_unlisted_files_are_listed_not_fatal(demo_inbox, tmp_path, capsys):
    truth = tmp_path / "t.csv"
    truth.write_text(HEADER + "办公室/空文件.docx,,error,UNREADABLE,\n办公室/不存在.docx,,return,LABEL_MISSING,被删除\n",
                     encoding="utf-8")
    rc = main(["eval", str(demo_inbox), "--truth", str(truth), "--out", str(tmp_path / "o"), "--json"])
    d = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert d["missing"] == [{"line": 3, "file": "办公室/不存在.docx"}]
    assert d["scored"] == 1 and len(d["not_in_truth"]) == 13
    assert "就业促进科/创业补贴公示（已脱敏）.docx" in d["not_in_truth"]


def test_text_report_says_what_is_missing(demo_inbox, tmp_path, capsys):
    truth = tmp_path / "t.csv"
    truth.write_text(HEADER + "办公室/不存在.docx,,return,LABEL_MISSING,\n", encoding="utf-8")
    assert main(["eval", str(demo_inbox), "--truth", str(truth), "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "真值中列出但文件不存在" in out and "办公室/不存在.docx" in out and "第 2 行" in out


@pytest.mark.parametrize("body, words", [
    (HEADER + "a.docx,主动公开,approve,\nb.docx,部分公开,return,\n", "第 3 行"),
    (HEADER + "../../etc/passwd,主动公开,approve,\n", "outside the evaluated folder"),
    (HEADER + "/etc/passwd,主动公开,approve,\n", "absolute"),
    ("file,decision\n", "required columns missing"),
])
def test_bad_truth_file_exits_2_naming_the_line(demo_inbox, tmp_path, capsys, body, words):
    truth = tmp_path / "bad.csv"
    truth.write_text(body, encoding="utf-8")
    rc = main(["eval", str(demo_inbox), "--truth", str(truth), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert rc == 2
    assert words in err and "真值文件错误" in err
    assert not (tmp_path / "o").exists()  # nothing audited, nothing written


def test_a_symlinked_folder_that_leaves_dir_is_refused(tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("（此件公开发布）\n关于的通知\n", encoding="utf-8")
    folder = tmp_path / "dir"
    folder.mkdir()
    os.symlink(outside, folder / "link")
    truth = tmp_path / "t.csv"
    truth.write_text(HEADER + "link/secret.txt,主动公开,approve,\n", encoding="utf-8")
    rc = main(["eval", str(folder), "--truth", str(truth), "--out", str(tmp_path / "o")])
    assert rc == 2 and "link/secret.txt" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["eval"], ["eval", "x"], ["eval", "--truth", "t.csv"], ["eval", "--jobs", "many", "d"], ["eval", "d", "--bogus"],
                                  ["eval", "/nonexistent-folder", "--truth", "t.csv"]])
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as e:
        rc = main(argv)
        raise SystemExit(rc)
    assert e.value.code == 2
    assert "gongkai eval" in capsys.readouterr().err


def test_template_to_stdout_and_to_files(tmp_path, capsys):
    from reports.evaluation import TruthFileError, read_truth

    assert main(["eval", "--template"]) == 0
    text = capsys.readouterr().out
    assert "file,attribute,decision,codes,note" in text.splitlines()
    assert all(f"# {col}（" in text for col in ("file", "attribute", "decision", "codes", "note"))  # one line per column
    csv_path, jsonl_path = tmp_path / "truth.csv", tmp_path / "truth.jsonl"
    assert main(["eval", "--template", str(csv_path)]) == 0
    assert main(["eval", "--template", str(jsonl_path)]) == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
    for p in (csv_path, jsonl_path):  # only comments and examples: the bureau fills in its own rows
        with pytest.raises(TruthFileError, match="no rows"):
            read_truth(p)
    before = csv_path.read_bytes()
    assert main(["eval", "--template", str(csv_path)]) == 2  # never overwritten
    assert csv_path.read_bytes() == before
    assert "不覆盖" in capsys.readouterr().err
