"""Language from the text itself."""

from __future__ import annotations

import pytest

from newsparse.extractors.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（中央社記者王小明台北3日電）行政院今天通過國家發展計畫，總統府表示將與國會協調。",
            "zh-Hant",
        ),
        (
            "（法新社巴黎14日电）法国总统马克龙今天表示，欧盟将与中国继续对话，经济问题是重点。",
            "zh-Hans",
        ),
        ("The president said on Tuesday that the talks would continue next week in Geneva.", "en"),
        ("短", "und"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
