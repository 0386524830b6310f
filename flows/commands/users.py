"""``gongkai users add|list|disable|enable|reset --root DIR`` — the people (and OA systems) of the console.

Roles: ``reviewer`` decides, ``section`` (with ``--section 科室``) sees its own documents and returns,
``office`` sees everything, the statistics and the audit log, ``oa`` submits by the API and reads
results. A person's password comes from a prompt (twice) or, when stdin is not a terminal, from its
first line; it is stored as an argon2 hash. An ``oa`` user gets an API token printed once — only
its sha256 is kept, so a lost token is replaced with ``reset``, never shown again.
"""

from __future__ import annotations

import argparse
import sys

ROLES = ("reviewer", "section", "office", "oa")
MIN_PASSWORD = 8


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="审核台用户与 OA 令牌 / console users and OA tokens",
                       description="管理审核台用户：reviewer 审核人、section 承办科室、office 局办公室、oa OA 系统（API 令牌）。")
    us = p.add_subparsers(dest="action", metavar="ACTION")
    us.required = True

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root")
        q.add_argument("--config", metavar="FILE", help="配置文件 / configuration file")

    q = us.add_parser("add", help="新增用户 / add a user")
    common(q)
    q.add_argument("name", help="姓名或系统名 / the person's name or the OA system's name")
    q.add_argument("--role", required=True, choices=ROLES, help="角色 / role")
    q.add_argument("--section", metavar="科室", help="承办科室（section 角色必填）/ the section (required for role section)")
    q.add_argument("--webhook", metavar="URL", help="oa：审查完成时回调的地址 / oa: URL called when a submission is done")
    q = us.add_parser("list", help="列出用户 / list users")
    common(q)
    for name, helptext in (("disable", "停用 / disable"), ("enable", "启用 / enable"),
                           ("reset", "重设密码或令牌 / new password (people) or new token (oa)")):
        q = us.add_parser(name, help=helptext)
        common(q)
        q.add_argument("name")
    p.set_defaults(func=run)


def _password(name: str) -> str:
    """The new password: prompted twice on a terminal, else the first line of stdin."""
    from extractors.errors import ConfigError

    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"{name} 的密码 / password: ")
        if getpass.getpass("再输入一次 / again: ") != first:
            raise ConfigError("两次输入的密码不一致 / the passwords differ")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    if len(first) < MIN_PASSWORD:
        raise ConfigError(f"密码至少 {MIN_PASSWORD} 个字符 / the password needs at least {MIN_PASSWORD} characters")
    return first


def run(args: argparse.Namespace) -> int:
    from extractors.errors import ConfigError
    from extractors.names import UNRECOGNISED_DEPARTMENT, department_name
    from flows.root import require_ledger
    from flows.settings import load_settings
    from flows.web.auth import hash_password, new_token, sha256
    from storage import Ledger
    from storage.people import People

    settings = load_settings(args.config, overrides={"root": args.root})
    require_ledger(settings.root, settings.ledger_url)
    ledger = Ledger.for_root(settings.root, settings.ledger_url)
    people = People(ledger)
    try:
        if args.action == "list":
            from reports.console import table

            rows = [(u.name, f"{u.role}（{u.role_label}）", u.section or "—", "停用" if u.disabled else "启用",
                     u.webhook or "—", f"{u.created_at:%Y-%m-%d}") for u in people.users()]
            if not rows:
                print("没有用户 / no users")
            else:
                table(("姓名", "角色", "科室", "状态", "回调", "创建"), rows, sys.stdout)
            return 0
        if args.action == "add":
            section = None
            if args.role == "section":
                section = department_name(args.section)
                if section in (None, UNRECOGNISED_DEPARTMENT):
                    raise ConfigError("section 角色须用 --section 注明有效的科室名 / role section needs a valid --section")
            if args.webhook and not args.webhook.startswith(("http://", "https://")):
                raise ConfigError("--webhook 须为 http(s) 地址 / --webhook must be an http(s) URL")
            if args.role == "oa":
                token = new_token()
                people.add_user(args.name, "oa", token_hash=sha256(token), webhook=args.webhook)
                print(f"已新增 OA 用户 {args.name}。API 令牌（只显示这一次，请妥善保存）/ API token (shown once):")
                print(token)
            else:
                people.add_user(args.name, args.role, section=section, password_hash=hash_password(_password(args.name)))
                print(f"已新增用户 {args.name}（{args.role}{'，' + section if section else ''}）/ user added")
            return 0
        user = people.user(args.name)
        if user is None:
            raise ConfigError(f"没有这个用户 / no such user: {args.name}")
        if args.action in ("disable", "enable"):
            people.set_disabled(args.name, args.action == "disable")
            print(f"已{'停用' if args.action == 'disable' else '启用'} {args.name} / {args.action}d")
        elif user.role == "oa":
            token = new_token()
            people.set_token_hash(args.name, sha256(token))
            print(f"{args.name} 的新 API 令牌（旧令牌已失效，只显示这一次）/ new API token (the old one no longer works):")
            print(token)
        else:
            people.set_password_hash(args.name, hash_password(_password(args.name)))
            print(f"已重设 {args.name} 的密码，其登录会话已结束 / password reset; their sessions ended")
        return 0
    finally:
        ledger.close()
