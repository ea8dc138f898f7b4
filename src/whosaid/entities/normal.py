"""Names in the nominative (`Марии Захаровой` → `Мария Захарова`, `Белого дома` → `Белый дом`) and the
canonical forms that tell whether two organisation names are one (`МИД РФ`, `российского МИД`,
`министерства иностранных дел России` → `МИД России`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..analysis import Analysis, derived_once
from .. import morph
from ..marks import AMBIGUOUS, MARKS, OPENING
from .lexicon import (COUNTRY_ADJECTIVES, COUNTRY_BY_ADJECTIVE, COUNTRY_BY_LEMMA, GENERATION_WORDS, LEGAL_FORMS,
                      MISSION_NOUNS, OFFICIAL_HEADS, ORG_HEADS, ORGANISATION_NAMES, PLACE_KINDS, STREET_KINDS,
                      Country)

NAME_PARTS = ("Name", "Patr", "Surn")
_CYRILLIC = re.compile(r"^[А-ЯЁ]+$")


_APOSTROPHES = ("'", "’")


def words(analysis: Analysis, first: int, last: int) -> list[int]:
    """Indexes of the tokens with letters or digits in [first, last)."""
    is_word = analysis.is_word
    return [i for i in range(first, last) if is_word[i]]


def name_words(analysis: Analysis, first: int, last: int) -> list[int]:
    """The words of a person's name that decline, less the particles written in lower case (`бен`,
    `фон`, `де`) or joined to the surname by an apostrophe (`О'Райли`, `Д'Аламбер`): `бен Ладена` is a
    surname alone, `Усамы бен Ладена` a first name and a surname; nor a spelling in brackets (`Айсис (Isis)
    Анчали`)."""
    tokens, bracketed = analysis.tokens, _bracketed(analysis, first, last)
    return [i for i in words(analysis, first, last) if i not in bracketed
            and not tokens[i].text.islower() and not _apostrophe_prefix(analysis, i, last)]


def _bracketed(analysis: Analysis, first: int, last: int) -> set[int]:
    """The single words in brackets inside [first, last) (`Isis` of `Айсис (Isis) Анчали`)."""
    tokens = analysis.tokens
    return {i for i in range(first + 1, last - 1) if tokens[i - 1].text == "(" and tokens[i + 1].text == ")"}


def _apostrophe_prefix(analysis: Analysis, i: int, last: int) -> bool:
    tokens = analysis.tokens
    return (i + 2 < last and tokens[i + 1].text in _APOSTROPHES
            and tokens[i].end == tokens[i + 1].start and tokens[i + 1].end == tokens[i + 2].start)


def rebuild(analysis: Analysis, first: int, last: int, forms: dict[int, str]) -> str:
    """The tokens [first, last) as written, spaces kept as single spaces, some replaced by `forms`."""
    out: list[str] = []
    for i in range(first, last):
        token = analysis.tokens[i]
        if out and token.start > analysis.tokens[i - 1].end:
            out.append(" ")
        out.append(forms.get(i, token.text))
    return "".join(out)


@derived_once
def person_name(analysis: Analysis, first: int, last: int, gender: Optional[str]) -> str:
    """A person's name in the nominative singular: each word as a first name, patronymic or surname,
    else as any noun (`Никоса Анастасиадиса` → `Никос Анастасиадис`).

    Words the tagger read as nominative stay as written, so do words pymorphy cannot decline in
    the case read (`Уэнди Шерман`, `Джен Псаки`): foreign names are never mangled.
    """
    idx = name_words(analysis, first, last)
    case = morph.CASES.get(analysis.tokens[idx[0]].feats.get("Case", "")) if idx else None
    shown = case_shown(analysis, idx)
    if shown is not None and case not in (None, "nomn", shown):
        shown = None  # the role and the name read in two cases: neither is sure
    if gender == "masc":  # a woman's foreign first name declines in ways an ending cannot tell (`Ципи`, `Алла`)
        case = shown or case
    if case not in (None, "nomn") and len(idx) > 1 and analysis.tokens[idx[-1]].feats.get("Case") == "Nom" \
            and morph.indeclinable_name(analysis.tokens[idx[0]].text) and _subject(analysis, idx[0]):
        case = "nomn"  # `заявил заместитель министра Эдуардо Эспиноса`: the case read on a first name that shows
        # none, off the genitive before it; the surname and the subject it names say nominative
    surname = analysis.tokens[idx[-1]].text if idx else ""
    own = morph.surname_cases(surname, gender) if len(surname) > 1 and gender else ()
    named = morph.first_name_cases(analysis.tokens[idx[0]].text, gender) if own and len(idx) > 1 else ()
    if named and case not in named and case not in own and (agreed := [c for c in named if c in own]):
        case = agreed[0]  # a case neither the first name nor the surname can take, as the dictionary knows
        # them for this person (`судье Анфисе Валиуллиной`, read as a nominative): one both can
    elif own and case not in own and (not morph.surname_fits(surname, case, gender) or len(idx) > 1 and (
            morph.indeclinable_name(analysis.tokens[idx[0]].text) and not _subject(analysis, idx[0]))):
        # a case the surname cannot take for this person: `Драпкина` read as a man's nominative; or the
        # case the tagger guessed for a first name that shows none (`учеником Ли Страсберга`), outside a
        # subject: a first name that declines tells the case (`Михаил Мамута`; `Комура добавил` is a
        # nominative the dictionary lacks)
        case = own[0]
    first_name = analysis.tokens[idx[0]].text if idx else ""
    if case in (None, "nomn") and len(idx) > 1 and gender != "femn" \
            and (oblique := morph.oblique_mans_name_case(first_name)):
        case = oblique  # `Гол Джэймса Битти`: a first name in no nominative tells the case the tagger missed
    # a woman's `Джен`, `Николь`, `Хиллари` do not decline: where hers shows no case, her surname shows none
    undeclined_woman = gender == "femn" and bool(first_name) and (
        morph.indeclinable_name(first_name) or morph.fold(first_name)[-1] not in "аеёиоуыэюяь")
    forms = {}
    for n, i in enumerate(idx):
        token = analysis.tokens[i]
        if len(token.text) == 1:
            continue  # an initial
        generation = _generation_suffix(token.text)  # `Акино-младшему`: the surname and the word decline apart
        word = token.text[:-len(generation) - 1] if generation else token.text
        if len(idx) == 1 and token.feats.get("Number") == "Plur" \
                and (family := morph.nominative(word, case, None, "plur", "Surn")) != word:
            forms[i] = family  # `семья Ивановых` → Ивановы
            continue
        if len(idx) == 1:
            part = "Surn"
        elif n == len(idx) - 1:
            part = "Patr" if morph.known_as(word, "Patr") else "Surn"
        else:
            part = "Name" if n == 0 else "Patr"
        form = morph.nominative(word, case, gender, "sing", part)
        if form == word and not (n > 0 and undeclined_woman and forms.get(idx[0], first_name) == first_name):
            form = morph.nominative(word, case, gender, "sing", "NOUN")  # (not `Джен Псаки`'s surname)
            if part == "Name" and _guessed_soft_feminine(word, form):
                form = word
            russian = n > 0 and morph.known_as(first_name, "Name") and morph.russian_restored_ending(form)
            if part == "Surn" and not russian and morph.restores_vowel(word, form):  # `Петром Стрельцом`: Стрелец
                form = morph.masculine_surname(word, case)  # `Олафом Шольцем` → Шольц, not Шолец
        if part == "Surn" and morph.fold(word).endswith("и") and morph.fold(form) == morph.fold(word)[:-1] + "ь":
            form = word  # `Нарендры Моди` is no Модь: a man's surname in -ь declines in -я, a woman's not at all
        if form == word and part == "Name" and gender != "masc":
            form = morph.feminine_first_name(word, case)  # `Серены Уильямс` → Серена Уильямс
        if form == word and part == "Surn" and gender == "femn":
            form = morph.feminine_surname(word, case)  # `Ольге Сечиной` → Ольга Сечина
        if form == word and part == "Surn" and n > 0 and gender == "masc" \
                and (forms.get(idx[0], analysis.tokens[idx[0]].text) != analysis.tokens[idx[0]].text or shown):
            form = morph.masculine_surname(word, case)  # `Колину Пауэллу` → Колин Пауэлл; `экономиста Лянь
            # Пина` → Лянь Пин
        elif form == word and part == "Surn" and generation and gender != "femn" \
                and morph.fold(generation).endswith(("его", "ого", "ему", "ому", "им", "ым", "ем", "ом")):
            form = morph.masculine_surname(word, case)  # `Бандеры-младшего` → Бандера: the word of generation shows
            # a man and his case
        elif form == word and part == "Surn" and n > 0 and shown == "ablt" and morph.fold(word).endswith(("ом", "ем")):
            form = morph.masculine_surname(word, shown)  # `с мэром Юсси Паюненом`: a man's instrumental, whatever
            # gender was guessed for the name
        if generation:
            form += "-" + morph.nominative(generation, case, gender or "masc", "sing", "ADJF")
        forms[i] = form
    if len(idx) > 1 and gender == "masc" and forms.get(idx[0]) == analysis.tokens[idx[0]].text \
            and any(forms.get(i, analysis.tokens[i].text) != analysis.tokens[i].text for i in idx[1:]):
        written = analysis.tokens[idx[0]].text
        forms[idx[0]] = morph.masculine_surname(written, case)  # `Олафу Шольцу` → Олаф
        if forms[idx[0]] == written and case == "gent" and _hers_in_the_nominative(written):
            forms[idx[0]] = written[:-1]  # `Кира Стармера`: his genitive, not her nominative the dictionary knows
    for i in words(analysis, first, last):
        if i not in forms and analysis.tokens[i].text.islower() and analysis.lemma(i) in GENERATION_WORDS:  # `старшим`
            token = analysis.tokens[i]
            read = morph.CASES.get(token.feats.get("Case", ""))
            forms[i] = morph.nominative(token.text, read, gender, "sing", "ADJF")
    bracketed = _bracketed(analysis, first, last)
    forms.update({k: "" for i in bracketed for k in (i - 1, i, i + 1)})  # `Айсис (Isis) Анчали` → Айсис Анчали
    name = rebuild(analysis, first, last, forms)
    return " ".join(name.split()) if bracketed else name


def _hers_in_the_nominative(word: str) -> bool:
    """Is the word a woman's first name the dictionary knows only so, in -а after a consonant (`Кира`), which a
    man's first name in the genitive may look like (Кир)?"""
    folded = morph.fold(word)
    return morph.name_genders(word, "nomn", None, True) == {"femn"} and folded.endswith("а") \
        and folded[-2:-1] in morph.CONSONANTS


