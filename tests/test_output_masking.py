"""Issue 10 (3): no full ID, card or phone number leaves the process, even when zoning goes wrong.

The title extractor is made to swallow the lines after the title — full ID numbers, Luhn-valid
bank cards and mobile numbers — and a buggy check is simulated that puts the raw numbers into a
finding's message, evidence and explanation. Every artefact the product writes is then searched:
result.json, the flag report, the 退文通知单 (its XML), the register and monthly workbooks (their
XML), the monthly page, ``gongkai audit`` (table and --json), ``review show``/``review list`` and
the watch log.
"""

from __future__ import annotations

import dataclasses
import html
import datetime as dt
import io
import json
import logging
import re
import zipfile
from pathlib import Path

import pytest

from classifiers.masking import MaskingFilter, mask_text, mask_value

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def valid_id(first17: str) -> str:
    """A citizen ID with its GB 11643 check character."""
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _W)) % 11]


def luhn(prefix: str) -> str:
    """``prefix`` completed with its Luhn check digit."""
    total = 0
    for i, d in enumerate(reversed(prefix + "0")):
        n = int(d)
        if i % 2:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return prefix + str((10 - total % 10) % 10)


IDS = (valid_id("64050219800101123"), valid_id("64052119951231004"))
CARDS = (luhn("622202123456789012"), luhn("621700001234567"))  # 19 and 16 digits
PHONES = ("13912345678", "18695012345")
NUMBERS = IDS + CARDS + PHONES


def _valid(n: str) -> bool:
    return n == valid_id(n[:17]) if len(n) == 18 else n == luhn(n[:-1]) if len(n) in (16, 19) else True


def test_planted_numbers_are_valid():
    assert all(_valid(n) for n in NUMBERS)


TEXT = (
    "关于公布2026年度就业见习补贴发放名单的通知\n"
    f"张某 {IDS[0]} {CARDS[0]} {PHONES[0]}\n"
    f"李某 {IDS[1]} {CARDS[1]} {PHONES[1]}\n"
    "\n"
    "各县（区）人力资源和社会保障局：\n"
    "    现将2026年度就业见习补贴发放名单公布如下，请各单位认真核对。\n"
    "\n"
    "中卫市人力资源和社会保障局\n"
    "2026年11月20日\n"
    "（此件公开发布）\n"
)


def swallowing_zones(monkeypatch):
    """Make the txt zoner's title take in the two number lines (the bug issue 10 saw)."""
    import extractors.txt as txt_mod

    real = txt_mod.assign_zones

    def bad(blocks, department=None):
        out, fields = real(blocks, department)
        texts = [b.text for b in out if b.text.strip()]
        title = "".join(texts[:3])
        fields = dataclasses.replace(fields, title=title, doc_number=f"卫人社发〔2026〕{PHONES[1]}号",
                                     department=f"办公室{PHONES[0]}")
        return out, fields

    monkeypatch.setattr(txt_mod, "assign_zones", bad)


def _leaks(text: str) -> list[str]:
    joined = re.sub(r"(?<=[0-9])[ \-](?=[0-9])", "", text)
    return [n for n in NUMBERS if n in text or n in joined]


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    return xml + html.unescape(re.sub(r"<[^>]+>", "", xml))


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    return _zip_text(path) if data[:2] == b"PK" else data.decode("utf-8", "replace")


@pytest.fixture
def planted(tmp_path, monkeypatch):
    swallowing_zones(monkeypatch)
    src = tmp_path / "in" / f"名单{PHONES[0]}.txt"
    src.parent.mkdir()
    src.write_text(TEXT, encoding="utf-8")
    return src


def _buggy(result):
    """A check that forgot to mask: raw numbers in message, evidence, explanation and reason."""
    from classifiers.model import Finding, Severity

    f = Finding(code="PERSONAL_DATA", severity=Severity.HIGH, message=f"发现身份证号{IDS[0]}", rule="第十一条",
                evidence=CARDS[0], subtype="id_card", source="detector", match_key=f"raw:{PHONES[0]}",
                explanation=(("context", f"电话{PHONES[1]}"), ("numbers", [IDS[1], CARDS[1]])))
    return dataclasses.replace(result, findings=result.findings + (f,), reason=f"理由{PHONES[0]}",
                               error=None)


def test_title_swallowing_numbers_leaks_nothing(planted, tmp_path):
    from classifiers import load_config
    from classifiers.audit import audit_path
    from reports import write_document_reports
    from reports.console import print_table
    from reports.monthly import write_monthly
    from reports.records import from_result
    from reports.register import rows_from_records, write_register
    from reports.stats import compute_monthly

    res = audit_path(planted, load_config())
    assert any(n in (res.document.fields.title or "") for n in IDS), "the zoner was not made to swallow the numbers"
    assert str(res.decision) == "return"
    res = _buggy(res)
    out = tmp_path / "out"
    now = dt.datetime(2026, 11, 20, 9, 30)
    files = write_document_reports(res, out, planted.stem, now=now)
    assert {p.suffix for p in files} == {".html", ".json", ".docx"}
    rec = from_result(res, run_id=1, received_at=now, decided_at=now, review="approved", reviewed_at=now)
    files.append(write_register(rows_from_records([rec], now.date(), now.date()), out / "register.xlsx", now.date(), now.date()))
    files += write_monthly(compute_monthly([rec], 2026, 11), out)
    for p in files:
        assert _leaks(_file_text(p)) == [], p.name
    table = io.StringIO()
    print_table([res], table)
    assert _leaks(table.getvalue()) == []
    contract = json.dumps(res.to_contract(), ensure_ascii=False)
    assert _leaks(contract) == []
    c = res.to_contract()
    assert "*" in c["document"]["title"] and c["sha256"] == res.sha256  # masked, the hash untouched
    # the register and the notice still say what the document is
    assert "就业见习补贴" in _file_text(out / "register.xlsx")


