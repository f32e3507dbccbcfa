"""What each page of the fixture web (qa/fixtureweb) is, for the tests that read it:
every course page with the raw fields as the page writes them (`COURSES`, what
tests/test_extract.py expects of the extractor; tests/test_topic_eval.py checks that the topic
labels cover them) and the pages that are not courses (`NOT_COURSES`)."""

# Every course page of the fixture web: the raw fields as the page writes them.
COURSES = {
    ("usn.test", "/studier/helseledelse"): dict(
        title="Helseledelse", credits="15 studiepoeng", locations="Drammen", part_time="Deltid",
        delivery="Samlingsbasert", price="gratis", language="nb", method="jsonld",
        admission="Bachelorgrad eller tilsvarende og minst to års relevant yrkeserfaring fra helse- og "
                  "omsorgssektoren.",
        provider="Universitetet i Sørøst-Norge", kind="Videreutdanning på bachelornivå",
        target_group="Ledere og mellomledere i kommunale helse- og omsorgstjenester",
        sessions="3 samlinger à 2 dager (september, november og februar)"),
    ("hvl.test", "/studier/leiing-i-helse-og-omsorgstenestene"): dict(
        title="Leiing i helse- og omsorgstenestene", credits="30", locations="Førde", part_time="Deltid",
        delivery="Samlingsbasert med fire samlingar à tre dagar og nettundervisning mellom samlingane",
        admission="Fullført bachelorgrad eller tilsvarande og minst to års relevant arbeidserfaring",
        price="Ingen studieavgift", language="nn", method="factbox", provider="Høgskulen på Vestlandet",
        kind="Vidareutdanning, bachelornivå",
        target_group="Leiarar på alle nivå i kommunale helse- og omsorgstenester",
        sessions="4 samlingar à 3 dagar"),
    ("hvl.test", "/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene"): dict(
        title="Endringsledelse i helse- og omsorgstenestene", credits="15 studiepoeng", locations="Bergen og Haugesund",
        part_time="Deltid over to semester",
        delivery="Tre samlingar, nettbaserte førelesingar og rettleiing i grupper",
        admission="Bachelorgrad og leiarerfaring frå helse- og omsorgstenestene", price="Gratis", language="nn",
        method="text"),
    ("inn.test", "/studier/okonomistyring-for-ledere"): dict(
        title="Økonomistyring for ledere i kommunal sektor", credits="7,5", locations="Lillehammer", part_time="Deltid",
        delivery="To samlinger på campus og nettbasert undervisning",
        admission="Generell studiekompetanse eller realkompetanse. Søkere må ha en lederstilling i kommunal sektor.",
        price="Kr 4 500 (inkludert kursmateriell)", language="nb", method="factbox", provider="Høgskolen i Innlandet",
        kind="Videreutdanning, bachelornivå",
        target_group="Ledere med budsjettansvar i kommunal sektor, særlig i helse- og omsorgstjenestene"),
    ("inn.test", "/studier/personalledelse"): dict(                    # ISO-8859-1, no lang, <br> lines
        title="Personalledelse og arbeidsrett for ledere i helse og omsorg", credits="10", locations="Hamar og Elverum",
        part_time="Deltid: Ja, over ett semester", delivery="Tre samlinger à to dager på Hamar",
        admission="Generell studiekompetanse eller realkompetanse, og minst tre års arbeidserfaring fra helse- og "
                  "omsorgssektoren.",
        price="kr 9 800", language="nb", method="text",
        target_group="Ledere og tillitsvalgte i helse- og omsorgssektoren"),
    ("oslomet.test", "/evu/kvalitetsforbedring-og-pasientsikkerhet"): dict(
        title="Kvalitetsforbedring og pasientsikkerhet for ledere", credits="10", locations="Oslo, Pilestredet",
        part_time="Deltid", delivery="nettbasert med to samlinger",
        admission="Bachelorgrad i helse- eller sosialfag og minst to års erfaring som leder", price="12000 NOK",
        language="nb", method="microdata", provider="OsloMet – storbyuniversitetet",
        kind="Videreutdanning på masternivå",
        target_group="Ledere i sykehus og kommunale helse- og omsorgstjenester"),
    ("nord.test", "/kurs/lederutvikling-for-mellomledere"): dict(       # non-credit, with a price
        title="Lederutvikling for mellomledere i omsorgstjenesten", credits="uten studiepoeng", locations="Bodø", part_time="",
        delivery="Dagsamlinger på campus Bodø", admission="", price="14 900 kr inkl. lunsj og kursmateriell",
        language="nb", method="text", kind="Kurs uten studiepoeng", sessions="3 samlinger à 2 dager",
        provider="Nord universitet", target_group="Mellomledere og fagledere i kommunale omsorgstjenester"),
    ("nord.test", "/kurs/veiledning-og-coaching-for-ledere"): dict(     # broken HTML
        title="Veiledning og coaching for ledere", credits="15", locations="Levanger", part_time="Deltid",
        delivery="Samlinger og nettmøter", admission="Bachelorgrad og minst ett års ledererfaring", price="",
        language="nb", method="factbox"),
    ("evu.uit.test", "/en/health-management"): dict(
        title="Health Management, 30 ECTS", credits="30 ECTS", locations="Tromsø and online",
        part_time="Part-time over two semesters", delivery="Four on-campus gatherings and online seminars",
        admission="A bachelor's degree and at least two years of leadership experience in health or care services",
        price="NOK 28 000", language="en", method="factbox", kind="Further education, master's level",
        target_group="Leaders in municipal health and care services",
        provider="UiT The Arctic University of Norway"),
    ("hvl.test", "/intern/utkast-helseleiing"): dict(                   # never crawled, but a course page
        title="Helseleiing (utkast)", credits="15", locations="Sogndal", part_time="Deltid", language="nn",
        method="factbox"),
    ("usn.test", "/intern/helseledelse-utkast"): dict(
        title="UTKAST: Helseledelse", credits="15", locations="Drammen", language="nb", method="factbox"),
    ("vid.test", "/studier/verdibasert-ledelse"): dict(
        title="Verdibasert ledelse", credits="15", locations="Oslo", part_time="Deltid", language="nb",
        method="factbox"),
}

NOT_COURSES = [
    ("usn.test", "/"), ("usn.test", "/videreutdanning/"),                # listing: ItemList JSON-LD, cards
    ("usn.test", "/videreutdanning/index.page-2"), ("usn.test", "/videreutdanning/index.page-3"),
    ("usn.test", "/nyheter/ny-videreutdanning-i-helseledelse"), ("usn.test", "/404"),
    ("hvl.test", "/"), ("hvl.test", "/studier/"), ("hvl.test", "/nyheiter/opptak-2026"),
    ("inn.test", "/"), ("oslomet.test", "/"), ("oslomet.test", "/evu/"), ("nord.test", "/"),
    ("uit.test", "/"), ("evu.uit.test", "/"), ("vid.test", "/"),
]
