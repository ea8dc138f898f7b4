"""Who `она`, `дипломат`, `представитель российского МИД` and `Москва` stand for.

Pronouns and role nouns are resolved to the most salient person before them that agrees: gender and
number from the pronoun and from the verb it is subject of (`сказала` is feminine), the role noun
matched against the roles already read (`министр`, `представитель российского МИД`). Salience is
recency, with subjects first: news keeps its speaker as the subject of consecutive sentences.
A capital used as an actor (`Москва требует`, `заявления Вашингтона`) stands for its country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import Mention, Role
from .. import morph
from ..analysis import Analysis
from .lexicon import (AGENT_NOUNS, BODY_HYPERNYMS, COUNTRY_BY_ADJECTIVE, COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM,
                      FORMER_WORDS, FRAME_NOUNS, HEADS_OF_STATE, INITIALISM_HEADS, MEMBER_BODIES, MEMBER_GROUPS,
                      MEMBER_POSTS, MINISTER_TITLES, NOT_ANAPHORIC, OFFICE_BODIES_OF_TITLES, OFFICE_PARAPHRASES,
                      ORG_HEADS, PERSONAL_PRONOUNS, POSSESSIVE_GENDERS, POST_FRAMES, POST_RANKS, PRONOUN_GENDERS,
                      RANK_CLASSES, SPECIFIC_OFFICES, SPEECH_VERBS, STANCE_NOUNS, STATE_OFFICES, THE_COUNTRY,
                      THE_PLACE, TITLE_SHORT_FORMS, TRADE_NAMES, TRIAL_SIDES, UNKNOWN_DOERS, Country)
from .merge import Cluster, places_by_country, subject_gender
from .mentions import Found
from .nouns import is_institution_noun, is_person_noun
from .roles import Index, make_role, phrase_ending_at, phrases_of_verbs

SENTENCE_WINDOW = 3  # how many sentences back an antecedent may be, unless a role noun names its role
CORE = {"nsubj", "nsubj:pass", "obj"}  # a noun there can take a pronoun from a person
SUBJECTS = {"nsubj", "nsubj:pass"}  # a noun there can take a possessive from a person
SUBJECT_WORDS = {"flat", "flat:name", "appos", "conj", "amod", "det"}  # the words of a subject that are its own
QUOTE_MARKS = {'"', "'", "«", "»", "“", "”", "„"}
BODY_HEADS = ("глава", "руководитель")  # nouns of one who heads a body, whatever it is (`глава Минфина`)
_STEM = 4  # letters of a body's noun looked for in a post's words (`семья`, `семьи`)
DESCRIPTOR_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod"}  # where a role noun is a mention


def governments(analysis: Analysis, clusters: list[Cluster]) -> list[Cluster]:
    """A capital acting as its government is a mention of the country: `Москва требует`,
    `предложениям Москвы`. In `в Москве`, `посетил Москву` it stays the city."""
    moved: list[tuple[Found, Cluster]] = []
    for cluster in clusters:
        if cluster.type != "LOC" or cluster.country is not None:
            continue
        country = COUNTRY_BY_CAPITAL.get(morph.fold(cluster.name))
        if country is None:
            continue
        for f in cluster.names:
            if not f.nested and _acts(analysis, f):
                moved.append((f, cluster))
    places = places_by_country(clusters)
    targets: dict[int, Cluster] = {}
    for f, capital in moved:
        country = COUNTRY_BY_CAPITAL[morph.fold(capital.name)]
        target = places.get(id(country))
        if target is None:
            target = places[id(country)] = Cluster("LOC", country=country, name=country.name)
            clusters.append(target)
        f.metonym = True
        target.names.append(f)
        targets[id(target)] = target
    gone = {id(f) for f, _ in moved}
    for capital in {id(c): c for _, c in moved}.values():
        capital.names = [n for n in capital.names if id(n) not in gone]
    for target in targets.values():  # once, not per name moved: a stable sort gives the same order
        target.names.sort(key=lambda n: n.start)
    kept = [c for c in clusters if c.names]
    kept.sort(key=lambda c: c.names[0].start)
    return kept


def _acts(analysis: Analysis, f: Found) -> bool:
    i = f.last - 1
    token = analysis.tokens[i]
    if any(analysis.tokens[c].rel == "case" for c in analysis.children[i]):
        return False
    if token.rel.startswith("nsubj"):
        return token.head >= 0 and analysis.tokens[token.head].pos == "VERB"  # not `МИНСК, 11 янв`
    return token.rel == "nmod" and token.feats.get("Case") == "Gen" and token.head >= 0 \
        and analysis.lemma(token.head) in STANCE_NOUNS


@dataclass
class Anaphor:
    first: int
    last: int
    head: int
    kind: str  # pronoun | descriptor
    gender: Optional[str]
    quoted: bool = False  # inside quotation marks: someone's own words
    known_role: bool = False  # a role noun off the subject (`министру печати`) needs a person known by it


def resolve(analysis: Analysis, clusters: list[Cluster], index: Index, text: str) -> None:
    """Link pronouns and role nouns to the person they stand for, in text order."""
    last_seen = _Recent()
    events = _name_events(index)
    anaphors = _anaphors(analysis, index)
    people = {id(c): c for c in clusters if c.type == "PER"}
    for person in people.values():
        if person.gender is None and any(_feminine_noun(role.title) for role, _ in person.roles):
            person.genders = {"femn"}  # `израильтянка Наама Иссахар`: not the `министр` who `заявил`
    e = 0
    for anaphor in anaphors:
        while e < len(events) and events[e][0] < anaphor.first:
            _, named, seen = events[e]
            last_seen.see(id(named), seen)
            e += 1
        cluster = _antecedent(analysis, index, anaphor, last_seen, people)
        if cluster is None:
            continue
        start, end = analysis.tokens[anaphor.first].start, analysis.tokens[anaphor.last - 1].end
        cluster.others.append(Mention.of(text, start, end, kind=anaphor.kind))
        if anaphor.gender and not cluster.genders:
            cluster.genders.add(anaphor.gender)
        sentence = analysis.tokens[anaphor.head].sentence
        # off the subject, or past the pronouns' window, a role noun repeats a role the person is known by
        repeats = anaphor.known_role or sentence - last_seen.seen[id(cluster)].sentence > SENTENCE_WINDOW
        last_seen.see(id(cluster), _seen(analysis, anaphor.last - 1, range(anaphor.head, anaphor.head + 1)))
        if anaphor.kind == "descriptor":
            if not repeats:
                _add_descriptor_role(index, cluster, anaphor)
        else:  # `он является депутатом парламента`
            pronoun = Found(anaphor.first, anaphor.last, "PER")
            cluster.roles += [make_role(index, phrase) for phrase in phrases_of_verbs(index, pronoun)]


def _add_descriptor_role(index: Index, cluster: Cluster, anaphor: Anaphor) -> None:
    """A role noun resolved to a person tells a role, unless it repeats one already known
    (`Представитель российского МИД` after `официальный представитель МИД РФ`)."""
    phrase = phrase_ending_at(index, anaphor.last, None)
    if phrase is None or phrase.head != anaphor.head:
        return
    role, org = make_role(index, phrase)
    paraphrased = paraphrased_titles(index.analysis, anaphor.head, anaphor.last)
    if phrase.org is None and any(holds_title(known.title, paraphrased) for known, _ in cluster.roles):
        return  # `глава государства` says again that the president is one
    head = role.title.split()[-1:]
    if not any(org is known_org and head == known.title.split()[-1:] for known, known_org in cluster.roles):
        cluster.roles.append((role, org))


@dataclass
class Seen:
    """Where a person was last mentioned: the token, its sentence, how much it was the subject
    (2 of the main clause, 1 of another, 0 not), whether of a verb of speech, and whether in quotation marks."""
    position: int
    sentence: int
    subject: int
    spoke: bool
    quoted: bool


class _Recent:
    """Where each person was last mentioned. The people come in the order they were first seen,
    which breaks ties as a scan of all did."""

    def __init__(self) -> None:
        self.seen: dict[int, Seen] = {}  # id(cluster) → where it was last mentioned, if recently
        self.unquoted: dict[int, Seen] = {}  # id(cluster) → where it was last mentioned outside quotation marks
        self._first: dict[int, int] = {}  # id(cluster) → when it was first seen

    def see(self, key: int, seen: Seen) -> None:
        self._first.setdefault(key, len(self._first))
        self.seen[key] = seen
        if not seen.quoted:
            self.unquoted[key] = seen

    def all(self) -> list[tuple[int, Seen]]:
        return sorted(self.seen.items(), key=lambda item: self._first[item[0]])


def _seen(analysis: Analysis, position: int, tokens: range) -> Seen:
    """Where a mention made of `tokens` leaves its person: its last token `position`, how much a subject."""
    clause_tokens = [_clause_token(analysis, i) for i in tokens]
    subject = max((2 if analysis.tokens[k].head >= 0 and analysis.tokens[analysis.tokens[k].head].head < 0 else 1
                   for k in clause_tokens if analysis.tokens[k].rel.startswith("nsubj")), default=0)
    return Seen(position, analysis.tokens[position].sentence, subject,
                any(_speaks(analysis, k) for k in clause_tokens), analysis.quote_of[position] is not None)


def _clause_token(analysis: Analysis, i: int) -> int:
    """The token that holds a name's place in its clause: a name set beside the subject is the subject
    (`представитель ... Мария Захарова`)."""
    for _ in range(3):
        token = analysis.tokens[i]
        if token.rel not in ("appos", "flat:name", "flat") or token.head < 0:
            break
        i = token.head
    return i


def _name_events(index: Index) -> list[tuple[int, Cluster, Seen]]:
    events = []
    for cluster in index.clusters:
        if cluster.type != "PER":
            continue
        for f in cluster.names:
            events.append((f.first, cluster, _seen(index.analysis, f.first, range(f.first, f.last))))
    events.sort(key=lambda e: e[0])
    return events


def _anaphors(analysis: Analysis, index: Index) -> list[Anaphor]:
    role_tokens = {i for c in index.clusters for role, _ in c.roles
                   for i in analysis.tokens_in(role.start, role.end)}
    found = []
    for i, token in enumerate(analysis.tokens):
        if token.pos == "PRON" and analysis.lemma(i) in PERSONAL_PRONOUNS:
            gender = PRONOUN_GENDERS.get(analysis.lemma(i))
            if gender and token.feats.get("Number") != "Plur":
                found.append(Anaphor(i, i + 1, i, "pronoun", gender, analysis.quote_of[i] is not None))
        elif token.pos == "DET" and morph.fold(token.text) in POSSESSIVE_GENDERS:  # `по его словам`
            found.append(Anaphor(i, i + 1, i, "pronoun", POSSESSIVE_GENDERS[morph.fold(token.text)],
                                 analysis.quote_of[i] is not None))
        elif token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Sing" \
                and not _subject_of_plural(analysis, i) \
                and i not in index.at and i not in role_tokens and token.rel in DESCRIPTOR_RELS \
                and is_person_noun(analysis, i) and _descriptor_position(analysis, index, i):
            first, last = _descriptor_span(analysis, index, i)
            known_role = not _descriptor_role(analysis, i) or analysis.lemma(i) in UNKNOWN_DOERS \
                or officer_of_trial(analysis.lemma(i))  # (`Убийца ворвался в храм` is not the priest killed,
            # named before; `Прокурор заявил` is not the convict who just spoke)
            if _named_after(analysis, index, last) or known_role and _names_office(analysis, i):
                continue
            gender = subject_gender(analysis, i) or ("femn" if token.feats.get("Gender") == "Fem" else None)
            found.append(Anaphor(first, last, i, "descriptor", gender,  # `певица`, `спортсменка` are women
                                 known_role=known_role))
    return found


def officer_of_trial(lemma: str) -> bool:
    """Is the role noun one of the officers of a trial (`судья`, `прокурор`, `адвокат`, `следователь`;
    trial_sides.tsv), someone new to a story of a case unless a person was described by it before? Not the
    sides that are its subject (`подсудимый`, `истец`): a person named before is often one. Not `защитник`,
    as often a player."""
    return _kind(lemma, "side") in _TRIAL_OFFICERS and morph.fold(lemma) not in _OTHER_TRADES_NOUNS


def _feminine_noun(title: str) -> bool:
    """Does a role's first noun name only a woman (`израильтянка`, `певица`), as the dictionary knows it?
    Not `министр`, `судья`, which name women as well as men."""
    for word in title.lower().split():
        readings = morph.parses(word)
        if readings and all(p.tag.POS == "NOUN" for p in readings):
            return all(p.is_known and "anim" in p.tag and p.tag.gender == "femn" for p in readings)
    return False


def _subject_of_plural(analysis: Analysis, i: int) -> bool:
    """A subject whose verb is plural is no one person, whatever number the tagger read
    (`Нидерландцы проголосовали`), unless it is one of those coordinated (`Министр и его заместитель`).
    Only a verb after it in its clause counts (not an adjective, whose number the tagger often misreads):
    one the parser gave it across clauses tells nothing."""
    token = analysis.tokens[i]
    verb = analysis.tokens[token.head] if token.head > i else None
    return token.rel.startswith("nsubj") and verb is not None and verb.pos in ("VERB", "AUX") \
        and verb.feats.get("Number") == "Plur" \
        and not any(analysis.tokens[k].pos == "PUNCT" for k in range(i + 1, token.head)) \
        and not any(analysis.tokens[c].rel == "conj" for c in analysis.children[i])


def _descriptor_role(analysis: Analysis, i: int) -> bool:
    """Where a role noun stands for a speaker: the subject (`дипломат обратила внимание`), or whose
    words they are (`по словам дипломата`). Elsewhere (`вынес министру печати выговор`, `у главы
    Белоруссии`) it stands for someone only if a person already named holds that role."""
    token = analysis.tokens[i]
    if token.rel.startswith("nsubj"):
        return True
    return token.rel == "nmod" and token.head >= 0 and analysis.has_lemma(token.head, FRAME_NOUNS)


def _named_after(analysis: Analysis, index: Index, last: int) -> bool:
    """Whether a person's name follows the role noun's phrase, past quotation marks and an
    organisation's name: `лидер 'Сан-Антонио' Тим Данкан`."""
    while last < len(analysis.tokens):
        f = index.at.get(last)
        if f is not None:
            if f.type == "PER":
                return True
            last = f.last
        elif analysis.tokens[last].text in QUOTE_MARKS:
            last += 1
        else:
            return False
    return False


