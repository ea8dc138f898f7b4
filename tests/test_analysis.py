"""The one analysis every stage reads, and the candidate patterns matched over it, on real sentences."""

from __future__ import annotations

import gc

import pytest

from whosaid import extract, morph, nlp
from whosaid.analysis import acyclic_heads
from whosaid.model import Span
from whosaid.patterns import Matcher, PatternError, load
from whosaid.quotes.attribution import STATEMENTS
from whosaid.entities.roles import ROLES
from whosaid.events.mentions import EVENTS


@pytest.fixture(scope="module")
def article():
    text = ("Новости\n\n"
            "Официальный представитель МИД России Мария Захарова заявила, что «Москва готова к диалогу». "
            "По словам дипломата, переговоры продолжатся. Министр не уточнил детали.\n\n"
            "Путин встретился с Макроном и поговорил по телефону с Шольцем.")
    return extract(text, published="2022-01-11")


def token(analysis, word: str, nth: int = 0) -> int:
    return [i for i, t in enumerate(analysis.tokens) if t.text == word][nth]


def test_the_models_are_frozen_out_of_the_collectors_reach():
    models = nlp.models()
    assert gc.get_freeze_count() > 0
    assert not any(o is models for o in gc.get_objects())


def test_the_youngest_generation_is_collected_seldom_once_the_models_are_loaded():
    nlp.models()
    assert gc.get_threshold()[0] >= nlp.YOUNG_COLLECTION >= 10_000


def test_each_tokens_folded_text_and_whether_it_is_a_word_are_read_once(article):
    analysis = article.analysis
    assert analysis.folded == [morph.fold(t.text) for t in analysis.tokens]
    words = {t.text: is_word for t, is_word in zip(analysis.tokens, analysis.is_word)}
    assert words["Захарова"] and words["МИД"] and not words[","] and not words["«"]


def test_each_token_keeps_the_tag_its_part_of_speech_features_and_lemma_come_from(article):
    tags = nlp.models().networks.tags
    assert all(tags[t.tag] == (t.pos, t.feats) for t in article.analysis.tokens)


def test_a_lemma_is_looked_up_only_for_a_word_that_is_a_form_of_one_asked_for():
    text = "Министры встретились с послом."
    analysis = nlp.models().analyse(text, [Span(0, len(text), text)])
    ministers, met = token(analysis, "Министры"), token(analysis, "встретились")
    assert analysis.has_lemma(ministers, frozenset({"министр", "посол"}))
    assert not analysis.has_lemma(met, frozenset({"министр", "посол"}))
    assert analysis._lemmas[met] is None  # not a form of either: no lemma looked up
    assert analysis.has_lemma(met, frozenset({"встретиться"}))


def test_a_word_is_parsed_once_whatever_its_capitals_but_a_capital_alone_is_an_initial():
    assert morph.parses("Захаровой") is morph.parses("захаровой")
    assert any("Init" in p.tag for p in morph.parses("М")) and not any("Init" in p.tag for p in morph.parses("м"))


def test_a_noun_read_in_a_case_its_gender_and_number_both_deny_is_not_declined_from_that_case():
    assert morph.nominative("Внук", "gent", "masc", "sing") == "Внук"  # not `внуки`, of the archaic `внука`
    assert morph.nominative("киоскеров", "gent", "masc", "sing") == "киоскёры"  # a people read singular
    assert morph.nominative("госсанэпидслужбе", "loct", "masc", "sing") == "госсанэпидслужба"  # read masculine


def test_heads_are_acyclic_and_children_are_their_inverse(article):
    analysis = article.analysis
    for i, t in enumerate(analysis.tokens):
        seen = set()
        k = i
        while k >= 0:
            assert k not in seen
            seen.add(k)
            k = analysis.tokens[k].head
        assert all(analysis.tokens[c].head == i for c in analysis.children[i])
        if t.head >= 0:
            assert i in analysis.children[t.head]
            assert analysis.tokens[t.head].sentence == t.sentence


