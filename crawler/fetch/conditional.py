"""Conditional requests (If-None-Match / If-Modified-Since; a 304 is `FetchResult.not_modified`).

Validators belong to one page: those given for the URL asked for are sent to it only, and a
redirect target gets its own (when the caller knows them), never another page's, whose 304
would vouch for a page it is not.
"""

from __future__ import annotations

from collections.abc import Callable

Validators = tuple  # (etag, last_modified), either may be None


def headers(etag: str | None, last_modified: str | None) -> dict:
    out = {}
    if etag:
        out["If-None-Match"] = etag
    if last_modified:
        out["If-Modified-Since"] = last_modified
    return out


def for_hop(url: str, first: bool, own: Validators,
            hop_validators: Callable[[str], Validators | None] | None) -> dict:
    """The conditional headers of the request for `url`: `own` on the first hop, else what
    `hop_validators(url)` knows of that target (nothing when it knows nothing)."""
    if first:
        return headers(*own)
    return headers(*((hop_validators and hop_validators(url)) or (None, None)))
