"""What a block's neighbours decide (`newsparse.layout`), on small synthetic posts."""

from __future__ import annotations

import newsparse

HEAD = """---
title: "示例标题"
date: 2023-07-10T00:00:00.000Z
author: 示例
from: https://example.org/a/1.html
tags: [ 示例 ]
---
<!--1688947200000-->
[示例标题](https://example.org/a/1.html)
------

"""


def decisions(body: str) -> list[tuple[str, str]]:
    explained = newsparse.explain(HEAD + body, site="unknown")
    return [(block.decision.value, block.text) for block in explained.blocks if block.text]


def test_a_short_line_in_the_image_container_is_its_caption() -> None:
    body = '<div><div><img src="https://example.org/a.jpg"><div>港口一景</div></div><p>正文。</p></div>'
    assert decisions(body) == [("caption", "港口一景"), ("paragraph", "正文。")]


def test_a_paragraph_after_an_image_stays_story_text() -> None:
    body = '<div><p><img src="https://example.org/a.jpg"></p><p>第二段文字。</p></div>'
    assert decisions(body) == [("paragraph", "第二段文字。")]


def test_a_line_repeating_the_image_description_is_its_caption() -> None:
    body = (
        '<div><img src="https://example.org/a.jpg" alt="示威者在广场集会（美联社）">'
        "<p>示威者在广场集会（美联社）</p><p>正文。</p></div>"
    )
    assert decisions(body)[0] == ("caption", "示威者在广场集会（美联社）")


def test_no_caption_after_an_emoji() -> None:
    body = (
        '<div><p>好<img src="https://img.example.org/face/1.png" alt="[泪]"></p><p>短评</p></div>'
    )
    assert ("paragraph", "短评") in decisions(body)


def test_link_lines_in_a_run_are_related_but_a_lone_one_is_not() -> None:
    body = (
        '<div><p>正文第一段。</p><p><a href="/b">另一篇报道</a></p><p>正文第二段。</p>'
        '<ul><li><a href="/c">报道甲</a></li><li><a href="/d">报道乙</a></li></ul></div>'
    )
    assert decisions(body) == [
        ("paragraph", "正文第一段。"),
        ("paragraph", "另一篇报道"),
        ("paragraph", "正文第二段。"),
        ("related", "报道甲"),
        ("related", "报道乙"),
    ]


def test_links_to_the_pages_own_sections_stay_text() -> None:
    body = '<ul><li><a href="https://example.org/x/#1">要闻一</a></li><li><a href="https://example.org/x/#2">要闻二</a></li></ul>'
    assert decisions(body) == [("list_item", "要闻一"), ("list_item", "要闻二")]


def test_a_lone_link_under_a_related_header_is_related() -> None:
    body = '<div><p>正文。</p><p>延伸閱讀</p><p><a href="/e">另一篇</a></p></div>'
    assert decisions(body)[-1] == ("related", "另一篇")


def test_a_name_above_the_date_is_the_byline_and_an_outlet_is_a_header() -> None:
    person = decisions("<div><div>Jane Doe</div><div>2023-07-10T02:00:00Z</div><p>Text.</p></div>")
    outlet = decisions(
        "<div><div>示例 Example Media</div><div>May 5th 2020</div><p>Text.</p></div>"
    )
    assert person[0] == ("byline", "Jane Doe")
    assert outlet[0] == ("dropped", "示例 Example Media")


def test_a_name_above_a_reporter_title_is_the_byline() -> None:
    body = "<ul><li>法兰克·加德纳（Frank Gardner）</li><li>BBC防卫记者</li></ul><p>正文。</p>"
    explained = newsparse.explain(HEAD + body, site="unknown")
    assert [person.name for person in explained.article.authors] == ["法兰克·加德纳"]
    assert [p.text for p in explained.article.paragraphs] == ["正文。"]


def test_a_deck_is_dropped_only_when_a_story_follows() -> None:
    deck = '<p class="blog-post__description">一句话概括全文的导语。</p>'
    assert decisions(f"<div>{deck}<p>正文。</p></div>")[0] == ("dropped", "一句话概括全文的导语。")
    assert decisions(f"<div>{deck}</div>") == [("paragraph", "一句话概括全文的导语。")]


def test_a_capitals_line_opening_the_story_is_its_dateline() -> None:
    explained = newsparse.explain(
        HEAD + "<div><p>ZURICH</p><p>The Swiss vote.</p></div>", site="unknown"
    )
    assert explained.article.dateline is not None
    assert explained.article.dateline.location == "ZURICH"
    assert [p.text for p in explained.article.paragraphs] == ["The Swiss vote."]


def test_a_video_title_before_its_player_is_dropped() -> None:
    body = '<div><p>正文。</p><p>視頻：寺廟被拆除</p><iframe src="https://www.youtube.com/embed/x"></iframe></div>'
    assert ("dropped", "視頻：寺廟被拆除") in decisions(body)


def test_a_profile_can_turn_a_generic_rule_off() -> None:
    from newsparse import sites

    assert not sites.by_id("dw").uses("caption-after-image")
    assert sites.by_id("cna").uses("caption-after-image")


def test_an_h1_anywhere_is_a_page_title() -> None:
    body = "<div><p>正文第一段。</p><p>正文第二段。</p><h1>站点名称</h1></div>"
    assert decisions(body)[-1] == ("dropped", "站点名称")
