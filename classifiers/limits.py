"""The ``[limits]`` section of the one TOML: the bounds of ``extractors.Limits``, set per bureau.

::

    [limits]
    max_text_bytes = 4_194_304    # a .txt larger than this is refused before it is decoded (4 MB)
    max_text_chars = 2_000_000    # characters extracted from any one document
    max_part_bytes = 67_108_864   # one zip member (an XML part) as inflated (64 MB)
    max_pages = 2000
    memory_mb = 1536              # address space of an audit (RLIMIT_AS); 0 = no limit
    seconds = 60.0                # wall-clock per file

Every audit path reads them from here: the worker pools of ``gongkai watch`` and ``gongkai audit``
and ``gongkai audit``'s in-process path (``classifiers.batch``).
"""

from __future__ import annotations

from extractors.registry import Limits

from .config import section

section("limits")(Limits)

