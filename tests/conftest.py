"""Shared test data: the shipped sample, our own fixtures, and ../shared when it is there."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sputnik-2022-01-11-security-guarantees.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))


def shared_path(relative: str) -> Path:
    """A file of ../shared, or a skip that says why the test cannot run here."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data lives beside the checkout)")
    return path


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    with gzip.open(shared_path("corpora/rucoco-news.jsonl.gz"), "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