def test_subtree_is_sorted_and_bounded_by_its_sentence(article):
    analysis = article.analysis
    verb = token(analysis, "заявила")
    tree = analysis.subtree(verb)
    assert list(tree) == sorted(tree) and verb in tree
    assert all(analysis.tokens[k].sentence == analysis.tokens[verb].sentence for k in tree)
    assert analysis.dominates(verb, token(analysis, "Захарова"))
    assert not analysis.dominates(token(analysis, "Захарова"), verb)


def test_lemmas_are_folded_dictionary_forms(article):
    analysis = article.analysis
    assert analysis.lemma(token(analysis, "заявила")) == "заявить"
    assert analysis.lemma(token(analysis, "Москва")) == "москва"
    assert all(analysis.lemma(i) == analysis.lemma(i).lower() and "ё" not in analysis.lemma(i)
               for i in range(len(analysis.tokens)))


def test_quotation_of_each_token(article):
    analysis = article.analysis
    inside, outside = token(analysis, "готова"), token(analysis, "заявила")
    assert analysis.quote_of[inside] is not None and analysis.quote_of[outside] is None
    quote = analysis.quote_of[inside]
    assert article.text[quote.open] == "«" and article.text[quote.close] == "»"
    assert analysis.quotation_at(analysis.tokens[inside].start + 1) is quote


def test_entity_mentions_cover_their_tokens(article):
    analysis = article.analysis
    name = analysis.name_at[token(analysis, "Захарова")]
    assert name is not None and name.type == "PER"
    entity = next(e for e in article.entities if e.id == name.entity)
    assert entity.name == "Мария Захарова"


@pytest.mark.parametrize("text, subject, verb, clause", [
    ("Скандал разгорелся после того, как семья бывшего министра Петра Смирнова заявила, что его отравили, отмечает "
     "The Times.", "семья", "заявила", "отравили"),
    ("Ранее другая отраслевая организация - Ассоциация туроператоров России - сообщала, что по итогам полугодия "
     "россияне совершили 13,2 млн поездок, что на 13,1% меньше, чем годом ранее (15,2 млн поездок).",
     "организация", "сообщала", "совершили"),
])
def test_a_subject_before_a_conjunction_is_the_subject_of_the_verb_before_it(text, subject, verb, clause):
    """The parser hung these on the verb of the `что` clause; a clause's subject never precedes its conjunction,
    and the clause is what the verb before it governs."""
    analysis = extract("Новости\n\n" + text + "\n").analysis
    said = token(analysis, verb)
    assert analysis.tokens[token(analysis, subject)].head == said
    assert analysis.tokens[token(analysis, clause)].head == said


def test_a_verb_before_a_conjunction_is_not_coordinated_with_the_verb_of_its_clause():
    analysis = extract("Новости\n\nПо данным Reuters, часть бывших сотрудников Apple разочаровались темпами "
                       "разработки беспилотного автомобиля внутри огромной корпорации и сомневались, что этот "
                       "процесс ускорит бывший президент европейского подразделения Ford Джон Смит.\n").analysis
    doubted, sped = token(analysis, "сомневались"), token(analysis, "ускорит")
    assert analysis.tokens[doubted].head == token(analysis, "разочаровались")
    assert analysis.tokens[sped].head == doubted


def test_acyclic_heads_breaks_every_cycle():
    assert acyclic_heads([1, 2, 0, -1]) in ([1, 2, -1, -1], [-1, 2, 0, -1], [1, -1, 0, -1])
    assert -1 in acyclic_heads([1, 0])
    assert acyclic_heads([-1, 0, 1]) == [-1, 0, 1]


# ---------------------------------------------------------------- patterns