def case_shown(analysis: Analysis, idx: list[int]) -> Optional[str]:
    """The oblique case the syntax around a name's words shows, where they may show none: a role noun's it is in
    apposition to, or the genitive of a noun's it hangs on."""
    return (_case_of_role(analysis, idx[0]) or _genitive_of_noun(analysis, idx)) if idx else None


def _case_of_role(analysis: Analysis, first: int) -> Optional[str]:
    """The oblique case of the role noun a name is in apposition to, which the name takes
    (`слова главного экономиста банка Лянь Пина`: genitive, though the tagger read a nominative; `с мэром
    Юсси Паюненом`), where the name's words may show none; None if there is no such role."""
    token = analysis.tokens[first]
    if token.rel != "appos" or token.head < 0:
        return None
    role = analysis.tokens[token.head]
    case = morph.CASES.get(role.feats.get("Case", ""))
    if role.pos != "NOUN" or role.feats.get("Animacy") != "Anim" or role.feats.get("Number") != "Sing" \
            or case in (None, "nomn") or morph.may_be_nominative(role.text.lower()) \
            or any(analysis.tokens[c].rel.startswith("nummod") for c in analysis.children[token.head]):
        return None  # `два испанских юриста Хуан Антонио Унтория`: the count's genitive, not the name's
    return case if case in morph.cases_of(role.text.lower()) else None


