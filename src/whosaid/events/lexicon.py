"""The words that name events in Russian news, and the words around them that say who, when and whether.

The lists are data files of `whosaid.lexicon` (their comments say what each is for); entries are folded lemmas,
compared with `Sentences.lemma` (prepositions with `Sentences.low`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import morph
from ..entities.lexicon import COUNTRY_BY_ADJECTIVE
from ..lexicon import rows, table, words



def _options(name: str) -> dict[str, set[str]]:
    """The third column of an event table, by lemma: its comma-separated options."""
    return {lemma: set(rest[0].split(",")) for lemma, _kind, *rest in rows(name) if rest}


def _valued(options: dict[str, set[str]], key: str) -> dict[str, str]:
    """`key=VALUE` options by lemma: `of=attacker` → {lemma: attacker}."""
    return {lemma: option.split("=", 1)[1] for lemma, found in options.items()
            for option in found if option.startswith(key + "=")}


PLURAL_ONLY = frozenset(lemma for lemma, found in _options("event_nouns").items() if "plural" in found)
BODY_NAMING = frozenset(lemma for lemma, found in _options("event_nouns").items() if "body" in found)
GENITIVE_ROLE = _valued(_options("event_nouns"), "of")
SUBJECT_ROLE = _valued(_options("event_verbs"), "subject")
ACTS = _valued(_options("event_nouns"), "act") | _valued(_options("event_verbs"), "act")
ROLES = {(kind, place): role for kind, place, role in rows("event_roles")}
# Every event type and participant role a record can hold: what a filter on them may ask for.
EVENT_TYPES = frozenset(kind for table_name in ("event_nouns", "event_verbs") for _lemma, kind, *_ in rows(table_name))
PARTICIPANT_ROLES = frozenset(ROLES.values()) | {"participant"}
DESCRIBED_KINDS = frozenset(kind for kind, _place in ROLES)  # their parties are often unnamed groups
TARGET_PREPOSITIONS = words("target_prepositions")
COURT_NOUNS = words("court_nouns")
# A body's kind noun → the words that name a body of that kind: a court's own noun, or `body_kinds.tsv`.
BODY_KINDS = {noun: frozenset({noun}) for noun in COURT_NOUNS} \
    | {noun: frozenset(named.split()) for noun, named in table("body_kinds").items()}
COURT_MEASURES = words("court_measures")
LOCATED_BODIES = words("located_bodies")
POST_NOUNS = words("post_nouns")
SITTING_BODIES = words("sitting_bodies")
GROUP_NOUNS = words("group_nouns")
COUNT_NOUNS = words("count_nouns")
BLAMING_VERBS = words("blaming_verbs")
DELAYING_VERBS = words("delaying_verbs")
ROLE_NOUNS = words("role_nouns")
CANCELLING_VERBS = words("cancelling_verbs")
HOSTING_VERBS = words("hosting_verbs")
MOTION_VERBS = words("motion_verbs")
HOLDING_VERBS = words("holding_verbs")
HAPPENING_VERBS = words("happening_verbs")
# Verbs whose negation denies the event itself (`встреча не состоялась`, `переговоров не было`, `не
# проводили переговоров`), unlike one that denies something done with it (`срок не брался в расчет`)
BEING_VERBS = HOLDING_VERBS | HAPPENING_VERBS | words("copulas") | CANCELLING_VERBS
ATTENDANCE_FRAMES = frozenset(rows("attendance_frames"))
CONDITIONAL_FRAMES = frozenset(rows("conditional_frames"))
TOPIC_PREPOSITIONS = words("topic_prepositions")
GENERIC_PREPOSITIONS = words("generic_prepositions")
CAUSE_PREPOSITIONS = words("cause_prepositions")
GENERIC_HEADS = words("generic_heads")
CANDIDATE_NOUNS = words("candidate_nouns")
SPORT_WORDS = words("sport_words")
WISHING_WORDS = words("wishing_words")
INTENTION_NOUNS = words("intention_nouns")
SEQUENCE_ADVERBS = words("sequence_adverbs")
HABITUAL_ADVERBS = words("habitual_adverbs")
ATTENDING_VERBS = words("attending_verbs")
TAKING_PART = {(verb, noun): meaning for verb, noun, meaning in rows("taking_part_phrases")}
HYPOTHETICAL_ADJECTIVES = words("hypothetical_adjectives")
RESULTING_VERBS = words("resulting_verbs")
HARM_NOUNS = words("harm_nouns")
SUSPECTING_WORDS = words("suspecting_words")
DEED_NOUNS = words("deed_nouns")
PLACE_PARTS = words("place_parts")
SERIES_NOUNS = words("series_nouns")
PHASE_NOUNS = words("phase_nouns") | SERIES_NOUNS
PLANNED_WORDS = words("planned_words")
PAST_WORDS = words("past_words")
SCHEDULING_VERBS = words("scheduling_verbs")
DATE_BOUNDS = words("date_bounds")
REASON_PREPOSITIONS = words("reason_prepositions")
PRESS_NOUNS = words("press_nouns") | words("outlet_nouns")
GUEST_GROUPS = words("guest_groups")
REFLEXIVE_POSSESSIVES = words("reflexive_possessives")
VENUES = frozenset(rows("venues"))
PARTICIPATION_FRAMES = frozenset(rows("participation_frames"))
CLAUSE_OPENERS = words("clause_openers")
COMPOUND_PARTS = table("country_compounds")
PLACE_ADJECTIVES = table("place_adjectives")

SOON = re.compile(r"\bв\s+ближайш(?:ее|ие)\s+(?:время|дни|недели|месяцы)|\bвскоре\b"
                  r"|\bна\s+днях\b(?=[^.]*(?:пройд|состо|будет))", re.I)


def country_of_adjective(lemma: str) -> list[str]:
    """The countries a relational adjective names (its lemma): `российско-американский` → [Россия, США]."""
    names: list[str] = []
    for part in lemma.lower().split("-"):
        name = COMPOUND_PARTS.get(part)
        if name is None:
            adjective = part[:-1] + "ий" if part.endswith("о") else part  # `российско` → `российский`
            country = COUNTRY_BY_ADJECTIVE.get(adjective)
            name = country.name if country else None
        if name is None:
            return []
        if name not in names:
            names.append(name)
    return names


PLACE_SUFFIXES = ("ский", "цкий", "ской")
PLACE_ENDINGS = ("", "а", "ы", "и", "ь", "я")


@lru_cache(maxsize=1 << 16)  # adjective lemmas: a bounded vocabulary, looked up for every article
def place_of_adjective(lemma: str) -> Optional[str]:
    """The one place a relational adjective names: a country (`шведский`), else a city or region
    (`крымский` → Крым, `хабаровский` → Хабаровск, `чебоксарский` → Чебоксары): the adjective's stem, with
    or without its suffix, plus a noun ending, that the dictionary knows as a place name."""
    countries = country_of_adjective(lemma)
    if countries:
        return countries[0] if len(countries) == 1 else None
    if lemma in PLACE_ADJECTIVES:
        listed = PLACE_ADJECTIVES[lemma]
        return None if listed == "-" else listed
    suffix = next((x for x in PLACE_SUFFIXES if lemma.endswith(x)), None)
    if suffix is None:
        return None
    for stem in (lemma[:-2], lemma[:-len(suffix)]):
        for ending in PLACE_ENDINGS:
            word = stem + ending
            if any(p.is_known and "Geox" in p.tag and "nomn" in p.tag and morph.fold(p.normal_form) == word
                   for p in morph.parses(word)):
                return "-".join(part.capitalize() for part in word.split("-"))
    return None
