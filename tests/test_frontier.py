"""URL rules, scope, crawl-trap bounds, links and sitemaps (sitemap discovery on the fixture web)."""

from __future__ import annotations

import gzip

import pytest
from bs4 import BeautifulSoup

from crawler.fetch import Fetcher
from crawler.frontier import (
    Frontier,
    Scope,
    canonical,
    extract_links,
    has_skipped_extension,
    in_domains,
    links_from_soup,
    parse_sitemap,
    sitemap_urls,
)


@pytest.mark.parametrize("url, expected", [
    ("HTTP://Example.TEST:80/a?b=2&a=1&utm_source=x#frag", "http://example.test/a?a=1&b=2"),
    ("https://x.test", "https://x.test/"),
    ("https://X.test:443/Studier/", "https://x.test/Studier/"),                 # path case kept
    ("http://x.test:8080/a", "http://x.test:8080/a"),                           # other ports kept
    ("https://x.test/a?fbclid=1&gclid=2&utm_medium=e&UTM_Campaign=c&side=2", "https://x.test/a?side=2"),
    ("https://x.test/a?mc_cid=1&_ga=2&msclkid=3", "https://x.test/a"),
    ("https://x.test/kurs;jsessionid=ABC123?id=4", "https://x.test/kurs?id=4"),
    ("https://x.test/a?b=&a=1", "https://x.test/a?a=1&b="),                     # blank values kept
    ("https://x.test/studier/index.html", "https://x.test/studier/index.html"),  # decided: kept
    ("https://x.test/kurs?sted=Troms%f8", "https://x.test/kurs?sted=Troms%F8"),  # Latin-1 escape kept
    ("https://x.test/kurs?print", "https://x.test/kurs?print"),                 # valueless param kept
    ("https://x.test/a?_gallery=2&_ga=1&utm_=3&fbclid_x=4", "https://x.test/a?_gallery=2&fbclid_x=4"),
    ("https://x.test/a?q=a+b&Utm%5FSource=x&b=%2F", "https://x.test/a?b=%2F&q=a+b"),
    ("https://x.test/helse ledelse", "https://x.test/helse%20ledelse"),
    ("https://x.test/st%c3%b8tte", "https://x.test/st%C3%B8tte"),
    ("https://x.test/støtte", "https://x.test/st%C3%B8tte"),
    ("https://høgskolen.test/", "https://xn--hgskolen-54a.test/"),
    ("http://x.test.", "http://x.test/"),
    ("mailto:evu@x.test", None),
    ("javascript:void(0)", None),
    ("ftp://x.test/fil", None),
    ("http://[::1", None),
    ("", None),
])
def test_canonical(url, expected):
    assert canonical(url) == expected


def test_canonical_resolves_against_a_base():
    assert canonical("../kurs/a#x", "https://x.test/studier/liste/") == "https://x.test/studier/kurs/a"
    assert canonical("//cdn.x.test/a", "https://x.test/") == "https://cdn.x.test/a"
    assert canonical("?page=2", "https://x.test/evu/?page=1") == "https://x.test/evu/?page=2"


def test_scope_hosts_and_subdomains():
    assert in_domains("http://evu.uit.test/en/", ["uit.test"])
    assert in_domains("http://uit.test/", ["UIT.test"])
    assert not in_domains("http://notuit.test/", ["uit.test"])
    assert not in_domains("http://uit.test.evil.test/", ["uit.test"])
    assert in_domains("http://127.0.0.1:8080/", ["127.0.0.1:8080"])
    assert not in_domains("http://127.0.0.1:9/", ["127.0.0.1:8080"])


@pytest.mark.parametrize("url, depth, reason", [
    ("http://hvl.test/studier/", 0, None),
    ("http://www.hvl.test/studier/", 3, None),
    ("http://lovdata.test/", 0, "out_of_scope"),
    ("http://hvl.test/studier/", 4, "too_deep"),
    ("http://hvl.test/" + "a" * 1000, 0, "too_long"),
    ("http://hvl.test/brosjyre.PDF", 0, "not_html"),
    ("http://hvl.test/bilde.jpg", 0, "not_html"),
    ("http://hvl.test/skjema.docx", 0, "not_html"),
    ("http://hvl.test/a/b/a/b/a/b/", 0, "trap"),
    ("http://hvl.test/evu/?page=51", 0, "trap"),
    ("http://hvl.test/evu/?page=50", 0, None),
    ("http://hvl.test/pages/print/?p=362", 0, None),    # a post's id (WordPress), not a page number
])
def test_scope_refuses(url, depth, reason):
    scope = Scope(frozenset({"hvl.test"}), max_depth=3, max_page_number=50)
    assert scope.refuse(canonical(url), depth) == reason


