"""The attribution part of a statement, read from the syntax tree: is this word a cue, who is its
speaker (as written), and where was it said (the channel)."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional, Sequence

from .. import morph
from ..analysis import Token
from ..entities import entity_at
from ..entities.mentions import agency_told
from ..lexicon import entries, fold, words
from ..marks import MARKS
from ..patterns import Matcher
from ..temporal.datelines import known_agency
from . import lexicon
from .document import Candidate, Doc

STATEMENTS = Matcher("statements", entries)
_COPULAS = words("copulas")
_RELATIVE_PLACES = ("где", "который")  # `документ, где говорится`, `письмо, в котором говорится`
_GAP = 4  # words of a phrase the parser may have hung elsewhere
_PARTICIPLE_REACH = 8  # how many words before an active participle the noun it describes may stand
_SAID_AFTER_PARTICIPLE = 6  # how many words after a participle of saying its `что` or infinitive may come
_ACCUSING = words("suspecting_words")
_SHARE_NOUNS = words("share_nouns")
_NAME_CHARS = 40  # the longest quotation read as a name in a subject (`«Новая газета»`), not words someone said
_NOT_OWNERS = lexicon.DOCUMENT_NOUNS | words("case_file_nouns") | lexicon.GATHERING_NOUNS  # `из материалов
# дела`, `в протоколе встречи`: the file speaks
_OUTLET_NAME_WORDS = words("outlet_name_words")
_NEWS_AGENCY_WORDS = words("news_agency_words")
_NEWS_WORDS = words("news_complement_nouns")  # `агентство новостей`: an outlet noun's own complement
_QUOTING_VERBS = words("quoting_verbs")
_ELLIPTIC_SUBORDINATORS = words("elliptic_subordinators")
_NAMING_VERBS = words("naming_verbs")


@dataclass(slots=True)
class Subject:
    """Who a cue's speaker is, as far as the sentence tells: the head token of the mention, or a
    possessive pronoun standing for it (`приводятся его слова`); `source` is the cue it was read
    from (another cue for `подчеркнул ... и напомнил`, `..., уточнив, что`); `implicit` says whether
    a cue with no speaker written continues the previous speaker (`..., - добавила.`) rather than
    being impersonal (`сообщается`, `установлено`) or the journalist's own (`напомним`)."""
    head: Optional[int] = None
    possessive: Optional[int] = None
    source: Optional[int] = None
    implicit: bool = True


def is_cue(doc: Doc, i: int) -> bool:
    """A verb of saying or holding a view (finite, gerund or short participle), or `уверен`; not the
    journalist's own `напомним`, `отметим`, and not negated (`не уточнил`): the pattern `cue`."""
    return STATEMENTS.first(doc.analysis, i, "cue") is not None


def frames_quotation(doc: Doc, i: int) -> bool:
    """A cue, or a verb of the manner of speaking (`вздохнул`, `негодует`) that attributes a quotation."""
    return STATEMENTS.first(doc.analysis, i, "quotation cue") is not None


def subject(doc: Doc, verb: int, clause: Optional[range] = None, depth: int = 0, doer: bool = False,
            conjunct: bool = False) -> Subject:
    """The speaker of a cue verb as the syntax tree gives it. `clause` is the attribution clause of
    a quotation (`— сказал X`), searched when the parser hung the subject elsewhere. `doer`: who did the
    act, not whose words a verb of quoting gives (`процитировал Рузвельта и отметил`: the one who quoted).
    `conjunct`: the verb is the main predicate a cue is coordinated with, whose passive participle's
    subject is the cue's too (`ВОЗ озабочена ... и призывает`)."""
    tokens = doc.tokens
    owner = (None if doer else _quoted_words_owner(doc, verb)) or known_to(doc, verb)
    if owner is not None:
        return owner
    before = _attributed_before(doc, verb) if depth < _GAP else None
    if before is not None:  # `C, сообщил министр, отметив, что ...`: the gerund is the attribution's speaker's
        found = subject(doc, before, depth=depth + 1)
        return Subject(found.head, found.possessive, before, found.implicit)
    infinitive = _first_infinitive(doc, verb)
    if tokens[verb].feats.get("VerbForm") == "Inf" and tokens[infinitive].rel == "xcomp" and depth < _GAP:
        found = subject(doc, tokens[infinitive].head, clause, depth + 1)  # `X пытался объяснить`: X speaks
        return Subject(found.head, found.possessive, verb, found.implicit)
    described = _described_noun(doc, verb) if (tokens[verb].rel == "acl" or tokens[verb].feats.get(
        "VerbForm") == "Part" or morph.known_only_as(doc.word(verb), "PRTF")) \
        and morph.known_as(doc.word(verb), "PRTF") and morph.known_as(doc.word(verb), "actv") else None
    if described is not None:  # `представители спецназа, отметившие, что ...`: who noted it; `расследование,
        # установившее, что ...`: a document's finding (however the parser hung the participle); not a thing's
        said = someone(doc, described) or _one_of(doc, described) \
            or doc.lemma(described) in lexicon.DOCUMENT_NOUNS | lexicon.FINDING_NOUNS
        return Subject(described, source=verb) if said else Subject(implicit=False)
    participle = tokens[verb].feats.get("VerbForm") == "Part"
    # `пожар назван стихийным`, `Иванов обвинен в ...`: a participle's subject is what was named
    names_a_thing = participle and any(tokens[c].rel == "nsubj:pass" for c in doc.children[verb])
    subjects = [c for c in doc.children[verb] if (tokens[c].rel == "nsubj" or (
                tokens[c].rel == "nsubj:pass" and (not participle or conjunct and tokens[verb].head < 0)))
                and doc.lemma(c) not in ("что", "кто", "это") and preposition(doc, c) != "как"  # not `как «дни»`
                and tokens[c].feats.get("VerbForm") not in ("Conv", "Inf")  # `Допросив задержанных, власти`
                and (tokens[c].feats.get("VerbForm") != "Fin" or doc.tagged_at(tokens[c].start, ("PER", "ORG", "LOC"))
                     or morph.known_only_as(tokens[c].text.lower(), "NOUN"))
                # not `отравили` of a clause hung there; but `МОК`, a name the tagger read as a verb, `Ораторы`, a
                # noun it read as one, and `Собравшиеся у суда`, a participle
                and may_be_subject(doc, c)
                and (doc.lemma(verb) not in lexicon.IMPERSONAL_VERBS  # `приводится информация`: content; but
                     or doc.lemma(c) in lexicon.PRONOUNS or someone(doc, c))]  # `он оговаривается, что ...`,
    # `журнал оговаривается`: someone who does it
    subjects = [c for c in subjects if not _across_clauses(doc, c, verb) and not in_complement(doc, c, verb)
                and not _in_quoted_clause_before(doc, c, verb) and not _subject_of_clause_before(doc, c, verb)]
    subjects = [_doer_after_object(doc, c, verb) or c for c in subjects]
    if not subjects:
        subjects = _noun_the_verb_hangs_on(doc, verb) or _subject_given_to_the_words(doc, verb) \
            or _latin_name_read_as_a_circumstance(doc, verb)
    addressed = not subjects and any(doc.lemma(c) == "который" and tokens[c].rel in ("obj", "iobj")
                                     for c in doc.children[verb]) and place_that_speaks(doc, verb) is None
    if addressed or subjects and all(_antecedent_of_relative(doc, c, verb) for c in subjects):
        return Subject(implicit=False)  # `Сара Хьюз, которую называли претенденткой`: whoever called her so;
        # `гости, которым предлагали зарегистрироваться`: whoever offered it them (but `которого в Москве
        # считают претендентом`: Moscow)
    if not subjects:  # `Как сообщили газете «Коммерсант» французские источники`, `источники` read as an object
        subjects = [c for c in doc.children[verb] if c > verb and tokens[c].rel == "obj"
                    and doc.lemma(c) in lexicon.INFORMANT_NOUNS and morph.may_be_nominative(tokens[c].text)
                    and tokens[c].feats.get("Number") in (None, tokens[verb].feats.get("Number"))]
    # `Больше всего противников в Германии: 58% респондентов сказали`: a subject beyond a colon is another
    # clause's; the verb's is the one between the colon and it, however the parser hung it
    beyond = [c for c in subjects if any(doc.is_colon(k) for k in range(min(c, verb), max(c, verb)))]
    if beyond:
        colon = max(k for k in range(beyond[0], verb) if doc.is_colon(k)) if beyond[0] < verb else verb
        subjects = [c for c in subjects if c not in beyond] or [
            k for k in range(colon + 1, verb) if tokens[k].rel.startswith("nsubj")][:1]
    if any(tokens[c].pos == "PRON" for c in subjects):  # `— сказал он Келлеру`: of two the parser gave, the
        pronoun = min(c for c in subjects if tokens[c].pos == "PRON")
        subjects = [c for c in subjects if tokens[c].pos != "PROPN" or not morph.cases_of(tokens[c].text)  # pronoun,
                    or morph.may_be_nominative(tokens[c].text)]  # not a name that is in no nominative,
        subjects = [c for c in subjects if not (c > pronoun and tokens[c].pos == "X")]  # nor `уверил он Business FM`
    if subjects:
        if doc.lemma(subjects[0]) == "который":
            return Subject(_relative_antecedent(doc, verb, subjects[0]), source=verb)
        if len(subjects) > 1 and _after_comma(doc, verb):  # `Один из вариантов - X, пишет газета`
            subjects = [c for c in subjects if c > verb] + [c for c in subjects if c < verb]
        subjects.sort(key=lambda c: tokens[c].pos == "NUM")  # `пишет 3DNews`: the tokenizer split the name
        # `после того, как президент Пал Шмитт подал в отставку, - комиссия ученых обвинила его`: of two, the
        # one the verb agrees with, where the other's gender is not the verb's (not a person's name, whose gender
        # the tagger guesses: `- привел пример Келлер`)
        subjects = [c for c in subjects if doc.tagged_at(tokens[c].start, ("PER",))
                    or not _gender_clash(doc, c, verb)] or subjects
        # `Глава делегации – замглавы МИД Сергей Рябков – заявил`: the parser may give two; the named one
        named = sorted((c for c in subjects if _names_person(doc, c)), key=lambda c: not _named_itself(doc, c))
        # (a name or a noun with its name beside it before a noun a name modifies: `рассказала жена брата Андрея
        # Светлана` is Светлана; `Премьер Алексис Ципрас назвал Москву союзником, Путин Грецию - партнером`)
        people = sorted((c for c in subjects if someone(doc, c)), key=lambda c: not _named_itself(doc, c))
        # (`Любопытный выход предложил легионер X`)
        chosen = (named or people or subjects)[0]
        if chosen > verb and _disagrees(doc, chosen, verb):  # `чиновники говорили, что ..., а X говорил`
            # `сообщили ИТАР-ТАСС в пресс-службе ФТС`: whom they told, and the place that speaks
            chosen = _first_found(_stray_subject(doc, verb), place_that_speaks(doc, verb), otherwise=chosen)
        elif chosen > verb and outlet_name(doc.text[slice(*mention_span(doc, chosen))]):
            # `Тимур Кизяков, ..., заявил РБК`; `заявил Gulf News Абдул Фаттах, некогда лидер ...`: whom he told
            past = _past_name(doc, chosen)
            chosen = _first_found(_stray_subject(doc, verb), _person_after(doc, past),
                                  _other_subject(doc, subjects, chosen), _person_noun_at(doc, past), otherwise=chosen)
        elif chosen < verb and misread_object(doc, chosen, verb):
            after = _named_after(doc, verb)  # `Такой показатель предложило X`
            coordinated = _coordinated_cue(doc, verb) if after is None and depth < _GAP else None
            joined = subject(doc, coordinated, depth=depth + 1, doer=True) if coordinated is not None else None
            if joined is not None and joined.head is not None:  # `Спортсмен отказался верить ..., а новости назвал
                return Subject(joined.head, joined.possessive, coordinated, joined.implicit)  # фейком`: his
            if after is None and tokens[verb].feats.get("Number") == "Plur" and _only_one(doc, chosen, verb):
                return Subject(implicit=False)  # `перенос старта объяснили неисправностями`: whoever did
            chosen = _first_found(after, otherwise=chosen)
        if doc.lemma(chosen) in lexicon.DOCUMENT_NOUNS:  # `гласит сообщение оператора`: the operator's words
            owners = [c for c in doc.children[chosen] if c > chosen and tokens[c].rel == "nmod"
                      and preposition(doc, c) is None and someone(doc, c)]
            if owners:
                return Subject(owners[0], source=verb)
        return Subject(chosen, source=verb)
    # `Власти возложили ответственность на Россию, аргументировав это тем, что ...`: the gerund's doer is the
    # verb's; `разведка продолжает мониторинг, хотя и согласна, что ...`: so is the subject a clause leaves out
    gerund = tokens[verb].feats.get("VerbForm") == "Conv" and tokens[verb].rel == "advcl"
    if (gerund or _shares_main_subject(doc, verb)) and depth < _GAP:
        found = subject(doc, (_relative_clause_before(doc, verb) if gerund else None) or tokens[verb].head,
                        clause, depth + 1)
        inner = _complement_before(doc, verb) if gerund and found.head is None else None
        if inner is not None:  # `было объявлено, что инспекция подала иск, потребовав ...`: the parser hung the
            found = subject(doc, inner, None, depth + 1)  # gerund on the subjectless verb, not the clause's
        if found.head is not None and (gerund or not _gender_clash(doc, found.head, verb)):
            return Subject(found.head, found.possessive, verb, found.implicit)
    if clause is not None:
        after = nominative_after(doc, verb, clause.stop)
        for k in clause:
            if after is not None and k > after:  # `— озвучил на сайте замруководителя ЦИК, отмечает издание`:
                break  # the verb's own subject, not the relay's after it
            if k != verb and tokens[k].rel == "nsubj" and tokens[k].pos in ("NOUN", "PROPN", "PRON") \
                    and doc.lemma(k) not in ("который", "кто", "что") and tokens[tokens[k].head].rel != "acl:relcl" \
                    and not in_complement(doc, k, verb) and not _relays(doc, k, verb):  # `— произнес Байден,
                # который ...`, `— заявила Мисик, которую цитирует Би-би-си`: not the relative clause's; `— пояснил
                # X, подчеркнув, что такой шаг ...`: not what he said; `— сообщили в МИД, не уточнив, кто будет`: not
                # the question's
                return Subject(k, source=verb)
        if after is not None:  # `— отрекомендовал Боно работы художника`, `— отрапортовал морской офицер`,
            return Subject(after, source=verb)  # their subjects parsed an apposition, another verb's
    # a gerund has no subject of its own: one the parser gave it is the verb's (`выразил X, комментируя`)
    of_gerund = [c for g in doc.children[verb] if tokens[g].rel == "advcl" and tokens[g].feats.get("VerbForm") == "Conv"
                 for c in doc.children[g] if tokens[c].rel == "nsubj" and c < g]
    if of_gerund and doc.lemma(verb) not in lexicon.IMPERSONAL_VERBS:
        return Subject(of_gerund[0], source=verb)
    feats = tokens[verb].feats
    passive = feats.get("VerbForm") == "Part" or doc.lemma(verb) in lexicon.IMPERSONAL_VERBS
    if passive:  # `говорится в заявлении МИД`, `отмечается в документе`, `следствием установлено`
        relative = [c for c in doc.children[verb]
                    if doc.lemma(c) in _RELATIVE_PLACES and tokens[c].rel in ("advmod", "obl")]
        if relative and tokens[verb].rel == "acl:relcl":  # `письмо, где (в котором) говорится`: the letter
            return Subject(_relative_antecedent(doc, verb, relative[0]), source=verb, implicit=False)
        if relative:  # the same, where the parser did not hang the clause on its noun
            first = relative[0] - 1 if tokens[relative[0] - 1].pos == "ADP" else relative[0]
            return Subject(antecedent_before(doc, first, relative[0]), source=verb, implicit=False)
        for child in doc.children[verb] + _obl_hung_elsewhere(doc, verb):
            if tokens[child].rel != "obl" and not (tokens[child].rel == "nsubj" and preposition(doc, child)):
                continue  # (a noun with a preposition is none's subject: `В распространенном от ее имени
                # заявлении говорится`, as the parser may read it)
            prep = preposition(doc, child)
            if prep in ("в", "на", "из") and tokens[child].feats.get("Case") == "Ins":
                prep = None  # `в распространенном пресс-службой сообщении`: the document's preposition; the
                # instrumental is its maker
            if (names_a_thing or (participle and doc.lemma(verb) in lexicon.PREDICATIVE)) \
                    and doc.lemma(child) not in lexicon.DOCUMENT_NOUNS:
                continue  # `обвинен в убийстве`, `В фильме США названы «...»`; but `назван в заявлении МИД`
            if participle and not _may_hold_words(doc, child):
                continue  # `заключены в тюрьму`: a place, not a text that says something
            if prep in ("в", "на", "из") and doc.lemma(child) in lexicon.DEMONSTRATIVES:
                continue  # `из этого следует, что ...`: an inference from what was said, no source
            if prep in ("в", "на") and doc.lemma(child) in lexicon.CIRCUMSTANCE_NOUNS and not (
                    doc.lemma(child) in lexicon.DOCUMENT_NOUNS and tokens[child].feats.get("Case") == "Loc"):
                continue  # `В свою очередь в заявлении ... говорится`, `В этой связи отмечалось`: a course of
                # things, not the text (but `В ответе отмечается`)
            if prep in ("в", "на", "из") and doc.lemma(child) not in lexicon.TIME_NOUNS:
                owners = [c for c in doc.children[child] if tokens[c].rel == "nmod" and c > child
                          and preposition(doc, c) is None  # not `из постановления о привлечении`
                          and doc.lemma(c) not in _NOT_OWNERS  # `в пресс-релизе компании`, not `из материалов дела`
                          and doc.lemma(child) not in lexicon.OUTLET_NOUNS  # `в газете предприятия`: the paper
                          and not _in_title(doc, child, c)]
                if not owners and tokens[child].pos == "PRON":  # `пришла телеграмма, в ней говорится`
                    owners = [k for k in [_text_before(doc, child)] if k is not None]
                whose = next((c for c in doc.children[child] if tokens[c].rel == "det"
                              and doc.word(c) in lexicon.POSSESSIVES), None)
                if not owners and whose is not None and doc.lemma(child) in lexicon.QUOTING_NOUNS:
                    return Subject(possessive=whose, source=verb, implicit=False)  # `как следует из его слов`: his
                return Subject(owners[0] if owners else child, source=verb, implicit=False)
            if prep is None and tokens[child].feats.get("Case") == "Ins":
                return Subject(child, source=verb, implicit=False)
        return Subject(implicit=False)
    which = _stray_relative(doc, verb)
    if which is not None:  # `экспертов ВБ, которые в марте сообщили`, `которые` hung on the content's verb
        return Subject(_agreeing_before(doc, which), source=verb)
    sender = _sender_of(doc, verb) if depth < _GAP else None
    if sender is not None:  # `МИД передал письмо, в котором утверждал, что ...`: who sent the letter
        found = subject(doc, sender, depth=depth + 1)
        if found.head is not None:
            return Subject(found.head, found.possessive, sender, found.implicit)
    coordinated = _coordinated_cue(doc, verb) if depth < _GAP else None  # the parser's heads may loop
    joined = subject(doc, coordinated, depth=depth + 1, doer=True, conjunct=tokens[verb].rel == "conj") \
        if coordinated is not None else None
    if joined is not None and (joined.head is not None or joined.possessive is not None):
        return Subject(joined.head, joined.possessive, coordinated, joined.implicit)
    stray = _stray_subject(doc, verb)
    if stray is None:
        stray = _stray_subject_after(doc, verb)
    if stray is None:
        stray = _name_after_in_phrase(doc, verb)
    place = place_that_speaks(doc, verb)
    if stray is not None and not (place is not None and _told(doc, stray)):
        return Subject(stray, source=verb)  # but `сообщили РИА "Новости" в Минфине`: whom they told, and where
    if place is None and (any(_charge(doc, verb, c) for c in doc.children[verb]) or _names_its_object(doc, verb)) \
            and doc.tokens[verb].feats.get("Number") == "Plur" and not any(
                tokens[k].rel.startswith("nsubj") and tokens[k].feats.get("Number") == "Plur"
                and someone_or_a_body(doc, k) for k in doc.sentence_range(verb)):
        return Subject(source=verb, implicit=False)  # `партию обвинили в халатности`: accused by no one named;
        # `его называют столицей пенсионеров`, `его считали погибшим`: so called, so thought, by anyone
        # (but `стражи порядка вынудили его открыть, после чего обвинили его в ...`: they did)
    return Subject(place, source=verb) if place is not None else Subject(source=verb)


