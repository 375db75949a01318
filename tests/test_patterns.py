"""Every named regular expression in newsparse, tried on a real example.

`EXAMPLES` maps `module.NAME` to (text, expected named groups, or None for
"must not match"); site profiles' patterns have theirs in
`pattern_examples/SITE.json`, in the same shape. A pattern added to the
package without an example fails `test_every_pattern_has_an_example`.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import re
from typing import Any

import pytest

import newsparse
from conftest import TESTS

EXAMPLES: dict[str, list[tuple[str, dict[str, Any] | None]]] = {
    "newsparse.post.STAMP_LINE": [
        ("<!--1663234443000-->\n[", {"value": "1663234443000"}),
        ("<!--NaN-->\n", {"value": "NaN"}),
    ],
    "newsparse.post.HEADLINE_LINES": [
        (
            "[中哈聯合聲明 哈薩克：反對任何形式的台獨](https://www.cna.com.tw/news/acn/202209150165.aspx)\n------\n",
            {},
        ),
        ("<div>\n", None),
    ],
    "newsparse.extractors.headline.HEADLINE_LINK": [
        (
            "[[快訊] 颱風[海葵]登陸](https://example.org/a)",
            {"text": "[快訊] 颱風[海葵]登陸", "url": "https://example.org/a"},
        ),
    ],
    "newsparse.extractors.front_matter.KEY_VALUE_LINE": [
        ('title: "紙風車劇團浴火重生"', {"key": "title", "value": '"紙風車劇團浴火重生"'}),
        ("  continued line", None),
    ],
    "newsparse.extractors.front_matter.YAML_ALIAS": [
        ("b: [*a, *a, *a]", {}),
        ('title: "5*3=15"', None),
    ],
    "newsparse.extractors.front_matter.FLOW_LIST": [
        ("[ (臺)中央社CNA ]", {"items": " (臺)中央社CNA "}),
    ],
    "newsparse.extractors.front_matter.MIRROR_LINE": [
        ("date: 2020-07-25T03:22:39.000Z", {"key": "date", "value": "2020-07-25T03:22:39.000Z"}),
        ("comments:", {"key": "comments", "value": None}),
        ("tags:  [ 法广 ]", None),
        ("  continued line", None),
    ],
    "newsparse.extractors.front_matter.UNUSUAL_CHARACTER": [
        ('title:\t"蘋果營收增11%"', {}),
        ('title: "中哈聯合聲明\u2028哈薩克"', {}),
        ('title: "中哈聯合聲明 哈薩克：反對任何形式的台獨"\nlayout: post', None),
    ],
    "newsparse.extractors.front_matter.DOUBLE_QUOTED": [
        ('"上海将率先推出\\"城市码\\" 疫情产物"', {"text": '上海将率先推出\\"城市码\\" 疫情产物'}),
        ('"[國際] 蘋果不畏疫情營收增11%"', {"text": "[國際] 蘋果不畏疫情營收增11%"}),
        ('"換行\\n"', None),
        ('"未完', None),
    ],
    "newsparse.extractors.front_matter.QUOTE_ESCAPE": [
        ('拿山东饺子吁台湾\\"回家\\"', {"character": '"'}),
        ("C:\\\\Windows", {"character": "\\"}),
    ],
    "newsparse.extractors.front_matter.SINGLE_QUOTED": [
        ("'It''s the economy'", {"text": "It''s the economy"}),
        ("'It's'", None),
    ],
    "newsparse.extractors.front_matter.PLAIN_SCALAR": [
        ("https://www.rti.org.tw/news/view/id/2073444", {}),
        ("(臺)中央社CNA", {}),
        ("RTI 中央廣播電臺", {}),
        ("#1 記者", None),
        ("美國 #大選", None),
        ("編輯: 王五", None),
        ("- 列表", None),
    ],
    "newsparse.extractors.front_matter.PLAIN_FLOW_LIST": [
        ("[ RTI 中央廣播電臺 ]", {"items": "RTI 中央廣播電臺 "}),
        ("[ 法广, 国际 ]", {"items": "法广, 国际 "}),
        ("[ ]", {"items": None}),
        ('[ "法广" ]', None),
        ("[ a: b ]", None),
    ],
    "newsparse.scoring.TOKEN": [("Biden說", {}), ("，。", None)],
    "newsparse.extractors.language.HAN_RUN": [("美國", {}), ("Biden", None)],
    "newsparse.extractors.language.LATIN_RUN": [("Biden", {}), ("美國", None)],
    "newsparse.extractors.language.TRADITIONAL_ONLY": [("美國總統", {}), ("美国总统", None)],
    "newsparse.extractors.language.SIMPLIFIED_ONLY": [("美国总统", {}), ("美國總統", None)],
    "newsparse.html.SELF_CLOSED_IFRAME": [
        ('<iframe src="https://www.youtube.com/embed/x" width="560"/>', {}),
        ('<iframe src="https://x"></iframe>', None),
    ],
    "newsparse.sites.profile.NAMED_GROUP": [
        ("(?P<names>", {"name": "names"}),
        ("(?P=open)", {"reference": "open"}),
        ("(?:", None),
    ],
    "newsparse.sites.profile.OPTIONAL_GROUP": [
        (':is(figure, div[class*="media-"])', {}),
        ("div.x", None),
    ],
    "newsparse.sites.profile.SELECTOR_NEEDLE": [
        ('a[href*="feedx."]', {"value": "feedx."}),
        (".moreArticle", {"word": "moreArticle"}),
        ("div > p", None),
    ],
    "newsparse.html.TAG": [
        ('<div class="paragraph">', {}),
        ("</p>", {}),
        ("</p>", {}),
        ("<br/>", {}),
        ("a < b", None),
    ],
    "newsparse.urls.DOUBLED_PREFIX": [
        (
            "https://www.economist.comhttps://www.economist.com/briefing/2020/x",
            {"inner": "https://www.economist.com/briefing/2020/x"},
        ),
        ("https://web.archive.org/web/2020/https://example.com/", None),
    ],
    "newsparse.urls.URL_SCHEME": [
        ("https://imgcdn.cna.com.tw/www/WebPhotos/1024/x.jpg", {}),
        ("imgcdn.cna.com.tw/www/WebPhotos/1024/x.jpg", None),
    ],
    "newsparse.extractors.images.SRCSET_ENTRY": [
        (
            "https://imgcdn.cna.com.tw/www/WebPhotos/1024/20220915/750x530_wmkn_627523410876.jpg 1024w",
            {
                "url": "https://imgcdn.cna.com.tw/www/WebPhotos/1024/20220915/750x530_wmkn_627523410876.jpg",
                "width": "1024",
            },
        ),
    ],
    "newsparse.sites.profile.TAG_OPENING": [('<figure class="x">', {}), ("a < b", None)],
    "newsparse.sites.profile.TYPE_NEEDLE": [
        ("figure", {"tag": "figure"}),
        ("ul > li", {"tag": "ul"}),
    ],
    "newsparse.sites.profile.BRACKETED": [(":has(p:not([class]), h2)", {}), ("div.x", None)],
    "newsparse.extractors.images.SRCSET_SEPARATOR": [("a.jpg 414w, b.jpg 1024w", {})],
    "newsparse.sites.generic.PERSON_NAMES": [
        ("William Yang", {}),
        ("CHARLIE SAVAGE", {}),
        ("张三、李四", {}),
        ("端傳媒 Initium Media", None),
    ],
    "newsparse.sites.generic.EMOJI_ALT": [("[泪]", {}), ("[doge]", {}), ("示威者在曼谷", None)],
    "newsparse.extractors.credits.ROLE_MARK": [
        ("譯者：張正芊/核稿：劉學源", {"role": "譯者"}),
        ("责编：王五 网编：赵六", {"role": "责编"}),
        ("编译 张三；审校 李四", {"bare": "编译"}),
        ("译者/何黎", {"bare": "译者"}),
    ],
    "newsparse.extractors.names.NAME_SEPARATOR": [
        ("杨威廉/张慈", {}),
        ("Amber Wang和Liu Yi", {}),
        ("Cindy", None),
    ],
    "newsparse.extractors.names.LATIN_GLOSS": [
        ("储百亮(Christopher Buckley)", {}),
        ("Cindy Hao", None),
    ],
    "newsparse.extractors.credits.ROC_CODE": [
        ("1110915", {"year": "111", "month": "09", "day": "15"})
    ],
    "newsparse.extractors.dateline.NAME_SEPARATOR": [("趙靜瑜、王淑芬", {})],
    "newsparse.sites.common.FEED_FOOTER_LINE": [("获取更多RSS：", {}), ("https://feedx.net", {})],
    "newsparse.sites.common.PARENTHESISED_CREDIT": [
        (
            "哈薩克強調反對任何形式的「台灣獨立」。（圖取自哈薩克總統官方網頁korda.kz）",
            {"credit": "圖取自哈薩克總統官方網頁korda.kz"},
        ),
        ("圖為布魯克林大橋公園單車騎士配戴口罩。（中央社檔案照片）", {"credit": "中央社檔案照片"}),
        ("托卡葉夫（右）會談", None),
    ],
    "newsparse.sites.common.AGENCY_DATELINE": [
        (
            "（中央社記者趙靜瑜、王淑芬台北10日電）文化部",
            {
                "agency": "中央社",
                "staff": "記者",
                "who_where": "趙靜瑜、王淑芬台北",
                "day": "10",
                "kind": "電",
            },
        ),
        (
            "（中央社紐約4日綜合外電報導）美國",
            {"agency": "中央社", "who_where": "紐約", "day": "4", "kind": "綜合外電報導"},
        ),
        ("（中央社記者田習如特稿）", {"who_where": "田習如", "kind": "特稿"}),
        ("（法新社巴黎14日电）", {"agency": "法新社", "who_where": "巴黎", "kind": "电"}),
    ],
    "newsparse.sites.cna.EDITOR_LINE": [
        (
            "並對烏茲別克進行國是訪問。（編輯：周慧盈/唐佩君）1110915",
            {"names": "編輯：周慧盈/唐佩君", "code": "1110915"},
        ),
        ("（譯者：陳怡君/核稿：嚴思祺）1091005", {"names": "譯者：陳怡君/核稿：嚴思祺"}),
        ("（中央社記者王小明攝）", None),
    ],
    "newsparse.sites.cna.STAFF_PHOTO_CREDIT": [
        (
            "紙風車劇團3日舉行記者會。中央社記者沈如峰宜蘭縣攝　109年8月3日",
            {"credit": "中央社記者沈如峰宜蘭縣攝　109年8月3日"},
        ),
    ],
    "newsparse.sites.cna.EMBED_CAPTION": [("▲東京阿美橫商店街30日人潮", {}), ("東京▲", None)],
    "newsparse.sites.cna.SPECIAL_DATELINE": [
        ("（中央社網站3日電）", {"who_where": "網站", "day": "3"})
    ],
}


@functools.cache
def all_examples() -> dict[str, list[tuple[str, dict[str, Any] | None]]]:
    examples = dict(EXAMPLES)
    for path in sorted((TESTS / "pattern_examples").glob("*.json")):
        for name, cases in json.loads(path.read_text(encoding="utf-8")).items():
            examples.setdefault(name, []).extend((text, groups) for text, groups in cases)
    return examples


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level compiled pattern in the newsparse package, by dotted name."""
    found: dict[str, re.Pattern[str]] = {}
    for module_info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if module_info.name.endswith(".__main__"):  # runs the command when imported
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and name.isupper() and _defined_in(module, name):
                found[f"{module_info.name}.{name}"] = value
    return found