def _genitive_of_noun(analysis: Analysis, idx: list[int]) -> Optional[str]:
    """`gent` where a name hangs on a noun with no preposition and a word of it reads as a genitive (`по словам
    Фумио Кисиды`, `Гол Кейсуке Хонды`): whose the noun is, whether or not its first name declines."""
    token = analysis.tokens[idx[0]]
    if token.rel != "nmod" or token.head < 0 or analysis.tokens[token.head].pos != "NOUN" \
            or not any(analysis.tokens[i].feats.get("Case") == "Gen" for i in (idx[0], idx[-1])) \
            or any(analysis.tokens[c].rel == "case" for c in analysis.children[idx[0]]):
        return None
    return "gent"


def _generation_suffix(word: str) -> Optional[str]:
    """The word of generation hyphenated to a surname (`Бандера-младший`, `Буша-старшего`), if any."""
    suffix = word.rpartition("-")[2]
    if suffix == word or morph.fold(suffix) not in morph.forms_of(GENERATION_WORDS):
        return None
    return suffix


def _subject(analysis: Analysis, i: int) -> bool:
    """Whether token i is a subject, or a name in apposition to one (`министр Масахико Комура заявил`)."""
    return subject_token(analysis, i) is not None


def subject_token(analysis: Analysis, i: int) -> Optional[int]:
    """The subject token i is, or is a name in apposition to (`Сенатор` for `Сенатор Джон Керри`); None if none."""
    while analysis.tokens[i].rel in ("appos", "flat:name") and analysis.tokens[i].head >= 0:
        i = analysis.tokens[i].head
    return i if analysis.tokens[i].rel.startswith("nsubj") else None


