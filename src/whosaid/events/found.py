"""What the rules find for one mention of an event, before mentions are merged into events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..model import DateMention


@dataclass
class Party:
    """A participant or a place as found in the text: a name span (or an adjective) and its type."""
    start: int
    end: int
    type: str  # PER | ORG | LOC
    name: Optional[str] = None  # given when the text does not write it (`российско-` → Россия)
    token: int = -1
    unnamed: bool = False  # a person named only by office (`послом Италии`)
    joined: Optional[str] = None  # the preposition that brought it in: `с`, `между`, or None
    office_of: Optional["Party"] = None  # for a person named by office: the country or body it is of
    # where it stands around the trigger: subject, object, agent, genitive, target, partner, taking_part, host,
    # accused, case
    slot: Optional[str] = None
    described: bool = False  # a phrase that describes it (`израильские военные`), not a name

    @property
    def named(self) -> bool:
        """Whether the text names it, or the country or body it acts for."""
        return not self.unnamed or self.office_of is not None


@dataclass
class EventMention:
    """One mention of an event: its trigger and what its sentence says of the event."""
    kind: str
    trigger: int  # token index
    sentence: int
    act: Optional[str] = None  # an act of its own within the kind (`обыск`: a search), from the trigger tables
    vote: bool = False  # a vote, which may decide a question (`при голосовании`): no one need run in it
    participants: list[Party] = field(default_factory=list)
    # who a later sentence says was there (`на ней присутствовали ...`): the event's, but not what tells it
    attendees: list[Party] = field(default_factory=list)
    place: Optional[Party] = None
    whereabouts: Optional[Party] = None  # where its parties are (`полиция Берлина`), for want of a place
    dates: list[DateMention] = field(default_factory=list)
    duration: Optional[tuple[str, int, int]] = None  # ISO 8601 duration, and its span
    status: Optional[str] = None
    assumed: bool = False  # its status only assumed, from a past clause that speaks of it
    generic: bool = False  # `путем переговоров`: talks in general, not one occurrence
    happens: bool = False  # its clause says it takes place (`состоялись`, `провели`)
    attended: bool = False  # its clause happens at it (`на встрече ... заявил`)
    holds: bool = False  # its verb holds it or says it happens, whatever its form (`провести`)
    causes: bool = False  # its clause is what it caused (`погиб в Йемене в результате авиаудара`)
    complemented: bool = False  # it has a complement the rules could not read
    negated: bool = False  # `не ведем переговоров`, `встреча не состоялась`
    verb_trigger: bool = False  # `встретился`, `посетил`: the verb is the event
    consequence: bool = False  # told as the result of what was just told (`в результате были убиты`)
    sequenced: bool = False  # told as coming after something told before (`Позже были задержаны ...`)
    case_named: bool = False  # `срок по делу «Кировлеса»`: the case it is of is named, though no party is
    used: set[int] = field(default_factory=set)  # tokens that told something: the evidence

    @property
    def anchored(self) -> bool:
        """Whether the mention says something of its own that identifies an occurrence."""
        if self.negated:
            return False
        named = any(p.named for p in self.participants) or self.case_named
        if self.verb_trigger:  # `встречается только в Бразилии` (is found): a meeting needs someone
            return named or self.happens
        return bool(named or self.place or self.dates or self.duration or self.happens)

    @property
    def identified(self) -> bool:
        """Whether it says which occurrence it is: who, where or when."""
        return any(p.named for p in self.participants) or self.case_named or bool(self.place or self.dates)

    @property
    def refers_back(self) -> bool:
        """A mention that does not say which occurrence it is (`назвала беседу`, `итоги переговоров`,
        `беседа продолжалась полтора часа`) names an event already spoken of."""
        if self.consequence and not self.generic and not self.negated:
            return True  # `два человека в результате были убиты`: what the event just told did
        return not self.identified and not self.generic and not self.complemented and not self.negated
