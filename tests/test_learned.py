"""The learned second opinion on recognition (crawler/learned.py): its features, its arithmetic,
its weights file, and how extraction uses it. The figures it reaches are in
bench/results/recogniser.md and extract.md, the floors in test_realpages.py."""

from __future__ import annotations

import json
import os
import logging
import math

import pytest

from crawler import learned, recognise
from crawler.blocks import Line
from crawler.extract import extract

PAGE = ("<html><body><main><h1>{title}</h1><p>{text}</p></main></body></html>")


def _features(**over):
    args = dict(title="Master i ledelse", url="https://hogskole.test/studier/master-ledelse/", lines=[],
                rule_is_course=True, score=7, reason="score 7: credits label, facts admission,price",
                facts=["admission", "price"], prose_facts=["start"], prose_credits=False)
    args.update(over)
    return learned.features(**args)


def test_the_rules_reason_becomes_stable_evidence_names():
    assert recognise.evidence_names("score 7: credits label, facts admission,price, the offer is the subject of 3 sentences") \
        == ["why:credits label", "why:facts", "why:the offer is the subject of  sentences"]
    assert recognise.evidence_names("score 2: studies in the plural (5 against 1)") == ["why:studies in the plural"]
    assert recognise.evidence_names("news") == ["veto:news"]
    assert recognise.evidence_names("a general page (Opptakskrav)") == ["veto:a general page"]
    assert recognise.evidence_names("listing: one label has 3 values") == ["veto:listing"]
    assert recognise.evidence_names("score 0") == [] and recognise.evidence_names("score 0: ") == []    # no evidence, no feature
    # which facts sentences state is in the pf: features; the evidence is one name, as "facts" is
    assert recognise.evidence_names("score 5: title, sentences state deadline,price") == ["why:title", "why:sentences state"]


def test_words_are_letters_of_any_alphabet_and_addresses_are_read_decoded():
    typed = _features(url="https://x.test/studier/søknad-málaga/", title="Kurs i Málaga – čevapi")
    crawled = _features(url="https://x.test/studier/s%C3%B8knad-m%C3%A1laga/", title="Kurs i Málaga – čevapi")
    assert typed == crawled and typed["u:søknad"] == typed["u:málaga"] == 1.0
    assert typed["t:málaga"] == typed["t:čevapi"] == 1.0 and "t:m" not in typed
    digits_only = _features(lines=[Line("2024", "label", value="x")])
    assert not any(k == "l:" for k in digits_only)          # a label of no letters names nothing


def test_features_carry_the_rules_verdict_and_the_page_s_words():
    lines = [Line("Opptakskrav", "heading", level=2), Line("Studiepoeng", "label", value="30"),
             Line("Kurset går over to semestre", "text", section="Opptakskrav"),
             Line("Andre studier: Master i økonomi", "link", related=True)]
    f = _features(lines=lines)
    assert f["rule"] == 1.0 and f["score"] == 0.7
    assert f["why:credits label"] == f["why:facts"] == 1.0
    assert f["fact:admission"] == f["fact:price"] == f["pf:start"] == 1.0 and f["prose_credits"] == 0.0
    assert f["t:master"] == f["t:ledelse"] == 1.0
    assert f["u:studier"] == f["u:master"] == 1.0 and "u:hogskole" not in f     # the path, not the host
    assert f["h:opptakskrav"] == 1.0 and f["l:studiepoeng"] == 1.0
    assert f["w:semestre"] == 1.0
    assert "w:økonomi" not in f                 # a related study's words are not this page's
    assert f["nlines"] == pytest.approx(4 / 200)
    assert _features(rule_is_course=False, score=0, reason="news")["rule"] == 0.0


