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


@pytest.fixture(scope="session")
def postgres_url():
    """A PostgreSQL database the store tests may wipe: $WHOSAID_TEST_POSTGRES, or a throwaway server."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")
    if os.environ.get("WHOSAID_TEST_POSTGRES"):
        yield os.environ["WHOSAID_TEST_POSTGRES"]
        return
    from whosaid.store.tempserver import TempServer
    try:
        server = TempServer({"fsync": "off"}).start()
    except (RuntimeError, OSError, KeyError) as error:
        pytest.skip(f"no PostgreSQL server for the store tests: {error}")
    yield server.url
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """Each store test runs on an SQLite file and on an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "whosaid.db")
    import psycopg
    url = request.getfixturevalue("postgres_url")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return url
