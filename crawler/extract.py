"""Page → raw offer: what a course page says, as text, before normalising.

Extraction order (structured data first, later steps fill the gaps):
1. schema.org `Course` / `EducationalOccupationalProgram` in JSON-LD (also inside @graph,
   lists and ItemList; a broken JSON block is skipped) or microdata;
2. labelled facts: dl/dt/dd, tables with label rows (th/td or td/td) or a label header row,
   "Label: value" lines in lists and paragraphs, and headings that are labels ("Opptakskrav"
   followed by its text), with bokmål, nynorsk and English labels (`LABELS`);
3. title (structured name, h1, og:title, <title> without the site suffix), description
   (structured, the "Om studiet"/"About" section, meta description, first substantial
   paragraphs; ≤ 2000 characters), provider (structured, og:site_name), language
   (<html lang>, structured inLanguage, else guessed from the words).

A page is a course when structured data names exactly one course, or when it has an h1 and
its facts give credits or at least two known labels. Listings (several courses, no facts),
news and error pages are not courses; their links still count. The raw offer uses the seed
CSV's keys (`OFFER_KEYS`) so one normaliser handles seed rows and pages. Never raises.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from crawler.frontier import links_from_soup

MAX_HTML = 2_000_000          # characters parsed; the rest of a huge page is ignored
MAX_DESCRIPTION = 2000
MAX_VALUE = 2000
MAX_LINE_ELEMENTS = 20_000    # elements looked at for "Label: value" lines
LISTING_SPREAD = 3            # one label with this many different values: a listing of courses

OFFER_KEYS = ("title", "provider", "kind", "credits", "target_group", "description", "admission",
              "part_time", "delivery", "locations", "url", "price", "sessions", "language", "method")

_L = {
    "credits": "studiepoeng, omfang, credits, ects, ects credits, studiepoeng (sp), sp, antall studiepoeng, "
               "omfang (studiepoeng), studiepoeng/omfang, credits (ects), scope",
    "locations": "undervisningssted, undervisningsstad, studiested, studiestad, sted, stad, campus, location, "
                 "studiesteder, studiestader, undervisningssteder, kurssted, kursstad, studiestad/campus, "
                 "place of study, venue, where",
    "part_time": "heltid/deltid, deltid/heltid, heiltid/deltid, deltid/heiltid, studieform, study mode, deltid, "
                 "heltid, full-time/part-time, part-time/full-time, studietakt, progresjon, pace",
    "admission": "opptakskrav, opptakskrav og rangering, krav til opptak, admission requirements, opptak, "
                 "opptakskrav og rangeringsregler, entry requirements, admission, requirements, forkunnskapskrav",
    "delivery": "undervisningsform, undervisningsformer, organisering, gjennomføring, arbeids- og undervisningsformer, "
                "arbeids- og undervisningsform, organisering av studiet, organisering og undervisning, teaching, "
                "delivery, teaching methods, mode of delivery, læringsformer, undervisning",
    "price": "studieavgift, pris, kostnad, price, tuition, tuition fee, tuition fees, kursavgift, deltakeravgift, "
             "deltakaravgift, egenbetaling, kostnader, fee, course fee, studieavgift/pris",
    "target_group": "målgruppe, målgruppa, målgrupper, target group, for hvem, for kven, hvem passer studiet for, "
                    "kven passar studiet for, who should apply, audience",
    "kind": "nivå, level, studienivå, type, studietype, programtype, studiets nivå, type studium, type study, "
            "kurstype, grad, degree",
    "sessions": "samlinger, samlingar, samlingsdatoer, samlingsdatoar, sessions, samlingsdatoer og sted, datoer, "
                "datoar, samlingsplan",
}
LABELS = {label.strip(): key for key, labels in _L.items() for label in labels.split(",")}
# Known labels whose value is not an offer field (a semester fee is not the price).
IGNORED_LABELS = frozenset({"semesteravgift", "semesterpengar", "semester fee", "semesteravgift (sio)",
                            "søknadsfrist", "application deadline", "studiestart", "oppstart", "start"})
SELF_VALUED = frozenset({"deltid", "heltid", "heiltid"})   # "Deltid: Ja" → part_time "Deltid: Ja"
COURSE_TYPES = {"course", "educationaloccupationalprogram", "educationalprogram", "workbasedprogram"}
ABOUT_HEADINGS = ("om studiet", "om kurset", "om programmet", "om utdanninga", "om utdanningen",
                  "about the programme", "about the program", "about the course", "about", "beskrivelse",
                  "kort om studiet", "innhold", "innhald", "studiets innhold", "course description")
_LABEL_LINE = re.compile(r"^\s*([A-Za-zÆØÅæøåÉé][\wÆØÅæøåÉé .,/()&-]{0,45}?)\s*:\s*(\S.*)$", re.S)
_BLOCK = frozenset({"p", "div", "li", "ul", "ol", "dl", "table", "section", "article", "aside", "header", "footer",
                    "nav", "form", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "tbody", "thead",
                    "main", "figure", "pre", "address", "fieldset"})
_HEADINGS = ("h2", "h3", "h4", "h5")
_SPACE = re.compile(r"\s+")
_NN_WORDS = frozenset("ikkje eit kva korleis dei frå berre mykje vert vore òg saman tenestene leiing leiarar "
                      "studiestad undervisningsstad kven desse gjennom skal ein hjå no".split())
_NB_WORDS = frozenset("ikke et hva hvordan de fra bare mye blir vært også sammen tjenestene ledelse ledere "
                      "studiested undervisningssted hvem disse hos nå".split())
_EN_WORDS = frozenset("the and of for with is are this you students course programme program will in to "
                      "your who what".split())


@dataclass
class ExtractResult:
    is_course: bool = False
    offer: dict | None = None
    links: list[str] = field(default_factory=list)
    canonical: str | None = None


def clean(text) -> str:
    return _SPACE.sub(" ", str(text or "")).strip()


def extract(html, url: str) -> ExtractResult:
    """Read one page. Never raises: broken, empty, binary or huge input gives what it can."""
    try:
        if isinstance(html, (bytes, bytearray)):
            html = bytes(html[:MAX_HTML]).decode("utf-8", "replace")
        return _extract(str(html or "")[:MAX_HTML], url)
    except Exception:  # noqa: BLE001 - broken input must never stop a crawl
        try:
            return ExtractResult(links=links_from_soup(BeautifulSoup(str(html or "")[:MAX_HTML], "lxml"), url))
        except Exception:  # noqa: BLE001
            return ExtractResult()


class _Page:
    """The parsed page and, from one walk in document order, its tags of interest by name
    (never inside script, style, template or svg) and its top-level microdata items."""

    WANTED = frozenset({"html", "title", "meta", "link", "h1", "h2", "h3", "h4", "h5", "dl", "table", "li", "p",
                        "div", "span", "td", "dd"})
    OPAQUE = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe"})

    def __init__(self, html: str):
        self.soup = BeautifulSoup(html.replace("\x00", ""), "lxml")
        self.tags: dict[str, list[Tag]] = {}
        self.sequence: list[Tag] = []          # every wanted tag, in document order
        self.scripts: list[Tag] = []
        self.items: list[Tag] = []
        stack = [c for c in reversed(self.soup.contents) if isinstance(c, Tag)]
        while stack:
            tag = stack.pop()
            name = tag.name
            if name in self.OPAQUE:
                if name == "script":
                    self.scripts.append(tag)
                continue
            if name in self.WANTED:
                self.tags.setdefault(name, []).append(tag)
                self.sequence.append(tag)
            if "itemscope" in tag.attrs and "itemprop" not in tag.attrs and len(self.items) < 200:
                self.items.append(tag)
            stack.extend(c for c in reversed(tag.contents) if isinstance(c, Tag))

    def all(self, *names: str) -> list[Tag]:
        if len(names) == 1:
            return self.tags.get(names[0], [])
        return [t for t in self.sequence if t.name in names]

    def first(self, name: str) -> Tag | None:
        found = self.tags.get(name)
        return found[0] if found else None


def _extract(html: str, url: str) -> ExtractResult:
    page = _Page(html)
    result = ExtractResult(links=links_from_soup(page.soup, url), canonical=_canonical(page, url))
    courses, method = _courses(_jsonld_items(page)), "jsonld"
    if not courses:
        courses, method = _courses([_md_item(el) for el in page.items]), "microdata"
    listing = len({clean(_text_of(c.get("name"))).lower() for c in courses}) > 1
    structured = _from_schema(courses[0]) if courses and not listing else {}

    facts, sources, spread = _facts(page)
    listing = listing or spread >= LISTING_SPREAD
    h1 = page.first("h1")
    h1_text = clean(h1.get_text(" ")) if h1 else ""
    fact_keys = set(facts)
    is_course = bool(structured) or (
        not listing and bool(h1_text) and ("credits" in fact_keys or len(fact_keys) >= 2))
    if not is_course:
        return result

    offer = {key: "" for key in OFFER_KEYS}
    for key, value in facts.items():
        offer[key] = value
    for key, value in structured.items():
        if value:
            offer[key] = value
    offer["title"] = structured.get("title") or h1_text or _head_title(page)
    offer["description"] = structured.get("description") or _description(page)
    offer["provider"] = structured.get("provider") or _meta(page, "property", "og:site_name") \
        or _meta(page, "name", "application-name")
    offer["url"] = result.canonical or urldefrag(url)[0]
    offer["language"] = _language(page, structured.get("in_language"))
    if structured:
        offer["method"] = method
    else:
        offer["method"] = "factbox" if sources & {"dl", "table"} else "text"
    result.is_course, result.offer = True, {k: offer.get(k, "") for k in OFFER_KEYS}
    return result


# -- page metadata ------------------------------------------------------------------------

def _meta(page: _Page, attr: str, value: str) -> str:
    for tag in page.all("meta"):
        if str(tag.get(attr) or "").lower() == value:
            return clean(tag.get("content"))
    return ""


def _canonical(page: _Page, url: str) -> str | None:
    for link in page.all("link"):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else str(rel).split()
        if link.get("href") and "canonical" in (r.lower() for r in rel):
            try:
                target = urldefrag(urljoin(url, link["href"].strip()))[0]
            except ValueError:
                return None
            return target if target.startswith(("http://", "https://")) else None
    return None


def _head_title(page: _Page) -> str:
    title_tag = page.first("title")
    title = _meta(page, "property", "og:title") or (clean(title_tag.get_text()) if title_tag else "")
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _language(page: _Page, structured: str | None) -> str | None:
    html = page.first("html")
    for value in ((html.get("lang") or html.get("xml:lang")) if html else None, structured):
        code = str(value or "").strip().lower().replace("_", "-").split("-")[0]
        if code in ("nb", "no", "nob", "nor"):
            return "nb"
        if code in ("nn", "nno"):
            return "nn"
        if code in ("en", "eng"):
            return "en"
    words: list[str] = []
    for el in page.all("p", "li", "h1", "h2", "td", "dd"):
        words += re.findall(r"[a-zæøåò]+", el.get_text(" ")[:2000].lower())
        if len(words) > 3000:
            break
    counts = {"nn": sum(w in _NN_WORDS for w in words), "nb": sum(w in _NB_WORDS for w in words),
              "en": sum(w in _EN_WORDS for w in words)}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else None


# -- structured data ----------------------------------------------------------------------

def _jsonld_items(page: _Page) -> list[dict]:
    items = []
    for script in page.scripts:
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


def _courses(items: list[dict]) -> list[dict]:
    return [i for i in items if isinstance(i, dict) and _types(i) & COURSE_TYPES]


def _text_of(value) -> str:
    if isinstance(value, dict):
        for key in ("name", "value", "@value", "audienceType", "educationalRole", "description",
                    "credentialCategory", "text"):
            if value.get(key):
                return _text_of(value[key])
        return ""
    if isinstance(value, list):
        parts = [_text_of(v) for v in value]
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


def _from_schema(item: dict) -> dict:
    out = {"title": _text_of(item.get("name")), "description": _text_of(item.get("description"))[:MAX_DESCRIPTION],
           "provider": _text_of(item.get("provider"))}
    credits = item.get("numberOfCredits")
    if isinstance(credits, dict):
        value, unit = credits.get("value", ""), credits.get("unitText") or credits.get("unitCode") or ""
        credits = f"{_number_text(value)} {clean(unit)}".strip()
    elif isinstance(credits, (int, float)) and not isinstance(credits, bool):
        credits = _number_text(credits)
    out["credits"] = _text_of(credits)

    places, pace, modes, sessions = [], [], [], []
    instances = [i for i in _as_list(item.get("hasCourseInstance")) if isinstance(i, dict)]
    for holder in [item, *instances]:
        for loc in _as_list(holder.get("location")):
            if isinstance(loc, dict):
                addr = loc.get("address")
                name = _text_of(addr.get("addressLocality")) if isinstance(addr, dict) else ""
                places.append(name or _text_of(loc.get("name")) or _text_of(addr))
            else:
                places.append(_text_of(loc))
        for key in ("courseMode", "educationalProgramMode"):
            for mode in _as_list(holder.get(key)):
                for token in re.split(r"\s*[,;]\s*", _text_of(mode)):
                    if token:
                        (pace if _PACE.search(token) else modes).append(token)
        workload = _text_of(holder.get("courseWorkload"))
        if workload and _PACE.search(workload):
            pace.append(workload)
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
    out["admission"] = _text_of(item.get("coursePrerequisites") or item.get("programPrerequisites"))
    out["kind"] = _text_of(item.get("educationalCredentialAwarded") or item.get("educationalLevel")
                           or item.get("programType"))
    out["target_group"] = _text_of(item.get("audience"))
    out["in_language"] = _text_of(item.get("inLanguage"))
    return out


def _md_item(scope: Tag, depth: int = 0) -> dict:
    """A microdata item as a JSON-LD-like dict (nested items become nested dicts)."""
    item: dict = {"@type": [t.rsplit("/", 1)[-1] for t in str(scope.get("itemtype") or "").split()]}
    stack = [c for c in reversed(scope.contents) if isinstance(c, Tag)]
    while stack:
        el = stack.pop()
        nested = el.has_attr("itemscope")
        if el.has_attr("itemprop"):
            value = _md_item(el, depth + 1) if nested and depth < 6 else _md_value(el)
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


# -- labelled facts -------------------------------------------------------------------------

def label_key(label: str) -> str | None:
    """The offer key for a label ("Studiepoeng:" → "credits"), "" for a known label to ignore, else None."""
    text = clean(label).rstrip(":").strip(" *").lower()
    if text in IGNORED_LABELS:
        return ""
    if text in LABELS:
        return LABELS[text]
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    if bare in IGNORED_LABELS:
        return ""
    return LABELS.get(bare)


def _facts(page: _Page) -> tuple[dict, set, int]:
    """Labelled facts (first value per key wins), the layouts they came from, and the largest
    number of different values one label had (a listing repeats "Studiepoeng: ..." per card)."""
    facts: dict[str, str] = {}
    sources: set[str] = set()
    values_seen: dict[str, set] = {}

    def put(key, value, source, label=""):
        value = clean(value)[:MAX_VALUE]
        bare = clean(label).rstrip(":").strip().lower()
        if key == "part_time" and bare in SELF_VALUED and value and not value.lower().startswith(bare):
            value = f"{clean(label).rstrip(':').strip()}: {value}"     # "Deltid: Ja" keeps its meaning
        if key and value and source != "heading":
            values_seen.setdefault(key, set()).add(value.lower())
        if key and value and key not in facts:
            facts[key] = value
            sources.add(source)

    for dl in page.all("dl"):
        for dt in _children(dl, "dt") or dl.find_all("dt", limit=500):
            label = dt.get_text(" ")
            values = []
            for sib in dt.next_siblings:
                if isinstance(sib, Tag) and sib.name == "dt":
                    break
                if isinstance(sib, Tag) and sib.name == "dd":
                    values.append(clean(sib.get_text(" ")))
            put(label_key(label), "; ".join(v for v in values if v), "dl", label)
    for table in page.all("table"):
        rows = table.find_all("tr", limit=2000)
        header_row = None
        for row in rows:
            cells = _children(row, "th", "td") or row.find_all(["th", "td"], limit=50)
            labels = sum(1 for c in cells if label_key(c.get_text(" ")))
            if labels >= 2 and (len(cells) > 2 or all(c.name == "th" for c in cells)):
                header_row = header_row or (row, cells)   # labels across: a header row, not label | value
                continue
            if len(cells) >= 2:
                label = cells[0].get_text(" ")
                put(label_key(label), " ".join(c.get_text(" ") for c in cells[1:]), "table", label)
        if header_row and len(rows) == 2:               # a label header row over one value row
            heads = header_row[1]
            values = _children(rows[1], "th", "td") or rows[1].find_all(["th", "td"], limit=50)
            if len(heads) == len(values):
                for head, value in zip(heads, values):
                    put(label_key(head.get_text(" ")), value.get_text(" "), "table", head.get_text(" "))
    for n, el in enumerate(page.all("li", "p", "div", "span", "td", "dd")):
        if n >= MAX_LINE_ELEMENTS:
            break
        if any(isinstance(c, Tag) and c.name in _BLOCK for c in el.children):
            continue
        for line in _lines(el):
            m = _LABEL_LINE.match(line)
            if m:
                put(label_key(m.group(1)), m.group(2), "lines", m.group(1))
    for heading in page.all(*_HEADINGS):
        key = label_key(heading.get_text(" "))
        if key:
            put(key, _section_text(heading, 600), "heading", heading.get_text(" "))
    return facts, sources, max((len(v) for v in values_seen.values()), default=0)


def _children(tag: Tag, *names: str) -> list[Tag]:
    return [c for c in tag.children if isinstance(c, Tag) and c.name in names]


def _lines(el: Tag) -> list[str]:
    """The element's text split at <br>, inline markup joined with spaces."""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name == "br":
            parts.append("\n")
        elif isinstance(node, Tag) and node.name in ("strong", "b", "span", "em", "i", "label"):
            parts.append(" ")
        if len(parts) > 400:
            break
    text = "".join(parts)
    if len(text) > 4 * MAX_VALUE:
        return []
    return [clean(line) for line in text.split("\n") if clean(line)]


