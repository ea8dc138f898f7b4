"""The README's store examples, run as an analyst would run them: every `whosaid ...` line of the sh
blocks of "The store" section, in a folder whose ./whosaid.db holds the shipped examples/.

An example that cannot run here as written (it names the analyst's own folder, or ids of someone
else's store) is adapted below, in the open; every other one runs word for word.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

WHOSAID = str(Path(sys.executable).with_name("whosaid"))
README = ROOT / "README.md"
NEWS_FOLDER = "~/news/"  # the analyst's own folder of articles: here, the shipped examples/
NAME_OPTIONS = ("--speaker", "--org", "--participant", "--about")  # a filter by a name: the sample has each one asked


def store_examples() -> list[str]:
    section = README.read_text(encoding="utf-8").split("\n## The store")[1].split("\n## ")[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.startswith("whosaid ")]


EXAMPLES = store_examples()


def run(args: list[str], folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([WHOSAID, *args], capture_output=True, text=True, timeout=600, cwd=folder)


def words_of(example: str) -> list[str]:
    """The example's arguments after `whosaid`, its comment left out."""
    return shlex.split(example, comments=True)[1:]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder whose ./whosaid.db the README's own ingest line made, from examples/ (not ~/news/)."""
    here = tmp_path_factory.mktemp("analyst")
    ingest = next(words_of(e) for e in EXAMPLES if words_of(e)[0] == "ingest")
    assert NEWS_FOLDER in ingest, "the README's ingest example changed: adapt it here"
    done = run([str(ROOT / "examples") if word == NEWS_FOLDER else word for word in ingest], here)
    assert done.returncode == 0 and "1 added" in done.stderr, done.stderr
    return here


def test_the_store_section_has_its_examples():
    commands = {words_of(e)[0] for e in EXAMPLES}
    assert commands == {"ingest", "search", "trace", "speakers", "speaker", "events", "export", "identities",
                        "watch"}


@pytest.mark.parametrize("example", [e for e in EXAMPLES if words_of(e)[0] != "ingest"],
                         ids=lambda example: " ".join(words_of(example)))
def test_a_readme_example_runs(example, folder, tmp_path):
    args = words_of(example)
    if args[:2] == ["identities", "--merge"]:
        # the README's ids (12 31) are of the store it was written on: here, the two people quoted most,
        # merged in a copy so that the other examples still see the store as ingested
        shutil.copy(folder / "whosaid.db", tmp_path / "whosaid.db")
        listed = run(["identities", "--type", "PER", "--format", "jsonl"], tmp_path).stdout.splitlines()
        args = ["identities", "--merge", *(str(json.loads(row)["id"]) for row in listed[:2])]
        done = run(args, tmp_path)
    else:
        done = run(args, folder)
    assert done.returncode == 0, f"{example}: {done.stderr}"
    if args[:2] == ["watch", "add"]:  # says what it saved on stderr
        assert done.stdout == "" and done.stderr.startswith(f"whosaid: watch {args[2]}: "), example
    elif args == ["watch", "run"]:  # the first run: each watch the examples added has statements to give
        added = [words_of(e)[2] for e in EXAMPLES if words_of(e)[:2] == ["watch", "add"]]
        assert [line.split(":")[0] for line in done.stdout.splitlines() if line.startswith("== ")] == [
            f"== {name}" for name in sorted(added)], example
    elif args[0] == "speaker" or any(option in args for option in NAME_OPTIONS):
        assert "no " not in done.stderr and "exported 0 " not in done.stderr, f"{example}: {done.stderr}"
        assert done.stdout.strip() or args[0] == "export" and "-o" in args, example
