"""Page → lines: the readable content of a page as a flat list of typed lines.

The first step of text-mode extraction (`crawler.extract` reads facts from these lines).
Real course pages put the same content in many kinds of markup; this module reduces them
to one shape:

- `heading` lines: h1-h6, <summary>, accordion buttons (aria-expanded / aria-controls),
  role="heading", and a paragraph that is nothing but one short bold phrase;
- `label` lines with a `value`, where the markup pairs them: dt/dd, a table row with a
  header cell (or two cells), an element whose first child is a short label and whose
  other children are its value (<li><span>Studiepoeng</span><span>30</span></li>);
- `text`, `item` (a list item) and `link` (a line that is mostly a link) lines.

Left out: script, style and other opaque elements; site chrome: <nav>, <footer>, a
<header> without the page's h1, <form>, and elements whose role, id, class or aria-label
say menu, cookie banner, breadcrumb, footer, skip link or share buttons. When the page
marks its main content (<main>, role="main" or an <article> holding the h1), only that
is read. An accordion heading repeated inside its own panel is kept once.

Every line knows the heading of the section it is in (`section`) and whether it is in a
section that is not about this offer (`related`): other studies, further studies and careers,
contact persons; their facts belong to other offers or to nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

MAX_LINES = 5000
MAX_LINE = 4000

OPAQUE = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
                    "select", "option", "input", "textarea"})
BLOCK = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead",
                   "tfoot", "section", "article", "aside", "header", "footer", "nav", "form", "h1", "h2", "h3",
                   "h4", "h5", "h6", "blockquote", "main", "figure", "figcaption", "pre", "address", "fieldset",
                   "details", "summary", "caption", "button", "hr"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CHROME_TAGS = frozenset({"nav", "footer", "form"})
_CHROME_ROLES = frozenset({"navigation", "contentinfo", "search", "banner", "menu", "menubar", "toolbar"})
# id/class/aria-label words of site chrome (matched on word parts: "cc-banner", "site-footer").
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:cookies?|cookie\w*|consent|samtykke|gdpr|cc-banner|cc-window|navbar|nav|menu|meny|megamenu"
    r"|main-menu|hovedmeny|breadcrumbs?|brødsmule\w*|brodsmule\w*|footer|bunntekst|site-header|page-footer"
    r"|skip-?link|skiplink|hopp-til|share|social|some-links|del-siden|topbar|top-bar|header-top|utility)(?:$|[\s_-])",
    re.I)
# A page's careers: related, but they name no other study's facts, so a label there ("Admission requirement" / "Higher
# Education Entrance Qualification" after "Career opportunities", a fact box the page puts last) is the offer's own
# (crawler/facts.py).
_CAREER_WORDS = (r"jobbmuligheter|jobbmoglegheiter|karrieremuligheter|karrieremoglegheiter|career"
                 r"|hva kan du bli|kva kan du bli|mulige yrker|yrkesmuligheter")
_CAREER = re.compile(rf"^(?:{_CAREER_WORDS})", re.I)
# Related offers, not the offer's own text ("Anbefalte studier", "Related courses"); the knowledge recommended before
# this offer is its own ("Anbefalt forhåndskunnskap: Du treng ein bachelorgrad", "Anbefalte forkunnskaper").
_RELATED = re.compile(
    r"^(?:relaterte?|related|andre (?:studier|studium|kurs|program|tilbod|tilbud|emner)"
    r"|anbefalte?\b(?!\s+(?:forhåndskunnskap\w*|forkunnskap\w*))|du kan også|du kan òg"
    r"|kanskje du (?:også|òg)|lignende|liknande|other (?:programmes|programs|courses|studies)|se også|sjå også"
    r"|flere (?:studier|kurs)|fleire (?:studium|kurs)|aktuelle (?:studier|kurs)|populære|similar|you might also"
    r"|vi tilbyr også|andre har også sett|videre studier|vidare studium|vidare studiar|videre utdanning|further stud"
    rf"|{_CAREER_WORDS}|etter studiet|etter endt utdanning)", re.I)


def career_section(section: str) -> bool:
    """Is the section a page's careers ("Career opportunities", "Jobbmuligheter"), related but no other study's?"""
    return bool(_CAREER.match(section or ""))


# Contact sections: names, phone numbers and addresses, never the offer's facts. They have no
# prose, so a long line after one is the page's own text again.
_CONTACT = re.compile(r"^(?:kontakt|contact|spørsmål om|spørsmål\?|questions|har du spørsmål|studieveiled\w*"
                      r"|ta kontakt|kontaktinformasjon|kontaktperson\w*)", re.I)
# A contact heading that also names a fact of the offer or answers beside the contact is the offer's own section:
# "Kontaktinformasjon og påmeldingsfrist", "Contact & prices", "Spørsmål og svar", "Questions and answers".
# (not the topics one may ask about: "Spørsmål om pris og påmelding?", "Contact us about fees and applications",
# nor who handles them: "Kontaktpersoner og søknadsbehandling")
_CONTACT_AND_FACT = re.compile(r"^(?:(?!\b(?:om|about|regarding|angående|for)\b).)*?(?:\b(?:og|and)|\s&)\s+(?:\w+\s+)?"
                               r"(?:påmelding\w*|søknad(?!sbehandl|sveiled)\w*|\w*frist\w*|pris\w*|prices?|fees?"
                               r"|deadlines?|applications?|registration|svar|answers)\b", re.I)
CONTACT_PROSE = 120
_SPACE = re.compile(r"\s+")
# class names of a label element beside its value ("keyinfo__label", "fact-term")
_LABEL_CLASS = re.compile(r"label|term|key(?!info)|title|heading|name", re.I)


@dataclass
class Line:
    text: str
    kind: str                  # heading | label | text | item | link
    level: int = 0             # heading level 1-6 (0 for other lines)
    value: str | None = None   # a label line's value, when the markup pairs them
    section: str = ""          # the heading of the section the line is in
    related: bool = False      # in a section about other studies
    tag: str = ""


def clean(text) -> str:
    return _SPACE.sub(" ", str(text or "")).strip()


def content_root(soup: BeautifulSoup) -> Tag:
    """<main>, role=main or the <article> holding the h1 when the page marks its content; else <body>."""
    h1 = soup.find("h1")
    for candidate in soup.find_all(["main", "article"], limit=20) + soup.find_all(attrs={"role": "main"}, limit=5):
        if candidate.name == "article" and (h1 is None or h1 not in candidate.descendants):
            continue
        if h1 is not None and h1 not in candidate.descendants:
            continue
        if len(clean(candidate.get_text(" "))) >= 40:
            return candidate
    return soup.body or soup


def is_chrome(tag: Tag, h1: Tag | None = None) -> bool:
    name = tag.name
    if name in _CHROME_TAGS:
        return True
    if name == "header":
        return h1 is None or h1 not in tag.descendants
    attrs = tag.attrs
    if not attrs:
        return False
    role = str(attrs.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return True
    if attrs.get("aria-hidden") == "true":
        return True
    words = " ".join(str(v) for v in (attrs.get("id"), " ".join(attrs.get("class") or []), attrs.get("aria-label"))
                     if v)
    if words and _CHROME.search(words):
        return h1 is None or h1 not in tag.descendants
    if role == "dialog" or role == "alertdialog":
        return "cookie" in clean(tag.get_text(" "))[:300].lower() or "informasjonskapsl" in tag.get_text(" ").lower()
    return False


def _text(el) -> str:
    """The text of an element, inline markup joined with spaces, <br> as a space."""
    return clean(el.get_text(" ")) if isinstance(el, Tag) else clean(el)


def _value(el) -> str:
    """The text of a value element; lines broken by <br> are joined with "; " ("Oslo<br>Bergen")."""
    if isinstance(el, Tag) and el.find("br") is not None:
        return "; ".join(_split_br(el))
    return _text(el)


_BLOCK_NAMES = sorted(BLOCK | set(HEADINGS))


def _has_block(el: Tag) -> bool:
    """Does the element hold a block element (also inside inline markup, as broken pages do)?"""
    tags = [c for c in el.children if isinstance(c, Tag)]
    if any(c.name in BLOCK or c.name in HEADINGS for c in tags):
        return True
    return any(c.find(_BLOCK_NAMES) is not None for c in tags if c.name not in OPAQUE)


def _split_br(el: Tag) -> list[str]:
    """The element's text split at <br>."""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            if not any(isinstance(p, Tag) and p.name in OPAQUE for p in node.parents):
                parts.append(str(node).replace("\n", " ").replace("\r", " "))
        elif isinstance(node, Tag) and node.name == "br":
            parts.append("\n")
        elif isinstance(node, Tag):
            parts.append(" ")
        if len(parts) > 2000:
            break
    return [clean(x) for x in "".join(parts).split("\n") if clean(x)]


