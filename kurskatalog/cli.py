"""The `kurskatalog` command line: normalise, build, search, serve (and the crawler's commands)."""

from __future__ import annotations

import argparse
import errno
import json
import math
import signal
import sys
from collections import defaultdict
from urllib.parse import urlsplit

from service import config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kurskatalog", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("normalise", help="normalise a seed CSV and print one JSON object per row")
    p.add_argument("file")
    p.set_defaults(func=cmd_normalise)

    p = sub.add_parser("build", help="build the search index from the catalogue files and the crawled records")
    p.add_argument("--seed", help="the 2014 seed CSV (default: the one this data dir was built from, "
                                  "else the bundled catalogue_seed.csv)")
    p.add_argument("--current", help="today's offers CSV (default: the one this data dir was built from, else "
                                     "the bundled catalogue_current.csv; '-' for none)")
    p.add_argument("--data-dir", help="data dir (default: $KURSKATALOG_DATA or the per-user dir)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("report", help="what the catalogue holds: offers per provider, region, topic and source "
                                      "year, and how much of it is known (price, start, deadline, places)")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("search", help="search the catalogue (the same results as /api/search)")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--filter", action="append", default=[], metavar="FACET=VALUE",
                   help="e.g. --filter topic=okonomi --filter part_time=true (repeatable)")
    p.add_argument("--sort", default="relevance")
    p.add_argument("--page", default="1")
    p.add_argument("--per-page", default="20")
    p.add_argument("--credits-min")
    p.add_argument("--credits-max")
    p.add_argument("--kommune", action="append", default=[])
    p.add_argument("--max-km")
    p.add_argument("--data-dir")
    p.add_argument("--json", action="store_true", help="print the API's JSON")
    p.add_argument("--as-typed", action="store_true", help="no typo correction (spell=off)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="serve the site and API with waitress (builds the index if none)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--data-dir")
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--with-scheduler", action="store_true",
                   help="run the crawl schedule in this process too (it becomes the only index writer)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("schedule", help="run the crawl and re-index schedule in the foreground")
    p.add_argument("--data-dir")
    p.add_argument("--crawl-hours", type=float, default=24 * 7, help="hours between crawls (default weekly)")
    p.add_argument("--reindex-hours", type=float, default=24)
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("crawl", help="crawl the provider registry (or --start URLs), store and re-index")
    p.add_argument("--start", action="append", default=[], metavar="URL", type=_start_url)
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST")
    p.add_argument("--max-pages", type=_whole(1), default=200, help="per host")
    p.add_argument("--max-depth", type=_whole(0), default=3)
    p.add_argument("--delay", type=_seconds, default=1.0, help="seconds between requests to one host")
    p.add_argument("--resolve", action="append", default=[], metavar="HOST=ADDR:PORT", type=_resolve_item,
                   help="send requests for HOST to ADDR:PORT, and contact no other host (a test or "
                        "staging server; like curl --resolve)")
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("extract", help="extract and normalise one page, a saved file or a URL "
                                       "(debugging a site layout)")
    p.add_argument("file", metavar="FILE_OR_URL")
    p.add_argument("--url", help="the page's address (for links and the provider; default: the URL given)")
    p.add_argument("--resolve", action="append", default=[], metavar="HOST=ADDR:PORT", type=_resolve_item)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("gaps", help="offers per needed topic and region or county, and the gaps")
    p.add_argument("--by", default="region", choices=["region", "county"])
    p.add_argument("--format", default="table", choices=["table", "csv", "excel", "json"],
                   help="csv: the API's /api/gaps.csv; excel: its format=excel variant (labels, semicolons)")
    p.add_argument("--credit-bearing", action="store_true")
    p.add_argument("--part-time", action="store_true")
    p.add_argument("--no-online", action="store_true", help="do not count online offers in every area")
    p.add_argument("--level", action="append", default=[])
    p.add_argument("--kind", action="append", default=[])
    p.add_argument("--enrolment", action="append", default=[])
    p.add_argument("--few", default="0", help="a cell with at most this many offers is a gap")
    p.add_argument("--kommune", action="append", default=[],
                   help="municipality (number or name; repeat for a group) --max-km is measured from")
    p.add_argument("--max-km", default="", help="count only offers within this many km (straight line) of --kommune")
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_gaps)

    args = parser.parse_args(_sort_value_joined(sys.argv[1:] if argv is None else argv))
    try:
        return args.func(args)
    except config.DataDirError as exc:          # --data-dir or $KURSKATALOG_DATA names a file
        return _fail(str(exc))
    except KeyboardInterrupt:
        print("kurskatalog: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head or similar
        sys.stderr.close()
        return 0


def _sort_value_joined(argv: list[str]) -> list[str]:
    """`--sort -credits` as `--sort=-credits`: argparse takes a value that starts with "-" for an option."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] == "--sort" and i + 1 < len(argv) and argv[i + 1][:1] == "-" and argv[i + 1][1:2].isalpha():
            out.append(f"--sort={argv[i + 1]}")
            i += 2
            continue
        out.append(argv[i])
        i += 1
    return out


# -- argument types: a bad value is argparse's error (exit 2), before anything runs --------

def _whole(minimum: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value
    return parse


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 or more, not {text!r}")
    return value


def _resolve_item(text: str) -> str:
    host, _, addr = text.partition("=")
    address, _, port = addr.rpartition(":")
    if not host.strip() or not address.strip() or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"wants HOST=ADDR:PORT (a port 1-65535), not {text!r}")
    return text


def _start_url(text: str) -> str:
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"wants an http:// or https:// address, not {text!r}")
    return text.strip()


def _fail(message: str, code: int = 1) -> int:
    print(f"kurskatalog: {message}", file=sys.stderr)
    return code


def cmd_normalise(args) -> int:
    from domain.seed import SeedError, read_seed, seed_records

    try:
        load = read_seed(args.file)
    except SeedError as exc:
        return _fail(str(exc))
    _print_row_problems({args.file: load.errors}, {args.file: load.warnings})
    for record in seed_records(load):
        print(json.dumps(record, ensure_ascii=False))
    if not load.rows:
        return _fail("no rows could be loaded")
    return 0


def cmd_build(args) -> int:
    from domain.seed import SeedError
    from service.jobs import rebuild

    try:
        report = rebuild(args.data_dir, args.seed, current=args.current)
    except SeedError as exc:
        return _fail(str(exc))
    _print_row_problems(report.errors, report.warnings)
    print(f"built {report.generation} in {config.data_dir(args.data_dir)}: {report.records} records "
          f"({report.seed_rows} catalogue rows); {_changes_text(report)}")
    return 0


def _print_row_problems(errors: dict, warnings: dict) -> None:
    """The catalogue files' skipped rows and warnings on stderr, by file and line."""
    for path in dict.fromkeys([*errors, *warnings]):
        problems = [(line, f"skipped: {m}") for line, m in errors.get(path, [])]
        problems += [(line, f"warning: {m}") for line, m in warnings.get(path, [])]
        for line, message in sorted(problems, key=lambda p: p[0]):
            print(f"{path}:{line}: {message}", file=sys.stderr)


def _changes_text(report) -> str:
    """What a build changed in the index, as the change log (`changes.jsonl`, the feeds) records it:
    offers new, changed (a tracked field), gone (removed, or now marked gone), "other edits" (a
    catalogue row changed in fields the log does not track; only when there are some), unchanged."""
    c = report.changes
    counts = [f"new {c['new']}", f"changed {c['changed']}", f"gone {c['gone']}"]
    if c.get("edited"):
        counts.append(f"other edits {c['edited']}")
    counts.append(f"unchanged {c['unchanged']}")
    where = "the data dir's first index (nothing logged)" if report.first else "since the previous index"
    return f"{where}: {', '.join(counts)}"


def cmd_search(args) -> int:
    from index import NoIndex, RequestError, from_args, open_catalogue

    params: dict[str, list[str]] = defaultdict(list)
    params["q"].append(args.query)
    for item in args.filter:
        facet, sep, value = item.partition("=")
        if not sep:
            return _fail(f"--filter takes FACET=VALUE, not {item!r}", 2)
        params[facet.strip()].append(value.strip())
    for name in ("sort", "page", "per_page", "credits_min", "credits_max", "max_km"):
        value = getattr(args, name)
        if value is not None:
            params[name].append(str(value))
    if args.as_typed:
        params["spell"].append("off")
    try:
        params["kommune"].extend(args.kommune)  # names, numbers or groups, as everywhere
        req = from_args(lambda name: params.get(name, []))
        result = open_catalogue(config.data_dir(args.data_dir)).search(req).to_dict()
    except RequestError as exc:
        return _fail(str(exc), 2)
    except NoIndex as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['total']} treff (side {result['page']} av {result['pages']})")
    if result.get("corrected_from"):
        print(f"Viser treff for «{result['query']['q']}» i stedet for «{result['corrected_from']}» "
              "(--as-typed søker bare etter det du skrev)")
    if result.get("suggestion"):
        print(f"Mente du: {result['suggestion']}?")
    from webapp import facts, labels

    level_kind = facts.fact("level_kind")
    for r in result["results"]:
        where = labels.place_text(r)
        dist = f"  {r['distance_km']:.0f} km" if r.get("distance_km") is not None else ""
        # the status as the search page's badge shows it: every status but "active"
        status = f"  [{labels.STATUS.get(r['status'], r['status'])}]" if r.get("status") not in (None, "active") else ""
        print(f"- {r['title']}{status}\n    {labels.provider(r)} | {labels.credits(r)} | "
              f"{level_kind.shown(r, facts.COMPARE)} | {where}{dist}\n    id: {r['id']}")
    return 0