@derived_once
def phrase_name(analysis: Analysis, first: int, last: int, singular: bool = False) -> str:
    """An organisation's or place's name in the nominative: the head noun and the adjectives before
    it declined, the words after it (`иностранных дел России`) kept as written; in the singular if
    asked (a person's role)."""
    idx = words(analysis, first, last)
    head = next((i for i in idx if analysis.tokens[i].pos in ("NOUN", "PROPN")), None)
    if head is None:
        shared = _kind_shared_after(analysis, idx, last)
        if shared is None:
            return rebuild(analysis, first, last, {})
        kind = analysis.tokens[shared]  # `Калужской и Белгородской областей`: Калужская область
        noun = morph.nominative(kind.text, morph.CASES.get(kind.feats.get("Case", "")), None, "plur", made="sing")
        adjective = analysis.tokens[idx[0]]
        case = morph.CASES.get(adjective.feats.get("Case", ""))
        named = morph.nominative(adjective.text, case, _gender_of(noun), None, "ADJF", "sing")
        if named == adjective.text and case != "nomn":
            return rebuild(analysis, first, last, {})  # an adjective the dictionary cannot decline
        return f"{named} {noun}"
    token = analysis.tokens[head]
    case = morph.CASES.get(token.feats.get("Case", ""))
    number = "plur" if token.feats.get("Number") == "Plur" else None
    listed = number == "plur" and _one_of_places_listed(analysis, idx, head)
    made = "sing" if singular or listed else None  # `Белгородской областей` of `Калужской и ...`: one oblast
    place = token.pos == "PROPN" and morph.nominative(token.text, case, None, number, "Geox")  # в Королеве: Королёв
    forms = {head: place if place and place != token.text else morph.nominative(token.text, case, None, number,
                                                                                made=made)}
    if len(token.text) > 1 and token.text.isupper():
        forms[head] = token.text  # an acronym does not decline: `данным ВЦИОМ` is ВЦИОМ, not Вциомы
    elif _guessed_neuter(token.text, forms[head]):
        forms[head] = forms[head][:-1]  # `мнению «Русала»`, `акции «Мечела»`: Русал, Мечел, not Русало
    elif token.text.islower() and morph.has_grammeme(token.text, "Abbr") and morph.has_grammeme(token.text, "Orgn"):
        forms[head] = forms[head].upper()  # an organisation's acronym written lower-case: `в миде` → МИД
    gender = _gender_of(forms[head])
    common = morph.has_grammeme(forms[head], "ms-f")
    apposed = analysis.lemma(head) in PLACE_KINDS  # реки Славянки → река Славянка
    street = analysis.lemma(head) in STREET_KINDS
    for i in idx:
        if i < head and analysis.tokens[i].pos in ("ADJ", "DET", "NUM", "VERB"):
            text = analysis.tokens[i].text  # a participle too: `Соединенных Штатов`, `Объединенных Арабских`
            # one of the bodies listed before their plural kind word: `Большого и Мариинского театров`
            own = None if analysis.tokens[i].feats.get("Number") == "Sing" else number
            forms[i] = morph.nominative(text, case, gender, own, "ADJF", made)
            if forms[i] == text:
                forms[i] = morph.nominative(text, case, gender, own, "PRTF", made)
            if forms[i] == text and common:  # `федеральной судьи`: a woman's, where the adjective says so
                forms[i] = morph.nominative(text, case, morph.GENDERS.get(analysis.tokens[i].feats.get("Gender", "")),
                                            own, "ADJF", made)
        elif i > head and street and morph.has_grammeme(analysis.tokens[i].text, "ADJF"):
            forms[i] = morph.nominative(analysis.tokens[i].text, case, gender, number, "ADJF")  # улице Тверской
        elif i > head and apposed and not street and analysis.tokens[i].pos == "PROPN" \
                and morph.CASES.get(analysis.tokens[i].feats.get("Case", "")) == case:
            forms[i] = morph.nominative(analysis.tokens[i].text, case)  # not улицы Гагарина
        word = forms.get(i, analysis.tokens[i].text)
        if len(word) > 3 and word.isupper() and morph.known_as(word, "Geox") \
                and not morph.has_grammeme(word, "Abbr"):
            forms[i] = word.title()  # a dateline's `МИНСК` is Минск; not `СНБО`, whose reading is a guess
    return rebuild(analysis, first, last, forms)


