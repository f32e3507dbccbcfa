"""URL handling and crawl order: canonical URLs, scope, crawl-trap bounds, dedup,
retries, link extraction and sitemap discovery.

Canonical URLs: lower-case scheme and host (IDN as punycode), no fragment, no default
port, no empty path ("/"), no tracking parameters (utm_*, fbclid, gclid, ...), no
session ids, query parameters sorted (as written: not decoded, so "?print" and Latin-1
escapes stay), percent-encoding normalised (needed escapes added, upper-case hex). A trailing
"index.html" is kept: not every server serves "/dir/" and "/dir/index.html" alike,
and duplicates are caught by <link rel=canonical> and by the page hash in the crawl.

The `Frontier` is used from one thread (the crawl loop); it is not locked. A URL is handed
out once per run (a queued URL that a redirect reached first is skipped); a failed fetch
may come back as a retry: not before the time its backoff sets, and from then on ahead of
the host's queue.

`Known` is what the last crawl learnt about a URL (validators, body hash, final URL and
links), so that a page or sitemap answered 304 still gives its links.
"""

from __future__ import annotations

import gzip
import heapq
import io
import re
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote_plus, urldefrag, urljoin, urlsplit, urlunsplit

from lxml import etree
from requests.utils import requote_uri

TRACKING_PREFIX = "utm_"                 # utm_source, utm_medium, ...; other names must match exactly
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
                             "_ga", "_gl", "igshid", "yclid", "_hsenc", "_hsmi", "jsessionid", "phpsessid"})
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "ftp:", "sms:", "file:", "about:")
SKIP_EXTENSIONS = frozenset(
    "pdf jpg jpeg png gif svg webp bmp ico tif tiff zip gz tgz rar 7z doc docx xls xlsx ppt pptx odt ods odp "
    "rtf csv mp3 mp4 m4a mov avi wmv webm ogg wav ics vcf exe dmg msi css js json xml rss atom woff woff2 ttf eot"
    .split())
PAGE_PARAMS = frozenset({"page", "side", "p", "pg", "start", "offset", "pagenum", "sidetall"})
# A document's id as a catalogue's only query parameter: "p_document_id", "document_id", "docid", "id", "emnekode",
# "studiekode", "course_id", "kode"; its value a number or a course code (not a date or a month: those are calendars).
_DOCUMENT_KEY = re.compile(r"(?i)(?:\w+_)?(?:document_?id|doc_?id|id|emnekode|studiekode|programkode|kode|code|course_?id"
                           r"|programme_?id|program_?id)")
_DOCUMENT_ID = re.compile(r"\d{1,10}|[A-Za-zÆØÅæøå]{2,10}-?\d{2,6}[A-Za-z]?")
# Page numbers beyond the bound are a trap, except "p": a large ?p=N is a post's id (WordPress "?p=362"), not a page.
PAGE_TRAP_PARAMS = PAGE_PARAMS - {"p"}
_ESCAPE = re.compile(r"%[0-9a-f]{2}", re.I)
_SESSION_IN_PATH = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)
SITEMAP_MAX_BYTES = 20_000_000          # unzipped
_SITEMAP_PARSER = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of an http(s) URL (relative to `base`), or None for anything else."""
    try:
        url = (url or "").strip()
        if base:
            url = urljoin(base, url)
        p = urlsplit(url)
        scheme = p.scheme.lower()
        if scheme not in ("http", "https") or not p.hostname:
            return None
        host = p.hostname.lower().rstrip(".")
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        port = p.port
    except (ValueError, UnicodeError):
        return None
    netloc = host if port is None or port == {"http": 80, "https": 443}[scheme] else f"{host}:{port}"
    path = _SESSION_IN_PATH.sub("", p.path) or "/"
    try:
        url = requote_uri(urlunsplit((scheme, netloc, path, _canonical_query(p.query), "")))
    except ValueError:
        return None
    return _ESCAPE.sub(lambda m: m.group(0).upper(), url)


def _canonical_query(query: str) -> str:
    """The query without tracking parameters, its pairs sorted. The pairs are kept as they
    were written (never decoded and re-encoded: a Latin-1 escape such as %F8 stays, "?print"
    stays without "="); only the names are decoded to recognise tracking parameters."""
    pairs = []
    for pair in query.split("&"):
        name = unquote_plus(pair.partition("=")[0]).lower()
        if pair and not (name.startswith(TRACKING_PREFIX) or name in TRACKING_PARAMS):
            pairs.append(pair)
    return "&".join(sorted(pairs, key=lambda pair: pair.partition("=")[::2]))


def host_of(url: str) -> str:
    """The host[:port] of a URL as the fetcher keys it (lower case); "" if unparsable."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


