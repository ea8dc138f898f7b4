"""Hostile and careless requests to the API and the pages (issue 17): every parameter checked once, the
same way everywhere, answered with a 400 that names it; the extract endpoint's body refused for what
it is; and the security headers on every response, errors included.

The store holds the pipeline's own records of two real articles (`store_records`).
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from store_records import sample_record, tass_record

from whosaid.store import Store
from whosaid.numbers import MAX_INTEGER
from whosaid.web.app import create_app

BIG = "99999999999999999999"  # over 2**63: SQLite's and PostgreSQL's integers overflow
OUT_OF_RANGE = f"must be a whole number from 0 to {MAX_INTEGER}, not '{BIG}'"
HTML = {"Accept": "text/html"}
LOCAL = "http://localhost"  # the server answers to loopback names only


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store") / "whosaid.db")
    with Store.open(path) as store:
        store.ingest([sample_record(), tass_record()])
    with TestClient(create_app(path, max_body=64 * 1024, workers=1), base_url=LOCAL,
                    raise_server_exceptions=False) as client:
        yield client


def detail(response) -> str:
    """The one-line message of an error, from the JSON or from the error page."""
    if response.headers["content-type"].startswith("application/json"):
        return response.json()["detail"]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text)).replace("&#39;", "'")


# Row 7: numbers too large for the database are a 400 that names the parameter, not an OverflowError.

@pytest.mark.parametrize("url, expected", [
    (f"/api/statements?offset={BIG}", f"offset: {OUT_OF_RANGE}"),
    (f"/api/speakers?offset={BIG}", f"offset: {OUT_OF_RANGE}"),
    (f"/api/events?offset={BIG}", f"offset: {OUT_OF_RANGE}"),
    (f"/api/articles?offset={BIG}", f"offset: {OUT_OF_RANGE}"),
    (f"/api/statements?identity={BIG}", f"identity: {OUT_OF_RANGE}"),
    (f"/api/articles?identity={BIG}", f"identity: {OUT_OF_RANGE}"),
    (f"/api/search?q=переговоры&limit={BIG}", f"limit: must be a whole number from 1 to 100, not '{BIG}'"),
    (f"/api/speakers/{BIG}", f"identity {OUT_OF_RANGE}"),
    (f"/api/speakers/Захарова?latest={BIG}", f"latest: must be a whole number from 0 to 100, not '{BIG}'"),
    (f"/api/network?speakers={BIG}", f"speakers: must be a whole number from 1 to 50, not '{BIG}'"),
])
def test_a_number_too_large_for_the_database_is_a_400_that_names_it(client, url, expected):
    response = client.get(url)
    assert response.status_code == 400, response.text
    assert response.json() == {"detail": expected}


@pytest.mark.parametrize("page", ["/search", "/speakers", "/events", "/articles"])
def test_a_page_with_an_offset_too_large_is_an_error_page_that_names_it(client, page):
    response = client.get(f"{page}?offset={BIG}", headers=HTML)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert f"offset: {OUT_OF_RANGE}" in detail(response)


@pytest.mark.parametrize("url", ["/api/statements", "/api/speakers", "/api/events", "/api/articles"])
def test_the_largest_offset_the_database_holds_is_an_empty_page(client, url):
    response = client.get(f"{url}?offset={MAX_INTEGER}")
    assert response.status_code == 200, response.text
    assert response.json()["items"] == [] and response.json()["next"] is None


# Row 8: digits are ASCII digits; `٣` is not identity 3.

def test_an_arabic_indic_digit_is_a_name_not_an_identity(client):
    three = client.get("/api/speakers/3")
    assert three.status_code == 200 and three.json()["identity"] == 3
    for name in ("٣", "²", "３"):
        response = client.get(f"/api/speakers/{name}")
        assert response.status_code == 404
        assert response.json() == {"detail": f"no speaker {name!r} in the store"}


@pytest.mark.parametrize("value", ["٣", "３", "²", "+3", "3_0", "3.0", " 3", "-3", ""])
@pytest.mark.parametrize("parameter", ["offset", "identity", "limit"])
def test_a_number_in_anything_but_ascii_digits_is_refused(client, parameter, value):
    response = client.get("/api/statements", params={parameter: value})
    assert response.status_code == 400
    least = 1 if parameter == "limit" else 0
    most = 100 if parameter == "limit" else MAX_INTEGER
    assert response.json() == {"detail": f"{parameter}: must be a whole number from {least} to {most}, "
                                         f"not {value!r}"}


# Dates: parsed or refused, with the form they take.

@pytest.mark.parametrize("url, expected", [
    ("/api/statements?since=yesterday", "date 'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ("/api/statements?until=٢٠٢٢", "date '٢٠٢٢' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ("/api/events?since=2022-02-30", "date '2022-02-30' has no day 30"),
    ("/api/speakers?until=2022-13", "date '2022-13' has no month 13"),
])
def test_a_date_filter_is_parsed_or_refused(client, url, expected):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json() == {"detail": expected}


def test_a_publication_date_that_cannot_be_read_is_refused_not_dropped(client):
    api = client.post("/api/extract", json={"text": "Министр заявил, что переговоры прошли.", "published": "yesterday"})
    assert api.status_code == 422
    assert api.json() == {"detail": "not an article to analyse: published: 'yesterday' is not a date: "
                                    "give it as 2022-01-11 or 2022-01-11T14:35"}
    form = client.post("/extract", data={"text": "Министр заявил, что переговоры прошли.", "published": "вчера"},
                       headers=HTML)
    assert form.status_code == 400
    assert "published: 'вчера' is not a date: give it as 2022-01-11 or 2022-01-11T14:35" in detail(form)


# Row 12: unknown parameters, media types, white space.

@pytest.mark.parametrize("url, unknown", [
    ("/api/events?type=talks", "type"),  # the statement type: events have none (the event's is event_type)
    ("/api/events?speaker=Захарова", "speaker"),
    ("/api/events?event_typ=talks", "event_typ"),
    ("/api/statements?event_type=talks", "event_type"),
    ("/api/search?q=переговоры&sort=date", "sort"),  # /api/search pages (offset) but has one order
    ("/api/articles/tass-zakharova?format=csv", "format"),
    ("/api/speakers/Захарова?limit=5", "limit"),
    ("/events?identity=1", "identity"),
    ("/search?page=2", "page"),
])
def test_a_parameter_the_endpoint_does_not_take_is_a_400_naming_it(client, url, unknown):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"unknown parameter {unknown!r}: {url.split('?')[0]} takes ")


def test_events_name_the_parameters_they_take(client):
    response = client.get("/api/events?type=talks")
    assert response.json()["detail"] == ("unknown parameter 'type': /api/events takes duplicates, event_type, "
                                         "limit, offset, participant, place, q, role, since, source, until")
    assert client.get("/api/events?event_type=talks").status_code == 200
    unknown = client.get("/api/events?event_type=foo")  # was an empty page, while `type=foo` was a 400
    assert unknown.status_code == 400 and unknown.json()["detail"].startswith("no event type 'foo': one of ")
    assert client.get("/events?role=judge").status_code == 400


@pytest.mark.parametrize("url", ["/api/statements?limit=2&speaker=Захарова&since=2022", "/api/articles?limit=1",
                                 "/api/speakers?limit=1&type=direct", "/api/events?limit=1&event_type=talks"])
def test_the_apis_own_page_links_take_only_known_parameters(client, url):
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.text
        url = response.json()["next"]


PAGES = ["/", "/articles", "/search?q=переговоры", "/search?what=articles&q=НАТО", "/speakers", "/events",
         "/network", "/speakers/Захарова"]
CHOSEN = {"what": "statements", "sort": "date", "speakers": "5"}  # what a form's select or number field sends


@pytest.mark.parametrize("page", PAGES)
def test_every_link_and_form_of_the_pages_sends_only_known_parameters(client, page):
    html = client.get(page, headers=HTML).text
    links = [href.replace("&amp;", "&") for href in re.findall(r'href="(/[^"#]*\?[^"#]*)', html)]
    for link in links:
        assert client.get(link, headers=HTML).status_code == 200, link
    for action, form in re.findall(r'<form[^>]*method="get" action="([^"]+)"[^>]*>(.*?)</form>', html, re.S):
        fields = {name: CHOSEN.get(name, "") for name in re.findall(r'name="([^"]+)"', form)}
        response = client.get(action, params=fields, headers=HTML)
        assert response.status_code == 200, (action, fields, detail(response))


@pytest.mark.parametrize("content_type", ["application/xml", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", "text/html"])
def test_a_body_of_another_media_type_is_a_415(client, content_type):
    response = client.post("/api/extract", content=b'<article text="x"/>', headers={"Content-Type": content_type})
    assert response.status_code == 415
    assert response.json() == {"detail": f"unsupported media type {content_type.split(';')[0]!r}: "
                                         "send application/json or text/plain"}


def test_json_without_a_content_type_is_still_read(client):
    response = client.post("/api/extract", content='{"text": "Министр заявил, что переговоры прошли."}'.encode())
    assert response.status_code == 200, response.text
    assert response.json()["text"] == "Министр заявил, что переговоры прошли."
    typed = client.post("/api/extract", content=b'{"text": "x y"}',
                        headers={"Content-Type": "application/json; charset=utf-8"})
    assert typed.status_code == 200


@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\u00a0\u2003"])
def test_white_space_is_refused_as_empty_text_is(client, text):
    response = client.post("/api/extract", json={"text": text})
    assert response.status_code == 422
    assert response.json() == {"detail": "not an article to analyse: text: empty or only white space"}


# Row 13: the security headers on every response.

SECURITY = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "same-origin"}


def assert_secured(response) -> None:
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (response.request.url, name)
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy, response.request.url
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.parametrize("method, url, status, kwargs", [
    ("GET", "/api/statements", 200, {}),
    ("GET", "/openapi.json", 200, {}),
    ("GET", "/static/style.css", 200, {}),
    ("GET", "/static/swagger-ui-bundle.js", 200, {}),
    ("GET", "/docs", 200, {}),
    ("GET", "/speakers", 200, {"headers": HTML}),
    ("GET", "/nothing-here", 404, {}),
    ("GET", "/nothing-here", 404, {"headers": HTML}),
    ("GET", "/api/articles/nothing-here", 404, {}),
    ("GET", "/static/nothing.js", 404, {}),
    ("GET", "/api/extract", 405, {}),
    ("POST", "/api/extract", 413, {"content": b"x" * (65 * 1024), "headers": {"Content-Type": "text/plain"}}),
    ("POST", "/api/extract", 415, {"content": b"<a/>", "headers": {"Content-Type": "application/xml"}}),
    ("POST", "/api/extract", 422, {"json": {"text": " "}}),
    ("GET", f"/api/statements?offset={BIG}", 400, {}),
    ("GET", "/api/statements", 400, {"headers": {"Host": "rebound.attacker.example"}}),
])
def test_every_response_carries_the_security_headers(client, method, url, status, kwargs):
    response = client.request(method, url, **kwargs)
    assert response.status_code == status
    assert_secured(response)


def test_even_a_server_error_carries_the_security_headers(tmp_path):
    app = create_app()

    @app.get("/broken")
    def broken():
        raise RuntimeError("a bug")

    response = TestClient(app, base_url=LOCAL, raise_server_exceptions=False).get("/broken")
    assert response.status_code == 500
    assert_secured(response)


def test_the_api_docs_run_under_the_same_policy_with_no_inline_script(client):
    docs = client.get("/docs")
    assert "<script>" not in docs.text and '<script src="/static/docs.js"></script>' in docs.text
    script = client.get("/static/docs.js")
    assert script.status_code == 200 and "SwaggerUIBundle(" in script.text


def test_the_api_documents_a_bad_parameter_as_the_400_it_is(client):
    spec = client.get("/openapi.json").json()
    statements = spec["paths"]["/api/statements"]["get"]
    assert "400" in statements["responses"] and "422" not in statements["responses"]
    offset = next(p for p in statements["parameters"] if p["name"] == "offset")
    assert (offset["schema"]["minimum"], offset["schema"]["maximum"]) == (0, MAX_INTEGER)
    assert "HTTPValidationError" not in spec["components"]["schemas"]
