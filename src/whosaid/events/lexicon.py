"""The words that name events in Russian news, and the words around them that say who, when and whether.

The lists are data files of `whosaid.lexicon` (their comments say what each is for); entries are folded lemmas,
compared with `Sentences.lemma` (prepositions with `Sentences.low`).
"""

from __future__ import annotations

import re
from typing import Optional

from ..entities.lexicon import (REFLEXIVE_POSSESSIVES, country_of_adjective,  # noqa: F401 (the events' words)
                                place_of_adjective)
from .. import morph
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
# A vote (`при голосовании`, `референдум`, `проголосовал`) may decide a question, not who holds an office: no
# one runs in it unless the text says so.
VOTES = frozenset(lemma for table_name in ("event_nouns", "event_verbs")
                  for lemma, found in _options(table_name).items() if "question" in found)
GENITIVE_ROLE = _valued(_options("event_nouns"), "of")
SUBJECT_ROLE = _valued(_options("event_verbs"), "subject")
ACTS = _valued(_options("event_nouns"), "act") | _valued(_options("event_verbs"), "act")
ROLES = {(kind, place): role for kind, place, role in rows("event_roles")}
# Every event type and participant role a record can hold: what a filter on them may ask for.
EVENT_TYPES = frozenset(kind for table_name in ("event_nouns", "event_verbs") for _lemma, kind, *_ in rows(table_name))
PARTICIPANT_ROLES = frozenset(ROLES.values()) | {"participant"}
DESCRIBED_KINDS = frozenset(kind for kind, _place in ROLES)  # their parties are often unnamed groups
TARGET_PREPOSITIONS = words("target_prepositions")
POSSESSIVES = table("possessives")  # `его задержание`, `их встреча`: a possessive and its owner's number or gender
GROUND_NOUNS = words("ground_nouns")
COURT_NOUNS = words("court_nouns")
# A body's kind noun → the words that name a body of that kind: a court's own noun, or `body_kinds.tsv`.
BODY_KINDS = {noun: frozenset({noun}) for noun in COURT_NOUNS} \
    | {noun: frozenset(named.split()) for noun, named in table("body_kinds").items()}
COURT_MEASURES = words("court_measures")
COURT_SIDE_FRAMES = {(preposition, noun): slot for preposition, noun, slot in rows("court_side_frames")}
# What a party asks a court for, whose genitive is who asked (`иск Нафтогаза`, `жалобу адвокатов`).
CLAIM_NOUNS = words("court_filings") | frozenset(lemma for lemma, role in GENITIVE_ROLE.items() if role == "plaintiff")
LOCATED_BODIES = words("located_bodies")
LOCAL_SITES = words("local_sites")
COMPOUND_PLACES = rows("compound_places")


def place_of_compound(lemma: str) -> Optional[str]:
    """The place a local body's compound name begins with (`мосгордума` → Москва), else None."""
    return next((place for start, place in COMPOUND_PLACES if lemma.startswith(start)), None)
REGION_LEVELS = table("region_levels")


def place_of_region(adjective: str, level: str) -> Optional[str]:
    """`новосибирский` beside `областной`: Новосибирская область, the region the body is of (a place adjective
    and an entry of `region_levels.tsv`), else None."""
    noun = REGION_LEVELS.get(level)
    if noun is None or place_of_adjective(adjective) is None:
        return None
    gender = morph.analyzer().parse(noun)[0].tag.gender
    parse = next((p for p in morph.analyzer().parse(adjective) if "ADJF" in p.tag), None)
    form = parse.inflect({gender, "nomn", "sing"}) if parse is not None else None
    return f"{form.word.capitalize()} {noun}" if form is not None else None


SCENE_NOUNS = words("scene_nouns")
CITY_DISTRICTS = words("city_districts")
NEAR_PREPOSITIONS = words("near_prepositions")
DISTRICT_COURTS = table("district_courts")
POST_NOUNS = words("post_nouns")
SITTING_BODIES = words("sitting_bodies")
GROUP_NOUNS = words("group_nouns")
MEMBER_NOUNS = words("member_nouns")
DELEGATION_NOUNS = words("delegation_nouns")
COUNT_NOUNS = words("count_nouns")
BLAMING_VERBS = words("blaming_verbs")
PEOPLE_VERBS = words("people_verbs")
ROLE_NOUNS = words("role_nouns")
CANCELLING_VERBS = words("cancelling_verbs")
HOSTING_VERBS = words("hosting_verbs")
MOTION_VERBS = words("motion_verbs")
HOLDING_VERBS = words("holding_verbs")
CONTEST_VERBS = words("contest_verbs")
HAPPENING_VERBS = words("happening_verbs")
# Verbs whose negation denies the event itself (`встреча не состоялась`, `переговоров не было`, `не
# проводили переговоров`), unlike one that denies something done with it (`срок не брался в расчет`)
BEING_VERBS = HOLDING_VERBS | HAPPENING_VERBS | words("copulas") | CANCELLING_VERBS
ATTENDANCE_FRAMES = frozenset(rows("attendance_frames"))
CONDITIONAL_FRAMES = frozenset(rows("conditional_frames"))
TOPIC_PREPOSITIONS = words("topic_prepositions")
TALKING_VERBS = words("talking_verbs")
BOTH_WORDS = words("both_words")
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
CLAIMING_FRAMES = frozenset(rows("claiming_frames"))
DEED_NOUNS = words("deed_nouns")
PLACE_PARTS = words("place_parts")
SERIES_NOUNS = words("series_nouns")
PHASE_NOUNS = words("phase_nouns") | SERIES_NOUNS
PLANNED_WORDS = words("planned_words")
PAST_WORDS = words("past_words")
SCHEDULING_VERBS = words("scheduling_verbs")
DATE_BOUNDS = words("date_bounds")
REASON_PREPOSITIONS = words("reason_prepositions")
PRESS_NOUNS = words("press_nouns") | frozenset(table("outlet_nouns"))
GUEST_GROUPS = words("guest_groups")
VENUES = frozenset(rows("venues"))
PARTICIPATION_FRAMES = frozenset(rows("participation_frames"))
DOER_FRAMES = frozenset(rows("doer_frames"))
CLAUSE_OPENERS = words("clause_openers")
TRIP_BOUNDS = words("trip_bounds")

SOON = re.compile(r"\bв\s+ближайш(?:ее|ие)\s+(?:время|дни|недели|месяцы)|\bвскоре\b"
                  r"|\bна\s+днях\b(?=[^.]*(?:пройд|состо|будет))", re.I)


