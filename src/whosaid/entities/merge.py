"""Name mentions of one entity brought together: `М. Захаровой`, `Мария Захарова`, `Захарова` are one
person; `МИД РФ`, `российского МИД` and `министерства иностранных дел России` one organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Iterator, Optional

from ..analysis import Analysis
from .. import morph
from . import normal
from ..lexicon import table
from .lexicon import BODY_PARAPHRASES, ORG_HEADS, ORGANISATION_NAMES, Country
from .mentions import Found


@dataclass
class Cluster:
    """An entity while the stage builds it: its name mentions, then roles and resolved mentions."""
    type: str
    names: list[Found] = field(default_factory=list)
    genders: set[str] = field(default_factory=set)  # masc | femn, from names and agreeing verbs
    surname: frozenset[str] = frozenset()  # PER: keys of the surname's forms
    first_name: frozenset[str] = frozenset()  # PER: keys of the first name's forms, or its initial
    patronymic: frozenset[str] = frozenset()  # PER: keys of the patronymic's forms, from a name written in full
    country: Optional[Country] = None  # ORG: the country it belongs to; LOC: the country it is
    cores: set[str] = field(default_factory=set)  # ORG: its names without the country
    # ORG: names its identity is not taken from: acronyms the text spells out (`Олимпийский комитет (ОКР)`), a
    # paper's adjective alone (`Новой` for `Новая газета`)
    spelled: set[str] = field(default_factory=set)
    name: str = ""  # the fullest name, in the nominative
    roles: list = field(default_factory=list)  # (model.Role, organisation's Cluster or None)
    others: list = field(default_factory=list)  # model.Mention: pronouns and descriptors resolved to it

    @property
    def gender(self) -> Optional[str]:
        return next(iter(self.genders)) if len(self.genders) == 1 else None


class _Keys:
    """The clusters made so far, by the keys a new mention is merged on (a surname's or first name's
    forms, an organisation's folded names, acronyms and bodies, a place's name or country): a mention
    is compared with the few clusters that share a key with it, in the order they were made, as it
    was with every cluster in turn; a key a cluster has lost (a first name replaced) stays, and the
    full comparison then turns it down."""

    def __init__(self, clusters: list[Cluster]):
        self.clusters = clusters
        self._made: dict[int, int] = {}  # id(cluster) → its place in `clusters`
        self._by_key: dict[Hashable, dict[int, Cluster]] = {}
        self._starts: dict[int, list[int]] = {}  # id(cluster) → its names' starts, sorted

    def new(self, cluster: Cluster) -> Cluster:
        self._made[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        self._starts[id(cluster)] = []
        return cluster

    def add(self, cluster: Cluster, keys: Iterable[Hashable]) -> None:
        for key in keys:
            self._by_key.setdefault(key, {})[id(cluster)] = cluster

    def sharing(self, keys: Iterable[Hashable]) -> list[Cluster]:
        """The clusters that have any of the keys, in the order they were made."""
        found = {id(c): c for key in keys for c in self._by_key.get(key, {}).values()}
        return sorted(found.values(), key=lambda c: self._made[id(c)])

    def name(self, cluster: Cluster, f: Found) -> None:
        cluster.names.append(f)
        insort(self._starts[id(cluster)], f.start)

    def latest_before(self, cluster: Cluster, start: int) -> int:
        """Where the cluster's last name before `start` starts; -1 if none."""
        starts = self._starts[id(cluster)]
        i = bisect_left(starts, start)
        return starts[i - 1] if i else -1


