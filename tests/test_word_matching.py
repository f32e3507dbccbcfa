"""How a query word reaches offers that do not share its exact form (index/engine/ranking.py,
index/engine/spelling.py, index/analysis/): the topic a word names, a typo inside a longer
query, an inflection the stemmer leaves, an English title, a word no offer has, and a
fact (commissioned enrolment) stated as words. Each test fails without its mechanism."""

from __future__ import annotations

import pytest

from domain.records import build_record
from index.analysis import analyze
from index import Catalogue, open_catalogue
from index.engine.build import build_index
from index.engine.query import parse
from index.request import SearchRequest


def _catalogue(tmp_path, offers: dict[str, dict]) -> Catalogue:
    build_index([build_record({"id": k, "provider": "HVL", **v}) for k, v in offers.items()], tmp_path)
    return open_catalogue(tmp_path)


def _ids(catalogue: Catalogue, q: str) -> list[str]:
    return [r["id"] for r in catalogue.search(SearchRequest(q=q)).to_dict()["results"]]


FILLER = {f"f{i}": {"title": f"Økonomi og budsjett {i}", "description": "Regnskap for ledere."}
          for i in range(6)}


def test_a_word_that_names_a_topic_finds_offers_classified_under_it(tmp_path):
    cat = _catalogue(tmp_path, {
        "mangfold": {"title": "Mangfoldsledelse", "description": "Ledelse av en mangfoldig arbeidsstokk."},
        **FILLER})
    assert parse("fleirkulturelle").words[0].topics == ("mangfold",)
    # the offer never says "flerkulturell"/"fleirkulturell", but is classified under mangfold
    assert _ids(cat, "fleirkulturelle") == ["mangfold"]


def test_a_topic_on_most_of_the_catalogue_is_not_used(tmp_path):
    cat = _catalogue(tmp_path, {
        "a": {"title": "Økonomistyring"}, "b": {"title": "Kommuneøkonomi"}, "c": {"title": "Ledelse"}})
    # "budsjett" names the topic okonomi, which two of three offers have: it tells nothing
    assert parse("budsjett").words[0].topics == ("okonomi",)
    assert _ids(cat, "budsjett") == []


def test_a_typo_inside_a_longer_query_is_read_as_the_catalogue_word(tmp_path):
    cat = _catalogue(tmp_path, {"rett": {"title": "Helserett for ledere"},
                                "kom": {"title": "Kommunal planlegging"}, **FILLER})
    result = cat.search(SearchRequest(q="kommunal helserettt")).to_dict()
    assert result["query"]["corrections"] == {"helserettt": "helserett"}
    assert result["corrected_from"] == "kommunal helserettt"
    assert result["query"]["q"] == "kommunal helserett"
    assert {r["id"] for r in result["results"]} == {"rett", "kom"}
    # a known word is never "corrected"
    assert cat.search(SearchRequest(q="kommunal helserett")).to_dict()["corrected_from"] is None


def test_a_stem_finds_index_terms_that_go_on_by_a_few_letters(tmp_path):
    cat = _catalogue(tmp_path, {"m": {"title": "Veiledning, coaching, mentoring og ledelse"},
                                "o": {"title": "Ledelse i kommunen"}})
    assert _ids(cat, "mentor")[:1] == ["m"]
    assert "o" not in _ids(cat, "mentor")


def test_english_titles_meet_bokmal_queries():
    assert analyze("Administration") == analyze("administrasjon")
    assert analyze("management")[0] == analyze("ledelse")[0]


def test_english_titles_are_found_in_the_index(tmp_path):
    cat = _catalogue(tmp_path, {"mpa": {"title": "Master of Public Administration"}, **FILLER})
    assert _ids(cat, "offentlig administrasjon") == ["mpa"]


def test_a_word_no_offer_has_does_not_count_against_coverage(tmp_path):
    offers = {"all": {"title": "Planlegging av helsetjenester i kommunen"},
              "plan": {"title": "Omsorg i plan", "description": "Planlegging i kommunen."},
              "kurs": {"title": "Kommunikasjon for ledere"}, **FILLER}
    cat = _catalogue(tmp_path, offers)
    # "eldre" and "demens" are in no offer and near no catalogue word: the other words decide,
    # so an offer with two of the three others is found beside the one with all three
    q = "planlegging eldre demens kommunen helsetjenester"
    assert len(parse(q).words) == 5
    result = cat.search(SearchRequest(q=q)).to_dict()
    assert result["query"]["corrections"] == {}
    assert {"all", "plan"} <= {r["id"] for r in result["results"]}


@pytest.mark.parametrize("q", ["flere ledere", "fleire leiarar", "for egne ledere"])
def test_quantifiers_and_pronouns_are_not_query_words(q):
    assert [w.text.lower() for w in parse(q).words] in (["ledere"], ["leiarar"])


def test_commissioned_enrolment_is_stated_as_words(tmp_path):
    cat = _catalogue(tmp_path, {
        "o": {"title": "Lederutvikling", "description": "Søknadsfrist 15. april. Åpent for alle."},
        "k": {"title": "Lederutvikling", "description": "Bedriftsintern utdanning for kommunens ledere."}})
    assert cat.get("k").record["enrolment"] == "commissioned" and cat.get("o").record["enrolment"] == "open"
    assert _ids(cat, "bestille") == ["k"]            # neither page has the word
    assert _ids(cat, "lederutvikling bestilling")[0] == "k"


