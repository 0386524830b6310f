"""Helpers shared by the watch-service tests (drop files slowly, start a service process)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def write_slowly(path: Path, data: bytes, chunks: int = 4, pause: float = 0.15) -> None:
    """Write ``data`` in chunks with pauses, as a slow copy from a share does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    step = max(1, len(data) // chunks)
    with open(path, "wb") as fh:
        for i in range(0, len(data), step):
            fh.write(data[i:i + step])
            fh.flush()
            time.sleep(pause)


def service_process(root: Path, *args: str, env: dict | None = None, log: Path | None = None) -> subprocess.Popen:
    """``gongkai watch --root ROOT …`` as a child process (its own session, so it can be killed alone)."""
    e = dict(os.environ, PYTHONUNBUFFERED="1")
    e.update(env or {})
    out = open(log, "ab") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--quiet", *args],
                            env=e, stdout=out, stderr=out, start_new_session=True)


def make_corpus(folder: Path, unique: int, duplicates: int, seed: int = 7) -> list[Path]:
    """``unique`` distinct 公文 (docx, clean and faulty, real layout) plus ``duplicates`` byte copies."""
    import random
    import shutil
    from dataclasses import replace

    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker

    f = Faker(seed)
    rnd = random.Random(seed)
    names = sorted(ARCHETYPES)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(unique):
        spec = ARCHETYPES[names[i % len(names)]](f)
        attr = rnd.choice(["主动公开", "依申请公开", "不予公开", None])
        spec = replace(mark(spec, attr) if attr else mark(spec, None), doc_number=f"卫人社发〔2026〕{1000 + i}号")
        out.append(write_docx(spec, folder / f"{i:04d}-{spec.title[:12]}.docx"))
    for j in range(duplicates):
        src = out[rnd.randrange(unique)]
        dst = folder / f"{unique + j:04d}-重复-{src.name[5:]}"
        shutil.copy(src, dst)
        out.append(dst)
    return out


def drop(src: Path, inbox: Path, sub: str | None, atomic: bool) -> Path:
    """Drop one file as OA would: temp name then rename (``atomic``), or written in chunks in place."""
    folder = inbox / sub if sub else inbox
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / src.name
    if atomic:
        tmp = folder / f".{src.name}.tmp"
        tmp.write_bytes(src.read_bytes())
        os.rename(tmp, dst)
    else:
        write_slowly(dst, src.read_bytes(), chunks=3, pause=0.02)
    return dst


def routed_files(root: Path) -> list[Path]:
    """Documents in the route folders (not return notices, quarantine reasons, sidecars or temp files)."""
    out = []
    for d in ("approval", "returned", "escalated", "quarantine"):
        for p in (root / d).rglob("*"):
            if p.is_file() and not p.name.startswith(".") and not p.name.endswith((".退文通知单.docx", ".原因.txt", ".json")):
                out.append(p)
    return out


def service_config(path: Path, **service) -> Path:
    """A gongkai.toml with a ``[service]`` section tuned for tests."""
    base = {"settle_seconds": 0.3, "sidecar_wait_seconds": 0.3, "poll_seconds": 0.05, "rescan_seconds": 1.0,
            "lease_seconds": 5.0, "heartbeat_seconds": 1.0}
    base.update(service)
    lines = ["[service]"] + [f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"' for k, v in base.items()]
    path.write_text("\n".join(lines).replace("True", "true").replace("False", "false") + "\n", encoding="utf-8")
    return path