def test_cue_patterns(article):
    analysis = article.analysis
    assert STATEMENTS.first(analysis, token(analysis, "заявила"), "cue") is not None
    assert STATEMENTS.first(analysis, token(analysis, "уточнил"), "cue") is None  # negated
    assert STATEMENTS.first(analysis, token(analysis, "Министр"), "cue") is None
    match = STATEMENTS.first(analysis, token(analysis, "По"), "по словам X")
    assert match is not None and analysis.tokens[match["noun"]].text == "словам"


def test_event_patterns(article):
    analysis = article.analysis
    met = next(EVENTS.matches(analysis, token(analysis, "встретился")))
    assert met.pattern.name == "event verb"
    partner = EVENTS.first(analysis, token(analysis, "встретился"), "partner")
    assert partner is not None and analysis.tokens[partner["partner"]].text == "Макроном"
    phoned = next(EVENTS.matches(analysis, token(analysis, "поговорил")))
    assert phoned.pattern.label == "phone_call"


def test_role_patterns():
    article = extract("Новости\n\nСергей Иванов согласился занять пост министра обороны. "
                      "Капитаном команды стал Михаэль Баллак.", published="2022-01-11")
    analysis = article.analysis
    post = next(ROLES.matches(analysis, token(analysis, "Сергей")))
    assert post.pattern.name == "согласился занять пост" and analysis.tokens[post["role"]].text == "министра"
    roles = {e.name: [r.title for r in e.roles] for e in article.entities if e.type == "PER"}
    assert roles["Сергей Иванов"] == ["министр обороны"] and roles["Михаэль Баллак"] == ["капитан команды"]


def test_a_cue_whose_stem_changes_is_still_a_cue():
    """Tokens are passed over by their form before a lemma is looked up: the forms come from the
    dictionary, so `пишет` (писать) and `сочтя` (счесть) still reach the patterns."""
    article = extract("Новости\n\nЭкономика растет, пишет газета. Сочтя доводы убедительными, суд отложил "
                      "заседание.", published="2022-01-11")
    analysis = article.analysis
    assert STATEMENTS.first(analysis, token(analysis, "пишет"), "cue") is not None
    assert STATEMENTS.first(analysis, token(analysis, "Сочтя"), "cue") is not None


def test_every_pattern_file_loads_and_every_pattern_is_used():
    for group, matcher in (("statements", STATEMENTS), ("events", EVENTS), ("roles", ROLES)):
        patterns = load(group)
        referenced = {name for p in patterns for name in p.unless}
        referenced |= {name for p in patterns for n in p.nodes
                       for name in ([n.attrs["is"]] if isinstance(n.attrs.get("is"), str) else n.attrs.get("is", []))}
        for p in patterns:
            assert p.doc or p.name in referenced, f"{group}: {p.name} says nothing of what it finds"
        assert matcher.patterns == patterns


def test_a_bad_pattern_file_is_named_in_the_error(tmp_path, monkeypatch):
    import whosaid.patterns as patterns
    (tmp_path / "broken.toml").write_text('[[pattern]]\nname = "x"\nnodes = [{ id = "a" }, { id = "b", op = "?" }]\n')
    monkeypatch.setattr(patterns, "__package__", None)
    monkeypatch.setattr(patterns.resources, "files", lambda package: tmp_path)
    load.cache_clear()
    try:
        with pytest.raises(PatternError, match="broken.toml.*'x'.*'b'"):
            Matcher("broken", lambda name: frozenset())
    finally:
        load.cache_clear()


def test_a_full_stop_inside_brackets_ends_no_sentence():
    text = ("Кернес назвал дело \"местью Авакова (и.о. главы МВД Арсен Аваков. - Прим. ред.)\", отмечает издание. "
            "Через год (в 2015 г.) его переизбрали. Дальше (совсем другое")
    analysis = extract(text).analysis
    assert [text[s.start:s.end] for s in analysis.sentences] == [
        "Кернес назвал дело \"местью Авакова (и.о. главы МВД Арсен Аваков. - Прим. ред.)\", отмечает издание.",
        "Через год (в 2015 г.) его переизбрали.", "Дальше (совсем другое"]


