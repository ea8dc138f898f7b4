"""The HTTP API and the analyse pages through the real application (in process, no browser)."""

import json

import pytest
from fastapi.testclient import TestClient

from whosaid import extract
from whosaid.web.app import create_app


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_body=64 * 1024))


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
    ({"text": ""}, "not an article to analyse: text: String should have at least 1 character"),
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
    assert "Sputnik" in response.text and "МИНСК, 11 янв – Sputnik." in response.text


def test_uploading_a_windows_1251_text_file(client, sample_text):
    response = client.post("/extract", files={"file": ("сводка.txt", sample_text.encode("cp1251", "replace"),
                                                       "text/plain")})
    assert response.status_code == 200
    assert "<code>сводка</code>" in response.text and "Важнейшие переговоры" in response.text


def test_an_empty_or_binary_upload_is_refused_with_its_reason(client):
    empty = client.post("/extract", data={"text": "  "}, headers={"Accept": "text/html"})
    assert empty.status_code == 400 and "no article: paste its text or choose a file" in empty.text
    binary = client.post("/extract", files={"file": ("x.txt", b"\x00\x01" * 50, "text/plain")},
                         headers={"Accept": "text/html"})
    assert binary.status_code == 400 and "x.txt: binary file (NUL bytes), not text" in binary.text
