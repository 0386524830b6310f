"""The ``gongkai`` command: one entry point, one module per subcommand under ``flows/commands``.

Each command module defines ``register(subparsers)`` and keeps its heavy imports (Prefect,
scikit-learn, SQLAlchemy) inside the function that runs it, so ``gongkai audit`` on one file
starts in a fraction of a second.

Exit status: 0 all approved · 1 some returned or escalated · 2 some unreadable · 3 usage error ·
4 internal error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands

EXIT_OK, EXIT_FLAGGED, EXIT_UNREADABLE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2, which means "unreadable" here
        self.print_usage(sys.stderr)
        print(f"gongkai: 参数错误 / usage error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gongkai", description="公文公开属性与保密审查 / audit outgoing 公文 before publication")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from extractors.errors import ConfigError, RegistryError

    from .root import apply_umask
    from .settings import validate_config

    apply_umask()  # what the commands create is 0640 / 0750 (flows.root)
    try:
        validate_config(getattr(args, "config", None))  # the whole file, whatever the command reads of it
        return int(args.func(args) or 0)
    except (ConfigError, RegistryError) as e:
        print(f"gongkai: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("gongkai: 已中断 / interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
