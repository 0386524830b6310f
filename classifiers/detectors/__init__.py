"""Sensitive-data detectors, one per file; importing this package registers them all."""

from . import id_card  # noqa: F401
