"""What the probe tests share: a plain-text 公文 and one pass of the inline service."""

from __future__ import annotations

from pathlib import Path


def gongwen(title: str = "关于做好就业服务工作的通知", attribute: str | None = "主动公开",
            body: str = "现就做好就业服务工作通知如下。请认真落实。") -> str:
    """A plain-text 公文: 版头, 标题, 主送, 正文, 落款, and the 公开方式 line when ``attribute``."""
    return (f"中卫市人力资源和社会保障局\n{title}\n各科室：\n{body}\n中卫市人力资源和社会保障局\n2026年11月2日\n"
            + (f"公开方式：{attribute}\n" if attribute else ""))


def run_service(root: Path) -> list:
    """``gongkai watch --root ROOT --once --engine inline`` in-process, without settle waits."""
    from flows.service import Service
    from flows.settings import load_settings

    svc = Service(load_settings(env={}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                   "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        return svc.run(once=True)
    finally:
        svc.close()