def test_frontier_dedups_canonical_urls_and_keeps_fifo_order_per_host():
    f = Frontier(Scope(frozenset({"usn.test", "hvl.test"})))
    assert f.add("http://usn.test/studier/helseledelse")
    assert not f.add("http://USN.test/studier/helseledelse?utm_source=x#opptak")
    assert not f.add("http://usn.test:80/studier/helseledelse")
    assert f.add("/studier/b", 1, base="http://usn.test/studier/")
    assert f.add("http://hvl.test/")
    assert not f.add("mailto:evu@usn.test") and not f.add("http://lovdata.test/")
    assert sorted(f.hosts()) == ["hvl.test", "usn.test"]
    assert f.pop("usn.test") == ("http://usn.test/studier/helseledelse", 0)
    assert f.pop("usn.test") == ("http://usn.test/studier/b", 1)
    assert f.pop("usn.test") is None and f.pending() == 1
    assert f.refused["lovdata.test"]["out_of_scope"] == 1
    assert not f.mark_seen("http://usn.test/studier/b") and f.mark_seen("http://usn.test/ny")
    assert not f.add("http://usn.test/ny") and f.seen("http://usn.test/ny#x")


def test_query_variants_per_path_are_capped_against_calendar_traps():
    f = Frontier(Scope(frozenset({"nord.test"}), max_query_variants=3))
    queued = [f.add(f"http://nord.test/kalender?month={n}") for n in range(1, 50)]
    assert queued == [True] * 3 + [False] * 46
    assert f.refused["nord.test"]["trap"] == 46
    assert f.add("http://nord.test/kalender")                       # the bare path is another URL
    assert f.add("http://nord.test/nyheter?side=2")                  # other paths have their own count


def test_page_numbers_are_not_query_variants():
    """A listing's ?page=N (up to max_page_number) is pagination, not a trap; other queries still count."""
    f = Frontier(Scope(frozenset({"nord.test"}), max_query_variants=3, max_page_number=20))
    assert all(f.add(f"http://nord.test/kurs/?page={n}") for n in range(1, 21))
    assert not f.add("http://nord.test/kurs/?page=21") and f.refused["nord.test"]["trap"] == 1
    queued = [f.add(f"http://nord.test/kurs/?page={n}&sort=dato") for n in range(1, 6)]
    assert queued == [True] * 3 + [False] * 2


def test_documents_ids_are_not_query_variants():
    """A catalogue that serves every course on one path by its id ("utskriftStudiekatalog?p_document_id=N") is
    no calendar: its pages are not capped as query variants (the pages per host still bound them)."""
    f = Frontier(Scope(frozenset({"uit.test"}), max_query_variants=3))
    assert all(f.add(f"http://uit.test/utskriftStudiekatalog?p_document_id={n}") for n in range(270000, 270020))
    assert all(f.add(f"http://uit.test/emne?emnekode=SYS-{n}") for n in range(1100, 1110))
    # traps: a calendar's month, a date, or an id beside another parameter still count
    assert [f.add(f"http://uit.test/kalender?id={n}&month={n}") for n in range(1, 6)] == [True] * 3 + [False] * 2
    assert [f.add(f"http://uit.test/dag?date=2025-01-{n:02d}") for n in range(1, 6)] == [True] * 3 + [False] * 2
    assert [f.add(f"http://uit.test/liste?kode=2025-01-{n:02d}") for n in range(1, 6)] == [True] * 3 + [False] * 2


def test_pages_per_host_budget_and_refund():
    f = Frontier(Scope(frozenset({"usn.test"}), max_pages_per_host=2))
    for n in range(5):
        f.add(f"http://usn.test/{n}")
    assert f.pop("usn.test") and f.pop("usn.test")
    assert f.pop("usn.test") is None and f.hosts() == []
    f.refund("usn.test")                                              # e.g. refused by robots.txt
    assert f.pop("usn.test") == ("http://usn.test/2", 0)


