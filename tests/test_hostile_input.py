"""Hostile and careless inputs (issue 17): huge files, decompression bombs, cut and corrupt archives,
wide encodings and closed ports. Each is one line on stderr, read in bounded memory, and the inputs
after it are processed."""

import gzip
import io
import json
import random
import socket
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLE, html_page, write_warc
from test_warc import fixture_pages

from whosaid.cli import main
from whosaid.read import DEFAULT_MAX_CHARS, InputError, ReadOptions, Source, oversized, read_inputs

GOOD = FIXTURES / "pages" / "tass.txt"  # Песков on a call between Putin and Biden
SENTENCE = "Президенты России и США могут провести телефонный разговор в ближайшие дни, сообщил Песков. "
MB = 1 << 20


def good_article(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_bytes(GOOD.read_bytes())
    return path


def one_line_text(path: Path, size: int) -> Path:
    """`size` bytes of news text on one line, written a megabyte at a time."""
    chunk = (SENTENCE * (MB // len(SENTENCE.encode()) + 1)).encode()[:MB]
    with path.open("wb") as stream:
        for _ in range(size // MB):
            stream.write(chunk)
    return path


def gzip_stream(pieces) -> bytes:
    """A gzip file of the pieces, compressed as they come: a bomb is built without holding it."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(squeeze.compress(piece) for piece in pieces) + squeeze.flush()


def peak_bytes(read) -> tuple[list, int]:
    """What `read()` returns and the most memory it held at once."""
    tracemalloc.start()
    try:
        found = read()
        return found, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def extract(capsys, *args) -> tuple[int, list[dict], list[str]]:
    """`whosaid extract` run: its exit status, the records and the lines on stderr."""
    status = main(["extract", *map(str, args), "--format", "jsonl"])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err.splitlines()


def texts(found) -> list:
    return [item.text if isinstance(item, Source) else str(item) for item in found]


# row 3: one file stops a batch

def test_a_50_mb_one_line_text_is_refused_unread_and_the_next_file_is_processed(tmp_path, capsys):
    big = one_line_text(tmp_path / "big.txt", 50 * MB)
    good = good_article(tmp_path)
    found, peak = peak_bytes(lambda: list(read_inputs([str(big), str(good)])))
    assert [type(item) for item in found] == [InputError, Source]
    assert peak < 20 * MB  # the file is 50 MB: it was not read whole

    status, records, errors = extract(capsys, big, good)
    assert status == 0 and [r["id"] for r in records] == ["good"]
    assert any(q["speaker"]["name"] == "Дмитрий Песков" for q in records[0]["quotes"])
    assert errors == [f"whosaid: skipped {big}: article of more than 6,065,536 bytes is over the "
                      f"1,000,000-character cap (--max-chars)"]


def test_max_chars_skips_a_longer_article_on_extract_and_ingest(tmp_path, capsys):
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * 40, encoding="utf-8")  # 3,680 characters, under the bytes any cap reads
    good = good_article(tmp_path)
    status, records, errors = extract(capsys, long, good, "--max-chars", 2000)
    assert status == 0 and [r["id"] for r in records] == ["good"]
    assert errors == [f"whosaid: skipped {long}: article of 3,680 characters is over the 2,000-character cap "
                      "(--max-chars)"]
    assert main(["ingest", str(long), str(good), "--db", str(tmp_path / "w.db"), "--max-chars", "2000"]) == 0
    assert capsys.readouterr().err.splitlines() == errors + [
        f"whosaid: 1 added, 0 replaced, 0 unchanged, 1 skipped ({tmp_path / 'w.db'})"]
    with pytest.raises(SystemExit):
        main(["extract", str(good), "--max-chars", "0"])
    assert "--max-chars: must be a whole number from 1 to 9223372036854775807, not '0'" in capsys.readouterr().err


def test_oversized_is_the_check_for_any_text():
    assert oversized("Песков ответил.", "api", 100) is None
    assert str(oversized("д" * 101, "api", 100)) == \
        "api: article of 101 characters is over the 100-character cap (--max-chars)"
    assert ReadOptions().max_chars == DEFAULT_MAX_CHARS == 1_000_000


def test_a_jsonl_line_over_the_cap_is_passed_over_unread(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    article = json.dumps({"id": "tass", "text": GOOD.read_text("utf-8")}, ensure_ascii=False)
    with corpus.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": "big", "text": SENTENCE * 70_000}, ensure_ascii=False) + "\n")
        stream.write(article + "\n")
    found, peak = peak_bytes(lambda: list(read_inputs([str(corpus)], options=ReadOptions(max_chars=2000))))
    assert [str(item) for item in found[:1]] == [
        f"{corpus}:1: article of more than 77,536 bytes is over the 2,000-character cap (--max-chars)"]
    assert [item.id for item in found[1:]] == ["tass"]
    assert corpus.stat().st_size > 10 * MB and peak < MB


def test_standard_input_is_read_no_further_than_the_cap(monkeypatch):
    data = (SENTENCE * 10_000).encode()  # 1.8 MB
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [error] = read_inputs(["-"], options=ReadOptions(max_chars=10_000))
    assert str(error) == "-: article of more than 125,536 bytes is over the 10,000-character cap (--max-chars)"


# row 5: a decompression bomb

def test_a_gzip_bomb_page_is_not_decompressed_whole(tmp_path, capsys):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip_stream([b"<html><body><p>"] + [b"0" * MB] * 100))  # 100 MB in ~100 KB
    good = good_article(tmp_path)
    found, peak = peak_bytes(lambda: list(read_inputs([str(bomb), str(good)])))
    assert bomb.stat().st_size < MB and peak < 40 * MB
    assert texts(found) == [f"{bomb}: page larger than 10,000,000 bytes", GOOD.read_text("utf-8")]
    status, records, errors = extract(capsys, bomb, good)
    assert status == 0 and [r["id"] for r in records] == ["good"]
    assert errors == [f"whosaid: skipped {bomb}: page larger than 10,000,000 bytes"]


def test_a_warc_bomb_of_header_lines_takes_bounded_memory(tmp_path):
    flood = tmp_path / "flood.warc.gz"
    flood.write_bytes(gzip_stream([b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: "] + [b"a" * MB] * 100))
    found, peak = peak_bytes(lambda: list(read_inputs([str(flood)])))
    assert peak < 20 * MB
    assert texts(found) == [f"{flood}: truncated or corrupt WARC after 0 pages "
                            "(a record with more than 262,144 bytes of headers)"]


# row 4: a cut or corrupt archive

def cut_inside_a_header(whole: Path, compress: bool) -> bytes:
    """The archive cut as a failed copy cuts it: inside the header of its fourth record (the second
    page's request), after its type and id, before its URI."""
    from warcio.archiveiterator import ArchiveIterator
    with whole.open("rb") as stream:
        records = ArchiveIterator(stream)
        starts = [records.get_record_offset() for _ in records]
    data = whole.read_bytes()
    record = zlib.decompressobj(31).decompress(data[starts[3]:]) if compress else data[starts[3]:]
    inside = record.index(b"WARC-Target-URI")
    assert record.startswith(b"WARC/1.0\r\nWARC-Type: request\r\n")
    if not compress:
        return data[:starts[3] + inside]
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)  # the member's start, without its end
    return data[:starts[3]] + squeeze.compress(record[:inside]) + squeeze.flush(zlib.Z_SYNC_FLUSH)


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_a_warc_cut_inside_a_record_header_then_a_good_file(tmp_path, capsys, compress):
    suffix = ".warc.gz" if compress else ".warc"
    whole = write_warc(tmp_path / f"whole{suffix}", fixture_pages(), compress)
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(cut_inside_a_header(whole, compress))
    good = good_article(tmp_path)
    damage = (f"whosaid: skipped {cut}: truncated or corrupt WARC after 1 pages "
              "(a record header cut short or malformed)")

    status, records, errors = extract(capsys, cut, good)
    assert status == 0 and [r["id"] for r in records] == ["https://news.example.ru/tass", "good"]
    assert errors == [damage]
    assert main(["ingest", str(cut), str(good), "--db", str(tmp_path / "w.db")]) == 0
    assert capsys.readouterr().err.splitlines() == [
        damage, f"whosaid: 2 added, 0 replaced, 0 unchanged, 1 skipped ({tmp_path / 'w.db'})"]


def record_boundaries(archive: bytes) -> set[int]:
    """The offsets where a record of the archive begins after another: cut there, it is whole."""
    from warcio.archiveiterator import ArchiveIterator
    records = ArchiveIterator(io.BytesIO(archive))
    return {records.get_record_offset() for _ in records} - {0}


def test_every_cut_of_an_archive_is_one_error_at_most(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", fixture_pages()[:2]).read_bytes()
    boundaries = record_boundaries(whole)
    cut = tmp_path / "cut.warc.gz"
    for size in sorted(set(range(0, len(whole), 37)) | boundaries):
        cut.write_bytes(whole[:size])
        errors = [item for item in read_inputs([str(cut)]) if isinstance(item, InputError)]
        if size in boundaries:  # a shorter archive, but whole: nothing is truncated
            assert not any("truncated" in e.reason for e in errors), size
        else:
            assert len(errors) == 1 and "WARC" in errors[0].reason, size


def test_a_corrupt_gzip_member_in_a_warc_is_one_line(tmp_path, capsys):
    """warcio writes a member's decompression error to stderr and reads on as if it had ended."""
    long_page = html_page(GOOD.read_text("utf-8") + "\n".join(f"Абзац {n}: {n * n ** 0.5}" for n in range(5000)))
    pages = [("https://news.example.ru/long", long_page.encode(), "text/html; charset=utf-8")]
    whole = write_warc(tmp_path / "whole.warc.gz", fixture_pages()[:1] + pages).read_bytes()
    damaged = bytearray(whole)
    damaged[len(whole) * 3 // 4] ^= 0xFF  # inside the long page's member, far from its start
    corrupt = tmp_path / "corrupt.warc.gz"
    corrupt.write_bytes(bytes(damaged))
    status, records, errors = extract(capsys, corrupt, good_article(tmp_path))
    assert [r["id"] for r in records] == ["https://news.example.ru/tass", "good"]
    assert len(errors) == 1
    assert errors[0].startswith(f"whosaid: skipped {corrupt}: truncated or corrupt WARC after 1 pages (")


def test_a_corrupt_jsonl_gz_keeps_the_lines_before_the_damage(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl.gz"
    lines = [json.dumps({"id": f"a{n}", "text": GOOD.read_text("utf-8")}, ensure_ascii=False) for n in range(3)]
    blob = bytearray(gzip.compress("\n".join(lines).encode()))
    blob[len(blob) - 12] ^= 0xFF  # the compressed data's end: the first lines decompress first
    corpus.write_bytes(bytes(blob))
    found = list(read_inputs([str(corpus), str(good_article(tmp_path))]))
    errors = [str(item) for item in found if isinstance(item, InputError)]
    assert len(errors) == 1 and "truncated or corrupt file" in errors[0]
    assert [item.id for item in found if isinstance(item, Source)][-1] == "good"


def test_corrupt_html_gz_and_bad_json_lines_are_one_clear_line_each(tmp_path):
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(html_page(GOOD.read_text("utf-8")).encode())[:-40])
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Песков\x01 ответил"}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    assert [str(item) for item in read_inputs([str(page), str(corpus)])] == [
        f"{page}: truncated or corrupt gzip (Compressed file ended before the end-of-stream marker was reached)",
        f"{corpus}:1: malformed JSON (Invalid control character at column 28)",
        f"{corpus}:2: malformed JSON (nested too deeply)"]


# row 9: wide encodings

@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                       ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, codec, bom):
    text = GOOD.read_text("utf-8").replace("\n", "\r\n")  # as Notepad saves it
    path = tmp_path / "notepad.txt"
    path.write_bytes(bom + text.encode(codec))
    [source] = read_inputs([str(path)])
    assert isinstance(source, Source) and source.text == text


def test_binaries_that_start_like_a_bom_are_still_refused(tmp_path):
    noise, symbols = tmp_path / "noise.txt", tmp_path / "symbols.txt"
    noise.write_bytes(b"\xff\xfe" + random.Random(17).randbytes(4096))
    symbols.write_bytes(b"\xff\xfe" + "\ue000\ue001".encode("utf-16-le") * 1000)  # decodes, to no text
    assert [str(error) for error in read_inputs([str(noise), str(symbols)])] == [
        f"{noise}: undecodable bytes: a UTF-16 byte order mark, but not UTF-16 text (illegal encoding at byte 96)",
        f"{symbols}: binary file (a UTF-16 byte order mark, but not text)"]


# row 11: network failures say what failed

def test_a_closed_port_is_a_refused_connection_not_robots_txt(capsys):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news/tass"
    status, records, errors = extract(capsys, url)
    assert status == 1 and records == []
    assert errors == [f"whosaid: skipped {url}: connection refused by 127.0.0.1 port {port}",
                      "whosaid: no article could be processed"]


def test_a_bad_port_is_said_as_such():
    [bad_port] = read_inputs(["http://127.0.0.1:port/news"])
    assert str(bad_port) == "http://127.0.0.1:port/news: not a valid address (nonnumeric port: 'port')"


def test_messages_are_one_line_whatever_the_input_holds(tmp_path):
    odd = tmp_path / "line\nbreak.txt"
    odd.write_bytes(b"")
    [error] = read_inputs([str(odd)])
    assert str(error) == f"{tmp_path}/line\\nbreak.txt: empty input"


def test_batch_workers_keep_the_cap(tmp_path):
    from whosaid.batch import BatchOptions, run_batch
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * 80, encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(BatchOptions([str(long), str(SAMPLE)], out, workers=1, max_chars=7000))
    assert (result.records, result.errors) == (1, 1)
    [error] = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error == {"input": str(long),
                     "reason": "article of 7,360 characters is over the 7,000-character cap (--max-chars)"}


def test_ray_read_tasks_keep_the_cap(tmp_path):
    pytest.importorskip("ray")
    from whosaid.batch.on_ray import read_path
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * 80, encoding="utf-8")
    [row] = read_path({"path": str(long)}, "auto", max_chars=7000)
    assert row["error"] == "article of 7,360 characters is over the 7,000-character cap (--max-chars)"
