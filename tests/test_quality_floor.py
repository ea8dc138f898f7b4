"""Quality floors on our own small gold sample (tests/fixtures/quotes-gold.jsonl), so that a change which
lowers quote, speaker or attribution quality fails in a clean CI without ../shared."""

from __future__ import annotations

from conftest import FIXTURES

from whosaid import extract
from whosaid.evaluate import load
from whosaid.evaluate.quotes import evaluate

# Measured (loose match, 13 documents, 58 statements; the last three hold relays, colons before a
# paragraph or a dash, a question-and-answer interview and an oral history): quote F1 0.955, speaker
# accuracy 0.981, attribution F1 0.937, direct recall 1.000. Each floor is about 0.05 below, rounded down.
FLOOR_F1 = 0.90
FLOOR_SPEAKER = 0.93
FLOOR_ATTRIBUTION = 0.88
FLOOR_DIRECT = 0.95


def test_quality_floors_on_own_gold_sample():
    records = list(load(FIXTURES / "quotes-gold.jsonl"))
    loose = evaluate(records, extract).counts["loose"]  # extract(text, id=...), as `whosaid eval quotes` runs it
    overall, direct = loose["all"].figures(), loose["direct"].figures()
    assert overall["f1"] >= FLOOR_F1, overall
    assert overall["speaker_accuracy"] >= FLOOR_SPEAKER, overall
    assert overall["attribution_f1"] >= FLOOR_ATTRIBUTION, overall
    assert direct["recall"] >= FLOOR_DIRECT, direct
