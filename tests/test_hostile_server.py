"""The server under hostile use: writes need consent, and no analysis can hold it up.

Writes: the write token, the Host and Origin checks, and no silent overwrite, through the real
application in process. Analyses: the time budget, the bounded queue, a client that leaves, and
SIGTERM, against a real `whosaid serve` on a loopback port (its analyses run in worker processes).
"""

from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from annotated import fill_store
from conftest import SAMPLE
from fastapi.testclient import TestClient

from whosaid.pipeline import Pipeline
from whosaid.web.app import create_app

LOCAL = "http://localhost"
SMALL = "МОСКВА, 1 февраля. Министр иностранных дел России Сергей Лавров заявил, что переговоры прошли успешно."


def long_article() -> str:
    """An article long enough that its analysis takes many seconds: the sample, eighty times."""
    return "\n\n".join([SAMPLE.read_text(encoding="utf-8")] * 80)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("store") / "whosaid.db"
    fill_store(str(path))
    return str(path)


@pytest.fixture()
def writer(store_path, tmp_path):
    db = tmp_path / "writes.db"
    db.write_bytes(Path(store_path).read_bytes())
    with TestClient(create_app(str(db), allow_writes=True, write_token="s3cret", workers=1),
                    base_url=LOCAL) as client:
        yield client


def save(client, token_headers: dict, **fields) -> "http.client.HTTPResponse":
    return client.post("/api/extract", json={"text": SMALL, "save": True, **fields}, headers=token_headers)