class _Walker:
    def __init__(self, h1: Tag | None, known_label):
        self.h1 = h1
        self.known_label = known_label      # text → bool: is this a known fact label?
        self.lines: list[Line] = []

    def add(self, text: str, kind: str, tag: str, level: int = 0, value: str | None = None) -> None:
        text = clean(text)[:MAX_LINE]
        if text and len(self.lines) < MAX_LINES:
            self.lines.append(Line(text, kind, level, clean(value)[:MAX_LINE] if value is not None else None, tag=tag))

    def walk(self, el: Tag, depth: int = 0) -> None:
        if depth > 60 or len(self.lines) >= MAX_LINES:
            return
        for child in el.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if clean(child):
                    self.add(str(child), "text", el.name)
                continue
            if not isinstance(child, Tag):
                continue
            self.element(child, depth)

    def element(self, el: Tag, depth: int) -> None:
        name = el.name
        if name in OPAQUE or is_chrome(el, self.h1):
            return
        if name in HEADINGS:
            if _has_block(el):           # broken markup: a heading left open around the page
                lead = []
                for c in el.children:
                    if isinstance(c, Tag) and (c.name in BLOCK or c.name in HEADINGS):
                        break
                    lead.append(_text(c) if isinstance(c, Tag) else clean(c) if not isinstance(c, Comment) else "")
                self.add(" ".join(lead), "heading", name, HEADINGS[name])
                for c in el.children:
                    if isinstance(c, Tag) and (c.name in BLOCK or c.name in HEADINGS):
                        self.element(c, depth + 1)
                return
            self.add(_text(el), "heading", name, HEADINGS[name])
            return
        if name == "summary" or (name == "button" and (el.has_attr("aria-expanded") or el.has_attr("aria-controls"))):
            self.add(_text(el), "heading", name, 3)
            return
        role = str(el.get("role") or "").lower()
        if role in ("heading", "tab"):
            level = str(el.get("aria-level") or "3")
            self.add(_text(el), "heading", name, int(level) if level.isdigit() and 0 < int(level) < 7 else 3)
            return
        if name == "button":
            return                                      # "Godta alle", "Søk nå": controls, not content
        if name == "dl":
            self.definition_list(el, depth)
            return
        if name == "table":
            self.table(el, depth)
            return
        if name == "hr":
            return
        if _has_block(el):
            self.walk(el, depth + 1)
            return
        self.leaf(el)

    def leaf(self, el: Tag) -> None:
        kind = "item" if el.name == "li" else "text"
        children = [c for c in el.children if isinstance(c, Tag) and _text(c)]
        loose = clean("".join(str(c) for c in el.children if isinstance(c, NavigableString)
                              and not isinstance(c, Comment)))
        # <li><span>Studiepoeng</span> <span>30</span></li>, <p><strong>Sted:</strong> Bergen</p>
        if children and children[0].name != "a" and el.find("br") is None:
            first = _text(children[0])
            rest = clean(_text(el)[len(first):]) if _text(el).startswith(first) else ""
            hinted = len(children) >= 2 and _LABEL_CLASS.search(" ".join(children[0].get("class") or []))
            if rest and len(first) <= 60 and (hinted or self.known_label(first)):
                self.add(first.rstrip(":"), "label", el.name, value=rest)
                return
        # a paragraph that is one short bold phrase: a heading
        if (el.name in ("p", "div") and len(children) == 1 and children[0].name in ("strong", "b")
                and not loose and len(_text(el)) <= 80 and not _text(el).endswith((".", ","))):
            self.add(_text(el), "heading", el.name, 5)
            return
        links = el.find_all("a", limit=5)
        link_text = sum(len(_text(a)) for a in links)
        for text in _split_br(el):
            line_kind = "link" if links and link_text >= 0.5 * len(_text(el)) else kind
            self.add(text, line_kind, el.name)

    def definition_list(self, dl: Tag, depth: int) -> None:
        label = None
        values: list[str] = []

        def flush():
            if label is not None:
                self.add(label, "label", "dt", value="; ".join(values))

        for child in dl.find_all(["dt", "dd"], limit=500):
            if child.name == "dt":
                flush()
                label, values = _text(child), []
            elif label is not None:
                values.append(_value(child))
            else:
                self.add(_text(child), "text", "dd")
        flush()

    def table(self, table: Tag, depth: int) -> None:
        rows = table.find_all("tr", limit=500)
        header: list[str] | None = None
        for row in rows:
            cells = [c for c in row.find_all(["th", "td"], limit=50) if c.find_parent("tr") is row]
            texts = [_value(c) for c in cells]
            if not any(texts):
                continue
            if all(c.name == "th" for c in cells) and len(cells) >= 2:
                header = texts
                continue
            if header and len(header) == len(texts) and len(rows) <= 3:
                for head, value in zip(header, texts):
                    if head and value:
                        self.add(head, "label", "th", value=value)
                continue
            if len(cells) >= 2 and (cells[0].name == "th" or len(cells) == 2):
                self.add(texts[0], "label", cells[0].name, value="; ".join(t for t in texts[1:] if t))
            else:
                self.add(" | ".join(t for t in texts if t), "text", "tr")
        caption = table.find("caption")
        if caption is not None and _text(caption):
            self.lines.insert(max(0, len(self.lines) - len(rows)), Line(_text(caption), "heading", 4, tag="caption"))


