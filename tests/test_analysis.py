"""The Norwegian analyzer, step by step; each example fails without the step it tests."""

from __future__ import annotations

import pickle

import pytest
from whoosh import fields, qparser
from whoosh.analysis import StemmingAnalyzer
from whoosh.filedb.filestore import RamStorage

from index.analysis import (RELATED_WEIGHT, analyze, compound_parts, expand_suspended, norwegian_analyzer,
                            split_spans, stem_word, suspended_groups, word_forms)
from index.engine.schema import facts_text


def shares(a: str, b: str) -> bool:
    return bool(set(analyze(a)) & set(analyze(b)))


@pytest.mark.parametrize("compound,parts", [
    ("helseledelse", ["helse", "ledelse"]),
    ("endringsledelse", ["endring", "ledelse"]),
    ("personalledelse", ["personal", "ledelse"]),
    ("omsorgstjeneste", ["omsorg", "tjeneste"]),
    ("kommuneøkonomi", ["kommune", "økonomi"]),
    ("økonomistyring", ["økonomi", "styring"]),
    ("tjenesteutvikling", ["tjeneste", "utvikling"]),
    ("kvalitetsforbedring", ["kvalitet", "forbedring"]),
    ("velferdsteknologi", ["velferd", "teknologi"]),
    ("helserett", ["helse", "rett"]),
    ("arbeidsrett", ["arbeid", "rett"]),
    ("lederutdanning", ["leder", "utdanning"]),
    ("studiested", ["studie", "sted"]),
    ("samlingsbasert", ["samling", "basert"]),
    ("ikt-kompetanse", ["ikt", "kompetanse"]),
])
def test_compounds_split_into_known_parts_with_linking_s_and_e(compound, parts):
    assert compound_parts(compound) == parts


@pytest.mark.parametrize("word", ["ledelse", "lederen", "tjenester", "sted", "omsorg", "helse", "utdanning",
                                  "kommunene", "samhandling", "økonomi"])
def test_simple_words_are_not_split(word):
    assert split_spans(word) == ()


def test_a_query_word_meets_the_part_of_a_compound():
    # plain stemming never matches these: "helseledelse" → "helseled", "ledelse" → "led"
    plain = StemmingAnalyzer()
    assert not {t.text for t in plain("helseledelse")} & {t.text for t in plain("ledelse")}
    assert shares("ledelse", "helseledelse")
    assert shares("ledelse", "endringsledelse")
    assert shares("økonomi", "kommuneøkonomi")
    assert shares("økonomi", "økonomistyring")
    assert shares("rett", "helserett")


def test_nynorsk_and_bokmal_meet():
    assert set(analyze("leiing")) == set(analyze("ledelse"))
    assert set(analyze("tenester")) == set(analyze("tjenester"))
    assert set(analyze("studiestad")) == set(analyze("studiested"))
    nn = set(analyze("leiing i helse- og omsorgstenestene"))
    nb = set(analyze("ledelse i helse- og omsorgstjenestene"))
    assert nn == nb


@pytest.mark.parametrize("a,b", [("stp", "studiepoeng"), ("ECTS", "studiepoeng"), ("30 sp", "30 studiepoeng"),
                                 ("e-helse", "velferdsteknologi"), ("EVU", "videreutdanning"),
                                 ("jus", "juss")])
def test_domain_synonyms_are_one_thing(a, b):
    assert set(analyze(a)) == set(analyze(b))


def test_letters_and_suspended_hyphens():
    assert analyze("Økonomi på Ås")[0] == "økonomi"
    assert "å" in "".join(analyze("Ås"))
    assert analyze("helse- og omsorg")[:2] == ["hels", "og"]


def test_parts_carry_their_own_character_span_for_highlighting():
    tokens = [(t.text, t.startchar, t.endchar) for t in norwegian_analyzer()("om helseledelse", chars=True)]
    assert ("led", 8, 15) in tokens          # "ledelse" inside "helseledelse"
    assert ("helseled", 3, 15) in tokens


