"""Reported speech without quotation marks (its content may still hold quoted words: mixed).

    X заявил, что <content>.        X заявил: <content>.        X заявил, <content>.
    X назвал <беседу конструктивной>. X потребовал <извинений>.  X сообщил о <проекте>.
    <content>, заявил X.            Об этом сообщил X. (the content is the sentence before)
    Как заявил X, <content>.        По словам X, <content>.     Согласно X, <content>.

The cue is a verb of the lexicon; who speaks and what is said are read from the syntax tree and the
punctuation around it. Contents are cut where another statement's attribution begins; those that
need to see every other statement first (postposed cues and `об этом`) are finished in `__init__`.
"""

from __future__ import annotations

from typing import Iterator, Optional

from .. import morph
from ..marks import MARKS
from ..lexicon import words
from ..patterns import Match
from . import lexicon
from .attribution import (STATEMENTS, Subject, addressee, antecedent_before, channel, circumstantial, clause_after,
                          clause_joints, finite, in_complement, is_cue, mention_span, misread_object, nominative_after,
                          preposition, share_of_people, someone, someone_or_a_body, subject, where_to)
from .classify import is_speech, names_something
from .document import Candidate, Doc

_CLAUSE_WORDS = ("что", "чтобы")
_CORRELATIVES = ("то", "того", "тому", "том", "тем")  # `способствовала бы тому, что ...`
_NOT_CONTENT_OPENERS = words("not_content_openers")
_RECIPIENT_PREPOSITIONS = frozenset("от у с для перед".split())
_REQUEST_NOUNS = words("request_nouns")
_COURT_ACTS = words("court_acts")  # `решение суда`, `определение арбитража`
_COURT_NOUNS = words("court_nouns")
_ABOUT = frozenset(["о", "об", "обо"])
_ABOUT_THIS = _ABOUT | {"в"}  # `об этом сообщил`, `в этом уверен`, `уверенность в этом выразил`
_RELATIVE_ADVERBS = frozenset(["где", "куда", "откуда"])
_ALSO = frozenset(["и", "также", "тоже"])  # `говорится и о мерах`: what was said besides, not part of it
_FROM = frozenset(["из", "от"])  # `по данным из источников в полиции`: whence the data came
_THUS = frozenset(["так"])
_SUCH = frozenset(["такой", "этот", "это", "подобный", "соответствующий"])  # `Такое заявление сделал X`, `Это
# заявление ...`, `С соответствующим заявлением выступил X`
_SAID = words("statement_nouns") | lexicon.QUOTING_NOUNS  # `Такое заявление сделал X`, `Эти слова произнес X`
_DETAILS = words("detail_nouns")  # `сообщила подробности о пострадавших: C`: what a colon after them spells out
_PHASE_VERBS = words("phase_verbs")
_ASSESSING = frozenset(["оценить", "оценивать"])
_EXPRESSING = frozenset(["выразить", "выражать"])
_CONFIRMING = words("confirming_verbs")  # `Информацию об аресте ... подтвердила X`
_COMING_FROM = words("coming_from_verbs")  # `Это следует из сообщения МИД`: what was told comes from it
_NOTING = frozenset(["отметить", "отмечать", "указать", "указывать", "признать", "признавать", "констатировать"])
_NOTED_QUALITIES = words("noted_qualities")
_WEAPONS = words("weapons")
_EXPRESSED_STANCES = words("expressed_stances")  # `Так заявил X.` opening its sentence: what was just said
_REPORT_ABOUT = words("report_about_verbs")
_TAKING_SIDES = words("taking_sides_verbs")
_SIDES = frozenset(["за", "против"])
_SPORT_WORDS = words("sport_words")
_SUBORDINATORS = words("subordinators")
_QUESTION_NOUNS = words("question_nouns")
_QUESTION_WORDS = words("question_words")
_ASKING_VERBS = words("asking_verbs")
_LIGHT_SPEECH_VERBS = words("light_speech_verbs")
_COMING_FORWARD = words("coming_forward_verbs")  # `выступил с заявлением, что`: whose the statement is
_POINTING_AHEAD = words("pointing_ahead_words")  # `сказал следующее:`: the words before a colon that point to it
_EVIDENCE_VERBS = words("evidence_verbs")
_RESULT_NOUNS = words("result_nouns")  # `результаты опроса`: what an inquiry found, its words
# `сети пообещали`, `Эта страна требует`: bodies and states
_ACTING_THINGS = lexicon.GROUP_NOUNS | words("body_nouns") | words("the_country") | lexicon.CHANNEL_NOUNS
_BODY_ENDINGS = tuple(noun for noun in lexicon.INSTITUTION_NOUNS if len(noun) > 4)  # `облизбирком`: `избирком`
_ADDRESSING_VERBS = words("addressing_verbs")
_COMPARING = words("comparing_verbs")
_CORRELATIVES_OF_AS = [phrase.split() for phrase in words("comparative_correlatives")]
_JOINED_CORRELATIVES = [phrase.split() for phrase in words("joined_correlatives")]  # `тогда как`, not `тогда, как`
_CLAUSE_JOINTS = [phrase.split() for phrase in words("clause_joints")]
_DIRECTIVE = words("directive_verbs")
_COMPLEMENT_WORDS = 15  # how far after a cue its `что`-clause may start
_QUOTED_PHRASE = 3  # the fewest words of a quotation in an object that make it someone's words, not a label
_NOUN_PHRASE_WORDS = 6  # how far after a noun of saying its phrase may run before a dash opens the content
_TOLD_WHAT_ABOUT_WORDS = 8  # how far after a cue whom it was told and what about may run before a colon
_VERBAL_COMPLEMENTS = ("xcomp", "ccomp", "advcl", "csubj", "obj", "iobj")  # an act to do, however the parser hung it
_FRAME_TAIL = 5  # how many words after an opening frame's phrase may still be the frame's, before its comma


def candidates(doc: Doc, used: set[int]) -> Iterator[Candidate]:
    """At each token, the statement patterns in order (`patterns/statements.toml`); the first whose
    handler reads a statement from the match wins."""
    for i in STATEMENTS.anchors(doc.analysis):
        if i in used:
            continue
        found = next((c for match in STATEMENTS.matches(doc.analysis, i) for name in match.pattern.handlers
                      if (c := HANDLERS[name](doc, match)) is not None), None)
        if found is not None and not _a_thing_shows(doc, found) and not _whoever_says(doc, found) \
                and not _what_shows(doc, found) and not _would_say(doc, found) and not _asked_whether(doc, found):
            yield found


def _asked_whether(doc: Doc, c: Candidate) -> bool:
    """`Граждане должны решить, согласны ли они с предложением`: a cue that `ли` follows asks whether
    someone says or thinks so; nothing is said."""
    k = c.cue_token
    return k is not None and k + 1 < len(doc.tokens) and doc.word(k + 1) == "ли"


def _whoever_says(doc: Doc, c: Candidate) -> bool:
    """`не согласен с теми, кто считает невозможным ...`: a cue whose subject is `кто` is said by no one in
    particular (or asked about), no one's statement."""
    return c.cue_token is not None and any(doc.tokens[k].rel.startswith("nsubj") and doc.lemma(k) == "кто"
                                           for k in doc.children[c.cue_token])


def _would_say(doc: Doc, c: Candidate) -> bool:
    """`то, что в прежние времена масоны сочли бы ересью`: a cue in the conditional mood tells what someone
    would say or think, not what they said."""
    k = c.cue_token
    return k is not None and any(doc.tokens[a].rel == "aux" and doc.word(a) in ("бы", "б") for a in doc.children[k])


def _what_shows(doc: Doc, c: Candidate) -> bool:
    """`..., что и подчеркивает участие «Олимпстроя»`: a cue whose subject is a relative `что` standing for the
    fact just told (`, что и`), said by no one."""
    k = c.cue_token
    return k is not None and k >= 3 and doc.word(k - 1) == "и" and doc.word(k - 2) == "что" and doc.word(k - 3) == ","


def _a_thing_shows(doc: Doc, c: Candidate) -> bool:
    """`Данный факт свидетельствует в пользу версии, что ...`, `Замена потребует времени`, `Это подтверждает,
    что ...`: a verb a thing may do whose subject is a thing that says nothing (not someone, a body, a document,
    data, an inquiry, a publication or a source: `говорит источник` is someone speaking), or `это`, the fact
    just told."""
    if c.cue_token is None or doc.lemma(c.cue_token) not in _EVIDENCE_VERBS:
        return False
    if any(doc.tokens[k].rel == "nsubj" and doc.word(k) == "это" for k in doc.children[c.cue_token]):
        return True
    if c.speaker is None:
        return False
    token, lemma = doc.tokens[c.speaker], doc.lemma(c.speaker)
    if share_of_people(doc, c.speaker):
        return False  # `Большинство жителей автономии говорят, что ...`: people
    if lemma in _RESULT_NOUNS and any(doc.tokens[k].rel == "nmod" and doc.lemma(k) in lexicon.FINDING_NOUNS
                                      for k in doc.children[c.speaker]):
        return False  # `..., свидетельствуют результаты опроса`: the inquiry's findings
    return (token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not doc.tagged_at(token.start, ("ORG",))
            and morph.known_only_as(token.text.lower(), "NOUN") and not lemma.endswith(_BODY_ENDINGS)
            and not any(lemma in nouns for nouns in (lexicon.DOCUMENT_NOUNS, lexicon.DATA_NOUNS, lexicon.FINDING_NOUNS,
                                                     lexicon.INSTITUTION_NOUNS, lexicon.PRESS_NOUNS, _ACTING_THINGS,
                                                     lexicon.QUOTING_NOUNS, lexicon.INFORMANT_NOUNS)))


# ---------------------------------------------------------------------- cue verb, content after it

def forward(doc: Doc, match: Match) -> Optional[Candidate]:
    """`X заявил, что C`, `X заявил: C`, `X заявил, C`, `X подчеркнул «C»`, `X назвал C`,
    `X сообщил о C`, `X пожаловался на Y за то, что C`."""
    cue = match["cue"]
    sentence = doc.sentence_range(cue)
    who = subject(doc, cue)
    if who.head is None and who.possessive is None and not who.implicit:
        return None
    attribution = _attribution_words(doc, cue, who.head)
    k = cue + 1
    while k in sentence and k in attribution:
        k += 1
    opening = _content_opening(doc, cue, k, sentence, who.head) if k in sentence else None
    if opening is not None and doc.word(opening[0] - 1) == "чтобы" and _set_after_a_clause(doc, cue, who.head):
        opening = None  # `C, сообщили власти в среду, чтобы предупредить жителей`: why they said C, said before
    if opening is not None:
        first, stop = opening
        if doc.word(first - 1) in _CLAUSE_WORDS:  # not a bare clause, whose subject is the speaker's own
            stop = _speakers_next_act(doc, cue, first, stop)
        stop = _concession_met(doc, cue, first, stop)
        return _make(doc, cue, who, first, _noun_clause_end(doc, cue, first, stop), "clause")
    if _offers_a_thing(doc, cue):
        return None
    objects = _object_content(doc, cue, attribution)
    if objects is None:
        objects = _quoted_object(doc, cue, attribution)
    if objects is not None:
        first, last = objects
        return _make(doc, cue, who, first, last + 1, "object")
    return None


def _offers_a_thing(doc: Doc, cue: int) -> bool:
    """`предложили работу`, `предложил вдвое большую зарплату`: a verb of offering (`offering_verbs.txt`) whose
    object is a thing and which has no act to do (`предложил ввести налог`) offers it, saying nothing."""
    children = doc.children[cue]
    return doc.lemma(cue) in lexicon.OFFERING_VERBS \
        and any(doc.tokens[c].rel == "obj" and c > cue and doc.tokens[c].pos == "NOUN" for c in children) \
        and not any(doc.tokens[c].pos in ("VERB", "AUX") and doc.tokens[c].rel in _VERBAL_COMPLEMENTS for c in children)


def _quoted_object(doc: Doc, cue: int, attribution: set[int]) -> Optional[tuple[int, int]]:
    """`отметил вклад Примакова "в развитие внешней политики"`: the object right after a finite cue that
    ends in a quotation of someone's words (a phrase, not a name, a title or scare quotes around a word
    or two) is what was said, quotation and all: its first and last tokens, or None."""
    if doc.tokens[cue].feats.get("VerbForm") != "Fin":
        return None
    for child in doc.children[cue]:
        if child < cue or child in attribution or doc.tokens[child].rel != "obj":
            continue
        tree = [k for k in doc.subtree(child) if not doc.is_punct(k)]
        quote = doc.quote_around(doc.tokens[tree[-1]].start)
        close = doc.token_at(quote.close) if quote is not None else None
        if quote is None or close is None or doc.tokens[close].sentence != doc.tokens[cue].sentence:
            continue
        phrase = len(doc.text[quote.inner_start:quote.inner_end].split()) >= _QUOTED_PHRASE
        if doc.tokens[tree[0]].start < quote.open and all(j in attribution for j in range(cue + 1, tree[0])) \
                and phrase and is_speech(doc, quote):
            return tree[0], close
    return None


