"""``./run demo``: write the sample 公文 into ``gongkai-data/inbox`` and run the watch service once on them.

Embedded defaults only: the ledger in SQLite under the root and a local Prefect with its state in
``<root>/.prefect`` (no server to install). Prints each file's decision and route, then where the
reports went. Running it again drops the same files again: they are recognised as duplicates.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    root = Path(argv[0] if argv else "gongkai-data")
    inbox = root / "inbox"
    from samples.demo import build_demo

    exp = build_demo(inbox)
    print(f"已生成示例公文 {len(exp)} 件 / wrote {len(exp)} sample documents to {inbox}", flush=True)
    print("启动监视服务处理一次（首次启动本地 Prefect 约需 15–20 秒）/ running `gongkai watch --once` "
          "(the embedded Prefect takes 15–20 s to start the first time)", flush=True)
    from .cli import main as cli

    rc = cli(["watch", "--root", str(root), "--once", *argv[1:]])
    if rc == 0:
        print(f"\n分流结果 / routes: {root}/approval  {root}/returned/<科室>  {root}/escalated  {root}/quarantine")
        print(f"报告 / reports: {root / 'reports'}    台账 / ledger: {root / 'ledger.sqlite3'}")
        print(f"审核队列 / review queue: gongkai review list --root {root}")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
