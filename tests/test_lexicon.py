"""The word lists as data: every entry a folded lemma, none twice, every file read by the code."""

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pymorphy3
import pytest

from whosaid import lexicon

FILES = sorted(f.name for f in resources.files("whosaid.lexicon").iterdir() if f.name.endswith((".txt", ".tsv")))
SOURCE = Path(lexicon.__file__).parent.parent

# Entries that are lemmas as the tagger gives them but not pymorphy's normal forms: participles used as
# adjectives or nouns (pymorphy's normal form is the verb), a plural-only sense, words compared as written.
NOT_PYMORPHY_LEMMAS = {
    "задержанный", "пострадавший", "обвиняемый", "подозреваемый",  # not_roles, new_people
    "состоявшийся", "запланированный", "планируемый",  # past_words, planned_words
    "называемый", "именуемый", "учения",  # title_nouns: `так называемый`, military `учения`
    "саудовская аравия",  # countries: a name of two words
}


@lru_cache(maxsize=1)
def analyser():
    return pymorphy3.MorphAnalyzer()


def entries(filename: str) -> list[str]:
    """The folded first fields of a file, in order, repeats kept."""
    return [lexicon.fold(line.split("\t")[0]) for line in lexicon.lines(filename)]


def lists_forms(filename: str) -> bool:
    return resources.files("whosaid.lexicon").joinpath(filename).read_text(encoding="utf-8") \
        .startswith(lexicon.FORMS_HEADER)


def test_the_package_has_its_lists():
    assert len(FILES) > 50 and "speech_verbs.txt" in FILES and "countries.tsv" in FILES


@pytest.mark.parametrize("filename", [f for f in FILES if not lists_forms(f)])
def test_every_entry_is_its_own_folded_lemma(filename):
    """An entry, or each of its words (a phrase of lemmas that pymorphy would read whole as one unknown
    word: `глава республика`)."""
    morph = analyser()

    def own_lemma(text: str) -> bool:
        return text in {lexicon.fold(p.normal_form) for p in morph.parse(text)}

    wrong = [entry for entry in entries(filename) if entry not in NOT_PYMORPHY_LEMMAS
             and not own_lemma(entry) and not all(map(own_lemma, entry.split()))]
    assert wrong == []


@pytest.mark.parametrize("filename", FILES)
def test_no_entry_is_listed_twice(filename):
    rows = ([line.split("\t") for line in lexicon.lines(filename)] if filename.endswith(".tsv")
            else [[word] for word in entries(filename)])
    keys = [(lexicon.fold(row[0]), *row[1:]) for row in rows]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_every_file_is_read_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py"))
    patterns = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.toml"))
    read = set(re.findall(r"""\b(?:words|rows|table)\("(\w+)"\)""", code)) | set(re.findall(r'"@(\w+)"', patterns))
    assert {f.rsplit(".", 1)[0] for f in FILES} - read == set()


def test_the_loader_folds():
    assert lexicon.fold("Путём") == "путем"
    assert all(word == lexicon.fold(word) for name in ("speech_verbs", "chrome_lines", "generic_prepositions")
               for word in lexicon.words(name))
    assert "путем" in lexicon.words("generic_prepositions") and "еще" in lexicon.words("chrome_lines")
    assert lexicon.table("possessives")["ее"] == "Fem"


def test_one_list_per_concept():
    from whosaid.entities import lexicon as entities
    from whosaid.quotes import lexicon as quotes
    assert entities.SPEECH_VERBS is quotes.SPEECH_VERBS
    assert not {"убежден", "уверен"} & quotes.SPEECH_VERBS  # not lemmas: the stance adjectives say it
