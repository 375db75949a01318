"""newsparse: mirrored news posts (Jekyll front matter + feed HTML) as typed records.

`parse(text)` and `parse_file(path)` return an `Article`; see README.md.
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
    Person,
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
    "Person",
    "PostFileNotFoundError",
    "Topic",
    "WarningCode",
    "__version__",
    "parse",
    "parse_file",
]
