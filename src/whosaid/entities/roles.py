"""Roles from the phrases set beside a person's name: `официальный представитель МИД РФ Мария Захарова`,
`Глава российской делегации – замглавы МИД РФ Сергей Рябков`, `Борис Стомахин, редактор газеты`.

A role phrase is a noun phrase headed by a noun for a person (animate, and not a kinship or
demographic word), in the case of the name it stands beside; the organisation is the name or country
inside it after the head (`МИД РФ`, `США`), a country adjective (`российский посол`), or the country
the article is about for `страны` / `государства`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Optional

from ..marks import DASHES as DASH_MARKS
from ..model import Role
from ..analysis import Analysis, wordlike
from .. import morph
from . import normal
from ..lexicon import entries, fold
from ..patterns import Matcher
from .lexicon import (ARRIVAL_VERBS, CIRCUMSTANCE_NOUNS, COUNTRY_BY_ADJECTIVE, COUNTRY_BY_DEMONYM, FORMER_WORDS,
                      HEADING_WORDS, HEADS_OF_STATE, LOCAL_OFFICES, NATIONAL_OFFICES, ORG_HEADS, ORGANISATION_NAMES,
                      PLACE_ADJECTIVES, PLAIN_PERSON_NOUNS, POST_FRAMES, REFERRING_ADJECTIVES, REFLEXIVE_POSSESSIVES,
                      REGIONAL_OFFICES, RELATIVE_PRONOUNS, ROLE_ABBREVIATIONS, ROLE_PARTICIPLES, STATE_OFFICES,
                      THE_COUNTRY, THE_PLACE, place_of_adjective)
from .merge import Cluster, places_by_country
from .mentions import Found
from .nouns import FORMER, is_person_noun, names_a_person

# The role patterns, their `@` word lists from the lexicon.
ROLES = Matcher("roles", entries)

PHRASE_PREPOSITIONS = {"по", "при"}
PLACE_PREPOSITIONS = {"в", "на", "от"}
POSTINGS = {"в", "на"}
FROM = "из"  # before where one works: `аналитик из «Тройки Диалог»`
DASHES = set(DASH_MARKS)
JOINTS = DASHES | {",", "и"}
AFTER_NAME = DASHES | {",", "("}
PHRASE_END = DASHES | {",", ".", ")", "(", ";", ":", "?", "!", "»", '"'}
QUOTES = {"«", "»", '"', "„", "“", "”"}
OTHERS = {"другой", "остальной"}  # `Маккейн и другие сенаторы`
MORE = {"еще", "ещё"}  # `Челик и еще 14 подозреваемых`


@dataclass
class Phrase:
    """A role phrase: tokens [first, last), its head noun, and where the organisation's name starts."""
    first: int
    last: int
    head: int
    org: Optional[Found] = None  # the name of the organisation or country inside it
    org_word: Optional[int] = None  # a country adjective or `страны` standing for one


class Index:
    """Which mention covers which token, and whose it is: what the role and coreference rules ask.
    Also the names of countries and organisations by where they start, so that "the one named last
    before" is a bisect, not a scan of every name (the clusters' names no longer change)."""

    def __init__(self, analysis: Analysis, clusters: list[Cluster]):
        self.analysis = analysis
        self.clusters = clusters
        self.at: dict[int, Found] = {}
        self.cluster_of: dict[int, Cluster] = {}
        for cluster in clusters:
            for f in cluster.names:
                self.cluster_of[id(f)] = cluster
                if not f.nested:
                    for i in range(f.first, f.last):
                        self.at[i] = f
        countries = [c for c in clusters if c.type == "LOC" and c.country is not None]
        self.places = places_by_country(countries)
        self.country_names = _by_first([(f, c) for c in countries for f in c.names])
        self.local_names = _by_first([(f, c) for c in clusters if c.type == "LOC" and c.country is None
                                      for f in c.names if not f.nested])
        ranked = sorted(countries, key=lambda c: len(c.names), reverse=True)
        self.most_named_country = ranked[0] if ranked and (
            len(ranked) == 1 or len(ranked[0].names) >= 2 * len(ranked[1].names)) else None
        self._organisations_by_word: Optional[dict[str, NamesByFirst]] = None

    def cluster(self, found: Found) -> Cluster:
        return self.cluster_of[id(found)]

    def organisation_names(self, lemma: str) -> "NamesByFirst":
        """The organisations' names that hold a word of this lemma."""
        if self._organisations_by_word is None:
            holding: dict[str, list[tuple[Found, Cluster]]] = {}
            for c in self.clusters:
                if c.type == "ORG":
                    for f in c.names:
                        for word in {self.analysis.lemma(i) for i in range(f.first, f.last)}:
                            holding.setdefault(word, []).append((f, c))
            self._organisations_by_word = {word: _by_first(names) for word, names in holding.items()}
        return self._organisations_by_word.get(lemma, _by_first([]))


@dataclass
class NamesByFirst:
    """Names with their clusters, sorted by first token (in list order where two start together)."""
    firsts: list[int]
    clusters: list[Cluster]

    def last_before(self, position: int) -> Optional[tuple[int, Cluster]]:
        """The first token and cluster of the name that starts last before `position`."""
        i = bisect_left(self.firsts, position)
        if not i:
            return None
        first = self.firsts[i - 1]
        return first, self.clusters[bisect_left(self.firsts, first)]


def _by_first(names: list[tuple[Found, Cluster]]) -> NamesByFirst:
    order = sorted(range(len(names)), key=lambda n: names[n][0].first)
    return NamesByFirst([names[n][0].first for n in order], [names[n][1] for n in order])


def attach(analysis: Analysis, clusters: list[Cluster]) -> Index:
    """Put on each person the roles written beside its names; return the index the next rules use."""
    index = Index(analysis, clusters)
    owned: dict[int, set[str]] = {}  # id(cluster) → role nouns whose holder is someone of theirs
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for f in cluster.names:
            if f.nested:
                office = _office_inside(index, f)
                if office is not None:
                    cluster.roles.append(make_role(index, office))
                continue
            phrases = _phrases_beside(index, f)
            owner = _owner_before(index, f)
            if owner is not None and phrases and phrases[0].last == owner.first:
                owned.setdefault(id(index.cluster(owner)), set()).add(analysis.lemma(phrases[0].head))
            roles = [make_role(index, phrase) for phrase in phrases]
            plural = phrases and analysis.tokens[phrases[0].head].feats.get("Number") == "Plur"
            row = _people_in_a_row(index, f) if plural and phrases[0].last == f.first else []
            if row:  # `Адвокаты Марк Фейгин и Николай Полозов`: each of them
                shared = _shared_by_row(index, phrases[0], roles[0][0], len(row) + 1)
                roles[0] = shared[0]
                for other, role in zip(row, shared[1:]):
                    index.cluster(other).roles.append(role)
            cluster.roles.extend(roles)
    for cluster in clusters:  # `Адвокат Севастиди сообщил`, where `адвокат Севастиди Иван Павлов` tells whose
        if id(cluster) in owned:
            cluster.roles = [(role, org) for role, org in cluster.roles
                             if not owned[id(cluster)] & set(morph.fold(role.title).split())]
    _heads_of_bodies(index)
    _heads_by_verb(index)
    return index