def _name_after_in_phrase(doc: Doc, verb: int) -> Optional[int]:
    """`Об этом сообщил на брифинге в ГУВД Москвы Дмитрий Чепчугов`: a person's name in the nominative after a
    finite cue with no subject, agreeing with it, that the parser set in apposition to a noun of the phrase before."""
    feats = doc.tokens[verb].feats
    if feats.get("VerbForm") != "Fin" or feats.get("Person") in ("1", "2"):
        return None
    k = nominative_after(doc, verb, doc.sentence_range(verb).stop)
    if k is None or not doc.tagged_at(doc.tokens[k].start, ("PER",)) or doc.tokens[k].feats.get("Case") != "Nom" \
            or not same_form(doc.tokens[verb], doc.tokens[k]) or doc.tokens[k].rel != "appos":
        return None
    return k


def _first_infinitive(doc: Doc, verb: int) -> int:
    """The first of coordinated infinitives (`начала петь песни и скандировать лозунги`), however the parser hung
    the later ones: on the first, or on its object."""
    tokens = doc.tokens
    k = verb
    for _ in range(_GAP):
        if tokens[k].rel != "conj" or tokens[k].feats.get("VerbForm") != "Inf":
            break
        head = tokens[k].head
        if tokens[head].pos != "VERB" and tokens[head].rel == "obj" and tokens[head].head >= 0:
            head = tokens[head].head  # `петь песни и скандировать`: hung on `песни`
        if tokens[head].feats.get("VerbForm") != "Inf":
            break
        k = head
    return k


def _names_its_object(doc: Doc, verb: int) -> bool:
    """Does a verb of naming or judging say what its one object is, in the instrumental (`называют столицей`,
    `считали погибшим`), with nothing in its sentence that may be who did: a count the parser reads as an
    object (`назвали неудовлетворительным 59% респондентов`, `Все больше россиян считают`), a nominative it
    misreads (`Одни называли`), or a group whose words the sentence before gave (`Коллеги заявили, что ... А
    Михалкова называют "тормозом"`: they)?"""
    children, sentence = doc.children[verb], doc.sentence_range(verb)
    before = doc.sentence_range(sentence.start - 1) if sentence.start > 0 else range(0)
    return (doc.lemma(verb) in _NAMING_VERBS and sum(doc.tokens[c].rel == "obj" for c in children) == 1
            and any(doc.tokens[c].feats.get("Case") == "Ins" and doc.tokens[c].rel in ("xcomp", "obl")
                    and preposition(doc, c) is None for c in children)
            and not any(doc.tokens[k].pos in ("NUM", "SYM") for k in sentence)
            and not any(doc.tokens[c].feats.get("Case") == "Nom" for c in children)
            and not any(doc.tokens[k].rel.startswith("nsubj") and doc.tokens[k].feats.get("Number") == "Plur"
                        and is_cue(doc, doc.tokens[k].head) for k in before))


def _charge(doc: Doc, verb: int, noun: int) -> bool:
    """Is the `в`-phrase of a verb of accusing what someone is accused of (`обвинили в неспособности`),
    not a place that speaks (`в полиции`, `в Кремле`, `В "Трех дорогах" обвинили "волков" в агрессии`: before
    the verb, with the charge after it)?"""
    charges_after = noun < verb and any(c > verb and doc.tokens[c].rel == "obl" and preposition(doc, c) == "в"
                                        for c in doc.children[verb])
    return (doc.lemma(verb) in _ACCUSING and doc.tokens[noun].rel == "obl" and preposition(doc, noun) == "в"
            and not charges_after
            and not someone_or_a_body(doc, noun) and not doc.tagged_at(doc.tokens[noun].start, ("LOC", "ORG")))


def _relays(doc: Doc, noun: int, verb: int) -> bool:
    """Is the noun the subject of another finite verb after the cue, past a comma: an outlet relaying
    what the cue's own subject said (`— уточнили на «Звезде», передает ИТАР-ТАСС`)?"""
    head = doc.tokens[noun].head
    return head > verb and finite(doc, head) \
        and any(doc.tokens[k].text == "," for k in range(verb + 1, head))


def _in_quoted_clause_before(doc: Doc, noun: int, verb: int) -> bool:
    """Is the noun inside a quotation that closes before the verb with a comma and holds a clause of its
    own: the words quoted, not who said them (`«Тема будет одной из основных», - озвучил замруководителя
    ЦИК`), as a name in quotation marks may be (`«Единая Россия» заявила`)?"""
    quoted = doc.analysis.quote_of[noun]
    if quoted is None or quoted.close >= doc.tokens[verb].start \
            or not doc.text[quoted.close + 1:doc.tokens[verb].start].lstrip().startswith(","):
        return False
    return any(finite(doc, k) for k in doc.analysis.tokens_in(quoted.inner_start, quoted.inner_end))


def _subject_of_clause_before(doc: Doc, noun: int, verb: int) -> bool:
    """`Санкции остаются в силе, заявили в Белом доме`: a subject the parser gave a cue after a comma
    that belongs to the main verb between them, one of no saying, with no subject of its own, that
    agrees with it, or to a noun after a dash, its predicate (`Один из них - сотрудник розыска, сказали в
    полиции`; not an apposition between dashes, `Один из туроператоров - турфирма «Нева» - объявил`)."""
    if noun > verb or not _after_comma(doc, verb):
        return False
    for k in range(noun + 1, verb):
        if any(doc.tokens[j].text == "," for j in range(noun + 1, k)):
            return False
        if doc.tokens[k].head < 0 and not any(doc.tokens[c].rel.startswith("nsubj") for c in doc.children[k]) and (
                finite(doc, k) and same_form(doc.tokens[k], doc.tokens[noun]) and not is_cue(doc, k)
                or doc.is_dash(k - 1) and doc.tokens[k].pos in ("NOUN", "PROPN")
                and doc.tokens[k].feats.get("Case") == "Nom" and not any(doc.is_dash(j) for j in range(k, verb))):
            return True
    return False


def _across_clauses(doc: Doc, noun: int, verb: int) -> bool:
    """`Клинтон назвала ..., а постпред Райс заявила, что ...`: a subject the parser gave a verb across
    `, а` or `, но` that opens another clause, where the subject's side has a finite verb of its own."""
    low, high = min(noun, verb), max(noun, verb)
    joints = clause_joints(doc, low, high)
    if not joints:
        return False
    sentence = doc.sentence_range(verb)
    side = range(sentence.start, joints[0]) if noun < verb else range(joints[-1] + 1, sentence.stop)
    first = doc.tokens[verb].head
    if noun < verb and doc.tokens[verb].rel == "conj" and first in side and finite(doc, first) \
            and same_form(doc.tokens[first], doc.tokens[verb]) \
            and not any(doc.tokens[c].rel.startswith("nsubj") for c in doc.children[first]):
        return False  # `Литвиненко переехал в Великобританию, а после попросил убежища`: the subject of both,
        # which the parser hung on the second
    return any(k != verb and finite(doc, k) for k in side)


def _antecedent_of_relative(doc: Doc, noun: int, verb: int) -> bool:
    """`Сара Хьюз, которую называли главной претенденткой`: a noun before the relative clause the cue is in,
    whose `который` is its object, is what the clause is about, not who speaks in it; so is one before a
    relative clause on another noun (`Глава ЮКОС ... по делу, в рамках которого его обвиняют`), not the
    noun the clause describes (`Европейские страны, в числе которых Франция, заявили`)."""
    if noun > verb:
        return False
    for c in range(noun + 1, verb):
        comma = next((j for j in (c - 1, c - 2, c - 3) if doc.word(j) == ","), None)  # not `в который раз`
        if doc.lemma(c) != "который" or doc.tokens[c].rel.startswith("nsubj") or comma is None:
            continue
        if doc.tokens[c].head == verb or _clause_verb(doc, c) == verb and comma - 1 not in doc.subtree(noun) \
                and not doc.analysis.dominates(noun, c):  # (not `общества, представители которого заявили`)
            return True
    return False


def _clause_verb(doc: Doc, k: int) -> int:
    """The first verb up the tree from token k: the predicate of the clause k is in (-1 if none)."""
    k = doc.tokens[k].head
    while k >= 0 and doc.tokens[k].pos not in ("VERB", "AUX"):
        k = doc.tokens[k].head
    return k


def in_complement(doc: Doc, noun: int, verb: int) -> bool:
    """`В "Хамас" опасаются, что ..., финансовые средства организации будут заморожены`: a subject the
    parser gave the cue after the `, что` that opens what is said belongs to that clause."""
    return any(doc.tokens[k].text == "," and doc.word(k + 1) == "что" and doc.tokens[k + 1].rel == "mark"
               for k in range(verb + 1, noun - 1))


def clause_joints(doc: Doc, low: int, high: int) -> list[int]:
    """The commas strictly between two tokens that `а`, `но` or `однако` follows: where one clause may end
    and another, opposed to it, begin; not a phrase's (`, а не ...`, `, но и ...`, `, а также ...`)."""
    return [k for k in range(low + 1, high) if doc.tokens[k].text == "," and doc.word(k + 1) in ("а", "но", "однако")
            and doc.word(k + 2) not in ("не", "и", "также", "тоже")]


def clause_after(doc: Doc, joint: int) -> bool:
    """Does a clause with a finite verb of its own follow the joint, to the sentence's end?"""
    return any(finite(doc, k) for k in range(joint + 1, doc.sentence_range(joint).stop))


def finite(doc: Doc, k: int) -> bool:
    """Is the token a finite verb (`заявил`, `было`)?"""
    return doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].feats.get("VerbForm") == "Fin"