def _names_office(analysis: Analysis, i: int) -> bool:
    """A role noun off the subject that names the office, not its holder: a predicate (`назначить
    председателем`, `известна как певица`, `превратился в тренера`) or what a post is (`пост
    вице-президента`, `выборы губернатора`)."""
    token = analysis.tokens[i]
    cases = [analysis.lemma(c) for c in analysis.children[i] if analysis.tokens[c].rel == "case"]
    passive = token.head >= 0 and analysis.tokens[token.head].feats.get("Voice") == "Pass"
    if token.feats.get("Case") == "Ins" and not cases and not passive or "как" in cases:
        return True
    if "в" in cases and token.feats.get("Case") in ("Acc", "Nom"):
        return True
    return token.rel == "nmod" and token.head >= 0 and analysis.has_lemma(token.head, POST_FRAMES)


def _descriptor_position(analysis: Analysis, index: Index, i: int) -> bool:
    """A subject role noun that stands for someone already named: no name after it but an
    organisation's or a country's (`глава ПФР`, `президент Белоруссии`), no `один из`, no number of
    people (`Оба министра`, `Два депутата`: the singular after a numeral is many)."""
    after = analysis.tokens[i + 1] if i + 1 < len(analysis.tokens) else None
    named = index.at.get(i + 1)
    if after is not None and after.pos == "PROPN" and after.text[:1].isupper() \
            and (named is None or named.type == "PER"):
        return False
    return not any(analysis.has_lemma(c, NOT_ANAPHORIC) or analysis.tokens[c].pos == "NUM"
                   or analysis.tokens[c].rel.startswith("nummod") for c in analysis.children[i])


