"""Gaps in provision: today's offers per needed topic × area (region or county), in numbers
and in words.

The counts come from the index (`Catalogue.coverage`: an online-only offer covers every area
when `include_online` is set; an offer held where the buyer wants it ("desentralisert", "hos
oppdragsgiver") covers every area; an offer whose source names no place is in no area: it is
counted apart (`unplaced`, per topic too) and said so). Today's offers count
(`CURRENT_STATUSES`: active, and unconfirmed from an older provider page) unless `statuses`
says otherwise; the 2014 rows are status "historical". A gap is a cell with at most `few` offers.

With `max_km` and a `kommune` (one municipality or a group), only offers with a
place within max_km km in a straight line count (for a group: of every member,
as in the search); online-only offers count when `include_online` is set. The
filter is per offer, like the search's: an offer within reach counts in every
area it is taught in. `within_reach` then says, per topic and once, what the
municipality has within reach and where the nearest place with an offer is: the
per-area cells of a distance limit are mostly empty remote areas.

A cell's offers are exactly those of the search its /dekning link opens
(`include_everywhere=true` keeps the offers that reach every area in a region or
county filter).
"""

from __future__ import annotations

from domain import places, topics
from index.params import format_number, resolve
from index.request import GapFilters
from index.seam import Catalogue, TopicReach

LEVEL_WORDS = {"master": "på masternivå", "bachelor": "på bachelornivå", "none": "uten studiepoeng"}


def area_label(by: str, area: str) -> str:
    return places.REGIONS.get(area, area) if by == "region" else area


def compute(catalogue: Catalogue, f: GapFilters) -> dict:
    """The analysis as `/api/gaps` publishes it."""
    c = catalogue.coverage(f)
    topic_codes, area_codes, matrix = list(c.topics), list(c.areas), c.counts
    gaps = [{"topic": t, "area": ar, "count": matrix[t][ar], "text": sentence(t, ar, matrix[t][ar], f)}
            for t in topic_codes for ar in area_codes if matrix[t][ar] <= f.few]
    return {"by": f.by, "topics": topic_codes, "areas": area_codes, "counts": matrix, "totals": c.totals,
            "gaps": gaps, "filters": f.as_dict(), "offers": c.offers,
            "online": c.online, "anywhere": c.anywhere, "unplaced": c.unplaced,
            "unplaced_by_topic": c.unplaced_by_topic,
            "within_reach": within_reach(c.reach, f) if c.reach is not None else None}


def within_reach(reach: tuple[TopicReach, ...], f: GapFilters) -> dict:
    """What a municipality (or group) has within `max_km`, per topic, once: the offers within
    reach (as the search lists them: taught within max_km, held where the buyer wants it, and
    online ones when `include_online` is on), how many of them are taught at a place within
    reach, and the nearest place where an offer on the topic is taught (without the limit,
    with the other filters). A topic with at most `few` offers within reach is a gap."""
    origin = _origin(f.kommune)
    km = format_number(f.max_km).replace(".", ",")
    rows = [{"topic": r.topic, "count": r.count, "taught_within": r.taught_within, "online": r.online,
             "anywhere": r.anywhere,
             "nearest": None if r.nearest is None else {"km": r.nearest.km, "place": r.nearest.place,
                                                        "offer_id": r.nearest.offer_id, "title": r.nearest.title},
             "gap": r.count <= f.few} for r in reach]
    none = [r["topic"] for r in rows if r["count"] == 0]
    few = [r["topic"] for r in rows if 0 < r["count"] <= f.few]
    return {"kommune": list(f.kommune), "origin": origin, "max_km": f.max_km, "topics": rows,
            "none": none, "few": few, "text": reach_sentences(none, few, km, origin, f)}


def _origin(kommune: list[str]) -> str:
    """The municipality or group a distance is measured from, in words: "Lyngen og Storfjord"."""
    names = [m["name"] for m in resolve(kommune)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def _topic_list(codes: list[str]) -> str:
    """Topic names for a sentence, separated by semicolons (the names hold commas and "og")."""
    words = [topics.TOPICS[t][:1].lower() + topics.TOPICS[t][1:] for t in codes]
    if len(words) == 1:
        return f"om {words[0]}"
    return f"om {len(words)} av {len(topics.TOPIC_ORDER)} temaer: " + "; ".join(words)


def reach_sentences(none: list[str], few: list[str], km: str, origin: str, f: GapFilters) -> list[str]:
    """The topic gaps within reach, each topic named once: "Ingen tilbud innen 150 km fra Lyngen
    om 3 av 14 temaer: juss; helse-IKT og velferdsteknologi; etikk og verdier."."""
    noun = "deltidstilbud" if f.part_time else "tilbud"
    quals = (["med studiepoeng"] if f.credit_bearing else []) + [LEVEL_WORDS[lv] for lv in f.level if lv in LEVEL_WORDS]
    what = " ".join([noun, *quals])
    out = []
    if none:
        out.append(f"Ingen {what} innen {km} km fra {origin} {_topic_list(none)}.")
    if few:
        out.append(f"Bare 1 til {f.few} {what} innen {km} km fra {origin} {_topic_list(few)}."
                   if f.few > 1 else f"Bare 1 {what} innen {km} km fra {origin} {_topic_list(few)}.")
    return out


def sentence(topic: str, area: str, count: int, f: GapFilters) -> str:
    """"Ingen deltidstilbud med studiepoeng om juss i Nord-Norge"."""
    noun = "deltidstilbud" if f.part_time else "tilbud"
    quals = []
    if f.credit_bearing:
        quals.append("med studiepoeng")
    quals += [LEVEL_WORDS[lv] for lv in f.level if lv in LEVEL_WORDS]
    head = "Ingen" if count == 0 else f"Bare {count}"
    label = topics.TOPICS.get(topic, topic)
    label = label[:1].lower() + label[1:]
    where = area_label(f.by, area)
    prep = "på" if f.by == "region" and area in ("ost", "sor", "vest") else "i"
    words = [head, noun, *quals, "om", label, prep, where]
    if f.max_km is not None and f.kommune:
        words.append(f"innen {format_number(f.max_km).replace('.', ',')} km fra {_origin(f.kommune)}")
    return " ".join(words)
