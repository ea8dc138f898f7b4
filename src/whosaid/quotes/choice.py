"""Who a pronoun speaker stands for, chosen by a model learned from the gold statements.

Where a speaker is given by a pronoun (`он`, `по его словам`), a role noun (`министр`) or nothing
(`..., — добавила.`), the resolver's rules pick one antecedent by a fixed order of preferences
(the latest speaker that agrees, else the latest subject). Many weak signals bear on that choice
(how far back, who spoke and how often, who was the subject just before, who was named only inside
someone's words), so a logistic regression weighs them instead: the resolver lists its options
with their features (`Resolver.options`), and the option scoring highest is the speaker.
`scripts/train-speakers` fits the weights on `quotes-dev` and writes `speaker_model.json`: the
feature names, their weights, the intercept, and the kinds of reference the model decides, those
where it beat the rules in cross-validation over documents. The rules' own choice is one of the
features, so the model departs from them only where the other signals outweigh it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..model import Span, Speaker

MODEL_FILE = Path(__file__).with_name("speaker_model.json")
KINDS = ("pronoun", "role", "absent")


@dataclass
class Reference:
    """A speaker written as a pronoun or role noun, or not written at all: an antecedent is to be
    chosen for it."""
    kind: str  # one of KINDS
    content: tuple[int, int]  # the statement's content offsets
    token: Optional[int]  # the pronoun or role noun; None for a cue with no subject
    mention: Optional[Span]  # what the statement's speaker mention will be
    gender: Optional[str]  # what the speaker must agree with: the pronoun's, else the cue's
    number: Optional[str]


@dataclass
class Option:
    """One antecedent the reference may stand for, with what speaks for and against it."""
    speaker: Speaker
    names: list[str]  # its name and, for an entity, the entity's name and aliases
    features: dict[str, float]


@dataclass
class Model:
    """A logistic regression over options' features; it decides the references of `kinds`."""
    features: list[str]
    weights: list[float]
    intercept: float
    kinds: list[str]

    @classmethod
    def read(cls, path: Path) -> "Model":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            model = cls([str(f) for f in data["features"]], [float(w) for w in data["weights"]],
                        float(data["intercept"]), [str(k) for k in data["kinds"]])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}: not a speaker model ({type(error).__name__}: {error})") from None
        if len(model.features) != len(model.weights) or not set(model.kinds) <= set(KINDS):
            raise ValueError(f"{path}: not a speaker model (features and weights differ in number, "
                             "or an unknown kind of reference)")
        return model

    def score(self, option: Option) -> float:
        return self.intercept + sum(w * option.features.get(f, 0.0) for f, w in zip(self.features, self.weights))

    def choose(self, reference: Reference, options: list[Option], rule: Optional[Speaker]) -> Optional[Speaker]:
        """The best-scoring option for a reference of a kind this model decides, else the rules'
        choice; never a speaker where the rules found none."""
        if rule is None or reference.kind not in self.kinds or not options:
            return rule
        best = max(options, key=self.score)  # the first of equals: options come latest first
        if best.features.get("rule"):
            return rule
        found = best.speaker
        return Speaker(found.name, found.kind, found.entity, reference.mention)


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped with the package."""
    return Model.read(MODEL_FILE)
