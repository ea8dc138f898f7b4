"""The learned choice of who a pronoun speaker stands for (whosaid.quotes.choice) and the script that
trains it (scripts/train-speakers), on sentences and a small gold set written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

import whosaid
from whosaid.quotes import choice

TRAIN = ROOT / "scripts" / "train-speakers"


def _train(gold, out) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(TRAIN), str(gold), "--out", str(out)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_training_writes_the_same_model_twice(tmp_path):
    pytest.importorskip("sklearn", reason="scikit-learn is not installed (pip install -e '.[train]')")
    gold = FIXTURES / "speakers-gold.jsonl"
    first = _train(gold, tmp_path / "first.json")
    _train(gold, tmp_path / "second.json")
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
    model = choice.Model.read(tmp_path / "first.json")
    assert "rule" in model.features and len(model.weights) == len(model.features)
    assert "pronoun  decisions 14" in first, first  # every pronoun of the set is a decision


def test_pronoun_is_the_person_named_just_before_not_a_subject_far_back():
    """A pronoun after a paragraph naming someone who did not speak stands for the person the sentence
    before names, whom the entities stage linked it to, not for the subject of sentences far back."""
    text = ("На берегу озера строят частный дом\n\n"
            "Градозащитник Илья Пинигин третий год борется со стройкой на берегу Суходольского озера. "
            "Участок у воды когда-то выделили под гостиницу. Весной там появился высокий забор. "
            "Летом за ним начали возводить трехэтажный дом. Местные жители написали жалобы в прокуратуру "
            "и в администрацию района.\n\n"
            "Помог оформить общественникам все документы руководитель экологического центра Александр Карпов. "
            "Он обратил внимание на то, что застроенный участок на полтора гектара больше выделенного.")
    [quote] = whosaid.extract(text).quotes
    assert quote.content.text == "застроенный участок на полтора гектара больше выделенного"
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Александр Карпов", "Он")


def test_a_kind_the_model_does_not_decide_keeps_the_rules_choice():
    rule = whosaid.model.Speaker("Илья Пинигин", "person", "e1")
    other = choice.Option(whosaid.model.Speaker("Александр Карпов", "person", "e2"), ["Александр Карпов"],
                          {"latest": 1.0})
    model = choice.Model(["latest"], [5.0], 0.0, ["pronoun"])
    role = choice.Reference("role", (0, 10), 3, None, "Masc", "Sing")
    assert model.choose(role, [other], rule) is rule
    pronoun = choice.Reference("pronoun", (0, 10), 3, None, "Masc", "Sing")
    assert model.choose(pronoun, [other], rule).name == "Александр Карпов"


def test_a_broken_model_file_is_named_in_one_line(tmp_path):
    path = tmp_path / "model.json"
    path.write_text('{"features": ["rule"], "weights": [], "intercept": 0, "kinds": ["pronoun"]}', encoding="utf-8")
    with pytest.raises(ValueError, match="model.json: not a speaker model"):
        choice.Model.read(path)


def test_a_plural_pronoun_is_offered_no_single_person():
    """`они` after a group and a person named: the chooser may not pick the person, however near."""
    from whosaid.quotes.document import Doc
    from whosaid.quotes.speakers import Resolver
    article = whosaid.extract("Новости\n\nСледователи допросили бизнесмена Ивана Петрова. Они решили, что он "
                              "не опасен.")
    doc = Doc(article)
    they = next(k for k, token in enumerate(doc.tokens) if token.text == "Они")
    reference = choice.Reference("pronoun", (0, 0), they, None, None, "Plur")
    names = [option.speaker.name for option in Resolver(doc, [], None).options(reference, None, doc.tokens[they].start)]
    assert "Следователи" in names and "Иван Петров" not in names
