"""Word forms with pymorphy3: the nominative of a name's words, and keys that match a name's forms.

The analyser is loaded once per process; parses are cached by word, so an article's repeated names
cost nothing after their first use. The caches are bounded so that a worker's memory stays flat over
millions of articles: a word's parses take ~1.3 KB, so the parse cache holds at most ~26 MB.
"""

from __future__ import annotations

import os
import re

from functools import lru_cache
from typing import Iterable, Optional

from .lexicon import words

# natasha's Universal Dependencies features to pymorphy's grammemes.
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
         "Voc": "voct", "Par": "gen2"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NUMBERS = {"Sing": "sing", "Plur": "plur"}
ANIMACIES = {"Anim": "anim", "Inan": "inan"}
NAME_GRAMMEMES = ("Name", "Surn", "Patr")
CACHED_WORDS = 20_000  # the most frequent words of news cover nearly every token

_analyzer = None


def analyzer():
    global _analyzer
    if _analyzer is None:
        import pymorphy3
        _analyzer = pymorphy3.MorphAnalyzer()
    return _analyzer


def fold(text: str) -> str:
    """The form names are compared in: lower case, ё as е."""
    return text.lower().replace("ё", "е")


def parses(word: str) -> tuple:
    """pymorphy's readings of a word, made once for its lower case: pymorphy reads a word's capitals
    only to take a single capital letter for an initial, and otherwise keeps them only in the steps
    that made a reading of a word it does not know (never in a reading's word, tag, normal form,
    score or forms), so `Путин` and `путин` share one entry."""
    return _parses(word.lower() if len(word) > 1 else word)


@lru_cache(maxsize=CACHED_WORDS)
def _parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=CACHED_WORDS // 2)
def name_keys(word: str) -> frozenset[str]:
    """Every lemma a name word may have (`Рябкова`: рябков, рябкова), with the word itself."""
    keys = {fold(word)}
    for p in parses(word):
        if any(g in p.tag for g in NAME_GRAMMEMES) or "Geox" in p.tag or "Orgn" in p.tag:
            keys.add(fold(p.normal_form))
    return frozenset(keys)


def forms(lemma: str) -> set[str]:
    """Every form of the words whose dictionary form is `lemma` (`писать`: пишет, писали, пишущий, ...)."""
    found = {lemma}
    for p in analyzer().parse(lemma):
        if fold(p.normal_form) == fold(lemma):
            found.update(f.word for f in p.lexeme)
    return found


@lru_cache(maxsize=None)  # of each word list a rule reads: a few dozen
def forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    """Every word form, folded, of the lemmas (`пишет`, `сочтя` of `писать`, `счесть`), from the
    dictionary: a word whose text is none of them has none of those lemmas."""
    return frozenset(fold(form) for lemma in lemmas for form in forms(lemma))


# Parts of speech that carry no content of their own: prepositions, conjunctions, particles, pronouns,
# interjections (pymorphy's POS tags).
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


@lru_cache(maxsize=5 * CACHED_WORDS)  # as many as the search index's lemmas (store.words): read at each ingest
def content_lemma(word: str) -> Optional[str]:
    """The likeliest dictionary form of a word (folded: `будем` → быть), or None for a word with no content
    of its own (`под`, `и`, `не`, `мы`, `наши`, `это`): what one utterance keeps whichever person and
    grammar a report tells it in (`Мы не будем` quoted, `Россия не будет` retold). Numbers and Latin
    words are their own lemma."""
    found = parses(word)
    if not found:
        return fold(word)
    likeliest = found[0]
    if likeliest.tag.POS in FUNCTION_POS or "Apro" in likeliest.tag:
        return None
    return fold(likeliest.normal_form)


@lru_cache(maxsize=CACHED_WORDS)  # asked of a name's words by several rules
def has_grammeme(word: str, grammeme: str, min_score: float = 0.0) -> bool:
    return any(grammeme in p.tag and p.score >= min_score for p in parses(word))


# a name, a place's (`Яффа Иссахар`: a place's name may be a person's), an organisation's, a brand, an acronym
_PROPER_GRAMMEMES = (*NAME_GRAMMEMES, "Geox", "Orgn", "Trad", "Abbr")


