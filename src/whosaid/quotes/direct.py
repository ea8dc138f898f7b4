"""Direct speech: quotations and dialogue lines with the attribution that makes them statements.

    «...», — сказал X.          attribution after the quotation (a dash, or a comma alone)
    «Часть 1, — сказал X, — часть 2».   attribution inside: one statement, the whole quotation
                                        (also `«Часть 1, — сказал X. Часть 2»`)
    X заявил: «...».  X: «...»   attribution before, ending with a colon (a bare name in headlines,
    X о Y: «...»  Блог X: «...»  a name with what or where it spoke, a blog), also with the quotation
                                 in the next paragraph
    произнес фразу «...»         a quotation after a noun of words: the words of the verb's subject
    — ..., — добавила она.       a paragraph that opens with a dialogue dash
    Имя Фамилия (роль): ...      interview and oral-history labels, and the paragraphs they go on into
    — ...? ⏎ — ...               the answers of a question-and-answer interview

A quotation with none of these is not a statement here (a name, a title, scare quotes); the
indirect patterns may still take it into their content.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import Iterator, Optional

from .attribution import (Subject, bare_name, channel, finite, frames_quotation, mention_span, nominative_after,
                          place_that_speaks, preposition, relayed_by_outlet, someone, subject)
from .classify import TITLE_NOUNS, is_speech
from .document import Candidate, Doc, Spans
from .. import morph
from ..lexicon import table, words
from . import lexicon
from ..marks import AMBIGUOUS, DASHES, MARKS, OPENING, Quoted
from ..model import Span

_WORDS_SAID = 3  # the fewest words a quotation after someone's deed and a colon has to be their words, not a name
_LEADING_SKIP = 4  # words allowed before the cue in an attribution (`- в свою очередь заявил`)
_ATTRIBUTION_PUNCT = {",", ".", "!", "?", "…"}
_LABEL_WORDS = 12  # how far into a paragraph a speaker's label (`Имя Фамилия (роль):`) may end
_OTHER_LABEL_WORDS = 3  # the most words of a label naming no person (`Корреспондент:`, `Вопрос:`)
_INTERVIEW_LABELS = table("interview_labels")
_CLAUSE_WORDS = 12  # how far an attribution that points back (`— так X прокомментировал`) may put its cue
_POINTING = {"такими", "этими"}
_SPEAKING_VERBS = lexicon.FLOOR_VERBS | lexicon.SPEECH_VERBS
_BLOG_NOUNS = words("blog_nouns")
_BLOG_WORDS = 4  # a blog noun and its name (`Сообщество "Пора валить"`)
_INTERVIEW_WORDS = words("interview_words")
_ASKED_TURNS = 2  # the fewest questions with answers under them that make an interview of bare paragraphs


def candidates(doc: Doc) -> Iterator[Candidate]:
    frames: list[tuple[int, int]] = []  # sorted
    longest = 0  # frames starting further back than this cannot hold the quotation's opening
    listing: Optional[Candidate] = None  # a quotation after a colon, which the next ones in a list go on
    for quote in doc.quotes:
        reach = frames[bisect_left(frames, (quote.open - longest,)):bisect_left(frames, (quote.open + 1,))]
        if quote.depth > 0 or any(quote.open < end for _, end in reach):
            continue  # nested, or a name in an attribution (`— пишет X в "Живом журнале"`)
        after = after_quote(doc, quote)
        found: Optional[Candidate]
        if after is not None and relayed_by_outlet(doc, after):  # `X отметил: «...», передает ТАСС`
            found = inside_quote(doc, quote) or before_quote(doc, quote) or after
        elif after is not None and _gerund(doc, after):  # `X подчеркнул: «...», добавив, что ...`: X's words
            found = before_quote(doc, quote) or after
        else:
            found = after or inside_quote(doc, quote) or before_quote(doc, quote) or _named_after_colon(doc, quote) \
                or _words_named_before(doc, quote)
        if found is None and listing is not None and _listed_after(doc, listing, quote):
            found = Candidate("direct", *doc.trim(quote.inner_start, quote.inner_end), None, None,
                              frame=(quote.open, quote.open), quoted=quote, pattern="listed", continues=listing)
        listing = found if found is not None and found.pattern in ("colon", "listed", "named-words") else None
        if found is not None:
            insort(frames, found.frame)
            longest = max(longest, found.frame[1] - found.frame[0])
            yield found
    for region in doc.regions:
        if doc.text[region.start] in DASHES:
            found = dialogue_line(doc, region.start, region.end)
            if found is not None:
                yield found


def _named_after_colon(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`«Не видать мне казино»: Кадыров узнал о санкциях`, `«Мы не уйдем»: Иванов о переговорах`: a
    paragraph (a headline, mostly) that opens with a quotation, then a colon and the name of who said
    it, in the nominative."""
    region = doc.region_of(quote.open)
    k = doc.first_token_after(quote.close + 1)
    if region is None or doc.text[region.start:quote.open].strip() or k is None or not doc.is_colon(k) \
            or k + 1 >= len(doc.tokens) or len(doc.text[quote.inner_start:quote.inner_end].split()) < _WORDS_SAID:
        return None  # not a team's line-up (`«Интер»: Жулио Сезар, ...`)
    name = doc.tokens[k + 1]
    if not doc.tagged_at(name.start, ("PER",)) or name.feats.get("Case") not in (None, "Nom") \
            or not morph.may_be_nominative(name.text):
        return None
    return _make(doc, quote.inner_start, quote.inner_end, None, (quote.close, doc.tokens[k].end), "quoted-name",
                 quote, speaker=k + 1)


