"""Name mentions of people, organisations and places: natasha's tagger, corrected where news needs it.

The tagger is good on people and weak on organisations, whose names in news are phrases:
`Министерства иностранных дел России`, `ГУ МЧС РФ по Приморскому краю`, `партии «Яблоко»`,
`украинское правительство`. The rules here work on tokens (from `nlp`), never across a content
region, so nothing in boilerplate and nothing across two lines is ever a mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

from ..model import Article
from ..temporal.datelines import known_agency
from ..analysis import Analysis
from .. import morph
from .lexicon import (ADDRESS_NOUNS, BODY_NOUNS, BUILDING_NOUNS, COMMON_BODIES, COUNTRY_ADJECTIVES,
                      COUNTRY_BY_ADJECTIVE, COUNTRY_BY_LEMMA, DEMONSTRATIVES, DOMAIN_ZONES, EVENT_BODY_NOUNS,
                      FACILITY_KINDS, FACILITY_NAMES, GENERATION_WORDS, INSTITUTION_NAMES, MINISTRY_SHORT_NAMES,
                      MISSION_NOUNS, NAMED_THING_HEADS, NOT_NAMES, OFFICE_BODIES, OFFICES, ORG_HEADS, PLACE_KINDS,
                      PLACE_ORG_HEADS, REFERRING_ADJECTIVES, SITE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, STREET_KINDS,
                      TERM_NOUNS, VEHICLE_NOUNS, WORK_NOUNS)
from . import normal
from .nouns import is_kind_noun, is_person_noun

OPENING_QUOTES = {"«", '"', "„", "“", "'"}
BODY_PREPOSITIONS = {"по", "при"}  # what a body does or serves: `комитет по бюджету`, `совет при президенте`
SPLITTERS = {"(", ")", "•", ",", ";", "[", "]", "|", "—", "/"}
NOT_IN_NAMES = {"ADV", "CCONJ", "SCONJ", "PRON"}  # parts of speech no name starts with


@dataclass
class Found:
    """A name mention while the stage works on it: a token range [first, last) and a type."""
    first: int
    last: int
    type: str  # PER | ORG | LOC
    start: int = 0
    end: int = 0
    nested: bool = False  # inside another mention (`России` in `МИД России`)
    metonym: bool = False  # a capital standing for its country's government (`Москва требует`)

    def place(self, analysis: Analysis) -> "Found":
        self.start = analysis.tokens[self.first].start
        self.end = analysis.tokens[self.last - 1].end
        return self


_FACILITY_FIRST_WORDS = frozenset(name.split()[0] for name in FACILITY_NAMES)  # the cheap test first
_MATTERS_OF_PEOPLE = frozenset(["дело", "убийство", "гибель"])  # a body's name runs on over whose they are
_NAME_STEM = 5  # letters a word of a name keeps through its cases (`Мамаева`, `Мамаевом`; `кургана`, `кургане`)


def find(article: Article) -> list[Found]:
    """The article's name mentions in text order; nested ones (a place inside an organisation) marked."""
    analysis = article.analysis
    found = _glued_words(analysis, [part for f in _spelled_in_brackets(analysis, _surname_before_initials(
                                        analysis, _from_tagger(analysis)))
                                    for part in _two_surnames(analysis, f)
                                    for part in _two_people(analysis, part)
                                    for part in _two_first_names(analysis, part)
                                    for part in _subject_after_name(analysis, part)
                                    for part in _organisation_before_person(analysis, part)
                                    for part in _person_after_organisation(analysis, part)])
    for f in found:
        if f.type == "PER" and f.last - f.first > 1 and _adjective_of_the_next_noun(analysis, f.last - 1):
            f.last -= 1  # `схиигуменом Сергием Среднеуральском женском монастыре`: the monastery's adjective
    found = [f for f in found if f.last - f.first > 1 or morph.fold(analysis.tokens[f.first].text) not in NOT_NAMES]
    found = [f for f in found if _without_leading_role(analysis, f) and not _numbered_person(analysis, f)]
    found = _without_terms(analysis, found)
    named = {morph.fold(analysis.tokens[i].text) for f in found if f.type == "PER" and f.last - f.first > 1
             for i in range(f.first, f.last)}  # `Челси Дэви`, then `Челси`: a person's name, not the club
    people = {f.first for f in found if f.type == "PER"}
    for f in found:
        _retype_institution(analysis, f)
        _retype_ministry(analysis, f)
        if f.type != "ORG" and _name_after_body_kind(analysis, f, people):
            f.type = "ORG"
        elif f.type != "PER" and _first_name_after_role(analysis, f):
            f.type = "PER"
        elif f.type == "PER" and _a_place_by_name(analysis, f) and not (
                _surname_after_role(analysis, f.first) and normal.country_of(analysis, f.first, f.last) is None):
            f.type = "LOC"  # (but `хирург Рошаль` is a man, not the town; `Капитан Америка` is no man)
        elif f.type == "PER" and f.last - f.first == 1 and morph.fold(analysis.tokens[f.first].text) not in named \
                and _known_as_organisation(analysis.tokens[f.first].text):
            f.type = "ORG"  # `болиды Феррари`: the dictionary knows the word as a company's name only
        if f.type != "LOC" and analysis.has_lemma(f.first, _FACILITY_FIRST_WORDS) \
                and _lemma_phrase(analysis, f.first, f.last) in FACILITY_NAMES \
                or f.type == "ORG" and _a_site(analysis, f):
            f.type = "LOC"
    found = _join_organisations(analysis, found)
    found = _names_sharing_a_kind(analysis, found)
    _extend_outer_organisations(analysis, found)
    found += _organisations_of_places(analysis, found)
    found += _bodies_of_people(analysis, found)
    found += _names_after_kinds(analysis, found)
    _whole_quoted_names(analysis, found)
    found += _common_bodies(analysis, found)
    found += _original_names(analysis, found)
    found += _domain_names(analysis, found)
    found += _dateline(article, analysis, found)
    found += _repeated_names(analysis, found)
    found += _repeated_in_lower_case(analysis, found)
    found += _opening_surnames(analysis, found)
    found += _known_places(analysis, found)
    _places_read_as_people(analysis, found)
    found = _without_crafts(analysis, found)
    found = _without_titles_of_works(analysis, found)
    found += _buildings(analysis, found)
    _surnames_as_people(analysis, found)
    others = {f.first: f for f in found if f.type != "PER"}
    for f in found:
        if f.type == "ORG":
            f.last = _mission_place(analysis, others, f)
    for f in found:
        if f.type == "PER" and _generation_after(analysis, f.first, f.last):
            f.last += 1  # `Джорджем Бушем старшим`
        street = f.type in ("LOC", "PER") and _street_named_after(analysis, f)
        if street:
            f.type = "LOC"  # `на улице Гагарина`: the street is named after someone, and the name is the street's
        if f.type == "LOC" and (street or _in_apposition(analysis, f.first - 1, f.first)):
            f.first = _kind_words_before(analysis, f.first, PLACE_KINDS)
    for f in found:
        _close_quote(analysis, f)
    for f in found:
        if f.type == "LOC":
            f.last = next((k for k in range(f.first + 1, f.last) if analysis.tokens[k].text in BODY_PREPOSITIONS),
                          f.last)  # `Бюро США по патентам`: the place is США, what the body does is no part of it
    return _mark_nested([f.place(analysis) for f in found])


def _places_read_as_people(analysis: Analysis, found: list[Found]) -> None:
    """`подняться по лестнице Мамаева кургана` beside `на Мамаевом кургане`: a word the tagger read as a person's
    name that, with the word after it, is the name of a place the article names elsewhere, in another case, is
    that place."""
    def stems(first: int, last: int) -> tuple[str, ...]:
        return tuple(morph.fold(analysis.tokens[k].text)[:_NAME_STEM] for k in range(first, last))
    places = {stems(f.first, f.last) for f in found if f.type == "LOC" and f.last - f.first == 2}
    for f in found:
        if f.type == "PER" and f.last - f.first == 1 and f.last < len(analysis.tokens) \
                and analysis.tokens[f.last].text.islower() and stems(f.first, f.last + 1) in places:
            f.type, f.last = "LOC", f.last + 1


def _numbered_person(analysis: Analysis, found: Found) -> bool:
    """`Ту-154`, `МиГ-29`, `Формулы-1`, `Игр-2014`: a name with a digit in it is a model's, an event's or a
    body's, never a person's."""
    return found.type == "PER" and any(c.isdigit() for i in range(found.first, found.last)
                                       for c in analysis.tokens[i].text)


def _surnames_as_people(analysis: Analysis, found: list[Found]) -> None:
    """A lone word the tagger read as a place or body is the person whose surname it is, where the
    article names that person in full and the dictionary knows the word as no place or body
    (`мэром Пьерфранко Мидали`, then `жалуется мэр Мидали`), or as a place but the word is governed by
    no preposition (`Николая Кропачева`, then `по словам Кропачева`, not the village Кропачёво)."""
    surnames = {key for f in found if f.type == "PER" and f.last - f.first > 1
                for key in morph.name_keys(analysis.tokens[f.last - 1].text)}
    for f in found:
        if f.type != "PER" and f.last - f.first == 1 and not f.nested:
            word = analysis.tokens[f.first].text
            place = morph.known_as(word, "Geox") and any(
                analysis.tokens[c].rel == "case" for c in analysis.children[f.first])
            if morph.name_keys(word) & surnames and not place and not morph.known_as(word, "Orgn"):
                f.type = "PER"


def case(analysis: Analysis, i: int) -> Optional[str]:
    return morph.CASES.get(analysis.tokens[i].feats.get("Case", ""))