def cmd_serve(args) -> int:
    import waitress

    from service.jobs import has_index, rebuild
    from webapp import create_app

    data_dir = config.data_dir(args.data_dir)
    if not has_index(data_dir):
        print(f"no index in {data_dir}: building it from the bundled seed …", file=sys.stderr)
        report = rebuild(data_dir)
        print(f"built {report.records} records", file=sys.stderr)
    app = create_app({"DATA_DIR": str(data_dir)})
    try:   # bind first: a taken port is a message, not a traceback, and starts no scheduler
        server = waitress.create_server(app, host=args.host, port=args.port, threads=args.threads,
                                        ident="kurskatalog")
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return _fail(f"port {args.port} on {args.host} is already in use (is another server running?). "
                         f"Choose another port: kurskatalog serve --port {args.port + 1 if args.port < 65535 else 8081}")
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    scheduler = None
    if args.with_scheduler:
        from service import schedule

        scheduler = schedule.start(data_dir)
        print("scheduler running in this process (the only index writer)", file=sys.stderr)
    print(f"Kurskatalog: http://{args.host}:{server.effective_port}/  (data: {data_dir})", file=sys.stderr)
    _stop_on_sigterm()
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
        if scheduler is not None:
            scheduler.shutdown(wait=True)     # a running job ends first; the heartbeat goes (service.schedule)
    return 0