def group(analysis: Analysis, found: list[Found]) -> list[Cluster]:
    """Clusters of the name mentions, in order of first mention."""
    clusters: list[Cluster] = []
    keys = _Keys(clusters)
    people = [f for f in found if f.type == "PER"]
    alone = _words_alone(analysis, people)
    for f in sorted(people, key=lambda f: _person_rank(analysis, f, alone), reverse=True):
        _add_person(analysis, keys, f, alone)
    _join_bracketed_aliases(analysis, clusters)
    ending: dict[int, Cluster] = {}  # an organisation's name's last token → its cluster
    for f in found:
        if f.type == "ORG":
            ending[f.last - 1] = _add_organisation(analysis, keys, f, _spelled_out(analysis, ending, f))
        elif f.type == "LOC":
            _add_place(analysis, keys, f)
    for cluster in clusters:
        cluster.names.sort(key=lambda f: f.start)
        if cluster.type == "PER":
            cluster.genders = _womans_role(analysis, cluster) or cluster.genders | _verb_genders(analysis, cluster)
        cluster.name = _fullest_name(analysis, cluster, alone)
    clusters.sort(key=lambda c: c.names[0].start)
    return clusters


def places_by_country(clusters: list[Cluster]) -> dict[int, Cluster]:
    """id(country) → the first place that is the country."""
    places: dict[int, Cluster] = {}
    for c in clusters:
        if c.type == "LOC" and c.country is not None:
            places.setdefault(id(c.country), c)
    return places


_APPOSED = ("appos", "flat:name")  # a name's relation to the role noun or first name it stands beside


def subject_gender(analysis: Analysis, i: int) -> Optional[str]:
    """masc or femn when token i is the subject of a singular past verb (`сказала` is feminine)."""
    token = analysis.tokens[i]
    if not token.rel.startswith("nsubj") or token.head < 0:
        return None
    verb = analysis.tokens[token.head]
    if verb.feats.get("Number") != "Sing":
        return None
    gender = morph.GENDERS.get(verb.feats.get("Gender", ""))
    return gender if gender in ("masc", "femn") else None


def _verb_genders(analysis: Analysis, cluster: Cluster) -> set[str]:
    """Genders the verbs of a person's name mentions agree in: `Джен Псаки заявила` is feminine, and
    so is `Президент ... Эммануэль Макрон позвонил` masculine, the name in apposition to the subject."""
    genders = set()
    for f in cluster.names:
        for i in range(f.first, f.last):
            head = i
            while analysis.tokens[head].rel in _APPOSED and analysis.tokens[head].head >= 0:
                head = analysis.tokens[head].head
            gender = subject_gender(analysis, head)
            if gender:
                genders.add(gender)
    return genders if len(genders) == 1 else set()


def _womans_role(analysis: Analysis, cluster: Cluster) -> set[str]:
    """{femn} where a name stands beside a masculine role noun whose verb is a woman's (`рассказала
    руководитель проекта Евгения Костицына`): the verb agrees with the person the noun names, so she is a
    woman however the tagger read her name (as Евгений's genitive); not beside a feminine noun (`сообщила
    жена Евгения Костицына`: his wife)."""
    tokens = analysis.tokens
    for f in cluster.names:
        role = tokens[f.first].head
        if tokens[f.first].rel == "appos" and role >= 0 and tokens[role].pos == "NOUN" \
                and tokens[role].feats.get("Gender") == "Masc" and subject_gender(analysis, role) == "femn" \
                and not any(tokens[c].rel.startswith("nsubj") and c != role
                            for c in analysis.children[tokens[role].head]):
            return {"femn"}  # (the verb's one subject: not `Захарова прокомментировала переговоры замглавы МИД
            # Рябкова`, the deputy minister parsed a second subject)
    return set()


