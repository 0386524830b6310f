"""The ledger adapter: what the watch service records comes back as records and register rows."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.source import load_records, load_register, monthly_from_ledger, window


@pytest.fixture
def ledger(tmp_path, demo_results):
    from storage import Ledger

    led = Ledger.for_root(tmp_path)
    worker = led.register_worker()
    runs = {}
    for rel, res in demo_results.items():
        cid, _ = led.begin_claim(worker, rel, rel, rel.split("/")[0])
        runs[rel], _ = led.record_audit(cid, res)
    yield led, runs
    led.close()


def test_records_carry_decisions_verdicts_and_reviews(ledger, demo_results):
    led, runs = ledger
    ids = demo_results["就业促进科/创业补贴公示（含完整身份证号）.docx"]
    fp = ids.findings[0].fingerprint(ids.anchor)
    led.record_verdict(fp, "dismissed", "马审核", reason_code="false_positive")
    ok_rel = "养老保险科/关于做好城乡居民养老保险费征缴工作的通知.docx"
    led.record_review(runs[ok_rel], "approved", "马审核")
    now = dt.datetime.now()
    recs = {r.file: r for r in load_records(led, None, now + dt.timedelta(minutes=1))}
    assert len(recs) == len(demo_results)
    for rel, res in demo_results.items():
        r = recs[rel.rsplit("/", 1)[-1]]
        assert r.decision == str(res.decision) and r.department == rel.split("/")[0]
        assert sorted(f.code for f in r.findings) == sorted(str(f.code) for f in res.findings)
        assert r.received_at <= r.decided_at
    id_rec = recs["创业补贴公示（含完整身份证号）.docx"]
    assert [f.verdict for f in id_rec.findings].count("dismissed") == 1
    ok = recs["关于做好城乡居民养老保险费征缴工作的通知.docx"]
    assert ok.review == "approved" and ok.reviewer == "马审核" and ok.reviewed_at is not None
    assert ok.opinion.startswith("公开")


def test_register_rows_are_the_ledger_entries(ledger):
    led, runs = ledger
    led.record_review(runs["办公室/关于做好元旦期间值班工作的通知.docx"], "approved", "马审核",
                      published_on=dt.date(2026, 11, 20))
    rows = load_register(led, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert len(rows) == 1
    assert (rows[0].published_on, rows[0].attribute, rows[0].form, rows[0].scope) == (dt.date(2026, 11, 20), "依申请公开", "依申请提供", "申请人")
    assert load_register(led, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == []


def test_monthly_from_ledger(ledger, demo_results):
    led, _ = ledger
    today = dt.date.today()
    st = monthly_from_ledger(led, today.year, today.month)
    assert st.total.documents == len(demo_results)
    assert st.total.errors == sum(str(r.decision) == "error" for r in demo_results.values())
    assert {s.department for s in st.sections} == {rel.split("/")[0] for rel in demo_results}


def test_window_reaches_back_for_first_submissions():
    start, end = window(2026, 11)
    assert end == dt.datetime(2026, 12, 1) and start == dt.datetime(2025, 6, 1)
