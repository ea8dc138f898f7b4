"""Near-duplicates: republished copies of real articles are found, other articles are not."""

import re

import pytest

from whosaid.dedup import DuplicateIndex, signature
from whosaid.pipeline import extract

REPUBLISHER_CHROME = ("Подписывайтесь на наш канал в Telegram\n\n"
                      "Читайте также:\nВ Минске прошел форум регионов >>>\n\nЛента новостей\n")


def republished(text: str) -> str:
    """The sample as another site reposts it: its chrome around it, a sentence cut, paragraphs swapped."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    sentences = re.split(r"(?<=[.!?])\s+", paragraphs[longest])
    paragraphs[longest] = " ".join(sentences[1:]) if len(sentences) > 1 else paragraphs[longest]
    paragraphs[-2], paragraphs[-3] = paragraphs[-3], paragraphs[-2]
    return REPUBLISHER_CHROME + "\n\n".join(paragraphs) + "\n\n" + REPUBLISHER_CHROME


def test_a_republished_copy_is_linked_to_the_first_copy(sample_text):
    index = DuplicateIndex()
    index.add("original", signature(extract(sample_text)))
    copy = signature(extract(republished(sample_text)))
    assert index.find(copy) == "original"
    index.add("copy", copy)
    assert index.find(signature(extract(sample_text))) == "original"  # the first copy, not the latest


def test_other_articles_are_not_duplicates(sample_text, corpus):
    index = DuplicateIndex()
    index.add("sample", signature(extract(sample_text)))
    for record in corpus[:40]:
        index.add(record["id"], signature(extract(record["text"])))
    assert index.find(signature(extract(corpus[40]["text"]))) is None
    assert index.find(signature(extract(corpus[3]["text"]))) == corpus[3]["id"]


def test_boilerplate_does_not_make_articles_alike():
    first = extract("Заголовок первой новости\n\nМОСКВА, 5 мая /ТАСС/. Министр прибыл в Минск на переговоры "
                    "с коллегой.\n\n" + REPUBLISHER_CHROME)
    second = extract("Заголовок другой новости\n\nМОСКВА, 6 мая /ТАСС/. Футбольный клуб объявил о продаже "
                     "нападающего.\n\n" + REPUBLISHER_CHROME)
    index = DuplicateIndex()
    index.add("first", signature(first))
    assert index.find(signature(second)) is None


def test_signatures_are_checked_and_text_without_words_matches_nothing():
    index = DuplicateIndex()
    empty = signature(extract("— … —"))
    index.add("empty", empty)
    assert index.find(empty) is None and len(index) == 0
    with pytest.raises(ValueError, match="does not hold 128 permutations"):
        index.find(b"\x00" * 12)
