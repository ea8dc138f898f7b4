"""Who is speaking: the speaker mention of a statement resolved to a name, a kind and an entity.

A mention that is a name, or has one in apposition to its head (`официальный представитель МИД РФ
Мария Захарова`, `литовская газета Lietuvos zinios`), is that name's entity (from the entities
stage: its fullest nominative name). A pronoun or role noun (`она`, `дипломат`, `по его словам`)
is the entity the entities stage linked it to. What that stage leaves open is resolved here, by
who has been speaking: a cue with no subject at all (`..., - добавила.`), and a pronoun or role noun
it did not link, refer back to the latest speaker, else the latest person named as a subject,
that agrees with the cue in gender and number; for the kinds of reference a learned model decides
(`choice`), it weighs these options instead. Speakers that are not named entities keep their
description in the nominative: `эксперт` (unnamed), `некоторые очевидцы` (group), `пресс-служба
ГУ МВД` (organization), `документ` (other).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import accumulate
from typing import Optional, Protocol

from .. import morph
from ..entities import entity_at, mention_index
from ..entities.coref import (BODY_HEADS, bound_by_subject, countries_of_titles, holds_other_posts, holds_post_of_kind,
                              holds_office, holds_title, in_other_bodies, member_of_body, ministers_offices,
                              of_one_trade, officer_of_trial, paraphrased_titles, title_side)
from ..entities.nouns import is_institution_noun
from ..events.lexicon import COURT_NOUNS
from ..entities.lexicon import (AGENT_NOUNS, BODY_HYPERNYMS, COUNTRIES, COUNTRY_BY_ADJECTIVE, COUNTRY_BY_LEMMA,
                                DOMAIN_ZONES, NOT_ANAPHORIC, ORG_HEADS, POST_RANKS, SITE_NOUNS, STATE_OFFICES,
                                THE_COUNTRY, TRADE_NAMES, TRIAL_SIDES)
from ..lexicon import rows, words
from ..marks import AMBIGUOUS, MARKS, OPENING
from ..model import Entity, Role, Span, Speaker
from . import lexicon
from .attribution import (addressee, in_no_subject_case, is_cue, known_to, mention_span, named_by_other_work,
                          news_agency, outlet_name, preposition, relayed_by_outlet, same_form, share_of_people, someone,
                          someone_or_a_body)
from .choice import Option, Reference
from .classify import TITLE_NOUNS
from .document import Candidate, Doc
from .nominative import phrase, relative_of

_CYRILLIC = re.compile(r"[а-яё]", re.I)
KIND_OF_TYPE = {"PER": "person", "ORG": "organization", "LOC": "country"}
_APPOSED = ("appos", "flat", "flat:name", "flat:foreign", "nsubj")
_DESCRIBING_CLAUSES = ("acl", "acl:relcl", "parataxis")  # `судья X (ранее носившая фамилию Y)`: not Y
_NEW_PEOPLE = words("new_people")
_WRITER_NOUNS = words("writer_nouns")
_SEX_NOUNS = words("sex_nouns")
_MIND_NOUNS = words("mind_nouns")
_EXPERIENCER_VERBS = words("experiencer_verbs")
_COUNTRY_NAMES = frozenset(country.name for country in COUNTRIES)
_COUNTRY_ALIASES = frozenset(alias for country in COUNTRIES for alias in country.aliases)  # `рф`
_SEATS_OF_OFFICE = rows("seats_of_office")
_REFERRING = words("referring_determiners")
_SWITCH_PRONOUNS = words("switch_pronouns")
_LATTER_WORDS = words("latter_words")
_PUBLISHING_VERBS = words("publishing_verbs")
_GENERIC_OUTLETS = words("generic_outlet_nouns")
_OUTLET_DOCUMENTS = words("outlet_document_nouns")
_INTERLOCUTORS = words("interlocutor_nouns")
_INFORMANTS = lexicon.INFORMANT_NOUNS | _INTERLOCUTORS  # an anonymous source: `источник`, `собеседник агентства`
_ANY_BODY = words("any_body_hypernyms")
_SOURCE_PLACES = words("source_place_adverbs")
_EXCLUSIVE_OFFICES = words("exclusive_offices")
_HEAD_OFFICES = words("head_offices")
_PRESS_OFFICES = words("press_offices")
_ANONYMITY_WORDS = words("anonymity_words")
_COMMENTATORS_TRADES = frozenset({"analysis", "politics"})  # trade_names.tsv: nouns for whoever comments
_MINISTRY = re.compile(r"^(мин|министерств|мид\b)", re.I)  # `Минфин`, `Минобороны`, `министерство финансов`, `МИД`
SENTENCES_BACK = 2  # how many sentences back a pronoun may find a person described, not named
_PLACES_OF_PEOPLE = frozenset({"в", "во", "на"})  # `в полиции сказали`: a body as the place of those who spoke
_OWNERS = {"Masc": "он", "Fem": "она", "Plur": "они"}  # who a possessive (`по его словам`) stands for
LOOK_BACK = 50_000  # characters: how far back a statement looks for who spoke or was named


@dataclass
class Antecedent:
    """Someone a later pronoun, role noun or subjectless cue may refer to."""
    position: int
    speaker: Speaker
    gender: Optional[str]
    number: Optional[str]
    salient: bool  # a speaker, or a person named as a subject
    spoke: bool = False  # a speaker already resolved, not only someone named


class _Listed:
    """Antecedents in the order listed, indexed by position: those in a stretch of text come from a
    bisect, not from a scan of the whole list."""

    def __init__(self, antecedents: list[Antecedent]):
        self.listed: list[Antecedent] = []
        self._at: list[tuple[int, int]] = []  # (position, index in listed), sorted
        for a in antecedents:
            self.append(a)

    def append(self, a: Antecedent) -> None:
        insort(self._at, (a.position, len(self.listed)))
        self.listed.append(a)

    def between(self, start: int, end: int) -> list[Antecedent]:
        """Those at positions in [start, end), in the order listed."""
        rows = self._at[bisect_left(self._at, (start, -1)):bisect_left(self._at, (end, -1))]
        return [self.listed[k] for k in sorted(k for _, k in rows)]


class Chooser(Protocol):
    """What picks the speaker of a reference among its options (`choice.Model`), for the kinds it decides."""
    kinds: list[str]

    def choose(self, reference: Reference, options: list[Option], rule: Optional[Speaker]) -> Optional[Speaker]: ...


def _reach(statements: list[Candidate]) -> tuple[list[int], list[int]]:
    """Where the statements' contents start, sorted, and the furthest end reached by each start."""
    contents = sorted((c.start, c.end) for c in statements)
    return [start for start, _ in contents], list(accumulate((end for _, end in contents), max))