def _content_opening(doc: Doc, cue: int, k: int, sentence: range, speaker: Optional[int]) -> Optional[tuple[int, int]]:
    """Where a reported clause starts right after the attribution, and where it stops."""
    words = [doc.word(j) if j in sentence else "" for j in range(k, k + 4)]
    if words[0] in _CLAUSE_WORDS:
        return k + 1, sentence.stop
    if words[0] in _ABOUT and words[1] == "том" and words[2] == "," and words[3] in _CLAUSE_WORDS:
        return k + 4, sentence.stop  # `приводит слова министра о том, что ...`
    if words[0] == "," and words[1] in _CLAUSE_WORDS:
        return k + 2, sentence.stop
    if words[0] == ":":
        return k + 1, sentence.stop
    pointed = next((j for j in range(k, min(k + 5, sentence.stop)) if doc.word(j) not in _POINTING_AHEAD), None)
    if pointed is not None and pointed > k and doc.word(pointed) == ":" and pointed + 1 in sentence:
        return pointed + 1, sentence.stop  # `заявил практически то же самое: C`, `сказал следующее: C`
    colon = _colon_after_circumstances(doc, cue, k, sentence)
    if colon is not None:
        return colon + 1, sentence.stop  # `сказал о своем преемнике: C`, `рассказала журналистам о ребенке: C`
    quote = next(iter(doc.analysis.quotes_opening_at(doc.tokens[k].start)), None)
    if quote is not None and doc.lemma(cue) not in lexicon.NO_CONTENT_OBJECT:
        last = doc.token_at(quote.close)
        if last is not None and last in sentence:
            words_after = last + 1 in sentence and not doc.is_punct(last + 1)
            if not words_after:  # `подчеркнули «центральную роль ООН»`; not a name (`продолжает «Аль-Гумхурия»`:
                # who goes on), and after a verb whose object is not what was said, no title either
                said = not names_something(doc, quote) if doc.lemma(cue) in lexicon.OBJECT_CONTENT \
                    else is_speech(doc, quote)  # (`называет «оптимистом»` says it, a label or not)
                if said:
                    return k, last + 1
                if last + 2 in sentence and doc.word(last + 1) == "," and doc.word(last + 2) in _CLAUSE_WORDS \
                        and doc.lemma(cue) not in lexicon.OBJECT_CONTENT:  # (not `назвал "Захир", что означает`)
                    return last + 3, sentence.stop  # `сказал "Времени новостей", что ...`: whom he told, then what
                return None
            if doc.lemma(cue) in lexicon.OBJECT_CONTENT:
                return None  # `предложил «не размазывать» фонды`: the object, quote and all
            quoted_object = [j for j in range(k, last) if doc.tokens[j].head == cue and doc.tokens[j].rel == "obj"]
            if quoted_object:  # `отметил «конструктивный характер» переговоров`: the object, quote and all
                return k, max(j for j in doc.subtree(quoted_object[0]) if not doc.is_punct(j)) + 1
    if words[0] == "," and _bare_clause_follows(doc, cue, k, speaker):
        return k + 1, sentence.stop
    act = next((c for c in doc.children[cue] if c > cue and doc.tokens[c].rel == "obj"
                and doc.lemma(c) in _SAID | _DETAILS), None)
    if act is not None:  # `дал громкое обещание - у каждого будет ноутбук`: a dash or colon after the noun's phrase
        after = next((j for j in range(act + 1, min(act + _NOUN_PHRASE_WORDS, sentence.stop))
                      if doc.is_punct(j) and doc.tokens[j].text not in MARKS  # (a name in quotation marks is the
                      or doc.tokens[j].pos in ("VERB", "AUX")), None)  # phrase's: `комментарий газете «КП»: C`)
        if after is not None and after + 1 in sentence and (doc.word(after) == ":" or doc.is_dash(after) and (
                doc.lemma(act) in _SAID)):  # (`сообщила подробности о пострадавших: C`: details, after a colon)
            return after + 1, sentence.stop
    return _later_clause(doc, cue, k, sentence)


def _colon_after_circumstances(doc: Doc, cue: int, k: int, sentence: range) -> Optional[int]:
    """A colon right after a phrase of whom it was told or of whom it was said, opened by a preposition or a
    dative (`сказал о своем преемнике:`, `рассказала журналистам о сыне:`), however the parser hung it: what
    was said follows it. No verb, subject or other mark before it (a name in quotation marks aside), no thing
    it was about, which the colon goes on to list."""
    colon = next((j for j in range(k, min(k + _TOLD_WHAT_ABOUT_WORDS, sentence.stop)) if doc.word(j) == ":"), None)
    if colon is None or colon == k or colon + 1 not in sentence or not (
            doc.tokens[k].pos == "ADP" or doc.tokens[k].feats.get("Case") == "Dat"):
        return None
    if any(not doc.in_quotes(j) and (doc.tokens[j].pos in ("VERB", "AUX") or doc.is_punct(j)
                                     or doc.tokens[j].feats.get("Case") == "Nom") for j in range(k, colon)):
        return None
    nouns = [j for j in range(k, colon) if doc.tokens[j].pos in ("NOUN", "PROPN") and not doc.in_quotes(j)]
    if not all(doc.tokens[j].feats.get("Animacy") == "Anim" for j in nouns):
        return None  # `рассказали об ужасных условиях: холод, сырость`: the colon tells what the things were
    return colon


def _set_after_a_clause(doc: Doc, cue: int, speaker: Optional[int]) -> bool:
    """Does a finite cue with no subject before it follow a comma that closes words of a clause (`Один из
    них пострадал, сообщили власти`), as a postposed attribution does?"""
    k = cue - 1
    while k >= 0 and doc.tokens[k].pos in ("ADV", "PART"):
        k -= 1
    sentence = doc.sentence_range(cue)
    return finite(doc, cue) and (speaker is None or speaker > cue) and k - 1 in sentence \
        and doc.word(k) == "," and not doc.is_punct(k - 1)


def participle_clause(doc: Doc, match: Match) -> Optional[Candidate]:
    """`Колесников, сообщивший, что C`, `Блэра, призвавшего правительство выполнить условия`: a participle's
    statement is its clause or infinitive; an object alone (`выразивших свое возмущение`) says what they
    felt or did more often than what they said."""
    found = forward(doc, match)
    if found is None or found.pattern == "clause":
        return found
    first = doc.token_at(found.start)
    return found if first is not None and doc.tokens[first].feats.get("VerbForm") == "Inf" else None


def _noun_clause_end(doc: Doc, cue: int, first: int, stop: int) -> int:
    """Where the content of a participle's or a relative clause on a noun stops (`Министр, заявивший (который
    заявил), что цены снизятся, отказался от своих слов`, `Письмо, где говорится, что C, опубликовано`): before
    the predicate whose subject the noun is; a participle's, at the end of its words, or where the parser left
    the clause out of them, before the verb of the noun it describes. Words the parser hung elsewhere before the
    next mark or verb are the participle's clause's (`Муссомели, заявившего, что юг становится «Меккой» для
    экстремистов`); a verb after a comma, past the clause's own verb, that agrees with the participle, that the
    parser hung on it and whose one subject comes before it is the noun's (`Посол, заявивший, что санкции не
    помогут, уехал`)."""
    token = doc.tokens[cue]
    if token.rel == "acl:relcl" and 0 <= token.head < cue:  # up to the predicate whose subject the noun is, if it
        # follows (not a noun after the cue, which the parser took for the clause's: it is the content's)
        governor = j = doc.tokens[token.head].head
        if not (doc.tokens[token.head].rel.startswith("nsubj") and governor > first
                and _clause_predicate(doc, governor)):
            return stop
        while j - 1 > first and doc.word(j - 1) != "," and doc.analysis.dominates(governor, j - 1):
            j -= 1  # (`, теперь выразил сомнение`: its words before it)
        closed = doc.word(j - 1) == "," and any(_clause_predicate(doc, k) for k in range(first, j - 1))
        return min(stop, j) if closed else stop  # (not a verb of the content the parser gave the noun to)
    if token.rel != "acl" or token.feats.get("VerbForm") != "Part":
        return stop
    end = max(j for j in doc.subtree(cue) if not doc.is_punct(j)) + 1
    if end <= first:
        governor = doc.tokens[token.head].head if token.head >= 0 else -1
        return min(stop, governor) if governor > first and _clause_predicate(doc, governor) else stop
    nouns_verb = next((j for j in range(first + 1, end) if doc.tokens[j].head == cue and _clause_predicate(doc, j)
                       and doc.word(j - 1) == "," and _agree(doc.tokens[j].feats, token.feats)
                       and any(finite(doc, i) for i in range(first, j - 1))  # the clause has its own verb
                       and [c < cue for c in doc.children[j] if doc.tokens[c].rel.startswith("nsubj")] == [True]),
                      None)
    if nouns_verb is not None:
        return min(stop, nouns_verb - 1)
    while end < stop and (doc.tokens[end].text in MARKS or not doc.is_punct(end)) and not _clause_predicate(doc, end):
        end += 1
    return min(stop, end)


def _clause_predicate(doc: Doc, k: int) -> bool:
    """A finite verb or a short participle (`опубликовано`): what may be a clause's predicate."""
    return finite(doc, k) or doc.tokens[k].feats.get("Variant") == "Short" and doc.tokens[k].pos in ("VERB", "ADJ")


def _speakers_next_act(doc: Doc, cue: int, first: int, stop: int) -> int:
    """Where the content stops when the speaker's next act follows it (`заявил, что строительство
    начнется весной, и покинул зал`): a verb coordinated into the clause with no subject of its own
    that agrees with the cue and not with the clause's subject; not `что цены вырастут и инфляция
    ускорится`, nor one the parser hung on the cue in another tense (`подчеркнул, что Россия против политизации
    темы и считает, что ...`: Россия's view, what was said)."""
    said = doc.tokens[cue].feats
    for j in range(first + 1, stop):
        token = doc.tokens[j]
        if token.rel != "conj" or token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            continue
        if any(doc.tokens[c].rel.startswith("nsubj") for c in doc.children[j]):
            continue
        head = token.head
        if head != cue and doc.tokens[head].head != cue:
            continue  # coordinated deeper inside what was said
        subjects = [c for c in doc.children[head] if doc.tokens[c].rel.startswith("nsubj")] if head != cue else []
        if head == cue and token.feats.get("Tense") == said.get("Tense") or (_agree(token.feats, said) and subjects
                           and not _agree(doc.tokens[subjects[0]].feats, token.feats)) or _another_cue_of(doc, cue, j):
            verb = j
            while j - 1 > first and doc.word(j - 1) != "," and doc.analysis.dominates(verb, j - 1):
                j -= 1  # `и прицельно`, `однако в компании` before it
            while j - 1 > first and doc.word(j - 1) == ",":
                j -= 1
            return j
    return stop


def _another_cue_of(doc: Doc, cue: int, verb: int) -> bool:
    """`заявил, что Веллитон атакует исподтишка, и посоветовал ему ...`, `заявили, что сведения являются
    конфиденциальными, и обратили на это внимание`: a verb of saying after `и`, in the cue's tense, gender and
    number (plural for both, where neither shows a gender) and not in the tense of the verb it is joined to, is the
    speaker's next act, not a second verb of what was said."""
    said, feats = doc.tokens[cue].feats, doc.tokens[verb].feats
    joined = doc.tokens[doc.tokens[verb].head].feats
    shown = "Gender" in feats and "Gender" in said or feats.get("Number") == said.get("Number") == "Plur"
    return doc.word(verb - 1) == "и" and is_cue(doc, verb) and feats.get("Tense") == said.get("Tense") == "Past" \
        and joined.get("Tense") not in (None, "Past") and _agree(feats, said) and shown


def _concession_met(doc: Doc, cue: int, first: int, stop: int) -> int:
    """Where a content said in a concession ends: at the `, однако` (`, но`) that answers the `хотя`
    before its cue (`источник хотя и подтвердил, что ..., однако ...`), which opens the main clause."""
    sentence = doc.sentence_range(cue)
    if not any(doc.word(k) == "хотя" for k in range(max(sentence.start, cue - 4), cue)):
        return stop
    for j in range(first + 1, stop):
        if doc.word(j) in ("однако", "но") and doc.word(j - 1) == ",":
            return j - 1
    return stop


def _agree(a: dict[str, str], b: dict[str, str]) -> bool:
    """Do two words agree in gender and number where both show them (a plural past verb has no gender)?"""
    return all(a[f] == b[f] for f in ("Gender", "Number") if f in a and f in b)


def _later_clause(doc: Doc, cue: int, k: int, sentence: range) -> Optional[tuple[int, int]]:
    """`пожаловалась на компанию за то, что C`, `сообщил сенаторам, что C`: a `что`-clause after
    the cue's complements, with no other verb before it; after a cue of asking, the question
    (`поинтересовались у министра, когда C`, `задал вопрос, почему C`), its question word and all. Not
    a `чтобы` after an infinitive (`призвал оказать давление, чтобы C`): the clause is that act's purpose,
    and the act is what was said; nor a `что`, which says what became of the act."""
    asks = _asks(doc, cue)
    acts = says = False  # an infinitive met, and whether it says something
    for j in range(k, min(k + _COMPLEMENT_WORDS, sentence.stop)):
        token = doc.tokens[j]
        if acts and (doc.word(j) == "чтобы" or doc.word(j) == "что" and not _takes_clause(doc, j - 2, says)):
            return None  # (nor a `что` after its words: `попросил его написать заявление, что тот и сделал`)
        if token.feats.get("VerbForm") == "Inf" and not acts:  # the first act: what a later one says is its part
            acts, says = True, doc.lemma(j) in lexicon.SPEECH_VERBS  # (`обязать ... опровергнуть сведения о том,
            # что C`: the ruling is the act, C what it bids them deny)
        if asks and doc.lemma(j) in _QUESTION_WORDS and doc.word(j - 1) == ",":
            return j, sentence.stop
        if doc.word(j) in _CLAUSE_WORDS and doc.word(j - 1) in (",", *_CORRELATIVES):
            if doc.lemma(j - 2) in _QUESTION_NOUNS:
                return None  # `отвечая на вопрос, что ...`: what was asked, not said
            if doc.word(j) == "чтобы" and doc.lemma(j - 2) not in _REQUEST_NOUNS | _EXPRESSED_STANCES and any(
                    doc.tokens[c].rel == "obj" and k <= c < j and doc.tokens[c].feats.get("Animacy") == "Inan"
                    for c in doc.children[cue]):
                return None  # `назвал легализацию проституции, чтобы не шокировать европейцев`: what the thing
                # named is for (but `попросил власти, чтобы`: whom, and what was asked; `выразил желание, чтобы`,
                # `объявили голодовку с требованием, чтобы`: what is wished or asked)
            return j + 1, sentence.stop
        if (token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in ("Fin", "Conv")) or (
                token.text in (".", ";", "!", "?") or doc.is_colon(j) or doc.is_dash(j)) or _saying_participle(doc, j):
            return None  # (`отвергли слова министра, заявившего, что C`: C is the minister's)
    return None