def _office_inside(index: Index, name: Found) -> Optional[Phrase]:
    """`администрации президента Обамы`: the office written before a person's name inside the name of
    the body that serves them is the person's role."""
    analysis = index.analysis
    outer = index.at.get(name.first)
    head = name.first - 1
    if outer is None or outer.type != "ORG" or head <= outer.first or not is_person_noun(analysis, head):
        return None
    return _organisation_in(index, Phrase(head, name.first, head))


def _heads_of_bodies(index: Index) -> None:
    """`Народной партии, возглавляемой Беназир Бхутто`: the person named after a passive participle of
    heading that agrees with a body's name heads that body (not `делегация МИД, возглавляемая ...`)."""
    tokens = index.analysis.tokens
    for cluster in index.clusters:
        if cluster.type != "ORG":
            continue
        for f in cluster.names:
            i = f.last + (f.last < len(tokens) and tokens[f.last].text == ",")
            head = index.at.get(i + 1)
            if f.nested or i + 1 >= len(tokens) or head is None or head.type != "PER" or head.first != i + 1 \
                    or not _heading(index.analysis, i, f):
                continue
            role = Role("глава", short_name(cluster), tokens[i].start, tokens[i].end)
            index.cluster(head).roles.append((role, cluster))


def _heads_by_verb(index: Index) -> None:
    """`Иван Петров возглавляет компанию «Сигма»`, `Компанией руководит Иван Петров`: the subject of a
    finite verb of heading heads the body that is its object; `который` as the subject stands for the
    name the clause is on (`Иван Петров, который возглавляет компанию`)."""
    analysis = index.analysis
    for i, token in enumerate(analysis.tokens):
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or analysis.lemma(i) not in HEADING_WORDS:
            continue
        holder = body = None
        for c in analysis.children[i]:
            rel = analysis.tokens[c].rel
            if rel == "nsubj" and token.rel.startswith("acl:relcl") and analysis.lemma(c) in RELATIVE_PRONOUNS:
                c = token.head
            found = index.at.get(c)
            if found is None:
                continue
            if rel == "nsubj" and found.type == "PER":
                holder = found
            elif rel in ("obj", "obl") and found.type == "ORG" \
                    and analysis.tokens[c].feats.get("Case") in ("Acc", "Ins"):
                body = found
        if holder is not None and body is not None:
            cluster = index.cluster(body)
            start, end = analysis.tokens[body.first].start, analysis.tokens[body.last - 1].end
            role = Role("глава", short_name(cluster), min(start, token.start), max(end, token.end))
            index.cluster(holder).roles.append((role, cluster))


def _heading(analysis: Analysis, i: int, body: Found) -> bool:
    """Whether token i is a passive participle of heading (`возглавляемой`) agreeing with the body's noun."""
    token = analysis.tokens[i]
    noun = next((k for k in range(body.first, body.last) if analysis.tokens[k].pos in ("NOUN", "PROPN")), body.first)
    agrees = all(token.feats.get(f) == analysis.tokens[noun].feats.get(f) for f in ("Case", "Number"))
    return token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Pass" \
        and analysis.lemma(i) in HEADING_WORDS and agrees


def _phrases_beside(index: Index, name: Found) -> list[Phrase]:
    analysis = index.analysis
    found: list[Phrase] = []
    owner = _owner_before(index, name)
    if _owner_before(index, index.at.get(name.last)) is name:  # the role before is the next person's
        before = _owners_office(index, name)
    else:
        before = phrase_ending_at(index, (owner or name).first, name) or _opening_apposition(index, name)
    while before is not None and len(found) < 4:
        # roles in a row: `Глава российской делегации – замглавы МИД РФ Сергей Рябков`,
        # `лидер Меджлиса, народный депутат Украины`, `представитель вооружённых сил полковник`
        found.append(before)
        governor = analysis.tokens[before.head].head
        if governor >= 0 and is_person_noun(analysis, governor) and _apposition_of_name(index, governor):
            break  # `Юсуф Пуштун, помощник губернатора Гуль Аги`: the words before are Пуштун's role
        joint = before.first - 1
        if joint >= 0 and analysis.tokens[joint].text == "и" and _plural_subject(analysis, joint - 1, name.last):
            break  # `Президент и первая леди Мишель Обама задержались`: two people
        if joint >= 0 and analysis.tokens[joint].text in JOINTS:
            before = phrase_ending_at(index, joint, name)
        else:
            before = phrase_ending_at(index, before.first, name)
    bracketed = _organisation_in_brackets(index, name)
    if found and found[0].org is None and found[0].org_word is None and bracketed is not None:
        found[0].org = bracketed  # `архиепископ Лонгин (РПЦ МП)`
    after = _phrase_after(index, name, name.last)
    while after is not None and len(found) < 8:
        # roles in a row after it: `Игорь Петров, опытный дипломат, член Совета Федерации и председатель`
        found.append(after)
        after = _phrase_after(index, name, _modifiers_end(index.analysis, after), JOINTS)
    _share_organisations(index, found)
    found += phrases_of_verbs(index, name)
    fellows = _fellows_phrase(index, name)
    if fellows is not None:
        found.append(fellows)
    return found


def _fellows_phrase(index: Index, name: Found) -> Optional[Phrase]:
    """The people a name is one of, said after it and the names in a row with it: `Маккейн и другие сенаторы`,
    `Алпарслан Челик и еще 14 подозреваемых`, `Клайв Оуэн, Эван Макгрегор и другие актеры`, `с Обамой и другими
    лидерами`: `другой` or `ещё` with a number before a noun for people makes each of them one."""
    analysis = index.analysis
    tokens = analysis.tokens
    i = name.last
    while i + 1 < len(tokens) and tokens[i].text == "," and (after := index.at.get(i + 1)) is not None \
            and after.type == "PER" and after.first == i + 1:
        i = after.last
    if i + 2 >= len(tokens) or tokens[i].text != "и":
        return None
    first = i + 1
    if analysis.lemma(first) in MORE and tokens[first + 1].pos == "NUM":
        first += 2
    elif analysis.lemma(first) in OTHERS:
        first += 1
    else:
        return None
    head = first
    while head < len(tokens) and tokens[head].pos == "ADJ" and index.at.get(head) is None:
        head += 1
    if head >= len(tokens) or index.at.get(head) is not None or not is_person_noun(analysis, head) \
            or tokens[head].sentence != tokens[name.first].sentence or analysis.lemma(head) in COUNTRY_BY_DEMONYM \
            or head == first and analysis.lemma(head) in PLAIN_PERSON_NOUNS:
        return None  # `Саакашвили и другим грузинам`, `Ходорковского и других лиц`: no role
    last = _phrase_end(index, head)
    return _organisation_in(index, Phrase(first, last, head)) if last is not None else None