def _defined_in(module: object, name: str) -> bool:
    source = getattr(module, "__file__", "") or ""
    with open(source, encoding="utf-8") as handle:
        return re.search(rf"^{name}\b\s*=", handle.read(), re.MULTILINE) is not None


def test_every_pattern_has_an_example() -> None:
    missing = sorted(set(package_patterns()) - set(all_examples()))
    assert not missing, f"add a real example for: {missing}"


@pytest.mark.parametrize("name", sorted(all_examples()))
def test_pattern_on_its_examples(name: str) -> None:
    pattern = package_patterns()[name]
    for text, groups in all_examples()[name]:
        match = pattern.search(text)
        if groups is None:
            assert match is None, (name, text)
            continue
        assert match is not None, (name, text)
        for group, value in groups.items():
            assert match.group(group) == value, (name, text, group)


def test_text_rule_needles_are_in_every_matching_example() -> None:
    """A rule's needles only pass over lines its pattern could not match anyway."""
    from newsparse import sites

    names = {id(pattern): name for name, pattern in package_patterns().items()}
    examples = all_examples()
    checked = 0
    for profile in (*sites.PROFILES, sites.GENERIC):
        for rule in profile.text_rules:
            if not rule.needles:
                continue
            for text, groups in examples[names[id(rule.pattern)]]:
                if groups is not None and rule.pattern.search(text):
                    checked += 1
                    assert any(needle in text for needle in rule.needles), (rule.name, text)
    assert checked >= 10
