"""Real course pages (qa/realpages): the fixture set, the extraction benchmark's floors,
and a crawl of a web made of these pages at their real addresses.

The fixtures keep the structure, labels, facts and traps of stored pages of Norwegian
institutions, with the prose rewritten; each is rendered in four layouts. The floors sit
just below the figures `bench/extract/evaluate.py` measured (README, "Reading real course
pages"); the held-out split was never looked at page by page while the extractor was built.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from qa import extraction, scope
from crawler import crawl as crawling
from crawler.config import CrawlConfig
from crawler.crawl import crawl
from crawler.extract import extract
from crawler.fetch import Fetcher
from crawler.frontier import Scope, canonical
from domain.providers import scope_entries
from crawler.store import Store
from qa.realpages.render import LAYOUTS, render
from qa.realpages.site import RealPagesWeb, served_url
from qa.realpages.spec import SPLITS, load

ALL = [spec for split in SPLITS for spec in load(split)]

# Floors about 0.02 below the figures measured on 2026-12-06 (bench/results/extract.json, thirty-fifth round:
# crawler/ and domain/ at a4668ffd, the learned recogniser refitted on dev with heldout26, its threshold chosen by
# cross-validation), heldout32's raised to 0.02 below the thirty-sixth round's (2026-12-07: crawler/ and domain/ at
# 4da16332, refitted; the other floors stay, 0.015 to 0.029 below the new figures). None changed in the thirty-seventh
# round (crawler/ and domain/ at 405225c7, refitted in 6642c1c4), the thirty-eighth (264865cf, refitted) or the
# thirty-ninth (3c631b34, not refitted: dev's extractions did not change), whose figures are the thirty-eighth's to
# the last digit: the floors sit 0.009 (heldout32's precision) to 0.040 below them. The first twenty-six held-out
# sets were retired into dev after they had been measured, heldout26 (seven times) on 2026-12-06 (README).
FLOORS = {
    # 3123 pages: P 1.0 R 0.999 acc 0.930; recognition is in-sample (the model was fitted on dev), its
    # cross-validated figures are P 0.904 R 0.907 (bench/results/recogniser.md; the forty-first round's refit).
    # The per-set comments below give the thirty-eighth round's figures; after the forty-first round's refit
    # heldout28 P 0.884, heldout29 P 0.866 R 0.919, heldout30 P 0.927, heldout32 R 0.896, heldout33 P 0.804 and
    # heldout35 P 0.848 R 0.778 acc 0.883, the rest the same (bench/results/extract.md)
    "dev": {"precision": 0.98, "recall": 0.98, "accuracy": 0.91},
    # written by labellers who never saw the extractor or its output; no page of them read while it was written
    "heldout27": {"precision": 0.84, "recall": 0.89, "accuracy": 0.86},  # eleventh measurement: P 0.863 R 0.911 acc 0.886
    "heldout28": {"precision": 0.86, "recall": 0.88, "accuracy": 0.86},  # tenth measurement: P 0.889 R 0.907 acc 0.885
    "heldout29": {"precision": 0.84, "recall": 0.89, "accuracy": 0.89},  # ninth measurement: P 0.865 R 0.913 acc 0.918
    "heldout30": {"precision": 0.90, "recall": 0.90, "accuracy": 0.87},  # eighth measurement: P 0.919 R 0.923 acc 0.893
    "heldout31": {"precision": 0.86, "recall": 0.85, "accuracy": 0.88},  # seventh measurement: P 0.880 R 0.877 acc 0.908
    "heldout32": {"precision": 0.82, "recall": 0.88, "accuracy": 0.86},  # seventh measurement: P 0.829 R 0.892 acc 0.879
    "heldout33": {"precision": 0.77, "recall": 0.95, "accuracy": 0.89},  # sixth measurement: P 0.789 R 0.977 acc 0.918
    "heldout34": {"precision": 0.84, "recall": 0.86, "accuracy": 0.88},  # sixth measurement: P 0.871 R 0.900 acc 0.900
    "heldout35": {"precision": 0.82, "recall": 0.71, "accuracy": 0.85},  # sixth measurement: P 0.835 R 0.736 acc 0.880
    "heldout36": {"precision": 0.91, "recall": 0.95, "accuracy": 0.89},  # fifth measurement: P 0.933 R 0.977 acc 0.919
}

# The same measure on the pages within the registry crawl's scope (qa/scope.py: the address is under a provider's domain,
# catalogue prefix or utdanning.no path), measured first on 2026-12-07 (bench/results/extract_scope.json, first committed in
# 787a59cc; the extraction is 3c631b34's; the rule chosen in c10eb505 before any held-out figure was taken with it,
# measured again after d462494a added ksagenda.no to the registry: dev moved, no held-out page). Floors 0.02 to 0.03
# below (rounded down to two decimals).
# Pooled over the held-out sets: P 0.955 R 0.957 acc 0.914 (634 pages, 391 course); out of scope P 0.773 R 0.843
# acc 0.878.
IN_SCOPE_FLOORS = {
    "dev": {"precision": 0.98, "recall": 0.98, "accuracy": 0.92},  # P 1.0 R 1.0 acc 0.944 (978 course, 517 other; with ksagenda.no)
    "heldout27": {"precision": 0.93, "recall": 0.96, "accuracy": 0.88},  # P 0.956 R 0.985 acc 0.904 (66 course, 29 other)
    "heldout28": {"precision": 0.96, "recall": 0.93, "accuracy": 0.89},  # P 0.986 R 0.958 acc 0.917 (71 course, 52 other)
    "heldout29": {"precision": 0.90, "recall": 0.90, "accuracy": 0.91},  # P 0.922 R 0.925 acc 0.938 (77 course, 53 other)
    "heldout30": {"precision": 0.95, "recall": 0.92, "accuracy": 0.89},  # P 0.97 R 0.941 acc 0.915 (34 course, 23 other)
    "heldout31": {"precision": 0.92, "recall": 0.95, "accuracy": 0.89},  # P 0.943 R 0.976 acc 0.914 (42 course, 15 other)
    "heldout32": {"precision": 0.98, "recall": 0.94, "accuracy": 0.87},  # P 1.0 R 0.967 acc 0.895 (30 course, 10 other)
    "heldout33": {"precision": 0.83, "recall": 0.98, "accuracy": 0.90},  # P 0.857 R 1.0 acc 0.922 (18 course, 15 other)
    "heldout34": {"precision": 0.98, "recall": 0.94, "accuracy": 0.88},  # P 1.0 R 0.967 acc 0.9 (30 course, 11 other)
    "heldout35": {"precision": 0.74, "recall": 0.78, "accuracy": 0.79},  # P 0.762 R 0.8 acc 0.818 (5 course, 14 other)
    "heldout36": {"precision": 0.98, "recall": 0.92, "accuracy": 0.87},  # P 1.0 R 0.944 acc 0.898 (18 course, 21 other)
}


def test_the_fixture_set_is_as_large_and_varied_as_the_issue_asks():
    course = [s for s in ALL if s["page_kind"] == "course"]
    other = [s for s in ALL if s["page_kind"] != "course"]
    assert len(course) >= 100 and len(other) >= 40
    assert len({s["institution"] for s in course}) >= 25
    assert {s["lang"] for s in ALL} == {"nb", "nn", "en"}
    heldout = [spec for split in SPLITS[1:] for spec in load(split)]
    assert 0.33 <= len(heldout) / len(ALL) <= 0.5                   # at least a third held out
    assert len({s["id"] for s in ALL}) == len(ALL)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_escapes_the_text_and_wraps_it_in_chrome(layout):
    spec = {**ALL[0], "title": "<script>alert(1)</script> & co", "blocks": [{"text": "a <b>b</b>"}]}
    html = render(spec, layout)
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "a &lt;b&gt;b&lt;/b&gt;" in html
    assert "informasjonskapsler" in html and "Postboks 400" in html        # cookie banner and footer address


@pytest.mark.slow(seconds=20)   # every page in four layouts
@pytest.mark.parametrize("split", SPLITS)
def test_extraction_meets_its_floors(split, request):
    results = request.getfixturevalue("dev_extractions") if split == "dev" else extraction.extractions(split)
    result = extraction.run(split, results=results)
    floor = FLOORS[split]
    assert result["recognition"]["precision"] >= floor["precision"], result["recognition"]
    assert result["recognition"]["recall"] >= floor["recall"], result["recognition"]
    assert result["accuracy"] >= floor["accuracy"], result["fields"]
    part = extraction.run(split, results=results, only=scope.in_registry_scope)     # the same results, in scope
    floor = IN_SCOPE_FLOORS[split]
    assert part["recognition"]["precision"] >= floor["precision"], part["recognition"]
    assert part["recognition"]["recall"] >= floor["recall"], part["recognition"]
    assert part["accuracy"] >= floor["accuracy"], part["fields"]


def test_the_footer_address_and_the_cookie_banner_are_not_facts():
    """The chrome names a town (the footer address) and a mega menu names other studies with
    their credits; neither may become a place or the offer's credits."""
    spec = next(s for s in ALL if s["id"] == "ldh-palliativ-omsorg")
    for layout in LAYOUTS:
        offer = extract(render(spec, layout), spec["url"]).offer
        assert "Postboks" not in (offer["locations"] or "") and offer["credits"].startswith("30"), layout