def test_links_from_html():
    html = """<html><head><base href="http://hvl.test/studier/"></head><body>
    <a href="leiing">Leiing</a> <a href="/kurs/a#del2">A</a> <a href="#topp">Til toppen</a>
    <a href="mailto:evu@hvl.test">E-post</a> <a href="tel:+4755585500">Ring</a> <a href="javascript:void(0)">Meny</a>
    <a href="/filer/brosjyre.pdf">PDF</a> <a href="/bilete.JPG">Bilete</a> <a href="/skjema.docx?v=2">Skjema</a>
    <a href="http://uit.test/en">UiT</a> <a href="/kurs/a">A igjen</a> <a href="http://[::1">Feil</a>
    <a href=" /mellomrom ">Mellomrom</a> <a>Utan href</a></body></html>"""
    links = extract_links(html, "http://hvl.test/")
    assert links == ["http://hvl.test/studier/leiing", "http://hvl.test/kurs/a", "http://uit.test/en",
                     "http://hvl.test/mellomrom"]
    assert links_from_soup(BeautifulSoup("", "lxml"), "http://x.test/") == []
    assert has_skipped_extension("http://x.test/a.ZIP") and not has_skipped_extension("http://x.test/v1.5/kurs")


# -- sitemaps -----------------------------------------------------------------------------------

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> http://usn.test/a </loc></url>
<url><loc>http://usn.test/b</loc><lastmod>2026-01-05</lastmod></url></urlset>"""


def test_parse_sitemap_kinds():
    assert parse_sitemap(URLSET) == ("urlset", ["http://usn.test/a", "http://usn.test/b"])
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b'<sitemap><loc>http://usn.test/s1.xml</loc></sitemap></sitemapindex>')
    assert parse_sitemap(index) == ("index", ["http://usn.test/s1.xml"])
    assert parse_sitemap(gzip.compress(URLSET)) == parse_sitemap(URLSET)
    text = b"http://usn.test/a\nhttp://usn.test/b\n\n"
    assert parse_sitemap(text) == ("text", ["http://usn.test/a", "http://usn.test/b"])
    for junk in (b"", b"<urlset><url><loc>", b"\x1f\x8bnot gzip", b"<html><body>Not found</body></html>"):
        assert parse_sitemap(junk) == ("", []), junk


def test_sitemaps_are_parsed_without_entity_expansion_or_network(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("hemmeleg")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
              b'<urlset><url><loc>http://x.test/&d;</loc></url></urlset>')
    kind, locs = parse_sitemap(laughs)
    assert all("haha" not in loc for loc in locs)
    external = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                f'<urlset><url><loc>http://x.test/&xxe;</loc></url></urlset>').encode()
    kind, locs = parse_sitemap(external)
    assert all("hemmeleg" not in loc for loc in locs)


def test_sitemap_discovery_from_robots_with_an_index_and_gzip(fixture_web):
    f = Fetcher(resolve=fixture_web.resolve, delay=0.0)
    urls = sitemap_urls(f, "http://hvl.test/")
    assert urls == ["http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene",
                    "http://hvl.test/studier/endringsledelse",
                    "http://hvl.test/intern/utkast-helseleiing",        # listed, but robots.txt still rules
                    "http://hvl.test/nyheiter/opptak-2026"]
    assert fixture_web.paths("hvl.test") == ["/robots.txt", "/sitemap-index.xml", "/sitemap.xml",
                                             "/sitemap-studier.xml", "/sitemap-nyheiter.xml.gz"]


def test_sitemap_discovery_falls_back_to_sitemap_xml(fixture_web):
    f = Fetcher(resolve=fixture_web.resolve, delay=0.0, backoff=0.01)
    assert sitemap_urls(f, "http://oslomet.test/") == [
        "http://oslomet.test/evu/", "http://oslomet.test/evu/kvalitetsforbedring-og-pasientsikkerhet"]
    assert sitemap_urls(f, "http://nord.test/") == []                   # none at all
    assert sitemap_urls(f, "http://vid.test/") == []                    # robots.txt 5xx: not even asked
    assert fixture_web.paths("vid.test") == ["/robots.txt"] * 3        # 5xx retried, then given up


def test_rechecks_of_known_offers_come_after_discovery_and_outside_the_budget():
    f = Frontier(Scope(frozenset({"a.test"}), max_pages_per_host=2))
    for i in range(3):
        assert f.add(f"http://a.test/kjent/{i}", 1, recheck=True)
    f.add("http://a.test/", 0)
    f.add("http://a.test/ny", 1)
    f.add("http://a.test/enda-en", 1)                       # over the budget of 2
    assert f.pending("a.test") == 6
    order = []
    while f.hosts():
        order.append(f.pop("a.test")[0])
    assert order == ["http://a.test/", "http://a.test/ny", "http://a.test/kjent/0", "http://a.test/kjent/1",
                     "http://a.test/kjent/2"]
    f.refund("a.test", "http://a.test/kjent/0")             # a recheck is never refunded to the budget
    assert f.taken["a.test"] == 2
    assert not f.add("http://a.test/kjent/1", 1)            # known URLs are still deduplicated


