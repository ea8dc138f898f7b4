"""Events stage: talks, meetings, visits, phone calls, summits, sessions, press conferences, briefings.

`mentions` finds each mention and reads its clause (participants, place, dates, duration, status);
`coreference` makes the mentions of one occurrence one event; this module writes the record.
"""

from __future__ import annotations

from typing import Optional

from ..model import Article, Event, Participant, Span
from .coreference import Cluster, cluster, dates_of, status_of
from .mentions import EventMention, Party, Sentences, find_mentions


def annotate(article: Article) -> Article:
    """Pipeline stage: `article.events`, from the analysis (and the entities, when there are any)."""
    if article.analysis is None:
        raise ValueError(f"{article.id}: the events stage needs the linguistic analysis (nlp.annotate)")
    s, mentions = find_mentions(article)
    regions = [span for span in (article.title, article.lead) if span is not None]

    def key(party: Party) -> str:
        if party.unnamed:  # `с послом Италии`: the office is all that is known
            return "office:" + s.analysis.lemma(party.token)
        return _name(s, party).lower()

    def is_opening(mention: EventMention) -> bool:
        start = s.tokens[mention.trigger].start
        return any(r.start <= start < r.end for r in regions)

    article.events = [_event(s, c) for c in cluster(mentions, key, is_opening)]
    return article


def _event(s: Sentences, c: Cluster) -> Event:
    text = s.article.text
    anchor = c.anchor
    trigger = s.tokens[anchor.trigger]
    participants: list[Participant] = []
    seen: set[str] = set()
    place = next((m.place for m in c.mentions if m.place is not None), None)
    place_name = _name(s, place) if place is not None else None
    for m in c.mentions:
        for p in m.participants:
            name = _name(s, p)
            if name is None or name.lower() in seen or name == place_name:
                continue
            seen.add(name.lower())
            participants.append(Participant(name, None, p.type, Span.of(text, p.start, p.end)))
    start, end = dates_of(c.mentions)
    duration = next((m.duration for m in c.mentions if m.duration), None)
    return Event(
        type=anchor.kind,
        trigger=Span.of(text, trigger.start, trigger.end),
        evidence=[_evidence(s, m) for m in c.mentions],
        participants=participants,
        place=Participant(place_name, None, place.type, Span.of(text, place.start, place.end)) if place else None,
        date_start=start,
        date_end=end,
        duration=duration[0] if duration else None,
        duration_mention=Span.of(text, duration[1], duration[2]) if duration else None,
        status=status_of(c.mentions),
        mentions=[Span.of(text, s.tokens[m.trigger].start, s.tokens[m.trigger].end) for m in c.mentions],
    )


def _evidence(s: Sentences, m: EventMention) -> Span:
    """The words of the sentence that told what the mention says: from the first to the last of them;
    the whole sentence for a mention that only refers back."""
    used = sorted(m.used)
    if len(used) > 1:
        return Span.of(s.article.text, s.tokens[used[0]].start, s.tokens[used[-1]].end)
    sentence = s.analysis.sentences[m.sentence]
    return Span.of(s.article.text, sentence.start, sentence.end)


def _name(s: Sentences, party: Party) -> Optional[str]:
    """The nominative name of a participant or a place; None for a person named only by office."""
    if party.name:
        return party.name
    if party.unnamed:
        return None
    text = s.article.text
    out, end = [], party.start
    for i in s.analysis.tokens_in(party.start, party.end):
        token = s.tokens[i]
        out.append(text[end:token.start])
        end = token.end
        if token.pos == "ADP" and party.type == "ORG":  # `Организации по безопасности ...`: the rest stays
            out.append(text[token.start:party.end])
            break
        lemma = s.lemma(i)
        if token.text.isupper() or lemma == token.text.lower():
            out.append(token.text)
        else:
            out.append(lemma[:1].upper() + lemma[1:] if token.text[:1].isupper() else lemma)
    return " ".join("".join(out).split())