def test_facts_keep_where_they_came_from():
    spec = next(s for s in ALL if s["id"] == "nhh-ledelse-utviklings-endringsarbeid")
    offer = extract(render(spec, "accordion"), spec["url"]).offer
    ev = offer["evidence"]
    assert ev["admission"] == {"how": "section", "where": "Opptakskrav"}
    assert ev["credits"]["how"] in ("section", "sentence") and "15 studiepoeng" in offer["credits"]
    assert ev["price"]["where"] == "Kostnader"


@pytest.fixture(scope="module")
def web():
    with RealPagesWeb(ALL) as w:
        yield w


def _trap(url: str) -> bool:
    """Does the crawler's frontier refuse the address as a trap (crawler/frontier.py, Scope.refuse)?"""
    return Scope(frozenset({urlsplit(url).hostname})).refuse(url) == "trap"


def _crawl(web, data_dir, parsed: dict):
    """Crawl the web; `parsed` gets every page the crawl parsed (its canonical URL) and the extractor's verdict."""
    def counting(html, url):
        result = extract(html, url)
        parsed[canonical(url)] = result.is_course
        return result

    counting = functools.wraps(extract)(counting)
    with Store.in_data_dir(data_dir) as store, pytest.MonkeyPatch.context() as mp:
        mp.setattr(crawling, "extract", counting)
        # generous timeouts and retries: a page the machine was too busy to serve in time is no finding here
        fetcher = Fetcher(resolve=web.resolve, delay=0.0, timeout=(10.0, 10.0), retries=2)
        # (max_pages is per host: the largest host serves 122 of the pages since 2026-12-06 (www.hvl.no), with its index
        # pages more, so the bound is well above it (120 let three of hvl.no's pages go unparsed); one path of
        # uit.no's print catalogue, "utskriftStudiekatalog?p_document_id=…", serves six pages, more than the default
        # bound on a path's query strings, which guards against calendar traps and does not count documents' ids)
        return crawl(web.starts, store, CrawlConfig(allowed_hosts=scope_entries(), max_pages=300, max_depth=2,
                                                    use_sitemaps=False, workers=8), fetcher=fetcher)


