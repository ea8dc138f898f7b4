"""Stage contracts: the order checked when a pipeline is built, `replace`, and stages of other
packages found through the `whosaid.stages` entry points by every command."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from conftest import SAMPLE
from whosaid import cli
from whosaid.batch import read_records
from whosaid.layout import Layout
from whosaid.model import Article
from whosaid.pipeline import Pipeline, default_stages, layout_stages, new_article
from whosaid.read import InputError, Source
from whosaid.stages import StageError, stage


def test_a_stage_before_what_it_requires_fails_when_the_pipeline_is_built():
    without_entities = [s for s in default_stages() if s.name != "entities"]
    with pytest.raises(StageError) as error:
        Pipeline(without_entities)
    assert str(error.value) == "stage 'quotes' requires 'entities', which no stage before it assigns"


def test_two_stages_of_one_name_are_refused():
    with pytest.raises(StageError, match="two stages are named 'source'"):
        Pipeline(layout_stages() + [default_stages()[1]])


def test_replace_gives_a_new_pipeline_checked_like_any_other():
    pipeline = Pipeline(layout_stages())
    lines = frozenset({"Читайте нас в Telegram"})
    replaced = pipeline.replace("layout", Layout(lines))
    assert [s.name for s in replaced.stages] == [s.name for s in pipeline.stages]
    assert replaced.stages[0].repeated == lines and pipeline.stages[0].repeated == frozenset()
    assert pipeline.with_repeated_lines(lines).stages[0].repeated == lines
    with pytest.raises(StageError, match="no stage named 'quotes' in this pipeline"):
        pipeline.replace("quotes", Layout())
    with pytest.raises(StageError, match="stage 'source' requires 'dateline', which no stage before it assigns"):
        pipeline.replace("layout", title_only)


@stage("layout", assigns=["title"])
def title_only(article: Article) -> Article:
    """A layout that finds the title only: too little for the outlet stage after it."""
    return article


def test_each_built_in_stage_writes_only_what_it_assigns(sample_text):
    """The declarations are true: each stage, run in turn, changes no part of the record it does not
    declare (the analysis is a part too, though it is not in the JSON: a new one is a change)."""
    article = new_article(Source(sample_text, "sample", str(SAMPLE), {}))
    for each in default_stages():
        before = {f.name: getattr(article, f.name) if f.name == "analysis"
                  else copy.deepcopy(getattr(article, f.name)) for f in dataclasses.fields(Article)}
        each(article)
        after = {name: getattr(article, name) for name in before}
        changed = {name for name, value in before.items()
                   if (after[name] is not value if name == "analysis" else after[name] != value)}
        assert changed and changed <= set(each.assigns), each.name


def test_an_installed_stage_runs_after_the_built_in_ones_in_extract(installed_stage, capsys):
    assert cli.main(["extract", str(SAMPLE), "--format", "jsonl", "--stage", installed_stage]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["quotes"] and record["meta"]["quote_count"] == len(record["quotes"])
    assert cli.main(["extract", str(SAMPLE), "--format", "jsonl"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert "quote_count" not in plain["meta"]
    assert plain == {**record, "meta": plain["meta"]}


def test_batch_workers_build_the_same_pipeline_with_the_installed_stage(installed_stage, tmp_path):
    out = tmp_path / "out"
    assert cli.main(["batch", str(SAMPLE), "--out", str(out), "--workers", "1", "--no-progress",
                     "--stage", installed_stage]) == 0
    [record] = [Article.from_json(line) for line in read_records(out)]
    assert record.quotes and record.meta["quote_count"] == len(record.quotes)


@pytest.mark.parametrize("command", [["extract", str(SAMPLE)], ["ingest", str(SAMPLE), "--db", "{db}"],
                                     ["batch", str(SAMPLE), "--out", "{out}"], ["serve", "--db", "{db}"]])
def test_an_unknown_stage_is_one_line_and_status_2(command, tmp_path, capsys):
    argv = [a.format(db=tmp_path / "store.db", out=tmp_path / "out") for a in command]
    assert cli.main(argv + ["--stage", "no_such_stage"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no stage named 'no_such_stage' is installed" in error


@pytest.mark.parametrize("text, reason", [
    (b"\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x81\xd1\x82\xd1\x80", "not a str but bytes: decode it first"),
    (None, "not a str but NoneType"),
    ("Министр заявил, что цены \udcd1 вырастут.", "a lone surrogate U+DCD1 at character 25: not Unicode text"),
])
def test_the_api_refuses_what_is_no_text_in_one_line_naming_it(text, reason):
    with pytest.raises(InputError) as refused:
        Pipeline(layout_stages())(text)
    assert str(refused.value).startswith(f"text: {reason}") and "\n" not in str(refused.value)