def test_the_probability_is_the_logistic_of_the_weighted_sum():
    model = learned.Model(-1.0, {"a": 2.0, "b": -0.5})
    assert model.probability({"a": 1.0, "b": 1.0, "unknown": 1.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))
    huge = learned.Model(0.0, {"a": 1e6})
    assert huge.probability({"a": 1.0}) == pytest.approx(1.0) and huge.probability({"a": -1.0}) < 1e-20
    assert model.strongest({"a": 1.0, "b": 1.0, "c": 1.0}) == ["a +2.0", "b -0.5"]


def test_a_missing_or_broken_weights_file_leaves_the_rules_to_decide(tmp_path, caplog):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"weights": [1, 2]}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="crawler.learned"):
        assert learned.load(str(tmp_path / "missing.json")) is None
        assert learned.load(str(broken)) is None
        assert learned.load(str(wrong)) is None
    assert caplog.text.count("the rules decide alone") == 3
    good = tmp_path / "good.json"
    good.write_text(json.dumps(learned.Model(0.5, {"t:kurs": 1.0}).to_json()), encoding="utf-8")
    assert learned.load(str(good)).weights == {"t:kurs": 1.0}


def test_a_broken_weights_file_that_is_replaced_is_read_again(tmp_path):
    """A process that once found the file broken (or missing) uses the fixed file without a restart."""
    weights = tmp_path / "recogniser.json"
    assert learned.load(str(weights)) is None                         # missing
    weights.write_text("{not json", encoding="utf-8")
    assert learned.load(str(weights)) is None                         # broken
    weights.write_text(json.dumps(learned.Model(0.5, {"t:kurs": 1.0}).to_json()), encoding="utf-8")
    os.utime(weights, ns=(1, 1))                                      # (a new stamp even on a coarse clock)
    assert learned.load(str(weights)).weights == {"t:kurs": 1.0}
    weights.write_text(json.dumps(learned.Model(0.5, {"t:kurs": 2.0}).to_json()), encoding="utf-8")
    os.utime(weights, ns=(2, 2))
    assert learned.load(str(weights)).weights == {"t:kurs": 2.0}    # refitted: the new weights


def test_the_model_can_overrule_the_rules_and_says_so(monkeypatch):
    page = PAGE.format(title="Zebrastriper", text="Zebra zebra.")
    assert not extract(page, "https://x.test/a").is_course          # shipped weights: nothing like a course
    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(-1.0, {"w:zebra": 5.0}))
    result = extract(page, "https://x.test/a")
    assert result.is_course and result.recognition["rules"] is False
    assert result.recognition["probability"] == pytest.approx(1 / (1 + math.exp(-4.0)), abs=1e-4)
    assert "overrules the rules" in result.reason and "w:zebra +5.0" in result.reason
    assert result.offer["title"] == "Zebrastriper"
    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(-9.0, {}))
    course = PAGE.format(title="Master i ledelse", text="Studiet gir 30 studiepoeng.") \
        .replace("</main>", "<dl><dt>Studiepoeng</dt><dd>30</dd><dt>Opptakskrav</dt><dd>Bachelor</dd></dl></main>")
    vetoed = extract(course, "https://x.test/b")
    assert vetoed.recognition["rules"] is True and not vetoed.is_course and "overrules" in vetoed.reason


def test_structured_data_is_not_second_guessed(monkeypatch):
    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(-50.0, {}))   # "never a course"
    jsonld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Course", '
              '"name": "Ledelse i helsetjenesten"}</script>')
    result = extract(f"<html><head>{jsonld}</head><body><h1>Ledelse i helsetjenesten</h1></body></html>",
                     "https://x.test/c")
    assert result.is_course and result.recognition == {}


def test_without_weights_the_rules_decide_and_the_reason_is_theirs(monkeypatch):
    monkeypatch.setattr(learned, "load", lambda path=None: None)
    result = extract(PAGE.format(title="Nyheter", text="Rektor sier at alt går bra."), "https://x.test/nyheter/a")
    assert not result.is_course and "model" not in result.reason
    assert result.recognition["rules"] is False and "probability" not in result.recognition