def _descriptor_span(analysis: Analysis, index: Index, head: int) -> tuple[int, int]:
    """The role noun with its adjectives and the genitives after it: `Представитель российского МИД`."""
    first = head
    while first - 1 >= 0 and analysis.tokens[first - 1].pos == "ADJ" \
            and analysis.tokens[first - 1].head == head:
        first -= 1
    last = head + 1
    while last < len(analysis.tokens) and analysis.tokens[last].sentence == analysis.tokens[head].sentence:
        token = analysis.tokens[last]
        f = index.at.get(last)
        if f is not None and f.type != "PER":
            last = f.last
            continue
        if token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Gen" and analysis.dominates(head, last):
            last += 1
            continue
        break
    return first, last


def _antecedent(analysis: Analysis, index: Index, anaphor: Anaphor, last_seen: _Recent,
                people: dict[int, Cluster]) -> Optional[Cluster]:
    """The person an anaphor stands for: agreeing, within three sentences (any distance for a role noun
    naming a role the person holds), the best fitting role, then the nearest sentence, then a
    subject, then the nearest mention. A pronoun with a noun of
    its gender between it and the person (`проект бюджета ... он`) is left alone unless it is the
    subject of a verb of speech (`сказала она`)."""
    sentence = analysis.tokens[anaphor.head].sentence
    speaker = _quote_speaker(analysis, index, anaphor) if anaphor.quoted else None
    speaks = _speaks(analysis, anaphor.head)
    owners = _named_in_phrase(analysis, index, anaphor.head) if anaphor.kind == "descriptor" else set()
    coargument = clause_subject(analysis, anaphor.head) if anaphor.kind == "pronoun" else set()
    candidates, agreeing = [], 0
    for key, seen in last_seen.all():
        cluster = people.get(key)
        if cluster is None or cluster is speaker or id(cluster) in owners or seen.position in coargument:
            continue
        if anaphor.gender and cluster.gender and anaphor.gender != cluster.gender:
            continue
        if anaphor.kind == "pronoun" and seen.sentence == sentence and \
                bound_by_subject(analysis, anaphor.head, seen.position):
            continue
        if anaphor.kind == "descriptor" and seen.sentence == sentence and speaks and seen.quoted \
                and not anaphor.quoted:  # `«Ковалева давила на свидетелей», - утверждает следователь`: not
            before = last_seen.unquoted.get(key)  # whom the words name, unless the one who spoke before them
            if before is None or not before.spoke:  # (`Лукашенко объяснял ... «... ни Лукашенко ...», - заявил
                continue  # президент`)
            seen = before
        agreeing += sentence - seen.sentence <= SENTENCE_WINDOW
        fit = _role_fit(analysis, index, anaphor, cluster) if anaphor.kind == "descriptor" else 0
        if fit < 0 or fit == 0 and (anaphor.known_role or owners):  # `адвокат Сайпса`: one known as such
            continue
        if sentence - seen.sentence > SENTENCE_WINDOW and not (fit and _titled(analysis, index, anaphor, cluster)):
            continue
        candidates.append((cluster, seen, fit))
    if anaphor.kind == "descriptor" and not anaphor.known_role and not any(fit > 0 for _, _, fit in candidates):
        # `Премьер-министр Израиля заявил` after the one person named in the sentence before, its subject,
        # known by no role: the head of the country is that person, unless that sentence names the
        # country or its capital (`Иван Петров прилетел в Анкару. Президент Турции заявил`: his host)
        near = [(people[key], seen) for key, seen in last_seen.all() if key in people
                and sentence - seen.sentence <= 1]
        country = _headed_country(analysis, index, anaphor) if len(near) == 1 else None
        if country is not None and not near[0][0].roles and near[0][1].subject \
                and sentence - near[0][1].sentence == 1 and near[0][0] is not speaker \
                and not (anaphor.gender and near[0][0].gender and anaphor.gender != near[0][0].gender) \
                and not _names_country(analysis, index, near[0][1].sentence, country):
            return near[0][0]
    # `Певица` after the one woman named, whatever her place in the sentence; a masculine `адвокат`,
    # `судья` is as often someone new
    alone = agreeing == 1 and analysis.tokens[anaphor.head].feats.get("Gender") == "Fem"
    best, best_rank = None, None
    for cluster, seen, fit in candidates:
        if anaphor.kind == "descriptor" and fit == 0 and \
                (anaphor.last - anaphor.first > 1 or not (seen.subject or alone) or sentence - seen.sentence > 1):
            continue  # a bare `дипломат` continues the topic; `помощник гендиректора`, `чешский голкипер`
            # may be someone new
        # `отмечал эксперт` is whoever spoke (`Шулика обратил внимание, что Путин ...`), not whom they spoke of
        spoke = seen.spoke if anaphor.kind == "descriptor" and speaks else False
        rank = (fit, -(sentence - seen.sentence), spoke, seen.subject, seen.position)
        if best_rank is None or rank > best_rank:
            best, best_rank = cluster, rank
    if best is not None and anaphor.kind == "pronoun" and not _speaks(analysis, anaphor.head) \
            and _noun_between(analysis, index, last_seen.seen[id(best)].position + 1, anaphor.first, anaphor.gender,
                              coargument):
        return None
    return best


