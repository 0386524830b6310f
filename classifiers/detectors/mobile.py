"""手机号码: 11 digits on a mainland prefix (13x–19x), plain or written 139-1234-5678 / 139 1234 5678.

《保密审查工作制度》第十一条. Not personal: the office's own lines — 12333, 0955-70xxxxx 监督电话 and
咨询电话 are landlines or short codes and never match; a mobile right after 咨询电话 / 监督电话 /
服务热线 is scored down as an office line. ``139****5678`` is masked and fine.
"""

from __future__ import annotations

from ..registry import register
from ._document import DocumentCheck


@register("mobile")
class MobileDetector(DocumentCheck):
    """Personal mobile numbers."""

    name = "mobile"