def _saying_participle(doc: Doc, k: int) -> bool:
    """An active participle of saying, which takes the clause after it as its own."""
    feats = doc.tokens[k].feats
    return feats.get("VerbForm") == "Part" and feats.get("Voice") == "Act" and doc.lemma(k) in lexicon.SPEECH_VERBS


def _takes_clause(doc: Doc, k: int, says: bool) -> bool:
    """Is the word before a comma and `что` one that takes the clause: an infinitive (`дал понять, что C`), or
    after an infinitive of saying the `том` of `на том, что` (`продолжают настаивать на том, что C`; not
    `обязать опровергнуть сведения о том, что C`: the act bidden) or whom it addresses (`продолжают убеждать
    полицию, что C`)?"""
    return (doc.tokens[k].feats.get("VerbForm") == "Inf"
            or says and (doc.word(k) in _CORRELATIVES or doc.tokens[k].feats.get("Animacy") == "Anim"))


def _asks(doc: Doc, cue: int) -> bool:
    """A cue of asking: `спросил`, `поинтересовался`, `задался вопросом`, `задал вопрос` (not `отвечая
    на вопрос`)."""
    return doc.lemma(cue) in _ASKING_VERBS or (doc.lemma(cue) in _LIGHT_SPEECH_VERBS and any(
        doc.tokens[c].rel == "obj" and doc.lemma(c) in _QUESTION_NOUNS for c in doc.children[cue]))


def _attribution_words(doc: Doc, cue: int, speaker: Optional[int]) -> set[int]:
    """Tokens after the cue that belong to the attribution, not the content: the subject, the
    addressee (`журналистам`), the channel, place and time (`в интервью`, `в понедельник`), adverbs."""
    words: set[int] = set()
    for child in doc.children[cue]:
        if child < cue:
            continue
        rel = doc.tokens[child].rel
        if rel == "iobj" and doc.tokens[child].feats.get("VerbForm") == "Inf":
            rel = "xcomp"  # `предлагают "ссылать" несогласных`: what is asked, whatever the parser called it
        instrumental = doc.tokens[child].feats.get("Case") == "Ins" and doc.lemma(child) not in _WEAPONS
        if rel == "iobj" and (_phrase_preposition(doc, child) is not None or instrumental):
            rel = "obl"  # `призвал к неподчинению властям`, `угрожает ФИФА исключением футбола`: an addressee takes
            # no preposition, nor the instrumental (but `угрожая ножом` is a gesture)
        # `в пресс-релизе компании`; a speaker before the cue the parser gave to the clause said is not one
        holds_speaker = speaker is not None and speaker > cue and doc.analysis.dominates(child, speaker)
        if rel.startswith("nsubj") and preposition(doc, child) == "как":
            continue  # `воспринимают дату как «выходные дни»`: what it is taken for, whatever the parser said
        if rel.startswith("nsubj") and not holds_speaker and in_complement(doc, child, cue):
            continue  # `заявила, что опознала мужа`, `сообщил, что одним из них был X`: a subject the parser gave
            # the cue after the `, что` that opens what was said is that clause's
        if holds_speaker or rel in ("nsubj", "nsubj:pass", "iobj", "advmod", "discourse", "aux", "expl",
                                    "vocative") or (rel == "obl" and _circumstance(doc, child)):
            asked = {k for c in doc.children[child] if doc.tokens[c].feats.get("VerbForm") == "Inf"
                     or holds_speaker and preposition(doc, c) in _ABOUT  # `приводит слова X о том, что ...`
                     or (rel == "iobj" or holds_speaker) and any(doc.tokens[m].rel == "mark"
                                                                 and doc.word(m) in _CLAUSE_WORDS
                                                                 for m in doc.children[c])  # a clause the parser
                     for k in doc.subtree(c)}  # hung on whom it was told or on the text that tells it (`Уточняется
            # в сообщении, что ...`); `требуют от властей обуздать отряды`: what is asked of them
            words.update(k for k in doc.subtree(child) if k not in asked)
        elif rel == "punct" and doc.tokens[child].text not in (",", ":") and not _opens_quotation(doc, child):
            words.add(child)
    return words


def _opens_quotation(doc: Doc, k: int) -> bool:
    return bool(doc.analysis.quotes_opening_at(doc.tokens[k].start))


def _circumstance(doc: Doc, noun: int) -> bool:
    """`журналистам`, `в интервью`, `на брифинге`, `в понедельник`, `в Минске`, `со ссылкой на X`:
    an obl that says to whom, where, when or from where, not what."""
    prep = _phrase_preposition(doc, noun)
    lemma = doc.lemma(noun)
    if lemma == "тот":
        return False  # `согласились с тем, что ...`: what follows is the content
    if lemma in lexicon.CITING_WORDS:
        return True  # `пишут «Ведомости» со ссылкой на документ`: where the words come from
    if prep is None:
        return doc.tokens[noun].feats.get("Case") == "Dat" or lemma in lexicon.TIME_NOUNS or (
            doc.tokens[noun].text.isdigit() and any(doc.lemma(c) in lexicon.TIME_NOUNS for c in doc.children[noun]))
        # (`предложили 14 сентября`: the day, whose number the parser made the head)
    if prep == "с" and doc.lemma(doc.tokens[noun].head) in _COMPARING:
        return False  # `сравнила зависимость с "захватом страны"`: what it is compared with
    if prep in ("с", "со") and lemma in _REQUEST_NOUNS:
        return False  # `заявила о намерении обратиться в суд с требованием отменить решение`: what is asked
    if prep in _RECIPIENT_PREPOSITIONS or prep in ("после", "перед", "накануне", "через", "во время", "по"):
        return True
    if prep in ("в", "на", "во"):
        place = doc.tagged_at(doc.tokens[noun].start, ("LOC",))
        return place or lemma in lexicon.CHANNEL_NOUNS or lemma in lexicon.TIME_NOUNS or (
            lemma in lexicon.DOCUMENT_NOUNS or lemma in lexicon.LEGAL_ACTS)  # `предложило в законопроекте`
    return False


def _phrase_preposition(doc: Doc, noun: int) -> Optional[str]:
    """The preposition of a noun's phrase: its own, or the one that opens the phrase which the parser
    hung on a word after the noun (`к неподчинению властям`, `к` given to `властям`)."""
    own = preposition(doc, noun)
    if own is not None:
        return own
    first = min(doc.subtree(noun))
    opening = first if first < noun else first - 1
    return doc.word(opening) if opening >= 0 and doc.tokens[opening].pos == "ADP" and doc.tokens[opening].head > noun \
        else None


def _bare_clause_follows(doc: Doc, cue: int, comma: int, speaker: Optional[int]) -> bool:
    """`Россия заявляет, никому не угрожает`: a clause with no `что`, after a subject-first cue; not after a cue
    in a clause of time, condition or concession (`Пока старший группы докладывал по рации, подошла девушка`): the
    sentence's main clause follows."""
    if speaker is None or speaker > cue or doc.lemma(cue) in lexicon.NO_CONTENT_OBJECT or _subordinate(doc, cue):
        return False
    if doc.tokens[cue].feats.get("VerbForm") != "Fin" or any(doc.lemma(c) == "который" for c in doc.children[cue]):
        return False  # (`Тот, который проектировщики предложили, Градсовет отверг`: a relative clause ends at its
        # comma, and the sentence's own clause goes on after it)
    nxt = comma + 1
    if nxt >= len(doc.tokens) or doc.word(nxt) in _NOT_CONTENT_OPENERS:
        return False
    if doc.tokens[nxt].feats.get("VerbForm") in ("Conv", "Part"):
        return False
    sentence = doc.sentence_range(cue)
    for k in range(nxt, sentence.stop):
        token = doc.tokens[k]
        if token.text == ",":
            break
        if token.pos in ("VERB", "AUX") and (token.feats.get("VerbForm") == "Fin" or token.feats.get(
                "Variant") == "Short"):  # (`работы сопряжены с риском`: a short participle's predicate)
            if k == nxt and is_cue(doc, k):
                return False  # `Москва ответит, сообщил источник`: the attribution of the clause before
            verb = token.head if token.pos == "AUX" and token.head >= 0 else k  # `был модернизирован`: the participle
            return doc.tokens[verb].head == cue or doc.tokens[cue].head == verb \
                or doc.tokens[verb].head == doc.tokens[cue].head == -1  # `заявил в интервью радио, катастрофа
            # произошла`: the parser read the clause as a sentence of its own
    return False


def _a_person(doc: Doc, k: int) -> bool:
    """Someone by the tagger's name or by a noun the dictionary reads as animate (the tagger may think
    `экстрадиции` animate)."""
    token = doc.tokens[k]
    return doc.tagged_at(token.start, ("PER",)) or token.feats.get("Animacy") == "Anim" \
        and morph.has_grammeme(token.text.lower(), "anim")


def _object_content(doc: Doc, cue: int, attribution: set[int]) -> Optional[tuple[int, int]]:
    """`назвал беседу конструктивной`, `потребовал извинений`, `призвал к диалогу`,
    `сообщил о проекте`, `пообещал вернуться`: the complements of the cue, as first and last
    token. `назвал`, `счел` need a predicate in the instrumental (`назвал тех игроков` lists, it
    does not state); their object may come first (`Письмо ..., Швыдкой считает не окончательным`),
    and so may the predicate (`Главным врагом власти X считает падение экономики`: from it to the object)."""
    lemma = doc.lemma(cue)
    if lemma in lexicon.AWAITING_VERBS and any(doc.tokens[c].rel == "obj" and _a_person(doc, c)
                                               for c in doc.children[cue]):
        return None  # `ожидает Рогозина в аэропорту`: waits for someone
    sentence = doc.sentence_range(cue)
    parts: list[int] = []
    subjects = [c for c in doc.children[cue] if c > cue and doc.tokens[c].rel.startswith("nsubj")]
    # `предложил легионер в голландском чемпионате Дмитрий Булыкин`: words inside the speaker's phrase
    speakers_phrase = range(min(subjects) + 1, max(subjects)) if subjects else range(0)
    addressee = _addressee(doc, cue) if lemma in _DIRECTIVE else None
    stray = _stray_infinitive(doc, cue) if lemma in _DIRECTIVE else None
    sent_to: Optional[int] = None
    hung_on_adverb = [c for a in doc.children[cue] if a < cue and doc.tokens[a].rel == "advmod"
                      and doc.tokens[a].pos == "ADV" for c in doc.children[a] if doc.tokens[c].rel == "obl"]
    for child in doc.children[cue] + hung_on_adverb + ([stray] if stray is not None else []):  # (`Впервые о
        # разговорах ... сообщило агентство`: the
        # parser hung the phrase on the adverb before it)
        if child in attribution or child in speakers_phrase or child == addressee or _describes(doc, child, addressee):
            continue
        rel = "xcomp" if child == stray else doc.tokens[child].rel  # (what was asked, however hung)
        if rel == "obj" and lemma in _LIGHT_SPEECH_VERBS and doc.lemma(child) in _SAID:
            parts += _about(doc, child)  # `сделал заявление о готовности к диалогу`, `Заявление о ... сделал X`
            continue
        if rel == "obj" and doc.lemma(child) in lexicon.ORDER_NOUNS:
            parts += [c for c in doc.children[child] if c > child and doc.tokens[c].feats.get("VerbForm") == "Inf"]
            continue  # `отдал распоряжение начать проверку`: what was ordered
        if child < cue:
            if doc.lemma(child) == "который":
                continue  # `Тернер, которого искусствоведы считают художником ...`: whom, named before
            if lemma in lexicon.PREDICATIVE and (rel == "obj" or _bare_instrumental(doc, child)
                                                 and doc.lemma(child) not in lexicon.TIME_NOUNS
                                                 or rel == "nsubj" and misread_object(doc, child, cue)
                                                 or _as_what(doc, child) and any(
                                                     doc.tokens[c].rel == "obj" for c in doc.children[cue])) \
                    or _reported_about(doc, cue, child) or _stance_put_first(doc, cue, child):
                parts.append(child)  # `Главным врагом власти X считает ...`, `О задержании ученого сообщил X`,
            continue  # `Уверенность в непричастности ... выразил X`
        prep = preposition(doc, child) if rel == "obl" or rel.startswith("nsubj") else None
        if rel.startswith("nsubj") and prep == "как":
            rel = "obl"  # `воспринимают дату как «выходные дни»`: parsed a subject
        if rel == "conj" and doc.tokens[child].feats.get("VerbForm") == "Inf" and any(
                doc.tokens[p].feats.get("VerbForm") == "Inf" for p in parts):
            parts.append(child)  # `требуют обуздать отряды и увеличить финансирование`: the parser's conj
        elif lemma in _NOTING and doc.lemma(child) in _NOTED_QUALITIES and (
                rel == "obj" or rel == "obl" and prep == "на"):
            parts.append(child)  # `отметил необходимость реформы`, `указал на недопустимость вмешательства`
        elif lemma in lexicon.OBJECT_CONTENT:
            gerund_clause = rel == "advcl" and doc.tokens[child].feats.get("VerbForm") == "Conv"  # `..., мотивируя это`
            if rel == "obl" and _sent_somewhere(doc, cue, child):
                sent_to = child
                continue
            if rel == "obl" and prep == "в" and _year(doc, child):
                continue  # `рекомендовал ..., в 2013 ...`: when
            if (rel in ("obj", "xcomp", "ccomp", "advcl", "iobj") and not gerund_clause) or (
                    rel == "obl"
                    and (prep not in _RECIPIENT_PREPOSITIONS or prep == "с" and lemma in _COMPARING)) or (
                    rel == "conj" and _subordinate(doc, child)):
                parts.append(child)
        elif rel == "xcomp" and doc.tokens[child].feats.get("VerbForm") == "Inf":
            if lemma in _PHASE_VERBS:
                return None  # `продолжает скупать долги`: an act going on
            parts.append(child)
        elif _reported_about(doc, cue, child):
            parts.append(child)
        elif rel == "obl" and prep in _SIDES and lemma in _TAKING_SIDES and not _a_team(doc, child):
            parts.append(child)  # `выступил за отмену санкций`; not `выступал за «Зенит»`, `за сборную`
    if sent_to is not None and all(doc.tokens[p].rel in ("obj", "iobj") for p in parts):
        return None  # `призвал их на помощь`: whom it sent, and where
    words = sorted(k for part in parts for k in doc.subtree(part) if (k > cue) == (part > cue))
    if stray is not None and stray in parts:  # what was asked runs on to its clause's end, however hung
        end = next((k for k in range(stray, sentence.stop) if doc.tokens[k].text in (",", ";", ".", "!", "?")
                    or doc.is_colon(k) or doc.is_dash(k)), sentence.stop)
        words = sorted({*words, *range(stray, end)})
    if doc.tokens[cue].feats.get("VerbForm") == "Conv" and cue < doc.tokens[cue].head:
        words = [k for k in words if k < _clause_after_gerund(doc, cue)]
    if not words and lemma in lexicon.OBJECT_CONTENT and sent_to is None and not any(
            doc.tokens[c].rel == "obj" and doc.tokens[c].pos == "PRON" for c in doc.children[cue] if c < cue):
        # not `это опровергнуть и ...`: what is refuted was said before
        words = [k for k in _words_after(doc, cue, attribution, sentence)  # the parser hung them elsewhere
                 if k not in speakers_phrase]
        if words and doc.tokens[words[0]].rel == "case" and _sent_somewhere(doc, cue, doc.tokens[words[0]].head):
            return None
        if any(doc.tokens[k].feats.get("Case") == "Nom" and doc.tagged_at(doc.tokens[k].start, ("PER",))
               for k in words):
            return None  # `Выход предложил легионер Дмитрий Булыкин`: the subject, after its verb
    if words:  # `назвала произошедшее «пародией», а постпред заявила, что ...`: the next clause is not content,
        joint = next((j for j in clause_joints(doc, cue, words[-1]) if clause_after(doc, j)), None)
        quoting = next((j for j in words if doc.is_colon(j) and j + 1 < len(doc.tokens)  # nor a quotation after
                        and doc.analysis.quotes_opening_at(doc.tokens[j + 1].start)), None)  # a colon
        ends = [j for j in (joint, quoting, _verb_outside(doc, cue, words[-1])) if j is not None]
        words = [k for k in words if not ends or k < min(ends)]
    if not words:
        return None
    if parts and all(p < cue and (_reported_about(doc, cue, p) or _stance_put_first(doc, cue, p)) for p in parts):
        return _put_first(doc, words, parts)
    words += _stray_phrase_after(doc, words[-1], sentence)
    if lemma in _NOTING and doc.lemma(words[-1]) in _NOTED_QUALITIES:
        words += _quality_of(doc, words[-1], sentence)
    words += _about_phrase_goes_on(doc, cue, parts, words[-1], attribution)
    if lemma in lexicon.PREDICATIVE and not any(_predicate(doc, k) for k in words):
        words += _predicate_after(doc, words[-1], sentence)  # the parser hung `"аморальным"` on a later verb
    if lemma in lexicon.PREDICATIVE and not any(_predicate(doc, k) for k in words):
        return None
    if lemma in _ASSESSING and not any(doc.word(k) in ("в", "как") for k in words):
        return None  # `оценил ущерб в 5 млн`, `оценил переговоры как трудные`; not `оценил переговоры`
    if lemma in _EXPRESSING and not any(doc.lemma(p) in _EXPRESSED_STANCES for p in parts if p > cue):
        return None  # `выразил готовность к диалогу`; not `выразил соболезнования`
    if all(doc.tokens[k].pos in ("ADP", "PRON") or doc.is_punct(k) for k in words):
        return None  # `сообщили о себе посольству`: whom it was about, and nothing said of them
    return _about_what(doc, words[0], parts), words[-1]