def place_that_speaks(doc: Doc, verb: int) -> Optional[int]:
    """`в МИД Сирии заявили`: a plural or neuter verb with no subject, whose `в`/`на` place speaks, or
    the place of the subjectless verb it is coordinated with."""
    feats = doc.tokens[verb].feats
    if feats.get("Number") != "Plur" and feats.get("Gender") != "Neut":
        return None
    hung = _hung_before(doc, verb) + _hung_after(doc, verb)  # read as a complement of a noun there: `на
    # территории района, сообщили "Интерфаксу" в силовых структурах`; or of the verb's infinitive before it
    hung += [c for x in doc.children[verb] if doc.tokens[x].rel == "xcomp" and x < verb  # (`Предоставить фото в
             for c in doc.children[x] if c < verb]  # фирме отказались`)
    places = [c for c in doc.children[verb] + hung
              if (doc.tokens[c].rel == "obl" or c in hung and doc.tokens[c].rel == "nmod")
              and preposition(doc, c) in ("в", "на") and not circumstantial(doc, c)
              and (not doc.tokens[c].text.islower() or morph.may_be_locative(doc.tokens[c].text)
                   or doc.tokens[c].feats.get("Case") == "Nom")
              and not where_to(doc, c) and not _charge(doc, verb, c)]
    # not `в свою очередь`, `на выбор`, a common noun in no locative, nor where to (`В Госдуму обещали
    # пригласить`); a name may be undeclined (`в УГПС`), and `в нынешнем эксперты оценили` is a subject
    if places:
        return places[0]
    adverbs = [c for c in doc.children[verb] if doc.tokens[c].rel == "advmod"]
    if doc.tokens[verb].rel == "acl:relcl" and any(doc.lemma(c) == "где" for c in adverbs) \
            and doc.tokens[doc.tokens[verb].head].pos in ("NOUN", "PROPN"):
        return doc.tokens[verb].head  # `рецензию со стороны Минпромторга, где уверены, что ...`: the body
    source = next((c for c in adverbs if doc.word(c) == "там" and (c < verb and all(
        doc.tokens[k].pos in ("ADV", "PART") for k in range(c + 1, verb)) or c > verb and all(
        doc.tokens[k].pos in ("ADV", "PART") for k in range(verb + 1, c)) and c + 1 < len(doc.tokens) and (
        doc.is_punct(c + 1) or doc.word(c + 1) == "же"))), None)  # (`«...», — заявили там`, `— уточнили там же`)
    title = doc.article.title
    if source is not None and (title is None or doc.tokens[source].start >= title.end):
        return source  # `Там не отрицали, что ...`: the body just quoted or named (read by the speaker's resolver);
        # not `там состояние дорог назвали плохим 59% респондентов`, a place; `здесь` is more often a town's people
    head = doc.tokens[verb].head  # `В министерстве сроки не назвали, но пообещали, что ...`: the first verb's
    if doc.tokens[verb].rel == "conj" and head >= 0 and doc.tokens[head].pos in ("VERB", "AUX") \
            and same_form(doc.tokens[verb], doc.tokens[head]) \
            and not any(doc.tokens[c].rel.startswith("nsubj") for c in doc.children[head]):
        return place_that_speaks(doc, head)
    return None


def _hung_after(doc: Doc, verb: int) -> list[int]:
    """`Ярыгин отказался, а в администрации области заявили`: nouns right before a cue, back to the
    `, а` or `, но` that opens its clause, that the parser hung on the clause before; or back to the
    sentence's start, hung on a later word (`Ранее в экстренных службах рассказали: «...»`, the
    quotation's verb), or a body whose phrase the cue follows."""
    tokens, sentence = doc.tokens, doc.sentence_range(verb)
    found: list[int] = []
    for k in range(verb - 1, sentence.start - 1, -1):
        if tokens[k].text in (",", ";", ":") or tokens[k].pos in ("VERB", "AUX"):
            verbs = [j for j in range(sentence.start + 1, k) if tokens[j].pos in ("VERB", "AUX")]
            framed = tokens[k].text == "," and doc.word(sentence.start) == "как" and len(verbs) == 1 \
                and is_cue(doc, verbs[0])  # `Как сообщает НТВ, в УГПС сообщили`: the frame's comma (not `Как
            # говорится в ультиматуме, если X не выполнит условия, в Израиле это расценят`: another clause's)
            return found[::-1] if clause_joints(doc, k - 1, k + 1) == [k] or framed else []
        if tokens[k].pos in ("NOUN", "PROPN") and tokens[k].head != verb:
            found.append(k)
    return [k for k in found[::-1] if tokens[k].head > verb or doc.subtree(k)[-1] == verb - 1
            and someone_or_a_body(doc, k) and tokens[tokens[k].head].rel in ("obl", "nmod")]  # `После
    # мероприятий в управлении МВД сообщили`: a body right before the verb, hung on an adverbial's noun before
    # it (not on a subject or object: `Нового замглавы в министерстве обещают представить` may be the deputy in
    # the ministry)


def _hung_before(doc: Doc, verb: int) -> list[int]:
    """`..., сообщили в среду в Дальневосточном НИИ`: nouns after a cue, before its clause ends,
    that the parser hung on a word before the cue, or a body it hung past the clause's end (`Как
    сообщили в региональном центре МЧС, катастрофа произошла ...`: on the content's verb) or left hanging
    (`Как сообщили ИА "Двина-Информ" в ГУ МЧС`)."""
    tokens, sentence = doc.tokens, doc.sentence_range(verb)
    nouns = []
    end = sentence.stop
    for k in range(verb + 1, sentence.stop):
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].text in (",", ";", ":"):
            end = k
            break
        if tokens[k].pos in ("NOUN", "PROPN"):
            nouns.append(k)
    return [k for k in nouns if 0 <= tokens[k].head < verb
            or (tokens[k].head >= end or tokens[k].head < 0) and someone_or_a_body(doc, k)]


def _obl_hung_elsewhere(doc: Doc, verb: int) -> list[int]:
    """`В книге "Архив" утверждается`: the place the clause opens with, when the parser hung it on a
    later verb; the first word of the sentence must start it. `«...», - говорится в декларации,
    подписанной ...`: the place right after the verb, when the parser hung it on the quotation's verb."""
    sentence = doc.sentence_range(verb)
    hung = []
    first = sentence.start
    if doc.tokens[first].rel == "case":
        noun = doc.tokens[first].head
        if first < noun < verb and noun in sentence and doc.tokens[noun].head > verb:
            hung.append(noun)
    after = verb + 1
    if after in sentence and doc.tokens[after].rel == "case":
        noun = doc.tokens[after].head
        if after < noun and noun in sentence and doc.tokens[noun].rel == "obl" and 0 <= doc.tokens[noun].head < verb:
            hung.append(noun)
    return hung


def _disagrees(doc: Doc, noun: int, verb: int) -> bool:
    """A subject whose number is not its verb's (one the parser took from another clause)."""
    number, verb_number = doc.tokens[noun].feats.get("Number"), doc.tokens[verb].feats.get("Number")
    coordinated = any(doc.tokens[c].rel == "conj" for c in doc.children[noun])
    return None not in (number, verb_number) and number != verb_number and not coordinated


def _first_found(*tokens: Optional[int], otherwise: int) -> int:
    """The first token found, else `otherwise` (token 0 is one: `or` would pass it by)."""
    return next((k for k in tokens if k is not None), otherwise)


def misread_object(doc: Doc, noun: int, verb: int) -> bool:
    """A thing before the verb that the verb does not agree with, in gender or in number: its object, which the
    parser read as its subject (`Такой показатель предложило X`, `а новости ... назвал фейком`, `перенос старта
    объяснили неисправностями`); but a singular that counts people agrees with a plural verb (`большинство
    считают`, `ряд экспертов полагают`)."""
    plural = doc.tokens[noun].feats.get("Number") == "Plur" and doc.tokens[verb].feats.get("Number") == "Sing"
    singular = doc.tokens[verb].feats.get("Number") == "Plur" and _only_one(doc, noun, verb)
    return doc.tokens[noun].feats.get("Animacy") == "Inan" and not someone(doc, noun) \
        and (_gender_clash(doc, noun, verb) or plural and _disagrees(doc, noun, verb) or singular)


def _only_one(doc: Doc, noun: int, verb: int) -> bool:
    """A noun the dictionary knows only in the singular, counting nothing (`ряд источников`, `треть опрошенных`,
    `53 процента`), joined to no other before the verb (`Менеджмент завода и власти`)."""
    word = doc.tokens[noun].text.lower()
    return doc.tokens[noun].pos == "NOUN" and morph.known_as(word, "sing") and not morph.known_as(word, "plur") \
        and doc.lemma(noun) not in lexicon.INSTITUTION_NOUNS and not any(
            doc.tokens[c].feats.get("Case") == "Gen" and doc.tokens[c].feats.get("Number") == "Plur"
            or doc.tokens[c].rel.startswith("nummod") or doc.tokens[c].rel == "conj" for c in doc.children[noun]) \
        and not any(doc.word(k) == "и" for k in range(noun + 1, verb))


def _gender_clash(doc: Doc, noun: int, verb: int) -> bool:
    """A singular past verb whose gender is not the noun's (`показатель предложило`)."""
    gender, verb_gender = doc.tokens[noun].feats.get("Gender"), doc.tokens[verb].feats.get("Gender")
    return None not in (gender, verb_gender) and gender != verb_gender


def _named_after(doc: Doc, verb: int) -> Optional[int]:
    """The named body or person right after a verb, which the parser took for its object: the verb's
    real subject when the word before it is a thing it does not agree with."""
    after = [c for c in doc.children[verb] if c > verb and doc.tokens[c].rel in ("obj", "iobj", "nsubj")
             and doc.tagged_at(doc.tokens[c].start, ("PER", "ORG")) and not _gender_clash(doc, c, verb)
             and not outlet_name(doc.text[slice(*mention_span(doc, c))])]  # not `заявил ТАСС`: whom he told
    return after[0] if after else None


def _stray_subject(doc: Doc, verb: int) -> Optional[int]:
    """A subject the parser hung elsewhere (`Вручая писателю диплом, ректор Виктор Садовничий
    отметил`, `руководство США неоднократно высказывало предположения о том, что хакеры взломали`): the first
    word of the run of words right before a finite cue, back to a comma, that is someone or a body in the
    nominative agreeing with the verb in number and gender, not whom it was told (`В пресс-службе компании РИА
    Новости заявили`)."""
    feats = doc.tokens[verb].feats
    if feats.get("VerbForm") != "Fin" or feats.get("Person") in ("1", "2"):
        return None
    sentence = doc.sentence_range(verb)
    k, found = verb - 1, None
    while k - 1 in sentence and (doc.word(k) == "хотя" or doc.word(k) == "и" and doc.word(k - 1) == "хотя"):
        k -= 1  # `источник хотя и подтвердил`: a concession inside the clause
    if k in sentence and doc.tokens[k].text == "," and nominative_after(doc, verb, sentence.stop) is None:
        opening = next((j for j in range(k - 1, sentence.start, -1) if doc.tokens[j].text == ","
                        and "который" in (doc.lemma(j + 1), doc.lemma(j + 2))), None)
        if opening is not None:
            k = opening - 1  # `публицист Джавад Могуи, которого считают близким к КСИР, написал`: the relative
            # clause between the subject and its verb, with its own commas (`которого, по словам X, было
            # приказано убить`), not `..., которых немало, сообщает НТВ`
        else:  # `Академия ..., присуждающая кинопремию «Оскар», постановила`: a participle clause between them
            described = _noun_of_participle_clause(doc, k, sentence)
            k = described if described is not None else k
    closing = doc.quote_around(doc.tokens[k - 1].start) if k - 1 in sentence and doc.tokens[k].text in MARKS \
        else None
    if closing is not None and closing.close == doc.tokens[k].start and closing.close - closing.open <= _NAME_CHARS \
            and place_that_speaks(doc, verb) is None:
        k -= 1  # `украинский «5 канал» передает`, `«Грани.ру», которые попали в список, утверждают`: a name in
        # quotation marks ends the subject (but `В полиции РИА «Новости» рассказали`: whom the place told)
    while k in sentence and (not doc.is_punct(k) or closing is not None and doc.tokens[k].start == closing.open) \
            and (doc.tokens[k].pos not in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP")
                 or _modifies_noun_before(doc, k) or _joins_subjects(doc, k)):  # (on past the name's opening mark:
        # `раввины и депутаты «Ликуд» призывают`)
        token = doc.tokens[k]
        foreign = token.pos == "PROPN" and "Case" not in token.feats and "Number" not in token.feats \
            and not (token.rel == "appos" and doc.tokens[token.head].feats.get("Case") not in (None, "Nom"))
        # (`Tageblatt`; not `к движению SERB`, in its noun's case)
        number = "Plur" if any(doc.tokens[c].rel == "conj" for c in doc.children[k]) else token.feats.get("Number")
        if (token.pos in ("NOUN", "PROPN") and (token.feats.get("Case") == "Nom" or foreign)
                and someone_or_a_body(doc, k)
                and may_be_subject(doc, k) and (number == feats.get("Number") or foreign)
                and (feats.get("Number") == "Plur" or feats.get("Gender") is None  # `полагает`: no gender
                     or token.feats.get("Gender") in (None, feats.get("Gender")) or token.pos == "PROPN")
                and not any(doc.tokens[c].rel == "case" for c in doc.children[k])
                and not _told(doc, k)) or share_of_people(doc, k):
            found = k
        k -= 1
    return found


def share_of_people(doc: Doc, k: int) -> bool:
    """`52% жителей штата считают`, `четверти россиян`, `часть бывших сотрудников`: a percentage or a part of
    people, counted in the genitive plural after it (past its adjectives)."""
    if not (doc.tokens[k].text == "%" or doc.lemma(k) in _SHARE_NOUNS):
        return False
    j = k + 1
    while j < len(doc.tokens) and doc.tokens[j].pos in ("ADJ", "DET") and j - k <= 3:
        j += 1
    return j < len(doc.tokens) and doc.tokens[j].pos == "NOUN" and doc.tokens[j].feats.get("Case") == "Gen" \
        and doc.tokens[j].feats.get("Number") == "Plur" and doc.tokens[j].feats.get("Animacy") == "Anim"


def _noun_of_participle_clause(doc: Doc, comma: int, sentence: range) -> Optional[int]:
    """The noun before a participle clause set off by commas that ends at `comma`, the clause the parser
    let cut the noun off from its verb; None where no such clause ends there. A participle is read from
    the dictionary: the tagger may read it as an adjective (`присуждающая`)."""
    opening = next((j for j in range(comma - 1, sentence.start, -1) if doc.tokens[j].text == ","), None)
    if opening is None:
        return None
    if not morph.known_as(doc.word(opening + 1), "PRTF") or any(finite(doc, j) for j in range(opening + 2, comma)):
        return None
    noun = _participles_noun(doc, opening + 1)
    if noun is None or noun >= opening:
        return None
    k = noun - 1
    while k in sentence and doc.tokens[k].text not in (",", ";", ":") and doc.word(k) != "что":
        if finite(doc, k):
            return None  # `На юге подорвался на мине военнослужащий, входящий в отряд, сообщает CNN`: the noun
        k -= 1  # is another verb's subject, in what was said
    return noun