def common_noun(word: str, people: bool = True) -> bool:
    """A word the dictionary knows only as a common noun (with `people` false, for a thing), never as a name
    (`Друг`, `Лесоруб` opening a sentence)."""
    readings = parses(word.lower())
    return bool(readings) and all(p.is_known and p.tag.POS == "NOUN" and (people or "inan" in p.tag)
                                  and not any(g in p.tag for g in _PROPER_GRAMMEMES) for p in readings)


def function_word(word: str) -> bool:
    """A preposition or conjunction by its likeliest reading (`на`, `в`, `что`, `и`): a word no sentence ends with."""
    best = parses(word.lower())[0].tag
    return "PREP" in best or "CONJ" in best


@lru_cache(maxsize=CACHED_WORDS)
def may_be_nominative(word: str) -> bool:
    """Whether any reading of the word, known or guessed, is nominative or indeclinable (`Блинкену` is not)."""
    return any("nomn" in p.tag or "Fixd" in p.tag for p in parses(word)) or deputy_title(word)


@lru_cache(maxsize=CACHED_WORDS)
def may_be_locative(word: str) -> bool:
    """Whether any reading of the word, known or guessed, is in the prepositional (locative) case or
    indeclinable, or has no case the dictionary knows (`министерстве`, `МИД`, `Google`; `очередь`,
    `выбор` are not)."""
    readings = parses(word)
    return not any(p.tag.case for p in readings) or any(
        p.tag.case in ("loct", "loc2") or "Fixd" in p.tag for p in readings)


def known_in_no_subject_case(word: str) -> bool:
    """Whether the dictionary knows every reading of the word and none is in a case a subject takes:
    the nominative, or the genitive of a counted one (`47% респондентов`); `опрашиваемым` is not."""
    readings = parses(word)
    return bool(readings) and all(p.is_known and p.tag.case not in ("nomn", "gent", "gen2") and "Fixd" not in p.tag
                                  for p in readings)


def known_only_as(word: str, *parts_of_speech: str) -> bool:
    """Whether the dictionary knows the word and reads it only as one of these parts of speech (`огорчался`
    a verb, `неуточненным` an adjective or participle), what the tagger may still have taken for a noun."""
    readings = parses(word)
    return bool(readings) and all(p.is_known and p.tag.POS in parts_of_speech for p in readings)


@lru_cache(maxsize=CACHED_WORDS)  # asked of each name's words again at each step of the entities stage
def known_as(word: str, grammeme: str) -> bool:
    """Whether the dictionary itself (not a guess from the ending) reads the word with a grammeme."""
    return any(grammeme in p.tag and p.is_known for p in parses(word))


@lru_cache(maxsize=CACHED_WORDS)
def only_as(word: str, kinds: tuple[str, ...]):
    """The tag of the word's first reading where the dictionary itself knows it only as one of these
    parts of speech, else None: asked of many tokens, so made once a word."""
    readings = parses(word)
    return readings[0].tag if readings and all(p.is_known and p.tag.POS in kinds for p in readings) else None


def nominative_reading(word: str, number: Optional[str] = None):
    """The tag of the word's first nominative reading, in that number if given, if any (`Внук`: a singular noun)."""
    return next((p.tag for p in parses(word.lower()) if p.tag.case == "nomn" and number in (None, p.tag.number)),
                None)


@lru_cache(maxsize=CACHED_WORDS // 2)
def name_genders(word: str, case: Optional[str], agreed: Optional[str], known: bool) -> frozenset[str]:
    """The genders of the word's first-name readings in `case`, by the dictionary itself or by a guess
    (`known`), of the gender `agreed` (any, for a known one, where None)."""
    return frozenset(p.tag.gender for p in parses(word) if "Name" in p.tag and p.tag.case == case
                     and p.is_known == known and (p.tag.gender == agreed or known and agreed is None))


SURNAME_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ым", "им", "ий", "ый", "ой", "ей", "ая", "ую", "юю",
                   "ом", "ем", "а", "у", "ы", "е", "я", "ю")