def _verb_outside(doc: Doc, cue: int, last: int) -> Optional[int]:
    """The first verb before `last` of the clause the cue's clause is part of, where it goes on after the cue's
    (`Дадина, который заявлял о пытках в колонии, рассказала подробности драки с сокамерником`: the parser hung
    `с сокамерником` on `пытках`); its comma with it."""
    verb = next((k for k in range(cue + 1, last) if finite(doc, k) and doc.analysis.dominates(k, cue)), None)
    if verb is None:
        return None
    return verb - 1 if doc.tokens[verb - 1].text == "," else verb


def _sent_somewhere(doc: Doc, cue: int, noun: int) -> bool:
    """`призвав в армию`, `рекомендовал в правительство`: where a verb of bidding sent someone (`в`/`на`
    and the accusative of a body or a place), not what it asked for (`призвал на борьбу с коррупцией`)."""
    return (doc.lemma(cue) in _DIRECTIVE and preposition(doc, noun) in ("в", "на") and where_to(doc, noun)
            and (someone_or_a_body(doc, noun) or doc.tagged_at(doc.tokens[noun].start, ("LOC",)))
            and not any(finite(doc, k) for k in range(cue + 1, noun)))  # (not `просит кредит и передает ей в
    # управление`: another verb's)


def _year(doc: Doc, k: int) -> bool:
    """A year written without its noun (`в 2013`)."""
    text = doc.tokens[k].text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _addressee(doc: Doc, cue: int) -> Optional[int]:
    """Whom a cue of asking addresses (`призвала коллег оказать давление`, `просил Израиль об отмене`,
    `поручил замгубернатора Игорю Гуськову подготовить`): its object, someone or a country, between it
    and the infinitive or `о`-phrase that says what was asked; None when there is none."""
    asked = next((c for c in doc.children[cue] if c > cue and (
        doc.tokens[c].feats.get("VerbForm") == "Inf" or preposition(doc, c) in _ABOUT)), _stray_infinitive(doc, cue))
    return next((c for c in doc.children[cue] if asked is not None and cue < c < asked
                 and doc.tokens[c].rel in ("obj", "iobj", "obl") and preposition(doc, c) is None
                 and (someone_or_a_body(doc, c) or doc.tagged_at(doc.tokens[c].start, ("LOC",)))), None)


def _describes(doc: Doc, word: int, noun: Optional[int]) -> bool:
    """An adjective right before a noun, in its case, that the parser hung elsewhere: the noun's
    (`предложил незанятым людям поработать`: whom, not what)."""
    return noun is not None and word == noun - 1 and doc.tokens[word].pos == "ADJ" \
        and doc.tokens[word].feats.get("Case") == doc.tokens[noun].feats.get("Case")


def _stray_infinitive(doc: Doc, cue: int) -> Optional[int]:
    """`просили суд заключить Мусаева под стражу`: the infinitive right after a cue's object that the parser
    hung on a later verb, what was asked; None where the cue has an infinitive of its own."""
    if any(doc.tokens[c].feats.get("VerbForm") == "Inf" for c in doc.children[cue] if c > cue):
        return None
    objects = [c for c in doc.children[cue] if c > cue and doc.tokens[c].rel in ("obj", "iobj")]
    for o in objects:  # (`предложил незанятым людям поработать`: the parser's second object, which it hung on)
        hung = next((c for c in doc.children[o] if c > o and doc.tokens[c].feats.get("VerbForm") == "Inf"), None)
        if hung is not None and someone(doc, o):
            return hung  # (not `предложил план сократить расходы`: the plan's infinitive)
        after = doc.subtree(o)[-1] + 1
        if after < len(doc.tokens) and doc.tokens[after].feats.get("VerbForm") == "Inf" and doc.tokens[after].head \
                != cue and not any(doc.tokens[after].head in doc.subtree(other) for other in objects):
            return after
    return None


def _clause_after_gerund(doc: Doc, cue: int) -> int:
    """Where the clause a gerund opens (`Не отрицая угрозы как таковой, представитель охарактеризовал
    ее как «...»`) gives way to its head's: the first word after it outside its phrase; words the
    parser hung on the gerund past there are the head clause's."""
    inside = set(doc.subtree(cue))
    k = cue + 1
    while k < len(doc.tokens) and (k in inside or doc.is_punct(k)):
        k += 1
    return k


def _reported_about(doc: Doc, cue: int, child: int) -> bool:
    """`сообщил о переговорах`, `О задержании ученого сообщил X`: the `о`-phrase of a verb of reporting
    (finite: a gerund's goes with the act it accompanies), not `об этом` (what was said before)."""
    return (doc.tokens[child].rel == "obl" and preposition(doc, child) in _ABOUT and doc.lemma(cue) in _REPORT_ABOUT
            and doc.tokens[cue].feats.get("VerbForm") != "Conv" and doc.lemma(child) not in lexicon.DEMONSTRATIVES)


def _stance_put_first(doc: Doc, cue: int, child: int) -> bool:
    """`Уверенность в непричастности ... выразил X`: the stance a verb of expressing takes, set before it,
    or data about something a verb confirms or denies (`Информацию об аресте ... подтвердила X`); but
    `Уверенность в этом выразил X` is what was just said."""
    if doc.tokens[child].rel != "obj" or _said_this(doc, child):
        return False
    if doc.lemma(child) in lexicon.DATA_NOUNS:
        return doc.lemma(cue) in _CONFIRMING and bool(_about(doc, child)) and not any(
            doc.tokens[d].rel == "det" for d in doc.children[child])  # (not `эту информацию опровергли`)
    return doc.lemma(cue) in _EXPRESSING and doc.lemma(child) in _EXPRESSED_STANCES


def _put_first(doc: Doc, words: list[int], parts: list[int]) -> Optional[tuple[int, int]]:
    """What was reported, put first in its sentence (`Впервые о своем намерении баллотироваться заявил
    X`): only after words that say when or link (not `..., о жизни в ней заключенные расскажут`), and
    not a short topic (`О запрете говорил X`) or a person (`О 105-летнем художнике пишет газета`),
    which refer back to what the article told, as `об этом` does."""
    sentence = doc.sentence_range(words[0])
    before = [k for k in range(sentence.start, words[0])
              if doc.tokens[k].end > doc.dateline_end and not doc.is_punct(k)]
    if before and not (_lead_in(doc, before) or all(doc.word(k) in lexicon.CONNECTORS for k in before)):
        return None
    if any(someone(doc, p) for p in parts):
        return None
    first = _about_what(doc, words[0], parts)
    return (first, words[-1]) if sum(not doc.is_punct(k) for k in range(first, words[-1] + 1)) >= 3 else None


def _about_what(doc: Doc, first: int, parts: list[int]) -> int:
    """Where an object content starts: after the `о` of what was reported (`заявила о своей
    заинтересованности`, `говорится и о мерах`), and after `о том, что` (`О том, что ..., сообщил X`)."""
    if doc.word(first) in _ALSO and doc.word(first + 1) in _ABOUT:
        first += 1
    if doc.word(first) in _ABOUT and parts and preposition(doc, parts[0]) in _ABOUT:
        first += 1
        if doc.word(first) == "том" and doc.word(first + 1) == "," and doc.word(first + 2) in _CLAUSE_WORDS:
            first += 3
    return first


def _about_phrase_goes_on(doc: Doc, cue: int, parts: list[int], last: int, attribution: set[int]) -> list[int]:
    """The prepositional phrases right after an `о`-phrase that the parser hung on the cue, which go on
    with what it is about (`рассказывала о жизни в пакистанском округе Сват`, `объявил о дисквалификации на
    два года за нарушение правил`); not a time, a channel or a circumstance of the saying (`сообщил о планах
    на пресс-конференции`, `в пятницу`), nor whom it was told to (`сообщили о находке в полицию`), nor the
    speaker's words."""
    if not parts or preposition(doc, parts[-1]) not in _ABOUT or max(doc.subtree(parts[-1])) != last:
        return []
    found: list[int] = []
    k = last + 1
    while k < len(doc.tokens) and doc.tokens[k].pos == "ADP" and k not in attribution:
        noun = doc.tokens[k].head
        if noun <= k or doc.tokens[noun].head != cue or doc.tokens[noun].rel != "obl" or noun in attribution \
                or circumstantial(doc, noun) or doc.word(k) in ("в", "во", "на") and where_to(doc, noun):
            break
        phrase = [j for j in doc.subtree(noun) if j >= k]
        found += phrase
        k = max(phrase) + 1
    return found


def _about(doc: Doc, noun: int) -> list[int]:
    """What a noun of saying is about: its `о`-phrases (`заявление о готовности к диалогу`)."""
    return [c for c in doc.children[noun] if c > noun and preposition(doc, c) in _ABOUT]


def _stray_phrase_after(doc: Doc, last: int, sentence: range) -> list[int]:
    """The phrase right after the content that the parser left with no head in the sentence
    (`выразил готовность ... к "объективному разговору с партнерами"`): part of the content."""
    k = last + 1
    while k in sentence and doc.tokens[k].text in ('"', "«", "„"):
        k += 1
    if k not in sentence:
        return []
    top = k
    for _ in range(len(sentence)):
        if doc.tokens[top].head < 0:
            break
        top = doc.tokens[top].head
    if doc.tokens[top].head >= 0 or top < last or any(doc.tokens[c].rel.startswith("nsubj") for c in doc.children[top]):
        return []
    if doc.tokens[top].feats.get("VerbForm") == "Fin":
        return []  # `называет Россию "партнером", хочет снять санкции`: the speaker's next act
    return [j for j in doc.subtree(top) if j > last]


def _quality_of(doc: Doc, noun: int, sentence: range) -> list[int]:
    """`отметил важность состоявшейся в марте встречи`, the genitive hung elsewhere: a quality noun names
    a quality of something; the words after it up to the clause's end (a comma or a finite verb) name what."""
    words: list[int] = []
    k = noun + 1
    while k in sentence and not doc.is_punct(k) and not finite(doc, k):
        words.append(k)
        k += 1
    return words