def _owners_office(index: Index, name: Found) -> Optional[Phrase]:
    """`помощник главы МИД Сергея Лаврова Андрей Орлов`: the next person's role noun governs a role noun
    in the genitive, and that one is the office of the name it stands beside (`главы МИД` is Лаврова's);
    `адвокат Севастиди Иван Павлов` has none."""
    analysis = index.analysis
    phrase = phrase_ending_at(index, name.first, name)
    if phrase is None:
        return None
    head = analysis.tokens[phrase.head]
    governed = head.feats.get("Case") == "Gen" and 0 <= head.head < phrase.first \
        and is_person_noun(analysis, head.head)
    return phrase if governed else None


def _opening_apposition(index: Index, name: Found) -> Optional[Phrase]:
    """`Бывший спикер палаты представителей, Нэнси Пелоси, заявила`: a role phrase that opens the
    sentence, set off by a comma before a name that a comma closes, names that person; not a list
    of people (`Министр, Иванов, Петров`)."""
    tokens = index.analysis.tokens
    comma = name.first - 1
    if comma < 1 or tokens[comma].text != "," or name.last + 1 >= len(tokens) \
            or tokens[name.last].text != "," or index.at.get(name.last + 1) is not None:
        return None
    phrase = phrase_ending_at(index, comma, name)
    if phrase is None or phrase.first != index.analysis.sentences[tokens[comma].sentence].first:
        return None
    return phrase


def _share_organisations(index: Index, found: list[Phrase]) -> None:
    """`управляющий директор и совладелец агентства Kollektiv`: two roles joined by `и`, the organisation
    written once after the second, are both held there; not a role with a complement of its own
    (`министр финансов и председатель ЦСР`), a former one beside a present one, a nationality
    (`российский магнат и владелец холдинга`), nor a place (`журналистка и эксперт по Чечне`)."""
    analysis = index.analysis
    ordered = sorted(found, key=lambda p: p.first)
    for first, second in zip(ordered, ordered[1:]):
        if first.org is None and first.org_word is None and second.org is not None and second.org.type == "ORG" \
                and second.first == first.last + 1 and analysis.tokens[first.last].text == "и" \
                and all(analysis.tokens[i].feats.get("Case") == analysis.tokens[first.head].feats.get("Case")
                        for i in range(first.head, first.last)) and not any(
                    analysis.tokens[i].pos == "ADJ" and (analysis.lemma(i) in FORMER_WORDS
                                                         or place_of_adjective(analysis.lemma(i)) is not None)
                    for i in [*range(first.first, first.head), *range(second.first, second.head)]):
            first.org = second.org


def _owner_before(index: Index, name: Optional[Found]) -> Optional[Found]:
    """`адвокат Севастиди Иван Павлов`, `жена Петрова Анна`: another person's name right before this one,
    in the genitive or with no case ending, owns the role before it, which is this person's."""
    if name is None or name.type != "PER" or name.first == 0:
        return None
    analysis = index.analysis
    owner = index.at.get(name.first - 1)
    if owner is None or owner.type != "PER" or index.cluster(owner) is index.cluster(name):
        return None
    word = analysis.tokens[owner.last - 1]
    return owner if word.feats.get("Case") == "Gen" or morph.has_grammeme(word.text, "Fixd") else None


def _organisation_in_brackets(index: Index, name: Found) -> Optional[Found]:
    """The organisation in brackets right after a name (`Иван Петров (ЛДПР)`), or after `из`, where
    one works (`профессор Джон Смит из Гарвардского университета`)."""
    tokens = index.analysis.tokens
    inside = index.at.get(name.last + 1)
    if name.last + 1 >= len(tokens) or inside is None or inside.type != "ORG" or inside.first != name.last + 1:
        return None
    if tokens[name.last].text == "(" and inside.last < len(tokens) and tokens[inside.last].text == ")" \
            or tokens[name.last].text == FROM:
        return inside
    return None


def _plural_subject(analysis: Analysis, first: int, last: int) -> bool:
    """Whether tokens [first, last) hold the subject of a plural verb."""
    sentence = analysis.sentences[analysis.tokens[last - 1].sentence]
    first = max(first, sentence.first)
    return any(analysis.tokens[i].rel.startswith("nsubj") and analysis.tokens[i].head >= 0
               and analysis.tokens[analysis.tokens[i].head].feats.get("Number") == "Plur"
               for i in range(first, last))


def _compatible_case(analysis: Analysis, head: int, name: Found, plural: bool = False) -> bool:
    """Whether a role noun can stand in apposition to a name: same case, and not plural unless `plural` (the name
    opens names in a row, `Адвокаты Марк Фейгин и Николай Полозов`)."""
    head_text = analysis.tokens[head].text
    if analysis.tokens[head].feats.get("Number") == "Plur" and not plural and not morph.has_grammeme(head_text, "Fixd"):
        return False
    name_cases = _name_cases(analysis, name.first, name.first + 1)
    unknown_name = _read_as_plural_name(analysis, name.first) and not is_person_noun(analysis, name.first - 1)
    if name_cases == {None} or _woman_read_as_man(analysis, name) or unknown_name:
        # a first name the tagger read as a foreign word with no case (`Ледли Кинг`), as a man's oblique
        # case before a woman's surname (`глава пресс-службы Яна Соболевская`: Ян's genitive), or one the
        # dictionary knows only as another name's plural, not right after a noun for a person (`руководителя
        # пресс-службы Джен Псаки`: Джена's; but `помощник губернатора Гуль Аги` is the governor)
        name_cases = _name_cases(analysis, name.first, name.last)
    head_word = analysis.tokens[head].text.lower()
    return bool(morph.cases_of(head_word) & name_cases) or morph.has_grammeme(head_word, "Fixd")


def phrase_ending_at(index: Index, end: int, name: Optional[Found]) -> Optional[Phrase]:
    """The role phrase whose last token is just before `end` (a name, or a dash before the phrase).

    Its head is the noun for a person nearest the name in the name's case (`заместителем министра
    иностранных дел Грузии Александром Налбандовым`: заместителем, not министра), or the one it
    depends on (`помощника министра Иванова`: помощника); adjectives before the head belong to it.
    A participle of holding a post heads it like a noun (`Исполняющий обязанности губернатора`); after
    `один из` the plural does (`один из лидеров движения «Талибан» мулла Барадар`).
    """
    analysis = index.analysis
    span = _phrase_tokens_before(index, end)
    plural = name is not None and bool(_people_in_a_row(index, name))
    one = _one_of(analysis, span[0] - 2) if span and span[0] >= 2 and analysis.tokens[span[0] - 1].text == "из" \
        and (name is None or _same_case(analysis, span[0] - 2, name)) else None
    heads = [i for i in span if index.at.get(i) is None
             and (is_person_noun(analysis, i) or _role_participle(analysis, i))
             and (name is None or _compatible_case(analysis, i, name, plural and _set_before(analysis, i, name))
                  and not _complement_of_person(index, i, span, name)
                  or one is not None and i == _first_noun(analysis, span)
                  and analysis.tokens[i].feats.get("Case") == "Gen")]
    if not heads:
        return None
    head = heads[-1]
    last = span[-1]
    if name is not None and _apposition_of_name(index, head) and _genitive_owner(index, last, name):
        return Phrase(_adjectives_start(analysis, index, last, span), end, last)  # `Юсуф Пуштун, помощник
        # губернатора Гуль Аги`: the aide is Пуштун; the name with no case ending the governor's
    while True:
        j = _adjectives_start(analysis, index, head, span) - 1
        if j in span and index.at.get(j) is None and is_person_noun(analysis, j) \
                and analysis.tokens[head].head == j and (name is None or _compatible_case(analysis, j, name)):
            head = j
            continue
        break
    return _organisation_in(index, Phrase(_adjectives_start(analysis, index, head, span), end, head))


