"""Norwegian text analysis for Whoosh: bokmål and nynorsk, compounds, synonyms, stemming.

The pipeline (`pipeline.py`), in the style of whoosh.analysis (small composable filters):

    NorwegianTokenizer        words, keeping æ ø å and inner hyphens ("e-helse", "IKT-kompetanse");
                              a suspended hyphen ("helse- og omsorg") leaves "helse", marked as
                              suspended; a decimal number stays one token ("7,5", "7.5" → "7,5")
    LowercaseFilter
    SuspendedHyphenFilter     "helse- og omsorgstjenesten" also yields "helsetjenesten" (the suspended
                              word completed with the head of the compound after the conjunction)
    NynorskFilter             nynorsk → bokmål (leiing → ledelse, tenester → tjenester) from data/nynorsk.tsv,
                              and the English words of English titles (management → ledelse) from
                              data/english.tsv
    SynonymFilter             domain synonyms to one canonical word (stp/ECTS → studiepoeng) from data/synonyms.tsv
    CompoundFilter            the whole word, then its parts at the same position: helseledelse → helse + ledelse,
                              omsorgstjeneste → omsorg + tjeneste (Norwegian linking -s- and -e-); nested
                              compounds also give their inner parts (primærhelsetjenesten → primær +
                              helsetjenesten → helse + tjenesten); a head with a synonym gives a variant
                              of the whole word (helserett → helsejuss, data/head_synonyms.tsv)
    StemFilter                the Norwegian Snowball stemmer on every token, then stem groups that join
                              derived forms (leder/ledere/ledelse → led, data/stem_groups.tsv), also as
                              the head of a compound (enhetsledere ≡ enhetsledelse)

The modules, one concern each: `words.py` (the word lists and tables of data/, nynorsk and
English → bokmål, synonyms, the lexicon), `snowball.py` (the stemmer, one per thread),
`compounds.py` (compound parts and suspended hyphens), `stemming.py` (the stem the index keeps),
`pipeline.py` (the analyzer) and `forms.py` (a query word's weighted forms for ranking).

Compound parts must be known words: data/domain_words.txt (curated) and data/words_nb.txt
(frequent words of the seed corpus, made by scripts/build_wordlist.py); parts shorter than
MIN_PART only from data/short_parts.txt ("jus", "fag"). Part tokens carry the
character span of the part, so highlighting marks the matched part of a compound.
The heavy data is module-level and loaded once; the filters themselves hold nothing and pickle
cleanly into the Whoosh schema. A generation keeps its pickled schema, and generations built
before the analysis was a package name its filters `index.analysis.<Filter>`: they are
imported here so those generations still open.
"""

from index.analysis.compounds import (CONJUNCTIONS, complete_suspended, compound_parts, compound_tokens,
                                      expand_suspended, leaf_spans, part_stems, split_spans, suspended_groups)
from index.analysis.forms import RELATED_WEIGHT, WordForms, word_forms
from index.analysis.pipeline import (CompoundFilter, NorwegianTokenizer, NynorskFilter, StemFilter,
                                     SuspendedHyphenFilter, SynonymFilter, analyze, analyze_kinds,
                                     norwegian_analyzer)
from index.analysis.snowball import stem
from index.analysis.stemming import stem_word
from index.analysis.words import (DATA, INFLECTIONS, MIN_PART, SHORT_PART, acronym_map, english_map,
                                  head_synonym_map, lexicon, normal, nynorsk_map, part_words, related_map,
                                  short_parts, stem_group_map, synonym_map, to_bokmal)

__all__ = [
    "CONJUNCTIONS", "DATA", "INFLECTIONS", "MIN_PART", "RELATED_WEIGHT", "SHORT_PART",
    "CompoundFilter", "NorwegianTokenizer", "NynorskFilter", "StemFilter", "SuspendedHyphenFilter",
    "SynonymFilter", "WordForms",
    "acronym_map", "analyze", "analyze_kinds", "complete_suspended", "compound_parts", "compound_tokens",
    "english_map", "expand_suspended", "head_synonym_map", "leaf_spans", "lexicon", "normal",
    "norwegian_analyzer", "nynorsk_map", "part_stems", "part_words", "related_map", "short_parts",
    "split_spans", "stem", "stem_group_map", "stem_word", "suspended_groups", "synonym_map", "to_bokmal",
    "word_forms",
]
