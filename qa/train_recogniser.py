"""Fit the learned recogniser (crawler/learned.py) on the dev pages and measure it by cross-validation.

    python -m qa.train_recogniser            # writes crawler/data/recogniser.json and bench/results/recogniser.md
    python -m qa.train_recogniser --check    # fails when the shipped weights are not what dev gives today
                                             # (more than one verdict in 500, a probability by 0.02,
                                             # any weight or the intercept by 0.05, or another threshold),
                                             # or the report's figures are not (pages, examples and the
                                             # rules' figures exactly, the cross-validated within 0.005)

Every dev page (qa/realpages/pages/dev) is rendered in every layout and extracted; the features are
what `crawler.extract` hands the model (`ExtractResult.recognition["features"]`). The held-out splits
are never read. A logistic regression (scikit-learn, L2, balanced classes) is fitted on all of dev
and written as plain weights, so the crawler needs no scikit-learn. Its figures come from 5-fold
cross-validation grouped by institution (no institution in both the fitted and the scored part),
against the rules' own figures on the same pages, which are in-sample: the rules were written
while reading dev. The threshold on the probability is chosen on the same cross-validation: of
THRESHOLDS, the one whose smaller of precision and recall is highest (the targets ask both to be
high), then the higher F1, then the one nearer 0.5.

Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from crawler import learned
from qa.extraction import extracted
from qa.realpages.render import LAYOUTS
from qa.realpages.spec import load

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench" / "results" / "recogniser.md"
C = 1.0
FOLDS = 5
TOLERANCE = 500     # --check allows one verdict in this many to differ,
DRIFT = 0.02        # and no probability to move more than this,
WEIGHT_DRIFT = 0.05  # nor any weight (one of a feature dev never shows too) or the intercept
DIGITS = 4          # weights are rounded, and the smallest dropped, to keep the file small
CV_DRIFT = 0.005    # --check allows the report's cross-validated precision and recall to move this much
THRESHOLDS = tuple(round(0.20 + 0.05 * i, 2) for i in range(13))     # 0.20, 0.25, … 0.80


def examples(split: str = "dev", results: dict | None = None) -> list[dict]:
    """One example per page and layout: its features, the rules' verdict, the label, the institution.
    `results` (`qa.extraction.extractions(split)`) saves extracting the pages again."""
    rows = []
    for spec in load(split):
        for layout in LAYOUTS:
            result = extracted(spec, layout, results)
            if "features" not in result.recognition:
                continue                     # decided by structured data or without a title
            rows.append({"id": spec["id"], "layout": layout, "institution": spec["institution"],
                         "course": spec["page_kind"] == "course", "rules": result.recognition["rules"],
                         "features": result.recognition["features"]})
    return rows


def fit(rows: list[dict], threshold: float = learned.THRESHOLD) -> learned.Model:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["features"] for r in rows])
    y = [r["course"] for r in rows]
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)
    weights = {name: round(float(w), DIGITS) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    return learned.Model(round(float(model.intercept_[0]), DIGITS),
                         {k: w for k, w in sorted(weights.items()) if w}, threshold)


def cross_validate(rows: list[dict]) -> list[float]:
    """Each example's probability from a model fitted without its institution."""
    from sklearn.model_selection import GroupKFold

    probabilities = [0.0] * len(rows)
    groups = [r["institution"] for r in rows]
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        model = fit([rows[i] for i in train])
        for i in test:
            probabilities[i] = model.probability(rows[i]["features"])
    return probabilities


def choose_threshold(rows: list[dict], probabilities: list[float]) -> float:
    """The threshold of THRESHOLDS whose cross-validated smaller of precision and recall is highest; of
    those, the one with the higher F1, then the one nearer 0.5."""
    def merit(threshold):
        f = figures(rows, [p >= threshold for p in probabilities])
        p, r = f["precision"], f["recall"]
        return (min(p, r), 2 * p * r / (p + r) if p + r else 0.0, -abs(threshold - 0.5))
    return max(THRESHOLDS, key=merit)


def stale(shipped: learned.Model, fresh: learned.Model, rows: list[dict]) -> list[str]:
    """How the shipped weights differ from a fresh fit beyond another machine's arithmetic; empty when
    they do not. The weights are compared too: a weight of a feature no dev page has (a hand edit, a
    feature the rules no longer name) moves no dev probability, but it moves other pages'."""
    new = [fresh.probability(r["features"]) for r in rows]
    old = [shipped.probability(r["features"]) for r in rows]
    differ = sum((a >= fresh.threshold) != (b >= shipped.threshold) for a, b in zip(new, old))
    drift = max((abs(a - b) for a, b in zip(new, old)), default=0.0)
    moved = {k: abs(fresh.weights.get(k, 0.0) - shipped.weights.get(k, 0.0))
             for k in fresh.weights.keys() | shipped.weights.keys()}
    moved["(intercept)"] = abs(fresh.intercept - shipped.intercept)
    worst = max(moved, key=lambda k: (moved[k], k))
    print(f"{differ} of {len(rows)} verdicts differ from the shipped weights; probabilities by up to {drift:.4f}, "
          f"weights by up to {moved[worst]:.4f} ({worst})")
    problems = []
    if differ * TOLERANCE > len(rows):
        problems.append(f"{differ} verdicts differ")
    if drift > DRIFT:
        problems.append(f"a probability moved by {drift:.4f}")
    if moved[worst] > WEIGHT_DRIFT:
        problems.append(f"{worst} moved by {moved[worst]:.4f}")
    if fresh.threshold != shipped.threshold:      # chosen from a grid: the same choice or another, no arithmetic
        problems.append(f"the threshold is {shipped.threshold}, the cross-validation chooses {fresh.threshold}")
    return problems