_HEADING_NAME = re.compile(r"^h[1-6]$")


def _section_text(heading: Tag, limit: int) -> str:
    """Text after a heading up to the next heading of the same or a higher level."""
    level = int(heading.name[1]) if heading.name[1:].isdigit() else 6
    parts, size = [], 0
    for sib in heading.next_siblings:
        if not isinstance(sib, Tag):
            text = clean(sib) if not isinstance(sib, Comment) else ""
        else:
            if _HEADING_NAME.match(sib.name) and int(sib.name[1]) <= level:
                break
            if any(int(h.name[1]) <= level for h in sib.find_all(_HEADING_NAME, limit=3)):
                break
            text = clean(sib.get_text(" "))
        if text:
            parts.append(text)
            size += len(text)
        if size >= limit:
            break
    return " ".join(parts)


_NOT_CONTENT = frozenset({"nav", "footer", "header", "aside", "form"})


def _description(page: _Page) -> str:
    for heading in page.all("h2", "h3"):
        if clean(heading.get_text(" ")).rstrip(":").lower() in ABOUT_HEADINGS:
            text = _section_text(heading, MAX_DESCRIPTION)
            if len(text) >= 40:
                return _cut(text)
    meta = _meta(page, "name", "description") or _meta(page, "property", "og:description")
    if meta:
        return _cut(meta)
    paragraphs: list[str] = []
    for p in page.all("p")[:500]:
        if any(parent.name in _NOT_CONTENT for parent, _ in zip(p.parents, range(40))):
            continue
        text = clean(p.get_text(" "))
        if len(text) >= 60 and not _LABEL_LINE.match(text):
            paragraphs.append(text)
        if sum(map(len, paragraphs)) >= MAX_DESCRIPTION:
            break
    return _cut(" ".join(paragraphs))


def _cut(text: str) -> str:
    text = clean(text)
    if len(text) <= MAX_DESCRIPTION:
        return text
    return text[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