def _shared_by_row(index: Index, phrase: Phrase, role: Role, people: int) -> list[tuple[Role, Optional[Cluster]]]:
    """The role a plural phrase gives each of the people named in a row after it: one body each where it names
    as many (`президенты России и Турции Владимир Путин и Реджеп Тайип Эрдоган`: respectively), none where it
    names several but not as many, else its own."""
    bodies = [found for i in range(phrase.head + 1, phrase.last)
              if (found := index.at.get(i)) is not None and found.first == i and found.type in ("ORG", "LOC")]
    tokens = index.analysis.tokens
    if len(bodies) <= 1 or not all(all(tokens[k].text in (",", "и") for k in range(before.last, after.first))
                                   for before, after in zip(bodies, bodies[1:])):
        return [make_role(index, phrase)] * people  # (`депутаты краевой думы от ЛДПР`: one body and a party)
    if len(bodies) != people:
        return [(replace(role, organization=None), None)] * people
    return [(replace(role, organization=short_name(index.cluster(body))), index.cluster(body)) for body in bodies]


def _set_before(analysis: Analysis, head: int, name: Found) -> bool:
    """Is a plural noun for people set before the name, read as animate, with nothing between but its own words
    and no preposition (`Адвокаты`, `министры иностранных дел`; not `голов`, read as heads, nor `нардепов в
    составе`)?"""
    own = set(analysis.subtree(head))
    return analysis.tokens[head].feats.get("Animacy") == "Anim" and all(
        k in own and analysis.tokens[k].pos != "ADP" for k in range(head + 1, name.first))


def _people_in_a_row(index: Index, name: Found) -> list[Found]:
    """The names of people joined to this one after it by `и` or commas (`Марк Фейгин и Николай Полозов`), which a
    plural role noun before the first is said of too."""
    tokens, row = index.analysis.tokens, []
    last = name.last
    while last + 1 < len(tokens) and tokens[last].text in (",", "и"):
        after = index.at.get(last + 1)
        if after is None or after.type != "PER" or after.first != last + 1:
            break
        row.append(after)
        last = after.last
    return row if not row or tokens[row[-1].first - 1].text == "и" else []


def _genitive_owner(index: Index, i: int, name: Found) -> bool:
    """Is token i a noun for a person in the genitive, right before a name that may be in the genitive
    too: the name is that person's (`помощник губернатора Гуль Аги`), not `заместитель министра Сергей
    Сидоров` (a nominative: in a list, the deputy)?"""
    analysis = index.analysis
    return i + 1 == name.first and analysis.tokens[i].feats.get("Case") == "Gen" and is_person_noun(analysis, i) \
        and "gent" in _name_cases(analysis, name.first, name.last)


def _apposition_of_name(index: Index, i: int) -> bool:
    """Does the role noun i open an apposition to a person named just before, after a comma (`Юсуф
    Пуштун, помощник губернатора Гуль Аги`: the aide is Пуштун, Гуль Аги the governor)?"""
    before = index.at.get(i - 2) if i >= 2 and index.analysis.tokens[i - 1].text == "," else None
    return before is not None and before.type == "PER" and before.last == i - 1


def _same_case(analysis: Analysis, i: int, name: Found) -> bool:
    """Is token i read in the case of a word of the name (`одной из помощниц принца Чарльза`: not his)?"""
    case = analysis.tokens[i].feats.get("Case")
    return case is not None and any(analysis.tokens[k].feats.get("Case") == case for k in range(name.first, name.last))


def _first_noun(analysis: Analysis, span: list[int]) -> Optional[int]:
    return next((i for i in span if analysis.tokens[i].pos == "NOUN"), None)


def _complement_of_person(index: Index, head: int, span: list[int], name: Found) -> bool:
    """Is the role noun, in a case the name cannot be in, the genitive complement of another noun before
    it in the phrase: of a noun for a person, however far up (`муж актрисы Сергей Сенин`, `инструктор
    школы вождения автопроизводителя Джоан Шварц`), or of any noun, the name set beside that noun (`в
    должности главы государства экс-президент США Барак Обама`)? Then the role is someone else's. Not
    in the name's case (`родственник главы МЧС Сергея Шойгу`), nor where the parser sets the name beside
    the role noun (`запись заместителя министра Италии Бенедетто Делла Ведовы`)."""
    analysis = index.analysis
    if morph.CASES.get(analysis.tokens[head].feats.get("Case", "")) in _name_cases(analysis, name.first, name.last):
        return False
    governor = analysis.tokens[head].head
    if governor in span and governor < head and analysis.tokens[governor].pos == "NOUN" \
            and index.at.get(governor) is None and not analysis.has_lemma(governor, POST_FRAMES) \
            and not analysis.dominates(head, name.first):
        return True  # but `пост директора ЦРУ Джон Бреннан` names the post the name holds
    i = head
    while analysis.tokens[i].rel.startswith("nmod"):
        governor = analysis.tokens[i].head
        if governor not in span or governor >= i or index.at.get(governor) is not None:
            return False
        if names_a_person(analysis, governor):
            return True
        i = governor
    return False


def _read_as_plural_name(analysis: Analysis, i: int) -> bool:
    """Is the word read as a first name only in the plural: a name the dictionary does not know, not the
    name of one person?"""
    readings = [p.tag for p in morph.parses(analysis.tokens[i].text) if "Name" in p.tag]
    return bool(readings) and all("plur" in tag for tag in readings)


def _woman_read_as_man(analysis: Analysis, name: Found) -> bool:
    """Is the name's first word read as a man's, its last a Russian surname only a woman bears?"""
    if name.last - name.first < 2 or analysis.tokens[name.first].feats.get("Gender") != "Masc":
        return False
    return morph.adjectival_surname_gender(analysis.tokens[name.last - 1].text) == "femn"


def _name_cases(analysis: Analysis, first: int, last: int) -> set[Optional[str]]:
    """The cases the words of a name can be in: the tagger's, any of an indeclinable word's (`Лоренцо`), and
    every case of a word the dictionary does not know, whose case the tagger can only guess (`Эво Моралес`)."""
    cases: set[Optional[str]] = set()
    for k in range(first, last):
        word = analysis.tokens[k].text
        cases.add(morph.CASES.get(analysis.tokens[k].feats.get("Case", "")))
        if morph.has_grammeme(word, "Fixd"):
            cases |= morph.cases_of(word)
        elif morph.has_grammeme(word, "UNKN"):
            cases |= set(morph.CASES.values()) - {"voct", "gen2"}
    return cases