def _fullest_name(analysis: Analysis, cluster: Cluster, alone: frozenset[str]) -> str:
    """The name with most words (a person's with a surname), preferring one the text writes in the
    nominative."""
    if cluster.type == "LOC" and cluster.country is not None:
        return cluster.country.name
    outer = [f for f in cluster.names if not f.nested] or cluster.names
    if cluster.type == "ORG":  # `МИД России`, not `российское внешнеполитическое ведомство`, where both are written
        outer = [f for f in outer if morph.fold(normal.org_form(analysis, f.first, f.last).core)
                 not in BODY_PARAPHRASES] or outer

    def rank(f: Found):
        n = len(normal.words(analysis, f.first, f.last))
        initials = sum(len(analysis.tokens[i].text) == 1 for i in normal.words(analysis, f.first, f.last))
        nominative = analysis.tokens[f.first].feats.get("Case") == "Nom"
        surname = cluster.type != "PER" or _person_parts(analysis, f, alone)[1] is not None
        return (surname, n - initials, nominative, -f.start)

    best = max(outer, key=rank)
    if cluster.type == "PER":
        name = normal.person_name(analysis, best.first, best.last, cluster.gender)
        if analysis.tokens[best.last - 1].feats.get("Case") is None or normal.subject_token(analysis, best.first):
            return name
        return _surname_as_subject(analysis, cluster, name, alone)
    own = normal.own_name(analysis, best.first, best.last)  # `катарский телеканал Al-Jazeera` is Al-Jazeera
    if own is not None:
        return own
    bracket = normal.acronym_bracket(analysis, best.first, best.last)
    if bracket is not None:  # `Федеральной антимонопольной службе (ФАС) РФ` → Федеральная антимонопольная служба РФ
        name = normal.official_case(analysis, best.first, bracket, normal.phrase_name(analysis, best.first, bracket))
        return f"{name} {normal.rebuild(analysis, bracket + 3, best.last, {})}"
    return normal.official_case(analysis, best.first, best.last, normal.phrase_name(analysis, best.first, best.last))


def _surname_as_subject(analysis: Analysis, cluster: Cluster, name: str, alone: frozenset[str]) -> str:
    """The name with its surname as the text writes it where the person is a subject: `Масахико
    Комуры` (a genitive the dictionary cannot decline) is Масахико Комура when `Комура добавил` follows;
    `Антауро Умалой`, which the dictionary also reads as a nominative (as Толстой), is Антауро Умала
    after `Умала заявил`."""
    words = name.split()
    surname = words[-1]
    keys = morph.surname_keys(surname)
    for f in cluster.names:
        _, written = _person_parts(analysis, f, alone)
        token = analysis.tokens[f.last - 1]
        subject = token.rel.startswith("nsubj") or normal.subject_token(analysis, f.last - 1) is not None \
            and morph.genitive(surname) != written  # `Судья Умала заявил`; `Вдова Неймарка` is his genitive
        if written is not None and written != surname and token.text == written and subject \
                and token.feats.get("Case") == "Nom" and morph.surname_fits(written, "nomn", cluster.gender) \
                and morph.surname_keys(written) & keys:
            return " ".join(words[:-1] + [written])
    return name


def _words_alone(analysis: Analysis, people: list[Found]) -> frozenset[str]:
    """The surname keys of the words the article names someone by alone (`Лукашевич заявил`)."""
    return frozenset(k for f in people if len(idx := normal.name_words(analysis, f.first, f.last)) == 1
                     for k in morph.surname_keys(analysis.tokens[idx[0]].text))


def _person_parts(analysis: Analysis, f: Found, alone: frozenset[str]) -> tuple[Optional[str], Optional[str]]:
    """(first name or initial, surname) of a person mention; a lone word is a surname unless the
    dictionary knows it as a first name only; `Борис Николаевич` is a first name and patronymic,
    but `Александр Лукашевич` a first name and surname where the article names him `Лукашевич` alone."""
    idx = normal.name_words(analysis, f.first, f.last)
    texts = [analysis.tokens[i].text for i in idx]
    if not texts:
        return None, None
    if len(texts) == 1:
        word = texts[0]
        if morph.known_as(word, "Name") and not morph.known_as(word, "Surn"):
            return word, None
        return None, word
    if len(texts) == 2 and morph.known_as(texts[1], "Patr") and not morph.surname_keys(texts[1]) & alone:
        return texts[0], None
    return texts[0], texts[-1]


