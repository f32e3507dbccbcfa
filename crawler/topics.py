"""The 14 topics leaders need (survey chapter 4) and the rule set that assigns them.

The rules are regular expressions kept in `crawler/data/topics.json`, one list
per topic, matched against the lower-cased title and description.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "topics.json"


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, str, re.Pattern]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return [(t["code"], t["label"], re.compile("|".join(t["patterns"]))) for t in data["topics"]]


TOPICS: dict[str, str] = {code: label for code, label, _ in _rules()}
TOPIC_ORDER: tuple[str, ...] = tuple(TOPICS)


def classify(title: str, description: str = "", extra: str = "") -> list[str]:
    """The topic codes whose rules match, in TOPIC_ORDER."""
    text = " ".join(str(x or "") for x in (title, description, extra))[:20_000].lower()
    return [code for code, _, rx in _rules() if rx.search(text)]