def _phrase_tokens_before(index: Index, end: int) -> list[int]:
    """The tokens before `end` that a noun phrase can be made of, up to a verb, a comma, a person."""
    analysis = index.analysis
    sentence = analysis.tokens[end].sentence if end < len(analysis.tokens) else -1
    i = end - 1
    span: list[int] = []
    while i >= 0 and analysis.tokens[i].sentence == sentence and _phrase_word(index, i):
        span.append(i)
        i -= 1
    span.reverse()
    return span


def _phrase_word(index: Index, i: int) -> bool:
    """Whether token i can be part of a role phrase: nouns, adjectives, names of organisations and
    places, `по`/`при`, `и` between words of one case, `в`/`на`/`от` before a place or organisation
    (`посол Японии в России`), brackets or quotes around one (`(ОФДД)`, `«Газпрома»`)."""
    analysis = index.analysis
    token = analysis.tokens[i]
    inside = index.at.get(i)
    if inside is not None:
        return inside.type != "PER"
    text = token.text.lower()
    if token.feats.get("Variant") == "Short" and token.rel != "amod":
        return False  # a predicate: `Маккейн и другие сенаторы убеждены`
    if token.pos in ("NOUN", "ADJ", "PROPN", "NUM") and wordlike(text) or _role_participle(analysis, i) \
            or text.startswith(FORMER) and names_a_person(analysis, i):  # `Экс-командующий`, read as a verb
        return True
    if text in PHRASE_PREPOSITIONS or _joins_words(analysis, i) or _degree_adverb(analysis, i) \
            or _between_places(index, i):
        return True
    after = index.at.get(i + 1)
    named = after if after is not None or i + 2 >= len(analysis.tokens) or analysis.tokens[i + 1].text not in QUOTES \
        else index.at.get(i + 2)  # `от «Единой России»`
    if text in PLACE_PREPOSITIONS and named is not None and named.type != "PER" \
            or text == FROM and named is not None and named.type == "ORG":
        return True
    if text in POSTINGS and i + 1 < len(analysis.tokens) and analysis.tokens[i + 1].pos == "NOUN" \
            and analysis.tokens[i + 1].feats.get("Case") == "Loc" and analysis.tokens[i + 1].text.islower() \
            and analysis.lemma(i + 1) not in CIRCUMSTANCE_NOUNS:
        return True  # `полпреда президента в округе`, `глава делегации на переговорах`; not `в случае, если`
    if text == "(" and after is not None and after.type != "PER" \
            and after.last < len(analysis.tokens) and analysis.tokens[after.last].text == ")":
        return True
    before = index.at.get(i - 1)
    if text in QUOTES and (after is not None and after.type != "PER" and after.first == i + 1
                           or before is not None and before.type != "PER" and before.last == i):
        return True  # `генеральный директор «Газпрома» Алексей Миллер`
    return text == ")" and before is not None and before.type != "PER" and before.first > 0 \
        and analysis.tokens[before.first - 1].text == "("


OBLIQUE = ("Dat", "Ins", "Loc")
_WORK_STEM = 4  # letters compared of the first word of what a body does (`вопросам`, `вопросов`)


def _joins_words(analysis: Analysis, i: int) -> bool:
    """`и` between two adjectives, two genitives or two other oblique nouns for no person:
    `чрезвычайный и полномочный посол`, `министр связи и коммуникаций`, `директор по стратегии и развитию
    бизнеса` (not two roles: `режиссёром и сценаристом`); a comma between two such nouns of a list
    (`комитета по физической культуре, спорту, туризму и делам молодежи`)."""
    if analysis.tokens[i].text not in ("и", ",") or not 0 < i < len(analysis.tokens) - 1:
        return False
    left, right = analysis.tokens[i - 1], analysis.tokens[i + 1]
    if left.pos == right.pos == "ADJ" and analysis.tokens[i].text == "и":
        return True
    if left.pos != "NOUN" or right.pos != "NOUN" or left.feats.get("Case") != right.feats.get("Case"):
        return False
    if analysis.tokens[i].text == ",":
        return left.feats.get("Case") in ("Gen", *OBLIQUE) and not is_person_noun(analysis, i - 1) \
            and not is_person_noun(analysis, i + 1)
    return left.feats.get("Case") == "Gen" or left.feats.get("Case") in OBLIQUE \
        and not is_person_noun(analysis, i - 1) and not is_person_noun(analysis, i + 1)


def _between_places(index: Index, i: int) -> bool:
    """A comma or `и` in a list of places: `директор по развитию бизнеса Philips в России, на Украине и
    в Белоруссии Елена Сябренко`."""
    tokens = index.analysis.tokens
    if tokens[i].text not in (",", "и") or i + 2 >= len(tokens):
        return False
    before = index.at.get(i - 1)
    after = index.at.get(i + 2 if tokens[i + 1].text.lower() in PLACE_PREPOSITIONS else i + 1)
    return before is not None and after is not None and before.type == after.type == "LOC"


def _degree_adverb(analysis: Analysis, i: int) -> bool:
    """An adverb that grades the adjective after it: `лидер крайне правого Национального фронта`."""
    token = analysis.tokens[i]
    return token.pos == "ADV" and token.rel == "advmod" and token.head == i + 1 \
        and analysis.tokens[i + 1].pos == "ADJ" and analysis.tokens[i + 1].text.isalpha()


def _adjectives_start(analysis: Analysis, index: Index, head: int, span: list[int]) -> int:
    """Where the adjectives before the head start: not at a predicate's adjective the parser hung elsewhere, in
    another case (`признала виновными сотрудников PwC`)."""
    first, case = head, analysis.tokens[head].feats.get("Case")
    own = set(analysis.subtree(head))
    while first - 1 in span and index.at.get(first - 1) is None and \
            (analysis.tokens[first - 1].pos == "ADJ" or _joins_words(analysis, first - 1)) \
            and (first - 1 in own or analysis.tokens[first - 1].feats.get("Case", case) == case
                 or analysis.tokens[first - 1].text.endswith("-")):  # `вице- президента`, a prefix set apart
        first -= 1
    return first


