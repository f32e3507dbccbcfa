"""Real-page fixtures: load and check the page specs in `pages/<split>/*.json`.

The format and the labelling rules are in this folder's README. `check(spec)` lists what
is wrong with one spec (empty when it is well formed); `load(split)` returns the specs of
a split, sorted by id, and raises on a malformed one so that a broken fixture is never
silently left out of the benchmark.

    python -m qa.realpages.spec          # checks every fixture, prints counts per split
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
SPLITS = ("dev", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
          "heldout35", "heldout36")

PAGE_KINDS = ("course", "listing", "news", "staff", "research", "contact", "about",
              "admission_general", "event", "other")
EXPECT_KEYS = ("credits_min", "credits_max", "kind", "level", "part_time", "delivery", "places",
               "admission_education", "admission_experience_years", "price_nok", "start_term",
               "application_deadline", "duration_semesters", "teaching_language")
KINDS = ("degree", "one_year", "single_course", "non_credit")
LEVELS = ("bachelor", "master", "fagskole", "none")
DELIVERY = ("samling", "nett", "campus", "kveld", "video")
ADMISSION = ("generell_studiekompetanse", "bachelor", "master", "other")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,80}$")
_TERM = re.compile(r"^(19|20)\d\d-(host|var)$")
_DATE = re.compile(r"^(19|20)\d\d-[01]\d-[0-3]\d$")


class SpecError(ValueError):
    pass


def _check_blocks(blocks, where: str, errors: list[str], nested: bool = False) -> None:
    if not isinstance(blocks, list):
        errors.append(f"{where}: blocks must be a list")
        return
    for i, block in enumerate(blocks):
        at = f"{where}[{i}]"
        if not isinstance(block, dict):
            errors.append(f"{at}: a block is an object")
            continue
        kinds = set(block) & {"heading", "label", "text", "items", "section", "links"}
        if len(kinds) != 1:
            errors.append(f"{at}: exactly one of heading/label/text/items/section/links, got {sorted(block)}")
            continue
        kind = kinds.pop()
        extra = set(block) - {kind, "level", "value", "blocks"}
        if extra:
            errors.append(f"{at}: unknown keys {sorted(extra)}")
        if kind == "heading":
            if not _text(block["heading"]) or block.get("level", 2) not in (2, 3, 4):
                errors.append(f"{at}: heading needs text and level 2-4")
        elif kind == "label":
            value = block.get("value")
            values = value if isinstance(value, list) else [value]
            if not _text(block["label"]) or not values or not all(_text(v) for v in values):
                errors.append(f"{at}: label needs a label and a value (text or list of text)")
        elif kind == "text":
            if not _text(block["text"]):
                errors.append(f"{at}: empty text")
        elif kind == "items":
            if not isinstance(block["items"], list) or not block["items"] or not all(_text(x) for x in block["items"]):
                errors.append(f"{at}: items must be a non-empty list of text")
        elif kind == "links":
            links = block["links"]
            if not isinstance(links, list) or not links or not all(
                    isinstance(x, dict) and _text(x.get("text")) and set(x) <= {"text", "note"} for x in links):
                errors.append(f"{at}: links must be a list of {{text, note}}")
        elif kind == "section":
            if nested:
                errors.append(f"{at}: a section may not hold another section")
            if not _text(block["section"]):
                errors.append(f"{at}: section needs a heading")
            _check_blocks(block.get("blocks"), f"{at}.blocks", errors, nested=True)


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def check(spec: dict) -> list[str]:
    """What is wrong with one spec; [] when it is well formed."""
    errors: list[str] = []
    if not isinstance(spec, dict):
        return ["a spec is a JSON object"]
    for key in ("id", "url", "institution", "retrieved", "lang", "page_kind", "title", "blocks"):
        if key not in spec:
            errors.append(f"missing key {key}")
    if errors:
        return errors
    if not _ID.match(str(spec["id"])):
        errors.append("id must be a lower-case slug")
    if not str(spec["url"]).startswith(("http://", "https://")):
        errors.append("url must be an http(s) address")
    if spec["lang"] not in ("nb", "nn", "en"):
        errors.append("lang must be nb, nn or en")
    if spec["page_kind"] not in PAGE_KINDS:
        errors.append(f"page_kind must be one of {PAGE_KINDS}")
    if not _text(spec["title"]):
        errors.append("title must be text")
    _check_blocks(spec["blocks"], "blocks", errors)
    expect = spec.get("expect")
    if spec["page_kind"] == "course":
        if not isinstance(expect, dict):
            errors.append("a course page needs expect")
        else:
            errors += _check_expect(expect)
    elif expect is not None:
        errors.append("only course pages have expect")
    return errors


def _check_expect(e: dict) -> list[str]:
    errors = [f"expect misses {k}" for k in EXPECT_KEYS if k not in e]
    errors += [f"expect has unknown key {k}" for k in e if k not in EXPECT_KEYS]
    if errors:
        return errors
    for k in ("credits_min", "credits_max"):
        if e[k] is not None and (isinstance(e[k], bool) or not isinstance(e[k], (int, float)) or not 0 <= e[k] <= 300):
            errors.append(f"{k} must be a number 0-300 or null")
    if isinstance(e["credits_min"], (int, float)) and isinstance(e["credits_max"], (int, float)):
        if e["credits_min"] > e["credits_max"]:
            errors.append("credits_min > credits_max")
    elif (e["credits_min"] is None) != (e["credits_max"] is None):
        errors.append("credits_min and credits_max are both null or both numbers")
    choices = {"kind": KINDS, "level": LEVELS, "admission_education": ADMISSION, "teaching_language": ("no", "en")}
    for k, allowed in choices.items():
        if e[k] is not None and e[k] not in allowed:
            errors.append(f"{k} must be one of {allowed} or null")
    if e["part_time"] not in (True, False, None):
        errors.append("part_time must be true, false or null")
    if not isinstance(e["delivery"], list) or any(d not in DELIVERY for d in e["delivery"]):
        errors.append(f"delivery must be a list of {DELIVERY}")
    if not isinstance(e["places"], list) or not all(_text(p) for p in e["places"]):
        errors.append("places must be a list of place names")
    for k in ("admission_experience_years", "price_nok", "duration_semesters"):
        if e[k] is not None and (isinstance(e[k], bool) or not isinstance(e[k], int) or e[k] < 0):
            errors.append(f"{k} must be a whole number or null")
    if e["start_term"] is not None and not _TERM.match(str(e["start_term"])):
        errors.append("start_term must be YYYY-host or YYYY-var")
    if e["application_deadline"] is not None and not _DATE.match(str(e["application_deadline"])):
        errors.append("application_deadline must be YYYY-MM-DD")
    return errors


def load(split: str) -> list[dict]:
    """Every spec of a split, sorted by id; SpecError on a malformed file."""
    if split not in SPLITS:
        raise SpecError(f"unknown split {split}")
    specs = []
    for path in sorted((PAGES / split).glob("*.json")):
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise SpecError(f"{path.name}: not JSON ({exc})") from exc
        errors = check(spec)
        if errors:
            raise SpecError(f"{path.name}: " + "; ".join(errors))
        if spec["id"] != path.stem:
            raise SpecError(f"{path.name}: id {spec['id']} differs from the file name")
        spec["split"] = split
        specs.append(spec)
    return specs


def main() -> int:
    ids: Counter = Counter()
    bad = 0
    for split in SPLITS:
        kinds: Counter = Counter()
        institutions: set = set()
        for path in sorted((PAGES / split).glob("*.json")):
            try:
                spec = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as exc:
                print(f"{split}/{path.name}: not JSON: {exc}")
                bad += 1
                continue
            errors = check(spec)
            if isinstance(spec, dict) and spec.get("id") != path.stem:
                errors.append("id differs from the file name")
            for err in errors:
                print(f"{split}/{path.name}: {err}")
            bad += bool(errors)
            if isinstance(spec, dict):
                ids[spec.get("id")] += 1
                kinds["course" if spec.get("page_kind") == "course" else "other"] += 1
                institutions.add(spec.get("institution"))
        print(f"{split}: {kinds['course']} course pages, {kinds['other']} other pages, "
              f"{len(institutions)} institutions")
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        print("ids in both splits:", ", ".join(map(str, dupes)))
    return 1 if bad or dupes else 0


if __name__ == "__main__":
    sys.exit(main())
