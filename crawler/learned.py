"""A learned second opinion on "is this a course page?", on top of the rules in recognise.py.

The rules (recognise.decide) were written while reading the dev pages, and they recognise
fewer pages nobody has read: on the held-out sets their recall was 0.68-0.87 against 0.92
on dev. A logistic regression weighs the same evidence the rules use (each reason they give,
their score, the facts found) together with the page's own words (title, address, headings,
labels, text), with weights fitted on the dev pages by qa/train_recogniser.py and checked by
cross-validation grouped by institution (bench/results/recogniser.md).

This module only scores: the features of one page, and the probability the weights give
them. The weights live in crawler/data/recogniser.json, written by the training script; when
the file is missing or unreadable, the rules decide alone (a warning is logged once).
Structured data (JSON-LD, microdata naming courses) is not second-guessed: the caller only asks
when the rules scored the page's text.
"""
from __future__ import annotations

import json
import logging
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler import recognise

log = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("data") / "recogniser.json"
THRESHOLD = 0.5
# The largest weight a file may give: fitted weights are below 3. The bound keeps every sum finite
# (features are at most a few units), so a hostile or broken file cannot make exp() or the sum
# overflow into inf or nan, which would call every page a course.
MAX_WEIGHT = 1e6

_WORD = re.compile(r"[^\W\d_]+")      # letters of any alphabet: "søknad", "Málaga", "čevapi"
_HEADING_WORDS = 6
_LABEL_WORDS = 3
_LONG_PAGE = 200


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(*, title: str, url: str, lines, rule_is_course: bool, score: int, reason: str,
             facts, prose_facts, prose_credits: bool) -> dict[str, float]:
    """What the model reads off one page: the rules' verdict and evidence, and the page's words."""
    f: dict[str, float] = {"rule": 1.0 if rule_is_course else 0.0, "score": score / 10}
    for name in recognise.evidence_names(reason):
        f[name] = 1.0
    for key in facts:
        f["fact:" + key] = 1.0
    for key in prose_facts:
        f["pf:" + key] = 1.0
    f["prose_credits"] = 1.0 if prose_credits else 0.0
    for word in _words(title):
        f["t:" + word] = 1.0
    for word in _words(unquote(urlsplit(url).path)):     # "/s%C3%B8knad" and "/søknad" alike
        f["u:" + word] = 1.0
    for line in lines:
        if line.kind == "heading":
            for word in _words(line.text)[:_HEADING_WORDS]:
                f["h:" + word] = 1.0
        elif line.kind == "label":
            label = " ".join(_words(line.text)[:_LABEL_WORDS])
            if label:
                f["l:" + label] = 1.0
        if not line.related:
            for word in _words(line.text):
                f["w:" + word] = 1.0
    f["nlines"] = min(len(lines), _LONG_PAGE) / _LONG_PAGE
    return f


def _number(value, what: str) -> float:
    """A weights file's number as a float; ValueError for a string, a bool, null, nan, inf or one too large."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} is not a number: {value!r:.40}")
    if not abs(value) <= MAX_WEIGHT:        # also nan; compared before float() so a huge int cannot overflow
        raise ValueError(f"{what} is not a finite number up to {MAX_WEIGHT:g}: {value!r:.40}")
    return float(value)


class Model:
    """A logistic regression's weights: probability = 1 / (1 + exp(-(intercept + sum(w * x))))."""

    def __init__(self, intercept: float, weights: dict[str, float], threshold: float = THRESHOLD):
        self.intercept = _number(intercept, "intercept")
        self.weights = {str(k): _number(v, f"weight {k!r:.40}") for k, v in weights.items()}
        self.threshold = _number(threshold, "threshold")
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold {self.threshold} is not a probability between 0 and 1")

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def strongest(self, feats: dict[str, float], n: int = 3, toward: bool | None = None) -> list[str]:
        """The features that pushed hardest, for the reason shown to a reader: in either direction, or
        only toward one verdict (True: a course page), so that a reason explains the verdict it gives."""
        pushes = [(self.weights.get(k, 0.0) * v, k) for k, v in feats.items()]
        if toward is not None:
            pushes = [(w, k) for w, k in pushes if (w > 0) == toward]
        pushes.sort(key=lambda p: -abs(p[0]))
        return [f"{k} {w:+.1f}" for w, k in pushes[:n] if w]

    def to_json(self) -> dict:
        return {"intercept": self.intercept, "threshold": self.threshold, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise ValueError("not a recogniser weights file")
        return cls(data["intercept"], data["weights"], data.get("threshold", THRESHOLD))


_rules_alone = False


@contextmanager
def rules_alone():
    """Inside it, load() gives no model and the rules decide alone: for rule tests on tiny pages and for
    measuring what the model adds (bench/extract/evaluate.py --rules-alone)."""
    global _rules_alone
    before, _rules_alone = _rules_alone, True
    try:
        yield
    finally:
        _rules_alone = before


def load(path: str | None = None) -> Model | None:
    """The shipped weights, or None (the rules decide alone) when they cannot be read or inside rules_alone().
    A file that changes is read again (by its modification time and size), so a broken file that is
    replaced, or weights refitted while a crawl runs, take effect without a restart."""
    if _rules_alone:
        return None
    where = Path(path) if path else WEIGHTS
    try:
        stat = where.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    return _read(str(where), stamp)


@lru_cache(maxsize=4)
def _read(where: str | Path, stamp: tuple[int, int] | None = None) -> Model | None:
    where = Path(where)
    try:
        return Model.from_json(json.loads(where.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError, RecursionError) as exc:    # RecursionError: nested JSON
        log.warning("no learned recogniser (%s: %s); the rules decide alone", where, exc)
        return None
