"""The words that make a statement: cue verbs, attribution frames, channels, and kinds of speakers.

The lists are data files of `whosaid.lexicon` (their comments say what each is for); entries are folded lemmas,
compared with `Doc.lemma`.
"""

from __future__ import annotations

from ..entities.lexicon import CIRCUMSTANCE_NOUNS as CIRCUMSTANCE_NOUNS  # one list: the entities' roles read it too
from ..lexicon import rows, table, words

SPEECH_VERBS = words("speech_verbs")
NO_CONTENT_OBJECT = words("no_content_verbs")
OBJECT_CONTENT = words("object_content_verbs")
OFFERING_VERBS = words("offering_verbs")
AWAITING_VERBS = words("awaiting_verbs")  # `ожидает Рогозина`: a wait, not a view
PREDICATIVE = words("predicative_verbs")
IMPERSONAL_VERBS = words("impersonal_verbs")
FRAME_NOUNS = words("frame_nouns")
SOURCE_PREPOSITIONS = words("source_prepositions")
SOURCE_NOUNS = words("source_nouns")
CHANNEL_NOUNS = words("channel_nouns")
TOPIC_PREPOSITIONS = words("topic_prepositions")  # `Песков о санкциях`: what a speaker spoke about
FLOOR_VERBS = words("floor_verbs")  # taking the floor: `Затем выступил министр.`
TIME_NOUNS = words("time_nouns")
INSTITUTION_NOUNS = words("institution_nouns")
GROUP_NOUNS = words("group_nouns")  # inanimate nouns for people who act together: `оппозиция`, `полиция`
LEGAL_ACTS = words("legal_acts")  # documents that speak for themselves, not for their authors
DOCUMENT_NOUNS = words("document_nouns") | LEGAL_ACTS
DATA_NOUNS = words("data_nouns")
FINDING_NOUNS = words("finding_nouns")
ORDER_NOUNS = words("order_nouns")
GROUND_NOUNS = words("ground_nouns")  # `по заявлению гражданина`: the grounds an act was done upon
ROLE_NOUNS = words("role_nouns")
KINSHIP_NOUNS = words("kinship_nouns")  # `дочь`, `вдова`: a relative of the one the noun's genitive names
PRONOUNS = words("personal_pronouns")
POSSESSIVES = table("possessives")
CONNECTORS = words("connectors")
OUTLET_NOUNS = table("outlet_nouns")  # noun → the kind of outlet it stands for
PRESS_NOUNS = words("press_nouns") | frozenset(OUTLET_NOUNS)
VIEW_VERBS = words("view_verbs")  # holding a view or intention, not an act of saying: `надеяться`
INFORMANT_NOUNS = words("informant_nouns")  # an anonymous source: `источник`
QUOTING_NOUNS = words("quoting_nouns")
CITING_WORDS = words("citing_words")
RELAY_VERBS = words("relay_verbs")
PARENTHETICAL_GERUNDS = words("parenthetical_gerunds")  # `судя по`: no act of the speaker's
COUNT_NOUNS = words("count_nouns")  # `несколько тысяч демонстрантов`: the people counted
COUNT_BOUNDS = words("count_bounds")  # `меньше четверти россиян`: part of a counted speaker's phrase
DEMONSTRATIVES = words("demonstratives")  # `сказал это`, `из этого следует`: what was just said
# Gatherings (`встреча`, `переговоры`, `саммит`): a document of one (`протокол встречи`) is the document's, the
# gathering is no author; not a noun that also names a body (`собрание`).
_GATHERINGS = ("talks", "meeting", "visit", "summit", "session", "press_conference", "briefing")
GATHERING_NOUNS = frozenset(lemma for lemma, kind, *options in rows("event_nouns")
                            if kind in _GATHERINGS and "body" not in "".join(options))

