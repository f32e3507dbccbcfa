"""The search seam (index/seam.py): the one interface the rest of Kurskatalog asks the index
through. Its results are typed; their `to_dict()` is what the API publishes; nothing outside
the engine imports Whoosh, numpy or the engine's modules."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from index import Offer, SearchRequest, SearchResult, open_catalogue
from index.engine.build import build_index
from tests.catalogue_fixture import RECORDS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("query", ["q=ledelse", "q=helserett&kommune=4601&sort=distance",
                                   "kommune=0301;5501&max_km=500&include_online=false", "q=ledelsse&per_page=2"])
def test_a_search_is_typed_and_its_dict_is_the_api_json(client, fixture_data_dir, query):
    from urllib.parse import parse_qs

    from index import from_args

    args = parse_qs(query)
    result = open_catalogue(fixture_data_dir).search(from_args(lambda name: args.get(name, [])))
    assert isinstance(result, SearchResult) and all(isinstance(h, Offer) for h in result.hits)
    assert result.to_dict() == client.get("/api/search?" + query).get_json()


def test_get_many_keeps_the_order_asked_and_leaves_unknown_ids_out(fixture_data_dir):
    catalogue = open_catalogue(fixture_data_dir)
    ids = [r["id"] for r in RECORDS]
    asked = [ids[3], "finnes-ikke", ids[0], ids[3]]
    found = catalogue.get_many(asked, kommune=["4601"])
    assert list(found) == [ids[3], ids[0]]
    assert all(offer.distance is not None for offer in found.values())
    assert catalogue.known(asked) == [ids[3], ids[0], ids[3]]
    assert catalogue.get("finnes-ikke") is None and catalogue.get(ids[0]).distance is None


def test_a_snapshot_answers_from_the_generation_it_was_taken_in(tmp_path):
    first = build_index(copy.deepcopy(RECORDS), tmp_path).name
    catalogue = open_catalogue(tmp_path)
    pinned = catalogue.snapshot()
    second = build_index(copy.deepcopy(RECORDS[:3]), tmp_path).name
    assert pinned.meta().generation == first and catalogue.meta().generation == second
    assert pinned.search(SearchRequest(filters={"status": ["active", "historical", "gone", "stale",
                                                           "unconfirmed"]})).index.records == len(RECORDS)
    assert len(catalogue.all_records()) == 3


def test_provider_names_read_the_serving_generation_through_the_seam(fixture_data_dir):
    from webapp import labels

    names = labels.provider_names(open_catalogue(fixture_data_dir))
    assert names["hvl"] == "Høgskulen på Vestlandet"


ENGINE = ("whoosh", "numpy", "index.engine", "index.analysis")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "index":
                names |= {f"index.{a.name}" for a in node.names}
    return names


def test_only_the_engine_touches_whoosh_numpy_or_the_engines_modules():
    """The site, the API, the feed, the list, the CLI and the analyses on the seam import the
    seam (`index`, `index.seam`, `index.request`, `index.params`) and never the engine.
    `index.open_catalogue` and `index.build` open it, lazily, in `index/__init__.py`."""
    users = [*sorted((ROOT / "webapp").glob("*.py")), *sorted((ROOT / "kurskatalog").glob("*.py")),
             *(ROOT / "index" / f"{name}.py" for name in ("seam", "request", "params", "gaps", "access",
                                                          "changes", "report", "changelog"))]
    crossing = {str(p.relative_to(ROOT)): sorted(m for m in _imports(p) if m.startswith(ENGINE))
                for p in users}
    assert {p: m for p, m in crossing.items() if m} == {}


def test_the_change_log_is_read_through_the_seam(tmp_path):
    """The feeds ask the seam for the change log (`changes()`); no module of the site imports
    `index.changelog`, so a second engine can keep its changes where it likes."""
    records = copy.deepcopy(RECORDS)
    build_index(copy.deepcopy(records), tmp_path)
    assert open_catalogue(tmp_path).changes().events == []
    before = open_catalogue(tmp_path).changes().signature
    gone, changed = records[0]["id"], records[1]
    changed["credits_max"] = (changed.get("credits_max") or 0) + 30
    build_index([r for r in records if r["id"] != gone], tmp_path)
    log = open_catalogue(tmp_path).changes()
    kinds = {e["id"]: e["kind"] for e in log.events}
    assert kinds == {gone: "gone", changed["id"]: "changed"} and log.signature != before
    readers = {str(p.relative_to(ROOT)) for p in sorted((ROOT / "webapp").glob("*.py"))
               if "index.changelog" in _imports(p)}
    assert readers == set()


def test_credit_bearing_has_one_definition(fixture_data_dir):
    """`domain.record.credit_bearing` decides; the filter and the facts words follow it."""
    from domain.record import credit_bearing
    from index.engine.schema import facts_text

    assert credit_bearing({"credits_max": 7.5}) and not credit_bearing({"credits_max": 0})
    assert not credit_bearing({"credits_max": None}) and not credit_bearing({})
    from index.engine.catalogue import WhooshCatalogue
    from index.engine.filters import coverage_mask
    from index.request import GapFilters

    gen = WhooshCatalogue(fixture_data_dir)._generation()
    statuses = list(GapFilters().statuses)
    mask = coverage_mask(gen.table, GapFilters(credit_bearing=True))
    found = {gen.record(int(d))["id"] for d in mask.nonzero()[0]}
    wanted = {r["id"] for r in RECORDS if credit_bearing(r) and (r.get("status") or "active") in statuses}
    assert found == wanted and wanted and len(wanted) < len(RECORDS)
    assert all(("eksamen" in facts_text(r)) == credit_bearing(r) for r in RECORDS)
