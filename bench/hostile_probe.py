"""The hostile-world probe of issue 13, end to end through the real CLI, as a hostile user would run it.

Run: ``.venv/bin/python bench/hostile_probe.py [--only N …] [--keep]``. Every case builds a fresh root
under a temporary folder in /tmp, drives ``python -m flows.cli`` (``gongkai``) in subprocesses — the
``watch`` service with ``--engine inline`` and, for Ctrl-C, the default Prefect engine — each under a
timeout, and prints one line per check: ``PASS``/``FAIL``, the case and the measured figure. Nothing is
left behind unless ``--keep``. About 2–4 minutes on a 2-core machine. Exit status 1 if any check failed.

Cases (issue 13): 1 hostile 承办科室 in a sidecar (and ``review return``), 2 long Chinese names,
3 links / FIFO / hard link / folder, 4 memory (1 GB ``mimetype`` bomb, 50 and 200 MB texts),
5 privacy of what is stored and file modes, 6 formula injection in the xlsx, 7 two reviewers at
once, 8 Ctrl-C on the Prefect service, 9 growing file and a lost ledger, 10 configuration and root.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples.content import ARCHETYPES, mark  # noqa: E402
from samples.docx_writer import write_docx  # noqa: E402
from samples.fake import Faker  # noqa: E402
from samples.spec import Table  # noqa: E402
from samples.txt_writer import write_txt  # noqa: E402

PY = sys.executable
RESULTS: list[tuple[bool, str, str]] = []
TARGET_RSS_MB = 1536
CJK = re.compile(r"[\u4e00-\u9fff]")


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "GONGKAI_"))}
    e["PYTHONUNBUFFERED"] = "1"
    return e


def report(ok: bool, case: str, figure: str) -> None:
    RESULTS.append((ok, case, figure))
    print(f"{'PASS' if ok else 'FAIL'}  {case:<46} {figure}", flush=True)


def gk(*args: str, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``gongkai ARGS`` in a subprocess; a timeout is returned as rc -9 with 'TIMEOUT' in stderr."""
    try:
        return subprocess.run([PY, "-m", "flows.cli", *args], capture_output=True, text=True, timeout=timeout,
                              cwd=cwd or REPO, env=env())
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(e.cmd, -9, e.stdout or "", f"TIMEOUT after {timeout}s")