def _words_named_before(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`произнес фразу «...»`, `скандировали лозунги «...» и «...»`, `обратился к ним со словами «...»`: a
    quotation right after a noun of words is what the subject of the verb the noun hangs on said,
    when the verb utters them (a cue) or the words go with its act (`со словами`); not when it names
    or judges them (`назвал фразу «...» глупой`)."""
    mark = doc.first_token_after(quote.open)
    noun = mark - 1 if mark else None
    if noun is None or doc.lemma(noun) not in lexicon.QUOTING_NOUNS \
            or doc.text[doc.tokens[noun].end:quote.open].strip():
        return None
    verb = doc.tokens[noun].head
    if verb < 0 or doc.tokens[verb].pos != "VERB" or doc.lemma(verb) in lexicon.PREDICATIVE:
        return None
    words = doc.text[quote.inner_start:quote.inner_end].rstrip()
    if not is_speech(doc, quote) and words[-1:] not in ("!", "?", "."):
        return None  # a name (`высказал мнение «Новым известиям»`, `слово «Hello»`), not a cry (`«Свобода!»`)
    with_words = doc.tokens[noun].rel == "obl" and preposition(doc, noun) in ("с", "со")
    if not (doc.tokens[noun].rel == "obj" and frames_quotation(doc, verb) or with_words):
        return None
    return _make(doc, quote.inner_start, quote.inner_end, verb, (doc.tokens[noun].start, quote.open), "named-words",
                 quote)


def _listed_after(doc: Doc, listed: Candidate, quote: Quoted) -> bool:
    """`скандировали: «Позор!», «В отставку!»`: a quotation of the same sentence right after a listed
    one, with a comma, a semicolon or `и` between them, is one more thing said; so is one the sentence
    splitter put in the next sentence, after a semicolon or a listed one that ends with its own stop
    (`отмечают: «Молодцы!»; «Мы верим в победу»`)."""
    before = listed.quoted
    between = doc.text[before.close + 1:quote.open] if before is not None else ""
    if before is None or between.strip(" ,;") not in ("", "и", "или", "а также") \
            or min(len(doc.text[q.inner_start:q.inner_end].split()) for q in (before, quote)) < 2:
        return False  # not a list of titles (`назвал фильмы: «Брат», «Сестры»`)
    first, second = doc.token_at(before.close), doc.first_token_after(quote.open)
    if first is None or second is None:
        return False
    stopped = ";" in between or doc.text[before.inner_start:before.inner_end].rstrip()[-1:] in ("!", "?", "…", ".")
    return doc.tokens[second].sentence - doc.tokens[first].sentence <= stopped


def _gerund(doc: Doc, found: Candidate) -> bool:
    """Is the cue a gerund (`добавив`), which goes on with the clause before the quotation?"""
    return found.cue_token is not None and doc.tokens[found.cue_token].feats.get("VerbForm") == "Conv"


def continuations(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A paragraph that is one quotation and nothing else, right after a paragraph that holds a
    statement, goes on with that statement's speaker: a quotation that runs over several
    paragraphs, the quoted blocks of a blog post after the line that names its author. Not when the
    next paragraph names its speaker (`«...»⏎⏎Так в МИД прокомментировали инцидент.`). So does a
    quotation that makes a whole sentence, in the sentence after a statement (`Он заявил, что ... «...»`,
    also the first sentence of the next paragraph), unless the rest of its paragraph names its speaker.
    Either goes on so over the journalist's aside between two quotations (`_quoted_across`), and, after a
    sentence where someone takes the floor, gives their words (`_took_the_floor`)."""
    regions = sorted(doc.regions, key=lambda r: r.start)
    taken = {id(c.quoted) for c in found if c.quoted is not None}
    anaphoric = Spans(c for c in found if c.pattern == "anaphoric")
    statements = Spans(c for c in found if c.pattern != "headline")
    out: list[Candidate] = []

    def go_on(quote: Quoted, previous: list[Candidate]) -> None:
        own = [c for c in previous if not _relays_one_of(doc, c, previous)]  # not `«...», — заявил X, передает ТАСС`
        if own:
            out.append(Candidate("direct", *doc.trim(quote.inner_start, quote.inner_end), None, None,
                                 frame=(quote.open, quote.open), quoted=quote, pattern="continued",
                                 continues=max(own, key=lambda c: c.start)))
        elif (floor := _took_the_floor(doc, quote)) is not None:  # `Министр выступил на форуме.⏎⏎«...»`
            out.append(floor)
        else:
            return
        statements.add(out[-1])

    for earlier, before, region in zip([None, None, *regions], [None, *regions], regions):
        for sentence in _sentence_quotations(doc, region):
            if id(sentence) in taken or statements.overlapping(sentence.open, sentence.close) \
                    or anaphoric.framed(sentence.close, region.end):
                continue
            start = (before or region).start
            said = [c for c in statements.overlapping(start, sentence.open) if c.end <= sentence.open]
            if said and _sentence_before(doc, max(said, key=lambda c: c.start), sentence):
                go_on(sentence, said)
            elif not said and sentence.open == region.start:
                go_on(sentence, _quoted_across(doc, statements, earlier, before))
            else:
                go_on(sentence, [])
    for earlier, before, region, after in zip([None, *regions], regions, regions[1:], regions[2:] + [None]):
        quote = _whole_paragraph(doc, region)
        if quote is None or id(quote) in taken or (after is not None and anaphoric.framed(after.start, after.end)):
            continue
        go_on(quote, statements.overlapping(before.start, before.end)
              or _quoted_across(doc, statements, earlier, before))
    return out


def _quoted_across(doc: Doc, statements: Spans, earlier: Optional[Span], aside: Optional[Span]) -> list[Candidate]:
    """The quotations of the paragraph before an aside of the journalist's: a paragraph of one sentence, with
    no quotation and no one named or referred to (`Занимать за границей Россия сможет не раньше, чем через три
    года.`), between two quotations of one speaker, which the second goes on with."""
    if earlier is None or aside is None:
        return []
    tokens = doc.analysis.tokens_in(aside.start, aside.end)
    if not tokens or len({doc.tokens[k].sentence for k in tokens}) != 1 \
            or doc.analysis.outer_quotes_within(aside.start, aside.end) \
            or any(doc.tagged_at(doc.tokens[k].start, ("PER",)) or doc.tokens[k].pos == "PRON" for k in tokens):
        return []
    return [c for c in statements.overlapping(earlier.start, earlier.end) if c.quoted is not None]


def _relays_one_of(doc: Doc, c: Candidate, others: list[Candidate]) -> bool:
    """Is c an outlet passing on one of the others, whose attribution is inside c's content (QUOTES.md,
    relays)?"""
    return relayed_by_outlet(doc, c) and any(o is not c and c.start <= o.frame[0] < c.end for o in others)


def _took_the_floor(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`С речью к разведчикам обратился министр Сергей Иванов. «Я поздравляю вас ...»`, `Об этом заявил
    президент. «...»`: the sentence before the quotation's has someone take the floor, or speak with no
    content of their own; the quotation gives their words."""
    opening = doc.first_token_after(quote.open)
    if opening is None or opening == 0:
        return None
    before = doc.sentence_range(opening - 1)
    if before.stop > opening:
        return None
    for k in before:
        if doc.lemma(k) in _SPEAKING_VERBS and doc.tokens[k].feats.get("VerbForm") == "Fin" and not doc.in_quotes(k):
            found = subject(doc, k)
            if found.head is not None and someone(doc, found.head) and doc.tokens[found.head].pos != "PRON":
                return _make(doc, quote.inner_start, quote.inner_end, k, (quote.open, quote.open), "floor", quote)
    return None


def _sentence_quotations(doc: Doc, region: Span) -> list[Quoted]:
    """`Он заявил, что принят пакет законов. «Мне кажется, что ...»`, `«...», — говорит X. «У меня не было
    выбора». В глазах ...`, `«...», — говорится в письме. — «...»`: the quotations of some words that
    make a whole sentence inside the paragraph, after its first sentence, also when the next sentence
    is one more quotation (`«...». «...»`); or its first sentence, when more follow (a paragraph that
    is one quotation is `_whole_paragraph`)."""
    text = doc.text
    found = []
    for quote in doc.analysis.outer_quotes_within(region.start, region.end):
        before = text[region.start:quote.open].rstrip(DASHES + " ")
        rest = text[quote.close + 1:region.end].lstrip(".!?…")
        opening = rest.strip().lstrip(OPENING + AMBIGUOUS)  # the next sentence, or the quotation it is
        if (before[-1:] in (".", "!", "?", "…") and quote.open > region.start
                or not before and rest.strip() and not _mark_unpaired(doc, region)) \
                and (not rest.strip() or rest[:1].isspace() and opening[:1].isupper()) \
                and len(text[quote.inner_start:quote.inner_end].split()) >= _WORDS_SAID:
            found.append(quote)
    return found


def _mark_unpaired(doc: Doc, region: Span) -> bool:
    """Does a quotation mark of the paragraph pair with none (`"«Цитата». Текст", - пишет X`: its first
    mark opened a quotation of the whole paragraph, not of its first sentence)?"""
    marks = sum(doc.text.count(mark, region.start, region.end) for mark in MARKS)
    return marks != 2 * sum(1 for q in doc.quotes if region.start <= q.open and q.close < region.end)


def _sentence_before(doc: Doc, statement: Candidate, quote: Quoted) -> bool:
    """Does the statement end in the sentence right before the quotation's?"""
    said, opening = doc.token_at(statement.end - 1), doc.first_token_after(quote.open)
    return said is not None and opening is not None and \
        doc.tokens[opening].sentence - doc.tokens[said].sentence == 1


def interviews(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Interviews and oral histories (QUOTES.md): a paragraph a person's name opens as a label
    (`Аннабель Джонс (продюсер): ...`) is that person's words, and so are the paragraphs between it
    and the next label; in a question-and-answer interview (`— ...?` then `— ...`), each answer is
    the words of the one interviewed (whoever spoke or was named last)."""
    regions = [r for r in sorted(doc.regions, key=lambda r: r.start) if r is not doc.article.title]
    own = Spans(c for c in found if c.type == "direct" or _named_speaker(doc, c))  # not `многие из них рассказывали`
    taken = {id(r) for r in regions if own.starting(r.start, r.end) or own.framed(r.start, r.end)}
    out: list[Candidate] = []
    labelled: list[tuple[int, Candidate]] = []
    for n, region in enumerate(regions):
        if id(region) in taken:
            continue
        label = _speaker_label(doc, region)
        if label is not None:
            labelled.append((n, label))
            out.append(label)
    for (n, label), (after, _) in zip(labelled, labelled[1:]):
        for region in regions[n + 1:after]:
            if _labelled(doc, region):
                break  # another's turn (`Корреспондент: ...?`): the labelled one's words end
            start, end = doc.trim(region.start, region.end)
            if id(region) not in taken and end > start:
                out.append(Candidate("direct", start, end, None, None, frame=(region.start, region.start),
                                     pattern="interview", continues=label))
    for question, answer in zip(regions, regions[1:]):
        if id(answer) in taken or id(question) in taken:
            continue
        asked, answered = _interview_turn(doc, question), _interview_turn(doc, answer)
        if asked is None or answered is None or asked[0] == "answer" or answered[0] == "question":
            continue
        if _asks(doc, question) and not _asks(doc, answer):
            start, end = doc.trim(answered[1], answer.end)
            out.append(Candidate("direct", start, end, None, None, frame=(answer.start, answered[1]),
                                 pattern="answer"))
    return out + _answers_under_questions(doc, regions, taken)


def _answers_under_questions(doc: Doc, regions: list[Span], taken: set[int]) -> list[Candidate]:
    """An interview written as bare paragraphs (its questions set in bold, lost to plain text): in an article
    that says it is an interview, each paragraph that asks is the interviewer's, and the paragraphs after it,
    up to the next one that asks, are the answers of the one interviewed."""
    body = [r for r in regions if r is not doc.article.lead]
    if not body or not _told_as_interview(doc, body[0]):
        return []
    asked = [n for n, r in enumerate(body) if _asks(doc, r) and _interview_turn(doc, r) is None]
    answers = [[r for r in body[n + 1:stop] if id(r) not in taken and not _asks(doc, r)
                and _interview_turn(doc, r) is None]
               for n, stop in zip(asked, asked[1:] + [len(body)])]
    if sum(1 for under in answers if under) < _ASKED_TURNS:
        return []
    out = []
    for under in answers:
        for region in under:
            start, end = doc.trim(region.start, region.end)
            if end > start:
                out.append(Candidate("direct", start, end, None, None, frame=(region.start, region.start),
                                     pattern="answer"))
    return out


def _told_as_interview(doc: Doc, first: Span) -> bool:
    """Does the title, the lead or the first paragraph say the article is an interview (`в интервью ТАСС`,
    `ответил на вопросы «Известий»`)?"""
    told = [k for r in (doc.article.title, doc.article.lead, first) if r is not None
            for k in doc.analysis.tokens_in(r.start, r.end)]
    return any(doc.analysis.has_lemma(k, _INTERVIEW_WORDS) or doc.lemma(k) == "ответить"
               and [doc.word(j) for j in range(k + 1, k + 3) if j < len(doc.tokens)] == ["на", "вопросы"]
               for k in told)


def _interview_turn(doc: Doc, region: Span) -> Optional[tuple[str, int]]:
    """A turn of a question-and-answer interview: a paragraph opened by a dialogue dash (`dash`) or a
    label (`Вопрос:`, `Ответ:`), and where its words start; None for any other paragraph."""
    if _dashed(doc, region):
        return "dash", region.start + 1
    words = doc.analysis.tokens_in(region.start, region.end)
    if len(words) > 1 and doc.tokens[words.start + 1].text == ":":
        turn = _INTERVIEW_LABELS.get(doc.word(words.start))
        if turn is not None:
            return turn, doc.tokens[words.start + 1].end
    return None


def _named_speaker(doc: Doc, c: Candidate) -> bool:
    return c.speaker is not None and bool(doc.analysis.name_at) and doc.analysis.name_at[c.speaker] is not None


def _speaker_label(doc: Doc, region: Span) -> Optional[Candidate]:
    """`Имя Фамилия (роль): текст`, `Роль Имя Фамилия: текст` opening a paragraph: the statement after
    the colon."""
    words = doc.analysis.tokens_in(region.start, region.end)
    colon = next((k for k in words[:_LABEL_WORDS] if doc.tokens[k].text == ":"), None)
    if colon is None:
        return None
    lead, depth = [], 0
    for k in range(words.start, colon):
        text = doc.tokens[k].text
        depth += (text == "(") - (text == ")")
        if depth == 0 and text != ")":
            lead.append(k)
    name = doc.analysis.name_at[lead[-1]] if lead and doc.analysis.name_at else None
    if name is None or name.type != "PER":
        return None
    first = next(k for k in lead if doc.analysis.name_at[k] is name)
    if any(doc.analysis.name_at[k] is not name for k in lead if k >= first) or any(
            doc.tokens[k].pos not in ("NOUN", "ADJ") for k in lead if k < first):
        return None  # the name, with the words of a role before it (`Актриса Анна Иванова:`)
    start, end = doc.trim(doc.tokens[colon].end, region.end)
    if end <= start:
        return None
    return Candidate("direct", start, end, None, None, speaker=first, frame=(region.start, doc.tokens[colon].end),
                     pattern="label")


def _labelled(doc: Doc, region: Span) -> bool:
    """Does a label of any kind open the paragraph: a few capitalised nouns before a colon (`Корреспондент:`,
    `Вопрос:`, `РБК:`)?"""
    words = doc.analysis.tokens_in(region.start, region.end)
    colon = next((k for k in words[:_OTHER_LABEL_WORDS + 1] if doc.tokens[k].text == ":"), None)
    return colon is not None and colon > words.start and doc.tokens[words.start].text[:1].isupper() and all(
        doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ") for k in range(words.start, colon))


def _dashed(doc: Doc, region: Span) -> bool:
    return doc.text[region.start] in DASHES


def _asks(doc: Doc, region: Span) -> bool:
    return doc.text[doc.trim(region.start, region.end)[1] - 1] == "?"


def _whole_paragraph(doc: Doc, region: Span) -> Optional[Quoted]:
    """The quotation that opens the paragraph and ends its last paragraph (a final stop after it
    allowed), or None."""
    text = doc.text
    quote = doc.quote_around(region.start + 1)
    if quote is None or quote.open != region.start:
        return None
    last = doc.region_of(quote.close)
    return quote if last is not None and not text[quote.close + 1:last.end].strip(" .!?…\r\n") else None


def attribution_at(doc: Doc, first: int, limit: int, lead: int = _LEADING_SKIP) -> Optional[tuple[int, int]]:
    """A cue among the first `lead` words from token `first` (a clause that attributes a quotation):
    (cue token, last token of the attribution clause), or None. The clause ends at the end of the
    sentence or where the quotation resumes (`, — `)."""
    tokens = doc.tokens
    cue = None
    for k in range(first, min(first + lead, limit)):
        if frames_quotation(doc, k):
            cue = k
            break
        if tokens[k].pos == "PUNCT" and tokens[k].text != ",":
            return None
    if cue is None:
        return None
    return cue, _clause_end(doc, cue, limit)


def _clause_end(doc: Doc, cue: int, limit: int) -> int:
    """The last token of the attribution clause of a cue: the end of the sentence, where the
    quotation resumes (`, — `), or where a clause joined by `, и` (`, а`, `, но`) begins (`- сообщают в
    ведомстве, и это пока единственная информация`)."""
    tokens = doc.tokens
    last = cue
    k = cue + 1
    while k < limit and tokens[k].sentence == tokens[cue].sentence:
        text = tokens[k].text
        if (text in (".", "!", "?", "…", ";") and not doc.inside_word(k) and not _after_initial(doc, k)) or (
                doc.is_dash(k) and tokens[k - 1].text in _ATTRIBUTION_PUNCT) or (
                text == "," and k + 1 < limit and doc.word(k + 1) in ("и", "а", "но", "однако")):
            break
        last = k
        k += 1
    while last > cue and tokens[last].text in (",", ".", ":"):
        last -= 1
    return last


def _inverted_verb(doc: Doc, k: int, limit: int) -> Optional[tuple[int, int]]:
    """`«...», — огорчался Уэйт`, `— возмущен отец мальчика`: right after a quotation and its dash, a
    verb of any meaning (or a short adjective) with its subject after it attributes the quotation,
    as the order of the words there is the one of saying: (verb, last token of the clause), or None."""
    tokens = doc.tokens
    token = tokens[k] if k < limit else None
    if token is None or token.feats.get("Person") in ("1", "2"):
        return None
    if not (token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"
            or token.pos in ("ADJ", "VERB") and token.feats.get("Variant") == "Short"):
        return None
    doer = next((c for c in doc.children[k] if tokens[c].rel.startswith("nsubj") and c > k
                 and tokens[c].pos in ("NOUN", "PROPN", "PRON") and tokens[c].feats.get("Case") == "Nom"), None)
    if doer is None:  # the parser hung the subject elsewhere (`отшутилась госпожа Тимошенко`)
        doer = nominative_after(doc, k, limit)
    if doer is None:
        return None
    return k, _clause_end(doc, k, limit)


def _set_off(doc: Doc, quote: Quoted, dash: int) -> bool:
    """Is the quotation before a dash set off as someone's words: a few words, ending with its own
    stop or followed by a comma (`«...», — огорчался X`, `«...!» — ...`), not a title or a phrase the
    dash goes on explaining (`о «взлете на три миллиона» — его замучили знакомые`)?"""
    inner = doc.text[quote.inner_start:quote.inner_end].rstrip()
    return len(inner.split()) >= _WORDS_SAID and (
        inner[-1:] in "!?…." or any(doc.tokens[j].text == "," for j in range(dash - 2, dash)))


def _verb_after_its_lead(doc: Doc, k: int, limit: int) -> Optional[int]:
    """`«...», — в своей прямой манере заявил X`, `— не стеснялся в выражениях X`: the first verb
    after a quotation's dash when all the words before it are its own (a negation, an adverbial),
    however many, and none is its subject; or None."""
    tokens = doc.tokens
    for v in range(k, min(k + _CLAUSE_WORDS, limit)):
        token = tokens[v]
        feats = token.feats
        if feats.get("VerbForm") == "Fin" and token.pos in ("VERB", "AUX") or feats.get("Variant") == "Short":
            lead = range(k, v)
            if all(doc.analysis.dominates(v, j) and not tokens[j].rel.startswith("nsubj") for j in lead):
                return v
            return None
        if token.pos == "PUNCT" and token.text != ",":
            return None
    return None


def _subject_first(doc: Doc, k: int, limit: int) -> Optional[tuple[int, int]]:
    """`«...», — министр внутренних дел Иван Петров заявил журналистам`, `— позднее глава ведомства
    пояснил`: after a quotation's dash, the speaker's phrase, however long, then the cue: (cue, last
    token of the clause), or None."""
    found = attribution_at(doc, k, limit, _CLAUSE_WORDS)
    if found is None:
        return None
    head = subject(doc, found[0]).head
    return found if head is not None and k <= head < found[0] else None


def _after_initial(doc: Doc, k: int) -> bool:
    """Is token k the full stop of an initial inside a name (`Томас М. Савини`)?"""
    tokens = doc.tokens
    before = tokens[k - 1].text if k > 0 else ""
    return (tokens[k].text == "." and len(before) == 1 and before.isupper() and k + 1 < len(tokens)
            and tokens[k + 1].pos == "PROPN" and tokens[k + 1].sentence == tokens[k].sentence)


def _make(doc: Doc, quote_start: int, quote_end: int, cue: Optional[int], frame: tuple[int, int],
          pattern: str, quoted: Optional[Quoted] = None, speaker: Optional[int] = None,
          clause: Optional[range] = None) -> Optional[Candidate]:
    start, end = doc.trim(quote_start, quote_end)
    if end <= start:
        return None
    found = subject(doc, cue, clause) if cue is not None else Subject(speaker)
    if found.head is None and found.possessive is None and not found.implicit:
        return None
    if found.head is not None and (doc.tokens[found.head].head == cue or (clause is not None and found.head in clause)):
        mention = mention_span(doc, found.head)
        frame = (min(frame[0], mention[0]), max(frame[1], mention[1]))
    cue_span = (doc.tokens[cue].start, doc.tokens[cue].end) if cue is not None else None
    return Candidate("direct", start, end, cue_span, cue, speaker=found.head, possessive=found.possessive,
                     frame=frame, channel=channel(doc, cue, found.head) if cue is not None else None,
                     quoted=quoted, pattern=pattern)


def after_quote(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`«...», — сказал X` and `"...", сказал X` (with no dash, the cue comes first)."""
    region = doc.region_of(quote.close)
    k = doc.first_token_after(quote.close + 1)
    if region is None or k is None or _named_by_acronym(doc, quote) or _only_a_name(doc, quote):
        return None
    limit = doc.analysis.tokens_in(region.start, region.end).stop
    dash = None
    while k < limit and doc.tokens[k].text in _ATTRIBUTION_PUNCT:
        k += 1
    if k < limit and doc.is_dash(k):
        dash = k
        k += 1
    elif k == 0 or doc.tokens[k - 1].text != "," or not _opens_clause(doc, quote):
        return None  # `комплекса "Москва-сити", пишут "Ведомости"`: a name inside what is reported
    lead = 1 if dash is None else _CLAUSE_WORDS if _points_back(doc, k) else _LEADING_SKIP
    found = attribution_at(doc, k, limit, lead)
    if found is None and dash is not None and _with_these_words(doc, k):
        found = _verb_of_these_words(doc, k, limit)
    if found is None and dash is not None and _set_off(doc, quote, dash):
        found = _inverted_verb(doc, k, limit)
        verb = _verb_after_its_lead(doc, k, limit) if found is None else None
        if verb is not None:
            found = attribution_at(doc, verb, limit, 1) or _inverted_verb(doc, verb, limit)
        found = found or _subject_first(doc, k, limit)
    if found is None or _introduces_what_follows(doc, found):
        return None
    cue, last = found
    start_of_frame = doc.tokens[dash].start if dash is not None else doc.tokens[k].start
    frame = (start_of_frame, doc.tokens[last].end)
    first = _words_before(doc, quote) if dash is not None and not _points_back(doc, k) else None
    if first is not None:  # `Экипаж «проявил выучку», — сказал X`: the sentence is said, quotation and all
        said = _make(doc, doc.tokens[first].start, quote.close + 1, cue, frame, "after", clause=range(k, last + 1))
        if said is not None:
            said.type = "indirect"  # `classify` tells mixed from what is quoted
        return said
    return _make(doc, quote.inner_start, quote.inner_end, cue, frame, "after", quote, clause=range(k, last + 1))


def _named_by_acronym(doc: Doc, quote: Quoted) -> bool:
    """Is the quotation the name of a body whose acronym stands right before it (`АРПП "Отечественный
    софт" - попросили`), not words said?"""
    word = doc.text[max(0, quote.open - 12):quote.open].rstrip(" ").rpartition(" ")[2]
    return quote.open > 0 and doc.text[quote.open - 1] == " " and len(word) > 1 and word.isalpha() and word.isupper()


def _only_a_name(doc: Doc, quote: Quoted) -> bool:
    """Is the quotation the name of an organisation and nothing more (`"Интерфакс", цитируя главу Совета,
    передает`): the subject, not words said?"""
    inner = doc.text[quote.inner_start:quote.inner_end]
    start = quote.inner_start + len(inner) - len(inner.lstrip())
    end = quote.inner_end - (len(inner) - len(inner.rstrip()))
    return any(name.type == "ORG" and name.start <= start and name.end >= end
               for name in doc.analysis.names_over(start, end))


def _words_before(doc: Doc, quote: Quoted) -> Optional[int]:
    """The first of the words that open the quotation's sentence before it (`Экипаж «проявил высокий
    профессионализм»`, `Новая администрация, «к сожалению, ...»`), when the quotation is someone's words
    (not a name) and none of those words attributes anything (a cue, `что`, a frame noun) or is quoted
    itself (`«...», «...», — комментируют X`: a list); None when the quotation opens its clause. The
    clause starts after a colon (`Он не был сотрудником: он работал «по контракту», — заявили в ЦЕРН`)."""
    mark = doc.first_token_after(quote.open)
    if mark is None or _opens_clause(doc, quote) or not is_speech(doc, quote):
        return None
    sentence = doc.sentence_range(mark)
    stops = [k for k in range(sentence.start, mark) if doc.tokens[k].text in (".", "!", "?", "…", ":", ";")]
    before = range(stops[-1] + 1 if stops else sentence.start, mark)  # the clause after a colon
    if not any(not doc.is_punct(k) for k in before) or any(
            frames_quotation(doc, k) or doc.word(k) in ("что", "чтобы") or doc.lemma(k) in lexicon.FRAME_NOUNS
            or doc.in_quotes(k) for k in before):
        return None
    first = before.start
    while first < mark and (doc.word(first) in lexicon.CONNECTORS or doc.is_punct(first)):
        first += 1  # `Однако «...»`: a lead-in connector is not content
    return first if first < mark else None


def _introduces_what_follows(doc: Doc, found: tuple[int, int]) -> bool:
    """`На вопрос «Будете ли баллотироваться?» — губернатор отвечает так: «...»`: a quotation (what was
    asked), then a clause whose cue ends in a colon with no other verb between them: the cue introduces
    the words after the colon, not these (not `— заявил X, добавив: «...»`)."""
    cue, last = found
    colon = next((j for j in range(cue + 1, last + 1) if doc.is_colon(j) and not doc.in_quotes(j)), None)
    return colon is not None and not any(doc.tokens[j].pos in ("VERB", "AUX") for j in range(cue + 1, colon))


def _points_back(doc: Doc, k: int) -> bool:
    """`— так глава региона прокомментировал обстановку`, `— такими словами X ...`, `— с этими
    словами X ...`: the attribution opens by pointing back at the quotation, so its cue may come
    after the subject."""
    return k < len(doc.tokens) and doc.tokens[k].text.lower() == "так" or _with_these_words(doc, k)


def _with_these_words(doc: Doc, k: int) -> bool:
    """Does the attribution open with `такими словами`, `с этими словами`?"""
    words = [doc.tokens[j].text.lower() for j in range(k, min(k + 3, len(doc.tokens)))]
    if words[:1] == ["с"]:
        words = words[1:]
    return len(words) > 1 and words[0] in _POINTING and words[1] == "словами"


def _verb_of_these_words(doc: Doc, k: int, limit: int) -> Optional[tuple[int, int]]:
    """`«...» — такими словами министр начал выступление`, `— с этими словами X покинул зал`: the
    words are named as someone's, so the verb of the clause, whatever it means, attributes them
    to its subject: (verb, last token of the clause), or None."""
    for v in range(k, min(k + _CLAUSE_WORDS, limit)):
        token = doc.tokens[v]
        if token.pos == "PUNCT" and token.text != ",":
            return None
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            head = subject(doc, v).head
            return (v, _clause_end(doc, v, limit)) if head is not None and someone(doc, head) else None
    return None


def _opens_clause(doc: Doc, quote: Quoted) -> bool:
    """Does the quotation open its sentence, or follow a colon or a dash?"""
    before = doc.token_at(quote.open - 1) if quote.open > 0 else None
    if before is None:
        k = doc.first_token_after(quote.open)
        return k is None or k == doc.sentence_range(k).start or doc.tokens[k - 1].text in (":",) + tuple(DASHES)
    return doc.tokens[before].text == ":" or doc.is_dash(before)


def inside_quote(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`«Часть 1, — сказал X, — часть 2»`: an attribution between dashes inside the quotation, or
    ending a sentence of it (`«Часть 1, — сказал X. Часть 2»`), or ending it, where the closing mark
    went after it (`«Часть, — сказал X»`)."""
    inner = doc.analysis.tokens_in(quote.inner_start, quote.inner_end)
    for k in inner:
        if not (doc.is_dash(k) and k - 1 in inner and doc.tokens[k - 1].text in _ATTRIBUTION_PUNCT):
            continue
        found = attribution_at(doc, k + 1, inner.stop) or _inverted_verb(doc, k + 1, inner.stop)
        if found is None:
            continue
        cue, last = found
        after = last + 1
        while after in inner and doc.tokens[after].text in _ATTRIBUTION_PUNCT:
            after += 1
        ends_sentence = any(doc.tokens[j].text in (".", "!", "?", "…") for j in range(last + 1, after))
        if after in inner and (doc.is_dash(after) or ends_sentence):
            return _make(doc, quote.inner_start, quote.inner_end, cue,
                         (doc.tokens[k].start, doc.tokens[last].end), "inside", quote, clause=range(k + 1, last + 1))
        if after == inner.stop:  # `«Часть, - отмечает X, глава группы»`: the closing mark put after the attribution
            return _make(doc, quote.inner_start, doc.tokens[k - 1].start, cue,
                         (doc.tokens[k - 1].start, quote.close + 1), "inside", quote, clause=range(k + 1, last + 1))
    return None


def before_quote(doc: Doc, quote: Quoted) -> Optional[Candidate]:
    """`X заявил: «...»`, also when the quotation opens the next paragraph (`Министр добавил:⏎⏎«...»`),
    and in a headline or a caption-like line `X: «...»`."""
    return _after_colon(doc, quote.open, quote.inner_start, quote.inner_end, quote)


def _after_colon(doc: Doc, opening: int, start: int, end: int, quote: Optional[Quoted] = None) -> Optional[Candidate]:
    """The statement [start, end) whose speech opens at `opening` right after a colon (across a
    paragraph break) that closes an attribution: a cue, or a bare name."""
    at = opening - 1
    while at >= 0 and doc.text[at].isspace():
        at -= 1
    colon = doc.token_at(at) if at >= 0 and doc.text[at] == ":" else None
    if colon is None or quote is not None and name_opening_clause(doc, quote):
        return None
    sentence = doc.sentence_range(colon)
    lead = range(sentence.start, colon)
    if not lead or doc.lemma(colon - 1) in TITLE_NOUNS and doc.tokens[colon - 1].feats.get("Number") == "Plur":
        return None  # `в картинах: «Служили два товарища», «Статский советник»`: a list of titles, not speech
    for k in reversed(lead):
        if doc.word(k) in ("что", "чтобы") or doc.tokens[k].text in (".", ";"):
            break
        if frames_quotation(doc, k):
            found = _make(doc, start, end, k, (doc.tokens[k].start, doc.tokens[colon].end), "colon", quote)
            if found is not None and found.speaker is None and found.possessive is None:
                found.speaker = _doer_before_colon(doc, lead)  # a subject the parser hung on the quotation's
                # verb (`губернатора поддержал председатель облдумы X: «...»`), else left to the context
            return found
        if finite(doc, k) and doc.tokens[k].rel in ("root", "conj", "parataxis"):
            break  # `X интересовались Y, однако футболист отказался ..., намереваясь попасть в клуб: «...»`: the
            # colon closes the clause of the last main verb before it, no cue's (but `обвинил их в том, ..., когда
            # они контролировали конгресс: «...»` goes on past a clause that hangs on the cue's)
    head = bare_name(doc, lead, role_alone=True)
    if head is None:
        head = _name_before_its_topic(doc, lead)
    if head is None:
        head = _blog_of_post(doc, lead)
    if head is None:
        head = _owner_of_words(doc, lead)
    if head is None:
        head = _agent_with_words(doc, lead)
    if head is None and len(doc.text[start:end].split()) >= _WORDS_SAID:
        head = _doer_before_colon(doc, lead)
        head = _holder_before_colon(doc, lead) if head is None else head
    if head is None:
        return None
    return _make(doc, start, end, None, (doc.tokens[lead.start].start, doc.tokens[colon].end), "name-colon", quote,
                 speaker=head)


def name_opening_clause(doc: Doc, quote: Quoted) -> bool:
    """Is the quotation a name that opens the clause after a colon, its words going on after it in lower
    case (`Счетная палата: «ИжАвто» близок к банкротству`), not the words said?"""
    k = doc.first_token_after(quote.close + 1)
    if k is None or doc.tokens[k].sentence != doc.tokens[doc.token_at(quote.open) or k].sentence:
        return False
    sentence = doc.sentence_range(k)
    last = max((j for j in sentence if doc.tokens[j].text not in (".", "!", "?")), default=k)
    return (doc.tokens[k].text[:1].islower() and doc.analysis.is_word[k]
            and doc.tokens[k].pos not in ("CCONJ", "SCONJ")  # not `добавив: «передайте тазик» и намекнув`
            and doc.tokens[last].text not in MARKS  # nor `X: "«Забастовку» начали врачи"`, a quotation in one
            and len(doc.text[quote.inner_start:quote.inner_end].split()) < _WORDS_SAID)


def _name_before_its_topic(doc: Doc, lead: range) -> Optional[int]:
    """`Тренер Олег Смирнов о поражении: «...»`, `Министр Антон Силуанов в интервью ТАСС: «...»`: a name
    with no verb, then what its words are about or where they were said, before the colon."""
    if any(doc.tokens[k].pos in ("VERB", "AUX") for k in lead):
        return None
    cut = next((k for k in lead if k > lead.start and (doc.word(k) in lexicon.TOPIC_PREPOSITIONS or doc.tokens[k].pos
                == "ADP" and doc.lemma(doc.tokens[k].head) in lexicon.CHANNEL_NOUNS)), None)
    return bare_name(doc, range(lead.start, cut), role_alone=True) if cut is not None else None


def _blog_of_post(doc: Doc, lead: range) -> Optional[int]:
    """`Блог ezhovs: "..."`, `Сообщество "Пора валить": "..."`: a blog or a community and its name, with
    no verb but in the name's quotation marks, is the author of the post quoted after the colon."""
    words = [k for k in lead if not doc.is_punct(k)]
    if not 1 < len(words) <= _BLOG_WORDS or doc.lemma(words[0]) not in _BLOG_NOUNS or any(
            doc.tokens[k].pos in ("VERB", "AUX") and not doc.in_quotes(k) for k in words):
        return None
    return words[0]


def _doer_before_colon(doc: Doc, lead: range) -> Optional[int]:
    """`Кличко отреагировал на эти слова весьма оригинально: «...»`, `губернатора поддержал председатель
    облдумы Анатолий Мишнев: «...»`, `Министр был категоричен: «...»`: a clause whose subject is
    someone, its verb or short adjective the clause's own (not in a `что` or relative clause),
    introducing the words that follow as theirs."""
    verbs = [k for k in lead if (doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].feats.get("VerbForm") == "Fin"
                                 or doc.tokens[k].feats.get("Variant") == "Short") and doc.tokens[k].head not in lead]
    if not verbs or any(doc.word(k) in ("что", "чтобы") for k in lead):
        return None  # `заверил, что ...: «...»`: the quotation goes on with what was reported
    subjects = [c for c in lead if doc.tokens[c].rel == "nsubj"  # its verb's, or hung on the quotation's verb
                and (doc.tokens[c].head in (verbs[-1], *_participles_of(doc, verbs[-1]))
                     or doc.tokens[c].head >= 0 and doc.tokens[c].head not in lead)
                and (someone(doc, c) or doc.lemma(c) in lexicon.PRONOUNS)
                and morph.may_be_nominative(doc.word(c))]  # not the addressee the parser took for it (`опрашиваемым`)
    if subjects:
        return subjects[0]
    place = place_that_speaks(doc, verbs[-1])  # `В МИДе отказались комментировать информацию: «...»`
    return place if place is not None and place in lead and not any(
        doc.tokens[c].rel.startswith("nsubj") for c in doc.children[verbs[-1]]) else None


def _holder_before_colon(doc: Doc, lead: range) -> Optional[int]:
    """`У доктора Персикетти на глазах слезы: «...»`, `Ностальгия осталась и у жительницы Юллы: «...»`:
    a clause with no verb of its own or none of saying, where someone is given with `у`, introducing
    the words that follow as theirs (not `у нас`)."""
    holders = [k for k in lead if preposition(doc, k) == "у" and doc.tokens[k].pos in ("NOUN", "PROPN")
               and someone(doc, k) and doc.tokens[k].feats.get("Animacy") == "Anim"]
    return holders[0] if len(holders) == 1 and not any(doc.word(k) in ("что", "чтобы") for k in lead) else None


def _participles_of(doc: Doc, verb: int) -> list[int]:
    """The participle clauses on a verb: `Александров, узнавший об интервью жены, расплакался`, where the
    parser may hang the verb's subject on the participle."""
    return [c for c in doc.children[verb] if doc.tokens[c].feats.get("VerbForm") == "Part"]


def _agent_with_words(doc: Doc, lead: range) -> Optional[int]:
    """`Гостя встретил директор со словами: «...»` has its speaker as the clause's subject
    (`_doer_before_colon`); a passive, `был встречен президентом ОКР Леонидом Тягачевым со словами: «...»`,
    has it as the agent of the act that a noun of saying in the instrumental, ending the clause, goes with."""
    last = max((k for k in lead if not doc.is_punct(k)), default=None)
    if last is None or doc.lemma(last) not in lexicon.QUOTING_NOUNS or doc.tokens[last].feats.get("Case") != "Ins":
        return None
    verb = doc.tokens[last].head
    if verb not in lead or doc.tokens[verb].feats.get("VerbForm") != "Part":
        return None
    return next((c for c in doc.children[verb] if c != last and doc.tokens[c].rel in ("obl:agent", "obl")
                 and doc.tokens[c].feats.get("Case") == "Ins" and preposition(doc, c) is None and someone(doc, c)),
                None)


def _owner_of_words(doc: Doc, lead: range) -> Optional[int]:
    """`Заявление Бодрунова: «...»`, `Слова министра: «...»`: a noun of saying alone before the colon,
    whose owner says what follows; so does one that ends the clause before the colon, whoever passed
    it on (`Агентство распространило заявление министра обороны: «...»`)."""
    words = [k for k in lead if not doc.is_punct(k) and doc.tokens[k].pos != "CCONJ"]
    if not words:
        return None
    if len(words) <= 6 and doc.lemma(words[0]) in lexicon.QUOTING_NOUNS:
        owners = [c for c in doc.children[words[0]] if doc.tokens[c].rel == "nmod" and c in lead]
        return bare_name(doc, [k for k in lead if k >= owners[0]], role_alone=True, owner=True) if owners else None
    said = next((k for k in reversed(words) if doc.lemma(k) in lexicon.QUOTING_NOUNS), None)
    if said is None:
        return None
    owner = next((c for c in doc.children[said] if doc.tokens[c].rel == "nmod" and c > said and c in lead
                  and preposition(doc, c) is None and someone(doc, c)), None)
    if owner is None or max(doc.subtree(said)) < words[-1]:
        return None  # the noun's phrase must run to the colon
    return owner


def dialogue_line(doc: Doc, start: int, end: int) -> Optional[Candidate]:
    """`— Текст, — сказал X. — Продолжение.`: a paragraph opened by a dialogue dash, or one that an
    attribution ending in a colon introduces."""
    words = doc.analysis.tokens_in(start, end)
    for k in words:
        if k == words.start or not (doc.is_dash(k) and doc.tokens[k - 1].text in _ATTRIBUTION_PUNCT):
            continue
        found = attribution_at(doc, k + 1, words.stop)
        if found is None:
            continue
        cue, last = found
        content_end = doc.tokens[k - 1].start
        after = last + 1
        while after in words and doc.tokens[after].text in _ATTRIBUTION_PUNCT:
            after += 1
        if after in words and doc.is_dash(after):
            content_end = end  # the line goes on after the attribution
        return _make(doc, start + 1, content_end, cue, (doc.tokens[k].start, doc.tokens[last].end), "dialogue",
                     clause=range(k + 1, last + 1))
    if not doc.text[start + 1:end].lstrip()[:1].isupper():
        return None  # `сформулировал:⏎⏎- о сжигании ...;`: a list, not speech
    return _after_colon(doc, start, start + 1, end)  # `Песков заявил:⏎⏎— Мы готовы к диалогу.`