def clause_subject(analysis: Analysis, pronoun: int) -> set[int]:
    """The words of the subject of the clause whose verb a pronoun depends on, whom it never stands for: a personal
    or possessive pronoun of the subject would be reflexive (`Путин встретил его`, `суд отклонил его жалобу`: not
    Путин, not the court; `себя`, `свою` would be). Of an infinitive, its controller (`Путин вынудил Буша осудить
    его`: not Буш, maybe Путин). Only a pronoun that is the verb's dependent or its dependent's possessor: deeper in a
    phrase it may stand for the subject (`заявил об обысках у его родственников`), as in a frame of someone's words
    (`Петров, по его словам, не знал`); and it may stand for someone the subject's phrase names (`адвокат Бахминой
    попросил освободить ее`)."""
    tokens = analysis.tokens
    argument = pronoun
    if tokens[pronoun].rel in ("det", "nmod") and tokens[pronoun].head >= 0:
        argument = tokens[pronoun].head  # `его жалобу`, `процесса по его экстрадиции`
        if analysis.has_lemma(argument, FRAME_NOUNS):
            return set()
    verb = tokens[argument].head
    if tokens[argument].rel.startswith("nsubj") or verb < 0 or not (
            tokens[verb].pos in ("VERB", "AUX")
            or any(tokens[c].rel in SUBJECTS or tokens[c].rel == "cop" for c in analysis.children[verb])):
        return set()  # the head of a clause: a verb, or a predicate with a subject or copula of its own
    while tokens[verb].feats.get("VerbForm") == "Inf" and tokens[verb].rel == "xcomp" and tokens[verb].head >= 0:
        infinitive, verb = verb, tokens[verb].head
        controller = [c for c in analysis.children[verb] if c != infinitive and tokens[c].rel in ("obj", "iobj")]
        if controller:
            return _own_words(analysis, controller)
    marks = [c for c in analysis.children[verb] if tokens[c].rel == "mark"]  # (not one the parse gave the verb from
    subject = [c for c in analysis.children[verb] if tokens[c].rel in SUBJECTS  # across its `что`)
               and not any(c < m < verb for m in marks)]
    return set() if any(pronoun in analysis.subtree(c) for c in subject) else _own_words(analysis, subject)


def _own_words(analysis: Analysis, heads: list[int]) -> set[int]:
    """The words of noun phrases that are their own (`президент России Владимир Путин`: not `России`), not the
    people their phrase names (`адвокат Бахминой`)."""
    words = list(heads)
    for k in words:
        words.extend(c for c in analysis.children[k] if analysis.tokens[c].rel in SUBJECT_WORDS)
    return set(words)


def _named_in_phrase(analysis: Analysis, index: Index, head: int) -> set[int]:
    """The people a role noun's phrase names after it in another case than the noun's: whose the role is
    (`Адвокат задержанного Ивана Петрова`) or who leads its body (`секретарь движения, возглавляемого
    Эмманюэлем Макроном`), never the one it stands for."""
    case = analysis.tokens[head].feats.get("Case")
    return {id(index.cluster_of[id(f)]) for i in analysis.subtree(head) if i > head
            and (f := index.at.get(i)) is not None and f.type == "PER"
            and analysis.tokens[i].feats.get("Case") not in (None, case)}


def _headed_country(analysis: Analysis, index: Index, anaphor: Anaphor) -> Optional[Country]:
    """The country whose head the role noun names (`Премьер-министр Израиля`, `глава России`,
    `израильский премьер`): an office one person holds at a time; None if it names none."""
    after = index.at.get(anaphor.head + 1)
    named = index.cluster(after).country if after is not None and after.type == "LOC" else None
    country = named or next((COUNTRY_BY_ADJECTIVE[analysis.lemma(i)] for i in range(anaphor.first, anaphor.head)
                             if analysis.lemma(i) in COUNTRY_BY_ADJECTIVE), None)
    lemma = analysis.lemma(anaphor.head)
    office = lemma in HEADS_OF_STATE or bool(paraphrased_titles(analysis, anaphor.head, anaphor.last)) \
        or named is not None and any(morph.fold(f"{lemma} {word}") in OFFICE_PARAPHRASES for word in THE_COUNTRY)
    return country if office else None