def once(root: Path, *extra: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return gk("watch", "--root", str(root), "--once", "--engine", "inline", *extra, timeout=timeout)


def traceback_in(p: subprocess.CompletedProcess) -> bool:
    return "Traceback" in (p.stderr or "") or "Traceback" in (p.stdout or "")


def files(root: Path, under: str = "") -> list[Path]:
    base = root / under if under else root
    return sorted(p for p in base.rglob("*") if p.is_file() and not p.is_symlink()) if base.exists() else []


def snapshot(folder: Path, skip: Path) -> dict[str, tuple]:
    """Every entry below ``folder`` except ``skip`` (name → type, size, mtime)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        if Path(dirpath) == skip.parent:
            dirnames[:] = [d for d in dirnames if Path(dirpath, d) != skip]
        for n in dirnames + filenames:
            p = Path(dirpath, n)
            if p == skip:
                continue
            st = os.lstat(p)
            out[str(p)] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns)
    return out


def max_name_bytes(root: Path) -> int:
    return max((len(n.encode("utf-8", "surrogateescape")) for _d, ds, fs in os.walk(root) for n in ds + fs), default=0)


def gongwen_txt(path: Path, title: str, attribute: str | None, extra: str = "", seed: int = 1) -> Path:
    spec = mark(ARCHETYPES["pension_notice"](Faker(seed)), attribute)
    body = tuple(spec.body) + ((extra,) if extra else ())
    return write_txt(replace(spec, title=title, body=body), path)


def init_root(base: Path, name: str = "root") -> Path:
    root = base / name
    p = gk("watch", "--root", str(root), "--once", "--engine", "inline", "--init", "--quiet")
    if p.returncode != 0:
        raise RuntimeError(f"--init failed: {p.stderr[-400:]}")
    return root


def ledger_rows(root: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{root / 'ledger.sqlite3'}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- 1 ---------------------------------------------------------------------------------------------

def case1(base: Path) -> None:
    outer = base / "c1" / "a" / "b"
    outer.mkdir(parents=True)
    root = init_root(outer)
    absdir = base / "c1-absolute-target"
    depts = {"上溯": "../../outside", "绝对": str(absdir), "空字符": "办公\x00室/../../x", "反向": "办公\u202e室",
             "换行": "办公\n室", "超长": "科" * 100}
    inbox = root / "inbox"
    for i, (label, dept) in enumerate(depts.items()):
        doc = gongwen_txt(inbox / f"科室{label}.txt", f"关于科室{label}的通知", None, f"编号{i}。", seed=10 + i)
        Path(str(doc) + ".json").write_text(json.dumps({"承办科室": dept}, ensure_ascii=False), encoding="utf-8")
    for j, folder in enumerate(("办公\n室", "办公\u202e室", "办公..室")):  # the 科室 as an inbox folder name
        gongwen_txt(inbox / folder / f"文件夹科室{j}.txt", f"关于文件夹科室{j}的通知", None, f"文件夹{j}。", seed=40 + j)
    ok_doc = gongwen_txt(inbox / "科室待退回.txt", "关于科室待退回的通知", "主动公开", "编号99。", seed=30)
    Path(str(ok_doc) + ".json").write_text(json.dumps({"承办科室": "../../outside2", "公开属性": "主动公开"}, ensure_ascii=False),
                                           encoding="utf-8")
    before = snapshot(base, root)
    p1 = once(root)
    p2 = once(root)  # restart
    pr = gk("review", "return", "--root", str(root), "科室待退回.txt", "--reviewer", "张审核", "--comment", "请补充", timeout=60)
    pr2 = gk("review", "return", "--root", str(root), "科室上溯.txt", "--reviewer", "张审核", "--comment", "请改", timeout=60)
    p3 = once(root)  # restart after the reviews
    after = snapshot(base, root)
    new = sorted(set(after) - set(before))
    left = files(root, "inbox") + files(root, "work")
    returned = [p.relative_to(root / "returned").parts[0] for p in files(root, "returned")]
    ok = (not new and not absdir.exists() and all(p.returncode == 0 for p in (p1, p2, p3)) and not left
          and not any(map(traceback_in, (p1, p2, p3, pr, pr2))) and pr.returncode == 0 and pr2.returncode == 0)
    report(ok, "1 sidecar 承办科室 traversal + review return",
           f"outside-root entries created {len(new)}{' ' + str(new[:3]) if new else ''}; watch rc {p1.returncode}/{p2.returncode}/"
           f"{p3.returncode}; review return rc {pr.returncode}/{pr2.returncode}; left in inbox/work {len(left)}; "
           f"returned/ folders {sorted(set(returned))}")


# -- 2 ---------------------------------------------------------------------------------------------

def case2(base: Path) -> None:
    root = init_root(base / "c2")
    stem = "关于进一步做好城乡居民基本养老保险费征缴和待遇发放工作有关事项的通知"
    for n in (78, 83, 120):  # characters with ".txt"; 120 Chinese characters would pass NAME_MAX, so the last mixes in ASCII
        c = min(n - 4, (255 - 4 - (n - 4)) // 2)
        title = (stem * 4)[:c] + "x" * (n - 4 - c)
        for sub in ("", "办公室/"):  # the same content twice: both approved, the second needs " (2)"
            gongwen_txt(root / "inbox" / f"{sub}{title}.txt", title[:60], "主动公开", f"长度{n}。", seed=n)
        gongwen_txt(root / "inbox" / "人事科" / f"{title}.txt", title[:60], None, f"退回{n}。", seed=n + 1)
    lens = [len((p.name).encode()) for p in files(root, "inbox")]
    p1 = once(root)
    p2 = once(root)
    left = files(root, "inbox") + files(root, "work")
    mx = max_name_bytes(root)
    ok = p1.returncode == 0 and p2.returncode == 0 and not left and mx <= 255 and not traceback_in(p1)
    report(ok, "2 long Chinese names (78/83/120 chars + dups)",
           f"input names {sorted(set(lens))} B; longest derived name {mx} B; watch rc {p1.returncode}/{p2.returncode}; "
           f"left in inbox/work {len(left)}; routed {len(files(root, 'approval')) + len(files(root, 'returned'))} files")


# -- 3 ---------------------------------------------------------------------------------------------

MARK_OUTSIDE = "OUTSIDE-SECRET-7Q3ZK9"


def case3(base: Path) -> None:
    root = init_root(base / "c3")
    inbox = root / "inbox"
    outside = base / "c3-outside.txt"
    gongwen_txt(outside, "外部文件", "主动公开", f"外部机密{MARK_OUTSIDE}。", seed=5)
    hard_src = base / "c3-hard.txt"
    gongwen_txt(hard_src, "硬链接文件", "主动公开", "硬链接正文。", seed=6)
    os.symlink(outside, inbox / "链接外部.txt")
    os.symlink("/dev/zero", inbox / "链接零.txt")
    os.mkfifo(inbox / "管道.txt")
    os.link(hard_src, inbox / "硬链接.txt")
    (inbox / "x.docx").mkdir()
    (inbox / "x.docx" / "inner.txt").write_text("inner", encoding="utf-8")
    t0 = time.monotonic()
    p = once(root, timeout=90)
    wall = time.monotonic() - t0
    q = {x.name for x in (root / "quarantine").iterdir()} if (root / "quarantine").exists() else set()
    reasons = [x for x in q if x.endswith(".原因.txt")]
    want = ["链接外部.txt", "链接零.txt", "管道.txt", "x.docx"]
    missing = [w for w in want if not any(x == w or x.startswith(w.rsplit(".", 1)[0]) and not x.endswith(".原因.txt") for x in q)
               or not any(r.startswith(w) for r in reasons)]
    leak = []
    for f in files(root, "reports") + [root / n for n in ("ledger.sqlite3", "ledger.sqlite3-wal") if (root / n).exists()]:
        if MARK_OUTSIDE.encode() in f.read_bytes():
            leak.append(f.name)
    for (t,) in ledger_rows(root, "select contract from audit_runs"):
        if t and MARK_OUTSIDE in t:
            leak.append("audit_runs.contract")
    hard_routed = [x for x in files(root) if x.name.startswith("硬链接") and "reports" not in x.parts and not x.name.endswith(".原因.txt")]
    hard_ok = bool(hard_routed) and all(os.stat(x).st_ino != os.stat(hard_src).st_ino for x in hard_routed)
    ok = p.returncode == 0 and not missing and not leak and hard_ok and wall < 60 and not traceback_in(p)
    report(ok, "3 symlinks, /dev/zero, FIFO, hard link, folder",
           f"watch rc {p.returncode} in {wall:.1f} s; quarantined with reason {len(want) - len(missing)}/{len(want)}"
           f"{' missing ' + str(missing) if missing else ''}; outside text in ledger/reports {len(leak)} {leak[:3]}; "
           f"hard link routed as own copy {hard_ok} ({[str(x.relative_to(root)) for x in hard_routed]})")


# -- 4 ---------------------------------------------------------------------------------------------

_MEASURE = """
import resource, subprocess, sys
p = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[1], 'w'))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)
"""


def _tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over ``pid`` and its descendants (one /proc walk)."""
    kids: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as fh:
                txt = fh.read()
        except OSError:
            continue
        pp = re.search(r"^PPid:\s+(\d+)", txt, re.M)
        r = re.search(r"^VmRSS:\s+(\d+)", txt, re.M)
        kids.setdefault(int(pp.group(1)) if pp else 0, []).append(int(d))
        rss[int(d)] = int(r.group(1)) if r else 0
    total, todo = 0, [pid]
    while todo:
        x = todo.pop()
        total += rss.get(x, 0)
        todo += kids.get(x, [])
    return total