def _person_rank(analysis: Analysis, f: Found, alone: frozenset[str]) -> tuple:
    """Full names first (they found the clusters), then initial + surname, then lone words."""
    first, surname = _person_parts(analysis, f, alone)
    full = first is not None and surname is not None
    return (first is not None and surname is not None and len(first) > 1, full, -f.start)


def _first_keys(word: str) -> frozenset[str]:
    return frozenset({word[0].lower()}) if len(word) == 1 else morph.name_keys(word)


def _patronymic_keys(analysis: Analysis, f: Found) -> frozenset[str]:
    """Keys of the forms of the second word of a name of two or three words that the dictionary knows
    as a patronymic (`Алексей Леонидович Кудрин`, `Алексея Леонидовича`)."""
    idx = normal.name_words(analysis, f.first, f.last)
    if len(idx) in (2, 3) and morph.known_as(analysis.tokens[idx[1]].text, "Patr"):
        return morph.name_keys(analysis.tokens[idx[1]].text)
    return frozenset()


def _add_person(analysis: Analysis, keys: _Keys, f: Found, alone: frozenset[str]) -> None:
    first, surname = _person_parts(analysis, f, alone)
    words = normal.name_words(analysis, f.first, f.last)
    lone = len(words) == 1
    patronymic = first is not None and surname is None and not lone
    middle = _patronymic_keys(analysis, f)
    # `Григорий Георгиевич`, a first name and a patronymic made from a first name, is the one person of that
    # first name the article named in full, whatever patronymic it gave him, where it named only one
    addressed = patronymic and morph.mans_patronymic(analysis.tokens[words[1]].text)
    addressed_by_first_name = []
    if first is not None and surname is None and lone \
            and keys.sharing([("surname", k) for k in morph.surname_keys(first)]):
        first, surname = None, first  # `Ладена` after `Усама бен Ладен`: a surname the article gave, not a first name
    elif first is None and surname is not None and lone and not keys.sharing(
            [("surname", k) for k in morph.surname_keys(surname)]) and keys.sharing(
            [("first", k) for k in _first_keys(surname)]):
        first, surname = surname, None  # `Софи` after `Софи Монк`: the first name of someone named in full
    surname_keys = morph.surname_keys(surname) if surname else frozenset()
    first_keys = _first_keys(first) if first else frozenset()
    genders = _person_genders(analysis, f, first, surname)
    candidates = []
    # a cluster that can take the name shares a surname with it, or a first name when it has no surname
    shared = [("surname", k) for k in surname_keys] if surname_keys else [("first", k) for k in first_keys]
    # a surname alone is kept from a person of the other gender only where it is a Russian surname every
    # reading of which says so (`Зубков`, never hers; `Трамп` may be hers); the tagger's case of it
    # (`Муратова`, his genitive or her nominative) is too weak
    agreed = _agreed_surname_gender(analysis, f, surname) if surname and not first else None
    if agreed is not None:
        genders = {agreed}
    own = genders if first or agreed else morph.russian_surname_genders(surname) if surname else set()
    for c in keys.sharing(shared):
        if c.gender and len(own) == 1 and c.gender not in own:
            continue  # `Зубков` alone is not `Юлия Зубкова`
        if surname and not first and _declined_out_of_hers(analysis, c, surname):
            continue  # `Бута` is not `Алла Бут`: her foreign surname does not decline
        if surname_keys and not (surname_keys & c.surname):
            continue
        if first and c.first_name:
            if len(first) == 1 or len(next(iter(c.first_name))) == 1:
                if not {k[0] for k in first_keys} & {k[0] for k in c.first_name}:
                    continue
            elif not first_keys & c.first_name:
                continue
        if not surname_keys and not (first_keys & c.first_name):
            continue
        if patronymic and c.surname and not middle & c.patronymic and not _womans_patronymic(analysis, f):
            if addressed:
                addressed_by_first_name.append(c)
            continue  # `Александр Лукашевич` is not `Александр Орлов`: the second word may be a surname;
            # but `Алексей Леонидович` is `Алексей Леонидович Кудрин`, named in full with the patronymic, and
            # `Валентина Николаевна` is `Валентина Мезенцева`: no surname ends so
        candidates.append(c)
    if not candidates and len(addressed_by_first_name) == 1:
        candidates = addressed_by_first_name
    if surname and not first and morph.common_gender_surname(surname) and f.last - f.first == 1:
        agreed_gender = subject_gender(analysis, f.first)  # `Литвиненко переехал`: of Александр and Марина
        candidates = [c for c in candidates if c.gender == agreed_gender] or candidates  # Литвиненко, him
    if candidates:
        # the cluster mentioned nearest before this mention, else the first one
        cluster = max(candidates, key=lambda c: keys.latest_before(c, f.start))
    else:
        cluster = keys.new(Cluster("PER"))
    keys.name(cluster, f)
    if surname_keys and not cluster.surname:
        cluster.surname = surname_keys
        keys.add(cluster, [("surname", k) for k in surname_keys])
    if middle and surname_keys:
        cluster.patronymic |= middle
    if first_keys and (not cluster.first_name or len(next(iter(cluster.first_name))) == 1):
        cluster.first_name = first_keys
        keys.add(cluster, [("first", k) for k in first_keys])
    if len(genders) == 1 and (first or not cluster.genders):
        cluster.genders |= genders