def test_the_speller_corrects_only_unknown_plain_words_near_enough():
    from index.engine.spelling import Speller
    speller = Speller(["helserett", "kommunal", "ledelse", "it"])
    assert speller.correct("helserettt") == "helserett"
    assert speller.correct("Kommunall") == "kommunal"
    assert speller.correct("helserett") is None          # known
    assert speller.correct("itt") is None                # too short to correct
    assert speller.correct("30stp") is None              # not a plain word
    assert speller.correct("zzzzqqqq") is None           # nothing near
    assert Speller(["mens"]).correct("demens") is None   # the first letter is kept
    assert Speller([]).correct("helserettt") is None


def test_a_swap_of_two_letters_is_one_edit():
    from index.engine.spelling import Speller, edit_distance
    assert edit_distance("ledlese", "ledelse") == 1
    assert edit_distance("helselednig", "helseledning") == 1
    assert edit_distance("demens", "deres") == 2
    assert Speller(["ledelse", "deres"]).correct("ledlese") == "ledelse"
    assert Speller(["ledelse", "deres"]).correct("demens") is None    # 2 edits in 6 letters


def test_only_a_few_words_of_a_long_query_are_corrected(tmp_path):
    from index.engine.spelling import MAX_CORRECTIONS
    cat = _catalogue(tmp_path, {"rett": {"title": "Helserett for ledere"}, **FILLER})
    q = " ".join(["helserettt"] + [f"qqqqzz{chr(97 + i)}xw" for i in range(10)])
    result = cat.search(SearchRequest(q=q)).to_dict()
    assert result["query"]["corrections"] == {"helserettt": "helserett"}
    assert [r["id"] for r in result["results"]] == ["rett"]
    # the budget is spent on the first unknown words: a typo after it stays as typed
    late = " ".join([f"qqqqzz{chr(97 + i)}xw" for i in range(MAX_CORRECTIONS)] + ["helserettt"])
    assert cat.search(SearchRequest(q=late)).to_dict()["query"]["corrections"] == {}


def test_uten_x_ranks_offers_with_x_lower(tmp_path):
    cat = _catalogue(tmp_path, {
        "stp": {"title": "Lederutdanning", "credits": "30"},
        "kurs": {"title": "Lederkurs", "credits": "0"}})
    plan = parse("lederkurs uten eksamen")
    assert [w.text for w in plan.words] == ["lederkurs"] and [w.text for w in plan.avoided] == ["eksamen"]
    ranked = cat.search(SearchRequest(q="ledelse uten eksamen")).to_dict()["results"]
    assert [r["id"] for r in ranked] == ["kurs", "stp"]          # both found, the exam-free first
    ranked = cat.search(SearchRequest(q="ledelse med eksamen")).to_dict()["results"]
    assert [r["id"] for r in ranked][0] == "stp"


def test_a_typo_in_the_head_of_a_compound_is_corrected():
    from index.engine.spelling import Speller
    speller = Speller(["medarbeider", "samtale", "samtaler"])
    assert speller.correct("medarbeidersamtaller") == "medarbeidersamtaler"
    assert speller.correct("medarbeidersamtaler") is None     # a valid compound is left alone


def test_uten_skips_function_words_and_does_not_outlive_an_exclusion():
    plan = parse("ledelse uten å ta eksamen")
    assert [w.text for w in plan.words] == ["ledelse"] and [w.text for w in plan.avoided] == ["eksamen"]
    plan = parse("kurs som ikke krever eksamen")
    assert [w.text for w in plan.avoided] == ["eksamen"]
    plan = parse("uten -helse ledelse")
    assert [w.text for w in plan.excluded] == ["helse"] and not plan.avoided
    assert [w.text for w in plan.words] == ["ledelse"]


def test_uten_x_alone_lists_offers_without_x_first(tmp_path):
    cat = _catalogue(tmp_path, {"stp": {"title": "Lederutdanning", "credits": "30"},
                                "kurs": {"title": "Lederkurs", "credits": "0"}})
    assert _ids(cat, "uten eksamen") == ["kurs", "stp"]


def test_a_compound_of_known_words_is_not_a_typo():
    from index.engine.spelling import Speller
    assert Speller(["forvaltning", "rett", "sett"]).correct("forvaltningsrett") is None


def test_corrections_leave_quoted_and_excluded_words_alone(tmp_path):
    cat = _catalogue(tmp_path, {"l": {"title": "Ledelse i helse"}, **FILLER})
    quoted = cat.search(SearchRequest(q='"ledlese i helse"')).to_dict()
    assert quoted["query"]["corrections"] == {} and quoted["corrected_from"] in (None, '"ledlese i helse"')
    plan = parse("ledlese -ledlese")
    plan.corrections["ledlese"] = "ledelse"
    assert plan.corrected_text() == "ledelse -ledlese"


def test_related_words_follow_inflections_not_stems():
    from index.analysis import related_map
    table = related_map()
    assert table["konflikter"] == table["konflikt"]
    assert "forsvaret" not in table and "forsvarlig" in table     # same Snowball stem, not related


def test_spell_off_searches_the_words_as_typed(client):
    r = client.get("/api/search", query_string={"q": "kommunal helserettt"}).get_json()
    assert r["query"]["corrections"] == {"helserettt": "helserett"}
    r = client.get("/api/search", query_string={"q": "kommunal helserettt", "spell": "off"}).get_json()
    assert r["query"]["corrections"] == {} and r["corrected_from"] is None
    assert r["query"]["q"] == "kommunal helserettt"
    assert client.get("/api/search", query_string={"q": "x", "spell": "maybe"}).status_code == 400
    # the page offers the search as typed, and that link keeps spell=off
    html = client.get("/", query_string={"q": "kommunal helserettt"}).get_data(as_text=True)
    assert "Søk bare etter «kommunal helserettt»" in html and "spell=off" in html
    assert "for «kommunal helserett»" in html       # the count names what was searched
