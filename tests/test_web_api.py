"""The HTTP API and the analyse pages through the real application (in process, no browser)."""

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from annotated import annotated_tass, fill_store, hostile_article
from fastapi.testclient import TestClient

from whosaid import extract
from whosaid.web.app import create_app

HOSTILE_ID = hostile_article().id
LOCAL = "http://localhost"  # the server answers to loopback names only


def visible(html: str) -> str:
    """A page's text as a reader sees it: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_body=64 * 1024), base_url=LOCAL) as client:
        yield client


def test_extract_returns_the_record_that_whosaid_extract_writes(client, sample_text):
    response = client.post("/api/extract", json={"text": sample_text, "id": "sample", "source": "Sputnik"})
    assert response.status_code == 200, response.text
    assert response.json() == extract(sample_text, id="sample", source="Sputnik").to_dict()


def test_extract_takes_bare_text_too(client, sample_text):
    response = client.post("/api/extract", content=sample_text.encode("cp1251", "replace"),
                           headers={"Content-Type": "text/plain"})
    assert response.status_code == 200, response.text
    assert response.json()["dateline"]["place"] == "Минск"


@pytest.mark.parametrize("body, expected", [
    ({"id": "x"}, "not an article to analyse: text: Field required"),
    ({"text": ""}, "not an article to analyse: text: empty or only white space"),
    ("[1, 2", "not an article to analyse: body: Invalid JSON"),
])
def test_a_bad_request_gets_one_clear_line(client, body, expected):
    data = body if isinstance(body, str) else json.dumps(body)
    response = client.post("/api/extract", content=data, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith(expected)


def test_a_body_over_the_limit_gets_413_whether_declared_or_streamed(client):
    big = "Министр заявил, что переговоры прошли. " * 4000
    declared = client.post("/api/extract", json={"text": big})
    assert declared.status_code == 413
    assert declared.json()["detail"].startswith("request body too large: ")
    assert declared.json()["detail"].endswith("the limit is 65536 bytes")

    def chunks():
        for _ in range(100):
            yield ("Министр заявил, что переговоры прошли. " * 50).encode()

    streamed = client.post("/api/extract", content=chunks(), headers={"Content-Type": "text/plain"})
    assert streamed.status_code == 413
    assert "the limit is 65536 bytes" in streamed.json()["detail"]


def test_saving_needs_a_server_started_with_writes_allowed(client, sample_text):
    response = client.post("/api/extract", json={"text": sample_text, "save": True})
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"] and "--allow-writes" in response.json()["detail"]


def test_the_api_is_documented_with_the_record_schema_and_docs_served_locally(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"Article", "Quote", "Speaker", "Entity", "Event", "DateMention"} <= set(schemas)
    assert "from" in schemas["DateMention"]["properties"] and "from_" not in schemas["DateMention"]["properties"]
    assert "analysis" not in schemas["Article"]["properties"]
    assert "/api/extract" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/swagger-ui-bundle.js" in docs.text and "cdn." not in docs.text
    bundle = client.get("/static/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000


@pytest.mark.parametrize("path", ["/static/../../../etc/passwd", "/static/..%2F..%2Fpyproject.toml",
                                  "/static/%2Fetc%2Fpasswd", "/static/view.py", "/static/templates"])
def test_no_request_path_reaches_the_file_system(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text


def test_pasting_an_article_shows_its_view_at_once(client, sample_text):
    response = client.post("/extract", data={"text": sample_text.replace("\n", "\r\n"), "published": "",
                                             "source": "Sputnik"})
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert '<h1 class="block title"' in response.text
    assert "МИНСК, 11 янв – Sputnik." in visible(response.text)


def test_uploading_a_windows_1251_text_file(client, sample_text):
    response = client.post("/extract", files={"file": ("сводка.txt", sample_text.encode("cp1251", "replace"),
                                                       "text/plain")})
    assert response.status_code == 200
    assert "<code>сводка</code>" in response.text and "Важнейшие переговоры" in visible(response.text)


def test_uploading_an_html_page_shows_its_main_text(client, sample_text):
    paragraphs = [line for line in sample_text.splitlines() if line.startswith(("МИНСК", "Захарова также"))]
    page = ("<!doctype html><html lang='ru'><head><meta charset='windows-1251'>"
            "<title>Россия готова дальше обсуждать вопросы гарантий безопасности</title>"
            "<script>var tracker = 1;</script></head><body><nav><a href='/'>Главная</a> <a href='/news'>Новости</a>"
            "</nav><article><h1>Россия готова дальше обсуждать вопросы гарантий безопасности</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article><footer>© Sputnik</footer></body></html>")
    response = client.post("/extract", files={"file": ("page.html", page.encode("cp1251"), "text/html")},
                           data={"source": "Sputnik"})
    assert response.status_code == 200, response.text
    assert "<code>page</code>" in response.text and "upload: page.html" in response.text
    assert '<h1 class="block title"' in response.text and "tracker" not in response.text
    assert "Захарова также прокомментировала" in visible(response.text)


def test_an_empty_or_binary_upload_is_refused_with_its_reason(client):
    empty = client.post("/extract", data={"text": "  "}, headers={"Accept": "text/html"})
    assert empty.status_code == 400 and "no article: paste its text or choose a file" in empty.text
    binary = client.post("/extract", files={"file": ("x.txt", b"\x00\x01" * 50, "text/plain")},
                         headers={"Accept": "text/html"})
    assert binary.status_code == 400 and "x.txt: binary file (NUL bytes), not text" in binary.text


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "whosaid.db"
    fill_store(str(path))
    return str(path)


@pytest.fixture(scope="module")
def stored(store_path):
    with TestClient(create_app(store_path), base_url=LOCAL) as client:
        yield client


def test_articles_come_a_page_at_a_time_with_links_to_the_next(stored):
    seen, url = [], "/api/articles?limit=1"
    while url:
        page = stored.get(url).json()
        assert page["limit"] == 1 and len(page["items"]) == 1
        seen += [a["id"] for a in page["items"]]
        url = page["next"]
    assert sorted(seen) == sorted([HOSTILE_ID, "sputnik-2022-01-11-security-guarantees",
                                   "tass-2022-02-16-zakharova"])
    last = stored.get("/api/articles?limit=1&offset=2").json()
    assert last["next"] is None and "offset=1" in last["previous"]


def test_a_stored_article_is_its_record(stored, sample_text):
    response = stored.get("/api/articles/tass-2022-02-16-zakharova")
    assert response.json() == annotated_tass().to_dict()
    assert stored.get("/api/articles/nothing-here").status_code == 404


def test_statements_filter_by_speaker_in_any_form_type_and_date(stored):
    def ids(query):
        response = stored.get("/api/statements?limit=100&" + query)
        assert response.status_code == 200, response.text
        return [(s["speaker"], s["type"], s["published"]) for s in response.json()["items"]]
    assert len(ids("speaker=Захаровой")) == 8
    assert len(ids("speaker=Захаровой&type=direct")) == 3
    assert {p for _, _, p in ids("speaker=Захаровой&since=2022-02")} == {"2022-02-16"}
    bad = stored.get("/api/statements?since=2022-13")
    assert bad.status_code == 400 and bad.json()["detail"] == "date '2022-13' has no month 13"


def test_statements_about_an_entity_in_the_api_and_the_search_form(stored):
    def about(**query):
        response = stored.get("/api/statements", params={"limit": 100, **query})
        assert response.status_code == 200, response.text
        return response.json()
    # as the network counts them: Захарова's statements that mention НАТО, Украина
    assert about(about="НАТО", speaker="Захарова")["total"] == 2
    assert about(about="Украины", speaker="Захарова")["total"] == 1
    assert about(about="Франции")["items"] == []
    page = stored.get("/search", params={"about": "НАТО", "speaker": "Захарова"})
    assert page.status_code == 200 and 'name="about" id="f-about" value="НАТО"' in page.text
    assert visible(page.text).count("Мария Захарова") >= 2


def test_search_finds_statements_and_articles_by_words_in_any_form(stored):
    found = stored.get("/api/search", params={"q": "гарантиям безопасности"}).json()
    assert {s["speaker"] for s in found["statements"]["items"]} == {"Мария Захарова", "Владимир Путин"}
    assert {a["id"] for a in found["articles"]["items"]} == {"sputnik-2022-01-11-security-guarantees",
                                                             "tass-2022-02-16-zakharova"}


def test_search_pages_with_totals_and_links_like_every_list(stored):
    whole = stored.get("/api/search", params={"q": "НАТО", "limit": 100}).json()["statements"]
    assert whole["total"] == len(whole["items"]) == 3 and whole["total_exact"] is True
    found = stored.get("/api/search", params={"q": "НАТО", "limit": 1, "offset": 1}).json()
    page = found["statements"]
    assert (page["offset"], page["total"], page["items"]) == (1, 3, whole["items"][1:2])
    assert {item["type"] for item in whole["items"]} == {"direct", "indirect"}  # direct or paraphrase, told apart
    assert stored.get(page["next"]).json()["statements"]["items"] == whole["items"][2:]
    assert stored.get(page["previous"]).json()["statements"]["items"] == whole["items"][:1]
    articles = stored.get("/api/search", params={"q": "НАТО", "limit": 2, "offset": 2}).json()["articles"]
    assert (articles["items"], articles["total"], articles["next"]) == ([], 2, None)  # two articles mention НАТО
    assert "offset=0" in articles["previous"]
    for path in ("/api/statements", "/api/articles", "/api/speakers", "/api/events"):
        listed = stored.get(path, params={"limit": 100}).json()
        first = stored.get(path, params={"limit": 1}).json()
        assert first["total"] == listed["total"] == len(listed["items"]) and first["total_exact"], path
        assert first["previous"] is None and "offset=1" in first["next"], path


def test_speakers_and_a_speakers_profile(stored):
    first = stored.get("/api/speakers").json()["items"][0]
    assert (first["name"], first["statements"], first["articles"]) == ("Мария Захарова", 8, 2)
    profile = stored.get("/api/speakers/Захаровой").json()
    assert profile["timeline"] == [{"month": "2022-01", "statements": 5}, {"month": "2022-02", "statements": 3}]
    assert {(r["title"], r["organization"]) for r in profile["roles"]} == {
        ("официальный представитель", "МИД РФ"), ("официальный представитель", "МИД России")}
    assert {a["name"] for a in profile["about"]} == {"НАТО", "Украина", "Вашингтон"}
    missing = stored.get("/api/speakers/Иванов")
    assert missing.status_code == 404 and missing.json()["detail"] == "no speaker 'Иванов' in the store"


def test_names_with_initials_and_outlets_in_any_case(stored):
    """The names an analyst types (`М. Захарова`, `Рябков С.А.`) and an outlet in lower case find what
    the API's other forms find."""
    for name in ("М. Захарова", "Захарова М.В."):
        assert stored.get(f"/api/speakers/{name}").json()["name"] == "Мария Захарова"
        assert len(stored.get("/api/statements", params={"limit": 100, "speaker": name}).json()["items"]) == 8
    assert stored.get("/api/speakers/Н. Захарова").status_code == 404
    talks = stored.get("/api/events", params={"participant": "Рябков С.А."}).json()["items"]
    assert [e["type"] for e in talks] == ["talks"]
    for source in ("Sputnik", "sputnik", "SPUTNIK"):
        found = stored.get("/api/statements", params={"limit": 100, "source": source}).json()["items"]
        assert {s["article_id"] for s in found} == {"sputnik-2022-01-11-security-guarantees"}, source
    page = stored.get("/speakers/М. Захарова")
    assert page.status_code == 200 and "Мария Захарова" in visible(page.text)


