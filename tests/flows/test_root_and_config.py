"""Start-up refusals a user notices: a misspelt config, a missing or wrong root, a second watcher, a deleted ledger.

Every one ends in exit status 3 with a message naming the problem and the way out — never a
traceback, never a silently created empty root or ledger.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time

import pytest

from flows.cli import main as cli

SERVICE = '[service]\nsettle_seconds = 0.0\nsidecar_wait_seconds = 0.0\nengine = "inline"\nwatchdog = false\nconcurrency = 1\n'


@pytest.fixture(autouse=True)
def restore_umask():
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.fixture
def cfg(tmp_path):
    p = tmp_path / "gongkai.toml"
    p.write_text(SERVICE, encoding="utf-8")
    return p


def _drop(root, demo_inbox, rel="办公室/关于做好元旦期间值班工作的通知.docx"):
    dst = root / "inbox" / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_inbox / rel, dst)
    old = time.time() - 10
    os.utime(dst, (old, old))
    return dst


# -- configuration: one validation, every command -----------------------------------------------------
COMMANDS = [
    ["audit", "{file}"],
    ["watch", "--root", "{root}", "--once"],
    ["review", "list", "--root", "{root}"],
    ["report", "monthly", "2026-11", "--root", "{root}"],
    ["report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--root", "{root}"],
    ["report", "flag", "{file}", "--out", "{out}"],
]


@pytest.mark.parametrize("bad, named, known", [
    ("[servce]\nroot = \"x\"\n", "[servce]", "[service]"),
    ("[service]\nsettle_second = 1.0\n", "service.settle_second", "settle_seconds"),
    ("[storage]\nurll = \"\"\n", "storage.urll", "url"),
    ("[reports]\nreviewr = \"马\"\n", "reports.reviewr", "reviewer"),
    ("[markings]\nno_such_key = 1\n", "markings.no_such_key", "known"),
])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_misspelt_section_or_key_stops_every_command(tmp_path, capsys, demo_inbox, bad, named, known, command):
    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    cfg = tmp_path / "bad.toml"
    cfg.write_text(bad, encoding="utf-8")
    doc = demo_inbox / "办公室/关于做好元旦期间值班工作的通知.docx"
    argv = [a.format(root=root, file=doc, out=tmp_path / "out") for a in command] + ["--config", str(cfg)]
    assert cli(argv) == 3
    err = capsys.readouterr().err
    assert named in err and known in err, err
    assert "未知配置" in err and "unknown" in err
    assert not (root / "ledger.sqlite3").exists() and not (tmp_path / "out").exists(), "nothing ran"


def test_misspelt_section_names_every_known_section(tmp_path, capsys):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[servce]\n", encoding="utf-8")
    assert cli(["review", "list", "--root", str(tmp_path), "--config", str(cfg)]) == 3
    err = capsys.readouterr().err
    for name in ("service", "storage", "reports", "markings", "detectors", "decision"):
        assert name in err
    assert "是否应为 / did you mean: [servce] → [service]" in err


def test_watch_with_a_misspelt_section_exits_3_without_a_traceback(tmp_path):
    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[servce]\nengine = "prefect"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--config", str(cfg)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "BrokenProcessPool" not in done.stderr
    assert "[servce]" in done.stderr


# -- the root --------------------------------------------------------------------------------------------
def test_a_missing_root_is_refused_unless_init(tmp_path, capsys, cfg):
    root = tmp_path / "typo" / "gongkai-data"
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
    err = capsys.readouterr().err
    assert "不存在" in err and "--init" in err
    assert not root.exists() and not root.parent.exists(), "nothing created"
    assert cli(["watch", "--root", str(root), "--once", "--init", "--config", str(cfg)]) == 0
    assert (root / "inbox").is_dir() and (root / "ledger.sqlite3").is_file() and (root / ".gongkai-root").is_file()
    assert stat.S_IMODE(root.stat().st_mode) == 0o750 and stat.S_IMODE((root / "reports").stat().st_mode) == 0o750


def test_an_existing_empty_folder_is_set_up(tmp_path, cfg):
    root = tmp_path / "empty"
    root.mkdir()
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0
    assert (root / "inbox").is_dir() and (root / "ledger.sqlite3").is_file()


@pytest.mark.parametrize("command", [["watch", "--once"], ["review", "list"], ["report", "monthly", "2026-11"]])
def test_a_file_as_root_is_a_clear_error(tmp_path, capsys, cfg, command):
    f = tmp_path / "root.txt"
    f.write_text("not a folder", encoding="utf-8")
    assert cli([*command, "--root", str(f), "--config", str(cfg)]) == 3
    err = capsys.readouterr().err
    assert "不是文件夹" in err and "not a folder" in err and "Traceback" not in err


def test_train_refuses_a_root_without_a_ledger(tmp_path, capsys):
    assert cli(["train", "--root", str(tmp_path), "--out", str(tmp_path / "m.npz")]) == 3
    assert "no ledger" in capsys.readouterr().err
    assert not (tmp_path / "ledger.sqlite3").exists()


# -- one watcher per root ---------------------------------------------------------------------------------
def test_a_second_watcher_refuses_to_start(tmp_path, capsys, cfg):
    from flows.root import root_lock

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    with root_lock(root):  # the first service
        assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
        err = capsys.readouterr().err
        assert "already running" in err and "shared_root" in err and "--shared-root" in err
        assert cli(["watch", "--root", str(root), "--once", "--shared-root", "--config", str(cfg)]) == 3, \
            "a shared service cannot join a lone one either"
    # the first stopped: the lock went with it
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0


def test_shared_services_run_side_by_side(tmp_path, cfg):
    from flows.root import root_lock

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    with root_lock(root, shared=True):
        assert cli(["watch", "--root", str(root), "--once", "--shared-root", "--config", str(cfg)]) == 0
        cfg.write_text(SERVICE + "shared_root = true\n", encoding="utf-8")
        assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0


def test_a_killed_watcher_leaves_no_lock(tmp_path, cfg):
    import signal

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    code = f"from flows.root import root_lock\nimport time\nwith root_lock({str(root)!r}):\n    print('held', flush=True)\n    time.sleep(60)\n"
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
    p.send_signal(signal.SIGKILL)
    p.wait(10)
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0


# -- a deleted ledger -------------------------------------------------------------------------------------
def test_a_deleted_ledger_is_refused_then_rebuilt_on_request(tmp_path, capsys, cfg, demo_inbox):
    root = tmp_path / "root"
    _drop(root, demo_inbox)
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0
    assert (root / "approval/关于做好元旦期间值班工作的通知.docx").exists()
    stranded = root / "work" / "0123abcd" / "认领中.docx"
    stranded.parent.mkdir(parents=True)
    stranded.write_bytes(b"claimed, never routed")
    for p in root.iterdir():
        if p.name.startswith("ledger.sqlite3"):
            p.unlink()
    capsys.readouterr()

    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
    err = capsys.readouterr().err
    assert "台账不存在" in err and "--rebuild-ledger" in err and "work/0123abcd/认领中.docx" in err and "approval/ (1)" in err
    assert not (root / "ledger.sqlite3").exists(), "no empty ledger created silently"
    assert cli(["review", "list", "--root", str(root), "--config", str(cfg)]) == 3
    assert "deleted" in capsys.readouterr().err

    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--rebuild-ledger", "--config", str(cfg)]) == 0
    err = capsys.readouterr().err
    assert "empty ledger" in err and "lost" in err and "work/0123abcd/认领中.docx" in err
    assert (root / "ledger.sqlite3").exists()
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0, "rebuilt: starts normally again"


def test_a_root_with_only_a_marker_needs_its_ledger(tmp_path, capsys, cfg):
    root = tmp_path / "root"
    assert cli(["watch", "--root", str(root), "--once", "--init", "--config", str(cfg)]) == 0
    (root / "ledger.sqlite3").unlink()
    capsys.readouterr()
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
    assert ".gongkai-root" in capsys.readouterr().err


def test_configured_group_owns_what_the_service_creates(tmp_path, cfg, demo_inbox):
    import grp

    other = next((g for g in grp.getgrall() if g.gr_gid != os.getgid()), None)
    if other is None or (os.geteuid() != 0 and other.gr_gid not in os.getgroups()):
        pytest.skip("no second group this user may give files to")
    root = tmp_path / "root"
    _drop(root, demo_inbox)
    cfg.write_text(SERVICE + f'group = "{other.gr_name}"\n', encoding="utf-8")
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 0
    for d in ("approval", "reports", "returned", "quarantine", "work"):
        st = (root / d).stat()
        assert st.st_gid == other.gr_gid and stat.S_IMODE(st.st_mode) == 0o2750, d
    reports = [p for p in (root / "reports").rglob("*") if p.is_file()]
    assert reports and all(p.stat().st_gid == other.gr_gid and stat.S_IMODE(p.stat().st_mode) == 0o640 for p in reports)
    assert (root / "ledger.sqlite3").stat().st_gid == other.gr_gid


def test_an_unknown_group_is_a_configuration_error(tmp_path, capsys, cfg):
    root = tmp_path / "root"
    root.mkdir()
    cfg.write_text(SERVICE + 'group = "no-such-group-zz"\n', encoding="utf-8")
    assert cli(["watch", "--root", str(root), "--once", "--quiet", "--config", str(cfg)]) == 3
    assert "no-such-group-zz" in capsys.readouterr().err


def test_an_unreachable_ledger_database_is_a_clear_error(tmp_path, capsys):
    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    from flows.root import ledger_exists
    from extractors.errors import ConfigError

    assert ledger_exists(root, f"sqlite:///{tmp_path}/elsewhere.db") is False
    assert not (tmp_path / "elsewhere.db").exists(), "looking does not create it"
    with pytest.raises(ConfigError, match="cannot reach the ledger database"):
        ledger_exists(root, "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