def test_the_shipped_weights_load_and_are_a_fitted_model():
    from qa.train_recogniser import THRESHOLDS

    model = learned.load()
    assert model is not None and model.threshold in THRESHOLDS
    assert len(model.weights) > 1000
    assert model.weights["veto:news"] < 0 < model.weights["why:credits label"]


@pytest.mark.slow(seconds=200)   # fits the model on the dev pages in four layouts, and five times more to cross-validate
def test_the_shipped_weights_are_what_the_dev_pages_give_today(dev_extractions):
    """Retrain after changing the rules or dev: the model's features are the rules' evidence, and the report
    (bench/results/recogniser.md) gives dev's figures (`python -m qa.train_recogniser --check` runs the same)."""
    from qa.train_recogniser import check, examples

    problems = check(examples("dev", results=dev_extractions))
    assert not problems, "; ".join(problems) + " (refit: python -m qa.train_recogniser)"


HOSTILE_WEIGHTS = {
    "nan weight": '{"intercept": 0, "weights": {"rule": NaN}}',
    "nan intercept": '{"intercept": NaN, "weights": {}}',
    "infinite weights": '{"intercept": 0, "weights": {"rule": Infinity, "score": -Infinity}}',
    "weights whose sum overflows": '{"intercept": 0, "weights": {"rule": 1e308, "score": 1e308, "nlines": -1e308}}',
    "an int too large for a float": '{"intercept": 1' + "0" * 400 + ', "weights": {}}',
    "a string weight": '{"intercept": 0, "weights": {"rule": "2.5"}}',
    "a bool intercept": '{"intercept": true, "weights": {}}',
    "a null weight": '{"intercept": 0, "weights": {"rule": null}}',
    "a threshold no probability reaches": '{"intercept": 0, "weights": {}, "threshold": 5}',
    "a nan threshold": '{"intercept": 0, "weights": {}, "threshold": NaN}',
    "a list": "[1, 2]",
    "no intercept": '{"weights": {"rule": 1.0}}',
    "nested too deep to parse": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("text", HOSTILE_WEIGHTS.values(), ids=HOSTILE_WEIGHTS.keys())
def test_a_hostile_weights_file_leaves_the_rules_to_decide(text, tmp_path, monkeypatch):
    """NaN or inf weights made every page a course (exp of nan is clamped to 50); a huge int or deep
    nesting raised out of load(), and extract() then kept only the links of every page."""
    weights = tmp_path / "recogniser.json"
    weights.write_text(text, encoding="utf-8")
    assert learned.load(str(weights)) is None
    monkeypatch.setattr(learned, "WEIGHTS", weights)
    learned._read.cache_clear()
    try:
        news = extract(PAGE.format(title="Nyheter", text="Rektor sier at alt går bra."), "https://x.test/nyheter/a")
    finally:
        learned._read.cache_clear()          # the next test reads the shipped weights again
    assert not news.is_course and news.reason == "news", news.reason


def test_a_model_is_only_built_from_finite_numbers_of_sane_size():
    for bad in (math.nan, math.inf, 1e7, 10**400, "1", True, None):
        with pytest.raises(ValueError):
            learned.Model(0.0, {"a": bad})
    for threshold in (0.0, 1.0, math.nan, -0.5):
        with pytest.raises(ValueError):
            learned.Model(0.0, {}, threshold)
    assert learned.Model(-1, {"a": -learned.MAX_WEIGHT}, 0.25).to_json() == \
        {"intercept": -1.0, "threshold": 0.25, "weights": {"a": -1e6}}


def test_the_reason_names_the_features_that_pushed_toward_the_verdict(monkeypatch):
    """An overruled course page's reason listed "rule +2.6, score +0.9, why:lead +0.7": all for a course."""
    model = learned.Model(0.0, {"a": 2.0, "b": -0.5, "c": 1.0, "d": -3.0})
    feats = {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0, "e": 1.0}
    assert model.strongest(feats, toward=True) == ["a +2.0", "c +1.0"]
    assert model.strongest(feats, toward=False, n=1) == ["d -3.0"]
    assert model.strongest(feats) == ["d -3.0", "a +2.0", "c +1.0"]
    page = PAGE.format(title="Zebrastriper", text="Zebra zebra.")
    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(-1.0, {"w:zebra": 5.0, "t:zebrastriper": -2.0}))
    course = extract(page, "https://x.test/a")
    assert course.is_course and "(overrules the rules: w:zebra +5.0)" in course.reason, course.reason
    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(1.0, {"w:zebra": -5.0, "t:zebrastriper": 2.0}))
    other = extract(page, "https://x.test/a")
    assert not other.is_course and "(agrees: w:zebra -5.0)" in other.reason, other.reason