def _names_country(analysis: Analysis, index: Index, sentence: int, country: Country) -> bool:
    """Does the sentence name the country or its capital?"""
    span = analysis.sentences[sentence]
    places = {id(index.cluster(f)): index.cluster(f) for i in range(span.first, span.last)
              if (f := index.at.get(i)) is not None and f.type == "LOC"}
    return any(c.country is country or COUNTRY_BY_CAPITAL.get(morph.fold(c.name)) is country for c in places.values())


def bound_by_subject(analysis: Analysis, pronoun: int, i: int) -> bool:
    """Is token i inside the sentence's main clause whose subject the pronoun is, and not the subject
    of a clause of its own? A pronoun subject never stands for a name its clause holds (`Увидев
    Петрова, он ...`, `На вопрос, коснется ли амнистия Лебедева, он ответил`), but may for the subject
    of a clause inside it (`Когда Путин приехал, он ...`) or a name whose words a frame gives (`По словам
    Иванова, он не знал`). Only the main clause is read by the tree, as a parse errs more often deeper down;
    in any clause, by its words, a name before the pronoun in it (`_earlier_in_clause`)."""
    token = analysis.tokens[pronoun]
    if token.rel.startswith("nsubj") and _earlier_in_clause(analysis, pronoun, i):
        return True
    if not token.rel.startswith("nsubj") or token.head < 0 or analysis.tokens[token.head].head >= 0:
        return False
    path = []
    while i >= 0 and i != token.head:
        path.append(i)
        i = analysis.tokens[i].head
    return i >= 0 and bool(path) and not any(analysis.tokens[k].rel.startswith("nsubj")
                                             or analysis.has_lemma(k, FRAME_NOUNS) for k in path)


def _earlier_in_clause(analysis: Analysis, pronoun: int, i: int) -> bool:
    """Is token i written before the pronoun in its clause, with no comma, conjunction or verb between
    (`после того, как во время прямой линии Владимира Путина он предложил`: not Путин), and not in a frame
    (`По словам Иванова он не знал`)? Read from the words, as the parser may hang such a phrase on a
    clause above."""
    tokens = analysis.tokens
    if not i < pronoun or tokens[i].sentence != tokens[pronoun].sentence:
        return False
    head = i
    while tokens[head].rel in ("flat:name", "appos") and tokens[head].head >= 0:
        head = tokens[head].head
    owner = tokens[head].head  # `по словам Иванова`: the words are his
    return not any(tokens[k].pos in ("PUNCT", "SCONJ", "CCONJ", "VERB", "AUX") for k in range(i + 1, pronoun)) \
        and not (owner >= 0 and analysis.has_lemma(owner, FRAME_NOUNS))


def _quote_speaker(analysis: Analysis, index: Index, anaphor: Anaphor) -> Optional[Cluster]:
    """The person named as the subject of a verb of speech in the anaphor's sentence: in
    `"Я хотел бы, чтобы он начал тренировки", - считает Сатер` the `он` is not Сатер."""
    sentence = analysis.sentences[analysis.tokens[anaphor.head].sentence]
    for i in range(sentence.first, sentence.last):
        f = index.at.get(i)
        if f is not None and f.type == "PER" and _speaks(analysis, i):
            return index.cluster(f)
    return None


def _speaks(analysis: Analysis, i: int) -> bool:
    token = analysis.tokens[i]
    return token.rel.startswith("nsubj") and token.head >= 0 and analysis.has_lemma(token.head, SPEECH_VERBS)


def _noun_between(analysis: Analysis, index: Index, first: int, last: int, gender: Optional[str],
                  coargument: set[int]) -> bool:
    """Whether a singular noun of the pronoun's gender (masculine or neuter for `он`) that names no
    person lies in tokens [first, last): a subject anywhere, an object only in the pronoun's own
    sentence (`Адвокат Иван Петров подал иск. По его словам`: the lawyer's words, not the suit's); never the
    subject of the pronoun's own clause, which it cannot stand for (`суд признал его виновным`)."""
    genders = {"Fem"} if gender == "femn" else {"Masc", "Neut"}
    sentence = analysis.tokens[last].sentence
    for i in range(first, last):
        token = analysis.tokens[i]
        rels = CORE if token.sentence == sentence else SUBJECTS
        if token.pos == "NOUN" and token.feats.get("Number") == "Sing" and token.feats.get("Gender") in genders \
                and token.rel in rels and i not in index.at and i not in coargument and not is_person_noun(analysis, i):
            return True
    return False