def test_the_analyzer_pickles_into_a_schema():
    ana = pickle.loads(pickle.dumps(norwegian_analyzer()))
    assert [t.text for t in ana("helseledelse")] == analyze("helseledelse")


def test_in_a_real_index():
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT(analyzer=norwegian_analyzer()))
    ix = RamStorage().create_index(schema)
    w = ix.writer()
    docs = {"a": "Helseledelse for enhetsledere", "b": "Leiing i helse- og omsorgstenestene",
            "c": "Helserett og forvaltningsrett", "d": "Kommuneøkonomi og budsjett",
            "e": "Kurs i helse- og omsorgstjenester"}
    for k, v in docs.items():
        w.add_document(id=k, body=v)
    w.commit()
    parser = qparser.QueryParser("body", ix.schema)

    def ids(q):
        with ix.searcher() as s:
            return {hit["id"] for hit in s.search(parser.parse(q))}
    assert ids("ledelse") == {"a", "b"}
    assert ids("leiing") == {"a", "b"}
    assert ids("økonomi") == {"d"}
    assert ids("rett") == {"c"}
    assert ids('"helse og omsorg"') == {"b", "e"}   # a phrase ending inside a compound


# -- issue 6: steps added for search relevance ----------------------------------------------

def test_a_suspended_hyphen_is_completed_with_the_head_of_the_next_compound():
    tokens = analyze("ledelse i helse- og omsorgstjenesten")
    assert "helsetjenest" in tokens                     # helse- … -tjenesten
    assert "helsetjenest" in analyze("leiing i helse- og omsorgstenestene")   # nynorsk too
    assert "kommunehelsetjenest" in analyze("kommune- og spesialisthelsetjenesten")
    assert {"helsetjenest", "sosialtjenest"} <= set(analyze("helse-, sosial- og omsorgstjenester"))
    assert expand_suspended(["helse-", "og", "omsorgstjenesten"]) == ["helsetjenesten", "og", "omsorgstjenesten"]
    assert expand_suspended(["helse-", "og", "omsorg"]) == ["helse-", "og", "omsorg"]   # nothing to complete


def test_nested_compounds_give_their_inner_parts():
    # primær + helsetjenesten, and helsetjenesten → helse + tjenesten
    assert {"primær", "helsetjenest", "hels", "tjenest"} <= set(analyze("primærhelsetjenesten"))
    assert "tjenest" in analyze("spesialisthelsetjenesten")
    assert shares("tenesteutvikling", "primærhelsetjenesten")


def test_listed_three_letter_parts_split_compounds():
    assert compound_parts("helsejus") == ["helse", "juss"]
    assert compound_parts("helsefag") == ["helse", "fag"]
    assert split_spans("tverrfaglig") == ()      # "lig" is no part


def test_a_head_synonym_joins_helserett_and_helsejuss_but_not_rett_alone():
    assert "helsejuss" in analyze("helserett") and "helsejuss" in analyze("helsejus")
    assert analyze("helsejuss")[0] == "helsejuss"
    assert "juss" not in analyze("rett")


def test_stem_groups_join_leader_and_leadership_also_as_compound_heads():
    assert set(analyze("ledere")) == set(analyze("ledelse")) == set(analyze("lederne")) == {"led"}
    assert set(analyze("leiarar")) == {"led"}
    assert analyze("enhetsledere")[0] == analyze("enhetsledelse")[0] == "enhetsled"
    assert analyze("kommunal") == analyze("kommune")
    assert set(analyze("kommunal økonomi")) <= set(analyze("kommuneøkonomi"))
    assert analyze("veileder") != analyze("leder")   # not a compound of "leder"


def test_a_decimal_number_is_one_token():
    assert analyze("7,5 studiepoeng") == analyze("7.5 stp") == ["7,5", "studiepoeng"]
    assert "5" not in analyze("emner på 7,5 sp")