def test_the_staleness_check_compares_the_weights_too(capsys):
    """A weight no dev page's features reach (a hand edit, a feature the rules no longer name) moves
    no dev probability, so comparing the dev pages' verdicts alone did not see it."""
    from qa.train_recogniser import stale

    rows = [{"features": {"rule": 1.0, "w:kurs": 1.0}}, {"features": {"rule": 0.0, "w:nyhet": 1.0}}]
    fresh = learned.Model(-1.0, {"rule": 2.0, "w:kurs": 0.5, "w:nyhet": -0.5})
    assert stale(learned.Model(-1.0, dict(fresh.weights)), fresh, rows) == []
    assert stale(learned.Model(-1.0, {**fresh.weights, "w:kurs": 0.52}), fresh, rows) == []   # arithmetic
    foreign = learned.Model(-1.0, {**fresh.weights, "why:a rule since renamed": 3.0})
    assert stale(foreign, fresh, rows) == ["why:a rule since renamed moved by 3.0000"]
    assert "weights by up to 3.0000 (why:a rule since renamed)" in capsys.readouterr().out
    assert stale(learned.Model(-1.0, {**fresh.weights, "rule": 2.03}), fresh, rows) == []
    assert stale(learned.Model(-0.5, dict(fresh.weights)), fresh, rows) == \
        ["a probability moved by 0.0865", "(intercept) moved by 0.5000"]
    flipped = learned.Model(-1.0, {**fresh.weights, "w:nyhet": 1.5})        # the second row becomes a course
    assert stale(flipped, fresh, rows)[0] == "1 verdicts differ"


def test_the_staleness_check_sees_another_threshold():
    from qa.train_recogniser import stale

    rows = [{"features": {"rule": 1.0}}, {"features": {"rule": 0.0}}]
    fresh = learned.Model(-1.0, {"rule": 5.0}, 0.35)
    assert stale(learned.Model(-1.0, {"rule": 5.0}, 0.35), fresh, rows) == []
    assert stale(learned.Model(-1.0, {"rule": 5.0}, 0.4), fresh, rows) == \
        ["the threshold is 0.4, the cross-validation chooses 0.35"]


def test_the_threshold_is_the_one_whose_smaller_of_precision_and_recall_is_highest():
    """Cross-validated probabilities of six course and six other examples: at 0.5 precision is 1.0 but recall
    0.667; at 0.35 and at 0.3 both are 5/6 (0.833), and the tie goes to 0.35, nearer 0.5; below, more other
    pages pass than course pages are gained."""
    from qa.train_recogniser import THRESHOLDS, choose_threshold

    course = [0.9, 0.8, 0.7, 0.45, 0.35, 0.1]
    other = [0.4, 0.25, 0.22, 0.2, 0.05, 0.0]
    rows = [{"course": True}] * len(course) + [{"course": False}] * len(other)
    assert choose_threshold(rows, course + other) == 0.35
    # a tie on both measures goes to the threshold nearer 0.5
    assert choose_threshold([{"course": True}, {"course": False}], [0.9, 0.1]) == 0.5
    assert choose_threshold(rows, [1.0] * 6 + [0.0] * 6) == 0.5 and 0.5 in THRESHOLDS


