"""Batch processing: the pool and Ray give the records sequential extraction gives, and a killed batch
resumes to the same result. Real corpus articles, the real pipeline, real worker processes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLE
from whosaid.batch import BatchError, BatchOptions, read_records, run_batch
from whosaid.batch.progress import Progress
from whosaid.model import Article

WHOSAID = str(Path(sys.executable).with_name("whosaid"))


@pytest.fixture(scope="module")
def articles_200(corpus, tmp_path_factory) -> Path:
    """The first 200 corpus articles as a JSONL file of their own."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus[:200]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sequential(articles_200) -> list[str]:
    """What `whosaid extract` gives for the same file, one article after another in one process."""
    return extract_jsonl(articles_200, hash_seed="1")


def extract_jsonl(path: Path, hash_seed: str) -> list[str]:
    result = subprocess.run([WHOSAID, "extract", str(path), "--format", "jsonl"], capture_output=True,
                            timeout=600, check=True, env={**os.environ, "PYTHONHASHSEED": hash_seed})
    records = result.stdout.decode("utf-8").splitlines()
    assert len(records) == 200
    return records


def test_a_record_does_not_depend_on_the_string_hash_seed(articles_200, sequential):
    """Sets iterate in an order that changes with PYTHONHASHSEED, so does a worker's seed; no stage may
    let that order show in a record (it once chose between `Верховный Суд` and `Верховный суд`)."""
    assert extract_jsonl(articles_200, hash_seed="7") == sequential


def test_pool_gives_exactly_the_records_of_sequential_extraction(articles_200, sequential, tmp_path):
    result = run_batch(BatchOptions([str(articles_200)], tmp_path, workers=2, shard_size=64))
    assert (result.records, result.errors, result.shards) == (200, 0, 4)
    assert list(read_records(tmp_path)) == sequential  # the same records, in input order
    assert len(result.workers) == 2 and all(w.articles > 0 for w in result.workers)
    assert sum(w.articles for w in result.workers) == 200
    assert all(0 < w.peak_rss_mb < 600 for w in result.workers)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "errors.jsonl", "manifest.jsonl"] + [f"part-00000{i}.jsonl" for i in range(4)]
    Article.from_json(next(read_records(tmp_path))).check()


