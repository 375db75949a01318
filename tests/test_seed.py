"""The post that started the project parses to exactly what a reader sees in it."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from conftest import FIXTURES

SEED = FIXTURES / "cna" / "seed-2022.md"
UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def article() -> newsparse.Article:
    return newsparse.parse_file(SEED)


def test_front_matter_and_stamp(article: newsparse.Article) -> None:
    assert article.front_matter.title == "中哈聯合聲明 哈薩克：反對任何形式的台獨"
    assert article.front_matter.date == dt.datetime(2022, 9, 15, 9, 34, 3, tzinfo=UTC)
    assert article.published_at == dt.datetime(2022, 9, 15, 9, 34, 3, tzinfo=UTC)
    assert article.front_matter.source_url == "https://www.cna.com.tw/news/acn/202209150165.aspx"
    assert article.site == "cna"
    assert article.warnings == []


def test_lead_image(article: newsparse.Article) -> None:
    image = article.lead_image
    assert image is not None
    assert (
        image.url
        == "https://imgcdn.cna.com.tw/www/WebPhotos/800/20220915/750x530_wmkn_627523410876.jpg"
    )
    assert [source.width for source in image.sources] == [414, 1024]
    assert image.credit == "圖取自哈薩克總統官方網頁korda.kz"
    assert image.caption is not None
    assert image.caption.endswith("反對任何形式的「台灣獨立」。")


def test_dateline(article: newsparse.Article) -> None:
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.agency, dateline.location, dateline.day) == ("中央社", "台北", 15)
    assert dateline.reporters == []


def test_paragraphs(article: newsparse.Article) -> None:
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].text.startswith("（中央社台北15日電）")
    assert article.paragraphs[-1].text.endswith("並對烏茲別克進行國是訪問。")
    assert "編輯" not in article.text


def test_editor(article: newsparse.Article) -> None:
    editor = article.editor
    assert editor is not None
    assert editor.editors == ["周慧盈", "唐佩君"]
    assert editor.code == "1110915"
    assert editor.date == dt.date(2022, 9, 15)


def test_related_and_topics(article: newsparse.Article) -> None:
    assert len(article.related) == 4
    assert article.related[0].title == "習蒲會前 中俄海軍在太平洋第二次聯合巡航"
    assert [topic.name for topic in article.topics] == ["哈薩克", "習近平"]
    assert [len(topic.articles) for topic in article.topics] == [2, 2]
