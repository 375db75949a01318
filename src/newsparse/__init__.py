"""newsparse: mirrored news posts (Jekyll front matter + feed HTML) as typed records.

>>> import newsparse
>>> article = newsparse.parse_file("tests/fixtures/cna/seed-2022.md")
>>> article.site, article.dateline.location, len(article.paragraphs)
('cna', '台北', 9)
"""

from ._version import __version__
from .api import parse, parse_file
from .errors import (
    FrontMatterError,
    NotAPostError,
    ParseError,
    PostFileNotFoundError,
    WarningCode,
)
from .models import (
    Article,
    Credit,
    Dateline,
    EditorLine,
    FrontMatter,
    Headline,
    Image,
    ImageSource,
    Link,
    Paragraph,
    Topic,
)

__all__ = [
    "Article",
    "Credit",
    "Dateline",
    "EditorLine",
    "FrontMatter",
    "FrontMatterError",
    "Headline",
    "Image",
    "ImageSource",
    "Link",
    "NotAPostError",
    "Paragraph",
    "ParseError",
    "PostFileNotFoundError",
    "Topic",
    "WarningCode",
    "__version__",
    "parse",
    "parse_file",
]
