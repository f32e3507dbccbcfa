"""Round 25, fields: a start said by its month or by a study year, the semester fee as the only price, a degree a
study ends with, a part's credits named "coursework", side costs after "approx.", teaching forms said of something
else, experience one must have worked, a teacher's education, and a study's length "taken" over a study year.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines

_FACTS = "<p>Studiet gir 180 studiepoeng.</p><h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>"


def _lines(*pairs: tuple[str, str]) -> str:
    """Labels and values on lines of their own, as plain pages write them."""
    return "".join(f"<p>{label}</p><p>{value}</p>" for label, value in pairs)


# 1. A start said by its month alone takes its year from the deadline; a season said in a description valid for one
#    study year is that year's.
@pytest.mark.parametrize("body, start", [
    (_lines(("Oppstart", "August"), ("Ordinær søknadsfrist", "15. apr. 2023")), "2023-host"),
    (_lines(("Oppstart", "Januar"), ("Søknadsfrist", "1. oktober 2023")), "2024-var"),
    ("<p>Emnebeskrivelsen gjelder studieåret 2024-2025.</p>"
     + _lines(("Semester undervisningsstart", "Høst")), "2024-host"),
    ("<p>Emnebeskrivelsen gjelder studieåret 2023-2024.</p>"
     + _lines(("Semester undervisningsstart", "Vår")), "2024-var"),
    # traps: a month without any year on the page, and a study year that is past
    (_lines(("Oppstart", "August")), None),
    ("<p>Studieåret 2019-2020 var siste gang emnet ble gitt.</p>" + _lines(("Semester undervisningsstart", "Høst")), None),
])
def test_a_start_by_month_or_study_year(body, start):
    assert _record(f"<h1>Bachelor i rettsvitenskap</h1>{_FACTS}{body}")["start_term"] == start


# 2. "Ordinær søknadsfrist" and "Studiet varer" are labels.
def test_labels_of_a_deadline_and_a_length():
    record = _record("<h1>Bachelor i rettsvitenskap</h1>" + _lines(("Studiet varer", "3 år"), ("Studiepoeng", "180"),
                                                                    ("Ordinær søknadsfrist", "15. apr. 2023")))
    assert (record["duration_semesters"], record["application_deadline"]) == (6, "2023-04-15")


# 3. The semester fee as the price's only value: no study fee.
@pytest.mark.parametrize("text, price", [
    ("Semesteravgift", 0),
    ("Kun semesteravgift.", 0),
    ("Semester fee only", 0),
    # traps: the fee's amount, and the fee beside a price
    ("Semesteravgift kr 600", None),
    ("Studieavgift kr 12 000 pluss semesteravgift", 12000),
])
def test_the_semester_fee_as_the_only_price(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


def test_the_semester_fee_under_a_price_label():
    record = _record("<h1>Bachelor i rettsvitenskap</h1>" + _lines(("Studiepoeng", "180"), ("Pris", "Semesteravgift"),
                                                                    ("Ordinær søknadsfrist", "15. apr. 2023")))
    assert record["price_nok"] == 0


# 4. A deadline with the intake named between its word and its date.
@pytest.mark.parametrize("sentence, deadline", [
    ("Søknadsfristen i Utdanningsdirektoratets nye hovedopptak er 1. mars 2022.", "2022-03-01"),
    # trap: a date further off belongs to something else
    ("Søknadsfristen er ikke satt, men informasjonsmøtet om studiet og opptaket holdes 1. mars 2022.", None),
])
def test_a_deadline_with_its_intake_between(sentence, deadline):
    record = _record(f"<h1>Veilederutdanning for lærere</h1><p>Studiet gir 30 studiepoeng.</p><p>{sentence}</p>")
    assert record["application_deadline"] == deadline


# 5. The next round of a course given again and again is its start.
@pytest.mark.parametrize("text, start", [
    ("Neste runde med grunnkurs og oppdateringskurs kommer våren 2023.", "2023-var"),
    ("En ny runde av kurset kommer høsten 2024.", "2024-host"),
    # trap: a full course of a past term
    ("Det er fullt på grunnkurset høsten 2022.", None),
])
def test_the_next_round_is_the_start(text, start):
    record = _record("<h1>Autorisasjonskurs for plantevern</h1><p>Kurset har to dager teori og én dag praksis.</p>"
                     f"<p>{text}</p><p>Kurset koster kr 3300.</p>", url="https://x.test/kurs/plantevern")
    assert record["start_term"] == start


# 6. The state pays for an offer named by a compound of its kind.
@pytest.mark.parametrize("text, price", [
    ("Utdanningsdirektoratet finansierer Rektorutdanningen.", 0),
    ("Udir dekker Styrerutdanningen.", 0),
    # traps: the state pays for something that is no offer, or for another programme beside the stated fee
    ("Utdanningsdirektoratet finansierer forskningsprosjektet.", None),
    ("Utdanningsdirektoratet finansierer forskningsprogrammet.", None),
    ("Studieavgift: kr 30 000. Kunnskapsdepartementet finansierer forskerutdanningen.", 30000),
])
def test_the_state_pays_a_compound(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 7. A fagskole's own page of a study with short gatherings is one of its educations, no course without credits.
@pytest.mark.parametrize("url, kind", [
    ("https://fagskolen-innlandet.no/studier/landbruksfag/okologisk-landbruk", "fagskoleutdanning"),
    # traps: the same page on another host, and a course held in a fagskole's rooms
    ("https://x.test/studier/landbruksfag/okologisk-landbruk", "kurs"),
])
def test_a_fagskole_study_is_no_course_without_credits(url, kind):
    from crawler.extract import extract
    html = ("<h1>Økologisk landbruk</h1><p>Studiet er for bønder og rådgivere som vil legge om til økologisk drift.</p>"
            "<h2>Oppbygging</h2><p>Det er 22 samlinger, hver på én til tre dager.</p>")
    assert extract(html, url).offer["kind"] == kind


def test_a_course_in_a_fagskoles_rooms_is_without_credits():
    record = _record("<h1>Grunnleggende førstehjelp</h1><p>Holdes i fagskolens lokaler i Gjøvik. Det varer i fire timer."
                     "</p><p>Pris: kr 1 200.</p>", url="https://x.test/tilbud/forstehjelp")
    assert (record["kind"], record["credits_max"]) == ("non_credit", 0)


# 8. Experience as one route beside upper secondary school, which asks for none.
@pytest.mark.parametrize("text, years", [
    ("Du må oppfylle ett av kravene nedenfor: 1. Bestått videregående opplæring i naturbruk. "
     "2. Fem års relevant yrkespraksis og/eller annen skolegang.", None),
    # trap: every route asks for experience
    ("Du må oppfylle ett av kravene nedenfor: 1. Bestått videregående opplæring i naturbruk og tre års praksis. "
     "2. Fem års relevant yrkespraksis.", 3),
])
def test_experience_beside_upper_secondary(text, years):
    from domain.normalise import admission
    assert admission(text)["admission_experience_years"] == years


# 9. The degree a study ends with, before the courses it is made of.
@pytest.mark.parametrize("text, cmax, kind", [
    ("Dette er et treårig studium som avsluttes med graden Bachelor i IT-drift. I hvert semester går tre emner "
     "parallelt.", 180, "degree"),
    ("The programme leads to the degree of Master of Science. It has six course modules.", 120, "degree"),
    # traps: a course that may count towards a degree, and too few credits for one
    ("Emnet kan inngå i graden master i helseledelse.", 10, "single_course"),
    ("Videreutdanningen gir graden bachelor i sykepleie sammen med andre emner.", 30, "single_course"),
])
def test_the_degree_a_study_ends_with(text, cmax, kind):
    from domain.normalise import level_and_kind
    assert level_and_kind(text, "", credits_max=cmax)[1] == kind


# 10. An online course said in the title.
@pytest.mark.parametrize("title, delivery", [
    ("Stillaskurs inntil 9 meter – nettkurs", ["nett"]),
    ("Nettkurs i personvern", ["nett"]),
    # trap: a title with no teaching form
    ("Stillaskurs inntil 9 meter", []),
])
def test_an_online_course_in_the_title(title, delivery):
    record = _record(f"<h1>{title}</h1><p>Kurset gir ikke studiepoeng, og det varer i to dager.</p>"
                     "<p>Pris: kr 4 500.</p>", url="https://x.test/kurs/stillas")
    assert record["delivery"] == delivery


# 11. Travel and housing after "approx." are side costs, not the price.
@pytest.mark.parametrize("text, price", [
    ("Study trips: travel and housing estimated at approx. NOK 15,000 (Europe) and NOK 35,000 (Asia).", None),
    ("Reise og bolig: omtr. kr 8 000.", None),
    # traps: a fee said after "approx.", and a price after a side cost's sentence
    ("Tuition fee: approx. NOK 95,000.", 95000),
    ("Housing is not included. The programme fee is NOK 120,000.", 120000),
])
def test_side_costs_after_approx(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


def test_a_sentence_does_not_end_at_approx():
    record = _record("<h1>Executive MBA</h1><p>The programme is an Executive MBA of 90 ECTS credits.</p>"
                     "<h2>Tuition Fee and Costs</h2>"
                     "<ul><li>Study trips: travel and housing estimated at approx. NOK 15,000 (Europe).</li></ul>")
    assert record["price_nok"] is None


# 12. Teaching forms said of something else: aids that may not be online, a video sent with the application.
@pytest.mark.parametrize("text, forms", [
    ("Prøven tas med skriftlige hjelpemidler, så lenge de ikke er nettbaserte.", []),
    ("Legg gjerne ved materiale som viser prosjektet (tekst, lyd, video o.l.).", []),
    ("Upload a video with your application.", []),
    ("Du blir undervist på studiestedet.", ["campus"]),
    # traps: teaching online, lectures on video
    ("Undervisningen er nettbasert.", ["nett"]),
    ("Forelesningene gis som video.", ["video"]),
])
def test_forms_said_of_something_else(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 13. The years one must have worked, without "minst".
@pytest.mark.parametrize("text, years", [
    ("Du må ha en bachelorgrad. Etter bachelorgraden må du ha jobbet relevant og klient-/brukerrettet i to år.", 2),
    ("Applicants must have worked in the field for three years.", 3),
    # trap: years someone has worked, no requirement
    ("Du må ha en bachelorgrad. Faglærer Kari har jobbet i to år med temaet.", None),
])
def test_years_one_must_have_worked(text, years):
    from domain.normalise import admission
    assert admission(text)["admission_experience_years"] == years


# 14. A teacher's or a nurse's education is a bachelor.
@pytest.mark.parametrize("text, education", [
    ("Opptak krever at du er utdannet førskolelærer/barnehagelærer.", "bachelor"),
    ("Du må være utdannet sykepleier.", "bachelor"),
    # trap: a trained helper is no bachelor
    ("Du må være utdannet helsefagarbeider.", "other"),
])
def test_trained_as_a_teacher(text, education):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == education


# 15. Coursework beside a thesis is a part; the total in brackets is the programme's.
def test_coursework_is_a_part():
    record = _record("<h1>Master of Science in Logistics</h1><p>It is taught full time in Molde over two years "
                     "(120 ECTS credits), with coursework worth 90 ECTS credits and a thesis worth 30 ECTS credits.</p>")
    assert record["credits_max"] == 120
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["1506"]


# 16. A length "taken" over a study year; not the full-time length beside the part-time one.
@pytest.mark.parametrize("sentence, semesters", [
    ("Studiet gir 30 studiepoeng og tas som deltidsstudium i ett studieår.", 2),
    ("Studiet gir 30 studiepoeng og tas på deltid over to år.", 4),
    # trap: the full-time length first
    ("Studiet gir 120 studiepoeng og kan tas på heltid i to år eller på deltid i fire år.", None),
])
def test_a_length_taken_over_a_study_year(sentence, semesters):
    assert _record(f"<h1>Veilederutdanning</h1><p>{sentence}</p>")["duration_semesters"] == semesters


# 17. A study's admission page under "studieprogram-og-emner" is that study's sub-page.
@pytest.mark.parametrize("url, sub_page", [
    ("https://x.test/studieprogram-og-emner/samfunnsfag/risikostyring-og-samfunnssikkerhet/opptakskrav/", True),
    # trap: the catalogue's own admission page
    ("https://x.test/studieprogram-og-emner/opptakskrav/", False),
])
def test_a_sub_page_under_studieprogram_og_emner(url, sub_page):
    from crawler.recognise import address_sub_page
    assert address_sub_page(url) is sub_page


# 18. The applicant's degree is not the offer's kind.
@pytest.mark.parametrize("sentence, kind", [
    ("Har du en bachelor i ingeniørfag, får du tittelen sivilingeniør.", ""),
    ("If you hold a bachelor's degree in engineering, you may apply.", ""),
    # trap: the offer itself is a bachelor
    ("Dette er en bachelor i ingeniørfag.", "bachelor i"),
])
def test_the_applicants_degree_is_no_kind(sentence, kind):
    from crawler import prose
    lines = _page_lines(f"<h1>Opptakskrav</h1><p>{sentence}</p>")
    found = prose.kind(lines)
    assert (found.raw if found else "") == kind


# 19. The review's findings on the rules above (a helper's review of the round's rules commit, 2026-12-05), each
#     reproduced first: what the rules must not take, and near variants they must.
@pytest.mark.parametrize("body, start", [
    (_lines(("Oppstart", "August"), ("Søknadsfrist", "1. august 2023")), "2023-host"),
    (_lines(("Oppstart", "Januar"), ("Søknadsfrist", "15. januar 2024")), "2024-var"),
    (_lines(("Startsemester", "Oktober"), ("Påmeldingsfrist", "15.09.2023")), "2023-host"),
    ("<p>The start may be postponed if there are too few applicants.</p><p>Application deadline: 1 March 2024.</p>",
     None),
    ("<p>Denne emneplanen gjelder fra studieåret 2021-2022.</p>" + _lines(("Semester undervisningsstart", "Høst")), None),
])
def test_review_starts_by_month(body, start):
    assert _record(f"<h1>Bachelor i rettsvitenskap</h1>{_FACTS}{body}")["start_term"] == start


@pytest.mark.parametrize("sentence", [
    "Søknadsfrist kunngjøres senere, men første samling blir 12. september 2024.",
])
def test_review_a_start_is_no_deadline(sentence):
    record = _record(f"<h1>Videreutdanning i veiledning</h1><p>Studiet gir 30 studiepoeng.</p><p>{sentence}</p>")
    assert record["application_deadline"] is None


@pytest.mark.parametrize("text", [
    "Neste runde av eksamen er i desember 2024.",
    "Det blir ny runde med suppleringsopptak i juli 2024.",
    "Neste runde med tildeling av stipend skjer våren 2024.",
])
def test_review_other_rounds_are_no_start(text):
    record = _record("<h1>Autorisasjonskurs for plantevern</h1><p>Kurset har to dager teori og én dag praksis.</p>"
                     f"<p>{text}</p><p>Kurset koster kr 3300.</p>", url="https://x.test/kurs/plantevern")
    assert record["start_term"] is None


@pytest.mark.parametrize("text, years", [
    ("Generell studiekompetanse. Søkere over 25 år uten studiekompetanse må ha jobbet i 5 år.", None),
    ("Du må ha bachelorgrad i sykepleie. For å få fritak for praksisemnet må du ha jobbet i 2 år som sykepleier.", None),
    ("Bachelorgrad i sykepleie. Søkere med utenlandsk utdanning må ha jobbet i Norge i 1 år.", None),
    ("Du må ha bachelorgrad. Du må ha jobbet i 100 % stilling i to år.", 2),
])
def test_review_years_of_a_route_or_exemption(text, years):
    from domain.normalise import admission
    assert admission(text)["admission_experience_years"] == years


@pytest.mark.parametrize("text, education", [
    ("Du må være utdannet lærer med mastergrad.", "master"),
    ("Du må være utdannet barnehagelærer eller barne- og ungdomsarbeider.", "other"),
])
def test_review_a_teachers_education_with_more(text, education):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == education


@pytest.mark.parametrize("sentence, kind", [
    ("Etter tre år har du en bachelor i sykepleie.", "bachelor i"),
    ("Søkere må ha en bachelor i ingeniørfag.", ""),
    ("Studiet passer for deg som har en bachelor i ingeniørfag.", ""),
])
def test_review_the_graduates_degree_is_a_kind(sentence, kind):
    from crawler import prose
    lines = _page_lines(f"<h1>Sykepleie</h1><p>{sentence}</p>")
    found = prose.kind(lines)
    assert (found.raw if found else "") == kind


@pytest.mark.parametrize("text, forms", [
    ("Opptak skjer etter søknad, og all undervisning foregår på video.", ["video"]),
    ("Du laster opp arbeidskravene i Canvas, og forelesningene blir lagt ut som video.", ["video"]),
    ("Studentene sender inn refleksjonsnotat og følger undervisningen via video.", ["video"]),
    ("Undervisningen foregår på studiestedet.", ["campus"]),
    ("Du blir undervist på nett og på studiestedet.", ["campus", "nett"]),
])
def test_review_video_teaching_and_the_study_place(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


@pytest.mark.parametrize("title", ["Utvikling av nettkurs", "Lag ditt eget nettkurs"])
def test_review_nettkurs_as_a_subject(title):
    record = _record(f"<h1>{title}</h1><p>Studiet gir 10 studiepoeng. Undervisningen foregår på campus i Bergen.</p>")
    assert record["delivery"] == ["campus"]


@pytest.mark.parametrize("text, price", [
    ("The course in sustainable housing costs NOK 9,500.", 9500),
    ("Housing Policy and Planning (10 ECTS): NOK 12,000.", 12000),
    ("Kun semesteravgift til studentsamskipnaden.", 0),
    ("Kun semesteravgift (ca. kr 600).", 0),
])
def test_review_housing_as_a_subject_and_the_fee_alone(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


@pytest.mark.parametrize("sentence", [
    "Studiet gir 180 studiepoeng. Deler av studiet kan tas i ett semester ved et partneruniversitet.",
    "Studiet gir 180 studiepoeng. Utvekslingsoppholdet tas i ett semester i 5. semester.",
    "Studiet gir 60 studiepoeng og kan tas i ett år på heltid eller to år på deltid.",
])
def test_review_a_part_taken_is_no_length(sentence):
    assert _record(f"<h1>Veilederutdanning</h1><p>{sentence}</p>")["duration_semesters"] is None


def test_review_other_findings():
    from crawler.recognise import address_sub_page
    from domain.normalise import level_and_kind
    # a course in a programme that leads to a degree, no credits stated
    assert level_and_kind("Emne i masterprogrammet, som fører fram til graden master i helseledelse", "",
                          credits_max=None)[1] == "single_course"
    # the programme's coursework, said of the whole
    record = _record("<h1>Master of Science in Logistics</h1>"
                     "<p>The programme consists of 120 ECTS credits of coursework and research.</p>")
    assert record["credits_max"] == 120
    # a catalogue's part for a pace
    assert address_sub_page("https://x.test/studieprogram-og-emner/deltid/opptak/") is False
    # a partner's town
    record = _record("<h1>Master of Science in Logistics</h1><p>The programme gives 120 ECTS credits.</p>"
                     "<p>It is taught in collaboration with NTNU in Trondheim.</p>")
    assert record["locations"] == []