class Resolver:
    """Resolves speakers in text order, remembering who has spoken and who has been named.

    Who spoke or was named before a statement is looked for in the LOOK_BACK characters before it
    (a headline's, read once the article is done, in all of it): more than any news article holds,
    so no article notices; a text of many articles runs in time linear in its length."""

    def __init__(self, doc: Doc, statements: list[Candidate], chooser: Optional[Chooser] = None):
        self.doc = doc
        self.chooser = chooser
        self.statement: Optional[Candidate] = None  # the one being resolved
        self.reference: Optional[Reference] = None  # its speaker, when a pronoun, role noun or nothing gives it
        self._content_starts, self._content_reach = _reach(statements)
        self._own_starts, self._own_reach = _reach([c for c in statements if not relayed_by_outlet(doc, c)])
        self._said_by_people = [(c.start, c.end) for c in statements if self._said_by_someone(c)
                                and c.pattern != "anaphoric"]  # (`Об этом сообщил X`: what was told first)
        self.spoken = _Listed([])
        self._spoke_as: set[Optional[str]] = set()  # the entities of those who spoke
        self.headline = False
        self.opening = 0
        self.named = _Listed(self._people() + self._groups())
        self.organizations = _Listed(self._organizations())
        self.resolved: dict[int, Speaker] = {}  # id of a statement → its speaker
        self._in_content: set[str] = set()  # the entities the statement being resolved names in its words
        self._spoken_at: dict[int, Optional[str]] = {}  # where a speaker's mention starts → whom it was resolved to
        self._told_by_unnamed: list[tuple[Candidate, str]] = []  # the statements of those unnamed, and who
        self._entities = {e.id: e for e in doc.article.entities}

    def resolve(self, candidate: Candidate, headline: bool = False) -> Optional[Speaker]:
        """The speaker of a statement, statements taken in text order. `headline`: once the article
        is read, a headline's speaker given by a role alone is looked for again among the speakers
        that follow (`Адвокат Севастиди сообщил, ...`, then `адвокат Севастиди Иван Павлов`)."""
        doc = self.doc
        gender, number = self._agreement(candidate)
        self.headline = headline
        position = len(doc.text) if headline else candidate.frame[0]
        self.opening = min(candidate.start, position)  # where the statement begins: its quote or its frame
        self.statement, self.reference = candidate, None
        inside = candidate.start < candidate.frame[0] < candidate.end  # `Армстронг, по его словам, был ...`
        mentioned = mention_index(doc.article).meeting(candidate.start, candidate.end) if not inside else []
        self._in_content = {entity.id for entity, m in mentioned if entity.type == "PER" and m.kind == "name"
                            and candidate.start <= m.start and m.end <= candidate.end
                            and not self._aside(candidate.start, m.start) and not self._frames_inside(m.start)
                            and not (candidate.pattern == "anaphoric" and candidate.speaker is not None
                                     and (doc.tokens[candidate.speaker].pos == "PRON" and self._subject_named(m)
                                          or self._by_nationality(candidate.speaker)))}
        # (`Каторгин отказался признать вину. Об этом он написал в протоколе`: what was just told of him, he
        # may tell himself; `Бой с канадцем X не состоится. Об этом заявил канадский боксер`: he, by the country
        # his noun names)
        if candidate.continues is not None:  # a paragraph that goes on with the one before
            before = self.resolved.get(id(candidate.continues))
            speaker = Speaker(before.name, before.kind, before.entity, None) if before is not None else None
        elif candidate.speaker is not None:
            speaker = self._from_mention(candidate.speaker, gender, number, position)
        elif candidate.possessive is not None:
            speaker = self._from_possessive(candidate.possessive, position)
        elif candidate.described is not None:
            start, end = candidate.described
            head = doc.token_at(end - 1)
            speaker = Speaker(phrase(doc, head, start, end) if head is not None else doc.text[start:end], "unnamed")
        else:  # nothing written: the speaker goes on from before (`..., - добавила.`)
            self._refer("absent", None, None, gender, number)
            found = self._refer_back(position, gender, number, people_only=False)
            speaker = Speaker(found.name, found.kind, found.entity, None) if found is not None else None
        reference = self.reference
        if reference is not None and not headline and self.chooser is not None and reference.kind in self.chooser.kinds:
            speaker = self.chooser.choose(reference, self.options(reference, speaker, position), speaker)
        if speaker is not None and speaker.kind == "unnamed" and reference is not None and reference.kind == "role" \
                and not headline:
            speaker = self._named_after(reference) or self._first_named_next(reference) or speaker
        if speaker is not None and not headline:
            if speaker.kind == "organization" and candidate.speaker is not None and number == "Plur" \
                    and preposition(doc, candidate.speaker) is not None:
                # `сообщили в прокуратуре`: the plural cue tells nothing; a later `ее` agrees with the noun
                feats = doc.tokens[candidate.speaker].feats
                gender, number = feats.get("Gender"), feats.get("Number")
            salient_number = "Plur" if speaker.kind == "group" else number
            entity = self._entities.get(speaker.entity or "")
            known = _gender(doc, entity) if gender is None and entity is not None and entity.type == "PER" else None
            self.spoken.append(Antecedent(position, speaker, gender or known, salient_number, True, spoke=True))
            # `По мнению Ле Пена`, whose frame tells no gender: his, from his name
            self._spoke_as.add(speaker.entity)
            self.resolved[id(candidate)] = speaker
            if speaker.kind == "unnamed":
                self._told_by_unnamed.append((candidate, speaker.name))
            if speaker.mention is not None:
                self._spoken_at[speaker.mention.start] = speaker.entity
        return speaker

    def _earlier(self, position: int) -> tuple[list[Antecedent], list[Antecedent]]:
        """Who spoke and who was named before `position`, each in the order listed (see LOOK_BACK)."""
        start = 0 if self.headline else position - LOOK_BACK
        named = [a for a in self.named.between(start, position)  # `считает лидер «Русских»` resolved to Белов,
                 if self._spoken_at.get(a.position, a.speaker.entity) == a.speaker.entity]  # not the link's
        return self._not_in_content(self.spoken.between(start, position)), self._not_in_content(named)

    def _not_in_content(self, antecedents: list[Antecedent]) -> list[Antecedent]:
        """Those the statement's own words do not name: who speaks of a person by name is someone else
        (`Представитель прокуратуры считает отказ Михаилу Ходорковскому в УДО законным`: not him), unless
        the words hold the frame (`Армстронг, по его словам, был не в форме`). A body may name itself
        (`ВОЗ считает, что`, in its own report)."""
        return [a for a in antecedents if a.speaker.entity is None or a.speaker.entity not in self._in_content]

    def _frames_inside(self, at: int) -> bool:
        """Is the name at the offset the subject of a `как` frame inside the words (`такое заявление он сделал и оно,
        как утверждает Винтерова, «меняет ситуацию»`), or of a cue set off by a dash inside them (`«Уезжать жалко, -
        заявил Эйро. - Я призываю к солидарности», - добавил он`): who says them, not whom they are about?"""
        doc = self.doc
        k = doc.token_at(at)
        verb = doc.tokens[k].head if k is not None else -1
        if k is None or verb < 0 or not doc.tokens[k].rel.startswith("nsubj"):
            return False
        return is_cue(doc, verb) and any(doc.word(c) == "как" for c in doc.children[verb] if c < verb) \
            or doc.lemma(verb) in lexicon.SPEECH_VERBS and verb < k and verb > 0 and doc.is_dash(verb - 1)

    def _aside(self, start: int, at: int) -> bool:
        """Is the offset inside brackets opened after `start`: the reporter's aside within the words
        (`отметил, что «был бы рад ...» (впрочем, Федоров уже гражданин США)`), not what was said?"""
        between = self.doc.text[start:at]
        return between.count("(") > between.count(")")

    def _refer(self, kind: str, token: Optional[int], mention: Optional[Span], gender: Optional[str],
               number: Optional[str]) -> None:
        """Note that the statement being resolved gives its speaker by a reference of this kind."""
        assert self.statement is not None
        self.reference = Reference(kind, (self.statement.start, self.statement.end), token, mention, gender, number)

    # ------------------------------------------------------------------ options for a chooser

    def options(self, reference: Reference, rule: Optional[Speaker], position: int) -> list[Option]:
        """Everyone a reference may stand for, the latest named first, with the signals a chooser
        weighs: who spoke or was named before it (people, groups, organisations), the entity the
        entities stage linked it to, the person named as the subject just before, the rules' choice."""
        spoken, named = self._earlier(position)
        before: dict[str, list[Antecedent]] = {}
        for a in spoken + named + self.organizations.between(0 if self.headline else position - LOOK_BACK, position):
            before.setdefault(_identity(a.speaker), []).append(a)
        latest = sorted(before, key=lambda key: (-max(a.position for a in before[key]), key))
        spoke = sorted((key for key in latest if any(a.spoke for a in before[key])),
                       key=lambda key: (-max(a.position for a in before[key] if a.spoke), key))
        token = reference.token
        linked = self._linked(token) if token is not None else None
        in_sentence = (self._in_sentence(token, reference.gender)
                       if reference.kind == "pronoun" and token is not None else None)
        context = _Context(reference, position, self._sentence_at(position), self.doc.region_of(position), latest,
                           spoke, linked.id if linked is not None else None,
                           _identity_of(self._subject_just_before(self.opening, reference.gender)),
                           _identity_of(in_sentence), _identity_of(rule))
        number = reference.number  # `они` is no one person, `он` no group: a choice may not break number
        speakers = {key: max(before[key], key=lambda a: a.position).speaker for key in latest
                    if number is None or key == context.rule or any(a.number in (None, number) for a in before[key])}
        for extra in (rule, in_sentence, _speaker(linked, None) if linked is not None else None):
            if extra is not None:
                speakers.setdefault(_identity(extra), extra)
        options = []
        for key, speaker in speakers.items():
            entity = self._entities.get(speaker.entity or "")
            names = [speaker.name] + ([entity.name, *entity.aliases] if entity is not None else [])
            options.append(Option(speaker, names, self._features(key, speaker, before.get(key, []), context)))
        return options

    def _features(self, key: str, speaker: Speaker, antecedents: list[Antecedent],
                  context: "_Context") -> dict[str, float]:
        """What speaks for and against one option (`choice`): how far back and how salient it is, whether
        and how often it spoke, whether it agrees with the reference and fits its role noun."""
        doc, reference = self.doc, context.reference
        features = {"rule": float(key == context.rule), "linked": float(key == context.linked),
                    "just_before": float(key == context.just_before), "in_sentence": float(key == context.in_sentence)}
        features.update({"kind_" + kind: float(speaker.kind == kind) for kind in _OPTION_KINDS})
        role = doc.lemma(reference.token) if reference.kind == "role" and reference.token is not None else None
        entity = self._entities.get(speaker.entity or "")
        if role is not None and reference.token is not None and reference.mention is not None and entity is not None:
            features["fits"] = float(entity.type == "PER" and self._fits(entity, reference.token, reference.mention))
        if not antecedents:
            return features
        last = max(antecedents, key=lambda a: a.position)
        sentences = context.sentence - self._sentence_at(last.position)
        spoke = [a for a in antecedents if a.spoke]
        genders = {a.gender for a in antecedents if a.gender is not None}
        subjects = {context.sentence - self._sentence_at(a.position) for a in antecedents if a.salient and not a.spoke}
        region = context.region
        features.update({
            "has_antecedent": 1.0,
            "log_chars": math.log1p(max(0, context.position - last.position)) / 10,
            "log_sentences": math.log1p(max(0, sentences)) / 3,
            "same_sentence": float(sentences == 0),
            "previous_sentence": float(sentences == 1),
            "same_paragraph": float(region is not None and region.start <= last.position < region.end),
            "latest": float(context.latest[0] == key),
            "log_recency": math.log1p(context.latest.index(key)) / 3,
            "spoke": float(bool(spoke)),
            "spoke_last": float(bool(context.spoke) and context.spoke[0] == key),
            "log_spoke_times": math.log1p(len(spoke)) / 2,
            "log_speaker_rank": math.log1p(context.spoke.index(key)) / 2 if spoke else 1.5,
            "log_mentions": math.log1p(len(antecedents)) / 2,
            "salient_last": float(last.salient),
            "salient_any": float(any(a.salient for a in antecedents)),
            "agrees": float(_agrees(last, reference.gender, reference.number)),
            "gender_match": float(reference.gender in genders),
            "gender_clash": float(reference.gender is not None and bool(genders) and reference.gender not in genders),
            "nominative": float(self._nominative(last)),
            "reported_last": float(self._reported(last.position)),
            "reported_all": float(all(self._reported(a.position) for a in antecedents)),
            "quoted_last": float(doc.quote_around(last.position) is not None),
            "subject_same_sentence": float(0 in subjects),
            "subject_previous_sentence": float(1 in subjects),
        })
        if role is not None:
            features["described"] = float(any(self._described_as(a, role) for a in antecedents))
            features["titled"] = float(any(self._titled(a, role) for a in antecedents))
        return features

    def _just_before_opening(self, offset: int) -> bool:
        """Is the offset in the sentence the statement opens in, or the one before it?"""
        return self._sentence_at(offset) >= self._sentence_at(self.opening) - 1

    def _sentence_at(self, offset: int) -> int:
        """The index of the sentence of the first token at or after the offset."""
        token = self.doc.first_token_after(offset)
        return self.doc.tokens[token].sentence if token is not None else len(self.doc.analysis.sentences)

    # ------------------------------------------------------------------ written mentions

    def _from_mention(self, head: int, gender: Optional[str], number: Optional[str],
                      position: int) -> Optional[Speaker]:
        doc = self.doc
        start, end = mention_span(doc, head)
        mention = Span.of(doc.text, start, end)
        named = self._named(head, start, end, mention) or self._named_before_comma(head, mention)
        if named is not None:
            return named
        if _is_role(doc, head) and doc.tokens[head].feats.get("Number") != "Plur" and any(
                doc.lemma(c) == "сам" and c < head for c in doc.children[head]):
            itself = self._last_person_mentioned(head, gender, subjects=True)  # `Верховный суд признал незаконным
            if itself is not None:  # арест Сергея Удальцова. Об этом сам координатор движения сообщил`: him
                return _speaker(itself, mention)
        if doc.word(head) in _SOURCE_PLACES:  # `Там отметили, что ...`: the body just quoted, in the sentence
            listed = self.organizations.between(position - LOOK_BACK, position)  # before, else the one last named
            sources = [a for a in self._earlier(position)[0] + listed
                       if a.speaker.kind not in ("person", "group") and not self._outlet(a.speaker)]
            # (`В пресс-службе МФТИ рассказали, ... Там уточнили`: not a body named in what it said, nor its
            # addressee)
            sentence = self._sentence_at(position)
            quoted = [a for a in sources if a.spoke and sentence - self._sentence_at(a.position) <= 1]
            if sources:
                return _as_mention(max(quoted or sources, key=lambda a: a.position).speaker, mention)
        if doc.lemma(head) in lexicon.DATA_NOUNS:  # `Об этом свидетельствуют данные Росстата`: Росстат's data
            owner = next((c for c in doc.children[head] if doc.tokens[c].rel == "nmod" and c > head), None)
            owned = self._named(owner, *mention_span(doc, owner), mention) if owner is not None else None
            if owned is not None and owned.kind in ("organization", "person"):
                return owned
        if _abbreviation(doc, head):  # `сказал и.о. министра`: the tagger split a title; not `один из лидеров`
            nouns = [c for c in doc.children[head] if doc.tokens[c].rel == "nmod" and doc.tokens[c].pos == "NOUN"]
            head = nouns[0] if nouns else head
        token = doc.tokens[head]
        lemma = doc.lemma(head)
        if lemma in _SWITCH_PRONOUNS and token.rel.startswith("nsubj") and token.feats.get("Number") != "Plur":
            last = self._last_person_mentioned(head, token.feats.get("Gender"))
            if last is not None:
                return _speaker(last, mention)
        if lemma in _LATTER_WORDS and token.pos == "ADJ" and token.feats.get("Number") == "Sing":
            latter = self._last_person_mentioned(head, token.feats.get("Gender"), subjects=True)
            if latter is not None and not self._person_noun_since(latter, head):
                return _speaker(latter, mention)  # `Выступили Хасан Насралла и шейх Набиль Каук. По словам
                # последнего`: Каук; not where someone unnamed came after (`в перепалку с одним из водителей`)
        misread_noun = morph.known_only_as(token.text.lower(), "NOUN") and doc.word(head) != "друг"
        if token.pos == "PRON" and not misread_noun or lemma in lexicon.PRONOUNS:
            # (not a noun the tagger read as a pronoun, `Свидетели утверждают`; but `друг друга` is one)
            if lemma not in lexicon.PRONOUNS:
                return None  # `кто-то`, `все`: no one the article names
            p_number = token.feats.get("Number", number)
            p_gender = token.feats.get("Gender", gender) if p_number != "Plur" else None
            self._refer("pronoun", head, mention, p_gender, p_number)
            found = (self._in_sentence(head, p_gender) or self._sole_person_of_sentence_before(head, p_gender)) \
                if p_number != "Plur" else None
            described_subject = self._described_subject_just_before(head, p_gender) \
                if found is None and p_number != "Plur" else None
            if described_subject is not None:
                return Speaker(described_subject, "unnamed", None, mention)
            found = found or self._refer_back(position, p_gender, p_number, people_only=p_number != "Plur")
            found = self._named_person_for(head, found) if p_number != "Plur" else found
            linked = self._linked(head) if found is None else None
            if linked is None and found is None:  # someone the article leaves unnamed
                described = self._person_described_before(head, p_gender, p_number or "Sing")
                return Speaker(described or lemma, "group" if p_number == "Plur" else "unnamed", None, mention)
            return _speaker(linked, mention) if linked is not None else _as_mention(found, mention)
        if lemma in _INTERLOCUTORS and token.feats.get("Number") != "Plur" and not self.headline:
            talked_to = self._interlocutor(head, position)  # `добавил собеседник агентства`
            if talked_to is not None:
                return _as_mention(talked_to, mention)
        if self._sex_noun(head):
            if self._brought_in(head):
                return Speaker(phrase(doc, head, start, end), "unnamed", None, mention)
            same = self._one_person_just_before(head) or self._unnamed_of_the_sex_who_spoke_last(head)
            if same is not None:
                return _as_mention(same, mention)
        if self._writer_of_text(head) and not self.headline:
            return self._writer(position, mention) or Speaker(phrase(doc, head, start, end), "unnamed", None, mention)
        counted = any(doc.tokens[c].rel.startswith("nummod") for c in doc.children[head])  # `оба родителя`
        someone_new = any(doc.analysis.has_lemma(c, NOT_ANAPHORIC)
                          for c in doc.children[head]) \
            or self._anonymous(head)  # `некий претендент`, `высокопоставленный дипломат`, `пожелавший остаться
        # неназванным представитель`
        someone_of = self._owner_pronoun(head) is not None
        if token.feats.get("Number") != "Plur" and not counted and not someone_new and lemma not in _NEW_PEOPLE \
                and _is_role(doc, head) \
                and not (someone_of and self._described_before(position, lemma) is None):  # `его помощник`: not him
            self._refer("role", head, mention, gender, "Sing")
            untitled = self._untitled_head_just_before(position, head, gender) \
                or self._unnamed_so_described_just_before(position, head, gender)
            if untitled is not None:
                return _as_mention(untitled, mention)
            countries, offices = self._countries(mention), self._countries(mention, adjectives=False)
            holder = self._office_holder_before(position, head, mention, countries, gender)
            if holder is not None and not self._heads_a_body_not_a_place(head, holder):
                return _as_mention(holder, mention)  # `Глава правительства заявил`: the prime minister named before
            found = self._refer_back(position, gender, "Sing", people_only=True, role=lemma, countries=countries,
                                     offices=offices, nationality=self._nationality(head))
            linked = self._linked(head)
            if found is None and linked is None and offices and gender == "Fem" and token.feats.get("Gender") == "Masc":
                # `она заверяла ... заявляла замруководителя ведомства США`: a verb that makes a man's title a
                # woman's tells the woman who spoke, where her office is not known
                found = self._refer_back(position, gender, "Sing", people_only=True, role=lemma, countries=countries)
            linked_spoke = linked is not None and linked.id in self._spoke_as
            bodies = self._bodies_named(head, mention) - _COUNTRY_NAMES
            commented_just_before = found is not None and self._said_of_any_commentator(lemma) \
                and self._spoke_just_before(found, self.opening)  # not the `экономист` named paragraphs before
            took_floor = found is not None and self._floor_taken_before() \
                and (subject := self._subject_just_before(self.opening, gender)) is not None \
                and subject.entity == found.entity  # nor an `офицер` other than the one who took the floor just before
            if linked is not None and linked.type == "PER" and not commented_just_before and not took_floor \
                    and (found is None or (self._described_before(position, lemma) is None and linked_spoke)
                         or self._fits_only(linked, found, head, mention) or self._spoke_last(linked, position)
                         or self._serves_only(linked, found, head, bodies, mention)):
                return _speaker(linked, mention)
            if found is None and self.headline and bodies:
                found = self._first_of_body(position, lemma, bodies)  # `Президент Total призвал`: `Глава Total X`
            if found is not None and bodies and lemma in AGENT_NOUNS and (self._serves_elsewhere(found, bodies) or (
                    not self._written_with(found.mention, lemma) and not self._serves_in(found, bodies)
                    and not self._spoke_just_before(found, position))):
                # someone of that body: not one who spoke earlier and is known neither so nor there; but the one
                # named as the subject just before, known in no body (`... не согласился и его коллега по Госдуме
                # Михаил Дегтярев. Представитель ЛДПР призвал`)
                subject = self._subject_just_before(self.opening, gender)
                if subject is not None and subject.entity != found.entity and not self._serves_anywhere(subject):
                    return _as_mention(subject, mention)
                return Speaker(phrase(doc, head, start, end), "unnamed", None, mention)
            if found is not None and not self._spoke_just_before(found, position) \
                    and self._in_other_bodies(found, head):
                return Speaker(phrase(doc, head, start, end), "unnamed", None, mention)  # `представитель датской
                # королевской семьи` after `представитель Консервативной партии Расмус Ярлов`: someone else
            by_kind = not bodies and lemma in AGENT_NOUNS and self._body_by_kind(head)
            if found is not None and by_kind and (self._in_other_bodies(found, head, any_title=True) or (
                    not self._written_with(found.mention, lemma) and not self._serves_anywhere(found)
                    and not self._spoke_just_before(found, position))):
                # `Представитель пресс-службы уточнил`: the same for a body named by its kind, where the one
                # who spoke earlier serves only in bodies of other kinds (`представитель прокуратуры` is not
                # `Председатель Совета Федерации`, nor `представитель ФСБ`), or, not so described, in no body known
                return Speaker(phrase(doc, head, start, end), "unnamed", None, mention)
            if found is not None and self._heads_a_body_not_a_place(head, found):
                return Speaker(phrase(doc, head, start, end), "unnamed", None, mention)
            if found is None and countries and not bodies and lemma in STATE_OFFICES and lemma not in AGENT_NOUNS:
                found = self._in_office_before(position, gender, countries, lemma)  # `Суданский министр`: one in
                # office there
            if found is None and not officer_of_trial(lemma) and not self._owner_just_named(head):  # the subject
                # just before (not for an officer of a trial, someone new unless known by the noun); for `министр
                # юстиции РФ`, one in office there; not beside the one whose the role is (`Сайпс считает ... Как
                # рассказал адвокат Сайпса`), but `самый преданный соратник бен Ладена` is the one arrested
                found = self._subject_just_before(self.opening, gender)
                found = found if found is None or not offices or self._holds_office_in(found, offices) else None
                found = None if found is not None and (self._holds_another_post(found, lemma)
                                                       or self._holds_another_office(found, lemma)) else found
                found = None if found is not None and self._abroad(found, countries) else found  # `американский
                # военный представитель` is not the Iraqi minister just named
            if found is not None:
                return _as_mention(found, mention)
        if token.feats.get("Number") != "Plur" and token.feats.get("Animacy") == "Anim" and not self.headline:
            same = self._described_alike_before(position, head, start, end, gender) \
                or self._relative_by_surname(position, head, gender)
            if same is not None:  # `отец пострадавшей Александр Ярош` before `сообщил отец пострадавшей`
                return _as_mention(same, mention)
        if any(doc.tokens[c].rel == "det" and doc.lemma(c) in _REFERRING for c in doc.children[head]):
            same = self._described_before(position, lemma) or self._body_named_with(position, lemma) or (
                self._country_named_before(position) if lemma in THE_COUNTRY and token.feats.get("Number") != "Plur"
                else None)
            if same is not None:  # `Те же источники сообщают`; `группировкой «Джеиш ...». Эта группировка требует`;
                return _as_mention(same, mention)  # `... и Кыргызстаном. Эта страна требует`
        if lemma in lexicon.INFORMANT_NOUNS and token.feats.get("Number") != "Plur" and not self.headline \
                and all(doc.tokens[c].rel in ("case", "punct") for c in doc.children[head]):
            same = self._source_described_before(position, lemma)  # `военно-дипломатический источник в Москве
            if same is not None:  # сообщил ...`, then `отметил источник`: the same source
                return _as_mention(same, mention)
        bare_outlet = lemma in lexicon.OUTLET_NOUNS and token.feats.get("Number") != "Plur" and not any(
            doc.tokens[c].rel in ("nmod", "amod", "appos") and COUNTRY_BY_ADJECTIVE.get(doc.lemma(c)) is None
            for c in doc.children[head])  # not `издания "Коммерсант"`, `местная газета`, `как сообщают агентства`;
        # but `американская газета`
        if bare_outlet and (found := self._outlet_described(position, mention, lemma, False)) is not None:
            return _as_mention(found, mention)
        kind = self._common_kind(head)
        # not plural `Строительные организации`, `Все газеты`: bodies of a kind, not the one named before (a
        # text may be: `в документах`); a noun for any body that has words of its kind (`правозащитная
        # организация`) is one no body merely named before can be checked against
        if kind in ("organization", "other") and not any(doc.tokens[c].rel == "nmod" for c in doc.children[head]) \
                and not (lemma in lexicon.DOCUMENT_NOUNS and self._made_by_someone_named(head)) \
                and not (lemma not in lexicon.DOCUMENT_NOUNS and token.feats.get("Number") == "Plur"):
            found = self._same_source(position, lemma, token.feats.get("Number"), bare=not any(
                doc.tokens[c].rel in ("amod", "acl", "acl:relcl") for c in doc.children[head]),
                countries=self._countries(mention))
            # `сказали в пресс-службе`, `отмечается в документе`
            if found is not None:
                return _as_mention(found, mention)
        if bare_outlet and lexicon.OUTLET_NOUNS[lemma] == "agency" \
                and (found := self._outlet_described(position, mention, lemma, True)) is not None:
            return _as_mention(found, mention)  # `..., отмечает Reuters. По данным агентства`
        if bare_outlet and not self.headline and (found := self._one_outlet(position, lemma)) is not None:
            return _as_mention(found, mention)
        people = self._people_counted_before(head) if token.text == "%" and end == token.end else None
        if people is not None:  # `60% россиян уважают ... А 36% полагают`: a share of the same people
            return Speaker(f"{phrase(doc, head, start, end)} {people}", kind, None, mention)
        if someone_of and token.feats.get("Number") != "Plur" and _is_role(doc, head):
            self._refer("role", head, mention, gender, "Sing")  # `по словам его адвоката`, no one so described
            # yet: whoever the article names next as saying it, read once resolved (`Иван Миронов подтвердил`)
        return Speaker(self._owned(head, end, phrase(doc, head, start, end), position), kind, None, mention)

    def _people_counted_before(self, share: int) -> Optional[str]:
        """The people a share counted before it in its paragraph, as written (`россиян` of `60% россиян`)."""
        doc = self.doc
        region = doc.region_of(doc.tokens[share].start)
        opening = region.start if region is not None else doc.tokens[doc.sentence_range(share).start].start
        before = next((k for k in range(share - 1, -1, -1) if doc.tokens[k].start >= opening
                       and share_of_people(doc, k)), None)
        return doc.tokens[before + 1].text if before is not None else None

    def _outlet_described(self, position: int, mention: Span, lemma: str, by_name: bool) -> Optional[Speaker]:
        """The outlet a bare outlet noun stands for: one described by the noun, or by any noun when it is
        generic (`издание`); with `by_name`, an agency known by its name. Of those that spoke and those
        named since the last of them spoke, the latest (a headline's: the first); but an outlet that spoke since,
        described by no noun of another kind, before all."""
        countries = self._countries(mention)
        listed = self.organizations.between(0 if self.headline else position - LOOK_BACK, position)
        told_of = {a.speaker.entity for a in listed if self._in_the_words(a)}

        def fits(a: Antecedent) -> bool:  # `итальянское издание` is no `немецкий Spiegel` named before
            described = news_agency(a.speaker.name) if by_name else (
                lemma in _GENERIC_OUTLETS or self._described_as(a, lemma))
            return (self._outlet(a.speaker) or self._publisher(a)) and described \
                and not self._of_other_countries(a, countries) and a.speaker.entity not in told_of
        spoken = [a for a in self._earlier(position)[0] if a.speaker.entity is not None and fits(a)]
        last_spoken = max((a.position for a in spoken), default=-1)
        named_since = [a for a in listed if fits(a) and (a.position > last_spoken or self._cited(a))]
        # `сообщает РИА «Новости» со ссылкой на The Wall Street Journal. Как отмечает издание`, `как
        # рассказал «Новой газете» студент. По данным издания`: the outlet named since, not the one relaying
        outlets = spoken + named_since or [a for a in listed if fits(a)]
        if not outlets:
            return None
        # `сообщает The Times. Как стало известно изданию, ...`; `рассказали The Washington Post`
        found = (min if self.headline else max)(outlets, key=lambda a: a.position)
        last = max(self._earlier(position)[0], key=lambda a: a.position, default=None)
        if not by_name and not self.headline and last is not None and last.position > found.position \
                and last.speaker.entity != found.speaker.entity and self._of_kind_unsaid(last, lemma):
            return last.speaker  # `..., - пишет американская газета. Как отмечают «Ведомости», «...», - указывает
            # газета`: the outlet that spoke last, however it was described
        return found.speaker

    def _in_the_words(self, antecedent: Antecedent) -> bool:
        """Is the antecedent named inside the words of the statement being resolved: an outlet they tell of, not
        the one that tells them (`создал «Новые Известия», и эта газета быстро завоевала авторитет, пишет
        газета`)?"""
        mention, statement = antecedent.speaker.mention, self.statement
        return mention is not None and statement is not None and statement.start <= mention.start < statement.end

    def _publisher(self, antecedent: Antecedent) -> bool:
        """Is the organisation named as the subject of a verb of publishing (`свою версию приводит британский Auto
        Express`, publishing_verbs.txt): an outlet, though its name does not say so?"""
        mention, doc = antecedent.speaker.mention, self.doc
        if mention is None or antecedent.speaker.kind != "organization":
            return False
        words = doc.analysis.tokens_in(mention.start, mention.end)
        root = self._root(mention)
        verb = self._verb_of_subject(root) if root is not None else -1
        site = any(doc.lemma(k) in SITE_NOUNS for k in range(max(0, words.start - 1), words.stop)) \
            or antecedent.speaker.name.rpartition(".")[2].lower() in DOMAIN_ZONES
        return verb >= 0 and doc.lemma(verb) in _PUBLISHING_VERBS and not site  # not `как писал сайт InoPressa`,
        # `пишет Inopressa.ru`: a site passes on the papers it translates

    def _of_other_countries(self, antecedent: Antecedent, countries: frozenset[str]) -> bool:
        """Does the antecedent's own mention name countries, none of them one a phrase names (`итальянское
        издание` is no `немецкий Spiegel`, `российская компания` no `Польская компания PGNiG`)?"""
        mention = antecedent.speaker.mention
        named_in = self._countries(mention) if countries and mention is not None else frozenset()
        return bool(named_in) and named_in.isdisjoint(countries)

    def _of_kind_unsaid(self, antecedent: Antecedent, lemma: str) -> bool:
        """Is the antecedent an outlet that may be of the outlet noun's kind, no noun of another kind having
        described it (`агентство` for a paper, `телеканал` for an agency)?"""
        kind = lexicon.OUTLET_NOUNS[lemma]
        return antecedent.speaker.entity is not None and self._outlet(antecedent.speaker) \
            and news_agency(antecedent.speaker.name) == (kind == "agency") \
            and not any(self._described_as(antecedent, other) for other, its in lexicon.OUTLET_NOUNS.items()
                        if its != kind)

    def _cited(self, antecedent: Antecedent) -> bool:
        """Is the antecedent named as where a report's words come from (`со ссылкой на The Times`)?"""
        mention = antecedent.speaker.mention
        k = self.doc.token_at(mention.start) if mention is not None else None
        for _ in range(3):
            if k is None or k < 0:
                return False
            if self.doc.lemma(k) in lexicon.CITING_WORDS:
                return True
            k = self.doc.tokens[k].head
        return False

    def _last_person_mentioned(self, head: int, gender: Optional[str], subjects: bool = False) -> Optional[Entity]:
        """Who `тот` stands for: the person whose name or pronoun comes last before it off a subject, in
        its sentence or the two before, agreeing in gender (`Следователь допросил его - тот рассказал`,
        `главы ЦИК Владимира Чурова. Притом, что тот считает ...`; `Путин поинтересовался, зачем он ...
        Тот объяснил`: not Путин); with `subjects`, a subject too (who `сам координатор` is)."""
        doc = self.doc
        sentence = doc.tokens[head].sentence
        start = doc.analysis.sentences[max(0, sentence - SENTENCES_BACK)].start
        end = doc.tokens[head].start
        mentioned = [(m.start, entity) for entity in doc.article.entities if entity.type == "PER"
                     and (gender is None or _gender(doc, entity) in (None, gender))
                     for m in entity.mentions if start <= m.start < end and (subjects or not self._subject_at(m))]
        return max(mentioned, key=lambda found: found[0])[1] if mentioned else None

    def _person_noun_since(self, entity: Entity, head: int) -> bool:
        """Is a noun for a person, in no mention of the entity, written after the entity's last mention before
        the token?"""
        tokens = self.doc.tokens
        last = max((m.end for m in entity.mentions if m.end <= tokens[head].start), default=tokens[head].start)
        k = head - 1
        while k >= 0 and tokens[k].start >= last:
            if tokens[k].pos == "NOUN" and tokens[k].feats.get("Animacy") == "Anim":
                return True
            k -= 1
        return False

    def _root(self, mention: Span) -> Optional[int]:
        """The word of a mention the others hang on (`телеканал` of `катарский телеканал AlJazeera`), if any."""
        words = self.doc.analysis.tokens_in(mention.start, mention.end)
        return next((k for k in words if self.doc.tokens[k].head not in words), None)

    def _subject_at(self, mention: Span) -> bool:
        """Is the mention (its first word, or what it is set beside) a subject?"""
        k = self.doc.token_at(mention.start)
        return k is not None and self._names_subject(k)

    def _one_outlet(self, position: int, lemma: str) -> Optional[Speaker]:
        """`отмечает The New York Times. ..., пишет газета`: the one outlet of the noun's kind that spoke
        before, or of several the one whose statement came last (an agency for `агентство`, else a paper or a
        site; a channel only as below), however it was described."""
        kind = lexicon.OUTLET_NOUNS[lemma]
        agency = kind == "agency"
        if kind != "broadcast":
            spoken = self._earlier(position)[0]
            fitting = [a.speaker for a in spoken if a.speaker.entity is not None
                       and a.speaker.kind in ("organization", "outlet") and self._outlet(a.speaker)
                       and news_agency(a.speaker.name) == agency]
            last = max(spoken, key=lambda a: a.position).speaker if spoken else None
            if fitting and (len({s.entity for s in fitting}) == 1 or last in fitting):
                return fitting[-1]  # (of several, the one whose statement came last: `The Washington Post
                # отмечает ... «...», - пишет американская газета`)
        return None if agency else self._foreign_reporter(position)

    def _foreign_reporter(self, position: int) -> Optional[Speaker]:
        """`..., сообщает L'Equipe. Как стало известно изданию, ...`: an organisation named in Latin
        letters alone that spoke in the sentence before, where no outlet did and none other was named
        since or before, is the outlet a bare `издание` or `телеканал` stands for; no list names every
        paper and channel of the world."""
        sentence = self._sentence_at(position)
        spoken = [a for a in self._earlier(position)[0] if self._sentence_at(a.position) >= sentence - 1]
        last = spoken[-1].speaker if spoken else None
        if last is None or last.kind != "organization" or last.entity is None or last.mention is None:
            return None
        written = self.doc.text[last.mention.start:last.mention.end]
        if not re.fullmatch(r"[A-Za-z][\w'’&.\- ]*", written):
            return None
        named = self.organizations.between(position - LOOK_BACK, position)
        cited = [a for a in named if a.position >= last.mention.end and a.speaker.entity != last.entity]
        outlets = [a for a in named if a.speaker.entity != last.entity and self._outlet(a.speaker)]
        # `со ссылкой на The Sun`; `пишет «Коммерсант». ... По данным Knight Frank, ... Как пишет газета`
        return None if cited or outlets or self._described_otherwise(last.entity) else last

    def _described_otherwise(self, entity_id: str) -> bool:
        """Is the organisation written somewhere after a kind word that is no outlet's (`корпорация
        Microsoft`, `компании Apple`)?"""
        doc = self.doc
        entity = self._entities.get(entity_id)
        for m in entity.mentions if entity is not None else []:
            k = doc.token_at(m.start)
            for kind in range(max(k - 1, 0), k + 1) if k is not None else ():
                lemma = doc.lemma(kind)
                if lemma in ORG_HEADS and lemma not in lexicon.OUTLET_NOUNS and lemma not in lexicon.PRESS_NOUNS:
                    return True
        return False

    def _owner_pronoun(self, head: int) -> Optional[int]:
        """The possessive pronoun before a noun (`его помощник`, `в ее пресс-службе`), or None."""
        doc = self.doc
        return next((c for c in doc.children[head] if c < head and doc.tokens[c].rel in ("det", "nmod")
                     and doc.word(c) in lexicon.POSSESSIVES), None)

    def _owned(self, head: int, end: int, described: str, position: int) -> str:
        """`его помощник` after Скарамелла spoke: someone of his, `помощник Марио Скарамеллы`; `в его
        избирательном штабе`: `избирательный штаб Михаила Осколкова`. The description as it is when
        no person it belongs to can be told."""
        doc = self.doc
        owner = self._owner_pronoun(head)
        if owner is None or not described.lower().startswith(doc.word(owner)):
            return self._body_named_before(head, end, described, position)
        gender = lexicon.POSSESSIVES[doc.word(owner)]
        plural = gender == "Plur"
        found = self._refer_back(position, None if plural else gender, "Plur" if plural else "Sing", people_only=False)
        if found is None or found.kind != "person":
            return described
        whose = " ".join(morph.genitive(w) for w in found.name.split())
        return f"{described[len(doc.word(owner)):].strip()} {whose}"

    def _body_named_before(self, head: int, end: int, described: str, position: int) -> str:
        """`руководство универмага` after `в универмаге «Майер»`: the body its last noun stands for, the
        latest organisation named as one of that kind (`руководство универмага «Майер»`, `пресс-служба
        ГУВД` for `представитель пресс-службы`)."""
        doc = self.doc
        last = doc.token_at(end - 1)
        if last is None or doc.tokens[last].head != head or doc.tokens[last].rel != "nmod" or doc.children[last] \
                or doc.tokens[last].pos != "NOUN" or doc.tokens[last].feats.get("Animacy") != "Inan" \
                or entity_at(doc.article, doc.tokens[last].start, doc.tokens[last].end) is not None:
            return described  # not `адвокаты ЮКОСа`, `водитель экс-министра`
        lemma = doc.lemma(last)
        bodies = [a for a in self.organizations.between(position - LOOK_BACK, position)
                  if any(w[:1].isupper() for w in a.speaker.name.split())  # a name, not `российское министерство`
                  and self._named_with(a, lemma, kind_only=True)]
        if not bodies:
            return described
        name = max(bodies, key=lambda a: a.position).speaker.name
        first, _, rest = name.partition(" ")
        return f"{described} {rest}" if rest and morph.content_lemma(first) == lemma else f"{described} «{name}»"

    def _spoke_just_before(self, speaker: Speaker, position: int) -> bool:
        """Was the speaker's the statement just before, in this sentence or the one before?"""
        spoken = self._earlier(position)[0]
        last = max(spoken, key=lambda a: a.position) if spoken else None
        return last is not None and last.speaker.entity == speaker.entity is not None \
            and self._sentence_at(last.position) >= self._sentence_at(position) - 1

    def _spoke_last(self, entity: Entity, position: int) -> bool:
        """Is the person the entities stage linked a role noun to the one whose statement came just
        before (`Глава Минэкономразвития Улюкаев рассказал, что ... Речь идет о ..., рассказал министр`)?"""
        spoken = self._earlier(position)[0]
        return bool(spoken) and max(spoken, key=lambda a: a.position).speaker.entity == entity.id

    def _fits_only(self, linked: Entity, found: Speaker, head: int, mention: Span) -> bool:
        """Does the description fit the person the entities stage linked the role noun to and not the one
        who spoke last (`Немецкий канцлер отметил` after Путин spoke: Шольц, `канцлер Германии`)?"""
        other = self._entities.get(found.entity or "")
        return found.entity != linked.id and self._fits(linked, head, mention) and (
            other is None or not self._fits(other, head, mention)) \
            and not self._written_with(found.mention, self.doc.lemma(head))  # `посол России ... Орлов`, then `посол`

    def _serves_only(self, linked: Entity, found: Speaker, head: int, bodies: frozenset[str], mention: Span) -> bool:
        """Does the person the entities stage linked the role noun to hold the noun's post, read elsewhere in
        the article, in the body the noun's phrase names, where the one who spoke last holds none there
        (`Замглавы ФСКН сообщал` after a deputy head of a Duma committee spoke: `заместитель главы ФСКН
        Николай Аулов`; not `Президент ЦСКА` for a player of ЦСКА)?"""
        lemma = self.doc.lemma(head)
        return bool(bodies) and found.entity != linked.id and not self._serves_in(found, bodies) and any(
            _same_body(body, role.organization) and _titled(role, lemma) for body in bodies for role in linked.roles
            if role.organization and (role.end <= mention.start or role.start >= mention.end))

    def _fits(self, entity: Entity, head: int, mention: Span) -> bool:
        """Has the person a role, read elsewhere in the article, that the role noun describes: its title
        has the noun (`канцлер` for `канцлер Германии`), or its country is the noun's (`американский
        дипломат` for `госсекретарь США`)?"""
        doc = self.doc
        lemma = doc.lemma(head)
        countries = {country.name for c in doc.children[head]
                     if (country := COUNTRY_BY_ADJECTIVE.get(doc.lemma(c)) if doc.tokens[c].rel == "amod"
                         else COUNTRY_BY_LEMMA.get(doc.lemma(c)) if doc.tokens[c].rel == "nmod" else None)}
        return any(_titled(role, lemma) or role.organization in countries
                   for role in entity.roles if role.end <= mention.start or role.start >= mention.end)

    def _countries(self, mention: Span, adjectives: bool = True) -> frozenset[str]:
        """The countries a role phrase names (`министр юстиции РФ`, and `американский дипломат` with
        `adjectives`: an adjective may say only where someone comes from, `британский игрок`)."""
        doc = self.doc
        return frozenset(country.name for k in doc.analysis.tokens_in(mention.start, mention.end)
                         if (country := (COUNTRY_BY_ADJECTIVE.get(doc.lemma(k)) if adjectives else None)
                             if doc.tokens[k].pos == "ADJ" else COUNTRY_BY_LEMMA.get(doc.lemma(k)))
                         and not self._in_place_phrase(k, mention))

    def _in_place_phrase(self, k: int, mention: Span) -> bool:
        """Is the word inside a prepositional phrase of the role (`представитель в иракской столице`
        serves no Iraqi office; `представитель российского МИД` does), not one the whole mention is (`в
        российской компании`)?"""
        doc = self.doc
        head = doc.tokens[k].head if doc.tokens[k].pos == "ADJ" else k
        above = doc.tokens[head].head if head >= 0 else -1
        return preposition(doc, head) is not None and above >= 0 \
            and mention.start <= doc.tokens[above].start < mention.end

    def _abroad(self, speaker: Speaker, countries: frozenset[str]) -> bool:
        """Does the speaker hold office in a country and in none of these (`министр юстиции Израиля
        Амир Охана` is not `министр юстиции РФ`)?"""
        entity = self._entities.get(speaker.entity or "") if countries else None
        if entity is None:
            return False
        offices = {role.organization for role in entity.roles if role.organization in _COUNTRY_NAMES}
        return bool(offices) and not offices & countries

    def _nationality(self, head: int) -> frozenset[str]:
        """The countries an adjective of a person's noun names (`канадский боксер`), not those of its complements
        (`сотрудник российских спецслужб`)."""
        doc = self.doc
        return frozenset(country.name for c in doc.children[head] if doc.tokens[c].rel == "amod"
                         and (country := COUNTRY_BY_ADJECTIVE.get(doc.lemma(c))) is not None)

    def _by_nationality(self, head: int) -> bool:
        """Is the mention a common noun for someone of a country (`канадский боксер`)?"""
        return self.doc.tokens[head].pos == "NOUN" and bool(self._nationality(head))

    def _from_countries(self, speaker: Speaker, countries: frozenset[str]) -> bool:
        """Is the person described as one of these countries' people (`канадец`, `российский боксер`)?"""
        entity = self._entities.get(speaker.entity or "")
        return entity is not None and any(country.name in countries
                                          for country in countries_of_titles([role.title for role in entity.roles]))

    def _holds_office_in(self, speaker: Speaker, countries: frozenset[str]) -> bool:
        entity = self._entities.get(speaker.entity or "")
        return entity is not None and any(role.organization in countries for role in entity.roles)

    def _interlocutor(self, head: int, position: int) -> Optional[Speaker]:
        """The one the outlet talked to: the latest person or unnamed source who spoke, or body whose people
        did (`сообщили ТАСС в департаменте здравоохранения`), when the noun has no description but its
        outlet (`собеседник агентства`, `собеседник «Интерфакса»`)."""
        doc = self.doc
        described = [c for c in doc.children[head] if doc.tokens[c].rel not in ("det", "punct", "case") and not (
            doc.tokens[c].rel == "nmod" and (doc.lemma(c) in lexicon.PRESS_NOUNS or outlet_name(doc.tokens[c].text)))]
        if described:
            return None
        spoken, named = self._earlier(position)
        earlier = [a for a in spoken if (a.speaker.kind in ("person", "unnamed") or (
                       a.speaker.kind == "organization" and self._people_of(a.speaker)))
                   and a.speaker.name.lower() not in lexicon.PRONOUNS  # not a `сказал он` left unresolved
                   and not (self._outlet(a.speaker) and not self._named_as_informant(a.speaker))]
        # (nor the paper itself; but its `источник` is its interlocutor)
        earlier = earlier or [a for a in named if a.speaker.kind == "person" and a.salient and self._of_a_cue(a)]
        # (`В разговоре с изданием пресс-секретарь Песков назвал две причины`: the one it talked to, named as the
        # subject of a verb of saying whose words were no statement)
        return max(earlier, key=lambda a: a.position).speaker if earlier else None

    @staticmethod
    def _named_as_informant(speaker: Speaker) -> bool:
        """Does a noun for a source or a person open the speaker's name (`источник «Интерфакса»`)?"""
        lemma = morph.content_lemma(speaker.name.split(maxsplit=1)[0]) if speaker.name.strip() else None
        return lemma in lexicon.INFORMANT_NOUNS or lemma in lexicon.ROLE_NOUNS

    def _of_a_cue(self, antecedent: Antecedent) -> bool:
        """Is the antecedent's mention the subject of a verb of saying?"""
        mention = antecedent.speaker.mention
        k = self.doc.token_at(mention.start) if mention is not None else None
        while k is not None and self.doc.tokens[k].rel in ("flat:name", "appos") and self.doc.tokens[k].head >= 0:
            k = self.doc.tokens[k].head
        return k is not None and self.doc.tokens[k].head >= 0 and is_cue(self.doc, self.doc.tokens[k].head)

    def _people_of(self, speaker: Speaker) -> bool:
        """Did the body speak through its people, as the place of an impersonal cue (`в полиции сказали`)?"""
        k = self.doc.token_at(speaker.mention.start) if speaker.mention is not None else None
        return k is not None and k > 0 and self.doc.tokens[k - 1].text.lower() in _PLACES_OF_PEOPLE

    def _same_source(self, position: int, lemma: str, number: Optional[str], bare: bool = True,
                     countries: frozenset[str] = frozenset()) -> Optional[Speaker]:
        """A bare institution or document noun stands for the latest speaker it fits: one described by
        the same noun (`пресс-служба ГУ МВД` before `пресс-служба`) or named with it anywhere before
        (`компании «Интерэнергосервис»`, then `В «Интерэнергосервисе» сообщили`, then `В компании
        отметили`), else the organisation named with that noun that was named last, by any name
        (`телеканал Al-Jazeera` before `по данным телеканала`; `компании «Мечел»`, then `компанию
        «Амурметалл»`, then `«Мечела»` before `компания обратилась`), or, for a document (`в документе`),
        the latest organization that spoke, where no person spoke since; for `ведомство`, the state body
        that spoke or was named just before, over one the noun described further back. Never a body whose
        mention names only other `countries` than the noun's phrase (`в российской компании`)."""
        if lemma in lexicon.DOCUMENT_NOUNS and not self.headline:
            author = self._author_of_same(position, lemma, number)  # `письмо Полонского`, then `указывается в
            # письме`
            if author is not None:
                return author
        earlier = [a for a in self._earlier(position)[0] if a.speaker.kind in ("organization", "other")]
        listed = self.organizations.between(0 if self.headline else position - LOOK_BACK, position)
        described = {a.speaker.entity for a in listed if self._named_with(a, lemma)} - {None}
        named = [a for a in listed if a.speaker.entity in described]  # each time it is named since
        served = [Antecedent(a.position, _speaker(entity, None), a.gender, a.number, a.salient, spoke=True)
                  for a in earlier for entity in self._bodies_served(a) if entity.id in described]
        # (`В пресс-службе российского представительства Google объяснили ... - сообщили в компании`: Google,
        # whose people spoke, not another company named since)
        abroad = {a.speaker.entity for a in earlier + listed if self._of_other_countries(a, countries)}
        same = [a for a in [a for a in earlier if self._described_as(a, lemma) or a.speaker.entity in described]
                + served or named if a.speaker.entity not in abroad]
        authors = [a for a in earlier if not self._outlet(a.speaker)]  # `..., сообщает РИА Новости` relays
        # `По информации ведомства`, `Регулятор отметил`; but a noun for any body, described (`Компания, основанная
        # Марком Цукербергом`, `правозащитная организация`), is no body merely named before
        hypernym = lemma in BODY_HYPERNYMS and (bare or lemma not in _ANY_BODY) and not self.headline
        salient, named = self._state_bodies_before(position, authors) if hypernym else ([], [])
        if same:
            found = (min if self.headline else max)(same, key=lambda a: a.position)
            if not salient or lemma in _ANY_BODY or found.position > max(a.position for a in salient):
                return found.speaker  # (`военное ведомство США` spoke, then `Минобороны России сообщило`: `в
                # ведомстве` is the latest state body that spoke, whatever noun described the other; but `в
                # компании` the company written so)
        outlets = [a for a in earlier if self._outlet(a.speaker)]
        if lemma in _OUTLET_DOCUMENTS and outlets and not self.headline:  # `В публикации отмечено`
            return max(outlets, key=lambda a: a.position).speaker
        if lemma in lexicon.DOCUMENT_NOUNS and authors and not self.headline:
            latest = max(authors, key=lambda a: a.position)
            if not any(a.position > latest.position and a.speaker.kind == "person" for a in self._earlier(position)[0]):
                return latest.speaker  # not across someone who spoke since (`она указывала ... В иске указано`)
        bodies = salient or named
        return self._subject_over(max(bodies, key=lambda a: a.position), bodies).speaker if bodies else None

    def _state_bodies_before(self, position: int, authors: list[Antecedent]) -> tuple[list[Antecedent],
                                                                                     list[Antecedent]]:
        """The bodies a noun for any state body (`ведомство`, `регулятор`) may stand for: those that spoke in the
        last sentences, or the subject of this sentence or the one before named since the latest of them, alone
        (`Как сообщает ВВС, ... Генпрокуратура признала организации нежелательными. Позже в ведомстве уточнили`);
        then those merely named there. Never an outlet nor a court, which no one calls so."""
        sentence = self._sentence_at(position)
        named = [a for a in self.organizations.between(position - LOOK_BACK, position)
                 if self._sentence_at(a.position) >= sentence - 1 and not self._outlet(a.speaker)
                 and not self._court(a)]
        spoke = [a for a in authors if self._sentence_at(a.position) >= sentence - SENTENCES_BACK
                 and not self._court(a)]
        subjects = [a for a in named if spoke and a.position > max(b.position for b in spoke)
                    and a.speaker.mention is not None and self._subject_at(a.speaker.mention)]
        return subjects or spoke, named

    def _court(self, antecedent: Antecedent) -> bool:
        """Is the antecedent a court, named with a court's noun (`Приморский краевой суд`)?"""
        mention = antecedent.speaker.mention
        return mention is not None and any(self.doc.lemma(k) in COURT_NOUNS
                                           for k in self.doc.analysis.tokens_in(mention.start, mention.end))

    def _bodies_served(self, antecedent: Antecedent) -> list[Entity]:
        """The organisations named inside a body's phrase, whom it serves (`пресс-служба российского
        представительства Google`: Google)."""
        mention = antecedent.speaker.mention
        if mention is None or antecedent.speaker.kind != "organization":
            return []
        return [entity for entity, m in mention_index(self.doc.article).meeting(mention.start, mention.end)
                if entity.type == "ORG" and entity.id != antecedent.speaker.entity and m.kind == "name"
                and mention.start < m.start and m.end <= mention.end]

    def _subject_over(self, latest: Antecedent, bodies: list[Antecedent]) -> Antecedent:
        """The body that is the subject of the clause the latest one is named in, if one is, else the latest
        (`Прокуратура не нашла оснований для блокировки сайта Ozon.ru. По данным ведомства`: the
        prosecutors; but `проект получил отзыв Минэкономразвития. Ведомство сочло`: the ministry)."""
        k = self.doc.token_at(latest.position)
        if k is None or latest.spoke:
            return latest
        clause = self._clause_of(k)
        subjects = [a for a in bodies if a.speaker.mention is not None and a.position < latest.position
                    and clause >= 0 and self._subject_of(a.speaker.mention) == clause]
        return subjects[-1] if subjects else latest

    def _author_of_same(self, position: int, lemma: str, number: Optional[str]) -> Optional[Speaker]:
        """The named person or organisation whose document of this noun, in this number, the article named
        last before `position`, outside quotations (`распространила письмо Полонского к мэру`; not
        `заявления парламентов` for `в заявлении`)."""
        doc = self.doc
        k = doc.first_token_after(position)
        for i in range((k if k is not None else len(doc.tokens)) - 1, -1, -1):
            if doc.tokens[i].start < position - LOOK_BACK:
                break
            if doc.lemma(i) != lemma or doc.quote_around(doc.tokens[i].start) is not None \
                    or number is not None and doc.tokens[i].feats.get("Number") not in (None, number):
                continue
            owner = next((c for c in doc.children[i] if c > i and doc.tokens[c].rel == "nmod"
                          and doc.tokens[c].feats.get("Case") == "Gen" and preposition(doc, c) is None), None)
            entity = self._linked(owner) if owner is not None else None
            if entity is not None and entity.type in ("PER", "ORG"):
                return _speaker(entity, None)
        return None

    def _outlet(self, speaker: Speaker) -> bool:
        """A news outlet, which relays what others say and documents: an agency, a paper, a channel,
        or the article's own source; named so, or described so where it spoke (`литовская газета Lietuvos zinios`)."""
        mention, entity = speaker.mention, self._entities.get(speaker.entity or "")
        if entity is not None and named_by_other_work(entity.name):
            return False  # `Агентство по страхованию вкладов`, then `в агентстве`
        return outlet_name(speaker.name) or speaker.name == self.doc.article.source or (
            mention is not None and outlet_name(self.doc.text[mention.start:mention.end]))

    def with_outlet_kind(self, speaker: Speaker) -> Speaker:
        """An organisation that is a news outlet as the speaker of kind `outlet`: its credit mostly relays
        what others said, so rankings of who said what keep it apart. Told once every speaker is resolved,
        so that resolving (which follows organisations back) is the same for outlets."""
        entity = self._entities.get(speaker.entity) if speaker.entity is not None else None
        named = [entity.name, *entity.aliases] if entity is not None else []
        if speaker.kind == "organization" and (self._outlet(speaker) or any(map(outlet_name, named))) \
                or speaker.kind in ("unnamed", "group") and speaker.mention is not None \
                and len(speaker.name.split()) == 1 and self.doc.quote_around(speaker.mention.start) is not None \
                and outlet_name(speaker.name):
            return Speaker(speaker.name, "outlet", speaker.entity, speaker.mention)  # (`Как стало известно
            # "Коммерсанту"`: an outlet's one-word name in quotation marks the tagger did not take for an
            # organisation's; not `"Репортеры без границ"`)
        return speaker

    def _from_possessive(self, pronoun: int, position: int) -> Optional[Speaker]:
        """`по его словам`, `приводятся ее слова`."""
        doc = self.doc
        token = doc.tokens[pronoun]
        mention = Span.of(doc.text, token.start, token.end)
        p_gender = lexicon.POSSESSIVES.get(doc.word(pronoun))
        plural = p_gender == "Plur"
        self._refer("pronoun", pronoun, mention, None if plural else p_gender, "Plur" if plural else "Sing")
        owned = doc.tokens[pronoun].head  # `по его мнению` after `..., сообщает BBC`: a person's view, not the paper's
        minded = owned >= 0 and doc.lemma(owned) in _MIND_NOUNS and not plural
        relayed = None if plural or minded else self._relayed_before(pronoun, p_gender)
        if relayed is not None:  # `передает ТАСС со ссылкой на радиостанцию Europe 1. По ее данным`
            return _as_mention(relayed, mention)
        found = None if plural else self._main_subject(pronoun, p_gender)
        described_subject = self._described_subject_just_before(pronoun, p_gender) \
            if found is None and not plural else None
        if described_subject is not None:
            return Speaker(described_subject, "unnamed", None, mention)
        found = found or self._refer_back(position, None if plural else p_gender, "Plur" if plural else "Sing",
                                          people_only=minded)
        found = self._named_person_for(pronoun, found) if not plural else found
        if found is None and minded:  # `подчеркивает Генпрокуратура. По ее мнению`: a body's view, not a paper's
            found = self._refer_back(position, p_gender, "Sing", people_only=False, outlets=False)
        if found is None and p_gender == "Masc" and not minded:  # `его` is also neuter: `агентство ... по его данным`
            found = self._refer_back(position, "Neut", "Sing", people_only=False)
        linked = self._linked(pronoun) if found is None else None
        if linked is None and found is None:  # someone the article leaves unnamed: `он`, `она`, `они`, or
            # describes (`Жертвой стал местный житель. По его словам, ...`)
            described = self._person_described_before(pronoun, None, "Plur") if plural \
                else self._person_described_before(pronoun, p_gender)
            owner = described or _OWNERS.get(p_gender or "", doc.word(pronoun))
            return Speaker(owner, "group" if plural else "unnamed", None, mention)
        return _speaker(linked, mention) if linked is not None else _as_mention(found, mention)

    def _named(self, head: int, start: int, end: int, mention: Span) -> Optional[Speaker]:
        """The named entity the mention is, or has in apposition to its head; coordinated heads that
        each have one (`Mail.ru Group и оператор «Билайн»`, `Лавров и госсекретарь Блинкен`) are a
        group of them, in text order; where not all are named and some are many, the group the phrase
        describes."""
        doc = self.doc
        conjuncts = [head] + [c for c in doc.children[head] if doc.tokens[c].rel == "conj"
                              and start <= doc.tokens[c].start < end and not self._apposition_read_as_conjunct(c)]
        if len(conjuncts) > 1:
            named = [self._named_entities(k, *self._conjunct_span(k, conjuncts, start, end)) for k in conjuncts]
            if all(named) and len({found[0][0].id for found in named}) > 1:
                return _group([found[0][0] for found in named], mention)
            if not all(named) and any(doc.tokens[k].feats.get("Number") == "Plur" for k in conjuncts):
                # `Кругловы и соседи`: a group, not the one named among them (but `Франческа Мерцгора,
                # основательница и председатель ...` is one person)
                return Speaker(phrase(doc, head, start, end), "group", None, mention)
            if named[-1] and not any(named[:-1]) and named[-1][0][0].type == "PER" and self._cue_singular():
                return _speaker(named[-1][0][0], mention)  # `заявил друг и директор Панина Геннадий Русин`: one
                # man's two roles
        found = self._named_entities(head, start, end)
        people = [(e, r) for e, r in found if e.type == "PER"]
        if len({e.id for e, _ in people}) > 1 and any(doc.tokens[r].rel == "conj" for _, r in people):
            # `Ведущие программы Екатерина Стриженова и Анатолий Кузичев`: names coordinated in an apposition
            return _group([e for e, _ in sorted(people, key=lambda p: p[1])], mention)
        return _speaker((people or found)[0][0], mention) if found else None

    def _named_before_comma(self, head: int, mention: Span) -> Optional[Speaker]:
        """`адмирал Владимир Комоедов, ныне председатель комитета Госдумы, заявил`: the person named right before
        a comma (and an adverb), where the parser made the role after it the subject and hung the name on it."""
        doc = self.doc
        for c in doc.children[head]:
            last = max(doc.subtree(c)) if c < head and doc.tokens[c].rel == "appos" else head
            between = range(last + 1, head)
            if last < head and any(doc.tokens[k].text == "," for k in between) \
                    and all(doc.tokens[k].pos in ("PUNCT", "ADV") for k in between):
                found = self._named(c, *mention_span(doc, c), mention)
                if found is not None and found.kind == "person":
                    return found
        return None

    def _cue_singular(self) -> bool:
        cue = self.statement.cue_token if self.statement is not None else None
        return cue is not None and self.doc.tokens[cue].feats.get("Number") == "Sing"

    def _apposition_read_as_conjunct(self, conjunct: int) -> bool:
        """`В Москве Олег Смирнов, адвокат Анны Ивановой, заявил`: a singular noun after a comma with no
        `и`, whose first conjunct is the subject of a singular verb, is said of that one, not a second."""
        doc = self.doc
        first = doc.tokens[conjunct].head
        verb = doc.tokens[first].head
        opening = next(k for k in doc.subtree(conjunct) if not doc.is_punct(k))
        return doc.tokens[conjunct].feats.get("Number") == "Sing" and doc.word(opening - 1) == "," \
            and not any(doc.tokens[c].rel == "cc" for c in doc.children[conjunct]) \
            and doc.tokens[first].rel.startswith("nsubj") and verb >= 0 \
            and doc.tokens[verb].feats.get("Number") == "Sing"

    def _conjunct_span(self, k: int, conjuncts: list[int], start: int, end: int) -> tuple[int, int]:
        """Offsets of one conjunct's own words: its subtree without the other conjuncts'."""
        doc = self.doc
        others = {j for c in conjuncts if c != k for j in doc.subtree(c)}
        own = [j for j in doc.subtree(k) if j not in others and start <= doc.tokens[j].start < end]
        if not own:
            return start, end
        return doc.trim(min(doc.tokens[j].start for j in own), max(doc.tokens[j].end for j in own))

    def _named_entities(self, head: int, start: int, end: int) -> list[tuple[Entity, int]]:
        """The entities (with their name's root token) whose name is the phrase's head, is in apposition
        to it, or closes it, outside a clause that describes a word of the phrase; people first, then the head itself,
        then the name that ends the phrase (`главы пресс-службы Ресина Каневского` is Каневский)."""
        doc = self.doc
        found: list[tuple[tuple[bool, ...], Entity, int]] = []  # (rank, entity, root)
        described = {j for c in doc.analysis.tokens_in(start, end) if c != head
                     and doc.tokens[c].rel in _DESCRIBING_CLAUSES for j in doc.subtree(c)}
        for entity, m in mention_index(doc.article).meeting(start, end):
            if m.kind != "name" or not (start <= m.start and m.end <= end):
                continue
            words = doc.analysis.tokens_in(m.start, m.end)
            if not words or words.start in described:  # `адвоката X, представляющего интересы Y и Z`: his clients
                continue
            root = next((k for k in words if doc.tokens[k].head not in words), words.start)
            if self._owner_read_as_surname(root, head) \
                    or head not in words and relative_of(doc, head, m.text, entity.name):
                continue
            first = root
            while doc.tokens[first].rel == "conj" and doc.tokens[first].head >= 0:
                first = doc.tokens[first].head  # `адвокаты Задоя и Квасницкого`: the last of the modifiers
            closing = (entity.type == "PER" and doc.trim(m.end, end)[0] >= end
                       and (doc.tokens[first].rel not in ("nmod", "obl")
                            or self._nominative_hung_as_whose(m.text, entity.name, root, head)
                            or self._title_tail(root, head, m.text == entity.name)
                            or self._past_what_the_title_is_of(root, head, m.text == entity.name)
                            or doc.tokens[head].pos == "ADJ" and doc.tokens[head].feats.get("Number") == "Sing"
                            and doc.tokens[root].feats.get("Case") == doc.tokens[head].feats.get("Case"))
                       # (`Возмущенная увиденным Бэки Рейнолдс`: a participle the parser made the head; the name)
                       and doc.tokens[head].feats.get("Animacy") != "Inan"  # not `пресс-служба губернатора X`
                       and not (m.text != entity.name and self._names_modifier(root, head))
                       and not self._owner_of_subject(root, head, m.text, entity.name))
            quoted = any(mark and mark in OPENING + AMBIGUOUS for mark in (m.text[:1], doc.text[m.start - 1:m.start]))
            apposed = self._apposed(root, head) and (
                _case_agrees(doc, root, head) or quoted and m.text == entity.name) and not (
                entity.type != "PER" and quoted and doc.lemma(head) in lexicon.ROLE_NOUNS) and not (
                entity.type != "PER" and (doc.lemma(head) in lexicon.INFORMANT_NOUNS
                                          or self._said_of_any_commentator(doc.lemma(head))))  # (`хозяин "Адлер
            # Виртшафт"`: his business, named beside him; but `оператор «Билайн»` is the company; `два источника
            # Reuters` are the agency's sources, `эксперт GZT.ru` one who commented to the site; a name in quotation
            # marks written as its nominative keeps it: `сайт "Lenta.ru"`)
            if head in words or apposed or closing:
                # closing: `... Литвы полковника Виргиниюса Чеснулявичюса`
                rank = (entity.type != "PER", self._name_of_genitive_person(root, head), head not in words,
                        doc.trim(m.end, end)[0] < end)
                found.append((rank, entity, root))
        return [(entity, root) for _, entity, root in sorted(found, key=lambda f: f[0])]

    def _nominative_hung_as_whose(self, written: str, name: str, root: int, head: int) -> bool:
        """Is a first name and surname written as the nominative the entities stage gives the person, and read
        as one, after a singular noun in the nominative, an apposition the parser hung as whose (`Эксперт
        Фредерика Вебб`: hers, not Фредерик's)? Not a name that shows no case (`Адвокат Севастиди`), nor after a
        plural (`Соседи Лофнеровых`)."""
        words, tokens = written.split(), self.doc.tokens
        return written == name and len(words) > 1 and not morph.indeclinable_name(words[0]) \
            and tokens[head].feats.get("Number") == "Sing" \
            and tokens[head].feats.get("Case") == "Nom" == tokens[root].feats.get("Case")

    def _owner_of_subject(self, root: int, head: int, written: str, name: str) -> bool:
        """Is the name, hung on the subject noun, in the genitive and not written as its nominative
        (`Адвокат Марлона Брандо подтвердил`: his lawyer)? Not under a woman's verb, whose subject a woman's
        name the tagger read as a genitive may be (`рассказала руководитель проекта Евгения Костицына`)."""
        tokens = self.doc.tokens
        verb = tokens[head].head
        return tokens[root].head == head and tokens[head].feats.get("Case") == "Nom" \
            and not _case_agrees(self.doc, root, head) and not set(written.split()) <= set(name.split()) \
            and not (verb >= 0 and tokens[verb].feats.get("Gender") == "Fem")

    def _name_of_genitive_person(self, root: int, head: int) -> bool:
        """Does the name follow a genitive noun for a person that is not the head, in a case that may be
        the genitive (`Юсуф Пуштун, помощник губернатора Гуль Аги`: the governor's; not in a phrase all
        genitive, `подруги Жанны, телеведущей Леры`)? Another name of the phrase is then the head's."""
        doc = self.doc
        first = doc.subtree(root)[0]
        return first - 1 != head and first > 0 and doc.tokens[first - 1].feats.get("Case") == "Gen" \
            and doc.tokens[head].feats.get("Case") != "Gen" \
            and _is_role(doc, first - 1) and "gent" in morph.cases_of(doc.tokens[root].text) | (
                morph.cases_of(doc.tokens[doc.subtree(root)[-1]].text))

    def _owner_read_as_surname(self, root: int, head: int) -> bool:
        """`Друг Панина прервал молчание`: a common noun opening the sentence, which the tagger took for a first
        name, and the name in the genitive it hangs on: whose friend, not the friend's name."""
        doc = self.doc
        token = doc.tokens[head]
        return token.pos == "PROPN" and doc.tokens[root].head == head and morph.common_noun(token.text) \
            and token.feats.get("Case") == "Nom" and doc.tokens[root].feats.get("Case") == "Gen"

    def _names_modifier(self, root: int, head: int) -> bool:
        """Is the name set beside a person noun that modifies the head, in the modifier's case, not the
        head's (`Сын бывшего президента Ивана Петрова`, `Киллер Кадырова`): the modifier's person? (Asked
        of a name not written as its nominative: `адвокат «лимоновцев» Джалий Сирожидинов` is the lawyer.)"""
        doc = self.doc
        parent = doc.tokens[root].head
        modifier = parent  # up an apposition to what it describes (`родственник одного из военнослужащих,
        for _ in range(4):  # майора Сухроба Каримова`: the major is one of the servicemen)
            if modifier in (head, -1) or doc.tokens[modifier].rel != "appos" or doc.tokens[modifier].head == head:
                break
            modifier = doc.tokens[modifier].head
        return (parent not in (head, -1) and modifier not in (head, -1) and doc.tokens[root].rel == "appos"
                and doc.tokens[modifier].rel == "nmod" and doc.tokens[parent].feats.get("Animacy") == "Anim"
                and not _case_agrees(doc, root, head))

    def _title_tail(self, root: int, head: int, nominative: bool) -> bool:
        """`заместителя директора по персоналу Александра Ушенина`: a name the parser hung on the
        noun of a title's prepositional phrase, in the case of the title's head, or written as its
        nominative name (`заводчик с 20-летним опытом Герлинде Шульце`, whose case no ending shows):
        the titled person."""
        doc = self.doc
        parent, steps = doc.tokens[root].head, 0
        while parent >= 0 and parent != head and steps < 4 \
                and not any(doc.tokens[c].rel == "case" for c in doc.children[parent]):
            parent, steps = doc.tokens[parent].head, steps + 1  # `один из организаторов демонстраций Хордур
            # Торфасон`: hung on the genitive inside the phrase
        return (parent >= 0 and (steps == 0 or parent != head)
                and any(doc.tokens[c].rel == "case" for c in doc.children[parent])
                and (nominative or _case_agrees(doc, root, head)))

    def _past_what_the_title_is_of(self, root: int, head: int, nominative: bool) -> bool:
        """`Редактор списка Рэйчел Олдройд говорит`: a name written as its nominative that the parser hung on
        the thing the head's title is of (an inanimate common noun, no body or group, modifying the head) is the
        titled person, not an owner of the thing, whose name would be in the genitive."""
        doc = self.doc
        thing = doc.tokens[root].head
        return nominative and thing >= 0 and doc.tokens[thing].head == head and doc.tokens[thing].rel == "nmod" \
            and doc.tokens[thing].pos == "NOUN" and doc.tokens[thing].feats.get("Animacy") == "Inan" \
            and not someone_or_a_body(doc, thing) and doc.lemma(thing) not in lexicon.GROUP_NOUNS \
            and not doc.tagged_at(doc.tokens[thing].start, ("ORG", "LOC"))

    def _apposed(self, root: int, head: int) -> bool:
        """Is the name rooted at `root` in apposition to the mention's head (not a complement like
        `пресс-служба МИД`), directly or as a conjunct of such a name?"""
        tokens = self.doc.tokens
        k = root
        for _ in range(4):
            if tokens[k].head == head:  # (a person's nominative the parser hung as a modifier, `судья Затомская`,
                # or coordinated: `местный медиум, 39-летняя Джейн Коэн, заявила`)
                return tokens[k].rel in _APPOSED or tokens[k].rel == "nmod" and self._nominative_person(k, head) \
                    or tokens[k].rel == "conj" and self._apposition_read_as_conjunct(k)
            if tokens[k].rel not in _APPOSED and tokens[k].rel != "conj":
                return False
            k = tokens[k].head
            if k < 0:
                return False
        return False

    def _nominative_person(self, name: int, head: int) -> bool:
        """Is the name one person's, in the nominative the singular head is in, as the dictionary may read it
        and never as a genitive (`отчим Мелоуна`)?"""
        doc = self.doc
        text = doc.tokens[name].text
        return (doc.tagged_at(doc.tokens[name].start, ("PER",)) and morph.may_be_nominative(text)
                and "gent" not in morph.cases_of(text)
                and all(doc.tokens[j].feats.get("Case") == "Nom" and doc.tokens[j].feats.get("Number") == "Sing"
                        for j in (name, head)))

    def _made_by_someone_named(self, document: int) -> bool:
        """Does the document's own sentence name who made or sent it, the doer of a participle set after its
        noun (`в резолюции, единогласно принятой участниками митинга`) or the subject of the verb it is the
        object of (`Участники митинга приняли резолюцию, в которой говорится`)? Then the document is the
        source itself (as `совместная декларация, подписанная X и Y` is), not the last body that spoke."""
        doc, tokens = self.doc, self.doc.tokens
        verb = tokens[document].head
        if tokens[document].rel == "obj" and verb >= 0 and any(
                tokens[c].rel == "nsubj" and someone(doc, c) for c in doc.children[verb]):
            return True
        if document + 2 >= len(tokens) or tokens[document + 1].text != ",":
            return False
        participle = next((k for k in range(document + 2, min(document + 4, len(tokens))) if tokens[k].pos != "ADV"),
                          None)
        return participle is not None and morph.known_as(doc.word(participle), "PRTF") and any(
            tokens[c].feats.get("Case") == "Ins" and preposition(doc, c) is None and someone(doc, c)
            for c in doc.children[participle])

    def _linked(self, token: int) -> Optional[Entity]:
        """The entity the entities stage linked this pronoun or role noun to, if any."""
        t = self.doc.tokens[token]
        entity = entity_at(self.doc.article, t.start, t.end)
        if entity is None:
            return None
        covering = any(e is entity and m.start <= t.start and t.end <= m.end
                       for e, m in mention_index(self.doc.article).meeting(t.start, t.end))
        return entity if covering else None

    def _common_kind(self, head: int) -> str:
        doc = self.doc
        lemma = doc.lemma(head)
        if lemma in lexicon.INSTITUTION_NOUNS:
            return "organization"
        if lemma in lexicon.DOCUMENT_NOUNS:
            return "other"
        if lemma in lexicon.DATA_NOUNS:
            return "unnamed"
        if doc.tokens[head].feats.get("Number") == "Plur" or any(
                doc.tokens[c].rel in ("conj", "nummod:gov") for c in doc.children[head]):
            return "group"
        return "unnamed"

    # ------------------------------------------------------------------ referring back

    def _in_sentence(self, pronoun: int, gender: Optional[str]) -> Optional[Speaker]:
        """`видеозапись выступления отца Сергия, где он назвал ...`: a person named earlier in the
        pronoun's own sentence, the nearest that agrees, comes first; not one the statement's own words
        name (`После этого Каддафи покинет страну, добавил он`: someone else speaks of him)."""
        sentence = self.doc.sentence_range(pronoun)
        start, at = self.doc.tokens[sentence.start].start, self.doc.tokens[pronoun].start
        near = [a for a in self._not_in_content(self.named.between(start, at)) if a.speaker.kind == "person"
                and (gender is None or a.gender is None or a.gender == gender)
                and not self._bound_by(pronoun, a.position)]
        return max(near, key=lambda a: a.position).speaker if near else None

    def _sole_person_of_sentence_before(self, pronoun: int, gender: Optional[str]) -> Optional[Speaker]:
        """`Ожидается встреча главы МИД Израиля Ципи Ливни и генсека ООН Кофи Аннана. Накануне в интервью он
        заявил, что ...`: a pronoun that opens the statement it tells, after a sentence of its paragraph that
        names one person of its gender and reports no one's words, is that person, not whoever spoke further
        back (not `..., - сказал он`, closing words that go on from the one who spoke them)."""
        doc, statement = self.doc, self.statement
        sentence = doc.sentence_range(pronoun)
        if statement is None or doc.tokens[pronoun].start > statement.start or sentence.start == 0:
            return None
        before = doc.sentence_range(sentence.start - 1)
        start, end = doc.tokens[before.start].start, doc.tokens[sentence.start].start
        paragraph = doc.region_of(doc.tokens[pronoun].start)
        if paragraph is None or paragraph.start > start or bisect_left(self._content_starts, start) \
                != bisect_left(self._content_starts, end):
            return None
        people = {a.speaker.entity: a for a in self.named.between(start, end)
                  if a.speaker.kind == "person" and _agrees(a, gender, "Sing")}
        return next(iter(people.values())).speaker if len(people) == 1 else None

    def _described_subject_just_before(self, pronoun: int, gender: Optional[str]) -> Optional[str]:
        """`Задержанный уже дал признательные показания. Он утверждает, что ...`: a pronoun that opens the statement
        it tells, after a sentence of its paragraph whose subject is a participle standing for a person (`задержанный`,
        `пострадавший`), of its gender, linked to no one, and which names no one, is that person (its description, in
        the nominative), not whoever was named further back (the victim). A noun may be one named before
        (`Политик`, `Женщина`), which the resolver's other rules read."""
        doc, statement = self.doc, self.statement
        sentence = doc.sentence_range(pronoun)
        if statement is None or doc.tokens[pronoun].start > statement.start or sentence.start == 0:
            return None
        before = doc.sentence_range(sentence.start - 1)
        paragraph = doc.region_of(doc.tokens[pronoun].start)
        if paragraph is None or paragraph.start > doc.tokens[before.start].start \
                or any(doc.tagged_at(doc.tokens[k].start, ("PER",)) for k in before):
            return None
        root = next((k for k in before if doc.tokens[k].head < 0), None)
        subject = next((c for c in doc.children[root] if doc.tokens[c].rel == "nsubj"), None) \
            if root is not None else None
        if subject is None or doc.tokens[subject].feats.get("Number") != "Sing" \
                or gender not in (None, doc.tokens[subject].feats.get("Gender")) or self._linked(subject) is not None:
            return None
        token = doc.tokens[subject]
        described = token.feats.get("VerbForm") == "Part" and token.feats.get("Case") == "Nom" and token.pos == "VERB"
        return phrase(doc, subject, *mention_span(doc, subject)) if described else None

    def _named_person_for(self, pronoun: int, found: Optional[Speaker]) -> Optional[Speaker]:
        """A person's pronoun (`он`, `его`) that the rules took for a body, a thing or someone described
        (`Студент`, `соцсеть`, `полученные сведения`) is the named person the entities stage linked it to,
        where it linked one; an anonymous source that spoke (`источник`, `собеседник агентства`), a
        reporter (`корреспондент РИА Новости`) or an officer of a trial (`Прокурор заявил`) stays."""
        sources = _INFORMANTS | lexicon.PRESS_NOUNS
        if found is None or found.kind == "person" or (found.kind == "unnamed" and any(
                (lemma := morph.content_lemma(word)) in sources or officer_of_trial(lemma or word)
                for word in re.findall(r"[\w-]+", found.name.lower()))):  # (`источник, близкий к Кремлю`)
            return found
        linked = self._linked(pronoun)
        abroad = linked is not None and found.mention is not None \
            and self._abroad(_speaker(linked, None), self._countries(found.mention))
        # (`Турецкий министр подчеркнул ... Он добавил`: not the Russian minister named before)
        return _speaker(linked, None) if linked is not None and linked.type == "PER" and not abroad \
            and linked.id not in self._in_content and not self._last_named_in_words_of(linked, found, pronoun) \
            else found

    def _last_named_in_words_of(self, entity: Entity, speaker: Speaker, before: int) -> bool:
        """Was the person named last before the token in the words of the unnamed speaker (`... во главе с
        Сергеем Борисовым. Об этом сообщил официальный представитель прокуратуры. «...», - отметил он`): whom
        the speaker told of, not who `он` is?"""
        at = self.doc.tokens[before].start
        last = max((m for m in entity.mentions if m.kind == "name" and m.end <= at), key=lambda m: m.start,
                   default=None)
        return last is not None and any(told.start <= last.start and last.end <= told.end
                                        and not told.frame[0] <= last.start < told.frame[1]
                                        for told, name in self._told_by_unnamed if name == speaker.name)

    def _relayed_before(self, pronoun: int, gender: Optional[str]) -> Optional[Speaker]:
        """The body an outlet's report in the sentence before cites (`передает ТАСС со ссылкой на агентство
        Рёнхап. По его информации`) or something became known to (`стало известно порталу Life News. По его
        данным`), or the subject of a sentence before that names no person (`Кадры показал телеканал AlJazeera. По
        его версии`): whose data a frame's possessive then gives, where its kind noun agrees with the pronoun
        (`радиостанцию Europe 1`, `По ее данным`)."""
        doc = self.doc
        sentence = doc.sentence_range(pronoun)
        before = doc.sentence_range(sentence.start - 1) if sentence.start > 0 else sentence
        start, at = doc.tokens[before.start].start, doc.tokens[pronoun].start
        people = [a for a in self.named.between(start, at) if a.speaker.kind == "person"]
        cited = [a for a in self.organizations.between(start, at) if self._cited(a) or self._became_known_to(a)
                 or not people and a.speaker.mention is not None
                 and (root := self._root(a.speaker.mention)) is not None and self._names_subject(root)]
        if not cited:
            return None
        latest = max(cited, key=lambda a: a.position)
        return latest.speaker if self._body_gender(latest) in ((gender, "Neut") if gender == "Masc" else (gender,)) \
            else None

    def _became_known_to(self, antecedent: Antecedent) -> bool:
        """Is the antecedent the one something became known to (`стало известно порталу Life News`), itself or the
        kind noun it is set beside?"""
        doc, mention = self.doc, antecedent.speaker.mention
        k = doc.token_at(mention.start) if mention is not None else None
        for word in (k, doc.tokens[k].head) if k is not None else ():
            verb = doc.tokens[word].head if word >= 0 else -1
            known = known_to(doc, verb) if verb >= 0 else None
            if known is not None and known.head == word:
                return True
        return False

    def _body_gender(self, antecedent: Antecedent) -> Optional[str]:
        """The gender of a body's name: of the kind noun it opens with or is set after (`порталу Life News`,
        `радиостанцию Europe 1`), else of its first word as the tagger read it."""
        doc, mention = self.doc, antecedent.speaker.mention
        k = doc.token_at(mention.start) if mention is not None else None
        if k is None:
            return None
        before = k - 1 if k > 0 and doc.tokens[k - 1].text in MARKS else k
        kind = k if doc.tokens[k].text.islower() else before - 1
        if kind >= 0 and doc.tokens[kind].pos == "NOUN" and doc.tokens[kind].text.islower():
            return doc.tokens[kind].feats.get("Gender")
        return doc.tokens[k].feats.get("Gender")

    def _main_subject(self, pronoun: int, gender: Optional[str]) -> Optional[Speaker]:
        """`Ильвес призвал не быть наивными в отношении России, которая, по его мнению, становится
        агрессивной`: a frame's pronoun in a clause below the sentence's main one stands for the person
        named before it as the main clause's subject (not `«Левиафан» Звягинцева не понравился Мединскому
        и, по его мнению, ...`: a name inside the subject is no subject)."""
        doc = self.doc
        sentence = doc.sentence_range(pronoun)
        root = next((k for k in sentence if doc.tokens[k].head < 0), -1)
        if self._clause_of(pronoun) in (root, -1):
            return None  # the pronoun's own clause is the main one
        start, at = doc.tokens[sentence.start].start, doc.tokens[pronoun].start
        fits = [a for a in self.named.between(start, at) if a.speaker.kind == "person" and a.speaker.mention
                and (gender is None or a.gender in (None, gender)) and self._subject_of(a.speaker.mention) == root]
        return fits[-1].speaker if fits else None

    def _clause_of(self, k: int) -> int:
        """The verb whose clause holds the token (the first verb above it), or the sentence's root."""
        tokens = self.doc.tokens
        k = tokens[k].head
        while k >= 0 and tokens[k].pos not in ("VERB", "AUX") and tokens[k].head >= 0:
            k = tokens[k].head
        return k

    def _subject_of(self, mention: Span) -> int:
        """The verb the mention (its first word) is the subject of, or -1."""
        k = self.doc.token_at(mention.start)
        return -1 if k is None else self._verb_of_subject(k)

    def _bound_by(self, pronoun: int, offset: int) -> bool:
        """Is the name at the offset one the pronoun, a subject, cannot stand for (`bound_by_subject`)?"""
        token = self.doc.token_at(offset)
        return token is not None and bound_by_subject(self.doc.analysis, pronoun, token)

    def _refer_back(self, position: int, gender: Optional[str], number: Optional[str], people_only: bool,
                    role: Optional[str] = None, countries: frozenset[str] = frozenset(),
                    offices: frozenset[str] = frozenset(), outlets: bool = True,
                    nationality: frozenset[str] = frozenset()) -> Optional[Speaker]:
        """The latest antecedent before `position` that agrees in gender and number: one whose own
        mention has the same role noun first (or, with none, one of the `nationality` the role noun's adjective
        gives), then a speaker or a person named as a subject, then anyone named; never one who holds office only in
        other countries than the role noun's, nor only a speaker with no office in the country a role noun's title
        names (`министр юстиции РФ`); `outlets`: a news outlet may be the one."""
        spoken, named = self._earlier(position)
        fitting = [a for a in spoken + named
                   if (not people_only or a.speaker.kind == "person" or (
                       role is None and a.speaker.kind == "unnamed" and a.spoke))  # `министр` spoke, then `он`
                   and _agrees(a, gender, number) and not self._abroad(a.speaker, countries)
                   and not ((not outlets or number == "Plur" and a.number != "Plur")  # `они`: not a paper
                            and self._outlet(a.speaker))
                   and not _data(a.speaker)]  # `По предварительной информации, ... есть школьница. Она позвонила`
        if not fitting:
            return None
        reference = self.reference
        owners = self._persons_named(reference.token) if role is not None and reference is not None \
            and reference.token is not None else set()
        other_side = self._on_another_side(spoken + named, role) if role is not None else set()
        fitting = [a for a in fitting if a.speaker.entity not in owners | other_side]  # never whose the role is,
        # nor one of another side of a trial
        if role is not None:  # a role noun: someone described by it before, else the latest speaker
            paraphrased = self._paraphrased(reference)  # `глава государства`: by the office's titles, not `глава`
            if paraphrased and reference is not None and reference.token is not None and reference.mention is not None \
                    and self._bodies_named(reference.token, reference.mention):
                paraphrased = frozenset()  # `глава Минприроды` names the body it heads
            same_role = [a for a in fitting if not self._own_mention(a) and (
                self._holds_any(a, paraphrased) or (self._described_as(a, role) or self._titled(a, role))
                and not (paraphrased and self._heads_named_body(a, role)))]
            if not same_role and nationality:  # `канадский боксер`: the Canadian named before (`с канадцем X`)
                same_role = [a for a in fitting if self._from_countries(a.speaker, nationality)]
            if self.headline:  # the first one the article then describes so
                return min(same_role, key=lambda a: a.position).speaker if same_role else None
            if officer_of_trial(role):  # `Прокурор заявил` is not the convict who spoke before, but `адвокат` is
                # whoever the article called a lawyer or a counsel for the defence
                same_side = same_role or [a for a in fitting if not self._own_mention(a) and self._of_side(a, role)]
                return max(same_side, key=lambda a: a.position).speaker if same_side else None
            outlet_spoke = max((a.position for a in spoken if self._outlet(a.speaker)), default=-1) \
                if role in lexicon.PRESS_NOUNS else -1
            spoken = [a for a in fitting if a.spoke and (not offices or self._holds_office_in(a.speaker, offices))
                      and not self._holds_another_office(a.speaker, role)
                      and not self._holds_another_post(a.speaker, role)
                      and (not owners or self._spoke_just_before(a.speaker, position))
                      and a.position > outlet_spoke]
            # `Представитель Аркадия Ротенберга` is his, not whoever spoke before, unless just before (`пояснил
            # Закаев ... - считает спецпредставитель Масхадова`); `журналист` after an outlet spoke is who wrote
            # for it (`пишет газета The Guardian. ..., считает журналист`), not a person who spoke before it
            last = max(spoken, key=lambda a: a.position) if spoken else None
            if last is not None and self._just_before_opening(last.position) and (
                    self._said_of_any_commentator(role) or self._fits_speaker(last.speaker)
                    or self._serves_in_body_named(last.speaker)):
                return last.speaker  # `эксперт`, `политик`: anyone who comments, the one who just did before
                # one called so earlier; `журналист` the `публицист` who just spoke, not a journalist before him;
                # `бывший глава ЧФ РФ` the former commander of the fleet who did, not the head of state
            commenting = (not same_role and self._said_of_any_commentator(role) or self._floor_taken_before()) \
                and (last is None or not self._just_before_opening(last.position))
            subject = self._subject_just_before(self.opening, gender) if commenting else None
            if subject is not None and not self._abroad(subject, countries) \
                    and not self._holds_another_office(subject, role) and not self._holds_another_post(subject, role):
                return subject  # `Аналогичное мнение высказал первый вице-премьер Игорь Шувалов. «...», - пояснил
                # политик`: who comments is the one named as the subject just before, not who spoke paragraphs back;
                # so is one who took the floor there (`Следующим выступил Иван Дубик. «...», - отрапортовал офицер`),
                # over any other described by the noun before
            if same_role or spoken:
                return max(same_role or spoken, key=lambda a: a.position).speaker
            return None
        pronoun = self.reference is not None and self.reference.kind == "pronoun" and number != "Plur"
        salient = [a for a in fitting if a.salient and not (pronoun and self._one_of_a_pair(a))]
        return max(salient or fitting, key=lambda a: a.position).speaker  # (not one of `братья Боб и Майк Брайан`
        # for `он`: a subject of two is no one's of them alone)

    def _fits_speaker(self, speaker: Speaker) -> bool:
        """Does the role noun being resolved name one of the speaker's posts, read elsewhere in the article, by
        its title or its trade (not only by a country, as `_fits` may)?"""
        entity = self._entities.get(speaker.entity or "")
        reference = self.reference
        if entity is None or reference is None or reference.token is None or reference.mention is None:
            return False
        lemma, mention = self.doc.lemma(reference.token), reference.mention
        return any(_titled(role, lemma) for role in entity.roles
                   if role.end <= mention.start or role.start >= mention.end)

    def _serves_in_body_named(self, speaker: Speaker) -> bool:
        """Has the speaker a known role in an organisation the role phrase being resolved names?"""
        reference = self.reference
        if reference is None or reference.token is None or reference.mention is None:
            return False
        bodies = frozenset(name for name in self._bodies_named(reference.token, reference.mention)
                           if name not in _COUNTRY_NAMES and morph.fold(name) not in _COUNTRY_ALIASES)
        # (a body or a region, not a country: `Президент РФ`)
        return bool(bodies) and self._serves_in(speaker, bodies)

    @staticmethod
    def _said_of_any_commentator(lemma: str) -> bool:
        """Is the role noun one an article gives to whoever comments in its trade (`эксперт`, `экономист`,
        `политик`; trade_names.tsv), not only to one it described so before?"""
        return TRADE_NAMES.get(morph.fold(lemma)) in _COMMENTATORS_TRADES

    def _on_another_side(self, antecedents: list[Antecedent], lemma: str) -> set[str]:
        """The people the article has referred to by nouns of other sides of a trial than the role noun's, and
        never by one of its side (`По мнению ответчика` is no `истец` after it; trial_sides.tsv)."""
        side = TRIAL_SIDES.get(morph.fold(lemma))
        if side is None:
            return set()
        sides: dict[str, set[Optional[str]]] = {}
        for a in antecedents:
            if a.speaker.entity is not None and a.speaker.mention is not None:
                sides.setdefault(a.speaker.entity, set()).add(self._side_of(a.speaker.mention))
        return {entity for entity, known in sides.items() if known - {None} and side not in known}  # (not one
        # referred to by nouns of both sides: `прокурор` read as the lawyer who spoke before)

    def _side_of(self, mention: Span) -> Optional[str]:
        """The side of a trial a mention's first noun of one names (`адвокат одного из подсудимых`: defence)."""
        doc = self.doc
        return next((found for k in doc.analysis.tokens_in(mention.start, mention.end)
                     if (found := TRIAL_SIDES.get(doc.lemma(k))) is not None), None)

    def _of_side(self, antecedent: Antecedent, lemma: str) -> bool:
        """Was the antecedent's person described, in its mention or a role of its own, as serving the side of a
        trial the role noun names (`адвокат Вадим Прохоров` for a later `защитник`)?"""
        side = TRIAL_SIDES.get(morph.fold(lemma))
        entity = self._entities.get(antecedent.speaker.entity or "")
        mention = self.reference.mention if self.reference is not None else None
        if side is None or antecedent.speaker.mention is not None and self._side_of(antecedent.speaker.mention) == side:
            return side is not None
        return entity is not None and any(title_side(role.title) == side for role in entity.roles
                                          if mention is None or role.end <= mention.start or role.start >= mention.end)

    def _bodies_named(self, head: int, mention: Span) -> frozenset[str]:
        """The organisations and places a role phrase names after its noun (`Представитель Елисейского
        дворца`), by every name the entities stage gave them (`Европейская комиссия`, `Еврокомиссия`);
        not those of a clause that describes the person (`корреспондент, побывавший в отделениях банка`)."""
        doc = self.doc
        clauses = {j for c in doc.children[head] if doc.tokens[c].rel.startswith("acl") for j in doc.subtree(c)}
        return frozenset(name for k in doc.analysis.tokens_in(doc.tokens[head].end, mention.end) if k not in clauses
                         if (e := entity_at(doc.article, doc.tokens[k].start, doc.tokens[k].end)) is not None
                         and e.type in ("ORG", "LOC") for name in (e.name, *e.aliases))

    def _serves_in(self, speaker: Speaker, bodies: frozenset[str]) -> bool:
        """Has the person a known role in one of these bodies (or part of one)?"""
        entity = self._entities.get(speaker.entity or "")
        return entity is not None and any(_same_body(body, role.organization or "") or _seat_of(body, role)
                                          for body in bodies for role in entity.roles if role.organization)

    def _in_other_bodies(self, speaker: Speaker, head: int, any_title: bool = False) -> bool:
        """Are the person's posts of the role noun's title (with `any_title`, all the person's posts) all
        in organisations other than the body its phrase names by a common noun (see `in_other_bodies`)?"""
        entity = self._entities.get(speaker.entity or "")
        if entity is None:
            return False
        posts = [(role.title, " ".join((body.name, *body.aliases))  # by every name: `Совфед`, `Совет Федерации`
                  if (body := self._entities.get(role.entity or "")) is not None and body.type == "ORG" else None)
                 for role in entity.roles]
        return in_other_bodies(posts, None if any_title else self.doc.lemma(head),
                               {self.doc.lemma(c) for c in self._kinds_named(head)
                                if self.doc.tokens[c].feats.get("Animacy") != "Anim"})

    def _serves_anywhere(self, speaker: Speaker) -> bool:
        """Has the person a known role in some organisation?"""
        entity = self._entities.get(speaker.entity or "")
        return entity is not None and any(role.organization for role in entity.roles)

    def _kinds_named(self, head: int) -> list[int]:
        """The nouns in the genitive by which a role noun names its body by the body's kind alone
        (`представитель пресс-службы`, `сотрудник ведомства`, `глава института`), not by a name."""
        doc = self.doc
        return [c for c in doc.children[head] if c > head and doc.tokens[c].rel == "nmod"
                and doc.tokens[c].feats.get("Case") == "Gen" and preposition(doc, c) is None
                and entity_at(doc.article, doc.tokens[c].start, doc.tokens[c].end) is None]

    def _body_by_kind(self, head: int) -> bool:
        """Does a role noun name its body by the kind of an institution (`представитель пресс-службы`)?"""
        return any(self.doc.lemma(c) in lexicon.INSTITUTION_NOUNS for c in self._kinds_named(head))

    def _heads_a_body_not_a_place(self, head: int, speaker: Speaker) -> bool:
        """`глава института` names a body by its kind: not the head of a region (`глава Чечни`) named before."""
        return any(is_institution_noun(self.doc.analysis, c) for c in self._kinds_named(head)) \
            and self._serves_places_only(speaker)

    def _serves_places_only(self, speaker: Speaker) -> bool:
        """Is the person known to hold posts, all of them of regions or towns (`глава Чечни`), none of a body
        nor of a country?"""
        entity = self._entities.get(speaker.entity or "")
        places = [self._entities.get(role.entity or "") for role in entity.roles] if entity is not None else []
        return bool(places) and all(place is not None and place.type == "LOC" and place.name not in _COUNTRY_NAMES
                                    for place in places)

    def _serves_elsewhere(self, speaker: Speaker, bodies: frozenset[str]) -> bool:
        """Has the person known roles in organisations, none of them one of these bodies or part of
        one (`глава представительства Еврокомиссии` is `представитель Еврокомиссии`)?"""
        entity = self._entities.get(speaker.entity or "")
        serving = [role for role in entity.roles if role.organization] if entity is not None else []
        return bool(serving) and not any(_same_body(body, role.organization or "") or _seat_of(body, role)
                                         for body in bodies for role in serving)

    def _office_holder_before(self, position: int, head: int, mention: Span, countries: frozenset[str],
                              gender: Optional[str]) -> Optional[Speaker]:
        """The latest person named or speaking before `position` who holds the office a phrase names by
        what it heads (`глава правительства`: the one known as премьер-министр), in the phrase's country,
        of the gender the statement gives (`Парламентарий добавил`: not the woman who spoke before)."""
        doc = self.doc
        last = doc.token_at(mention.end - 1)
        titles = paraphrased_titles(doc.analysis, head, last + 1) if last is not None else frozenset()
        if not titles:
            return None
        spoken, named = self._earlier(position)
        holding = [a for a in spoken + named if a.speaker.kind == "person" and not self._abroad(a.speaker, countries)
                   and _agrees(a, gender, "Sing") and (entity := self._entities.get(a.speaker.entity or "")) is not None
                   and any(holds_title(role.title, titles) for role in entity.roles)]
        # one who spoke before one only named (`Глава Чечни отметил, что обращение к президенту страны Путину
        # ... — заявил глава республики`: both hold a head's office; the head of Chechnya spoke)
        return max(holding, key=lambda a: (a.spoke, a.position)).speaker if holding else None

    def _unnamed_so_described_just_before(self, position: int, head: int, gender: Optional[str]) -> Optional[Speaker]:
        """`... официальный представитель пакистанских военных властей сообщил Reuters, что ... «...», - сообщил
        представитель`: a bare role noun is the one the article left unnamed who spoke just before, described with
        that very noun, not a named person who spoke further back. Not for the title of an office one holds
        (`Президент РФ выразил надежду ... По словам президента`), whose holder the article names."""
        doc = self.doc
        if any(doc.tokens[c].rel not in ("case", "punct") for c in doc.children[head]) \
                or doc.lemma(head) in _HEAD_OFFICES | _EXCLUSIVE_OFFICES:
            return None
        spoken = self._earlier(position)[0]
        latest = max(spoken, key=lambda a: a.position) if spoken else None
        if latest is None or latest.speaker.kind != "unnamed" or latest.speaker.mention is None \
                or not _agrees(latest, gender, "Sing") or not self._just_before_opening(latest.position):
            return None
        described = latest.speaker.mention
        words = {doc.lemma(k) for k in doc.analysis.tokens_in(described.start, described.end)}
        return latest.speaker if doc.lemma(head) in words else None

    def _untitled_head_just_before(self, position: int, head: int, gender: Optional[str]) -> Optional[Speaker]:
        """`Дональд Трамп подтвердил, что ... «...», - добавил президент США`: a noun of a head's office
        (`президент`, `глава государства`) stands for the person who spoke, or was named as the subject,
        just before in the same paragraph, where the article gives that person no role at all: news names
        a head of state by name alone as often as by title, and one who holds the title paragraphs earlier
        (`президент США Гарри Трумэн`) is not who goes on speaking here. Not a subject only named where a
        holder of the office is named in the paragraph too."""
        doc = self.doc
        titles = self._paraphrased(self.reference)
        if not ({doc.lemma(head)} | titles) & _HEAD_OFFICES:
            return None
        spoken = self._earlier(position)[0]
        latest = max(spoken, key=lambda a: a.position) if spoken else None
        spoke = latest is not None and latest.speaker.kind == "person" and _agrees(latest, gender, "Sing") \
            and self._just_before_opening(latest.position)
        before = latest.speaker if spoke and latest is not None else self._subject_just_before(self.opening, gender)
        entity = self._entities.get(before.entity or "") if before is not None else None
        region = doc.region_of(position)
        if entity is None or entity.type != "PER" or entity.roles or region is None \
                or not any(region.start <= m.start < position for m in entity.mentions):
            return None
        holders = [other for other in self._entities.values() if other.type == "PER" and other is not entity
                   and any(_titled(role, doc.lemma(head)) or holds_title(role.title, titles) for role in other.roles)]
        words = set(entity.name.split())
        if any(words & set(other.name.split()) for other in holders):
            return None  # `Ахмади Нежад` beside `Президент Ирана Махмуд Ахмади Нежад`: one person, read as two
        if not spoke and any(region.start <= m.start < position for other in holders for m in other.mentions):
            return None  # `Блэр пригласил Шарона ... Израильский премьер`: the holder is right here
        return before

    def _in_office_before(self, position: int, gender: Optional[str], countries: frozenset[str],
                          lemma: str) -> Optional[Speaker]:
        """The latest person named before `position` who holds office in one of the countries a role noun
        names (`министр иностранных дел Судана ...` for `Глава суданского дипломатического ведомства`), not
        another office than the noun's (`Премьер-министр Испании` is not its minister of finance)."""
        spoken, named = self._earlier(position)
        holding = [a for a in spoken + named if a.speaker.kind == "person" and _agrees(a, gender, "Sing")
                   and not self._holds_another_office(a.speaker, lemma)
                   and self._holds_office_in(a.speaker, countries)]
        return max(holding, key=lambda a: a.position).speaker if holding else None

    def _subject_just_before(self, position: int, gender: Optional[str]) -> Optional[Speaker]:
        """`Президент Владимир Путин провел совещание. «...», — заявил глава государства.`: a role noun
        no one was described by is the person named as a subject in the sentence before the statement
        (before its quote, when the quote comes first), if only one."""
        if self.headline:
            return None
        at = self.doc.token_at(position)
        if at is None:
            return None
        sentence = self.doc.tokens[at].sentence
        if sentence == 0:
            return None
        before = self.doc.analysis.sentences[sentence - 1]
        people = [a for a in self._not_in_content(self.named.between(before.start, before.end))
                  if a.speaker.kind == "person" and self._nominative(a)]
        near = {a.speaker.entity: a for a in people
                if a.salient and (gender is None or a.gender is None or a.gender == gender)}
        if any(self._coordinated(a) for a in people):  # `окажутся Асланбек Хасханов и Аслан Мурдалов`: not one
            return None
        return next(iter(near.values())).speaker if len(near) == 1 else None

    def _floor_taken_before(self) -> bool:
        """Does the sentence before the statement's have someone take the floor (`Следующим выступил Иван Дубик`,
        floor_verbs.txt), outside quotation marks?"""
        doc = self.doc
        at = doc.token_at(self.opening)
        if at is None or doc.tokens[at].sentence == 0:
            return False
        before = doc.analysis.sentences[doc.tokens[at].sentence - 1]
        return any(doc.lemma(k) in lexicon.FLOOR_VERBS and doc.tokens[k].feats.get("VerbForm") == "Fin"
                   and not doc.in_quotes(k) for k in range(before.first, before.last))

    def _one_of_a_pair(self, antecedent: Antecedent) -> bool:
        """Is the person named as a conjunct of another person's name, either first or after (`Боб и Майк`)?"""
        mention, doc = antecedent.speaker.mention, self.doc
        first = doc.token_at(mention.start) if mention is not None else None
        return self._coordinated(antecedent) or first is not None and any(
            doc.tokens[c].rel == "conj" and doc.tokens[c].pos == "PROPN" for c in doc.children[first])

    def _coordinated(self, antecedent: Antecedent) -> bool:
        """Is the person named as a conjunct of another (`Хасханов и Аслан Мурдалов`)?"""
        mention = antecedent.speaker.mention
        first = self.doc.token_at(mention.start) if mention is not None else None
        return first is not None and self.doc.tokens[first].rel == "conj"

    def _writer_of_text(self, head: int) -> bool:
        """`автор статьи`, `автор поста`: the writer of a text (not `авторы письма`, a group)."""
        doc = self.doc
        return doc.lemma(head) in _WRITER_NOUNS and doc.tokens[head].feats.get("Number") != "Plur" and any(
            doc.tokens[c].rel == "nmod" and doc.analysis.has_lemma(c, lexicon.DOCUMENT_NOUNS)
            for c in doc.children[head])

    def _writer(self, position: int, mention: Span) -> Optional[Speaker]:
        """The writer of a text is the last person to speak (`пишет блогер. «...», - пояснил автор сообщения`);
        None where an outlet spoke since: someone new wrote the outlet's text (`пишет "Независимая газета".
        «...», - отмечает автор статьи`), not whoever the text spoke of."""
        for a in sorted(self._earlier(position)[0], key=lambda a: a.position, reverse=True):
            if a.speaker.kind == "person":  # a blogger, whose mention may read as an outlet's
                return _as_mention(a.speaker, mention)
            if self._outlet(a.speaker):
                break
        return None

    def _sex_noun(self, head: int) -> bool:
        """A noun that says only man or woman (`Девушка`, `молодой человек`), with nothing that
        describes someone new (`женщина, пожелавшая остаться неизвестной`, `одна из женщин`)."""
        doc = self.doc
        token = doc.tokens[head]
        if token.feats.get("Number") == "Plur":
            return False
        adjectives = [c for c in doc.children[head] if doc.tokens[c].rel == "amod"]
        others = [c for c in doc.children[head] if doc.tokens[c].rel not in ("amod", "case", "punct")
                  and not (c > head and addressee(doc, c))]
        written = " ".join([doc.lemma(c) for c in adjectives] + [doc.lemma(head)])
        return not others and written in _SEX_NOUNS

    def _brought_in(self, head: int) -> bool:
        """Is the noun the subject of an act set before it, no act of saying (`в милицию обратился мужчина и
        сообщил`): someone the sentence brings in, not the one named before?"""
        doc = self.doc
        verb = doc.tokens[head].head
        cue = self.statement.cue_token if self.statement is not None else None
        return doc.tokens[head].rel == "nsubj" and 0 <= verb < head and verb != cue and not is_cue(doc, verb)

    def _one_person_just_before(self, head: int) -> Optional[Speaker]:
        """`Так, аккаунт инженера Айсис Анчали заблокировали. Девушка рассказала, что ...`: the one
        person of the noun's sex named in the statement's sentence or the sentence before it."""
        doc = self.doc
        opening = doc.token_at(self.opening)
        if opening is None:
            return None
        sentence = doc.tokens[opening].sentence
        start = doc.analysis.sentences[max(0, sentence - 1)].start
        sex = {"Masc": "masc", "Fem": "femn"}.get(doc.tokens[head].feats.get("Gender", ""))
        near = {a.speaker.entity: a.speaker for a in self.named.between(start, doc.tokens[head].start)
                if a.speaker.kind == "person" and _may_be(a.speaker.name, sex)}
        if len(near) > 1:  # `Аллину разыграли пранкеры Лексус и Вован: им женщина рассказала`: the one whose
            near = {e: s for e, s in near.items() if _known_to_be(s.name, sex)}  # first name says she is
        return next(iter(near.values())) if len(near) == 1 else None

    def _unnamed_of_the_sex_who_spoke_last(self, head: int) -> Optional[Speaker]:
        """`Как рассказала одна из участниц акции, ... «...», - заявила женщина`: the one who spoke last, in the
        statement's sentence or the ones before it, where the article left them unnamed and they are of the noun's
        sex."""
        sex = self.doc.tokens[head].feats.get("Gender")
        spoken = self._earlier(self.doc.tokens[head].start)[0]
        last = max(spoken, key=lambda a: a.position) if spoken else None
        if last is None or last.speaker.kind != "unnamed" or sex is None or last.gender != sex \
                or self._sentence_at(last.position) < self._sentence_at(self.opening) - SENTENCES_BACK:
            return None
        return last.speaker

    def _person_described_before(self, pronoun: int, gender: Optional[str], number: str = "Sing") -> Optional[str]:
        """`Уголовное дело против гаишника не возбудили. Он утверждает, что ...`: when no one named
        agrees, a pronoun is the latest person or anonymous source described by a noun alone (its
        description, in the nominative), in its sentence or the two before, outside quotations
        (`со ссылкой на информированный источник в структурах ЕС. По его словам`); `они`, the latest
        people so described (`иск родственников дипломата, в котором они требовали`)."""
        doc = self.doc
        sentence = doc.tokens[pronoun].sentence
        first = doc.analysis.sentences[max(0, sentence - SENTENCES_BACK)].first
        for k in range(pronoun - 1, first - 1, -1):
            token = doc.tokens[k]
            if token.pos != "NOUN" or token.feats.get("Number") != number:
                continue
            if ((_is_role(doc, k) and token.feats.get("Animacy") == "Anim" or doc.lemma(k) in lexicon.INFORMANT_NOUNS)
                    and gender in (None, token.feats.get("Gender"))
                    and not any(doc.tokens[c].rel.startswith("nsubj") and doc.tokens[c].pos == "PRON"
                                for c in doc.children[k])  # `Все они граждане Бангладеш`: said of them
                    and doc.quote_around(token.start) is None and self._linked(k) is None):
                return phrase(doc, k, *mention_span(doc, k))
        return None

    def _nominative(self, antecedent: Antecedent) -> bool:
        """Is the antecedent's name written in the nominative (its last word)?"""
        mention = antecedent.speaker.mention
        last = self.doc.token_at(mention.end - 1) if mention is not None else None
        return last is not None and self.doc.tokens[last].feats.get("Case") == "Nom"

    def _described_before(self, position: int, lemma: str) -> Optional[Speaker]:
        """The latest speaker or person named before `position` whose mention was written with the noun."""
        spoken, named = self._earlier(position)
        same = [a for a in spoken + named if self._described_as(a, lemma)]
        return max(same, key=lambda a: a.position).speaker if same else None

    def _body_named_with(self, position: int, lemma: str) -> Optional[Speaker]:
        """The latest organisation named with the noun before `position` (`группировкой «Джеиш ат-Таифа»`)."""
        named = [a for a in self.organizations.between(position - LOOK_BACK, position) if self._named_with(a, lemma)]
        return max(named, key=lambda a: a.position).speaker if named else None

    def _country_named_before(self, position: int) -> Optional[Speaker]:
        """The country named last before `position`, outside quotations (`Кыргызстаном` before `Эта страна`)."""
        doc = self.doc
        named = [(m.start, entity, m) for entity in doc.article.entities if entity.type == "LOC"
                 and entity.name in _COUNTRY_NAMES for m in entity.mentions if m.kind == "name"
                 and position - LOOK_BACK <= m.start < position and doc.quote_around(m.start) is None]
        if not named:
            return None
        _, entity, m = max(named, key=lambda n: n[0])
        return _speaker(entity, Span.of(doc.text, m.start, m.end))

    def _source_described_before(self, position: int, lemma: str) -> Optional[Speaker]:
        """The latest anonymous source that spoke before `position` described by the noun: a bare
        `источник` is the one the article described in full."""
        same = [a for a in self._earlier(position)[0] if a.speaker.kind == "unnamed" and self._described_as(a, lemma)]
        return max(same, key=lambda a: a.position).speaker if same else None

    def _named_after(self, reference: Reference) -> Optional[Speaker]:
        """The one person the article names later with every word of the role phrase, in apposition to the
        name (`представитель телеканала заявил ...`, then `представитель телеканала Виктор Зиновьев`); not
        where the noun stood for many before (`задержали пять активистов ... рассказал активист`)."""
        doc, mention = self.doc, reference.mention
        if mention is None or reference.number == "Plur":
            return None
        words = {doc.lemma(k) for k in doc.analysis.tokens_in(mention.start, mention.end)
                 if doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ")}
        head = reference.token
        if not words or head is None or any(  # `задержали пять активистов ... рассказал активист`: one of them
                doc.lemma(k) == doc.lemma(head) and doc.tokens[k].feats.get("Number") == "Plur" for k in range(head)):
            return None
        later = {entity.id: entity for entity in self._entities.values() if entity.type == "PER"
                 for role in entity.roles if role.start >= mention.end
                 and words <= {doc.lemma(k) for k in doc.analysis.tokens_in(role.start, role.end)}
                 and any(m.kind == "name" and (0 <= m.start - role.end <= 3 or 0 <= role.start - m.end <= 3)
                         for m in entity.mentions)}
        return _speaker(next(iter(later.values())), mention) if len(later) == 1 else None

    def _first_named_next(self, reference: Reference) -> Optional[Speaker]:
        """`Премьер-министр сказал ... Михаил Касьянов также заметил`: a role phrase no one was known by is the
        person the article first names just after it (in the next sentence, or past a quotation), by a bare name,
        as the subject of a verb of speech, with no one else named between."""
        doc, mention = self.doc, reference.mention
        if mention is None or reference.number == "Plur":
            return None
        names = [(m.start, m.end, entity) for entity in self._entities.values() if entity.type == "PER"
                 for m in entity.mentions if m.kind == "name" and m.start >= mention.end]
        if not names:
            return None
        start, end, entity = min(names, key=lambda named: named[:2])
        first = min(m.start for m in entity.mentions if m.kind == "name")
        k, name = doc.token_at(start), doc.analysis.tokens_in(start, end)
        if first < start or k is None or not doc.tokens[k].rel.startswith("nsubj") or doc.tokens[k].head < 0 \
                or not is_cue(doc, doc.tokens[k].head) or any(0 <= start - role.end <= 3 for role in entity.roles) \
                or any(doc.tokens[c].rel.startswith(("acl", "appos")) and c not in name and c < doc.tokens[k].head
                       for n in name for c in doc.children[n]) \
                or any(doc.tokens[i].pos == "PUNCT" for i in range(min(name.stop, doc.tokens[k].head + 1),
                                                                  max(name.start, doc.tokens[k].head))):
            return None  # (not one named before, nor one described as he is named: `глава МИД Сергей Лавров`,
            # `Мишель Платини, который сам ...`; a clause past the verb is the parser's stray)
        gender = _gender(doc, entity)
        if reference.gender and gender and reference.gender != gender:
            return None
        analysis = doc.analysis
        between = analysis.sentences[self._sentence_at(mention.end) + 1:doc.tokens[k].sentence]
        quoted = all(analysis.quote_of[next((i for i in range(sentence.first, sentence.last) if analysis.is_word[i]),
                                            sentence.first)] is not None for sentence in between)
        return _speaker(entity, mention) if quoted else None

    def _described_so_and_spoke_just_before(self, position: int, head: int) -> Optional[Speaker]:
        """The person whose statement came just before, where the article described them by the bare noun
        (`Ее сестра Вера Савченко заявила ... По версии Веры Савченко ... сообщила ее сестра`), as a speaker or
        anywhere before (`выступая в суде в качестве свидетеля ... - сказал свидетель`)."""
        spoken, named = self._earlier(position)
        last = max(spoken, key=lambda a: a.position) if spoken else None
        if last is None or last.speaker.kind != "person" or last.speaker.entity is None \
                or not self._just_before_opening(last.position):
            return None
        lemma = self.doc.lemma(head)
        entity = self._entities.get(last.speaker.entity)
        described = any(a.speaker.entity == last.speaker.entity and self._written_with(a.speaker.mention, lemma)
                        for a in spoken + named) or entity is not None and (
            any(m.kind == "descriptor" and m.end <= position and self._written_with(m, lemma) for m in entity.mentions)
            or any(role.end <= position and _titled(role, lemma) for role in entity.roles))
        return last.speaker if described else None

    def _described_alike_before(self, position: int, head: int, start: int, end: int,
                                gender: Optional[str]) -> Optional[Speaker]:
        """The latest person of the cue's gender named before `position` whose mention held every word of this
        description, and more than its head (`отец пострадавшей`, not a bare `отец`): each word by its lemma or,
        for a participle whose lemma the tagger may give as its verb's, as written. The person whose
        statement came just before needs only the head and whose it is (`старший брат погибшего отца
        четверых детей` after `брат погибшего Шон Холл` spoke)."""
        doc = self.doc
        words = [k for k in doc.analysis.tokens_in(start, end) if doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "VERB")]
        if len(words) < 2:
            return self._described_so_and_spoke_just_before(position, head)

        def holds(mention: Span, described: list[int]) -> bool:
            inside = doc.analysis.tokens_in(mention.start, mention.end)
            known = {doc.lemma(k) for k in inside} | {doc.tokens[k].text.lower() for k in inside}
            return all(doc.lemma(k) in known or doc.tokens[k].text.lower() in known for k in described)

        spoken, named = self._earlier(position)
        alike = [a for a in spoken + named if a.speaker.kind == "person" and a.speaker.mention is not None
                 and holds(a.speaker.mention, words) and _agrees(a, gender, "Sing")]  # (`представитель МИД ...
        # назвал` is not `представитель МИД РФ Мария Захарова`)
        if alike:
            return max(alike, key=lambda a: a.position).speaker
        last = max(spoken, key=lambda a: a.position) if spoken else None
        if last is None or last.speaker.kind != "person" or last.speaker.mention is None \
                or not self._spoke_just_before(last.speaker, position) or not holds(last.speaker.mention, [head]) \
                or not _agrees(last, gender, "Sing"):
            return None
        whose = [c for c in doc.children[head] if doc.tokens[c].rel == "nmod" and c in words]
        # whose it is, by the noun or by an adjective the parser hung on it (`погибшего отца`)
        if whose and all(any(holds(last.speaker.mention, [k]) for k in (c, *doc.children[c])
                             if k == c or doc.tokens[k].rel == "amod") for c in whose):
            return last.speaker
        return None

    def _relative_by_surname(self, position: int, head: int, gender: Optional[str]) -> Optional[Speaker]:
        """`Дочь экс-президента Югославии ... заявила` after `Мария Милошевич назвала`: a noun of kinship whose
        genitive is a person is the one person named before of the cue's gender, not that one, who bears the
        same surname."""
        doc = self.doc
        if doc.lemma(head) not in lexicon.KINSHIP_NOUNS:
            return None
        owners = [e for c in doc.children[head] if doc.tokens[c].rel == "nmod" and preposition(doc, c) is None
                  if (e := entity_at(doc.article, doc.tokens[c].start, doc.tokens[c].end)) is not None
                  and e.type == "PER"]
        if not owners or len(owners[0].name.split()) < 2:
            return None
        family = morph.surname_keys(owners[0].name.split()[-1])
        spoken, named = self._earlier(position)
        kin = {a.speaker.entity: a.speaker for a in spoken + named
               if a.speaker.kind == "person" and a.speaker.entity not in (None, owners[0].id)
               and _agrees(a, gender, "Sing") and len(a.speaker.name.split()) > 1
               and morph.surname_keys(a.speaker.name.split()[-1]) & family}
        return next(iter(kin.values())) if len(kin) == 1 else None

    def _groups(self) -> list[Antecedent]:
        """Plural subjects that name people (`Лидеры европейских стран собрались`, `несколько тысяч
        демонстрантов остаются`), and the datives that do what a verb of experiencing says (`Чиновникам идея
        понравилась`), for `они`."""
        doc = self.doc
        out = []
        for k, token in enumerate(doc.tokens):
            if (token.pos == "NOUN" and token.feats.get("Number") == "Plur" and token.feats.get("Animacy") == "Anim"
                    and (token.rel == "nsubj" and not in_no_subject_case(doc, k) and not self._absent(k)
                         or self._counted_subject(k)
                         or self._experiencer(k))
                    and doc.quote_around(token.start) is None):
                start, end = mention_span(doc, k)
                reported = self._reported(token.start, outlets=False)  # not an outlet's report (`несколько тысяч
                # демонстрантов остаются на площади, сообщает ИТАР-ТАСС. Они требуют`)
                speaker = Speaker(phrase(doc, k, start, end), "group", None, Span.of(doc.text, start, end))
                out.append(Antecedent(start, speaker, None, "Plur", not reported))
        return out

    def _absent(self, k: int) -> bool:
        """Is the subject a genitive of what there is not (`Холост, детей нет`, `свидетелей не было`)?"""
        doc = self.doc
        verb = doc.tokens[k].head
        return doc.tokens[k].feats.get("Case") == "Gen" and verb >= 0 and (
            doc.lemma(verb) == "нет" or any(doc.lemma(c) == "не" for c in doc.children[verb]))

    def _counted_subject(self, k: int) -> bool:
        """Is the noun what a subject counts (`несколько тысяч демонстрантов`, `Сотни людей`)?"""
        head = self.doc.tokens[k].head
        return self.doc.tokens[k].rel == "nmod" and head >= 0 and self.doc.tokens[head].rel == "nsubj" \
            and self.doc.lemma(head) in lexicon.COUNT_NOUNS

    def _experiencer(self, k: int) -> bool:
        """Is the noun a bare dative doer of a verb of experiencing (`Чиновникам идея понравилась`), the
        verb it hangs on or, where the parser hung it on no verb, its sentence's?"""
        doc, token = self.doc, self.doc.tokens[k]
        if token.feats.get("Case") != "Dat" or token.head < 0 or preposition(doc, k) is not None:
            return False
        if doc.tokens[token.head].pos in ("VERB", "AUX"):
            return doc.lemma(token.head) in _EXPERIENCER_VERBS
        return any(doc.lemma(j) in _EXPERIENCER_VERBS for j in doc.sentence_range(k))

    def _said_by_someone(self, candidate: Candidate) -> bool:
        """Is the statement's speaker written as a person (a name, a noun for a person, an anonymous source,
        a personal pronoun, `по его словам`), not an outlet, a document or a place?"""
        doc = self.doc
        head = candidate.speaker
        if head is None:
            return candidate.possessive is not None
        return doc.tagged_at(doc.tokens[head].start, ("PER",)) or doc.analysis.has_lemma(head, _INFORMANTS) or (
            doc.tokens[head].pos == "PRON" and doc.lemma(head) in lexicon.PRONOUNS) or (
            doc.tokens[head].feats.get("Animacy") == "Anim" and not doc.tagged_at(doc.tokens[head].start, ("ORG",)))

    def _reported(self, offset: int, outlets: bool = True) -> bool:
        """Is the offset inside a statement's content (of those starting before it, one reaches past it)?
        Without `outlets`, not counting what an outlet reports, which tells the story itself."""
        starts, reach = (self._content_starts, self._content_reach) if outlets else (self._own_starts, self._own_reach)
        before = bisect_right(starts, offset)
        return before > 0 and reach[before - 1] > offset

    def _own_mention(self, antecedent: Antecedent) -> bool:
        """Is the antecedent the statement's own mention, resolved when the statement was first read (a
        headline's or subheading's role noun, read again: not described by itself)?"""
        mention, head = antecedent.speaker.mention, self.statement.speaker if self.statement is not None else None
        return self.headline and mention is not None and head is not None \
            and mention.start <= self.doc.tokens[head].start < mention.end

    def _described_as(self, antecedent: Antecedent, lemma: str) -> bool:
        """Was this antecedent's mention written with the noun (`экономист Янис Ошлейс` for
        `экономиста`, `пресс-службе ГУ МВД` for `пресс-служба`)?"""
        return self._written_with(antecedent.speaker.mention, lemma)

    def _written_with(self, mention: Optional[Span], lemma: str) -> bool:
        """Is the noun a word of the mention's own (see `_described_as`)?"""
        if mention is None:
            return False
        doc = self.doc
        stem = lemma[:-1] if len(lemma) > 4 and lemma[-1] in "аяоеьйыи" else lemma
        # a word of its own or, for a body, the head a compound ends in (`кинокомпания` is a `компания`; but
        # a `замминистра` is no `министр`), not the part a compound starts with (`пресса` is not
        # `пресс-служба`), nor a word of a phrase inside the description (`член Совета при главе Чечни
        # Мансур Солтаев` is no `глава`)
        written = doc.text[mention.start:mention.end].lower()
        stem = re.escape(stem)
        compound = rf"|(?<=[а-яё-]){stem}[а-яё]{{0,3}}(?![\w-])" if lemma in ORG_HEADS and len(stem) >= 5 else ""
        for found in re.finditer(rf"(?<![\w-]){stem}\w*(?![\w-]){compound}", written):
            k = doc.token_at(mention.start + found.start())
            inner = k is not None and any(doc.tokens[c].rel == "case" and doc.tokens[c].start > mention.start
                                          for c in doc.children[k])
            if not inner:
                return True
        return False

    def _titled(self, antecedent: Antecedent, lemma: str) -> bool:
        """Has the antecedent's person a role of an organisation or country titled with the noun
        (`канцлер Германии Олаф Шольц` for a later `канцлер`)? A role read with its organisation comes
        from a name's apposition; a bare one may come from a guessed link."""
        entity = self._entities.get(antecedent.speaker.entity or "")
        if entity is None:
            return False
        mention = self.reference.mention if self.reference is not None else None
        head = self.reference.token if self.reference is not None else None
        if lemma == "представитель" and mention is not None and head is not None \
                and not self._persons_named(head):
            bodies = self._bodies_named(head, mention)
            if any(_speaks_for(role) and (not bodies or any(_same_body(body, role.organization or "")
                                                            for body in bodies))
                   for role in entity.roles if role.end <= mention.start):
                return True  # `представитель суда` for the court's press secretary; not `Представитель Аркадия
                # Ротенберга`, someone's own, nor `представитель "Единой России"` for another's press secretary
        if mention is None or any(m.kind == "name" and mention.start - 3 <= m.end and m.start < mention.end
                                  for m in entity.mentions):
            return any(_titled(role, lemma) for role in entity.roles if self._read_beside_a_name(entity, role))
        # not a role the entities stage read from the very role noun being resolved, linked to someone it neither
        # names nor follows in apposition (`Президент ЦСКА` linked to a player of ЦСКА; but `Натальи Васильевой,
        # помощницы председателя суда`)
        return any(_titled(role, lemma) for role in entity.roles if self._read_beside_a_name(entity, role)
                   and (role.end <= mention.start or role.start >= mention.end))

    def _read_beside_a_name(self, entity: Entity, role: Role) -> bool:
        """Was the role read with its organisation, or written right beside a name of the person in its case,
        other than the genitive (`английская актриса Хелен Миррен`; not `защитника Пичугина`): from an
        apposition, not a guessed link, for a role phrase that names no body either and no other country
        (`актриса`; not `глава предвыборного списка` for a `глава` of who knows what, nor `канадский боксер`
        for `российский боксер X`)?"""
        if role.organization is not None:
            return True
        head = self.reference.token if self.reference is not None else None
        doc = self.doc
        if head is None or any(doc.tokens[c].rel == "nmod" and c > head
                               and not doc.tagged_at(doc.tokens[c].start, ("PER",))
                               for c in doc.children[head]):  # (`мэр Мидали`: his name, hung as whose)
            return False
        nationality = self._nationality(head)
        if nationality and not nationality & {country.name for country in countries_of_titles([role.title])}:
            return False
        return any(m.kind == "name" and (0 <= m.start - role.end <= 3 and self._same_case(role.end - 1, m.start)
                                         or 0 <= role.start - m.end <= 3 and self._same_case(m.end - 1, role.start))
                   for m in entity.mentions)

    def _same_case(self, offset: int, other: int) -> bool:
        """Are the words at the two offsets read in one case, not the genitive (`защитника Пичугина` may be his
        counsel's)?"""
        k, j = self.doc.token_at(offset), self.doc.token_at(other)
        return k is not None and j is not None \
            and self.doc.tokens[k].feats.get("Case") == self.doc.tokens[j].feats.get("Case") not in (None, "Gen")

    def _paraphrased(self, reference: Optional[Reference]) -> frozenset[str]:
        """The titles of the office a role phrase names by what it heads (`глава государства`: president, king ...)."""
        if reference is None or reference.token is None or reference.mention is None:
            return frozenset()
        last = self.doc.token_at(reference.mention.end - 1)
        return paraphrased_titles(self.doc.analysis, reference.token, last + 1) if last is not None else frozenset()

    def _holds_any(self, antecedent: Antecedent, titles: frozenset[str]) -> bool:
        """Does the antecedent's person hold one of these offices (see `holds_office`)?"""
        entity = self._entities.get(antecedent.speaker.entity or "")
        return entity is not None and any(holds_office(role.title, role.organization, titles) for role in entity.roles)

    def _heads_named_body(self, antecedent: Antecedent, lemma: str) -> bool:
        """Are the person's posts of the noun's title all in organisations named (`глава Дирекции по
        строительству`, no `глава государства`; but `глава Подмосковья` heads a region)?"""
        entity = self._entities.get(antecedent.speaker.entity or "")
        posts = [role for role in entity.roles if _titled(role, lemma)] if entity is not None else []
        return bool(posts) and all((body := self._entities.get(role.entity or "")) is not None and body.type == "ORG"
                                   for role in posts)

    def _anonymous(self, head: int) -> bool:
        """Do the words before the noun in its sentence, or a clause on it, say the person keeps their name back
        (`просивший не называть его имени официальный представитель`, `источник, пожелавший остаться
        неизвестным`)? Not words of the statement itself (`неизвестные напали на пост, сообщил представитель`)."""
        doc = self.doc
        statement = self.statement
        before = [k for k in range(max(doc.sentence_range(head).start, head - 8), head)
                  if statement is None or not statement.start <= doc.tokens[k].start < statement.end]
        clauses = [k for c in doc.children[head] if c > head and doc.tokens[c].rel == "acl" for k in doc.subtree(c)]
        words = before + clauses
        lemmas = {doc.lemma(k) for k in words}
        return any(doc.analysis.has_lemma(k, _ANONYMITY_WORDS) for k in words) \
            or {"не", "имя"} <= lemmas and bool(lemmas & {"называть", "назвать", "раскрывать", "раскрыть"})

    def _owner_just_named(self, head: int) -> bool:
        """Is one whose the role noun's role is (`адвокат Сайпса`) named in the statement's sentence or the one
        before it?"""
        owners = self._persons_named(head)
        opening = self.doc.token_at(self.opening)
        if not owners or opening is None:
            return False
        start = self.doc.analysis.sentences[max(0, self.doc.tokens[opening].sentence - 1)].start
        return any(a.speaker.entity in owners for a in self.named.between(start, self.doc.tokens[head].start))

    def _persons_named(self, head: int) -> set[str]:
        """The people a role noun's phrase names after it in a case the noun is not in: whose the role is
        (`Представитель Аркадия Ротенберга`; not `мэра Блумберга`, who may be the mayor himself) or who leads
        its body (`секретарь движения, возглавляемого Эмманюэлем Макроном`)."""
        doc = self.doc
        cases = morph.cases_of(doc.tokens[head].text.lower())
        return {e.id for k in doc.subtree(head) if k > head
                if (e := entity_at(doc.article, doc.tokens[k].start, doc.tokens[k].end)) is not None
                and e.type == "PER" and not cases & morph.cases_of(doc.tokens[k].text.lower())}

    def _holds_another_office(self, speaker: Speaker, lemma: str) -> bool:
        """Is the person known to hold an office other than the noun's, where both are offices held apart
        (`Министр финансов пояснил` is not the president who spoke before, `Президент` not `глава МИД`)?"""
        entity = self._entities.get(speaker.entity or "")
        if entity is None or lemma not in _EXCLUSIVE_OFFICES:
            return False
        held = [role for role in entity.roles if role.organization is not None
                and morph.fold(role.title).split()[0] in _EXCLUSIVE_OFFICES] + [
                    role for role in entity.roles if ministers_offices([role])]  # `глава МИД`: a minister
        return bool(held) and not any(_titled(role, lemma) for role in entity.roles)

    def _first_of_body(self, position: int, lemma: str, bodies: frozenset[str]) -> Optional[Speaker]:
        """A headline's role noun of a body (`Президент Total призвал`): the first person the article names
        who holds a post of the same kind there (`Глава Total Кристоф Маржери`), however it is titled."""
        spoken, named = self._earlier(position)
        fitting = [a for a in spoken + named if a.speaker.kind == "person" and self._serves_in(a.speaker, bodies)
                   and (entity := self._entities.get(a.speaker.entity or "")) is not None
                   and holds_post_of_kind([role.title for role in entity.roles], lemma)]
        return min(fitting, key=lambda a: a.position).speaker if fitting else None

    def _holds_another_post(self, speaker: Speaker, lemma: str) -> bool:
        """Is the person known only by posts of other kinds than the role noun's (`post_ranks.tsv`):
        `замглавы Минэкономразвития` is not the adviser who spoke before, nor `президент` the press
        secretary?"""
        entity = self._entities.get(speaker.entity or "")
        return entity is not None and holds_other_posts([role.title for role in entity.roles], lemma)

    def _named_with(self, antecedent: Antecedent, lemma: str, kind_only: bool = False) -> bool:
        """Has the antecedent's mention a word of this lemma (with `kind_only`, as the word its name
        hangs on), or is its name set beside a noun of it (`компании «Интерэнергосервис»`, `в универмаге
        «Майер»` for `компания`, `универмаг`; not `авиакомпании`, which a stem inside a word would match)?"""
        mention = antecedent.speaker.mention
        if mention is None:
            return False
        doc = self.doc
        words = doc.analysis.tokens_in(mention.start, mention.end)
        root = self._root(mention)
        if root is None:
            return False
        if any(doc.lemma(k) == lemma for k in ((root,) if kind_only else words)):
            return True
        kind = doc.tokens[root].head
        return 0 <= kind < words.start and doc.tokens[root].rel in _APPOSED and doc.lemma(kind) == lemma

    def _people(self) -> list[Antecedent]:
        """Every name of a person outside quotations or framing them inside, as an antecedent (the pronouns and role
        nouns the entities stage linked are left out: who they are is what is being decided here). A
        person is salient when named as a subject outside what statements report."""
        doc = self.doc
        out = []
        for entity in doc.article.entities:
            if entity.type != "PER":
                continue
            gender = _gender(doc, entity)
            for m in entity.mentions:
                if m.kind == "pronoun":
                    continue
                quoted = doc.quote_around(m.start) is not None
                framing = quoted and self._frames_inside(m.start)  # `«..., - заявил Эйро. - ...»`: who says the words
                if quoted and not framing:
                    continue
                subject = self._subject_named(m) \
                    and (framing or not any(start <= m.start < end for start, end in self._said_by_people))
                # not `Манский заявил, что министр Мединский отменил решение`; but `В публикации отмечено,
                # что факт подтвердил министр Буткявичюс`
                if m.kind == "descriptor" and not subject:
                    continue  # `Глава Total поблагодарил премьера. Он отметил`: a role noun the subject
                out.append(Antecedent(m.start, _speaker(entity, Span.of(doc.text, m.start, m.end)), gender,
                                      "Sing", subject))
        return out

    def _subject_named(self, mention: Span) -> bool:
        """Is the name the subject of its clause?"""
        words = self.doc.analysis.tokens_in(mention.start, mention.end)
        return any(self._names_subject(k) for k in words if self.doc.tokens[k].head not in words)

    def _names_subject(self, k: int) -> bool:
        """Is the name's word a subject, or set beside one (`Эколог, руководитель программы Владимир
        Чупров согласен`: appositions in a row)?"""
        return self._verb_of_subject(k) >= 0

    def _verb_of_subject(self, k: int) -> int:
        """The verb the word is the subject of, directly or through appositions in a row, or -1."""
        tokens = self.doc.tokens
        for _ in range(4):
            if tokens[k].rel.startswith("nsubj"):
                return tokens[k].head
            if tokens[k].head < 0 and (tokens[k].rel in _APPOSED or tokens[k].pos == "NOUN"):
                return self._root_lacking(k)  # (`боксер-профессионал Майк Тайсон подал`, the noun read as `amod`)
            if tokens[k].rel == "conj" and self._apposition_read_as_conjunct(k):
                k = tokens[k].head  # `рассказал хозяин машины, 29-летний выходец с Кавказа Эмиль Даржонов`
                continue
            if tokens[k].rel == "conj" and self._subjectless_root(tokens[k].head, k):
                return tokens[k].head  # `Солидарен с ним и заместитель гендиректора Алексей Сидоров`
            if tokens[k].rel not in _APPOSED or self._beside_in_another_case(k, tokens[k].head):
                return -1
            k = tokens[k].head
        return -1

    def _beside_in_another_case(self, k: int, head: int) -> bool:
        """Is the word set beside its head in another case, one it cannot be a nominative in (`говорит
        Дымовский Медведеву`: whom he says it to, not the subject)?"""
        tokens = self.doc.tokens
        case, own = tokens[head].feats.get("Case"), tokens[k].feats.get("Case")
        return case is not None and own is not None and case != own and not morph.may_be_nominative(tokens[k].text)

    def _root_lacking(self, noun: int) -> int:
        """`Помог оформить документы ..., руководитель центра Александр Карпов.`: a nominative noun
        the parser left hanging in a sentence whose main verb has no subject and agrees with it is that
        verb's subject (also before it: `Знаменитый боксер-профессионал Майк Тайсон подал иск`); the verb,
        or -1."""
        doc = self.doc
        tokens = doc.tokens
        root = next((k for k in doc.sentence_range(noun) if tokens[k].head < 0 and k != noun), None)
        return root if root is not None and self._subjectless_root(root, noun) else -1

    def _subjectless_root(self, root: int, noun: int) -> bool:
        """Is the word the sentence's main predicate, a verb or a short adjective (`Солидарен с ним и ...`), with
        no subject of its own, that agrees with the nominative noun?"""
        tokens = self.doc.tokens
        predicate = tokens[root].pos == "VERB" or (tokens[root].pos == "ADJ"
                                                   and tokens[root].feats.get("Variant") == "Short")
        return tokens[root].head < 0 and predicate and tokens[noun].feats.get("Case") == "Nom" \
            and not any(tokens[c].rel.startswith("nsubj") for c in self.doc.children[root]) \
            and same_form(tokens[root], tokens[noun])

    def _organizations(self) -> list[Antecedent]:
        """Every organisation named outside quotations, its mention with the noun that describes it
        (`телеканал Al-Jazeera`, `компании «Интерэнергосервис»`): what a later bare noun stands for
        (`По данным телеканала`, `В компании отметили`) when it did not speak before."""
        doc = self.doc
        return [Antecedent(m.start, _speaker(entity, Span.of(doc.text, m.start, m.end)), None, None, False)
                for entity in doc.article.entities if entity.type == "ORG"
                for m in entity.mentions if m.kind == "name" and not self._in_quoted_words(m)]

    def _in_quoted_words(self, mention: Span) -> bool:
        """Is the mention inside a quotation that holds more than the name itself (`«Новой газете»`, a
        name in its own marks, is not)?"""
        quote = self.doc.quote_around(mention.start)
        return quote is not None and not (quote.inner_start >= mention.start - 1 and quote.inner_end <= mention.end + 1)

    def _agreement(self, candidate: Candidate) -> tuple[Optional[str], Optional[str]]:
        """Gender and number the speaker must have, from the cue verb (`сказала`: feminine)."""
        if candidate.cue_token is None:
            return None, None
        feats = self.doc.tokens[candidate.cue_token].feats
        number = feats.get("Number")
        gender = feats.get("Gender") if number != "Plur" else None
        return gender, number