def test_events_and_the_network_of_who_speaks_about_whom(stored):
    events = stored.get("/api/events").json()["items"]
    assert [(e["type"], e["date_start"]) for e in events] == [("meeting", "2022-01-12"), ("talks", "2022-01-10")]
    talks = stored.get("/api/events?event_type=talks&participant=Рябков").json()["items"]
    assert [e["participants"] for e in talks] == [[{"name": "Сергей Рябков", "role": "participant"},
                                                   {"name": "Уэнди Шерман", "role": "participant"}]]
    assert stored.get("/api/events?participant=Рябков&role=defendant").json()["items"] == []
    graph = stored.get("/api/network").json()
    names = {n["identity"]: n["name"] for n in graph["nodes"]}
    edges = {(names[e["speaker"]], names[e["about"]]): e["statements"] for e in graph["edges"]}
    assert edges == {("Мария Захарова", "НАТО"): 2, ("Мария Захарова", "Украина"): 1,
                     ("Мария Захарова", "Вашингтон"): 1}


def test_every_store_page_renders(stored):
    for path in ("/", "/articles", "/search?q=переговоры", "/search?what=articles&q=НАТО", "/speakers",
                 "/speakers/Захарова", "/events", "/network", "/articles/tass-2022-02-16-zakharova"):
        response = stored.get(path)
        assert response.status_code == 200, path
        assert "<script>window" not in response.text, path