def in_domains(url: str, domains) -> bool:
    """Whether the URL's host is one of `domains` or a subdomain of one ("hvl.test" → "www.hvl.test").

    A domain given with a port ("127.0.0.1:8080") matches that host and port only; one given
    with a path ("studiekatalog.edutorium.no/inn/") matches that host and the URLs under that path
    only (an institution's part of a shared catalogue host).
    """
    netloc = host_of(url)
    name = netloc.split(":")[0]
    for d in domains:
        d = d.lower().strip().rstrip(".")
        if not d:
            continue
        if "/" in d:
            host, _, path = d.partition("/")
            try:
                url_path = urlsplit(url).path or "/"
            except ValueError:
                continue
            if name == host and url_path.lower().startswith("/" + path):
                return True
            continue
        if ":" in d:
            if netloc == d:
                return True
        elif name == d or name.endswith("." + d):
            return True
    return False


def has_skipped_extension(url: str) -> bool:
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return "." in last and last.rsplit(".", 1)[-1].lower() in SKIP_EXTENSIONS


# -- links ---------------------------------------------------------------------------------

def links_from_soup(soup, url: str) -> list[str]:
    """Absolute http(s) links of a parsed page (a[href]), without fragments, mailto/tel/javascript
    or non-HTML files, in page order, once each. A <base href> is honoured."""
    base = url
    tag = soup.find("base", href=True)
    if tag:
        base = urljoin(url, tag["href"].strip())
    out, seen = [], set()
    for a in soup.find_all("a", href=True):
        href = a["href"].strip()
        if not href or href.startswith("#") or href.lower().startswith(SKIP_SCHEMES):
            continue
        try:
            absolute = urldefrag(urljoin(base, href))[0]
        except ValueError:
            continue
        if not absolute.lower().startswith(("http://", "https://")) or has_skipped_extension(absolute):
            continue
        if absolute not in seen:
            seen.add(absolute)
            out.append(absolute)
    return out


def extract_links(html: str, url: str) -> list[str]:
    from bs4 import BeautifulSoup

    return links_from_soup(BeautifulSoup(html or "", "lxml"), url)


class Known(NamedTuple):
    """What is known about a URL from an earlier fetch. `content_hash` and the validators are
    those of the page at `final_url` (None: the URL itself); `links` its links (None: not
    known); `kind` "page", or for a sitemap the kind `parse_sitemap` gave (its <loc>s are the links)."""
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    final_url: str | None = None
    links: tuple | None = None
    kind: str = "page"


# -- scope and order ---------------------------------------------------------------------------

def _looping(segments: list[str], repeats: int) -> bool:
    """A path that loops: a run of two or more segments repeated more than `repeats` times
    (/a/b/a/b/a/b), or one segment more than `repeats` + 2 times. A word that a real site
    repeats in its own tree (/pedagogikk/pedagogikk/pedagogikk/master-…) is not a loop."""
    counts = Counter(segments)
    if max(counts.values()) > repeats + 2:
        return True
    for size in (2, 3):
        runs = Counter(tuple(segments[i:i + size]) for i in range(len(segments) - size + 1))
        if any(n > repeats and len(set(run)) > 1 for run, n in runs.items()):
            return True
    return False

@dataclass
class Scope:
    domains: frozenset[str]            # registered domains; their subdomains are in scope too
    max_depth: int = 3
    max_pages_per_host: int = 200
    max_query_variants: int = 10       # distinct query strings per path (calendar traps; page numbers and
    #                                    documents' ids not counted)
    max_page_number: int = 50          # ?page=N beyond this is a trap
    max_url_length: int = 1000
    max_segment_repeats: int = 2       # /a/b/a/b/a/b is a trap (`_looping`)

    def __post_init__(self):
        self.domains = frozenset(d.lower() for d in self.domains)

    def allows_host(self, url: str) -> bool:
        return in_domains(url, self.domains)

    def pagination_only(self, query: str) -> bool:
        """Whether a query is only page numbers (?page=N, N ≤ max_page_number): a listing's
        pages, which do not count as query variants."""
        pairs = parse_qsl(query, keep_blank_values=True)
        return bool(pairs) and all(k.lower() in PAGE_PARAMS and v.isdigit() and int(v) <= self.max_page_number
                                   for k, v in pairs)

    def document_only(self, query: str) -> bool:
        """Whether a query only names one document by its id ("?p_document_id=841445", "?emnekode=SYS1130",
        "?id=77"): a catalogue's pages on one path, which do not count as query variants (each is its own page;
        the pages per host still bound them)."""
        pairs = parse_qsl(query, keep_blank_values=True)
        return len(pairs) == 1 and bool(_DOCUMENT_KEY.fullmatch(pairs[0][0])) and bool(_DOCUMENT_ID.fullmatch(pairs[0][1]))

    def refuse(self, url: str, depth: int = 0) -> str | None:
        """Why a canonical URL is out of scope, or None when it is in."""
        if len(url) > self.max_url_length:
            return "too_long"
        if not self.allows_host(url):
            return "out_of_scope"
        if depth > self.max_depth:
            return "too_deep"
        if has_skipped_extension(url):
            return "not_html"
        p = urlsplit(url)
        segments = [s for s in p.path.split("/") if s]
        if segments and _looping(segments, self.max_segment_repeats):
            return "trap"
        for key, value in parse_qsl(p.query):
            if key.lower() in PAGE_TRAP_PARAMS and value.isdigit() and int(value) > self.max_page_number:
                return "trap"
        return None