_OPTION_KINDS = ("person", "organization", "country", "group", "unnamed", "other")


@dataclass
class _Context:
    """What every option of one reference is weighed against (`Resolver._features`)."""
    reference: Reference
    position: int
    sentence: int
    region: Optional[Span]
    latest: list[str]  # identities of those named or who spoke, the latest first
    spoke: list[str]  # of those who spoke, the latest speaker first
    linked: Optional[str]
    just_before: Optional[str]
    in_sentence: Optional[str]
    rule: Optional[str]


def _identity(speaker: Speaker) -> str:
    """Who a speaker is, across its mentions: its entity, else its name."""
    return speaker.entity or "name:" + speaker.name.lower()


def _identity_of(speaker: Optional[Speaker]) -> Optional[str]:
    return _identity(speaker) if speaker is not None else None


def _titled(role: Role, lemma: str) -> bool:
    """Is the noun a word of the role's title, or the head of a compound one (`премьер` of
    `премьер-министр`; not of `вице-премьер`), or of the title's trade (`журналист` of `корреспондент`)? A head
    of a ministry is its minister (`глава Минфина`), and a deputy head its deputy minister; a deputy is one, whether
    his title is written whole or joined (`замглавы`, `заместитель главы`). A member's post in a body is a
    member's (`депутат` for a chair of a Duma committee)."""
    words = morph.fold(role.title).split()
    ministry = role.organization is not None and _MINISTRY.match(role.organization) is not None
    if morph.deputy_title(lemma):  # `замглавы` for `заместитель главы ФСКН`, and `заместитель` for `замглавы`
        return lemma in words or words[:1] == ["заместитель"] and lemma.removeprefix("зам") in words[1:2] or (
            lemma == "замминистра" and ministry and (words[:1] in (["замглавы"], ["замруководителя"])
                                                     or words[1:2] in (["главы"], ["руководителя"])))
        # (`замминистра` for `замглавы Минэкономразвития`)
    if lemma == "заместитель" and words and morph.deputy_title(words[0]):
        return True
    return lemma in words or any(w.split("-")[0] == lemma for w in words) or of_one_trade(role.title, lemma) or (
        lemma == "министр" and words[:1] != [] and words[0] in BODY_HEADS and ministry) \
        or member_of_body(role.title, role.organization, lemma)  # `депутат` for a chair of a Duma committee