def _stop_on_sigterm() -> None:
    """SIGTERM (systemd, docker, kill) stops the process as Ctrl-C does: through `finally`, so the scheduler
    shuts down and removes its heartbeat instead of leaving it to go stale."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))


def cmd_schedule(args) -> int:
    import logging

    from service import schedule

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    data_dir = config.data_dir(args.data_dir)
    print(f"scheduler: crawl every {args.crawl_hours:g} h, re-index every {args.reindex_hours:g} h; "
          f"data {data_dir}; Ctrl-C stops", file=sys.stderr)
    _stop_on_sigterm()
    schedule.run_forever(data_dir, crawl_hours=args.crawl_hours, reindex_hours=args.reindex_hours)
    return 0


def _reasons(counts: dict) -> str:
    """{"connection refused": 2, "timed out": 1} → "connection refused 2, timed out 1"."""
    return ", ".join(f"{reason} {n}" for reason, n in counts.items())


def cmd_crawl(args) -> int:
    from crawler.config import Callbacks, CrawlConfig
    from crawler.fetch import FetchSettings
    from domain.seed import SeedError
    from kurskatalog.progress import CrawlProgress
    from service import jobs as crawling
    from service.jobs import rebuild

    data_dir = config.data_dir(args.data_dir)
    settings = FetchSettings(delay=args.delay)
    try:
        fetcher = _fetcher(settings, args.resolve)
    except ValueError as exc:
        return _fail(str(exc), 2)
    progress = CrawlProgress(sys.stderr)
    crawl_config = CrawlConfig(allowed_hosts=args.allow_host, max_pages=args.max_pages, max_depth=args.max_depth,
                               settings=settings)       # a registry crawl has the registry's hosts
    kw = dict(fetcher=fetcher, callbacks=Callbacks(progress=progress))
    try:
        if args.start:
            report = crawling.run_with_report(data_dir, args.start, crawl_config, **kw)
        else:
            report = crawling.crawl_registry(data_dir, crawl_config, **kw)
    except crawling.CrawlBusy as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:       # each page is stored as it is read: those are kept; the lock is let go
        progress.close()
        return _fail(f"crawl interrupted after {progress.fetched()} pages fetched; the offers stored so far are "
                     "kept, the index is not renewed (`kurskatalog build` indexes them)", 130)
    finally:
        progress.close()
        fetcher.close()
    crawled = {h: stats for h, stats in report["hosts"].items() if stats.get("fetched")}
    why = report.get("network_errors", {})
    for host, stats in crawled.items():
        print(f"{host}: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items()) if v)
              + (f" ({_reasons(why[host])})" if why.get(host) else ""))
    refused = sorted(set(report["hosts"]) - set(crawled))
    if refused:
        print("not fetched (out of scope, robots.txt or unreachable): "
              + ", ".join(f"{h} ({_reasons(why[h])})" if why.get(h) else h for h in refused))
    try:
        built = rebuild(data_dir, force=False)
    except SeedError as exc:        # e.g. the catalogue file the data dir was built from was moved
        return _fail(f"the crawl is stored, but the index was not renewed: {exc} (name the file again: "
                     "kurskatalog build --seed FILE, or --current FILE)")
    index = (f"index {built.generation} unchanged" if built.unchanged
             else f"index {built.generation} has {built.records} records")
    print(f"crawled {report['pages']} pages on {len(crawled)} hosts; {index}")
    return 0


def _fetcher(settings, resolve: list[str]):
    """A Fetcher, with a resolve map when HOST=ADDR:PORT options are given."""
    from crawler.fetch import Fetcher

    mapping = {}
    for item in resolve:
        host, _, addr = item.partition("=")
        if not host or ":" not in addr:
            raise ValueError(f"--resolve wants HOST=ADDR:PORT, not {item!r}")
        mapping[host.strip().lower()] = addr.strip()
    return Fetcher(settings, resolve=mapping or None)


def cmd_report(args) -> int:
    from index import NoIndex, open_catalogue
    from index.report import markdown, report

    try:
        records = open_catalogue(config.data_dir(args.data_dir)).all_records()
    except NoIndex as exc:
        return _fail(str(exc))
    data = report(records)
    print(json.dumps(data, ensure_ascii=False, indent=1) if args.format == "json" else markdown(data))
    return 0


def cmd_extract(args) -> int:
    from pathlib import Path

    from crawler.extract import extract
    from crawler.fetch import FetchSettings, decode_html
    from domain.records import build_record, slugify

    source = args.file
    if source.startswith(("http://", "https://")):
        try:
            fetcher = _fetcher(FetchSettings(delay=0.0), args.resolve)
        except ValueError as exc:
            return _fail(str(exc), 2)
        with fetcher:
            page = fetcher.fetch(source)
        if page.error or not page.text:
            return _fail(f"cannot fetch {source}: {page.error_detail or page.error or 'empty page'}"
                         + (f" (HTTP {page.status})" if page.status else ""))
        html, url = page.text, args.url or page.final_url or source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            return _fail(f"cannot read {source}: {exc.strerror or exc}")
        html, _ = decode_html(data)
        url = args.url or "https://example.invalid/"
    result = extract(html, url)
    if not result.is_course:
        out = {"is_course": False, "reason": result.reason, "links": result.links}
    else:
        from crawler.pipeline import host_owner

        offer = {**result.offer, "id": slugify(result.offer.get("url") or url)}
        record = build_record(offer, source="extract", campus_fallback=False)
        owner = host_owner(url)
        if not record.get("provider_id") and owner:
            record = build_record({**offer, "provider": owner["name"]}, source="extract", campus_fallback=False)
        out = {"is_course": True, "reason": result.reason, "raw": result.offer, "record": record,
               "links": result.links}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    elif not out["is_course"]:
        print(f"not a course page ({out['reason']}); {len(out['links'])} links")
    else:
        print(_facts_text(out["record"], out["reason"]))
    return 0


def _facts_text(r: dict, reason: str) -> str:
    """The facts of an extracted page (`webapp.facts`, those for the CLI), one per line, each with
    where on the page it was read."""
    from webapp import facts, labels

    ev, raw = r.get("evidence") or {}, r.get("raw") or {}
    lines = [f"{r['title']} ({r.get('provider_name') or 'tilbyder ukjent'})", f"  kurs-side: {reason}"]
    for fact in facts.in_view(facts.CLI):
        where = labels.evidence(ev.get(fact.cites)) if fact.cites else None
        source = raw.get(fact.cites) if fact.cites else None
        lines.append(f"  {fact.label}: {facts.text(fact.shown(r, facts.CLI))}"
                     + (f"  [{where}: «{source[:100]}»]" if where and source else ""))
    return "\n".join(lines)


def cmd_gaps(args) -> int:
    from index import NoIndex, RequestError, gap_filters_from_args, gaps, open_catalogue

    params = {"by": [args.by], "credit_bearing": [str(args.credit_bearing)], "part_time": [str(args.part_time)],
              "include_online": [str(not args.no_online)], "level": args.level, "kind": args.kind,
              "enrolment": args.enrolment, "few": [args.few], "kommune": args.kommune, "max_km": [args.max_km]}
    try:
        f = gap_filters_from_args(lambda name: params.get(name, []))
        result = gaps.compute(open_catalogue(config.data_dir(args.data_dir)), f)
    except RequestError as exc:
        return _fail(str(exc), 2)
    except NoIndex as exc:
        return _fail(str(exc))
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    if args.format in ("csv", "excel"):
        from webapp.export import gaps_matrix_csv

        sys.stdout.write(gaps_matrix_csv(result, excel=args.format == "excel"))
        return 0
    from webapp.labels import topic_label

    width = max(len(topic_label(t)) for t in result["topics"])
    heads = [gaps.area_label(result["by"], a)[:10] for a in result["areas"]]
    print(" " * width + "  " + " ".join(f"{h:>10}" for h in heads))
    for t in result["topics"]:
        cells = " ".join(f"{result['counts'][t][a]:>10}" for a in result["areas"])
        print(f"{topic_label(t):<{width}}  {cells}")
    print(f"\n{len(result['gaps'])} hull ({result['offers']} tilbud telt):")
    for g in result["gaps"]:
        print(f"- {g['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