def test_cli_audit_table_and_json_leak_nothing(planted, capsys):
    from flows.cli import main

    for argv in (["audit", str(planted)], ["audit", "--json", str(planted)]):
        main(argv)
        got = capsys.readouterr()
        assert _leaks(got.out + got.err) == [], argv
    main(["audit", "--json", str(planted)])
    title = json.loads(capsys.readouterr().out)[0]["document"]["title"]
    assert title.startswith("关于公布2026年度就业见习补贴") and "640502********" in title  # swallowed, and masked


def test_review_show_and_list_leak_nothing(planted, tmp_path, capsys):
    """The ledger may hold raw text (another layer's concern): the printers mask anyway."""
    from types import SimpleNamespace

    from flows.commands import review

    f = SimpleNamespace(fingerprint="ab12cd34ef56", severity="high", code="PERSONAL_DATA", subtype="id_card", verdict=None,
                        message=f"身份证号{IDS[0]}", evidence=CARDS[1])
    run = SimpleNamespace(id=7, file_name=planted.name, decision="return", route=f"returned/{PHONES[0]}.txt",
                          title=f"标题{IDS[1]}", doc_number=None, department=f"科{PHONES[1]}", attribute=None,
                          suggested_attribute=None, review=None, duplicate_of=None, findings=[f], reports=[],
                          open_findings=1, state="returned")
    from storage.review_machine import ReviewState

    state = ReviewState(doc_key="sha", run_id=7, state="returned", version=0)
    ledger = SimpleNamespace(run=lambda ref: run, queue=lambda: [run], latest_runs=lambda: [run],
                             review_state=lambda run_id: state)
    review._show(ledger, SimpleNamespace(ref="7"))
    review._list(ledger, SimpleNamespace(all=False))
    got = capsys.readouterr()
    assert _leaks(got.out) == [] and "PERSONAL_DATA" in got.out and "ab12cd34ef" in got.out
    assert "个人信息" in got.out  # the code's Chinese name beside the code


def test_log_records_are_masked():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter())
    log = logging.getLogger("gongkai.test.masking")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("routed %s → %s", f"inbox/{IDS[0]}.docx", CARDS[0])
        try:
            raise ValueError(f"bad {PHONES[0]}")
        except ValueError:
            log.exception("failed on %s", PHONES[1])
    finally:
        log.removeHandler(handler)
    assert _leaks(stream.getvalue()) == [] and "routed inbox/" in stream.getvalue()


@pytest.mark.parametrize("raw, masked", [
    (IDS[0], IDS[0][:6] + "********" + IDS[0][-4:]),
    (f"卡号{CARDS[0]}。", f"卡号{CARDS[0][:4]}{'*' * 11}{CARDS[0][-4:]}。"),
    ("电话 139 1234 5678", "电话 139****5678"),
    ("手机：139-1234-5678", "手机：139****5678"),
    ("＋86 13912345678", "＋86139****5678"),
    ("8613912345678", "86139****5678"),
    ("６４０５０２１９８００１０１１２３Ｘ", "640502********123X"),
    ("编号 12 13912345678 3", "编号 12 139****5678 3"),
    (IDS[0] + PHONES[0], "*" * 25 + PHONES[0][-4:]),  # run together: nothing survives
])
def test_mask_text(raw, masked):
    assert mask_text(raw) == masked


@pytest.mark.parametrize("keep", [
    "卫人社发〔2026〕12号", "2026年11月20日", "咨询电话：0955-7012345", "补贴金额1234567.89元", "12333",
    "640502********1234", "139****5678",
])
def test_mask_text_keeps_what_is_no_personal_number(keep):
    assert mask_text(keep) == keep


def test_mask_value_skips_hashes_only():
    sha = "1391234567800000" + "a" * 48
    out = mask_value({"sha256": sha, "fingerprint": sha[:20], "title": f"x{PHONES[0]}", "list": [IDS[0], 3]})
    assert out["sha256"] == sha and out["fingerprint"] == sha[:20]
    assert _leaks(json.dumps([out["title"], out["list"]])) == [] and out["list"][1] == 3


def test_fingerprint_survives_the_masked_round_trip():
    from classifiers.model import AuditResult, Decision, Finding, Severity

    f = Finding(code="HIDDEN_CONTENT", severity=Severity.MEDIUM, message="m", rule="r", subtype="metadata",
                match_key=f"metadata:{PHONES[0]}")
    res = AuditResult(file="a.docx", sha256="0" * 64, format="docx", decision=Decision.RETURN, findings=(f,))
    c = res.to_contract()
    again = AuditResult.from_contract(c).to_contract()
    assert c["findings"][0]["fingerprint"] == again["findings"][0]["fingerprint"]
