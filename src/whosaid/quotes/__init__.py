"""Statements: who said what. The pipeline stage that finds every reported statement of an article
(direct, indirect, mixed), with its content, cue, speaker and channel.

Patterns propose candidates (`direct`: quotations and their attributions; `indirect`: cue verbs and
`по словам`-frames read from the syntax tree; headline attributions here); `settle` then decides
what each content covers once all attributions are known (a content stops where the next
attribution starts; a postposed cue takes the sentences before it), drops what is not a statement
of this article, and `classify` types each one; finally speakers are resolved in text order, and
a news outlet among them is told apart as kind `outlet`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..marks import Quoted
from ..model import Article, Quote, Span, Speaker
from ..stages import stage
from . import choice, direct, indirect, lexicon
from .attribution import bare_name, is_cue, mention_span, outlet_name, relayed_by_outlet, someone, subject
from .document import Candidate, Doc, Spans
from .speakers import Resolver
from .classify import statement_type

_TRAILING_JOINS = ("и", "а", "но", "однако", "а также", "при этом", "тогда как")


@stage("quotes", requires=["analysis", "entities", "title", "lead", "paragraphs", "dateline"],
       assigns=["quotes"])
def annotate(article: Article) -> Article:
    """Pipeline stage: `article.quotes`, from the analysis and the entities."""
    doc = Doc(article)
    found = list(direct.candidates(doc))
    used = {c.cue_token for c in found if c.cue_token is not None}
    found += indirect.candidates(doc, used)
    found += headline(doc)
    found += direct.continuations(doc, found)
    found += direct.interviews(doc, found)
    statements = settle(doc, found)
    quotes = []
    for candidate, speaker in speakers(doc, statements):
        kind = statement_type(doc, candidate)
        cue = Span.of(doc.text, *candidate.cue) if candidate.cue is not None else None
        quotes.append(Quote(kind, Span.of(doc.text, candidate.start, candidate.end), cue, speaker,
                            candidate.channel))
    article.quotes = sorted(quotes, key=lambda q: q.content.start)
    return article


def speakers(doc: Doc, statements: list[Candidate]) -> list[tuple[Candidate, Speaker]]:
    """Each statement with its speaker, resolved in text order; a statement whose speaker cannot be
    told is dropped. A headline's speaker given by a role alone is read again once the article's
    speakers are known. Who a pronoun stands for, the shipped model chooses (`choice`)."""
    resolver = Resolver(doc, statements, choice.shipped())
    resolved = []
    for candidate in sorted(statements, key=lambda c: min(c.frame[0], c.start)):
        speaker = resolver.resolve(candidate)
        if speaker is not None:
            resolved.append((candidate, speaker))
    title = doc.article.title
    subheadings = [p for p in doc.article.paragraphs if p.kind == "subheading"]
    for n, (candidate, speaker) in enumerate(resolved):
        if candidate.speaker is None or doc.tokens[candidate.speaker].pos == "PRON":
            continue  # (not a pronoun: `Полпреда допросят. Он уверяет, что все проспал` is not whoever the body
            # names last)
        if title is not None and title.start <= candidate.frame[0] < title.end and speaker.entity is None:
            resolved[n] = (candidate, resolver.resolve(candidate, headline=True) or speaker)
        elif any(p.start <= candidate.frame[0] < p.end for p in subheadings) and not _named(doc, candidate.speaker):
            # `Глава Коми сравнил митинги с терроризмом` over `об акции высказался глава Коми Сергей Гапликов`: a
            # subheading's role noun is whom the article describes so, not the last who spoke before it
            resolved[n] = (candidate, resolver.resolve(candidate, headline=True) or speaker)
    return [(candidate, resolver.with_outlet_kind(speaker)) for candidate, speaker in resolved]


def _named(doc: Doc, head: int) -> bool:
    """Does the speaker's phrase name a person (`глава Коми Сергей Гапликов`), not only describe them?"""
    start, end = mention_span(doc, head)
    return any(name.type == "PER" and start <= name.start < end for name in doc.analysis.names_over(start, end))


# ---------------------------------------------------------------------- headlines

