"""Inputs: encodings, line ends, JSONL corpora, directories, and every kind of bad input."""

import gzip
import json

import pytest

from whosaid.read import InputError, Source, decode, read_inputs

ARTICLE = "Заголовок\n\nМОСКВА, 5 мая /ТАСС/. Министр заявил, что переговоры продолжатся.\n"


def items(*paths, input_format="auto"):
    return list(read_inputs([str(p) for p in paths], input_format))


def test_utf8_with_and_without_bom_and_windows_1251(tmp_path):
    for name, data in [("plain.txt", ARTICLE.encode("utf-8")),
                       ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
                       ("cp1251.txt", ARTICLE.encode("cp1251"))]:
        (tmp_path / name).write_bytes(data)
        [source] = items(tmp_path / name)
        assert isinstance(source, Source) and source.text == ARTICLE, name


def test_crlf_is_kept_so_offsets_index_the_carried_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("cp1251"))
    [source] = items(path)
    assert source.text == ARTICLE.replace("\n", "\r\n")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty input"),
    (b"  \n\n \t", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    (bytes(range(128, 256)) * 4, "undecodable bytes"),
])
def test_bad_bytes_give_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data, "x.txt")


def test_missing_file_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("не статья")
    errors = items(tmp_path / "nope.txt", tmp_path / "empty")
    assert [type(e) for e in errors] == [InputError, InputError]
    assert "nope.txt: no such file or directory" in str(errors[0])
    assert "no articles found" in str(errors[1])


def test_directory_is_searched_recursively_with_ids_from_paths(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(ARTICLE)
    (tmp_path / "two.txt").write_text(ARTICLE)
    (tmp_path / "bad.txt").write_bytes(b"")
    found = items(tmp_path)
    assert sorted(s.id for s in found if isinstance(s, Source)) == ["a/b/one", "two"]
    assert [str(e) for e in found if isinstance(e, InputError)] == [f"{tmp_path / 'bad.txt'}: empty input"]


def test_jsonl_with_metadata_and_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2021-05-05", "source": "ТАСС", "lang": "ru"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps(["a list"]),
        json.dumps({"text": ARTICLE}, ensure_ascii=False),
    ]), encoding="utf-8")
    found = items(path)
    good = [s for s in found if isinstance(s, Source)]
    bad = [str(e) for e in found if isinstance(e, InputError)]
    assert [s.id for s in good][0] == "a1" and good[1].id.startswith("sha1-")
    assert good[0].meta == {"published": "2021-05-05", "source": "ТАСС", "lang": "ru"}
    assert bad[0].startswith(f"{path}:2: malformed JSON")
    assert bad[1] == f"{path}:3: no 'text' field with article text"
    assert bad[2].startswith(f"{path}:4: a JSONL line must be an object")


def test_truncated_gzip_keeps_the_good_lines(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    lines = "".join(json.dumps({"id": f"a{i}", "text": ARTICLE * 20}, ensure_ascii=False) + "\n" for i in range(50))
    blob = gzip.compress(lines.encode("utf-8"))
    path.write_bytes(blob[: len(blob) // 2])
    found = items(path)
    good = [s for s in found if isinstance(s, Source)]
    assert good and [s.id for s in good] == [f"a{i}" for i in range(len(good))]
    assert isinstance(found[-1], InputError) and "truncated or corrupt" in str(found[-1])


def test_input_format_jsonl_forces_the_reader(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text(json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n")
    [source] = items(path, input_format="jsonl")
    assert source.id == "x"
