"""The store on both backends: ingest, identities across articles, search, filters, export.

Every test runs on an SQLite file and on a real PostgreSQL server (see conftest `store_url`).
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from conftest import emptied
from store_records import TASS, said_by, sample_record, tass_copy, tass_record, undated_record

import whosaid
from whosaid.store import Filters, Store
from whosaid.store import words
from whosaid.store.ingest import best_name
from whosaid.store.names import PersonName
from whosaid.store.queries import AmbiguousName


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        for article in (sample_record(), tass_record()):
            opened.add(article)
        yield opened


def records():
    return sample_record(), tass_record()


def texts(hits):
    return [hit.content for hit in hits]


def expected_counts(*records) -> dict:
    entities = [e for a in records for e in a.entities]
    return {"articles": len(records), "entities": len(entities),
            "mentions": sum(len(e.mentions) for e in entities), "roles": sum(len(e.roles) for e in entities),
            "statements": sum(len(a.quotes) for a in records), "events": sum(len(a.events) for a in records),
            # one identity a key, but `М. Захарова` is `Мария Захарова`
            "identities": len({e.key for e in entities} - {"PER:м. захарова"})}


ZAKHAROVA = ("Мария Захарова", "М. Захарова")


def test_ingest_is_idempotent_and_replaces_by_id_or_text(store):
    first = store.counts()
    assert first == expected_counts(*records())
    assert store.ingest(records()) == {"added": 0, "replaced": 0, "unchanged": 2}
    assert store.counts() == first
    # the same text under a new id replaces the old article, not duplicates it
    assert store.add(tass_record(id="tass-again")) == "replaced"
    assert store.counts() == first and store.article("tass-zakharova") is None
    # the same id with a changed record replaces it too
    changed = sample_record()
    changed.quotes = changed.quotes[:2]
    assert store.add(changed) == "replaced"
    assert store.counts()["statements"] == 2 + len(tass_record().quotes)


def test_records_come_back_whole(store):
    assert store.article("sputnik-2022-01-11-security-guarantees") == sample_record()
    assert store.article("tass-zakharova").quotes == tass_record().quotes


def test_one_speaker_across_articles(store):
    said = said_by(*ZAKHAROVA, records=records())
    zakharova = store.speaker("Захарова")
    assert zakharova.name == "Мария Захарова"
    assert "М. Захарова" in zakharova.aliases
    assert zakharova.keys == ["PER:м. захарова", "PER:мария захарова"]
    assert ("официальный представитель", "МИД России", "2022-01-11", "2022-01-20", 2, 0) in zakharova.roles
    assert zakharova.timeline == [("2022-01", len(said))]
    assert sorted(texts(zakharova.statements)) == sorted(said)
    assert zakharova.statements[0].article_id == "tass-zakharova"  # the latest first
    assert "НАТО" in [name for _, name, _, _ in zakharova.about]
    assert store.speaker("Захаровой").identity_id == zakharova.identity_id
    assert store.speaker(str(zakharova.identity_id)).name == "Мария Захарова"
    assert store.speaker("Лавров") is None


def test_person_names_link_by_surname_and_compatible_given_names():
    maria = PersonName.parse("PER:мария захарова")
    assert maria.compatible(PersonName.parse("PER:м. захарова"))
    assert maria.compatible(PersonName.parse("Захарова М.В."))
    assert maria.compatible(PersonName.parse("захарова"))
    assert not maria.compatible(PersonName.parse("марина захарова"))
    assert not maria.compatible(PersonName.parse("мария захаров"))
    assert not maria.compatible(PersonName.parse("PER:н. захарова"))


def test_an_ambiguous_surname_is_not_linked(store):
    store.add(whosaid.extract("Заголовок\n\nИрина Захарова, пресс-секретарь компании, отказалась от "
                              "комментариев.\n", id="irina"))
    store.add(whosaid.extract("Заголовок\n\nЗахарова отказалась от комментариев.\n", id="bare"))
    names = {row.name: row for row in store.identities(type="PER", name="Захарова")}
    assert set(names) == {"Мария Захарова", "Ирина Захарова", "Захарова"}
    pairs = {frozenset((a.name, b.name)) for a, b in store.possible_splits()}
    assert frozenset(("Мария Захарова", "Захарова")) in pairs


def test_names_as_people_type_them(store):
    """Initials before or after the surname, any case form, any capitals: the speaker, the statement
    filter, the events' participants and the identities listing all find the one person."""
    zakharova, ryabkov = store.speaker("Мария Захарова").identity_id, store.speaker("Сергей Рябков").identity_id
    for typed in ("Захарова М.В.", "М.В. Захарова", "ЗАХАРОВОЙ", "марии захаровой", "Захарова Мария"):
        assert store.speaker(typed).identity_id == zakharova, typed
    for typed in ("С. Рябков", "Рябкову", "Рябков С.А.", "с. рябкова"):
        assert store.speaker(typed).identity_id == ryabkov, typed
        assert {h.identity_id for h in store.search(Filters(speaker=typed))} == {ryabkov}, typed
        assert [e.type for e in store.events(participant=typed)] == ["talks"], typed
        assert [row.id for row in store.identities(name=typed)] == [ryabkov], typed
    assert store.speaker("Н. Захарова") is None  # an initial that fits no one finds no one
    assert store.search(Filters(speaker="Н. Захарова")) == []
    assert store.identities(name="Н. Захарова") == []
    assert store.speaker("Россия").name == "Россия"  # not `МИД России`, which has the word too


