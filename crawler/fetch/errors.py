"""A failed request in words: what the requests/urllib3/socket exception ran into ("name not
resolved", "connection refused", "TLS handshake failed", "timed out", ...), for
`FetchResult.error_detail`. The error kinds (`FetchResult.error`: "connection", "timeout",
"invalid") stay what retries and the crawl's counts go by; this only says more about them,
never with the exception's own text or a traceback."""

from __future__ import annotations

import errno
import http.client
import socket
import ssl

import requests
import urllib3


class NotResolved(requests.ConnectionError):
    """A host name that the fetcher's resolve map does not name (never looked up elsewhere)."""


def describe(exc: BaseException) -> str:
    """What a failed request (a requests/urllib3/socket exception) ran into, in a few words and
    without the exception's own text: "name not resolved", "connection refused", "TLS handshake
    failed", "timed out", ... The exception is searched down its causes (urllib3 wraps the
    socket's error in its own, which requests wraps again)."""
    causes = list(_causes(exc))

    def has(*kinds) -> bool:
        return any(isinstance(e, kinds) for e in causes)

    def has_errno(*codes) -> bool:
        return any(isinstance(e, OSError) and e.errno in codes for e in causes)

    if has(NotResolved):
        return "name not resolved (not in the resolve map)"
    if has(socket.gaierror, urllib3.exceptions.NameResolutionError):
        return "name not resolved"
    if has(requests.exceptions.ProxyError, urllib3.exceptions.ProxyError):
        return "proxy failed"
    if has(ssl.SSLCertVerificationError):
        return "TLS certificate not accepted"
    if has(requests.exceptions.SSLError, urllib3.exceptions.SSLError, ssl.SSLError):
        return "TLS handshake failed"
    if has(ConnectionRefusedError) or has_errno(errno.ECONNREFUSED):
        return "connection refused"
    if has(requests.exceptions.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError):
        return "timed out connecting"
    if has(requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError):
        return "timed out"
    if has_errno(errno.ENETUNREACH):
        return "network unreachable"
    if has_errno(errno.EHOSTUNREACH):
        return "host unreachable"
    if has(ConnectionResetError) or has_errno(errno.ECONNRESET):
        return "connection reset"
    if has(http.client.RemoteDisconnected, ConnectionAbortedError, BrokenPipeError):
        return "connection closed by the server"
    if has(http.client.IncompleteRead, urllib3.exceptions.IncompleteRead, urllib3.exceptions.ProtocolError,
           requests.exceptions.ChunkedEncodingError):
        return "answer cut off"
    if has(requests.exceptions.InvalidURL, requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema,
           urllib3.exceptions.LocationParseError):
        return "invalid URL"
    if has(requests.exceptions.InvalidHeader):
        return "invalid header"
    if has(requests.ConnectionError, urllib3.exceptions.NewConnectionError):
        return "connection failed"
    return "request failed"


def _causes(exc: BaseException):
    """`exc` and what it wraps: urllib3's `reason`, the exception's cause or context, exceptions among its args."""
    todo, seen = [exc], set()
    while todo:
        e = todo.pop(0)
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend([getattr(e, "reason", None), e.__cause__, e.__context__, *e.args])