_WOMANS_PATRONYMIC = re.compile(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)$")


def _agreed_surname_gender(analysis: Analysis, f: Found, surname: str) -> Optional[str]:
    """The gender of a surname alone that is the subject of a past verb, where it may be that gender's
    nominative (`Сутягина отметила`: hers, whatever case the tagger read, not Сутягин's genitive)."""
    agreed = subject_gender(analysis, f.last - 1) if f.last - f.first == 1 else None
    return agreed if agreed is not None and "nomn" in morph.surname_cases(surname, agreed, declined=True) else None


def _undeclined_foreign_surname(surname: str) -> bool:
    """Is the surname one the dictionary does not know, written in Cyrillic as its nominative, that a man's
    would decline out of (`Вебб`, `Шредер`: his genitive `Вебба`; not `Лукиных`, which no case changes)?"""
    folded = morph.fold(surname)
    return bool(re.fullmatch(r"[а-яё-]+", folded)) and folded[-1] not in "аеёиоуыэюяьй" \
        and not folded.endswith(("ых", "их")) and not morph.surname_cases(surname, "masc") \
        and not morph.surname_cases(surname, "femn")


def _declined_out_of_hers(analysis: Analysis, woman: Cluster, surname: str) -> bool:
    """Is the surname alone another form of the surname, ending in a consonant, of a woman the dictionary's
    first names tell (`Бута`, `Трампом` after `Алла Бут`, `Мелания Трамп`): no case changes it for her, so it is
    a man's of her family (but `Гани Касымов`, whose surname is a man's, may be a man whatever `Гани` reads)?"""
    tokens = analysis.tokens
    full = [n for n in woman.names if n.last - n.first > 1]
    womans = any(morph.name_genders(tokens[n.first].text, morph.CASES.get(tokens[n.first].feats.get("Case", "")),
                                    None, True) == {"femn"} for n in full)
    hers = {morph.fold(tokens[n.last - 1].text) for n in full}
    return womans and morph.fold(surname) not in hers and any(
        written[-1:] in morph.CONSONANTS and morph.russian_surname_genders(written) != {"masc"} for written in hers)


def _womans_patronymic(analysis: Analysis, f: Found) -> bool:
    """Does the name end in a woman's patronymic (`Николаевна`, `Ильиничны`), which no surname does?"""
    return bool(_WOMANS_PATRONYMIC.search(morph.fold(analysis.tokens[f.last - 1].text)))