@pytest.fixture(scope="module")
def with_undated(tmp_path_factory):
    """A store of real records: the sample, the TASS article and an article with no date at all."""
    from store_records import sample_record, tass_record, undated_record

    from whosaid.store import Store
    path = str(tmp_path_factory.mktemp("undated") / "whosaid.db")
    with Store.open(path) as store:
        store.ingest([sample_record(), tass_record(), undated_record()])
    with TestClient(create_app(path), base_url=LOCAL) as client:
        yield client


def test_the_api_counts_undated_statements_apart(with_undated):
    zakharova = next(row for row in with_undated.get("/api/speakers").json()["items"]
                     if row["name"] == "Мария Захарова")
    assert (zakharova["statements"], zakharova["first"], zakharova["last"], zakharova["undated"]) == (
        11, "2022-01-11", "2022-01-20", 3)
    profile = with_undated.get("/api/speakers/Захарова").json()
    assert profile["timeline"] == [{"month": "2022-01", "statements": 8}] and profile["undated"] == 3
    assert {(r["title"], r["articles"], r["undated"]) for r in profile["roles"]} == {
        ("официальный представитель", 3, 1), ("дипломат", 1, 0)}


def test_the_api_keeps_an_undated_events_dates_null(with_undated):
    sessions = with_undated.get("/api/events?place=Брюссель").json()["items"]
    assert [(e["date_start"], e["date_end"], e["published"]) for e in sessions] == [
        (None, None, "2022-01-11"), (None, None, None)]


