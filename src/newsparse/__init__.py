"""newsparse: mirrored news posts (Jekyll front matter + feed HTML) as typed records.

`parse(text)` and `parse_file(path)` return an `Article`; see README.md.
"""

from ._version import __version__
from .api import parse, parse_file
from .errors import (
    EncodingError,
    FrontMatterError,
    NotAPostError,
    ParseError,
    PostFileNotFoundError,
    TooLargeError,
    UnreadableFileError,
    WarningCode,
)
from .limits import Limits
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
    "EncodingError",
    "FrontMatter",
    "FrontMatterError",
    "Headline",
    "Image",
    "ImageSource",
    "Limits",
    "Link",
    "NotAPostError",
    "Paragraph",
    "ParseError",
    "Person",
    "PostFileNotFoundError",
    "TooLargeError",
    "Topic",
    "UnreadableFileError",
    "WarningCode",
    "__version__",
    "parse",
    "parse_file",
]