def _joins_subjects(doc: Doc, k: int) -> bool:
    """Is the word the `и` of two coordinated names, both someone (`Однако Постон и Гловер не исключают`)?"""
    head = doc.tokens[k].head
    return doc.word(k) == "и" and head > k and doc.tokens[head].rel == "conj" \
        and doc.tokens[head].head < k and someone(doc, head)


def _told(doc: Doc, k: int) -> bool:
    """Did the parser take the word for whom the cue's act was addressed to, or a name set beside it
    (`РИА "Новости"`, which shows no dative)? A person's name the parser set beside a body told is no
    part of its name (`В интервью "Радио Свобода" Магомед Очерхаджи заявил`)."""
    token = doc.tokens[k]
    return token.rel == "iobj" or token.head >= 0 and doc.tokens[token.head].rel == "iobj" and not (
        doc.tagged_at(token.start, ("PER",)) and not doc.tagged_at(doc.tokens[token.head].start, ("PER",)))


def _modifies_noun_before(doc: Doc, adp: int) -> bool:
    """A preposition whose phrase describes the noun before it (`источник в Кремле`), part of that
    noun's phrase."""
    noun = doc.tokens[adp].head
    return doc.tokens[adp].pos == "ADP" and noun > adp and doc.tokens[noun].rel == "nmod" \
        and 0 <= doc.tokens[noun].head < adp


def _may_hold_words(doc: Doc, noun: int) -> bool:
    """Can the place a participle cue names hold what was said: a document, a channel, an outlet, an
    institution or someone (`указано в докладе`, `сказано в интервью`), not a prison or a street?"""
    lemma = doc.lemma(noun)
    return (lemma in lexicon.DOCUMENT_NOUNS or lemma in lexicon.CHANNEL_NOUNS or lemma in lexicon.PRESS_NOUNS
            or lemma in lexicon.INSTITUTION_NOUNS or lemma in lexicon.QUOTING_NOUNS or someone(doc, noun))


def _after_comma(doc: Doc, verb: int) -> bool:
    """Does the cue follow a comma, a dash or `как` (adverbs between allowed): `..., сообщает X`, `», —
    сказал X`, `Как сообщило сегодня X, ...`?"""
    before = verb - 1
    while before >= 0 and doc.tokens[before].pos in ("ADV", "PART"):
        before -= 1
    return before >= 0 and (doc.tokens[before].text == "," or doc.is_dash(before) or doc.word(before) == "как")


def _stray_subject_after(doc: Doc, verb: int) -> Optional[int]:
    """`..., сообщает в среду Австралийское управление морской безопасности`: the subject of a cue
    after a comma, which the parser hung on the verb before the comma: the first noun after the cue,
    outside its prepositional phrases and before the clause ends, that is someone and may be in the
    nominative, agreeing with the verb in number."""
    tokens = doc.tokens
    if not _after_comma(doc, verb) or tokens[verb].feats.get("VerbForm") != "Fin":
        return None
    sentence = doc.sentence_range(verb)
    k = verb + 1
    while k in sentence and tokens[k].pos not in ("VERB", "AUX") and tokens[k].text not in (",", ";", ":"):
        if tokens[k].pos == "ADP":  # `в среду`, `в интервью`: past the phrase, up to someone in the nominative the
            end = max(doc.subtree(tokens[k].head)) if tokens[k].head > k else k  # parser hung in it (`в интервью
            k = next((j for j in range(tokens[k].head + 1, end + 1)  # «Пятому каналу» председатель комиссии ...`),
                      if _someone_named(doc, j) or tokens[j].text == ","), end + 1)  # or to a comma the phrase's
            continue  # clause ends at (`в пресс-службе центра, юрист которого ...`)
        if tokens[k].pos in ("NOUN", "PROPN") and addressee(doc, k):
            k = _past_name(doc, k + 1)  # `- заявил изданию Кизяков`, `сообщил радиостанции "Эхо Москвы"
            continue  # Франкетти`: whom he told, and its name
        if tokens[k].pos in ("NOUN", "PROPN"):
            counted = any(tokens[c].rel == "nummod:gov" for c in doc.children[k])  # `два ... источника`: a count
            agrees = counted or tokens[k].feats.get("Number") in (None, tokens[verb].feats.get("Number"))
            nominative = counted or tokens[k].feats.get("Case") == "Nom" or "nomn" in morph.cases_of(tokens[k].text)
            return k if agrees and nominative and someone(doc, k) else None
        k += 1
    return None


def _someone_named(doc: Doc, k: int) -> bool:
    """A noun for someone in the nominative: who may be a subject."""
    token = doc.tokens[k]
    return token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Nom" and token.feats.get("Animacy") == "Anim"


def _name_at(doc: Doc, k: int, kind: str) -> range:
    """The tokens of a name of this kind (PER, ORG) the tagger found starting at token k; empty if none."""
    if k >= len(doc.tokens):
        return range(0)
    name = next((n for n in doc.analysis.names_over(doc.tokens[k].start, doc.tokens[k].end)
                 if n.type == kind and n.start == doc.tokens[k].start), None)
    return doc.analysis.tokens_in(name.start, name.end) if name is not None else range(0)


def _person_after(doc: Doc, k: int) -> Optional[int]:
    """The root of a person's name that starts at token k, if one does."""
    words = _name_at(doc, k, "PER")
    return next((j for j in words if doc.tokens[j].head not in words), None)


def _person_noun_at(doc: Doc, k: int) -> Optional[int]:
    """`заявил Life News друг и директор Панина Геннадий Русин`: a noun for someone, in the nominative, at
    token k, however the parser hung it."""
    if k >= len(doc.tokens) or doc.tokens[k].pos != "NOUN" or doc.tokens[k].feats.get("Case") != "Nom":
        return None
    return k if doc.tokens[k].feats.get("Animacy") == "Anim" and someone(doc, k) else None


def _past_name(doc: Doc, k: int) -> int:
    """The token after an organisation's name that starts at token k, in quotation marks or tagged
    (`"Эхо Москвы"`, `Reuters`); k itself where none does."""
    quote = next(iter(doc.analysis.quotes_opening_at(doc.tokens[k].start)), None) if k < len(doc.tokens) else None
    if quote is not None and (last := doc.token_at(quote.close)) is not None:
        return last + 1
    return _name_at(doc, k, "ORG").stop or k


def _other_subject(doc: Doc, subjects: list[int], outlet: int) -> Optional[int]:
    """Another subject the parser gave the cue after the outlet it took for one, someone and no outlet
    (`сообщил ИТАР-ТАСС официальный представитель МИД`): the speaker, the outlet whom he told."""
    return next((c for c in subjects if c > outlet and someone(doc, c)
                 and not outlet_name(doc.text[slice(*mention_span(doc, c))])), None)


def _named_itself(doc: Doc, head: int) -> bool:
    """Is the subject a person's name, or a noun with a name in apposition (`премьер Алексис Ципрас`), not
    one whose name is only that of a noun modifying it (`жена брата Андрея`)?"""
    return any(doc.tagged_at(doc.tokens[k].start, ("PER",)) for k in [head] + [
        c for c in doc.children[head] if doc.tokens[c].rel in ("appos", "flat:name")])


def _names_person(doc: Doc, head: int) -> bool:
    start, end = mention_span(doc, head)
    return any(n.type == "PER" and start <= n.start and n.end <= end for n in doc.analysis.names_over(start, end))


def _stray_relative(doc: Doc, verb: int) -> Optional[int]:
    """A `который` in the nominative opening the cue's clause, right after a comma, that the parser gave
    another verb."""
    sentence = doc.sentence_range(verb)
    for k in range(verb - 1, sentence.start, -1):
        if doc.tokens[k].text == "," or finite(doc, k):
            return None
        if doc.lemma(k) == "который" and doc.tokens[k].feats.get("Case") == "Nom" and doc.word(k - 1) == "," \
                and doc.tokens[k].head != verb:
            return k
    return None


def _relative_clause_before(doc: Doc, gerund: int) -> Optional[int]:
    """The verb of a relative clause on `который` that ends, past a comma, right where the gerund starts, and
    that the parser passed over to hang the gerund on the verb before it (`встретился с Петровым, который
    выступил перед журналистами, заявив, что`): the gerund goes on the clause, its doer is the clause's."""
    tokens = doc.tokens
    head = tokens[gerund].head
    if head < 0 or head > gerund or doc.word(gerund - 1) != ",":
        return None
    for verb in range(gerund - 2, head, -1):
        if tokens[verb].rel == "acl:relcl" and tokens[verb].pos == "VERB" and any(
                doc.lemma(c) == "который" and tokens[c].rel == "nsubj" for c in doc.children[verb]):
            return verb if doc.analysis.subtree(verb)[-1] == gerund - 2 else None
    return None


def _complement_before(doc: Doc, gerund: int) -> Optional[int]:
    """The finite verb of the complement clause the gerund follows, of the verb the parser hung the gerund
    on (`было объявлено, что X подала иск, потребовав`): a verb with no subject of its own, so the gerund
    goes with the clause's."""
    tokens = doc.tokens
    head = tokens[gerund].head
    clauses = [c for c in doc.children[head] if tokens[c].rel == "ccomp" and c < gerund and finite(doc, c)
               and any(tokens[k].rel.startswith("nsubj") for k in doc.children[c])] if head >= 0 else []
    return clauses[-1] if clauses else None


def _attributed_before(doc: Doc, verb: int) -> Optional[int]:
    """A gerund right after an inverted attribution (`..., сообщил министр, отметив, что`, `«...», - сообщил
    министр, отметив`): that cue, whose subject, written after it, is the gerund's doer however the parser
    hung the gerund."""
    tokens = doc.tokens
    if tokens[verb].feats.get("VerbForm") != "Conv" or doc.word(verb - 1) != ",":
        return None
    k = verb - 2
    while k > doc.sentence_range(verb).start and tokens[k].text != "," and not finite(doc, k):
        k -= 1
    if not finite(doc, k) or not is_cue(doc, k) or doc.word(k - 1) != "," and not doc.is_dash(k - 1):
        return None  # (`«...», - сообщил представитель профсоюза, отметив, что`: after a quotation, a dash)
    subjects = [c for c in doc.children[k] if tokens[c].rel.startswith("nsubj") and k < c < verb]
    return k if subjects else None


def _sender_of(doc: Doc, verb: int) -> Optional[int]:
    """The verb whose object is the document or occasion a subjectless relative clause of saying
    describes, where the two agree (`X направил письмо, в котором утверждал`, `X дал интервью, в котором
    поведал`, `X провел пресс-конференцию, на которой заявил`): its subject says what the clause says."""
    tokens = doc.tokens
    relative = next((c for c in doc.children[verb] if c < verb and doc.lemma(c) in _RELATIVE_PLACES), None)
    if tokens[verb].rel != "acl:relcl" or relative is None:
        return None
    texts = lexicon.DOCUMENT_NOUNS | lexicon.CHANNEL_NOUNS  # `письмо`; `интервью`, `пресс-конференция`
    document = relative  # the parser may hang the clause on a noun between (`письмо губернатору, в котором`)
    while document > doc.sentence_range(verb).start and not finite(doc, document - 1) \
            and doc.lemma(document) not in texts:
        document -= 1
    if doc.lemma(document) not in texts:
        return None
    sender = tokens[document].head
    if sender < 0 or tokens[document].rel not in ("obj", "iobj", "obl") or not finite(doc, sender) \
            or not same_form(tokens[verb], tokens[sender]):
        return None
    return sender


def _shares_main_subject(doc: Doc, verb: int) -> bool:
    """Is the subjectless cue the predicate of a clause whose conjunction lets it leave out the main
    clause's subject (`хотя и согласна`), agreeing with the main clause's verb?"""
    tokens = doc.tokens
    head = tokens[verb].head
    return tokens[verb].rel == "advcl" and head >= 0 and finite(doc, head) and same_form(tokens[verb], tokens[head]) \
        and any(tokens[c].rel == "mark" and doc.analysis.has_lemma(c, _ELLIPTIC_SUBORDINATORS)
                for c in doc.children[verb])


def _coordinated_cue(doc: Doc, verb: int) -> Optional[int]:
    """The verb whose subject a subjectless cue shares: the main verb of a gerund (`сказал, уточнив,
    что`), or the cue a conjunct is coordinated with (`подчеркнул, что ... и напомнил, что`)."""
    tokens = doc.tokens
    head = tokens[verb].head
    if tokens[verb].feats.get("VerbForm") == "Conv":
        quoted = doc.quote_around(tokens[head].start) if head >= 0 else None
        while head >= 0 and quoted is not None and doc.quote_around(tokens[verb].start) != quoted:
            head = tokens[head].head  # `X подчеркнул: «...», добавив`: hung on the quoted words, X's act
            quoted = doc.quote_around(tokens[head].start) if head >= 0 else None
        return head if head >= 0 and tokens[head].pos in ("VERB", "AUX", "ADJ") else None
    if tokens[verb].rel != "conj":
        return None
    after = _stray_subject_after(doc, verb)
    if after is not None and doc.tagged_at(tokens[after].start, ("PER", "ORG")):
        return None  # `Лидер не хочет покидать страну, продолжает «Аль-Гумхурия»`: a name after it is its subject
    if doc.word(verb - 1) == "и":  # `гражданин, который признал вину и сообщил`, `хотя студент позвонил в
        for k in range(verb - 2, doc.sentence_range(verb).start, -1):  # посольство и сообщил`: the relative
            if tokens[k].text == ",":  # or subordinate clause goes on, whatever the parser hung the verb on
                break
            if finite(doc, k) and tokens[k].rel in ("acl:relcl", "advcl") and same_form(tokens[verb], tokens[k]) \
                    and any(tokens[c].rel == "nsubj" and (doc.lemma(c) == "который" or someone(doc, c))
                            for c in doc.children[k]):  # not `ультиматума, в котором содержится требование`
                return k
    if clause_joints(doc, head, verb) and any(
            tokens[c].rel == "obl" and c < verb and preposition(doc, c) in ("в", "на") and not circumstantial(doc, c)
            for c in doc.children[verb]):
        return None  # `..., однако в компании опровергли`: a clause opposed to the first, with a place that speaks
    k = verb
    own_quote = doc.quote_around(tokens[verb].start)
    for _ in range(4):  # up to a cue, or to a verb whose subject is someone (`студент позвонил ... и сообщил`)
        up = tokens[k].head if tokens[k].head >= 0 or k == verb else _root_before(doc, k)
        if up is None or up < 0:
            return None
        k = up
        if doc.quote_around(tokens[k].start) not in (None, own_quote):
            continue  # `«Компания обосновывает ...», – сообщил Трутнев, однако заметил`: not the quoted words' verb
        if not same_form(tokens[verb], tokens[k]):
            continue  # `заявил, что жители получат ..., и призвал`: not the plural `получат`'s subject
        tense = tokens[verb].feats.get("Tense")
        if tokens[k].rel in ("ccomp", "acl:relcl") and None is not tense != tokens[k].feats.get("Tense") is not None \
                and tokens[tokens[k].head].feats.get("Tense") == tense:
            continue  # `заявил, что Веллитон ... атакует исподтишка, и посоветовал`: a verb of what was said, in
            # another tense than the conjunct and the verb of saying, is not the one the conjunct goes on from
        subjects = [c for c in doc.children[k] if tokens[c].rel == "nsubj" or tokens[c].rel == "nsubj:pass"
                    and tokens[k].feats.get("VerbForm") == "Part" and tokens[k].head < 0]  # `ВОЗ озабочена ... и
        # призывает`
        if is_cue(doc, k) or any(someone(doc, c) for c in subjects) or tokens[k].head < 0 and any(
                someone_or_a_body(doc, c) or _name_in_quotes(doc, c) or doc.lemma(c) in lexicon.GROUP_NOUNS
                or share_of_people(doc, c) for c in subjects):  # `суд поддержал ... и постановил`, `«Сок»
            # договаривался ..., но заявил`, `оппозиция не верит итогам и заявляет`, `часть сотрудников
            # разочаровались ... и сомневались`; not a body in what someone said (`заявил, что суд нанес удар
            return k  # ..., и обвинил`)
    return None