def test_an_ambiguous_name_says_so_rather_than_pick_one(store):
    store.add(whosaid.extract("Заголовок\n\nИрина Захарова, пресс-секретарь компании, заявила, что "
                              "компания не будет комментировать сделку.\n", id="irina"))
    for ask in (lambda: store.speaker("Захаровой"), lambda: store.search(Filters(speaker="Захарова")),
                lambda: store.speakers(Filters(query="сделку", speaker="Захарова")),
                lambda: store.search_page(Filters(speaker="Захарова")),  # a page with its total: the same
                lambda: store.articles_page(Filters(speaker="Захаровой")),
                lambda: store.speakers_page(Filters(speaker="Захарова"))):
        with pytest.raises(AmbiguousName, match=r"^speaker '[^']+' may be any of 2 identities: "
                                                r"(Мария|Ирина) Захарова \(id \d+\), (Мария|Ирина) Захарова"):
            ask()
    with pytest.raises(AmbiguousName, match=r"^participant 'Захаровой' may be any of 2 identities: "):
        store.events_page(participant="Захаровой")
    mine = store.search_page(Filters(speaker="М. Захарова"), limit=2)
    assert {hit.identity for hit in mine.items} == {"Мария Захарова"}
    assert mine.total == len(store.search(Filters(speaker="М. Захарова"), limit=100)) > 2 and mine.next_offset == 2
    assert store.speaker("М. Захарова").name == "Мария Захарова"  # the initial tells them apart
    assert store.speaker("Ирины Захаровой").name == "Ирина Захарова"
    assert {row.name for row in store.identities(name="Захарова")} == {"Мария Захарова", "Ирина Захарова"}
    store.add(whosaid.extract("Заголовок\n\nЛюдмила Путина, бывшая супруга президента, заявила, что не будет "
                              "давать интервью.\n", id="putina"))
    # a surname as written names its own: `Путин` is not `Путина`, though `Путину` may be either
    assert (store.speaker("Путин").name, store.speaker("Путина").name) == ("Владимир Путин", "Людмила Путина")
    assert store.speaker("Владимира Путина").name == "Владимир Путин"
    with pytest.raises(AmbiguousName, match="Владимир Путин .* Людмила Путина"):
        store.speaker("Путину")


US_TEXTS = {  # the one country by names that differ only in `ё`, and a ministry named lower-case
    "us-a": "Заголовок\n\nСоединённые Штаты не ответили на предложения, заявил министр иностранных дел "
            "России Сергей Лавров. Лавров добавил, что Америка должна ответить.\n",
    "us-b": "Заголовок\n\nСоединенные Штаты готовы к переговорам, сообщило министерство иностранных дел "
            "России. По словам Лаврова, Америке придется ответить.\n",
}


def test_an_identity_is_named_the_same_whatever_the_order_of_ingest(store_url, tmp_path):
    analysed = [whosaid.extract(text, id=id_) for id_, text in US_TEXTS.items()]
    names = []
    for order in (analysed, analysed[::-1]):
        with Store.open(emptied(store_url, tmp_path) if names else store_url) as store:
            store.ingest(order)
            names.append({tuple(row.keys): row.name for row in store.identities()})
    assert names[0] == names[1]
    assert names[0][("LOC:сша",)] in ("Соединённые Штаты", "Соединенные Штаты")  # the fullest
    assert names[0][("PER:лавров", "PER:сергей лавров")] == "Сергей Лавров"
    assert names[0][("ORG:министерство иностранных дел россии",)] == "Министерство иностранных дел России"


def test_display_names_are_nominative_and_capitalised(store):
    assert best_name(["Америке", "Америка"]) == best_name(["Америка", "Америке"]) == "Америка"
    assert best_name(["М. Захарова", "Марии Захаровой", "Мария Захарова"]) == "Мария Захарова"
    assert [row.name for row in store.identities(name="делегация")] == ["Российская делегация"]


def test_source_filters_in_any_case(store):
    """`sputnik` finds `Sputnik`, and `тасс` finds `ТАСС`: Cyrillic too, which SQLite's lower() leaves."""
    for typed in ("ТАСС", "тасс", " Тасс "):
        assert {h.article_id for h in store.search(Filters(source=typed))} == {"tass-zakharova"}, typed
        assert [a.id for a in store.search_articles(Filters(source=typed))] == ["tass-zakharova"], typed
    assert {e.article_id for e in store.events(Filters(source="sputnik"))} == {
        "sputnik-2022-01-11-security-guarantees"}
    out = io.StringIO()
    assert store.export("articles", "jsonl", out, Filters(source="SPUTNIK")) == 1
    assert store.search(Filters(source="ТАСС Москва")) == []


