"""Render a real-page fixture (see README.md) as HTML in one of several layouts.

The layouts are the shapes real institution pages use for the same content:

- `lines`: the text as it comes out of a content management system with little markup:
  the title as <h1>, every other line a <p> (a label on one line, its value on the next; a
  section heading as a line of its own), bullet lists as <ul>; chrome as plain <div>s.
- `divs`: facts as <div class="fact"><div class="fact__label">…</div><div class="fact__value">…</div>
  pairs, headings and section headings as <h2>/<h3>; semantic chrome (<header>, <nav>, <footer>).
- `accordion`: facts as a bullet list of <span> label / <span> value pairs, every section
  as a collapsed accordion panel (a <button> and a hidden panel that repeats the heading
  as <h3>); chrome in <div>s with class names only.
- `factbox`: facts in a <dl> (or a two-column <table> for every other page), sections as
  <h2> with their text, inside <main>; semantic chrome.

Every layout wraps the page in site chrome with a menu, a cookie banner, a breadcrumb and a
footer with the institution's postal address, so an extractor must leave them out.
Text is escaped; a fixture never injects markup.
"""

from __future__ import annotations

import hashlib
import json
from html import escape
from pathlib import Path

LAYOUTS = ("lines", "divs", "accordion", "factbox")

_PROVIDERS = Path(__file__).resolve().parents[2] / "domain" / "data" / "providers.json"


def _town(provider_id: str | None) -> str:
    """The first campus of the provider (the footer address), else Oslo."""
    try:
        data = json.loads(_PROVIDERS.read_text(encoding="utf-8"))
    except OSError:
        return "Oslo"
    for p in data.get("providers", []):
        if p.get("id") == provider_id and p.get("campuses"):
            return str(p["campuses"][0]).replace("Campus ", "")
    return "Oslo"


def _variant(spec: dict) -> int:
    return int(hashlib.sha1(spec["id"].encode()).hexdigest()[:6], 16)


def _lines(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def _e(text) -> str:
    return escape(str(text), quote=True)


# -- chrome ----------------------------------------------------------------------------------

_MENU = ("Studier", "Etter- og videreutdanning", "Forskning", "Samarbeid", "Om oss", "Kontakt oss")
_MEGA = (("Master i ledelse", "90 studiepoeng"), ("Årsstudium i organisasjon og ledelse", "60 studiepoeng"),
         ("Bachelor i sykepleie", "180 studiepoeng"))


def _menu(spec: dict, semantic: bool, mega: bool) -> str:
    items = "".join(f'<li><a href="/{_e(m.lower().replace(" ", "-"))}/">{_e(m)}</a></li>' for m in _MENU)
    if mega:   # a mega menu that names other studies with their credits
        items += "".join(f'<li><a href="/studier/{i}/">{_e(t)}</a> <small>{_e(n)}</small></li>'
                         for i, (t, n) in enumerate(_MEGA))
    site = f'<a class="logo" href="/">{_e(spec["institution"])}</a>'
    if semantic:
        return f'<header class="site-header">{site}<nav aria-label="Hovedmeny"><ul>{items}</ul></nav></header>'
    return f'<div class="site-header">{site}<div class="main-menu" id="menu"><ul>{items}</ul></div></div>'


def _cookie(semantic: bool) -> str:
    text = ("<p>Vi bruker informasjonskapsler (cookies) for å måle trafikk og gi deg en bedre opplevelse. "
            "Du kan når som helst endre samtykket.</p>"
            '<button type="button">Godta alle</button> <button type="button">Bare nødvendige</button>')
    if semantic:
        return f'<div class="cookie-consent" role="dialog" aria-label="Samtykke til informasjonskapsler">{text}</div>'
    return f'<div id="cookiebanner" class="cc-banner">{text}</div>'


def _breadcrumb(spec: dict, semantic: bool) -> str:
    crumbs = ["Forside", "Studier", spec["title"]]
    inner = " / ".join(f'<a href="/">{_e(c)}</a>' for c in crumbs[:-1]) + f" / <span>{_e(crumbs[-1])}</span>"
    if semantic:
        return f'<nav aria-label="Brødsmulesti" class="breadcrumb">{inner}</nav>'
    return f'<div class="breadcrumbs">{inner}</div>'


def _footer(spec: dict, semantic: bool) -> str:
    town = _town(spec.get("provider_id"))
    body = (f"<p>{_e(spec['institution'])}</p><p>Postboks 400, 1234 {_e(town)}</p>"
            f"<p>Besøksadresse: Campusveien 1, {_e(town)}</p><p>Telefon 12 34 56 78 · post@example.test</p>"
            '<p><a href="/personvern">Personvern</a> · <a href="/tilgjengelighet">Tilgjengelighetserklæring</a></p>')
    if semantic:
        return f'<footer class="site-footer">{body}</footer>'
    return f'<div class="footer" id="footer">{body}</div>'


# -- body per layout ----------------------------------------------------------------------------

def _facts_run(blocks: list[dict], i: int) -> int:
    """The index after a run of label blocks starting at i."""
    while i < len(blocks) and "label" in blocks[i]:
        i += 1
    return i


def _links(block: dict) -> str:
    out = []
    for link in block["links"]:
        note = f' <span class="card__meta">{_e(link["note"])}</span>' if link.get("note") else ""
        out.append(f'<li><a href="/studier/{_e(_slug(link["text"]))}/">{_e(link["text"])}</a>{note}</li>')
    return f'<ul class="cards">{"".join(out)}</ul>'


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60] or "x"