def test_a_verb_opening_a_sentence_is_a_verb_where_the_tagger_read_a_name():
    article = extract("Новости\n\nКристал отправляет тысячи сообщений в месяц. Объяснила же она свою "
                      "смс-манию так: \"Я популярна и ничего не могу с этим поделать\". Марина уехала.")
    analysis = article.analysis
    assert analysis.tokens[token(analysis, "Объяснила")].pos == "VERB"
    assert analysis.tokens[token(analysis, "Марина")].pos == "PROPN"  # a name stays one
    assert [q.cue.text for q in article.quotes if "популярна" in q.content.text] == ["Объяснила"]


def test_a_common_noun_opening_a_sentence_as_its_subject_is_a_nominative_noun_where_the_tagger_read_a_name():
    article = extract("Новости\n\nВнук лидера националистов Степана Бандеры заявил, что готов вернуть награду.")
    analysis = article.analysis
    k = token(analysis, "Внук")
    assert (analysis.tokens[k].pos, analysis.tokens[k].feats.get("Case")) == ("NOUN", "Nom")  # read a genitive name
    assert analysis.tokens[token(analysis, "Степана")].pos == "PROPN"  # a name stays one
    assert [(q.speaker.kind, q.speaker.name) for q in article.quotes] == [
        ("unnamed", "Внук лидера националистов Степана Бандеры")]  # his grandson, not Бандера


@pytest.mark.parametrize("sentence, speaker", [
    ("Инициатором выступил \"Вымпелком\", сообщил близкий к ритейлеру человек.", "человек, близкий к ритейлеру"),
    ("Решение уже принято. Об этом сообщил знакомый с ситуацией человек.", "человек, знакомый с ситуацией"),
])
def test_a_subject_read_in_an_oblique_case_is_nominative_where_its_adjective_is(sentence, speaker):
    article = extract(f"Новости\n\n{sentence}")
    k = token(article.analysis, "человек")
    assert (article.analysis.tokens[k].feats.get("Case"), article.analysis.tokens[k].feats.get("Number")) == (
        "Nom", "Sing")  # read a genitive plural of `люди`
    assert [(q.speaker.kind, q.speaker.name) for q in article.quotes] == [("unnamed", speaker)]


def test_a_verb_read_from_the_dictionary_has_its_own_lemma():
    article = extract("Новости\n\nЗампред ЦБ при этом отметил, что \"в течение полугодия Банк России сократил объем "
                      "вложений в эти бумаги примерно на 40%\". Добавив при этом, что снижение объемов связано с тем, "
                      "что это политически чувствительная зона.")
    analysis = article.analysis
    k = token(analysis, "Добавив")
    assert (analysis.tokens[k].pos, analysis.lemma(k)) == ("VERB", "добавить")


@pytest.mark.parametrize("hidden", ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_character_that_shows_nothing_is_read_through_and_kept_in_the_text(hidden):
    text = f"Новости\n\nМинистр Иван Пет{hidden}ров заяв{hidden}ил, что цены вы{hidden}растут."
    article = extract(text)
    assert article.text == text  # the text is never rewritten
    said = article.analysis.tokens[token(article.analysis, "заявил")]
    assert text[said.start:said.end] == f"заяв{hidden}ил" and said.pos == "VERB"
    [quote] = article.quotes
    assert (quote.speaker.name, quote.cue.text, quote.content.text) == (
        "Иван Петров", f"заяв{hidden}ил", f"цены вы{hidden}растут")  # spans into the text as written


def test_a_zero_width_space_parts_words_as_a_space_does():
    article = extract("Новости\n\nМинистр Иван Петров\u200bзаявил, что цены вырастут.")
    assert [(q.speaker.name, q.cue.text) for q in article.quotes] == [("Иван Петров", "заявил")]