def stems_in(text: str, *stems: str) -> bool:
    return all(stem in text.lower() for stem in stems)


def test_search_finds_other_word_forms(store):
    statements = [q.content.text for a in records() for q in a.quotes]
    # `гарантии безопасности` finds `о гарантиях безопасности`, `по вопросам гарантий безопасности`, ...
    found = texts(store.search(Filters(query="гарантии безопасности")))
    assert sorted(found) == sorted(t for t in statements if stems_in(t, "гаранти", "безопасност"))
    assert "НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности" in found
    assert texts(store.search(Filters(query="гарантия"))) == texts(store.search(Filters(query="гарантиям")))
    assert sorted(texts(store.search(Filters(query="письменным ответом")))) == [
        "Москва не видит смысла в новых встречах с НАТО без письменного ответа",
        "Мы ждем письменного ответа, а не заявлений для прессы"]
    articles = store.search_articles(Filters(query="Захаровой"))
    assert {a.id for a in articles} == {"sputnik-2022-01-11-security-guarantees", "tass-zakharova"}
    assert store.search_articles(Filters(query="Соловьевым")) == []  # `СоловьевLIVE` is one word


def test_filters_combine(store):
    sample, tass = records()
    by_zakharova = store.search(Filters(speaker="Захаровой"), limit=100)
    assert sorted(texts(by_zakharova)) == sorted(said_by(*ZAKHAROVA, records=(sample, tass)))
    assert {h.identity for h in by_zakharova} == {"Мария Захарова"}
    assert len(store.search(Filters(speaker="М. Захарова", since="2022-01-15"))) == len(
        said_by(*ZAKHAROVA, records=(tass,)))
    direct = [q for q in sample.quotes if q.speaker.name in ZAKHAROVA and q.type == "direct"]
    assert len(store.search(Filters(speaker="Захарова", until="2022-01-11", type="direct"))) == len(direct) > 0
    assert texts(store.search(Filters(query="НАТО", speaker="Захарова", since="2022-01", until="2022-01"),
                              sort="date")) == [
        "НАТО так и не ответило на предложения России о гарантиях безопасности",  # the headline `Захарова: ...`
        "НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности",
        "Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности"]
    assert store.search(Filters(query="НАТО", speaker="Захарова", since="2022-02")) == []
    # `официальный представитель МИД РФ`, `замглавы МИД РФ`, and the ministry itself
    foreign_ministry = {"Мария Захарова", "Сергей Рябков", "Министерство иностранных дел России"}
    assert {h.identity for h in store.search(Filters(organization="министерства иностранных дел"))} == \
        foreign_ministry
    assert {h.identity for h in store.search(Filters(organization="МИД России"))} == foreign_ministry
    assert {h.identity for h in store.search(Filters(organization="Белого дома"))} == {"Джен Псаки"}
    assert {h.identity for h in store.search(Filters(organization="МИД", type="direct"))} == {"Мария Захарова"}
    assert {h.article_id for h in store.search(Filters(source="ТАСС"))} == {"tass-zakharova"}
    assert [a.id for a in store.search_articles(Filters(speaker="Псаки"))] == [
        "sputnik-2022-01-11-security-guarantees"]
    latest = store.search(Filters(), sort="date", limit=len(tass.quotes))
    assert [h.article_id for h in latest] == ["tass-zakharova"] * len(tass.quotes)
    everything = len(sample.quotes) + len(tass.quotes)
    assert len(store.search(Filters(), limit=4, offset=everything - 2)) == 2


def mentioned_in(article, *names: str) -> list[str]:
    """The statements of a record whose content holds a mention of an entity of one of these names."""
    return [q.content.text for q in article.quotes if any(
        e.name in names and any(q.content.start <= m.start and m.end <= q.content.end for m in e.mentions)
        for e in article.entities)]