def _simple(b: dict, level: int = 2) -> str | None:
    """HTML for a heading, text, items or links block (the same in every layout but `lines`)."""
    if "heading" in b:
        lv = min(6, b.get("level", 2) + level - 2)
        return f"<h{lv}>{_e(b['heading'])}</h{lv}>"
    if "text" in b:
        return f"<p>{_e(b['text'])}</p>"
    if "items" in b:
        return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in b["items"]) + "</ul>"
    if "links" in b:
        return _links(b)
    return None


def _body_lines(blocks: list[dict], top: bool = True) -> str:
    out = []
    for b in blocks:
        if "heading" in b:
            out.append(f"<p>{_e(b['heading'])}</p>")
        elif "label" in b:
            out.append(f"<p>{_e(b['label'])}</p>" + "".join(f"<p>{_e(v)}</p>" for v in _lines(b["value"])))
        elif "text" in b:
            out.append(f"<p>{_e(b['text'])}</p>")
        elif "items" in b:
            out.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in b["items"]) + "</ul>")
        elif "links" in b:
            out.append(_links(b))
        elif "section" in b:
            out.append(f"<p>{_e(b['section'])}</p>" + _body_lines(b["blocks"], top=False))
    return "\n".join(out)


def _body_divs(blocks: list[dict], level: int = 2) -> str:
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if "label" in b:
            end = _facts_run(blocks, i)
            facts = "".join(
                f'<div class="fact"><div class="fact__label">{_e(x["label"])}</div>'
                f'<div class="fact__value">{"<br>".join(_e(v) for v in _lines(x["value"]))}</div></div>'
                for x in blocks[i:end])
            out.append(f'<div class="facts">{facts}</div>')
            i = end
            continue
        if "section" not in b:
            out.append(_simple(b, level))
        else:
            out.append(f'<div class="section"><h{level}>{_e(b["section"])}</h{level}>'
                       f'{_body_divs(b["blocks"], level + 1)}</div>')
        i += 1
    return "\n".join(out)


def _body_accordion(blocks: list[dict], n: list[int] | None = None) -> str:
    n = n if n is not None else [0]
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if "label" in b:
            end = _facts_run(blocks, i)
            items = "".join(
                f'<li class="keyinfo__item"><span class="keyinfo__label">{_e(x["label"])}</span> '
                f'<span class="keyinfo__value">{", ".join(_e(v) for v in _lines(x["value"]))}</span></li>'
                for x in blocks[i:end])
            out.append(f'<ul class="keyinfo">{items}</ul>')
            i = end
            continue
        if "section" not in b:
            out.append(_simple({**b, "level": 2} if "heading" in b else b))
        else:
            n[0] += 1
            pid = f"panel-{n[0]}"
            out.append(f'<div class="accordion"><button type="button" class="accordion__toggle" aria-expanded="false" '
                       f'aria-controls="{pid}">{_e(b["section"])}</button>'
                       f'<div class="accordion__panel" id="{pid}" hidden><h3>{_e(b["section"])}</h3>'
                       f'{_body_accordion(b["blocks"], n)}</div></div>')
        i += 1
    return "\n".join(out)


def _body_factbox(blocks: list[dict], table: bool, level: int = 2) -> str:
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if "label" in b:
            end = _facts_run(blocks, i)
            if table:
                rows = "".join(f'<tr><th scope="row">{_e(x["label"])}</th>'
                               f'<td>{"<br>".join(_e(v) for v in _lines(x["value"]))}</td></tr>'
                               for x in blocks[i:end])
                out.append(f'<table class="factbox"><tbody>{rows}</tbody></table>')
            else:
                rows = "".join(f'<dt>{_e(x["label"])}</dt>' + "".join(f"<dd>{_e(v)}</dd>" for v in _lines(x["value"]))
                               for x in blocks[i:end])
                out.append(f'<dl class="factbox">{rows}</dl>')
            i = end
            continue
        if "section" not in b:
            out.append(_simple(b, level))
        else:
            out.append(f"<section><h{level}>{_e(b['section'])}</h{level}>"
                       f"{_body_factbox(b['blocks'], table, level + 1)}</section>")
        i += 1
    return "\n".join(out)


def render(spec: dict, layout: str) -> str:
    """The fixture as a whole HTML page in `layout` (one of LAYOUTS)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout}")
    v = _variant(spec)
    semantic = layout in ("divs", "factbox")
    title = _e(spec["title"])
    if layout == "lines":
        body = _body_lines(spec["blocks"])
    elif layout == "divs":
        body = _body_divs(spec["blocks"])
    elif layout == "accordion":
        body = _body_accordion(spec["blocks"])
    else:
        body = _body_factbox(spec["blocks"], table=bool(v % 2))
    content = f"<h1>{title}</h1>\n{body}"
    if layout == "factbox":
        content = f'<main id="innhold">{content}</main>'
    elif layout == "divs":
        content = f'<div class="content" role="main">{content}</div>'
    else:
        content = f'<div class="page-content">{content}</div>'
    site = _e(spec["institution"])
    cookie_first = bool(v % 3 == 0)
    parts = [
        _cookie(semantic) if cookie_first else "",
        _menu(spec, semantic, mega=bool(v % 4 == 1)),
        _breadcrumb(spec, semantic),
        content,
        _footer(spec, semantic),
        "" if cookie_first else _cookie(semantic),
    ]
    return (f'<!doctype html>\n<html lang="{_e(spec["lang"])}"><head><meta charset="utf-8">'
            f"<title>{title} | {site}</title></head>\n<body>\n" + "\n".join(p for p in parts if p) +
            "\n</body></html>\n")