def case4(base: Path) -> None:
    from samples.hostile_memory import mimetype_bomb_docx, write_text

    root = init_root(base / "c4")
    inbox = root / "inbox"
    (inbox / "mimetype炸弹.docx").write_bytes(mimetype_bomb_docx(1.0))
    write_text(inbox / "文本50MB.txt", 50)
    write_text(inbox / "文本200MB.txt", 200)
    errlog = base / "c4-stderr.txt"
    cmd = [PY, "-c", _MEASURE, str(errlog), PY, "-m", "flows.cli", "watch", "--root", str(root), "--once", "--engine", "inline"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env())
    peak_tree = 0
    while proc.poll() is None and time.monotonic() - t0 < 150:
        peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
        time.sleep(0.1)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    out = proc.communicate()[0].split()
    wall = time.monotonic() - t0
    maxrss_mb = int(out[0]) / 1024 if out else -1
    rc = int(out[1]) if len(out) > 1 else -9
    q = sorted(x.name for x in (root / "quarantine").iterdir() if not x.name.endswith(".原因.txt"))
    ok = rc == 0 and 0 < maxrss_mb <= TARGET_RSS_MB and peak_tree / 1024 <= TARGET_RSS_MB and len(q) == 3
    report(ok, "4 memory: 1 GB mimetype docx, 50/200 MB txt",
           f"peak RSS one process {maxrss_mb:.0f} MB, whole tree (sampled) {peak_tree / 1024:.0f} MB (target ≤ {TARGET_RSS_MB}); "
           f"rc {rc}, {wall:.1f} s; quarantined {len(q)}/3")