def _phrase_after(index: Index, name: Found, i: int, joints: set[str] = AFTER_NAME) -> Optional[Phrase]:
    """A role set after the name (token i ends it, or the role before, joined by one of `joints`):
    `Борис Стомахин, редактор ежемесячной газеты «Радикальная политика», был арестован`;
    `Светлана Яковлева - директор Global Cultural Project`; `Йоахим Лёв (второй тренер)`; with nothing
    between, where the two make up a sentence (a signature: `Кирсан Илюмжинов Президент ФИДЕ`). An alias
    in brackets before it is stepped over."""
    analysis = index.analysis
    if i == name.last and i + 2 < len(analysis.tokens) and analysis.tokens[i].text == "(" and i + 1 in index.at \
            and index.at[i + 1].type == "PER" and index.at[i + 1].last < len(analysis.tokens) \
            and analysis.tokens[index.at[i + 1].last].text == ")":
        i = index.at[i + 1].last + 1  # Скотт Хоровитц (Scott Horowitz), бывший астронавт
    sentence = analysis.sentences[analysis.tokens[name.first].sentence]
    caption = i == name.last and name.first == sentence.first  # `Кирсан Илюмжинов Президент ФИДЕ`
    if i >= len(analysis.tokens) or analysis.tokens[i].sentence != analysis.tokens[name.first].sentence \
            or analysis.tokens[i].text not in joints and not caption:
        return None
    first = i + 1 if analysis.tokens[i].text in joints else i
    one = _one_of(analysis, first)  # `Эдуард Мишлен, одному из президентов группы компаний`
    if one is not None:
        first += 2
    head = first
    while head < len(analysis.tokens) and analysis.tokens[head].pos == "ADJ" \
            and index.at.get(head) is None:
        head += 1
    if head >= len(analysis.tokens) or index.at.get(head) is not None \
            or not (is_person_noun(analysis, head) or _role_participle(analysis, head)) \
            or analysis.tokens[head].sentence != analysis.tokens[name.first].sentence:
        return None
    if not (_compatible_case(analysis, head, name) if one is None else _compatible_case(analysis, one, name)
            and analysis.tokens[head].feats.get("Case") == "Gen") or _opens_clause(analysis, head, name):
        return None
    last = _phrase_end(index, head, after=name)
    if last is None or first == i and not all(analysis.tokens[k].pos == "PUNCT" for k in range(last, sentence.last)):
        return None  # a name and a role with nothing between are a caption only on a line of their own
    return _organisation_in(index, Phrase(first, last, head))


def _opens_clause(analysis: Analysis, head: int, name: Found) -> bool:
    """Is the role noun after the comma the subject of a clause of its own, the name not a subject
    (`Как и Чавес, президент Боливии отверг ...`: the president is someone else)?"""
    if not analysis.tokens[head].rel.startswith("nsubj"):
        return False
    root = next((k for k in range(name.first, name.last)
                 if not name.first <= analysis.tokens[k].head < name.last), name.first)
    return not analysis.tokens[root].rel.startswith(("nsubj", "appos", "conj"))


def _one_of(analysis: Analysis, i: int) -> Optional[int]:
    """Token i if it opens `один из` (one of the people the genitive after it names), else None."""
    if i + 1 < len(analysis.tokens) and analysis.lemma(i) == "один" and analysis.tokens[i + 1].text == "из":
        return i
    return None


def _modifiers_end(analysis: Analysis, phrase: Phrase) -> int:
    """Where the prepositional groups after a role phrase end (`борец с коррупцией в России`): each a
    preposition, then adjectives and nouns in an oblique case."""
    tokens = analysis.tokens
    i = phrase.last
    while i + 1 < len(tokens) and tokens[i].pos == "ADP" and tokens[i].sentence == tokens[phrase.head].sentence:
        j = i + 1
        while j < len(tokens) and tokens[j].pos in ("ADJ", "NOUN", "PROPN") and tokens[j].feats.get("Case") != "Nom":
            j += 1
        if j == i + 1:
            break
        i = j
    return i


_ROLE_PARTICIPLE_FIRSTS = frozenset(entry.split()[0] for entry in ROLE_PARTICIPLES)  # the cheap test first


def _role_participle(analysis: Analysis, i: int) -> bool:
    """`управляющий компанией`, `исполняющий обязанности представителя`: a participle of holding a post."""
    if analysis.tokens[i].pos not in ("VERB", "ADJ", "NOUN"):
        return False
    if analysis.tokens[i].feats.get("Voice") == "Pass":
        return False  # `партии, возглавляемой Бхутто`: what is headed, not who heads it
    if not analysis.has_lemma(i, _ROLE_PARTICIPLE_FIRSTS):
        return False
    after = analysis.lemma(i + 1) if i + 1 < len(analysis.tokens) else ""
    return analysis.lemma(i) in ROLE_PARTICIPLES or f"{analysis.lemma(i)} {after}" in ROLE_PARTICIPLES


def _phrase_end(index: Index, head: int, after: Optional[Found] = None) -> Optional[int]:
    """Where a role phrase starting at its head ends: at the first word that cannot be part of it
    (`редактор газеты «Труд», был`, `капитаном сборной Германии стал`); None if a person's name
    comes first (the words are someone else's role), unless the phrase is set after the name `after`
    and that name is its complement (`Олег Смирнов, адвокат Анны Ивановой`)."""
    analysis = index.analysis
    sentence = analysis.tokens[head].sentence
    i = head + 1
    while i < len(analysis.tokens) and analysis.tokens[i].sentence == sentence:
        inside = index.at.get(i)
        if inside is not None:
            if inside.type == "PER":
                return i if after is not None and _complement_name(index, head, inside, after) else None
            i = inside.last
            continue
        abbreviated = i == head + 1 and analysis.tokens[i].text == "." and analysis.lemma(head) in ROLE_ABBREVIATIONS
        if not abbreviated and (analysis.tokens[i].text in PHRASE_END or not _phrase_word(index, i)):
            break  # `зав. кафедрой` goes on after its full stop
        i += 1
    return i


def _complement_name(index: Index, head: int, name: Found, holder: Found) -> bool:
    """Is the person's name inside a role phrase set after `holder` its complement, not the role's
    holder: in a case the phrase's head is not in (`Олег Смирнов, адвокат Анны Ивановой`), or right
    after a genitive noun for a person other than the head, whose name it is (`Юсуф Пуштун, помощник
    губернатора Гуль Аги`, a name with no case ending; not `подруги Жанны, телеведущей Леры`, all genitive)?"""
    analysis = index.analysis
    return name.first - 1 != head and analysis.tokens[head].feats.get("Case") != "Gen" \
        and _genitive_owner(index, name.first - 1, name) \
        or not _compatible_case(analysis, head, name) and _compatible_case(analysis, head, holder)


def phrases_of_verbs(index: Index, name: Found) -> list[Phrase]:
    """Roles a verb gives its subject (`patterns/roles.toml`): `он является депутатом парламента`,
    `капитаном стал Михаель Баллак`, `назначен послом`, `согласился занять пост премьер-министра РФ`."""
    analysis = index.analysis
    subject = next((i for i in range(name.first, name.last) if analysis.tokens[i].rel.startswith("nsubj")), None)
    token = analysis.tokens[name.first]
    if subject is None and token.rel == "appos" and 0 <= token.head < name.first \
            and analysis.tokens[token.head].rel.startswith("nsubj") and names_a_person(analysis, token.head) \
            and analysis.tokens[token.head].feats.get("Case") == token.feats.get("Case"):  # not `Внук Пугачевой`
        subject = token.head  # `премьером станет глава партии Анна Смирнова`, `совладельцами стали вдова
        # бизнесмена Анна Смирнова`: the noun for a person is the subject
    subjects = [s for s in (subject, _relative_subject(analysis, name)) if s is not None]
    found: list[Phrase] = []
    posts: set[int] = set()
    for match in (match for s in subjects for match in ROLES.matches(analysis, s)):
        head = match["role"]
        post = match.tokens.get("post")
        if (post if post is not None else head) in index.at or post in posts or not is_person_noun(analysis, head):
            continue
        if post is not None:
            posts.add(post)  # the first holder of a post: `пост главы комитета`
        first = head
        while first - 1 >= 0 and analysis.tokens[first - 1].pos == "ADJ" and analysis.tokens[first - 1].head == head:
            first -= 1
        last = _phrase_end(index, head)
        if last is not None:
            found.append(_organisation_in(index, Phrase(first, last, head)))
    return found