def _name_in_quotes(doc: Doc, k: int) -> bool:
    """A capitalised word that opens a quotation: the name of a company or a body (`«Сок»`)."""
    token = doc.tokens[k]
    return token.text[:1].isupper() and token.start > 0 and doc.text[token.start - 1] in MARKS \
        and doc.quote_around(token.start) is not None


def _root_before(doc: Doc, root: int) -> Optional[int]:
    """`муж решил, что что-то случилось, и сообщил`: the parser may make a clause after `, что` a root
    of its own; the root of the sentence before that clause, which it depends on."""
    sentence = doc.sentence_range(root)
    opening = min(doc.subtree(root))
    if not any(doc.tokens[c].rel == "mark" and doc.word(c) in ("что", "чтобы") for c in doc.children[root]):
        return None
    return next((k for k in range(opening - 1, sentence.start - 1, -1) if doc.tokens[k].head < 0), None)


def same_form(verb: Token, other: Token) -> bool:
    """Can two finite verbs share a subject (or a verb and a noun agree): the same number, and gender
    where both show it?"""
    return all(verb.feats.get(f) is None or other.feats.get(f) is None or verb.feats[f] == other.feats[f]
               for f in ("Number", "Gender"))


def nominative_after(doc: Doc, verb: int, limit: int) -> Optional[int]:
    """The first noun in the nominative after a verb, in its clause (before a comma, a bracket or a
    stop), not in quotation marks: the verb's subject where the order is inverted after a quotation (`«...», —
    отрапортовал морской офицер`, `— раскрыл суть отношения Берлина к «вопросу» германский
    дипломат`), whatever the parser made of it. Failing one, a name in Latin letters after the verb's
    object (`— продолжает тему Die Welt`), which does not decline; not one right after the verb, in a
    prepositional phrase or after a dative, which may be whom it was told (`— сказал Reuters`, `— сказал
    в интервью CNN`, `— сказал изданию Politico`)."""
    prepositions = False
    foreign = None
    for k in range(verb + 1, limit):
        token = doc.tokens[k]
        if token.text in (",", ".", ";", ":", "!", "?", "…", "(", ")") or doc.is_dash(k) \
                or token.pos == "PRON" and token.feats.get("Case") in (None, "Nom"):
            return foreign  # (a pronoun in another case is whom it was told: `— бросил ей Доброхотов`)
        prepositions = prepositions or token.pos == "ADP"
        nominative = token.feats.get("Case") == "Nom" or morph.deputy_title(token.text) or (  # `замруководителя`;
            token.pos == "PROPN" and not prepositions and doc.tagged_at(token.start, ("PER",))  # `— привел пример
            and morph.may_be_nominative(token.text))  # Келлер`, read genitive; not `в заявлении семьи Лофнера`
        if token.pos in ("NOUN", "PROPN") and nominative and not doc.in_quotes(k):
            return k if may_be_subject(doc, k) else None
        if foreign is None and token.pos == "X" and k > verb + 1 and not prepositions \
                and doc.tagged_at(token.start, ("PER", "ORG")) and not doc.in_quotes(k) \
                and not any(addressee(doc, j) for j in range(verb + 1, k)):
            foreign = k
    return foreign


def in_no_subject_case(doc: Doc, noun: int) -> bool:
    """A common word the dictionary knows in no case a subject takes, whatever the tagger read
    (`опрашиваемым задавали вопрос`: whom it was asked of)."""
    text = doc.tokens[noun].text
    return text.islower() and morph.known_in_no_subject_case(text)


def _doer_after_object(doc: Doc, noun: int, verb: int) -> Optional[int]:
    """`— объяснил сложность процедуры Иванов`: a thing after the cue the parser read in the accusative is its
    object, and the one in the nominative after it in the clause, which the parser hung elsewhere, its subject."""
    tokens = doc.tokens
    if noun < verb or tokens[noun].feats.get("Case") != "Acc" or tokens[noun].feats.get("Animacy") != "Inan" \
            or doc.tagged_at(tokens[noun].start, ("PER", "ORG")):
        return None
    for k in range(max(doc.subtree(noun)) + 1, doc.sentence_range(verb).stop):
        if tokens[k].pos in ("VERB", "AUX", "PUNCT"):
            return None
        if tokens[k].rel == "nsubj" and tokens[k].feats.get("Case") == "Nom" and someone(doc, k):
            return k
    return None


def may_be_subject(doc: Doc, noun: int) -> bool:
    """Can a subject the parser gave be one: `статью закона предложили дополнить` has an object, a
    word the dictionary never reads in the nominative; `оба родителя` counts it in the genitive."""
    token = doc.tokens[noun]
    if token.pos == "ADV" and token.text.islower():  # `провозгласил т.н. «политику»`: an abbreviation's word;
        return any(doc.tokens[k].rel.startswith("nummod") for c in doc.children[noun]  # but `Чуть более 20
                   for k in doc.children[c])  # опрошенных`: a count
    if noun + 2 < len(doc.tokens) and doc.is_dash(noun + 1) and doc.tokens[noun + 1].start == token.end \
            and doc.tokens[noun + 2].start == doc.tokens[noun + 1].end and doc.tokens[noun + 2].text.islower():
        return False  # `прогнозируют 10%-ный рост`: the first part of a compound word the tokenizer split
    if any(doc.tokens[c].rel.startswith("nummod") for c in doc.children[noun]):
        return True
    adjectives = [c for c in doc.children[noun] if c < noun and doc.tokens[c].rel == "amod"]
    if adjectives and morph.known_as(token.text.lower(), "Fixd") \
            and not any(morph.may_be_nominative(doc.tokens[c].text) for c in adjectives):
        return False  # `Нового замглавы в министерстве обещают представить`: a noun that does not decline, whose
        # adjective shows its case
    if token.feats.get("Case") in (None, "Nom"):  # unless a common word the dictionary knows in no nominative
        return not in_no_subject_case(doc, noun)
    cases = morph.cases_of(token.text)
    return not cases or "nomn" in cases


def someone(doc: Doc, noun: int) -> bool:
    """A person, a named body, an informant (`источник`) or an outlet (`газета`): what can be the
    subject of a statement."""
    token = doc.tokens[noun]
    return token.feats.get("Animacy") == "Anim" or doc.tagged_at(token.start, ("PER", "ORG")) or \
        doc.lemma(noun) in lexicon.INFORMANT_NOUNS or doc.lemma(noun) in lexicon.PRESS_NOUNS


def someone_or_a_body(doc: Doc, noun: int) -> bool:
    """Someone, or a body named by its kind (`суд`, `руководство`, `власти`): who may act and be asked to,
    but whose clause may also be what a statement says (`заявил, что суд нанес удар`)."""
    return someone(doc, noun) or doc.lemma(noun) in lexicon.INSTITUTION_NOUNS


def _relative_antecedent(doc: Doc, verb: int, pronoun: int) -> Optional[int]:
    """`гражданин Белоруссии, который ... сообщил`: the noun the relative clause is about; of
    nouns before it, the nearest `который` agrees with in number and gender (`ни руководство, ни
    лидеров общины, которые пригрозили`)."""
    head = doc.tokens[verb].head
    for _ in range(4):  # up from a conjunct: `который признал вину и сообщил`
        if head < 0 or doc.tokens[head].pos not in ("VERB", "AUX") or doc.tokens[verb].rel != "conj":
            break
        verb, head = head, doc.tokens[head].head
    if head < 0 and pronoun > 0 and doc.word(pronoun - 1) == ",":  # a clause the parser hung on nothing: the
        return _agreeing_before(doc, pronoun)  # noun before it that agrees
    if head < 0 or doc.tokens[head].pos not in ("NOUN", "PROPN"):
        return None
    copula = doc.tokens[head].head  # `Boeing стал очередной организацией, которая заявила`: Boeing
    if copula >= 0 and doc.lemma(copula) in _COPULAS:
        named = [c for c in doc.children[copula] if doc.tokens[c].rel == "nsubj"]
        if named:
            return named[0]
    # the parser may hang it on a noun it does not agree with (`ходатайство Генпрокуратуры, которая просила`),
    # or on one after it (`Алексей Казаков, который подтвердил, что ... после разговора`), never its antecedent
    wanted = _agreement(doc, pronoun)
    if head > pronoun or any(doc.tokens[head].feats.get(f) not in (None, v) for f, v in wanted.items()):
        agreeing = _agreeing_before(doc, pronoun)
        return agreeing if agreeing is not None else head
    if not someone(doc, head) and doc.lemma(head) not in lexicon.DOCUMENT_NOUNS:  # `жалобы владельцев
        # смартфонов, которые сообщали`: the owners, who can speak (but `резолюция ООН, которая призывает`)
        return next((k for k in range(pronoun - 1, head, -1) if doc.tokens[k].pos in ("NOUN", "PROPN")
                     and doc.analysis.dominates(head, k) and someone(doc, k)
                     and all(doc.tokens[k].feats.get(f) in (None, v) for f, v in wanted.items())), head)
    return head


def _agreement(doc: Doc, pronoun: int) -> dict[str, str]:
    """What a noun must share with a `который`: its number, and its gender in the singular."""
    return {f: v for f in ("Number", "Gender") if (v := doc.tokens[pronoun].feats.get(f)) is not None
            and (f == "Number" or doc.tokens[pronoun].feats.get("Number") == "Sing")}


def _agreeing_before(doc: Doc, pronoun: int) -> Optional[int]:
    """The nearest noun before a `который` in its sentence that agrees with it; a person it is said of,
    where that agrees too (`Стивен Пинкер из Гарварда, который`: Пинкер), or one who can speak whose genitive
    it is (`Центробанку Кипра, который`: the bank)."""
    wanted = _agreement(doc, pronoun)

    def agrees(k: int) -> bool:
        token = doc.tokens[k]
        return token.pos in ("NOUN", "PROPN") and all(token.feats.get(f) == v for f, v in wanted.items())

    found = next((k for k in range(pronoun - 1, doc.sentence_range(pronoun).start - 1, -1) if agrees(k)), None)
    if found is None:
        return None
    head = doc.tokens[found].head
    if head >= 0 and doc.tokens[found].rel == "nmod" and preposition(doc, found) is not None and agrees(head) \
            and doc.tokens[head].feats.get("Animacy") == "Anim":
        found = head
    elif head >= 0 and doc.tokens[found].rel == "nmod" and preposition(doc, found) is None and agrees(head) \
            and someone(doc, head) and not doc.tagged_at(doc.tokens[found].start, ("PER",)):
        found = head  # `Центробанку Кипра, который утверждал`: the bank, whose country only says which
    while found is not None and doc.tokens[found].rel.startswith("flat") and doc.tokens[found].head >= 0:
        found = doc.tokens[found].head  # a name's last word: the name (`Татьяны Дельсаль, которая`)
    return found


def antecedent_before(doc: Doc, first: int, pronoun: int) -> Optional[int]:
    """The noun a relative phrase opening at `first` after a comma is about (`, по словам которого,`,
    `, в котором говорится`), where the parser did not hang its clause on it: of the nouns before the comma,
    the nearest that `который` agrees with in number (and gender, in the singular), or the head of its
    phrase where that agrees too (`сын пилота, по словам которого`: the son); a name's first word."""
    if first == 0 or doc.tokens[first - 1].text != ",":
        return None
    feats = doc.tokens[pronoun].feats
    wanted = {f: v for f in ("Number", "Gender") if (v := feats.get(f)) is not None
              and (f == "Number" or feats.get("Number") == "Sing")}

    def agrees(k: int) -> bool:
        return doc.tokens[k].pos in ("NOUN", "PROPN") and all(doc.tokens[k].feats.get(f) in (None, v)
                                                              for f, v in wanted.items())

    for k in range(first - 2, doc.sentence_range(first).start - 1, -1):
        if agrees(k):
            while 0 <= doc.tokens[k].head < k and (doc.tokens[k].rel == "flat:name" or doc.tokens[k].rel == "nmod"
                                                    and agrees(doc.tokens[k].head)):
                k = doc.tokens[k].head
            return k
    return None


def _in_title(doc: Doc, noun: int, k: int) -> bool:
    """Is token k a word of the title a noun opens in quotation marks (`в «Меморандуме понимания»`)?"""
    title = doc.analysis.quote_of[noun]
    return title is not None and title is doc.analysis.quote_of[k] and noun > 0 \
        and title.open == doc.tokens[noun - 1].start


def _text_before(doc: Doc, pronoun: int) -> Optional[int]:
    """The text a pronoun that a passive cue reads in stands for (`пришла телеграмма, в ней говорится`,
    `МИД опубликовал заявление. В нем отмечается`): of the nearest noun before it, in its sentence or the
    one before, that agrees with it (`нем` is masculine or neuter), the outermost phrase that names a document,
    a channel or a publication and holds it (`в заявлении МИД, размещенном на сайте ведомства. В нем`: the
    statement); None where none does."""
    feats = doc.tokens[pronoun].feats
    wanted = {f: v for f in ("Number", "Gender") if (v := feats.get(f)) is not None
              and (f == "Number" or feats.get("Number") == "Sing")}

    def agrees(k: int) -> bool:
        return doc.tokens[k].pos == "NOUN" and all(doc.tokens[k].feats.get(f) == v or v == "Masc" and
                                                   doc.tokens[k].feats.get(f) == "Neut" for f, v in wanted.items())

    def text(k: int) -> bool:
        lemma = doc.lemma(k)
        return agrees(k) and (lemma in lexicon.DOCUMENT_NOUNS or lemma in lexicon.CHANNEL_NOUNS
                              or lemma in lexicon.PRESS_NOUNS or lemma in lexicon.QUOTING_NOUNS)
    sentence = doc.sentence_range(pronoun)
    start = doc.sentence_range(sentence.start - 1).start if sentence.start > 0 else sentence.start
    for k in range(pronoun - 1, start - 1, -1):
        if agrees(k):  # the outermost text whose phrase holds the noun (`в заявлении МИД, размещенном на сайте
            # ведомства. В нем отмечалось`: the statement, not the site)
            texts = [j for j in _heads_up(doc, k, start) if text(j)]
            return texts[-1] if texts else None
    return None