# -- 5 ---------------------------------------------------------------------------------------------

def _texts_of(path: Path) -> list[tuple[str, bytes]]:
    """(where, bytes) for a file: its members if it is a zip, its cells if it is SQLite, else its bytes."""
    data = path.read_bytes()
    out = [(path.name, data)]
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(path) as z:
                out += [(f"{path.name}!{n}", z.read(n)) for n in z.namelist()]
        except zipfile.BadZipFile:
            pass
    if data[:16] == b"SQLite format 3\x00":
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for (t,) in con.execute("select name from sqlite_master where type='table'").fetchall():
                for row in con.execute(f'select * from "{t}"'):
                    out.append((f"{path.name}:{t}", repr(row).encode("utf-8")))
        finally:
            con.close()
    return out


def case5(base: Path) -> None:
    root = init_root(base / "c5")
    f = Faker(55)
    ids = [f.id_card() for _ in range(4)]
    cards = [f.bank_card() for _ in range(4)]
    mobiles = [f.mobile() for _ in range(4)]
    rows = [("序号", "姓名", "身份证号", "银行卡号", "联系电话")] + [
        (str(i + 1), f.name(), ids[i], cards[i], mobiles[i]) for i in range(4)]
    spec = ARCHETYPES["subsidy_publicity"](f)
    spec = mark(replace(spec, body=(spec.body[0], Table(tuple(rows)), spec.body[2])), "主动公开")
    doc = write_docx(spec, root / "inbox" / "就业促进科" / "创业补贴公示含号码.docx")
    doc_hash = hashlib.sha256(doc.read_bytes()).hexdigest()
    steps = [once(root)]
    steps.append(gk("review", "return", "--root", str(root), "创业补贴公示含号码.docx", "--reviewer", "王审核",
                    "--comment", f"请删去{ids[0]}等号码"))
    steps.append(gk("review", "approve", "--root", str(root), "创业补贴公示含号码.docx", "--reviewer", "李审核", "--override",
                    "--attribute", "主动公开", "--reason", f"已核实{cards[0]}"))
    today = time.strftime("%Y-%m-%d")
    steps.append(gk("report", "register", "--root", str(root), "--from", "2000-01-01", "--to", today))
    steps.append(gk("report", "monthly", "--root", str(root), time.strftime("%Y-%m")))
    steps.append(gk("review", "show", "--root", str(root), "创业补贴公示含号码.docx"))
    steps.append(gk("review", "history", "--root", str(root)))
    steps.append(gk("review", "list", "--root", str(root), "--all"))
    numbers = ids + cards + mobiles
    hits: list[str] = []
    scanned = 0
    for p in files(root):
        if hashlib.sha256(p.read_bytes()).hexdigest() == doc_hash:
            continue  # the document itself is kept as the 承办科室 wrote it (README: 保存什么)
        for where, data in _texts_of(p):
            scanned += 1
            hits += [f"{where}:{n[:4]}…" for n in numbers if n.encode() in data]
    for p in (steps[0], *steps[1:]):
        hits += [f"stdout/stderr:{n[:4]}…" for n in numbers if n in p.stdout + p.stderr]
    bad_modes = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        if rel.parts[:1] == ("inbox",):
            continue
        for n in filenames:
            m = stat.S_IMODE(os.lstat(Path(dirpath, n)).st_mode)
            want = 0o600 if n.startswith("ledger.sqlite3") else 0o640
            if m & ~want:
                bad_modes.append(f"{rel / n}={m:o}")
        for n in dirnames:
            if rel == Path(".") and n == "inbox":
                continue
            m = stat.S_IMODE(os.lstat(Path(dirpath, n)).st_mode)
            if m & 0o027:
                bad_modes.append(f"{rel / n}/={m:o}")
    rcs = [p.returncode for p in steps]
    ok = not hits and not bad_modes and rcs[0] in (0,) and all(r == 0 for r in rcs[1:]) and not any(map(traceback_in, steps))
    report(ok, "5 full numbers stored / file modes",
           f"rc {rcs}; {scanned} files/members/tables scanned, full numbers found {len(hits)} {hits[:4]}; "
           f"bad modes {len(bad_modes)} {bad_modes[:4]}")


