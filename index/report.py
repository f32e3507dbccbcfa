"""The catalogue report: what the catalogue holds, and how much of it is known.

For today's offers (status active or unconfirmed) and the 2014 rows apart: offers per
provider, per region of the teaching places (online, held where the buyer wants it and
"no place stated" as their own rows), per needed topic and per year of the source; and the
share of offers whose price, start term, application deadline and teaching places are known.
"""

from __future__ import annotations

from collections import Counter

from domain import places, topics
from domain.record import regions as record_regions
from index.request import CURRENT_STATUSES

GROUPS = {"today": CURRENT_STATUSES, "2014": ("historical",)}


def report(records: list[dict]) -> dict:
    out = {}
    for name, statuses in GROUPS.items():
        rows = [r for r in records if (r.get("status") or "active") in statuses]
        n = len(rows) or 1
        by_region: Counter = Counter()
        for r in rows:
            reach = r.get("reach")
            if reach == "online":
                by_region["nettbasert"] += 1
            elif reach == "anywhere":
                by_region["hos oppdragsgiver"] += 1
            elif r.get("locations"):
                for region in record_regions(r):
                    by_region[places.REGIONS.get(region, region)] += 1
            else:
                by_region["sted ikke oppgitt"] += 1
        out[name] = {
            "offers": len(rows),
            "providers": len({r.get("provider_id") or r.get("provider") for r in rows}),
            "by_provider": dict(Counter(r.get("provider_name") or r.get("provider") or "ukjent" for r in rows)
                                .most_common()),
            "by_region": dict(by_region.most_common()),
            "by_topic": {topics.TOPICS[t]: sum(t in (r.get("topics") or []) for r in rows) for t in topics.TOPIC_ORDER},
            "by_source_year": dict(sorted(Counter(str(r.get("source_year") or "udatert") for r in rows).items())),
            "by_status": dict(Counter(r.get("status") for r in rows)),
            "known": {
                "price": round(sum(r.get("price_nok") is not None for r in rows) / n, 3),
                "start_term": round(sum(bool(r.get("start_term")) for r in rows) / n, 3),
                "application_deadline": round(sum(bool(r.get("application_deadline")) for r in rows) / n, 3),
                "places": round(sum(bool(r.get("locations")) or r.get("reach") in ("online", "anywhere")
                                    for r in rows) / n, 3),
                "credits": round(sum(r.get("credits_max") is not None for r in rows) / n, 3),
            },
        }
    return out


def markdown(data: dict) -> str:
    """The report as Markdown tables (for the README and `kurskatalog report --format md`)."""
    lines = []
    for name, title in (("today", "Dagens tilbud (aktuelle og ubekreftede)"), ("2014", "Kartleggingen fra 2014")):
        d = data[name]
        lines += [f"### {title}: {d['offers']} tilbud fra {d['providers']} tilbydere", ""]
        k = d["known"]
        lines += ["| kjent | andel |", "|---|---|"]
        lines += [f"| {label} | {k[key]:.0%} |" for key, label in (("credits", "studiepoeng"), ("places", "sted"),
                                                                   ("price", "pris"), ("start_term", "oppstart"),
                                                                   ("application_deadline", "søknadsfrist"))]
        for key, label in (("by_source_year", "kildens år"), ("by_status", "status"), ("by_region", "landsdel"),
                           ("by_topic", "tema"), ("by_provider", "tilbyder")):
            lines += ["", f"| {label} | tilbud |", "|---|---|"]
            lines += [f"| {value} | {count} |" for value, count in d[key].items()]
        lines.append("")
    return "\n".join(lines)