def _heads_up(doc: Doc, k: int, start: int) -> list[int]:
    """Token k and the heads above it, up to the root or the first before `start`."""
    found = []
    while k >= start:
        found.append(k)
        k = doc.tokens[k].head
    return found


def where_to(doc: Doc, noun: int) -> bool:
    """Is a noun after `в`/`на` where to, in the accusative and in no locative (`В Госдуму обещали
    пригласить`, `сообщили о находке в правоохранительные органы`), not where?"""
    return doc.tokens[noun].feats.get("Case") == "Acc" and not morph.may_be_locative(doc.tokens[noun].text)


def _outlets_by_object(doc: Doc, verb: int) -> list[int]:
    """The outlet that quotes where the parser hung it on whom it quotes, as an apposition or a genitive
    (`цитирует Феттеля BBC`, `цитирует футболиста РИА "Новости"`), or read it as a first object of two
    (`цитирует агентство сообщение экономиста`)."""
    def outlet(k: int) -> bool:
        return outlet_name(doc.text[doc.tokens[k].start:doc.tokens[k].end])
    objects = [c for c in doc.children[verb] if doc.tokens[c].rel == "obj"]
    first = objects[:1] if len(objects) > 1 and outlet(objects[0]) else []
    return first + [a for c in objects for a in doc.children[c] if doc.tokens[a].rel in ("appos", "nmod") and a > c
                    and preposition(doc, a) is None and outlet(a)]


def circumstantial(doc: Doc, noun: int) -> bool:
    """`в субботу`, `в эфире`, `в ходе`, `в ответ на запрос`: a time, a channel or a circumstance,
    not a place that speaks."""
    lemma = doc.lemma(noun)
    return lemma in lexicon.TIME_NOUNS or lemma in lexicon.CHANNEL_NOUNS or lemma in lexicon.CIRCUMSTANCE_NOUNS


def _quoted_words_owner(doc: Doc, verb: int) -> Optional[Subject]:
    """`цитирует газета слова X`, `приводятся его слова`, `цитирует Даудова пресс-служба`: the
    speaker is the owner of the words, or the one quoted; `цитирует РИА "Новости" пресс-релиз ведомства`: whose
    the text is, else the text."""
    quoting = doc.lemma(verb) in _QUOTING_VERBS
    outlets = _outlets_by_object(doc, verb) if quoting else []
    relayed = quoting and (outlets or any(doc.tokens[c].rel in ("nsubj", "iobj")  # the parser's `iobj`:
                                          for c in doc.children[verb]))  # `цитирует "Интерфакс" главу`
    if relayed:
        rels = {doc.tokens[c].rel for c in doc.children[verb]}
        # an indeclinable name beside a subject is read as the parser's `iobj`: `цитирует Aftonbladet издание`
        objects = ("obj", "iobj") if "nsubj" in rels and "obj" not in rels else ("obj",)
        misread = [c for c in doc.children[verb] if doc.tokens[c].rel == "nsubj"  # `цитирует ТАСС премьера`: the
                   and doc.tokens[c].feats.get("Case") in ("Acc", "Gen")
                   and doc.tokens[c].feats.get("Animacy") == "Anim" and someone(doc, c)]  # object the parser
        quoted = misread or [c for c in doc.children[verb] if doc.tokens[c].rel in objects  # took for the subject
                             and c not in outlets and (doc.lemma(c) in lexicon.PRONOUNS or someone(doc, c))] \
            or _object_after(doc, verb, outlets)
        if quoted:
            return Subject(quoted[0], source=verb)
    # `назвал заявления Вашингтона неприемлемыми`, `прокомментировали заявление Лондона`: words a verb
    # assesses or comments on are not its speaker's; nor are those a verb of no saying acts on (`высмеяла
    # заявление британского премьера, назвав его "бредом"`: she called it so)
    assessed = doc.lemma(verb) in lexicon.OBJECT_CONTENT or doc.lemma(verb) in lexicon.NO_CONTENT_OBJECT
    owned_words = ("nsubj:pass", "nsubj") if assessed or not is_cue(doc, verb) else ("nsubj:pass", "nsubj", "obj")
    for child in doc.children[verb]:
        if doc.tokens[child].rel in owned_words and doc.lemma(child) in lexicon.QUOTING_NOUNS:
            for owner in doc.children[child]:
                owned = doc.tokens[owner].rel
                if owned == "nmod" and preposition(doc, owner) is None and owner not in outlets:  # whose, not
                    return Subject(owner, source=verb)  # `заявление с просьбой`
                if owned == "det" and doc.word(owner) in lexicon.POSSESSIVES:
                    return Subject(possessive=owner, source=verb)
            owner = child + 1  # the parser may hang the owner on the verb: `приводит ТАСС слова Сергея Шойгу`
            if owner < len(doc.tokens) and doc.tokens[owner].head == verb and _bare_case(doc, owner, ("Gen",)) \
                    and someone(doc, owner):
                return Subject(owner, source=verb)
    texts = [c for c in doc.children[verb] if doc.tokens[c].rel == "obj" and doc.lemma(c) in lexicon.DOCUMENT_NOUNS]
    return _text_owner(doc, texts[0], verb, outlets) if relayed and texts else None


def _text_owner(doc: Doc, text: int, verb: int, outlets: list[int]) -> Optional[Subject]:
    """Whose a quoted text is, through texts of texts (`цитирует текст обращения премьера`: the premier's), not the
    outlet that quotes it; none where it names no one (whose it is the article may have said before)."""
    inner = text
    while True:  # (each text further right: it ends)
        whose = [c for c in doc.children[inner] if c > inner and c not in outlets and doc.tokens[c].rel == "nmod"
                 and preposition(doc, c) is None]
        possessive = next((c for c in doc.children[inner] if doc.tokens[c].rel == "det"
                           and doc.word(c) in lexicon.POSSESSIVES), None)
        if possessive is not None:
            return Subject(possessive=possessive, source=verb)
        owners = [c for c in whose if someone(doc, c) or doc.lemma(c) in lexicon.INSTITUTION_NOUNS
                  or doc.tagged_at(doc.tokens[c].start, ("ORG",))]
        if owners:
            return Subject(owners[0], source=verb)
        texts = [c for c in whose if doc.lemma(c) in lexicon.DOCUMENT_NOUNS]
        if not texts:
            return None
        inner = texts[0]


def _object_after(doc: Doc, verb: int, outlets: list[int]) -> list[int]:
    """The one quoted where the parser left them outside the quoting verb's phrase (`цитирует
    "Интерфакс" директора РФПЛ`): the first bare accusative or genitive of someone after the verb and its
    subject (or the outlet the parser made an object), before any punctuation but a name's quotation marks."""
    relays = {k for c in doc.children[verb] if doc.tokens[c].rel in ("nsubj", "iobj") or c in outlets
              for k in doc.subtree(c)}
    for k in range(verb + 1, doc.sentence_range(verb).stop):
        token = doc.tokens[k]
        if token.pos == "PUNCT" and token.text not in MARKS:
            break
        if k not in relays and token.pos != "PUNCT":
            return [k] if _bare_case(doc, k, ("Acc", "Gen")) and someone(doc, k) else []
    return []


def _bare_case(doc: Doc, noun: int, cases: tuple[str, ...]) -> bool:
    """Is a noun in one of these cases with no preposition?"""
    return doc.tokens[noun].feats.get("Case") in cases and preposition(doc, noun) is None


def known_to(doc: Doc, verb: int) -> Optional[Subject]:
    """`Журналу стало известно`, `как стало известно «Коммерсанту»`: the one it became known to (a
    bare dative on the verb or on `известно`); `стало известно` alone has no speaker."""
    known = [c for c in doc.children[verb] if doc.word(c) == "известно"]
    if doc.lemma(verb) not in ("стать", "становиться") or not known:
        return None
    for k in doc.children[verb] + doc.children[known[0]]:
        if doc.tokens[k].feats.get("Case") == "Dat" and preposition(doc, k) is None:
            return Subject(k, source=verb)
    return Subject(implicit=False)


def preposition(doc: Doc, noun: int) -> Optional[str]:
    """The noun's preposition in its dictionary form (`в` for `во`, `с` for `со`, `о` for `об`); of a compound,
    its first word as written (`во время` names no place; `в ходе исследования` is where a finding is)."""
    for child in doc.children[noun]:
        if doc.tokens[child].rel == "case":
            compound = child + 1 < noun and doc.tokens[child + 1].rel == "fixed"
            return doc.word(child) if compound else doc.lemma(child)
    return None


def channel(doc: Doc, verb: int, speaker: Optional[int]) -> Optional[str]:
    """Where it was said: `в эфире "СоловьевLIVE"`, `в интервью РИА Новости`, `на пресс-конференции`."""
    for child in doc.children[verb]:
        if child == speaker or doc.tokens[child].rel != "obl":
            continue
        if doc.lemma(child) in lexicon.CHANNEL_NOUNS and preposition(doc, child) in ("в", "на"):
            words = doc.subtree(child)
            start, end = doc.trim(doc.tokens[words[0]].start, doc.tokens[words[-1]].end, keep_final="")
            return doc.text[start:end]
    return None


def mention_span(doc: Doc, head: int) -> tuple[int, int]:
    """Offsets of the noun phrase a speaker is written as: the head with its modifiers, appositions
    and complements (`официальный представитель МИД РФ Мария Захарова`, `Его коллега, экономист
    Дайнис Стикутс`), without a preposition (`в МИД`), and cut before a clause that hangs on it
    (`Веллитон, дисквалифицированный на шесть матчей`). Read once a head: each rule that weighs a
    speaker asks for it again (`Doc.mention_spans`)."""
    found = doc.mention_spans.get(head)
    if found is None:
        found = doc.mention_spans[head] = _mention_span(doc, head)
    return found


def _agency_told_before_verb(doc: Doc, head: int, last: int) -> Optional[int]:
    """The first token of a news agency's name the parser hung on a body's phrase that ends it (`В пресс-службе
    ведомства ТАСС сообщили`): whom the body told (`agency_told`); else None. Not after a subject (`В начале
    недели источники ИТАР-ТАСС сообщили`): only a body's place speaks so."""
    if preposition(doc, head) not in ("в", "во"):
        return None
    for k in range(head + 1, last + 1):
        words = doc.subtree(k)
        named = all(doc.is_punct(j) or doc.tokens[j].text[:1].isupper() for j in words)
        if doc.tokens[k].rel == "nmod" and words[0] > head and words[-1] == last and named \
                and agency_told(doc.analysis, words[0], last + 1):
            return words[0]
    return None


def _mention_span(doc: Doc, head: int) -> tuple[int, int]:
    words = set(doc.subtree(head))
    first = last = head
    first, last = _run(doc, words, head, -1), _run(doc, words, head, 1)
    last = _name_hung_elsewhere(doc, head, _genitive_hung_elsewhere(doc, head, last))
    last = _named_after_closing_dash(doc, head, last + 1) or last
    for k in range(head + 1, last + 1):  # a comma or bracket after the head ends the phrase
        if doc.tokens[k].text in (",", ";", ":") or doc.is_dash(k):
            if not _same_phrase_follows(doc, head, k):
                last = _defining_clause(doc, head, k) or _named_past_dashes(doc, head, k) \
                    or _named_after_closing_dash(doc, head, k) or k - 1
                break
    for k in range(head - 1, first - 1, -1):
        if doc.tokens[k].text in (",", ")", ";", ":") or doc.is_dash(k):
            first = _name_apposed_before(doc, head, k) or k + 1
            break
    for k in range(first, head):  # `сообщил в четверг информированный источник`: a prepositional phrase
        governed = doc.tokens[k].head  # before the head noun is the verb's, however the parser hung it on
        # the noun (not one of a participle before it: `наблюдающие за рынком эксперты`)
        if doc.tokens[k].rel == "case" and k < governed < head and doc.tokens[governed].head == head \
                and doc.subtree(governed)[-1] < head:
            first = max(first, doc.subtree(governed)[-1] + 1)
    while first < head and (doc.tokens[first].rel in ("case", "fixed") or doc.is_punct(first)  # `в ходе следствия`
                            or morph.known_only_as(doc.tokens[first].text, "VERB")  # `отшутилась госпожа Т.`
                            or finite(doc, first) and not morph.known_as(doc.tokens[first].text, "PRTF")
                            or doc.tokens[first].pos in ("CCONJ", "SCONJ", "PART")  # `считает и оппозиция`,
                            # `ни руководство`, `как говорят эксперты`
                            or _other_case(doc, first, head)):  # `в нынешнем эксперты The Times оценили`
        first += 1
    last = _coordinated_role(doc, head, last)
    while last > head and doc.tokens[last].pos == "PART" and doc.tokens[last].rel == "advmod":
        last -= 1  # `Прокуратуре же`: a particle of the clause, no part of the name
    if last > head and doc.tokens[last].pos == "PRON" and doc.lemma(last) in ("это", "то"):
        last -= 1  # `Следователи этого не уточняют`: what the verb negates, however the parser hung it; and
        while last > head and doc.tokens[last].pos == "ADP":  # `Браудер на это заявил`: what he answered
            last -= 1
    named = next((k for k in range(head + 1, last + 1) if doc.tagged_at(doc.tokens[k].start, ("PER",))), None)
    if doc.tokens[head].feats.get("VerbForm") == "Part" and named is not None:  # `Избранный президентом Бениньо
        adverbials = [doc.subtree(c)[0] for c in doc.children[head] if doc.tokens[c].rel == "obl" and c > named]
        last = min([last] + [k - 1 for k in adverbials if k > named])  # Акино на инаугурации пообещал`: when,
        # not who, after the name that closes who
    governed_before = next((k for k in range(head + 1, last + 1) for c in doc.children[k]
                            if c < head and doc.tokens[c].rel == "case"), None)
    if governed_before is not None:  # `по имеющейся у комиссии информации`: the frame noun, under `по`
        last = governed_before - 1  # before the phrase, is no part of the source's phrase however hung
    told = next((c for c in doc.children[head] if c > head and addressee(doc, c)  # not `Уполномоченный
                 and "gent" not in morph.cases_of(doc.tokens[c].text)), None)  # администрации`, maybe genitive
    if told is not None:  # `заявил молодой человек канадской газете`: whom he told, not who he is
        last = min(last, doc.subtree(told)[0] - 1)
    which = next((c for c in doc.children[head] if c > head and doc.lemma(c) == "который"), None)
    if which is not None:  # `«Уралвагонзавод», сотрудники которого обещали`: the relative word stands for the
        last = min(last, which - 1)  # noun before, named there
    citing = next((k for k in range(head + 1, last + 1) if doc.lemma(k) in lexicon.CITING_WORDS), None)
    if citing is not None:  # `пишет InoPressa.ru со ссылкой на статью Уильяма Дж. Брода`: whom it cites is no
        last = min(last, citing - 1)  # part of who
        while last > head and doc.tokens[last].pos == "ADP":
            last -= 1
    last = (_named_apposition(doc, head, first, last) or _quoted_name_after(doc, head, last)
            or _name_right_after(doc, head, last) or last)
    quoting = doc.tokens[head].head if doc.tokens[head].rel == "obj" else -1
    relay = next((a for a in _outlets_by_object(doc, quoting) if a > head), None) \
        if quoting >= 0 and doc.lemma(quoting) in _QUOTING_VERBS else None
    if relay is not None:  # `цитирует футболиста РИА "Новости"`: the outlet that quotes is no part of who
        last = min(last, min(k for k in doc.subtree(relay) if k > head) - 1)
    told_agency = _agency_told_before_verb(doc, head, last)
    if told_agency is not None:  # `В полиции РИА "Новости" рассказали`: whom they told
        last = told_agency - 1
    while first > 0 and doc.tokens[first - 1].end == doc.tokens[first].start and not doc.is_punct(first - 1):
        first -= 1  # `3DNews`: one word the tokenizer split
    if first == head and first > 0 and doc.word(first - 1) in lexicon.COUNT_BOUNDS \
            and doc.tokens[head].feats.get("Case") == "Gen" \
            and (first < 2 or doc.word(first - 2) not in ("все", "всё")):
        first -= 1  # `меньше четверти россиян`: the bound of a count, however the parser hung it (not the
        # growth of `все больше лидеров`)
    start, end = doc.trim(doc.tokens[first].start, doc.tokens[last].end, keep_final="")
    return start, end