def _speaks_for(role: Role) -> bool:
    """Is the post one of speaking for an organisation: a press secretary's, or any in its press service
    (`руководитель пресс-службы Госдепартамента` is a `представитель Госдепартамента`)?"""
    title, organization = morph.fold(role.title).split(), morph.fold(role.organization or "").split()
    return bool(title) and POST_RANKS.get(title[0]) == "spokesperson" \
        or bool(organization) and organization[0] in _PRESS_OFFICES


def _same_body(body: str, organization: str) -> bool:
    """Does an organisation's name hold a body's words, in any case (`представительство Еврокомиссии`
    holds `Еврокомиссия`)?"""
    stems = [w[:max(3, len(w) - 2)] for w in morph.fold(body).split()]
    words = morph.fold(organization).split()
    return all(any(w.startswith(stem) for w in words) for stem in stems)


def _seat_of(body: str, role: Role) -> bool:
    """Is the role a post under the office the building stands for (`Кремль` for `пресс-секретарь
    президента` of Россия)? The office's holder is not its representative (`представитель Елисейского
    дворца` is not the French president)."""
    held = f"{role.title} {role.organization}"
    return any(seat == morph.fold(body) and _same_body(office, held) and _same_body(country, held)
               and morph.fold(role.title).split()[0] != office for seat, office, country in _SEATS_OF_OFFICE)