@pytest.mark.slow(seconds=400)   # two crawls of every split's pages
def test_a_crawl_stores_what_the_extractor_recognises_and_a_second_crawl_parses_nothing(web, tmp_path):
    parsed: dict[str, bool] = {}
    _crawl(web, tmp_path, parsed)
    with Store.in_data_dir(tmp_path) as store:
        records = {r["provenance"]["final_url"]: r for r in store.records(origin="crawl")}
    # the crawl reaches and parses every fixture page (the extractor's verdict on each is the one the crawl got:
    # the web serves each page as render(spec, layout_for(spec)), so no second extraction of every page), but for
    # an address the frontier refuses as a trap, a page number beyond its bound ("…/nyhende?offset=1497372983167", a
    # news feed's page of heldout28): no course page may be one
    trapped = {canonical(served_url(s)) for s in ALL if _trap(canonical(served_url(s)))}
    assert not {canonical(served_url(s)) for s in ALL if s["page_kind"] == "course"} & trapped
    assert {canonical(served_url(s)) for s in ALL} - trapped <= set(parsed)
    # the fixture web's own index pages (a list of each host's pages) are no course, but the extractor may take one
    # for a course; then the crawl stores it too, and it counts against precision below
    recognised = {url for url, is_course in parsed.items() if is_course}
    truth = {canonical(served_url(s)) for s in ALL if s["page_kind"] == "course"}
    # the crawl loses no page: every page the extractor takes for a course is stored, nothing else
    assert set(records) == recognised
    true_positive = len(set(records) & truth)
    # every split, 4720 pages since 2026-12-06 (dev's 3123 pages are in-sample for the learned recogniser, whose
    # threshold is 0.35 again since the thirty-fifth round, 0.40 in the thirty-third and thirty-fourth, 0.35 from the
    # twenty-seventh): in the thirty-eighth round precision 0.959, recall 0.971, no stored page that is not a fixture,
    # providers right on 1391 of 1462 (thirty-seventh: 0.959 / 0.971, 1391 of 1461; thirty-sixth: 0.960 / 0.971, 1392 of 1462; thirty-fifth: 0.960 / 0.970, 1390 of
    # 1460; 4625 pages in the thirty-fourth round, with a per-host bound of 120 that left some of
    # www.hvl.no's pages unparsed: 0.958 / 0.965, providers 1366 of 1434; 4337 pages in the thirty-third
    # round: 0.963 / 0.970, providers 1312 of 1378; 4056 pages in the thirty-second
    # round: 0.956 / 0.968; 3935 pages in the thirty-first round: 0.955 / 0.965; 3640 pages in the thirtieth round: 0.949 / 0.967; 3362 pages in the twenty-ninth round: 0.953 / 0.965; 3123 pages in the twenty-eighth round: 0.953, one of the fixture web's index pages taken
    # for a course; 0.954 since a title "Oversikt …" is a final veto; recall 0.959; 2882 pages in the twenty-seventh round: 0.957 / 0.954; 2678
    # pages in the twenty-sixth round: 0.973 / 0.945; 2586
    # pages in the twenty-fifth round: 0.967 / 0.944; 2369
    # pages in the twenty-fourth round: 0.971 / 0.940; 2234 pages in the twenty-third round: 0.972 / 0.943; 2064
    # pages in the twenty-second round: 0.977 / 0.946; 1924 pages in the twenty-first round: 0.973 / 0.938; 1772 pages in
    # the twentieth round: 0.971 / 0.934; 1682 pages in the
    # nineteenth round: 0.970 / 0.924; 1582 pages in
    # the eighteenth round: 0.963 / 0.938; 1479 pages:
    # 0.964 / 0.945; 1377 pages in the seventeenth round, rules alone: 0.941 / 0.874; 1270 in the sixteenth: 0.937 / 0.872)
    assert true_positive / len(records) >= 0.94 and true_positive / len(truth) >= 0.92
    # providers come from the registry: domains, catalogue prefixes on shared hosts, utdanning.no's rule
    by_url = {canonical(served_url(s)): s for s in ALL}
    owned = [(by_url[u]["provider_id"], r["provider_id"]) for u, r in records.items()
             if u in by_url and by_url[u]["provider_id"]]
    assert sum(a == b for a, b in owned) / len(owned) >= 0.95, [x for x in owned if x[0] != x[1]]
    inn = [r for u, r in records.items() if "studiekatalog.edutorium.no/inn/" in u]
    assert inn and all(r["provider_id"] == "inn" for r in inn)
    # a crawled page gets only the places it states
    assert all(not r["locations_from_campus"] for r in records.values())

    web.clear()
    parsed.clear()
    report = _crawl(web, tmp_path, parsed)
    course_hits = [h for h in web.hits() if canonical(f"http://{h.host}{h.path}") in records]
    assert course_hits and sum(h.conditional and h.status == 304 for h in course_hits) / len(course_hits) >= 0.95
    assert not set(parsed) & set(records)                       # no 304 page is parsed again
    outcomes = Counter()
    for counts in report["hosts"].values():
        outcomes.update({k: v for k, v in counts.items() if not re.match(r"^(fetched|queued|requests)", k)})
    assert outcomes["not_modified"] >= len(records)