def test_about_finds_the_statements_that_mention_an_entity_by_any_of_its_names(store):
    sample, tass = records()
    ukraine = mentioned_in(sample, "Украина")
    assert len(ukraine) == 2  # `к блоку Украины`, `Украина будет в НАТО`
    for typed in ("Украина", "Украины", "украине", str(store.speaker("Украина").identity_id)):
        assert sorted(texts(store.search(Filters(about=typed)))) == sorted(ukraine), typed
    # `Москва` in the TASS story is Russia acting (a capital for its government): a mention of Россия
    russia = mentioned_in(sample, "Россия") + mentioned_in(tass, "Россия")
    assert "Москва не видит смысла в новых встречах с НАТО без письменного ответа" in russia
    assert sorted(texts(store.search(Filters(about="России"), limit=100))) == sorted(russia)
    assert texts(store.search(Filters(about="Польше"))) == mentioned_in(sample, "Польша") != []
    assert sorted(texts(store.search(Filters(about="НАТО", speaker="Захарова", source="ТАСС")))) == sorted(
        q for q in mentioned_in(tass, "НАТО") if q in said_by(*ZAKHAROVA, records=(tass,)))
    assert [h.type for h in store.search(Filters(about="Украины", type="direct"))] == ["direct"]
    assert {a.id for a in store.search_articles(Filters(about="Польша"))} == {"sputnik-2022-01-11-security-guarantees"}
    assert [row.name for row in store.speakers(Filters(about="Румынии"))] == ["Владимир Путин"]
    out = io.StringIO()
    assert store.export("statements", "jsonl", out, Filters(about="Украины")) == 2
    assert sorted(json.loads(line)["content"] for line in out.getvalue().splitlines()) == sorted(ukraine)
    assert store.search(Filters(about="Франция")) == []  # no one of that name: nothing mentions it
    store.add(whosaid.extract("Заголовок\n\nИрина Захарова, пресс-секретарь компании, заявила, что компания "
                              "не будет комментировать сделку.\n", id="irina"))
    with pytest.raises(AmbiguousName, match=r"^about 'Захаровой' may be any of 2 identities: "
                                            r"(Мария|Ирина) Захарова \(id \d+\), (Мария|Ирина) Захарова"):
        store.search(Filters(about="Захаровой"))
    with pytest.raises(ValueError, match="only statements can be filtered by query, speaker, organization, about"):
        store.export("events", "jsonl", io.StringIO(), Filters(about="Украины"))


def test_evidence_offsets_index_the_text(store):
    for hit in store.search(Filters(), limit=100):
        article = store.article(hit.article_id)
        assert article.text[hit.start:hit.end] == hit.content
        if hit.cue is not None:
            assert article.text[hit.cue_start:hit.cue_end] == hit.cue


def test_speakers_ranked_and_copies_not_counted_twice(store):
    said = len(said_by(*ZAKHAROVA, records=records()))
    in_tass = len(said_by(*ZAKHAROVA, records=(tass_record(),)))
    ranking = [(row.name, row.statements) for row in store.speakers()]
    assert ranking[0] == ("Мария Захарова", said) and ("Сергей Рябков", 2) in ranking
    assert "официальный представитель, МИД России" in store.speakers()[0].roles
    store.add(tass_copy())  # found to be a near-duplicate
    assert [(row.name, row.statements) for row in store.speakers()][0] == ("Мария Захарова", said)
    store.mark_duplicate("tass-zakharova-copy", None)
    assert [(row.name, row.statements) for row in store.speakers()][0] == ("Мария Захарова", said + in_tass)
    store.mark_duplicate("tass-zakharova-copy", "tass-zakharova")
    assert len(store.search(Filters(query="письменного ответа"))) == 2
    assert len(store.search(Filters(query="письменного ответа", duplicates=True))) == 4
    assert store.speaker("Захарова").timeline == [("2022-01", said)]
    # re-ingesting the original keeps its copy marked
    changed = tass_record()
    changed.quotes = changed.quotes[:1]
    store.add(changed)
    assert store.search_articles(Filters(duplicates=True, source="Другой сайт"))[0].duplicate_of == "tass-zakharova"
    officials = store.speakers(Filters(organization="МИД России"))
    assert officials[0].name == "Мария Захарова"
    assert {row.name for row in officials} == {"Мария Захарова", "Сергей Рябков", "Министерство иностранных дел России"}


def test_a_copy_ranks_as_the_article_it_copies(store):
    """Searching articles with their copies, a near-duplicate ranks as the article it copies (its text
    is that text, give or take a line of the page), not by a line of its own that repeats the words."""
    copy = tass_record("tass-zakharova~1", TASS.read_text(encoding="utf-8") + "\nНАТО, НАТО и еще раз НАТО.\n")
    copy.source = "Другой сайт"
    store.add(copy)
    assert store.search_articles(Filters(duplicates=True, source="Другой сайт"))[0].duplicate_of == "tass-zakharova"
    found = [hit.id for hit in store.search_articles(Filters(query="НАТО", duplicates=True))]
    assert found.index("tass-zakharova~1") == found.index("tass-zakharova") + 1  # a tie, by id
    page = store.articles_page(Filters(query="НАТО", duplicates=True), limit=1, offset=1)  # counted without ranks
    assert [hit.id for hit in page.items] == found[1:2] and (page.total, page.total_exact) == (len(found), True)
    store.mark_duplicate(copy.id, None)  # an article of its own: ranked by its own words, first
    found = [hit.id for hit in store.search_articles(Filters(query="НАТО", duplicates=True))]
    assert found.index("tass-zakharova~1") < found.index("tass-zakharova")


def test_events(store):
    [talks] = store.events(Filters(since="2022-01-09", until="2022-01-10"), type="talks")
    assert {"Сергей Рябков", "Уэнди Шерман"} <= {p.name for p in talks.participants} and talks.place == "Женева"
    assert talks.date_start == "2022-01-09"
    assert store.events(participant="Рябкова")[0].id == talks.id
    assert store.events(place="Женеве")[0].id == talks.id
    assert len(store.events(Filters(query="гарантий"))) == sum(len(a.events) for a in records())
    assert [e.article_id for e in store.events(Filters(since="2022-01-12"))] == [
        "tass-zakharova"] * len(tass_record().events)
    with pytest.raises(ValueError, match="^no event type 'no-such-type': one of appointment, attack, "):
        store.events(type="no-such-type")