# -- 6 ---------------------------------------------------------------------------------------------

def case6(base: Path) -> None:
    root = init_root(base / "c6")
    evil = ['=HYPERLINK("evil.example","点我")', "+1+2", "-3+4", "@SUM(1)"]
    for i, e in enumerate(evil):
        doc = gongwen_txt(root / "inbox" / f"公式{i}.txt", f"{e}关于公式{i}的通知", "主动公开", f"公式编号{i}。", seed=60 + i)
        Path(str(doc) + ".json").write_text(json.dumps({"承办科室": e, "公开属性": "主动公开"}, ensure_ascii=False), encoding="utf-8")
    steps = [once(root)]
    for i, e in enumerate(evil):
        steps.append(gk("review", "approve", "--root", str(root), f"公式{i}.txt", f"--reviewer={e}", "--attribute", "主动公开"))
    today = time.strftime("%Y-%m-%d")
    steps.append(gk("report", "register", "--root", str(root), "--from", "2000-01-01", "--to", today))
    steps.append(gk("report", "monthly", "--root", str(root), time.strftime("%Y-%m")))
    formulas, xlsx, texts_found = 0, 0, 0
    for p in files(root, "reports"):
        if p.suffix == ".xlsx":
            xlsx += 1
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    data = z.read(n).decode("utf-8", "replace")
                    if n.startswith("xl/worksheets/"):
                        formulas += len(re.findall(r"<f[ >]", data))
                    texts_found += sum(data.count(x.replace('"', "&quot;")) + data.count(x) for x in ("HYPERLINK", "@SUM(1)", "+1+2", "-3+4"))
    rcs = [p.returncode for p in steps]
    ok = xlsx >= 2 and formulas == 0 and texts_found > 0 and all(r == 0 for r in rcs)
    report(ok, "6 formula injection in register/monthly xlsx",
           f"rc {rcs}; xlsx {xlsx}; <f> elements {formulas}; injected strings kept as text {texts_found}")


