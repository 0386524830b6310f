"""The ledger never keeps a full ID, card or phone number: masked text, masked contract, old rows masked by migration 0002."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest

from samples.fake import Faker
from storage import Ledger
from storage.migrate import HEAD
from storage.privacy import mask_json, mask_text
from storage.review_machine import DecisionRequest

F = Faker(2026)
ID, ID_X = F.id_card(), F.id_card(x_check=True)
CARD, PHONE = F.bank_card(19), F.mobile()
SECRETS = [ID, ID_X, CARD, PHONE]


def _body() -> str:
    return (f"公示名单：张三 身份证号{ID}，银行卡号 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}，"
            f"联系电话{PHONE}；李四 {ID_X}；邮箱 zhangsan@example.com。"
            "公示期为2026-11-21至2026-11-27，监督电话0955-7012333，卫人社发〔2026〕12号。")


def _ledger_bytes(root) -> bytes:
    return b"".join(p.read_bytes() for p in root.iterdir() if p.name.startswith("ledger.sqlite3"))


def _digits(b: bytes) -> bytes:
    return bytes(c for c in b if c not in b" ")


def test_mask_text_masks_ids_cards_phones_and_mail_keeps_dates():
    out = mask_text(_body())
    for s in SECRETS:
        assert s not in out.replace(" ", "")
    assert f"{ID[:6]}********{ID[-4:]}" in out and f"{PHONE[:3]}****{PHONE[-4:]}" in out
    assert "z***@example.com" in out and "zhangsan" not in out
    assert "2026-11-21" in out and "卫人社发〔2026〕12号" in out
    assert mask_text(out) == out, "masking is idempotent"
    assert mask_text(None) is None


def test_mask_json_leaves_identifiers_alone():
    c = {"sha256": "1234567890abcdef" * 4, "file": "inbox/a.docx",
         "findings": [{"fingerprint": "12345678901234567890abcd", "evidence": "x", "message": f"号码{PHONE}"}],
         "document": {"title": f"关于{ID}的公示"}}
    out = mask_json(c)
    assert out["sha256"] == c["sha256"] and out["findings"][0]["fingerprint"] == c["findings"][0]["fingerprint"]
    assert PHONE not in out["findings"][0]["message"] and ID not in out["document"]["title"]


@pytest.fixture(scope="module")
def publicity_result(default_config):
    from classifiers import audit_path
    from samples.docx_writer import write_docx
    from samples.spec import GongwenSpec, Table

    import tempfile
    from pathlib import Path

    spec = GongwenSpec(title=f"关于{ID}等人创业补贴的公示", body=(
        "现将补贴发放名单公示如下。", Table((("姓名", "身份证号", "银行卡号", "电话"), ("张三", ID, CARD, PHONE), ("李四", ID_X, CARD, PHONE))),
        _body()), doc_number=None)
    d = Path(tempfile.mkdtemp())
    p = write_docx(spec, d / "公示.docx")
    res = audit_path(p, default_config, department="就业促进科")
    text = res.document.visible_text()
    assert ID in text and CARD in text, "the document really carries the numbers"
    return res, text


def test_record_audit_stores_masked_text_title_and_contract(tmp_path, publicity_result):
    res, text = publicity_result
    led = Ledger.for_root(tmp_path)
    w = led.register_worker()
    cid, mid = led.begin_claim(w, "inbox/就业促进科/公示.docx", "work/1/公示.docx", "就业促进科")
    led.finish_move(mid)
    run_id, _ = led.record_audit(cid, res, text=text)
    # the audit returned it (full numbers): approving needs the override with a reason
    out = led.decide(run_id, DecisionRequest("approve", "马审核", attribute="主动公开", override=True,
                                             reason=f"已取得本人书面同意（{ID}）"))
    assert out.ok
    examples = led.training_examples()
    assert len(examples) == 1 and "张三" in examples[0][0], "the masked text still teaches the model"
    view = led.run(run_id)
    contract = led.run_contract(run_id)
    led.close()
    blob = _ledger_bytes(tmp_path)
    for s in SECRETS:
        assert s.encode() not in blob and s.encode() not in _digits(blob), f"{s} stored in the ledger"
    assert ID not in (view.title or "") and ID not in str(contract)
    mode = stat.S_IMODE(os.stat(tmp_path / "ledger.sqlite3").st_mode)
    assert mode == 0o600
    for p in tmp_path.iterdir():
        if p.name.startswith("ledger.sqlite3"):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_retain_text_clears_old_text_and_zero_stores_none(tmp_path, publicity_result):
    res, text = publicity_result
    led = Ledger.for_root(tmp_path)
    w = led.register_worker()
    cid, mid = led.begin_claim(w, "inbox/a.docx", "work/1/a.docx", None)
    run_id, _ = led.record_audit(cid, res, text=text)
    assert led.retain_text(365) == 0
    with led.session() as s:
        from storage.models import AuditRunRow

        s.get(AuditRunRow, run_id).audited_at = dt.datetime.now() - dt.timedelta(days=400)
    assert led.retain_text(365) == 1
    assert led.retain_text(0) == 0 and led.store_text is False
    cid2, _ = led.begin_claim(w, "inbox/b.docx", "work/2/b.docx", None)
    run2, _ = led.record_audit(cid2, res, text=text)
    with led.session() as s:
        assert s.get(AuditRunRow, run2).text is None and s.get(AuditRunRow, run_id).text is None
    led.close()


def test_migration_0002_masks_rows_written_in_full_and_leaves_no_bytes(tmp_path):
    """A ledger of the old schema with a 公示's full text: after the upgrade no full number is in the file or its WAL."""
    from alembic import command
    from sqlalchemy import create_engine

    from storage.migrate import alembic_config, current

    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    engine = create_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    con = sqlite3.connect(tmp_path / "ledger.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    now = "2026-11-20 10:00:00"
    contract = ('{"file": "inbox/a.docx", "document": {"title": "关于%s的公示"}, "findings": '
                '[{"fingerprint": "abc", "message": "电话%s", "evidence": "%s"}], "opinion": {"reason": "卡号%s"}}'
                % (ID, PHONE, PHONE, CARD))
    con.execute("INSERT INTO claims (id, worker_id, source, work_path, sidecars, state, claimed_at) VALUES "
                "('c1', 'w', 'inbox/a.docx', 'work/c1/a.docx', '[]', 'routed', ?)", (now,))
    con.execute("INSERT INTO audit_runs (id, claim_id, sha256, file_name, title, decision, anchor, contract, text, reports, audited_at) "
                "VALUES (1, 'c1', 'ff', 'a.docx', ?, 'return', 'ff', ?, ?, '[]', ?)", (f"关于{ID}的公示", contract, _body(), now))
    con.execute("INSERT INTO findings (run_id, fingerprint, code, severity, message, evidence, rule) VALUES "
                "(1, 'abc', 'PERSONAL_DATA', 'high', ?, ?, 'r')", (f"电话{PHONE}", PHONE))
    con.execute("INSERT INTO documents (sha256, first_seen, first_run_id, file_name, title, times_seen) VALUES ('ff', ?, 1, 'a.docx', ?, 1)",
                (now, f"关于{ID}的公示"))
    con.execute("INSERT INTO register_entries (sha256, run_id, published_on, form, subject, scope, opinion, reviewer, created_at) "
                "VALUES ('ff', 1, '2026-11-21', '政府网站', ?, '社会公众', ?, '马', ?)", (f"关于{ID}的公示", f"卡号{CARD}", now))
    con.commit()
    con.close()
    assert ID.encode() in _ledger_bytes(tmp_path), "the old ledger holds the full number"

    led = Ledger.for_root(tmp_path)  # migrates to head
    assert current(led.engine) == HEAD  # 0002 masks, then the review tables (0002rv) follow
    text = led.training_examples()  # nothing reviewed: empty, but the read works on migrated rows
    assert text == []
    run = led.run(1)
    led.close()
    assert run.title.startswith("关于" + ID[:6] + "********")
    blob = _ledger_bytes(tmp_path)
    for s in SECRETS[:1] + [CARD, PHONE]:
        assert s.encode() not in blob, f"{s} left in the ledger bytes after the migration"