def _kind_shared_after(analysis: Analysis, idx: list[int], last: int) -> Optional[int]:
    """The plural kind of place that a lone adjective shares with the ones listed after it (`Калужской | и
    Белгородской областей`), or None."""
    tokens = analysis.tokens
    if len(idx) != 1 or tokens[idx[0]].pos != "ADJ" or tokens[idx[0]].feats.get("Number") != "Sing" \
            or morph.known_only_as(tokens[idx[0]].text.lower(), "NOUN"):  # not `Полянка` the tagger read so
        return None
    k = last
    while k + 1 < len(tokens) and tokens[k].text in ("и", ",") and tokens[k + 1].pos == "ADJ" \
            and tokens[k + 1].sentence == tokens[idx[0]].sentence:
        k += 2
    if k == last or k >= len(tokens) or tokens[k].pos != "NOUN" or tokens[k].feats.get("Number") != "Plur" \
            or analysis.lemma(k) not in PLACE_KINDS:
        return None
    return k


def _one_of_places_listed(analysis: Analysis, idx: list[int], head: int) -> bool:
    """Is the name one adjective in the singular before a plural kind of place, the last of a list that shares
    it (`Калужской и Белгородской областей`: the mention `Белгородской областей` names one oblast)?"""
    adjectives = [i for i in idx if i < head]
    return len(adjectives) == 1 and analysis.tokens[adjectives[0]].feats.get("Number") == "Sing" \
        and analysis.tokens[adjectives[0]].pos == "ADJ" and analysis.lemma(head) in PLACE_KINDS \
        and adjectives[0] >= 2 and analysis.tokens[adjectives[0] - 1].text in ("и", ",")


def _guessed_soft_feminine(word: str, nominative: str) -> bool:
    """Is a first name the dictionary does not know, ending in -и, read as a feminine noun in -ь only by a
    guess from its ending (`Ципи Ливни` → Ципь)? Such a name is a foreign one that does not decline far more
    often; the feminines of the third declension (`Нинели` → Нинель) the dictionary knows."""
    return nominative.endswith("ь") and morph.fold(word).endswith("и") and not morph.known_as(word, "Name")