def test_acronyms_stand_for_their_words_in_a_query():
    (hms,) = word_forms("HMS")
    assert [alts for alts, _ in hms.parts] == [[("hels", 1.0)], [("miljø", 1.0)], [("sikker", 1.0)]]
    (mpa,) = word_forms("MPA")
    assert ("offent", 1.0) in mpa.parts[1][0]
    assert word_forms("helse")[0].parts == []


def test_related_words_count_at_a_lower_weight():
    (word,) = word_forms("samarbeid")
    assert word.wholes[0] == ("samarbeid", 1.0)
    assert ("samhandling", RELATED_WEIGHT) in word.wholes and RELATED_WEIGHT < 1
    (part_of,) = word_forms("leiarutdanning")
    assert ("opplæring", RELATED_WEIGHT) in part_of.parts[1][0]


def test_credits_are_stated_in_the_facts_text():
    assert facts_text({"credits_min": 30.0, "credits_max": 30.0}).split() == ["30", "studiepoeng", "eksamen"]
    assert facts_text({"credits_min": 7.5, "credits_max": 30.0}).split() == ["7,5", "30", "studiepoeng", "eksamen"]
    assert "30" in analyze(facts_text({"credits_min": 15.0, "credits_max": 30.0}))
    assert facts_text({"credits_min": 0.0, "credits_max": 0.0}) == ""


def test_a_coordination_with_suspended_hyphens_is_one_concept_of_the_query(tmp_path):
    from domain.records import build_record
    from index.engine.build import build_index
    from index import open_catalogue
    from index.engine.query import parse
    from index.request import SearchRequest

    assert suspended_groups(["leiing", "i", "helse-", "og", "omsorgstenestene"]) == [None, None, 0, 0, 0]
    assert suspended_groups(["helse-", "og", "omsorg"]) == [None, None, None]     # nothing completed
    assert [w.group for w in parse("leiing i helse- og omsorgstenestene").words] == [None, 0, 0]
    offers = {"a": "Helseledelse", "b": "Ledelse i omsorgstjenesten", "c": "Kommuneøkonomi"}
    build_index([build_record({"id": k, "title": v, "provider": "HVL"}) for k, v in offers.items()], tmp_path)
    found = {r["id"] for r in open_catalogue(tmp_path).search(
        SearchRequest(q="leiing i helse-, sosial- og omsorgstenestene")).to_dict()["results"]}
    # each covers the query: leadership, and one of "the health, social and care services"
    # (as four separate words, "Helseledelse" would cover too little of the query to be found)
    assert found == {"a", "b"}


def test_leader_training_names_split_into_their_parts():
    assert compound_parts("lederopplæring") == ["leder", "opplæring"]
    assert compound_parts("lederskolen") == ["leder", "skolen"]          # not leder + s + "kolen"
    assert "topp" in compound_parts("toppleder")


def test_health_professions_and_staff_have_related_words():
    nurses = word_forms("sykepleiere")[0]
    assert (stem_word("helse"), RELATED_WEIGHT) in nurses.wholes
    staff = word_forms("medarbeidere")[0]
    assert (stem_word("personalledelse"), RELATED_WEIGHT) in staff.wholes


def test_offers_for_the_catalogues_audience_rank_first_when_the_text_ties(tmp_path):
    from domain.records import build_record
    from index.engine.build import build_index
    from index import open_catalogue
    from index.request import SearchRequest

    offers = [build_record({"id": "alle", "title": "Ledelse og økonomi", "provider": "BI",
                            "target_group": "Ledere i alle sektorer"}),
              build_record({"id": "helse", "title": "Ledelse og økonomi", "provider": "BI",
                            "target_group": "Ledere i helse- og omsorgstjenesten"})]
    assert offers[1]["target"] == ["helse"] and "helse" not in offers[0]["target"]
    build_index(offers, tmp_path)
    ranked = [r["id"] for r in open_catalogue(tmp_path).search(SearchRequest(q="økonomi ledelse")).to_dict()["results"]]
    assert ranked == ["helse", "alle"]
