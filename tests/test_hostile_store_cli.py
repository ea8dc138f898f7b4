"""Careless and hostile arguments to the store's commands (issue 17): limits, offsets and ids checked
as the API checks them, bad dates refused, and a store that is not there an error for every command
that reads one, never a new empty store."""

from __future__ import annotations

import pytest
from store_records import sample_record, tass_record

from whosaid.cli import main
from whosaid.store import Store
from whosaid.numbers import MAX_INTEGER

BIG = "99999999999999999999"  # over 2**63: SQLite's integers overflow


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "whosaid.db")
    with Store.open(path) as store:
        store.ingest([sample_record(), tass_record()])
    return path


def refused_by_argparse(capsys, *argv: str) -> str:
    """The one line argparse prints under the usage for a bad argument (exit status 2)."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    return capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize("argv, least", [
    (["search", "x", "--limit", "-1"], 1),
    (["search", "x", "--limit", "0"], 1),
    (["search", "x", "--offset", "-5"], 0),
    (["search", "x", "--offset", BIG], 0),
    (["speakers", "--limit", "٣"], 1),
    (["events", "--offset", "1_000"], 0),
    (["speaker", "Захарова", "--latest", "-1"], 0),
    (["identities", "--merge", "1", BIG], 0),
])
def test_a_limit_offset_or_id_out_of_range_is_an_argument_error(capsys, db, argv, least):
    line = refused_by_argparse(capsys, *argv, "--db", db)
    option = next(a for a in argv if a.startswith("--"))
    assert line == (f"whosaid {argv[0]}: error: argument {option}: must be a whole number from {least} to "
                    f"{MAX_INTEGER}, not {argv[-1]!r}")


@pytest.mark.parametrize("argv, expected", [
    (["speaker", BIG], f"identity must be a whole number from 0 to {MAX_INTEGER}, not '{BIG}'"),
    (["identities", "--split", BIG, "PER:x"], f"identity must be a whole number from 0 to {MAX_INTEGER}, "
                                              f"not '{BIG}'"),
    (["search", "x", "--since", "٢٠٢٢"], "date '٢٠٢٢' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["speakers", "--until", "2022-13"], "date '2022-13' has no month 13"),
    (["events", "--since", "yesterday"], "date 'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["events", "--type", "foo"], "no event type 'foo': one of appointment, attack, briefing, court, detention, "
                                  "election, meeting, phone_call, press_conference, protest, session, summit, "
                                  "talks, visit"),
    (["events", "--role", "judge"], "no participant role 'judge': one of appointed, appointing, attacker, "
                                    "candidate, court, defendant, detained, detaining, participant, plaintiff, "
                                    "protester, target, voter"),
])
def test_an_id_or_a_date_no_query_can_answer_is_one_line_and_exit_2(capsys, db, argv, expected):
    assert main([*argv, "--db", db]) == 2
    assert capsys.readouterr().err == f"whosaid {argv[0]}: {expected}\n"


def test_an_arabic_indic_digit_is_a_name_not_identity_3(capsys, db):
    assert main(["speaker", "3", "--db", db]) == 0
    assert ", id 3)" in capsys.readouterr().out
    assert main(["speaker", "٣", "--db", db]) == 1
    assert capsys.readouterr().err == f"whosaid: no speaker '٣' in {db}\n"


@pytest.mark.parametrize("argv", [["search", "x"], ["search", "x", "--articles"], ["speakers"], ["speaker", "Захарова"],
                                  ["events"], ["export"], ["export", "records"], ["identities"],
                                  ["identities", "--merge", "1", "2"]])
def test_every_read_of_a_missing_store_is_an_error_that_makes_no_store(capsys, tmp_path, argv):
    typo = tmp_path / "typo.db"
    assert main([*argv, "--db", str(typo)]) == 2
    assert capsys.readouterr().err == (f"whosaid {argv[0]}: no store at {typo}: fill one with "
                                       f"`whosaid ingest PATH --db {typo}`\n")
    assert not typo.exists()


def test_ingest_still_begins_a_new_store(capsys, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(sample_record().to_json() + "\n", encoding="utf-8")
    new = tmp_path / "new.db"
    assert main(["ingest", "--records", str(records), "--db", str(new)]) == 0
    assert new.exists() and "1 added" in capsys.readouterr().err
    assert main(["search", "гарантий безопасности", "--limit", "1", "--db", str(new)]) == 0
    assert "sputnik-2022-01-11-security-guarantees [" in capsys.readouterr().out  # a statement found