def _relative_subject(analysis: Analysis, name: Found) -> Optional[int]:
    """`Иван Петров, который является главой компании`: the relative pronoun subject of a clause on the
    name, which stands for it."""
    for i in range(name.first, name.last):
        for clause in analysis.children[i]:
            if analysis.tokens[clause].rel.startswith("acl:relcl"):
                for c in analysis.children[clause]:
                    if analysis.tokens[c].rel.startswith("nsubj") and analysis.lemma(c) in RELATIVE_PRONOUNS:
                        return c
    return None


def _organisation_in(index: Index, phrase: Phrase) -> Phrase:
    analysis = index.analysis
    for i in range(phrase.head + 1, phrase.last):
        f = index.at.get(i)
        if f is not None and f.type in ("ORG", "LOC") and f.first == i \
                and (f.type == "ORG" or analysis.tokens[i - 1].text.lower() not in POSTINGS):
            # not `посол в США`, where the country is where he serves; but `инженер на заводе «Сигма»`
            phrase.org = f
            return phrase
        lemma = analysis.lemma(i) if analysis.tokens[i].pos == "NOUN" else ""
        if lemma in THE_COUNTRY or lemma in THE_PLACE and _local_place(index, i) is not None \
                or (lemma in ORG_HEADS and (kind := _organisation_of_kind(index, lemma, i)) is not None
                    and not _does_other_work(index, kind, i, phrase.last)):
            phrase.org_word = i  # `президент страны`, `мэр города`, `глава партии` after `партии «Яблоко»`; not a
            # body of the kind that does other work (`комитета ... по физической культуре` after `комитета Госдумы
            # по вопросам семьи`)
            return phrase
    own = _own_body(index, phrase)
    if own is not None:
        phrase.org = own
        return phrase
    if analysis.lemma(phrase.head) in STATE_OFFICES:  # российский посол; not немецкий режиссёр
        for i in range(phrase.first, phrase.head):
            if analysis.tokens[i].pos == "ADJ" and analysis.lemma(i) in COUNTRY_BY_ADJECTIVE:
                phrase.org_word = i
    if phrase.org_word is None and analysis.lemma(phrase.head) in LOCAL_OFFICES | REGIONAL_OFFICES:
        for i in range(phrase.first, phrase.head):  # екатеринбургский мэр, подмосковный губернатор
            if analysis.tokens[i].pos == "ADJ" and (place_of_adjective(analysis.lemma(i)) is not None
                                                    if analysis.lemma(phrase.head) in LOCAL_OFFICES
                                                    else PLACE_ADJECTIVES.get(analysis.lemma(i), "-") != "-"):
                phrase.org_word = i
    return phrase


def _does_other_work(index: Index, body: Cluster, kind: int, last: int) -> bool:
    """Does the role phrase say what its body does (`по физической культуре`) by other words than the body of its
    kind named before says (`комитет Госдумы по вопросам семьи`)?"""
    analysis = index.analysis
    after = next((k + 1 for k in range(kind + 1, last - 1) if analysis.tokens[k].text == "по"), None)
    words = morph.fold(body.name).split()
    named = words[words.index("по") + 1] if "по" in words[:-1] else None
    return after is not None and named is not None \
        and morph.fold(analysis.tokens[after].text)[:_WORK_STEM] != named[:_WORK_STEM]


def _own_body(index: Index, phrase: Phrase) -> Optional[Found]:
    """`Политбюро партии поддержало своего председателя Марин Ле Пен`: a role after `свой` is held in
    the organisation that is the subject of its verb."""
    analysis = index.analysis
    if phrase.first == 0 or analysis.lemma(phrase.first - 1) not in REFLEXIVE_POSSESSIVES:
        return None
    verb = analysis.tokens[phrase.head].head
    while verb >= 0 and analysis.tokens[verb].pos not in ("VERB", "AUX"):
        verb = analysis.tokens[verb].head
    subject = next((c for c in analysis.children[verb] if analysis.tokens[c].rel.startswith("nsubj")), None) \
        if verb >= 0 else None
    body = index.at.get(subject) if subject is not None else None
    return body if body is not None and body.type == "ORG" else None


def make_role(index: Index, phrase: Phrase) -> tuple[Role, Optional[Cluster]]:
    """The role of a phrase: its title in the nominative without the organisation, the organisation's
    name, and the organisation's cluster when it is named in the article."""
    analysis = index.analysis
    first, end = phrase.first, phrase.last
    if phrase.org is not None and first < phrase.org.first < end:
        end = phrase.org.first
    elif phrase.org_word is not None and phrase.org_word > phrase.head:
        end = phrase.org_word
    if phrase.org_word == first:
        first += 1  # российский посол: the country is the organisation, посол the title
    while first < phrase.head and analysis.tokens[first].text.islower() \
            and (analysis.has_lemma(first, REFERRING_ADJECTIVES) or analysis.tokens[first].pos == "CCONJ"):
        first += 1  # `сам бывший премьер`: which one the text means, no part of the title; nor the `и` of
        # `режиссера и актрисы «Гоголь-центра» Ян Гэ`
    abbreviated = analysis.lemma(phrase.head) in ROLE_ABBREVIATIONS and phrase.head + 1 < len(analysis.tokens) \
        and analysis.tokens[phrase.head + 1].text == "."  # `зав.` keeps its full stop
    while end - 1 > phrase.head + abbreviated and (
            analysis.tokens[end - 1].text.lower() in PHRASE_PREPOSITIONS | PLACE_PREPOSITIONS | {FROM}
            or analysis.tokens[end - 1].pos in ("CCONJ", "PUNCT") or _describes_after(analysis, end - 1, end)):
        end -= 1
    title = normal.phrase_name(analysis, first, end, True)  # singular: `одному из президентов` is one
    head_text = analysis.tokens[phrase.head].text
    head = analysis.tokens[phrase.head]
    if head_text.lower().startswith(FORMER) and (head.pos != "NOUN" or head.feats.get("Animacy") != "Anim"):
        # `экс-командующего`, `экс-мэре`, which the tagger reads as a verb's or a thing's: the noun after the prefix
        word = head_text[len(FORMER[0]):]
        noun = next((p for p in morph.parses(word) if p.tag.POS == "NOUN" and "anim" in p.tag), None)
        nominative = noun.inflect({"nomn", "sing"}) if noun is not None else None
        title = normal.rebuild(analysis, first, end, {
            phrase.head: head_text[:len(FORMER[0])] + (nominative.word if nominative is not None else word)})
    elif _role_participle(analysis, phrase.head) or not morph.has_grammeme(head_text.lower(), "NOUN"):
        # `управляющим компанией` → управляющий, `уполномоченного` → уполномоченный: an adjective's
        # nominative in the gender the tagger read, a man's where it read none
        feats = head.feats
        nominative = morph.nominative(head_text, morph.CASES.get(feats.get("Case", "")),
                                      morph.GENDERS.get(feats.get("Gender", ""), "masc"))
        title = normal.rebuild(analysis, first, end, {phrase.head: nominative})
    if title[:1].isupper() and not title[:2].isupper():
        title = title[0].lower() + title[1:]
    organization, cluster = _organisation_name(index, phrase)
    span_start = analysis.tokens[phrase.first].start
    span_end = analysis.tokens[phrase.last - 1].end
    return Role(title, organization, span_start, span_end), cluster