def test_event_participants_keep_their_roles_in_the_store_and_its_export(store_url, tmp_path):
    article = whosaid.extract("Тверской районный суд Москвы арестовал блогера Владимира Воронцова. "
                              "В Москве полиция задержала активиста Ивана Петрова.", id="court-and-police",
                              published="2020-05-08")
    with Store.open(store_url) as opened:
        opened.add(article)
        [court] = opened.events(type="court")
        assert [(p.name, p.role) for p in court.participants] == [
            ("Тверской районный суд Москвы", "court"), ("Владимир Воронцов", "defendant")]
        [detained] = opened.events(participant="Петрова", role="detained", place="Москва")
        assert detained.type == "detention"
        assert opened.events(participant="Петрова", role="detaining") == []
        out = io.StringIO()
        rows = opened.export("participants", "jsonl", out)
        exported = [json.loads(line) for line in out.getvalue().splitlines()]
        assert rows == len(exported) == sum(len(e.participants) for e in article.events)
        assert {(row["type"], row["name"], row["role"]) for row in exported} >= {
            ("court", "Владимир Воронцов", "defendant"), ("detention", "Иван Петров", "detained")}


def test_a_store_made_before_roles_gets_the_column(tmp_path):
    import sqlite3
    path = tmp_path / "old.db"
    with Store.open(str(path)):
        pass
    connection = sqlite3.connect(path)  # the table as stores made before roles had it
    connection.executescript("DROP TABLE event_participants; CREATE TABLE event_participants (event_id INTEGER, "
                             "position INTEGER, name TEXT, words TEXT, entity_id TEXT, key TEXT, identity_id INTEGER);")
    connection.close()
    with Store.open(str(path)) as reopened:
        reopened.add(sample_record())
        assert all(p.role for e in reopened.events() for p in e.participants)


def test_a_store_made_before_source_keys_participant_types_and_display_names_is_migrated_on_open(store_url):
    from whosaid.store.backends import sqlite_file
    from whosaid.store.migrations import STEPS
    types = "SELECT event_id, position, type FROM event_participants ORDER BY event_id, position"
    with Store.open(store_url) as made:
        made.add(sample_record())
        typed = made.db.query(types)
        # as an earlier whosaid left it: no source keys, no participant types (the table copied without
        # the column: SQLite's DROP COLUMN fails on the comment after it), names as first seen
        for sql in ("DROP INDEX articles_source_key", "ALTER TABLE articles DROP COLUMN source_key",
                    "CREATE TABLE untyped AS SELECT event_id, position, name, words, entity_id, key, identity_id, "
                    "role FROM event_participants", "DROP TABLE event_participants",
                    "ALTER TABLE untyped RENAME TO event_participants", "DROP TABLE migrations",
                    "UPDATE identities SET name = 'российская делегация' WHERE name = 'Российская делегация'"):
            made.db.execute(sql)
    assert {type_ for *_, type_ in typed} == {"PER", "ORG", "LOC"}
    with Store.open(store_url) as reopened:
        assert [a.id for a in reopened.search_articles(Filters(source="sputnik"))] == [
            "sputnik-2022-01-11-security-guarantees"]
        assert [row.name for row in reopened.identities(name="делегация")] == ["Российская делегация"]
        assert reopened.db.query(types) == typed
        assert reopened.db.query("SELECT count(*) FROM migrations")[0][0] == len(STEPS)
        indexes = "sqlite_master WHERE name" if sqlite_file(store_url) is not None else "pg_indexes WHERE indexname"
        assert reopened.db.query(f"SELECT 1 FROM {indexes} = 'articles_source_key'")


def test_a_record_keeps_the_fingerprint_of_the_input_it_was_made_from(store):
    """What lets `whosaid ingest` leave alone an input it has analysed before (`Pipeline.fingerprint`)."""
    sample = sample_record()
    assert not store.analysed(sample.id, "v1")
    assert store.add(sample, fingerprint="v1") == "unchanged"  # a new pipeline that makes the same record
    assert store.analysed(sample.id, "v1")
    assert not store.analysed(sample.id, "v2") and not store.analysed("tass-zakharova", "v1")
    changed = sample_record()
    changed.quotes = changed.quotes[:2]
    assert store.add(changed) == "replaced"  # a record from elsewhere: what it was made from is unknown
    assert not store.analysed(sample.id, "v1")
    assert store.add(sample, fingerprint="v1") == "replaced" and store.analysed(sample.id, "v1")


def test_a_store_made_before_fingerprints_gets_the_column(store_url):
    with Store.open(store_url) as made:
        made.db.execute("ALTER TABLE articles DROP COLUMN fingerprint")
    with Store.open(store_url) as reopened:
        assert reopened.add(sample_record(), fingerprint="v1") == "added"
        assert reopened.analysed(sample_record().id, "v1")


