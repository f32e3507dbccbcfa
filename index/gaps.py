"""Gaps in provision: active offers per needed topic × area (region or county).

Counts come from the per-generation facet arrays: the topic columns and the
area columns of the documents that pass the filters, multiplied
(topics^T · areas). An online-only offer covers every area when
`include_online` is set; an offer held where the buyer wants it ("desentralisert",
"hos oppdragsgiver") covers every area. An offer whose source names no place is in no
area: it is counted apart (`unplaced`, per topic too) and said so. Today's offers count
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

from dataclasses import dataclass, field

import numpy as np

from domain import places, topics
from index.distance import Locator, haversine_km, resolve
from index import params as P
from index.params import RequestError, format_number
from index.search import CURRENT_STATUSES

LOCATOR = Locator()
LEVEL_WORDS = {"master": "på masternivå", "bachelor": "på bachelornivå", "none": "uten studiepoeng"}


@dataclass
class GapFilters:
    by: str = "region"                     # region | county
    credit_bearing: bool = False
    part_time: bool = False
    include_online: bool = True
    level: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    enrolment: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=lambda: list(CURRENT_STATUSES))
    few: int = 0
    kommune: list[str] = field(default_factory=list)    # municipality numbers max_km is measured from
    max_km: float | None = None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def filters_from_args(getlist) -> GapFilters:
    """GapFilters from a getlist(name) accessor, by the rules every entry point shares (`index.params`)."""
    def one(name):
        values = getlist(name)
        return P.clean(values[-1]) if values else ""

    few = P.number(one("few"), "few", low=0, high=100, integer=True)
    kommune = P.kommune_numbers(getlist("kommune"))
    km = P.max_km(one("max_km"))
    if km is not None and km <= 0:
        raise RequestError("Avstand i km må være større enn 0.")
    if km is not None and not kommune:
        raise RequestError("En avstand krever en kommune å måle fra (navn eller nummer, for eksempel Bergen eller 4601).")
    return GapFilters(by=P.choice(one("by"), "by", ("region", "county"), "region"),
                      credit_bearing=P.switch(one("credit_bearing"), "credit_bearing", False),
                      part_time=P.switch(one("part_time"), "part_time", False),
                      include_online=P.switch(one("include_online"), "include_online", True),
                      level=P.facet_values("level", getlist("level")),
                      kind=P.facet_values("kind", getlist("kind")),
                      enrolment=P.facet_values("enrolment", getlist("enrolment")),
                      statuses=P.facet_values("status", getlist("status")) or list(CURRENT_STATUSES),
                      few=int(few or 0), kommune=kommune, max_km=km)


def areas(by: str) -> list[str]:
    return list(places.REGIONS) if by == "region" else list(places.COUNTIES)


def area_label(by: str, area: str) -> str:
    return places.REGIONS.get(area, area) if by == "region" else area


def filter_mask(gen, f: GapFilters) -> np.ndarray:
    """The documents that pass the filters (status, credits, part time, level, kind, enrolment)."""
    table = gen.table
    mask = table.mask("status", f.statuses)
    if f.credit_bearing:
        mask &= np.nan_to_num(table.arrays["credits_max"], nan=0.0) > 0
    if f.part_time:
        mask &= table.mask("part_time", ["true"])
    for facet, values in (("level", f.level), ("kind", f.kind), ("enrolment", f.enrolment)):
        if values:
            mask &= table.mask(facet, values)
    return mask


def compute(gen, f: GapFilters, extra_mask: np.ndarray | None = None) -> dict:
    table = gen.table
    a = table.arrays
    mask = filter_mask(gen, f)
    if f.max_km is not None and f.kommune:
        mask &= LOCATOR.within(gen, LOCATOR.distances(gen, f.kommune), f.max_km, f.include_online)
    if extra_mask is not None:
        mask &= extra_mask
    online = a["online_only"] & mask
    everywhere = a["anywhere"] & mask
    unplaced = mask & (a["loc_offsets"][1:] == a["loc_offsets"][:-1]) & ~a["online_only"] & ~a["anywhere"]
    located = mask & ~a["online_only"] & ~a["anywhere"]

    topic_codes = list(topics.TOPIC_ORDER)
    area_codes = areas(f.by)
    topic_m = _columns(table, "topic", topic_codes)
    area_m = _columns(table, f.by, area_codes)
    counts = topic_m[located].T.astype(np.int64) @ area_m[located].astype(np.int64)
    if f.include_online:
        counts += topic_m[online].sum(axis=0).astype(np.int64)[:, None]
    counts += topic_m[everywhere].sum(axis=0).astype(np.int64)[:, None]
    matrix = {t: {ar: int(counts[i, j]) for j, ar in enumerate(area_codes)} for i, t in enumerate(topic_codes)}
    totals = {t: int(topic_m[mask][:, i].sum()) for i, t in enumerate(topic_codes)}
    unplaced_by_topic = {t: int(topic_m[unplaced][:, i].sum()) for i, t in enumerate(topic_codes)}
    gaps = [{"topic": t, "area": ar, "count": matrix[t][ar], "text": sentence(t, ar, matrix[t][ar], f)}
            for t in topic_codes for ar in area_codes if matrix[t][ar] <= f.few]
    return {"by": f.by, "topics": topic_codes, "areas": area_codes, "counts": matrix, "totals": totals,
            "gaps": gaps, "filters": f.as_dict(), "offers": int(mask.sum()),
            "online": int(online.sum()), "anywhere": int(everywhere.sum()), "unplaced": int(unplaced.sum()),
            "unplaced_by_topic": unplaced_by_topic,
            "within_reach": within_reach(gen, f, topic_m, mask) if f.max_km is not None and f.kommune else None}


def within_reach(gen, f: GapFilters, topic_m: np.ndarray, mask: np.ndarray) -> dict:
    """What a municipality (or group) has within `max_km`, per topic, once: the offers within
    reach (as the search lists them: taught within max_km, held where the buyer wants it, and
    online ones when `include_online` is on), how many of them are taught at a place within
    reach, and the nearest place where an offer on the topic is taught (without the limit,
    with the other filters). A topic with at most `few` offers within reach is a gap."""
    a = gen.table.arrays
    distances = LOCATOR.distances(gen, f.kommune)
    placed = filter_mask(gen, f) & ~a["online_only"] & ~a["anywhere"] & ~np.isnan(distances)
    members = resolve(f.kommune)
    names = [m["name"] for m in members]
    origin = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]
    km = format_number(f.max_km).replace(".", ",")
    rows = []
    for i, t in enumerate(topics.TOPIC_ORDER):
        on_topic = topic_m[:, i]
        count = int((mask & on_topic).sum())
        candidates = np.flatnonzero(placed & on_topic)
        nearest = None
        if candidates.size:
            doc = int(candidates[np.argmin(distances[candidates])])
            record = gen.record(doc)
            nearest = {"km": round(float(distances[doc]), 1), "place": _nearest_place(record, members),
                       "offer_id": record["id"], "title": record.get("title")}
        rows.append({"topic": t, "count": count,
                     "taught_within": int((mask & on_topic & placed).sum()),
                     "online": int((mask & on_topic & a["online_only"]).sum()),
                     "anywhere": int((mask & on_topic & a["anywhere"]).sum()),
                     "nearest": nearest, "gap": count <= f.few})
    none = [r["topic"] for r in rows if r["count"] == 0]
    few = [r["topic"] for r in rows if 0 < r["count"] <= f.few]
    return {"kommune": list(f.kommune), "origin": origin, "max_km": f.max_km, "topics": rows,
            "none": none, "few": few, "text": reach_sentences(none, few, km, origin, f)}


def _nearest_place(record: dict, members: list[dict]) -> str | None:
    """The record's place with the shortest longest trip from the members (as `Locator.distances`)."""
    located = [loc for loc in record.get("locations") or [] if loc.get("lat") is not None]
    if not located:
        return None
    best = min(located, key=lambda loc: max(float(haversine_km(m["lat"], m["lon"], loc["lat"], loc["lon"]))
                                            for m in members))
    return best.get("kommune") or best.get("place")


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


def _columns(table, facet: str, codes: list[str]) -> np.ndarray:
    vocab = {v: i for i, v in enumerate(table.values(facet))}
    matrix = table.arrays[f"{facet}.matrix"]
    out = np.zeros((table.size, len(codes)), dtype=bool)
    for j, code in enumerate(codes):
        if code in vocab:
            out[:, j] = matrix[:, vocab[code]]
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
        names = [m["name"] for m in resolve(f.kommune)]
        origin = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]
        words.append(f"innen {format_number(f.max_km).replace('.', ',')} km fra {origin}")
    return " ".join(words)