# -- 7 ---------------------------------------------------------------------------------------------

_RACER = """
import sys, time
from flows.cli import main, build_parser
import flows.commands.review, flows.review_decide, storage, flows.settings, flows.root  # warm before the start line
build_parser()
t = float(sys.argv[1])
while time.time() < t:
    time.sleep(0.001)
sys.exit(main(sys.argv[2:]))
"""


def case7(base: Path, pairs: int = 10) -> None:
    root = init_root(base / "c7")
    for i in range(pairs):
        gongwen_txt(root / "inbox" / f"并发{i}.txt", f"关于并发审核第{i}件的通知", "主动公开", f"并发编号{i}。", seed=70 + i)
    (root / "inbox" / "空文件.docx").write_bytes(b"")
    p0 = once(root)
    wins, both, none_, stray = 0, 0, 0, []
    for i in range(pairs):
        start = time.time() + 2.5
        a = ["review", "approve", "--root", str(root), f"并发{i}.txt", "--reviewer", "甲审核", "--attribute", "主动公开"]
        r = ["review", "return", "--root", str(root), f"并发{i}.txt", "--reviewer", "乙审核", "--comment", "不同意"]
        procs = [subprocess.Popen([PY, "-c", _RACER, str(start), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, cwd=REPO, env=env()) for argv in (a, r)]
        res = [pp.communicate(timeout=60) and pp.returncode for pp in procs]
        okc = sum(1 for x in res if x == 0)
        wins += okc == 1 and all(x in (0, 5) for x in res)
        both += okc == 2
        none_ += okc == 0
        where = [str(x.relative_to(root)) for x in files(root) if x.name == f"并发{i}.txt"]
        if len(where) != 1:
            stray.append(where)
    reg = ledger_rows(root, "select count(*) from register_entries")[0][0]
    states = dict(ledger_rows(root, "select state, count(*) from review_states group by state"))
    pq = gk("review", "approve", "--root", str(root), "空文件.docx", "--reviewer", "甲审核", "--attribute", "主动公开")
    still = (root / "quarantine" / "空文件.docx").exists()
    ok = (p0.returncode == 0 and wins == pairs and not stray and reg == states.get("approved", 0)
          and pq.returncode != 0 and still and not traceback_in(pq))
    report(ok, "7 concurrent approve/return ×10; quarantined approve",
           f"one winner {wins}/{pairs} (both won {both}, none {none_}); file in one place {pairs - len(stray)}/{pairs}; "
           f"register {reg} = approved {states.get('approved', 0)}, returned {states.get('returned', 0)}; "
           f"approve quarantined w/o override rc {pq.returncode}, file still quarantined {still}")


# -- 8 ---------------------------------------------------------------------------------------------

def _procs_mentioning(token: str) -> list[str]:
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) == os.getpid():
            continue
        try:
            blob = Path(f"/proc/{d}/cmdline").read_bytes() + Path(f"/proc/{d}/environ").read_bytes()
        except OSError:
            continue
        if token.encode() in blob:
            out.append(f"{d}:{Path(f'/proc/{d}/cmdline').read_bytes()[:80]!r}")
    return out


class _Reader(threading.Thread):
    def __init__(self, stream) -> None:
        super().__init__(daemon=True)
        self.stream, self.lines = stream, []
        self.start()

    def run(self) -> None:
        for line in self.stream:
            self.lines.append(line)