def _role_fit(analysis: Analysis, index: Index, anaphor: Anaphor, cluster: Cluster) -> int:
    """How well a role noun fits a person's known roles: 2 same organisation, 1 same title word
    (where one of the two names no organisation) or country (`французский лидер` for the president of
    France), 0 nothing known; -1 when the role noun names an organisation or a country the person has
    no role in."""
    org = next((index.at[i] for i in range(anaphor.head + 1, anaphor.last) if i in index.at), None)
    org_cluster = index.cluster(org) if org is not None else None
    country = next((COUNTRY_BY_ADJECTIVE[analysis.lemma(i)] for i in range(anaphor.first, anaphor.head)
                    if analysis.lemma(i) in COUNTRY_BY_ADJECTIVE), None)  # `французский президент`
    if country is None and org_cluster is not None and org_cluster.type == "LOC":
        country = org_cluster.country  # `министр юстиции РФ`
    role_countries = {role_org.country for _, role_org in cluster.roles if role_org is not None} - {None} \
        | countries_of_titles([role.title for role, _ in cluster.roles])  # `российский боксёр`
    head_lemma = analysis.lemma(anaphor.head)
    paraphrased = paraphrased_titles(analysis, anaphor.head, anaphor.last)
    if paraphrased and any(holds_office(role.title, role.organization, paraphrased) for role, _ in cluster.roles):
        place = country or (org_cluster.country if org_cluster is not None else None)
        return 1 if place is None or not role_countries or place in role_countries else -1
    if head_lemma in AGENT_NOUNS and cluster.roles and all(_title_kind(role.title, "post") == "head"
                                                           for role, _ in cluster.roles):
        return -1  # `Представитель` is not one known only as a head (`гендиректор`, `глава японского МИДа`)
    fit = 0
    for role, role_org in cluster.roles:
        if org_cluster is not None and role_org is org_cluster and \
                (org_cluster.type != "LOC" or _says_title(analysis, index, anaphor, role.title)):
            if head_lemma in AGENT_NOUNS and _title_kind(role.title, "post") == "head":
                return -1  # `представитель японского МИДа` is not the head of that ministry
            return 2  # `министр энергетики России` is not the minister of finance of Russia
        if title_words(head_lemma) <= title_words(role.title) and (org_cluster is None or role_org is None) \
                and not (paraphrased and role_org is not None):
            fit = 1  # `глава правительства` is not whoever heads a commission, nor `глава государства` the head
            # of a directorate named (it names the office by what it heads, above); but `глава Минфина` may be
            # the `глава финансового ведомства`
        elif org_cluster is None and of_one_trade(role.title, head_lemma):
            fit = 1  # `журналист` for the `корреспондент` named before
    ministers = ministers_offices([role for role, _ in cluster.roles])
    if fit == 0 and org_cluster is None and head_lemma in ministers:
        fit = 1  # `министр` for the `глава Минфина` named before
    if fit == 1 and org_cluster is None and _names_an_institution(analysis, index, anaphor) and all(
            role_org is not None and role_org.type == "LOC" and role_org.country is None
            for _, role_org in cluster.roles):
        return -1  # `глава института` is not the head of Chechnya named before
    if country is not None and role_countries:
        if country not in role_countries:
            return -1  # `британский министр` is not the French one
        # `французский лидер` is the president of France; `узбекский террорист` says only where he is from;
        # `министр энергетики России` is not the minister of finance; `российский лидер`, naming the office
        # by what it heads, fits by that office alone (above), not any Russian official
        complement = _complement(analysis, index, anaphor)
        if head_lemma not in STATE_OFFICES or paraphrased or \
                complement and not any(complement <= title_words(role.title) for role, _ in cluster.roles):
            return fit
        held = {office.removeprefix("экс-") for office in _specific_offices(cluster)}
        if fit == 0 and head_lemma in SPECIFIC_OFFICES and held and head_lemma.removeprefix("экс-") not in held:
            return -1  # `Премьер-министр Испании` is not Spain's minister of finance named before (but
            # `бывший президент Уругвая` is its `экс-президент`)
        return max(fit, 1)
    if org_cluster is not None and fit == 0:
        return -1  # `представитель Белого дома` is someone of the White House, not whoever was last named
    if fit == 1 and org_cluster is None and _of_another_body(analysis, index, anaphor, cluster):
        return -1  # `представитель королевской семьи` is not the spokesman of a party named before
    if fit == 0 and (head_lemma in SPECIFIC_OFFICES and _specific_offices(cluster)
                     or holds_other_posts([role.title for role, _ in cluster.roles], head_lemma)):
        return -1  # `министр` is not the president just named, nor `прокурор` the judge
    if fit == 0 and head_lemma in SPECIFIC_OFFICES and ministers and head_lemma not in ministers:
        return -1  # `Президент` is not the head of a ministry just named (`глава МИД России Сергей Лавров`)
    return fit


def _specific_offices(cluster: Cluster) -> set[str]:
    """The offices of one post a person's titles name (`министр`, `президент`; not `глава`, `лидер`)."""
    return {word for role, _ in cluster.roles for word in title_words(role.title) if word in SPECIFIC_OFFICES}


_MINISTERS_TITLES = frozenset(MINISTER_TITLES.values())  # `министр иностранных дел`, ...


def ministers_offices(roles: list[Role]) -> set[str]:
    """The offices of one post the roles hold as heads of a ministry (`глава МИД`: `министр`)."""
    return {word for role in roles for title in _MINISTERS_TITLES
            if holds_office(role.title, role.organization, frozenset([title]))
            for word in title_words(title) if word in SPECIFIC_OFFICES}


def _of_another_body(analysis: Analysis, index: Index, anaphor: Anaphor, cluster: Cluster) -> bool:
    """Does the role noun name its body by a common noun the person's posts of that title are not in
    (`представитель датской королевской семьи` after `представитель Консервативной партии Дании`)?"""
    bodies = {analysis.lemma(i) for i in range(anaphor.head + 1, anaphor.last) if analysis.tokens[i].pos == "NOUN"
              and i not in index.at and analysis.tokens[i].feats.get("Animacy") != "Anim"}  # not `тренер шведов`
    posts = [(role.title, role.organization if org is not None and org.type == "ORG" else None)
             for role, org in cluster.roles]
    return in_other_bodies(posts, analysis.lemma(anaphor.head), bodies)


def in_other_bodies(posts: list[tuple[str, Optional[str]]], lemma: Optional[str], bodies: set[str]) -> bool:
    """Are a person's posts (title, organisation or None) of the role noun's title all in organisations
    whose names say their kind by other nouns than the ones the role phrase names its body by, and with
    titles that do not name it either (`представитель датской королевской семьи`: not the spokesman of
    `Консервативная партия Дании`; but `начальник отдела` of `дорожно-патрульная служба` is one)? Not
    where a name does not say its kind (`вице-президент банка` may be of `Глобэкс`; an initialism says it by
    the noun of its full name, `ФСБ` a `служба`: initialism_heads.tsv), nor for a noun that stands for any
    body, the country or the town (`представитель ведомства`, `президент страны`). With no role noun, posts
    of any title (`представитель прокуратуры` is not the chairman of `Совет Федерации`)."""
    bodies = {morph.fold(body)[:_STEM] for body in set(bodies) - BODY_HYPERNYMS - THE_COUNTRY - THE_PLACE}
    same = [(title, organization) for title, organization in posts
            if lemma is None or title_words(lemma) <= title_words(title)]
    kinds = [({head[:_STEM] for word in morph.fold(organization or "").split()
               if (head := word if word in ORG_HEADS else INITIALISM_HEADS.get(word))} or _title_bodies(title),
              {word[:_STEM] for word in morph.fold(title).split()}) for title, organization in same]
    if not bodies or not same or any(not kinds_of_one for kinds_of_one, _ in kinds):
        return False
    return all(not (kinds_of_one | titled) & bodies for kinds_of_one, titled in kinds)