def test_the_api_ranks_speakers_without_outlets_unless_asked(with_undated):
    def names(query: str) -> list[str]:
        response = with_undated.get("/api/speakers?limit=100" + query)
        assert response.status_code == 200, response.text
        return [row["name"] for row in response.json()["items"]]
    assert "Мария Захарова" in names("") and "Интерфакс" not in names("") and "газета" not in names("")
    assert names("&kind=outlet") == ["Интерфакс"]
    assert "Россия" in names("&kind=country") and "Мария Захарова" not in names("&kind=country")
    for query, ranked in (("", len(names(""))), ("&kind=outlet", 1)):  # the total counts what is ranked
        first = with_undated.get("/api/speakers?limit=1" + query).json()
        assert (first["total"], first["total_exact"]) == (ranked, True), query
    relayed = with_undated.get("/api/statements?kind=outlet").json()["items"]
    assert sorted(s["speaker"] for s in relayed) == ["Интерфакс", "газета"]
    bad = with_undated.get("/api/speakers?kind=media")
    assert bad.status_code == 400 and bad.json()["detail"] == (
        "speaker kind 'media' is not one of person, organization, outlet, country, group, unnamed, other")


def test_pages_tell_dates_truthfully(with_undated):
    speakers = with_undated.get("/speakers").text
    assert "8 reported 2022-01-11 … 2022-01-20, 3 undated" in visible(speakers)
    assert "1 news outlet not ranked here" in visible(speakers)
    ranked = len(with_undated.get("/api/speakers?limit=100").json()["items"])
    footer = speakers[speakers.index('<nav class="pager">'):]
    assert f"1–{ranked} of {ranked}" in visible(footer) and 'id="unranked-outlets"' in footer  # below the pager
    assert 'href="http://localhost/speakers?kind=outlet"' in speakers
    assert "Интерфакс" not in visible(speakers) and "Интерфакс" in with_undated.get("/speakers?kind=outlet").text
    profile = with_undated.get("/speakers/Захарова").text
    assert 'data-month="undated"' in profile and "3 statements in articles with no date" in profile
    assert "3 articles, 2 reported 2022-01-11 … 2022-01-20, 1 undated" in visible(profile)
    events = with_undated.get("/events?place=Брюссель").text
    assert [visible(cell) for cell in re.findall(r'<td class="when">(.*?)</td>', events)] == [
        "date unknown, reported on 2022-01-11 planned", "date unknown planned"]
    assert "????" not in speakers + profile + events