def _predicate_after(doc: Doc, last: int, sentence: range) -> list[int]:
    """The words right after `назвал решение` that name what it was called (`"аморальным и
    бесчеловечным"`, `одним из самых опасных врагов`), however the parser hung them: adjectives, nouns and
    `один` in the instrumental, joined by `и`, quoted or not, with the words they govern right after them;
    nothing when there are none."""
    words: list[int] = []
    k = last + 1
    while k in sentence and (doc.tokens[k].text in MARKS or doc.tokens[k].pos in ("ADJ", "NOUN", "CCONJ", "ADV")
                             or doc.tokens[k].pos == "NUM" and _bare_instrumental(doc, k)):
        words.append(k)
        k += 1
    while words and (doc.tokens[words[-1]].pos == "CCONJ" or doc.tokens[words[-1]].text in MARKS
                     and not any(doc.tokens[j].text in MARKS for j in words[:-1])):
        words.pop()
    if not any(_predicate_word(doc, j) for j in words):
        return []
    governed = set(doc.subtree(words[-1]))  # `одним из самых опасных своих врагов`, its preposition hung anywhere
    while words[-1] + 1 in sentence and not doc.is_punct(words[-1] + 1) and (
            words[-1] + 1 in governed or doc.tokens[words[-1] + 1].pos == "ADP" and words[-1] + 2 in governed):
        words.append(words[-1] + 1)  # (up to a mark: `считает меру необоснованной: он никогда не уклонялся`)
    return words


def _subordinate(doc: Doc, verb: int) -> bool:
    """A clause opened by `если`, `чтобы`, `пока` that the parser took for a conjunct."""
    return any(doc.tokens[c].rel == "mark" and doc.word(c) in _SUBORDINATORS for c in doc.children[verb])


def _words_after(doc: Doc, cue: int, attribution: set[int], sentence: range) -> list[int]:
    """The words after the cue and its attribution, up to the next comma or the sentence's end."""
    words: list[int] = []
    for k in range(cue + 1, sentence.stop):
        if k in attribution:
            if words:
                break
            continue
        if doc.tokens[k].text in (",", ";", ".", "!", "?") or doc.is_colon(k) or doc.is_dash(k):
            break
        words.append(k)
    return words


def _a_team(doc: Doc, k: int) -> bool:
    """A side one plays for, not a cause: a named body (`«Зенит»`) or a team (`сборную`, `клуб`)."""
    named = doc.analysis.name_at[k] if doc.analysis.name_at else None
    return named is not None or doc.lemma(k) in _SPORT_WORDS or doc.tokens[k].pos == "PROPN"


def _predicate(doc: Doc, k: int) -> bool:
    """What a verb of naming or assessing says of its object: a bare instrumental (`назвал беседу
    конструктивной`), a comparative (`считает проект интереснее прежних`), a phrase with `как` (`расценил
    действия как провокацию`) or `в качестве` (`В качестве таких мер назвал легализацию`)."""
    return _predicate_word(doc, k) or doc.word(k) == "как" or _as_what(doc, doc.tokens[k].head)


def _as_what(doc: Doc, noun: int) -> bool:
    """`в качестве таких мер`: what a verb of naming names its object as."""
    return noun >= 0 and any(doc.word(c) == "в" and doc.tokens[c].rel == "case" and doc.word(c + 1) == "качестве"
                             for c in doc.children[noun])


def _predicate_word(doc: Doc, k: int) -> bool:
    """A word that says what a thing is held or named to be: a bare instrumental, or a comparative adjective
    (`интереснее`, `лучше`)."""
    return _bare_instrumental(doc, k) or doc.tokens[k].pos == "ADJ" and doc.tokens[k].feats.get("Degree") == "Cmp"


def _bare_instrumental(doc: Doc, k: int) -> bool:
    """A predicate in the instrumental with no preposition: `конструктивной`, `мифом`, a participle
    (`политически мотивированным`)."""
    token = doc.tokens[k]
    instrumental = token.feats.get("Case") == "Ins" or (  # the tagger misreads a quoted `"нехристианским"`
        doc.quote_around(token.start) is not None and "ablt" in morph.cases_of(token.text))
    return (instrumental and (token.pos in ("ADJ", "NOUN", "NUM", "DET")  # `назвало теракт "одним из самых ужасных"`
                              or token.feats.get("VerbForm") == "Part")
            and not any(doc.tokens[c].rel == "case" for c in doc.children[k]))


def _make(doc: Doc, cue: int, who: Subject, first: int, stop: int, pattern: str) -> Optional[Candidate]:
    """A candidate whose content is tokens [first, stop) of the text."""
    if first >= stop or stop > len(doc.tokens):
        return None
    start, end = doc.trim(doc.tokens[first].start, doc.tokens[stop - 1].end)
    return _statement(doc, cue, who, start, end, pattern) if end > start else None


def _citing_after(doc: Doc, last: int, sentence: range) -> int:
    """Where an attribution ends that goes on with where its words come from (`..., сообщает газета, ссылаясь на
    источники`, `Как пишет газета, ссылаясь на слова врача, ...`, `Как сообщает Reuters, со ссылкой на
    радиостанцию, ...`)."""
    while last + 2 in sentence and doc.word(last + 1) == ",":
        citing = last + 2 if doc.lemma(last + 2) in lexicon.CITING_WORDS else last + 3 if (
            last + 3 in sentence and doc.tokens[last + 2].pos == "ADP" and doc.lemma(last + 3) in lexicon.CITING_WORDS
        ) else None
        if citing is None:
            break
        comma = next((k for k in range(citing + 1, sentence.stop) if doc.word(k) == ","), sentence.stop)
        last = max([citing, *(k for k in doc.subtree(citing) if k < comma)])  # (not the clause the parser hung
        # on it)
        last = _relative_clause_end(doc, last, sentence)  # `со ссылкой на источник, знакомый с ситуацией,`
    return last


def _relay_closes(doc: Doc, last: int, sentence: range) -> bool:
    """`C, сказал представитель NASA, передает РИА "Новости".`: one more attribution after a comma, the last
    clause of the sentence, however the parser hung it: the relay, no part of what was said."""
    k = last + 2
    return k < sentence.stop and doc.word(last + 1) == "," and is_cue(doc, k) \
        and doc.tokens[k].feats.get("VerbForm") == "Fin" and "," not in (doc.word(j) for j in range(k, sentence.stop))


def _one_of_a_series(doc: Doc, cue: int, comma: int) -> bool:
    """`Собравшиеся держали плакаты, кричали, били в барабаны`: a verb of the series its subject does, not
    an attribution of the clause before it."""
    head = doc.tokens[cue].head
    return doc.tokens[cue].rel == "conj" and 0 <= head < comma and doc.tokens[head].pos == "VERB" \
        and doc.tokens[head].feats.get("VerbForm") == "Fin" and not doc.in_quotes(head) \
        and any(doc.tokens[c].rel == "conj" and doc.tokens[c].pos == "VERB" for c in doc.children[head] if c > cue)
    # (the series goes on after it; but `читали всего 16%, продолжают тему "Ведомости"`, whose subject the parser
    # did not see)


def _opening(doc: Doc, k: int) -> int:
    """The token before word k, or before its negation (`, не уточнив деталей`: the comma)."""
    return k - 2 if doc.word(k - 1) == "не" else k - 1


def _statement(doc: Doc, cue: int, who: Subject, start: int, end: int, pattern: str) -> Candidate:
    return Candidate("indirect", start, end, (doc.tokens[cue].start, doc.tokens[cue].end), cue,
                     speaker=who.head, possessive=who.possessive,
                     source=who.source if who.source != cue else None, frame=_frame(doc, cue, who.head),
                     channel=channel(doc, cue, who.head), pattern=pattern)


def _frame(doc: Doc, cue: int, speaker: Optional[int], first: Optional[int] = None) -> tuple[int, int]:
    """The attribution's offsets: the cue, with the speaker mention when it hangs on the cue."""
    start, end = doc.tokens[first if first is not None else cue].start, doc.tokens[cue].end
    if speaker is not None:
        m_start, m_end = mention_span(doc, speaker)
        written_before = m_end <= doc.tokens[cue].start and not doc.text[m_end:doc.tokens[cue].start].strip()
        if doc.tokens[speaker].head == cue or written_before:  # `а его пресс-секретарь X говорил`
            start, end = min(start, m_start), max(end, m_end)
    return start, end


# ---------------------------------------------------------------------- cue verb, content before it

def backward(doc: Doc, match: Match) -> Optional[Candidate]:
    """`<content>, заявил X.` (the cue after a comma, its subject after it), the same in mid-sentence
    (`Кроме того, отмечается в документе, <content>`), and `Об этом сообщил X.`, whose content is
    the text before (settled in `__init__` once every statement is known)."""
    cue = match["cue"]
    sentence = doc.sentence_range(cue)
    who = subject(doc, cue)
    if who.head is None and who.possessive is None and not who.implicit:
        return None
    if _about_this(doc, cue):
        if doc.tokens[cue].feats.get("Tense") == "Fut":
            return None  # `Об этом МИД объявит в ближайшее время`: nothing said yet
        start = doc.tokens[sentence.start].start
        return _statement(doc, cue, who, start, start, "anaphoric")
    if doc.tokens[cue].feats.get("VerbForm") == "Conv" or _offers_a_thing(doc, cue):
        return None
    k = cue - 1
    while k in sentence and doc.tokens[k].pos in ("ADV", "PART") and doc.lemma(k) not in _QUESTION_WORDS:
        if doc.word(k) in _SIDES:
            return None  # `..., против выступила только Литва`: the side taken, no attribution of the clause before
        k -= 1  # not `, где`, `, когда`, which open a clause of their own (`квартет, где также выступят X`)
    if k not in sentence or not (doc.word(k) == "," or doc.is_dash(k) and (
            doc.word(k - 1) == "," or who.head is not None and who.head > cue and not doc.is_punct(k - 1)
            and not any(doc.tokens[c].rel == "obj" for c in doc.children[cue]))):
        return None  # (`C - сказал собеседник агентства`: a dash alone before a cue its speaker follows; not `X -
        # так называют его судно`, what the thing is called)
    comma = k - 1 if doc.is_dash(k) and doc.word(k - 1) == "," else k
    if (who.head is not None and who.head < cue) or comma <= sentence.start:
        return None  # `..., X заявил`: a clause with its own subject, not an attribution
    attribution = _attribution_words(doc, cue, who.head)
    if who.head is not None and who.head > cue:  # the speaker's phrase, with a name the parser hung elsewhere
        attribution.add(doc.token_at(mention_span(doc, who.head)[1] - 1) or who.head)
    last = max([cue, *attribution])
    words_end = max([cue, *(k for k in attribution if not doc.is_punct(k))])
    if words_end + 2 < sentence.stop and doc.word(words_end + 1) == "," and not is_cue(doc, words_end + 2):
        last = words_end  # set off by commas in mid-sentence (`У бюджета-2009, обещает министр, будет дефицит`):
        # the sentence's stop, hung on the cue, is not the attribution's (but `C, говорится в сообщении NASA,
        # сообщает РИА "Новости"`: one more attribution)
    last = _citing_after(doc, last, sentence)
    if _apposition_to_the_end(doc, last, sentence) or _runs_on_to_the_end(doc, last, sentence) \
            or _relay_closes(doc, last, sentence) or _described_to_the_end(doc, comma, last, sentence):
        last = sentence.stop - 1  # `..., говорит директор проекта Уолтер Рид, профессор ...`: all attribution
    last = _relative_clause_end(doc, last, sentence)
    last = _bracket_closing(doc, last, sentence)
    if who.head is None and who.possessive is None and (_words_before_clause_end(doc, last, sentence)
                                                        or _one_of_a_series(doc, cue, comma)):
        return None  # `..., выступал в качестве исполнителя`: a verb going on with its clause, not `..., - добавила.`
    joint = next((k for k in range(cue + 1, sentence.stop) if doc.word(k) not in lexicon.PARENTHETICAL_GERUNDS and (
                  doc.tokens[k].pos in ("VERB", "AUX") and not doc.analysis.dominates(cue, k)
                  or doc.word(_opening(doc, k)) == "," and (doc.tokens[k].feats.get("VerbForm") == "Conv"
                                                            or doc.word(k) == "чтобы"))), None)
    if joint is not None and doc.word(_opening(doc, joint)) == "," and (
            doc.tokens[joint].feats.get("VerbForm") == "Conv" or doc.word(joint) == "чтобы"):
        comma_after = _opening(doc, joint)  # `C, сообщил X у себя на Facebook, отметив, что ...`: the speaker's
        sentence = range(sentence.start, comma_after)  # next act; the words before it are the attribution's
        last = comma_after - 1  # (`у себя на Facebook`); `C, заявил министр, не уточнив деталей`: what he
        # left unsaid; `C, сообщили власти в среду, чтобы предупредить жителей`: why they said it
    span = _frame_content(doc, comma + 1, last, sentence)
    if span is None:
        return None
    found = _make(doc, cue, who, span[0], span[1], "postposed")
    if found is not None:
        found.frame = (doc.tokens[comma].start, max(found.frame[1], doc.tokens[last].end))
    return found


def _bracket_closing(doc: Doc, last: int, sentence: range) -> int:
    """Where an attribution ends that a bracketed aside closes with its sentence (`..., пишет The Washington Post
    (полный текст - на сайте InoPressa.ru).`): at the closing bracket; else at `last`."""
    if last + 1 not in sentence or doc.tokens[last + 1].text != "(":
        return last
    close = next((k for k in range(last + 2, sentence.stop) if doc.tokens[k].text in ("(", ")")), None)
    if close is None or doc.tokens[close].text != ")" \
            or any(not doc.is_punct(k) for k in range(close + 1, sentence.stop)):
        return last
    return close


def _words_before_clause_end(doc: Doc, last: int, sentence: range) -> bool:
    """Are there words after the attribution before the next comma or the sentence's end?"""
    for k in range(last + 1, sentence.stop):
        if doc.tokens[k].text in (",", ";", ":") or doc.is_dash(k):
            return False
        if not doc.is_punct(k):
            return True
    return False


def _runs_on_to_the_end(doc: Doc, last: int, sentence: range) -> bool:
    """Do the words after a postposed attribution run on to the sentence's end with no comma, dash or
    verb (`..., пишут «Ведомости» со ссылкой на документ комитета от 30 марта`, whatever the parser hung
    them on)? They are the attribution's still: a postposed attribution closes its sentence. Not a
    predicate (`..., объявлявшие ее золотой медалисткой`): a verb of naming is no attribution."""
    rest = range(last + 1, sentence.stop)
    return any(not doc.is_punct(k) for k in rest) and not any(
        doc.tokens[k].text in (",", ";", ":") or doc.is_dash(k) or doc.is_colon(k)
        or doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].feats.get("VerbForm") != "Part"
        or _bare_instrumental(doc, k) for k in rest)