def case8(base: Path, n: int = 30) -> None:
    root = init_root(base / "c8")
    proc = subprocess.Popen([PY, "-m", "flows.cli", "watch", "--root", str(root)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env(), start_new_session=True)
    out, err = _Reader(proc.stdout), _Reader(proc.stderr)
    t0 = time.monotonic()
    while not any("gongkai watch:" in x for x in err.lines) and time.monotonic() - t0 < 90 and proc.poll() is None:
        time.sleep(0.2)
    for i in range(n):
        gongwen_txt(root / "inbox" / f"在途{i}.txt", f"关于在途第{i}件的通知", "主动公开", f"在途编号{i}。", seed=80 + i)
    while not files(root, "work") and time.monotonic() - t0 < 150 and proc.poll() is None:
        time.sleep(0.02)  # the first claim: files are in flight
    time.sleep(0.3)
    routed_before = len(out.lines)
    in_work = len(files(root, "work"))
    t1 = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    try:
        rc = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        rc = proc.wait()
    took = time.monotonic() - t1
    out.join(2), err.join(2)
    time.sleep(1.0)
    left = _procs_mentioning(str(root))
    for x in left:
        try:
            os.kill(int(x.split(":")[0]), signal.SIGKILL)
        except OSError:
            pass
    quarantined = [x.name for x in files(root, "quarantine")]
    everywhere = [x for x in files(root) if x.name.startswith("在途") and x.suffix == ".txt" and "reports" not in x.parts]
    in_work_after = files(root, "work")
    tb = "Traceback" in "".join(err.lines)
    ok = rc == 0 and took <= 10 and not quarantined and not left and not tb and len(everywhere) == n and not in_work_after
    report(ok, "8 Ctrl-C (SIGINT to group), Prefect engine",
           f"rc {rc} after {took:.1f} s (routed {routed_before}, {in_work} in work/ at SIGINT); quarantined {len(quarantined)}; "
           f"files accounted {len(everywhere)}/{n}, left in work/ {len(in_work_after)}; traceback {tb}; processes left {len(left)} {left[:2]}")


# -- 9 ---------------------------------------------------------------------------------------------

def case9(base: Path) -> None:
    root = init_root(base / "c9")
    proc = subprocess.Popen([PY, "-m", "flows.cli", "watch", "--root", str(root), "--engine", "inline"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env(), start_new_session=True)
    out, err = _Reader(proc.stdout), _Reader(proc.stderr)
    t0 = time.monotonic()
    while not any("gongkai watch:" in x for x in err.lines) and time.monotonic() - t0 < 60:
        time.sleep(0.2)
    path = root / "inbox" / "增长中.txt"
    head = gongwen_txt(base / "c9-head.txt", "关于增长文件的通知", "主动公开", "增长。", seed=90).read_bytes()
    with open(path, "wb") as fh:
        fh.write(head)
        fh.flush()
        for i in range(7):
            time.sleep(2.0)
            fh.write(f"第{i}次追加的一行内容。\r\n".encode())
            fh.flush()
        final = head + b"".join(f"第{i}次追加的一行内容。\r\n".encode() for i in range(7))
    t1 = time.monotonic()
    while not out.lines and time.monotonic() - t1 < 30:
        time.sleep(0.2)
    time.sleep(1)
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        rc = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        rc = -9
    copies = [x for x in files(root) if x.name.startswith("增长中") and x.suffix == ".txt" and "reports" not in x.parts]
    whole = [x for x in copies if x.read_bytes() == final]
    partial = [str(x.relative_to(root)) for x in copies if x.read_bytes() != final]
    ok = rc == 0 and len(copies) == 1 and len(whole) == 1
    report(ok, "9a file appended every 2 s in the inbox",
           f"routed copies {len(copies)}, whole {len(whole)}, partial {partial}; service rc {rc}; lines {[x.strip()[:60] for x in out.lines]}")

    # 9b: a root with history whose ledger was deleted
    for n in ("ledger.sqlite3", "ledger.sqlite3-wal", "ledger.sqlite3-shm"):
        (root / n).unlink(missing_ok=True)
    p1 = once(root)
    msg = (p1.stderr.strip().splitlines() or [""])[-1][:90]
    still_missing = not (root / "ledger.sqlite3").exists()
    p2 = once(root, "--rebuild-ledger")
    ok = (p1.returncode == 3 and still_missing and not traceback_in(p1) and CJK.search(p1.stderr) is not None
          and re.search(r"[A-Za-z]{4,}", p1.stderr) is not None and p2.returncode == 0)
    report(ok, "9b deleted ledger: refused unless --rebuild-ledger",
           f"rc {p1.returncode} (ledger not re-created {still_missing}) «{msg}»; with --rebuild-ledger rc {p2.returncode}")


# -- 10 --------------------------------------------------------------------------------------------

def _bilingual_refusal(p: subprocess.CompletedProcess) -> bool:
    return (p.returncode == 3 and not traceback_in(p) and CJK.search(p.stderr) is not None
            and re.search(r"[A-Za-z]{4,}", p.stderr) is not None)


def case10(base: Path) -> None:
    root = init_root(base / "c10")
    typo_section = base / "c10-section.toml"
    typo_section.write_text("[servce]\nsettle_seconds = 1\n", encoding="utf-8")
    typo_key = base / "c10-key.toml"
    typo_key.write_text("[service]\nsetle_seconds = 1\n", encoding="utf-8")
    doc = gongwen_txt(base / "c10-doc.txt", "关于配置的通知", "主动公开", seed=100)
    checks = {}
    checks["[servce] watch"] = gk("watch", "--root", str(root), "--once", "--config", str(typo_section))
    checks["[servce] watch prefect"] = gk("watch", "--root", str(root), "--config", str(typo_section))
    for cmd in (["watch", "--root", str(root), "--once"], ["audit", str(doc)], ["review", "list", "--root", str(root)],
                ["report", "monthly", "--root", str(root), "2026-01"]):
        checks[f"setle_seconds {cmd[0]}"] = gk(*cmd, "--config", str(typo_key))
    checks["missing root"] = once(base / "c10-nope" / "root")
    created_silently = (base / "c10-nope").exists()
    p_init = once(base / "c10-new" / "root", "--init")
    afile = base / "c10-file"
    afile.write_text("x", encoding="utf-8")
    checks["file as root"] = once(afile)
    checks["file as root review"] = gk("review", "list", "--root", str(afile))
    first = subprocess.Popen([PY, "-m", "flows.cli", "watch", "--root", str(root), "--engine", "inline"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=env(), start_new_session=True)
    err = _Reader(first.stderr)
    t0 = time.monotonic()
    while not any("gongkai watch:" in x for x in err.lines) and time.monotonic() - t0 < 60:
        time.sleep(0.2)
    checks["second watcher"] = once(root, timeout=60)
    os.killpg(first.pid, signal.SIGTERM)
    try:
        first.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(first.pid, signal.SIGKILL)
    bad = {k: f"rc {p.returncode}{' traceback' if traceback_in(p) else ''}" for k, p in checks.items() if not _bilingual_refusal(p)}
    ok = not bad and not created_silently and p_init.returncode == 0
    report(ok, "10 config typos, missing/file root, 2nd watcher",
           f"{len(checks) - len(bad)}/{len(checks)} refused with exit 3, bilingual, no traceback{' — not: ' + str(bad) if bad else ''}; "
           f"missing root created {created_silently}; --init rc {p_init.returncode}; "
           f"e.g. «{checks['[servce] watch'].stderr.strip().splitlines()[-1][:80]}»")


CASES = {1: case1, 2: case2, 3: case3, 4: case4, 5: case5, 6: case6, 7: case7, 8: case8, 9: case9, 10: case10}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", type=int, nargs="*", help="case numbers (default all)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary roots (their path is printed)")
    a = ap.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="gongkai-probe-", dir="/tmp"))
    t0 = time.monotonic()
    try:
        for n in a.only or sorted(CASES):
            d = base / f"case{n}"
            d.mkdir()
            try:
                CASES[n](d)
            except Exception as e:  # noqa: BLE001 — a probe case that breaks is a FAIL line, the others still run
                report(False, f"{n} (probe error)", f"{type(e).__name__}: {e}"[:300])
    finally:
        if a.keep:
            print(f"roots kept under {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    failed = sum(1 for ok, _c, _f in RESULTS if not ok)
    print(f"{len(RESULTS) - failed}/{len(RESULTS)} PASS in {time.monotonic() - t0:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