def _name_apposed_before(doc: Doc, head: int, comma: int) -> Optional[int]:
    """The first word of a person's name that the comma closes, which the parser set in apposition to the
    head after it (`Юсуф Пуштун, помощник губернатора Гуль Аги, сказал`: the phrase is one man's)."""
    if doc.tokens[comma].text != ",":
        return None
    name = next((c for c in doc.children[head] if c < comma and doc.tokens[c].rel == "appos"
                 and doc.subtree(c)[-1] == comma - 1 and doc.tagged_at(doc.tokens[c].start, ("PER",))), None)
    return doc.subtree(name)[0] if name is not None else None


def _other_case(doc: Doc, k: int, head: int) -> bool:
    """Is the word an adjective (or one the parser hung as such), or a genitive noun, in a case the phrase
    head's word can never have, or a person's name in no nominative, which cannot modify it before it (`в
    нынешнем эксперты`, `к военным министр`)?
    The head's own tag may be wrong (`Австралийское управление`)."""
    token, head_token = doc.tokens[k], doc.tokens[head]
    case = morph.CASES.get(token.feats.get("Case", ""))
    head_cases = morph.cases_of(head_token.text)
    modifier = token.pos in ("ADJ", "DET") or token.rel == "amod" and token.text.islower() or (  # `к военным
        token.pos == "NOUN" and token.feats.get("Case") == "Gen")  # министр`; `украинского телевидения председатель`
    genders = {token.feats.get("Gender"), head_token.feats.get("Gender")}
    one_of_another_gender = (token.feats.get("Number") == "Sing" and head_token.feats.get("Number") == "Plur"
                             and None not in genders and len(genders) == 2)  # (`которого самого британские
    # власти считают`: `самого` is his)
    if token.pos == "PROPN" and head_token.pos == "NOUN" and doc.tagged_at(token.start, ("PER",)) \
            and not morph.may_be_nominative(token.text):
        return True  # `Мухику соотечественники называли`: whom they called, set first
    return modifier and (case is not None and bool(head_cases) and case not in head_cases or one_of_another_gender)


def _coordinated_role(doc: Doc, head: int, last: int) -> int:
    """`Аксель Буш, преподаватель университета и консультант по строительству,`: a second role joined
    to a person's apposition by `и`, however the parser hung it, runs to the comma that closes it."""
    tokens = doc.tokens
    k = last + 1
    if not (k + 1 < len(tokens) and doc.word(k) == "и" and tokens[k + 1].pos == "NOUN"
            and tokens[k + 1].feats.get("Case") == "Nom" and tokens[k + 1].feats.get("Animacy") == "Anim"
            and any(tokens[j].rel == "appos" and tokens[j].pos == "NOUN" for j in range(head, last + 1))):
        return last
    sentence = doc.sentence_range(head)
    end = k + 1
    while end + 1 in sentence and tokens[end + 1].text not in (",", ";", ":") and not doc.is_dash(end + 1) \
            and tokens[end + 1].pos not in ("VERB", "AUX"):
        end += 1
    return end


def addressee(doc: Doc, k: int) -> bool:
    """A noun in the dative with no preposition after a speaker's noun: the one the cue's act is
    addressed to, which the parser may hang on the speaker."""
    token = doc.tokens[k]
    return (token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Dat"
            and not any(doc.tokens[c].rel == "case" for c in doc.children[k])
            and not any(doc.tokens[c].pos == "ADP" for c in doc.subtree(k) if c < k))  # `по Хангаласскому
    # улусу`, its preposition hung on the adjective


def _name_right_after(doc: Doc, head: int, last: int) -> Optional[int]:
    """`директор проекта Уолтер Рид`: a person's name right after a role phrase, in the role noun's
    case, however the parser hung it, also past a bracketed aside (`председатель правления ЗАО
    "Армросгазпром" (80% принадлежит "Газпрому") Карен Карапетян`): the name's last token."""
    tokens = doc.tokens
    k = last + 1
    if k < len(tokens) and tokens[k].text == "(":
        closing = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in ("(", ")")
                        or tokens[j].sentence != tokens[k].sentence), None)
        k = closing + 1 if closing is not None and tokens[closing].text == ")" else k
    if (k >= len(tokens) or tokens[k].pos != "PROPN" or tokens[k].sentence != tokens[head].sentence
            or tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") != "Anim"
            or tokens[k].feats.get("Case") != tokens[head].feats.get("Case")):
        return None
    name = next((n for n in doc.analysis.names_over(tokens[k].start, tokens[k].end)
                 if n.type == "PER" and n.start == tokens[k].start), None)
    return doc.token_at(name.end - 1) if name is not None else None


def _quoted_name_after(doc: Doc, head: int, last: int) -> Optional[int]:
    """`агентство "Весь спорт"`: a name in quotation marks right after a thing's noun is its
    apposition, however the parser hung it; the closing mark's token."""
    if last != head or doc.tokens[head].pos != "NOUN" or doc.tokens[head].feats.get("Animacy") != "Inan":
        return None
    opening = doc.first_token_after(doc.tokens[head].end)
    if opening is None or doc.tokens[opening].sentence != doc.tokens[head].sentence:
        return None
    quote = next(iter(doc.analysis.quotes_opening_at(doc.tokens[opening].start)), None)
    if quote is None or not doc.text[quote.inner_start:quote.inner_end].strip()[:1].isupper():
        return None
    closing = doc.token_at(quote.close)
    return closing if closing is not None and doc.tokens[closing].sentence == doc.tokens[head].sentence else None


def _defining_clause(doc: Doc, head: int, comma: int) -> Optional[int]:
    """`источник, знакомый с ситуацией,`: the participle or adjective clause after an unnamed noun,
    which says who it is (a name says it without one): the clause's last token, or None. A document
    is the document alone (`декларация, подписанной ...`)."""
    tokens = doc.tokens
    k = comma + 1
    if (tokens[head].pos != "NOUN" or (doc.analysis.name_at and doc.analysis.name_at[head] is not None)
            or doc.lemma(head) in lexicon.DOCUMENT_NOUNS
            or k >= len(tokens) or tokens[k].head != head or tokens[k].rel not in ("acl", "amod")
            or not (tokens[k].pos == "ADJ" or tokens[k].feats.get("VerbForm") == "Part")
            or tokens[k].feats.get("Variant") == "Short"
            or _says_what(doc, k)):  # `министр, заявивший, что C`: what they said, not who they are
        return None
    last = max(j for j in doc.subtree(k) if not doc.is_punct(j))  # not the comma that closes it
    if last + 1 < len(tokens) and tokens[last + 1].text in MARKS \
            and sum(tokens[j].text in MARKS for j in range(k, last + 1)) % 2:
        last += 1  # `побывавший в отделениях банка «Глобэкс»`: the mark that closes the name
    return last if all(tokens[j].text not in (",", ";", ":") for j in range(k, last)) else None


def _subject_given_to_the_words(doc: Doc, verb: int) -> list[int]:
    """`эксперт ... Фредерика Вебб считает, что «вокруг форума произошло много странного»`: a person, a source or
    the press before a cue with no subject of its own that the parser gave to a verb of what the cue says,
    agreeing with the cue (not `рулевой «Локо»`, a team the parser made the subject)."""
    sentence = doc.sentence_range(verb)
    found = [k for k in range(sentence.start, verb) if doc.tokens[k].rel.startswith("nsubj")
             and doc.tokens[k].head > verb and doc.analysis.dominates(verb, doc.tokens[k].head)
             and (doc.tokens[k].feats.get("Animacy") == "Anim" or doc.lemma(k) in lexicon.INFORMANT_NOUNS
                  or doc.lemma(k) in lexicon.PRESS_NOUNS) and someone(doc, k)
             and morph.may_be_nominative(doc.tokens[k].text) and not _gender_clash(doc, k, verb)]
    return found[-1:]


def _noun_the_verb_hangs_on(doc: Doc, verb: int) -> list[int]:
    """`Приднестровье, 60% жителей которого ..., добивалось выхода ..., опасаясь, что ...`: a finite verb the
    parser hung on the noun before it as its modifier, whose subject that noun is."""
    head = doc.tokens[verb].head
    if doc.tokens[verb].rel != "acl" or doc.tokens[verb].feats.get("VerbForm") != "Fin" or not 0 <= head < verb \
            or doc.tokens[head].head >= 0:  # (the parser, finding no verb to head the sentence, made the noun its root)
        return []
    noun = doc.tokens[head]
    return [head] if noun.pos in ("NOUN", "PROPN") and morph.may_be_nominative(noun.text) \
        and may_be_subject(doc, head) and not _gender_clash(doc, head, verb) else []


def _latin_name_read_as_a_circumstance(doc: Doc, verb: int) -> list[int]:
    """`Накануне The Time сообщила, что ...`: a name in Latin letters with no preposition right before a finite
    verb with no subject, which the parser read as a circumstance of it; it is the verb's subject."""
    tokens = doc.tokens
    if tokens[verb].feats.get("VerbForm") != "Fin":
        return []
    return [c for c in doc.children[verb] if c < verb and tokens[c].pos == "X" and tokens[c].rel == "obl"
            and max(doc.subtree(c)) == verb - 1 and not any(tokens[k].pos == "ADP" for k in doc.subtree(c))
            and not doc.in_quotes(c)][:1]


def _participles_noun(doc: Doc, participle: int) -> Optional[int]:
    """Who a participle describes (`_described_noun`), where it is someone; or None."""
    described = _described_noun(doc, participle)
    return described if described is not None and someone(doc, described) else None


def _described_noun(doc: Doc, participle: int) -> Optional[int]:
    """What a participle describes: the noun it hangs on, or where the parser hung it on a noun it does
    not agree with (in case too: `Академия ..., присуждающая кинопремию`), the nearest one before it
    that agrees (`осудил сооружение ограждений и министр Ахмед Амхер, сказавший, что`; `ходатайства
    защите оппозиционера, просившей суд`: not the oppositionist); or None."""
    tokens = doc.tokens
    described = tokens[participle].head
    if described >= 0 and tokens[described].pos in ("NOUN", "PROPN") \
            and _agrees(doc, participle, described, in_case=True):
        return described
    for k in range(participle - 1, max(doc.sentence_range(participle).start, participle - _PARTICIPLE_REACH) - 1, -1):
        if (tokens[k].pos in ("NOUN", "PROPN") or _one_of(doc, k)) and _agrees(doc, participle, k, in_case=True):
            while tokens[k].rel.startswith("flat") and tokens[k].head >= 0:
                k = tokens[k].head  # `Амхер` of `Ахмед Амхер`
            return k
    return None


def _one_of(doc: Doc, k: int) -> bool:
    """`одного из потерпевших`: one of some people, who a participle may describe."""
    return doc.lemma(k) == "один" and k + 1 < len(doc.tokens) and doc.word(k + 1) == "из" and any(
        preposition(doc, c) == "из" and someone(doc, c) for c in doc.children[k])


def _agrees(doc: Doc, participle: int, noun: int, in_case: bool = False) -> bool:
    """May a participle agree with a noun in number, in gender in the singular, and `in_case` in case?
    Read from the participle's readings, not its tag (the tagger may give `обратившего` of `слова Ричарда
    Стеннона, ..., обратившего` the feminine); a feature the noun does not give agrees with any. An accusative
    agrees in animacy too (`протест ..., заявившего`: no protest's, whose accusative is `заявивший`)."""
    feats = doc.tokens[noun].feats
    number, gender = morph.NUMBERS.get(feats.get("Number", "")), morph.GENDERS.get(feats.get("Gender", ""))
    case = morph.CASES.get(feats.get("Case", "")) if in_case else None
    animacy = morph.ANIMACIES.get(feats.get("Animacy", ""))
    readings = [p.tag for p in morph.parses(doc.word(participle)) if "PRTF" in p.tag]
    return not readings or any((number is None or t.number == number) and (case is None or t.case == case)
                               and (number != "sing" or gender is None or t.gender == gender)
                               and (animacy is None or t.animacy in (None, animacy)) for t in readings)


def _says_what(doc: Doc, participle: int) -> bool:
    """Is an active participle of saying followed by what was said, a clause or an infinitive
    (`заявивший, что`, `призвавший уйти`), rather than by who they are (`отвечающий за подготовку`)?"""
    if doc.lemma(participle) not in lexicon.SPEECH_VERBS or doc.tokens[participle].feats.get("Voice") != "Act":
        return False
    return any(doc.word(k) in ("что", ":") or doc.tokens[k].feats.get("VerbForm") == "Inf"
               for k in range(participle + 1, min(participle + _SAID_AFTER_PARTICIPLE, len(doc.tokens))))


def _named_apposition(doc: Doc, head: int, first: int, last: int) -> Optional[int]:
    """`глава делегации, председатель комитета Госдумы Константин Косачев,`: a person's role in the
    nominative with no name, then after a comma a phrase in the nominative that ends in a person's
    name, closed by a comma or the sentence's end (however the parser hung it): the name's last token."""
    tokens = doc.tokens
    if tokens[head].feats.get("Animacy") != "Anim" or tokens[head].feats.get("Case") != "Nom":
        return None  # checked first: this runs for every speaker phrase
    span = (tokens[first].start, tokens[last].end)
    if any(n.type == "PER" and span[0] <= n.start < span[1] and _in_case_of(doc, n.start, head)
           for n in doc.analysis.names_over(*span)):
        return None  # named already; but not by a name in another case (`советник президента Владимира Путина`)
    comma, sentence = last + 1, doc.sentence_range(last)
    k = comma + 1
    while k in sentence and tokens[k].pos == "ADJ" and tokens[k].feats.get("Case") == "Nom":
        k += 1  # `..., бывшая чемпионка по фигурному катанию Габриэла Карлуччи`
    if comma not in sentence or tokens[comma].text != "," or k not in sentence or not (
            tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == "Nom"):
        return None
    end = k
    while end + 1 in sentence and tokens[end + 1].pos not in ("VERB", "AUX", "PUNCT", "SCONJ") and end - k < 10:
        end += 1
    closed = end + 1 not in sentence or tokens[end + 1].text in (",", ".", ";") or doc.is_dash(end + 1)
    name_end = tokens[end].end
    named = any(n.type == "PER" and n.end == name_end for n in doc.analysis.names_over(name_end, name_end))
    return end if closed and named else None


