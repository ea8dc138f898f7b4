"""Word lists the entity rules stand on: countries, organisation head nouns, people nouns.

These are facts of the language and of news writing (which nouns head an organisation's name, which adjective
belongs to which country), not of any one article. The lists are data files of `whosaid.lexicon` (their comments
say what each is for); entries are folded lemmas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import morph
from ..lexicon import fold, rows, table, words


@dataclass(frozen=True)
class Country:
    name: str  # nominative, as written in news: "Россия", "США"
    genitive: str  # "России", "США": for organisation names such as "МИД России"
    adjectives: tuple[str, ...]  # "российский"
    aliases: tuple[str, ...] = ()  # other lemmas naming it: "рф", "российская федерация"
    capital: str = ""  # lemma of the capital, for "Москва требует" (the government)


def _items(field: str) -> tuple[str, ...]:
    """A comma-separated column of countries.tsv, folded; `-` is none."""
    return () if field == "-" else tuple(fold(item) for item in field.split(","))


COUNTRIES = tuple(Country(name, genitive, _items(adjectives), _items(aliases), "".join(_items(capital)))
                  for _lemma, name, genitive, adjectives, aliases, capital in rows("countries"))

COUNTRY_BY_LEMMA: dict[str, Country] = {}
COUNTRY_BY_ADJECTIVE: dict[str, Country] = {}
COUNTRY_BY_CAPITAL: dict[str, Country] = {}
for (_name_lemma, *_), _country in zip(rows("countries"), COUNTRIES):
    for _lemma in (_name_lemma, *_country.aliases):
        COUNTRY_BY_LEMMA.setdefault(_lemma, _country)
    for _adjective in _country.adjectives:
        COUNTRY_BY_ADJECTIVE.setdefault(_adjective, _country)
    if _country.capital:
        COUNTRY_BY_CAPITAL.setdefault(_country.capital, _country)
COUNTRY_ADJECTIVES = frozenset(COUNTRY_BY_ADJECTIVE)  # what `Analysis.has_lemma` is asked
COUNTRY_BY_DEMONYM = {demonym: COUNTRY_BY_LEMMA[country] for demonym, country in rows("demonyms")}  # `канадец`

# One body's names (`ЕС`, `Евросоюз`, `Европейский союз`): each folded name to the body's short name.
ORGANISATION_NAMES: dict[str, str] = {fold(name): names[0] for _key, *names in rows("organisation_names")
                                      for name in names}
# Phrases for a state body by what it deals with (`внешнеполитическое ведомство`), each to the body's short name.
BODY_PARAPHRASES: dict[str, str] = {}
for _short, *_phrases in rows("body_paraphrases"):
    _name = ORGANISATION_NAMES.setdefault(_short, _short.upper())  # `мид`: an initialism no row of names lists
    BODY_PARAPHRASES.update((fold(phrase), _name) for phrase in _phrases)
ORGANISATION_NAMES.update(BODY_PARAPHRASES)
# A ministry's short names, one word (`Минфин`, `Минобороны`), that a declined form opens (`Минфина`).
MINISTRY_SHORT_NAMES = tuple(sorted({fold(name) for _key, *names in rows("organisation_names") for name in names
                                     if name.startswith("Мин") and " " not in name}, key=len, reverse=True))
ORG_HEADS = words("org_heads")
AGENT_NOUNS = words("agent_nouns")  # `представитель`, `советник`: who acts for a body or a person, never its head
CIRCUMSTANCE_NOUNS = words("circumstance_nouns")  # `в случае`, `в рамках`: why or in what course, no place
INITIALISM_HEADS = table("initialism_heads")  # `фсб` → служба: the noun heading its full name
OFFICE_BODIES_OF_TITLES = table("office_bodies_of_titles")  # `министр` → министерство: where its holder serves
OFFICE_BODIES = words("office_bodies")
PLACE_ORG_HEADS = words("place_org_heads")
PLACE_KINDS = words("place_kinds")
STREET_KINDS = words("street_kinds")
GENERATION_WORDS = words("generation_words")
OFFICIAL_HEADS = words("official_heads")
BODY_NOUNS = words("body_nouns")
COMMON_BODIES = words("common_bodies")
BODY_HYPERNYMS = words("body_hypernyms") | words("any_body_hypernyms")  # `ведомство`, `организация`: any body
# Nouns of an event that also name a body (`собрание`: `собрание акционеров`, `Законодательное собрание`).
EVENT_BODY_NOUNS = frozenset(lemma for lemma, _kind, *options in rows("event_nouns")
                             if options and "body" in options[0].split(","))
TERM_NOUNS = words("term_nouns")
LEGAL_FORMS = words("legal_forms")  # `оао`, `ооо`
NOT_NAMES = words("not_names")
INSTITUTION_NAMES = words("institution_names")
FACILITY_NAMES = words("facility_names")
FACILITY_KINDS = words("facility_kinds")
BUILDING_NOUNS = words("building_nouns")
NOT_ROLES = words("not_roles")
PLAIN_PERSON_NOUNS = words("plain_person_nouns")
ROLE_WORDS = words("role_words")
HEADING_WORDS = words("heading_words")
ROLE_PARTICIPLES = words("role_participles")
ROLE_ABBREVIATIONS = words("role_abbreviations")
STATE_OFFICES = words("state_offices")
LOCAL_OFFICES = words("local_offices")
REGIONAL_OFFICES = words("regional_offices")
# `глава правительство` → the titles of the office it paraphrases (`премьер`, `канцлер`, ...)
OFFICE_PARAPHRASES = {phrase: frozenset(titles.split(",")) for phrase, titles in table("office_paraphrases").items()}
MINISTER_TITLES = table("minister_titles")
# `полпред` → the words of the full title (`полномочный`, `представитель`)
TITLE_SHORT_FORMS = {short: tuple(full.split()) for short, full in table("title_short_forms").items()}
POST_RANKS = table("post_ranks")
TRIAL_SIDES = table("trial_sides")
TRADE_NAMES = table("trade_names")
# a military rank → the nouns for anyone of its class (`полковник` → офицер, военнослужащий)
RANK_CLASSES = {rank: frozenset(classes.split()) for rank, classes in table("rank_classes").items()}
# `депутат` → the words that name a body whose members it names (`госдума`, `парламентский`, ...)
MEMBER_BODIES = {noun: frozenset(named.split()) for noun, named in table("member_bodies").items()}
MEMBER_POSTS = words("member_posts")
MEMBER_GROUPS = words("member_groups")
FORMER_WORDS = words("former_words")
RELATIVE_PRONOUNS = words("relative_pronouns")
REFLEXIVE_POSSESSIVES = words("reflexive_possessives")
SPECIFIC_OFFICES = STATE_OFFICES - words("office_hypernyms")  # `министр` is not a `президент`
OFFICES = STATE_OFFICES | LOCAL_OFFICES | REGIONAL_OFFICES | ROLE_WORDS | words("role_nouns")  # what one holds or
# does, never a name (`Генпрокурор`); not `Лебедь`, `Мадонна`, common nouns that are also people's names
HEADS_OF_STATE = words("heads_of_state")
NATIONAL_OFFICES = words("national_offices")
THE_COUNTRY = words("the_country")
THE_PLACE = words("the_place")
STANCE_NOUNS = words("stance_nouns")
SPEECH_VERBS = words("speech_verbs")
PERSONAL_PRONOUNS = words("personal_pronouns")
PRONOUN_GENDERS = table("pronoun_genders")
# `его словам`, `ее позиция`: a possessive's form and the gender of its owner
POSSESSIVE_GENDERS = {form: morph.GENDERS[feature] for form, feature in table("possessives").items()
                      if feature in morph.GENDERS}
NOT_ANAPHORIC = words("not_anaphoric")
UNKNOWN_DOERS = words("unknown_doer_nouns")  # `убийца`: someone new, unless known by the noun
FRAME_NOUNS = words("frame_nouns")
POST_FRAMES = words("post_frames")
VEHICLE_NOUNS = words("vehicle_nouns")
SITE_NOUNS = words("site_nouns")
DOMAIN_ZONES = words("domain_zones")
ADDRESS_NOUNS = words("address_nouns")
WORK_NOUNS = words("work_nouns")
NAMED_THING_HEADS = words("named_thing_heads")
DEMONSTRATIVES = words("demonstratives")
REFERRING_ADJECTIVES = words("referring_adjectives")
MISSION_NOUNS = words("mission_nouns")
SOURCE_NOUNS = words("source_nouns")
ARRIVAL_VERBS = words("arrival_verbs")


COMPOUND_PARTS = table("country_compounds")
PLACE_ADJECTIVES = table("place_adjectives")


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