def _from_tagger(analysis: Analysis) -> list[Found]:
    """natasha's spans as token ranges, split at brackets and lists (`Клинсман (Klinsmann)`)."""
    found = []
    elsewhere = {morph.fold(analysis.tokens[i].text) for name in analysis.names
                 for i in analysis.tokens_in(name.start, name.end)
                 if not _opens_sentence(analysis, i)}  # names not opening a sentence
    for name in analysis.names:
        tokens = analysis.tokens_in(name.start, name.end)
        part: list[int] = []
        for i in list(tokens) + [None]:
            if i is None or analysis.tokens[i].text in SPLITTERS:
                while part and not analysis.is_word[part[-1]]:
                    part.pop()
                while part and (analysis.tokens[part[0]].pos in NOT_IN_NAMES or
                                not analysis.is_word[part[0]]
                                and analysis.tokens[part[0]].text not in OPENING_QUOTES
                                or len(part) > 1 and name.type == "PER"
                                and (_common_noun_opening(analysis, part[0], people=True)
                                     and morph.fold(analysis.tokens[part[0]].text) not in elsewhere
                                     or _thing_before(analysis, part))):
                    part.pop(0)  # `Всё-таки Проди`, `Артистичность Софи унаследовала`, `Сын Альберт его почти
                    # не знал`, `к Посланию Путина`
                if len(part) == 1 and name.type == "PER" and (
                        _common_noun_opening(analysis, part[0], people=True)
                        and morph.fold(analysis.tokens[part[0]].text) not in elsewhere
                        or analysis.has_lemma(part[0], OFFICES) and morph.common_noun(analysis.tokens[part[0]].text)):
                    part = []  # `Националиста убрали из перечня`, `потребовали от Генпрокурора`: a person by what
                    # he is, no name
                if len(part) == 1 and name.type == "ORG" and analysis.tokens[part[0]].feats.get("Number") == "Plur" \
                        and _common_noun_opening(analysis, part[0]) \
                        and morph.fold(analysis.tokens[part[0]].text) not in elsewhere:
                    part = []  # `Ассоциации попросили`: bodies of a kind, no one body's name
                if part and any(analysis.is_word[j] for j in part):
                    found.append(Found(part[0], part[-1] + 1, name.type))
                part = []
            else:
                part.append(i)
    return found


def _thing_before(analysis: Analysis, part: list[int]) -> bool:
    """A capitalised word the dictionary knows only as a common thing, in no case a surname the dictionary knows
    after it may be in (`к Посланию Путина`: the address, capitalised as a document's title, and whose it is)."""
    first, second = analysis.tokens[part[0]].text, analysis.tokens[part[1]].text
    if not morph.known_as(second.lower(), "Surn"):
        return False  # (`Ума Турман`, `Инь Гуосин`: a first name the dictionary cannot tell from a thing)
    cases = morph.cases_of(first)
    return bool(cases) and not cases & morph.cases_of(second) and morph.common_noun(first, people=False)


def _common_noun_opening(analysis: Analysis, i: int, people: bool = False) -> bool:
    """A word capitalised only because it opens the sentence, which the dictionary knows as a common
    thing (or, with `people`, also as a common noun for a person: `Националист`) and never as a name
    (`Артистичность Софи унаследовала от матери`), past the quotation mark or dash it may follow
    (`"Лесоруб Навальный крепко облажался"`)."""
    return _opens_sentence(analysis, i) and not _quoted_alone(analysis, i) \
        and morph.common_noun(analysis.tokens[i].text, people)


def _quoted_alone(analysis: Analysis, i: int) -> bool:
    """`"Ведомости", анализируя инициативу, замечают`: a word alone in quotation marks, a name."""
    tokens = analysis.tokens
    return 0 < i < len(tokens) - 1 and any(q.close == tokens[i + 1].start
                                           for q in analysis.quotes_opening_at(tokens[i - 1].start))


def _opens_sentence(analysis: Analysis, i: int) -> bool:
    """Is the word the sentence's first, past any quotation mark or dash before it?"""
    first = analysis.sentences[analysis.tokens[i].sentence].first
    return all(not analysis.is_word[k] for k in range(first, i))