def _group(entities: list[Entity], mention: Span) -> Speaker:
    """Several named speakers as one: `Mail.ru Group и Билайн`, `Путин и Макрон`."""
    names = list(dict.fromkeys(_speaker(e, None).name for e in entities))
    return Speaker(", ".join(names[:-1]) + " и " + names[-1], "group", None, mention)


def _speaker(entity: Entity, mention: Optional[Span]) -> Speaker:
    name = _proper_name(entity.name) if entity.type == "ORG" else entity.name
    return Speaker(name, KIND_OF_TYPE.get(entity.type, "other"), entity.id, mention)


def _proper_name(name: str) -> str:
    """An organisation's name without the kind of outlet or body written before it:
    `литовская газета Lietuvos zinios` → `Lietuvos zinios`, `агентство SANA` → `SANA`; but a
    capitalised kind word followed by Russian words is part of the name (`Банк России`)."""
    words = name.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() in TITLE_NOUNS:
            rest = words[i + 1:]
            quoted_or_foreign = rest[0][:1] in "\"«" or not _CYRILLIC.match(rest[0])
            proper = quoted_or_foreign or (word[:1].islower() and rest[0][:1].isupper())
            return " ".join(rest).strip('"«»') if proper else name
        if not word[:1].islower():  # the name itself has begun (`Христианско-демократический союз`)
            break
    return name


