"""Pages, feeds and lists of them fetched over HTTP(S), politely and within limits.

A `Fetcher` asks each host's robots.txt first, spaces its requests to one host (`host_delay`, or
the robots.txt `Crawl-delay` if longer), follows a limited number of redirects, gives up on a
response that takes longer than `timeout` or grows past `max_bytes`, and retries a timeout, a
dropped connection, 429 or 5xx with exponential backoff; a refused connection and an unknown host
fail at once. Every failure is an InputError naming the URL, and the host and port when the
failure is the connection. Responses are read as what their Content-Type says: a feed, an HTML page
or plain text.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .decode import InputError, decode
from .feeds import FetchPage, feed_items
from .html import HTML_TYPES, MAX_PAGE_BYTES, content_type, html_source
from .source import Item, Source

USER_AGENT = "whosaid/0.1 (Russian news analysis; obeys robots.txt)"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-rss+xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_TRANSIENT = (429, 500, 502, 503, 504)
_CHUNK = 65536


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://")) and bool(urlsplit(text).hostname)


@dataclass
class FetchPolicy:
    timeout: float = 20.0  # seconds for one request, from connecting to the last byte
    host_delay: float = 1.0  # seconds between two requests to one host
    max_redirects: int = 5
    max_bytes: int = MAX_PAGE_BYTES
    retries: int = 2  # further tries after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""


class _Transient(Exception):
    """A failure worth another try: the reason, for the error once the tries run out."""

    def __init__(self, reason: str, connection: bool = True):
        super().__init__(reason)
        self.connection = connection  # no answer from the host, as against an HTTP status


class _HostFailure(InputError):
    """The host could not be reached (no answer, refused, unknown, not a valid address): said as it
    is, also when it was robots.txt that was asked for."""


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is, not followed (urllib would follow a POST as a GET)."""

    def redirect_request(self, *args, **kwargs):
        return None  # the Fetcher follows redirects itself, checking robots.txt and the limit


