"""Page → raw offer: what a course page says, as text, before normalising.

Extraction order (the first that finds a course wins, later steps fill gaps):
1. schema.org `Course` / `EducationalOccupationalProgram` in JSON-LD (also inside
   @graph; a broken JSON block is skipped) or microdata;
2. labelled fact boxes: dl/dt/dd, two-column tables (th/td or td/td), and
   "Label: value" lines, with bokmål, nynorsk and English labels (`LABELS`);
3. title (h1, og:title, <title>) and description (meta description, else the
   first substantial paragraphs).
A page is a course when structured data says so, or when a fact box gives
credits or at least two known labels and the page has an h1. Listings and
news pages are used for their links only. Never raises on broken HTML.
The raw offer uses the seed CSV's keys, so `crawler.records.build_record`
normalises seed rows and pages alike.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urldefrag

from bs4 import BeautifulSoup

MAX_HTML = 2_000_000

# Label (lower case, without trailing colon) → raw offer key.
LABELS = {
    "studiepoeng": "credits", "omfang": "credits", "credits": "credits", "ects": "credits",
    "studiepoeng (sp)": "credits", "ects credits": "credits",
    "undervisningssted": "locations", "undervisningsstad": "locations", "studiested": "locations",
    "studiestad": "locations", "sted": "locations", "stad": "locations", "campus": "locations",
    "location": "locations", "studiesteder": "locations",
    "heltid/deltid": "part_time", "deltid/heltid": "part_time", "studieform": "part_time",
    "study mode": "part_time", "deltid": "part_time", "heiltid/deltid": "part_time",
    "opptakskrav": "admission", "opptakskrav og rangering": "admission", "krav til opptak": "admission",
    "admission requirements": "admission", "opptak": "admission",
    "undervisningsform": "delivery", "organisering": "delivery", "gjennomføring": "delivery",
    "arbeids- og undervisningsformer": "delivery", "undervisningsformer": "delivery",
    "teaching": "delivery", "delivery": "delivery", "organisering av studiet": "delivery",
    "studieavgift": "price", "pris": "price", "kostnad": "price", "price": "price", "tuition": "price",
    "tuition fee": "price", "kursavgift": "price",
    "målgruppe": "target_group", "målgruppa": "target_group", "target group": "target_group",
    "for hvem": "target_group", "for kven": "target_group",
    "nivå": "kind", "level": "kind", "studienivå": "kind", "type": "kind", "studietype": "kind",
    "programtype": "kind",
    "samlinger": "sessions", "samlingar": "sessions", "samlingsdatoer": "sessions", "sessions": "sessions",
}
COURSE_TYPES = {"course", "educationaloccupationalprogram", "educationalprogram"}
SKIP_EXT = re.compile(r"\.(pdf|jpe?g|png|gif|svg|zip|docx?|xlsx?|pptx?|mp4|mp3|ics)$", re.I)
_LINE = re.compile(r"^\s*([A-Za-zÆØÅæøå][\wÆØÅæøå /()-]{1,40}?)\s*:\s*(.+)$")


@dataclass
class ExtractResult:
    is_course: bool = False
    offer: dict | None = None
    links: list[str] = field(default_factory=list)
    canonical: str | None = None


def _clean(text) -> str:
    return " ".join(str(text or "").split())


def extract(html: str, url: str) -> ExtractResult:
    try:
        return _extract(html or "", url)
    except Exception:  # broken input must never stop a crawl
        return ExtractResult()


def _extract(html: str, url: str) -> ExtractResult:
    soup = BeautifulSoup(html[:MAX_HTML], "lxml")
    result = ExtractResult(links=_links(soup, url), canonical=_canonical(soup, url))
    offer: dict = {}
    method = None
    structured = _jsonld(soup) or _microdata(soup)
    if structured:
        offer.update({k: v for k, v in structured.items() if v})
        method = "jsonld" if _jsonld(soup) else "microdata"
    facts = _factbox(soup)
    for key, value in facts.items():
        offer.setdefault(key, value)
    h1 = soup.find("h1")
    title = offer.get("title") or _clean(h1.get_text(" ")) if h1 else offer.get("title")
    if not title:
        og = soup.find("meta", property="og:title")
        title = _clean(og.get("content")) if og else _clean(soup.title.get_text() if soup.title else "")
        title = re.split(r"\s+[|–-]\s+", title)[0] if title else title
    offer["title"] = title or ""
    offer.setdefault("description", _description(soup))
    site = soup.find("meta", property="og:site_name")
    if site and not offer.get("provider"):
        offer["provider"] = _clean(site.get("content"))
    offer["url"] = result.canonical or url
    html_tag = soup.find("html")
    lang = (html_tag.get("lang") or "").lower()[:2] if html_tag else ""
    offer["language"] = {"nb": "nb", "no": "nb", "nn": "nn", "en": "en"}.get(lang)
    known = [k for k in facts if k not in ("title", "description")]
    is_course = bool(structured) or (bool(h1) and ("credits" in facts or len(known) >= 2))
    if is_course:
        offer["method"] = method or "factbox"
        result.is_course, result.offer = True, offer
    return result


def _jsonld(soup) -> dict | None:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or script.get_text() or "")
        except (ValueError, TypeError):
            continue
        for item in _walk(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(str(t).lower() in COURSE_TYPES for t in types):
                return _from_schema(item)
    return None


def _walk(data):
    if isinstance(data, list):
        for x in data:
            yield from _walk(x)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "hasCourse"):
            if key in data:
                yield from _walk(data[key])


def _text_of(value) -> str:
    if isinstance(value, dict):
        return _clean(value.get("name") or value.get("value") or value.get("@value") or "")
    if isinstance(value, list):
        return "; ".join(t for t in (_text_of(v) for v in value) if t)
    return _clean(value)


def _from_schema(item: dict) -> dict:
    out = {"title": _text_of(item.get("name")), "description": _text_of(item.get("description")),
           "provider": _text_of(item.get("provider"))}
    credits = item.get("numberOfCredits") or item.get("educationalCredentialAwarded")
    if isinstance(credits, dict):
        credits = f"{credits.get('value', '')} {credits.get('unitText', 'studiepoeng')}"
    out["credits"] = _text_of(credits)
    instances = item.get("hasCourseInstance") or []
    instances = instances if isinstance(instances, list) else [instances]
    places, modes, prices = [], [], []
    for inst in instances:
        if not isinstance(inst, dict):
            continue
        loc = inst.get("location")
        if isinstance(loc, dict):
            addr = loc.get("address")
            places.append(_text_of(addr.get("addressLocality")) if isinstance(addr, dict) else _text_of(loc))
        elif loc:
            places.append(_text_of(loc))
        if inst.get("courseMode"):
            modes.append(_text_of(inst.get("courseMode")))
        if inst.get("courseWorkload"):
            modes.append(_text_of(inst.get("courseWorkload")))
    offers = item.get("offers")
    for o in offers if isinstance(offers, list) else [offers] if offers else []:
        if isinstance(o, dict) and o.get("price") is not None:
            price = str(o.get("price")).strip()
            free = price.replace(".", "").replace(",", "").strip("0") == ""
            prices.append("gratis" if free else f"{price} {o.get('priceCurrency', 'NOK')}")
    out["locations"] = "; ".join(p for p in places if p)
    out["delivery"] = ", ".join(m for m in modes if m)
    out["part_time"] = "deltid" if any("part" in m.lower() or "deltid" in m.lower() for m in modes) else ""
    out["price"] = prices[0].replace("NOK", "kr").strip() if prices else ""
    out["admission"] = _text_of(item.get("coursePrerequisites") or item.get("programPrerequisites"))
    out["kind"] = _text_of(item.get("educationalLevel") or item.get("educationalProgramMode"))
    out["target_group"] = _text_of(item.get("audience"))
    return out


def _microdata(soup) -> dict | None:
    scope = soup.find(attrs={"itemtype": re.compile(r"schema\.org/(Course|EducationalOccupationalProgram)", re.I)})
    if not scope:
        return None

    def prop(name):
        el = scope.find(attrs={"itemprop": name})
        if not el:
            return ""
        return _clean(el.get("content") or el.get_text(" "))
    return {"title": prop("name"), "description": prop("description"), "credits": prop("numberOfCredits"),
            "provider": prop("provider"), "locations": prop("location"), "price": prop("price")}


def _label_key(label: str) -> str | None:
    label = _clean(label).rstrip(":").strip().lower()
    return LABELS.get(label)


def _factbox(soup) -> dict:
    facts: dict = {}
    for dl in soup.find_all("dl"):
        for dt in dl.find_all("dt"):
            dd = dt.find_next_sibling("dd")
            key = _label_key(dt.get_text(" "))
            if key and dd and key not in facts:
                facts[key] = _clean(dd.get_text(" "))
    for row in soup.find_all("tr"):
        cells = row.find_all(["th", "td"])
        if len(cells) == 2:
            key = _label_key(cells[0].get_text(" "))
            if key and key not in facts:
                facts[key] = _clean(cells[1].get_text(" "))
    for el in soup.find_all(["li", "p", "div", "span"]):
        if el.find(["li", "p", "div", "table", "dl"]):
            continue
        m = _LINE.match(_clean(el.get_text(" ")))
        if m:
            key = _label_key(m.group(1))
            if key and key not in facts:
                facts[key] = _clean(m.group(2))
    return facts


def _description(soup) -> str:
    meta = soup.find("meta", attrs={"name": "description"})
    if meta and _clean(meta.get("content")):
        return _clean(meta.get("content"))[:2000]
    paragraphs = [_clean(p.get_text(" ")) for p in soup.find_all("p")]
    text = " ".join(p for p in paragraphs if len(p) > 60 and not _LINE.match(p))
    return text[:2000]


def _canonical(soup, url: str) -> str | None:
    link = soup.find("link", rel=lambda v: v and "canonical" in v)
    if link and link.get("href"):
        return urldefrag(urljoin(url, link["href"]))[0]
    return None


def _links(soup, url: str) -> list[str]:
    out, seen = [], set()
    for a in soup.find_all("a", href=True):
        href = a["href"].strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        absolute = urldefrag(urljoin(url, href))[0]
        if not absolute.startswith(("http://", "https://")) or SKIP_EXT.search(absolute.split("?")[0]):
            continue
        if absolute not in seen:
            seen.add(absolute)
            out.append(absolute)
    return out