def _both_declined_as_his(analysis: Analysis, f: Found, first: str, surname: str) -> bool:
    """`премьер-министра Великобритании Кира Стармера`: in a genitive the syntax shows, a first name and a foreign
    surname both ending in -а after a consonant are his, declined (hers would read `Киры Стармер`), whatever
    woman's name the first one is in the nominative; not a Russian feminine surname (`Петрова`)."""
    if normal.case_shown(analysis, normal.name_words(analysis, f.first, f.last)) != "gent":
        return False
    folded = morph.fold(surname)
    return morph.fold(first).endswith("а") and folded.endswith("а") and folded[-2:-1] in morph.CONSONANTS \
        and not morph.russian_surname_genders(surname) and not morph.surname_cases(surname, "femn")


def _person_genders(analysis: Analysis, f: Found, first: Optional[str], surname: Optional[str]) -> set[str]:
    """masc or femn where the name says so, from the likeliest evidence down: an adjectival surname's
    ending (`Яна Соболевская`, whose `Яна` the tagger read as Ян's genitive); a known first name's
    gender in the case the tagger reads it in, where the tagger's gender agrees (`Евгению` hers in the
    accusative, his in the dative); a known first name's in any case; a surname's in its case
    (`Скуратова` in the genitive is a man) unless the tagger's gender contradicts it; a surname form of
    one gender's declension with no nominative (`Хефеца`); a guessed first name's in its case where
    the tagger agrees (`Чанду`); a guessed first name's; the tagger's agreement."""
    name = first if first and len(first) > 1 else None  # not an initial
    last = analysis.tokens[f.last - 1]
    written = surname if surname and last.text == surname else None
    tagged = morph.GENDERS.get(last.feats.get("Gender", ""))

    def in_case(word: str, known: bool) -> set:
        opening = analysis.tokens[normal.name_words(analysis, f.first, f.last)[0]].feats
        case, agreed = morph.CASES.get(opening.get("Case", "")), morph.GENDERS.get(opening.get("Gender", ""))
        return set(morph.name_genders(word, case, agreed, known))

    def steps() -> Iterator[set]:
        if written and name and (own := morph.adjectival_surname_gender(written)):
            yield {own}
        if written and name and _both_declined_as_his(analysis, f, name, written):
            yield {"masc"}
        if written and name and _undeclined_foreign_surname(written) \
                and morph.name_genders(name, "nomn", None, True) == {"femn"}:
            yield {"femn"}  # `Фредерика Вебб`: her nominative, not Фредерик's genitive, which declines his
            # surname (`Фредерика Вебба`)
        if name:
            yield in_case(name, known=True)
            yield {p.tag.gender for p in morph.parses(name) if "Name" in p.tag and p.is_known}
        if written:
            case = morph.CASES.get(last.feats.get("Case", ""))
            genders = {g for g in ("masc", "femn") if case in morph.surname_cases(written, g, declined=True)}
            if tagged in ("masc", "femn") and genders and tagged not in genders:
                return  # `Тарбаева` read as a masculine nominative: the case or the gender is wrong, so neither tells
            yield genders
            declined = {g: morph.surname_cases(written, g, declined=True) for g in ("masc", "femn")}
            if "nomn" not in declined["masc"] + declined["femn"]:  # `Хефеца`: a declined form, no nominative
                yield {g for g in declined if declined[g]}
        if name:
            yield in_case(name, known=False)
            yield morph.genders_of_name(name)
            yield {morph.GENDERS.get(analysis.tokens[f.first].feats.get("Gender", ""))}

    return next((genders for genders in steps() if len(genders) == 1 and genders <= {"masc", "femn"}), set())


