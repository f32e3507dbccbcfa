"""One HTTP request and its answer: the session (user agent, a resolve map for tests), the
request errors as error kinds and in words (`crawler.fetch.errors`), the body through
`crawler.fetch.body`. No politeness, retries or redirects here: the `Fetcher` adds those
around it."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter

from crawler.fetch import body
from crawler.fetch.errors import NotResolved, describe

log = logging.getLogger(__name__)


@dataclass
class Answer:
    """What one request (one attempt of one hop) got back."""
    status: int | None = None
    headers: dict = field(default_factory=dict)   # lower-case names
    body: bytes = b""
    error: str | None = None
    detail: str | None = None                     # a network error in words (`describe`)
    attempts: int = 0                             # attempts made for this hop, this one included
    retry_in: float | None = None                 # a deferred retry: seconds before the next attempt
    sent: int = 1                                 # HTTP requests made (robots.txt follows redirects)


class ResolveAdapter(HTTPAdapter):
    """Sends requests for mapped host names to another address, keeping the Host header.

    `mapping` is {"hvl.test": "127.0.0.1:8080"}. A host that is not in the map is
    refused without any network traffic, so a test can never reach the internet.
    """

    def __init__(self, mapping: dict[str, str], **kw):
        super().__init__(**kw)
        self.mapping = {k.lower(): v for k, v in mapping.items()}

    def send(self, request, **kw):
        original = request.url
        parts = urlsplit(original)
        host = (parts.hostname or "").lower()
        target = self.mapping.get(f"{host}:{parts.port}") or self.mapping.get(host)
        if target is None:
            raise NotResolved(f"{host} is not in the resolve map", request=request)
        request.url = urlunsplit((parts.scheme, target, parts.path or "/", parts.query, ""))
        request.headers["Host"] = parts.netloc
        resp = super().send(request, **kw)
        resp.url = original
        return resp


def new_session(user_agent: str, max_redirects: int, resolve: dict[str, str] | None = None) -> requests.Session:
    """A session for one host. With a `resolve` map it contacts only the mapped hosts and
    ignores proxy settings."""
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    session.headers["Accept-Language"] = "nb,nn;q=0.9,no;q=0.8,en;q=0.5"
    session.max_redirects = max_redirects
    session.trust_env = not resolve
    if resolve:
        adapter = ResolveAdapter(resolve, pool_maxsize=2)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
    return session


def get(session: requests.Session, url: str, headers: dict, *, timeout: tuple[float, float], total_timeout: float,
        kind: str, max_bytes: int, follow: bool = False) -> Answer:
    """One GET. Redirects are not followed unless `follow` (robots.txt only); the body of a
    2xx answer is read within the limits (`body.read`), any other answer's is not needed."""
    deadline = time.monotonic() + total_timeout
    try:
        resp = session.get(url, headers=headers, timeout=timeout, allow_redirects=follow, stream=True)
    except requests.Timeout as exc:
        return Answer(error="timeout", detail=describe(exc))
    except requests.TooManyRedirects:         # only robots.txt follows redirects itself
        return Answer(error="too_many_redirects", sent=session.max_redirects + 1)
    except requests.ConnectionError as exc:
        log.debug("request for %s failed", url, exc_info=True)
        return Answer(error="connection", detail=describe(exc), sent=0 if isinstance(exc, NotResolved) else 1)
    except requests.RequestException as exc:  # an invalid URL or header: no retry helps
        log.debug("request for %s cannot be made", url, exc_info=True)
        return Answer(error="invalid", detail=describe(exc), sent=0)
    with resp:
        answer = Answer(status=resp.status_code, headers={k.lower(): v for k, v in resp.headers.items()},
                        sent=len(resp.history) + 1)
        if 200 <= resp.status_code < 300:    # redirects, 304, 4xx, 5xx: the body is not needed
            answer.body, answer.error, answer.detail = body.read(resp, answer.headers, kind=kind,
                                                                 max_bytes=max_bytes, deadline=deadline)
        return answer