def headline(doc: Doc) -> list[Candidate]:
    """`Россия готова ... - МИД РФ` and `Экономисты: ...`: a headline attributed by a bare name, the title's
    or a subheading's (`РФС: Уважайте себя, свою Родину и свою команду`)."""
    subheadings = [p for p in doc.article.paragraphs if p.kind == "subheading"]
    titles = [doc.article.title] if doc.article.title is not None else []
    return [c for title in titles + subheadings for c in _attributed_headline(doc, title)
            if title in titles or not _interviewer_asks(doc, c)]


def _interviewer_asks(doc: Doc, c: Candidate) -> bool:
    """`ТАСС: Какие риски вы видите?`: an outlet's question in an interview, no one's statement."""
    return c.speaker is not None and doc.text[c.end - 1] == "?" \
        and outlet_name(doc.text[slice(*mention_span(doc, c.speaker))])


def _attributed_headline(doc: Doc, title: Span) -> list[Candidate]:
    words = doc.analysis.tokens_in(title.start, title.end)
    text = doc.text
    quoted = _quote_then_name(doc, title, words)
    if quoted:
        return quoted
    for k in reversed(words):
        token = doc.tokens[k]
        if doc.is_dash(k) and k > words.start and text[token.start - 1].isspace() and not _gapped(doc, words, k) \
                and _says_something(doc, range(words.start, k)) and not _inside_clause_said(doc, words, k):
            head = bare_name(doc, range(k + 1, words.stop))
            if head is not None:
                return _headline(doc, title.start, token.start, head, (token.start, title.end))
        if token.text == ":" and k > words.start and not _a_list(doc, range(k + 1, words.stop)):
            head = bare_name(doc, range(words.start, k), role_alone=True)
            after = doc.tokens[k + 1].start + 1 if k + 1 in words else token.end
            opened = doc.quote_around(after)
            if head is not None and (opened is None or direct.name_opening_clause(doc, opened)):
                return _headline(doc, token.end, title.end, head, (title.start, token.end))
    return []


def _a_list(doc: Doc, words: range) -> bool:
    """Are the words after a headline's colon a list of names or things, with commas and no predicate (`Вратари:
    Сергей Овчинников («Локомотив»), Вячеслав Малафеев («Зенит»)`): whom the label lists, not what it said?"""
    return any(doc.tokens[k].text == "," for k in words) and not _says_something(doc, words) \
        and not any(doc.is_dash(k) for k in words)


def _says_something(doc: Doc, words: range) -> bool:
    """Has the headline before a dash a predicate, a verb or a short adjective (`Россия готова ... - МИД`),
    rather than being a noun phrase whose dash is the copula (`Корейские автомобили – лидеры продаж`)?"""
    return any(doc.tokens[k].pos in ("VERB", "AUX") or doc.tokens[k].feats.get("Variant") == "Short" for k in words)


def _inside_clause_said(doc: Doc, words: range, dash: int) -> bool:
    """`Беженцы заявили, что они - геи из России`: a dash after the `, что` that opens what a cue says is
    that clause's copula, not one before who said the headline."""
    return any(doc.word(k) == "что" and doc.tokens[k].rel == "mark" and doc.word(k - 1) == ","
               for k in range(words.start + 1, dash))


def _gapped(doc: Doc, words: range, dash: int) -> bool:
    """`Прокурором назначен Кравченко, а главой МВД - Руслан Цакаев`: a dash that stands for the verb of
    a clause after `, а` (`, и`, `, но`) with no verb of its own, not one before who said the headline."""
    comma = next((k for k in range(dash - 1, words.start, -1) if doc.tokens[k].text == ","), None)
    return comma is not None and doc.word(comma + 1) in ("а", "и", "но") \
        and not any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(comma + 1, dash))


def _quote_then_name(doc: Doc, title: Span, words: range) -> list[Candidate]:
    """`«Ничего не изменится»: Песков о санкциях`, `"Это провокация". Лавров об обвинениях Запада`: a
    headline that opens with the quotation and then names who said it, and what about."""
    quote = next(iter(doc.analysis.quotes_opening_at(title.start)), None)
    if quote is None or quote.close >= title.end:
        return []
    k = doc.first_token_after(quote.close + 1)
    if k is None:
        return []
    after_quote = k
    while k in words and (doc.tokens[k].text in (":", ".", ",") or doc.is_dash(k)):
        k += 1
    if k not in words or k == after_quote:
        return []  # `"Прогресс" пристыковался к МКС ..., полагают СМИ`: a name in quotation marks opens the clause
    stop = next((j for j in range(k, words.stop) if doc.word(j) in lexicon.TOPIC_PREPOSITIONS), words.stop)
    head = bare_name(doc, range(k, stop))
    if head is None:  # `«Это провокация»: в МИД прокомментировали заявление Лондона`: the cue's speaker
        cue = next((j for j in range(k, words.stop) if doc.tokens[j].pos == "VERB" and is_cue(doc, j)), None)
        head = subject(doc, cue).head if cue is not None else None
        if head is None or not k <= head < words.stop:
            return []
    return _headline(doc, quote.open, quote.close + 1, head, (doc.tokens[k].start, title.end))


