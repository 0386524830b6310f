"""Prefect flows, the watch folder, settings and the ``gongkai`` CLI — the only layer that imports Prefect."""