@lru_cache(maxsize=CACHED_WORDS // 2)
def surname_keys(word: str) -> frozenset[str]:
    """name_keys, and the stem a Russian surname keeps through its cases when the dictionary does
    not know it (`Ситникова`, `Ситникову`, `Ситников`: ситников). A surname with a word of generation
    (`Бандеры-младшего`) has the keys of the surname, each with that word's lemma: the namesake of another
    generation is someone else."""
    base, _, suffix = word.rpartition("-")
    generation = _generation_forms().get(fold(suffix)) if base else None
    if generation is not None:
        return frozenset(key + "-" + generation for key in surname_keys(base))
    folded = fold(word)
    stem = next((folded[:-len(e)] for e in SURNAME_ENDINGS if folded.endswith(e) and len(folded) - len(e) >= 4),
                folded)
    return name_keys(word) | {"~" + stem}


@lru_cache(maxsize=1)
def _generation_forms() -> dict[str, str]:
    """The words of generation (`младшего`, `старшим`), folded, and their lemmas."""
    return {form: lemma for lemma in words("generation_words") for form in forms_of(frozenset([lemma]))}


def genders_of_name(word: str) -> set[str]:
    """Genders a first name or surname can have: {"masc"}, {"femn"}, both, or none if unknown."""
    return {p.tag.gender for p in parses(word)
            if p.tag.gender in ("masc", "femn") and any(g in p.tag for g in NAME_GRAMMEMES)}


@lru_cache(maxsize=CACHED_WORDS // 2)
def surname_cases(word: str, gender: str, declined: bool = False) -> tuple[str, ...]:
    """The cases the word can be a surname of `gender` in, likeliest first (an indeclinable one in
    all, unless only `declined` ones are asked for); empty when the dictionary reads it as no surname
    or as one of both genders alike (`Шойгу`). `Драпкина` is his genitive or accusative, her
    nominative; `Зубков` is only his; `Харрис` his nominative, hers in any case."""
    readings = [p for p in parses(word) if "Surn" in p.tag and "ms-f" not in p.tag
                and not (declined and "Fixd" in p.tag)]
    return tuple(dict.fromkeys(p.tag.case for p in readings if p.tag.gender == gender))


@lru_cache(maxsize=CACHED_WORDS // 2)
def russian_surname_genders(word: str) -> frozenset[str]:
    """Genders the word is a Russian surname of, one that takes a feminine form (`Зубков`: masc;
    `Зубковой`: femn; `Зубкова`: both), as a foreign one worn by a woman does not (`Трамп`); a form in
    -ской is also a man's nominative, which the guesser misses (`Молтенской`, as Трубецкой)."""
    genders = {p.tag.gender for p in parses(word) if "Surn" in p.tag and "Fixd" not in p.tag
               and p.tag.gender in ("masc", "femn") and fold(p.normal_form).endswith(_RUSSIAN_SURNAME_SUFFIXES)}
    return frozenset(genders | ({"masc"} if genders and fold(word).endswith(("ской", "цкой")) else set()))


def adjectival_surname_gender(word: str) -> Optional[str]:
    """The gender an adjectival Russian surname's own ending shows in any case it is read in: `Соболевская`
    is only hers, `Соболевский` only his; None for others (`Сечину` is his dative or her accusative, whatever
    the dictionary lacks)."""
    genders = russian_surname_genders(word)
    folded = fold(word)
    if genders == {"femn"} and folded.endswith("ая"):
        return "femn"
    if genders == {"masc"} and folded.endswith(("ий", "ый")):
        return "masc"
    return None


_MANS_PATRONYMIC = re.compile(r"^(.+?)(ов|ев|)ич(?:а|у|ем|е)?$")


@lru_cache(maxsize=CACHED_WORDS // 2)
def mans_patronymic(word: str) -> bool:
    """Whether the word is a man's patronymic made from a man's first name the dictionary knows
    (`Георгиевич` of Георгий, `Юрьевича` of Юрий, `Павловичу` of Павел, `Ильич` of Илья), as no foreign
    surname in -вич is (`Вукоевич`, `Гуревич`, `Маневич`) nor any surname the dictionary knows (`Абрамович`)."""
    match = _MANS_PATRONYMIC.match(fold(word))
    if not match or known_as(word, "Surn"):
        return False
    stem, suffix = match.groups()
    if suffix == "ов":
        names = [stem, stem[:-2] + "е" + stem[-1] if stem[-2:-1] == "ь" else stem[:-1] + "е" + stem[-1]]  # Павл: Павел
    elif suffix == "ев":
        # Юрь: Юрий; Георги: Георгий; Игор: Игорь
        names = [stem[:-1] + "ий" if stem.endswith("ь") else stem + "й" if stem[-1] not in CONSONANTS else stem + "ь"]
    else:
        names = [stem + "а", stem + "я"]  # Кузьмич, Ильич
    return any(_mans_first_name(name) for name in names)


def _mans_first_name(word: str) -> bool:
    """Is the word the nominative of a man's first name the dictionary itself knows (not `Мань`, hers)?"""
    return any(p.is_known and "Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "nomn"
               and fold(p.word) == fold(p.normal_form) for p in parses(word))


@lru_cache(maxsize=CACHED_WORDS // 2)
def first_name_cases(word: str, gender: str) -> tuple[str, ...]:
    """The cases the dictionary itself reads a first name of `gender` in, likeliest first (`Анфисе`: the
    dative or prepositional); none where it also reads one that shows no case (`Анне`, French)."""
    names = [p for p in parses(word)
             if "Name" in p.tag and p.is_known and p.tag.number == "sing" and p.tag.gender == gender]
    if any("Fixd" in p.tag for p in names):
        return ()
    return tuple(dict.fromkeys(p.tag.case for p in names))


def oblique_mans_name_case(word: str) -> Optional[str]:
    """The likeliest case of a man's first name no reading of which, known or guessed, is a nominative
    (`Джэймса`: the genitive, whatever case the tagger read); None for a word that may be one, or no man's
    (`Найджел`, read as a woman's vocative), or one in -е, which foreign names of either sex end in
    (`Этторе`, `Саломе`, read as `Эттор`'s locative)."""
    if may_be_nominative(word) or fold(word).endswith("е"):
        return None
    return next((p.tag.case for p in parses(word) if "Name" in p.tag and p.tag.number == "sing"
                 and p.tag.gender == "masc" and p.tag.case != "voct"), None)


def indeclinable_name(word: str) -> bool:
    """A first name the dictionary knows only as indeclinable (`Ли`, `Джонни`): it shows no case."""
    names = [p for p in parses(word) if "Name" in p.tag and p.is_known]
    return bool(names) and all("Fixd" in p.tag for p in names)


def common_gender_surname(word: str) -> bool:
    """A surname the dictionary knows as one form for men and women alike (`Литвиненко`, `Дюма`): only the
    words that agree with it tell whose."""
    surnames = [p for p in parses(word) if "Surn" in p.tag]
    return bool(surnames) and all("ms-f" in p.tag for p in surnames)


def surname_fits(word: str, case: Optional[str], gender: Optional[str]) -> bool:
    """Whether a surname can be in `case` for a person of `gender` as far as the other gender tells:
    `Драпкина` is her nominative, so no man's; `Зубков` is his, so no woman's name at all."""
    if gender not in ("masc", "femn") or case is None:
        return True
    own, other = surname_cases(word, gender), surname_cases(word, "femn" if gender == "masc" else "masc")
    if case in own:
        return True
    return not other if not own else case not in other


def likely_nominative(words: Iterable[str]) -> bool:
    """Whether a name (its words, folded) is likely in the nominative: one of its words is most likely
    read so (`Джен Псаки`, `Соединённые Штаты`; not `Марии Захаровой`, `Америке`), or none declines
    (`Sputnik`)."""
    likeliest = [found[0].tag.case for found in map(parses, words) if found and found[0].tag.case]
    return not likeliest or "nomn" in likeliest


def cases_of(word: str) -> set[str]:
    """The cases of the word's readings; every case for a deputy's title that does not decline."""
    if deputy_title(word):
        return {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    return {p.tag.case for p in parses(word) if p.tag.case}


@lru_cache(maxsize=CACHED_WORDS // 2)
def deputy_title(word: str) -> bool:
    """Is the word a deputy's title built on the genitive of a title, which does not decline
    (`замруководителя ЦИК озвучил`, `замначальника`), whatever case the dictionary guesses from its ending?"""
    rest = word.lower().removeprefix("зам")
    return len(rest) > 3 and rest != word.lower() and any(
        p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" and "anim" in p.tag for p in parses(rest))


def noun_gender(word: str, case: Optional[str]) -> Optional[str]:
    """The one gender (natasha's feature) the dictionary gives a singular noun read in `case`: its own,
    whatever the tagger guessed (`в канадском постпредстве`, read masculine, is neuter)."""
    genders = {p.tag.gender for p in parses(word)
               if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing" and p.is_known}
    found = next(iter(genders)) if len(genders) == 1 else None
    return next((feature for feature, grammeme in GENDERS.items() if grammeme == found), None)


@lru_cache(maxsize=CACHED_WORDS // 2)
def genitive(word: str) -> str:
    """A name's word in the genitive (`Михаил` → Михаила, `Анна Иванова` → Анны Ивановой word by word),
    its nominative read as a name first; as written when it does not decline."""
    readings = [p for p in parses(word) if p.tag.case == "nomn" and p.tag.POS == "NOUN"]
    readings.sort(key=lambda p: not any(g in p.tag for g in NAME_GRAMMEMES))
    for p in readings:
        if "Fixd" in p.tag:
            return word
        inflected = p.inflect({"gent"})
        if inflected is not None:
            return restore_case(word, inflected.word)
    folded = fold(word)
    if folded.endswith(_POSSESSIVE_SUFFIXES):  # a surname the dictionary does not know: `Осколков` → Осколкова
        return word + "а"
    if folded[:-1].endswith(_POSSESSIVE_SUFFIXES) and folded.endswith("а"):
        return word[:-1] + "ой"  # `Осколкова` → Осколковой
    return word


def restore_case(pattern: str, word: str) -> str:
    """`word` written with the capitals of `pattern` (`МИДа` → `МИД`, `Нью-Йорка` → `Нью-Йорк`), part by
    part between hyphens (`Мюллера-Вольфарта` → `Мюллер-Вольфарт`)."""
    if len(pattern) > 1 and pattern.isupper():
        return word.upper()
    if "-" in pattern and pattern.count("-") == word.count("-"):
        return "-".join(restore_case(p, w) for p, w in zip(pattern.split("-"), word.split("-")))
    return "".join(c.upper() if i < len(pattern) and pattern[i].isupper() else c
                   for i, c in enumerate(word))


@lru_cache(maxsize=CACHED_WORDS // 2)
def nominative(word: str, case: Optional[str], gender: Optional[str] = None,
               number: Optional[str] = None, kind: Optional[str] = None, made: Optional[str] = None) -> str:
    """The nominative of `word` read in `case` (pymorphy grammemes), its gender and number kept, or the
    number `made` if given (`основателей` → основатель).

    `kind` asks for a parse with that grammeme (Name, Surn, Patr, ADJF, NOUN). A word with no such
    parse, or only indeclinable ones, is returned as written: foreign names are never mangled.
    """
    if case is None or case == "nomn" and not (made and number and made != number):
        return word  # (but `адвокаты` made singular: адвокат)
    best = None
    for p in parses(word):
        tag = p.tag
        if tag.case != case and (case, tag.case) not in (("gent", "gen2"), ("loct", "loc2")):  # в аэропорту
            continue
        if kind and (kind not in tag or kind == "Geox" and not p.is_known):
            continue  # a place only as the dictionary knows it: no guessed `Приштиня`
        if gender and tag.gender and tag.gender != gender and "ms-f" not in tag:
            continue
        if number and tag.number and tag.number != number:
            continue
        if best is None:
            best = p
        elif kind == "Name" and p.is_known and "Fixd" not in tag:
            best = p  # a first name the dictionary declines before an indeclinable one (`Анне`: Анна)
        if "Fixd" not in best.tag:
            break
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.case == case] if best is None else []
    if gender and number:  # the tagger is trusted on one of the two; a noun in the case read with neither is
        nouns = [p for p in nouns if gender == p.tag.gender or number == p.tag.number]  # not this word (`Внук`,
        # read genitive: not `внука`, a plural no one writes)
    if nouns and (gender or number) and kind is None:  # a common noun's gender is its own, whatever the tagger
        # guessed (`в госсанэпидслужбе`, read masculine); and a people's number (`киоскеров`, read singular)
        people = all("anim" in p.tag for p in nouns)
        if gender or people:
            return nominative(word, case, None, None if people else number, "NOUN", made)
    if best is None or "Fixd" in best.tag:
        return word
    wanted = {"nomn"}
    if made or best.tag.number:
        wanted.add(made or best.tag.number)
    if best.tag.POS in ("ADJF", "PRTF") and gender and (made or best.tag.number) != "plur":
        wanted.add(gender)
    adjective = best.tag.POS in ("ADJF", "PRTF")  # only then is the lexeme read: building it is costly
    forms = [f for f in best.lexeme if wanted <= set(f.tag.grammemes) and ("Supr" in f.tag) == ("Supr" in best.tag)
             and f.tag.POS == best.tag.POS] if adjective else []
    if not forms:
        inflected = best.inflect(wanted)
        if inflected is None:
            return word
        found = inflected.word if best.is_known or "ё" in word.lower() \
            else inflected.word.replace("ё", "е")  # a guessed word's `ё` is the guesser's: `Бандеры` → Бандера
        return restore_case(word, found)
    folded = fold(word)  # of two forms for the same grammemes, the one written like the word (высшего: высший)
    closest = max(forms, key=lambda f: (len(os.path.commonprefix([fold(f.word), folded])), -len(f.word)))
    return restore_case(word, closest.word)


# How a man's surname the dictionary does not know ends in a case, and how it ends in the nominative:
# consonant stems (`Пауэллу` → Пауэлл) and -а stems (`Соланы`, `Дерипаску` → Солана, Дерипаска).
_MASCULINE_SURNAME_ENDINGS = {
    "gent": (("ы", "а"), ("а", "")),
    "accs": (("у", "а"), ("а", "")),
    "datv": (("у", ""),),
    "ablt": (("ой", "а"), ("ом", ""), ("ем", "")),
}
_MASCULINE_SURNAME_ENDINGS_AFTER_VOWEL = {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем"}  # `Милея` → Милей
_FEMININE_FIRST_NAME_ENDINGS = {  # what a woman's first name in -а/-я ends in, by case
    "gent": (("ии", "ия"), ("ы", "а"), ("ги", "га"), ("ки", "ка"), ("хи", "ха"), ("жи", "жа"), ("ши", "ша"),
             ("чи", "ча"), ("щи", "ща")),  # not any -и: `Луиджи` does not decline
    "ablt": (("ией", "ия"), ("ой", "а"), ("ей", "я")),
}
_POSSESSIVE_SUFFIXES = ("ов", "ев", "ин", "ын")  # Петров, Васильев, Путин, Кузьмин: folded, ё as е
_RUSSIAN_SURNAME_SUFFIXES = _POSSESSIVE_SUFFIXES + ("ский", "цкий", "ской", "цкой")  # and Вяземский, Трубецкой
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_HUSHING = set("жцчшщ")


@lru_cache(maxsize=CACHED_WORDS // 2)
def feminine_first_name(word: str, case: Optional[str]) -> str:
    """The nominative of a woman's first name read in the genitive or instrumental that the
    dictionary does not know as a name (`Серены` → Серена, `Камалой` → Камала); a masculine one
    never ends so in those cases (Ивана, Иваном)."""
    if any(p.is_known and "Name" in p.tag for p in parses(word)):
        return word
    folded = fold(word)
    for ending, nominal in _FEMININE_FIRST_NAME_ENDINGS.get(case, ()) if case is not None else ():
        stem = folded[:-len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            return restore_case(word, word[:len(stem)] + nominal)
    return word


_FEMININE_SURNAME_ENDINGS = {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}


def feminine_surname(word: str, case: Optional[str]) -> str:
    """The nominative of a woman's Russian surname whose feminine the dictionary lacks (`Сечиной`,
    `Сечину` → Сечина: it knows only Сечин), from the possessive suffix before the case ending."""
    ending = _FEMININE_SURNAME_ENDINGS.get(case or "")
    folded = fold(word)
    if ending is None or surname_cases(word, "femn") or not folded.endswith(ending) \
            or not folded[:-len(ending)].endswith(_POSSESSIVE_SUFFIXES):
        return word
    return word[:-len(ending)] + "а"


@lru_cache(maxsize=CACHED_WORDS // 2)
def restores_vowel(word: str, nominative: str) -> bool:
    """Has the nominative a vowel the inflected word dropped (`Шольцем` → шолец, as палец/пальцем)?
    Right for common nouns; a surname read so (Шольц, Шульц) keeps its stem."""
    return not fold(word).startswith(fold(nominative)[:-1])


# Endings whose vowel a Russian word drops in declension (Стрелец, Песок, Орёл, Пень), and an adjective's
_RUSSIAN_RESTORED_ENDINGS = ("ец", "ок", "ек", "ёк", "ёл", "ел", "ень", "ый", "ий", "ой")


def russian_restored_ending(nominative: str) -> bool:
    """Does the nominative end the way a Russian word's stem loses in declension (`Стрельцом` →
    Стрелец, `Кветного` → Кветный), as a foreign stem's cluster does not (`Ольмертом`: not Ольмерот)?"""
    return fold(nominative).endswith(_RUSSIAN_RESTORED_ENDINGS)


def masculine_surname(word: str, case: Optional[str]) -> str:
    """The nominative of a man's surname read in `case`, when the dictionary cannot decline it:
    an adjectival one it knows (`Южного` → Южный, `Гомельского` → Гомельский), else by its ending
    (`Пауэллу` → Пауэлл, `Копполы` → Коппола, `Милея` → Милей). Only for a name whose first name was seen declined in
    that case, so an indeclinable surname beside a nominative first name is never touched."""
    if any(p.is_known and ("Fixd" in p.tag or "Name" in p.tag or "Surn" in p.tag) for p in parses(word)):
        return word  # the dictionary's own reading stands: `Шойгу` does not decline, `Людмила` is no surname
    folded = fold(word)
    if case == "ablt" and folded.endswith(("ым", "им")) and folded[:-2].endswith(_POSSESSIVE_SUFFIXES):
        return word[:-2]  # `Васильковым`: the surname Васильков, not the adjective васильковый
    adjectives = [p for p in parses(word) if p.tag.POS == "ADJF" and p.tag.case == case
                  and p.tag.gender in ("masc", None)
                  and (p.is_known or p.normal_form.endswith(("ский", "цкий", "ской", "цкой")))]
    # `Мостового`: мостовый or мостовой; a surname is far more often the stressed -ой (Мостовой, Луговой)
    adjectives.sort(key=lambda p: not p.normal_form.endswith("ой"))
    for p in adjectives:
        inflected = p.inflect({"nomn", "masc", "sing"})
        if inflected is not None:
            return restore_case(word, inflected.word)
    after_vowel = _MASCULINE_SURNAME_ENDINGS_AFTER_VOWEL.get(case or "")
    if after_vowel and folded.endswith(after_vowel) and len(folded) - len(after_vowel) >= 3 \
            and folded[-len(after_vowel) - 1] in "аеоу":
        return restore_case(word, word[:-len(after_vowel)] + "й")  # `Милея`, `Милеем` → Милей (not `Гарсия`)
    endings = _MASCULINE_SURNAME_ENDINGS.get(case, ()) if case is not None else ()
    for ending, nominal in endings:
        stem = folded[:-len(ending)]
        if not folded.endswith(ending) or len(stem) < 3 or stem[-1] not in CONSONANTS:
            continue
        if ending == "ем" and stem[-1] not in _HUSHING:
            continue
        if nominal == "" and stem[-1] == "к" and stem[-2] in CONSONANTS - set("лнрс"):
            continue  # `Цапка`: a vowel drops out of the nominative (Цапок), which an ending cannot restore
        return restore_case(word, word[:len(stem)] + nominal)
    return word