def test_parquet_shards_hold_key_columns_and_the_record(articles_200, sequential, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow (the parquet extra)")
    run_batch(BatchOptions([str(articles_200)], tmp_path, format="parquet", workers=2, shard_size=150))
    table = pq.read_table(tmp_path / "part-000000.parquet")
    assert table.column_names == ["id", "origin", "source", "url", "published", "title", "record"]
    first = json.loads(sequential[0])
    assert table.column("id")[0].as_py() == first["id"]
    assert table.column("title")[0].as_py() == first["title"]["text"]
    assert list(read_records(tmp_path)) == sequential


def test_ray_local_mode_gives_exactly_the_records_of_sequential_extraction(articles_200, sequential, tmp_path):
    pytest.importorskip("ray", reason="the Ray engine needs Ray (the ray extra)")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions([str(articles_200), str(bad)], out, format="parquet", workers=2, engine="ray")
    result = run_batch(options)
    assert (result.records, result.errors, result.shards) == (200, 1, 1)
    # Ray does not keep the input order across its actors: the same records, as a set.
    assert sorted(read_records(out)) == sorted(sequential)
    assert json.loads((out / "errors.jsonl").read_text(encoding="utf-8")) == {
        "input": f"{bad}:1", "reason": "malformed JSON (Expecting property name enclosed in double quotes "
                                       "at column 2)"}
    again = run_batch(options)  # finished: nothing to do, Ray is not even started
    assert (again.records, again.skipped_shards) == (0, 1)


def test_a_killed_batch_resumes_to_the_same_result(articles_200, tmp_path):
    """SIGKILL the batch command once some shards are finished; the re-run ends as an unbroken run."""
    out = tmp_path / "killed"
    command = [WHOSAID, "batch", str(articles_200), "--out", str(out), "--workers", "2", "--shard-size", "10"]
    batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and batch.poll() is None:
        if manifest.exists() and len(manifest.read_text(encoding="utf-8").splitlines()) >= 3:
            break
        time.sleep(0.05)
    assert batch.poll() is None, f"the batch ended before it could be killed: {batch.stderr.read()}"
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    finished_before = len(manifest.read_text(encoding="utf-8").splitlines()) - 1
    assert 2 <= finished_before < 20
    _workers_end_with_their_parent(batch.pid)

    resumed = subprocess.run(command, capture_output=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert b"finished before, skipped" in resumed.stderr

    whole = tmp_path / "whole"
    subprocess.run(command[:4] + [str(whole)] + command[5:], check=True, capture_output=True, timeout=600)
    names = sorted(p.name for p in whole.iterdir())
    assert sorted(p.name for p in out.iterdir()) == names and len(names) == 22
    for name in names:
        if name != "manifest.jsonl":
            assert (out / name).read_bytes() == (whole / name).read_bytes(), name


def _workers_end_with_their_parent(parent: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        left = subprocess.run(["pgrep", "-s", str(parent)], capture_output=True, text=True).stdout.split()
        if not left:
            return
        time.sleep(0.2)
    for pid in left:  # do not leave them running whatever happens
        os.kill(int(pid), signal.SIGKILL)
    pytest.fail(f"worker processes {left} outlived the killed batch")


def test_bad_items_go_to_the_errors_file_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "Заголовок\\n\\nТекст статьи о событиях."}\n{oops\n'
                      '{"id": "empty", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([WHOSAID, "batch", str(corpus), str(tmp_path / "missing.txt"), str(SAMPLE),
                             "--out", str(out), "--workers", "2"], capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert b"2 records, 3 errors" in result.stderr
    assert [json.loads(r)["id"] for r in read_records(out)] == ["ok", "sputnik-2022-01-11-security-guarantees"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [
        {"input": f"{corpus}:2", "reason": "malformed JSON (Expecting property name enclosed in double "
                                           "quotes at column 2)"},
        {"input": f"{corpus}:3", "reason": "no 'text' field with article text"},
        {"input": str(tmp_path / "missing.txt"), "reason": "no such file or directory"}]


def test_a_folder_holding_another_batch_is_refused(tmp_path):
    run_batch(BatchOptions([str(SAMPLE)], tmp_path, workers=1))
    again = run_batch(BatchOptions([str(SAMPLE)], tmp_path, workers=1))
    assert (again.records, again.skipped_shards) == (0, 1)
    with pytest.raises(BatchError, match="holds a batch of other inputs or options"):
        run_batch(BatchOptions([str(SAMPLE)], tmp_path, workers=1, shard_size=5))


def test_db_loads_the_records_into_the_store_once(tmp_path):
    from whosaid.store import Store
    other = tmp_path / "other.txt"
    other.write_text("Заголовок\n\nМОСКВА, 5 мая /ТАСС/. Министр прибыл в Минск.\n", encoding="utf-8")
    db = str(tmp_path / "whosaid.db")
    options = BatchOptions([str(SAMPLE), str(other)], tmp_path / "out", workers=1, db=db)
    assert run_batch(options).stored == {"added": 2, "replaced": 0, "unchanged": 0}
    with Store.open(db) as store:
        assert store.article("sputnik-2022-01-11-security-guarantees").to_json() == next(read_records(options.out))
    assert run_batch(options).stored == {"added": 0, "replaced": 0, "unchanged": 2}  # a re-run adds nothing


def test_nothing_readable_is_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = subprocess.run([WHOSAID, "batch", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")],
                            capture_output=True, timeout=300)
    assert result.returncode == 1
    assert b"0 records, 1 error in 1 shard" in result.stderr


def test_progress_on_a_terminal_counts_articles_per_second(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    options = BatchOptions([str(SAMPLE)], tmp_path, workers=1)
    run_batch(options, Progress(screen))
    shown = screen.getvalue()
    assert "starting 1 worker (loading the models)..." in shown
    assert shown.rstrip("\n").rsplit("\r\x1b[K", 1)[-1].startswith("1 article  ")
    assert " articles/s  0:00:" in shown
    assert Progress(io.StringIO()).enabled is False  # not a terminal: nothing drawn