def _headline(doc: Doc, start: int, end: int, head: int, frame: tuple[int, int]) -> list[Candidate]:
    start, end = doc.trim(start, end)
    if end <= start:
        return []
    return [Candidate("indirect", start, end, None, None, speaker=head, frame=frame, pattern="headline")]


# ---------------------------------------------------------------------- settling contents

def settle(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Final contents: an outlet's relay of a statement attributed on its own dropped, attributions
    inside another statement's content dropped (they are part of what was reported), `об этом`
    contents taken from the sentences before, postposed cues dropped where their clause is already
    attributed, each content cut where another attribution begins, duplicates removed."""
    relays = _relays(doc, found)
    relayed = {id(r) for r in relays}
    found = [c for c in found if id(c) not in relayed]
    quoted = Spans(c for c in found if c.type == "direct")
    kept = [c for c in found if c.type == "direct" or not quoted.holding(c.frame[0])]
    starts = sorted(min(c.start, c.frame[0]) for c in kept)
    spoken = [c.quoted for c in kept if c.quoted is not None]
    for c in kept:
        _run_on_to_quotation_end(doc, c, starts, spoken)
    first = Spans(c for c in kept if c.pattern not in ("postposed", "anaphoric"))
    settled = Spans(c for c in first if not _nested(doc, c, first))
    authors = Spans(c for c in kept if c.pattern == "postposed" and not relayed_by_outlet(doc, c))
    for c in [c for c in kept if c.pattern == "anaphoric"]:
        # `X, передает ТАСС. Об этом пишет Time`; but a frame that names no one is part of what the source
        # said (`По последним данным, C. Об этом сообщила одна из заложниц`), and so is an order given there
        absorbed = [o for o in settled if _ownerless(o) or _part_of_a_report(doc, o)]
        blocking = Spans(o for o in settled if o not in absorbed)
        if _nested(doc, c, Spans(o for o in blocking if o.pattern == "source")):
            continue  # `По ее словам, такое заявление X сделал в суде`: what she told, no statement of X's (but
            # `Как сообщили в МИД, об этом заявил X`: the frame relays his)
        relay = _relayed_just_before(doc, c, settled)
        if relay is not None:  # `Как пишет пресса, C. Об этом заявила представитель Госдепа Мари Харф`: what the
            c.start, c.end = relay.start, relay.end  # outlet wrote, she said too
            settled.add(c)
            continue
        if _take_sentences_before(doc, c, [blocking, authors]):
            for o in absorbed:
                if c.start <= o.start and o.end <= c.end:
                    settled.discard(o)
            settled.add(c)
    everyone = Spans(kept)
    postposed = Spans(c for c in kept if c.pattern == "postposed")
    for c in list(postposed):
        inner = [o for o in settled.within_reach(c.start, c.end) if o.start < c.frame[0]]  # not what follows its
        # own attribution (`C, сообщил X, отметив, что C2`)
        framed = [o for o in everyone.framed(c.start, c.frame[0]) if o is not c and o not in inner]
        own_data = not relayed_by_outlet(doc, c)  # an outlet relays a frame of data; someone speaks with it
        if all(o.pattern == "object" or _ownerless(o) or own_data and _of_data(doc, o) for o in inner) \
                and not framed and not _nested(doc, c, Spans(o for o in settled if not (
                    _ownerless(o) or own_data and _of_data(doc, o)))):
            for o in inner:  # `МИД призывает ..., подчеркнул источник`; `По предварительным данным, C, заявил X`,
                # `По данным сервиса, C, рассказала руководитель проекта`: the data are part of what she said
                settled.discard(o)
            postposed.discard(c)
            reports = [o for o in settled.overlapping(0, c.start) if _part_of_a_report(doc, o)]
            _take_paragraph(doc, c, [Spans(o for o in settled if o not in reports) if reports else settled, postposed])
            for o in reports:  # `Президент отдал распоряжение провести проверку. C, сообщила его представитель`:
                if c.start <= o.start:  # the order is part of what she told
                    settled.discard(o)
            postposed.add(c)  # where its content now starts
            settled.add(c)
    result = []
    attributions = list(settled) + relays + [c for c in kept if c.pattern == "postposed" and not any(
        o == c for o in settled.starting(c.start, c.start + 1))]
    boundaries = _Boundaries(attributions)
    for c in settled:
        _cut(doc, c, boundaries)
        if c.end - c.start >= 2:
            result.append(c)
    results = Spans(result)
    result = [c for c in result if not (c.described and _inside_other(c, results))]
    return _unique(doc, result)


def _run_on_to_quotation_end(doc: Doc, c: Candidate, starts: list[int], spoken: list[Quoted]) -> None:
    """An indirect content in which a quotation opens that closes after it (`заявил, что ситуация
    "остается сложной. Мы делаем все возможное"`): the content runs on to the quotation's end, over
    the sentences the quotation spans, where no other statement begins (`starts`, sorted) and the
    quotation is no one's direct speech (`spoken`); one held to its end by a quotation opened between the cue
    and it runs from the attribution's end to the quotation's (`требует от государств, «участвующих в агрессии,
    вывести граждан»`)."""
    if c.type != "indirect":
        return
    if c.cue is not None and c.cue[1] <= c.start:  # `требует от государств, «участвующих в агрессии, вывести
        # граждан из Ирака»`: a quotation opened between the cue and the content that holds the content's end
        sentence = doc.analysis.sentences[doc.tokens[c.cue_token].sentence] if c.cue_token is not None else None
        for q in doc.analysis.outer_quotes_opening(c.cue[1], c.start - 1):
            if c.end <= q.close + 1 and sentence is not None and q.close < sentence.end \
                    and not any(q is o for o in spoken) \
                    and bisect_left(starts, q.open) == bisect_right(starts, q.close):
                c.start, c.end = doc.trim(max(c.cue[1], c.frame[1]), q.close + 1)  # with whom it is asked of,
                # before the quotation (not `заметил он, «...»`: who said it)
                return
    for q in doc.analysis.outer_quotes_opening(c.start - 1, c.end):
        if q.close >= c.end and q.inner_end > q.inner_start and not any(q is o for o in spoken) and \
                bisect_left(starts, c.end) == bisect_right(starts, q.close):
            goes_on = _clause_goes_on(doc, q.close + 1)
            if q.open == c.start - 1:
                c.start = q.open  # the whole quotation: direct speech, its words inside the marks
            c.end = goes_on or q.close + 1  # (`считают, что «Гражданин поэт. Прогон года» - это «фильм»`: the
            return  # clause goes on past a title the sentence splitter cut at its full stop)


def _clause_goes_on(doc: Doc, offset: int) -> Optional[int]:
    """Where the clause ends that goes on after a quotation closing at `offset` (a dash and words, `- это ...`),
    within the sentence after it; None where a stop or comma follows, or nothing."""
    following = doc.first_token_after(offset)
    if following is None or not doc.is_dash(following) or following + 1 >= len(doc.tokens) \
            or doc.is_punct(following + 1) or doc.tokens[following].sentence != doc.tokens[following + 1].sentence:
        return None
    sentence = doc.sentence_range(following)
    last = max(k for k in sentence if not doc.is_punct(k) or doc.analysis.quotes_closing_at(doc.tokens[k].start))
    return doc.trim(doc.tokens[following].start, doc.tokens[last].end)[1]


def _relays(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """An outlet passing on a statement that has an attribution of its own is not a second speaker
    (QUOTES.md, relays): `Лавров отметил: «...», передает «Интерфакс»`, `Как сообщает ресурс X,
    операторы объявили о ...`, `ЦБ ожидает ..., сообщает РИА Новости`; nor is any frame around a
    statement its speaker makes with a verb of their own (`Министр, по данным источника, заявил`).
    Their words still end the content before them."""
    outlets = [c for c in found if relayed_by_outlet(doc, c)]
    listed = {id(o) for o in outlets}
    authors = Spans(c for c in found if id(c) not in listed)
    frames = [c for c in found if c.pattern in ("source", "as") and id(c) not in listed
              and any(_says_itself(doc, a, c) for a in authors.within_reach(c.start, c.end))]
    return [c for c in outlets if any(not _part_of_a_report(doc, a) for a in authors.within_reach(c.start, c.end))] \
        + frames


def _part_of_a_report(doc: Doc, c: Candidate) -> bool:
    """Is the statement made with a participle (`является иск, требующий заблокировать сделку`) or an order given
    (`Журнал сообщает: бен Ладен отдал приказ застрелить его`): part of what an outlet reports, not a statement it
    relays?"""
    if c.cue_token is None:
        return False
    cue = doc.tokens[c.cue_token]
    return cue.feats.get("VerbForm") == "Part" and cue.feats.get("Variant") != "Short" or any(
        doc.tokens[k].rel == "obj" and doc.lemma(k) in lexicon.ORDER_NOUNS for k in doc.children[c.cue_token])


def _says_itself(doc: Doc, author: Candidate, frame: Candidate) -> bool:
    """`Министр, по данным источника, заявил, что ...`: a statement inside a frame's content whose
    speaker says it with a finite verb of their own after the frame; the frame only relays it (not
    `Как говорится в сообщении, комиссией установлено, что`: a passive reports no one's act; nor a verb of
    holding a view, which the framer tells of: `Украина, по словам Ющенко, надеется`)."""
    return (author is not frame and author.pattern == "clause" and author.speaker is not None
            and author.cue_token is not None and frame.frame[1] <= doc.tokens[author.cue_token].start
            and doc.tokens[author.cue_token].feats.get("VerbForm") == "Fin"
            and (doc.lemma(author.cue_token) not in lexicon.VIEW_VERBS or _of_data(doc, frame))
            and not (_a_thing(doc, author.speaker) and not _of_data(doc, frame)))  # not `По мнению X, информация
    # подтверждает`: a thing that shows something is what X says


def _a_thing(doc: Doc, k: int) -> bool:
    """A noun for a thing, not someone or a body (`информация`), the tagger's reading."""
    token = doc.tokens[k]
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not someone(doc, k)


def _of_data(doc: Doc, frame: Candidate) -> bool:
    """A frame of data, not of someone's words (`по данным опроса`, `по официальным данным`): the view it
    reports is the view holders' own (`согласно опросу, большинство жителей считают`)."""
    return _ownerless(frame) or frame.cue is not None and any(
        doc.lemma(k) in lexicon.DATA_NOUNS for k in doc.analysis.tokens_in(*frame.cue))


def _nested(doc: Doc, c: Candidate, others: Spans) -> bool:
    """Is this indirect statement's cue inside the content of another one, and not coordinated with
    it (`сообщило, что ... объявит` is reported content; `подчеркнул, что ... и напомнил` is not)?"""
    if c.type == "direct" or c.cue_token is None and c.pattern != "source":
        return False
    at = c.cue[0] if c.cue is not None else c.frame[0]
    if c.speaker is not None and _after_contrast(doc.text, c.frame[0]):
        return False  # `..., однако представители Израиля заявили, что`: a clause of its own
    return any(o is not c and not (o.frame[0] <= at < o.frame[1])
               and (c.source is None or c.source != o.cue_token) and not _gerund_of(doc, c, o)
               and not _reports_the_other(c, o) for o in others.holding(at))


def _reports_the_other(c: Candidate, o: Candidate) -> bool:
    """Does c, whose frame comes first, hold o's frame in its content while o's content holds c's
    (`Как заявил X, переговоры, по мнению Пентагона, "были продуктивными"`: X said it all)?"""
    return c.frame[0] < o.frame[0] and c.start <= o.frame[0] < c.end


def _gerund_of(doc: Doc, c: Candidate, o: Candidate) -> bool:
    """Is c's cue a gerund of o's speaker, hung by the parser on o's infinitive content
    (`потребовала запретить ввоз, мотивируя это тем, что ...`)?"""
    if c.cue_token is None or o.cue_token is None or doc.tokens[c.cue_token].feats.get("VerbForm") != "Conv":
        return False
    k = doc.tokens[c.cue_token].head
    while k >= 0 and k != o.cue_token and doc.tokens[k].rel == "xcomp":
        k = doc.tokens[k].head
    return k == o.cue_token


_CONTRAST = re.compile(r"(?:^|[\s,])(?:однако|но|а|тогда как|в то время как)[\s,]*$", re.I)


def _after_contrast(text: str, offset: int) -> bool:
    """Does a contrastive conjunction open the clause at `offset` (`..., однако X заявил`)?"""
    return _CONTRAST.search(text[max(0, offset - 25):offset]) is not None


def _take_paragraph(doc: Doc, c: Candidate, others: list[Spans]) -> None:
    """A postposed cue that closes its paragraph (`..., заявил эксперт.`) attributes the
    paragraph's sentences before it too, back to one that is attributed already; not one whose
    content comes after it, or goes on after it (`Короче, заключил эксперт, это ...`, `Этот показатель,
    сказал Геращенко, будет выше`), nor an outlet's relay tag (`..., пишут «Ведомости».`), which vouches
    for the sentence it closes."""
    if c.cue_token is None or c.cue is None or c.start > c.cue[0] or c.end > c.cue[1] or relayed_by_outlet(doc, c) \
            or _fronted_argument(doc, c, c.cue_token):
        return
    index = doc.tokens[c.cue_token].sentence
    sentences = doc.analysis.sentences
    region = doc.region_of(c.cue[0])
    if region is None or doc.trim(sentences[index].end, region.end)[0] < region.end:
        return
    k = index - 1
    while k >= 0:
        s = sentences[k]
        if s.start < region.start or s.end <= doc.dateline_end:
            break
        if _covered(s.start, s.end, others) or _has_frame(s.start, s.end, others):
            break
        c.start = doc.trim(s.start, c.end)[0]
        k -= 1


def _fronted_argument(doc: Doc, c: Candidate, cue: int) -> bool:
    """`Рассуждениями о том, что ..., поделился X`, `Уверенность в ... выразил X`: a content that is the cue's
    own object put first, not a clause of its own, tells nothing of the sentences before it."""
    heads = [k for k in doc.children[cue] if c.start <= doc.tokens[k].start < c.end]
    if len(heads) != 1:
        return False
    head = doc.tokens[heads[0]]
    words = doc.subtree(heads[0])
    return head.pos == "NOUN" and head.rel in ("obj", "obl") and head.feats.get("Case") in ("Acc", "Ins") \
        and doc.tokens[min(words)].start <= c.start and c.end <= doc.tokens[max(words)].end + 1 \
        and not any(doc.lemma(k) in lexicon.DEMONSTRATIVES for k in doc.children[heads[0]])  # but `Эту
    # информацию подтвердил X`: what was said before


def _relayed_just_before(doc: Doc, c: Candidate, settled: Spans) -> Optional[Candidate]:
    """An outlet's statement in the sentence right before an `Об этом` whose speaker is no outlet (`журнал US News
    сообщил, что C. Об этом заявил Юнис Кануни`): C is his words as well as the outlet's report (not a view
    shared: `Так же считает и оппозиция`)."""
    if c.cue_token is None or relayed_by_outlet(doc, c) or doc.lemma(c.cue_token) in lexicon.VIEW_VERBS:
        return None
    index = doc.tokens[c.cue_token].sentence
    if index == 0:
        return None
    before = doc.analysis.sentences[index - 1]
    return next((o for o in settled.overlapping(before.start, before.end) if o.type == "indirect"
                 and relayed_by_outlet(doc, o) and before.start <= o.frame[0] and o.end <= before.end), None)


def _take_sentences_before(doc: Doc, c: Candidate, others: list[Spans]) -> bool:
    """`Об этом сообщил X`: the content is the sentences before, back to the paragraph's start or to
    a sentence already attributed; nothing when the sentence just before is attributed. A paragraph
    that is only `Об этом заявил X.` refers to the paragraph before it (not to the headline)."""
    if c.cue_token is None or c.cue is None:
        return False
    sentences = doc.analysis.sentences
    index = doc.tokens[c.cue_token].sentence
    region = doc.region_of(c.cue[0])
    if region is not None and index > 0 and sentences[index - 1].start < region.start:
        region = doc.region_before(region)
    start = None
    k = index - 1
    while k >= 0 and region is not None:
        s = sentences[k]
        if s.start < region.start or s.end <= doc.dateline_end:
            break
        if _covered(s.start, s.end, others) or _has_frame(s.start, s.end, others):
            break
        start = s.start
        k -= 1
    if start is None:
        return False
    c.start, c.end = doc.trim(start, sentences[index - 1].end)
    return c.end > c.start


def _covered(start: int, end: int, others: list[Spans]) -> bool:
    return any(spans.overlapping(start, end) for spans in others)


def _has_frame(start: int, end: int, others: list[Spans]) -> bool:
    return any(spans.framed(start, end) for spans in others)


class _Boundaries:
    """Where each attribution begins (or its quotation, for one before its quotation: `X сказал о
    Тирзе: «...»` stays in the outer content), sorted."""

    def __init__(self, attributions: list[Candidate]):
        rows = sorted((_boundary(o), n) for n, o in enumerate(attributions))
        self.at = [boundary for boundary, _ in rows]
        self.of = [attributions[n] for _, n in rows]


def _boundary(o: Candidate) -> int:
    """Where a statement begins inside another's content: its quotation, for one framed before it; its
    words, for one whose object comes before its cue (`..., а главного редактора назвал героем`); else
    its attribution."""
    if o.quoted is not None and o.frame[0] < o.start:
        return o.quoted.open
    return min(o.frame[0], o.start) if o.type != "direct" and o.end > o.frame[0] else o.frame[0]


def _cut(doc: Doc, c: Candidate, boundaries: _Boundaries) -> None:
    """End the content where another statement's attribution (or quotation) begins inside it: at
    the first such place, one of a statement holding this whole content aside."""
    end = c.end
    for k in range(bisect_right(boundaries.at, c.start), bisect_left(boundaries.at, c.end)):
        o = boundaries.of[k]
        if o is not c and not (o.start <= c.start and c.end <= o.end):
            end = boundaries.at[k]
            break
    if end != c.end:
        start, end = doc.trim(c.start, end)
        c.end = _strip_joins(doc.text, start, end)


def _strip_joins(text: str, start: int, end: int) -> int:
    """Without a trailing `, и` / `, однако` left by a cut."""
    changed = True
    while changed:
        changed = False
        for word in _TRAILING_JOINS:
            tail = text[max(start, end - len(word) - 1):end]
            if tail.lower() == " " + word or (end - start == len(word) and tail.lower() == word):
                end -= len(word)
                while end > start and text[end - 1] in " ,\n":
                    end -= 1
                changed = True
    return end


def _inside_other(c: Candidate, others: Spans) -> bool:
    """Is the (non-empty) content inside another one's?"""
    return any(o is not c and o.start <= c.start and c.end <= o.end for o in others.holding(c.start))


def _ownerless(c: Candidate) -> bool:
    """A frame that names no one (`по предварительным данным`, `по некоторым сведениям`)."""
    return c.speaker is None and c.possessive is None and c.described is not None


def _unique(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """One statement per cue, and one per content (a direct quotation over an indirect reading): a
    content the same as one kept overlaps it; an indirect one inside a quotation kept is part of it
    (`рассказал X: «Первая фраза. Вторая», - цитирует X издание`). But what an outlet reported, someone an
    `Об этом` names after it said too: two statements (`журнал сообщил, что C. Об этом заявил Юнис Кануни`)."""
    out: list[Candidate] = []
    kept, cues = Spans(), set()
    for c in sorted(found, key=lambda c: (c.type != "direct", c.start)):
        if (c.cue is not None and c.cue in cues) or any(
                _same(c, o) and not _told_again(doc, c, o)
                or (c.type != "direct" and o.type == "direct" and o.start <= c.start and c.end <= o.end)
                for o in kept.overlapping(c.start, c.end)):
            continue
        out.append(c)
        kept.add(c)
        cues.add(c.cue)
    return out


def _told_again(doc: Doc, a: Candidate, b: Candidate) -> bool:
    """Is one an `Об этом` of someone who is no outlet and the other an outlet's report of the same words?"""
    return any(x.pattern == "anaphoric" and not relayed_by_outlet(doc, x) and y.pattern != "anaphoric"
               and relayed_by_outlet(doc, y) for x, y in ((a, b), (b, a)))


def _same(a: Candidate, b: Candidate) -> bool:
    if a.cue is not None and a.cue == b.cue:
        return True
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0.8 * max(a.end - a.start, b.end - b.start)