def _as_mention(found: Optional[Speaker], mention: Span) -> Optional[Speaker]:
    """The antecedent's identity with this statement's own mention."""
    return Speaker(found.name, found.kind, found.entity, mention) if found is not None else None


def _data(speaker: Speaker) -> bool:
    """Is the speaker data a frame cited (`предварительная информация`, `некоторые данные`), which no one
    is referred back to as?"""
    last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    return speaker.kind == "unnamed" and speaker.entity is None \
        and (last in lexicon.DATA_NOUNS or morph.content_lemma(last) in lexicon.DATA_NOUNS)


def _case_agrees(doc: Doc, name: int, head: int) -> bool:
    """An apposition agrees with its head in case (`министр Сергей Лавров`); a name in the genitive
    after a common noun or a number in another case is its modifier (`Семья израильтянки Наамы Иссахар`,
    `Один из родственников Урусхана Зязикова`), whatever the parser made of it. A head without case
    endings (`врио`; `Замглавы`, read as a genitive proper name) is no evidence."""
    head_token = doc.tokens[head]
    head_case = head_token.feats.get("Case")
    return not (doc.tokens[name].feats.get("Case") == "Gen" and head_case not in (None, "Gen")
                and head_token.pos in ("NOUN", "NUM") and not morph.known_as(head_token.text.lower(), "Fixd"))