def test_a_start_page_under_a_path_limited_entry_keeps_the_crawl_to_that_path():
    """A provider's part of a shared catalogue host ("studiekatalog.edutorium.no/inn/") is its scope; starting
    there must not let the whole shared host in (another institution's part, an unregistered one)."""
    from crawler.config import CrawlConfig
    from crawler.crawl import crawl_scope

    start = "https://studiekatalog.edutorium.no/inn/nb/sok"
    scope = crawl_scope([start], CrawlConfig(allowed_hosts=("studiekatalog.edutorium.no/inn/", "hvl.no")))
    assert scope.allows_host("https://studiekatalog.edutorium.no/inn/nb/emne/HELSELED60")
    assert scope.allows_host("https://www.hvl.no/studier/")
    assert not scope.allows_host("https://studiekatalog.edutorium.no/folkeuniversitetet/nb/program/BB/2024-host")
    assert not scope.allows_host("https://studiekatalog.edutorium.no/")
    # a start page that no entry admits brings its host in, as before
    loose = crawl_scope(["https://www.nord.no/studier"], CrawlConfig(allowed_hosts=("hvl.no",)))
    assert loose.allows_host("https://www.nord.no/en/") and loose.allows_host("https://hvl.no/")
    assert crawl_scope(["https://www.nord.no/studier"], CrawlConfig()).allows_host("https://www.nord.no/x")


def test_the_registry_crawl_keeps_to_the_registry_scope():
    """`kurskatalog crawl`'s plan (service.jobs.registry_plan): its start pages on shared catalogue hosts do not
    widen the scope beyond the providers' catalogue prefixes."""
    from crawler.crawl import crawl_scope
    from domain.providers import scope_entries
    from service.jobs import registry_plan

    starts, config = registry_plan()
    assert any("studiekatalog.edutorium.no/" in u for u in starts)
    scope = crawl_scope(starts, config)
    assert scope.domains == frozenset(scope_entries())
    assert not scope.allows_host("https://studiekatalog.edutorium.no/folkeuniversitetet/nb/program/BB/2024-host")


def test_a_shared_hosts_sitemap_is_chosen_from_before_the_limit_counts():
    """A shared catalogue host lists every institution's pages; with `keep` the limit counts the crawl's own."""
    from crawler.fetch.result import FetchResult

    others = [f"http://kat.test/annen/emne/{i}" for i in range(5)]
    own = ["http://kat.test/inn/emne/A", "http://kat.test/inn/emne/B"]
    body = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + "".join(f"<url><loc>{u}</loc></url>" for u in others + own) + "</urlset>").encode()

    class Stub:
        def robots_sitemaps(self, root):
            return []

        def fetch(self, url, **kw):
            return FetchResult(url=url, final_url=url, status=200, content=body)

    keep = Scope(frozenset({"kat.test/inn/"})).allows_host
    assert sitemap_urls(Stub(), "http://kat.test/", limit=3, keep=keep) == own
    assert sitemap_urls(Stub(), "http://kat.test/", limit=3) == others[:3]        # without keep: the first three


def test_an_index_of_a_shared_host_reads_the_files_in_scope_first():
    """An index listing every institution's sitemap file, the crawl's own last: with `keep` it is read before
    the file budget (`max_files`) is spent on the others."""
    from crawler.fetch.result import FetchResult

    parts = [f"http://kat.test/{name}/sitemap.xml" for name in [f"annen{i}" for i in range(25)] + ["inn"]]
    index = ("<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             + "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in parts) + "</sitemapindex>").encode()

    def urlset(url):
        folder = url.split("/")[3]
        return ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<url><loc>http://kat.test/{folder}/emne/A</loc></url></urlset>").encode()

    class Stub:
        def robots_sitemaps(self, root):
            return []

        def fetch(self, url, **kw):
            body = index if url.endswith("/sitemap.xml") and url.count("/") == 3 else urlset(url)
            return FetchResult(url=url, final_url=url, status=200, content=body)

    keep = Scope(frozenset({"kat.test/inn/"})).allows_host
    assert sitemap_urls(Stub(), "http://kat.test/", max_files=20, keep=keep) == ["http://kat.test/inn/emne/A"]
    assert sitemap_urls(Stub(), "http://kat.test/", max_files=20) == [
        f"http://kat.test/annen{i}/emne/A" for i in range(19)]          # without keep: the budget is spent