def test_saving_needs_the_write_token_in_a_header_or_the_browsers_cookie(writer):
    missing = save(writer, {})
    assert missing.status_code == 401
    assert "write token" in missing.json()["detail"]
    assert save(writer, {"Authorization": "Bearer wrong"}).status_code == 401
    assert save(writer, {"Authorization": "Bearer s3cret"}, id="a").json()["id"] == "a"
    assert save(writer, {"X-Whosaid-Token": "s3cret"}, id="b").status_code == 200

    assert "save to the store" not in writer.get("/").text
    assert writer.get("/?token=wrong").status_code == 403
    opened = writer.get("/?token=s3cret", follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/"
    assert "samesite=strict" in opened.headers["set-cookie"].lower()
    assert "httponly" in opened.headers["set-cookie"].lower()
    writer.get("/?token=s3cret")
    assert "save to the store" in writer.get("/").text
    page = writer.post("/extract", data={"text": SMALL.replace("1 февраля", "2 февраля"), "save": "1"})
    assert "Saved to the store (added)." in page.text


def test_an_existing_id_is_replaced_only_when_asked(writer):
    token = {"Authorization": "Bearer s3cret"}
    first = save(writer, token, id="tass-2022-02-16-zakharova")
    assert first.status_code == 409
    assert first.json()["detail"].startswith("an article with id 'tass-2022-02-16-zakharova' is already in the store")
    assert writer.get("/api/articles/tass-2022-02-16-zakharova").json()["text"] != SMALL
    assert save(writer, token, id="tass-2022-02-16-zakharova", replace=True).status_code == 200
    assert writer.get("/api/articles/tass-2022-02-16-zakharova").json()["text"] == SMALL


def test_a_write_from_another_sites_page_is_refused_even_with_the_cookie(writer):
    writer.get("/?token=s3cret")
    forged = writer.post("/extract", data={"text": SMALL, "save": "1"},
                         headers={"Origin": "http://attacker.example", "Accept": "text/html"})
    assert forged.status_code == 403
    assert "a write from another site (http://attacker.example) is refused" in forged.text
    own = writer.post("/extract", data={"text": SMALL, "save": "1"}, headers={"Origin": LOCAL})
    assert own.status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/articles", "/api/speakers/1", "/static/style.css"])
def test_a_host_the_server_does_not_serve_is_refused_against_dns_rebinding(store_path, path):
    with TestClient(create_app(store_path), base_url="http://rebound.attacker.example") as client:
        refused = client.get(path)
    assert refused.status_code == 400
    assert "does not serve the host 'rebound.attacker.example'" in refused.text
    with TestClient(create_app(store_path, allowed_hosts=["news.example.org"]),
                    base_url="http://news.example.org:8080") as proxied:
        assert proxied.get("/api/articles").status_code == 200


def served_once_ready(client: TestClient, deadline_s: float = 120.0):
    """The answer to a small article once the worker has loaded its models: on a loaded machine that
    takes longer than a short time budget, and the requests before it are refused (503), or stopped
    (504) where a fresh worker's first analysis, on a machine busy with other work, takes longer."""
    deadline = time.monotonic() + deadline_s
    while True:
        answer = client.post("/api/extract", json={"text": SMALL})
        if answer.status_code not in (503, 504) or time.monotonic() > deadline:
            return answer
        time.sleep(0.5)


def test_an_analysis_past_its_time_budget_is_stopped_and_the_next_one_served(store_path):
    with TestClient(create_app(store_path, workers=1, time_budget=2), base_url=LOCAL) as client:
        assert served_once_ready(client).status_code == 200
        stopped = client.post("/api/extract", json={"text": long_article()})
        assert stopped.status_code == 504
        assert stopped.json()["detail"] == ("analysis stopped after 2 s, the server's time budget for one "
                                            "article (--time-budget)")
        served = served_once_ready(client)  # by the worker started in place of the one stopped
        assert served.status_code == 200 and served.json()["quotes"]


# ---------------------------------------------------------------- a real server on a loopback port

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`whosaid serve` in its own process, ready when its first analysis worker has loaded."""

    def __init__(self, db: str, *options: str):
        self.port = free_port()
        command = [sys.executable, "-m", "whosaid.cli", "serve", "--db", db, "--port", str(self.port), *options]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while self.post(SMALL)[0] != 200:
            assert self.process.poll() is None, self.process.stderr.read() if self.process.stderr else ""
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)

    def post(self, text: str, timeout: float = 120) -> tuple[int, dict]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request("POST", "/api/extract", json.dumps({"text": text}),
                               {"Content-Type": "application/json"})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()) | {"body": response.read().decode()}
        except ConnectionError:
            return 0, {}
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def workers(self) -> set[int]:
        """The worker processes this server has running now."""
        children = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                children.add(int(stat.parent.name))
        return children


def occupy(server: Server) -> socket.socket:
    """A client whose long article holds the server's only worker; the caller closes it, or not.
    Sent while the worker is still busy with a small article, the long one is refused: sent again."""
    body = json.dumps({"text": long_article()}).encode()
    for _ in range(20):
        client = socket.create_connection(("127.0.0.1", server.port))
        client.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        client.settimeout(1)
        try:
            answer = client.recv(100)
        except TimeoutError:
            return client  # no answer yet: it is being analysed
        assert answer.startswith(b"HTTP/1.1 503"), answer
        client.close()
    raise AssertionError("the long analysis never took the worker")


def refused_at_once(server: Server) -> tuple[int, dict]:
    status, answer = server.post(SMALL, timeout=10)
    assert status == 503, answer
    return status, answer


@pytest.fixture()
def one_worker(store_path):
    server = Server(store_path, "--workers", "1", "--queue", "0", "--time-budget", "120")
    yield server
    server.stop()


def test_a_full_queue_answers_503_with_retry_after_and_reads_go_on(one_worker):
    client = occupy(one_worker)
    try:
        status, answer = refused_at_once(one_worker)
        assert answer["body"].startswith('{"detail":"busy: ') and int(answer["retry-after"]) > 0
        read = http.client.HTTPConnection("127.0.0.1", one_worker.port, timeout=10)
        read.request("GET", "/api/speakers")
        assert read.getresponse().status == 200
    finally:
        client.close()


def test_a_client_that_leaves_takes_its_analysis_with_it(one_worker):
    client = occupy(one_worker)
    refused_at_once(one_worker)
    client.close()
    for _ in range(300):  # the long analysis would hold the only worker for a minute or more
        status, answer = one_worker.post(SMALL)
        if status == 200:
            return
        assert status == 503, answer
        time.sleep(0.1)
    raise AssertionError("the analysis of a client that left was not dropped")


def test_sigterm_stops_the_server_and_its_workers_mid_analysis(one_worker):
    client = occupy(one_worker)
    workers = one_worker.workers()
    assert workers
    one_worker.process.send_signal(signal.SIGTERM)
    try:
        one_worker.process.wait(timeout=30)  # stopping hung for 30 s and more before the workers
    finally:
        client.close()
    for _ in range(50):  # a worker killed and its pipe closed, the resource tracker follows
        if not any(alive(pid) for pid in workers):
            return
        time.sleep(0.1)
    raise AssertionError(f"worker processes left running: {[p for p in workers if alive(p)]}")


def alive(pid: int) -> bool:
    """Whether a process is running (a zombie, ended but not yet reaped, is not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_serve_prints_the_write_link_and_warns_when_other_machines_can_reach_it(store_path):
    server = Server(store_path, "--host", "0.0.0.0", "--allow-writes", "--write-token", "s3cret", "--workers", "1")
    server.stop()
    said = server.process.stderr.read() if server.process.stderr else ""
    assert "open http://localhost:" in said and "/?token=s3cret" in said
    assert "WARNING: listening on 0.0.0.0, not loopback: other machines can reach this server" in said
    assert "--allowed-host" in said


def test_an_article_over_the_size_cap_is_refused_before_any_analysis(store_path):
    with TestClient(create_app(store_path, workers=1, max_chars=2000), base_url=LOCAL) as client:
        refused = client.post("/api/extract", json={"text": SMALL * 30})
        assert refused.status_code == 413
        assert refused.json()["detail"] == ("api: article of 3,060 characters is over the 2,000-character cap "
                                            "(--max-chars)")
        pasted = client.post("/extract", data={"text": SMALL * 30}, headers={"Accept": "text/html"})
        assert pasted.status_code == 413 and "over the 2,000-character cap" in pasted.text
        assert client.post("/api/extract", json={"text": SMALL}).status_code == 200


@pytest.mark.parametrize("option, value", [("--workers", "0"), ("--workers", "٣"), ("--queue", "-1"),
                                           ("--time-budget", "0"), ("--time-budget", "nan"), ("--max-chars", "1e6")])
def test_serve_refuses_a_bad_number_in_one_line(option, value, capsys):
    from whosaid.cli import main
    with pytest.raises(SystemExit) as stopped:
        main(["serve", option, value])
    assert stopped.value.code == 2
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert said.startswith(f"whosaid serve: error: argument {option}: ") and repr(value) in said


class UnloadablePipeline(Pipeline):
    """A pipeline whose models cannot load: every worker dies before it is ready."""

    def run(self, source):
        raise RuntimeError("no models here")


def test_a_request_waits_for_a_worker_no_longer_than_the_budget(store_path):
    app = create_app(store_path, workers=1, time_budget=1, pipeline=UnloadablePipeline())
    with TestClient(app, base_url=LOCAL) as client:
        refused = client.post("/api/extract", json={"text": SMALL})
    assert refused.status_code == 503 and int(refused.headers["retry-after"]) > 0
    assert refused.json()["detail"] == "busy: no analysis worker was free within 1 s; try again shortly"