def _gender(doc: Doc, entity: Entity) -> Optional[str]:
    """A person's grammatical gender: the tagger's reading of most words of their name mentions in the
    nominative, where its reading is surest, else of any (`Плетневой` may be read as his dative; `Тамара
    Плетнева` is hers); the first word's on a tie."""
    read = [(gender, doc.tokens[k].feats.get("Case") == "Nom") for m in entity.mentions if m.kind == "name"
            for k in doc.analysis.tokens_in(m.start, m.end)
            if (gender := doc.tokens[k].feats.get("Gender")) in ("Masc", "Fem") and doc.tokens[k].pos == "PROPN"]
    genders = [gender for gender, nominative in read if nominative] or [gender for gender, _ in read]
    if not genders:
        return None
    masculine = genders.count("Masc")
    return genders[0] if masculine * 2 == len(genders) else "Masc" if masculine * 2 > len(genders) else "Fem"


def _may_be(name: str, sex: Optional[str]) -> bool:
    """Can a person of this name be of this sex, as far as the dictionary knows its words (`Айсис
    Анчали` can be either; the tagger's guess for a name it does not know is no evidence)? A first name the
    dictionary knows says it alone: a foreign surname keeps one form for both (`Мария Сантана`, `Кейко Сато`)."""
    words = name.split()
    first = morph.genders_of_name(words[0]) if len(words) > 1 and morph.known_as(words[0], "Name") else set()
    known = [first] if first else [genders for word in words if (genders := morph.genders_of_name(word))]
    return sex is None or all(sex in genders for genders in known)


