"""Coverage-guided fuzzing of newsparse with atheris.

    python fuzz/make_seeds.py                      # seed corpus from tests/fixtures
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=1800 -timeout=10 -rss_limit_mb=2048

Every input, as bytes, goes through `decode_post` and `parse`: any exception
other than a `ParseError` is a crash, as is a hang past `-timeout` seconds.
Crashers land in `crash-*` files; copy them to tests/fixtures/fuzz/ as
regression fixtures.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse.decoding import decode_post


def test_one_input(data: bytes) -> None:
    try:
        text, _ = decode_post(data)
        article = newsparse.parse(text)
    except newsparse.ParseError:
        return
    newsparse.Article.model_validate_json(article.model_dump_json())


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
