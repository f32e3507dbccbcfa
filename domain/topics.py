"""The 14 topics leaders need (survey chapter 4) and the rule set that assigns them.

The rules are regular expressions kept in `domain/data/topics.json`, a list of
documented rules per topic (bokmål, nynorsk, English), matched with `re.search`
against the lower-cased title, description and any extra text. A topic applies
when any of its rules matches. `classify` never raises.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import re
from pathlib import Path

from domain.normalise import clean_text

log = logging.getLogger(__name__)

_DATA = Path(__file__).resolve().parent / "data" / "topics.json"
_MAX_TEXT = 50_000


def _load() -> tuple[dict[str, str], tuple[tuple[str, re.Pattern], ...]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    rules = []
    for topic in data["topics"]:
        labels[topic["code"]] = topic["label"]
        union = "|".join(f"(?:{rule['re']})" for rule in topic["rules"])
        rules.append((topic["code"], re.compile(union)))
    return labels, tuple(rules)


#: Topic code → Norwegian (bokmål) label, in the order of the survey's chapter 4 (data/topics.json).
TOPICS: dict[str, str]
_RULES: tuple[tuple[str, re.Pattern], ...]
TOPICS, _RULES = _load()
#: The topic codes in display order.
TOPIC_ORDER: tuple[str, ...] = tuple(TOPICS)


_NEEDS = Path(__file__).resolve().parent / "data" / "needs.csv"


@functools.lru_cache(maxsize=1)
def needs() -> dict[str, dict]:
    """Topic code → what the 2014 survey says leaders need there, in the project's own words:
    {"section", "summary", "figure", "figure_source"} (`domain/data/needs.csv`)."""
    with _NEEDS.open(encoding="utf-8", newline="") as fh:
        rows = {row["code"]: row for row in csv.DictReader(fh)}
    unknown = set(rows) - set(TOPICS)
    if unknown:
        raise ValueError(f"needs.csv names unknown topics: {sorted(unknown)}")
    return {code: {k: (rows.get(code) or {}).get(k) or "" for k in ("section", "summary", "figure", "figure_source")}
            for code in TOPIC_ORDER}


def _text(value) -> str:
    return clean_text(value, _MAX_TEXT)


def classify(title: str, description: str = "", extra: str = "") -> list[str]:
    """The topic codes whose rules match title, description or extra, in TOPIC_ORDER."""
    text = " \n ".join(t for t in (_text(title), _text(description), _text(extra)) if t)
    if not text:
        return []
    return [code for code, rx in _RULES if rx.search(text)]