def _known_to_be(name: str, sex: Optional[str]) -> bool:
    """Is the person of this name of this sex by a first name the dictionary knows (`Елена Аллина`, not
    `Вован`)?"""
    words = name.split()
    return len(words) > 1 and morph.known_as(words[0], "Name") and morph.genders_of_name(words[0]) == {sex}


def _abbreviation(doc: Doc, k: int) -> bool:
    """A short word cut off by a full stop that the tagger did not read as a noun (`и.о.`, `зам.`)."""
    token = doc.tokens[k]
    return (token.pos not in ("NOUN", "PROPN", "PRON", "NUM", "DET") and len(token.text) <= 4
            and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text == ".")


def _is_role(doc: Doc, head: int) -> bool:
    """A noun naming a person by what they do (`дипломат`, `глава ведомства`, `коммунист`)."""
    token = doc.tokens[head]
    if token.pos == "PROPN" and doc.analysis.sentences[token.sentence].first == head:  # `Банкир заявил`: its capital
        return morph.known_as(token.text.lower(), "anim") and not morph.known_as(token.text, "Name") \
            and not morph.known_as(token.text, "Surn")
    return doc.lemma(head) in lexicon.ROLE_NOUNS or (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim"
                                                     and not _known_inanimate(token.text))


def _known_inanimate(word: str) -> bool:
    """Does the dictionary read the word only as a thing (`финнадзора`, which the tagger may read as
    animate in the genitive)?"""
    readings = morph.parses(word.lower())
    return bool(readings) and all("inan" in p.tag for p in readings)


def _agrees(antecedent: Antecedent, gender: Optional[str], number: Optional[str]) -> bool:
    if number == "Plur":
        return antecedent.number == "Plur" or antecedent.speaker.kind in ("group", "organization")
    if antecedent.number == "Plur" or antecedent.speaker.kind == "group":
        return False
    return gender is None or antecedent.gender is None or antecedent.gender == gender