def figures(rows: list[dict], verdicts: list[bool]) -> dict:
    tp = sum(v and r["course"] for r, v in zip(rows, verdicts))
    fp = sum(v and not r["course"] for r, v in zip(rows, verdicts))
    fn = sum(r["course"] and not v for r, v in zip(rows, verdicts))
    return {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3),
            "fp": fp, "fn": fn}


def report(rows: list[dict], cv: dict, rules: dict, model: learned.Model, at_half: dict | None = None) -> str:
    pages = len({r["id"] for r in rows})
    at_half = at_half or cv
    return "\n".join([
        "# Learned recogniser (qa/train_recogniser.py)",
        "",
        f"Fitted on the dev split: {pages} pages in {len(LAYOUTS)} layouts ({len(rows)} examples, "
        f"{sum(r['course'] for r in rows)} of them course pages), {len(model.weights)} weights. "
        f"Cross-validation: {FOLDS} folds grouped by institution. Deterministic: one run is the figure. "
        "Pages decided without the model (by structured data, for want of a title, or by a final veto: "
        "crawler/recognise.py, FINAL_VETOES) are no examples.",
        "",
        "| on dev | precision | recall | false positives | false negatives |",
        "|---|---|---|---|---|",
        f"| rules alone (in-sample: written while reading dev) | {rules['precision']:.3f} | {rules['recall']:.3f} "
        f"| {rules['fp']} | {rules['fn']} |",
        f"| model, cross-validated | {cv['precision']:.3f} | {cv['recall']:.3f} | {cv['fp']} | {cv['fn']} |",
        f"| the same at threshold 0.50 | {at_half['precision']:.3f} | {at_half['recall']:.3f} | {at_half['fp']} "
        f"| {at_half['fn']} |",
        "",
        f"The threshold on the model's probability is {model.threshold:.2f}, chosen on the same cross-validation "
        f"(of {THRESHOLDS[0]:.2f} to {THRESHOLDS[-1]:.2f} in steps of 0.05, the one whose smaller of precision "
        "and recall is highest).",
        "",
        "Held-out figures are in bench/results/extract.md (bench/extract/evaluate.py).",
        "",
    ])


_REPORT_SIZE = re.compile(r"Fitted on the dev split: (\d+) pages in \d+ layouts \((\d+) examples, (\d+) of them")
_REPORT_ROW = r"\| {name}[^|]*\| ([\d.]+) \| ([\d.]+) \| (\d+) \| (\d+) \|"


def report_problems(text: str, rows: list[dict], cv: dict, rules: dict) -> list[str]:
    """How a written report differs from what dev gives today: its pages, examples and the rules' figures
    exactly (no arithmetic in them), the cross-validated precision and recall within CV_DRIFT (another
    machine's arithmetic may move a fit a little); empty when it does not."""
    size = _REPORT_SIZE.search(text)
    rule_row = re.search(_REPORT_ROW.format(name="rules alone"), text)
    cv_row = re.search(_REPORT_ROW.format(name="model, cross-validated"), text)
    if not (size and rule_row and cv_row):
        return ["the report cannot be read"]
    problems = []
    now = (len({r["id"] for r in rows}), len(rows), sum(r["course"] for r in rows))
    if tuple(int(x) for x in size.groups()) != now:
        problems.append(f"the report counts {size.groups()} pages, examples and course examples, dev gives {now}")
    said = (float(rule_row[1]), float(rule_row[2]), int(rule_row[3]), int(rule_row[4]))
    if said != (rules["precision"], rules["recall"], rules["fp"], rules["fn"]):
        problems.append(f"the report's rules-alone figures {said} are not dev's {tuple(rules.values())}")
    if abs(float(cv_row[1]) - cv["precision"]) > CV_DRIFT or abs(float(cv_row[2]) - cv["recall"]) > CV_DRIFT:
        problems.append(f"the report's cross-validated P / R {cv_row[1]} / {cv_row[2]} are not "
                        f"{cv['precision']} / {cv['recall']}")
    return problems


def _fitted(rows: list[dict]) -> tuple[list[float], learned.Model, dict, dict]:
    """The cross-validated probabilities, the model fitted at the threshold they choose, and the cross-validated
    and the rules' figures."""
    probabilities = cross_validate(rows)
    threshold = choose_threshold(rows, probabilities)
    model = fit(rows, threshold)
    return (probabilities, model, figures(rows, [p >= threshold for p in probabilities]),
            figures(rows, [r["rules"] for r in rows]))


def check(rows: list[dict]) -> list[str]:
    """What differs between the shipped weights and report and what the examples give today (empty: none)."""
    _, model, cv, rules = _fitted(rows)
    shipped = learned.Model.from_json(json.loads(learned.WEIGHTS.read_text(encoding="utf-8")))
    # another machine's arithmetic may move a rounded weight a little, never this much
    problems = stale(shipped, model, rows)
    problems += report_problems(REPORT.read_text(encoding="utf-8") if REPORT.exists() else "", rows, cv, rules)
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights, write nothing")
    args = ap.parse_args(argv)
    rows = examples()
    if args.check:
        problems = check(rows)
        if problems:
            print("stale: " + "; ".join(problems) + " (refit: python -m qa.train_recogniser)")
        return 1 if problems else 0
    probabilities, model, cv, rules = _fitted(rows)
    learned.WEIGHTS.parent.mkdir(exist_ok=True)
    learned.WEIGHTS.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                               encoding="utf-8")
    at_half = figures(rows, [p >= learned.THRESHOLD for p in probabilities])
    REPORT.write_text(report(rows, cv, rules, model, at_half), encoding="utf-8")
    print(REPORT.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
