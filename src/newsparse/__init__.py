"""newsparse: mirrored news posts (Jekyll front matter + feed HTML) as typed records.

`parse(text)` and `parse_file(path)` return an `Article`; `parse_many(paths)` streams one
`Article` or `Failure` per file; `explain(text)` adds the decision taken on every block.
See README.md.
"""

from ._version import __version__
from .api import parse, parse_file
from .batch import Failure, Result, parse_many
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
from .explain import Block, Explanation, explain, explain_file
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
    "Block",
    "Credit",
    "Dateline",
    "EditorLine",
    "EncodingError",
    "Explanation",
    "Failure",
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
    "Result",
    "TooLargeError",
    "Topic",
    "UnreadableFileError",
    "WarningCode",
    "__version__",
    "explain",
    "explain_file",
    "parse",
    "parse_file",
    "parse_many",
]
