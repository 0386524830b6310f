"""Subcommands of ``gongkai``; each module has ``register(subparsers)`` and lazy heavy imports."""
