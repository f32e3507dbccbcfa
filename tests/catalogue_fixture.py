"""A small hand-made catalogue of canonical records whose answers are known by hand."""

from __future__ import annotations

import copy


def loc(kommune, nr, county, region, lat, lon):
    return {"place": kommune, "kommune_nr": nr, "kommune": kommune, "county": county,
            "region": region, "lat": lat, "lon": lon}


BERGEN = loc("Bergen", "4601", "Vestland", "vest", 60.39, 5.32)
OSLO = loc("Oslo", "0301", "Oslo", "ost", 59.91, 10.75)
TROMSO = loc("Tromsø", "5501", "Troms", "nord", 69.65, 18.96)
BODO = loc("Bodø", "1804", "Nordland", "nord", 67.28, 14.40)
HAMAR = loc("Hamar", "3403", "Innlandet", "ost", 60.79, 11.07)


def rec(id, title, description, *, provider_id, provider_name, level, kind, credits, part_time,
        delivery, target, locations, topics, enrolment="open", status="active", price=None, start=None,
        deadline=None, semesters=None, language=None):
    return {
        "id": id, "title": title, "provider": provider_name, "provider_id": provider_id,
        "provider_name": provider_name, "provider_former": None, "url": f"https://example.test/{id}",
        "description": description, "credits_min": credits[0], "credits_max": credits[1],
        "level": level, "kind": kind, "part_time": part_time, "delivery": delivery,
        "admission_education": "bachelor", "admission_experience_years": 2, "realkompetanse": False,
        "target": target, "locations": locations, "locations_from_campus": False, "topics": topics,
        "enrolment": enrolment, "price_nok": price, "sessions_count": None, "session_days": None,
        "start_term": start, "application_deadline": deadline, "duration_semesters": semesters,
        "teaching_language": language,
        "status": status, "source": "test", "first_seen": "2026-01-01T00:00:00+00:00",
        "last_seen": "2026-11-01T00:00:00+00:00", "last_changed": "2026-01-01T00:00:00+00:00",
        "raw": {},
    }


RECORDS = [
    rec("hvl-helseledelse", "Helseledelse", "Helseledelse for ledere i helse- og omsorgstjenestene.",
        provider_id="hvl", provider_name="Høgskulen på Vestlandet", level="master", kind="single_course",
        credits=(15.0, 15.0), part_time=True, delivery=["samling"], target=["helse"], locations=[BERGEN],
        topics=["ledelse"], start="2027-host", deadline="2027-04-15", semesters=2, language="no"),
    rec("hvl-okonomi", "Økonomistyring i kommunal sektor", "Budsjett, regnskap og kommuneøkonomi for enhetsledere.",
        provider_id="hvl", provider_name="Høgskulen på Vestlandet", level="bachelor", kind="single_course",
        credits=(7.5, 7.5), part_time=True, delivery=["nett", "samling"], target=["offentlig"],
        locations=[BERGEN], topics=["okonomi", "kommunal"]),
    rec("uit-helserett", "Helserett", "Helserett og forvaltningsrett for ledere.",
        provider_id="uit", provider_name="UiT Norges arktiske universitet", level="bachelor",
        kind="single_course", credits=(10.0, 10.0), part_time=True, delivery=["samling"], target=["helse"],
        locations=[TROMSO], topics=["juss"]),
    rec("nord-mba", "MBA i helseledelse", "Erfaringsbasert master i ledelse, økonomi og endringsledelse.",
        provider_id="nord", provider_name="Nord universitet", level="master", kind="degree",
        credits=(90.0, 90.0), part_time=True, delivery=["samling"], target=["helse"], locations=[BODO],
        topics=["ledelse", "okonomi", "endring"], start="2025-host", deadline="2025-03-01", semesters=6),
    rec("oslomet-personal", "Personalledelse for helse- og sosialsektoren", "Personalledelse, arbeidsrett og konflikthåndtering.",
        provider_id="oslomet", provider_name="OsloMet – storbyuniversitetet", level="bachelor",
        kind="single_course", credits=(15.0, 30.0), part_time=True, delivery=["samling"],
        target=["helse", "sosial"], locations=[OSLO], topics=["ledelse", "juss"]),
    rec("uio-helseadm", "Erfaringsbasert master i helseadministrasjon", "Ledelse, planlegging, helseøkonomi og helserett.",
        provider_id="uio", provider_name="Universitetet i Oslo", level="master", kind="degree",
        credits=(90.0, 90.0), part_time=False, delivery=["campus"], target=["helse"], locations=[OSLO],
        topics=["ledelse", "okonomi", "juss", "strategi"]),
    rec("inn-modul", "Strategisk kompetanseplanlegging", "Modul som kommunene bestiller for sine ledere.",
        provider_id="inn", provider_name="Høgskolen i Innlandet", level="bachelor", kind="single_course",
        credits=(7.5, 7.5), part_time=True, delivery=["samling"], target=["helse"], locations=[HAMAR],
        topics=["kunnskapsledelse"], enrolment="commissioned"),
    rec("nki-lederskolen", "Lederskolen for offentlig sektor", "Nettstudium i ledelse uten studiepoeng.",
        provider_id="nki", provider_name="NKI", level="none", kind="non_credit", credits=(0.0, 0.0),
        part_time=True, delivery=["nett"], target=["offentlig"], locations=[], topics=["ledelse"],
        price=12900),
    rec("gone-kurs", "Endringsledelse i helsetjenesten", "Endringsledelse og innovasjon. Tilbudet er lagt ned.",
        provider_id="uia", provider_name="Universitetet i Agder", level="master", kind="single_course",
        credits=(10.0, 10.0), part_time=True, delivery=["samling"], target=["helse"],
        locations=[loc("Kristiansand", "4204", "Agder", "sor", 58.15, 8.0)], topics=["endring", "ledelse"],
        status="gone"),
    rec("xss", '<script>alert(1)</script> Ledelse "onmouseover=alert(2)', '<img src=x onerror=alert(3)> =cmd|calc',
        provider_id="hvl", provider_name="Høgskulen på Vestlandet", level=None, kind=None, credits=(None, None),
        part_time=None, delivery=[], target=[], locations=[BERGEN], topics=[], enrolment=None),
]


def offer(id: str, topic_codes: list[str], *, reach: str | None = None, locations=(), delivery=("samling",)) -> dict:
    record = rec(id, id, "", provider_id="x", provider_name="X", level="bachelor", kind="single_course",
                 credits=(15.0, 15.0), part_time=True, delivery=list(delivery), target=["helse"],
                 locations=list(locations), topics=topic_codes)
    if reach:
        record["reach"] = reach
    return record


# The hand-made catalogue and offers that reach every area: held where the buyer wants it,
# without a place and with one, and a second online-only offer.
EVERYWHERE = copy.deepcopy(RECORDS) + [
    offer("hos-oppdragsgiver", ["ledelse", "juss"], reach="anywhere", delivery=()),
    offer("hos-oppdragsgiver-tromso", ["kvalitet"], reach="anywhere", locations=[TROMSO]),
    offer("nett-juss", ["juss"], delivery=("nett",)),
    offer("oslo-kvalitet", ["kvalitet"], locations=[OSLO]),
]