def test_the_extract_command_prints_the_facts_a_reader_reads_off_a_real_page(tmp_path):
    """`kurskatalog extract` on a plain-text page: every fact with where it was read."""
    import subprocess
    import sys
    from pathlib import Path

    spec = next(s for s in ALL if s["id"] == "ldh-palliativ-omsorg")
    saved = tmp_path / "side.html"
    saved.write_text(render(spec, "lines"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "extract", str(saved), "--url", spec["url"]],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Videreutdanning i palliativ omsorg (Lovisenberg diakonale høgskole)" in text   # provider from the host
    for line in ("Studiepoeng: 30 stp  [under «Studiepoeng»", "Sted: Oslo  [under «Studiested»",
                 "Pris: kr 15 000  [under «Kostnad per semester»", "Oppstart: Høst 2020", "Varighet: 2 semestre",
                 "Søknadsfrist: 01.06.2020"):
        assert line in text, (line, text)
    news = next(s for s in ALL if s["id"] == "hivolda-nyhet-rekordsoking-helseleiing")
    saved.write_text(render(news, "divs"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "extract", str(saved), "--url", news["url"]],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("not a course page (news; model 0."), out.stdout


def test_the_second_labelling_is_well_formed_and_covers_dev_pages_only():
    from qa.agreement import second_labels
    from qa.realpages.spec import PAGE_KINDS, _check_expect
    dev = {spec["id"] for spec in load("dev")}
    second = second_labels()
    assert len(second) >= 50
    for b in second:
        assert b["id"] in dev and b["page_kind"] in PAGE_KINDS
        assert (b["page_kind"] == "course") == ("expect" in b)
        assert b["page_kind"] != "course" or _check_expect(b["expect"]) == []
        assert b.get("drawn", "2026-12-04") in ("2026-12-04", "2026-12-07"), b["id"]


def test_agreement_is_given_for_each_sample_and_both_together(monkeypatch):
    """qa.agreement.run: the figures of both samples together, and of each alone under "draws"; a label of
    the second sample that differs moves that sample's figures and not the first's."""
    import qa.agreement as agreement
    course = [s for s in ALL if s["page_kind"] == "course"][:4]
    labels = [{"id": s["id"], "page_kind": "course", "expect": dict(s["expect"]),
               **({"drawn": "2026-12-07"} if i >= 2 else {})} for i, s in enumerate(course)]
    labels[3]["expect"]["price_nok"] = 123_456
    monkeypatch.setattr(agreement, "second_labels", lambda: labels)
    monkeypatch.setattr(agreement, "load", lambda split: course)
    r = agreement.run()
    assert r["pages"] == 4 and set(r["draws"]) == {"2026-12-04", "2026-12-07"}
    first, second = r["draws"]["2026-12-04"], r["draws"]["2026-12-07"]
    assert (first["pages"], second["pages"]) == (2, 2)
    assert first["fields"]["price_nok"] == 1.0 and second["fields"]["price_nok"] == 0.5
    assert r["fields"]["price_nok"] == 0.75 and "disagreements" not in second


def test_the_extractor_is_set_beside_both_labellers():
    """qa.agreement.extractor_against: with a second labelling equal to the first the extractor agrees as often
    with either; a second label the extractor does not give lowers only its agreement with the second, and the
    labellers' with each other."""
    from qa.agreement import extractor_against
    course = [s for s in load("dev") if s["page_kind"] == "course"][:3]
    first = {s["id"]: s for s in course}
    same = [{"id": s["id"], "page_kind": "course", "expect": dict(s["expect"])} for s in course]
    r = extractor_against(first, same)
    assert r["pages"] == 3 and r["fields"] == 3 * 11
    assert r["with_first"] == r["with_second"] and r["labellers"] == 1.0
    for field in ("kind", "level", "part_time", "admission_education", "start_term"):
        moved = extractor_against(first, [{**same[0], "expect": {**same[0]["expect"], field: "x"}}, *same[1:]])
        if moved["with_second"] != r["with_second"]:
            break                                   # a field the extractor gets right on the first page
    assert moved["with_first"] == r["with_first"] and moved["with_second"] < r["with_second"]
    assert moved["labellers"] < 1.0


def test_agreement_counts_what_differs():
    from qa.agreement import compare
    course = [s for s in ALL if s["page_kind"] == "course"][:3]
    other = next(s for s in ALL if s["page_kind"] != "course")
    first = {s["id"]: s for s in course + [other]}
    same = [{"id": s["id"], "page_kind": s["page_kind"], **({"expect": s["expect"]} if "expect" in s else {})}
            for s in first.values()]
    r = compare(first, same)
    assert (r["page_kind_agreement"], r["course_precision"], r["course_recall"], r["field_agreement"]) == (1, 1, 1, 1)
    changed = [dict(x) for x in same]
    changed[0] = {**changed[0], "expect": {**changed[0]["expect"], "price_nok": 123_456}}
    changed[-1] = {**changed[-1], "page_kind": "course", "expect": course[1]["expect"]}
    r = compare(first, changed)
    assert r["course_precision"] == 0.75 and r["fields"]["price_nok"] < 1 and r["field_agreement"] < 1
    assert any("price_nok" in d for d in r["disagreements"])


def test_two_versions_of_the_extractor_are_compared_page_by_page(monkeypatch):
    """qa.extraction.decisions / changes, behind bench/extract/decisions.py: a refactor meant to move no
    decision must show none; a moved decision or field is named."""
    import copy

    from qa import extraction

    pages = [s for s in load("dev") if s["page_kind"] == "course"][:2] + [s for s in load("dev") if s["page_kind"] == "news"][:1]
    monkeypatch.setattr(extraction, "load", lambda split: pages)
    before = extraction.decisions("dev")
    assert len(before) == 3 * len(LAYOUTS)
    assert extraction.changes(before, copy.deepcopy(before)) == \
        {"pages": len(before), "decisions": [], "fields": {}, "added": [], "removed": []}
    after = copy.deepcopy(before)
    course = next(k for k, v in after.items() if v["course"])
    after[course]["price_nok"] = 123
    news = next(k for k, v in after.items() if not v["course"])
    after[news] = {"course": True}
    del after[next(k for k in after if k not in (course, news))]
    diff = extraction.changes(before, after)
    assert diff["decisions"] == [news] and diff["fields"] == {"price_nok": [course]}
    assert diff["pages"] == len(before) - 1 and len(diff["removed"]) == 1 and diff["added"] == []


def test_the_comparison_tool_refuses_a_missing_or_foreign_file_clearly(tmp_path):
    """bench/extract/decisions.py --compare on a file it did not write: a message and exit code 2, no traceback."""
    import subprocess
    import sys
    from pathlib import Path

    foreign = tmp_path / "foreign.json"
    foreign.write_text("[1, 2]", encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    for other in (tmp_path / "missing.json", foreign):
        out = subprocess.run([sys.executable, "bench/extract/decisions.py", "--compare", str(foreign), str(other)],
                             capture_output=True, text=True, cwd=root, timeout=60)
        assert out.returncode == 2 and "cannot compare" in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_course_pages_found_are_counted_per_kind():
    """qa.extraction.kinds_found, behind bench/extract/kinds.py: course pages of each labelled kind and how many of
    them the extractor finds; other pages are not counted, and a page taken for no course counts as missed."""
    from qa import extraction

    dev = load("dev")
    degree = next(s for s in dev if s["page_kind"] == "course" and s["expect"]["kind"] == "degree")
    unknown = next(s for s in dev if s["page_kind"] == "course" and s["expect"]["kind"] is None)
    news = next(s for s in dev if s["page_kind"] == "news")
    # taken for no course; at an address of its own, as a study's sub-page ("/studies/<study>/admission") is some
    # evidence of a course page whatever its text
    blank = {**degree, "id": "blank", "url": "https://x.test/om-oss", "title": "Om oss", "blocks": [{"text": "Velkommen."}]}
    assert not extract(render(blank, "lines"), blank["url"]).is_course
    counts = extraction.kinds_found([degree, unknown, news, blank])
    assert set(counts) == {"degree", "unknown"} and counts["degree"][1] == 2 and counts["unknown"][1] == 1
    assert counts["degree"][0] == int(extract(render(degree, "lines"), degree["url"]).is_course)


def test_other_pages_taken_for_courses_are_counted_per_page_kind():
    """qa.extraction.others_taken, behind bench/extract/kinds.py: pages that are no course pages, per labelled page
    kind, and how many the extractor takes for course pages; course pages are not counted."""
    from qa import extraction

    dev = load("dev")
    course = next(s for s in dev if s["page_kind"] == "course")
    news = next(s for s in dev if s["page_kind"] == "news")
    # a "news" page that reads as one course's page: taken, and counted as taken
    taken = {**course, "id": "taken", "page_kind": "news"}
    assert extract(render(taken, "lines"), taken["url"]).is_course
    blank = {**news, "id": "blank", "url": "https://x.test/om-oss", "title": "Om oss", "blocks": [{"text": "Hei."}]}
    counts = extraction.others_taken([course, news, taken, blank])
    assert set(counts) == {"news"} and counts["news"][1] == 3
    assert counts["news"][0] == 1 + int(extract(render(news, "lines"), news["url"]).is_course)
def test_a_measured_split_is_retired_into_dev_with_its_notes(tmp_path):
    """qa/realpages/retire.py: pages move into dev, each note says when and after how many measurements, and the
    rest of each file stays as it was; a page whose id is in dev already stops it before anything moves."""
    import json

    from qa.realpages.retire import retire

    spec = next(s for s in load("dev") if s["page_kind"] == "course")
    (tmp_path / "dev").mkdir()
    (tmp_path / "heldout9").mkdir()
    text = json.dumps({**spec, "id": "a", "notes": "Writer's note."}, ensure_ascii=False, indent=1)
    (tmp_path / "heldout9" / "a.json").write_text(text, encoding="utf-8")
    moved = retire("heldout9", "six", "2026-12-05", tmp_path)
    assert [p.name for p in moved] == ["a.json"] and not (tmp_path / "heldout9").exists()
    after = json.loads((tmp_path / "dev" / "a.json").read_text(encoding="utf-8"))
    assert after["notes"] == ("Writer's note; retired from the held-out split 'heldout9' into dev on 2026-12-05 "
                              "after six measurements")
    assert {k: v for k, v in after.items() if k != "notes"} == {k: v for k, v in json.loads(text).items() if k != "notes"}
    (tmp_path / "heldout10").mkdir()
    (tmp_path / "heldout10" / "a.json").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="already in dev"):
        retire("heldout10", "five", "2026-12-05", tmp_path)
    assert (tmp_path / "heldout10" / "a.json").exists()


def test_the_fixture_web_serves_every_page_its_index_links():
    """Each host's index links every fixture by its whole address, and the server finds it as a crawler asks for it:
    a fixture at "/" moves the index (else the host's other pages are unreachable), an address written with "æ" is
    asked for percent-encoded, and a path opening with "//" is a path, not a host."""
    import requests
    from bs4 import BeautifulSoup

    base = {**ALL[0], "page_kind": "other"}
    base.pop("expect", None)
    specs = [{**base, "id": f"t{i}", "url": url, "title": f"Side {i}"} for i, url in enumerate([
        "https://www.school.test/", "https://www.school.test/about", "https://journal.test/2023/opplæringstiltak_i_NAV",
        "https://www.uni.test//en/course/bio360"])]
    with RealPagesWeb(specs) as web, requests.Session() as http:
        reached = set()
        for start in web.starts:
            host = urlsplit(start).hostname
            index = http.get(f"http://127.0.0.1:{web.port}{urlsplit(start).path}", headers={"Host": host}, timeout=10)
            assert index.status_code == 200 and "Oversikt over sider" in index.text
            for a in BeautifulSoup(index.text, "lxml").find_all("a"):
                url = urlsplit(canonical(a["href"]))
                page = http.get(f"http://127.0.0.1:{web.port}{url.path}", headers={"Host": url.hostname}, timeout=10)
                assert page.status_code == 200, a["href"]
                reached.add(a.get_text())
    assert reached == {s["title"] for s in specs}
    assert web.starts == ["http://journal.test/", "http://www.school.test/oversikt-over-sider/", "http://www.uni.test/"]