class Frontier:
    """Per-host FIFO queues of (canonical URL, depth), with dedup, trap bounds and retries."""

    def __init__(self, scope: Scope):
        self.scope = scope
        self._queues: dict[str, deque] = {}
        self._seen: set[str] = set()
        self._variants: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.taken: Counter = Counter()        # URLs handed out per host (against the page budget)
        self._rechecks: dict[str, deque] = {}  # known offers to check again: outside the budget
        self._free: set[str] = set()           # rechecks handed out (never refunded)
        self._done: set[str] = set()           # handed out or reached by a redirect in this run
        self._retries: dict[str, list] = {}    # host → heap of (not before, n, url, depth)
        self._retry_n = 0
        self.refused: dict[str, Counter] = defaultdict(Counter)   # host → reason → count

    def add(self, url: str, depth: int = 0, *, base: str | None = None, recheck: bool = False) -> bool:
        """Queue a URL (made canonical) unless seen or refused. Returns whether it was queued.

        `recheck`: a URL the store already knows (an offer to check again). Rechecks are
        fetched after the discovered URLs of their host and do not use its page budget, so a
        host with many known offers still gets its listings and new pages crawled."""
        c = canonical(url, base)
        if c is None:
            return False
        host = host_of(c)
        if c in self._seen:
            return False
        reason = self.scope.refuse(c, depth)
        if reason is None:
            p = urlsplit(c)
            if p.query and not self.scope.pagination_only(p.query) and not self.scope.document_only(p.query):
                variants = self._variants[(host, p.path)]
                if len(variants) >= self.scope.max_query_variants:
                    reason = "trap"
                else:
                    variants.add(p.query)
        if reason:
            self.refused[host][reason] += 1
            return False
        self._seen.add(c)
        (self._rechecks if recheck else self._queues).setdefault(host, deque()).append((c, depth))
        return True

    def mark_seen(self, url: str) -> bool:
        """Record a URL reached another way (redirect target, rel=canonical). False if already seen."""
        c = canonical(url)
        if c is None or c in self._seen:
            return False
        self._seen.add(c)
        return True

    def seen(self, url: str) -> bool:
        c = canonical(url)
        return c is not None and c in self._seen

    def reached(self, url: str) -> bool:
        """Record a URL fetched as a redirect hop. False if this run had fetched it already;
        a queued copy of it is not handed out any more."""
        c = canonical(url)
        if c is None or c in self._done:
            return False
        self._seen.add(c)
        self._done.add(c)
        return True

    def pop(self, host: str, now: float | None = None) -> tuple[str, int] | None:
        """The next URL for `host`: a retry whose time has come, else the next queued URL
        (URLs a redirect already reached are skipped), else a recheck. None when there is none
        or the page budget is spent."""
        retries = self._retries.get(host)
        if retries and retries[0][0] <= (time.monotonic() if now is None else now):
            _, _, url, depth = heapq.heappop(retries)
            return url, depth
        queue = self._queues.get(host)
        while queue and self.taken[host] < self.scope.max_pages_per_host:
            item = queue.popleft()
            if item[0] not in self._done:
                self.taken[host] += 1
                self._done.add(item[0])
                return item
        rechecks = self._rechecks.get(host)
        while rechecks:
            item = rechecks.popleft()
            if item[0] not in self._done:
                self._free.add(item[0])
                self._done.add(item[0])
                return item
        return None

    def retry(self, url: str, depth: int, not_before: float) -> None:
        """Hand `url` (handed out before) out again, not before `not_before` (time.monotonic()).
        A retry is no new page: it does not use the page budget."""
        self._retry_n += 1
        heapq.heappush(self._retries.setdefault(host_of(url), []), (not_before, self._retry_n, url, depth))

    def next_retry(self, skip=()) -> float | None:
        """The earliest time a retry is due, over the hosts not in `skip`; None if none waits."""
        times = [heap[0][0] for host, heap in self._retries.items() if heap and host not in skip]
        return min(times, default=None)

    def refund(self, host: str, url: str | None = None) -> None:
        """Give back a page of the budget (the URL was refused without any request)."""
        if url is not None and canonical(url) in self._free:
            return
        if self.taken[host] > 0:
            self.taken[host] -= 1

    def hosts(self, now: float | None = None) -> list[str]:
        """Hosts that can hand out a URL now (a retry only once it is due)."""
        now = time.monotonic() if now is None else now
        return [h for h in dict.fromkeys([*self._retries, *self._queues, *self._rechecks])
                if (self._queues.get(h) and self.taken[h] < self.scope.max_pages_per_host) or self._rechecks.get(h)
                or (self._retries.get(h) and self._retries[h][0][0] <= now)]

    def pending(self, host: str | None = None) -> int:
        """URLs still queued (retries included)."""
        if host is not None:
            return sum(len(q.get(host, ())) for q in (self._queues, self._rechecks, self._retries))
        return sum(len(q) for table in (self._queues, self._rechecks, self._retries) for q in table.values())