class Fetcher:
    def __init__(self, policy: Optional[FetchPolicy] = None, sleep: Callable[[float], None] = time.sleep):
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        self._opener = urllib.request.build_opener(NoRedirects())
        self._next_request: dict[str, float] = {}  # host -> earliest time for its next request
        self._robots: dict[str, RobotFileParser] = {}

    def fetch(self, url: str) -> Response:
        """The page at `url` (status 200), or InputError naming `url` and the reason."""
        response = self._follow(url, url, obey_robots=True)
        if response.status != 200:
            raise InputError(url, f"HTTP {response.status}")
        return response

    def _follow(self, name: str, url: str, obey_robots: bool) -> Response:
        for _ in range(self.policy.max_redirects + 1):
            if obey_robots and not self._allowed(name, url):
                raise InputError(name, f"robots.txt disallows fetching {url}")
            response = self._with_retries(name, url)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return response
            url = urljoin(url, location)
        raise InputError(name, f"more than {self.policy.max_redirects} redirects")

    def _with_retries(self, name: str, url: str) -> Response:
        tries = self.policy.retries + 1
        for attempt in range(tries):
            if attempt:
                self._sleep(self.policy.backoff * 2 ** (attempt - 1))
            try:
                return self._request(name, url)
            except _Transient as failure:
                last = failure
        failed = _HostFailure if last.connection else InputError
        raise failed(name, f"{last} (after {tries} tries)")

    def _request(self, name: str, url: str) -> Response:
        self._wait_for_turn(url)
        request = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent,
                                                       "Accept-Encoding": "identity"})
        deadline = time.monotonic() + self.policy.timeout
        try:
            try:
                handle = self._opener.open(request, timeout=self.policy.timeout)
            except urllib.error.HTTPError as error:  # 3xx, 4xx, 5xx: a response all the same
                handle = error
            with handle:
                status = handle.status if hasattr(handle, "status") else handle.code
                if status in _TRANSIENT:
                    raise _Transient(f"HTTP {status}", connection=False)
                headers = {k.lower(): v for k, v in handle.headers.items()}
                body = self._read_body(name, handle, headers, deadline) if status == 200 else b""
                return Response(handle.geturl() or url, status, headers, body)
        except (TimeoutError, socket.timeout):
            raise _Transient(f"timed out after {self.policy.timeout:g} s") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise _Transient(f"timed out after {self.policy.timeout:g} s") from None
            failure = _lasting_failure(name, url, error.reason)
            if failure:
                raise failure from None
            raise _Transient(f"cannot connect to {_host_port(url)} ({_os_reason(error.reason)})") from None
        except http.client.InvalidURL as error:
            raise _HostFailure(name, f"not a valid address ({error})") from None
        except (ConnectionError, http.client.HTTPException) as error:
            raise _Transient(f"connection to {_host_port(url)} failed ({type(error).__name__}: {error})") from None

    def _read_body(self, name: str, handle, headers: dict[str, str], deadline: float) -> bytes:
        limit = self.policy.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(name, f"response of {int(declared):,} bytes is over the {limit:,}-byte cap")
        chunks, size = [], 0
        while chunk := handle.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise InputError(name, f"response is over the {limit:,}-byte cap")
            if time.monotonic() > deadline:
                raise TimeoutError
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        robots = self._robots.get(host)
        delay = max(self.policy.host_delay, float((robots and robots.crawl_delay(self.policy.user_agent)) or 0))
        wait = self._next_request.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._next_request[host] = time.monotonic() + delay

    def _allowed(self, name: str, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host not in self._robots:
            self._robots[host] = self._read_robots(name, f"{parts.scheme}://{parts.netloc}/robots.txt")
        return self._robots[host].can_fetch(self.policy.user_agent, url)

    def _read_robots(self, name: str, robots_url: str) -> RobotFileParser:
        """A host's rules (RFC 9309): none when robots.txt is missing, all-forbidding when it is
        forbidden (401, 403) or cannot be had (5xx, no connection)."""
        robots = RobotFileParser(robots_url)
        try:
            response = self._follow(name, robots_url, obey_robots=False)
        except _HostFailure:
            raise
        except InputError as error:
            raise InputError(name, f"robots.txt could not be read: {error.reason}") from None
        if response.status == 200:
            robots.parse(response.body.decode("utf-8", "replace").splitlines())
        elif response.status in (401, 403):
            robots.parse(["User-agent: *", "Disallow: /"])
        else:
            robots.parse([])  # no rules: everything is allowed
        return robots


def _lasting_failure(name: str, url: str, reason) -> Optional[_HostFailure]:
    """A failure that another try would meet again at once: nothing listens at the port, or the
    host's name does not resolve."""
    if isinstance(reason, ConnectionRefusedError):
        return _HostFailure(name, f"connection refused by {_host_port(url)}")
    if isinstance(reason, socket.gaierror):
        return _HostFailure(name, f"cannot resolve host {urlsplit(url).hostname} ({_os_reason(reason)})")
    return None


def _host_port(url: str) -> str:
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    try:
        port = parts.port or default
    except ValueError:  # not a number, or out of range
        return parts.netloc
    return f"{parts.hostname} port {port}"


def _os_reason(reason) -> str:
    return getattr(reason, "strerror", None) or str(reason)


def response_items(response: Response, name: str, fetch_page: Optional[FetchPage]) -> Iterator[Item]:
    """A fetched response as what it is: a feed's entries, an HTML page's article, or plain text."""
    kind, charset = content_type(response.headers.get("content-type"))
    start = response.body[:512].lstrip().lower()
    if kind in FEED_TYPES or start.startswith((b"<rss", b"<feed", b"<rdf")) \
            or (start.startswith(b"<?xml") and b"<html" not in start):
        yield from feed_items(response.body, name, fetch_page, response.headers.get("content-type"))
    elif kind in HTML_TYPES or start.startswith((b"<!doctype html", b"<html")):
        yield html_source(response.body, name, name, url=response.url, charset=charset)
    elif kind == "text/plain":
        try:
            yield Source(decode(response.body, name), name, name, {"url": response.url})
        except InputError as error:
            yield error
    else:
        yield InputError(name, f"not a page or a feed (Content-Type {kind or 'missing'})")


def read_url(url: str, fetcher: Fetcher, fetch_page: Optional[FetchPage] = None) -> Iterator[Item]:
    try:
        response = fetcher.fetch(url)
    except InputError as error:
        yield error
        return
    yield from response_items(response, url, fetch_page)


def page_fetcher(fetcher: Fetcher) -> FetchPage:
    """Fetch a feed entry's linked page and read it as an HTML page with the given id."""
    def fetch_page(url: str, article_id: str) -> Item:
        try:
            response = fetcher.fetch(url)
        except InputError as error:
            return error
        return html_source(response.body, url, article_id, url=response.url,
                           charset=content_type(response.headers.get("content-type"))[1])
    return fetch_page


def read_url_list(path: Path, _article_id: str, options) -> Iterator[Item]:
    """A file of URLs, one a line; blank lines and `#` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield InputError(str(path), getattr(error, "strerror", None) or str(error))
        return
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            yield InputError(f"{path}:{number}", f"not an http(s) URL: {line[:80]}")
            continue
        yield from read_url(line, options.fetcher(), options.page_fetcher())
