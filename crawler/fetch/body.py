"""Body limits: what of a 2xx answer's body is read. Pages must be HTML (by their type, or by
their first bytes when they have none); a body is streamed and dropped past the size limit
(robots.txt is cut there instead) or past the deadline for the whole answer."""

from __future__ import annotations

import time

import requests
import urllib3

from crawler.fetch.errors import describe

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 65536


def read(resp: requests.Response, headers: dict, *, kind: str, max_bytes: int,
         deadline: float) -> tuple[bytes, str | None, str | None]:
    """(body, None, None), or (what was kept, the error that stopped it: "not_html", "too_large",
    "timeout" or "connection", and for the last two what happened in words). `headers` are the
    answer's, names in lower case; `kind` "html" wants HTML, "robots" is cut at `max_bytes`,
    anything else ("sitemap") takes any type."""
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "html" and ctype and ctype not in HTML_TYPES:
        return b"", "not_html", None
    truncate = kind == "robots"
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes and not truncate:
        return b"", "too_large", None
    body = bytearray()
    try:
        for chunk in _chunks(resp):
            body += chunk
            if len(body) > max_bytes:
                if truncate:
                    del body[max_bytes:]
                    break
                return b"", "too_large", None
            if time.monotonic() > deadline:
                return b"", "timeout", "timed out reading the answer"
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        timed_out = isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError, requests.Timeout))
        if timed_out or "timed out" in str(exc).lower():
            return b"", "timeout", "timed out reading the answer"
        return b"", "connection", describe(exc)
    data = bytes(body)
    if kind == "html" and not ctype and not _looks_like_html(data):
        return data, "not_html", None
    return data, None, None


def _chunks(resp):
    """The body as it arrives: one socket read at a time where urllib3 can (so a trickling
    body meets the deadline check), else in fixed-size chunks."""
    raw = resp.raw
    if not hasattr(raw, "read1"):
        yield from resp.iter_content(_CHUNK)
        return
    while True:
        data = raw.read1(_CHUNK, decode_content=True)
        if not data:
            return
        yield data


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or b"<html" in head