def _title_bodies(title: str) -> set[str]:
    """The kinds of body a title tells its holder serves in, whatever organisation it names (`министр`: a
    ministry; office_bodies_of_titles.tsv), as stems."""
    return {body[:_STEM] for word in morph.fold(title).split() for office, body in OFFICE_BODIES_OF_TITLES.items()
            if word.startswith(office)}


def countries_of_titles(titles: list[str]) -> set[Country]:
    """The countries titles name by an adjective or a people's noun (`российский боксёр`: Россия; `канадец`:
    Канада; `канадский боксер` is not the Russian)."""
    return {country for title in titles for word in morph.fold(title).split()
            if (country := COUNTRY_BY_ADJECTIVE.get(lemma := morph.content_lemma(word) or word)
                or COUNTRY_BY_DEMONYM.get(lemma)) is not None}


def _names_an_institution(analysis: Analysis, index: Index, anaphor: Anaphor) -> bool:
    """Does the role noun's phrase name a body by its kind, one that is no place's own institution
    (`глава института`, `директор завода`; not `глава администрации`)?"""
    return any(i not in index.at and is_institution_noun(analysis, i) for i in range(anaphor.head + 1, anaphor.last))


def _titled(analysis: Analysis, index: Index, anaphor: Anaphor, cluster: Cluster) -> bool:
    """Whether a person's role holds every noun of the role noun's phrase, names aside: only such a
    phrase (`министр`, `министр обороны`) reaches past the sentences a pronoun may reach back, not
    `представитель прокуратуры` for a spokesman of another body."""
    return any(_says_title(analysis, index, anaphor, role.title) for role, _ in cluster.roles) \
        or bool(paraphrased_titles(analysis, anaphor.head, anaphor.last))


def _says_title(analysis: Analysis, index: Index, anaphor: Anaphor, title: str) -> bool:
    """Whether a title holds every noun of the role noun's phrase, names aside."""
    return title_words(analysis.lemma(anaphor.head)) | _complement(analysis, index, anaphor) <= title_words(title)


@lru_cache(maxsize=4096)  # asked of each known person's titles at each role noun
def title_words(title: str) -> frozenset[str]:
    """A title's folded words, a short form read as the words of its full title (`генсек ООН`:
    генеральный, секретарь, оон), so that `полпред` is the `полномочный представитель` named before; a
    compound's first part too (`режиссер-документалист` is a `режиссер`, `генерал-майор` a `генерал`; not its
    second: `вице-президент` is no `президент`)."""
    found: set[str] = set()
    for word in morph.fold(title).split():  # a title keeps its words as written: `замгенпрокурора`
        full = TITLE_SHORT_FORMS.get(word) or TITLE_SHORT_FORMS.get(morph.content_lemma(word) or word)
        found |= title_words(" ".join(full)) if full else {word}  # `замгоссекретаря`: заместитель госсекретаря,
        if not full and "-" in word.strip("-"):  # and that a государственный секретарь
            found.add(word.split("-")[0])
    return frozenset(found)


def _complement(analysis: Analysis, index: Index, anaphor: Anaphor) -> set[str]:
    """The nouns after the role noun, names aside: `энергетики` of `министр энергетики России`."""
    return {morph.fold(analysis.tokens[i].text) for i in range(anaphor.head + 1, anaphor.last)
            if analysis.tokens[i].pos == "NOUN" and i not in index.at}


def paraphrased_titles(analysis: Analysis, head: int, last: int) -> frozenset[str]:
    """The titles of the office a phrase (tokens head..last-1) names by what it heads: `глава государства`
    is a president or a king, as is `боливийский лидер`; `глава израильского правительства` a prime
    minister, `глава Минтранса`, `глава министерства транспорта` the minister of transport, `глава
    внешнеполитического ведомства` the foreign minister, and `парламентарий` a deputy or a senator."""
    nouns = [i for i in range(head + 1, last) if analysis.tokens[i].pos in ("NOUN", "PROPN")]
    common = next((i for i in nouns if analysis.tokens[i].pos == "NOUN"), None)
    national = any(analysis.tokens[i].head == head and analysis.lemma(i) in COUNTRY_BY_ADJECTIVE
                   for i in range(max(0, head - 3), head))  # `боливийский лидер`: the leader of the country
    ruled = "страна" if common is None and national else analysis.lemma(common) if common is not None else None
    heads = analysis.lemma(head) in BODY_HEADS  # not `представитель дипломатического ведомства`
    if ruled in ("ведомство", "министерство") and common is not None and heads:  # `глава внешнеполитического ведомства`
        areas = [MINISTER_TITLES[area] for i in range(head + 1, common)
                 if analysis.tokens[i].pos == "ADJ" and (area := morph.fold(analysis.lemma(i))) in MINISTER_TITLES]
        if areas:
            return frozenset(areas)
    key = analysis.lemma(head) if ruled is None else f"{analysis.lemma(head)} {ruled}"
    titles = OFFICE_PARAPHRASES.get(morph.fold(key))
    if titles is not None or not nouns or not heads:
        return titles or frozenset()
    ministry = nouns[0]  # a ministry's head: `глава Минтранса`, `глава министерства транспорта`
    lemma = morph.fold(analysis.lemma(ministry))
    if lemma == "министерство" and ministry + 1 < last and analysis.tokens[ministry + 1].pos in ("NOUN", "ADJ"):
        return frozenset({f"министр {morph.fold(analysis.tokens[ministry + 1].text)}"})
    return frozenset({MINISTER_TITLES[lemma]}) if lemma in MINISTER_TITLES else frozenset()


def holds_title(title: str, titles: frozenset[str]) -> bool:
    """Is a role's title one of these (`премьер-министр Израиля` for `премьер-министр`)?"""
    folded = morph.fold(title)
    return any(t in folded if " " in t else t in folded.split() for t in titles)