def _described_to_the_end(doc: Doc, comma: int, last: int, sentence: range) -> bool:
    """Does the sentence end, after an attribution, with an adjective or participle in the nominative and its
    words (`..., рассказали два собеседника РБК, знакомые с ходом переговоров`), where the content before the
    attribution has a finite verb of its own? It describes the speaker, whatever the parser hung it on (but
    `Цены, отметил министр, высокие`: the content's own predicate)."""
    rest = range(last + 1, sentence.stop)
    words = [k for k in rest if not doc.is_punct(k)]
    if not words or doc.tokens[last + 1].text != "," or any(
            doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].feats.get("VerbForm") != "Part" for k in rest):
        return False
    token = doc.tokens[words[0]]
    described = token.feats.get("Case") == "Nom" and (token.pos == "ADJ" or token.feats.get("VerbForm") == "Part")
    return described and any(finite(doc, k) for k in range(sentence.start, comma))


def _apposition_to_the_end(doc: Doc, last: int, sentence: range) -> bool:
    """Does the sentence end, after an attribution, with one more description of its speaker (`,
    профессор стэнфордского Института экологии`): a person's noun in the nominative after a comma,
    and no verb? Not a nominal clause of the content (`отмечается в документе, на их счету ...`)."""
    rest = range(last + 1, sentence.stop)
    words = [k for k in rest if not doc.is_punct(k)]
    if not words or doc.tokens[last + 1].text != "," or any(doc.tokens[k].pos in ("VERB", "AUX") for k in rest):
        return False
    token = doc.tokens[words[0]]
    return token.pos == "NOUN" and token.feats.get("Case") == "Nom" and token.feats.get("Animacy") == "Anim"


def _about_this(doc: Doc, cue: int) -> bool:
    """`Об этом сообщил X`, `В этом уверен X`, `Так заявил X`, `Это заявил X`, `Такое заявление сделал X`,
    `Эти слова произнес X`, `С таким заявлением выступил X`, `Уверенность в этом выразил X`, `Это следует из
    сообщения X`: the cue refers back to what was just said."""
    return any(child < cue and (doc.tokens[child].rel == "obl" and preposition(doc, child) in _ABOUT_THIS
                                and doc.lemma(child) in lexicon.DEMONSTRATIVES
                                or (doc.tokens[child].rel == "advmod" and doc.word(child) in _THUS
                                    or doc.tokens[child].rel == "obj" and doc.word(child) == "это"
                                    or doc.tokens[child].rel == "nsubj" and doc.word(child) == "это"
                                    and doc.lemma(cue) in _COMING_FROM)
                                and child == doc.sentence_range(cue).start
                                or _said_this(doc, child) or _about_this_thing(doc, child))
               for child in doc.children[cue])


def _about_this_thing(doc: Doc, noun: int) -> bool:
    """`Об этом факте сообщил X`, `О таком решении рассказал X`: what the cue is about is a noun with `этот`
    or `такой`, the thing just told."""
    return doc.tokens[noun].rel == "obl" and (preposition(doc, noun) in _ABOUT or doc.word(noun - 2) in _ABOUT) \
        and any(doc.tokens[d].rel in ("det", "amod") and doc.lemma(d) in _SUCH - {"это"} and d == noun - 1
                for d in doc.children[noun])  # (the parser may hang the preposition elsewhere)


def _said_this(doc: Doc, noun: int) -> bool:
    """Does this object of a cue (or `с`-phrase) name what was just said: a noun of saying or of a view
    with `такой`, `этот` (`такое заявление`, `с таким заявлением`, `такую уверенность`) or with `в этом`
    (`уверенность в этом`), or data of such a kind, what one shares (`Такими данными поделился X`; not
    `эту информацию опровергли`, which is denied)?"""
    rel, lemma = doc.tokens[noun].rel, doc.lemma(noun)
    if lemma in lexicon.DATA_NOUNS and lemma not in _SAID:
        return rel == "obl" and preposition(doc, noun) is None and doc.tokens[noun].feats.get("Case") == "Ins" \
            and any(doc.tokens[d].rel in ("det", "amod") and doc.lemma(d) in _SUCH - {"это", "этот"}
                    for d in doc.children[noun])
    if not (rel == "obj" or rel == "obl" and preposition(doc, noun) == "с") \
            or lemma not in _SAID and lemma not in _EXPRESSED_STANCES:
        return False
    return any(doc.tokens[d].rel in ("det", "amod") and doc.lemma(d) in _SUCH
               or doc.tokens[d].rel == "nmod" and preposition(doc, d) in _ABOUT_THIS
               and doc.lemma(d) in lexicon.DEMONSTRATIVES for d in doc.children[noun])


def such_view(doc: Doc, match: Match) -> Optional[Candidate]:
    """`«...». Таково мнение X`, `Такова позиция МИД`, `Таков его прогноз`: the owner of the view
    (its genitive, or a possessive) said what came just before (settled in `__init__`, as for `Об
    этом сообщил X`)."""
    noun, such = match["cue"], match["such"]
    sentence = doc.sentence_range(noun)
    if such != sentence.start:
        return None
    owners = [c for c in doc.children[noun] if doc.tokens[c].rel == "nmod" and c > noun and preposition(doc, c) is None]
    whose = [c for c in doc.children[noun] if doc.word(c) in lexicon.POSSESSIVES]
    if not owners and not whose:
        return None
    who = Subject(owners[0], source=noun) if owners else Subject(possessive=whose[0], source=noun)
    start = doc.tokens[sentence.start].start
    found = _statement(doc, noun, who, start, start, "anaphoric")
    found.frame = (start, found.frame[1])
    return found


def seeming(doc: Doc, match: Match) -> Optional[Candidate]:
    """`Ему показалось, что C`, `Прокуратуре же он показался излишне мягким`: the one it seemed so to (a dative
    someone or a body, no preposition) holds the view: its `что`-clause, or the predicate in the instrumental."""
    cue, holder = match["cue"], match["holder"]
    token = doc.tokens[holder]
    if preposition(doc, holder) is not None or token.feats.get("Case") not in ("Dat", None) \
            and not _may_be_dative(token.text) \
            or not (doc.lemma(holder) in lexicon.PRONOUNS or someone_or_a_body(doc, holder)):
        return None
    sentence = doc.sentence_range(cue)
    clause = next((c for c in doc.children[cue] if doc.tokens[c].rel == "ccomp" and c > cue), None)
    if clause is not None:
        that = next((k for k in range(cue + 1, clause) if doc.word(k) == "что"), None)
        if that is None:
            return None
        said = [k for k in doc.subtree(clause) if that < k and k in sentence]
    else:
        predicate = next((c for c in doc.children[cue] if doc.tokens[c].rel == "xcomp"
                          and doc.tokens[c].feats.get("Case") == "Ins"), None)
        if predicate is None:
            return None
        said = [k for k in doc.subtree(predicate) if k in sentence]
    return _make(doc, cue, Subject(holder, source=cue), min(said), max(said) + 1, "seeming") if said else None


def words_that(doc: Doc, match: Match) -> Optional[Candidate]:
    """`Руководство банка распространило заявление, что C`, `Заявление министра о том, что C, вызвало
    споры`: the `что`-clause right after a noun of saying and its owner's phrase is what its owner
    said; the owner is the noun's genitive or possessive, else the subject of the verb it is the
    object of, or of the verb of coming forward it hangs on (`выступил с заявлением, что`); not a
    cue's or a light verb's, whose own patterns read it (`сделал заявление, что`)."""
    noun = match["noun"]
    sentence = doc.sentence_range(noun)
    owners = [c for c in doc.children[noun] if doc.tokens[c].rel == "nmod" and c > noun
              and preposition(doc, c) is None and someone(doc, c)]
    phrase = {j for c in owners for j in doc.subtree(c)}
    k = noun + 1
    while k in phrase:
        k += 1
    words = [doc.word(j) if j in sentence else "" for j in range(k, k + 4)]
    that = k + 1 if words[:2] == [",", "что"] else k + 3 if words[0] in _ABOUT and words[1:4] == ["том", ",", "что"] \
        else None
    if that is None or doc.tokens[that].head < 0:
        return None
    said = [j for j in doc.subtree(doc.tokens[that].head) if j > that and j in sentence]
    verb = doc.tokens[noun].head
    forward = verb >= 0 and doc.tokens[noun].rel == "obl" and preposition(doc, noun) in ("с", "со") \
        and doc.lemma(verb) in _COMING_FORWARD  # `выступил с заявлением, что C`
    if not said or verb >= 0 and (is_cue(doc, verb) or doc.lemma(verb) in _LIGHT_SPEECH_VERBS) and not forward:
        return None
    whose = [c for c in doc.children[noun] if doc.word(c) in lexicon.POSSESSIVES]
    if owners:
        who = Subject(owners[0], source=noun)
    elif whose:
        who = Subject(possessive=whose[0], source=noun)
    elif verb >= 0 and doc.tokens[verb].pos == "VERB" and (
            doc.tokens[noun].rel == "obj" and not any(doc.tokens[j].pos == "SCONJ" for j in range(verb + 1, noun))
            or forward):
        who = subject(doc, verb)  # `руководство банка распространило заявление, что`; not where the parser hung
        # a subject on another clause's verb (`Депп продюсирует картину, хотя в СМИ высказываются предположения`)
        if who.head is None or not someone_or_a_body(doc, who.head):
            return None
    else:
        return None
    return _make(doc, noun, who, min(said), max(said) + 1, "noun-clause")


# ---------------------------------------------------------------------- parenthetical frames

def as_frame(doc: Doc, match: Match) -> Optional[Candidate]:
    """`Как заявил X, <content>`, `<content>, как сообщил X`, and the same in mid-sentence."""
    cue = match["cue"]
    sentence = doc.sentence_range(cue)
    who = subject(doc, cue)
    # `как он выразился`, `как министр сообщил журналистам`: the speaker may stand before the cue
    before = {*doc.analysis.tokens_in(*mention_span(doc, who.head)), *doc.subtree(who.head),
              *(k for c in doc.children[cue] if c < cue and doc.tokens[c].rel == "nsubj" for k in doc.subtree(c))} \
        if who.head is not None and who.head < cue else set()
    circumstances = {k for c in doc.children[cue] if c < cue and doc.tokens[c].rel == "obl" and circumstantial(doc, c)
                     for k in doc.subtree(c)}  # `как в январе заявили эксперты`
    k = cue - 1
    while k in sentence and (doc.tokens[k].pos in ("ADV", "PART") or k in before or k in circumstances
                             or addressee(doc, k) or doc.tokens[k].text in MARKS) and doc.word(k) != "как":
        k -= 1  # `Как агентству пояснили в пресс-службе`, `Как "Интерфаксу" сообщили`: whom they told
    if k not in sentence or doc.word(k) != "как" or who.head is not None and who.head < k:
        return None  # (`Дмитрий Бушуев, как и многие другие пользователи, утверждает`: a comparison after the subject)
    if any(doc.tokens[c].rel == "obj" and c < k for c in doc.children[cue]):
        return None  # `Контракт как певица она заключила`: the verb's own clause, `как` of a role in it
    joined = k - 1 if doc.word(k - 1) == "," else k
    if any(_written_at(doc, joined - len(phrase), phrase) for phrase in _CORRELATIVES_OF_AS) \
            or joined == k and any(_written_at(doc, k - len(phrase), phrase) for phrase in _JOINED_CORRELATIVES):
        return None  # `так как США опасаются, что ...`, `так, как он и обещал`: a conjunction, a comparison
    if who.head is None and who.possessive is None:
        counted = _counted_subject_after(doc, cue, sentence)  # `Как рассказали "Ведомостям" несколько источников`
        counted = _subject_after_gerund(doc, cue, sentence) if counted is None else counted
        counted = nominative_after(doc, cue, sentence.stop) if counted is None else counted  # `как в январе
        # заявили эксперты организации, C`, `эксперты` hung on the clause's verb
        who = Subject(counted, source=cue) if counted is not None else who
    if who.head is None and who.possessive is None and (
            not who.implicit or doc.tokens[cue].feats.get("Number") == "Plur"):
        return None  # `как полагают`, with no one named and no place: what people think, no one's statement
    last = cue
    while last + 1 in sentence and (doc.tokens[last + 1].text not in (",", ".", ";", "!", "?", "…")
                                    or doc.inside_word(last + 1)) and not doc.is_colon(last + 1):
        last += 1  # (`Как заявила Богат изданию NEWSru.com, C`: a site's name is no stop)
    if who.head is not None and who.head > cue:  # `Как сообщил глава делегации, председатель комитета X, C`
        last = max(last, doc.analysis.tokens_in(*mention_span(doc, who.head)).stop - 1)
    last = _citing_after(doc, _relative_clause_end(doc, last, sentence), sentence)
    if any(doc.tokens[c].rel == "obj" and doc.tokens[c].pos != "PRON" and cue < c <= last and c != who.head
           for c in doc.children[cue]):
        return None  # `слышно, как X называет имя`: what was heard; a frame's object is what it refers to (`его`)
    span = _frame_content(doc, k, last, sentence)
    if span is None:
        return None
    found = _make(doc, cue, who, span[0], span[1], "as")
    if found is not None:
        found.frame = (doc.tokens[k].start, doc.tokens[last].end)
    return found


