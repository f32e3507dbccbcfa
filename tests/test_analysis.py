"""The Norwegian analyzer, step by step; each example fails without the step it tests."""

from __future__ import annotations

import pickle

import pytest
from whoosh import fields, qparser
from whoosh.analysis import StemmingAnalyzer
from whoosh.filedb.filestore import RamStorage

from index.analysis import analyze, compound_parts, norwegian_analyzer, split_spans


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
