"""Shared test options and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
SHARED = TESTS.parent.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_dir(*parts: str) -> Path:
    """A folder of ../shared/corpus, or a skip saying why the corpus tests cannot run."""
    folder = CORPUS.joinpath(*parts)
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the corpus lives in ../shared beside the repository")
    return folder