def _relative_clause_end(doc: Doc, last: int, sentence: range) -> int:
    """`Как заявил министр, которого цитирует агентство, C`, `Как сообщили в больнице, куда доставили
    пострадавшую, C`, `C, пишет The Telegraph, статью которой публикует Inopressa`, `Как заявил X,
    руководивший компанией четыре года, C`: a relative or participial clause (or an adjective's phrase) on the
    frame's last words is part of the frame, to its comma or the sentence's end."""
    opening = last + 2
    if opening + 1 >= sentence.stop or doc.word(last + 1) != ",":
        return last
    participle = doc.tokens[opening]
    adjective = participle.pos == "ADJ" and participle.rel in ("acl", "amod") and any(
        doc.tokens[c].rel == "obl" for c in doc.children[opening])
    described = (participle.feats.get("VerbForm") == "Part" and participle.feats.get("Variant") != "Short"
                 and participle.rel == "acl" or adjective) and (participle.head <= last or adjective and all(
                     participle.feats.get(f) == doc.tokens[last].feats.get(f) for f in ("Case", "Number", "Gender")))
    # `Как заявил Джек Гринберг, руководивший компанией четыре года, C`, `со ссылкой на источник, знакомый с
    # ситуацией, C`: who they are, no part of C
    if doc.tokens[opening].pos in ("ADP", "NOUN") and doc.lemma(opening + 1) == "который":
        opening += 1  # `, в которой`, `, статью которой`
    if not described and doc.lemma(opening) != "который" and doc.word(opening) not in _RELATIVE_ADVERBS:
        return last
    for j in range(opening + 1, sentence.stop):
        if doc.tokens[j].text == "," and doc.quote_around(doc.tokens[j].start) is None:
            return j - 1
    return max(j for j in sentence if not doc.is_punct(j))


def _counted_subject_after(doc: Doc, cue: int, sentence: range) -> Optional[int]:
    """A counted subject after a cue, before the frame's comma, that the parser gave to the clause
    after it: `несколько источников`, `два собеседника`."""
    for k in range(cue + 1, sentence.stop):
        if doc.tokens[k].text in (",", ";", ":"):
            return None
        if doc.tokens[k].pos == "NOUN" and someone(doc, k) and any(
                doc.tokens[c].rel.startswith("nummod") for c in doc.children[k]):
            return k
    return None


def _subject_after_gerund(doc: Doc, cue: int, sentence: range) -> Optional[int]:
    """`Как заявил, отвечая "Интерфаксу", начальник ГУИН Владимир Ялунин, ...`, `Как сообщил сегодня, 24
    декабря, представитель холдинга, ...`: after the cue's gerund clause or a date set off by commas,
    someone in the nominative that the parser gave to the clause after the frame."""
    gerund = next((c for c in doc.children[cue] if c > cue and doc.tokens[c].rel == "advcl"
                   and doc.tokens[c].feats.get("VerbForm") == "Conv"), None)
    after = max(doc.subtree(gerund)) + 1 if gerund is not None and doc.tokens[cue + 1].text == "," \
        else _date_set_off(doc, cue, sentence)
    if after is None:
        return None
    k = after
    while k in sentence and doc.is_punct(k) and doc.tokens[k].text != ",":
        k += 1
    if k + 1 not in sentence or doc.tokens[k].text != ",":
        return None
    k += 1
    while k + 1 in sentence and doc.tokens[k].pos == "ADJ" and doc.tokens[k].head > k:
        k += 1  # `официальный представитель`
    token = doc.tokens[k]
    return k if token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Nom" and someone(doc, k) else None


def _date_set_off(doc: Doc, cue: int, sentence: range) -> Optional[int]:
    """Where a date set off by commas after the cue and its words of time ends (`сообщил сегодня, 24
    декабря,`): the position of its closing comma, None if the cue is followed by no such date."""
    k = cue + 1
    while k in sentence and (doc.tokens[k].pos in ("ADV", "ADP") or doc.lemma(k) in lexicon.TIME_NOUNS):
        k += 1  # `сегодня`, `в среду`
    if k not in sentence or doc.tokens[k].text != ",":
        return None
    end = k + 1
    while end in sentence and (doc.tokens[end].text.isdigit() or doc.lemma(end) in lexicon.TIME_NOUNS):
        end += 1
    return end if end > k + 1 and any(doc.lemma(j) in lexicon.TIME_NOUNS for j in range(k + 1, end)) else None


def _source_in_participle(doc: Doc, prep: int, noun: int) -> Optional[int]:
    """`по имеющейся у комиссии информации`, `по полученным от полиции сведениям`, `по опубликованным
    Минздравом данным`: whose the frame is, named in a participle's phrase before its noun (with `у`,
    `от`, or as the doer in the instrumental); not a pronoun (`по имеющимся у нас данным`)."""
    between = range(prep + 1, noun)
    if not any(doc.tokens[j].feats.get("VerbForm") == "Part" for j in between):
        return None
    for j in between:
        token = doc.tokens[j]
        if token.pos in ("NOUN", "PROPN") and (doc.word(j - 1) in ("у", "от") or token.feats.get("Case") == "Ins"):
            return j
    return None


def _source_in_clause_after(doc: Doc, noun: int, sentence: range) -> Optional[int]:
    """`по данным, собранным журналистами BBC`, `по сведениям, поступившим из прокуратуры`, `согласно
    информации, которой располагает таблоид`: whose the frame is, named in the participial or relative
    clause set off after its noun (the doer of a participle that agrees with the noun, or `от`/`из`/`у`
    whom it came from; the relative clause's subject): someone or a body, not a time or a place (`по данным,
    опубликованным утром`, `по сообщениям, поступающим из страны`)."""
    first = noun + 2
    if first >= sentence.stop or doc.tokens[noun + 1].text != ",":
        return None
    clause = []
    for k in range(first, sentence.stop):
        if doc.tokens[k].text in (",", ";", ":") and doc.quote_around(doc.tokens[k].start) is None:
            break
        clause.append(k)
    participle = doc.tokens[first].feats
    attributive = doc.tokens[first].rel == "amod" and doc.tokens[first].head in clause  # `По некоторым данным,
    # задержанным агентом может быть священник`: the participle of the noun after it, the clause's subject
    if participle.get("VerbForm") == "Part" and participle.get("Case") == doc.tokens[noun].feats.get("Case") \
            and not attributive:
        for k in clause[1:]:
            token = doc.tokens[k]
            doer = doc.word(k - 1) in ("у", "от", "из") or token.feats.get("Case") == "Ins" \
                or k == first + 1 and token.pos == "PROPN" and "Case" not in token.feats  # `полученным Webscan`
            if doer and token.pos in ("NOUN", "PROPN") and someone_or_a_body(doc, k):
                return k  # the noun, not its adjective (`Европейской ассоциацией бизнеса`)
        return None
    relative = next((k for k in clause[:2] if doc.lemma(k) == "который"), None)
    if relative is None:
        return None
    return next((k for k in clause if doc.tokens[k].rel == "nsubj" and k != relative
                 and doc.tokens[k].head in clause and someone(doc, k)), None)


def source_frame(doc: Doc, match: Match) -> Optional[Candidate]:
    """`по словам X`, `по его мнению`, `по данным X`, `по некоторым данным`, `согласно X`, `со слов
    X`, `с точки зрения X`: the frame noun (`match["noun"]`) and whose it is (its `nmod` after it)."""
    prep, noun = match["prep"], match["noun"]
    sentence = doc.sentence_range(prep)
    according = doc.word(prep) in lexicon.SOURCE_PREPOSITIONS
    lemma = doc.lemma(noun)
    if according and (lemma not in lexicon.FRAME_NOUNS and not _is_source(doc, noun)
                      or not _may_be_dative(doc.tokens[noun].text)):
        return None  # (`согласно` governs a dative: `согласно озвученному министром спорта плану` is no minister's)
    if _names_a_ranking(doc, prep, noun) or any(doc.tokens[k].rel == "fixed" for k in range(prep + 1, noun)):
        return None  # nor `По сравнению с прошлой версией`: a compound preposition
    speaker = possessive = lost = None
    described = None
    owners = [c for c in doc.children[noun] if doc.tokens[c].rel == "nmod" and c > noun
              and (preposition(doc, c) is None  # not `по данным на 4 октября`
                   or preposition(doc, c) in _FROM and lemma in lexicon.DATA_NOUNS
                   and someone_or_a_body(doc, c))]
    when = [c for c in owners if doc.lemma(c) in lexicon.TIME_NOUNS]  # `по данным 2013 года`: of when, not whose
    owners = [c for c in owners if c not in when]
    dets = [c for c in doc.children[noun] if c < noun and doc.word(c) in lexicon.POSSESSIVES]
    relative = bool(owners) and doc.lemma(owners[0]) == "который"
    if relative:  # `Анатолий Довгань, по словам которого, ...`: whose words the relative clause gives
        owners = [k for k in [antecedent_before(doc, prep, owners[0])] if k is not None]
        sentence = range(prep, sentence.stop)  # the relative clause is what he said, not the clause it hangs on
    if according and lemma in lexicon.LEGAL_ACTS:
        speaker = noun  # `согласно указу`, `согласно январскому постановлению правительства`: the act speaks
    elif owners and not dets:  # (`По его убеждению Терское казачество должно`: with no comma after the frame,
        speaker = owners[0]  # the parser hung the clause's subject on it; the possessive is the owner)
    elif dets:
        possessive = dets[0]
    elif (named := _named_in_frame(doc, noun, sentence)) is not None:
        speaker = lost = named  # `По словам одержавшего победу Игоря Додона, ...`: the parser lost the phrase
    elif (source := _source_in_clause_after(doc, noun, sentence)) is not None:
        speaker = lost = source  # `По данным, собранным журналистами BBC, ...`: the frame runs over the clause
    elif according and lemma not in lexicon.FRAME_NOUNS and lemma not in lexicon.DOCUMENT_NOUNS:
        speaker = noun  # `согласно палестинским источникам`
    elif (source := _source_in_participle(doc, prep, noun)) is not None:
        speaker = source
    elif noun > prep + 1 or when:  # `по некоторым данным`; `по данным 2013 года`: the data
        described = (doc.tokens[prep + 1].start, doc.tokens[noun].end)
    else:
        return None
    last = noun if owners and dets else _frame_end(doc, noun)  # (the clause's subject is not the frame's)
    if speaker is not None:
        last = max(last, doc.analysis.tokens_in(*mention_span(doc, speaker)).stop - 1)
    if lost is not None:  # the frame's words run to its comma (not one inside a name in quotation marks)
        while last + 1 in sentence and not (doc.tokens[last + 1].text == ","
                                            and doc.quote_around(doc.tokens[last + 1].start) is None):
            last += 1
    elif prep == sentence.start:  # `По данным Росстата за 2013 год, C`: an opening frame runs on to its comma
        last = _comma_closing(doc, last, sentence) - 1
    while last > noun and doc.tokens[last].text in (",", ")"):
        last -= 1
    if doc.word(prep) == "по" and lemma in lexicon.GROUND_NOUNS and not _set_off(doc, prep, last, sentence):
        return None  # `начать проверку по заявлению гражданина`: the complaint acted upon, no one's account
    span = _frame_content(doc, prep, last, sentence)
    if span is None:
        return None
    first, stop = span
    if first >= stop:
        return None
    start, end = doc.trim(doc.tokens[first].start, doc.tokens[stop - 1].end)
    if end <= start:
        return None
    cue_end = doc.tokens[max(match.tokens.get("view", noun), noun)].end  # `по словам`, `с точки зрения`
    return Candidate("indirect", start, end, (doc.tokens[prep].start, cue_end), None,
                     speaker=speaker, possessive=possessive, described=described,
                     frame=(doc.tokens[prep].start, doc.tokens[last].end), pattern="source")


def _comma_closing(doc: Doc, last: int, sentence: range) -> int:
    """The comma that closes a prepositional phrase of a few words right after a frame's last word, with no
    verb or quotation in it (`за 2013 год`, not `Со слов дипломата неясно, ...`); else the token after the
    frame's last word."""
    if last + 1 not in sentence or doc.tokens[last + 1].pos != "ADP":
        return last + 1
    for k in range(last + 1, min(last + 1 + _FRAME_TAIL, sentence.stop)):
        if doc.tokens[k].text == ",":
            return k
        if doc.tokens[k].pos in ("VERB", "AUX") or doc.is_punct(k) or doc.in_quotes(k):
            break
    return last + 1


def _named_in_frame(doc: Doc, noun: int, sentence: range) -> Optional[int]:
    """The first person or body named after a frame noun before the comma that closes the frame,
    in the genitive, whatever the parser made of the words between."""
    for k in range(noun + 1, sentence.stop):
        token = doc.tokens[k]
        if token.text in (",", ";", ":") or token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return None
        if token.feats.get("Case") == "Gen" and doc.tagged_at(token.start, ("PER", "ORG")):
            return k
    return None


def _set_off(doc: Doc, first: int, last: int, sentence: range) -> bool:
    """Does a phrase stand apart from its clause: opening the sentence or after a comma, bracket or dash, and
    closed by one or by the sentence's end (`По заявлению властей, никто не выжил`, `..., по заявлению
    компании, ...`)?"""
    opened = first == sentence.start or doc.word(first - 1) in (",", "(") or doc.is_dash(first - 1) \
        or doc.is_colon(first - 1)
    closed = last + 1 >= sentence.stop or doc.word(last + 1) in (",", ")", ".", "!", "?", "…") \
        or doc.is_dash(last + 1)
    return opened and closed


def _frame_end(doc: Doc, noun: int) -> int:
    """The last token of a frame noun's phrase: the last word of the run of its subtree from the noun
    on (not words past the content that the parser hung on it: `По словам представителя компании, в
    магазине будут ..., произведенные ...`), or, where a relative or participial clause follows it
    (`по словам представителей прокуратуры, которые приводит НТВ, ...`), the comma closing that
    clause which the parser hung on the noun; not a comma after the content's own subject (`По словам
    X, расследование ..., продолжается`), nor a phrase after a comma that the parser joined to the
    frame's words in another case (`Она, по словам ее основателя, детище сообщества`)."""
    subtree = doc.subtree(noun)
    inside = set(subtree) - {j for c in subtree if _joined_in_another_case(doc, c) for j in doc.subtree(c)}
    last = k = noun
    while k + 1 < len(doc.tokens) and (k + 1 in inside or doc.is_punct(k + 1)):
        k += 1
        if k in inside and not doc.is_punct(k):
            last = k
    if last + 2 < len(doc.tokens) and doc.word(last + 1) == "," and (
            doc.lemma(last + 2) == "который" or doc.tokens[last + 2].feats.get("VerbForm") == "Part"):
        last = max(last, max(subtree))
    return last


