"""A generation built by an older version keeps serving after the schema changes: a reader
takes a generation's schema from the generation itself (Whoosh keeps it in the index), so a
field the schema no longer has is simply never read. Issue 17 dropped the Whoosh NUMERIC
credits fields, which nothing queried (credits are filtered and sorted with the facet arrays)."""

from __future__ import annotations

import copy

from whoosh import fields
from whoosh import index as whoosh_index

from index import open_catalogue
from index.engine import build
from index.request import SearchRequest
from tests.catalogue_fixture import RECORDS

REQUESTS = [SearchRequest(q="ledelse", per_page=100), SearchRequest(credits_min=10, credits_max=20, per_page=100),
            SearchRequest(q="helserett", sort="-credits"), SearchRequest(sort="credits", per_page=100)]


def _answers(data_dir) -> list:
    catalogue = open_catalogue(data_dir)
    out = []
    for req in REQUESTS:
        result = catalogue.search(req).to_dict()
        out.append((result["total"], [(r["id"], r["score"]) for r in result["results"]], result["facets"]))
    return out


def test_a_generation_with_the_dropped_numeric_credits_fields_still_serves(tmp_path, monkeypatch):
    real_schema, real_document = build.build_schema, build.to_document

    def schema_before():
        schema = real_schema()
        schema.add("credits_min", fields.NUMERIC(int, bits=32, sortable=True))
        schema.add("credits_max", fields.NUMERIC(int, bits=32, sortable=True))
        return schema

    def document_before(record):
        doc = real_document(record)
        for name in ("credits_min", "credits_max"):
            if record.get(name) is not None:
                doc[name] = int(round(float(record[name]) * 10))    # tenths, as they were indexed
        return doc

    with monkeypatch.context() as patch:
        patch.setattr(build, "build_schema", schema_before)
        patch.setattr(build, "to_document", document_before)
        old = build.build_index(copy.deepcopy(RECORDS), tmp_path / "old")
    assert "credits_max" in whoosh_index.open_dir(str(old)).schema      # built with the fields
    build.build_index(copy.deepcopy(RECORDS), tmp_path / "new")
    assert _answers(tmp_path / "old") == _answers(tmp_path / "new")
