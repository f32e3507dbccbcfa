"""Structured data → raw offer fields: schema.org courses in JSON-LD and microdata.

The first source `crawler.extract` reads. `jsonld_items` and `microdata_items` list the
items a page declares (JSON-LD also inside @graph, lists and ItemList; a broken JSON block
is skipped); `courses` keeps the `Course` / `EducationalOccupationalProgram` items, and
`from_schema` turns one into raw offer fields with the seed CSV's keys. Never raises.
"""

from __future__ import annotations

import json
import re

from bs4 import Tag

from crawler.blocks import clean

MAX_DESCRIPTION = 2000
COURSE_TYPES = {"course", "educationaloccupationalprogram", "educationalprogram", "workbasedprogram"}

def jsonld_items(scripts: list[Tag]) -> list[dict]:
    items = []
    for script in scripts:
        if not str(script.get("type") or "").strip().lower().startswith("application/ld+json"):
            continue
        raw = script.string or script.get_text() or ""
        try:
            data = json.loads(raw.strip().rstrip(";"), strict=False)
        except (ValueError, TypeError, RecursionError):
            continue                                  # one broken block does not hide the others
        items.extend(_walk(data))
    return items


def _walk(data, depth: int = 0):
    if depth > 8:
        return
    if isinstance(data, list):
        for x in data[:500]:
            yield from _walk(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "hasCourse", "itemListElement", "item", "hasPart"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def _types(item: dict) -> set[str]:
    types = item.get("@type") or []
    types = types if isinstance(types, list) else [types]
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in types}


def courses(items: list[dict]) -> list[dict]:
    return [i for i in items if isinstance(i, dict) and _types(i) & COURSE_TYPES]


def text_of(value) -> str:
    if isinstance(value, dict):
        for key in ("name", "value", "@value", "audienceType", "educationalRole", "description",
                    "credentialCategory", "text"):
            if value.get(key):
                return text_of(value[key])
        return ""
    if isinstance(value, list):
        parts = [text_of(v) for v in value]
        return "; ".join(dict.fromkeys(p for p in parts if p))
    if isinstance(value, bool) or value is None:
        return ""
    return clean(value)


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _number_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(value)


_PACE = re.compile(r"deltid|heltid|heiltid|part[- ]?time|full[- ]?time|\d+\s*%", re.I)


def from_schema(item: dict) -> dict:
    out = {"title": text_of(item.get("name")), "description": text_of(item.get("description"))[:MAX_DESCRIPTION],
           "provider": text_of(item.get("provider"))}
    credits = item.get("numberOfCredits")
    if isinstance(credits, dict):
        value, unit = credits.get("value", ""), credits.get("unitText") or credits.get("unitCode") or ""
        credits = f"{_number_text(value)} {clean(unit)}".strip()
    elif isinstance(credits, (int, float)) and not isinstance(credits, bool):
        credits = _number_text(credits)
    out["credits"] = text_of(credits)

    places, pace, modes, sessions, starts = [], [], [], [], []
    instances = [i for i in _as_list(item.get("hasCourseInstance")) if isinstance(i, dict)]
    for holder in [item, *instances]:
        for loc in _as_list(holder.get("location")):
            if isinstance(loc, dict):
                addr = loc.get("address")
                name = text_of(addr.get("addressLocality")) if isinstance(addr, dict) else ""
                places.append(name or text_of(loc.get("name")) or text_of(addr))
            else:
                places.append(text_of(loc))
        for key in ("courseMode", "educationalProgramMode"):
            for mode in _as_list(holder.get(key)):
                for token in re.split(r"\s*[,;]\s*", text_of(mode)):
                    if token:
                        (pace if _PACE.search(token) else modes).append(token)
        workload = text_of(holder.get("courseWorkload"))
        if workload and _PACE.search(workload):
            pace.append(workload)
        if holder is not item and holder.get("startDate"):
            starts.append(text_of(holder.get("startDate")))
        for sub in _as_list(holder.get("subEvent")):
            if isinstance(sub, dict) and sub.get("startDate"):
                sessions.append("–".join(clean(sub[k]) for k in ("startDate", "endDate") if sub.get(k)))
    prices = []
    for offer in _as_list(item.get("offers")):
        if isinstance(offer, dict) and offer.get("price") not in (None, ""):
            price = _number_text(offer.get("price"))
            free = price.replace(".", "").replace(",", "").strip("0 ") == ""
            prices.append("gratis" if free else f"{price} {clean(offer.get('priceCurrency'))}".strip())
    out["locations"] = "; ".join(dict.fromkeys(p for p in places if p))
    out["part_time"] = ", ".join(dict.fromkeys(pace))
    out["delivery"] = ", ".join(dict.fromkeys(modes))
    out["price"] = prices[0] if prices else ""
    out["sessions"] = "; ".join(sessions)
    out["admission"] = text_of(item.get("coursePrerequisites") or item.get("programPrerequisites"))
    out["kind"] = text_of(item.get("educationalCredentialAwarded") or item.get("educationalLevel")
                           or item.get("programType"))
    out["target_group"] = text_of(item.get("audience"))
    out["in_language"] = text_of(item.get("inLanguage"))
    out["start"] = "; ".join(dict.fromkeys(s for s in [*starts, text_of(item.get("startDate"))] if s))
    out["deadline"] = text_of(item.get("applicationDeadline"))
    out["duration"] = _iso_duration(text_of(item.get("timeToComplete") or item.get("termDuration")))
    return out


def _iso_duration(value: str) -> str:
    """ISO 8601 "P2Y" → "2 år", "P4S"-style terms are not standard; months are left as months."""
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?", value.strip().upper())
    if not m or not (m.group(1) or m.group(2)):
        return value
    years, months = int(m.group(1) or 0), int(m.group(2) or 0)
    if months == 6 and not years:
        return "1 semester"
    if months % 6 == 0:
        return f"{(years * 12 + months) / 12:g} år".replace(".", ",")
    return f"{years * 12 + months} måneder"


def md_item(scope: Tag, depth: int = 0) -> dict:
    """A microdata item as a JSON-LD-like dict (nested items become nested dicts)."""
    item: dict = {"@type": [t.rsplit("/", 1)[-1] for t in str(scope.get("itemtype") or "").split()]}
    stack = [c for c in reversed(scope.contents) if isinstance(c, Tag)]
    while stack:
        el = stack.pop()
        nested = el.has_attr("itemscope")
        if el.has_attr("itemprop"):
            value = md_item(el, depth + 1) if nested and depth < 6 else _md_value(el)
            for name in str(el.get("itemprop")).split():
                item.setdefault(name, []).append(value)
        if not nested:
            stack.extend(c for c in reversed(el.contents) if isinstance(c, Tag))
    return {k: (v[0] if isinstance(v, list) and len(v) == 1 and k != "@type" else v) for k, v in item.items()}


def _md_value(el: Tag) -> str:
    if el.name == "meta":
        return clean(el.get("content"))
    for attr in ("content", "datetime", "value"):
        if el.has_attr(attr):
            return clean(el.get(attr))
    if el.name in ("a", "link", "area") and el.has_attr("href"):
        return clean(el.get("href"))
    return clean(el.get_text(" "))
