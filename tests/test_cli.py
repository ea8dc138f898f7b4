"""The command line as a person runs it: the real console script, real files, real exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLE

WHOSAID = [str(Path(sys.executable).with_name("whosaid"))]


def run(*args, stdin=None):
    return subprocess.run(WHOSAID + list(args), input=stdin, capture_output=True, timeout=300,
                          env={**os.environ, "COLUMNS": "100"})


def test_text_output_is_written_for_a_person():
    result = run("extract", str(SAMPLE), "--format", "text")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ" in out
    assert "Минск, 2022-01-11, Sputnik" in out
    assert "## Важнейшие переговоры" in out
    assert "9-10 января" in out and "2022-01-09 … 2022-01-10" in out


def test_json_is_one_record_and_a_list_for_several(tmp_path):
    one = json.loads(run("extract", str(SAMPLE), "--format", "json").stdout)
    assert one["id"] == "sputnik-2022-01-11-security-guarantees" and one["published"] == "2022-01-11"
    other = tmp_path / "other.txt"
    other.write_text("Заголовок\n\nМОСКВА, 5 мая /ТАСС/. Министр прибыл в Минск.\n", encoding="utf-8")
    several = json.loads(run("extract", str(SAMPLE), str(other), "--format", "json").stdout)
    assert [r["id"] for r in several] == ["sputnik-2022-01-11-security-guarantees", "other"]


def test_stdin_and_jsonl_output():
    result = run("extract", "-", "--format", "jsonl", stdin=SAMPLE.read_bytes())
    [line] = result.stdout.decode().splitlines()
    assert json.loads(line)["dateline"]["place"] == "Минск"


def test_bad_inputs_are_reported_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "Заголовок\\n\\nТекст статьи о событиях."}\n{oops\n', encoding="utf-8")
    result = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                 str(tmp_path / "binary.txt"), str(corpus), str(SAMPLE), "--format", "jsonl")
    assert result.returncode == 0
    assert [json.loads(x)["id"] for x in result.stdout.decode().splitlines()] == [
        "ok", "sputnik-2022-01-11-security-guarantees"]
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 4
    assert errors[0] == f"whosaid: skipped {tmp_path / 'empty.txt'}: empty input"
    assert "missing.txt: no such file or directory" in errors[1]
    assert "binary.txt: binary file" in errors[2]
    assert f"{corpus}:2: malformed JSON" in errors[3]


def test_nothing_processed_is_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert b"no article could be processed" in result.stderr


def test_python_api_extract():
    import whosaid
    article = whosaid.extract(SAMPLE.read_text(encoding="utf-8"), id="s", source="Sputnik Беларусь")
    assert article.id == "s" and article.source == "Sputnik Беларусь"
    assert article.dateline.place == "Минск"
