"""``gongkai serve --root DIR [--host 127.0.0.1] [--port 8750] [--no-watch]`` — the console, the OA API and the watch service.

One process: uvicorn serves the console and the API in the main thread (its SIGTERM/SIGINT handling
ends the server), and the watch service (``flows.service.Service``, exactly as ``gongkai watch``
runs it: the root checks, the root lock, the ledger) runs in a background thread unless
``--no-watch`` — then a separate ``gongkai watch`` holds the root and this process only reads and
decides. On stop: the server closes, the service finishes the documents in hand, exit 0.
"""

from __future__ import annotations

import argparse
import sys
import threading


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="审核台与 OA 接口（含监视服务）/ the reviewers' console and the OA API",
                       description="启动审核台（网页）与 OA 投递接口；默认同时运行监视服务（--no-watch 则不运行）。"
                                   "默认只监听本机 127.0.0.1，对外请经反向代理（TLS）。")
    p.add_argument("--root", metavar="DIR", help="服务根目录（默认 ./gongkai-data）/ service root")
    p.add_argument("--config", metavar="FILE", help="配置文件 gongkai.toml / configuration file")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）/ address to bind")
    p.add_argument("--port", type=int, default=8750, help="端口（默认 8750）/ port")
    p.add_argument("--no-watch", action="store_true", help="不运行监视服务（另有 gongkai watch）/ do not run the watch service here")
    p.add_argument("--engine", choices=("prefect", "inline"), help="监视服务的编排方式 / the watch service's orchestration")
    p.add_argument("--init", action="store_true", help="根目录不存在时创建 / create the root if it does not exist")
    p.add_argument("--shared-root", action="store_true", help="允许多个服务共用此根目录 / several services on this root")
    p.add_argument("--proxy-headers", action="store_true",
                   help="信任反向代理的 X-Forwarded-For/Proto（来自 --forwarded-allow-ips）/ trust the reverse proxy's headers")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS", help="可信代理地址 / trusted proxy addresses")
    p.add_argument("--secure-cookies", action="store_true", help="会话 Cookie 仅经 HTTPS 发送（TLS 代理后必开）/ Secure cookies (behind TLS)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from flows.root import check_root_path, prepare_root, require_ledger, root_lock, root_ready, warn
    from flows.settings import load_settings

    settings = load_settings(args.config, overrides={"root": args.root, "engine": args.engine,
                                                     "shared_root": True if args.shared_root else None})
    if args.no_watch:
        require_ledger(settings.root, settings.ledger_url)
        return _serve(settings, args, None)
    created = check_root_path(settings.root, init=args.init)
    with root_lock(settings.root, shared=settings.service.shared_root):
        state = prepare_root(settings.root, settings.ledger_url, group=settings.service.group)
        warn(state)
        return _serve(settings, args, lambda: root_ready(state.root, settings.ledger_url, group=settings.service.group,
                                                         created=created))


def _serve(settings, args: argparse.Namespace, on_ledger) -> int:
    import logging

    import uvicorn

    from classifiers.masking import install_log_masking
    from flows.web import create_app

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("gongkai.watch").setLevel(logging.INFO)
    install_log_masking()
    svc = thread = None
    if on_ledger is not None:
        from flows.commands.watch import print_outcome
        from flows.service import Service, prepare_prefect_env

        if settings.service.engine == "prefect":
            prepare_prefect_env(settings)
        svc = Service(settings, on_outcome=print_outcome)
        on_ledger()
        thread = threading.Thread(target=_watch, args=(svc,), name="gongkai-watch", daemon=True)
    app = create_app(settings.root, ledger_url=settings.ledger_url, config_path=settings.config_path,
                     secure_cookies=args.secure_cookies)
    app.state.watch = (thread, svc) if thread is not None else None  # /healthz reports a stopped watch or an away ledger
    config = uvicorn.Config(app, host=args.host, port=args.port, proxy_headers=args.proxy_headers,
                            forwarded_allow_ips=args.forwarded_allow_ips, log_level="warning", access_log=False)
    server = _Server(config)
    stop_signals = _on_stop(server)
    if thread is not None:
        thread.start()
    watch = "监视服务运行中 / watching the inbox" if thread is not None else "未运行监视服务 / not watching (--no-watch)"
    print(f"gongkai serve: http://{args.host}:{args.port}/  ·  {settings.root}  ·  {watch}", file=sys.stderr, flush=True)
    try:
        server.run()  # returns on SIGTERM / SIGINT (uvicorn's handlers)
    finally:
        stop_signals()
        if svc is not None:
            svc.stop.set()
            svc.wake.set()
            thread.join(timeout=30)
            svc.close()
        app.state.console.ledger.close()
    print("gongkai serve: 已停止 / stopped", file=sys.stderr, flush=True)
    return 0


def _watch(svc) -> None:
    """The watch service's thread: a failure it cannot wait out is logged where the operator looks, and ``/healthz``
    answers 503 from then on (the console and the API stay up; uploads wait in the inbox for a restart)."""
    import logging

    try:
        svc.run()
    except BaseException:
        logging.getLogger("gongkai.watch").critical(
            "监视服务已停止，请查看日志后重启 gongkai serve / the watch service stopped; see the log and restart", exc_info=True)
        raise


def _server_class():
    import contextlib

    import uvicorn

    class Server(uvicorn.Server):
        """uvicorn without its own signal handling: it would re-raise SIGTERM after shutting down and
        kill the process before the watch service finished the documents in hand (see ``_on_stop``)."""

        @contextlib.contextmanager
        def capture_signals(self):
            yield

    return Server


def _Server(config):  # noqa: N802 — reads like the class it builds
    return _server_class()(config)


def _on_stop(server):
    """SIGTERM / Ctrl-C end the server (a second Ctrl-C: at once); returns the restorer of the old handlers."""
    import signal

    def handler(signum, frame):  # noqa: ARG001
        if server.should_exit and signum == signal.SIGINT:
            server.force_exit = True
        server.should_exit = True

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    return lambda: [signal.signal(sig, h) for sig, h in old.items()]
