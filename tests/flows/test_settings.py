"""``[service]`` / ``[storage]`` settings: defaults, TOML, environment, unknown keys fail naming the key."""

from __future__ import annotations

import pytest

from extractors.errors import ConfigError
from flows.settings import load_settings


def test_defaults_embedded_prefect_and_sqlite():
    s = load_settings(env={})
    assert s.service.root == "gongkai-data" and s.service.engine == "prefect"
    assert s.embedded_prefect and s.ledger_url is None


def test_toml_env_and_overrides(tmp_path):
    cfg = tmp_path / "gongkai.toml"
    cfg.write_text('[service]\nroot = "/srv/g"\nconcurrency = 3\n[storage]\nurl = "sqlite:///x.db"\n[markings]\n', encoding="utf-8")
    s = load_settings(cfg, env={"PREFECT_API_URL": "http://prefect:4200/api"}, overrides={"root": "/tmp/r", "engine": None})
    assert (s.service.root, s.service.concurrency, s.ledger_url) == ("/tmp/r", 3, "sqlite:///x.db")
    assert s.prefect_api_url == "http://prefect:4200/api" and not s.embedded_prefect
    s2 = load_settings(cfg, env={"GONGKAI_LEDGER_URL": "postgresql+psycopg://g@db/g"})
    assert s2.ledger_url == "postgresql+psycopg://g@db/g"


@pytest.mark.parametrize("toml,needle", [
    ("[service]\nsettle = 1\n", "service.settle"),
    ("[storage]\ndsn = 'x'\n", "storage.dsn"),
    ("[service]\nconcurrency = 'two'\n", "service.concurrency"),
    ("[service]\nengine = 'celery'\n", "celery"),
    ("[service]\nbatch_max = 0\n", "batch_max"),
])
def test_bad_settings_fail_naming_the_key(tmp_path, toml, needle):
    cfg = tmp_path / "g.toml"
    cfg.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(cfg, env={})
    assert needle in str(e.value)


@pytest.mark.parametrize("api_url", [None, "http://127.0.0.1:4200/api"])
def test_prefect_never_prints_its_telemetry_notice(tmp_path, api_url):
    """DO_NOT_TRACK is set for every Prefect client the product starts (the README says analytics are off)."""
    from flows.service import prepare_prefect_env

    env = {"PREFECT_API_URL": api_url} if api_url else {}
    settings = load_settings(env=env, overrides={"root": str(tmp_path)})
    environ: dict = {}
    prepare_prefect_env(settings, environ)
    assert environ["DO_NOT_TRACK"] == "1"
    keep = {"DO_NOT_TRACK": "0"}
    prepare_prefect_env(settings, keep)
    assert keep["DO_NOT_TRACK"] == "0"  # a bureau's own choice stands
