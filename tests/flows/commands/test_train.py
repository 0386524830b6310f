"""``gongkai train``: rebuilds the model from the corpus, and from the ledger's verdicts with --root."""

from __future__ import annotations

import numpy as np
import pytest

from flows.cli import main


@pytest.mark.slow
def test_train_with_root_uses_ledger_examples(tmp_path, monkeypatch, capsys):
    import flows.commands.train as train_cmd

    seen = {}

    def fake_ledger(root):
        seen["root"] = root
        return [("关于调整局机关值班安排的通知\n局机关各科室：\n请各科室按表值班。", "依申请公开")] * 5

    monkeypatch.setattr(train_cmd, "ledger_examples", fake_ledger)
    out = tmp_path / "m.npz"
    assert main(["train", "--root", str(tmp_path), "--out", str(out), "--corpus-size", "150"]) == 0
    assert seen["root"] == str(tmp_path)
    assert "5 条审核结论" in capsys.readouterr().out
    with np.load(out) as z:
        assert set(z["classes"].tolist()) == {"主动公开", "依申请公开", "不予公开"}


@pytest.mark.slow
def test_train_reads_an_empty_ledger(tmp_path, capsys):
    from storage import Ledger

    Ledger.for_root(tmp_path / "root").close()  # a root set up, nothing reviewed yet
    out = tmp_path / "m.npz"
    assert main(["train", "--root", str(tmp_path / "root"), "--out", str(out), "--corpus-size", "150"]) == 0
    assert out.is_file() and "0 条审核结论" in capsys.readouterr().out


def test_train_refuses_a_root_without_a_ledger(tmp_path, capsys):
    """A mistyped --root must not train silently on nothing (nor create a ledger)."""
    assert main(["train", "--root", str(tmp_path / "typo"), "--out", str(tmp_path / "m.npz")]) == 3
    assert "台账不存在" in capsys.readouterr().err and not (tmp_path / "typo").exists()


@pytest.mark.slow
def test_train_passages_rebuilds_the_shipped_model_byte_for_byte(tmp_path, capsys):
    """``gongkai train --passages`` runs the three writers' generators at fixed seeds: same file as shipped."""
    from classifiers.passage_model.check import default_model_path

    out = tmp_path / "p.npz"
    assert main(["train", "--passages", "--out", str(out)]) == 0
    assert "段落分类模型" in capsys.readouterr().out
    assert out.read_bytes() == default_model_path().read_bytes()
