"""mobile: mainland prefixes, formats, office lines and masks."""

from __future__ import annotations

import pytest

from helpers_detectors import make_doc


@pytest.mark.parametrize(
    "text, n",
    [
        ("联系电话：13912345678", 1),
        ("手机 139-1234-5678", 1),
        ("电话 139 1234 5678", 1),
        ("１３９１２３４５６７８", 1),  # full-width
        ("13912345678 18809551234", 2),  # two numbers separated by a space
        # traps
        ("139****5678", 0),
        ("政策咨询可拨打12333人社服务热线", 0),
        ("监督电话0955-7012333", 0),
        ("咨询电话：13909551234", 0),  # an office's published line
        ("服务热线 18009551234", 0),
        ("12345678901", 0),  # 123 is no mainland prefix
        ("卫人社发〔2026〕123号", 0),
        ("拨付资金13912345678元", 0),
    ],
)
def test_mobile_table(run_check, text, n):
    assert len(run_check("mobile", make_doc(text))) == n