def _joined_in_another_case(doc: Doc, k: int) -> bool:
    """Is the word a conjunct after a comma in another case than the word it is joined to (`ее
    основателя, детище`: no second source, a clause's predicate)?"""
    token = doc.tokens[k]
    case, other = token.feats.get("Case"), doc.tokens[token.head].feats.get("Case")
    return token.rel == "conj" and doc.word(k - 1) == "," and case is not None and other is not None and case != other


def _names_a_ranking(doc: Doc, prep: int, noun: int) -> bool:
    """`чемпион мира по версии WBC в супертяжелом весе`: a frame phrase inside a noun phrase, not set
    off by a comma, names whose title or ranking it is; a source frame opens its clause or is set off
    (`По данным ФСБ, ...`, `Мониторинг, по ее словам, ведется ...`)."""
    head = doc.tokens[noun].head
    opens = prep == doc.sentence_range(prep).start or doc.tokens[prep - 1].text in (",", ":", "(", ";") \
        or doc.is_dash(prep - 1) or doc.tokens[prep - 1].pos in ("CCONJ", "SCONJ", "ADV")
    ranked = doc.lemma(noun) == "версия" and doc.tokens[prep - 1].pos in ("NOUN", "PROPN", "ADJ")  # `лучшим по версии`
    return not opens and (ranked or head >= 0 and doc.tokens[head].pos in ("NOUN", "PROPN"))


def request_frame(doc: Doc, match: Match) -> Optional[Candidate]:
    """`обратился в суд с просьбой отменить запрет`, `подал заявление с требованием вернуть долг`,
    `выступил с призывом к миру`, `выступил с заявлением о готовности к диалогу`: the subject of the
    verb that carries the request asks for (or states) what the noun's complement says."""
    prep, noun, content = match["prep"], match["noun"], match["content"]
    verb = _addressing_verb(doc, noun)
    if verb is None:
        return None
    who = subject(doc, verb)
    if who.head is None and who.possessive is None and not who.implicit:
        return None
    sentence = doc.sentence_range(noun)
    words = set(doc.subtree(content))
    words.update(k for c in doc.children[verb] if noun < c < verb and doc.tokens[c].rel == "obj"
                 for k in doc.subtree(c))  # `с предложением предоставить Де Ниро гражданство выступил X`: the
    # parser hung the infinitive's object on the verb (but `с просьбой отменить запрет в суд обратилась`: where)
    # what follows the noun, however the parser hung the rest; past words of the noun's own before it (`с просьбой
    # к президенту отменить`, `с просьбой по возможности воздержаться`)
    first = noun + 1 if noun + 1 in words or noun + 2 in words else min((k for k in words if k > noun),
                                                                         default=noun + 1)
    last = first
    while last + 1 in sentence and last + 1 in words:
        last += 1
    first = first + 1 if doc.word(first) in _ABOUT else first  # `с заявлением о готовности`: what it is about
    start, end = doc.trim(doc.tokens[first].start, doc.tokens[last].end)
    if end <= start:
        return None
    frame = _frame(doc, verb, who.head)
    return Candidate("indirect", start, end, (doc.tokens[prep].start, doc.tokens[noun].end), verb,
                     speaker=who.head, possessive=who.possessive, source=who.source if who.source != verb else None,
                     frame=(min(frame[0], doc.tokens[prep].start), max(frame[1], doc.tokens[noun].end)),
                     channel=channel(doc, verb, who.head), pattern="request")


def _addressing_verb(doc: Doc, noun: int) -> Optional[int]:
    """The verb of addressing a request noun hangs on, directly or through what carries it
    (`подал заявление с просьбой`)."""
    k = noun
    for _ in range(3):
        head = doc.tokens[k].head
        if head < 0:
            return None
        if doc.tokens[head].pos in ("VERB", "AUX"):
            return head if doc.lemma(head) in _ADDRESSING_VERBS else None
        if doc.tokens[head].pos != "NOUN":
            return None
        k = head
    return None


def _may_be_dative(word: str) -> bool:
    """Can the word be in the dative, or is it one the dictionary reads in no case (`Reuters`, `ФЗ-115`)?"""
    cases = morph.cases_of(word.lower())
    return not cases or "datv" in cases


def _is_source(doc: Doc, noun: int) -> bool:
    """`согласно палестинским источникам`, `согласно заключению Счетной палаты`, `согласно газете
    Süddeutsche Zeitung`, `согласно решению суда`: a source of information, not a rule (`согласно соглашениям`)
    or a relative (`согласно которой`)."""
    lemma = doc.lemma(noun)
    if lemma in lexicon.DOCUMENT_NOUNS or lemma in lexicon.SOURCE_NOUNS or lemma in lexicon.PRESS_NOUNS:
        return True
    if lemma in _COURT_ACTS and any(doc.tokens[c].rel == "nmod" and doc.lemma(c) in _COURT_NOUNS
                                    for c in doc.children[noun]):
        return True  # `согласно решению суда`: a court's ruling, a document its court speaks by
    token = doc.tokens[noun]
    named = doc.tagged_at(token.start, ("PER", "ORG"))
    return named or token.feats.get("Animacy") == "Anim"


def _frame_content(doc: Doc, first: int, last: int, sentence: range) -> Optional[tuple[int, int]]:
    """The content of a parenthetical frame occupying tokens first..last of the sentence: what
    follows it when it opens the clause or only a time comes before it, what precedes it when it
    closes the sentence, else the whole sentence (`Мостовой, по словам врача, прибыл здоровым`)."""
    start = _clause_start(doc, first, sentence)
    after_start = last + 1
    while after_start in sentence:  # past commas, brackets and a relay set off after the frame (`По его словам,
        if doc.tokens[after_start].text in (",", ")"):  # сообщает "Интерфакс", C`)
            after_start += 1
        elif doc.word(after_start - 1) == "," and (relay := _relay_aside(doc, after_start, sentence)) is not None:
            after_start = relay + 1
        else:
            break
    after = [k for k in range(after_start, sentence.stop) if not doc.is_punct(k)]
    if after:  # `..., а опробовать ее, по данным TJ, сможет ...`: a frame inside a clause joined on
        start = _joined_clause_start(doc, start, first)
    stop = _relative_clause_stop(doc, start, after_start, sentence)
    after = [k for k in after if k < stop]
    before = [k for k in range(start, first) if not doc.is_punct(k) and not _in_relay_aside(doc, k, start, sentence)]
    if len(after) > 1 and doc.word(after[0]) in ("и", "а") and doc.tokens[after[1]].pos == "VERB" and not any(
            doc.tokens[c].rel.startswith("nsubj") for c in doc.children[after[1]]):
        after = []  # `C, заявил он и пояснил, что ...`: the attribution goes on, C is before it
    if after and all(doc.word(k) in lexicon.CONNECTORS for k in before):  # `Тем не менее, по данным X, C`
        return after_start, stop
    if after and (_lead_in(doc, before) or _relay(doc, before)):  # `В пятницу, отмечает агентство, C`: when
        return after_start, stop  # is not what was said; nor is `Как передает ИТАР-ТАСС, по прогнозам X, C`
    if not after:
        k = first - 1
        while k >= start and doc.is_punct(k) and not _closes_bracket(doc, start, k):
            k -= 1
        content = any(doc.word(j) not in lexicon.CONNECTORS for j in before)  # not `Кроме того, ...`
        return (start, k + 1) if content else None
    joint = first - 1
    while joint >= start and doc.tokens[joint].text == ",":
        joint -= 1
    if joint >= start and doc.word(joint) in ("и", "а", "но", "однако"):
        return after_start, stop
    return start, stop


def _relative_clause_stop(doc: Doc, start: int, after_start: int, sentence: range) -> int:
    """Where the content of a frame inside a relative clause ends (`Очерхаджи, которого, по словам
    человека с видеозаписи, было приказано убить, заявил ...`): at the first comma after a verb of its
    own (finite, or a short participle), where the clause the relative one hangs in goes on with its
    finite verb; else at the sentence's end."""
    pronoun = start + 1 if doc.tokens[start].pos == "ADP" else start  # `, в котором`
    if pronoun not in sentence or doc.lemma(pronoun) != "который" and doc.word(pronoun) not in _RELATIVE_ADVERBS:
        return sentence.stop
    for k in range(after_start, sentence.stop - 1):
        if doc.tokens[k].text == "," and doc.quote_around(doc.tokens[k].start) is None and finite(doc, k + 1) \
                and any(finite(doc, j) or doc.tokens[j].feats.get("Variant") == "Short" for j in range(after_start, k)):
            return k
    return sentence.stop


def _joined_clause_start(doc: Doc, start: int, first: int) -> int:
    """Where the last clause joined on by a comma and a conjunction (`, а`, `, но`, `, так как`) before
    a frame at `first` begins, after its conjunction, if one does (not at the frame: `, но по словам
    X, C` is read by the frame), or at its relative pronoun (`подозреваемого, который, по данным
    следствия, действовал ...`); else `start`."""
    for k in range(first - 2, start, -1):
        if doc.tokens[k].text != ",":
            continue
        relative = k + 2 if doc.tokens[k + 1].pos == "ADP" else k + 1  # `, в котором`
        if relative < first and (doc.lemma(relative) == "который" or doc.word(relative) in _RELATIVE_ADVERBS):
            return k + 1  # (`на границе, где, по данным Вашингтона, происходит передача оружия`)
        for phrase in _CLAUSE_JOINTS:
            after = k + 1 + len(phrase)
            if after < first and _written_at(doc, k + 1, phrase):
                return after
    return start


def _written_at(doc: Doc, start: int, phrase: list[str]) -> bool:
    """Are the words from `start` on those of the phrase (`так как`, `, а`)?"""
    return start >= 0 and [doc.word(j) for j in range(start, start + len(phrase))] == phrase


def _closes_bracket(doc: Doc, start: int, k: int) -> bool:
    """`... порт Блав (Новая Зеландия), сообщили`: a closing bracket whose opening one is in the content."""
    return doc.tokens[k].text == ")" and any(doc.tokens[j].text == "(" for j in range(start, k))


def _lead_in(doc: Doc, before: list[int]) -> bool:
    """Words before a frame that only say when (`В пятницу`, `Накануне вечером`, `12 марта`, `В то же
    время`, `В этот день`): time nouns and adverbs, numbers, prepositions, determiners, particles;
    anything else there is part of what was said."""
    return bool(before) and all(doc.tokens[k].pos in ("ADP", "ADV", "NUM", "ADJ", "DET", "PART")
                                or doc.lemma(k) in lexicon.TIME_NOUNS for k in before) \
        and any(doc.tokens[k].pos not in ("DET", "PART") for k in before)


def _relay(doc: Doc, before: list[int]) -> bool:
    """Words before a frame that are a `как` clause of saying (`Как передает ИТАР-ТАСС`, `как сообщили в
    МВД`): who passes the frame's words on, not part of them."""
    return bool(before) and doc.word(before[0]) == "как" \
        and any(finite(doc, k) and doc.lemma(k) in lexicon.SPEECH_VERBS for k in before)


def _relay_aside(doc: Doc, k: int, sentence: range) -> Optional[int]:
    """The comma closing a relay set off at `k` (`передает "АК&М",`, `как сообщает "Интерфакс",`): a verb of
    saying, finite, then its subject, someone or a body in the nominative, with no other verb before the comma
    (not `свидетельствуют события в Грузии,`: a thing shows what follows); else None."""
    verb = k + 1 if doc.word(k) == "как" else k
    if verb not in sentence or doc.lemma(verb) not in lexicon.SPEECH_VERBS or not (
            finite(doc, verb) and is_cue(doc, verb)):
        return None
    speaker = False
    for j in range(verb + 1, sentence.stop):
        if doc.word(j) == "," and doc.quote_around(doc.tokens[j].start) is None:
            return j if speaker else None
        if doc.tokens[j].pos in ("VERB", "AUX") or doc.tokens[j].text in (";", ":") or doc.is_dash(j):
            return None
        speaker = speaker or doc.tokens[j].feats.get("Case") == "Nom" and someone_or_a_body(doc, j)
    return None


def _in_relay_aside(doc: Doc, k: int, start: int, sentence: range) -> bool:
    """Is token `k` in a relay set off by commas before a frame (`Вместе с тем, передает "АК&М", по мнению ЦБ,
    C`)?"""
    opening = next((j for j in range(k, start - 1, -1) if doc.word(j) == ","), None)
    close = _relay_aside(doc, opening + 1, sentence) if opening is not None else None
    return close is not None and k < close


def _clause_start(doc: Doc, first: int, sentence: range) -> int:
    """Where the clause holding a frame at `first` begins: after the dateline, a `что` that opens a
    clause, a colon or a semicolon before it, else at the sentence's start (a purpose, `..., чтобы
    их не поймали, отмечают X`, belongs to the clause before it). Not after a `что` that
    stands for what was said before it (`..., что может улучшить экологию, считает X`) or that
    goes with `тому` (`способствовала бы тому, что ...`): the clause runs on before them; but after
    `О том, что` opening the sentence (`О том, что ..., сообщил X`): what was reported; nor inside a quotation
    the clause holds, which gives the speaker's own words."""
    start = sentence.start
    while start < first and doc.tokens[start].end <= doc.dateline_end:
        start += 1
    for k in range(first - 1, start - 1, -1):
        quoted = doc.quote_around(doc.tokens[k].start)
        if quoted is not None and doc.tokens[start].start <= quoted.open and quoted.close < doc.tokens[first].start:
            continue  # `Позиция Киева «четкая - Украина считает, что ...», подчеркнул министр`: the speaker's words
        if doc.word(k) == "что" and doc.tokens[k].pos != "PRON" and (
                not (doc.word(k - 1) == "," and doc.word(k - 2) in _CORRELATIVES)
                or k - 3 == start and doc.word(start) in _ABOUT and doc.word(k - 2) == "том"):
            return k + 1
        if doc.tokens[k].text == ";" or doc.is_colon(k):
            return k + 1
    return start


HANDLERS = {"source_frame": source_frame, "request_frame": request_frame, "as_frame": as_frame, "forward": forward,
            "backward": backward, "such_view": such_view, "words_that": words_that,
            "participle_clause": participle_clause, "seeming": seeming}