def _in_case_of(doc: Doc, offset: int, head: int) -> bool:
    """Is the word at `offset` in the case of the head, as far as the tagger read either?"""
    k = doc.token_at(offset)
    return k is None or doc.tokens[k].feats.get("Case") in (None, doc.tokens[head].feats.get("Case"))


def _name_hung_elsewhere(doc: Doc, head: int, last: int) -> int:
    """Where the phrase of a noun for someone ends when a person's name follows it and closes the sentence,
    which the parser hung on a word before it (`– объясняет заводчик с 20-летним опытом Герлинде Шульце.`: on
    a word of the quotation)."""
    words = _name_at(doc, last + 1, "PER")
    if not words or doc.tokens[head].feats.get("Animacy") != "Anim" or doc.tokens[head].pos != "NOUN":
        return last
    if words.stop < len(doc.tokens) and doc.tokens[words.stop].text not in (".", "!", "?", "…"):
        return last
    root = next((j for j in words if doc.tokens[j].head not in words), words.start)
    return words.stop - 1 if 0 <= doc.tokens[root].head < head else last  # (back before the speaker; not the
    # cue's addressee after it)


def _genitive_hung_elsewhere(doc: Doc, head: int, last: int) -> int:
    """Where the phrase ends when a genitive noun with no preposition follows it that the parser hung
    elsewhere: on the cue verb as an adverbial or its addressee (`журналисты госканалов потребовали`,
    `рассказали в пресс-службе горпрокуратуры`), back across the cue (`сообщили представители
    компаний-разработчиков таких игр`), or nowhere. A bare genitive right after a noun phrase is its
    complement; its own modifiers before it come with it."""
    k = last + 1
    while k < len(doc.tokens) and doc.tokens[k].pos in ("DET", "ADJ") and doc.tokens[k].head > k:
        k += 1
    if k >= len(doc.tokens) or doc.tokens[k].pos != "NOUN" or preposition(doc, k) is not None:
        return last
    token = doc.tokens[k]
    cases = morph.cases_of(token.text)  # the dictionary's too: `госканалов` was tagged nominative
    genitive = token.feats.get("Case") == "Gen" or "gent" in cases and not cases & {"nomn", "accs"}
    if token.head < 0:  # left hanging (`говорится текст распоряжения`)
        return k if genitive else last
    # across the cue, into the clause before; not the cue's own object (`прокомментировал тренер события матча`)
    backwards = token.head < head and token.head != doc.tokens[head].head and token.rel != "obj"
    # no bare genitive is a verb's adverbial or addressee
    adverbial = doc.tokens[token.head].pos == "VERB" and token.rel in ("advmod", "obl", "iobj")
    return k if genitive and (backwards or adverbial) else last


def _name_bridged(doc: Doc, words: set[int], edge: int, k: int, step: int) -> Optional[int]:
    """The last word of a name the phrase's word `edge` is in, where the phrase goes on after it (`экономист
    Организации по вопросам продовольствия и сельского хозяйства ООН (ФАО) Абдольреза Аббассьян`: the parser hung
    `продовольствия` on a noun before the cue), or the name is a person's (`Защитник Мишарина Эрнест Мезак`: the
    parser made `Мезак` a second subject); or of a name right after `edge` the phrase goes on after (`Глава
    управляющей аэропортом группы "Ист Лайн" Дмитрий Каменщик`, whose `группы` the parser left hanging); None if
    `k` is no word of such a name."""
    name = doc.analysis.name_at[k]
    if name is None or doc.analysis.name_at[edge] is not name and k != edge + step:
        return None
    within = doc.analysis.name_at[edge] is name
    last = k
    while 0 <= last + step < len(doc.tokens) and doc.analysis.name_at[last + step] is name:
        last += step
    after = last + step
    while 0 <= after < len(doc.tokens) and doc.is_punct(after) and after not in words:
        after += step
    return last if after in words or within and name.type == "PER" else None


def _run(doc: Doc, words: set[int], head: int, step: int) -> int:
    """How far the phrase of `head` runs in one direction: over its subtree's words and the rest of a name
    they are in, and over short gaps of other words with no verb in them (a title the parser hung
    elsewhere: `программы "60 минут по горячим следам"`; a longer one when it opens with a preposition,
    `заместителя директора по персоналу и организационному развитию Александра Ушенина`, `постоянный
    представитель РФ при Объединенных Нациях Виталий Чуркин`), but not across a clause (the parser may hang far
    words on it)."""
    edge, k = head, head + step
    while 0 <= k < len(doc.tokens):
        if k in words:
            edge = k
        elif (bridged := _name_bridged(doc, words, edge, k, step)) is not None:
            edge = k = bridged
        elif doc.tokens[k].text == "," and k + step in words and abs(k - edge) == 1:
            pass  # the parser hung the comma before an apposition elsewhere (checked by the caller)
        elif abs(k - edge) > (_GAP * 2 if step > 0 and doc.tokens[edge + 1].pos == "ADP" else _GAP) \
                or doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].rel != "amod" \
                or doc.tokens[k].text in (",", ";", ":"):
            break  # (a participle as an adjective is no clause: `представитель РФ при Объединенных Нациях`)
        k += step
    return edge


def _named_past_dashes(doc: Doc, head: int, dash: int) -> Optional[int]:
    """The last word of a name in apposition to the head set after a phrase between dashes (`Председатель
    одной из партий - Христианско-демократической Народной партии - Юрий Рошка`): the phrase names whom."""
    if not doc.is_dash(dash):
        return None
    names = [c for c in doc.children[head] if doc.tokens[c].rel == "appos" and c > dash + 1
             and doc.is_dash(c - 1) and doc.tagged_at(doc.tokens[c].start, ("PER",))]
    return max(doc.subtree(names[0])) if names else None


def _named_after_closing_dash(doc: Doc, head: int, dash: int) -> Optional[int]:
    """The last word of a person's name that closes the sentence after a dash, with the nouns and adjectives
    in the nominative that describe the person before it (`объясняет один из авторов отчета - аналитик Павел
    Кушнир.`): who the phrase before the dash is, however the parser hung the name."""
    tokens = doc.tokens
    if dash >= len(tokens) or not doc.is_dash(dash) or tokens[head].feats.get("Number") == "Plur" \
            or tokens[head].pos not in ("NOUN", "NUM") or tokens[head].feats.get("Animacy") == "Inan":
        return None
    k = dash + 1
    while k < len(tokens) and tokens[k].pos in ("NOUN", "ADJ") and tokens[k].feats.get("Case") == "Nom" \
            and not doc.tagged_at(tokens[k].start, ("PER",)):
        k += 1
    words = _name_at(doc, k, "PER")
    if not words or words.stop < len(tokens) and tokens[words.stop].text not in (".", "!", "?", "…"):
        return None
    return words.stop - 1


def _same_phrase_follows(doc: Doc, head: int, comma: int) -> bool:
    """Does the phrase go on past this comma: `в Минтрансе, а также в авиакомпании` (a second
    speaker), `Его коллега, экономист Дайнис Стикутс` (an apposition)?"""
    k = comma + 1
    while k < len(doc.tokens) and doc.word(k) in ("а", "также", "и"):
        k += 1
    while k < len(doc.tokens) and doc.tokens[k].rel in ("amod", "det") and doc.tokens[k].head > k \
            and doc.tokens[doc.tokens[k].head].feats.get("Case") == doc.tokens[head].feats.get("Case"):
        k = doc.tokens[k].head  # `Бывший советник Путина, российский экономист Андрей Илларионов`: the noun
    item = k
    while item < len(doc.tokens) and doc.tokens[item].rel in ("amod", "det") and doc.tokens[item].head > item:
        item = doc.tokens[item].head  # `по национальной политике, внешним связям`: the noun listed
    before = comma - 1
    first = doc.tokens[before].head if doc.tokens[before].rel == "conj" else before  # the list's first item
    listed = item < len(doc.tokens) and doc.tokens[item].rel == "conj" and head < doc.tokens[item].head == first \
        and doc.tokens[item].feats.get("Case") == doc.tokens[before].feats.get("Case") not in (None, "Nom")
    if listed and doc.analysis.dominates(head, item):
        return True  # `Председатель комитета по промышленности, строительству и технологиям Мартин Шаккум`
    if k >= len(doc.tokens) or (doc.tokens[head].feats.get("Animacy") == "Anim" and doc.tokens[k].pos == "NOUN"
                                and doc.tokens[k].feats.get("Animacy") == "Inan"):
        return False  # `Как заметил X, преподаватель университета, концепция ...`: the content begins
    if _subject_of_the_next_clause(doc, head, comma):
        return False
    return doc.tokens[k].rel in ("conj", "appos") and doc.analysis.dominates(head, k)


def _subject_of_the_next_clause(doc: Doc, head: int, comma: int) -> bool:
    """After a speaker set after their verb in their clause, is the phrase past the comma the subject of a verb
    that follows before any other mark (`Как сообщает радиокомпания ВВС, министерство сельского хозяйства
    приняло решение`), however the parser hung it?"""
    sentence = doc.sentence_range(head)
    verb = next((j for j in range(head - 1, sentence.start - 1, -1) if finite(doc, j) or doc.word(j) == ","), None)
    if verb is None or not finite(doc, verb):
        return False  # (`Его коллега, экономист Дайнис Стикутс заявил`: an apposition before the verb)
    after = next((j for j in range(comma + 1, sentence.stop)
                  if doc.is_punct(j) and not doc.in_quotes(j) or finite(doc, j)), None)
    return after is not None and finite(doc, after)


def bare_name(doc: Doc, words: Sequence[int], role_alone: bool = False, owner: bool = False) -> Optional[int]:
    """The head of a short noun phrase with no verb that names someone (`Михаил Швыдкой`,
    `Экономисты`, `глава МИД Сергей Лавров`), or None; with `role_alone`, also one person described
    by a noun (`Глава международного комитета Госдумы: "..."`), which after a dash would say what
    someone is (`Соколова - новая чемпионка`). The phrase is a subject, in the nominative, unless it is
    the `owner` of a noun of saying (`Заявление Сергея Бодрунова: «...»`)."""
    if len(words) > 6 or any(doc.tokens[k].pos in ("VERB", "AUX") for k in words):
        return None
    heads = [k for k in words if doc.tokens[k].head not in words and doc.tokens[k].pos != "PUNCT"]
    if len(heads) != 1:
        return None
    head = heads[0]
    if not owner and not _named_as_written(doc, words) \
            and any(_in_no_nominative(doc, k) for k in words if k == head or doc.tokens[k].head == head
                    and doc.tokens[k].rel == "amod"):
        return None  # `придумала нового персонажа - любвеобильного Рикардо`: who it is, not who said it
    token = doc.tokens[head]
    entity = doc.analysis.name_at[head] if doc.analysis.name_at else None  # `Песков: ...`, named in full below
    named = doc.tagged_at(token.start, ("PER", "ORG")) or (
        entity is not None and entity.type in ("PER", "ORG"))
    people = token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and (
        token.feats.get("Number") == "Plur" or (role_alone and token.feats.get("Case") == "Nom"))
    apposed = any(doc.tokens[k].head == head and doc.tokens[k].rel == "appos"  # `глава МИД Сергей Лавров`
                  and doc.tagged_at(doc.tokens[k].start, ("PER",)) for k in words)
    return head if named or people or apposed else None


def _named_as_written(doc: Doc, words: Sequence[int]) -> bool:
    """Are the words a person's whole name or surname as the entities stage names them, written so (`Теему
    Селянне`, whose first name the dictionary reads as a dative; `Силуанов`, read as a plural genitive): a
    nominative, whatever the dictionary guesses?"""
    start, end = doc.tokens[words[0]].start, doc.tokens[words[-1]].end
    found = entity_at(doc.article, start, end)
    written = doc.text[start:end]
    return found is not None and found.type == "PER" and written in (found.name, found.name.split()[-1])


def _in_no_nominative(doc: Doc, k: int) -> bool:
    """A word the dictionary declines in no nominative (`любвеобильного`, `Захаровой`)."""
    word = doc.tokens[k].text
    return bool(morph.cases_of(word)) and not morph.may_be_nominative(word)


@lru_cache(maxsize=10_000)  # asked of each speaker's name by several rules
def outlet_name(name: str) -> bool:
    """Does the name or description name a news outlet (an agency, a paper, a channel: `РИА
    Новости`, `газета Lietuvos zinios`, `Los Angeles Times`; `газете «Московский комсомолец»`, its kind
    word in any case)? An outlet relays what others say."""
    name_words = [fold(w) for w in re.findall(r"\w+", name)]
    return news_agency(name) or not named_by_other_work(name) and (
        bool(set(name_words) & (lexicon.PRESS_NOUNS | _OUTLET_NAME_WORDS))
        or bool(name_words) and morph.content_lemma(name_words[0]) in lexicon.PRESS_NOUNS)


def named_by_other_work(name: str) -> bool:
    """Does a noun of an outlet in the name come before a lower-case word other than one of news (`Федеральное
    агентство связи`, `Агентство по страхованию вкладов`, `агентство недвижимости`): a body named by what else it
    does, no outlet (but `Федеральное агентство новостей`)?"""
    written = name.split()
    return any(morph.content_lemma(fold(word)) in lexicon.OUTLET_NOUNS and following.isalpha()
               and following.islower() and morph.content_lemma(following) not in _NEWS_WORDS
               and (following == "по" or morph.known_as(following, "NOUN"))
               for word, following in zip(written, written[1:]))


def news_agency(name: str) -> bool:
    """Does the name name a news agency (`ТАСС`, `Reuters`, `Франс Пресс`), which a later `агентство`
    may stand for?"""
    written = (fold(w) for w in re.findall(r"\w+", name))
    return known_agency(name) is not None or not _NEWS_AGENCY_WORDS.isdisjoint(written)


def relayed_by_outlet(doc: Doc, c: Candidate) -> bool:
    """Whether a statement's written speaker is a news outlet (its head a press noun or an outlet's
    name, not `источник ИТАР-ТАСС`), or whatever passes words on with a verb of relaying: it relays the
    statement inside, whose own speaker is the one who said it (QUOTES.md, relays)."""
    if c.speaker is None:
        return False
    name = doc.analysis.name_at[c.speaker] if doc.analysis.name_at else None
    head = doc.text[name.start:name.end] if name is not None else doc.tokens[c.speaker].text
    news = any(doc.tokens[k].rel == "amod" and doc.lemma(k) in lexicon.PRESS_NOUNS  # `новостной сайт X`
               for k in doc.children[c.speaker])
    relaying = c.cue_token is not None and doc.lemma(c.cue_token) in lexicon.RELAY_VERBS \
        and doc.tokens[c.cue_token].feats.get("Tense") == "Pres"  # `передает "АК&М"`
    return doc.lemma(c.speaker) in lexicon.PRESS_NOUNS or outlet_name(head) or news or relaying
