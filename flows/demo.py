"""``./run demo``: write the sample 公文 into an inbox and audit them once, printing the decisions."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0] if argv else "gongkai-data")
    inbox = root / "inbox"
    from samples.demo import build_demo

    exp = build_demo(inbox)
    print(f"已生成示例公文 {len(exp)} 件 / wrote {len(exp)} sample documents to {inbox}")
    from .cli import main as cli

    rc = cli(["audit", str(inbox)])
    # The samples include faulty and unreadable files on purpose: 1 and 2 are the expected outcome.
    return 0 if rc in (0, 1, 2) else rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
