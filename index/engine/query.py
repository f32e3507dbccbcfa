"""User query text → a query plan. Any string is safe: there is no query syntax to break.

What a user can write: words (ranked so that more matching words rank higher),
"quoted phrases" (required), -word or NOT word (excluded), "uten X" / "ikke X" (offers
with X rank lower: "lederkurs uten eksamen"). Whoosh operators and
special characters are treated as plain text; the text is cut to a sane
length; control characters and null bytes are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.topics import classify
from index.analysis import WordForms, expand_suspended, norwegian_analyzer, suspended_groups, word_forms

MAX_QUERY_CHARS = 500
MAX_WORDS = 24

# Function words that carry no topic (bokmål, nynorsk, English); dropped from
# queries unless the query has nothing else.
STOPWORDS = frozenset("""
og i for av med på til en et ei som er å fra om det den de eller at ved innen
innan frå ein eit dei kva korleis hvordan hva kan skal vil være vere har
flere fleire mange noen nokre nokon alle egen egne eigen eigne sin sine sitt vår våre
vårt min mine mitt meg oss vi jeg eg du dere man seg
ta tar ha gi gir få får krever kreve krev trenger treng må bli blir gjøre
the of and in for to on with a an at by
""".split())

_QUOTED = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\d+[.,]\d+(?![^\W_])|[^\W_]+(?:[-'][^\W_]+)*-?", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT", "TO"}
# "lederkurs uten eksamen": the word after one of these is one the user would rather not see
NEGATORS = frozenset({"uten", "utan", "ikke", "ikkje", "without"})


@dataclass
class Word:
    text: str
    tokens: list[str]  # analyzed tokens; the first is the whole word, the rest its parts/synonyms
    forms: WordForms | None = None  # the same tokens by role, for ranking (None: tokens[0] is the word)
    group: int | None = None  # words of one "helse- og omsorgstjenesten" coordination share a group
    topics: tuple[str, ...] = ()  # the catalogue topics the word names (domain.topics rules)

    @property
    def wholes(self) -> list[tuple[str, float]]:
        """(token, weight) for the word itself, its variants and related words."""
        return self.forms.wholes if self.forms else [(self.tokens[0], 1.0)]

    @property
    def parts(self) -> list[tuple[list[tuple[str, float]], list[str]]]:
        """For a compound or acronym: each part's weighted alternatives and inner leaves."""
        return self.forms.parts if self.forms else [([(t, 1.0)], []) for t in self.tokens[1:]]


@dataclass
class QueryPlan:
    text: str = ""
    words: list[Word] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)  # required phrases (their words as typed)
    excluded: list[Word] = field(default_factory=list)
    avoided: list[Word] = field(default_factory=list)   # "uten X": offers with X rank lower
    typed: frozenset[str] = frozenset()   # words as typed outside quotes (lower-cased)
    truncated: bool = False
    corrections: dict[str, str] = field(default_factory=dict)  # typo → catalogue word, set by the search

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    def corrected_text(self) -> str:
        """The query text with each corrected word replaced (as a user would retype it)."""
        text = self.text
        for typo, fixed in self.corrections.items():   # not an excluded "-typo"
            text = re.sub(rf"(?<![\w-]){re.escape(typo)}(?![^\W_])", fixed, text, flags=re.IGNORECASE)
        return text

    def terms(self) -> set[str]:
        """Every analyzed token (for highlighting)."""
        return {t for w in self.words for t in w.tokens}


def clean(text: str | None) -> tuple[str, bool]:
    text = "" if text is None else str(text)
    text = re.sub(r"[\x00-\x1f\x7f]+", " ", text)
    truncated = len(text) > MAX_QUERY_CHARS
    return " ".join(text[:MAX_QUERY_CHARS].split()), truncated


def analyze_word(word: str) -> list[str]:
    tokens = [t.text for t in norwegian_analyzer()(word, mode="query")]
    out: list[str] = []
    for t in tokens:
        if t and t not in out:
            out.append(t)
    return out


def word(text: str) -> Word | None:
    """A query word with its analyzed tokens and their roles (None when nothing is left)."""
    forms = word_forms(text)
    if not forms:
        return None
    tokens = analyze_word(text)
    if not tokens:
        return None
    topics = tuple(classify(text))
    if len(forms) == 1:   # related words and acronym expansions are searched too (and highlighted)
        tokens += [t for t in forms[0].tokens if t not in tokens]
        return Word(text, tokens, forms[0], topics=topics)
    # a "word" that the tokenizer splits: rank by its first piece, match by any
    return Word(text, tokens, topics=topics)


def parse(text: str | None) -> QueryPlan:
    cleaned, truncated = clean(text)
    plan = QueryPlan(text=cleaned, truncated=truncated)
    for phrase in _QUOTED.findall(cleaned):
        words_in_phrase = [w.strip("-'") for w in _WORD.findall(phrase) if w.strip("-'")]
        if len(words_in_phrase) > 1:
            plan.phrases.append(words_in_phrase)
    rest = _QUOTED.sub(" ", cleaned).replace('"', " ").split()
    plan.typed = frozenset(w.strip("-'").lower() for r in rest if not r.startswith("-")
                           for w in _WORD.findall(r))
    groups = suspended_groups(rest)
    words: list[str] = []
    word_group: dict[str, int] = {}
    negate_next = avoid_next = False
    for raw, group in zip(expand_suspended(rest), groups):
        if raw in _OPERATORS:
            negate_next = raw == "NOT"
            continue
        if raw.lower() in NEGATORS:
            avoid_next = True
            continue
        negate = negate_next or raw.startswith("-")
        negate_next = False
        if avoid_next and raw.lower().strip(",.;:!?") in STOPWORDS:   # "uten å ta eksamen"
            continue
        if avoid_next:
            avoid_next = False
            if not negate:
                tokens = analyze_word(raw.strip("-'"))
                if tokens:
                    plan.avoided.append(Word(raw, tokens))
                continue
        for w in _WORD.findall(raw):
            w = w.strip("-'")
            if not w:
                continue
            if negate:
                tokens = analyze_word(w)
                if tokens:
                    plan.excluded.append(Word(w, tokens))
            else:
                words.append(w)
                if group is not None:
                    word_group.setdefault(w.lower(), group)
    for phrase in _QUOTED.findall(cleaned):
        words.extend(x.strip("-'") for x in _WORD.findall(phrase))
    content = [w for w in words if w.lower() not in STOPWORDS] or words
    seen: set[str] = set()
    for w in content[:MAX_WORDS]:
        key = w.lower()
        if key in seen:
            continue
        seen.add(key)
        item = word(w)
        if item is not None:
            item.group = word_group.get(key)
            plan.words.append(item)
    return plan


def surface_phrase(words: list[str]):
    """A regex for the words in a row as written (hyphens and spaces between them alike);
    the last word may go on as a compound or inflection: "helse og omsorg" matches
    "helse- og omsorgstjenestene"."""
    words = [w.strip("-'").lower() for w in words if w.strip("-'")]
    if len(words) < 2 or len(words) > 8:
        return None
    return re.compile(r"\b" + r"[\s\-–]+".join(re.escape(w) for w in words))