def _surname_before_initials(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`судья Сусина Н.С.`: a capitalised word right before a person's initials is the surname they go with,
    whatever the tagger made of it (an organisation, here)."""
    tokens = analysis.tokens
    covering = {i: f for f in found for i in range(f.first, f.last)}
    apart: set[int] = set()
    for f in found:
        before = f.first - 1
        if f.type != "PER" or before < 0 or not _initials(analysis, f.first, f.last) or not analysis.is_word[before] \
                or len(tokens[before].text) < 2 or not tokens[before].text[:1].isupper():
            continue
        other = covering.get(before)
        if other is None or other.last - other.first == 1:
            f.first = before
            if other is not None:
                apart.add(id(other))
    return [f for f in found if id(f) not in apart]


def _initials(analysis: Analysis, first: int, last: int) -> bool:
    """Are the tokens [first, last) initials alone (`Н.С.`)?"""
    words = normal.words(analysis, first, last)
    return bool(words) and all(len(analysis.tokens[i].text) == 1 and analysis.tokens[i].text.isupper() for i in words)


def _two_surnames(analysis: Analysis, found: Found) -> list[Found]:
    """Two surnames side by side are two people (`глава пресс-службы Ресина Каневский`), where the
    tagger saw one: split when the dictionary knows both words as surnames and neither as a first name,
    or the first is the subject in the nominative and the second a surname in no nominative (`говорит
    Дымовский Медведеву`)."""
    words = [analysis.tokens[i].text for i in range(found.first, found.last)]
    if found.type != "PER" or len(words) != 2 or morph.known_as(words[0], "Name") or not (all(
            morph.known_as(w, "Surn") and not morph.known_as(w, "Name") for w in words) or (
            analysis.tokens[found.first].feats.get("Case") == "Nom" and analysis.tokens[found.first].rel == "nsubj"
            and morph.known_as(words[1], "Surn") and not morph.may_be_nominative(words[1]))):
        return [found]
    return [Found(found.first, found.first + 1, "PER"), Found(found.first + 1, found.last, "PER")]


def _adjective_of_the_next_noun(analysis: Analysis, i: int) -> bool:
    """Is a capitalised word an adjective, and no surname, of the lower-case words after it, with which it
    agrees in a case (`Среднеуральском женском монастыре`)?"""
    tokens = analysis.tokens
    k = i + 1
    if k >= len(tokens) or not tokens[k].text.islower() or tokens[k].pos not in ("ADJ", "NOUN") \
            or morph.known_as(tokens[i].text, "Surn"):
        return False
    cases = {p.tag.case for p in morph.parses(tokens[i].text)  # a dictionary's declined adjective: not a
             if "ADJF" in p.tag and p.is_known and not {"Poss", "Fixd"} & p.tag.grammemes}  # guessed `Невзлина`
    return bool(cases) and any(p.tag.case in cases for p in morph.parses(tokens[k].text)
                               if p.tag.POS in ("ADJF", "NOUN"))


def _subject_after_name(analysis: Analysis, found: Found) -> list[Found]:
    """`после встречи с президентом Моше Кацавом Ольмерт отметил`: one man's full name in an oblique case,
    then another's surname, the subject, where the tagger saw one person. Split before a last word the
    parser made a subject, when the word before it cannot be a nominative."""
    tokens = analysis.tokens
    last = found.last - 1
    if found.type != "PER" or len(normal.words(analysis, found.first, found.last)) < 3 \
            or not tokens[last].rel.startswith("nsubj") or found.first <= tokens[last].head < found.last \
            or morph.may_be_nominative(tokens[last - 1].text):
        return [found]
    return [Found(found.first, last, "PER"), Found(last, found.last, "PER")]


def _two_people(analysis: Analysis, found: Found) -> list[Found]:
    """`заявил Уго Чавес Бараку Обаме`, `сказал Сергей Лавров Энтони Блинкену`: the doer's full name
    and then, in another case, the full name of whom it was said to, where the tagger saw one person.
    Split before a first name when the name before it is read in the nominative and the one it opens
    cannot be."""
    tokens = analysis.tokens
    if found.type != "PER" or found.last - found.first < 4 or tokens[found.first].feats.get("Case") != "Nom":
        return [found]
    if morph.may_be_nominative(tokens[found.last - 1].text):
        return [found]
    for j in range(found.first + 2, found.last - 1):
        if (morph.known_as(tokens[j].text, "Name") and not morph.known_as(tokens[j].text, "Patr")
                and morph.may_be_nominative(tokens[j - 1].text)):
            return [Found(found.first, j, "PER"), Found(j, found.last, "PER")]
    return [found]


def _two_first_names(analysis: Analysis, found: Found) -> list[Found]:
    """`жена брата Андрея Светлана`: two first names the dictionary knows, each of one gender, the two
    different, and in cases the two cannot share, are two people, not one's first name and surname."""
    tokens = analysis.tokens
    if found.type != "PER" or found.last - found.first != 2:
        return [found]
    genders, cases = [], []
    for i in range(found.first, found.last):
        word = tokens[i].text
        known = {p.tag.gender for p in morph.parses(word) if "Name" in p.tag and p.is_known}
        if not word[:1].isupper() or morph.known_as(word, "Surn") or len(known) != 1 \
                or not known <= {"masc", "femn"}:
            return [found]  # (not `аль Рахман`: a particle of the name)
        genders.append(known)
        cases.append(set(morph.first_name_cases(word, next(iter(known)))) - {"voct"})  # (not `Эль Сальвадор`)
    if genders[0] == genders[1] or not cases[0] or not cases[1] or cases[0] & cases[1]:
        return [found]
    return [Found(found.first, found.first + 1, "PER"), Found(found.first + 1, found.last, "PER")]


def _organisation_before_person(analysis: Analysis, found: Found) -> list[Found]:
    """`оператор Аль-Джазиры Сами аль-Хадж`, `лидера Аль-Кайды Усамы бин Ладена`: after a role noun, a
    word that is no person's name and that the parser reads as a thing in the genitive or as the role's
    complement, or that a first name follows, then a name in the nominative or in the role noun's case,
    are the organisation and the person the tagger glued into one."""
    tokens = analysis.tokens
    first = found.first
    if found.type != "PER" or found.last - first < 3 or first == 0 or not is_person_noun(analysis, first - 1):
        return [found]
    glued, word = tokens[first], tokens[first].text
    thing = glued.feats.get("Case") == "Gen" and glued.feats.get("Animacy") == "Inan"
    complement = glued.rel == "nmod" and glued.head == first - 1
    first_name = morph.known_as(tokens[first + 1].text, "Name")  # `лидера Аль-Кайды Усамы бин Ладена`
    if not (thing or complement or first_name) \
            or tokens[first + 1].feats.get("Case") not in ("Nom", tokens[first - 1].feats.get("Case")) \
            or any(morph.known_as(word, kind) for kind in ("Name", "Surn", "Patr")) \
            or _initials(analysis, first + 1, found.last):  # `судья Сусина Н.С.`: a surname and initials
        return [found]
    return [Found(first, first + 1, "ORG"), Found(first + 1, found.last, "PER")]


def _person_after_organisation(analysis: Analysis, found: Found) -> list[Found]:
    """`капитан клуба Тоттенхэм Хотспур Ледли Кинг`, `президент Ассоциации Гарегин Тосунян`: after a role
    noun (and a body's kind word), the body's name and then the name of the person who holds the role,
    which the tagger glued into one organisation. The person's name is the last two words: a first name
    the dictionary knows, or a surname it knows after a word it does not know (a foreign first name);
    neither word a place's or a body's name."""
    tokens = analysis.tokens
    first, last = found.first, found.last
    if found.type != "ORG" or last - first < 3 or first < 1:
        return [found]
    kind = tokens[first - 1].text.islower() and is_kind_noun(analysis, first - 1, ORG_HEADS)
    role = first - 2 if kind else first - 1
    if role < 0 or tokens[role].sentence != tokens[first].sentence or not is_person_noun(analysis, role):
        return [found]
    given, surname = tokens[last - 2].text, tokens[last - 1].text
    if not (given[:1].isupper() and surname[:1].isupper()) \
            or any(morph.known_as(w, g) for w in (given, surname) for g in ("Geox", "Orgn")):
        return [found]
    if not (morph.known_as(given, "Name")
            or morph.known_as(surname, "Surn") and not any(p.is_known for p in morph.parses(given))):
        return [found]
    return [Found(first, last - 2, "ORG"), Found(last - 2, last, "PER")]


def _spelled_in_brackets(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`Айсис (Isis) Анчали`: a first name, its own spelling in Latin letters in brackets, then the surname, one
    person, which the tagger reads as three."""
    tokens, joined, k = analysis.tokens, [], 0
    while k < len(found):
        f = found[k]
        if k + 2 < len(found) and all(x.type == "PER" for x in found[k:k + 3]) \
                and found[k + 1].first == f.last + 1 and found[k + 2].first == found[k + 1].last + 1 \
                and tokens[f.last].text == "(" and tokens[found[k + 1].last].text == ")" \
                and f.last - f.first == 1 and found[k + 1].last - found[k + 1].first == 1 \
                and _latin(tokens[found[k + 1].first].text) and not _latin(tokens[f.first].text):
            f.last = found[k + 2].last
            joined.append(f)
            k += 3
            continue
        joined.append(f)
        k += 1
    return joined


def _glued_words(analysis: Analysis, found: list[Found]) -> list[Found]:
    """A surname the article writes with a first name elsewhere, then a word that is no first name
    (`обсудила с Пелоси Брексит` after `Нэнси Пелоси`): the tagger glued the next word to the name."""
    tokens = analysis.tokens
    first_names: dict[str, set[str]] = {}  # a surname's key → the first words written with it
    for other in found:
        if other.type == "PER" and other.last - other.first >= 2:
            for key in morph.surname_keys(tokens[other.last - 1].text):
                first_names.setdefault(key, set()).add(tokens[other.first].text)

    def named_before(word: str, first: str) -> bool:
        return any(first_names.get(key, set()) - {first} for key in morph.surname_keys(word))

    for f in found:
        if f.type != "PER" or f.last - f.first != 2:
            continue
        head, glued = tokens[f.first].text, tokens[f.first + 1].text
        if (named_before(head, head) and not named_before(glued, head) and not morph.known_as(glued, "Name")
                and not morph.known_as(head, "Name")):  # `Арнольд Шварценеггер` beside `Том Арнольд`
            f.last = f.first + 1
        elif named_before(glued, head) and _PLACE_LIKE.fullmatch(head):
            f.first += 1  # `в столицу Тринидада и Тобаго Порт-оф-Спейн Обама` after `Барак Обама`
    return found


# A word of capitalised parts joined by a lower-case one, as places are named (`Порт-оф-Спейн`,
# `Ростов-на-Дону`), never a person's first name.
_PLACE_LIKE = re.compile(r"[А-ЯЁA-Z][\w]*(?:-[а-яёa-z]+)+-[А-ЯЁA-Z][\w-]*")


CLOSING = {"«": "»", '"': '"', "„": "“", "“": "”", "'": "'"}


def _close_quote(analysis: Analysis, found: Found) -> None:
    """A name opening a quote closes it: `движения «Солидарность»`, not `движения «Солидарность`."""
    if found.last >= len(analysis.tokens):
        return
    after = analysis.tokens[found.last]
    if after.sentence != analysis.tokens[found.first].sentence:
        return
    texts = [analysis.tokens[i].text for i in range(found.first, found.last)]
    for opening, closing in CLOSING.items():
        unbalanced = texts.count(opening) % 2 if opening == closing else \
            texts.count(opening) > texts.count(closing)
        if unbalanced and after.text == closing:
            found.last += 1
            return


def _retype_institution(analysis: Analysis, found: Found) -> None:
    """Names of institutions the tagger reads as places (`Кремль`, `Белый дом`, `ЕС`) are organisations,
    except where the building is the place of something other than speech (`принимает гостя в Белом
    доме`; but `в Белом доме заявили`)."""
    if found.type == "LOC" and found.last - found.first <= 3 \
            and _lemma_phrase(analysis, found.first, found.last) in INSTITUTION_NAMES \
            and not _a_place_where(analysis, found):
        found.type = "ORG"


def _name_after_body_kind(analysis: Analysis, found: Found, people: set[int]) -> bool:
    """`клуба Тоттенхэм Хотспур`, `из команды МакЛарен-Мерседес`: a foreign name in the nominative after
    a body's kind word in lower case stands beside it and names the body, where the tagger read it as a
    person or a place. Not a name that may be a genitive (`фонда Билла Гейтса`: whose), nor one with a
    first name or surname the dictionary knows, nor one after a role noun in the singular (`тренер
    команды Гус Хиддинк`, `представитель китайского ведомства Хуа Чуньин`: the coach, the spokeswoman;
    but `игроки клуба Блэкберн Роверс`), unless a person's name
    follows it (`капитан клуба Тоттенхэм Хотспур Джон Смит`). `people`: the person names' first tokens."""
    tokens = analysis.tokens
    kind = found.first - 1
    if kind < 0 or not tokens[kind].text.islower() or tokens[kind].sentence != tokens[found.first].sentence \
            or not is_kind_noun(analysis, kind, ORG_HEADS) or is_kind_noun(analysis, kind, NAMED_THING_HEADS):
        return False
    cases = morph.cases_of(tokens[found.last - 1].text)
    if "nomn" not in cases or "gent" in cases or any(morph.known_as(tokens[i].text, g)
                                                     for i in range(found.first, found.last)
                                                     for g in ("Name", "Surn", "Patr")):
        return False
    noun = _adjectives_before(analysis, kind) - 1  # `представитель китайского внешнеполитического ведомства`
    role = noun >= 0 and tokens[noun].feats.get("Number") != "Plur" and is_person_noun(analysis, noun)
    return not role or found.last in people


def _first_name_after_role(analysis: Analysis, found: Found) -> bool:
    """`архиепископ Лонгин Клинский`: a name of two words or more after a role noun, opening with a word
    the dictionary knows as a first name and never as a place's or an organisation's, is a person's,
    where the tagger read it as a place or a body."""
    tokens = analysis.tokens
    role = found.first - 1
    if found.last - found.first < 2 or role < 0 or tokens[role].sentence != tokens[found.first].sentence:
        return False
    word = tokens[found.first].text
    return morph.known_as(word, "Name") and not any(morph.known_as(word, g) for g in ("Geox", "Orgn")) \
        and is_person_noun(analysis, role)


def _surname_after_role(analysis: Analysis, name: int) -> bool:
    """`Хирург Рошаль заявил`, `по словам доктора Рошаля`: a word in apposition to a noun for a person right
    before it, in its case, is that person's name, though the dictionary knows it as a town's."""
    tokens = analysis.tokens
    role = name - 1
    return role >= 0 and tokens[name].rel == "appos" and tokens[name].head == role \
        and tokens[role].feats.get("Number") == "Sing" and case(analysis, role) is not None \
        and case(analysis, role) == case(analysis, name) and is_person_noun(analysis, role)


def _a_place_by_name(analysis: Analysis, found: Found) -> bool:
    """`Эфиопия`, `Коста Рика` in a list of countries, which the tagger took for people: a country's
    name, or one word the dictionary reads as a place and never as a person's name."""
    if morph.fold(analysis.tokens[found.first].text[:3].lower()) in COUNTRY_NAME_STARTS \
            and normal.country_of(analysis, found.first, found.last) is not None:  # the cheap test first
        return True
    return found.last - found.first == 1 and _geographical(analysis.tokens[found.first].text, known=True)


def _geographical(word: str, known: bool = False) -> bool:
    """Whether the dictionary reads a word mostly as a place's name and never as a person's (and, if
    `known`, has the word itself, not a guess from its ending: `Паулс` is no place)."""
    readings = morph.parses(word)
    return sum(p.score for p in readings if "Geox" in p.tag and (p.is_known or not known)) >= 0.5 \
        and not any(g in p.tag for p in readings for g in ("Name", "Surn", "Patr"))


def _retype_ministry(analysis: Analysis, found: Found) -> None:
    """A ministry's short name is an organisation's, whatever the tagger read (`главу Минцифры`: a place
    or a person)."""
    if found.type != "ORG" and found.last - found.first == 1 and _ministry(analysis.tokens[found.first].text):
        found.type = "ORG"


def _ministry(word: str) -> bool:
    """`Минцифры`, `Минфина`, `Минздраве`: a ministry's short name, declined at most by its ending."""
    folded = morph.fold(word)
    return word[:1].isupper() and any(folded.startswith(name) and len(folded) - len(name) <= 2
                                      for name in MINISTRY_SHORT_NAMES)


def _known_as_organisation(word: str) -> bool:
    """Whether the dictionary has the word itself mostly as an organisation's name, never a person's."""
    readings = morph.parses(word)
    return sum(p.score for p in readings if "Orgn" in p.tag and p.is_known) >= 0.5 \
        and not any(g in p.tag for p in readings for g in ("Name", "Surn", "Patr"))


def _a_site(analysis: Analysis, found: Found) -> bool:
    """`аэропорту «Домодедово»`, `Вашингтонском аэропорту Рейган`: a name after a site's kind word, or
    holding one, names the site, a place."""
    before = found.first - 1
    if before >= 0 and analysis.tokens[before].text in OPENING_QUOTES:
        before -= 1
    return any(is_kind_noun(analysis, i, FACILITY_KINDS) for i in range(max(before, 0), found.last))


def _a_place_where(analysis: Analysis, found: Found) -> bool:
    """Is the mention `в/на` + locative on a verb that is not one of saying, or one of saying with a
    subject of its own (`Обама выступал в Белом доме`; but `в Белом доме заявили`)?"""
    tokens = analysis.tokens
    span = range(found.first, found.last)
    root = next((i for i in span if tokens[i].head not in span), found.first)
    there = tokens[root].feats.get("Case") == "Loc" and any(
        tokens[c].rel == "case" and morph.fold(tokens[c].text) in ("в", "во", "на") for c in analysis.children[root])
    verb = tokens[root].head
    return there and verb >= 0 and tokens[verb].pos == "VERB" and (
        analysis.lemma(verb) not in SPEECH_VERBS
        or any(tokens[c].rel.startswith("nsubj") for c in analysis.children[verb]))


def _without_leading_role(analysis: Analysis, found: Found) -> bool:
    """`Замглавы Федеральной миграционной службы России`: the office is no part of the organisation;
    an organisation that was only an office is none. False when nothing is left."""
    while found.type == "ORG" and found.first < found.last and analysis.tokens[found.first].pos == "NOUN" \
            and is_person_noun(analysis, found.first):
        found.first += 1
    return found.first < found.last


def _without_terms(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`приборно-агрегатного отсека (ПАО)`: an acronym brought in after the lower-case words it stands
    for is a term, not a name, and so is every use of it in the article; a body's kind word among the
    words (`министерство иностранных дел (МИД)`) makes it a name."""
    tokens = analysis.tokens
    terms = set()
    for i in range(2, len(tokens) - 1):
        acronym = tokens[i].text
        if tokens[i - 1].text != "(" or tokens[i + 1].text != ")" or not acronym.isupper() or not acronym.isalpha():
            continue
        words: list[int] = []
        j = i - 2
        parts = 0
        while j >= 0 and parts < len(acronym) and tokens[j].text.islower() and tokens[j].pos in ("NOUN", "ADJ") \
                and tokens[j].sentence == tokens[i].sentence:
            words.insert(0, j)
            parts += len(tokens[j].text.split("-"))
            j -= 1
        initials = "".join(part[:1] for k in words for part in tokens[k].text.split("-"))
        if initials == acronym.lower() and words and tokens[words[-1]].pos == "NOUN" and not any(
                is_kind_noun(analysis, k, ORG_HEADS | PLACE_ORG_HEADS | BODY_NOUNS) for k in words):
            terms.add(acronym)
    if not terms:
        return found
    return [f for f in found if not (f.last - f.first == 1 and tokens[f.first].text in terms)]


def _lemma_phrase(analysis: Analysis, first: int, last: int) -> str:
    return morph.fold(" ".join(analysis.lemma(i) for i in range(first, last)))


def _adjacent(analysis: Analysis, a: int, b: int) -> bool:
    """Tokens a and b stand next to each other in one sentence, with only spaces between."""
    ta, tb = analysis.tokens[a], analysis.tokens[b]
    return ta.sentence == tb.sentence and b == a + 1


def _genitive_or_fixed(analysis: Analysis, i: int) -> bool:
    word = analysis.tokens[i].text
    return case(analysis, i) == "gent" or morph.has_grammeme(word, "Fixd") \
        or (word.isupper() and len(word) > 1)


def _join_organisations(analysis: Analysis, found: list[Found]) -> list[Found]:
    """An organisation runs on over the names that qualify it: `МИД` + `РФ`, `ГУ` + `МЧС` + `России`,
    `Палаты представителей` + `Конгресса США`, `ГУ МЧС` + `по Приморскому краю` (+ `и Хабаровскому
    краю`), `Судом района` + `города Минска`; and back over the noun and adjectives that name its
    kind: `партии «Яблоко»`, `компании Piedmont Airlines`, `японского МИДа`."""
    found = sorted(found, key=lambda f: f.first)
    out: list[Found] = []
    inner: list[Found] = []  # the qualifying names, kept as mentions inside the organisation's
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and f.type in ("ORG", "LOC") \
                and not agency_told(analysis, f.first, f.last) and (
                (_adjacent(analysis, prev.last - 1, f.first) and _genitive_or_fixed(analysis, f.first))
                or (f.type == "LOC" and f.first == prev.last + 1 and _place_kind(analysis, prev.last)
                    and _adjacent(analysis, prev.last, f.first) and case(analysis, f.first) == "gent")
                or (f.type == "LOC" and f.first == prev.last + 1
                    and analysis.tokens[prev.last].text.lower() == "по"
                    and analysis.tokens[prev.last].sentence == analysis.tokens[f.first].sentence)
                or (f.type == "LOC" and f.first == prev.last + 1 and analysis.tokens[prev.last].text == "и"
                    and inner and inner[-1].last == prev.last and analysis.tokens[inner[-1].first - 1].text == "по"
                    and "datv" in morph.cases_of(analysis.tokens[f.first].text.lower()))):
            inner.append(Found(f.first, f.last, f.type))
            prev.last = f.last
            continue
        if f.type == "ORG":
            f.first = _kind_before(analysis, f, prev.last if prev is not None else 0)
        out.append(f)
    return out + inner


def _kind_before(analysis: Analysis, f: Found, floor: int) -> int:
    """Where an organisation's name starts once the kind word, its adjectives and what the body does
    before it are taken in (`_kind_words_before`, `_part_before`), after `floor` (the mention before); not for
    a news agency the body before it told (`agency_told`)."""
    if agency_told(analysis, f.first, f.last):
        return f.first
    first = _part_before(analysis, _kind_words_before(analysis, f.first, ORG_HEADS, f.last), floor)
    return _relational_adjectives_before(analysis, first) if is_kind_noun(analysis, first, ORG_HEADS) else first


def agency_told(analysis: Analysis, first: int, last: int) -> bool:
    """`В пресс-службе ведомства ТАСС сообщили`, `В полиции РИА "Новости" рассказали`: a news agency's name (tokens
    first..last-1) right before a finite verb, after a body's phrase opened by `в`, is whom the body told, in a
    dative its name does not show: no body of the agency's, nor part of the body's name."""
    tokens = analysis.tokens
    after = last
    while after < len(tokens) and tokens[after].pos == "PUNCT" and tokens[after].text not in (",", "."):
        after += 1
    if after >= len(tokens) or tokens[after].pos != "VERB" or tokens[after].feats.get("VerbForm") != "Fin" \
            or known_agency(" ".join(t.text for t in tokens[first:last])) is None:
        return False
    k = first - 1  # back to where the phrase before it starts: `В пресс-службе ГУ МВД по Москве`
    while k >= 0 and tokens[k].sentence == tokens[first].sentence \
            and tokens[k].pos not in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"):
        k -= 1
    return k + 1 < first - 1 and analysis.folded[k + 1] in ("в", "во")


def _names_sharing_a_kind(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`Большого и Мариинского театров`, `Большого, Мариинского театров`: capitalised adjectives listed
    before one kind word in the plural name the bodies together, one mention; a mention the tagger made
    of an adjective alone goes."""
    tokens = analysis.tokens
    ending = {f.last: f for f in found}
    gone: set[int] = set()
    for f in found:
        head = f.last - 1
        if f.type != "ORG" or tokens[head].feats.get("Number") != "Plur" or tokens[f.first].pos != "ADJ" \
                or not tokens[f.first].text[:1].isupper() or not is_kind_noun(analysis, head, ORG_HEADS):
            continue
        first = f.first
        while first >= 2 and tokens[first - 1].text in (",", "и") and tokens[first - 2].pos == "ADJ" \
                and tokens[first - 2].text[:1].isupper() and tokens[first - 2].sentence == tokens[first].sentence \
                and tokens[first - 2].feats.get("Case") == tokens[first].feats.get("Case"):
            alone = ending.get(first - 1)
            if alone is not None and alone.first != first - 2:
                break
            if alone is not None:
                gone.add(id(alone))
            first -= 2
        f.first = first
    return [f for f in found if id(f) not in gone] if gone else found


def _part_before(analysis: Analysis, first: int, floor: int, longest: int = 5) -> int:
    """`отдела корпоративных серверов и сетей HP`, `Центр современной культуры «Гараж»`, `завода по
    производству ветрогенераторов Vestas`: a body's kind word, then what it does in the genitive or
    after `по`, before the name of the body it belongs to or is itself:
    the name starts at the kind word, if that is one body (not `организаций стран ЕС`, nor an event:
    `собрание акционеров «Газпрома»`) and the words are its own (not `канала и компании «Алтек»`),
    after `floor` (the mention before). Returns the new first token."""
    tokens = analysis.tokens
    start = first - 1 if first > 0 and tokens[first - 1].text in OPENING_QUOTES else first
    i = start - 1
    dative = False  # words of a `по` phrase met, its `по` not yet
    while i >= floor and start - i <= longest + 2 * dative and tokens[i].sentence == tokens[first].sentence \
            and (tokens[i].text.islower() or i == analysis.sentences[tokens[i].sentence].first):
        if is_kind_noun(analysis, i, ORG_HEADS) and i < start - 1 and not dative:
            own = tokens[i + 1].text != "и" and tokens[i].feats.get("Number") != "Plur" \
                and analysis.lemma(i) not in EVENT_BODY_NOUNS  # `собрание акционеров «Газпрома»`: an event
            return i if own else first
        word = tokens[i].pos in ("ADJ", "NOUN")
        if word and case(analysis, i) == "datv" and not analysis.has_lemma(i, SOURCE_NOUNS):  # `по версии УЕФА`
            dative = True
        elif tokens[i].text == "по" and dative and tokens[i].head > i and tokens[tokens[i].head].rel == "nmod":
            dative = False  # a noun's `по` phrase (`завода по производству`), not the verb's (`по версии`)
        elif not (word and case(analysis, i) == "gent" and not dative
                  or tokens[i].text == "и" and i > 0 and case(analysis, i - 1) == "gent"):
            break
        i -= 1
    return first


def _extend_outer_organisations(analysis: Analysis, found: list[Found]) -> None:
    """An organisation inside no other mention takes in its complements (`_complements`), in list
    order. A mention that holds it starts at most the longest mention's length before it, so only the
    mentions starting in that window are asked (the longest is updated as mentions grow)."""
    by_first = sorted(range(len(found)), key=lambda n: found[n].first)
    firsts = [found[n].first for n in by_first]
    longest = max((f.last - f.first for f in found), default=0)
    people = {f.first: f.last for f in found if f.type == "PER"}
    for f in found:
        if f.type != "ORG":
            continue
        window = by_first[bisect_left(firsts, f.first - longest):bisect_right(firsts, f.first)]
        if not any(found[n] is not f and f.last <= found[n].last for n in window):
            f.last = _country_after_acronym(analysis, _complements(analysis, f.first, f.last))
            f.last = _named_after(analysis, people, f.last)
            longest = max(longest, f.last - f.first)


def _complements(analysis: Analysis, first: int, last: int) -> int:
    """A council's or committee's name runs on over whom it is of, what it is attached to and what it
    deals with (`Координационный совет пострадавших соинвесторов`, `Совета при Президенте РФ по развитию
    информационного общества`, `Следственного комитета при прокуратуре`): lower-case genitives right
    after the body noun, then `при` and `по` phrases, each a noun with its adjectives and genitives.
    The body noun is the name's last (`президиума Общественного совета при мэре`: the council's).
    Returns the new end (exclusive)."""
    tokens = analysis.tokens
    end = _term_after(analysis, first, last)
    head = next((i for i in range(last - 1, first - 1, -1) if tokens[i].pos in ("NOUN", "PROPN")
                 and analysis.lemma(i) in BODY_NOUNS), None)
    if head is None:
        return end
    if head == end - 1:
        end = _genitive_tail(analysis, head) + 1  # `Координационный совет пострадавших соинвесторов`
    while end + 1 < len(tokens) and tokens[end].sentence == tokens[first].sentence and morph.fold(
            tokens[end].text) in ("при", "по"):
        wanted = "loct" if morph.fold(tokens[end].text) == "при" else "datv"
        joined = end  # the `по`, then each `и` joining another noun of its case: `по бюджету и налогам`
        while joined + 1 < len(tokens) and (joined == end or tokens[joined].text == "и"):
            k = joined + 1
            while k < len(tokens) and tokens[k].pos == "ADJ":
                k += 1
            if k >= len(tokens) or tokens[k].pos not in ("NOUN", "PROPN") or case(analysis, k) != wanted \
                    or joined > end and not tokens[k].text.islower():  # not `комитету по бюджету и Минфину`
                break
            tail = _genitive_tail(analysis, k) + 1  # up to a person: not `сборной по футболу доктора Мюллера`
            joined = next((i for i in range(k + 1, tail) if is_person_noun(analysis, i)), tail)
            while joined < len(tokens) and tokens[joined].pos == "PROPN" and case(analysis, joined) == "gent" \
                    and (not _tagged_person(analysis, joined) or analysis.lemma(joined - 1) in _MATTERS_OF_PEOPLE):
                joined += 1  # `Президенте РФ`, `по делу Гонгадзе`; not whom the body is named beside (`сборной
                # России по футболу Гуса Хиддинка`, `по вопросам семьи, женщин и детей Тамары Плетневой`)
        if joined == end:
            break
        end = joined
    return end


def _named_after(analysis: Analysis, people: dict[int, int], last: int) -> int:
    """`Театра имени Йозефа Бойса`, `театр им. Вахтангова`: the person a body is named after is part of
    its name. `people` are the person names by their first token. Returns the new end (exclusive)."""
    tokens = analysis.tokens
    i = last
    if i < len(tokens) and tokens[i].text == "им" or i >= 1 and tokens[i - 1].text == "им":
        i += 1 if tokens[i].text == "им" else 0
        i += 1 if i < len(tokens) and tokens[i].text == "." else 0
    elif i < len(tokens) and tokens[i].text == "имени":
        i += 1
    else:
        return last
    if i in people:
        return people[i]
    k = i  # a name the tagger missed there: capitalised words and initials (`им. М. В. Ломоносова`), in
    # the genitive (`центра имени Линдона Джонсона Майкл Коутс`: the director is no part of the name)
    while k < len(tokens) and tokens[k].sentence == tokens[last].sentence and (
            tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and _may_be_genitive(tokens[k].text)
            or tokens[k].text == "." and len(tokens[k - 1].text) == 1 and k > i):
        k += 1
    return k if k > i and tokens[k - 1].text != "." else last


def _may_be_genitive(word: str) -> bool:
    """A word with no case the dictionary knows (an initial, a foreign name), or one that may be genitive."""
    cases = morph.cases_of(word)
    return not cases or bool(cases & {"gent", "gen2"})


def _mission_place(analysis: Analysis, others: dict[int, Found], f: Found) -> int:
    """`посольства России в США`, `российского посольства в Токио`, `представительства при ООН`: a
    mission abroad is named with where it is, a place after `в` or a place or body after `при`.
    `others` are the places and organisations by their first token. Returns the new end (exclusive)."""
    tokens = analysis.tokens
    last = f.last
    if last + 1 >= len(tokens) or morph.fold(tokens[last].text) not in ("в", "во", "при") \
            or tokens[last + 1].sentence != tokens[f.first].sentence:
        return last
    there = others.get(last + 1)
    if there is None or there.type == "ORG" and tokens[last].text != "при" \
            or not any(is_kind_noun(analysis, i, MISSION_NOUNS) for i in range(f.first, last)):
        return last
    return there.last


def _term_after(analysis: Analysis, first: int, last: int) -> int:
    """`Палаты представителей 112 созыва`, `Государственной думы пятого созыва`: the term of a body is
    part of its name. Returns the new end (exclusive)."""
    tokens = analysis.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].sentence != tokens[first].sentence:
        return last
    number = tokens[last].text.isdigit() or tokens[last].pos == "ADJ" and tokens[last].text.islower()
    if number and analysis.lemma(last + 1) in TERM_NOUNS and case(analysis, last + 1) == "gent":
        return last + 2
    return last


def _country_after_acronym(analysis: Analysis, last: int) -> int:
    """`Федеральной антимонопольной службе (ФАС) РФ`, `Министерство иностранных дел (МИД) России`:
    the country after the acronym in brackets is the organisation's. Returns the new end (exclusive)."""
    tokens = analysis.tokens
    if last + 3 >= len(tokens) or tokens[last].text != "(" or tokens[last + 2].text != ")":
        return last
    if not tokens[last + 1].text.isupper() or tokens[last + 3].sentence != tokens[last].sentence:
        return last
    return last + 4 if normal.country_of(analysis, last + 3, last + 4) is not None else last


def _generation_after(analysis: Analysis, first: int, last: int) -> bool:
    """`Джорджем Бушем старшим`: a word of generation after the name, not one with a phrase of its own
    (`Петров старший по званию`)."""
    tokens = analysis.tokens
    if last >= len(tokens) or not tokens[last].text.islower() or not analysis.has_lemma(last, GENERATION_WORDS):
        return False
    if tokens[last].sentence != tokens[first].sentence:
        return False
    return last + 1 >= len(tokens) or tokens[last + 1].pos != "ADP"


def _street_named_after(analysis: Analysis, f: Found) -> bool:
    """`на улице Гагарина`, `проспекта Сахарова`: one street whose name is someone's in the genitive;
    not the streets of a place (`улицы Лондона`, `главной улице Москвы`)."""
    kind = f.first - 1
    if kind < 0 or not analysis.tokens[kind].text.islower() or not is_kind_noun(analysis, kind, STREET_KINDS):
        return False
    token = analysis.tokens[kind]
    if token.feats.get("Number") == "Plur" or token.sentence != analysis.tokens[f.first].sentence:
        return False
    words = [analysis.tokens[i].text for i in range(f.first, f.last)]
    return any(morph.known_as(w, "Surn") or morph.known_as(w, "Name") for w in words) \
        or not any(morph.known_as(w, "Geox") for w in words)


def _in_apposition(analysis: Analysis, kind: int, name: int) -> bool:
    """Is the place's name in apposition to the kind word before it (`реки Славянки`, `городе Грозном`,
    `городе Маунтин-Вью`), not a genitive after it (`район Дюссельдорфа`, `регионов России`)?"""
    if kind < 0:
        return False
    a, b = analysis.tokens[kind].feats, analysis.tokens[name].feats
    if b.get("Case") != "Gen" or a.get("Case") is None:
        return True
    return a.get("Case") == "Gen" and a.get("Number") == b.get("Number")


def _kind_words_before(analysis: Analysis, first: int, kinds: frozenset[str], last: Optional[int] = None) -> int:
    """Where a name starts once the words before it that name its kind are taken in:
    `партии «Яблоко»`, `компании Piedmont Airlines`, `японского МИДа`, `реки Славянки`, `городе Грозном`;
    not a kind word of several names (`компании Apple и Google`), if the name's end `last` is given."""
    tokens = analysis.tokens
    i = first - 1
    quoted = i >= 0 and tokens[i].text in OPENING_QUOTES or tokens[first].text in OPENING_QUOTES
    if i >= 0 and tokens[i].text in OPENING_QUOTES:
        i -= 1
    if last is not None and i >= 0 and _kind_of_several(analysis, i, last):
        return first
    if i >= 0 and is_kind_noun(analysis, i, kinds) and tokens[i].sentence == tokens[first].sentence \
            and (quoted or _latin(tokens[first].text) or not is_kind_noun(analysis, i, NAMED_THING_HEADS)):
        start = i
        if i - 1 >= 0 and is_kind_noun(analysis, i - 1, kinds) and case(analysis, i) == "gent" \
                and not is_kind_noun(analysis, i - 1, PLACE_KINDS):  # not `района города Минска`: a part of it
            start = i - 1  # группы компаний Michelin
        start = _adjectives_before(analysis, start)
        if start > 0 and tokens[start - 1].pos == "DET" and analysis.lemma(start - 1) in DEMONSTRATIVES:
            return first  # `этого проекта «Фэйсбук» предоставляет`: the kind word points back, the name is the subject
        return start
    if i >= 0 and tokens[i].pos == "ADJ" and tokens[i].sentence == tokens[first].sentence \
            and (_country_adjective(analysis, i) or quoted and tokens[i].text.islower()):
        return _adjectives_before(analysis, i)  # японского МИДа, московского «Центра»
    return first


def _kind_of_several(analysis: Analysis, kind: int, last: int) -> bool:
    """Is the kind word before a name (ending at `last`) in the plural, the name the first of a list
    (`компании Apple и Google`, `телеканалы НТВ и РЕН ТВ`)? Then it names no one body; but `группы
    компаний Michelin` is one."""
    tokens = analysis.tokens
    if last < len(tokens) and tokens[last].text in CLOSING.values():
        last += 1
    listed = last + 1 < len(tokens) and tokens[last].text in (",", "и") \
        and (tokens[last + 1].text in OPENING_QUOTES or tokens[last + 1].text[:1].isupper())
    return listed and tokens[kind].feats.get("Number") == "Plur" \
        and not (kind > 0 and is_kind_noun(analysis, kind - 1, ORG_HEADS))


def _latin(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalpha()


def _adjectives_before(analysis: Analysis, start: int) -> int:
    """Take in the adjectives that agree with the word at `start` (`ежемесячной газеты`)."""
    head = analysis.tokens[start]
    i = start - 1
    while i >= 0:
        token = analysis.tokens[i]
        if token.pos not in ("ADJ",) or token.sentence != head.sentence or not analysis.is_word[i] \
                or token.text.islower() and analysis.has_lemma(i, REFERRING_ADJECTIVES) \
                or i > 0 and analysis.tokens[i - 1].pos == "ADV" and analysis.tokens[i - 1].head == i:
            break  # `самого центра Сколково`: which one; `крайне правой партии`: graded, a description
        if token.feats.get("Case") != head.feats.get("Case") and head.feats.get("Case") and not (
                morph.has_grammeme(token.text.lower(), "ADJF")
                and morph.cases_of(token.text.lower()) & morph.cases_of(head.text.lower())):
            break  # an adjective the tagger read in another case may agree still (`антимонопольной комиссии`)
        i -= 1
    return i + 1


def _relational_adjectives_before(analysis: Analysis, start: int) -> int:
    """`синодального Отдела`, `государственной Комиссии`: the adjectives before a body's name that say
    what kind it is, up to a qualitative one, which describes it (`влиятельного Комитета`, `нового
    Конгресса`)."""
    first = _adjectives_before(analysis, start)
    while first < start and morph.has_grammeme(analysis.tokens[first].text.lower(), "Qual"):
        first += 1
    return first


def _organisations_of_places(analysis: Analysis, found: list[Found]) -> list[Found]:
    """Organisations named by a kind and a place: `правительства Китая`, `мэрии Москвы`,
    `министерства иностранных дел России`; and by a country adjective: `украинское правительство`,
    `Кипрское правительство` (where the tagger took the adjective for a place)."""
    covered = _covered(found)
    places = {f.first: f for f in found if f.type == "LOC"}
    adjectives = {f.first for f in found if f.type == "LOC" and f.last == f.first + 1}  # `Кипрское`, tagged a place
    new = []
    for f in found:
        first = f.first - 1 if f.first > 0 and is_kind_noun(analysis, f.first - 1, PLACE_KINDS) else f.first
        if f.type != "LOC" or case(analysis, first) != "gent":
            continue  # `района` of `собрания района Отрадное` is the place's genitive
        head = _org_head_before(analysis, first)
        if head is not None and head not in covered:
            inner = _adjectives_before(analysis, head)
            kind = _kind_word_before(analysis, inner)
            # and what it deals with: `сборной России по футболу`
            last = _complements(analysis, head, _places_after(analysis, places, head, f.last))
            new.append(Found(_adjectives_before(analysis, kind), last, "ORG"))
            if kind != inner:
                new.append(Found(inner, f.last, "ORG"))  # the body it is part of, named too
    for i, token in enumerate(analysis.tokens):
        if i in covered and i not in adjectives or token.pos != "ADJ" or not _country_adjective(analysis, i):
            continue
        j = i + 1
        while j < len(analysis.tokens) and analysis.tokens[j].pos == "ADJ" \
                and analysis.tokens[j].sentence == token.sentence:
            j += 1
        if j < len(analysis.tokens) and j not in covered and is_kind_noun(analysis, j, PLACE_ORG_HEADS) \
                and analysis.tokens[j].sentence == token.sentence:
            new.append(Found(i, _genitive_tail(analysis, j) + 1, "ORG"))
    return new


def _names_after_kinds(analysis: Analysis, found: list[Found]) -> list[Found]:
    """Names the tagger missed after a body's kind word: `институт «Коллективное действие»`,
    `партии «Dog with two tails»`, `компании Harles und Jentzsch`, `театре имени Вахтангова`: a quoted
    capitalised phrase, words in the Latin script, or the person it is named after."""
    covered = _covered(found)
    people = {f.first: f.last for f in found if f.type == "PER"}
    tokens = analysis.tokens
    new = []
    for i, token in enumerate(tokens[:-2]):
        if i in covered or i + 1 in covered or not token.text.islower():
            continue
        end = _quoted_or_latin(analysis, i + 1) or _named_after(analysis, people, i + 1)  # the cheap test first
        if end != i + 1 and not any(k in covered for k in range(i + 1, end)) \
                and is_kind_noun(analysis, i, ORG_HEADS) \
                and not is_kind_noun(analysis, i, NAMED_THING_HEADS):  # a body's, not a thing's (`проекта «Мир»`)
            new.append(Found(_relational_adjectives_before(analysis, i), end, "ORG"))
    return new


def _whole_quoted_names(analysis: Analysis, found: list[Found]) -> None:
    """An organisation the tagger found in the end of a quoted name after a body's kind word is the whole
    quoted name: `еженедельник «Коммерсант Деньги»`, where the tagger took `Коммерсант` for a common noun."""
    starts = {f.first for f in found}
    for f in found:
        opening = next((k for k in range(f.first - 1, max(0, f.first - 6), -1)
                        if analysis.tokens[k].text in CLOSING), None)
        if f.type != "ORG" or opening is None or opening == f.first - 1 \
                or any(k in starts for k in range(opening + 1, f.first)) \
                or _quoted_or_latin(analysis, opening) != f.last + 1 \
                or not is_kind_noun(analysis, opening - 1, ORG_HEADS) \
                or is_kind_noun(analysis, opening - 1, NAMED_THING_HEADS):
            continue
        f.first = opening + 1


_COMMON_BODY_STARTS = frozenset(body[:4] for body in COMMON_BODIES)  # the cheap test first


def _common_bodies(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`вооружённых сил`, `кабинета министров`: a state's body named by a common phrase, with the
    country adjective before it and the places after it (`вооружённых сил Таиланда`)."""
    covered = _covered(found)
    places = {f.first: f for f in found if f.type == "LOC"}
    new = []
    for i in range(len(analysis.tokens) - 1):
        start = analysis.folded[i][:4]
        if i in covered or i + 1 in covered or start not in _COMMON_BODY_STARTS \
                or _lemma_phrase(analysis, i, i + 2) not in COMMON_BODIES:
            continue
        first = i - 1 if i > 0 and i - 1 not in covered and _country_adjective(analysis, i - 1) else i
        new.append(Found(first, _places_after(analysis, places, i + 1, i + 2), "ORG"))
    return new


def _domain_names(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`сообщает baltinfo.ru`, `на сайте Roem.ru`: a domain name written in the text (not in an address)
    names a website, an organisation, with the noun for a site before it; the names the tagger found inside it
    give way to it (`Вятка` and `.ru` of `Вятка.ru`)."""
    tokens = analysis.tokens
    covered = _covered(found)
    new = []
    for i in range(len(tokens) - 2):
        if tokens[i + 1].text != "." or not tokens[i].text[:1].isalnum() \
                or morph.fold(tokens[i + 2].text) not in DOMAIN_ZONES \
                or not _written_together(tokens, i, i + 3):
            continue
        first, last = i, i + 3
        while first >= 2 and tokens[first - 1].text == "." and _written_together(tokens, first - 2, first + 1):
            first -= 2  # `news.bbc.co.uk`, `0.facebook.com`
        while last + 1 < len(tokens) and tokens[last].text == "." \
                and morph.fold(tokens[last + 1].text) in DOMAIN_ZONES and _written_together(tokens, last - 1, last + 2):
            last += 2  # `NEWSru.co.il`: a zone after a zone
        if first > 0 and tokens[first - 1].end == tokens[first].start and tokens[first - 1].text not in OPENING_QUOTES \
                or last < len(tokens) and tokens[last].start == tokens[last - 1].end and tokens[last].text in "/@":
            continue  # part of an address: `https://www.site.ru/page`, `info@site.ru`
        if first > 0 and analysis.has_lemma(first - 1, ADDRESS_NOUNS):
            continue  # `короткий адрес fb.com`: the address, no site
        if first > 1 and tokens[first - 1].text in OPENING_QUOTES and not tokens[first].text[:1].isupper() \
                and not is_kind_noun(analysis, first - 2, SITE_NOUNS):
            continue  # `на имя «кремль.рф»`: a name registered, no site named
        site = first - 1 if first > 0 and is_kind_noun(analysis, first - 1, SITE_NOUNS) else first
        inside = [f for f in found if first <= f.first and f.last <= last]
        if inside:  # the tagger's `NEWSru.co` of `NEWSru.co.il`, its `.ru` of `Вятка.ru`: the whole name
            inside[0].first, inside[0].last, inside[0].type = site, last, "ORG"
            found[:] = [f for f in found if f is inside[0] or f not in inside]
        elif not any(k in covered for k in range(site, last)):
            new.append(Found(site, last, "ORG"))
    return new


def _written_together(tokens, first: int, last: int) -> bool:
    return all(tokens[k].end == tokens[k + 1].start for k in range(first, last - 1))


def _original_names(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`концерн «Фольксваген» (Volkswagen)`, `Аль Аин (Al Ain)`, `Комитет защиты журналистов (КЗЖ)
    (Committee to Protect Journalists)`: a name in the Latin script in brackets after a name is its
    original, of the same kind; an acronym in brackets after an organisation's name is the organisation's."""
    tokens = analysis.tokens
    covered = _covered(found)
    starting = {g.first: g for g in found}
    new = []
    for f in found:
        i = f.last
        if i < len(tokens) and tokens[i].text in CLOSING.values():
            i += 1
        acronym = starting.get(i + 1) if i + 2 < len(tokens) and tokens[i].text == "(" else None
        if f.type == "ORG" and acronym is not None and acronym.last == i + 2 and tokens[i + 2].text == ")" \
                and tokens[i + 1].text.isupper() and normal.country_of(analysis, i + 1, i + 2) is None:
            acronym.type = "ORG"  # `Бюро по патентам и товарным знакам (USPTO)`; not `Университета Кентукки (США)`
        if i + 3 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")" and tokens[i + 1].text.isupper():
            i += 3  # the acronym first: `(КЗЖ)`
        if i + 2 >= len(tokens) or tokens[i].text != "(" or i + 1 in covered or not _latin(tokens[i + 1].text) \
                or tokens[i].sentence != tokens[f.first].sentence:
            continue
        end = _quoted_or_latin(analysis, i + 1)
        if end is not None and end < len(tokens) and tokens[end].text == ")":
            new.append(Found(i + 1, end, f.type))
    return new


def _quoted_or_latin(analysis: Analysis, i: int) -> Optional[int]:
    """Where a name opening at token i ends (exclusive): a capitalised phrase in quotes, or a run of
    words in the Latin script; None if neither opens there."""
    tokens = analysis.tokens
    sentence = tokens[i].sentence
    if tokens[i].text in CLOSING and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
        k = i + 1
        while k < len(tokens) and tokens[k].sentence == sentence and tokens[k].text != CLOSING[tokens[i].text]:
            k += 1
        return k + 1 if k < len(tokens) and tokens[k].sentence == sentence and k - i <= 8 else None
    if not (_latin(tokens[i].text) and tokens[i].text[:1].isupper()):
        return None
    k = i + 1
    while k < len(tokens) and tokens[k].sentence == sentence and _latin(tokens[k].text):
        k += 1
    return k


def _place_kind(analysis: Analysis, i: int) -> bool:
    """A place's kind word in the genitive before its name (`района города Самары`)."""
    return analysis.tokens[i].text.islower() and case(analysis, i) == "gent" and is_kind_noun(analysis, i, PLACE_KINDS)


def _bodies_of_people(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`пресс-служба Кадырова`, `кабинета Нетаньяху`, `администрация президента Обамы`: a body that
    serves a person, with the person in the genitive (and their office before the name), is an
    organisation; its kind word in lower case, or opening the sentence."""
    covered = _covered(found)
    tokens = analysis.tokens
    new = []
    for f in found:
        if f.type != "PER" or case(analysis, f.first) != "gent" \
                and not morph.has_grammeme(tokens[f.first].text, "Fixd"):
            continue
        kind = f.first - 1
        if kind > 0 and tokens[kind].text.islower() and is_kind_noun(analysis, kind - 1, OFFICE_BODIES) \
                and case(analysis, kind) == "gent" and is_person_noun(analysis, kind):
            kind -= 1  # the office stays the person's role too
        if kind >= 0 and kind not in covered and tokens[kind].sentence == tokens[f.first].sentence \
                and (tokens[kind].text[:1].islower() or kind == analysis.sentences[tokens[kind].sentence].first) \
                and is_kind_noun(analysis, kind, OFFICE_BODIES):
            new.append(Found(_adjectives_before(analysis, kind), f.last, "ORG"))
    return new


def _kind_word_before(analysis: Analysis, head: int) -> int:
    """`канцелярия правительства Израиля`, `пресс-служба посольства России`: a body's kind word before
    the genitive of another body names a part of it, and the name starts there."""
    i = head - 1
    tokens = analysis.tokens
    if i >= 0 and case(analysis, head) == "gent" and tokens[head].text.islower() and tokens[i].text.islower() \
            and tokens[i].sentence == tokens[head].sentence and is_kind_noun(analysis, i, ORG_HEADS):
        return i
    return head


def _places_after(analysis: Analysis, places: dict[int, Found], head: int, last: int) -> int:
    """Where a body of a place ends: over the places in the genitive that narrow it (`суда Южного
    округа Нью-Йорка`, `суда района города Самары`) and, after a plural kind word, over the places
    listed (`органами Китая, Малайзии и Таиланда`). Returns the new end (exclusive)."""
    tokens = analysis.tokens
    plural = tokens[head].feats.get("Number") == "Plur"
    while last < len(tokens) and tokens[last].sentence == tokens[head].sentence:
        joint = tokens[last].text in (",", "и") and plural
        at = last + 1 if joint else last
        if not joint and at + 1 < len(tokens) and _place_kind(analysis, at):
            at += 1  # `суда Ленинского района города Самары`: the place's kind word before it
        place = places.get(at)
        if place is None or case(analysis, place.first) != "gent":
            break
        last = place.last
        if joint and tokens[place.first - 1].text == "и":
            break
    return last


COUNTRY_ADJECTIVE_STARTS = frozenset(a[:4] for a in COUNTRY_BY_ADJECTIVE)
COUNTRY_NAME_STARTS = frozenset(name[:3] for name in COUNTRY_BY_LEMMA)  # three letters: `Чада`, `РФ`


def _country_adjective(analysis: Analysis, i: int) -> bool:
    """`российского`, `японское`: the start of the word is checked first, the lemma only then."""
    return morph.fold(analysis.tokens[i].text[:4]) in COUNTRY_ADJECTIVE_STARTS \
        and analysis.has_lemma(i, COUNTRY_ADJECTIVES)


def _covered(found: list[Found]) -> set[int]:
    return {i for f in found for i in range(f.first, f.last)}


def _org_head_before(analysis: Analysis, first: int, longest: int = 3) -> Optional[int]:
    """The kind noun before a place and the genitives between (`министерства | иностранных дел | России`)."""
    sentence = analysis.tokens[first].sentence
    i = first - 1
    nouns = 0
    while i >= 0 and analysis.tokens[i].sentence == sentence:
        token = analysis.tokens[i]
        if is_kind_noun(analysis, i, PLACE_ORG_HEADS):
            return i
        if not token.text[:1].islower() or token.pos not in ("NOUN", "ADJ") or case(analysis, i) != "gent":
            return None
        nouns += token.pos == "NOUN"
        if nouns > longest:
            return None
        i -= 1
    return None


def _genitive_tail(analysis: Analysis, head: int) -> int:
    """The last token of the genitives after a head noun (`министерстве | финансов`), with a list of them that
    ends in `и` (`по вопросам | семьи, женщин и детей`)."""
    last = head
    i = head + 1
    while i < len(analysis.tokens) and analysis.tokens[i].sentence == analysis.tokens[head].sentence:
        token = analysis.tokens[i]
        participle = token.pos == "VERB" and token.feats.get("VerbForm") == "Part"  # `пострадавших соинвесторов`
        if last > head and _genitive_list_goes_on(analysis, i):
            i += 1
            continue
        if token.pos not in ("NOUN", "ADJ") and not participle or case(analysis, i) != "gent" \
                or not token.text[:1].islower():
            break
        if token.pos == "NOUN":
            last = i
        i += 1
    return last


def _tagged_person(analysis: Analysis, i: int) -> bool:
    """Did the tagger read token i as part of a person's name?"""
    start = analysis.tokens[i].start
    return any(name.type == "PER" and name.start <= start < name.end for name in analysis.names)


def _genitive_list_goes_on(analysis: Analysis, i: int) -> bool:
    """Is token i the comma or `и` of a list of lower-case genitive nouns that ends in `и` (`семьи, женщин и
    детей`), with a genitive noun after it?"""
    tokens = analysis.tokens
    while tokens[i].text in (",", "и") and i + 1 < len(tokens):  # each joint of the list, up to its `и`
        k = i + 1
        while k < len(tokens) and tokens[k].pos == "ADJ" and case(analysis, k) == "gent":
            k += 1
        if k >= len(tokens) or tokens[k].pos != "NOUN" or case(analysis, k) != "gent" \
                or not tokens[k].text.islower() or is_person_noun(analysis, k):  # not `министерства финансов и
            return False  # депутатов`
        if tokens[i].text == "и":
            return True
        i = next((j for j in range(k + 1, len(tokens)) if tokens[j].pos not in ("NOUN", "ADJ")), len(tokens) - 1)
    return False


def _dateline(article: Article, analysis: Analysis, found: list[Found]) -> list[Found]:
    """The place of an agency dateline (`МИНСК, 11 янв – Sputnik.`), which taggers miss in capitals."""
    if article.dateline is None or not article.dateline.place:
        return []
    covered = _covered(found)
    tokens = analysis.tokens_in(article.dateline.start, article.dateline.end)
    place = []
    for i in tokens:
        if not analysis.tokens[i].text[:1].isalpha():
            break
        place.append(i)
    if not place or any(i in covered for i in place):
        return []
    return [Found(place[0], place[-1] + 1, "LOC")]


def _repeated_names(analysis: Analysis, found: list[Found]) -> list[Found]:
    """A name tagged once is tagged everywhere: `Захарова` where the tagger found `Мария Захарова`; an
    organisation's with the words before it that name its kind (`_kind_before`), and in quotation marks
    in any of its cases (`«Коммерсанта»` tagged, `пишет «Коммерсант»` not)."""
    known: dict[str, str] = {}
    quoted: set[str] = set()  # the lemmas of one-word organisations' names
    for f in found:
        quote = next((i for i in range(f.first, f.last) if analysis.tokens[i].text in OPENING_QUOTES), f.first)
        words = normal.words(analysis, quote, f.last)  # `партии «Яблоко»`: Яблоко
        if not words:
            continue
        if f.type == "PER":
            words = words[-1:]  # the surname
        elif len(words) > 1:
            continue
        keys = morph.surname_keys if f.type == "PER" else morph.name_keys
        for key in keys(analysis.tokens[words[0]].text):
            known.setdefault(key, f.type)
        if f.type == "ORG":
            quoted |= {morph.fold(p.normal_form) for p in morph.parses(analysis.tokens[words[0]].text)}
    covered = _covered(found)
    new = []
    for i, token in enumerate(analysis.tokens):
        particle, _, rest = token.text.partition("-")  # `ар-Рантиси`, `аль-Асад`: a particle of the name
        if i in covered or not (token.text[:1].isupper() or particle.islower() and len(particle) <= 3
                                and rest[:1].isupper()) \
                or token.pos not in ("PROPN", "NOUN") or len(token.text) < 2:
            continue
        types = {known[k] for k in morph.surname_keys(token.text) if k in known}
        if not types and i > 0 and analysis.tokens[i - 1].text in OPENING_QUOTES and (
                i + 1 == len(analysis.tokens) or analysis.tokens[i + 1].text in CLOSING.values()) \
                and quoted & {morph.fold(p.normal_form) for p in morph.parses(token.text)}:
            types = {"ORG"}
        if len(types) == 1:
            new.append(Found(i, i + 1, types.pop()))
    ends = sorted(f.last for f in found)
    for f in new:
        if f.type == "ORG":  # `рабочий из цеха окончательной обработки Vestas`: its kind word, as where tagged
            before = bisect_right(ends, f.first)
            f.first = _kind_before(analysis, f, ends[before - 1] if before else 0)
    return new


def _repeated_in_lower_case(analysis: Analysis, found: list[Found]) -> list[Found]:
    """An organisation's name of two words or more written again, in lower case too, is the organisation
    (`спикер Палаты представителей`, then `спикер палаты представителей`; `Малый театр закрыт`, opening a
    sentence where the tagger missed it, after `ремонт Малого театра`); a capital opening a sentence
    makes no name of the words, nor does a plural (`красными крестами`)."""
    names = {_lemma_phrase(analysis, f.first, f.last): f.last - f.first for f in found
             if f.type == "ORG" and f.last - f.first > 1 and analysis.tokens[f.first].text[:1].isupper()
             and f.first != analysis.sentences[analysis.tokens[f.first].sentence].first
             and analysis.tokens[f.last - 1].pos in ("NOUN", "PROPN")
             and all(analysis.tokens[i].text.isalpha() for i in range(f.first, f.last))}
    if not names:
        return []
    openings = {phrase[:3] for phrase in names}  # a word's forms share its lemma's first letters: the lemmas
    covered = _covered(found)  # of the words that cannot open a name are not read
    new = []
    for i, token in enumerate(analysis.tokens):
        if i in covered or not token.text[:1].isalpha() or analysis.folded[i][:3] not in openings:
            continue
        for phrase, length in names.items():
            if i + length <= len(analysis.tokens) and not covered & set(range(i, i + length)) \
                    and analysis.tokens[i + length - 1].sentence == token.sentence \
                    and _lemma_phrase(analysis, i, i + length) == phrase \
                    and analysis.tokens[i].feats.get("Number") != "Plur":
                new.append(Found(i, i + length, "ORG"))
                covered |= set(range(i, i + length))
                break
    return new


def _opening_surnames(analysis: Analysis, found: list[Found]) -> list[Found]:
    """A surname alone opening a sentence as its subject (`Песков назвал ...`), which the tagger,
    short of context there, misses: a capitalised proper noun that the dictionary reads as a surname
    more than as a place or an organisation."""
    covered = _covered(found)
    new = []
    for sentence in analysis.sentences:
        i = sentence.first
        token = analysis.tokens[i]
        if i in covered or token.pos != "PROPN" or not token.text[:1].isupper() or token.text.isupper() \
                or not token.rel.startswith("nsubj") or analysis.tokens[token.head].pos not in ("VERB", "AUX"):
            continue
        readings = morph.parses(token.text)
        surname = sum(p.score for p in readings if "Surn" in p.tag)
        other = sum(p.score for p in readings if "Geox" in p.tag or "Orgn" in p.tag)
        if surname > other:
            new.append(Found(i, i + 1, "PER"))
    return new


def _known_places(analysis: Analysis, found: list[Found]) -> list[Found]:
    """Places the tagger missed that the dictionary knows (`чемпионата Европы`): a capitalised word
    inside a sentence whose readings are mostly geographical names."""
    covered = _covered(found)
    new = []
    for i, token in enumerate(analysis.tokens):
        if i in covered or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 3 \
                or i == analysis.sentences[token.sentence].first or token.pos not in ("PROPN", "NOUN"):
            continue
        if _geographical(token.text):
            person = _surname_after_role(analysis, i) and normal.country_of(analysis, i, i + 1) is None
            new.append(Found(i, i + 1, "PER" if person else "LOC"))
    return new


def _without_crafts(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`шаттл «Дискавери»`, `станции «Мир»`: a name after a noun for a craft is the craft's, and so are
    the names listed after it (`шаттлы «Индевор» и «Атлантис»`) and the same names elsewhere in the
    article (`после «Дискавери»`); a craft is no person, place or organisation. A quoted name the
    tagger left there is the craft's too, without its model's number (`корабля «Союз ТМА-11»`, then
    `с «Союзом»`)."""
    tokens = analysis.tokens
    starting = {f.first: f for f in found}
    crafts = set()
    for i in range(len(tokens) - 2):
        if tokens[i + 1].text in CLOSING and i + 1 not in starting and i + 2 not in starting \
                and is_kind_noun(analysis, i, VEHICLE_NOUNS):
            end = _quoted_or_latin(analysis, i + 1)
            words = range(i + 2, (end or i + 2) - 1)
            name = next((k for k in words if any(c.isdigit() for c in tokens[k].text)), words.stop)
            if name > i + 2:
                crafts.add(_lemma_phrase(analysis, i + 2, name))
    for f in found:
        i = f.first - 1
        quoted = i >= 0 and tokens[i].text in OPENING_QUOTES
        if quoted:
            i -= 1
        if i >= 0 and tokens[i].sentence == tokens[f.first].sentence and is_kind_noun(analysis, i, VEHICLE_NOUNS) \
                and tokens[f.first].text[:1].isupper() and (quoted or f.type != "PER"):  # not `командир корабля Юрий`
            crafts.add(_lemma_phrase(analysis, f.first, f.last))
            listed = _listed_after(analysis, starting, f) if quoted else None
            while listed is not None:
                crafts.add(_lemma_phrase(analysis, listed.first, listed.last))
                listed = _listed_after(analysis, starting, listed)
    return [f for f in found if _lemma_phrase(analysis, f.first, f.last) not in crafts] if crafts else found


def _without_titles_of_works(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`фильм «Москва слезам не верит»`: the names inside a work's quoted title are words of the title
    (one opening with a capital: `назвал фильм «сатирой на Голливуд»` quotes words about it)."""
    tokens = analysis.tokens
    titles = [(quote.open, quote.close) for i in range(len(tokens) - 2) if tokens[i + 1].text in CLOSING
              and not tokens[i + 2].text[:1].islower() and is_kind_noun(analysis, i, WORK_NOUNS)
              for quote in analysis.quotes_opening_at(tokens[i + 1].start)]
    if not titles:
        return found
    return [f for f in found if not any(start < tokens[f.first].start and tokens[f.last - 1].end <= close
                                        for start, close in titles)]


def _listed_after(analysis: Analysis, starting: dict[int, Found], f: Found) -> Optional[Found]:
    """The quoted name after a quoted name and a comma or `и`: `«Индевор», «Дискавери» и «Атлантис»`."""
    tokens = analysis.tokens
    i = f.last + (f.last < len(tokens) and tokens[f.last].text in CLOSING.values())
    if i < len(tokens) and tokens[i].text == "(":  # `«Индевор» (в конце апреля) и «Атлантис»`
        i = next((k + 1 for k in range(i + 1, len(tokens)) if tokens[k].text == ")"
                  and tokens[k].sentence == tokens[i].sentence), i)
    if i + 2 < len(tokens) and tokens[i].text in (",", "и") and tokens[i + 1].text in OPENING_QUOTES:
        return starting.get(i + 2)
    return None


def _buildings(analysis: Analysis, found: list[Found]) -> list[Found]:
    """`у здания Конгресса`, `в здании Законодательного собрания`: the building of a body named in the
    genitive is a place, the body's name inside it."""
    return [Found(f.first - 1, f.last, "LOC") for f in found
            if f.type == "ORG" and f.first > 0 and is_kind_noun(analysis, f.first - 1, BUILDING_NOUNS)
            and case(analysis, f.first) == "gent"]


def _mark_nested(found: list[Found]) -> list[Found]:
    """Sort, drop duplicates and partial overlaps, and mark mentions inside a longer one."""
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    outer: Optional[Found] = None
    for f in found:
        if outer is not None and f.start < outer.end:
            if f.end <= outer.end and (f.start, f.end) != (outer.start, outer.end):
                f.nested = True
                out.append(f)
            continue  # a duplicate or a partial overlap: the earlier, longer one stands
        out.append(f)
        outer = f
    return out