def test_the_staleness_check_reads_the_report_too():
    """A report written before the rules or dev changed no longer gives dev's figures, though the weights may
    still pass; another machine's arithmetic may move the cross-validated figures a little."""
    from qa.train_recogniser import LAYOUTS, figures, report, report_problems

    rows = [{"id": f"p{i // len(LAYOUTS)}", "course": i % 3 == 0, "rules": i % 2 == 0} for i in range(12 * len(LAYOUTS))]
    rules = figures(rows, [r["rules"] for r in rows])
    cv = figures(rows, [r["course"] for r in rows])
    text = report(rows, cv, rules, learned.Model(0.0, {"rule": 1.0}))
    assert report_problems(text, rows, cv, rules) == []
    assert report_problems(text, rows, {**cv, "recall": cv["recall"] - 0.004}, rules) == []     # arithmetic
    assert report_problems(text, rows, {**cv, "recall": cv["recall"] - 0.02}, rules) == \
        [f"the report's cross-validated P / R {cv['precision']:.3f} / {cv['recall']:.3f} are not "
         f"{cv['precision']} / {cv['recall'] - 0.02}"]
    assert report_problems(text, rows, cv, {**rules, "fn": rules["fn"] + 1})[0].startswith("the report's rules-alone")
    assert report_problems(text, rows[:-len(LAYOUTS)], cv, rules)[0].startswith("the report counts")
    assert report_problems("", rows, cv, rules) == ["the report cannot be read"]


def test_the_model_s_features_reach_no_reader(tmp_path, capsys, monkeypatch):
    """The features (every word of the page) are for training only: `kurskatalog extract --json`
    shows the reason, which names at most three features, and neither the features nor the
    probability."""
    from kurskatalog.cli import main

    monkeypatch.setattr(learned, "load", lambda path=None: learned.Model(-1.0, {"w:zebra": 5.0}))
    saved = tmp_path / "page.html"
    saved.write_text(PAGE.format(title="Zebrastriper", text="Zebra " + "hemmelig " * 500), encoding="utf-8")
    assert main(["extract", str(saved), "--url", "https://x.test/a", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["is_course"] and "w:zebra +5.0" in out["reason"]
    assert "hemmelig" not in json.dumps(out["reason"]) and "features" not in json.dumps(out)


def test_rules_alone_switches_the_model_off_only_inside_and_restores_it():
    assert learned.load() is not None
    with learned.rules_alone():
        assert learned.load() is None
        with learned.rules_alone():
            assert learned.load() is None
        assert learned.load() is None                   # the inner block does not switch it on again
        result = extract(PAGE.format(title="Nyheter", text="Rektor sier at alt går bra."), "https://x.test/nyheter/a")
        assert "model" not in result.reason
    assert learned.load() is not None


def test_the_measure_with_rules_alone_leaves_the_model_out(monkeypatch):
    """qa.extraction.run(rules_alone=True), behind bench/extract/evaluate.py --rules-alone."""
    from qa import extraction
    from qa.realpages.spec import load as load_split

    dev = load_split("dev")
    news = [s for s in dev if s["page_kind"] == "news"][:4]
    monkeypatch.setattr(extraction, "load", lambda split: news)
    monkeypatch.setattr(learned, "_read", lambda path=None, stamp=None: learned.Model(50.0, {}))    # "every page is a course"
    with_model = extraction.run("dev")["recognition"]
    rules = extraction.run("dev", rules_alone=True)["recognition"]
    assert with_model["fp"] == 4 * len(extraction.LAYOUTS)
    assert rules["fp"] < with_model["fp"]
    assert learned.load() is not None                   # switched back on after the run
