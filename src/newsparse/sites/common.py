"""Rules every site shares: what the feed mirror itself adds, and generic caption credits."""

from __future__ import annotations

import re

from .profile import BlockRule, Reason, Role, TextRule

FEED_FOOTER = BlockRule(
    "feedx-footer", 'div:has(> a[href*="feedx."])', Role.DROPPED, Reason.FEED_FOOTER
)
"""`<hr><div>获取更多RSS：<br><a href="https://feedx.net">…</a>…</div>`, added by the feed service."""

FEED_FOOTER_LINE = re.compile(r"^获取更多RSS|^https?://feedx\.\w+/?$")
"""`获取更多RSS：` and the feed service's addresses, when they stand as lines of their own."""

FEED_FOOTER_TEXT = TextRule("feedx-footer-text", FEED_FOOTER_LINE, Role.DROPPED, Reason.FEED_FOOTER)

SHARED_BLOCK_RULES = (FEED_FOOTER,)
SHARED_TEXT_RULES = (FEED_FOOTER_TEXT,)
SHARED_MARKERS = ("获取更多RSS", "feedx.net", "feedx.xyz")

PARENTHESISED_CREDIT = re.compile(
    r"[（(](?P<credit>[^（）()]*(?:攝|摄|提供|取自|翻攝|翻摄|來源|来源|照片|圖片|图片|檔案照|档案照)"
    r"[^（）()]*)[）)]\s*$"
)
"""`（圖取自哈薩克總統官方網頁korda.kz）`, `（中央社記者X攝 111年9月15日）`, `（XX提供）`."""

AGENCY_DATELINE = re.compile(
    r"(?P<raw>[（(](?P<agency>[^（）()\d]{1,5}?社)(?P<staff>記者|记者|特派員|特派员)?"
    r"(?P<who_where>[^（）()\d]*?)(?:(?P<day>\d{1,2})日?)?"
    r"(?P<kind>專電|专电|電|电|綜合外電報導|综合外电报导|外電報導|外电报导|特稿)[）)])"
)
"""`（中央社記者趙靜瑜、王淑芬台北10日電）`, `（法新社巴黎14日电）`, `（中央社華盛頓7日專電）`."""