def test_a_store_made_before_its_indexes_gets_them(store_url):
    """A store made by an earlier whosaid (other indexes; on PostgreSQL, words stored compressed) is
    brought up to date when opened, and answers as before."""
    postgres = store_url.startswith("postgresql://")
    indexes = ("SELECT indexname FROM pg_indexes WHERE tablename = ?" if postgres
               else "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
    with Store.open(store_url) as made:
        made.add(tass_record())
        made.db.execute("DROP INDEX articles_original")
        made.db.execute("DROP INDEX articles_copies")
        made.db.execute("CREATE INDEX articles_duplicate_of ON articles(duplicate_of)")
        made.db.execute("DROP INDEX entities_identity_entity")
        made.db.execute("CREATE INDEX entities_identity ON entities(identity_id)")
        made.db.execute("DROP TABLE migrations")  # as a store made before them
        if postgres:
            made.db.execute("ALTER TABLE article_words ALTER COLUMN words SET STORAGE EXTENDED")
    with Store.open(store_url) as reopened:
        on_articles = {row[0] for row in reopened.db.query(indexes, ("articles",))}
        assert {"articles_original", "articles_copies"} <= on_articles and "articles_duplicate_of" not in on_articles
        assert {row[0] for row in reopened.db.query(indexes, ("entities",))} >= {"entities_identity_entity"}
        assert "entities_identity" not in {row[0] for row in reopened.db.query(indexes, ("entities",))}
        if postgres:
            assert reopened.db.query("SELECT attstorage FROM pg_attribute WHERE attrelid = "
                                     "'article_words'::regclass AND attname = 'words'") == [("e",)]
        assert [hit.id for hit in reopened.search_articles(Filters(query="НАТО"))] == ["tass-zakharova"]
        assert reopened.speaker("Захарова").roles


def test_merge_and_split_identities_survive_reingest(store):
    in_tass = len(said_by(*ZAKHAROVA, records=(tass_record(),)))
    in_sample = len(said_by(*ZAKHAROVA, records=(sample_record(),)))
    zakharova = store.speaker("Захарова").identity_id
    split = store.split(zakharova, "PER:м. захарова")
    assert split.name == "М. Захарова" and split.statements == in_tass
    assert store.speaker(str(zakharova)).timeline == [("2022-01", in_sample)]
    changed = tass_record()
    changed.quotes = changed.quotes[:1]
    store.add(changed)  # a re-ingest does not undo the split
    assert store.speaker(str(split.id)).timeline == [("2022-01", 1)]
    merged = store.merge(zakharova, [split.id])
    assert merged.statements == in_sample + 1 and merged.keys == ["PER:м. захарова", "PER:мария захарова"]
    with pytest.raises(ValueError, match="only identities of one type"):
        store.merge(zakharova, [store.identities(type="ORG")[0].id])
    with pytest.raises(ValueError, match="no key"):
        store.split(zakharova, "PER:никто")


INJECTIONS = ["'; DROP TABLE articles; --", "\" OR 1=1 --", "') OR ('1'='1", "* NEAR(a b) NOT",
              "%", "_", "\\", "articles MATCH '*'", "1; DELETE FROM statements", "захарова' --"]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_sql_injection_is_inert_in_every_parameter(store, attack):
    """An attack in a text parameter is read as its words only (or refused when it has none); in a
    typed parameter it is refused; the store is unchanged."""
    before = store.counts()
    plain = " ".join(words.words(attack))

    def outcome(call, value):
        try:
            return call(value)
        except ValueError as error:
            return "refused" if "has no words" in str(error) else error

    calls = {
        "search": lambda field: lambda v: store.search(Filters(**{field: v})),
        "articles": lambda field: lambda v: store.search_articles(Filters(**{field: v})),
        "speakers": lambda field: lambda v: store.speakers(Filters(**{field: v})),
        "export": lambda field: lambda v: store.export("statements", "jsonl", io.StringIO(), Filters(**{field: v})),
    }
    for field in ("query", "speaker", "organization"):
        for name, call in calls.items():
            assert outcome(call(field), attack) == outcome(call(field), plain), (name, field)
    for keyword in ("participant", "place"):
        assert outcome(lambda v, k=keyword: store.events(**{k: v}), attack) == \
            outcome(lambda v, k=keyword: store.events(**{k: v}), plain)
    assert outcome(store.speaker, attack) == outcome(store.speaker, plain)
    assert store.search(Filters(source=attack)) == []
    with pytest.raises(ValueError, match="^no event type "):  # a typed parameter: refused
        store.events(type=attack)
    with pytest.raises(ValueError, match="^identity type "):
        store.identities(type=attack)
    for field in ("type", "since", "until", "identity"):
        with pytest.raises(ValueError):
            store.search(Filters(**{field: attack}))
    for call in (lambda: store.search(Filters(), sort=attack), lambda: store.search(Filters(), limit=attack),
                 lambda: store.export(attack, "jsonl", io.StringIO()),
                 lambda: store.export("statements", attack, io.StringIO())):
        with pytest.raises(ValueError):
            call()
    assert store.counts() == before


def test_export_jsonl_csv_parquet(store, tmp_path):
    out = io.StringIO()
    assert store.export("statements", "jsonl", out, Filters(speaker="Захарова")) == len(
        said_by(*ZAKHAROVA, records=records()))
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    texts_by_id = {a: store.article(a).text for a in {r["article_id"] for r in rows}}
    for row in rows:
        assert {"article_id", "source", "published", "start", "end"} <= set(row)
        assert texts_by_id[row["article_id"]][row["start"]:row["end"]] == row["content"]
    path = tmp_path / "mentions.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        count = store.export("mentions", "csv", handle)
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    mentions = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(mentions) == count == expected_counts(*records())["mentions"]
    first = mentions[0]
    assert store.article(first["article_id"]).text[int(first["start"]):int(first["end"])] == first["text"]
    pyarrow = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    events = [(a, e) for a in records() for e in a.events]
    assert store.export("events", "parquet", None, path=str(tmp_path / "events.parquet")) == len(events)
    table = pyarrow.read_table(tmp_path / "events.parquet").to_pylist()
    assert [(row["article_id"], row["trigger"], row["start"]) for row in table] == [
        (a.id, e.trigger.text, e.trigger.start) for a, e in events]
    assert table[0]["source"] == "Sputnik" and table[0]["published"] == "2022-01-11"
    assert store.export("roles", "parquet", None, Filters(since="2030"), path=str(tmp_path / "r.parquet")) == 0
    whole = io.StringIO()
    assert store.export("records", "jsonl", whole) == 2
    assert [whosaid.Article.from_json(line).id for line in whole.getvalue().splitlines()] == [
        "sputnik-2022-01-11-security-guarantees", "tass-zakharova"]
    with pytest.raises(ValueError, match="only statements"):
        store.export("mentions", "jsonl", io.StringIO(), Filters(speaker="Захарова"))
    with pytest.raises(ValueError, match="text stream"):  # jsonl and csv need somewhere to go
        store.export("statements", "jsonl", None)


def _from_csv(value: str, kind: str):
    """A CSV cell as the value JSONL and Parquet hold: CSV has no null and no numbers."""
    if value == "":
        return None
    return int(value) if kind == "int64" else json.loads(value) if kind == "participants" else value


def test_exports_are_complete_one_row_per_item_with_the_same_columns_in_every_format(store, tmp_path):
    pyarrow = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    from whosaid.store.export import KINDS, columns
    later = whosaid.extract("Захарова: Москва ждет ответа НАТО\n\nЗахарова заявила, что Москва ждет от НАТО "
                            "письменного ответа.", id="ria-later", published="2022-01-15", source="РИА Новости",
                            url="https://ria.ru/later")  # no role given: the one she held then
    undated = whosaid.extract("Захарова сообщила, что переговоры в Вене продолжатся на следующей неделе.",
                              id="undated")
    store.add(later), store.add(undated)
    for kind in KINDS:
        names = [name for name, _, _ in columns(kind)]
        out = io.StringIO()
        count = store.export(kind, "jsonl", out)
        jsonl = [json.loads(line) for line in out.getvalue().splitlines()]
        path = tmp_path / f"{kind}.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            store.export(kind, "csv", handle)
        spreadsheet = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
        store.export(kind, "parquet", None, path=str(tmp_path / f"{kind}.parquet"))
        table = pyarrow.read_table(tmp_path / f"{kind}.parquet")
        assert [list(row) for row in (jsonl[0], spreadsheet[0])] == [table.column_names] * 2 == [names] * 2, kind
        assert count == len(jsonl) == len(spreadsheet) == table.num_rows, kind
        types = {name: type_ for name, _, type_ in columns(kind)}
        last = count - 1  # of each kind, a row of the articles added last
        assert {k: _from_csv(v, types[k]) for k, v in spreadsheet[last].items()} == jsonl[last] == \
            table.slice(last).to_pylist()[0], kind

    statements = _exported(store, "statements")
    by_speaker = {(r["article_id"], r["content"]): r for r in statements}
    said = next(q for q in tass_record().quotes if q.speaker.name == "М. Захарова")
    row = by_speaker["tass-zakharova", said.content.text]
    assert (row["identity"], row["speaker_kind"], row["speaker_role"], row["speaker_organization"],
            row["speaker_role_source"]) == ("Мария Захарова", "person", "официальный представитель", "МИД России",
                                            "article")
    assert (row["article_title"], row["source"], row["published"]) == (tass_record().title.text, "ТАСС",
                                                                        "2022-01-20T14:05")
    later_row = by_speaker["ria-later", "Москва ждет от НАТО письменного ответа"]
    assert (later_row["speaker_role"], later_row["speaker_organization"], later_row["speaker_role_source"],
            later_row["url"], later_row["article_title"]) == ("официальный представитель", "МИД России", "around_date",
                                                      "https://ria.ru/later", "Захарова: Москва ждет ответа НАТО")
    undated_row = next(r for r in statements if r["article_id"] == "undated")
    assert (undated_row["speaker_role"], undated_row["speaker_role_source"]) == ("официальный представитель", "usual")

    events = _exported(store, "events")
    assert len(events) == sum(len(a.events) for a in (*records(), later, undated))  # one row an event
    talks = next(e for e in sample_record().events if e.type == "talks")
    row = next(r for r in events if r["article_id"] == sample_record().id and r["start"] == talks.trigger.start)
    entities = {e.id: e for e in sample_record().entities}
    assert [(p["name"], p["entity_id"], p["type"], p["role"]) for p in row["participants"]] == [
        (p.name, p.entity, p.type or entities[p.entity].type, p.role) for p in talks.participants]
    assert all(p["identity"] for p in row["participants"] if p["entity_id"])
    assert row["participants_text"] == "; ".join(p.name for p in talks.participants)
    assert (row["place"], row["date_start"], row["date_end"]) == (talks.place.name, talks.date_start, talks.date_end)


def _exported(store, kind: str) -> list[dict]:
    out = io.StringIO()
    store.export(kind, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_list_pages_the_same_way_with_its_total(store, monkeypatch):
    lists = {"statements": (store.search, store.search_page, Filters(query="НАТО")),
             "articles": (store.search_articles, store.articles_page, Filters(query="безопасности")),
             "speakers": (store.speakers, store.speakers_page, Filters()),
             "events": (store.events, store.events_page, Filters())}
    for name, (listed, paged, chosen) in lists.items():
        whole = listed(chosen, limit=1000)
        assert len(whole) > 1, name
        seen, offset = [], 0
        while offset is not None:
            page = paged(chosen, limit=1, offset=offset)
            assert (page.total, page.total_exact) == (len(whole), True), name
            seen += page.items
            offset = page.next_offset
        assert seen == whole, name
    nato = len(store.search(Filters(query="НАТО"), limit=1000))
    page = store.search_page(Filters(query="НАТО"), limit=2, offset=2)
    assert (page.summary(), page.previous_offset, page.next_offset) == (
        f"3–4 of {nato}", 0, 4 if nato > 4 else None)
    beyond = store.search_page(Filters(query="НАТО"), limit=2, offset=100)
    assert (beyond.items, beyond.summary(), beyond.previous_offset) == ([], f"none from 101: {nato} in all", nato - 2)
    from whosaid.store import paging
    monkeypatch.setattr(paging, "COUNT_CAP", 3)  # counting stops there: "more than 3"
    capped = store.search_page(Filters(query="НАТО"), limit=2)
    assert (capped.total, capped.total_exact, capped.summary(), capped.next_offset) == (
        3, False, "1–2 of more than 3", 2)


def test_outlets_are_ranked_apart_with_their_own_totals_and_exported_as_outlets(store):
    store.add(undated_record())
    ranked = store.speakers(limit=1000)
    page = store.speakers_page(limit=1)
    assert "Интерфакс" not in [row.name for row in ranked] and (page.total, page.total_exact) == (len(ranked), True)
    assert store.unranked_outlets() == 1 and store.unranked_outlets(Filters(kind="outlet")) == 0
    outlets = store.speakers_page(Filters(kind="outlet"))
    assert [row.name for row in outlets.items] == ["Интерфакс"] and outlets.total == 1
    people = store.speakers_page(Filters(kind="person"), limit=1000)
    assert people.total == len(people.items) and "Мария Захарова" in [row.name for row in people.items]
    assert "Россия" not in [row.name for row in people.items]
    relayed = [(r["speaker"], r["speaker_kind"], r["identity"]) for r in _exported(store, "statements")
               if r["speaker_kind"] == "outlet"]
    assert sorted(relayed) == [("Интерфакс", "outlet", "Интерфакс"), ("газета", "outlet", None)]
    out = io.StringIO()
    assert store.export("statements", "jsonl", out, Filters(kind="outlet")) == 2
    assert {json.loads(line)["speaker_kind"] for line in out.getvalue().splitlines()} == {"outlet"}
    assert store.articles_page(Filters(kind="outlet")).total == 1  # the undated article alone relays them


def test_every_export_column_is_documented_in_order():
    from conftest import ROOT

    from whosaid.store.export import ARTICLE_COLUMNS, KINDS
    documented = {}
    for section in (ROOT / "docs" / "exports.md").read_text(encoding="utf-8").split("\n## ")[1:]:
        heading, body = section.split("\n", 1)
        documented[heading] = [name for cell in re.findall(r"^\| ([^|]+) \|", body, re.M)
                               for name in re.findall(r"`(\w+)`", cell)]
    assert documented.pop("Every row begins with its article") == [name for name, _, _ in ARTICLE_COLUMNS]
    assert documented == {kind: [name for name, _, _ in spec] for kind, (spec, _, _) in KINDS.items()}