def page_lines(soup: BeautifulSoup, known_label=lambda text: False) -> list[Line]:
    """The content lines of a parsed page (see the module docstring)."""
    h1 = soup.find("h1")
    root = content_root(soup)
    walker = _Walker(h1, known_label)
    if root is not soup and root.name not in ("body", "html") and h1 is not None and h1 not in root.descendants:
        walker.element(h1, 0)
    walker.walk(root)
    return _sections(_soft_headings(_dedupe_headings(walker.lines), known_label))


def _dedupe_headings(lines: list[Line]) -> list[Line]:
    """Drop a heading that repeats the heading right before it (an accordion's button and its
    panel's own heading)."""
    out: list[Line] = []
    for line in lines:
        if (line.kind == "heading" and out and out[-1].kind == "heading"
                and out[-1].text.casefold().rstrip(":") == line.text.casefold().rstrip(":")):
            continue
        out.append(line)
    return out


_SOFT = re.compile(r"^[A-ZÆØÅÉ][^.!?;:]{1,58}$")
_PLAN_TERM = re.compile(r"^(?:høst|vår|haust|autumn|spring|fall)\s+20\d\d\s*\(\d{1,2}\.\s*(?:semester|studieår|year)\)$", re.I)


def _soft_headings(lines: list[Line], known_label) -> list[Line]:
    """A short plain line that heads longer text or a list (pages that mark no headings):
    a known label followed by prose ("Opptakskrav" then its paragraph), or a short phrase of at
    most seven words without digits or closing punctuation followed by a long line or a list,
    becomes a heading of level 6."""
    for i, line in enumerate(lines[:-1]):
        if line.kind == "text" and _PLAN_TERM.match(line.text):
            line.kind, line.level = "heading", 6     # "Høst 2024 (1. semester)" over a semester's courses
            continue
        if line.kind != "text" or not _SOFT.match(line.text) or len(line.text.split()) > 7:
            continue
        if i and lines[i - 1].kind == "text" and known_label(lines[i - 1].text):
            continue                     # the value line of a label line ("Heltid/deltid" / "Deltid")
        nxt = lines[i + 1]
        long_next = nxt.kind == "item" or (nxt.kind == "text" and len(nxt.text) >= 70)
        if long_next and (known_label(line.text) or not re.search(r"\d", line.text)):
            line.kind, line.level = "heading", 6
    return lines


def _sections(lines: list[Line]) -> list[Line]:
    """Give every line its section heading and the related flag."""
    stack: list[tuple[int, str, bool]] = []      # (level, heading, related)
    for line in lines:
        while stack and stack[-1][2] == "contact" and line.kind == "text" and len(line.text) >= CONTACT_PROSE:
            stack.pop()                             # prose after a contact box is the page's own text
        if line.kind == "heading":
            while stack and stack[-1][0] >= line.level:
                stack.pop()
            related = ("contact" if _CONTACT.match(line.text) and not _CONTACT_AND_FACT.match(line.text) else bool(_RELATED.match(line.text))) \
                or (stack[-1][2] if stack else False)   # a heading inside a contact box is part of it
            if line.level > 1:
                stack.append((line.level, line.text, related))
            line.section = stack[-2][1] if len(stack) > 1 else ""
            line.related = bool(stack and stack[-1][2]) if line.level > 1 else False
            continue
        line.section = stack[-1][1] if stack else ""
        line.related = bool(stack and stack[-1][2])
    return lines