def _join_bracketed_aliases(analysis: Analysis, clusters: list[Cluster]) -> None:
    """`Махмуд Аббас (Абу Мазен)`: a full name in brackets right after a person's full name is another
    name of that person (not `Овечкин (Бэкстрём)`, a scorer and the one who helped him)."""
    tokens = analysis.tokens
    by_last = {f.last - 1: c for c in clusters if c.type == "PER" for f in c.names
               if len(normal.words(analysis, f.first, f.last)) > 1}
    for cluster in list(clusters):
        for f in cluster.names:
            if f.first < 2 or f.last >= len(tokens) or tokens[f.first - 1].text != "(" \
                    or tokens[f.last].text != ")" or len(normal.words(analysis, f.first, f.last)) < 2:
                continue
            named = by_last.get(f.first - 2)
            if named is not None and named is not cluster and cluster in clusters:
                named.names.extend(cluster.names)
                named.genders |= cluster.genders
                clusters.remove(cluster)
                break


def _spelled_out(analysis: Analysis, ending: dict[int, Cluster], f: Found) -> Optional[Cluster]:
    """`Национального фронта (НФ)`, `Международного валютного фонда (IMF)`: an acronym in brackets right
    after an organisation's name is that organisation's (`ending`: the clusters by their names' last token)."""
    tokens = analysis.tokens
    if f.first < 2 or f.last >= len(tokens) or tokens[f.first - 1].text != "(" or tokens[f.last].text != ")":
        return None
    if not all(tokens[i].text.isupper() for i in range(f.first, f.last)):
        return None
    return ending.get(f.first - 2)


def _add_organisation(analysis: Analysis, keys: _Keys, f: Found, into: Optional[Cluster] = None) -> Cluster:
    """Into `into` if given, else the first organisation of the same country (or of none) that has the
    name, has it as its acronym or acronym of it, or is the same body by another name (`Евросоюз`, `ЕС`); a
    name with no country, where only bodies of countries have it, into the one named last."""
    form = normal.org_form(analysis, f.first, f.last)
    core = morph.fold(form.core)
    acronym = form.acronym
    wanted = [("org core", core), ("org acronym", core.upper())] + _word_readings(form.core) \
        + _outlet_adjective(form.core)
    if acronym:
        wanted.append(("org core", acronym.lower()))
    if ORGANISATION_NAMES.get(core) is not None:
        wanted.append(("org body", ORGANISATION_NAMES[core]))
    if _without_domain(form.core) is None:  # `сборная России` after `сборной России по футболу`: that team
        wanted.append(("org without domain", morph.fold(f"{form.core} {form.country.genitive}" if form.country
                                                        else form.core)))
    paraphrase = core in BODY_PARAPHRASES  # `военное ведомство США`: only a body named with that country, not
    # the bare `Минобороны` of the article's own
    same_country = [c for c in keys.sharing(wanted) if c.country is form.country
                    or not paraphrase and (c.country is None or form.country is None)]
    if form.country is None and not any(c.country is None for c in same_country):
        # a bare name after the bodies of several countries (`Минтранса Таджикистана`, `российском Минтрансе`,
        # `Минтранс заявил`) is the one named last
        same_country.sort(key=lambda c: -keys.latest_before(c, f.start))
    kind = _kind_alone(form.core) if f.last - f.first == 1 and form.country is None else None
    named_before: list[Cluster] = []
    if into is None and not same_country and kind is not None:  # `сообщили в Фонде`: the fund named before
        named = sorted(keys.sharing([("org kind", kind)]), key=lambda c: -keys.latest_before(c, f.start))
        same_country = named_before = [c for c in named if keys.latest_before(c, f.start) >= 0][:1]
    c = into or (same_country[0] if same_country else keys.new(Cluster("ORG")))
    if named_before:
        c.spelled.add(form.core)  # the fund is known by its name, not by `Фонд`
    keys.name(c, f)
    c.cores.add(form.core)
    if into is not None:
        c.spelled.add(form.core)
    c.country = c.country or form.country
    keys.add(c, _organisation_keys(form.core))
    papers = {key for core in c.cores if len(core.split()) == 2 for key in _outlet_adjective(core)}
    c.spelled |= {core for core in c.cores if len(core.split()) == 1 and papers & set(_outlet_adjective(core))}
    return c


