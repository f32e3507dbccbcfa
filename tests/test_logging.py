"""Failures that are swallowed so that a search or a page still answers are logged with their
traceback. (A crawl's crashed page: tests/test_crawl.py.)"""

from __future__ import annotations

import copy
import logging

import pytest

from index import NoIndex, open_catalogue
from index.engine import snippets
from index.engine.build import build_index
from tests.catalogue_fixture import RECORDS


def test_a_failed_highlight_gives_the_start_of_the_text_and_logs_why(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("highlighter bug")

    monkeypatch.setattr(snippets.highlight, "highlight", broken)
    with caplog.at_level(logging.WARNING, logger="index.engine.snippets"):
        segments = snippets.snippet("Ledelse i helse- og omsorgstjenestene", {"ledelse"})
    assert "".join(s.text for s in segments) == "Ledelse i helse- og omsorgstjenestene"
    [record] = [r for r in caplog.records if r.name == "index.engine.snippets"]
    assert record.levelno == logging.WARNING and record.exc_info and "highlighter bug" in caplog.text


def test_an_index_that_cannot_be_opened_is_logged_with_its_traceback(tmp_path, caplog):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    [generation] = [p for p in tmp_path.rglob("facets.npz")]
    generation.unlink()                                   # a generation missing its facet arrays
    with caplog.at_level(logging.ERROR, logger="index.engine.catalogue"), pytest.raises(NoIndex):
        open_catalogue(tmp_path).meta()
    [record] = [r for r in caplog.records if r.name == "index.engine.catalogue"]
    assert record.levelno == logging.ERROR and record.exc_info
    assert generation.parent.name in record.getMessage()
