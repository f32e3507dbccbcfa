"""The fetcher's settings: who we say we are, how polite, how patient, how much we read."""

from __future__ import annotations

from dataclasses import dataclass

USER_AGENT = "Kurskatalog/0.1 (+https://github.com/kurskatalog; kontakt@kurskatalog.no)"


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    delay: float = 1.0                    # seconds between request starts to one host
    timeout: tuple[float, float] = (10.0, 20.0)   # connect, read (per socket read)
    total_timeout: float = 60.0           # the whole response, body included
    max_bytes: int = 5_000_000
    retries: int = 2                      # extra attempts for 5xx, timeouts, connection errors
    backoff: float = 1.0                  # first retry wait; doubled each time
    retry_after_cap: float = 30.0         # a longer Retry-After ends the retries
    max_redirects: int = 5
    max_crawl_delay: float = 60.0         # robots Crawl-delay is honoured up to this
    robots_max_bytes: int = 500_000       # the rest of a longer robots.txt is ignored

    @property
    def agent_token(self) -> str:
        """The name robots.txt groups are matched against: the user agent up to its first '/'."""
        return self.user_agent.split("/")[0].strip() or self.user_agent