# -- sitemaps --------------------------------------------------------------------------------

def parse_sitemap(data: bytes) -> tuple[str, list[str]]:
    """A sitemap's kind ("index", "urlset" or "text") and its <loc> URLs; ("", []) if unreadable.

    Gzip is unpacked (bounded); XML is parsed without entity expansion, DTDs or network.
    """
    try:
        if data[:2] == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(SITEMAP_MAX_BYTES + 1)
            if len(data) > SITEMAP_MAX_BYTES:
                return "", []
        head = data.lstrip()[:1]
        if head and head not in (b"<", b"\xef"):
            lines = data.decode("utf-8", "replace").splitlines()
            return "text", [ln.strip() for ln in lines if ln.strip().lower().startswith(("http://", "https://"))]
        root = etree.fromstring(data, etree.XMLParser(**_SITEMAP_PARSER))
    except (OSError, EOFError, etree.XMLSyntaxError, ValueError):
        return "", []
    if root is None or not isinstance(root.tag, str):
        return "", []
    kind = {"sitemapindex": "index", "urlset": "urlset"}.get(etree.QName(root).localname, "")
    locs = []
    for el in root.iter():
        if isinstance(el.tag, str) and etree.QName(el).localname == "loc" and el.text and el.text.strip():
            locs.append(el.text.strip())
    return kind, locs


def sitemap_urls(fetcher, root_url: str, *, extra=(), limit: int = 1000, max_files: int = 20,
                 allowed=None, memory=None, keep=None) -> list[str]:
    """Page URLs from a host's sitemaps: `extra` (e.g. from the provider registry), robots.txt
    `Sitemap:` lines and /sitemap.xml; index files followed (at most `max_files` files
    fetched). The fetcher checks robots and scope (`allowed`, else its own) for every file.
    `keep(url)`, when given, chooses the pages before `limit` counts them (a shared catalogue
    host's sitemap lists every institution's pages; a crawl keeps its own part), and an index's
    files that it admits are read before the others.

    `memory` (thread-safe `get(url) -> Known | None`, `put(url, Known | None)`) makes the
    requests conditional: a file answered 304 gives the <loc>s remembered from last time."""
    p = urlsplit(root_url)
    todo = deque(extra)
    todo.extend(fetcher.robots_sitemaps(root_url))
    todo.append(f"{p.scheme}://{p.netloc}/sitemap.xml")
    done, pages = set(), []
    while todo and len(pages) < limit and len(done) < max_files:
        url = todo.popleft()
        key = canonical(url)
        if key is None or key in done:
            continue
        done.add(key)
        known = memory.get(key) if memory is not None else None
        got = fetcher.fetch(url, kind="sitemap", allowed=allowed, etag=known and known.etag,
                            last_modified=known and known.last_modified)
        if got.not_modified and known is not None and known.links is not None:
            kind, locs = known.kind, list(known.links)
        elif got.ok and got.content:
            kind, locs = parse_sitemap(got.content)
            if memory is not None and kind:
                memory.put(key, Known(got.etag, got.last_modified, got.content_hash, None, tuple(locs), kind))
        else:
            if memory is not None and known is not None and got.status in (404, 410):
                memory.put(key, None)
            continue
        if kind == "index":
            # the files that `keep` admits first: a shared host's index of every institution's sitemap files
            # would otherwise spend `max_files` on the others
            todo.extend(sorted(locs, key=lambda loc: not keep(loc)) if keep is not None else locs)
        else:
            pages.extend(loc for loc in locs if keep is None or keep(loc))
    return pages[:limit]