def _organisation_keys(core: str) -> list[tuple[str, str]]:
    """What a name gives its organisation to be found by: the name folded, its acronym, the body it is,
    the name without what the body deals with (`сборная России` of `сборная России по футболу`)."""
    folded, acronym = morph.fold(core), _acronym(core)
    found = [("org core", folded)] + _word_readings(core) + _outlet_adjective(core)
    words = core.split()
    kind = morph.content_lemma(morph.fold(words[0])) if len(words) > 1 and words[0][:1].isupper() else None
    if kind is not None and kind in ORG_HEADS:
        found.append(("org kind", kind))  # `Фонд развития ...` for a later `Фонде`
    if acronym is not None:
        found.append(("org acronym", acronym))
    if ORGANISATION_NAMES.get(folded) is not None:
        found.append(("org body", ORGANISATION_NAMES[folded]))
    general = _without_domain(core)
    if general is not None:
        found.append(("org without domain", morph.fold(general)))
    return found


def _kind_alone(core: str) -> Optional[str]:
    """The kind of body a name is when it is that word alone, capitalised (`Фонде` for the fund named before),
    by its lemma; None for any other name, or a kind that names one body by itself (`Дума`, `Сенат`)."""
    if len(core.split()) != 1 or not core[:1].isupper() or morph.fold(core) in ORGANISATION_NAMES:
        return None
    lemma = morph.content_lemma(morph.fold(core))
    return lemma if lemma in ORG_HEADS else None


def _outlet_adjective(core: str) -> list[tuple[str, str]]:
    """The adjective that names a paper by itself (`корреспондент "Новой"` for `Новая газета`): of a name that is
    the adjective and a kind of outlet, or of a name that is the adjective alone, by its lemmas."""
    words = core.split()
    if len(words) == 1 or len(words) == 2 and morph.fold(words[1]) in _OUTLET_NOUNS:
        adjective = words[0]
        if adjective[:1].isupper() and morph.known_as(adjective.lower(), "ADJF"):
            return [("org outlet adjective", p.normal_form) for p in morph.parses(adjective.lower())
                    if p.tag.POS == "ADJF"]
    return []


_OUTLET_NOUNS = frozenset(table("outlet_nouns"))


def _without_domain(core: str) -> Optional[str]:
    """The name before a `по` phrase of what the body deals with (`сборная России по футболу`,
    `комитет Госдумы по обороне`), not of where a branch serves (`ГУ МВД по Москве`); None if none."""
    name, by, domain = core.partition(" по ")
    return name if by and domain[:1].islower() else None


def _word_readings(core: str) -> list[tuple[str, str]]:
    """A one-word name by every lemma the dictionary reads it as (`«Алросе»` and `«Алроса»` are both
    алрос), so one organisation written in two cases is one."""
    if len(core.split()) != 1:
        return []
    return [("org reading", key) for key in sorted(morph.name_keys(core))]


def _acronym(core: str) -> Optional[str]:
    return normal.OrgForm(core, None).acronym


def _add_place(analysis: Analysis, keys: _Keys, f: Found) -> None:
    """Into the first place that is the same country, or for a place that is no country, the first
    with the same name."""
    country = normal.country_of(analysis, f.first, f.last)
    name = morph.fold(normal.phrase_name(analysis, f.first, f.last))
    same = keys.sharing([("place country", id(country)) if country is not None else ("place name", name)])
    c = same[0] if same else keys.new(Cluster("LOC", country=country))
    keys.name(c, f)
    c.cores.add(name)
    keys.add(c, [("place name", name)])
    if country is not None:
        keys.add(c, [("place country", id(country))])