def _guessed_neuter(word: str, nominative: str) -> bool:
    """Is a capitalised name the dictionary does not know read as a neuter in -о only by a guess from its
    ending (`Русала` → Русало)? A company's name declines like a man's far more often: `Русал`; but a
    noun of `-ство` is neuter (`Росимущества`, `ЛГБТ-сообществом`)."""
    return (word[:1].isupper() and nominative != word and nominative[-1:] in ("о", "О") and word[-1:] not in ("о", "О")
            and not nominative.lower().endswith("тво") and not any(p.is_known for p in morph.parses(word)))


def official_case(analysis: Analysis, first: int, last: int, name: str) -> str:
    """An official body's name with its first word capitalised, as Russian writes it (`министерстве
    иностранных дел России` → Министерство иностранных дел России, `федеральной антимонопольной
    службы` → Федеральная антимонопольная служба); other names as they are."""
    idx = words(analysis, first, last)
    head = next((i for i in idx if analysis.tokens[i].pos in ("NOUN", "PROPN")), None)
    if head is None or name[:1].isupper() or analysis.lemma(head) not in OFFICIAL_HEADS:
        return name
    before = [i for i in idx if i < head]
    if any(analysis.tokens[i].text[:1].isupper() for i in idx if i <= head) or (
            not before and analysis.lemma(head) != "министерство") or any(
            analysis.tokens[i].pos != "ADJ" or analysis.lemma(i) in COUNTRY_BY_ADJECTIVE for i in before):
        return name  # `пресс-служба суда`, `российская прокуратура`
    return name[0].upper() + name[1:]