def _describes_after(analysis: Analysis, i: int, end: int) -> bool:
    """An adjective or adverb that describes a word from `end` on: `лидер французского крайне правого |
    Национального фронта` is a лидер; the words describe the organisation, not the post."""
    token = analysis.tokens[i]
    return token.pos in ("ADJ", "ADV") and token.head >= end


def _organisation_name(index: Index, phrase: Phrase) -> tuple[Optional[str], Optional[Cluster]]:
    analysis = index.analysis
    if phrase.org is not None:
        named = index.cluster(phrase.org)
        return short_name(named), named
    if phrase.org_word is None:
        return None, None
    lemma = analysis.lemma(phrase.org_word)
    if lemma in ORG_HEADS and lemma not in THE_COUNTRY:
        cluster = _organisation_of_kind(index, lemma, phrase.first)
        return (short_name(cluster), cluster) if cluster is not None else (None, None)
    if lemma in COUNTRY_BY_ADJECTIVE:
        country = COUNTRY_BY_ADJECTIVE[lemma]
        return country.name, own_place(index, country)
    if lemma in THE_PLACE:
        local = _local_place(index, phrase.org_word)
        return (local.name, local) if local is not None else (None, None)
    served = place_of_adjective(lemma) if analysis.tokens[phrase.org_word].pos == "ADJ" else None
    if served is not None:  # `екатеринбургский мэр`: the place, and its cluster when the article names it
        return served, next((c for c in index.clusters if c.type == "LOC" and c.name == served), None)
    place = context_country(index, phrase.org_word)  # `президент страны`
    return (place.country.name, place) if place is not None and place.country is not None else (None, None)


def implicit_countries(index: Index) -> None:
    """A head of state or government with no country written (`Премьер-министр Михаил Фрадков`), or
    one in an office only a country has (`министр по делам разведки`, `сенатор`), serves the country
    another of their roles names (`президентом Украины`, `глава российского правительства`), else the
    country named last before the role, as with `президент страны`; never a country they arrive in
    (`Сенатор Джон Керри прибыл в Пакистан`)."""
    for cluster in index.clusters:
        if cluster.type != "PER":
            continue
        served = [org for _, org in cluster.roles if org is not None and org.country is not None]
        own = next((org.country for org in served if org.type == "LOC"), None) \
            or next((org.country for org in served), None)  # a place's, else a state body's
        for n, (role, _) in enumerate(cluster.roles):
            words = role.title.split()
            if role.organization is None and (words[-1] in HEADS_OF_STATE or NATIONAL_OFFICES & set(words)):
                place = own_place(index, own) if own else context_country(index, index.analysis.token_index(role.start))
                if place is not None and place.country is not None and not _arrives_in(index, cluster, place):
                    cluster.roles[n] = (Role(role.title, place.country.name, role.start, role.end), place)


def _arrives_in(index: Index, person: Cluster, place: Cluster) -> bool:
    """Whether a name of the person is the subject of a verb of arriving whose place is the given one:
    a visit abroad, not the country the person serves."""
    analysis, tokens = index.analysis, index.analysis.tokens
    subjects = {normal.subject_token(analysis, i) for f in person.names for i in range(f.first, f.last)}
    verbs = {tokens[i].head for i in subjects if i is not None}
    return any(tokens[i].head in verbs and tokens[i].rel.startswith("obl")
               and analysis.has_lemma(tokens[i].head, ARRIVAL_VERBS)
               for f in place.names for i in range(f.first, f.last))


def own_place(index: Index, country) -> Optional[Cluster]:
    return index.places.get(id(country))


def context_country(index: Index, position: Optional[int], sentences: int = 2) -> Optional[Cluster]:
    """The country named last before a token, in its sentence or the two before; else the one the
    article names most, when it names it at least twice as often as any other."""
    analysis = index.analysis
    if position is not None:
        latest = index.country_names.last_before(position)
        if latest is not None and analysis.tokens[position].sentence - analysis.tokens[latest[0]].sentence <= sentences:
            return latest[1]
    return index.most_named_country


def _local_place(index: Index, position: int, sentences: int = 2) -> Optional[Cluster]:
    """The city or region named last before a token (`мэр города` after `в Москве`), in its sentence
    or the two before."""
    latest = index.local_names.last_before(position)
    tokens = index.analysis.tokens
    if latest is None or tokens[position].sentence - tokens[latest[0]].sentence > sentences:
        return None
    return latest[1]


def _organisation_of_kind(index: Index, kind: str, before: int) -> Optional[Cluster]:
    """The organisation of that kind named last before a token: `глава партии` after `партии «Яблоко»`."""
    latest = index.organisation_names(kind).last_before(before)
    return latest[1] if latest is not None else None


def _named_with_its_country(cluster: Cluster) -> bool:
    """Does the organisation's name open with its country's adjective written with a capital, as a
    part of a name of more words (`Белорусская железная дорога`; not `Французское правительство`,
    `Украинский МИД` opening a sentence)?"""
    words = cluster.name.split()
    return cluster.country is not None and len(words) > 2 and words[0][:1].isupper() \
        and COUNTRY_BY_ADJECTIVE.get(morph.content_lemma(words[0]) or "") is cluster.country


def short_name(cluster: Cluster) -> str:
    """An organisation by its shortest name with its country (`МИД России`), but one whose name opens with
    its country's adjective as a part of it by that name (`Российский институт культурологии`); a place by
    its name."""
    if cluster.type == "ORG" and _named_with_its_country(cluster) and not _known_names(cluster):
        return cluster.name
    return identity_name(cluster)


def identity_name(cluster: Cluster) -> str:
    """An organisation by its shortest name with its country, however the article writes it (`МИД России`
    for `российского МИД`, `институт культурологии России` for `Российский институт культурологии`), a
    body the lexicon knows by its short name there (`ЕС` for `Евросоюз`): the same in every article; a
    place by its name."""
    if cluster.type == "LOC":
        if cluster.country is not None:
            return cluster.country.name
        return cluster.name
    known = _known_names(cluster)
    cores = cluster.cores - cluster.spelled or cluster.cores  # `Олимпийский комитет России`, not `ОКР России`
    core = known[0] if known else min(cores, key=lambda c: (len(c.split()), len(c), c))  # the same every run
    return f"{core} {cluster.country.genitive}" if cluster.country else core


def _known_names(cluster: Cluster) -> list[str]:
    return sorted({ORGANISATION_NAMES[f] for c in cluster.cores if (f := fold(c)) in ORGANISATION_NAMES})