def test_an_empty_search_says_so_once(with_undated):
    page = with_undated.get("/search?q=абракадабра").text
    assert '<p class="empty" id="results">No statements match.</p>' in page
    assert '<li class="empty">' not in page and "nothing" not in visible(page)
    assert 'class="pager"' not in page  # no page to stand on, nothing to count
    beyond = with_undated.get("/search?q=абракадабра&offset=20").text
    assert 'rel="prev"' in beyond and 'class="page-range"' not in beyond and "none" not in visible(beyond)
    counted = visible(with_undated.get("/speakers/Рябков").text)
    assert "1 article," in counted and "1 articles" not in counted


def test_writes_are_refused_by_default_and_saved_with_allow_writes(store_path, sample_text, tmp_path):
    with TestClient(create_app(store_path), base_url=LOCAL) as read_only:
        refused = read_only.post("/extract", data={"text": sample_text, "save": "1"},
                                 headers={"Accept": "text/html"})
        assert refused.status_code == 403 and "--allow-writes" in refused.text
    fresh = str(tmp_path / "fresh.db")
    with TestClient(create_app(fresh, allow_writes=True, write_token="secret"), base_url=LOCAL) as writer:
        saved = writer.post("/api/extract", json={"text": sample_text, "id": "saved", "save": True},
                            headers={"Authorization": "Bearer secret"})
        assert saved.status_code == 200
        assert writer.get("/api/articles/saved").json() == saved.json()
        writer.get("/?token=secret")  # the browser keeps the token in a cookie
        page = writer.post("/extract", data={"text": annotated_tass().text, "save": "1"})
        assert "Saved to the store (added)." in page.text
        assert len(writer.get("/api/articles").json()["items"]) == 2


def test_serve_will_not_make_an_empty_store_when_read_only(tmp_path):
    missing = tmp_path / "none.db"
    result = subprocess.run([str(Path(sys.executable).with_name("whosaid")), "serve", "--db", str(missing)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and not missing.exists()
    assert result.stderr == (f"whosaid: no store at {missing}: fill one with `whosaid ingest PATH --db {missing}`, "
                             "or start with --allow-writes to begin an empty one\n")