@lru_cache(maxsize=morph.CACHED_WORDS // 2)  # of each name's head noun, asked again in each article
def _gender_of(noun: str) -> Optional[str]:
    """The gender adjectives take before the noun; a noun of common gender takes the masculine
    (`бывшего главы` → бывший глава, not бывшее)."""
    for p in morph.parses(noun):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            return "masc" if "ms-f" in p.tag else p.tag.gender if p.tag.gender in ("masc", "femn", "neut") else None
    return None


def country_of(analysis: Analysis, first: int, last: int) -> Optional[Country]:
    """The country a place mention names (`РФ`, `России`, `Соединенных Штатов`), or None."""
    idx = words(analysis, first, last)
    if not idx:
        return None
    lemma = morph.fold(" ".join(analysis.lemma(i) for i in idx))
    country = COUNTRY_BY_LEMMA.get(lemma)
    if country is None and len(idx) > 1:  # `Соединенных Штатов`: the phrase in the nominative, not word by word
        country = COUNTRY_BY_LEMMA.get(morph.fold(phrase_name(analysis, first, last)))
    if country is None and len(idx) == 1:
        keys = morph.name_keys(analysis.tokens[idx[0]].text)
        country = next((COUNTRY_BY_LEMMA[k] for k in sorted(keys) if k in COUNTRY_BY_LEMMA), None)
    return country


@dataclass
class OrgForm:
    """An organisation's name split into its own part and the country it belongs to."""
    core: str  # nominative, as written: "МИД", "министерство иностранных дел"
    country: Optional[Country]

    @property
    def acronym(self) -> Optional[str]:
        """`министерство иностранных дел` → `МИД`, `Черноморский флот` → `ЧФ`; None for a name of one word.
        Two letters stand for too many names to say more than a capitalised Russian name of two words
        (`Независимая газета`, `НГ`; not `Die Welt`, `DW`), and never for a body the lexicon knows by them
        (`Европейский суд` is no `ЕС`)."""
        parts = [w for w in self.core.replace("-", " ").split() if w[:1].isalpha() and len(w) > 2]
        if len(parts) < 2:
            return None
        acronym = "".join(w[0] for w in parts).upper()
        if len(parts) == 2 and (not parts[0][:1].isupper() or not _CYRILLIC.match(acronym)
                                or morph.fold(acronym) in ORGANISATION_NAMES):
            return None
        return acronym

    def canonical(self, core: Optional[str] = None) -> str:
        core = core or self.core
        return f"{core} {self.country.genitive}" if self.country else core


def own_name(analysis: Analysis, first: int, last: int) -> Optional[str]:
    """The organisation's own name after the words that say what kind it is, when it is quoted or in
    Latin letters (`катарский спутниковый телеканал Al-Jazeera`, `компании «Интерэнергосервис»`, `ОАО
    "КамАЗ"`, `французской Le Figaro`): `Al-Jazeera`, `Интерэнергосервис`, `КамАЗ`, `Le Figaro`; None for a
    name that is all description."""
    idx = words(analysis, first, last)
    k = 0
    while k < len(idx) and analysis.tokens[idx[k]].pos == "ADJ":
        k += 1
    if 0 < k < len(idx) and all(analysis.tokens[i].text.islower() for i in idx[:k]) \
            and any("a" <= ch.lower() <= "z" for ch in analysis.tokens[idx[k]].text[:1]):
        return rebuild(analysis, idx[k], last, {}).strip(MARKS + " ") or None  # `французской Le Figaro`: Le Figaro
    if k >= len(idx) or not (analysis.lemma(idx[k]) in ORG_HEADS
                             or morph.fold(analysis.tokens[idx[k]].text) in LEGAL_FORMS):
        return None
    rest = [i for i in range(idx[k] + 1, last)]
    if not rest:
        return None
    opening = analysis.tokens[rest[0]].text
    latin = any("a" <= ch.lower() <= "z" for ch in opening)
    if opening not in OPENING + AMBIGUOUS and not latin:
        return None
    word = next((i for i in rest if analysis.tokens[i].text not in MARKS), None)
    if word is None or (analysis.tokens[word].feats.get("Case") not in (None, "Nom")
                        and morph.fold(analysis.tokens[word].text) != analysis.lemma(word)):
        return None  # `пресс-службы «Газпрома»`, `фракция «Единой России»`: the body it belongs to, declined
    text = rebuild(analysis, rest[0], last, {}).strip(MARKS + " ")
    return text or None


def acronym_bracket(analysis: Analysis, first: int, last: int) -> Optional[int]:
    """Where `(ФАС)` opens in a name that goes on after it (`службе (ФАС) РФ`), if it does."""
    return next((i for i in range(first + 1, last - 3) if analysis.tokens[i].text == "("
                 and analysis.tokens[i + 2].text == ")"), None)


def org_form(analysis: Analysis, first: int, last: int) -> OrgForm:
    """Split `российского МИД`, `МИД РФ`, `министерства иностранных дел России` into name and country;
    a name after its kind (`агентство Bloomberg`) is the organisation's own name."""
    bracket = acronym_bracket(analysis, first, last)
    if bracket is not None:  # `службе (ФАС) РФ`: the name before the acronym, the country after it
        return OrgForm(org_form(analysis, first, bracket).core, country_of(analysis, bracket + 3, last))
    if any(morph.fold(analysis.tokens[i].text) in ("в", "во", "при") for i in range(first, last)) \
            and any(analysis.has_lemma(i, MISSION_NOUNS) for i in range(first, last)):
        # `посольства России в США`: a mission and where it is, one body; not the embassy in Japan
        return OrgForm(phrase_name(analysis, first, last), None)
    idx = words(analysis, first, last)
    start, end = first, last
    country = None
    while idx and analysis.tokens[idx[0]].pos == "ADJ" and analysis.has_lemma(idx[0], COUNTRY_ADJECTIVES):
        country = COUNTRY_BY_ADJECTIVE[analysis.lemma(idx[0])]
        idx = idx[1:]
    named = own_name(analysis, idx[0], last) if idx else None
    if named is not None:
        return OrgForm(named, country)
    for size in (3, 2, 1):
        if len(idx) > size and country is None \
                and any(analysis.tokens[i].pos != "ADJ" for i in idx[:-size]):  # `«Единой России»`: all its own
            tail = country_of(analysis, idx[-size], idx[-1] + 1)
            if tail is not None:
                country = tail
                end = idx[-size - 1] + 1
                idx = idx[:-size]
    if not idx:
        return OrgForm(phrase_name(analysis, first, last), country)
    own = max(start, idx[0])  # `российского министерства иностранных дел`: Министерство иностранных дел
    return OrgForm(official_case(analysis, own, end, phrase_name(analysis, own, end)), country)
