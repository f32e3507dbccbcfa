"""What one fetch gave: `FetchResult`, the crawler's only fetch-result type, and its error kinds."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.clock import now_iso

ERROR_KINDS = ("robots_disallowed", "timeout", "connection", "http_4xx", "http_5xx", "too_large",
               "not_html", "redirect_loop", "too_many_redirects", "out_of_scope", "invalid")
NETWORK_ERRORS = ("timeout", "connection", "invalid")   # a robots.txt that failed so fails its host


@dataclass
class FetchResult:
    """What one fetch gave (the crawl loop and the pipeline take it as it is)."""
    url: str
    final_url: str | None = None
    status: int | None = None
    redirects: list[str] = field(default_factory=list)   # each hop's target, in order
    etag: str | None = None                              # the validators the answer carried
    last_modified: str | None = None
    content_type: str | None = None
    text: str = ""
    content_hash: str | None = None                      # sha256 of the body bytes
    fetched_at: str = field(default_factory=now_iso)
    error: str | None = None                             # None or one of ERROR_KINDS
    error_detail: str | None = None                      # a network error in words: "connection refused", ...
    elapsed: float = 0.0                                 # seconds for the whole fetch() call
    attempts: int = 0                                    # requests made for the last hop
    retry_at: float | None = None                        # defer_retry: try again at this time.monotonic()
    encoding: str | None = None
    content: bytes = field(default=b"", repr=False)      # the body (for sitemaps: may be gzip)

    @property
    def headers(self) -> dict:
        """The answer's validators and type: {"etag", "last_modified", "content_type"}."""
        return {"etag": self.etag, "last_modified": self.last_modified, "content_type": self.content_type}

    @property
    def not_modified(self) -> bool:
        """The answer was 304 to a conditional request: nothing was sent, the caller keeps what it has."""
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300
