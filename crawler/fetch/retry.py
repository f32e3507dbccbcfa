"""Retries: 5xx, timeouts and connection errors are tried again after an exponential backoff
(never a 4xx, never an "invalid" request); `Retry-After` is honoured up to a cap, and a longer
one ends the retries. A deferred retry does not sleep: the wait goes back to the caller."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from datetime import datetime, UTC
from collections.abc import Callable

from crawler.fetch.transport import Answer


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 2                 # extra attempts
    backoff: float = 1.0             # the first wait; doubled each time
    retry_after_cap: float = 30.0

    def run(self, send: Callable[[], Answer], *, done: int = 0, defer: bool = False) -> Answer:
        """`send()` until it gives an answer not worth a retry or the retries are spent; `done`
        attempts were made before. `defer`: instead of sleeping, return the failure with the
        wait in `retry_in`."""
        attempt = min(done, self.retries)
        while True:
            answer = send()
            answer.attempts = attempt + 1
            wait = self.wait(attempt, answer)
            if wait is None:
                return answer
            if defer:
                answer.retry_in = wait
                return answer
            time.sleep(wait)
            attempt += 1

    def wait(self, attempt: int, answer: Answer) -> float | None:
        """Seconds before the next attempt after `answer` (attempt number `attempt`, from 0),
        or None when there is none."""
        retryable = answer.error in ("timeout", "connection") or (answer.status or 0) >= 500
        if not retryable or attempt >= self.retries:
            return None
        wait = self.backoff * (2 ** attempt)
        asked = retry_after_seconds(answer.headers.get("retry-after") or "")
        if asked is not None:
            if asked > self.retry_after_cap:
                return None
            wait = max(wait, asked)
        return wait


def retry_after_seconds(value: str) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) in seconds from now; None if unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
