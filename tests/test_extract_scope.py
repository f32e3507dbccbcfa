"""The in-scope measure of text-mode extraction (qa/scope.py, bench/extract/scope.py)."""

from __future__ import annotations

import pytest

import qa.extraction as extraction
from qa import scope
from qa.realpages.spec import load


@pytest.mark.parametrize("url, reached", [
    ("https://www.hvl.no/studier/studieprogram/2026h/ledelse", True),            # a provider's domain, a subdomain
    ("https://studiekatalog.edutorium.no/inn/nb/emne/HELSELED60", True),           # its part of a shared catalogue
    ("https://utdanning.no/utdanning/vid.no/helseledelse", True),                  # utdanning.no's page of a provider
    ("https://studiekatalog.edutorium.no/annen/nb/emne/X", False),                 # another part of the shared host
    ("https://studiekatalog.edutorium.no/folkeuniversitetet/nb/program/BB/2024-host", False),   # (a dev page's)
    ("https://utdanning.no/utdanning/example.org/x", False),
    ("https://4h.no/kurs/instruktorkurs-article1976-957.html", False),             # no provider of the registry
    ("https://hvl.no.example.org/studier", False),                                 # a look-alike host
])
def test_in_registry_scope_reads_the_address_as_the_crawl_does(url, reached):
    assert scope.in_registry_scope({"url": url}) is reached
    assert scope.registry_scope().allows_host(url) is reached


def test_run_keeps_only_the_pages_asked_for(monkeypatch):
    specs = load("dev")
    inside = [s for s in specs if scope.in_registry_scope(s)]
    outside = [s for s in specs if not scope.in_registry_scope(s)]
    sample = [next(s for s in inside if s["page_kind"] == "course"), next(s for s in outside if s["page_kind"] == "course"),
              next(s for s in outside if s["page_kind"] != "course")]
    monkeypatch.setattr(extraction, "load", lambda split: sample)
    part = extraction.run("dev", only=scope.in_registry_scope)
    rest = extraction.run("dev", only=lambda s: not scope.in_registry_scope(s))
    assert (part["pages"], part["course_pages"], part["other_pages"]) == (1, 1, 0)
    assert (rest["pages"], rest["course_pages"], rest["other_pages"]) == (2, 1, 1)
    whole = extraction.run("dev")
    for key in ("tp", "fp", "fn", "tn"):
        assert part["recognition"][key] + rest["recognition"][key] == whole["recognition"][key]
    for field in extraction.FIELDS:
        for i in (0, 1):            # (right, seen)
            assert part["field_counts"][field][i] + rest["field_counts"][field][i] == whole["field_counts"][field][i]
    assert whole["field_counts"]["credits_max"][1] > 0 and sum(n for n, _ in whole["field_counts"].values()) > 0
    right = sum(whole["field_counts"][f][0] for f in extraction.TARGET_FIELDS)
    seen = sum(whole["field_counts"][f][1] for f in extraction.TARGET_FIELDS)
    assert whole["accuracy"] == round(right / seen, 3)


def _summary(tp, fp, fn, right, seen):
    """The summary of a `qa.extraction.run` result with these counts (figures rounded as `run` rounds them)."""
    counts = {f: (0, 0) for f in extraction.FIELDS}
    counts["kind"] = (right, seen)
    return scope.summary({"pages": tp + fn + fp, "course_pages": tp + fn, "other_pages": fp,
                          "recognition": {"tp": tp, "fp": fp, "fn": fn, "tn": 0, "precision": round(tp / (tp + fp), 3),
                                          "recall": round(tp / (tp + fn), 3)},
                          "accuracy": round(right / seen, 3), "field_counts": counts,
                          "fields": {f: round(r / n, 3) if n else None for f, (r, n) in counts.items()}})


def test_pooling_sums_counts_instead_of_averaging_figures():
    small, large = _summary(1, 1, 0, 1, 2), _summary(9, 1, 1, 18, 18)
    both = scope.pooled([small, large])
    assert (both["tp"], both["fp"], both["fn"]) == (10, 2, 1)
    assert both["precision"] == round(10 / 12, 3)          # the mean of 0.5 and 0.9 would be 0.7
    assert both["recall"] == round(10 / 11, 3)
    assert both["accuracy"] == round(19 / 20, 3) == both["fields"]["kind"]
    assert both["fields"]["price_nok"] is None             # no page seen: no figure, not 0


def test_markdown_reports_both_parts_of_every_split():
    one = _summary(3, 1, 1, 5, 6)
    text = scope.markdown({"heldout99": {"in scope": one, "out of scope": one},
                           "held-out pooled": {"in scope": one, "out of scope": one}})
    assert "| heldout99 | in scope | 5 (4 / 1) | 0.75 | 0.75 | 0.833 |" in text
    assert "| held-out pooled | out of scope |" in text
    assert "| kind | 0.833 | 0.833 |" in text