def holds_office(title: str, organization: Optional[str], titles: frozenset[str]) -> bool:
    """Does a role hold one of these offices, by its title or as the head of the ministry whose minister it is
    (`глава МИД Польши`, `бывший глава МИД Германии` for `министр иностранных дел`)?"""
    if holds_title(title, titles):
        return True
    words = [word for word in morph.fold(title).split() if word not in FORMER_WORDS][:1]
    ministry = morph.fold(organization or "").split()[:1]
    return bool(words) and words[0] in BODY_HEADS and bool(ministry) and MINISTER_TITLES.get(ministry[0]) in titles



def holds_other_posts(titles: list[str], lemma: str) -> bool:
    """Is a person known only by posts of other kinds than the role noun's (`post_ranks.tsv`), or only
    on another side of a trial (`trial_sides.tsv`): `замглавы Минэкономразвития` is not the adviser
    named before, `президент` not the press secretary, `прокурор` not the judge?"""
    return any(_of_another_kind(titles, lemma, kinds) for kinds in ("post", "side"))


def holds_post_of_kind(titles: list[str], lemma: str) -> bool:
    """Does one of the titles name a post of the role noun's kind (`глава Total` for `президент`)?"""
    kind = _kind(lemma, "post")
    return kind is not None and any(_title_kind(title, "post") == kind for title in titles)


def of_one_trade(title: str, lemma: str) -> bool:
    """Does the role noun name the trade the title does (`журналист` the `корреспондент`, `помощник` the
    `советник`): posts of a kind whose nouns name each other, unlike a head's (`министр` is no `президент`),
    or nouns of one trade (`эксперт` the `политолог`, `омбудсмен` the `уполномоченный по правам человека`), or of
    the class of the title's rank (`офицер` the `подполковник`)?"""
    kind = _kind(lemma, "post")
    if kind in _TRADES and _title_kind(title, "post") == kind:
        return True
    trade = TRADE_NAMES.get(morph.fold(lemma))
    return trade is not None and _title_trade(title) == trade or morph.fold(lemma) in _title_classes(title)


def _title_classes(title: str) -> frozenset[str]:
    """The nouns for anyone of the class of a title's rank (`старший лейтенант`: офицер, военнослужащий;
    rank_classes.tsv)."""
    return RANK_CLASSES.get(_title_noun(title, "rank") or "", frozenset())


@lru_cache(maxsize=4096)
def member_of_body(title: str, organization: Optional[str], lemma: str) -> bool:
    """Does the post make its holder one the noun names as a member of a kind of body (member_bodies.tsv):
    a member's post in the body, its committee or its faction (`депутат` for the `первый заместитель
    председателя` of the `комитет Госдумы по безопасности`; not the `руководитель аппарата Госдумы`)?"""
    bodies = MEMBER_BODIES.get(lemma)
    if bodies is None:
        return False
    nouns, lemmas = [], []
    for word in f"{title} {organization or ''}".split():
        found = morph.parses(word)
        word_lemma = found[0].normal_form if found else morph.fold(word)
        lemmas.append(word_lemma)
        if found and found[0].tag.POS == "NOUN" or word_lemma in bodies:
            nouns.append(word_lemma)
    part = next((noun for noun in nouns if noun not in MEMBER_POSTS), None)
    return bool(nouns) and nouns[0] in MEMBER_POSTS and (part in MEMBER_GROUPS or part in bodies) and (
        part == "фракция" or bool(bodies & set(lemmas)))  # a faction sits only in a parliament


def _title_trade(title: str) -> Optional[str]:
    """The trade of a role's title (trade_names.tsv): `ведущий политолог` is an analyst's."""
    return TRADE_NAMES.get(_title_noun(title, "trade") or "")


_TITLE_TABLES: dict[str, frozenset[str]] = {"rank": frozenset(RANK_CLASSES), "trade": frozenset(TRADE_NAMES)}


@lru_cache(maxsize=4096)
def _title_noun(title: str, table: str) -> Optional[str]:
    """The lemma of a title's word that a table of `_TITLE_TABLES` has, read up to its first noun (`ведущий
    политолог`; `старший`, read as a noun first, is an adjective too; `нападающий`, whose lemma the dictionary
    gives as a verb's, as written); None where a noun comes first (`помощник генерала`)."""
    entries = _TITLE_TABLES[table]
    for word in title.split():
        folded = morph.fold(word)
        lemma = folded if folded in entries else morph.content_lemma(word) or folded
        if lemma in entries:
            return lemma
        found = morph.parses(word)
        if found and found[0].tag.POS == "NOUN" and not any(p.tag.POS == "ADJF" for p in found):
            return None
    return None


def _of_another_kind(titles: list[str], lemma: str, kinds: str) -> bool:
    kind = _kind(lemma, kinds)
    known = {_title_kind(title, kinds) for title in titles}
    return kind is not None and bool(known) and None not in known and kind not in known


# sides of a trial (trial_sides.tsv) served by officers of the court or the law, not by its parties
_TRIAL_OFFICERS = ("judge", "prosecution", "defence", "investigation")
_OTHER_TRADES_NOUNS = frozenset(["защитник"])  # a noun of an officer of a trial that as often names a player
# kinds of post (post_ranks.tsv) whose nouns name one trade: `журналист` is the `корреспондент`
_TRADES = ("journalist", "spokesperson", "adviser", "counsel")


def _kind(lemma: str, kinds: str) -> Optional[str]:
    """The kind of post (or side of a trial) a role noun names, None for a noun of no kind."""
    lemma = morph.fold(lemma).removeprefix("экс-")  # `экс-советник`
    if kinds == "side":
        return TRIAL_SIDES.get(lemma)
    return POST_RANKS.get(lemma) or ("deputy" if lemma.startswith(("вице-", "зам")) else None)


@lru_cache(maxsize=4096)  # asked of each known person's titles at each role noun
def _title_kind(title: str, kinds: str) -> Optional[str]:
    """The kind of a role's title, read from its first noun (`бывший советник президента`)."""
    for word in title.split():
        kind = _kind(morph.content_lemma(word) or word, kinds)
        found = morph.parses(word)
        if kind is not None or (found and found[0].tag.POS == "NOUN"):
            return kind
    return None


def title_side(title: str) -> Optional[str]:
    """The side of a trial a role's title serves, read from its first word of a side (`адвокат "лимоновцев"`:
    defence; `начальник следственного отдела`: investigation)."""
    return next((side for word in title.split()
                 if (side := TRIAL_SIDES.get(morph.content_lemma(word) or morph.fold(word))) is not None), None)
